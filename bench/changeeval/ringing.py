"""A twelfth held-out phrasing of the same facts (`generate --phrasing ringing`, written to
`bench/changeeval/ringing/`).

Written blind by a helper session: without reading the supersession rules, the other
phrasings or their generated sets, and without running omem or any benchmark on these words.
Only the kinds' values and prompts (bench/changeeval/facts.py) were read. The callers ring a
voice assistant at an estate agent's, a dentist's reception, a gym, a takeaway and a
veterinary practice, and talk the way people of every age do on the phone: plain statements,
statements with a reason or an aside ("she's due her jabs"), requests to update the record
("Could you change the name on my file to ..."), corrections of what is on file ("The email on
file is wrong now"), and changes told through what happened ("We had to have ... put to
sleep", "My old car got written off"). The value comes first, last or in the middle; some
changes name the old value and some do not. Every change leaves no doubt that the old value
no longer holds, and is about the caller.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_RINGING: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I'm at {v}, if you're after an address for the viewing paperwork.",
            "Put me down at {v}, I've lived there about six years.",
            "My address? It's {v}, love.",
        ],
        "change": [
            "We've sold up and left {old}, so anything you post should go to {v} now.",
            "Could you update my address, please? It's {v} now, we moved in on Saturday.",
            "The lease on the old flat ran out, so I'm living at {v} these days, "
            "I'm not at the old address any more.",
        ],
        "ask_now": [
            "Where am I living these days?",
            "Can you read me back the address I'm at now?",
        ],
        "ask_then": [
            "Where was I living before the move?",
            "Which address was I at before I moved?",
        ],
    },
    "phone": {
        "tell": [
            "Best to ring me on {v}, that's my mobile.",
            "My phone number's {v} if the vet needs to ring about the results.",
            "If you need me, it's {v}, I always have it on me.",
        ],
        "change": [
            "I've switched networks and lost my old number, so it's {v} now.",
            "Please take {old} off my file, that number's dead, I'm on {v} now.",
            "Can you update my phone number to {v}? The old one doesn't work any more.",
        ],
        "ask_now": [
            "What number should you phone me on now?",
            "Which mobile number have you got down for me at the moment?",
        ],
        "ask_then": ["Which number did I have before I changed it?"],
    },
    "email": {
        "tell": [
            "My email address is {v}, all lowercase.",
            "You can email me at {v}.",
            "For the booking confirmation, my email is {v}.",
        ],
        "change": [
            "I've closed my old email account, so please use {v} from now on.",
            "The email you've got on file is wrong now, it's {v}, the other one's been shut down.",
            "My old email, {old}, doesn't exist any more, I'm on {v} now.",
        ],
        "ask_now": [
            "Which email address am I using now?",
            "Where should emails to me go these days?",
        ],
        "ask_then": ["What email address did I use before I switched?"],
    },
    "dose": {
        "tell": [
            "For your records, I take {v} once a day.",
            "I'm on {v}, that's my blood pressure tablet.",
            "The only thing I take is {v}, every morning with breakfast.",
        ],
        "change": [
            "My GP's changed my tablets, I'm taking {v} now, not {old}.",
            "Can you update my medication? It's {v} from this week, I've stopped the old dose.",
            "After my last check-up they put me on {v}, so the dose you've got is out of date.",
        ],
        "ask_now": [
            "What dose of lisinopril am I taking these days?",
            "How many milligrams of lisinopril do I take at the moment?",
        ],
        "ask_then": ["How much lisinopril was I taking before the dose changed?"],
    },
    "class": {
        "tell": [
            "I've got pottery on {v}, so don't book me in then.",
            "I go to a pottery class on {v}, every week without fail.",
            "Not {v}, sorry, that's when I do my pottery class.",
        ],
        "change": [
            "My pottery class isn't on {old} any more, it's on {v}.",
            "The pottery teacher changed the timetable, so my class is on {v} now.",
            "Heads up, pottery's switched to {v}, so I'm free on the old day.",
        ],
        "ask_now": ["What day is my pottery class on now?", "When do I have pottery these days?"],
        "ask_then": ["When was my pottery class on before the timetable changed?"],
    },
    "coffee": {
        "tell": [
            "I can't function without my {v}, I have a big mug every morning.",
            "I'm a huge {v} drinker, three cups a day at least.",
            "I have {v} with breakfast every single day.",
        ],
        "change": [
            "I've cut out {v} altogether, it was wrecking my sleep.",
            "Don't put {v} on my order any more, I've stopped drinking it.",
            "I'm off the {v} for good now, I haven't had a cup since January.",
        ],
        "ask_now": [
            "Am I a coffee drinker at the moment?",
            "Is coffee something I have these days?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, I'm a proper carnivore.",
            "Put me down as a {v} lover, the beef burger's my usual.",
            "I'd have {v} every night if I could, steak's my favourite.",
        ],
        "change": [
            "I've gone vegetarian, so I don't eat {v} any more.",
            "Take the beef off my usual, I've cut out {v} completely.",
            "I've given up {v} since my heart scare, and I won't be eating it again.",
        ],
        "ask_now": [
            "Do I eat red meat these days?",
            "Is red meat all right for me at the moment?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea's {v}, I drink it by the pot.",
            "If you're putting a tea in, make it {v}, it's my favourite.",
            "I'd pick {v} over any other tea, hands down.",
        ],
        "change": [
            "I've gone right off {old}, my favourite tea is {v} now.",
            "Please update the note, {v} is my favourite tea these days, not the old one.",
            "My tastes have changed, {v} is the tea I love most now.",
        ],
        "ask_now": ["Which tea do I like best now?", "What tea do I prefer these days?"],
        "ask_then": ["Which tea did I like best before my tastes changed?"],
    },
    "pet": {
        "tell": [
            "I've got a little cat called {v}, she's due her jabs.",
            "My cat's name is {v}, she's a tabby.",
            "It's about my cat, {v}, she's been off her food.",
        ],
        "change": [
            "I'm ringing to cancel {old}'s check-up, she died on Sunday.",
            "We had to have {old} put to sleep last week, so I don't have a cat any more.",
            "Please take {old} off your records, she passed away in her sleep.",
        ],
        "ask_now": ["Have I got a cat at the moment?", "Is there a cat at my house these days?"],
    },
    "partner": {
        "tell": [
            "My partner's {v}, we've been together five years.",
            "I'm booking for me and my boyfriend, {v}.",
            "My other half, {v}, will be collecting the keys with me.",
        ],
        "change": [
            "{old} and I broke up in January, I'm with {v} now.",
            "Just so you know, my partner is {v} these days, not {old}.",
            "I've got a new boyfriend, {v}, my last relationship ended a while back.",
        ],
        "ask_now": ["Who am I going out with now?", "Who's my current boyfriend?"],
        "ask_then": ["Who was I seeing before my current partner?"],
    },
    "job": {
        "tell": [
            "I work at {v}, I've been there since I left school.",
            "My employer is {v}, nine to five.",
            "I'm employed by {v}, so I can only do viewings after five.",
        ],
        "change": [
            "I've left {old}, I'm working at {v} now.",
            "New job! I'm at {v} now, so update my employer, please.",
            "I was made redundant from my last job, and now I work for {v}.",
        ],
        "ask_now": ["Who do I work for these days?", "Where am I working now?"],
        "ask_then": ["Where was I working before I changed jobs?"],
    },
    "car": {
        "tell": [
            "I drive {v}, if you need it for the parking permit.",
            "My car's {v}, it'll be in the car park.",
            "The only car I've got is {v}.",
        ],
        "change": [
            "I sold the old car, so I drive {v} now.",
            "Please update the parking permit, I've got {v} now, the other car's gone.",
            "My old car got written off in a crash, and I'm driving {v} these days.",
        ],
        "ask_now": [
            "What car am I driving at the moment?",
            "Which car should my parking permit be for now?",
        ],
        "ask_then": ["What was I driving before I changed cars?"],
    },
    "doctor": {
        "tell": [
            "I'm registered with {v} at the health centre.",
            "My family doctor's {v}, if you need to send anything.",
            "It's {v} I see at the surgery, has been for years.",
        ],
        "change": [
            "I've changed surgeries, so I'm with {v} now, not {old}.",
            "Can you update my GP? It's {v} since I moved practice.",
            "{old} has retired, so my GP is {v} now.",
        ],
        "ask_now": [
            "Which GP am I registered with at the moment?",
            "Who's my family doctor now?",
        ],
        "ask_then": ["Which doctor was my GP before I switched?"],
    },
    "dentist": {
        "tell": [
            "My dentist appointment's on {v}, it's just a check-up.",
            "I'm booked in with the dentist on {v}.",
            "Just confirming I'm down for the dentist on {v}.",
        ],
        "change": [
            "I rang and moved my dentist appointment to {v}, the old date's cancelled.",
            "My dental check-up's not on {old} any more, it's on {v}.",
            "The dentist had to reschedule, so my appointment is on {v} now.",
        ],
        "ask_now": [
            "What date is my dental appointment now?",
            "When am I seeing the dentist next?",
        ],
        "ask_then": ["What date was my dental appointment before it was moved?"],
    },
    "contact": {
        "tell": [
            "If you need me, {v} me, that's easiest.",
            "I'd prefer it if you {v} me about the booking.",
            "The best way to reach me is to {v} me.",
        ],
        "change": [
            "Don't {old} me any more, please {v} me instead.",
            "My preferences have changed, I'd like you to {v} me from now on.",
            "Since I started nights the old way doesn't suit me, so please {v} me from now on.",
        ],
        "ask_now": [
            "What's the best way to reach me these days?",
            "How would I like you to get hold of me?",
        ],
    },
    "nickname": {
        "tell": [
            "Everyone calls me {v}, so you might as well too.",
            "I go by {v}, not my full name.",
            "Call me {v}, please, nobody uses my proper name.",
        ],
        "change": [
            "I don't go by {old} any more, it's {v} now.",
            "Could you change the name on my file to {v}? That's what I'm called these days.",
            "I've dropped the old nickname, I'm {v} now.",
        ],
        "ask_now": ["What do I like to be called now?", "What name should you use for me?"],
    },
}


def ringing_kinds() -> list[Kind]:
    """The kinds with the twelfth held-out phrasing."""
    return heldout_kinds(_RINGING)
