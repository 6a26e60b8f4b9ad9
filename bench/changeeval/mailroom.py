"""A forty-seventh held-out phrasing of the same facts (`generate --phrasing mailroom`, written to
`bench/changeeval/mailroom/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of heldout's words (only their roles, counts and placeholders), `heldout_kinds`, the layout
of `onhold.py` and `phrasings.py` only, without reading the supersession rules, the other
phrasings or the tests, and without running anything on these words first.
The callers speak plain, natural, everyday English with no gimmick of style, but they tell a
change with many different verbs and constructions (switched to, swapped over to, gone over to,
relocated to, it's now, these days it's, as of last week, since the move, no longer ... it's,
put me down for ... going forward). The value sits at the start, in the middle or at the end of
a sentence, sometimes in a second sentence after some context, and the questions vary too
("remind me ...", "what have you got down as ...", "can you read back ...", "before I changed it").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_MAILROOM: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Home is {v}, if you need it for the file.",
            "I'm at {v}, have been for a good while.",
            "{v}, that's where I live.",
            "You can send anything for me to {v}, that's my house.",
        ],
        "change": [
            "We finally sold the flat. Home is {v} now.",
            "We've relocated to {v}, as of last week.",
            "Since the move it's {v}, so please put that down instead of the old one.",
            "I'm no longer at the old place, it's {v} these days.",
        ],
        "ask_now": [
            "Remind me, what have you got down as my address?",
            "Can you read back the address you have for me?",
            "Where am I living, according to your records?",
        ],
        "ask_then": [
            "What was my address before I changed it?",
            "Remind me where I was living before the move?",
            "Which address did you have for me before the new one?",
        ],
    },
    "phone": {
        "tell": [
            "My number's {v}, that's the mobile.",
            "Best to ring me on {v}.",
            "If you need to reach me, {v} is the one to use.",
        ],
        "change": [
            "I switched networks and got a new number out of it. It's {v}.",
            "These days it's {v} for my phone, the old one's been cut off.",
            "Put me down for {v} going forward, the old number's gone.",
            "My old phone ended up in the canal. The new number is {v}.",
        ],
        "ask_now": [
            "What number have you got down for me?",
            "Can you read back my phone number?",
            "Remind me which number you'd ring me on?",
        ],
        "ask_then": [
            "What was my phone number before I changed it?",
            "Which number did I have before the current one?",
        ],
    },
    "email": {
        "tell": [
            "For email it's {v}.",
            "My email is {v}, that's the one I check.",
            "Anything by email can go to {v}.",
        ],
        "change": [
            "I've gone over to {v} for email, the old account is closed.",
            "I've swapped over to a new email address. It's {v}.",
            "I'm no longer using the old address, it's {v} now.",
            "As of last week my email is {v}, so please update it.",
        ],
        "ask_now": [
            "What email have you got down for me?",
            "Can you read back my email address?",
        ],
        "ask_then": [
            "What was my email before I changed it?",
            "Which email did I use before the new one?",
        ],
    },
    "dose": {
        "tell": [
            "Every morning I take {v}.",
            "For the blood pressure I'm on {v}, once a day.",
            "It's {v} I take, one tablet with breakfast.",
        ],
        "change": [
            "I saw the doctor on Monday. She's changed me to {v}.",
            "As of last week I'm taking {v} instead.",
            "They've swapped me over to {v}, the old dose wasn't right for me.",
            "I'm no longer on the old dose, it's {v} from now on.",
        ],
        "ask_now": [
            "Remind me how much lisinopril I'm taking?",
            "What dose have you got down for my blood pressure tablets?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before it changed?",
            "How much lisinopril was I taking before the doctor changed it?",
        ],
    },
    "class": {
        "tell": [
            "Pottery is {v} for me, so I can't do anything then.",
            "I go to pottery {v}, every week.",
            "{v} are for pottery, I never miss it.",
        ],
        "change": [
            "The studio rearranged their timetable. Pottery is {v} now.",
            "They've moved my pottery class to {v}, starting this week.",
            "Pottery's no longer on the old day, it's {v} these days.",
            "Put me down as busy {v} going forward, that's when pottery is now.",
        ],
        "ask_now": [
            "Remind me when my pottery class is?",
            "What day have you got down for my pottery?",
            "When do I have pottery these days?",
        ],
        "ask_then": [
            "When was pottery before they moved it?",
            "Which day did I used to do pottery, before the change?",
        ],
    },
    "coffee": {
        "tell": [
            "I start every day with a big mug of {v}.",
            "I have {v} every morning, can't do without it.",
            "Mornings are for {v} in my house, two cups at least.",
        ],
        "change": [
            "I've cut out {v} altogether, doctor's advice.",
            "No more {v} for me. I stopped at Christmas and haven't gone back.",
            "I used to have {v} every day but I've given it up.",
        ],
        "ask_now": [
            "Do I drink coffee, as far as you know?",
            "What have you got down about me and coffee?",
            "Remind me, am I a coffee drinker?",
        ],
    },
    "meat": {
        "tell": [
            "I eat a lot of {v}, steak's my favourite.",
            "Put me down as a {v} eater, I have it most days.",
            "Most nights there's {v} on my plate, I love it.",
        ],
        "change": [
            "I've gone vegetarian, so no {v} for me any more.",
            "Since the summer I've cut out {v}. I'm vegetarian now.",
            "I don't eat {v} these days, I stopped a few months back.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "What have you got down for my diet?",
            "Remind me if I have any dietary restrictions?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, no question.",
            "If there's tea in the basket, make it {v}, that's my favourite.",
            "I always go for {v}, it's my favourite tea.",
        ],
        "change": [
            "My taste in tea has changed. These days my favourite is {v}.",
            "I've switched to {v}, that's my favourite tea now.",
            "My favourite tea isn't the old one any more, it's {v}.",
        ],
        "ask_now": [
            "What have you got down as my favourite tea?",
            "Remind me which tea I like best?",
        ],
        "ask_then": [
            "What was my favourite tea before I changed it?",
            "Which tea did I like best before?",
        ],
    },
    "pet": {
        "tell": [
            "There's a cat at home, {v}, she rules the place.",
            "{v} is our cat, she's getting on a bit now.",
            "I've got a cat called {v}, she keeps me company.",
        ],
        "change": [
            "I've some sad news. {old} died last month, so there's no cat at home now.",
            "We had to have {old} put to sleep in the spring.",
            "{old} went to live with my sister, I couldn't look after her any more.",
        ],
        "ask_now": [
            "Remind me, have I got a cat at the moment?",
            "What have you got down about my cat?",
            "Do I have a cat?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend's {v}, he'll be coming with me.",
            "{v}, my partner, is doing the driving.",
            "I live with my partner, {v}.",
        ],
        "change": [
            "{old} and I broke up in the spring. I'm with {v} now.",
            "Things didn't work out with {old}. My new boyfriend is {v}.",
            "I'm seeing someone new, {v}, so put him down as my partner going forward.",
            "These days my partner is {v}, we got together over the summer.",
        ],
        "ask_now": [
            "Who have you got down as my partner?",
            "Remind me what my boyfriend's name is?",
        ],
        "ask_then": [
            "Who was I seeing before my current partner?",
            "What was my ex's name?",
        ],
    },
    "job": {
        "tell": [
            "I'm at {v}, been there ages.",
            "Work is {v}, same as ever.",
            "I work for {v}.",
        ],
        "change": [
            "I handed in my notice last month. I'm at {v} now.",
            "I've gone over to {v}, started on Monday.",
            "As of last week I work at {v}, the old place is behind me.",
            "I'm no longer at my old job, it's {v} these days.",
        ],
        "ask_now": [
            "Remind me where I work?",
            "Which employer have you got down for me?",
        ],
        "ask_then": [
            "Where was I working before I changed jobs?",
            "What was my old job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, it's parked outside.",
            "It's {v} I drive.",
            "My car's {v}, nothing fancy.",
        ],
        "change": [
            "I've swapped the old car for {v}.",
            "The old car failed its inspection. I'm driving {v} now.",
            "I got rid of my old car, so it's {v} these days.",
            "Put me down for {v} going forward, I traded the other one in.",
        ],
        "ask_now": [
            "What car have you got down for me?",
            "Remind me what I drive?",
        ],
        "ask_then": [
            "What was I driving before I changed cars?",
            "What car did I have before this one?",
        ],
    },
    "doctor": {
        "tell": [
            "{v} is my GP.",
            "My GP's {v}, at the surgery on Elm Street.",
            "I see {v} for everything, she's my doctor.",
        ],
        "change": [
            "I've moved surgeries. My GP is {v} now.",
            "I've switched to {v}, my old GP retired.",
            "As of last month, {v} is my GP.",
            "I'm no longer with my old GP, it's {v} these days.",
        ],
        "ask_now": [
            "Who have you got down as my GP?",
            "Remind me which doctor I'm with?",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "Which doctor did I see before the current one?",
        ],
    },
    "dentist": {
        "tell": [
            "I've got the dentist on {v}.",
            "My dentist appointment is {v}, in the morning.",
            "On {v} I'm at the dentist's.",
        ],
        "change": [
            "The dentist rang to move my appointment. It's {v} now.",
            "My dentist appointment has been moved to {v}.",
            "I had to rearrange the dentist, it's now on {v}.",
            "The dentist isn't on the old date any more, it's {v}.",
        ],
        "ask_now": [
            "Remind me when my dentist appointment is?",
            "What date have you got down for the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment before it was moved?",
            "What was the original date for my dentist appointment?",
        ],
    },
    "contact": {
        "tell": [
            "If you need me, {v} me, that's easiest.",
            "The best way is to {v} me.",
            "I'd like you to {v} me, please.",
        ],
        "change": [
            "I've changed my mind, please {v} me from now on.",
            "Going forward, {v} me instead, that works better now.",
            "These days I'd rather you {v} me.",
        ],
        "ask_now": [
            "How have you got me down to be contacted?",
            "Remind me how I like you to get in touch?",
            "Should you text, email or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "Everyone calls me {v}, so you can too.",
            "I go by {v}.",
            "{v} is fine, that's what I'm called.",
        ],
        "change": [
            "I've gone back to {v}, so please use that now.",
            "Put me down as {v} going forward.",
            "These days I go by {v}, not the old name.",
        ],
        "ask_now": [
            "What name have you got down for me?",
            "Remind me what you call me?",
        ],
    },
}


def mailroom_kinds() -> list[Kind]:
    """The kinds with the forty-seventh held-out phrasing."""
    return heldout_kinds(_MAILROOM)
