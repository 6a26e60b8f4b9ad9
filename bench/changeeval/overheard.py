"""A sixth held-out phrasing of the same facts (`generate --phrasing overheard`, written to
`bench/changeeval/overheard/`).

Written blind, by a helper session that did not read the supersession rules, the tests, the
other held-out pools (heldout.py, the sentence pools of novel.py) or run omem on these words.
It read only facts.py, for each kind's values and prompts. The sentences are meant to sound
overheard on a phone line to a receptionist, in UK and US English: fillers ("Um", "Oh, and",
"Right, so"), the value first or last, a second clause about something else, requests to the
agent ("Could you put ... down as my partner instead of ..."), the cause of the change told
in the past tense ("We buried ... in the garden on Sunday", "I handed in my notice and
started at ..."), the old value crossed out ("Scratch the ... on my file") and idioms ("We
went our separate ways", "I've gone right off ..."). About a third of the changes never say
"new", "changed", "moved", "now" or "any more", yet a human reads each one way only: the old
value no longer holds.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_OVERHEARD: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Right, so home is {v}, that's where any post should go.",
            "{v}, that's me, it's where I live.",
            "Um, we're at {v}, have been for about six years.",
        ],
        "change": [
            "We sold up and the removal van dropped everything at {v} on Saturday, "
            "so that's home.",
            "Could you cross out {old} and put {v}? We handed the keys back last week.",
            "Oh, and I've moved house, I'm at {v} from this month, and I'd like the "
            "newsletter too.",
        ],
        "ask_now": [
            "Where's home for me, according to your notes?",
            "What address would you post something to me at?",
        ],
        "ask_then": [
            "Where was I living before the house move?",
            "What address did I have before this one?",
        ],
    },
    "phone": {
        "tell": [
            "If you need me, ring {v}, that's my mobile.",
            "Right, {v}, that's my number, I always have it on me.",
            "Oh, and for the callback, um, my number is {v}.",
        ],
        "change": [
            "I dropped my old phone in the canal and had to get a fresh SIM, so it's {v} "
            "from today.",
            "Please don't ring {old}, that line's been cut off; reach me on {v}.",
            "My number's changed, it's {v}, and could you remind me when you close on Fridays?",
        ],
        "ask_now": [
            "What number do you ring me on?",
            "Which phone number have you got for me?",
        ],
        "ask_then": ["What was the phone number I used to have?"],
    },
    "email": {
        "tell": [
            "Email's {v}, that's the one I check.",
            "You can email me at {v}.",
            "Um, {v} is my email address, all lower case.",
        ],
        "change": [
            "I've shut down the old email account, so anything for me should go to {v}.",
            "Can you swap my email over to {v}? The other one's full of spam and I've closed it.",
            "Oh, and I've got a new email, it's {v}, please stop using {old}.",
        ],
        "ask_now": [
            "What's the email you'd write to me at?",
            "Can you read me back my email address?",
        ],
        "ask_then": ["Which email address was I using before?"],
    },
    "dose": {
        "tell": [
            "I'm taking {v} once a day, in the morning.",
            "For the blood pressure it's {v}, one tablet a day.",
            "{v}, that's my daily dose.",
        ],
        "change": [
            "After my check-up the doctor rewrote my prescription, it's {v} a day from here on.",
            "Scratch the {old} on my file, I'm taking {v} instead.",
            "Um, my dose has changed, I'm on {v} now, and I've got a follow-up in six weeks.",
        ],
        "ask_now": [
            "What dose of the blood pressure tablet am I taking?",
            "How many milligrams of lisinopril am I on?",
        ],
        "ask_then": ["What was my lisinopril dose before it was adjusted?"],
    },
    "class": {
        "tell": [
            "I go to pottery on {v}, it's the highlight of my week.",
            "{v} I'm at pottery, so I can't do anything then.",
            "Oh, I've got pottery every week, on {v}.",
        ],
        "change": [
            "The pottery teacher can't do the old slot any longer, so class is on {v} "
            "from next week.",
            "They've reshuffled the pottery timetable and I'm going on {v} instead.",
            "Oh, and my pottery class has moved to {v}, same teacher though.",
        ],
        "ask_now": [
            "When do I go to pottery each week?",
            "When am I busy with pottery?",
        ],
        "ask_then": ["When did I used to have pottery?"],
    },
    "coffee": {
        "tell": [
            "I can't start the day without a mug of {v}.",
            "Oh, I'm a {v} drinker, three cups before lunch.",
            "Strong {v} first thing every morning, that's me.",
        ],
        "change": [
            "My cardiologist told me to cut out {v}, so I haven't had a cup in a month.",
            "Please take {v} off my breakfast order, I've given it up for good.",
            "Um, I don't drink {v} any more, it was keeping me up at night.",
        ],
        "ask_now": [
            "Am I a coffee drinker?",
            "Should my order include coffee?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} pretty much every day, I'm a real carnivore.",
            "Put me down as a {v} lover, I'd have a burger any day.",
            "Oh, {v}'s a big part of what I eat, steak, lamb, the lot.",
        ],
        "change": [
            "I went vegetarian at New Year, so no {v} on my plate, thanks.",
            "I haven't touched {v} since January, I'm doing the vegetarian thing properly.",
            "Right, I've stopped eating {v}, so could you note it for the dinner booking?",
        ],
        "ask_now": [
            "Is red meat okay for me?",
            "Do I eat red meat at the moment?",
        ],
    },
    "favourite": {
        "tell": [
            "If I'm having tea, it's always {v}.",
            "Honestly, nothing beats {v}, it's my favourite tea.",
            "Oh, tea-wise, I'm all about {v}, it's my favourite.",
        ],
        "change": [
            "I've gone right off {old}, {v} is the tea I love most.",
            "My favourite tea used to be something else, but it's {v} these days.",
            "Oh, my favourite tea's different now, it's {v}.",
        ],
        "ask_now": [
            "Which tea do I like best?",
            "If you made me a cup of tea, which one would I want?",
        ],
        "ask_then": ["Which tea used to be my favourite?"],
    },
    "pet": {
        "tell": [
            "My cat {v} is curled up on my lap right now.",
            "I've got a cat, {v}, she's twelve.",
            "Um, {v}, that's my cat, she rules the roost.",
        ],
        "change": [
            "We buried {old} in the garden on Sunday, the house is so quiet.",
            "{old} had to be put to sleep last week, the vet said it was kindest.",
            "Oh, and my cat {old} died in March, so there's no cat at home.",
        ],
        "ask_now": [
            "Have I got a cat at home?",
            "What's my cat called?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} is picking me up afterwards.",
            "{v}, my partner, will be coming with me.",
            "Oh, me and my partner {v} have been together three years.",
        ],
        "change": [
            "{old} and I broke up, and I've been seeing {v} since the summer.",
            "Could you put {v} down as my partner instead of {old}? We went our separate ways.",
            "Um, I'm not with {old} any more, my boyfriend is {v}.",
        ],
        "ask_now": [
            "Who's my boyfriend?",
            "What's the name of the person I'm seeing?",
        ],
        "ask_then": ["Who was I seeing before my current partner?"],
    },
    "job": {
        "tell": [
            "I'm employed at {v}, full time.",
            "I work for {v}, Monday to Friday.",
            "Right, so my job's at {v}, I've been there since college.",
        ],
        "change": [
            "I handed in my notice and started at {v} last Monday.",
            "My last day at {old} was Friday, I'm at {v} from this week.",
            "Oh, I've got a new job at {v}, and the commute is much shorter.",
        ],
        "ask_now": [
            "Who do I work for?",
            "Where am I employed?",
        ],
        "ask_then": ["Where was I working before I started my current job?"],
    },
    "car": {
        "tell": [
            "I've got {v}, it's parked out front most days.",
            "Um, the car's {v}, in case anyone needs to know.",
            "I get around in {v}.",
        ],
        "change": [
            "The old car failed its MOT, so I scrapped it and bought {v} on Saturday.",
            "I've been driving {v} since the dealer took my other car off my hands.",
            "Right, I got a new car, it's {v}, and I'll need it on the booking.",
        ],
        "ask_now": [
            "What am I driving?",
            "Which car is mine?",
        ],
        "ask_then": ["What was I driving before?"],
    },
    "doctor": {
        "tell": [
            "I'm registered with {v}, she's lovely.",
            "{v}'s my GP, at the surgery on the high street.",
            "Um, my family doctor is {v}.",
        ],
        "change": [
            "{old} retired at Christmas, so I've registered with {v}.",
            "Please put {v} as my GP, I left {old}'s practice.",
            "Oh, I've changed GP, it's {v} now, and she's already sent for my notes.",
        ],
        "ask_now": [
            "Which GP am I registered with?",
            "Who's my family doctor?",
        ],
        "ask_then": ["Which GP was I registered with before?"],
    },
    "dentist": {
        "tell": [
            "I'm booked in at the dentist on {v}.",
            "Oh, I've got a check-up with the dentist, it's on {v}.",
            "On {v} I'm at the dentist, so keep that day clear.",
        ],
        "change": [
            "The dentist's receptionist rang and put my appointment on {v} instead.",
            "I couldn't make the dentist on {old}, so I've rebooked it for {v}.",
            "Right, my dentist appointment's been moved to {v}, um, same time though.",
        ],
        "ask_now": [
            "What day am I seeing the dentist?",
            "When's my next dental check-up?",
        ],
        "ask_then": ["What date was my dentist appointment before it was rebooked?"],
    },
    "contact": {
        "tell": [
            "The easiest way to reach me is if you {v} me.",
            "I'd always rather you {v} me, that's what works for me.",
            "Oh, um, {v} me, please, that's my preferred way.",
        ],
        "change": [
            "Please stop trying to {old} me, I'd much prefer you {v} me.",
            "I never see it when you {old} me, so could you {v} me instead from here on?",
            "Actually, I've changed my mind, please {v} me from now on.",
        ],
        "ask_now": [
            "What's the best way to get hold of me?",
            "Do I prefer a call, a text or an email?",
        ],
    },
    "nickname": {
        "tell": [
            "Everyone calls me {v}, so you might as well too.",
            "I'm {v} to my friends, so please use that.",
            "{v}'s fine, I don't use my full name.",
        ],
        "change": [
            "I've dropped the old nickname, could you call me {v} instead?",
            "Don't call me {old}, I've outgrown it, it's {v}.",
            "Oh, I go by {v} now, so please update the file.",
        ],
        "ask_now": [
            "What do I like to be called?",
            "Which name should you use when you greet me?",
        ],
    },
}


def overheard_kinds() -> list[Kind]:
    """The kinds with the sixth held-out phrasing."""
    return heldout_kinds(_OVERHEARD)
