"""Habit modules: contact preferences, diets, preferences, accounts, errands, the stylist."""

from __future__ import annotations

from bench.longeval.markers import parts_in
from bench.longeval.people import Life
from bench.longeval.people import cap
from bench.longeval.people import pronouns

CONTACT = {
    "text": (
        "Text me, that's easiest. I never answer numbers I don't recognize.",
        "Texting, always texting. I'm in meetings half the day.",
    ),
    "email": (
        "Email, please. I'm at a desk all day and I actually read it.",
        "Send me an email, I keep everything in my inbox.",
    ),
    "phone": (
        "Just phone me, I'm hopeless typing on that tiny screen.",
        "A phone call is best, honestly, I like hearing a person.",
    ),
    "voicemail": (
        "Leave me a voicemail, I listen to them on my lunch break.",
        "Voicemail is fine, I check it every evening.",
    ),
}
# How each way is said: by the caller, or as ElevenLabs' data collection and summary put it.
CONTACT_MARKERS = {
    way: f"{said}|contact preference: {way}|prefers {way}"
    for way, said in (
        ("text", "text me|texting"),
        ("email", "email"),
        ("phone", "phone me|phone call"),
        ("voicemail", "voicemail"),
    )
}
CONTACT_TIMES = (
    ("After five on weekdays, I can't talk at work.", "after five"),
    ("Mornings, before nine, then I'm slammed.", "mornings, before nine"),
    ("Not before noon, please, I sleep late.", "not before noon"),
    ("Any time except dinner, five to seven is family time.", "except dinner"),
)


