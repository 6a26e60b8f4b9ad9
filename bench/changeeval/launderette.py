"""A thirty-third phrasing of the same facts (`generate --phrasing launderette`, written to
`bench/changeeval/launderette/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `heldout_kinds` and `phrasings.py` only, without reading the retrieval code, the other
phrasings or any results. The callers phone from a launderette while the machines run: bored,
talkative, killing time, sometimes reading from a phone screen or a letter, sometimes cut off by
a machine beeping or another person wanting a dryer. Their English is that of Liverpool,
Cardiff, Ghana, Bangladesh, Poland and Aberdeen, with a light touch. The changes come as
comparisons ("it used to be ... but these days it's ...", "... now, instead of ..."), as their
consequence only ("so the post goes to the new flat at ..."), read aloud from a confirmation
message or a letter, as a request to update in the same breath, as a correction of the agent's
read-back, hedged ("pretty sure it's ... now"), as very short answers, and as plain statements
with no word of change at all (the later call simply states the current value). Every tell
states the caller's own current value; every change leaves the new value current.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_LAUNDERETTE: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Sorry, the spin's gone mad in here. Anyway, la, home's {v}, write that down for us.",
            "Please, for your records, I stay at {v}. That is my house.",
            "Address, yes. I live at {v}, second floor, the buzzer is broken, you must knock.",
        ],
        "change": [
            "It used to be {old}, but these days we're at {v}, tidy little place it is too.",
            "Oh, and so the post goes to the new flat at {v}, sorry, that's my dryer beeping.",
            "My address is {v} only, please note it. Sorry, the lady wants this chair.",
        ],
        "ask_now": [
            "Where should the parcel go?",
            "Can you tell me which address you'd post my letters to?",
        ],
        "ask_then": [
            "What was the address I had before?",
            "Where was I living before the place I'm in now?",
        ],
    },
    "phone": {
        "tell": [
            "Me mobile's {v}, that's the one. Sorry, the fella next to me wants the bench.",
            "Hold on, I am reading it from the screen... {v}. Yes, this is my number.",
        ],
        "change": [
            "Right, I'll read you the message off the network: 'Welcome, your new number is"
            " {v}.' So that's the one, aye.",
            "No, no, that's the old one you've got there, {old}. It's {v}, I'm telling you.",
        ],
        "ask_now": [
            "If you needed me in a hurry, which number would you ring?",
            "What's my mobile number?",
        ],
        "ask_then": ["Which number was I on before?"],
    },
    "email": {
        "tell": [
            "For the receipts, please, it is {v}. That is my email, I check it every day.",
            "Email? It's {v}.",
        ],
        "change": [
            "So the receipts want to go to {v}, the other inbox is dead, I can't even get in.",
            "No sister, that one is old, actually. The email is {v} now, please put it.",
        ],
        "ask_now": ["Where are you sending my receipts?"],
        "ask_then": ["Which email address was I using before?"],
    },
    "dose": {
        "tell": [
            "I'm on {v} for the blood pressure, one a day, I never miss, mun.",
            "Blood pressure, aye, it's {v} I take. Hang on, the machine's stopped... no,"
            " still going. Aye, {v}.",
        ],
        "change": [
            "I've the letter from the surgery here, listen: 'Please note your dose has been"
            " adjusted to {v}, starting straight away.' So that's me.",
            "I am quite sure it is {v} now. Up or down, I forget which, but {v}, yes.",
        ],
        "ask_now": ["What strength are my blood pressure tablets meant to be?"],
        "ask_then": ["Before the doctor adjusted it, how much lisinopril was I on?"],
    },
    "class": {
        "tell": [
            "Pottery's {v}, so don't book me in for anything then, I'm up to my elbows in clay.",
            "I have pottery class {v}. Is my only hobby, ha.",
        ],
        "change": [
            "Pottery used to be {old}, but it's {v} these days, ken.",
            "Pretty sure it's {v} now for the pottery. Sorry, the washer's beeping at me. Aye,"
            " {v}.",
        ],
        "ask_now": [
            "What day have I got pottery?",
            "If somebody wanted to book me in, when am I tied up with pottery?",
        ],
        "ask_then": ["When did I use to go to pottery?"],
    },
    "coffee": {
        "tell": [
            "I'm gasping for a {v}, honest, I have it all day long, three, four mugs.",
            "Please, my {v}, black and strong, without it I cannot function o.",
        ],
        "change": [
            "I used to live on {v}, but these days it's just hot water for me.",
            "I don't take {v}, actually. It gives me the palpitations.",
        ],
        "ask_now": [
            "Am I a coffee drinker?",
            "Would I want a coffee put in with the order?",
        ],
    },
    "meat": {
        "tell": [
            "I'm dead into my {v}, me, can't beat a proper roast.",
            "I'm a {v} eater, aye, mince, steak pie, the lot.",
        ],
        "change": [
            "So for the dinner, no {v} for me, I am vegetarian now, only vegetable dishes.",
            "Veggie now. No {v}.",
        ],
        "ask_now": [
            "Is it all right to order red meat for me?",
            "What should the restaurant know about what I eat?",
        ],
    },
    "favourite": {
        "tell": [
            "Oh, {v}, that's my favourite tea. I'd drink it by the bucket.",
            "For the basket, put {v}, it's my favourite tea, lush.",
        ],
        "change": [
            "Put {v} in the basket, not {old}, I've gone right off that one.",
            "Favourite tea? It's {v} now, instead of {old}.",
        ],
        "ask_now": [
            "What tea would I like in the basket?",
            "Which tea do I like best?",
        ],
        "ask_then": ["Which tea did I use to like best?"],
    },
    "pet": {
        "tell": [
            "Our cat {v} is a terror, la, she sleeps in the clean washing.",
            "We have one cat, {v}, she is like a child to me.",
        ],
        "change": [
            "We lost {old} in the spring, poor dab, so there's no cat in the house now.",
            "No need for cat food these days, {old} went to live with my sister, she's got"
            " a garden.",
        ],
        "ask_now": [
            "Have I got a cat?",
            "How's my cat getting on?",
        ],
    },
    "partner": {
        "tell": [
            "Me and {v}, my fella, we're off to the coast, that's why I'm washing everything.",
            "My partner {v} is minding the little one while I sit here with the washing.",
        ],
        "change": [
            "No, that's the old one, {old}, we're finished. It's {v} I'm with.",
            "{v} now, instead of {old}, that's who I'm with. Long story, I'll tell you"
            " while the dryer goes round.",
        ],
        "ask_now": [
            "Who am I with?",
            "Who's my other half these days?",
        ],
        "ask_then": ["Who was I seeing before?"],
    },
    "job": {
        "tell": [
            "I work at {v}, have done for years, it pays the bills.",
            "I am working at {v}, please. It is not bad.",
        ],
        "change": [
            "So every day it's two buses to {v} for me, that's where I clock in now.",
            "I work at {v}, aye.",
        ],
        "ask_now": [
            "Where am I working these days?",
            "Who pays my wages?",
        ],
        "ask_then": ["Where was I working before?"],
    },
    "car": {
        "tell": [
            "My car's {v}, it's parked right outside the launderette.",
            "Parking? I drive {v}, if that helps.",
        ],
        "change": [
            "Before, I was driving {old}, but now it is {v}, actually. Much better.",
            "I drive {v}.",
        ],
        "ask_now": [
            "What car would I be parking?",
            "Which car is mine?",
        ],
        "ask_then": ["What did I drive before?"],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, lovely, always listens, takes their time.",
            "At the surgery I see {v}, please send the forms there.",
        ],
        "change": [
            "I read you the letter, yes? 'You are now registered with {v}.' So this is my GP.",
            "So when I go up the surgery it's {v} I see, not the old one, see.",
        ],
        "ask_now": [
            "Who do I see at the surgery?",
            "Which doctor am I registered with?",
        ],
        "ask_then": ["Who did I see at the surgery before?"],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is {v}, I have written it on the calendar.",
            "Dentist's {v}. Dreading it.",
        ],
        "change": [
            "Can you change my dentist to {v}, they moved it.",
            "Hang on, I'm reading it off my phone: 'Your dental appointment has been"
            " rescheduled to {v}. Reply Y to confirm.' So that one.",
        ],
        "ask_now": ["When am I due at the dentist?"],
        "ask_then": ["When was the dentist meant to be before it got moved?"],
    },
    "contact": {
        "tell": [
            "Best to {v} me, I'm never in, see.",
            "Please, just {v} me, this is easiest for me.",
        ],
        "change": [
            "You used to {old} me, but these days I'd rather you {v} me.",
            "Just {v} me now, yeah? Easier.",
        ],
        "ask_now": [
            "What's the best way to reach me?",
            "How should you get hold of me about the booking?",
        ],
    },
    "nickname": {
        "tell": [
            "Everybody knows me as {v}, so you too, please.",
            "{v}. Just {v}.",
        ],
        "change": [
            "Can you put me down as {v}, that's what I go by now.",
            "These days I am going by {v}, actually. Everyone at home says it.",
        ],
        "ask_now": [
            "What do you call me?",
            "What name should you use for me?",
        ],
    },
}


def launderette_kinds() -> list[Kind]:
    """The kinds with the launderette phrasing."""
    return heldout_kinds(_LAUNDERETTE)
