"""What the callers of the facts-that-change set say: each kind of fact with its values (as
said on the line, as written), how it is first told, how it changes, how other people's facts
of the kind sound, and how questions ask for it now and then."""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field


@dataclass(frozen=True)
class Kind:
    name: str
    values: list[tuple[str, str]]  # (said, written)
    prompts: list[str]  # what the agent said before the caller told it
    tell: list[str]  # "{v}": the value as said
    change: list[str] = field(default_factory=list)  # "{v}": the new value, "{old}": the old
    others: list[str] = field(default_factory=list)  # someone else's value of the kind
    ask_now: list[str] = field(default_factory=list)
    ask_then: list[str] = field(default_factory=list)
    summary: str = ""
    summary_change: str = ""


def _digits(number: str) -> str:
    words = "zero one two three four five six seven eight nine".split()
    return " ".join(
        "oh" if d == "0" and i % 3 == 1 else words[int(d)] for i, d in enumerate(number)
    )


def _phone(number: str) -> tuple[str, str]:
    return f"{_digits(number[:3])}, {_digits(number[3:])}", number


ANYTHING = [
    "What can I do for you today?",
    "How can I help?",
    "Anything I should update on your file?",
    "Go ahead, I'm listening.",
]

KINDS = [
    Kind(
        "address",
        [
            ("14 Birch Lane", "14 Birch Lane"),
            ("88 Harbor View Road", "88 Harbor View Road"),
            ("3 Maple Court", "3 Maple Court"),
            ("217 Willow Drive", "217 Willow Drive"),
            ("42 Cedar Avenue", "42 Cedar Avenue"),
            ("9 Aspen Close", "9 Aspen Close"),
            ("61 Linden Road", "61 Linden Road"),
            ("150 Chestnut Street", "150 Chestnut Street"),
        ],
        ANYTHING + ["Can I confirm your home address?"],
        [
            "I live at {v}, for the file.",
            "Our place is at {v}.",
            "The address is {v}, that's home.",
        ],
        [
            "We finally moved, the new address is {v}.",
            "Big news, we moved house last weekend, we're at {v} now.",
            "I've moved, so please update it to {v}.",
        ],
        [
            "My sister just moved to {v}.",
            "My parents live at {v}, in case it comes up.",
        ],
        ["What's my address?", "Where do I live?", "Which address do you have for me?"],
        ["What was my old address?", "Where did I live before I moved?"],
        "she lives at {v}",
        "she moved to {v}",
    ),
    Kind(
        "phone",
        [_phone(n) for n in ("5552180", "5559034", "5551467", "5557723", "5553391", "5558046")],
        ANYTHING + ["What's the best number to reach you?"],
        [
            "The best number for me is {v}.",
            "My mobile is {v}.",
            "You can reach me on {v}.",
        ],
        [
            "I got a new phone, the number is now {v}.",
            "My number changed, it's {v} now.",
            "Please use my new number, {v}.",
        ],
        ["My husband's number is {v}.", "If I'm out, try my son on {v}."],
        ["What's my phone number?", "Which number should you call me on?"],
        ["What was my old phone number?", "What number did I have before?"],
        "her number is {v}",
        "her new number is {v}",
    ),
    Kind(
        "email",
        [
            ("j dot hart at gmail dot com", "j.hart@gmail.com"),
            ("sunny underscore days at outlook dot com", "sunny_days@outlook.com"),
            ("hello at bluefern dot net", "hello@bluefern.net"),
            ("m dot rivers at proton dot me", "m.rivers@proton.me"),
            ("kite flyer at yahoo dot com", "kiteflyer@yahoo.com"),
            ("office at northwind dot co", "office@northwind.co"),
        ],
        ANYTHING + ["Which email should the receipts go to?"],
        ["My email is {v}.", "Send things to {v}, that's my email."],
        [
            "I changed my email, it's {v} now.",
            "Please use my new email, {v}.",
            "I don't use the old email any more, it's {v}.",
        ],
        ["My daughter's email is {v}."],
        ["What's my email address?", "Which email do you have on file for me?"],
        ["What was my old email?"],
        "her email is {v}",
        "her new email is {v}",
    ),
    Kind(
        "dose",
        [
            ("10 milligrams of lisinopril", "10 milligrams lisinopril"),
            ("20 milligrams of lisinopril", "20 milligrams lisinopril"),
            ("40 milligrams of lisinopril", "40 milligrams lisinopril"),
            ("5 milligrams of lisinopril", "5 milligrams lisinopril"),
        ],
        ["How's your health been?", "Any news from the doctor?"] + ANYTHING,
        ["I take {v} every morning.", "I'm on {v} for my blood pressure."],
        [
            "The doctor changed my dose, I'm on {v} now.",
            "They switched me to {v} last week.",
            "My blood pressure pills went up, it's {v} from now on.",
        ],
        ["My mum takes {v} too, funnily enough."],
        ["How much lisinopril do I take?", "What dose am I on for my blood pressure?"],
        ["What dose of lisinopril was I on before?"],
        "she takes {v}",
        "her dose changed to {v}",
    ),
    Kind(
        "class",
        [
            ("Tuesday evenings", "Tuesday"),
            ("Thursday evenings", "Thursday"),
            ("Monday nights", "Monday"),
            ("Wednesday mornings", "Wednesday"),
            ("Saturday mornings", "Saturday"),
        ],
        ["Doing anything fun lately?", "How's the week looking?"] + ANYTHING,
        ["My pottery class is on {v}.", "I do pottery on {v}, so I'm never free then."],
        [
            "My pottery class moved to {v}.",
            "Pottery is on {v} now, they changed the schedule.",
            "They've switched pottery to {v} from now on.",
        ],
        ["My son has football on {v}."],
        ["When is my pottery class?", "Which day do I do pottery?"],
        ["Which day was pottery before it moved?"],
        "her pottery class is on {v}",
        "pottery moved to {v}",
    ),
    Kind(
        "coffee",
        [("coffee", "coffee"), ("coffee", "coffee")],
        ["Can I get you set up with the usual order?", "Any changes to the breakfast order?"],
        [
            "I drink two cups of {v} every morning, black.",
            "I love my {v}, I have it every morning.",
        ],
        [
            "I don't drink {v} any more, doctor's orders.",
            "I've given up {v} completely.",
            "No more {v} for me, I quit last month.",
        ],
        ["My husband drinks {v} all day long."],
        ["Do I drink coffee?", "How do I take my coffee?"],
        [],
        "she drinks {v} every morning",
        "she gave up {v}",
    ),
    Kind(
        "meat",
        [("red meat", "red meat"), ("red meat", "red meat")],
        ["Shall I book the usual steakhouse?", "Any dietary notes for the dinner booking?"],
        ["I love a good steak, I eat {v} most days.", "I'm a big {v} eater, steak every Friday."],
        [
            "I've stopped eating {v}, I'm vegetarian now.",
            "I'm vegetarian these days, so no {v} please.",
        ],
        ["My brother eats {v} with every meal."],
        ["Do I eat red meat?", "Any dietary restrictions for me?"],
        [],
        "she eats {v}",
        "she is vegetarian now",
    ),
    Kind(
        "favourite",
        [
            ("chamomile", "chamomile"),
            ("rooibos", "rooibos"),
            ("Earl Grey", "Earl Grey"),
            ("peppermint", "peppermint"),
            ("green tea", "green tea"),
        ],
        ["Shall we put a tea in the welcome basket?", "Any favourites for the basket?"],
        ["My favourite tea is {v}.", "I'm a {v} person, that's my favourite tea."],
        [
            "These days my favourite tea is {v}.",
            "I've gone off the old one, {v} is my favourite tea now.",
        ],
        ["My friend Nora's favourite tea is {v}."],
        ["What's my favourite tea?", "Which tea should go in my basket?"],
        ["What was my favourite tea before?"],
        "her favourite tea is {v}",
        "her favourite tea is now {v}",
    ),
    Kind(
        "pet",
        [("Biscuit", "Biscuit"), ("Pepper", "Pepper"), ("Mochi", "Mochi"), ("Bramble", "Bramble")],
        ["How's the family?", "How are things at home?"],
        ["We have a cat called {v}, she's a handful.", "Our cat {v} runs the house."],
        [
            "Sadly we lost {old} last month, she was fifteen.",
            "{old} passed away in the spring, it's been hard.",
            "We had to rehome {old}, my allergies got too bad.",
        ],
        ["My neighbour has a cat called {v}."],
        ["Do I have a cat?", "How is my cat doing?"],
        [],
        "she has a cat called {v}",
        "her cat is gone",
    ),
    Kind(
        "partner",
        [
            ("Tom", "Tom"),
            ("Marcus", "Marcus"),
            ("Alex", "Alex"),
            ("Sam", "Sam"),
            ("Rafael", "Rafael"),
        ],
        ["How's the family?", "Any plans for the weekend?"],
        ["My boyfriend {v} and I are going to the coast.", "My partner {v} is doing the cooking."],
        [
            "{old} and I split up, I'm seeing someone new, {v}.",
            "I'm with {v} now, things with {old} ended in the spring.",
            "My new partner is {v}.",
        ],
        ["My sister's boyfriend {v} is coming too."],
        ["Who is my partner?", "What's my partner's name?"],
        ["Who was I with before?"],
        "her partner is {v}",
        "her new partner is {v}",
    ),
    Kind(
        "job",
        [
            ("Halden Logistics", "Halden Logistics"),
            ("the Riverside Clinic", "Riverside Clinic"),
            ("Brightwater Bank", "Brightwater Bank"),
            ("Copperleaf Studios", "Copperleaf Studios"),
            ("the city library", "city library"),
        ],
        ["How's work?", "Busy at work?"],
        ["I work at {v}, it's steady.", "I've been at {v} for years now."],
        [
            "I started a new job at {v}.",
            "I left my old job, I'm at {v} now.",
            "I work at {v} these days.",
        ],
        ["My husband works at {v}."],
        ["Where do I work?", "Who is my employer?"],
        ["Where did I work before?", "What was my old job?"],
        "she works at {v}",
        "she started a new job at {v}",
    ),
    Kind(
        "car",
        [
            ("a blue Honda Civic", "Honda Civic"),
            ("a red Mazda 3", "Mazda 3"),
            ("a grey Toyota RAV4", "Toyota RAV4"),
            ("a white Subaru Outback", "Subaru Outback"),
            ("a green Volkswagen Golf", "Volkswagen Golf"),
        ],
        ["Do you need parking at the venue?", "Shall I book the car wash?"],
        ["I drive {v}.", "My car is {v}."],
        [
            "We traded the old car in, I drive {v} now.",
            "I got a new car, it's {v}.",
            "Sold the old one, my car is {v} now.",
        ],
        ["My daughter drives {v}."],
        ["What car do I drive?", "What's my car?"],
        ["What car did I have before?", "What was my old car?"],
        "she drives {v}",
        "she now drives {v}",
    ),
    Kind(
        "doctor",
        [
            ("Dr Patel", "Patel"),
            ("Dr Okafor", "Okafor"),
            ("Dr Lindgren", "Lindgren"),
            ("Dr Moreau", "Moreau"),
            ("Dr Castillo", "Castillo"),
        ],
        ["Who should we send the forms to?", "Any news from the doctor?"],
        ["My GP is {v} at the Elm Street practice.", "I see {v}, she's my GP."],
        [
            "I switched practices, my GP is {v} now.",
            "My new GP is {v}.",
            "I'm with {v} now, the old GP retired.",
        ],
        ["My mum's GP is {v}."],
        ["Who is my GP?", "Which doctor do I see?"],
        ["Who was my GP before?"],
        "her GP is {v}",
        "her new GP is {v}",
    ),
    Kind(
        "dentist",
        [
            ("the fourteenth of March", "14 March"),
            ("the second of April", "2 April"),
            ("the twenty first of May", "21 May"),
            ("the ninth of June", "9 June"),
            ("the thirtieth of April", "30 April"),
        ],
        ["Any appointments coming up?", "Anything on the calendar?"],
        ["My dentist appointment is on {v}.", "I've got the dentist on {v}."],
        [
            "The dentist moved my appointment to {v}.",
            "My dentist appointment got rescheduled to {v}.",
        ],
        ["My son's dentist appointment is on {v}."],
        ["When is my dentist appointment?"],
        ["When was my dentist appointment originally?"],
        "her dentist appointment is on {v}",
        "her dentist appointment moved to {v}",
    ),
    Kind(
        "contact",
        [("text", "text"), ("email", "email"), ("call", "call")],
        ["How should we get in touch about the booking?", "How do you like to be contacted?"],
        ["Please {v} me rather than anything else.", "Best to {v} me, that's what I prefer."],
        [
            "Actually, from now on please {v} me instead.",
            "I'd rather you {v} me these days.",
        ],
        ["My husband prefers that you {v} him."],
        ["How do I like to be contacted?", "Should you text or call me?"],
        [],
        "she prefers that we {v} her",
        "she now prefers that we {v} her",
    ),
    Kind(
        "nickname",
        [("Bea", "Bea"), ("Jo", "Jo"), ("Sunny", "Sunny"), ("Max", "Max"), ("Lou", "Lou")],
        ["How should I address you?", "Do you go by a nickname?"],
        ["Please call me {v}, everyone does.", "Just call me {v}."],
        [
            "You can call me {v} now, I've gone back to it.",
            "Actually I go by {v} these days.",
        ],
        ["My brother goes by {v}."],
        ["What should you call me?", "What name do I go by?"],
        [],
        "she goes by {v}",
        "she now goes by {v}",
    ),
]

