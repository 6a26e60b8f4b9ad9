"""A tenth held-out phrasing of the same facts (`generate --phrasing lastly`, written to
`bench/changeeval/lastly/`).

Written blind by a helper session (an AI assistant) that had not read the supersession rules,
the tests or any of the other phrasings, and that never ran omem or the benchmark on these
words before they were frozen. It read only `facts.py` (for each kind's values, so that every
template reads well with every value) and the shape of `novel.py`. The sentences imagine a
month of calls to a voice assistant at a pharmacy, a physiotherapy clinic, a dog groomer's, a
bank's helpline and a community centre, from young and old callers, chatty and terse: plain
statements, statements with a reason or an aside, requests to update the record, corrections
of what the agent has on file, and changes told through what happened ("The old number's been
cut off", "We got the keys to ..."). The value comes first, last or in the middle; some
changes name the old value and some do not. Every change leaves no doubt that the old value no
longer holds, and is about the caller themself.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_LASTLY: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Home is {v}, has been for about ten years.",
            "Post for me goes to {v}, that's where I live.",
            "I'm at {v}, if you need my address for the delivery.",
        ],
        "change": [
            "We got the keys to {v} on Friday and handed the old place back, so that's home now.",
            "We're not at {old} any more, we moved to {v} in June.",
            "Can you change my address? It's {v} now, we've left the old house.",
        ],
        "ask_now": ["Where am I living these days?", "What's the address on my file now?"],
        "ask_then": ["Where was I living before the move?", "What address did I have before?"],
    },
    "phone": {
        "tell": [
            "It's {v}, that's my mobile.",
            "Ring me on {v}, that's the one I always have on me.",
            "If anything comes up about the prescription, my number is {v}.",
        ],
        "change": [
            "I lost my phone in town and had to get a new number, it's {v}.",
            "The old number's been cut off, so use {v} from now on.",
            "Could you update my mobile? I'm on {v} now, the old one doesn't work any more.",
        ],
        "ask_now": ["Which number have you got for me now?", "What mobile should you ring me on?"],
        "ask_then": ["Which number was I using before?"],
    },
    "email": {
        "tell": [
            "You can email me at {v}.",
            "Oh, it's {v}, that's my email address.",
            "I check {v} every day, so that's the email to use.",
        ],
        "change": [
            "My email's changed to {v}, the old account is closed.",
            "I shut down my old email, so write to me at {v} now.",
            "Could you swap my email over to {v}? The one you've got doesn't exist any more.",
        ],
        "ask_now": ["What email address am I using now?", "Where should my emails go?"],
        "ask_then": ["Which email address did I have before?"],
    },
    "dose": {
        "tell": [
            "I'm taking {v} once a day.",
            "Every morning with breakfast it's {v}, for the blood pressure.",
            "My repeat prescription is {v} a day.",
        ],
        "change": [
            "The GP has put me on {v} instead of what I was on, starting this week.",
            "I'm not on {old} any more, it's {v} now.",
            "After my check-up they changed my prescription, so it's {v} a day from here on.",
        ],
        "ask_now": [
            "How many milligrams of lisinopril am I on now?",
            "What lisinopril dose is on my record at the moment?",
        ],
        "ask_then": ["How many milligrams of lisinopril was I taking before it changed?"],
    },
    "class": {
        "tell": [
            "Pottery is {v} for me, every week without fail.",
            "I've got my pottery class on {v}.",
            "I'm at pottery on {v}, so don't book me in then.",
        ],
        "change": [
            "Pottery isn't on {old} any more, it's {v}.",
            "The pottery teacher changed days, so my class is on {v} now.",
            "They dropped the old slot at the community centre, my pottery's on {v} now.",
        ],
        "ask_now": ["What day is pottery for me now?", "When do I go to pottery these days?"],
        "ask_then": ["When was my pottery class before they changed it?"],
    },
    "coffee": {
        "tell": [
            "I can't start the day without {v}, three cups before nine.",
            "Put me down as a {v} drinker, a big one.",
            "I'm on my second {v} already this morning, I have it every day.",
        ],
        "change": [
            "I've cut out {v} altogether, it was keeping me up at night.",
            "Since the palpitations started I don't have {v} at all, not a drop.",
            "Don't offer me {v} any more, I'm off it for good.",
        ],
        "ask_now": ["Am I a coffee drinker, as far as you know?", "Is coffee something I drink?"],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, I can't help it.",
            "Put me down as a {v} eater, a burger or a steak most nights.",
            "Honestly, a meal isn't a meal for me without {v}.",
        ],
        "change": [
            "I went vegetarian in January, so I don't touch {v} any more.",
            "No {v} for me now, I've cut it out completely.",
            "I used to have {v} every day, but I stopped, I haven't had any since the spring.",
        ],
        "ask_now": [
            "Is red meat something I eat?",
            "What have you got down about me and red meat?",
        ],
    },
    "favourite": {
        "tell": [
            "If it's tea, it's {v} for me, my favourite by a mile.",
            "Honestly, {v} is the tea I like best.",
            "The tea I always go for is {v}, it's my favourite.",
        ],
        "change": [
            "My favourite tea isn't {old} any more, it's {v}.",
            "I got sick of {old}, so my favourite tea now is {v}.",
            "Can you change my favourite tea to {v}? I've gone right off the other one.",
        ],
        "ask_now": ["Which tea do I like best?", "What tea am I fond of these days?"],
        "ask_then": ["Which tea did I use to like best?"],
    },
    "pet": {
        "tell": [
            "We've got a cat, {v}, she's nine and bossy.",
            "{v}'s our cat, she sleeps on everything.",
            "I've a little tabby at home called {v}.",
        ],
        "change": [
            "{old} died last week, so there's no cat in the house now.",
            "We gave {old} to my niece when we moved into the flat, no pets allowed, so no cat.",
            "My cat {old} was put to sleep in March, and we haven't got another.",
        ],
        "ask_now": ["Have I got a cat at the moment?", "Is there a cat at my place these days?"],
    },
    "partner": {
        "tell": [
            "I live with my partner, {v}.",
            "{v}, my partner, will be picking me up after physio.",
            "I'm going out with {v}, we've been together two years.",
        ],
        "change": [
            "{old} and I broke up in March, I'm with {v} now.",
            "My partner is {v} these days, not {old}, we ended things.",
            "I've a new boyfriend, {v}, the last one is history.",
        ],
        "ask_now": ["Who am I going out with?", "Who's the person I'm with now?"],
        "ask_then": ["Who was I going out with before?"],
    },
    "job": {
        "tell": [
            "I'm at {v}, in the accounts office.",
            "I work for {v}, full time.",
            "My salary comes from {v}, that's where I work.",
        ],
        "change": [
            "I handed in my notice at the old place and started at {v} on Monday.",
            "I don't work at {old} any more, I'm at {v} now.",
            "I left {old} in the summer and joined {v}.",
        ],
        "ask_now": ["Where am I working these days?", "Who do I work for now?"],
        "ask_then": ["Where did I use to work?", "Which job did I leave?"],
    },
    "car": {
        "tell": [
            "I've got {v}, if you need it for the parking permit.",
            "I get about in {v}.",
            "It'll be {v} in the car park, that one's mine.",
        ],
        "change": [
            "I sold my old car and bought {v}.",
            "My old car went to the scrapyard, I'm driving {v} now.",
            "I'm in {v} these days, the old car failed its MOT and I got rid of it.",
        ],
        "ask_now": ["What am I driving at the moment?", "Which car is mine now?"],
        "ask_then": ["What was I driving before?", "Which car did I get rid of?"],
    },
    "doctor": {
        "tell": [
            "{v} is my GP.",
            "I'm registered with {v} at the health centre.",
            "My family doctor is {v}, she knows my history.",
        ],
        "change": [
            "I've moved surgeries, I'm registered with {v} now.",
            "I'm not with {old} any more, my GP is {v}.",
            "{old} retired, so the practice has put me with {v}.",
        ],
        "ask_now": ["Which GP am I registered with?", "Who's my family doctor now?"],
        "ask_then": ["Which GP was I registered with before?"],
    },
    "dentist": {
        "tell": [
            "I'm booked in with the dentist on {v}.",
            "My next check-up at the dentist's is {v}.",
            "On {v} I've got the dentist, so I can't do physio that day.",
        ],
        "change": [
            "I had to move my dentist appointment, it's {v} now.",
            "The dentist rang, they've cancelled {old} and put me in for {v} instead.",
            "My dental check-up isn't on {old} any more, it's been pushed to {v}.",
        ],
        "ask_now": ["What date am I seeing the dentist?", "When's my next dental check-up?"],
        "ask_then": ["Which date was I booked in at the dentist's before it was moved?"],
    },
    "contact": {
        "tell": [
            "If you need me, {v} me, that suits me best.",
            "I'd like you to {v} me, please, nothing else.",
            "The easiest way to get hold of me is to {v} me.",
        ],
        "change": [
            "Don't {old} me any more, {v} me instead.",
            "I'd rather you didn't {old} me these days, please {v} me.",
            "I've changed my mind about how you reach me, just {v} me from now on.",
        ],
        "ask_now": ["What's the best way to reach me?", "How should you get hold of me?"],
    },
    "nickname": {
        "tell": [
            "Everyone calls me {v}, you can too.",
            "It's {v} to my friends, use that please.",
            "I answer to {v}, nobody uses my full name.",
        ],
        "change": [
            "Don't call me {old} any more, I'd like {v} now.",
            "I've dropped {old}, I'm {v} these days.",
            "Could you put me down as {v}? Nobody calls me {old} now.",
        ],
        "ask_now": ["What name should you use for me?", "What do I like to be called?"],
    },
}


def lastly_kinds() -> list[Kind]:
    """The kinds with the tenth held-out phrasing."""
    return heldout_kinds(_LASTLY)
