"""An eleventh held-out phrasing of the same facts (`generate --phrasing final_blind`, written to
`bench/changeeval/final_blind/`).

Written blind by a helper session: without reading the supersession rules, the tests or any of
the other phrasings (only `facts.py` for the kinds' values and the shape of `novel.py`'s head
and tail), and without running omem or the benchmark on these words first. The sentences are
what callers say to a voice assistant at a GP practice's reception, an electricity supplier, a
hairdresser, a restaurant's bookings line and a parcel courier: rushed and chatty, young and
elderly, some with a non-native speaker's turn of phrase. They mix plain statements, statements
with a reason or an aside, requests to update the record, corrections of what is on file and
changes told through what happened ("The old car failed its MOT"), with the value first, last
or in the middle, with and without the old value. Every change leaves no doubt that the old
value no longer holds, and is about the caller themself.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_FINAL_BLIND: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Yes, it's {v}, I've been there about six years.",
            "Parcels for me go to {v}, that's where I live.",
            "Home is {v}, the one with the blue door.",
        ],
        "change": [
            "Could you update my address please? We've moved to {v}.",
            "I'm not at {old} any more, we handed the keys back on Friday, it's {v} now.",
            "The removal van came on Saturday and we've settled in at {v}, the old house is sold.",
        ],
        "ask_now": [
            "What address have you got on record for me at the moment?",
            "Where am I living now, according to your records?",
        ],
        "ask_then": [
            "Where was I living before the move?",
            "Which address did I have before this one?",
        ],
    },
    "phone": {
        "tell": [
            "My number's {v}, ring me on that if anything comes up.",
            "It's {v}, that's my mobile, I always have it with me.",
            "Oh, the number, yes, {v}, that's me.",
        ],
        "change": [
            "I've had to get a new SIM, so my number's {v} now, the old one's dead.",
            "My old number, {old}, is disconnected, so please put me down on {v} instead.",
            "My phone got stolen last week and I've a new number now, it's {v}.",
        ],
        "ask_now": [
            "What number have you got for me right now?",
            "Which mobile number am I on at the moment?",
        ],
        "ask_then": ["Which number was I using before I changed it?"],
    },
    "email": {
        "tell": [
            "My email address, it's {v}.",
            "You can send the confirmation to {v}, that's my email.",
            "The email I check every day is {v}.",
        ],
        "change": [
            "Please could you swap my email to {v}? I've closed the old account.",
            "I'm not using {old} any more, everything should go to {v}.",
            "The old email got hacked so I've set up {v}, please use that from now on.",
        ],
        "ask_now": [
            "What email address is on my account now?",
            "Which email will you send things to now?",
        ],
        "ask_then": ["Which email did I use before I switched?"],
    },
    "dose": {
        "tell": [
            "At the moment I take {v} once a day.",
            "For my blood pressure I take {v}, every morning with breakfast.",
            "I'm on {v}, have been for about two years.",
        ],
        "change": [
            "After my last check-up the doctor put me on {v} instead.",
            "I'm not on {old} any more, it's {v} now.",
            "My prescription's been changed, from today I take {v}.",
        ],
        "ask_now": [
            "What's my lisinopril dose at the moment?",
            "How many milligrams am I taking now?",
        ],
        "ask_then": [
            "What was my lisinopril dose before it changed?",
            "How much was I taking before the doctor changed it?",
        ],
    },
    "class": {
        "tell": [
            "I go to pottery on {v}, so don't book anything then.",
            "{v} are for pottery, every week without fail.",
            "I do a pottery class on {v}.",
        ],
        "change": [
            "Pottery's not on {old} any more, it's {v} now.",
            "The teacher changed the timetable, so my pottery class is on {v} from now on.",
            "I've swapped my pottery class to {v}, the other slot didn't work with my shifts.",
        ],
        "ask_now": [
            "What day's my pottery class now?",
            "When do I go to pottery these days?",
        ],
        "ask_then": ["When was my pottery class before the change?"],
    },
    "coffee": {
        "tell": [
            "I'm a big {v} drinker, I have a cup first thing every day.",
            "I can't start the day without my {v}.",
            "I have {v} with breakfast every morning, a big mug of it.",
        ],
        "change": [
            "I've stopped drinking {v}, it was keeping me up at night.",
            "I'm off {v} for good now, I haven't touched it in weeks.",
            "No {v} for me any more, the doctor told me to cut it out and I have.",
        ],
        "ask_now": ["Am I a coffee drinker?", "Do I drink coffee these days?"],
    },
    "meat": {
        "tell": [
            "I eat {v} pretty much every day, I'm a steak lover.",
            "Put me down as a meat eater, I have {v} most nights.",
            "I really like {v}, a burger or a steak is my favourite dinner.",
        ],
        "change": [
            "I've cut out {v} completely, I went vegetarian in January.",
            "No {v} for me any more please, I've stopped eating it.",
            "Since my heart scare I don't touch {v} at all.",
        ],
        "ask_now": ["Can I have red meat, or do I avoid it?", "Is there anything I don't eat?"],
    },
    "favourite": {
        "tell": [
            "For tea, my favourite is {v}.",
            "I always go for {v}, it's my favourite cup of tea.",
            "If it's tea, I'll have {v}, that's the one I like best.",
        ],
        "change": [
            "I used to love {old}, but these days my favourite tea is {v}.",
            "My favourite tea has changed, it's {v} now.",
            "Can you note that my favourite tea is {v} now? I'm tired of {old}.",
        ],
        "ask_now": [
            "Which tea do I like best at the moment?",
            "What tea would I want these days?",
        ],
        "ask_then": ["Which tea did I like best before?"],
    },
    "pet": {
        "tell": [
            "I've got a cat, {v}, who sleeps on my bed every night.",
            "It's just me and my cat {v} at home.",
            "{v} is my cat, a tabby, very spoiled.",
        ],
        "change": [
            "I'm afraid {old} died last week, so there's no cat at home now.",
            "We had to put {old} to sleep in March, the vet said it was kindest.",
            "My cat {old} went to live with my daughter when I moved into the flat, "
            "no pets allowed here.",
        ],
        "ask_now": ["Have I got a cat?", "What's my cat called?"],
    },
    "partner": {
        "tell": [
            "My partner {v} will be picking up the parcel.",
            "{v} and I have been together five years now.",
            "I'll bring my partner, {v}, to the dinner.",
        ],
        "change": [
            "{old} and I broke up in the summer, my partner now is {v}.",
            "I'm seeing {v} now, it's over with {old}.",
            "Could you change the second name on the booking to {v}? That's who I'm with now, "
            "{old} and I aren't together any more.",
        ],
        "ask_now": [
            "Who am I with at the moment?",
            "What's the name of the person I'm going out with now?",
        ],
        "ask_then": ["Who was I seeing before my current partner?"],
    },
    "job": {
        "tell": [
            "I'm at {v}, in the office, nine to five.",
            "I work for {v}, so I can only take calls at lunch.",
            "My job's at {v}, I've been there ages.",
        ],
        "change": [
            "I handed in my notice and started at {v} on Monday.",
            "I don't work at {old} any more, I'm at {v} now.",
            "I've been working at {v} since last month, I left the old place.",
        ],
        "ask_now": ["Where am I working now?", "Who do I work for these days?"],
        "ask_then": ["Where was I working before my current job?"],
    },
    "car": {
        "tell": [
            "I've got {v}, it's parked out the front.",
            "My car's {v}, if you need it for the booking.",
            "I drive {v}, it's a few years old now.",
        ],
        "change": [
            "I sold my old car and bought {v}.",
            "The old car failed its MOT so I've got {v} now.",
            "Please update the car on my file, I drive {v} now, not {old}.",
        ],
        "ask_now": ["Which car have I got at the moment?", "What am I driving these days?"],
        "ask_then": ["Which car did I drive before this one?"],
    },
    "doctor": {
        "tell": [
            "I'm registered with {v} at the health centre.",
            "I've been seeing {v} for years, that's my GP.",
            "Send it to {v}, my family doctor.",
        ],
        "change": [
            "I've changed GP, I see {v} now.",
            "I'm not with {old} any more, I moved to {v} at the new surgery.",
            "Please put {v} down as my GP, I left the old practice when we moved.",
        ],
        "ask_now": ["Which GP am I registered with now?", "Who's my doctor at the moment?"],
        "ask_then": ["Which GP did I have before I switched?"],
    },
    "dentist": {
        "tell": [
            "I've got a dental appointment on {v}.",
            "The dentist is seeing me on {v}, just a check-up.",
            "Don't forget I'm at the dentist on {v}.",
        ],
        "change": [
            "They cancelled my dentist appointment and rebooked me for {v}.",
            "My dentist appointment's not on {old} any more, it's {v}.",
            "I had to move my dentist appointment to {v}, I'm away on the old date.",
        ],
        "ask_now": [
            "What date is my dentist appointment now?",
            "When am I seeing the dentist?",
        ],
        "ask_then": ["What date was my dentist appointment before it moved?"],
    },
    "contact": {
        "tell": [
            "If you need me, just {v} me, that's easiest.",
            "I prefer that you {v} me, please.",
            "Could you {v} me about the delivery? That's how I like it.",
        ],
        "change": [
            "Please {v} me from now on, not {old}.",
            "I'd prefer you to {v} me now, instead of the way you've been doing it.",
            "Things have changed at work, so it's better to {v} me from now on.",
        ],
        "ask_now": [
            "What's the best way to get hold of me?",
            "How would I like you to reach me?",
        ],
    },
    "nickname": {
        "tell": [
            "Everyone calls me {v}, you can too.",
            "I go by {v}, not my full name.",
            "It's {v}, please, nobody uses my full name.",
        ],
        "change": [
            "I don't go by {old} any more, please call me {v}.",
            "Could you call me {v} from now on? That's what I go by now.",
            "I've dropped {old}, it's {v} these days.",
        ],
        "ask_now": ["What do I like to be called?", "Which name should you use for me?"],
    },
}


def final_blind_kinds() -> list[Kind]:
    """The kinds with the eleventh held-out phrasing."""
    return heldout_kinds(_FINAL_BLIND)
