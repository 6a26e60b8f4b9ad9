"""Home modules: a pet, a move, a home repair, an order with a warranty claim, a car."""

from __future__ import annotations

import datetime as dt
import re

from bench.longeval.people import Life
from bench.longeval.people import cap
from bench.longeval.people import on
from bench.longeval.people import pronouns
from bench.longeval.words import MONTHS
from bench.longeval.words import NUMBERS
from bench.longeval.words import POOLS
from bench.longeval.words import date_answer
from bench.longeval.words import future
from bench.longeval.words import month_day
from bench.longeval.words import past
from bench.longeval.words import resolve
from bench.longeval.words import said_date


def _pet(life: Life) -> None:
    r, P, p = life.rng, life.pools, life.p
    species = p.pet
    name = p.pet_name or str(P.take(species))
    g = r.choice("fm")
    breed = str(P.take(f"{species}_breed"))
    age = r.randint(2, 7)
    s = {**pronouns(g), "name": name, "breed": breed, "age": NUMBERS[age], "species": species}
    young = "kitty" if species == "cat" else "pup"
    if "adopt" in p.modules:
        call = life.pick(1, life.n // 3)
        day = life.day(call)
        phrase = past(r, day, weekend=r.random() < 0.5)
        shelter = P.take("shelter")
        s.update(when=phrase, shelter=shelter, owners="the kids are" if p.kids else "I'm")
        a = life.say(
            call,
            "adopt",
            r.choice(
                (
                    "What's new with you?",
                    "Anything exciting happen recently?",
                    "How was your week?",
                )
            ),
            cap(
                r.choice(
                    (
                        "we did it, we adopted {when}! {He}'s a {breed} from {shelter}, about "
                        "{age} years "
                        "old, and we named {him} {name}.",
                        "so {when} we picked up a {breed} from {shelter}. {name}. {He}'s {age}, "
                        "and {he} "
                        "has already chewed a shoe.",
                        "big news, we have a {species} now. We got {him} from {shelter} {when}, a "
                        "{age}-year-old {breed} named {name}.",
                        "{name} came home with us {when}! {He}'s a {breed}, {age} years old, from "
                        "{shelter}. {owners} obsessed.",
                    )
                ).format(**s)
            ),
            f"{life.first} adopted {name}, a {breed}, from {shelter}.",
            f"Adopted {name}",
            standalone=True,
        )
        life.event(resolve(phrase, day))
        month = MONTHS[day.month - 1]
        life.ask(
            "temporal",
            [a],
            [f"When did $I adopt {name}?", f"When did $I get {name} from {shelter}?"],
            [
                f"What day did $my new {young} come home?",
                "On what date did the four-legged family member arrive?",
            ],
            date_answer(phrase, day),
            phrase=phrase,
        )
        life.ask(
            "single",
            [a],
            [f"Which shelter did {name} come from?"],
            ["Where did $I find $my rescue animal?"],
            shelter,
        )
        ident = [f"the {breed} $I adopted in {month}", f"the {species} $I got from {shelter}"]
        para_ident = [f"the rescue $I brought home in {month}"]
    else:
        a = life.say(
            life.pick(0, 8),
            "pet",
            r.choice(("Do you have any pets?", "Any animals in the house?")),
            r.choice(
                (
                    "Just {name}, my {breed}. {He}'s {age}, and {he} runs the house.",
                    "Oh yes, {name}, {he}'s a {age}-year-old {breed}, spoiled rotten.",
                    "{name}! {He}'s a {breed}, {age} years old. Best {species} in the world, "
                    "don't "
                    "tell anyone.",
                )
            ).format(**s),
            f"{life.first} has a {breed} named {name}.",
            "Pets",
        )
        ident = [f"$my {age}-year-old {breed}", f"$my {breed}"]
        para_ident = ["$my furry companion"]
    life.pet = (name, g, species, a.call)
    life.know(
        "pet",
        "pets",
        f"{life.first} has a {species}, {name}, a {breed}.",
        [name, f"{species}|{breed}"],
        [a],
    )
    life.ask(
        "single",
        [a],
        [f"What breed is {name}?", f"What kind of {species} is {name}?"],
        [f"What sort of animal is $my {young} — which breed?"],
        breed,
    )
    life.ask(
        "inference",
        [a],
        [f"Does $my building need to allow a {species}?"],
        [
            "Would a strict no-pets rental work for $me?",
            "Should $I look for a landlord that accepts animals?",
        ],
        f"{name}, {breed}",
    )
    life.mention(
        a.call,
        f"{name} is snoring next to me right now.",
        f"Sorry, that's {name}, {s['he']} wants to go out.",
        f"{name} just knocked over the water bowl, hang on.",
    )
    issue, treatment = r.choice(
        (
            ("an ear infection", "ear drops twice a day"),
            ("a hot spot on {his} leg", "a cone"),
            ("kennel cough", "a cough syrup"),
            ("an upset stomach", "plain rice and chicken"),
            ("a torn dewclaw", "pain meds"),
            ("a bee sting on {his} nose", "Benadryl"),
            ("an eye infection", "an ointment"),
        )
    )
    issue, treatment = issue.format(**s), treatment.format(**s)
    vet, clinic = P.take("doctor"), P.take("clinic")
    call = life.after(a.call, 3, life.n - 8)
    day = life.day(call)
    phrase = past(r, day)
    s.update(issue=issue, treatment=treatment, vet=vet, clinic=clinic, when=phrase)
    b = life.say(
        call,
        "vet",
        r.choice((f"How's {name} doing?", f"And how's {name}?", f"How's {name} settling in?")),
        r.choice(
            (
                "Oh, poor thing, {he} had {issue}. We took {him} to Dr. {vet} at {clinic} "
                "{when}, and "
                "{he}'s on {treatment} now.",
                "Not great, honestly. {He} got {issue}, so {when} we saw Dr. {vet} over at "
                "{clinic}. "
                "{treatment_cap}, for ten days.",
                "{He}'s okay now. {when_cap} was rough though, {issue}, and Dr. {vet} at "
                "{clinic} fit "
                "us in. {He}'s on {treatment}.",
            )
        ).format(**s, treatment_cap=cap(treatment), when_cap=cap(phrase)),
        f"{name} had {issue}; Dr. {vet} at {clinic} treated {s['him']}.",
        "Vet visit",
    )
    life.event(resolve(phrase, day))
    life.ask(
        "multi-hop",
        [a, b],
        [f"Which vet treated {i}?" for i in ident],
        [f"Who was the animal doctor for {i}?" for i in para_ident],
        f"{name}, Dr. {vet}",
    )
    life.ask(
        "single",
        [b],
        [f"What was wrong with {name} at the vet?"],
        [f"Why did $my {young} need medical care?"],
        issue,
    )
    life.ask(
        "temporal",
        [b],
        [f"When did {name} see Dr. {vet}?"],
        [f"What day was $my {young}'s checkup appointment?"],
        date_answer(phrase, day),
        phrase=phrase,
    )
    food1, food2 = r.sample(POOLS["food"], 2)
    c1 = life.say(
        life.after(a.call, 1, life.n // 2),
        "pet_food",
        r.choice((f"What are you feeding {name}?", f"Is {name} a picky eater?")),
        r.choice(
            (
                f"{food1}. {s['He']} gets a cup in the morning and a cup at night.",
                f"Not at all, {s['he']} inhales {s['his']} {food1} like it's the last meal on "
                "earth.",
            )
        ),
        f"{name} eats {food1}.",
    )
    c2 = life.say(
        life.after(c1.call, 6, life.n - 3),
        "pet_food_new",
        r.choice((f"How's {name}'s tummy?", f"Anything new with {name}?")),
        r.choice(
            (
                f"Better! The vet said to switch {s['him']}, so {s['he']}'s on {food2} now, and "
                "no more table scraps.",
                f"We changed {s['his']} food, it's {food2} now. Way less itching.",
            )
        ),
        f"{name} switched to {food2}.",
    )
    old = life.know("pet_food", "pets", f"{name} eats {food1}.", [food1], [c1], listed=False)
    life.know(
        "pet_food", "pets", f"{name} eats {food2}.", [food2], [c2], listed=False, replaces=old
    )
    life.ask(
        "single",
        [c1],
        [f"What food does {name} eat?"],
        [f"What goes in $my {young}'s bowl?"],
        food1,
        until=c2.call,
    )
    life.ask(
        "update",
        [c2],
        [f"What food is {name} on now?", f"What does {name} eat now?"],
        [
            f"What's in the bowl these days for $my {young}?",
            f"Which brand is $my {young}'s current kibble?",
        ],
        food2,
        stale=[c1],
    )


def _repair(life: Life) -> None:
    r, P = life.rng, life.pools
    thing, problem, trade, company = P.take("repair")
    cg = "m" if life.p.marcus == "contractor" else r.choice("fm")
    who = "Marcus" if life.p.marcus == "contractor" else life.person(cg)
    pc = pronouns(cg)
    call = life.pick(2, life.n - 12)
    day = life.day(call)
    visit = future(r, day)
    a = life.say(
        call,
        "repair",
        r.choice(
            (
                "What can I help with today?",
                "What's going on at the house?",
                "How are things at home?",
            )
        ),
        r.choice(
            (
                f"So {problem}. I called {company} and they're sending {who} out {visit}.",
                f"Well, {problem}, which is just great. {company}'s {trade}, {who}, is coming "
                f"{visit}.",
            )
        ),
        f"{cap(problem)}; {who} from {company} will come out.",
        f"{cap(thing)} repair",
        standalone=True,
        data={"issue_category": "home_repair"},
    )
    life.event(resolve(visit, day))
    life.ask(
        "single",
        [a],
        [f"Which company is fixing the {thing}?"],
        ["Who did $I hire for the house problem?"],
        company,
    )
    life.ask(
        "temporal",
        [a],
        [f"When is {who} from {company} coming?"],
        ["What day is the tradesperson visiting $my place?"],
        date_answer(visit, day),
        phrase=visit,
    )
    amount = r.choice(("1,850", "2,400", "3,200", "4,800", "6,150", "950", "7,300"))
    amount2 = r.choice([x for x in ("2,100", "3,650", "5,400", "8,900", "1,275") if x != amount])
    b = life.say(
        life.after(call, 1, life.n - 6),
        "quote",
        r.choice((f"Did {who} make it out?", f"What did {who} say?")),
        r.choice(
            (
                f"Yeah, {pc['he']} came by, says it's worse than it looks. {amount} dollars, all "
                "in.",
                f"{pc['He']} did. Quoted us {amount}. I nearly fell over, but what can you do.",
            )
        ),
        f"{who} quoted {amount} dollars.",
        "Repair quote",
    )
    life.ask(
        "multi-hop",
        [a, b],
        [
            f"How much did the {trade} quote for the {thing}?",
            f"What's {company}'s price for the job?",
        ],
        ["What will fixing $my home problem cost, per the person $I hired?"],
        f"{who}, {amount}",
    )
    c = life.say(
        life.after(b.call, 2, life.n),
        "quote_new",
        r.choice((f"Any update on the {thing}?", f"How's the {thing} situation?")),
        r.choice(
            (
                f"So the price went up, {who} found more damage once {pc['he']} opened it up. "
                f"{amount2} now.",
                f"Don't ask. New number is {amount2}, they found more problems.",
            )
        ),
        f"The repair price rose to {amount2} dollars.",
    )
    life.ask(
        "update",
        [c],
        [f"What's the latest price for the {thing} job?"],
        ["How much is the house fix going to run now?"],
        amount2,
        stale=[b],
    )
    life.topic(call, c.call, f"the {thing}")
    # Nobody says the job is done: it is still open after the last call. Conveyed by what
    # is broken, who fixes it, or its latest price.
    broken = re.sub(r"^(?:we have |there's |the )", "", problem)
    life.know(
        "repair",
        "problems",
        f"{cap(problem)}; {who} from {company} is fixing the {thing}, latest quote "
        f"{amount2} dollars.",
        [f"{thing}|{company}|{broken}|{amount2}"],
        [a, c],
    )
    old = life.know(
        "repair_quote",
        "problems",
        f"The {thing} repair is quoted at {amount} dollars.",
        [amount],
        [b],
        listed=False,
    )
    life.know(
        "repair_quote",
        "problems",
        f"The {thing} repair is quoted at {amount2} dollars.",
        [amount2],
        [c],
        listed=False,
        replaces=old,
    )


def _order(life: Life) -> None:
    r, P = life.rng, life.pools
    if life.p.product == "Nighthawk":
        product, kind = "Netgear Nighthawk", "router"
    else:
        product, kind = P.take("product")
    prefix = "".join(w[0] for w in product.split()[:2]).upper()
    code = f"{prefix}-{r.randint(10000, 99999)}"
    claim = f"CL-{r.randint(100000, 999999)}"
    call = life.pick(1, life.n // 2)
    a = life.say(
        call,
        "order",
        r.choice(
            (
                "Do you have the order number handy?",
                "What did you order, and do you have the number?",
            )
        ),
        r.choice(
            (
                f"Yeah, it's {code}, for the {product}.",
                f"Hang on. Okay, {code}. That's the {product} {kind}.",
            )
        ),
        f"{life.first} ordered a {product} (order {code}).",
        f"{product} order",
        data={"order_number": code},
    )
    life.ask(
        "single",
        [a],
        [f"What's the order number for the {product}?"],
        ["What's the reference for $my purchase?"],
        code,
    )
    b = life.say(
        life.after(call, 2, life.n - 5),
        "claim",
        r.choice((f"How's the new {kind} working?", f"Is the {kind} behaving?")),
        r.choice(
            (
                f"It's not. It died after two weeks, so they're sending a replacement. The claim "
                f"number is {claim}.",
                f"Total lemon. Warranty claim's open, {claim}, they said a new one ships soon.",
            )
        ),
        f"Warranty claim {claim} for the {kind}.",
        "Warranty claim",
        data={"claim": claim},
    )
    month = MONTHS[life.day(call).month - 1]
    life.ask(
        "multi-hop",
        [a, b],
        [f"What's the claim number for the {kind} $I ordered in {month}?"],
        [f"What's the warranty case for the thing $I bought in {month}?"],
        f"{product}, {claim}",
    )
    day = life.day(b.call + 1) if b.call + 1 < life.n else life.day(b.call)
    cc = b.call + 1 if b.call + 1 < life.n else b.call
    phrase = future(r, day)
    c = life.say(
        cc,
        "replacement",
        f"Any word on the replacement {kind}?",
        r.choice((f"Yes, it comes {phrase}, finally.", f"They said {phrase}, by end of day.")),
        "The replacement arrives soon.",
    )
    life.event(resolve(phrase, day))
    life.know(
        "warranty",
        "problems",
        f"The {product} {kind} failed; warranty claim {claim}, a replacement is coming.",
        [f"{kind}|{product}|warranty"],
        [b],
        due=resolve(phrase, day),
    )
    life.ask(
        "temporal",
        [c],
        [f"When does the replacement {kind} arrive?"],
        ["What day is the new unit supposed to show up?"],
        date_answer(phrase, day),
        phrase=phrase,
    )
    if life.p.product == "Nighthawk":
        life.product = "Nighthawk"
        life.mention(call, "The router's acting up again, the lights are all orange.")


def _home(life: Life) -> None:
    r, P = life.rng, life.pools
    street1, street2 = P.take("street"), P.take("street")
    num1, num2 = str(r.randint(100, 4999)), str(r.randint(100, 4999))
    a = life.say(
        life.pick(0, 6),
        "address",
        "Can I confirm your address for the file?",
        r.choice(
            (
                f"Sure, it's {num1} {street1}, here in {life.p.city}.",
                f"{num1} {street1}. Apartment B, but they never use the B.",
            )
        ),
        f"{life.first} lives at {num1} {street1}.",
        data={"address": f"{num1} {street1}"},
    )
    call = life.pick(life.n // 3, 2 * life.n // 3)
    move = life.day(call) + dt.timedelta(days=r.randint(14, 30))
    mover = P.take("mover")
    b = life.say(
        call,
        "move",
        r.choice(("What's new?", "Any news?")),
        r.choice(
            (
                f"We're moving! We got the place on {num2} {street2}. Moving day is "
                f"{said_date(move, r)}, and {mover} is doing the heavy lifting.",
                f"So we bought a house. {num2} {street2}. We move {said_date(move, r)}, I booked "
                f"{mover} already.",
            )
        ),
        f"{life.first} is moving to {num2} {street2}.",
        "Moving",
        standalone=True,
        data={"address": f"{num2} {street2}"},
    )
    life.event(move)
    old = life.know(
        "address", "home", f"{life.first} lives at {num1} {street1}.", [num1, street1], [a]
    )
    if move <= life.last_day:
        life.know(
            "address",
            "home",
            f"{life.first} lives at {num2} {street2} since {month_day(move)}.",
            [num2, street2],
            [b],
            replaces=old,
        )
    else:
        life.know(
            "move",
            "plans",
            f"{life.first} moves to {num2} {street2} on {month_day(move)}, with {mover}.",
            [street2, on(move)],
            [b],
            due=move,
        )
    life.ask(
        "update",
        [b],
        ["What's $my current address?", "Where is $my home now?"],
        ["Where should mail for $me go these days?"],
        f"{num2} {street2}",
        stale=[a],
    )
    life.ask(
        "single",
        [a],
        ["What's $my home address?"],
        ["Where should mail for $me go?"],
        f"{num1} {street1}",
        until=b.call,
    )
    life.ask(
        "temporal",
        [b],
        ["When is $my moving day?", f"When do $I move to {street2}?"],
        ["What date did $I pick to relocate?"],
        month_day(move),
    )
    life.ask(
        "single",
        [b],
        ["Which movers did $I book?"],
        ["What company is hauling $my furniture?"],
        mover,
    )
    later = [i for i in range(life.n) if life.day(i) > move]
    if later:
        call = life.pick(later[0], min(later[0] + 3, life.n))
        day = life.day(call)
        phrase = past(r, day)
        provider = P.take("provider")
        c = life.say(
            call,
            "internet",
            r.choice(("How's the new place?", "Are you settled in?")),
            r.choice(
                (
                    f"We're in, finally. {provider} hooked up the internet {phrase}, so I'm a "
                    "person again.",
                    f"Almost. Boxes everywhere, but {provider} came {phrase} and the Wi-Fi works.",
                )
            ),
            f"{provider} installed internet at the new home.",
            "Settled in",
        )
        life.event(resolve(phrase, day))
        life.ask(
            "multi-hop",
            [b, c],
            [f"Who provides internet at $my place on {street2}?"],
            ["Which company supplies $my broadband since the relocation?"],
            f"{street2}, {provider}",
        )
        life.ask(
            "temporal",
            [c],
            ["When was the internet installed at the new place?"],
            ["What day did $my broadband get connected after the relocation?"],
            date_answer(phrase, day),
            phrase=phrase,
        )


def _car(life: Life) -> None:
    r, P = life.rng, life.pools
    car1, car2 = P.take("car"), P.take("new_car")
    miles = r.choice(
        (
            "ninety thousand",
            "a hundred and twenty thousand",
            "sixty thousand",
            "a hundred and forty thousand",
        )
    )
    plate = (
        f"{r.randint(1, 9)}{''.join(r.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}"
        f"{r.randint(100, 999)}"
    )
    a = life.say(
        life.pick(0, life.n // 2),
        "car",
        "What are you driving these days, for the parking pass?",
        r.choice(
            (
                f"A {car1}, {miles} miles and still going. Plate's {plate}.",
                f"Oh, the old {car1}. Plate is {plate}, if you need it.",
            )
        ),
        f"{life.first} drives a {car1}, plate {plate}.",
    )
    b = life.say(
        life.after(a.call, 6, life.n - 2),
        "new_car",
        r.choice(("Anything new?", "What's new with you?")),
        r.choice(
            (
                f"We finally traded in the old car, got a {car2}. New plates coming in the mail.",
                f"I bought a {car2}! Gray. I'm scared to park it anywhere.",
            )
        ),
        f"{life.first} bought a {car2}.",
        "New car",
        standalone=True,
    )
    old = life.know("car", "home", f"{life.first} drives a {car1}.", [car1], [a], listed=False)
    life.know(
        "car", "home", f"{life.first} drives a {car2}.", [car2], [b], listed=False, replaces=old
    )
    life.ask(
        "update",
        [b],
        ["What's $my car now?", "What car is $my current one?"],
        ["What vehicle is $my ride at the moment?"],
        car2,
        stale=[a],
    )
    life.ask(
        "single",
        [a],
        ["What's $my license plate?"],
        ["What tag number is on $my vehicle?"],
        plate,
        until=b.call,
    )