CORRECTIONS = [
    Kind(
        "member",
        [(_digits(n), n) for n in ("4412", "4413", "7719", "7791", "3056", "3065")],
        ["Can I get your member number for the file?"],
        [
            "My member number is {wrong}, no wait, {v}.",
            "It's {wrong}, sorry, I mean {v}.",
        ],
        ask_now=["What's my member number?"],
    ),
    Kind(
        "gate",
        [(_digits(n), n) for n in ("1987", "1978", "2468", "2486", "5031", "5013")],
        ["Is there a gate code for the delivery?"],
        ["The gate code is {wrong}, oh sorry, {v}.", "Gate code {wrong}, no, {v}, sorry."],
        ask_now=["What's my gate code?"],
    ),
    Kind(
        "day",
        [
            ("Tuesday", "Tuesday"),
            ("Wednesday", "Wednesday"),
            ("Thursday", "Thursday"),
            ("Friday", "Friday"),
        ],
        ["When is the plumber coming?"],
        ["The plumber comes on {wrong}, sorry, I mean {v}.", "He's coming {wrong}, no wait, {v}."],
        ask_now=["When is the plumber coming?"],
    ),
    Kind(
        "time",
        [
            ("three", "3:00"),
            ("half past four", "4:30"),
            ("quarter past two", "2:15"),
            ("five", "5:00"),
        ],
        ["What time is the hair appointment?"],
        ["The hair appointment is at {wrong}, no sorry, {v}."],
        ask_now=["What time is my hair appointment?"],
    ),
]

