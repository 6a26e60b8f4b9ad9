"""A fifty-ninth held-out phrasing of the same facts (`generate --phrasing contrast`, written to
`bench/changeeval/contrast/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers, British and American, define every value by what it is not. A tell sets the
caller's own value against one that is someone else's ("mine, not my husband's"), a wrong one
on a letter, form, label or card ("the pharmacy label had it wrong, but my dose is ..."), or a
look-alike ("not the high street one, that's the shop"). A change always names the old value
and the new one together, in many shapes and orders spread over the kinds: "not {old} any more
but {v}", "{v} rather than {old}", "{v} instead of {old}", "swap {old} for {v}", "it used to be
{old}; it isn't now, it's {v}", "out with {old}, in with {v}", "{old}? No ... {v}", "scrap
{old} and put {v}", "it's no longer {old}, it's {v}", "where you've got {old}, put {v}", "from
{old} to {v}" and the old value last ("{v} now, {old} is finished"). Where the change is a loss
(coffee, red meat, the cat) the old value is named with what took its place in the caller's
life, if anything ("it's hot water and lemon in the mornings instead"), and no new value of the
kind. The questions contrast too ("Not the old one, what's my current number?", "Which was my
address before, not the one now?").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_CONTRAST: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "My home address is {v}, not the work address on that form you've got.",
            "I live at {v}. Not the high street one, that's the shop; home is {v}.",
            "Put me down at {v}, please. That's my home, not my mom's apartment.",
            "Your letter had the wrong street on it. Home for me is {v}.",
        ],
        "change": [
            "We've moved, so my address is not {old} any more but {v}.",
            "Where you've got {old} for my home address, put {v}; we moved in last month.",
            "I live at {v} now. {old} is finished, we sold it.",
            "We moved house, from {old} to {v}, so please update the file.",
        ],
        "ask_now": [
            "Not the old place, where do I live now?",
            "Which address is current for me, the one I live at today?",
            "What's my home address these days?",
        ],
        "ask_then": [
            "Which was my address before, not the one now?",
            "Where did I live before the move?",
            "What's the old address you had for me?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile is {v}. That's mine, not my husband's.",
            "My cell's {v}; not the landline, nobody ever answers that.",
            "The form I filled in has a typo, my phone number is really {v}.",
            "The best number for me is {v}, not the office one, I'm never at my desk.",
        ],
        "change": [
            "You've got my number as {old}? No, that's the old phone. It's {v} now.",
            "New phone, so it's {v} instead of {old}, please.",
            "Scrap {old} and put {v}, I changed my mobile number.",
            "My number isn't {old} any more, it's {v}.",
        ],
        "ask_now": [
            "Not the old one, what's my current number?",
            "Which phone number do I answer on now?",
            "What number should you use to reach me today?",
        ],
        "ask_then": [
            "What was my phone number before I changed it, not the new one?",
            "Which number did I have originally?",
        ],
    },
    "email": {
        "tell": [
            "My email's {v}. Mine, not my daughter's, she has her own.",
            "Send things to {v}. That's my personal email, not the work one.",
            "Ignore whatever's on the sign-up form, my email is {v}.",
            "For receipts use {v}; that's my email, not the shared family one.",
        ],
        "change": [
            "My email's {v} rather than {old} now, I closed the old account.",
            "Out with {old}, in with {v}: I've changed my email.",
            "It used to be {old}; it isn't now, my email is {v}.",
            "Swap {old} for {v} on my file, please, new email address.",
        ],
        "ask_now": [
            "Not the old address, which email do I use now?",
            "What's my current email?",
            "Where should my receipts be emailed these days?",
        ],
        "ask_then": [
            "What was my email before, not the one I use now?",
            "Which email address did I have originally?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v} for my blood pressure. That's mine, not my husband's prescription.",
            "The pharmacy label had it wrong, but my dose is {v}.",
            "Every morning I take {v}, whatever the old leaflet in the box says.",
            "For blood pressure it's {v}; the statin is a different thing, not that.",
        ],
        "change": [
            "My dose went from {old} to {v} last week.",
            "The doctor's put me on {v} instead of {old}.",
            "It's no longer {old}, it's {v} for my blood pressure now.",
            "I take {v} now. {old} is finished, the doctor changed my dose at my review.",
        ],
        "ask_now": [
            "Not what I was on before, what dose of lisinopril do I take now?",
            "How much lisinopril am I taking at the moment?",
            "What's my current blood pressure dose?",
        ],
        "ask_then": [
            "Which dose was I on before, not the one now?",
            "How much lisinopril did I take before the doctor changed it?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}, not Fridays; Fridays is my son's football.",
            "The leaflet says Sundays, but my pottery class is on {v}.",
            "I do pottery on {v}. The painting class is my wife's, not mine.",
            "It's {v} for pottery, not the weekend session, so I'm never free then.",
        ],
        "change": [
            "Pottery's not on {old} any more but {v}, they shuffled the timetable.",
            "They've moved my pottery class to {v} rather than {old}.",
            "My pottery class used to be {old}; it isn't now, it's {v}.",
            "Pottery has swapped {old} for {v}, starting this week.",
        ],
        "ask_now": [
            "Not the old day, when's my pottery class now?",
            "Which day is pottery these days?",
            "When do I do pottery at the moment?",
        ],
        "ask_then": [
            "Which day was pottery before, not now?",
            "When did my pottery class used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink {v}, strong and black, every morning. Not tea, never tea.",
            "Two cups of {v} every morning for me, not the juice the kids have.",
            "Put me down as a {v} drinker; it's my husband who drinks tea, not me.",
            "Morning {v}, every single day, that's me, not the smoothie crowd.",
        ],
        "change": [
            "I don't drink {v} any more, it's hot water and lemon in the mornings instead.",
            "Out with the {v}, in with orange juice; I've given it up completely.",
            "Do I still drink {v}? No. Not any more, I quit it last month, doctor's orders.",
            "I've swapped my morning {v} for a glass of water, I don't touch it now.",
        ],
        "ask_now": [
            "Not what I used to drink, do I drink coffee these days?",
            "Do I still have coffee in the mornings?",
            "Am I a coffee drinker now?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, a proper steak, not the chicken my wife lives on.",
            "Put me down for {v}, not the fish option; I love a steak.",
            "I'm a big {v} eater, unlike my sister, she's the vegetarian, not me.",
            "Steak every Friday and {v} all week. Salads are not my thing.",
        ],
        "change": [
            "I've stopped eating {v}; it's beans and lentils instead, I'm vegetarian now.",
            "No more {v} for me, I'm vegetarian now, not the steak lover I was.",
            "It's no longer {v} I eat, it's vegetables, I went vegetarian in January.",
            "Steak? No. I've given up {v} completely, I'm vegetarian these days.",
        ],
        "ask_now": [
            "Not how I used to eat, do I eat red meat now?",
            "Any dietary restrictions for me these days?",
            "Is red meat okay for me at the dinner?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, not builder's tea, whatever my husband tells you.",
            "I'd say {v}, not Darjeeling; that's my favourite tea, people mix it up.",
            "For the basket, my favourite tea is {v}. The fruit teas are my daughter's.",
            "I'm a {v} person, that's my favourite tea, not the one on the shop's card.",
        ],
        "change": [
            "My favourite tea is {v} rather than {old} these days.",
            "I've gone off {old}; {v} is my favourite tea instead.",
            "Where you've got {old} as my favourite tea, put {v}.",
            "Still {old}? No, not any more. My favourite tea is {v} now.",
        ],
        "ask_now": [
            "Not the one I used to like, what's my favourite tea now?",
            "Which tea do I like best these days?",
            "What tea should go in my basket now?",
        ],
        "ask_then": [
            "What was my favourite tea before, not now?",
            "Which tea did I like best before I switched?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}. Ours, not the neighbour's ginger one that sneaks in.",
            "Our cat {v} runs the house; the dog you can hear is next door's, not ours.",
            "The cat's called {v}, not Mittens, the vet's form had it wrong.",
            "{v} is our cat, a tabby, not a dog like people guess from the name.",
        ],
        "change": [
            "We lost our cat {old} last month; it's just the two of us now, no cat.",
            "It's no longer {old} waiting at the door; our cat passed away in the spring.",
            "We had to rehome our cat {old}, my allergies; there's a fish tank instead now.",
            "{old}? No, sadly. Our cat died in the winter and we haven't got another.",
        ],
        "ask_now": [
            "Not how it used to be, do I have a cat now?",
            "How's my cat doing these days?",
            "Is there a cat at my house at the moment?",
        ],
    },
    "partner": {
        "tell": [
            "My partner is {v}, not Dean; Dean's my brother, people get that wrong.",
            "{v} is my boyfriend. Not my sister's, hers is coming along too.",
            "My boyfriend {v} and I are off to the coast, just us, not my flatmate.",
            "My partner {v} is the one doing the cooking, not me, I'd burn the place down.",
        ],
        "change": [
            "It's not {old} any more but {v}; {old} and I split up in the spring.",
            "My partner's {v} now, instead of {old}, we broke up.",
            "Out with {old}, in with {v}: my partner is {v} now.",
            "My boyfriend is {v} now. {old} is finished, we ended things last month.",
        ],
        "ask_now": [
            "Not my ex, who is my partner now?",
            "What's my current partner's name?",
            "Who am I with these days?",
        ],
        "ask_then": [
            "Who was I with before, not now?",
            "What was my previous partner's name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, not at my husband's firm like people think.",
            "My job's at {v}; that's me, not my twin sister, she works somewhere else.",
            "The form says retired, but no, I work at {v}.",
            "I've been at {v} for years; it's my job, not my wife's, she's at home.",
        ],
        "change": [
            "I moved jobs, from {old} to {v}.",
            "I work at {v} now rather than {old}, I started Monday.",
            "I left {old}; it's {v} I work at these days.",
            "Where you've got {old} as my employer, put {v}, new job.",
        ],
        "ask_now": [
            "Not where I used to be, where do I work now?",
            "Who is my employer at the moment?",
            "Where's my job these days?",
        ],
        "ask_then": [
            "Where did I work before, not now?",
            "What was my old job, before I switched?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}. Not the van on the drive, that's my husband's.",
            "My car is {v}, not the silver one you might see parked outside.",
            "The parking permit lists the wrong car; I drive {v}.",
            "My car's {v}; the motorbike out front is my son's, not mine.",
        ],
        "change": [
            "Swap {old} for {v} on my file, that's the car I drive now.",
            "I traded in {old}; I drive {v} now instead.",
            "It's no longer {old}, it's {v}, I got a new car.",
            "My car's {v} now rather than {old}, I sold the old one.",
        ],
        "ask_now": [
            "Not my old car, what do I drive now?",
            "What car have I got these days?",
            "Which car should the parking be for?",
        ],
        "ask_then": [
            "What car did I drive before, not the one now?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, not Dr Hughes; he's my husband's.",
            "I see {v} at the practice. Not the locum, she's my proper GP.",
            "Your letter named another doctor, but my GP is {v}.",
            "Send the forms to {v}, my GP, not the hospital consultant.",
        ],
        "change": [
            "My GP's {v} now rather than {old}, I switched practices.",
            "It used to be {old}; it isn't now, my GP is {v}.",
            "Scrap {old} and put {v} as my GP.",
            "My GP went from {old} to {v}, the old one retired.",
        ],
        "ask_now": [
            "Not the old GP, who's my doctor now?",
            "Who is my GP at the moment?",
            "Which doctor should the forms go to now?",
        ],
        "ask_then": [
            "Who was my GP before, not now?",
            "Which doctor did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, not the date on the reminder card, that was a "
            "misprint.",
            "I've got the dentist on {v}; the hygienist is a separate day, not that.",
            "It's {v} for the dentist. Mine, not my son's appointment.",
            "Put the dentist down for {v}, my appointment, not my husband's.",
        ],
        "change": [
            "The dentist moved my appointment from {old} to {v}.",
            "My dentist appointment's on {v} instead of {old} now.",
            "You've got {old}? No, the dentist rescheduled me, it's {v} now.",
            "Where you've got {old} for my dentist, put {v}; they changed it.",
        ],
        "ask_now": [
            "Not the original date, when's my dentist appointment now?",
            "When am I seeing the dentist?",
            "What's the current date for my dentist appointment?",
        ],
        "ask_then": [
            "When was my dentist appointment before it moved, not now?",
            "What was the original date for my dentist appointment?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, not a letter, I never open the post.",
            "Best to {v} me; my husband likes the other ways, not me.",
            "When you get in touch, I'd like you to {v} me, not write to me.",
            "Your form says post, but please {v} me, that's what I prefer.",
        ],
        "change": [
            "Don't {old} me any more, {v} me instead.",
            "From now on, {v} me rather than {old} me.",
            "I used to say {old} me; not any more, please {v} me these days.",
            "Where your notes say {old}, put {v}; that's how to contact me now.",
        ],
        "ask_now": [
            "Not how I used to want it, how should you contact me now?",
            "How do I like to be contacted these days?",
            "Should you text, email or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, not my full name, nobody uses that.",
            "Please call me {v}, not madam, nothing formal.",
            "It's {v}, please, not the name on my bank card; just call me {v}.",
            "I go by {v}, not Mr or Mrs anything, so call me {v}.",
        ],
        "change": [
            "Call me {v} now instead of {old}.",
            "It's no longer {old}, it's {v}; I've gone back to it, so call me that.",
            "Out with {old}, in with {v}: that's the name I go by now.",
            "{old}? No, not these days. Please call me {v}.",
        ],
        "ask_now": [
            "Not the old one, what should you call me now?",
            "What name do I go by these days?",
            "What's my nickname at the moment?",
        ],
    },
}


def contrast_kinds() -> list[Kind]:
    """The kinds with the fifty-ninth held-out phrasing."""
    return heldout_kinds(_CONTRAST)
