"""A seventy-second held-out phrasing of the same facts (`generate --phrasing outofdate`,
written to `bench/changeeval/outofdate/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers tell each change as the agent's records being out of date or wrong rather than as
news: the old value named and disowned ("you've still got me at {old}, that's out of date, I'm
at {v} now"), the record thrown away whatever it says ("whatever you have for my mobile, bin
it, the number's {v} now"), the system or calendar being behind ("your system's behind, my GP
changed months ago, it's {v}"), stale details ("the email you have on file is stale"), an old
value handed over by mistake after a change ("I think I gave you my old email last time by
mistake"), requests to overwrite ("please overwrite my dentist date") and "that's the old one".
Tells are ordinary, some checking what the agent has first ("have you got my address? It's
{v}"). The callers are British and American, the sentences short and long, the value early, in
the middle or last, and every change leaves no doubt that the new value is the current one (or,
for the cat, coffee and red meat, that the old one no longer holds).
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

OUTOFDATE_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Have you got my address? It's {v}, that's home.",
            "I live at {v}, for your records.",
            "For the file, my home address is {v}.",
            "Home is {v}, if you need it for the delivery.",
        ],
        "change": [
            "You've still got me at {old}, that's out of date, I'm at {v} now.",
            "Your records are behind, we moved house, the new address is {v}.",
            "Whatever home address you've got for me, bin it, we've moved, we live at {v} now.",
            "Can you overwrite my address? {old} is the old one, home is {v} these days.",
        ],
        "ask_now": [
            "What's my address?",
            "Which address have you got on file for me now?",
            "Where do I live these days?",
        ],
        "ask_then": [
            "What was my old address?",
            "Where did I live before the move?",
            "Which address did you have for me before I updated it?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile number is {v}.",
            "Do you have a number for me? It's {v}, that's my mobile.",
            "The best number to reach me on is {v}.",
            "You can get me on my cell, {v}.",
        ],
        "change": [
            "Whatever you have for my mobile, bin it, the number's {v} now.",
            "You've got an out-of-date phone number for me, I changed it, it's {v}.",
            "Right, {v}, that's my phone number now, the one on your file is the old one.",
            "If you've still got {old}, that's my old number and it doesn't work any more. "
            "Please use my new number, {v}.",
        ],
        "ask_now": [
            "What's my phone number?",
            "Which number should you call me on now?",
            "What's my current mobile number?",
        ],
        "ask_then": [
            "What was my old phone number?",
            "What number did I have before I changed it?",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}.",
            "Have you got my email? It's {v}.",
            "For receipts, my email address is {v}.",
            "Send everything to my email, {v}, I check it every day.",
        ],
        "change": [
            "The email you have on file is stale, I don't use it any more, it's {v} now.",
            "I changed my email a while back and I think I gave you the old one last time "
            "by mistake. My email is {v} now.",
            "Please overwrite my email address, {old} is the old one, the new one is {v}.",
            "It's {v}, that's my new email, your records are out of date on that.",
        ],
        "ask_now": [
            "What's my email address?",
            "Which email do you have for me now?",
            "Which email should you send my receipts to?",
        ],
        "ask_then": [
            "What was my old email?",
            "Which email address did I use before?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v} for my blood pressure.",
            "I take {v} each morning, for the blood pressure.",
            "Have you got my medication down? It's {v}, once a day.",
            "My blood pressure tablet is {v}.",
        ],
        "change": [
            "Your notes on my blood pressure pills will be out of date, the doctor changed "
            "my dose, I'm on {v} now.",
            "You've still got me on {old}, that's the old dose, it's {v} from now on.",
            "Whatever dose you have written down, scratch that, my doctor moved me to {v} "
            "last week.",
            "The dose in your system is behind, I take {v} now for my blood pressure.",
        ],
        "ask_now": [
            "How much lisinopril do I take?",
            "What dose am I on now for my blood pressure?",
            "What's my current lisinopril dose?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before?",
            "What was my old blood pressure dose?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}.",
            "I do pottery on {v}, so don't book anything then.",
            "Have you got my pottery class down? It's {v}.",
            "I've got pottery class every week, {v}.",
        ],
        "change": [
            "The pottery day you've got is out of date, they moved the class to {v}.",
            "You've probably still got pottery on {old}, that's the old schedule, it's {v} now.",
            "Please update my pottery class, it changed, it's on {v} from now on.",
            "Your calendar's behind, pottery switched to {v} this term.",
        ],
        "ask_now": [
            "When is my pottery class?",
            "Which day is pottery now?",
            "When do I do pottery these days?",
        ],
        "ask_then": [
            "Which day was pottery before it moved?",
            "When was my pottery class on the old schedule?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink {v} every morning, two cups, black.",
            "I'm a big {v} drinker, first thing every day.",
            "Put me down for {v}, I have it every morning.",
            "Have you got my usual? Black {v}, I can't start the day without it.",
        ],
        "change": [
            "Your notes say I drink {v}, that's out of date, I've given it up completely.",
            "If you've got me down for {v}, that's old information, I don't drink it any more.",
            "Whatever you've got about me and {v}, bin it, I quit, doctor's orders.",
            "Your file's behind, no more {v} for me, I stopped a few weeks ago.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "How do I take my coffee?",
            "Should my order have coffee in it?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, I love a good steak.",
            "Have you got my dinner preferences? I'm a {v} eater, steak every Friday.",
            "I'm big on {v}, put me down for the steak.",
            "Steak for me, please, I eat {v} all the time.",
        ],
        "change": [
            "Your dietary notes are out of date, I don't eat {v} any more, I'm vegetarian now.",
            "If you still have me down as a {v} eater, that's stale, I went vegetarian.",
            "Scrap the steak note on my file, I've stopped eating {v}, I'm vegetarian.",
            "Your system's behind, I'm vegetarian these days, so no {v} at all.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary restrictions for me?",
            "Am I vegetarian, or do I eat meat?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}.",
            "For the basket, {v}, that's my favourite tea.",
            "If it's tea, make it {v}, that's my favourite.",
            "Have you got my favourite tea down? It's {v}.",
        ],
        "change": [
            "Your note on my favourite tea is out of date, it's {v} now.",
            "If you've got {old} as my favourite tea, that's the old one, I've moved on to {v}.",
            "Please overwrite my favourite tea, these days it's {v}.",
            "Oh, {v} is my favourite tea now, your records are behind on that.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea should go in my basket?",
            "What tea do I like best these days?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I use to like best?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}.",
            "Our cat {v} runs the house, she's a handful.",
            "Have you got our cat on file? She's called {v}.",
            "It's just me and my cat, {v}.",
        ],
        "change": [
            "Your file still lists {old} as our cat, that's out of date, sadly she died "
            "last month.",
            "You can take {old} off my records, we lost her in the spring, we don't have a "
            "cat any more.",
            "If you've still got {old} down, that's old news, we had to rehome her, "
            "my allergies got too bad.",
            "Your system's behind, {old} passed away, so there's no cat in the house now.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How is my cat doing?",
            "Have I got a cat at the moment?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} and I are going away for the weekend.",
            "My partner {v} is doing the cooking this time.",
            "Have you got my partner down? His name is {v}.",
            "I'll be bringing my partner, {v}.",
        ],
        "change": [
            "You've still got {old} as my partner, that's out of date, we split up, "
            "I'm with {v} now.",
            "Whatever name you've got for my partner, bin it, my partner is {v} these days.",
            "Your records are behind, {old} and I broke up months ago, my boyfriend now is {v}.",
            "Please overwrite my partner's name, it's {v} now.",
        ],
        "ask_now": [
            "Who is my partner?",
            "What's my partner's name?",
            "Who am I with these days?",
        ],
        "ask_then": [
            "Who was I with before?",
            "Who was my old partner?",
            "What was my ex's name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}.",
            "Have you got my employer? It's {v}, I've been there for years.",
            "My job's at {v}, it's steady work.",
            "I'm at {v}, that's where I work.",
        ],
        "change": [
            "Your records have my old job, I left, I work at {v} now.",
            "You've still got me working at {old}, that's out of date, I started a new job "
            "at {v}.",
            "The employer on your system is stale, I work at {v} these days.",
            "Whatever you've got for my work, scratch it, I've changed jobs, I'm at {v} now.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who is my employer?",
            "Where am I working these days?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}.",
            "My car is {v}.",
            "Have you got my car down? It's {v}.",
            "For parking, I'll be in {v}, that's my car.",
        ],
        "change": [
            "The car on your file is out of date, we traded it in, I drive {v} now.",
            "You've still got me down for {old}, that's the old car, I sold it, my car is {v}.",
            "Whatever car you have for me, bin it, I got a new one, it's {v}.",
            "Your system's behind on my car, I drive {v} these days.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What's my car?",
            "Which car should you expect me in?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}.",
            "I see {v} at the Elm Street practice, she's my GP.",
            "Have you got my GP's name? It's {v}.",
            "The doctor I'm registered with is {v}, she's my GP.",
        ],
        "change": [
            "Your system's behind, my GP changed months ago, it's {v}.",
            "You've still got {old} as my GP, that's out of date, I'm with {v} now.",
            "Please update my GP, the one you have is stale, I've switched to {v}.",
            "Whatever doctor you have on file, that's the old one, my GP is {v} these days.",
        ],
        "ask_now": [
            "Who is my GP?",
            "Which doctor do I see?",
            "Who's my doctor now?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}.",
            "I've got the dentist on {v}.",
            "Have you got my dentist date? It's {v}.",
            "Can you put the dentist in for {v}? That's my appointment.",
        ],
        "change": [
            "Please overwrite my dentist date, the appointment was moved to {v}.",
            "You've still got the dentist down for {old}, that's out of date, they "
            "rescheduled it to {v}.",
            "Your calendar's behind, my dentist appointment is on {v} now.",
            "The dentist date you have is the old one, it got moved, it's {v} now.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "What date is the dentist now?",
            "When am I seeing the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What was the old date for the dentist?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me rather than anything else.",
            "It's best to {v} me, that's how I like to be contacted.",
            "Have you got my contact preference? Please {v} me.",
            "If you need to reach me, {v} me, that's what I prefer.",
        ],
        "change": [
            "Your notes on how to contact me are out of date, from now on please {v} me instead.",
            "If your file says to {old} me, that's the old preference, I'd rather you {v} me now.",
            "Whatever contact preference you've got, bin it, please {v} me from now on.",
            "Your system's behind on how I like to be contacted, please {v} me these days.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text, email or call me?",
            "What's the best way to contact me?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, everyone does.",
            "Just call me {v}.",
            "Have you got my nickname down? Call me {v}.",
            "I go by {v}, so call me that.",
        ],
        "change": [
            "If you've still got {old} as what to call me, that's out of date, call me {v} now.",
            "Your records have my old nickname, I go by {v} these days.",
            "Please overwrite the name I go by, call me {v} from now on.",
            "Whatever name you've got down for me, scrap it, I go by {v} now.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What's my nickname these days?",
        ],
    },
}


def outofdate_kinds() -> list[Kind]:
    """The kinds with the seventy-second held-out phrasing."""
    return heldout_kinds(OUTOFDATE_UPPER)
