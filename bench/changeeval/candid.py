"""A seventh held-out phrasing of the same facts (`generate --phrasing candid`, written to
`bench/changeeval/candid/`).

Written blind by a helper session: without reading the supersession rules, the tests or the
other held-out phrasings, and without running omem or any benchmark on these words; only the
kinds' values and prompts in facts.py were read, so that every template fits every value. The
sentences are shaped the way callers talk to a receptionist on a phone line (a GP surgery, a
salon, a restaurant, a delivery firm) in UK, US, Irish and Australian English, older and
younger: about half plain ("My address has changed, it's ... now."), half harder but still
read one way only: the change told through the event behind it ("Handed my notice in at ...
and started at ..."), requests and corrections of what is on file ("Could you cross out ...
on my file and put ...?"), the old value struck out ("Pottery's not ... any more"), idioms
("off the menu", "put to sleep"), the value first, fillers ("Um", "Oh, and", "Right") and a
second clause about something else. Every change is about the caller and leaves no doubt that
the old value no longer holds.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_CANDID: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I'm at {v}, if you need it for the file.",
            "Um, home is {v}, the one with the green door.",
            "{v}, that's where we've been living since the kids were small.",
        ],
        "change": [
            "My address has changed, it's {v} now.",
            "We sold the flat and got the keys to {v} on Friday, so that's home now.",
            "Could you cross out {old} on my file and put {v}? I'm not there any more.",
        ],
        "ask_now": [
            "Where would you send a letter to me these days?",
            "What address have you got for me now?",
        ],
        "ask_then": [
            "What address did I have before this one?",
            "Can you remind me what my previous address was?",
        ],
    },
    "phone": {
        "tell": [
            "My number's {v}.",
            "If you need to ring me, it's {v}, that's the mobile.",
            "Oh, and you can get me on {v} any time after nine.",
        ],
        "change": [
            "I've a new number now, {v}.",
            "Dropped my phone in the canal, so I had to get a new SIM, the number's {v} now, "
            "the old one's dead.",
            "You'll have {old} for me, but that's not mine any more, it's {v}.",
        ],
        "ask_now": [
            "Which number have you got for me at the moment?",
            "Can you read me back the number you'd ring me on now?",
        ],
        "ask_then": [
            "What was the number I had before I changed it?",
            "Which mobile number did you have for me previously?",
        ],
    },
    "email": {
        "tell": [
            "My email address is {v}.",
            "Send anything through to {v}, that's my email.",
            "Right, for email it's {v}, I check it every day.",
        ],
        "change": [
            "My email has changed to {v}.",
            "I closed down the old account, so anything for me goes to {v} now.",
            "Don't send anything to {old}, I can't get into it any more, use {v}.",
        ],
        "ask_now": [
            "What email are you sending my stuff to now?",
            "Can you tell me the email address you've got on my account at the moment?",
        ],
        "ask_then": ["What was my email before I switched?"],
    },
    "dose": {
        "tell": [
            "I'm taking {v} a day at the minute.",
            "For the blood pressure I'm on {v}, one in the morning.",
            "Um, the tablets, it's {v}, every day with breakfast.",
        ],
        "change": [
            "My dose has changed, I'm on {v} now.",
            "I saw the nurse on Monday and she's put me on {v} instead of {old}.",
            "The GP rang about my bloods and said to stop the {old} and take {v} from today.",
        ],
        "ask_now": [
            "How much of the lisinopril am I meant to be taking now?",
            "Remind me what strength my blood pressure tablets are at the moment?",
        ],
        "ask_then": ["How much lisinopril was I taking before they changed it?"],
    },
    "class": {
        "tell": [
            "I've got pottery on {v}.",
            "{v} are pottery for me, so don't book me in then.",
            "Oh, I go to a pottery class, it's {v}, down at the community centre.",
        ],
        "change": [
            "My pottery class has moved, it's on {v} now.",
            "The teacher couldn't do {old} any more, so pottery's on {v} from this week.",
            "Pottery's not {old} any more, you'll want to put it down as {v}.",
        ],
        "ask_now": [
            "What day's my pottery on these days?",
            "When do I go to pottery at the moment?",
        ],
        "ask_then": ["When was my pottery class before the schedule changed?"],
    },
    "coffee": {
        "tell": [
            "I have {v} every morning, can't function without it.",
            "Oh, I'm a {v} drinker, three cups a day, easy.",
            "Put me down for a {v} with my breakfast, I always have one.",
        ],
        "change": [
            "I've stopped drinking {v}.",
            "I haven't touched {v} since the heart scare, I'm off it for good.",
            "Um, take the {v} off my breakfast order, I don't drink it any more.",
        ],
        "ask_now": [
            "Am I a coffee drinker or not, these days?",
            "Should there be a coffee with my breakfast?",
        ],
    },
    "meat": {
        "tell": [
            "I eat a lot of {v}.",
            "Steak, lamb, you name it, I'm a {v} fan through and through.",
            "Oh, book the steak place, I eat {v} all the time.",
        ],
        "change": [
            "I don't eat {v} any more.",
            "I went vegetarian at New Year, so {v} is off the menu for me.",
            "Could you update my notes? No {v} for me now, I've cut it out completely.",
        ],
        "ask_now": [
            "Should the restaurant know anything about what I eat?",
            "Am I eating red meat at the moment?",
        ],
    },
    "favourite": {
        "tell": [
            "I'd always go for {v}, it's my favourite tea.",
            "If you're putting tea in, my favourite's {v}.",
            "I'm a fan of all teas really, but {v} is my absolute favourite.",
        ],
        "change": [
            "My favourite tea is {v} now.",
            "I've gone right off {old}, {v} is my favourite these days.",
            "Swap the {old} in the basket for {v}, that's my favourite now.",
        ],
        "ask_now": [
            "Which tea do I like best at the moment?",
            "What's my go-to tea now?",
        ],
        "ask_then": ["Which tea did I like best before?"],
    },
    "pet": {
        "tell": [
            "We've got a cat, {v}.",
            "{v}'s our cat, she's asleep on the keyboard as we speak.",
            "Oh, sorry, that's {v} in the background, our cat, she wants feeding.",
        ],
        "change": [
            "We don't have {old} any more, she died last week.",
            "I had to have {old} put to sleep on Saturday, the house is very quiet without her.",
            "You can take {old} off my notes, we gave her to my sister, we've no cat now.",
        ],
        "ask_now": [
            "Have I got a cat at the moment?",
            "Is there a cat in my house these days?",
        ],
    },
    "partner": {
        "tell": [
            "My partner's called {v}.",
            "{v} and I have been together six years now.",
            "Um, I'll be bringing my other half, {v}.",
        ],
        "change": [
            "I've a new partner now, {v}.",
            "{old} moved out in March, we're finished, and I've been with {v} since the summer.",
            "Please take {old} off as my partner, it's {v} now.",
        ],
        "ask_now": [
            "Who am I with at the moment?",
            "What's my other half called these days?",
        ],
        "ask_then": ["Who was my partner before the current one?"],
    },
    "job": {
        "tell": [
            "I work for {v}.",
            "Oh, I'm on the front desk at {v}, nine to five.",
            "I'm with {v}, have been since I left school.",
        ],
        "change": [
            "I've changed jobs, I'm at {v} now.",
            "Handed my notice in at {old} and started at {v} on Monday.",
            "Right, the work details are out of date, I'm not at {old} any more, "
            "I'm working at {v}.",
        ],
        "ask_now": [
            "Who am I working for at the moment?",
            "Where am I working these days?",
        ],
        "ask_then": [
            "Where was I working before I changed jobs?",
            "Who did I work for before this job?",
        ],
    },
    "car": {
        "tell": [
            "I've got {v}.",
            "For when I come in, I drive {v}.",
            "Um, my car's {v}, you'll see it out front.",
        ],
        "change": [
            "I've got a new car now, it's {v}.",
            "The old car failed its MOT so I scrapped it and bought {v}.",
            "You've probably still got me in the old car, but I drive {v} now, "
            "the other one's gone.",
        ],
        "ask_now": [
            "What am I driving at the moment?",
            "What car should you look out for when I arrive?",
        ],
        "ask_then": ["What was I driving before I changed cars?"],
    },
    "doctor": {
        "tell": [
            "My doctor's {v}.",
            "{v}'s my GP, has been for years.",
            "I'm registered with {v} at the surgery on the high street.",
        ],
        "change": [
            "I've got a new GP, {v}.",
            "{old} retired at Christmas and I've been moved over to {v}.",
            "Can you change my GP on the form to {v}? I'm not with {old} any more.",
        ],
        "ask_now": [
            "Which GP am I registered with right now?",
            "Who's my doctor at the moment?",
        ],
        "ask_then": ["Which GP did I have before the change?"],
    },
    "dentist": {
        "tell": [
            "I've got a dental appointment on {v}.",
            "Oh, and I'm at the dentist on {v}, so not that day.",
            "The dentist is booked for {v}, just a check-up.",
        ],
        "change": [
            "My dentist appointment's been moved to {v}.",
            "I can't make {old} for the dentist, so I rang and they've put me on {v} instead.",
            "The dentist cancelled on me for {old}, the new date is {v}.",
        ],
        "ask_now": [
            "When am I due at the dentist now?",
            "Which date is my dental check-up booked for?",
        ],
        "ask_then": ["What date was the dentist appointment before it got moved?"],
    },
    "contact": {
        "tell": [
            "I'd prefer you {v} me.",
            "Um, just {v} me if anything comes up, that's easiest.",
            "If you need me, {v} me, don't bother with anything else.",
        ],
        "change": [
            "From now on, could you {v} me instead?",
            "Don't {old} me any more, I'd rather you {v} me.",
            "Can you update how you reach me? Just {v} me now, the old way's no good to me.",
        ],
        "ask_now": [
            "What's the best way to get hold of me these days?",
            "Do I want texts, emails or calls at the moment?",
        ],
    },
    "nickname": {
        "tell": [
            "I go by {v}.",
            "It's {v} to my friends, so call me that.",
            "{v}, please, nobody calls me by my full name.",
        ],
        "change": [
            "I'd like to be called {v} now, not {old}.",
            "I've dropped {old}, it never suited me, it's {v} from here on.",
            "You've got me down as {old}, but I go by {v} now, can you change that?",
        ],
        "ask_now": [
            "What do I like to be called now?",
            "Which name should you use when you greet me?",
        ],
    },
}


def candid_kinds() -> list[Kind]:
    """The kinds with the seventh held-out phrasing."""
    return heldout_kinds(_CANDID)
