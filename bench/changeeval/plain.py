"""An eighth held-out phrasing of the same facts (`generate --phrasing plain`, written to
`bench/changeeval/plain/`).

Written blind, by a helper session that read only `bench/changeeval/facts.py` (the values, the
prompts and what `{v}` looks like) and the head and tail of `novel.py` (for the file's shape):
without reading the supersession rules or the other phrasings, and without running the rules or
any benchmark on these words first. The sentences are what most callers actually say to an
agent on a phone line (a dental practice, a pharmacy, a taxi firm, a gym, a council helpline):
mostly plain and everyday, some short ("It's {v} now."), some with a reason, some asking the
agent to update the file, some naming the old value and some not, a few with a filler or a side
remark. About a quarter are harder: an idiom ("went our separate ways", "off the menu"), the
change told through what happened ("I handed in my notice at ..."), or a correction of what the
agent has on file. Every change is about the caller and leaves no doubt that the old value no
longer holds.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_PLAIN: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "My address is {v}.",
            "I'm at {v}, that's my home address.",
            "Post for me goes to {v}, that's where I live.",
        ],
        "change": [
            "It's {v} now, we moved last month.",
            "Could you update my address please? I've moved to {v}.",
            "I handed the keys to {old} back on Friday, so post for me goes to {v} from now on.",
        ],
        "ask_now": ["Where am I living these days?", "What address should post for me go to?"],
        "ask_then": ["Where was I living before the move?", "Which address did I move out of?"],
    },
    "phone": {
        "tell": [
            "Oh, and my number's {v}.",
            "You can ring me on {v}, that's my mobile.",
            "Best to call {v}, I always have that phone on me.",
        ],
        "change": [
            "I've got a new number, it's {v}.",
            "My phone got stolen so I had to get a new number, it's {v}. {old} won't work any "
            "more.",
            "The number you've got for me is out of date, it's {v} now.",
        ],
        "ask_now": [
            "What number have you got for me at the moment?",
            "Which number would you reach me on now?",
        ],
        "ask_then": ["What was the number I had before the new one?"],
    },
    "email": {
        "tell": [
            "My email address is {v}.",
            "It's {v} for email, that's the one I check.",
            "Right, so emails to me go to {v}.",
        ],
        "change": [
            "My email's changed, it's {v} now.",
            "Could you update my email to {v}? I've closed the {old} account.",
            "I can't get into my old email any more, so send everything to {v} instead.",
        ],
        "ask_now": [
            "What email address should you use for me?",
            "Where do my emails go these days?",
        ],
        "ask_then": ["Which email address was I using before?"],
    },
    "dose": {
        "tell": [
            "I'm on {v}, once a day.",
            "My prescription is {v}.",
            "I've been taking {v} for my blood pressure for a couple of years now.",
        ],
        "change": [
            "My dose has changed, it's {v} now.",
            "The GP has changed my prescription, I'm taking {v} now instead of {old}.",
            "After my check-up they adjusted the tablets, it's {v} from today, not what you've "
            "got on file.",
        ],
        "ask_now": [
            "How many milligrams of lisinopril am I on at the moment?",
            "What's my current blood pressure prescription?",
        ],
        "ask_then": ["What was my lisinopril dose before it was changed?"],
    },
    "class": {
        "tell": [
            "I've got pottery on {v}.",
            "My pottery class is {v}, every week.",
            "I can't do {v}, that's when I'm at pottery.",
        ],
        "change": [
            "Pottery's on {v} now.",
            "The studio needed the room, so my pottery class has moved to {v}, it's not on {old} "
            "any more.",
            "I'm free on {old} now, pottery's been moved to {v}.",
        ],
        "ask_now": ["What day's my pottery on now?", "When do I go to pottery these days?"],
        "ask_then": ["When was my pottery class before they changed it?"],
    },
    "coffee": {
        "tell": [
            "I have a {v} every morning, can't start the day without it.",
            "I drink a lot of {v}, three or four cups a day.",
            "I'm a {v} drinker, always have been.",
        ],
        "change": [
            "I don't drink {v} any more.",
            "I've stopped drinking {v}, it was keeping me up at night, so please take it off my "
            "order.",
            "My last cup of {v} was back in January, I've given it up.",
        ],
        "ask_now": [
            "Am I a coffee drinker these days?",
            "Should there be a coffee on my breakfast order?",
        ],
    },
    "meat": {
        "tell": [
            "I eat a lot of {v}, I'm a proper carnivore.",
            "I have {v} most days, burgers, steak, the lot.",
            "Put me down for the steak, I love {v}.",
        ],
        "change": [
            "I don't eat {v} any more.",
            "I've gone vegetarian, so no {v} for me please, can you note that on the booking?",
            "My cholesterol was through the roof, so {v} is off the menu for me now.",
        ],
        "ask_now": [
            "Am I a meat eater at the moment?",
            "Would I want the steak option at the dinner?",
        ],
    },
    "favourite": {
        "tell": [
            "The tea I like best is {v}.",
            "I'd love {v} in the basket, it's my favourite.",
            "If there's tea, make it {v}, that's the one I like most.",
        ],
        "change": [
            "My favourite tea is {v} now.",
            "I've gone off {old}, so please put {v} in, that's my favourite these days.",
            "Since my holiday last spring I've been hooked on {v}, it's my favourite tea now.",
        ],
        "ask_now": ["Which tea do I like best?", "Which tea's my favourite at the moment?"],
        "ask_then": ["Which tea did I like best before?"],
    },
    "pet": {
        "tell": [
            "I've got a cat, {v}.",
            "My cat {v} is asleep on my lap as we speak.",
            "{v} is my cat, she's nine.",
        ],
        "change": [
            "My cat {old} died last week.",
            "I had to have {old} put down in March, so I don't have a cat any more.",
            "{old} went to live with my mum because of my allergies, so there's no cat at my "
            "place now.",
        ],
        "ask_now": ["Have I got a cat at the moment?", "Is there a cat living with me?"],
    },
    "partner": {
        "tell": [
            "My partner's {v}.",
            "I'll be coming with {v}, my boyfriend.",
            "{v} and I have been together three years.",
        ],
        "change": [
            "My boyfriend is {v} now, {old} and I broke up.",
            "{old} and I went our separate ways at Christmas, I'm seeing {v} now.",
            "Can you put {v} down as my partner? I'm not with {old} any more.",
        ],
        "ask_now": ["Who am I going out with at the moment?", "Who's my boyfriend these days?"],
        "ask_then": ["Who was I seeing before my current partner?"],
    },
    "job": {
        "tell": [
            "I work at {v}.",
            "I've got a job at {v}, been there a while.",
            "I do admin at {v}, nine to five.",
        ],
        "change": [
            "I've changed jobs, I'm at {v} now.",
            "I left {old} in the summer and started at {v}, better hours.",
            "I handed in my notice at {old}, my first day at {v} was Monday.",
        ],
        "ask_now": ["Where am I working at the moment?", "Who do I work for now?"],
        "ask_then": [
            "Where was I working before I changed jobs?",
            "Who did I work for before my current job?",
        ],
    },
    "car": {
        "tell": [
            "I've got {v}, if you need the car details.",
            "My car's {v}.",
            "I'll come in my car, it's {v}.",
        ],
        "change": [
            "I've got a new car, {v}.",
            "I don't have {old} any more, I drive {v} now.",
            "The old car failed its MOT, so I went out and bought {v}.",
        ],
        "ask_now": ["Which car have I got at the moment?", "What am I driving these days?"],
        "ask_then": ["Which car did I drive before the new one?"],
    },
    "doctor": {
        "tell": [
            "My doctor is {v}.",
            "I'm registered with {v} at the health centre.",
            "{v} is my GP, has been for years.",
        ],
        "change": [
            "I've got a new GP, {v}.",
            "I've moved to a different surgery, so I'm registered with {v} now, not {old}.",
            "I fell out with {old}, so I asked to be moved and I see {v} now.",
        ],
        "ask_now": ["Which GP am I registered with?", "Who's my doctor at the moment?"],
        "ask_then": ["Which doctor did I see before I changed?"],
    },
    "dentist": {
        "tell": [
            "I'm booked in at the dentist on {v}.",
            "My next check-up at the dentist is {v}.",
            "I've got a dental appointment on {v}, so that day's out.",
        ],
        "change": [
            "My dentist appointment's been moved to {v}.",
            "I had to cancel the dentist on {old} because of work, they've rebooked me for {v}.",
            "You've got the wrong date for my dentist appointment, it's {v} now, they changed it.",
        ],
        "ask_now": ["What day am I seeing the dentist?", "When's my next dental appointment?"],
        "ask_then": ["What date was my dentist appointment before it got moved?"],
    },
    "contact": {
        "tell": [
            "Please {v} me, that's easiest.",
            "If you need me, just {v} me.",
            "It's best if you {v} me, to be honest.",
        ],
        "change": [
            "Can you {v} me from now on instead?",
            "Please {v} me now, don't {old} me any more.",
            "My preference has changed, best to {v} me these days.",
        ],
        "ask_now": ["What's the best way to get hold of me?", "How do I want you to reach me?"],
    },
    "nickname": {
        "tell": [
            "Everyone calls me {v}.",
            "I go by {v}.",
            "Call me {v}, please, I never use my full name.",
        ],
        "change": [
            "I'd like to be called {v} now, please.",
            "Can you call me {v} from now on? I don't go by {old} any more.",
            "I've outgrown {old}, it's {v} these days.",
        ],
        "ask_now": ["What do I like to be called?", "What name should you use for me?"],
    },
}


def plain_kinds() -> list[Kind]:
    """The kinds with the eighth held-out phrasing."""
    return heldout_kinds(_PLAIN)
