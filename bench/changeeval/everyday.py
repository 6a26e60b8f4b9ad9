"""A ninth held-out phrasing of the same facts (`generate --phrasing everyday`, written to
`bench/changeeval/everyday/`).

Written blind by a helper session: from the value lists of `bench/changeeval/facts.py` only,
without reading the supersession rules, without seeing the other phrasings and without running
omem or any benchmark on these words. The sentences imagine recorded calls to the voice
assistant of a vet's, a hotel, an optician's, a car-repair garage and a home-care agency, from
callers of all ages in the UK, the US, India, Nigeria, South Africa and Canada: plain
statements, statements with a reason or an aside, requests to update the record ("Kindly update
my address, ..."), corrections, and changes told through what happened ("My old phone was
stolen, ..."), with the value first, last or in the middle, and regional turns of phrase
("I stay at", "shifted house", "my cell", "going forward"). Every change leaves no doubt that
the old value no longer holds, and is about the caller themself.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_EVERYDAY: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I stay at {v}, that's my home address.",
            "{v}, that's where I live.",
            "My home address is {v}, if you need it for the paperwork.",
        ],
        "change": [
            "Kindly update my address, I've shifted house and I'm now staying at {v}.",
            "We sold the old place in March, so I'm living at {v} now.",
            "Could you change my address to {v}? I'm not at {old} any more.",
        ],
        "ask_now": [
            "Which address have you got for me at the moment?",
            "Where am I living now, according to your records?",
        ],
        "ask_then": [
            "What address did I have before the move?",
            "Which address was I at previously?",
        ],
    },
    "phone": {
        "tell": [
            "My cell number is {v}.",
            "You can get me on {v}, that's my mobile.",
            "If you need to ring me, it's {v}, that's the only phone I use.",
        ],
        "change": [
            "My old phone was stolen, so I've got a new number, {v}, the old one's dead.",
            "Please update my number to {v}, the one you have won't work any more.",
            "I switched networks and lost my old number, it's {v} now.",
        ],
        "ask_now": [
            "What's my current phone number on file?",
            "Which number reaches me now?",
        ],
        "ask_then": ["Which number did I have before I changed it?"],
    },
    "email": {
        "tell": [
            "You can email me at {v}.",
            "For anything in writing, use {v}, that's my email.",
            "It's {v}, my email address, I check it every day.",
        ],
        "change": [
            "I've closed my old email account, please use {v} from now on.",
            "My email is different now, it's {v}, the old one doesn't work.",
            "Could you swap my email over to {v}? I've stopped using {old}.",
        ],
        "ask_now": [
            "Which email address should you be using for me now?",
            "What email have you got for me currently?",
        ],
        "ask_then": ["Which email address did I use before I switched?"],
    },
    "dose": {
        "tell": [
            "I take {v} a day for my blood pressure.",
            "My prescription is {v}, once daily.",
            "For my blood pressure I'm on {v}, I've been on it a couple of years.",
        ],
        "change": [
            "My doctor has adjusted the tablets, I'm now taking {v} instead of what I was on.",
            "After my check-up the prescription was changed, so it's {v} a day now.",
            "I'm not on the old dose any more, the doctor has put me on {v}.",
        ],
        "ask_now": [
            "What's my blood pressure dose at the moment?",
            "How many milligrams of lisinopril am I taking now?",
        ],
        "ask_then": ["What dose was I taking before the doctor changed it?"],
    },
    "class": {
        "tell": [
            "I go to a pottery class on {v}.",
            "Don't book me in on {v}, that's when I've got pottery.",
            "My pottery class is every week on {v}, I never miss it.",
        ],
        "change": [
            "The pottery teacher changed the day, so class is on {v} from now on.",
            "Pottery isn't on the old day any more, it's {v} now.",
            "Just so you know, my pottery class has been moved to {v}, so the old slot is free.",
        ],
        "ask_now": [
            "What day is pottery for me these days?",
            "When do I have pottery now?",
        ],
        "ask_then": ["What day did my pottery class use to be on?"],
    },
    "coffee": {
        "tell": [
            "I have {v} every morning, I can't start the day without it.",
            "I'm a big {v} drinker, three cups a day at least.",
            "Every day, first thing, it's {v} for me, strong with milk.",
        ],
        "change": [
            "I quit {v} in January and I haven't touched it since.",
            "I'm off {v} completely now, it was keeping me up at night.",
            "My doctor made me give up {v}, so I don't drink it at all any more.",
        ],
        "ask_now": [
            "Am I a coffee drinker these days?",
            "Do I have coffee at the moment or not?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, I'm a proper carnivore.",
            "Put me down as a {v} eater, I have steak every week.",
            "I have {v} most nights, beef mainly.",
        ],
        "change": [
            "I've cut out {v} completely, I'm vegetarian now.",
            "I gave up {v} after my heart scare, I don't eat it at all any more.",
            "Since the new year I've been vegetarian, I haven't had {v} in months.",
        ],
        "ask_now": [
            "Do I eat meat at the moment?",
            "Is red meat something I eat these days?",
        ],
    },
    "favourite": {
        "tell": [
            "If it's tea, make it {v}, that's my favourite.",
            "My favourite kind of tea is {v}.",
            "I always drink {v}, it's my favourite tea by a mile.",
        ],
        "change": [
            "My favourite tea used to be something else, but now it's {v}.",
            "I've gone right off the tea I used to like, my favourite is {v} now.",
            "I don't like {old} as much any more, my favourite tea is {v} now.",
        ],
        "ask_now": [
            "Which tea is my favourite at the moment?",
            "What kind of tea do I like best now?",
        ],
        "ask_then": ["Which tea did I use to like best?"],
    },
    "pet": {
        "tell": [
            "I've got a cat called {v}, she's nine.",
            "We have a little cat, {v}, she sleeps all day.",
            "My cat's name is {v}.",
        ],
        "change": [
            "I'm afraid {old} died last week, so we don't have a cat any more.",
            "We had to have {old} put to sleep in January, the house is very quiet without her.",
            "{old} went to live with my daughter because we can't keep pets in the new flat, "
            "so it's just me now.",
        ],
        "ask_now": [
            "Have I got a cat at the moment?",
            "Is there a cat at home with me now?",
        ],
    },
    "partner": {
        "tell": [
            "I live with my partner, {v}.",
            "{v} is my boyfriend, we've been together four years.",
            "My other half is {v}, he might ring you as well.",
        ],
        "change": [
            "{old} and I broke up in March, and I've been seeing {v} since the summer.",
            "I'm with {v} now, {old} and I aren't together any more.",
            "My ex moved out in the spring, my partner now is {v}.",
        ],
        "ask_now": [
            "Who am I with these days?",
            "What's my boyfriend called now?",
        ],
        "ask_then": ["Who was my partner before the breakup?"],
    },
    "job": {
        "tell": [
            "I work for {v}.",
            "I'm employed at {v}, in the accounts team.",
            "I've been working at {v} for six years.",
        ],
        "change": [
            "I resigned from {old} and started at {v} on Monday.",
            "I'm now working at {v}, I left the old place in June.",
            "I got made redundant from my last job, and now I'm at {v}.",
        ],
        "ask_now": [
            "Who do I work for at the moment?",
            "Where am I employed now?",
        ],
        "ask_then": ["Where was I working before I changed jobs?"],
    },
    "car": {
        "tell": [
            "I've got {v}, it's parked just outside.",
            "The car I drive is {v}.",
            "My car's {v}, the registration is on the form.",
        ],
        "change": [
            "We sold the old car last month and bought {v}, so that's what I drive now.",
            "Could you update my vehicle? It's {v} now, the old car went for scrap.",
            "Someone wrote off my old car, so I'm driving {v} these days.",
        ],
        "ask_now": [
            "What am I driving at the moment?",
            "Which car have you got down for me now?",
        ],
        "ask_then": ["What was I driving before I changed cars?"],
    },
    "doctor": {
        "tell": [
            "My doctor is {v}.",
            "I'm registered with {v} at the health centre.",
            "{v} is my family doctor, has been for years.",
        ],
        "change": [
            "I've registered with a different practice, so my GP is {v} now.",
            "Please update my doctor to {v}, I don't see {old} any more.",
            "My old GP left the surgery, and I've been assigned to {v} instead.",
        ],
        "ask_now": [
            "Who's my GP at the moment?",
            "Which doctor am I registered with now?",
        ],
        "ask_then": ["Which GP did I have before I switched?"],
    },
    "dentist": {
        "tell": [
            "I have a dentist appointment on {v}.",
            "My next check-up at the dentist is on {v}.",
            "I'm seeing the dentist on {v}, in the morning.",
        ],
        "change": [
            "The dentist rang to rebook me, my appointment is now on {v}.",
            "I couldn't make the original date, so I've rebooked the dentist for {v}.",
            "My dental appointment is on {v} now, the old date's been cancelled.",
        ],
        "ask_now": [
            "What's the date of my dentist appointment now?",
            "When am I seeing the dentist?",
        ],
        "ask_then": ["What date was my dentist appointment before it was rebooked?"],
    },
    "contact": {
        "tell": [
            "The best way to reach me is to {v} me.",
            "Please {v} me if you need anything, that's what works for me.",
            "I'd like you to {v} me, please, that suits me best.",
        ],
        "change": [
            "I've changed my mind, please {v} me from now on, not the way you used to.",
            "Going forward, kindly {v} me instead of how you used to reach me.",
            "Don't use the old method any more, just {v} me.",
        ],
        "ask_now": [
            "How should you get hold of me now?",
            "What's my preferred way of being contacted?",
        ],
    },
    "nickname": {
        "tell": [
            "Everyone calls me {v}, so please do too.",
            "I go by {v}.",
            "Call me {v}, I never use my full name.",
        ],
        "change": [
            "I've dropped my old nickname, I go by {v} now.",
            "Please call me {v} from now on, I've stopped using {old}.",
            "Please call me {v} now, not {old}, I've left that name behind.",
        ],
        "ask_now": [
            "What do I like to be called these days?",
            "Which name should you use for me now?",
        ],
    },
}


def everyday_kinds() -> list[Kind]:
    """The kinds with the ninth held-out phrasing."""
    return heldout_kinds(_EVERYDAY)
