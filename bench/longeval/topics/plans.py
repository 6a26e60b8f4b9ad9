"""Work and leisure modules: a job change, a trip, a hobby class, a friend's tip, outings."""

from __future__ import annotations

import datetime as dt

from bench.longeval.people import Life
from bench.longeval.people import cap
from bench.longeval.people import on
from bench.longeval.people import pronouns
from bench.longeval.words import CAP
from bench.longeval.words import MONTHS
from bench.longeval.words import POOLS
from bench.longeval.words import date_answer
from bench.longeval.words import day_name
from bench.longeval.words import future
from bench.longeval.words import month_day
from bench.longeval.words import ordinal
from bench.longeval.words import past
from bench.longeval.words import resolve
from bench.longeval.words import said_date

SENIOR_HOBBIES = (
    "choir",
    "water aerobics",
    "watercolor class",
    "bridge club",
    "knitting circle",
    "tai chi",
    "woodworking class",
)


def _job(life: Life) -> None:
    r, P = life.rng, life.pools
    job1, emp1 = P.take("job")
    job2, emp2 = P.take("job")
    shift, infer_lex, infer_para, key = r.choice(
        (
            (
                "I work nights, seven p.m. to seven a.m.",
                "Is a nine a.m. call a good time to reach $me?",
                "Should we ring $me first thing in the morning?",
                "work nights",
            ),
            (
                "I work every weekend, Saturday and Sunday are my long days.",
                "Would a Saturday delivery window suit $me?",
                "Is a Sunday afternoon install convenient for $me?",
                "every weekend, Saturday Sunday",
            ),
            (
                "My shift starts at four a.m., so I'm in bed by eight.",
                "Is a ten p.m. weeknight concert a good idea for $me?",
                "Would a late dinner on a Tuesday work for $me?",
                "four a.m.",
            ),
        )
    )
    a = life.say(
        life.pick(0, 10),
        "job",
        r.choice(
            (
                "What do you do for work?",
                "Are you working these days?",
                "Remind me what you do for a living?",
            )
        ),
        r.choice(
            (
                f"I'm a {job1} at {emp1}. {shift}",
                f"I'm with {emp1}, as a {job1}. {shift} It's a lot.",
            )
        ),
        f"{life.first} is a {job1} at {emp1}.",
        "Work",
    )
    call = life.after(a.call, 8, life.n - 4)
    day = life.day(call)
    phrase = future(r, day)
    b = life.say(
        call,
        "new_job",
        r.choice(("How's work?", "Any news on the job front?", "What's new with you?")),
        r.choice(
            (
                f"I got the job! I'm going to be a {job2} at {emp2}, and I start {phrase}.",
                f"Big change, I gave notice. New job's at {emp2}, {job2}, first day is {phrase}. "
                "I'm terrified.",
            )
        ),
        f"{life.first} starts as a {job2} at {emp2}.",
        "New job",
        standalone=True,
    )
    life.event(resolve(phrase, day))
    old = life.know("job", "work", f"{life.first} is a {job1} at {emp1}.", [emp1], [a])
    if resolve(phrase, day) <= life.last_day:
        life.know("job", "work", f"{life.first} is a {job2} at {emp2}.", [emp2], [b], replaces=old)
    else:
        life.know(
            "job_start",
            "plans",
            f"{life.first} starts as a {job2} at {emp2} on {month_day(resolve(phrase, day))}.",
            [emp2],
            [b],
            due=resolve(phrase, day),
        )
    life.ask(
        "single",
        [a],
        [f"What's $my job at {emp1}?", "What's $my occupation?"],
        ["What line of work is $my profession?"],
        job1,
        until=b.call,
    )
    life.ask("inference", [a], [infer_lex], [infer_para], key, until=b.call)
    life.ask(
        "update",
        [b],
        ["Who is $my employer now?", "Where's $my new job?"],
        [
            "Which company signs $my paychecks these days?",
            "What's $my current occupation and workplace?",
        ],
        f"{job2}, {emp2}",
        stale=[a],
    )
    life.ask(
        "temporal",
        [b],
        [f"When did $I start at {emp2}?"],
        ["What was $my first day at the new workplace?"],
        date_answer(phrase, day),
        phrase=phrase,
    )
    life.topic(b.call, b.call + 4, "the new job")
    if b.call + 2 < life.n:
        bg = r.choice("fm")
        boss = life.person(bg)
        c = life.say(
            life.after(b.call, 2, life.n),
            "boss",
            r.choice(("How's the new job going?", "Settling in at work?")),
            r.choice(
                (
                    f"Good! My manager, {boss}, is great, and I finally have a window desk.",
                    f"Better than I hoped. {boss} runs the team, {pronouns(bg)['he']}'s "
                    "the first boss I've had who answers emails.",
                )
            ),
            f"{boss} is {life.first}'s manager.",
        )
        life.ask(
            "multi-hop",
            [b, c],
            [f"Who's $my manager at {emp2}?"],
            ["Who supervises $me at the company $I joined this year?"],
            f"{emp2}, {boss}",
        )


