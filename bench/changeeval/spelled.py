"""A seventy-fourth held-out phrasing of the same facts (`generate --phrasing spelled`, written
to `bench/changeeval/spelled/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers make sure the agent gets it down exactly, British and American, in short and long
sentences with the value early, in the middle or late. They say the value and then say it
again ("My mobile is {v}. Once more, {v}."), ask for it to be read back ("Can you read that
back to me?"), check it went in ("Got that?", "Is that clear?", "You got that?"), announce it
("Write this down", "Got a pen?", "Ready? Here it is, nice and slow"), say how it is written
where that cannot change the value ("all lower case", "capital letter at the start", "all one
word", "that's lisinopril, L-I-S-I-N-O-P-R-I-L", "pottery, P-O-T-T-E-R-Y") and confirm numbers
and dates ("that's seven digits in all", "the day then the month", "the number then the
street"). A change names the new value, often repeats it, and often sets it against the old
one ("{v}, not {old}"); the losses (coffee, red meat, the cat) say plainly that it is over.
No spelling ever stands in for the value itself: where in doubt the caller repeats `{v}`.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

SPELLED_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Write this down, please: I live at {v}. That's {v}, my home address. Got that?",
            "My home address, and I'll say it slowly, is {v}. Can you read that back to me?",
            "Okay, address for the file. {v}. I'll say that again, {v}. That's where I live.",
            "Got a pen? Our house is {v}, the number then the street. Is that clear?",
        ],
        "change": [
            "We've moved, so write this down: the new address is {v}. Not {old} any more, {v}. "
            "Got that?",
            "I need to update my address, we moved last month. It's {v} now, I'll repeat it, "
            "{v}. Can you read it back?",
            "New home address, let me give it to you carefully: {v}. We've left {old} behind, "
            "so it's {v} from now on.",
            "Just making sure you've got it right after the move, my address is now {v}. {v}. "
            "Is that clear?",
        ],
        "ask_now": [
            "Can you read me back the address you have for me?",
            "What's my home address?",
            "Where do I live, according to your records?",
        ],
        "ask_then": [
            "What was my address before the move?",
            "Which address did I have before I moved?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile is {v}. Once more, {v}. Got that?",
            "Write this down, the best number for me is {v}. Can you read it back to me, just "
            "so I know it's right?",
            "You can reach me on my cell, it's {v}, that's seven digits in all, I'll say it "
            "again, {v}.",
            "Ready? Here it is, nice and slow: my phone number is {v}. Is that clear?",
        ],
        "change": [
            "I've got a new phone number, so write this down: {v}. That's {v}. The old one's "
            "gone.",
            "My number's changed, it isn't {old} any more, it's {v}. Could you read the new one "
            "back to me?",
            "New mobile, got a pen? {v}. I'll repeat it, {v}. Please use that from now on.",
            "Please update my phone number to {v}, that's my new number, {v}, you got that?",
        ],
        "ask_now": [
            "What phone number do you have for me?",
            "Could you read my number back to me?",
            "Which number should you ring me on?",
        ],
        "ask_then": [
            "What was my old phone number?",
            "Which number did I have before the new one?",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}, all lower case. I'll say that again, {v}.",
            "Send things to my email, let me give it to you slowly: {v}. Got that?",
            "Write this down, my email address is {v}. No capitals anywhere. Can you read it "
            "back to me?",
            "Email, yeah, it's {v}. Is that clear? {v}.",
        ],
        "change": [
            "I've changed my email address, so please write this down: {v}, all lower case. The "
            "old one's closed.",
            "My email isn't {old} any more, the new one is {v}. I'll say it again, {v}.",
            "New email, can you take it down exactly? {v}. Read it back to me, please.",
            "Update my email to {v}, please, that's the one I use now. Got that? {v}.",
        ],
        "ask_now": [
            "What email address have you got for me?",
            "Can you read my email back to me?",
            "Where should my emails go?",
        ],
        "ask_then": [
            "What was my old email address?",
            "Which email did I use before?",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} every morning, that's lisinopril, L-I-S-I-N-O-P-R-I-L. Got that?",
            "For my blood pressure I'm on {v}. Let me say it again so it's exact, {v}.",
            "Write this down, my blood pressure dose is {v}, once a day. Can you read it back "
            "to me?",
            "My blood pressure tablet, {v}, every morning. Is that clear? It matters.",
        ],
        "change": [
            "The doctor's changed my dose, it's {v} now. I'll repeat that, {v}, not {old}. Got "
            "that?",
            "Write this down, they've put me on {v} from this week. Can you read the new dose "
            "back to me?",
            "My blood pressure pills have been changed, the drug's spelled L-I-S-I-N-O-P-R-I-L, "
            "and the new dose is {v}.",
            "I'm not on {old} any more. New dose, {v}. Is that clear? {v}.",
        ],
        "ask_now": [
            "What dose of lisinopril am I on?",
            "Can you read back my blood pressure dose?",
            "How much lisinopril do I take each day?",
        ],
        "ask_then": [
            "What dose was I on before it changed?",
            "What was my old lisinopril dose?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}, that's pottery, P-O-T-T-E-R-Y. Got that?",
            "Write this down, I do pottery on {v}, so I'm never free then. {v}, I'll say that "
            "again.",
            "Pottery's {v}. Can you read that back to me so I know you've got the right day?",
            "The class I do, pottery, it's on {v}. Is that clear?",
        ],
        "change": [
            "My pottery class has moved, it's {v} now. That's {v}, not {old}. Got that?",
            "Write this down, they've changed the schedule and pottery is on {v} from now on.",
            "Pottery isn't on {old} any more, it's switched to {v}. Can you read that back to me?",
            "Change to my pottery class: {v}. I'll say it again, {v}. Is that clear?",
        ],
        "ask_now": [
            "When is my pottery class?",
            "Which day have you got down for pottery?",
            "Can you read me back my pottery day?",
        ],
        "ask_then": [
            "Which day was pottery before it moved?",
            "When did my pottery class used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink {v}, two cups every morning, black. Two cups, black. Got that?",
            "Write this down: {v} every morning, I can't do without it. Can you read that back "
            "to me?",
            "I love my {v}, I have it every single day. I'll say that again, I have {v} every "
            "day.",
            "Black {v}, first thing, every morning. Is that clear?",
        ],
        "change": [
            "Write this down, I don't drink {v} any more. None at all. Got that?",
            "I've given up {v} completely, doctor's orders. I'll say it again, no {v}.",
            "No more {v} for me, I quit last month. Can you read that back so I know it's on "
            "the file?",
            "Please note I've stopped drinking {v}. Stopped. Is that clear?",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "What have you got down about my coffee?",
            "How do I take my coffee?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, steak every Friday. Got that? {v}, no restrictions.",
            "Write this down, I'm a big {v} eater. Can you read that back to me?",
            "I love a good steak, {v}, most days. I'll say that again, I eat {v}.",
            "No dietary restrictions for me, I eat {v}, lots of it. Is that clear?",
        ],
        "change": [
            "I've stopped eating {v}, I'm vegetarian now. Vegetarian, got that?",
            "Write this down, please: no {v} for me any more, I've gone vegetarian.",
            "I'm vegetarian these days, so no {v}. I'll say it again, no {v}. Is that clear?",
            "Please update my dietary notes, I don't eat {v} now. Can you read that back to me?",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "What dietary notes have you got for me?",
            "Can you read back my dietary restrictions?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}. I'll say that again, {v}. Got that?",
            "Write this down, I'm a {v} person, that's my favourite tea.",
            "For the basket, my favourite tea, {v}. Can you read that back to me?",
            "{v}, that's my favorite tea. Is that clear?",
        ],
        "change": [
            "My favourite tea has changed, it's {v} now. {v}, not {old}. Got that?",
            "Write this down, I've gone off {old}, my favourite tea these days is {v}.",
            "These days my favorite tea is {v}. Can you read that back to me, so the basket's "
            "right?",
            "New favourite tea: {v}. I'll say it again, {v}. Is that clear?",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Can you read me back my favourite tea?",
            "Which tea have you got down as my favourite?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I like best before I changed?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}, that's {v}, capital letter. She's a handful.",
            "Write this down, our cat's name is {v}. Can you read that back to me?",
            "Our cat {v} runs the house. I'll say her name again, {v}. Got that?",
            "We've got a cat, she's called {v}, all one word. Is that clear?",
        ],
        "change": [
            "Please write this down, sadly we lost {old} last month. Our cat's gone. Got that?",
            "{old} passed away in the spring, so we don't have a cat any more. Is that clear?",
            "I need you to note that {old}, our cat, died last week. Can you read back what "
            "you've got, so I know it's updated?",
            "We had to rehome {old}, my allergies got too bad. No cat now, I'll say that again, "
            "no cat.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How is my cat doing?",
            "Can you read me back what pets I have?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} is doing the cooking. That's {v}, got that?",
            "Write this down, my boyfriend's name is {v}. Can you read that back to me?",
            "I'm going to the coast with my partner, {v}. I'll say that again, {v}.",
            "{v}, that's my partner, capital letter at the start. Is that clear?",
        ],
        "change": [
            "{old} and I split up. My new partner is {v}, I'll repeat that, {v}. Got that?",
            "Write this down, I'm with {v} now, it ended with {old} in the spring.",
            "My new partner is {v}. Can you read that back to me, so you don't put the old name?",
            "My partner's changed, it's {v} now, we got together in the summer. Is that clear? "
            "{v}.",
        ],
        "ask_now": [
            "Who is my partner?",
            "Can you read me back my partner's name?",
            "What's my partner called?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my ex-partner's name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}. I'll say it again, {v}. Got that?",
            "Write this down, my employer is {v}, I've been there for years.",
            "I've been at {v} for a long time now. Can you read that back to me?",
            "{v}, that's where I work. Is that clear?",
        ],
        "change": [
            "I've started a new job, write this down: {v}. I'm not at {old} any more.",
            "I left my old job, I'm at {v} now. I'll say it again, {v}. Got that?",
            "New employer for the file, {v}. Can you read that back to me?",
            "I work at {v} these days, not {old}. Is that clear?",
        ],
        "ask_now": [
            "Where do I work?",
            "Who's my employer?",
            "Can you read back where I work?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
            "Who was my previous employer?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}. That's {v}, you got that?",
            "Write this down for the parking, my car is {v}. Can you read that back to me?",
            "My car's {v}. I'll say that again, {v}, the colour and then the model.",
            "For the record, I drive {v}. Is that clear?",
        ],
        "change": [
            "We traded the old car in, I drive {v} now. {v}, not {old}. Got that?",
            "I've got a new car, write this down: {v}.",
            "Sold the old one, my car is {v} now. Can you read that back to me?",
            "New car, it's {v}. I'll say it again, {v}. Is that clear?",
        ],
        "ask_now": [
            "What car do I drive?",
            "Can you read me back my car?",
            "What car have you got down for me?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}. I'll say that again, {v}, at the Elm Street practice. Got that?",
            "Write this down, my GP's {v}. Can you read that back to me?",
            "I see {v}, she's my GP, my family doctor. Is that clear?",
            "The forms go to my GP, that's {v}, capital letter on the surname, please.",
        ],
        "change": [
            "I switched practices, my GP is {v} now. {v}, not {old}. Got that?",
            "Write this down, please: my new GP is {v}.",
            "I'm with {v} now, the old GP retired. Can you read that back to me?",
            "My GP's changed, it's {v} these days. I'll repeat it, {v}. Is that clear?",
        ],
        "ask_now": [
            "Who is my GP?",
            "Can you read me back my GP's name?",
            "Which doctor should the forms go to?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}. That's {v}, got that?",
            "Write this down, I've got the dentist on {v}. Can you read the date back to me?",
            "The dentist, {v}. I'll say that again, {v}. Is that clear?",
            "I've a dentist appointment coming up on {v}, the day then the month, please put "
            "it in.",
        ],
        "change": [
            "The dentist moved my appointment, it's {v} now. {v}, not {old}. Got that?",
            "Write this down, my dentist appointment's been rescheduled to {v}.",
            "My dentist appointment isn't on {old} any more, they've changed it to {v}. Can you "
            "read the new date back to me?",
            "New date for the dentist, {v}. I'll say it again, {v}. Is that clear?",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "Can you read me back my dentist date?",
            "What date have you got for the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist before it moved?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me rather than anything else. I'll say that again, {v} me. Got that?",
            "Write this down, the best way to reach me is to {v} me.",
            "Best to {v} me, that's what I prefer. Can you read that back to me?",
            "How to contact me: {v} me, please. Is that clear?",
        ],
        "change": [
            "Actually, from now on please {v} me instead. {v} me, got that?",
            "Write this down, I'd rather you {v} me these days, not {old} me.",
            "I've changed my mind about contact, please {v} me from now on. Can you read that "
            "back to me?",
            "Please update how you reach me: {v} me now, I'll say it again, {v} me. Is that "
            "clear?",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Can you read back how I want to be contacted?",
            "Should you text, email or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, everyone does. That's {v}, all one word. Got that?",
            "Write this down, I go by {v}. Can you read that back to me?",
            "Just call me {v}. I'll say it again, {v}, capital letter at the start.",
            "The name I go by is {v}. Is that clear?",
        ],
        "change": [
            "You can call me {v} now, I've gone back to it. {v}, not {old}. Got that?",
            "Write this down, please: I go by {v} these days.",
            "I don't use {old} any more, call me {v}. Can you read that back to me?",
            "New name to use for me: {v}. I'll say it again, {v}. Is that clear?",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "Can you read me back the name I go by?",
        ],
    },
}


def spelled_kinds() -> list[Kind]:
    """The kinds with the seventy-fourth held-out phrasing."""
    return heldout_kinds(SPELLED_UPPER)