def _contact(life: Life) -> None:
    r = life.rng
    way1 = r.choice(sorted(CONTACT))
    way2 = r.choice([w for w in sorted(CONTACT) if w != way1])
    a = life.say(
        life.pick(0, life.n // 3),
        "contact",
        r.choice(
            (
                "What's the best way to reach you with updates?",
                "How should we get in touch when something changes?",
            )
        ),
        r.choice(CONTACT[way1]),
        f"{life.first} prefers {way1}.",
        data={"contact_preference": way1},
    )
    b = life.say(
        life.after(a.call, 8, life.n - 2),
        "contact_new",
        r.choice(("Anything you'd like me to update in your file?", "Anything else for today?")),
        "Oh, yes, can you change how you reach me? " + r.choice(CONTACT[way2]),
        f"{life.first} now prefers {way2}.",
        standalone=True,
        data={"contact_preference": way2},
    )
    old = life.know(
        "contact", "contact", f"{life.first} prefers {way1}.", [CONTACT_MARKERS[way1]], [a]
    )
    life.know(
        "contact",
        "contact",
        f"{life.first} prefers {way2}.",
        [CONTACT_MARKERS[way2]],
        [b],
        replaces=old,
    )
    life.ask(
        "preference",
        [a],
        ["What's the best way to reach $me?", "How should we contact $me?"],
        ["Which channel works for sending $me news?"],
        way1,
        until=b.call,
    )
    life.ask(
        "update",
        [b],
        ["How should we contact $me now?", "What's the best way to reach $me now?"],
        ["Which channel suits $me these days for news?"],
        way2,
        stale=[a],
    )
    text, answer = r.choice(CONTACT_TIMES)
    c = life.say(
        life.pick(0, life.n),
        "contact_time",
        "Is there a time of day that's better for us to reach you?",
        text,
        f"Best time to reach {life.first}: {answer}.",
    )
    life.know(
        "contact_time",
        "contact",
        f"Best time to reach {life.first}: {answer}.",
        parts_in(answer, text),
        [c],
    )
    life.ask(
        "preference",
        [c],
        ["What time of day is best to reach $me?"],
        ["When should we ring $me?", "What hours suit $me for a conversation?"],
        answer,
    )


DIETS = (
    (
        (
            "I'm vegetarian, have been since college, so no meat for me.",
            "No meat, I'm vegetarian. Fish too, none of that.",
            "Vegetarian, so anywhere with a decent veggie option.",
        ),
        "Would a steakhouse suit $me for a birthday dinner?",
        "Should we book a Brazilian barbecue place for $me?",
        "vegetarian",
    ),
    (
        (
            "I'm allergic to shellfish, like, hospital allergic.",
            "Shellfish. I'm allergic to shellfish, one shrimp and I'm in the ER.",
            "Just shellfish, I'm seriously allergic to shellfish.",
        ),
        "Should we book the oyster bar for $me?",
        "Is a lobster boil a good party idea for $me?",
        "allergic to shellfish",
    ),
    (
        (
            "I have celiac, so nothing with gluten, not even a crumb.",
            "Celiac, so gluten-free everything, and they have to mean it.",
            "I'm celiac. Bread is my enemy.",
        ),
        "Is a pasta-making class a good gift for $me?",
        "Would a bakery tour with bread tasting suit $me?",
        "celiac",
    ),
    (
        (
            "I went vegan last year, no dairy, no eggs, nothing.",
            "Vegan, so no animal anything, please.",
            "I'm vegan now, since January, strict about it.",
        ),
        "Would a cheese-tasting tour suit $me?",
        "Is an omelet brunch a good place to take $me?",
        "vegan",
    ),
    (
        (
            "I don't eat pork, never have.",
            "No pork, please, I don't eat pork at all.",
            "Just no pork. Chicken, beef, fish, all fine, no pork.",
        ),
        "Should the barbecue order for $me be ribs?",
        "Is a ham-and-bacon brunch a good pick for $me?",
        "pork",
    ),
)
CUISINES = (
    ("Thai is my comfort food, anything with peanut sauce.", "Thai"),
    ("Korean barbecue, every birthday, no exceptions.", "Korean barbecue"),
    ("Ethiopian. Give me injera and I'm happy.", "Ethiopian"),
    ("Tacos. Street tacos, the little ones.", "street tacos"),
    ("Anything Vietnamese, a big bowl of noodle soup.", "Vietnamese"),
    ("Greek, the lemon potatoes get me every time.", "Greek"),
)


def _diet(life: Life) -> None:
    r = life.rng
    texts, lex, para, key = r.choice(DIETS)
    a = life.say(
        life.pick(0, life.n // 2),
        "diet",
        "Any dietary restrictions I should know about for reservations?",
        r.choice(texts),
        f"{life.first}: {key}.",
    )
    life.know("diet", "health", f"{life.first}: {key}.", [key.split()[-1]], [a])
    life.ask(
        "preference",
        [a],
        ["What dietary restrictions does $my file list?", "What can't $I eat?"],
        ["Which foods are off the table for $me?", "What should restaurants know about $me?"],
        key,
    )
    life.ask("inference", [a], [lex], [para], key)
    text, answer = r.choice(CUISINES)
    b = life.say(
        life.pick(0, life.n),
        "cuisine",
        r.choice(
            (
                "What's your favorite kind of food, for when I suggest places?",
                "If I book you a dinner, what cuisine?",
            )
        ),
        text,
        f"{life.first} loves {answer}.",
    )
    life.know("cuisine", "preferences", f"{life.first}'s favorite food: {answer}.", [answer], [b])
    life.ask(
        "preference",
        [b],
        ["What's $my favorite cuisine?", "What kind of food is $my favorite?"],
        ["What would $I pick for a night out eating?"],
        answer,
    )


TEAMS = {
    "Portland": "Timbers",
    "Tucson": "Wildcats",
    "Austin": "Longhorns",
    "Minneapolis": "Twins",
    "Boston": "Red Sox",
    "Atlanta": "Braves",
    "Denver": "Broncos",
    "Chicago": "Cubs",
    "Miami": "Heat",
    "Providence": "Friars",
    "Seattle": "Mariners",
    "Nashville": "Predators",
    "Raleigh": "Hurricanes",
    "Milwaukee": "Brewers",
}


def _prefs_table(city: str) -> list[tuple[str, list[tuple[str, str]], list[str], list[str]]]:
    """Stable preferences: agent prompt, (caller's variant, answer) options, questions."""
    team = TEAMS[city]
    return [
        (
            "When you fly, do you like a window or an aisle?",
            [
                ("Aisle, always. I'm up and down the whole flight.", "aisle"),
                ("Aisle seat, please, I can't stand being trapped in the corner.", "aisle"),
                ("Window, please, I like to lean on it and sleep.", "window"),
                ("Give me the window every time, I like watching the takeoff.", "window"),
            ],
            ["Window or aisle seat for $me?"],
            ["Where should $I sit on a plane?"],
        ),
        (
            "Any preferences when we book hotels?",
            [
                (
                    "Quiet, away from the elevator, and a high floor if they have one.",
                    "quiet, away from the elevator, high floor",
                ),
                (
                    "A high floor, quiet, nowhere near the elevator, I'm a light sleeper.",
                    "quiet, away from the elevator, high floor",
                ),
                (
                    "Ground floor if possible, and near the exit. I like to get out fast.",
                    "ground floor, near the exit",
                ),
            ],
            ["What kind of hotel room should we book for $me?"],
            ["What should we request when reserving lodging for $me?"],
        ),
        (
            "How do you take your coffee, for when you come by the office?",
            [
                ("Oat milk latte, extra hot, no sugar.", "oat milk latte, extra hot"),
                ("Extra hot oat milk latte, and I'm a happy camper.", "oat milk latte, extra hot"),
                ("Black. Strong. Don't let anyone put cream in it.", "black, no cream"),
                ("Just black, no cream, no nonsense.", "black, no cream"),
            ],
            ["How does $my coffee order go?"],
            ["What's $my usual cafe drink?"],
        ),
        (
            "When do appointments usually work best for you?",
            [
                (
                    "Mornings, before ten if you can, my afternoons are a mess.",
                    "mornings, before ten",
                ),
                ("Mornings are best, before ten, after that it's chaos.", "mornings, before ten"),
                (
                    "Late afternoons, after three, once the school run is done.",
                    "late afternoons, after three",
                ),
            ],
            ["What time of day suits $me for appointments?"],
            ["When should we schedule visits for $me?"],
        ),
        (
            "What kind of music do you like? I'm putting together event ideas.",
            [
                ("Motown, always. Put on the Temptations and I'm happy.", "Motown"),
                ("Old Motown records, that's my happy place.", "Motown"),
                ("Bluegrass. Anything with a banjo.", "bluegrass, banjo"),
                ("Nineties hip-hop, and I'm not ashamed.", "nineties hip-hop"),
            ],
            ["What kind of music is $my favorite?"],
            ["What tunes would make $me happy at a party?"],
        ),
        (
            "If we ever send a thank-you, flowers or something else?",
            [
                (
                    "No flowers, please, they make me sneeze. A bookstore gift card and I'm "
                    "thrilled.",
                    "bookstore gift card",
                ),
                (
                    "Skip the flowers. A bookstore gift card, that's my love language.",
                    "bookstore gift card",
                ),
                ("A good candle, honestly, something that smells like cedar.", "candle, cedar"),
            ],
            ["What kind of thank-you gift would $I like?"],
            ["What present would delight $me?"],
        ),
        (
            "Do you want me to keep these calls short?",
            [
                (
                    "Yes, short, please, I'm usually calling on my lunch break.",
                    "short, lunch break",
                ),
                ("Short is good, I only get a half-hour lunch break.", "short, lunch break"),
                ("Oh no, I like to chat. Take your time with me.", "chat, take your time"),
            ],
            ["Should calls with $me be kept short?"],
            ["How brief should conversations with $me be?"],
        ),
        (
            "Are you following any sports?",
            [
                (f"Big {team} fan, been going to games since I was a kid.", team),
                (f"The {team}, obviously. I yell at the TV every game.", team),
                (f"Season tickets for the {team}, split with my cousin.", team),
            ],
            ["Which team is $my favorite?"],
            ["Which club has $my loyalty?"],
        ),
        (
            "Where should couriers leave packages?",
            [
                (
                    "Side door, please, never the front porch, packages walk off around here.",
                    "side door",
                ),
                ("The side door, by the recycling bins, not the front.", "side door"),
                ("With the building manager, in the office off the lobby.", "building manager"),
            ],
            ["Where should packages for $me be left?"],
            ["Where should parcels for $me be dropped?"],
        ),
        (
            "Anything that helps you sleep well when you travel?",
            [
                ("A cool room. I can't sleep if it's warm, I'll be up all night.", "cool room"),
                ("Keep the room cool, I'm a furnace at night.", "cool room"),
                ("Blackout curtains, I wake up with the sun otherwise.", "blackout curtains"),
            ],
            ["What helps $me sleep well when traveling?"],
            ["What should the hotel provide so $my nights are restful?"],
        ),
        (
            "Any preference for doctors when we book appointments?",
            [
                ("A woman, if possible. I'm just more comfortable.", "woman"),
                ("I'd rather see a woman doctor, if you can manage it.", "woman"),
                (
                    "Someone who doesn't rush. I have questions, I always have questions.",
                    "doesn't rush",
                ),
            ],
            ["What doctor preference is on $my file?"],
            ["Which physician would make $me most comfortable?"],
        ),
        (
            "Are there days we shouldn't call?",
            [
                ("Never on Sundays. That's family day, the phone goes in a drawer.", "Sundays"),
                ("Sundays are off-limits, that's our day.", "Sundays"),
                ("Not Fridays, that's my crazy day.", "Fridays"),
            ],
            ["Which day should we never call $me?"],
            ["When is $me off-limits for a ring?"],
        ),
    ]


NICKNAME = (
    "What would you like me to call you?",
    [("Call me Peggy. Nobody's called me Margaret since grade school.", "Peggy")],
    ["What name should we use for $me?"],
    ["How should the agent address $me?"],
)


def _prefs(life: Life) -> None:
    r = life.rng
    table = _prefs_table(life.p.city)
    chosen = r.sample(table, 4)
    if "nickname" in life.p.modules:
        chosen = [NICKNAME, *chosen[:3]]
    for n, (agent, options, lex, para) in enumerate(chosen):
        text, answer = r.choice(options)
        call = 0 if chosen[n] is NICKNAME else life.pick(0, life.n)
        said = life.say(call, f"pref{n}", agent, text, f"Preference: {answer}.")
        life.know(
            f"pref{n}",
            "preferences",
            f"Asked “{agent}”, {life.first} said: {answer}.",
            parts_in(answer, text),
            [said],
        )
        life.ask("preference", [said], lex, para, answer)


ACCOUNTS = (
    (
        "Keystone member number",
        "KC-{n6}",
        "What's $my Keystone member number?",
        "What ID does $my concierge membership use?",
    ),
    (
        "car insurance policy number",
        "PX-{n5}-{n2}",
        "What's $my car insurance policy number?",
        "What's the ID on $my auto coverage?",
    ),
    (
        "electric account number",
        "{n4}-{n4}-{n2}",
        "What's $my electric account number?",
        "What's the ID for $my power utility?",
    ),
    (
        "library card number",
        "LB{n6}",
        "What's $my library card number?",
        "What's the barcode for borrowing books?",
    ),
    (
        "frequent flyer number",
        "MX{n7}",
        "What's $my frequent flyer number?",
        "What's $my airline loyalty ID?",
    ),
    (
        "health insurance member ID",
        "HZ{n7}",
        "What's $my health insurance member ID?",
        "What's the number on $my medical coverage card?",
    ),
    (
        "gym membership number",
        "G-{n5}",
        "What's $my gym membership number?",
        "What's $my fitness club ID?",
    ),
)


def _accounts(life: Life) -> None:
    r = life.rng
    for n, (kind, shape, lex, para) in enumerate(r.sample(ACCOUNTS, 3)):
        code = shape.format(
            **{f"n{k}": str(r.randint(10 ** (k - 1), 10**k - 1)) for k in (2, 4, 5, 6, 7)}
        )
        if r.random() < 0.5:
            said = life.say(
                life.pick(0, life.n),
                f"account{n}",
                f"Can I get your {kind} for the file?",
                r.choice(
                    (
                        f"Sure, it's {code}.",
                        f"Let me find it. Okay, {code}.",
                        f"Yep, {code}. I had to dig for that one.",
                    )
                ),
                f"{cap(kind)}: {code}.",
            )
        else:
            said = life.say(
                life.pick(0, life.n),
                f"account{n}",
                "Anything else I can note for you?",
                f"Oh, and my {kind}, since you asked last time, it's {code}.",
                f"{cap(kind)}: {code}.",
                standalone=True,
            )
        life.ask("single", [said], [lex], [para], code)


ERRANDS = (  # agent prompt, caller's variants ({x}), questions, the values of {x}
    (
        "Did you get the car serviced?",
        (
            "Yep, {x} did the oil change and rotated the tires, eighty-nine bucks.",
            "Finally. I took it to {x}, oil change and new wipers.",
            "I did, {x} squeezed me in, oil and a tire rotation.",
        ),
        "Where did $I get the oil changed?",
        "Which shop handled $my vehicle maintenance?",
        ("Midas", "Jiffy Lube", "Les Schwab", "Firestone", "Valvoline"),
    ),
    (
        "What are you reading these days?",
        (
            "{x}, my book club picked it, I'm halfway through.",
            "Book club picked {x}. I'm behind, as usual.",
            "I'm on {x}. It's slow but I like it.",
        ),
        "What book is $my book club reading?",
        "Which novel has $my attention lately?",
        (
            "Lessons in Chemistry",
            "The Covenant of Water",
            "Demon Copperhead",
            "The Thursday Murder Club",
            "Project Hail Mary",
            "Remarkably Bright Creatures",
        ),
    ),
    (
        "Any home projects going?",
        (
            "We painted the bedroom {x}, took the whole weekend.",
            "The bedroom is {x} now. I love it, everyone else is undecided.",
            "Paint! Bedroom walls, {x}, two coats.",
        ),
        "What color did $I paint the bedroom?",
        "What shade are the walls where $I sleep now?",
        ("sage green", "navy", "buttercream", "charcoal gray", "terracotta", "pale lilac"),
    ),
    (
        "How's the garden?",
        (
            "Out of control. I've got {x} tomato plants this year, what was I thinking.",
            "Tomatoes everywhere. {x} plants, I counted.",
            "I went overboard, {x} tomato plants and a zucchini that's trying to eat the yard.",
        ),
        "How many tomato plants are in $my garden?",
        "How big is $my vegetable patch this summer?",
        ("six", "eight", "eleven", "fourteen"),
    ),
    (
        "How's the new phone?",
        (
            "I switched to a {x}, the old one finally died.",
            "Got it a few days ago, a {x}, I'm still figuring out the buttons.",
            "Love it. {x}. The camera is ridiculous.",
        ),
        "What phone did $I switch to?",
        "What's $my new mobile device?",
        ("Pixel 9", "iPhone 16", "Galaxy S24", "Motorola Razr"),
    ),
    (
        "Are you still running?",
        (
            "I signed up for the {x}, it's a half marathon, so I guess I'm committed.",
            "Training for the {x}. Thirteen miles. Why do I do this.",
            "Yep, the {x} is the goal, half marathon, no walking.",
        ),
        "Which race did $I sign up for?",
        "What running event is on $my calendar?",
        ("Rock and Roll half", "Turkey Trot half", "Harbor Half", "Bridge Run"),
    ),
    (
        "Did you figure out the gym thing?",
        (
            "I joined {x}, the one by the grocery store.",
            "Yeah, {x}. Month-to-month, no contract.",
            "I went with {x}, it's open all night, which suits me.",
        ),
        "Which gym did $I join?",
        "Where's $my new fitness place?",
        ("Planet Fitness", "Crunch", "Anytime Fitness", "the YMCA", "Orangetheory"),
    ),
    (
        "Are you still volunteering?",
        (
            "Saturdays at {x} now, sorting cans mostly.",
            "Every other Saturday, at {x}. I like the people.",
            "I am, {x}, the morning shift.",
        ),
        "Where is $my volunteer shift?",
        "Which charity gets $my weekend hours?",
        ("the food bank on Fourth", "St. Anthony's pantry", "the Second Harvest warehouse"),
    ),
    (
        "Learning anything new?",
        (
            "{x}, on Duolingo, I'm on a hundred and forty day streak.",
            "I'm doing {x} on the app, the owl yells at me every night.",
            "Trying. {x}, twenty minutes a day on Duolingo.",
        ),
        "What language is $my Duolingo streak in?",
        "Which foreign tongue is $my app practice for?",
        ("Spanish", "Italian", "Portuguese", "Japanese", "French", "German"),
    ),
    (
        "How did the dentist go?",
        (
            "I need a crown on a back molar, they're doing it at {x}.",
            "Not great, a crown, back molar. {x} is doing it.",
            "Crown. Of course. I'm booked in at {x}.",
        ),
        "Where is $my crown being done?",
        "Which practice is fixing $my tooth?",
        ("Bright Smile Dental", "Parkside Dentistry", "Family Dental Care"),
    ),
    (
        "What are you watching these days?",
        (
            "We're hooked on {x}, we watch an episode every night.",
            "{x}. I know, I'm late. It's so good.",
            "Rewatching {x}, for the third time.",
        ),
        "What show are we watching?",
        "Which series has the household hooked?",
        ("The Bear", "Shrinking", "Slow Horses", "Only Murders in the Building", "Ted Lasso"),
    ),
    (
        "Are you doing anything for the holidays?",
        (
            "We're hosting, {x} people at my table, I need a bigger table.",
            "Hosting! {x} people. I've already started panicking.",
            "Everyone's coming here, {x} of us, I'm renting chairs.",
        ),
        "How many people are coming to $my holiday dinner?",
        "How big is the guest list for $my festive meal?",
        ("twelve", "nine", "fifteen"),
    ),
    (
        "Did you get your flu shot?",
        (
            "Yep, at {x}, and the booster too, same arm, ouch.",
            "Done, a few days ago, {x}, walked right in.",
            "Yes, {x} had no line, five minutes.",
        ),
        "Where did $I get the flu shot?",
        "Where did $I get vaccinated this fall?",
        ("CVS", "Walgreens", "the Costco pharmacy", "the county clinic"),
    ),
    (
        "How's the sleep been?",
        (
            "Better, the doctor said {x} and no screens after ten, and it's working.",
            "Much better since I started {x}.",
            "Good, actually. {x} did the trick.",
        ),
        "What did the doctor suggest for $my sleep?",
        "What's helping $me rest at night?",
        ("melatonin", "magnesium", "a white noise machine"),
    ),
)
SALONS = (
    "Shear Madness",
    "Studio Nine",
    "The Mane Room",
    "Clip Joint",
    "Salon Lumiere",
    "Cut and Color Co.",
    "Bangs and Co.",
    "The Barber Lounge",
)


def _errands(life: Life) -> None:
    r = life.rng
    for n, (agent, texts, lex, para, options) in enumerate(r.sample(ERRANDS, 6)):
        x = r.choice(options)
        said = life.say(
            life.pick(0, life.n),
            f"errand{n}",
            agent,
            cap(r.choice(texts).format(x=x)),
            f"{life.first}: {x}.",
        )
        life.ask("single", [said], [lex], [para], x)


def _stylist(life: Life) -> None:
    r = life.rng
    g1, g2 = r.choice("fm"), r.choice("fm")
    s1, s2 = life.person(g1), life.person(g2)
    salon1, salon2 = r.sample(SALONS, 2)
    a = life.say(
        life.pick(0, life.n // 2),
        "stylist",
        "Do you want me to book your usual haircut?",
        r.choice(
            (
                f"Yes, please, with {s1} at {salon1}, every six weeks like always.",
                f"Please. {s1} at {salon1}, {pronouns(g1)['he']}'s the only one I trust.",
            )
        ),
        f"{life.first}'s stylist is {s1} at {salon1}.",
    )
    b = life.say(
        life.after(a.call, 6, life.n - 2),
        "stylist_new",
        r.choice(("Shall I book the usual haircut?", "Time for a trim?")),
        r.choice(
            (
                f"Oh, not there anymore, {pronouns(g1)['he']} moved away. I see {s2} at "
                f"{salon2} now.",
                f"New place, actually, {salon2}. {s2} does it now, and does it better.",
            )
        ),
        f"{life.first} now sees {s2} at {salon2}.",
    )
    old = life.know(
        "stylist",
        "preferences",
        f"{life.first}'s stylist is {s1} at {salon1}.",
        [s1, salon1],
        [a],
        listed=False,
    )
    life.know(
        "stylist",
        "preferences",
        f"{life.first}'s stylist is {s2} at {salon2}.",
        [f"{s2}|{salon2}"],
        [b],
        listed=False,
        replaces=old,
    )
    life.ask(
        "single",
        [a],
        ["Who cuts $my hair?"],
        ["Who's $my regular barber or stylist?"],
        f"{s1}, {salon1}",
        until=b.call,
    )
    life.ask(
        "update",
        [b],
        ["Who cuts $my hair now?", "Which salon is $my haircut at now?"],
        ["Who's $my current barber or stylist?"],
        f"{s2}, {salon2}",
        stale=[a],
    )
