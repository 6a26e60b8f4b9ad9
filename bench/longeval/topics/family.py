"""Family modules: partner, children and birthdays, elderly family, parents, weddings, cousins."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from bench.longeval.people import Known
from bench.longeval.people import Life
from bench.longeval.people import Said
from bench.longeval.people import cap
from bench.longeval.people import on
from bench.longeval.people import pronouns
from bench.longeval.words import MONTHS
from bench.longeval.words import NUMBERS
from bench.longeval.words import date_answer
from bench.longeval.words import future
from bench.longeval.words import month_day
from bench.longeval.words import resolve
from bench.longeval.words import said_date
from bench.longeval.words import tokens

DAY_SETS = (
    "Mondays and Wednesdays",
    "Tuesdays and Thursdays",
    "Fridays",
    "Thursdays",
    "Mondays",
    "Wednesdays and Fridays",
)
GRADES = {
    5: "kindergarten",
    6: "first grade",
    7: "second grade",
    8: "third grade",
    9: "fourth grade",
    10: "fifth grade",
}
FAR_CITIES = (
    "Denver",
    "Phoenix",
    "Sacramento",
    "Omaha",
    "Albany",
    "Tampa",
    "Boise",
    "Dayton",
    "Spokane",
    "Tulsa",
    "Savannah",
    "Duluth",
)
WEDDING_VENUES = (
    "the Brass Lantern barn",
    "Rosecliff Gardens",
    "the old Union Depot",
    "Willowmere Vineyard",
    "the Lakeside Pavilion",
    "St. Anne's chapel",
    "Harbor View Hall",
    "the Carriage House",
)


def _disjoint(rng: random.Random, options: Sequence[str], taken: str) -> str:
    return rng.choice([o for o in options if not tokens(o) & tokens(taken)])


def _partner(life: Life) -> None:
    r, P = life.rng, life.pools
    assert life.p.partner
    name, g = life.p.partner
    married = bool(life.p.kids) or life.p.key in ("tariq", "hector")
    rel = {"m": "husband", "f": "wife"}[g] if married else {"m": "boyfriend", "f": "girlfriend"}[g]
    job, employer = P.take("job")
    s = {
        **pronouns(g),
        "name": name,
        "rel": rel,
        "job": job,
        "employer": employer,
        "years": r.choice(NUMBERS[3:13]),
    }
    a = life.say(
        life.pick(0, 6),
        "partner",
        r.choice(
            (
                "Who else is at home with you these days?",
                "Is it just you at home, or is there a whole crew?",
                "Tell me a little about who's at home.",
                "And who lives with you?",
            )
        ),
        r.choice(
            (
                "My {rel}, {name}. {He}'s a {job} at {employer}, been there {years} years now.",
                "Oh, it's me and {name}, my {rel}. {He} works as a {job} for {employer}, so {his} "
                "hours are all over the place.",
                "Well, there's {name}, that's my {rel}. {He}'s been a {job} with {employer} for "
                "{years} years, can you believe it.",
                "So my {rel} {name}, {he}'s a {job} over at {employer}, and then, well, the rest "
                "of the chaos.",
            )
        ).format(**s),
        f"{life.first}'s {rel} is {name}, a {job} at {employer}.",
        "Household",
    )
    life.know("partner", "family", f"{life.first}'s {rel} is {name}.", [name, rel], [a])
    he, his = s["he"], s["his"]
    life.ask(
        "single",
        [a],
        [
            f"What's the name of $my {rel}, and what does {he} do for work?",
            f"What's $my {rel}'s name and job?",
        ],
        [
            f"Who is $my partner, and what's {his} profession?",
            f"Who's $my other half and what's {his} trade?",
        ],
        f"{name}, {job}",
    )
    life.ask(
        "single",
        [a],
        [f"Where does {name} work?", f"Who employs $my {rel} {name}?"],
        ["Which company pays $my significant other?"],
        employer,
    )
    life.mention(
        a.call,
        f"{name} says hi, by the way.",
        f"Hang on, {name} is asking me something. Okay, sorry.",
    )
    days1 = r.choice(DAY_SETS)
    days2 = _disjoint(r, DAY_SETS, days1)
    v1 = life.say(
        life.pick(4, life.n // 2),
        "partner_days",
        r.choice(
            (
                f"How's {name} doing with work?",
                f"Is {name} still commuting every day?",
                f"How's {name}'s schedule these days?",
            )
        ),
        r.choice(
            (
                "No, {he} works from home on {days} now, which honestly helps with the mornings.",
                "{He}'s home on {days} now, remote, and in the office the rest of the week.",
                "Oh, it's better, {he} gets to work from home {days}, so {he} can do the errands "
                "those days.",
            )
        ).format(**s, days=days1),
        f"{name} works from home on {days1}.",
    )
    v2 = life.say(
        life.after(v1.call, 6, life.n - 3),
        "partner_days_new",
        r.choice(
            (
                f"And how's {name}?",
                f"How are things with {name}'s job?",
                f"Anything new with {name}?",
            )
        ),
        r.choice(
            (
                "Oh, they changed it again. {He}'s remote only on {days} now, the rest of the "
                "week "
                "{he} goes in.",
                "Ugh, {his} company did a whole reshuffle, so now {he} works from home {days} and "
                "that's it.",
                "So {his} new manager wants people in more, {he}'s home on {days} now instead.",
            )
        ).format(**s, days=days2),
        f"{name} now works from home on {days2} only.",
    )
    old = life.know(
        "partner_days",
        "family",
        f"{name} works from home on {days1}.",
        ["home|remote", days1],
        [v1],
        listed=False,
    )
    life.know(
        "partner_days",
        "family",
        f"{name} works from home on {days2}.",
        ["home|remote", days2],
        [v2],
        listed=False,
        replaces=old,
    )
    life.ask(
        "single",
        [v1],
        [f"Which days does {name} work from home?"],
        [f"On what weekdays is $my {rel} around the house?"],
        days1,
        until=v2.call,
    )
    life.ask(
        "update",
        [v2],
        [
            f"Which days does {name} work from home now?",
            f"What's {name}'s work-from-home schedule these days?",
        ],
        [
            f"Which weekdays is $my {rel} around the house at the moment?",
            f"When can $my {rel} skip the commute lately?",
        ],
        days2,
        stale=[v1],
    )


def _kids(life: Life) -> None:
    r, P = life.rng, life.pools
    ages = [r.randint(6, 10)] + ([r.randint(1, 3)] if life.p.kids > 1 else [])
    kids = []
    for age in ages:
        g = r.choice("fm")
        kids.append((life.person(g), g, age))
    (k1, g1, a1) = kids[0]
    p1 = pronouns(g1)
    child1 = "daughter" if g1 == "f" else "son"
    if len(kids) == 2:
        (k2, g2, a2) = kids[1]
        p2 = pronouns(g2)
        lead = (
            r.choice(("Any little ones at home?", "Do you have kids?")),
            r.choice(
                (
                    "Two, yeah, they keep us busy, believe me.",
                    "Two of them. Never a dull moment.",
                    "Yep, two, a big one and a small one.",
                )
            ),
        )
        text = r.choice(
            (
                f"So {k1} is {NUMBERS[a1]}, {p1['he']}'s the boss, and {k2} just turned "
                f"{NUMBERS[a2]}.",
                f"{k1}, {p1['he']}'s {NUMBERS[a1]}, and {k2}, who's {NUMBERS[a2]} and into "
                "everything.",
                f"{k1} is {NUMBERS[a1]} going on thirty, and the baby, {k2}, is {NUMBERS[a2]}.",
                f"The big one is {k1}, {NUMBERS[a1]}, and then {k2}, {p2['he']}'s {NUMBERS[a2]}.",
            )
        )
        agent = r.choice(
            (
                "What are their names, and how old are they?",
                "Aw. What are their names?",
                "How old are they?",
            )
        )
    else:
        lead = (r.choice(("Any kids?", "Do you have children?")), f"One, our {child1}.")
        text = r.choice(
            (
                f"{k1}, {p1['he']}'s {NUMBERS[a1]}.",
                f"{k1}. {p1['He']} just turned {NUMBERS[a1]}.",
                f"That's {k1}, {NUMBERS[a1]} years old, {p1['he']}'s a lot of fun.",
            )
        )
        agent = r.choice(
            (f"And what's your {child1}'s name?", f"What's {p1['his']} name, and how old?")
        )
    a = life.say(
        life.pick(0, 8),
        "kids",
        agent,
        text,
        f"{life.first} has " + " and ".join(f"{k} ({n})" for k, _, n in kids) + ".",
        "Family",
        lead=[lead],
        echo=r.choice(("", f"{k1}, lovely.")),
    )
    told = {}
    for n, (kid, _, age) in enumerate(kids, start=1):
        told[kid] = life.know(
            f"child{n}",
            "family",
            f"{life.first}'s child {kid} is {NUMBERS[age]}.",
            [kid, NUMBERS[age]],
            [a],
        )
    eldest = "oldest" if len(kids) == 2 else "only"
    life.ask(
        "single",
        [a],
        [f"How old is {k1}?", f"What's {k1}'s age?"],
        [f"How old is $my {eldest} child?", f"What age is $my {eldest} kid?"],
        f"{k1}, {NUMBERS[a1]}",
    )
    life.mention(
        a.call,
        f"Sorry, {k1} is yelling about something in the other room.",
        f"{k1} wants to say hi. Say hi, {k1}! Okay, {p1['he']}'s gone.",
    )
    if len(kids) == 2:
        life.ask(
            "single",
            [a],
            [f"How old is {k2}?", "What are the kids' names?"],
            ["How old is $my youngest?", "What age is the baby of the family?"],
            f"{k2}, {NUMBERS[a2]}",
        )
        life.ask(
            "inference",
            [a],
            [f"Will {k2} need a car seat in the rental car?"],
            [
                "Should $I ask the hotel for a crib?",
                "Does the family need a high chair when eating out?",
            ],
            f"{k2}, {NUMBERS[a2]}",
        )
    # School: the caller says "she starts … on Monday"; the child's name is in the agent's turn.
    window = (dt.date(2025, 8, 10), dt.date(2025, 9, 6))
    call = life.after(a.call, 2, ok=lambda d: window[0] <= d <= window[1])
    day = life.day(call)
    phrase = future(r, day)
    school, grade = P.take("school"), GRADES.get(a1, "fifth grade")
    s = {**p1, "when": phrase, "school": school, "grade": grade}
    b = life.say(
        call,
        "school",
        r.choice((f"How's {k1} doing?", f"And how's {k1}?", f"How's {k1} feeling about school?")),
        r.choice(
            (
                "Oh {he}'s good! {He} starts {grade} at {school} {when}, and {he} already picked "
                "out "
                "{his} backpack.",
                "Honestly {he}'s a little nervous. {He} starts at {school} {when}, {grade}, new "
                "building, new everything.",
                "{He} is so ready. First day at {school} is {when}, {he}'s going into {grade}.",
                "Good, busy. Classes start {when}, {he}'s at {school} this year, {grade}, so "
                "we're "
                "doing the whole supply list thing.",
            )
        ).format(**s),
        f"{k1} starts {grade} at {school}.",
        "Back to school",
    )
    life.event(resolve(phrase, day))
    life.topic(b.call, b.call + 3, f"{k1}'s first week")
    life.ask(
        "multi-hop",
        [a, b],
        [
            f"Which school is $my {NUMBERS[a1]}-year-old going to this year?",
            f"What school and grade is the {NUMBERS[a1]}-year-old in?",
        ],
        [
            f"Where does $my {eldest} child attend classes now?",
            "Which campus did $my firstborn enroll at in the fall?",
        ],
        f"{k1}, {school}",
    )
    life.ask(
        "temporal",
        [b],
        [f"When does {k1} start at {school}?", f"What day does {k1} start {grade}?"],
        [f"What date was {k1}'s first day back?"],
        date_answer(phrase, day),
        phrase=phrase,
    )
    life.ask(
        "single",
        [b],
        [f"What grade is {k1} going into?"],
        [f"What year of elementary is {k1} in?"],
        grade,
    )
    _birthday(life, k1, g1, a1, a, told[k1])


def _birthday(life: Life, kid: str, g: str, age: int, intro: Said, known: Known) -> None:
    if "birthday" not in life.p.modules:
        return
    r, P = life.rng, life.pools
    p = pronouns(g)
    call = life.after(intro.call, 3, life.n - 10)
    when = life.day(call) + dt.timedelta(days=r.randint(12, 40))
    venue, gift = P.take("venue"), P.take("gift")
    a = life.say(
        call,
        "birthday",
        r.choice(
            ("Any big plans coming up?", f"What's {kid} up to these days?", "What else is new?")
        ),
        r.choice(
            (
                f"Well, {kid}'s birthday is {said_date(when, r)}, {p['he']}'s turning "
                f"{NUMBERS[age + 1]}, and we're doing the party at {venue}. Twelve kids. Pray "
                "for me.",
                f"Party planning! {kid} turns {NUMBERS[age + 1]} on {said_date(when, r)}. We "
                "booked "
                f"{venue}, because I am not having twelve kids in my house.",
            )
        ),
        f"{kid}'s birthday party is at {venue}.",
        "Birthday party",
    )
    life.event(when)
    if when <= life.last_day:
        life.know(
            known.id,
            "family",
            f"{life.first}'s child {kid} is {NUMBERS[age + 1]}.",
            [kid, NUMBERS[age + 1]],
            [a],
            replaces=known,
        )
    life.know(
        "birthday",
        "plans",
        f"{kid}'s birthday party is at {venue} on {month_day(when)}.",
        [f"{kid}|{venue}", on(when)],
        [a],
        due=when,
    )
    life.ask(
        "temporal",
        [a],
        [f"When is {kid}'s birthday?", f"What date is {kid}'s party?"],
        [f"On which date does $my {'daughter' if g == 'f' else 'son'} get a year older?"],
        month_day(when),
    )
    life.ask(
        "single",
        [a],
        [f"Where is {kid}'s birthday party?"],
        [f"What place did $I book for the celebration when {kid} gets older?"],
        venue,
    )
    b = life.say(
        life.after(call, 1, life.n, ok=lambda d: d < when) if call + 1 < life.n else call,
        "gift",
        r.choice((f"Did you find a present for {kid}?", f"What are you getting {kid}?")),
        r.choice(
            (
                f"I did! {cap(gift)}. Don't tell {p['him']}, it's hidden in the garage.",
                f"Yes, finally, {gift}. {p['He']} has been dropping hints for months.",
            )
        ),
        f"{life.first} bought {gift} for {kid}.",
    )
    if b.call > a.call:
        life.ask(
            "multi-hop",
            [a, b],
            [
                f"What present did $I get for the kid turning {NUMBERS[age + 1]} in "
                f"{MONTHS[when.month - 1]}?"
            ],
            [f"What did $I buy as a gift for the child whose party is at {venue}?"],
            f"{kid}, {gift}",
        )


def _household(life: Life) -> None:
    if life.p.partner:
        _partner(life)
    if life.p.kids:
        _kids(life)


def _senior_family(life: Life) -> None:
    r, P = life.rng, life.pools
    late_g = "m" if life.p.gender == "f" else "f"
    late = life.person(late_g)
    years = r.choice(NUMBERS[2:9])
    child_g, grand_g = r.choice("fm"), r.choice("fm")
    child, grand = life.person(child_g), life.person(grand_g)
    pc, pg = pronouns(child_g), pronouns(grand_g)
    city = r.choice(FAR_CITIES)
    age = r.randint(8, 15)
    rel_late = "husband" if late_g == "m" else "wife"
    a = life.say(
        life.pick(0, 5),
        "late_spouse",
        r.choice(("Do you live on your own?", "Is anybody at home with you?")),
        r.choice(
            (
                f"Since {late} passed, yes. {years.capitalize()} years this spring. We had a "
                "good run.",
                f"Just me now. My {rel_late}, {late}, died {years} years ago. The house is too "
                "big, "
                "but I can't leave it.",
            )
        ),
        f"{life.first} lives alone; {late} died {years} years ago.",
        "Check-in",
    )
    life.know(
        "late_spouse",
        "family",
        f"{life.first}'s {rel_late} {late} died {years} years ago.",
        [late, "passed|died"],
        [a],
    )
    life.ask(
        "single",
        [a],
        [f"What was $my late {rel_late}'s name?"],
        ["Who was the spouse $I lost?"],
        late,
    )
    b = life.say(
        life.pick(0, 8),
        "child",
        r.choice(("Do you have family nearby?", "Is your family close by?")),
        r.choice(
            (
                f"Not close, no. My {'daughter' if child_g == 'f' else 'son'} {child} is in "
                f"{city}, "
                f"with my {'granddaughter' if grand_g == 'f' else 'grandson'} {grand}. "
                f"{pc['He']} calls every Sunday.",
                f"{child}, my {'daughter' if child_g == 'f' else 'son'}, lives out in {city} with "
                f"{pc['his']} family, little {grand} and all. I wish they were closer.",
            )
        ),
        f"{child} lives in {city} with {grand}.",
        "Family",
    )
    kin = "daughter" if child_g == "f" else "son"
    life.know(
        "child", "family", f"{life.first}'s {kin} {child} lives in {city}.", [child, city], [b]
    )
    life.know(
        "grandchild",
        "family",
        f"{life.first}'s grandchild is {grand}, {child}'s child.",
        [grand],
        [b],
    )
    life.ask(
        "single",
        [b],
        [
            f"Where does {child} live?",
            f"Which city is $my {'daughter' if child_g == 'f' else 'son'} in?",
        ],
        ["Where's $my grown child settled these days?"],
        f"{child}, {city}",
    )
    c = life.say(
        life.after(b.call, 2, life.n - 6),
        "grand_age",
        r.choice((f"How's {grand} doing?", f"Any news from {city}?")),
        r.choice(
            (
                f"Oh, {pg['he']}'s {NUMBERS[age]} now, smart as a whip, wants to be a vet.",
                f"Growing like a weed. {NUMBERS[age].capitalize()} years old and taller than me.",
            )
        ),
        f"{grand} is {age}.",
    )
    life.ask(
        "single", [c], [f"How old is {grand}?"], ["What age is $my grandchild now?"], NUMBERS[age]
    )
    when = life.day(c.call) + dt.timedelta(days=r.randint(20, 50))
    gift = P.take("gift")
    d = life.say(
        life.after(c.call, 1, life.n, ok=lambda x: x < when),
        "grand_gift",
        f"Did you find something for {grand}?",
        r.choice(
            (
                f"I did, I ordered {pg['him']} {gift}, {pg['he']}'s going to love it.",
                f"Yes! {cap(gift)}. {child} said it was a good choice.",
            )
        ),
        f"{life.first} bought {gift} for {grand}.",
    )
    life.ask(
        "multi-hop",
        [b, d],
        [f"What gift did $I buy for $my grandchild in {city}?"],
        [
            "What present is going to the grandkid out west?",
            "What did $I pick out for the youngest one in the family?",
        ],
        f"{grand}, {gift}",
    )


def _parent(life: Life) -> None:
    r, P = life.rng, life.pools
    pg = r.choice("fm")
    pname = life.person(pg)
    pp = pronouns(pg)
    rel = "mom" if pg == "f" else "dad"
    city = r.choice([c for c in FAR_CITIES if c != life.p.city])
    aid = r.choice(("uses a walker", "is in a wheelchair", "rides a mobility scooter"))
    a = life.say(
        life.pick(0, 10),
        "parent",
        r.choice(("Is your family nearby?", "Do your parents live close?")),
        r.choice(
            (
                f"My {rel}, {pname}, is in {city}. {pp['He']}'s {NUMBERS[r.randint(15, 19)]} past "
                f"seventy, {aid} now, but sharp as ever.",
                f"No, my {rel} is out in {city}. {pname}. {pp['He']} {aid} these days, which "
                f"{pp['he']} hates.",
            )
        ),
        f"{life.first}'s {rel} {pname} lives in {city}.",
        "Family",
    )
    key = aid.split()[-1]
    life.know(
        "parent",
        "family",
        f"{life.first}'s {rel} {pname} lives in {city} and {aid}.",
        [f"{pname}|{rel}", city],
        [a],
    )
    life.ask(
        "single",
        [a],
        [f"Where does $my {rel} live?", f"Which city is {pname} in?"],
        ["Where is $my parent living these days?"],
        f"{pname}, {city}",
    )
    life.ask(
        "inference",
        [a],
        [f"Will $my {rel} need an accessible room when visiting?"],
        [f"Should the guest room for {pname} be on the ground floor?"],
        key,
    )
    call = life.after(a.call, 3, life.n - 3)
    when = life.day(call) + dt.timedelta(days=r.randint(10, 30))
    airline = P.take("airline")
    b = life.say(
        call,
        "parent_visit",
        r.choice((f"Are you seeing your {rel} soon?", f"Any plans with your {rel}?")),
        r.choice(
            (
                f"Yes! {pp['He']}'s flying in {said_date(when, r)} on {airline}, landing around "
                "two.",
                f"{pp['He']} is coming to us. {cap(airline)}, {said_date(when, r)}, I'll pick "
                f"{pp['him']} up.",
            )
        ),
        f"{pname} flies in on {month_day(when)}.",
        "Family visit",
    )
    life.event(when)
    life.know(
        "parent_visit",
        "plans",
        f"{pname} flies in on {airline} on {month_day(when)}.",
        [f"{pname}|{rel}|{airline}", on(when)],
        [b],
        due=when,
    )
    life.ask(
        "multi-hop",
        [a, b],
        [f"Which airline is $my {rel} from {city} flying?"],
        ["What carrier is bringing $my parent to town?"],
        f"{pname}, {airline}",
    )
    life.ask(
        "temporal",
        [b],
        [f"When does $my {rel} arrive?", f"When is {pname} flying in?"],
        ["What day does $my parent land?"],
        month_day(when),
    )


def _wedding(life: Life) -> None:
    r, P = life.rng, life.pools
    sib_g = r.choice("fm")
    sib = life.person(sib_g)
    rel = "sister" if sib_g == "f" else "brother"
    venue = r.choice(WEDDING_VENUES)
    role = "maid of honor" if life.p.gender == "f" else "best man"
    call = life.pick(2, life.n // 2)
    when = life.day(call) + dt.timedelta(days=r.randint(30, 70))
    a = life.say(
        call,
        "wedding",
        r.choice(("Any big events coming up?", "What's new in the family?")),
        r.choice(
            (
                f"My {rel} {sib} is getting married! {cap(said_date(when, r))}, at {venue}, and "
                f"I'm the {role}.",
                f"{sib}, my {rel}, is getting married at {venue} on {said_date(when, r)}. I'm "
                f"{role}, so, no pressure.",
            )
        ),
        f"{life.first}'s {rel} {sib} marries at {venue}.",
        "Family wedding",
        standalone=True,
    )
    life.event(when)
    life.know(
        "wedding",
        "plans",
        f"{life.first}'s {rel} {sib} marries at {venue} on {month_day(when)}; {life.first} "
        f"is the {role}.",
        [f"{sib}|married|wedding", on(when)],
        [a],
        due=when,
    )
    life.ask(
        "temporal",
        [a],
        [f"When is {sib}'s wedding?"],
        ["On what date does $my sibling tie the knot?"],
        month_day(when),
    )
    life.ask(
        "single",
        [a],
        [f"Where is {sib} getting married?"],
        ["What's the location of the family ceremony this year?"],
        venue,
    )
    color = P.take("color")
    b = life.say(
        life.after(call, 1, life.n, ok=lambda d: d < when),
        "wedding_color",
        r.choice(("How's the wedding planning?", f"How's {sib} holding up?")),
        r.choice(
            (
                f"Stressed! The colors are {color}, which I did not vote for.",
                f"Fine, mostly. I got my outfit, it's {color}, everyone's in {color}.",
            )
        ),
        f"The wedding colors are {color}.",
    )
    life.ask(
        "multi-hop",
        [a, b],
        [f"What color is the wedding party wearing at {venue}?"],
        ["What shade will $I wear while standing up for $my sibling?"],
        f"{sib}, {color}",
    )


def _cousin(life: Life) -> None:
    r = life.rng
    g = r.choice("fm")
    cousin = life.person(g)
    pc = pronouns(g)
    place = r.choice(
        (
            "the zoo",
            "the botanical garden",
            "the ballpark",
            "an escape room",
            "the night market",
            "the go-kart track",
            "the flea market",
        )
    )
    a = life.say(
        life.pick(0, life.n // 2),
        "cousin",
        r.choice(("How was your week?", "Anything fun lately?")),
        r.choice(
            (
                f"My cousin {cousin} was in town a few days ago, so I took {pc['him']} to "
                f"{place}.",
                f"We had my cousin {cousin} staying with us, we did {place} and way too much "
                "pizza.",
            )
        ),
        f"{life.first}'s cousin {cousin} visited.",
        standalone=True,
    )
    city = r.choice([c for c in FAR_CITIES if c != life.p.city])
    b = life.say(
        life.after(a.call, 3, life.n),
        "cousin_move",
        f"How's {cousin} doing?",
        r.choice(
            (
                f"{pc['He']}'s moving to {city}! Got a job there, {pc['he']} leaves next month.",
                f"Oh, big news, {pc['he']} is packing up for {city}. I'm going to miss "
                f"{pc['him']}.",
            )
        ),
        f"{cousin} is moving to {city}.",
    )
    month = MONTHS[life.day(a.call).month - 1]
    life.ask(
        "multi-hop",
        [a, b],
        [f"Where is the cousin $I took to {place} moving?"],
        [f"Which city is the relative who stayed with $me in {month} relocating to?"],
        f"{cousin}, {city}",
    )