SPOKEN = [
    Kind(
        "email",
        [
            ("p dot quinn at fastmail dot com", "p.quinn@fastmail.com"),
            ("reading nook at gmail dot com", "readingnook@gmail.com"),
        ],
        ["Is there a second email for the newsletter?"],
        ["Send the newsletter to {v}."],
        ask_now=["Which email gets the newsletter?"],
    ),
    Kind(
        "spelled",
        [("", "{surname}")],
        ["How do you spell your surname?"],
        ["It's {surname}, {spelled}.", "{spelled}, {surname}."],
        ask_now=["How is my surname spelled?"],
    ),
    Kind(
        "policy",
        [(_digits(n), n) for n in ("83920417", "55102984", "70316652")],
        ["Do you have your insurance policy number?"],
        ["The policy number is {v}.", "Let me see, the insurance policy is {v}."],
        ask_now=["What's my insurance policy number?"],
    ),
    Kind(
        "when",
        [
            ("the fourteenth at half past three", "14 3:30"),
            ("the twenty second at quarter to ten", "22 9:45"),
        ],
        ["When is the boiler service?"],
        ["The boiler service is on {v}."],
        ask_now=["When is the boiler service?"],
    ),
    Kind(
        "locker",
        [("double seven, three, oh", "7730"), ("triple four, nine", "4449")],
        ["What's your locker combination at the gym?"],
        ["My locker combination is {v}."],
        ask_now=["What's my gym locker combination?"],
    ),
]

