"""A seventy-first held-out phrasing of the same facts (`generate --phrasing bundled`, written to
`bench/changeeval/bundled/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers bundle each fact with what has NOT changed. A change comes wrapped in reassurance
about the other details that stay as they were, named only by their kind and never with a
value: a list of sames before the one new thing ("Same house, same number, but the GP's
changed, it's {v} now"), a blanket "nothing else is different" ("Nothing else is different,
I'm still at the same job, I just got a new car, {v}"), the others ticked off one by one before
the one that moved ("The email's the same, the address is the same, it's only my mobile: {v}"),
"everything else stays as it was" with the old value let go ("I've just traded in {old}"), and
"only"/"just" narrowing the change to a single detail ("it's only the dentist, that's on {v}
now, not {old}"). Tells put the value next to general remarks about the caller's unchanging
life ("Busy as ever, kids, work, the usual, and we live at {v}"; "I'm a simple person, one
house, one car, and the car is {v}"). British and American callers (mobile and cell, surgery
and practice, flat and apartment), short and long sentences, the value early, in the middle or
last; for the losses (coffee, red meat, the cat) the reassurance surrounds a plain giving-up or
death with no new value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

BUNDLED_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Same old life, same old routine, and home is {v}, for your file.",
            "{v}, that's where I live, and I've been there long enough to call it home.",
            "Still in the same town I grew up in, and my home address is {v}.",
            "Busy as ever, kids, work, the usual, and we live at {v}.",
        ],
        "change": [
            "Same phone number, same email, but we've moved house, the new address is {v}.",
            "Nothing else has changed, honestly, just the address: we moved out of {old} "
            "and we're at {v} now.",
            "My number's the same and so is everything else, it's only that I've moved, "
            "please update my address to {v}.",
            "Still the same job, same car, same everything, but the apartment is new, "
            "we're living at {v} now.",
        ],
        "ask_now": [
            "What's my address?",
            "Where do I live these days?",
            "Which home address have you got on file for me?",
        ],
        "ask_then": [
            "What was my old address?",
            "Where was I living before the move?",
            "Which address did I move from?",
        ],
    },
    "phone": {
        "tell": [
            "Nothing fancy about me, one phone, one number, my mobile is {v}.",
            "It's {v}, my mobile, that's the best way to reach me.",
            "I'm out and about most days, so the best number is my mobile, {v}.",
            "Same routine every day, up early, out the door, and you can reach me on my "
            "cell at {v}.",
        ],
        "change": [
            "The email's the same, the address is the same, it's only my mobile: {v}.",
            "Nothing else is different, I just switched carriers and my cell number "
            "changed, it's {v} now.",
            "I'm still at the same address and the email hasn't changed, but please stop "
            "using {old}, my new number is {v}.",
            "Same house, same everything, except I've got a new mobile number: {v}.",
        ],
        "ask_now": [
            "What's my phone number?",
            "Which number should you ring me on?",
            "What's the best number to reach me on now?",
        ],
        "ask_then": [
            "What was my old phone number?",
            "Which number did I have before the new one?",
        ],
    },
    "email": {
        "tell": [
            "I'm not very techy, I've had one email for years, it's {v}.",
            "My email is {v}, and that's where all the receipts should go.",
            "Like most people I live on my email these days, it's {v}.",
            "Send anything to {v}, that's my email.",
        ],
        "change": [
            "Same phone, same address, only the email's new, it's {v}.",
            "Nothing else to change, the number's fine and the address is fine, but my "
            "email is now {v}.",
            "Still the same phone number, still the same house, I just set up a new email, "
            "{v}, and I've stopped using {old}.",
            "The address hasn't changed and neither has my phone, it's just the email, "
            "please send things to {v} from now on.",
        ],
        "ask_now": [
            "What's my email address?",
            "Which email should the receipts go to?",
            "What email have you got for me now?",
        ],
        "ask_then": [
            "What was my old email?",
            "Which email address did I use before?",
        ],
    },
    "dose": {
        "tell": [
            "Nothing dramatic health-wise, same aches as ever, and I take {v} every morning.",
            "I'm on {v} for my blood pressure, otherwise I'm fit as a fiddle.",
            "My only medication is {v}, once a day for the blood pressure.",
            "Still walking every day, still eating my greens, and I take {v} for my blood "
            "pressure.",
        ],
        "change": [
            "Same GP, same pharmacy, same tablets, but the dose changed, I'm on {v} now.",
            "Nothing else in my health has changed, but the doctor moved me from {old} to {v}.",
            "Same pill every morning, same time, it's only the amount that's different, "
            "I take {v} now.",
            "Everything else on my prescription is as it was, but the lisinopril got "
            "changed, it's {v} now.",
        ],
        "ask_now": [
            "How much lisinopril do I take?",
            "What dose am I on for my blood pressure?",
            "What's my current lisinopril dose?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before?",
            "What was my old blood pressure dose?",
        ],
    },
    "class": {
        "tell": [
            "Same routine every week, work, the gym, and my pottery class on {v}.",
            "My pottery class is on {v}, it's the highlight of my week.",
            "{v} are for pottery, that's my class, so I'm never free then.",
            "I keep busy, I've got the garden, the book club and my pottery class on {v}.",
        ],
        "change": [
            "Same teacher, same studio, same people, but my pottery class has moved to {v}.",
            "Nothing else about pottery has changed, it's just the day, the class is on {v} "
            "now instead of {old}.",
            "I'm still doing pottery, still love it, but they've switched my class to {v}.",
            "Everything else in my week is the same, except the pottery class, that's on "
            "{v} from now on.",
        ],
        "ask_now": [
            "When is my pottery class?",
            "Which day do I do pottery now?",
            "What day's my pottery class on?",
        ],
        "ask_then": [
            "Which day was pottery before it moved?",
            "When did my pottery class used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "Same breakfast every day, toast and two cups of {v}, black.",
            "I'm a creature of habit, I have my {v} every morning without fail.",
            "Two cups of {v} first thing every morning, that's me.",
            "Nothing fancy in my order, just a big mug of {v} each morning.",
        ],
        "change": [
            "Keep the rest of the usual order the same, but no {v} for me any more, "
            "I've given it up.",
            "Same toast, same juice, everything else as before, but I've quit {v} completely.",
            "Nothing else has changed with breakfast, I just don't drink {v} any more, "
            "doctor's orders.",
            "The order's the same as always apart from one thing: I've stopped drinking "
            "{v}, so leave it off.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "How do I take my coffee?",
            "Should there be coffee in my breakfast order?",
        ],
    },
    "meat": {
        "tell": [
            "Same as ever, I love my food, and I eat {v} most days, steak every Friday.",
            "I'm a big {v} eater, always have been, a good steak is my treat.",
            "I have {v} with most meals, proper carnivore, me.",
            "I'll eat just about anything, and I eat a lot of {v}, steak most weeks.",
        ],
        "change": [
            "Same table, same time as usual, but no {v} for me any more, I've gone vegetarian.",
            "Nothing else about my diet has changed, I just don't eat {v} now, I'm vegetarian.",
            "Still the same appetite, still love eating out, but I've stopped eating {v}, "
            "I'm vegetarian now.",
            "Everything else for the booking stays the same, only I'm vegetarian now, so no {v}.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary restrictions for me?",
            "Am I vegetarian?",
        ],
    },
    "favourite": {
        "tell": [
            "Same cup every afternoon, and my favourite tea is {v}.",
            "I'm a {v} person, always have been, it's my favourite tea.",
            "Put {v} in the basket, that's my favourite tea.",
            "I'm easy to please, honestly, but my favourite tea is {v}.",
        ],
        "change": [
            "Still a tea drinker, same mug, same afternoon cuppa, but my favourite's "
            "changed, it's {v} now.",
            "Nothing else about me has changed, but I've gone off {old}, my favourite tea "
            "is {v} these days.",
            "The basket's fine otherwise, just swap the tea, {v} is my favourite now.",
            "Everything else is the same, it's only the tea, my new favourite is {v}.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea should go in my basket?",
            "What tea do I like best now?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I use to like best?",
        ],
    },
    "pet": {
        "tell": [
            "Nothing's new with us, the house is as noisy as ever, and our cat {v} runs "
            "the place.",
            "We have a cat called {v}, she's a handful.",
            "{v} is our cat, she's been with us for years.",
            "It's me, the kids and a cat called {v}, and she's the boss.",
        ],
        "change": [
            "Same house, same family, but we lost our cat {old} last month, she was fifteen.",
            "Everyone else is fine, the kids are fine, but {old}, our cat, passed away in "
            "the spring.",
            "Nothing else has changed at home, except we had to rehome our cat {old}, my "
            "allergies got too bad.",
            "The house is the same, the routine's the same, it's just quieter, {old}, our "
            "cat, died a few weeks ago.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How is my cat doing?",
            "Have I got any pets at the moment?",
        ],
    },
    "partner": {
        "tell": [
            "Life's good, work's steady, and my boyfriend {v} and I are off to the coast "
            "this weekend.",
            "My partner {v} is doing the cooking this weekend.",
            "{v}, my partner, is coming with me, we do everything together.",
            "Nothing much new with me, I'm with my boyfriend {v}, still in the same flat.",
        ],
        "change": [
            "Same flat, same job, same everything, except {old} and I split up, I'm with {v} now.",
            "Nothing else is different really, but I've got a new partner, {v}.",
            "Work's the same, the flat's the same, but {old} and I broke up in the spring; "
            "my partner now is {v}.",
            "I'm still me, still at the same address, but my partner's changed, it's {v} "
            "these days.",
        ],
        "ask_now": [
            "Who is my partner?",
            "What's my partner's name?",
            "Who am I seeing these days?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my ex's name?",
            "Who was my previous partner?",
        ],
    },
    "job": {
        "tell": [
            "Same commute every day, and I work at {v}, it's steady.",
            "I've been at {v} for years now, that's my job.",
            "I'm at {v}, that's where I work, nine to five.",
            "Nothing exciting, steady life, I work at {v} and I'm home by six.",
        ],
        "change": [
            "Same house, same car, same everything, except work: I've started a new job at {v}.",
            "Nothing else is different, I'm still at the same address, I just left {old}, "
            "I'm at {v} now.",
            "My hours are roughly the same, but the job's new, I work at {v} these days.",
            "Everything else on my file is fine, only my employer's changed, I'm at {v} now.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who is my employer?",
            "Where am I working these days?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
            "Which employer did I leave?",
        ],
    },
    "car": {
        "tell": [
            "I'm on the road a lot, I drive {v}.",
            "My car is {v}, if you need it for the parking.",
            "It's {v}, my car, nothing flashy.",
            "I'm a simple person, one house, one car, and the car is {v}.",
        ],
        "change": [
            "Nothing else is different, I'm still at the same job, I just got a new car, {v}.",
            "Same house, same parking space, but the car's new, it's {v} now.",
            "Everything else stays as it was, I've just traded in {old}, I drive {v} now.",
            "Still the same driver, same licence, only a different car: I've got {v} these days.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What's my car?",
            "Which car should you put down for the parking?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "I'm pretty healthy, just the usual checkups, and my GP is {v}.",
            "{v} is my GP, I've been with that practice for years.",
            "My GP is {v}, send the forms there.",
            "Same surgery I've always gone to, and I see {v}, that's my GP.",
        ],
        "change": [
            "Same house, same number, but the GP's changed, it's {v} now.",
            "Nothing else is different with my health, but my GP is {v} now, {old} retired.",
            "The practice is the same, same building, but they've given me a new GP, {v}.",
            "My medication's the same and so is the pharmacy, it's only the doctor: my GP "
            "is now {v}.",
        ],
        "ask_now": [
            "Who is my GP?",
            "Which doctor do I see?",
            "Which GP should the forms go to?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which GP did I have before the change?",
        ],
    },
    "dentist": {
        "tell": [
            "Quiet month otherwise, and my dentist appointment is on {v}.",
            "I've got the dentist on {v}, that's the only thing in the diary.",
            "It's {v}, my dentist appointment, just a checkup.",
            "Nothing much on the calendar, work, the usual, and the dentist on {v}.",
        ],
        "change": [
            "Same dentist, same time of day, but the appointment's been moved to {v}.",
            "Nothing else in the diary has changed, it's only the dentist, that's on {v} "
            "now, not {old}.",
            "Everything else is as it was, but the dentist rescheduled me to {v}.",
            "It's still a checkup, still the same practice, just a new date: my dentist "
            "appointment is on {v} now.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "What day am I seeing the dentist?",
            "When's the dentist now?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date did I have the dentist before it moved?",
        ],
    },
    "contact": {
        "tell": [
            "I'm always on the go, so please {v} me, that's the easiest way to reach me.",
            "Best to {v} me, that's how I prefer to be contacted.",
            "Same as with everyone, I'd rather you {v} me than get in touch any other way.",
            "Please {v} me about the booking, rather than contacting me any other way.",
        ],
        "change": [
            "Same number, same everything, but from now on I'd rather you {v} me instead.",
            "My details haven't changed at all, it's just how I like to be contacted, "
            "please {v} me from now on.",
            "Nothing else is different, but I've changed my mind, I'd rather you {v} me "
            "these days.",
            "Keep everything on file as it is, only the contact preference: please {v} me "
            "from now on, I don't want you to {old} me any more.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text or call me?",
            "What's the best way to get in touch with me now?",
        ],
    },
    "nickname": {
        "tell": [
            "Same as at work and at home, please call me {v}, everyone does.",
            "Just call me {v}.",
            "{v}, that's what everyone calls me, please use that.",
            "I've got a long name on the paperwork, but call me {v}.",
        ],
        "change": [
            "My name on paper hasn't changed, nothing official, but I go by {v} now.",
            "Everything else is the same, just call me {v} from now on, not {old}.",
            "Nothing else to update, but I've gone back to {v}, please call me that now.",
            "Same person, same details, different nickname: it's {v} these days.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What nickname should you use for me now?",
        ],
    },
}


def bundled_kinds() -> list[Kind]:
    """The kinds with the seventy-first held-out phrasing."""
    return heldout_kinds(BUNDLED_UPPER)