def _trip(life: Life) -> None:
    r, P = life.rng, life.pools
    dest, hotel = P.take("trip")
    cg = r.choice("fm")
    companion = life.person(cg)
    rel = "sister" if cg == "f" else "brother"
    call = life.pick(3, life.n // 2)
    start = life.day(call) + dt.timedelta(days=r.randint(35, 60))
    end = start + dt.timedelta(days=r.randint(4, 9))
    a = life.say(
        call,
        "trip",
        r.choice(
            ("Any plans for the fall?", "Anything fun coming up?", "What's on the calendar?")
        ),
        r.choice(
            (
                f"We're finally doing {dest}! My {rel} {companion} and me, {said_date(start, r)} "
                f"through the {ordinal(end.day)}. First real vacation in years.",
                f"So {companion}, my {rel}, talked me into {dest}. We go {said_date(start, r)} "
                "and "
                f"come back the {ordinal(end.day)}.",
            )
        ),
        f"{life.first} is going to {dest} with {rel} {companion}.",
        f"Trip to {dest}",
        standalone=True,
    )
    code = (
        f"{r.choice('BCDFHJKMNPQRTVWXYZ')}{r.randint(2, 9)}{r.choice('KMPQRTXZ')}"
        f"{r.randint(10, 99)}{r.choice('ABDEGHJ')}"
    )
    b = life.say(
        life.after(call, 1, life.n, ok=lambda d: d < start - dt.timedelta(days=10)),
        "hotel",
        r.choice(
            (
                f"Did you sort out where you're staying in {dest}?",
                "Have you booked a place to stay yet?",
            )
        ),
        r.choice(
            (
                f"Yes! We booked {hotel}, five nights, and the confirmation number is {code}.",
                f"We did. {cap(hotel)}. Confirmation's {code}, let me spell that, "
                f"{' '.join(code)}.",
            )
        ),
        f"Booked {hotel}, confirmation {code}.",
        "Hotel booked",
        data={"booking_reference": code},
    )
    life.ask(
        "single",
        [b],
        [f"What's the confirmation number for {hotel}?"],
        ["What's the booking reference for $my hotel stay?"],
        code,
    )
    life.ask(
        "multi-hop",
        [a, b],
        [
            f"Which hotel did $I book for the trip with $my {rel}?",
            f"Where are we staying on the {rel} trip?",
        ],
        [f"Where will $I sleep on the vacation with {companion}?"],
        f"{dest}, {hotel}",
    )
    trip = life.know(
        "trip",
        "plans",
        f"{life.first} goes to {dest} with {rel} {companion}, {month_day(start)} "
        f"to the {ordinal(end.day)}.",
        [f"{dest}|{companion}", on(start)],
        [a],
        due=start,
    )
    delay = r.randint(20, 40)
    new_start, new_end = start + dt.timedelta(days=delay), end + dt.timedelta(days=delay)
    if b.call + 2 < life.n and life.day(b.call + 2) < start - dt.timedelta(days=3):
        c = life.say(
            life.after(b.call, 1, life.n, ok=lambda d: d < start - dt.timedelta(days=3)),
            "trip_moved",
            r.choice((f"Are you all set for {dest}?", "How are the travel plans?")),
            r.choice(
                (
                    f"Ugh, we had to push it. {companion} can't get the time off, so it's "
                    f"{said_date(new_start, r)} to the {ordinal(new_end.day)} now.",
                    f"Change of plans, it's moved to {said_date(new_start, r)}, back on the "
                    f"{ordinal(new_end.day)}. The hotel was nice about it.",
                )
            ),
            f"The {dest} trip moved to {month_day(new_start)}.",
            "Trip moved",
        )
        life.know(
            "trip",
            "plans",
            f"{life.first} goes to {dest} with {rel} {companion}, {month_day(new_start)} "
            f"to the {ordinal(new_end.day)} (moved).",
            [f"{dest}|{companion}", on(new_start)],
            [c],
            due=new_start,
            replaces=trip,
        )
        life.ask(
            "update",
            [c],
            [f"When is the {dest} trip now?", f"What are the {dest} dates?"],
            [f"When does $my vacation with {companion} begin these days?"],
            f"{month_day(new_start)}, {ordinal(new_end.day)}",
            stale=[a],
        )
        life.ask(
            "temporal",
            [a],
            [f"When is $my {dest} trip?"],
            [f"What dates did $I pick for the getaway with {companion}?"],
            f"{month_day(start)}, {ordinal(end.day)}",
            until=c.call,
        )
        life.event(new_start)
    else:
        life.ask(
            "temporal",
            [a],
            [f"When is $my {dest} trip?"],
            [f"What dates did $I pick for the getaway with {companion}?"],
            f"{month_day(start)}, {ordinal(end.day)}",
        )
        life.event(start)
    life.topic(call, life.n, f"the {dest} trip")
    airline = r.choice(POOLS["airline"])
    f = life.say(
        life.after(call, 1, life.n, ok=lambda d: d < start),
        "flight",
        f"How are you getting to {dest}?",
        r.choice(
            (
                f"{airline}, out of Terminal B, the early flight, ugh.",
                f"Flying {airline}. I already paid for the extra legroom.",
            )
        ),
        f"{life.first} flies {airline}.",
    )
    life.ask(
        "multi-hop",
        [a, f],
        [f"Which airline are we taking on the trip with $my {rel}?"],
        [f"What carrier gets $me to the getaway with {companion}?"],
        f"{dest}, {airline}",
    )
    if life.pet:
        name, g, species, first = life.pet
        pp = pronouns(g)
        sitter_g = r.choice("fm")
        sitter = "Marcus" if life.p.marcus == "neighbor" else life.person(sitter_g)
        sp = pronouns("m" if sitter == "Marcus" else sitter_g)
        d = life.say(
            life.after(max(call, first), 1, life.n),
            "sitter",
            f"Who's watching {name} while you're away?",
            f"Our neighbor {sitter}, {sp['he']} has a key and {sp['he']} adores {pp['him']}.",
            f"{sitter} will look after {name}.",
        )
        life.ask(
            "multi-hop",
            [a, d],
            [f"Who's looking after {name} during the {dest} trip?"],
            [f"Who minds $my {species} during $my getaway with {companion}?"],
            f"{dest}, {sitter}",
        )


def _hobby(life: Life) -> None:
    r, P = life.rng, life.pools
    hobby, venue, event = P.take_where(
        "hobby", lambda h: not life.p.senior or h[0] in SENIOR_HOBBIES
    )
    teacher_g = r.choice("fm")
    teacher = life.person(teacher_g)
    day1 = r.choice(("Monday", "Tuesday", "Wednesday", "Thursday"))
    day2 = r.choice(
        [d for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Saturday") if d != day1]
    )
    a = life.say(
        life.pick(0, life.n // 3),
        "hobby",
        r.choice(("Are you doing anything fun for yourself lately?", "What keeps you busy?")),
        r.choice(
            (
                f"I started {hobby} at {venue}! {day1} nights, it's the highlight of my week.",
                f"Oh, {hobby}. Every {day1} evening at {venue}. I'm terrible at it and I love it.",
            )
        ),
        f"{life.first} does {hobby} at {venue} on {day1}s.",
        cap(hobby),
    )
    life.know("hobby", "leisure", f"{life.first} goes to {hobby} at {venue}.", [hobby], [a])
    b = life.say(
        life.after(a.call, 2, life.n - 4),
        "teacher",
        r.choice((f"How's the {hobby} going?", f"Still enjoying {venue}?")),
        r.choice(
            (
                f"So good. {teacher}, that's the instructor, says I'm ready for the next level.",
                f"Great, {teacher} runs it, {pronouns(teacher_g)['he']}'s so patient with me.",
            )
        ),
        f"{teacher} teaches {life.first}'s class.",
    )
    life.ask(
        "multi-hop",
        [a, b],
        [f"Who teaches the {hobby} $I go to at {venue}?"],
        ["Who leads $my weekly class, and what class is it?"],
        f"{hobby}, {teacher}",
    )
    c = life.say(
        life.after(a.call, 6, life.n - 2),
        "hobby_day",
        r.choice((f"Is {hobby} still on {day1}s?", "Anything change with your class?")),
        r.choice(
            (
                f"No, they moved it to {day2}s, which works better anyway.",
                f"They switched us to {day2} nights, new schedule at {venue}.",
            )
        ),
        f"The class moved to {day2}s.",
    )
    old = life.know(
        "hobby_day",
        "leisure",
        f"The {hobby} is on {day1}s.",
        [f"{hobby}|{venue}", day1],
        [a],
        listed=False,
    )
    life.know(
        "hobby_day",
        "leisure",
        f"The {hobby} is on {day2}s.",
        [day2],
        [c],
        listed=False,
        replaces=old,
    )
    life.ask(
        "single",
        [a],
        [f"What night is $my {hobby}?"],
        ["What evening is $my weekly class?"],
        day1,
        until=c.call,
    )
    life.ask(
        "update",
        [c],
        [f"Which day is $my {hobby} now?"],
        ["What evening is $my weekly class at the moment?"],
        day2,
        stale=[a],
    )
    life.ask("single", [a], [f"Where is $my {hobby}?"], ["Where's $my weekly class held?"], venue)
    call = life.after(b.call, 1, life.n - 2)
    when = life.day(call) + dt.timedelta(days=r.randint(10, 30))
    d = life.say(
        call,
        "hobby_event",
        r.choice(("Anything coming up?", "Any plans?")),
        r.choice(
            (
                f"{cap(event)} is {said_date(when, r)}, I'm a nervous wreck.",
                f"Well, there's {event}, {said_date(when, r)}. You should come, ha.",
            )
        ),
        f"{cap(event)} is on {month_day(when)}.",
        standalone=True,
    )
    life.event(when)
    life.know(
        "hobby_event",
        "plans",
        f"{cap(event)} of the {hobby} is on {month_day(when)}.",
        [event, on(when)],
        [d],
        due=when,
    )
    life.ask(
        "temporal",
        [d],
        [f"When is {event}?"],
        ["On what date does $my class put on its big night?"],
        month_day(when),
    )


def _friend(life: Life) -> None:
    r, P = life.rng, life.pools
    fg = "m" if life.p.marcus in ("friend", "neighbor") else r.choice("fm")
    friend = "Marcus" if life.p.marcus in ("friend", "neighbor") else life.person(fg)
    how = (
        "next door"
        if life.p.marcus == "neighbor"
        else r.choice(("from work", "from college", "from my running group", "from church"))
    )
    place, dish = P.take("restaurant")
    a = life.say(
        life.pick(1, life.n // 2),
        "friend",
        r.choice(("Any plans for the weekend?", "Do you need any reservations?")),
        r.choice(
            (
                f"Maybe! My friend {friend} {how} swears by {place}, says we have to go.",
                f"{friend}, my friend {how}, keeps telling me about {place}, so I might finally "
                "try it.",
            )
        ),
        f"{friend} recommended {place}.",
        standalone=True,
    )
    call = life.after(a.call, 2, life.n)
    day = life.day(call)
    phrase = past(r, day, weekend=True)
    b = life.say(
        call,
        "dinner",
        r.choice(("How was your weekend?", "Did you get out at all?")),
        r.choice(
            (
                f"We finally went to {place} {phrase}, I had {dish}, unreal.",
                f"Oh, {phrase} we did {place}. I got {dish}. I'm still thinking about it.",
            )
        ),
        f"{life.first} ate at {place}.",
    )
    life.event(resolve(phrase, day))
    life.ask(
        "multi-hop",
        [a, b],
        [f"What did $I order at the place {friend} recommended?"],
        ["What dish did $I eat at the spot $my pal suggested?"],
        f"{place}, {dish}",
    )
    life.ask(
        "single",
        [a],
        [f"Who recommended {place}?"],
        ["Which friend tipped $me off about that restaurant?"],
        friend,
    )
    life.ask(
        "temporal",
        [b],
        [f"When did $I go to {place}?"],
        ["When was that dinner out $I raved about?"],
        date_answer(phrase, day),
        phrase=phrase,
    )
    life.mention(a.call, f"I ran into {friend} at the store, small world.")


OUTINGS = {  # pool, caller's variants, when-questions (lexical, paraphrase), month-questions
    "concert": (
        "concert",
        (
            "We saw {x} at the amphitheater {when}, and it was so good, I lost my voice.",
            "{When_} was the {x} show! Third row. I'm still buzzing.",
            "{When_} we finally saw {x} live. Worth every penny.",
        ),
        "When did $I see {x} live?",
        "When was that live music night?",
        "Which concert did $I go to in {m}?",
        "Which band or singer did $I catch live in {m}?",
    ),
    "hike": (
        "trail",
        (
            "{When_} we hiked up to {x}, the whole loop, my legs are still mad at me.",
            "We did {x} {when}. Eight miles. Never again. Okay, maybe again.",
            "{When_} we went up {x}, the view at the top was unreal.",
        ),
        "When did $I hike {x}?",
        "When was that long walk in the woods?",
        "Which trail did $I hike in {m}?",
        "Where did $I go walking in the mountains in {m}?",
    ),
    "festival": (
        "festival",
        (
            "We went to {x} {when}, I ate my weight in funnel cake.",
            "{When_} was {x}, we stayed till the fireworks.",
            "{When_} we hit {x}, way too crowded but fun.",
        ),
        "When did $I go to {x}?",
        "When was that big outdoor fair thing?",
        "Which festival did $I go to in {m}?",
        "What outdoor event did $I attend in {m}?",
    ),
    "show": (
        "show",
        (
            "{When_} we saw {x} at the Orpheum, I cried twice.",
            "We finally got {x} tickets, went {when}, worth every penny.",
            "{When_} was {x}, the touring cast, they were amazing.",
        ),
        "When did $I see {x}?",
        "When did $I catch the musical?",
        "Which musical did $I see in {m}?",
        "What theater production did $I watch in {m}?",
    ),
    "camping": (
        "campsite",
        (
            "We camped at {x} {when}, first time with the new tent.",
            "{When_} we drove up to {x} and camped, the stars were unreal.",
            "Camping! {x}, {when}, and it only rained a little.",
        ),
        "When did $I camp at {x}?",
        "When was that night sleeping outdoors?",
        "Where did $I camp in {m}?",
        "Where did $I sleep under the stars in {m}?",
    ),
    "museum": (
        "museum",
        (
            "We spent {when} at {x}, the gift shop nearly bankrupted me.",
            "{When_} we did {x}, our rainy-day plan.",
            "{When_} it was {x}, we were there until closing.",
        ),
        "When did $I visit {x}?",
        "When was that indoor outing?",
        "Which museum did $I visit in {m}?",
        "What exhibit place did $I spend a day at in {m}?",
    ),
    "town": (
        "town",
        (
            "We drove out to {x} {when}, just for the day, cute little place.",
            "{When_} we took a day trip to {x}, had pie, came home.",
            "{When_} we did a little road trip to {x}, antique shops and ice cream.",
        ),
        "When did $I drive out to {x}?",
        "When was that little getaway drive?",
        "Which town did $I day-trip to in {m}?",
        "Where did $I take a little drive in {m}?",
    ),
}


def _outings(life: Life) -> None:
    """Weekend and one-day outings in distinct months, asked about by date and by month; run
    last, so a date question is only asked when nothing else happened that day."""
    r = life.rng
    kinds = r.sample(sorted(OUTINGS), 5)
    months = r.sample(range(6, 12), 5)
    for kind, month in zip(kinds, months, strict=True):
        pool, templates, lex_when, para_when, lex_month, para_month = OUTINGS[kind]
        fits = [i for i in range(life.n) if life.day(i).month == month and life.load[i] < CAP]
        if not fits:
            continue
        call = r.choice(fits)
        day = life.day(call)
        phrase = past(r, day, weekend=True)
        when = resolve(phrase, day)
        x = str(r.choice(POOLS[pool]))  # shared between callers on purpose
        text = r.choice(templates).format(x=x, when=phrase, When_=cap(phrase))
        said = life.say(
            call,
            f"outing_{kind}",
            r.choice(
                (
                    "How was your weekend?",
                    "Did you do anything fun lately?",
                    "What have you been up to?",
                )
            ),
            text,
            f"{life.first} went to {x}.",
            standalone=True,
        )
        m = MONTHS[when.month - 1]
        answer = x.removeprefix("the ")
        life.ask(
            "temporal",
            [said],
            [lex_when.format(x=x)],
            [para_when],
            date_answer(phrase, day),
            phrase=phrase,
        )
        life.ask("temporal", [said], [lex_month.format(m=m)], [para_month.format(m=m)], answer)
        weekend = {when, when + dt.timedelta(days=1)} if phrase.endswith("weekend") else {when}
        if sum(life.events[d] for d in weekend) == 0 and not any(
            d in life.events for d in (when - dt.timedelta(days=1), when + dt.timedelta(days=1))
        ):
            if phrase.endswith("weekend"):
                ref = r.choice(
                    (f"the weekend before {day_name(day)}", f"the weekend of {day_name(when)}")
                )
            else:
                ref = day_name(when)
            on = "" if ref.startswith("the") else "on "
            life.ask(
                "temporal",
                [said],
                [f"What did $I do {on}{ref}?"],
                [f"How did $I spend {ref}?", f"What did $I get up to {on}{ref}?"],
                answer,
            )
        life.event(when)
