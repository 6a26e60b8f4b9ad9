"""Health modules: a surgery, a medication whose dose changes, traits that imply things."""

from __future__ import annotations

import datetime as dt

from bench.longeval.people import Life
from bench.longeval.people import cap
from bench.longeval.people import on
from bench.longeval.people import pronouns
from bench.longeval.words import MONTHS
from bench.longeval.words import POOLS
from bench.longeval.words import date_answer
from bench.longeval.words import month_day
from bench.longeval.words import ordinal
from bench.longeval.words import past
from bench.longeval.words import resolve
from bench.longeval.words import said_date


def _surgery(life: Life) -> None:
    r, P = life.rng, life.pools
    proc, lex, para, key = r.choice(
        (
            (
                "knee replacement",
                "Would a third-floor walk-up be a problem for $me this winter?",
                "Should $my hotel room be on the ground floor after the operation?",
                "knee",
            ),
            (
                "hip replacement",
                "Can $I manage the stairs at a walk-up rental after the operation?",
                "Should $my guest bedroom be downstairs for a while?",
                "hip",
            ),
            (
                "shoulder surgery",
                "Can $I lift a suitcase into the overhead bin next month?",
                "Should someone else carry the heavy bags for $me after the operation?",
                "shoulder",
            ),
            (
                "cataract surgery",
                "Should $I drive at night right after the procedure?",
                "Will $I need a lift home after the eye operation?",
                "cataract",
            ),
        )
    )
    surgeon, hospital = P.take("doctor"), P.take("hospital")
    call = life.pick(2, life.n // 2)
    when = life.day(call) + dt.timedelta(days=r.randint(25, 45))
    a = life.say(
        call,
        "surgery",
        r.choice(("How's your health these days?", "How are you feeling?")),
        r.choice(
            (
                f"Well, I've got my {proc} scheduled, {said_date(when, r)}, with Dr. {surgeon} "
                "at "
                f"{hospital}.",
                f"Getting by. The {proc} is booked for {said_date(when, r)}, Dr. {surgeon}, "
                "over at "
                f"{hospital}. I'm a little scared, to be honest.",
            )
        ),
        f"{life.first}'s {proc} is scheduled with Dr. {surgeon} at {hospital}.",
        "Surgery planned",
    )
    life.ask(
        "single",
        [a],
        [f"Who's doing $my {proc}?", f"Which hospital is $my {proc} at?"],
        ["Which surgeon is operating on $me, and where?"],
        f"Dr. {surgeon}, {hospital}",
    )
    life.ask("inference", [a], [lex], [para], proc)
    new = when + dt.timedelta(days=r.randint(7, 20))
    b = life.say(
        life.after(call, 1, life.n, ok=lambda d: d < when - dt.timedelta(days=2)),
        "surgery_moved",
        r.choice(
            (
                f"Is the surgery still on for the {ordinal(when.day)}?",
                "Any news from the hospital?",
            )
        ),
        r.choice(
            (
                f"No, they moved it! It's {said_date(new, r)} now, the surgeon had a conflict.",
                f"It got pushed to {said_date(new, r)}. I'd already cleaned the whole house.",
            )
        ),
        f"The {proc} moved to {month_day(new)}.",
        "Surgery rescheduled",
        data={"surgery_date": new.isoformat()},
    )
    life.event(new)
    planned = life.know(
        "surgery",
        "health",
        f"{life.first}'s {proc} is on {month_day(when)} with Dr. {surgeon} at {hospital}.",
        [key, on(when)],
        [a],
        due=when,
    )
    life.know(
        "surgery",
        "health",
        f"{life.first}'s {proc} is on {month_day(new)} with Dr. {surgeon} at {hospital}.",
        [f"{key}|surgery|surgeon", on(new)],
        [b],
        due=new,
        replaces=planned,
    )
    life.ask(
        "update",
        [b],
        [f"When is $my {proc} now?", "When is $my surgery?"],
        ["What's the current date for $my operation?"],
        month_day(new),
        stale=[a],
    )
    life.ask(
        "temporal",
        [a],
        [f"When is $my {proc} scheduled?"],
        ["What date was the operation first set for?"],
        month_day(when),
        until=b.call,
    )
    driver_g = r.choice("fm")
    driver = life.person(driver_g)
    d = life.say(
        life.after(call, 1, life.n, ok=lambda x: x < new),
        "ride",
        f"Do you have a ride for the {proc}?",
        r.choice(
            (
                f"My {'sister' if driver_g == 'f' else 'brother'} {driver} is driving me, and "
                f"{pronouns(driver_g)['he']}'s staying the week.",
                f"{driver} is taking me, bless {pronouns(driver_g)['him']}.",
            )
        ),
        f"{driver} will drive {life.first} to the hospital.",
    )
    life.ask(
        "multi-hop",
        [a, d],
        [f"Who's driving $me to the {proc} at {hospital}?"],
        [f"Who's chauffeuring $me to the operation with Dr. {surgeon}?"],
        f"{driver}, {proc}",
    )
    later = [i for i in range(life.n) if life.day(i) > new + dt.timedelta(days=2)]
    if new <= life.last_day and not later:
        life.know(
            "surgery_done",
            "health",
            f"{life.first} had the {proc} on {month_day(new)}.",
            [key],
            [a],
        )
    if later:
        call = life.pick(later[0], min(later[0] + 4, life.n))
        day = life.day(call)
        phrase = past(r, day)
        pt = r.choice(("Tuesdays and Fridays", "Mondays and Thursdays", "Wednesdays"))
        c = life.say(
            call,
            "home",
            r.choice(("How are you feeling after the surgery?", "How's recovery?")),
            r.choice(
                (
                    f"Better than I thought. I got home {phrase}, and physical therapy comes "
                    f"{pt}.",
                    f"Sore, but okay. They sent me home {phrase}. PT is {pt} now.",
                )
            ),
            f"{life.first} is home after the {proc}.",
            "Recovery",
        )
        life.know(
            "surgery_done",
            "health",
            f"{life.first} had the {proc} on {month_day(new)}; physical therapy {pt}.",
            [f"{key}|physical therapy|PT"],
            [a, c],
        )
        life.event(resolve(phrase, day))
        life.ask(
            "temporal",
            [c],
            ["When did $I get home from the hospital?"],
            ["What day was $I discharged?"],
            date_answer(phrase, day),
            phrase=phrase,
        )
        life.ask(
            "single",
            [c],
            ["Which days is physical therapy?"],
            ["When does $my rehab person come?"],
            pt,
        )


def _meds(life: Life) -> None:
    r, P = life.rng, life.pools
    cond, med, dose1, dose2, lex, para, key = P.take("med")
    doc = P.take("doctor")
    dg = r.choice("fm")
    pd = pronouns(dg)
    a = life.say(
        life.pick(0, life.n // 3),
        "diagnosis",
        r.choice(("How did the check-up go?", "How was the doctor's appointment?")),
        r.choice(
            (
                f"Dr. {doc} says I have {cond}. Not thrilled, but at least we know.",
                f"Eh. Turns out it's {cond}, Dr. {doc} ran all the tests.",
            )
        ),
        f"Dr. {doc} diagnosed {cond}.",
        "Health",
    )
    life.know("condition", "health", f"{life.first} has {cond} (Dr. {doc}).", [key], [a])
    life.ask("inference", [a], [lex], [para], key)
    life.ask(
        "single",
        [a],
        [f"Which doctor diagnosed $my {cond.split()[-1]}?"],
        ["Who is $my physician?"],
        f"Dr. {doc}",
    )
    b = life.say(
        life.after(a.call, 0 if r.random() < 0.3 else 1, life.n // 2 + 4),
        "med",
        r.choice((f"Did Dr. {doc} start you on anything?", "Are you on any medication for it?")),
        r.choice(
            (
                f"{pd['He']}'s got me on {med}, {dose1}, once a day with breakfast.",
                f"{cap(med)}. {cap(dose1)}, every morning. I set an alarm.",
            )
        ),
        f"{life.first} takes {med} {dose1}.",
        data={"medication": med},
    )
    if b.call == a.call:
        b.call = min(a.call + 1, life.n - 1)
    life.ask(
        "multi-hop",
        [a, b],
        [f"What did the doctor who diagnosed $my {cond.split()[-1]} prescribe?"],
        ["What medicine did $my physician put $me on after the tests?"],
        f"Dr. {doc}, {med}",
    )
    c = life.say(
        life.after(b.call, 5, life.n - 2),
        "dose",
        r.choice(("How's the medication going?", f"Any changes with the {med}?")),
        r.choice(
            (
                f"They bumped my {med} up to {dose2}, my numbers were still high.",
                f"Dr. {doc} changed it, it's {dose2} now.",
            )
        ),
        f"{med} changed to {dose2}.",
    )
    old = life.know(
        "medication", "health", f"{life.first} takes {med}, {dose1}.", [med, dose1], [b]
    )
    life.know(
        "medication",
        "health",
        f"{life.first} takes {med}, {dose2}.",
        [f"{med}|{doc}", dose2],
        [c],
        replaces=old,
    )
    life.ask(
        "update",
        [c],
        [f"What's $my current {med} dose?"],
        ["What's the strength of $my daily prescription lately?"],
        dose2,
        stale=[b],
    )
    month = MONTHS[life.day(b.call).month - 1]
    life.ask(
        "single",
        [b],
        [f"What dose of {med} was $I on in {month}?"],
        ["How much of the daily prescription was $I taking at first?"],
        dose1,
        until=c.call,
    )
    pharmacy, street = r.choice(POOLS["pharmacy"]), P.take("street")
    d = life.say(
        life.pick(0, life.n),
        "pharmacy",
        "Which pharmacy do you use?",
        r.choice(
            (
                f"The {pharmacy} on {street}, they know me there.",
                f"{cap(pharmacy)}, the one on {street}. Please not the mail-order one.",
            )
        ),
        f"{life.first} uses {pharmacy} on {street}.",
    )
    life.ask(
        "preference",
        [d],
        ["Which pharmacy is $my favorite?", "What's $my pharmacy?"],
        ["Where should prescriptions for $me be sent?"],
        f"{pharmacy}, {street}",
    )


TRAITS = (  # agent prompt, caller's variants, questions, the key words, what it rules out
    (
        "Have you got any travel plans?",
        (
            "Oh, I don't fly. I'm terrified of flying, haven't been on a plane since the "
            "nineties.",
            "No planes for me, I'm terrified of flying. We drive everywhere.",
            "Honestly, anything I can drive to. I'm terrified of flying, it's a whole thing.",
        ),
        "Would $I be comfortable flying to the family reunion?",
        "Should we book an airplane ticket for $my holiday visit?",
        "terrified of flying",
        "trip",
    ),
    (
        "Is the phone okay for you, or is something else easier?",
        (
            "I wear hearing aids in both ears now, so the phone is tricky sometimes.",
            "It's okay, but speak up if you can, I've got hearing aids and they whistle on calls.",
            "Mostly fine. The hearing aids make phone calls a little tinny.",
        ),
        "Is a phone call the best way to give $me important details?",
        "Should we send written notes rather than ring $me?",
        "hearing aids",
        "",
    ),
    (
        "How's your back these days?",
        (
            "I've got a herniated disc, so no lifting anything heavy for me, doctor's orders.",
            "Not great, the herniated disc flared up again, I can't lift a grocery bag.",
            "Eh. Herniated disc, two years now. Some days are fine, some days I can't bend.",
        ),
        "Can $I carry the new dresser upstairs alone?",
        "Should $I haul the moving boxes without help?",
        "herniated disc",
        "",
    ),
    (
        "Anything you can't have, for the party?",
        (
            "I'm lactose intolerant, so no ice cream for me, sadly.",
            "Nothing with milk, I'm lactose intolerant, it's not pretty.",
            "I'm lactose intolerant, so if there's cheese on everything, I'm out.",
        ),
        "Would an ice cream social be a good treat for $me?",
        "Is a milkshake bar a good birthday outing for $me?",
        "lactose intolerant",
        "",
    ),
    (
        "Any allergies I should note?",
        (
            "I'm allergic to cats, like, eyes swell shut allergic.",
            "Just cats. I'm allergic to cats, I sneeze for days.",
            "Only cats, I'm really allergic to cats, I can't even visit my aunt.",
        ),
        "Could $I house-sit for a friend with cats?",
        "Would staying at a home with two kitties be okay for $me?",
        "allergic to cats",
        "cat",
    ),
    (
        "How are you getting around these days?",
        (
            "I gave up driving last year, my eyes aren't what they were.",
            "My neighbor takes me, I gave up driving after the fender bender.",
            "The bus, mostly. I gave up driving, and honestly I don't miss it.",
        ),
        "Will $I need a ride to the clinic?",
        "Should we arrange transport for $me to the appointment?",
        "gave up driving",
        "car",
    ),
    (
        "Would you like any boat trips for the summer list?",
        (
            "Oh, I get horribly seasick, even on a ferry.",
            "No boats, please, I get seasick just looking at the water.",
            "Ha, no. I'm the one who gets seasick on the pedal boats.",
        ),
        "Is a boat tour a good gift for $me?",
        "Would a whale-watching cruise be fun for $me?",
        "seasick",
        "",
    ),
    (
        "Any trouble with elevators at the new office?",
        (
            "I'm claustrophobic, I take the stairs over elevators whenever I can.",
            "I'll take the stairs, I'm pretty claustrophobic.",
            "I'm claustrophobic, so small spaces, tunnels, not my thing.",
        ),
        "Would a closed MRI machine be stressful for $me?",
        "Is a cave tour a fun outing for $me?",
        "claustrophobic",
        "",
    ),
    (
        "Anything I should know for the outdoor events?",
        (
            "I'm allergic to bee stings, I carry an EpiPen everywhere.",
            "Just that I carry an EpiPen, bee stings, I swell up like a balloon.",
            "Bees. I've got an EpiPen in every bag I own.",
        ),
        "Should $I bring anything special to the outdoor picnic?",
        "Is there a medical item $I must have on hand at the garden party?",
        "EpiPen",
        "",
    ),
    (
        "How was the lookout tower?",
        (
            "Oh, I didn't go up, I get vertigo on anything higher than a ladder.",
            "I stayed on the ground, vertigo, I get dizzy on a step stool.",
            "Nope, vertigo. I waited at the bottom with a pretzel.",
        ),
        "Would a glass-floor observation deck be fun for $me?",
        "Is a rooftop bar on the fortieth floor a good idea for $me?",
        "vertigo",
        "",
    ),
    (
        "Are you a morning person?",
        (
            "Ha, no, I'm a total night owl, I'm up till two most nights.",
            "Never. Night owl, always have been, my brain starts at ten p.m.",
            "God, no. I'm a night owl, mornings are a crime.",
        ),
        "Is an eight a.m. appointment a good idea for $me?",
        "Should we book $me the first slot of the day?",
        "night owl",
        "",
    ),
    (
        "Did the map we sent help?",
        (
            "Not really, I'm colorblind, red-green, so the colored lines all look the same.",
            "I'm colorblind, so the color-coded part was useless, but the street names helped.",
            "Honestly, I'm colorblind, I couldn't tell the routes apart.",
        ),
        "Is a color-coded chart the best way to give $me directions?",
        "Should the route instructions for $me rely on red and green lines?",
        "colorblind",
        "",
    ),
)


def _traits(life: Life) -> None:
    r = life.rng
    fits = [t for t in TRAITS if not t[-1] or t[-1] not in (*life.p.modules, life.p.pet)]
    for n, (agent, texts, lex, para, key, _) in enumerate(r.sample(fits, 3)):
        said = life.say(
            life.pick(0, 2 * life.n // 3),
            f"trait{n}",
            agent,
            r.choice(texts),
            f"{life.first}: {key}.",
        )
        life.know(f"trait{n}", "health", f"{life.first}: {key}.", [key], [said])
        life.ask("inference", [said], [lex], [para], key)