DISTRACTIONS = [
    "Oh, how are they?",
    "Good to know. Anything else?",
    "I'll make a note of that.",
    "Mm-hm, go on.",
]

FILLER = [
    ("How's the weather on your end?", "Awful, it's been raining all week."),
    ("Anything else on your mind?", "I just want to make sure everything is on track."),
    ("Can I help with anything else?", "Can you remind me what time you close today?"),
    ("Sorry to keep you waiting.", "No worries, I'm in no rush."),
    ("How was your weekend?", "Quiet, mostly gardening."),
    ("Is now a good time?", "Yes, I've got a few minutes before school pickup."),
    ("Did you get our last email?", "I did, thank you, very helpful."),
    ("How are you today?", "Not bad, a bit tired, busy week."),
]

OTHER_FACTS = [
    "My daughter starts piano lessons in the autumn.",
    "We're thinking about repainting the kitchen yellow.",
    "My knee has been playing up since the hike.",
    "I'm reading a book about the history of tea.",
    "My nephew is getting married in Lisbon next year.",
    "We planted tomatoes and basil this year.",
    "I'm trying to walk ten thousand steps a day.",
    "Our washing machine has started making a grinding noise.",
    "My best friend Nora is moving back from Canada.",
    "I've been learning Spanish on my phone.",
    "The roof needs a couple of tiles replaced before winter.",
    "I volunteer at the food bank on Sundays.",
]
