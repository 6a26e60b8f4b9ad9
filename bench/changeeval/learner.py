"""A forty-fifth held-out phrasing of the same facts (`generate --phrasing learner`, written to
`bench/changeeval/learner/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of the held-out words in `heldout.py` (their roles, counts and placeholders, not their
text), `heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first. The callers speak English as a second language (Spanish, Portuguese, Polish,
Russian, Ukrainian, Mandarin, Cantonese, Arabic, Hindi, Tamil, Japanese, Korean, Turkish,
French and German speakers), written as a speech-to-text transcript writes them, with the
errors real learners make: dropped articles ("I have cat, her name is ..."), wrong tense or
aspect ("I am living in ... since two years", "I have moved last month to ..."), doubled
subjects ("My number it is ..."), calques ("I changed of job", "I am agree", "I make pottery
on ..."), wrong prepositions ("I go at pottery"), missing auxiliaries ("Now I not drink ...",
"Which address you have for me?"), "is" for "it's", false friends ("Actually I work at ..."
for currently), word-order slips, polite formulas ("Please, you can note ...", "I want to
inform you that ...") and now and then a word of their own language in passing ("tak", "nu",
"bueno", "ja", "accha", "yaani", "tamam", "haiyaa"). Changes come with or without a word of
change ("Now is ...", "is not more the old ..., now ..."). Every tell states the caller's own
current value; every change is about the caller and leaves the new value current; other people
come up only in passing, never with a value of the kind.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_LEARNER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I am living in {v} since two years, is my home.",
            "Bueno, my house is on {v}, you can write this.",
            "For the file, please, the address of my home is {v}.",
        ],
        "change": [
            "I have moved last month to {v}, so the address is changed.",
            "I want to inform you that we moved to other house. New address is {v}.",
            "Is not more the old house, nu, now we live at {v}.",
        ],
        "ask_now": [
            "Which address you have for me?",
            "Where I am living, what is written in your computer?",
        ],
        "ask_then": [
            "Before I moved, which address I had?",
            "What was the old address, the one before the new one?",
        ],
    },
    "phone": {
        "tell": [
            "My number it is {v}, the mobile.",
            "You can call me to {v}, is my Handy.",
            "For telephone, please, you can note {v}.",
        ],
        "change": [
            "My telephone number is changed, now is {v}.",
            "I bought new phone with new number, {v}. The old one I not use.",
            "Please, you can note my new number? Is {v}, vale.",
        ],
        "ask_now": [
            "Which number you have for call me?",
            "My phone number, what is it in your system?",
        ],
        "ask_then": [
            "What was my number before, the old one?",
            "The number I had before I changed, which one was?",
        ],
    },
    "email": {
        "tell": [
            "My mail is {v}, all small letters.",
            "For send me the emails, use {v}, please.",
        ],
        "change": [
            "I make new email because old one had too much spam. Now is {v}.",
            "I changed, the new one is {v}, accha.",
            "I have changed the mail address to {v} last week.",
        ],
        "ask_now": [
            "Which email you have of me?",
            "My email in the system, what it is?",
        ],
        "ask_then": [
            "Which was my email before I changed?",
        ],
    },
    "dose": {
        "tell": [
            "Every morning I am taking {v}, for the pressure.",
            "For the blood pressure the doctor give me {v}, one time in the day.",
            "I take {v} since long time, one pill.",
        ],
        "change": [
            "The doctor has changed my dose last Monday, now I take {v}.",
            "Now is {v}, the doctor decided this on the control.",
            "I not take the old quantity anymore, now {v}, every day.",
        ],
        "ask_now": [
            "How much lisinopril I am taking?",
            "Which dose I take now for the pressure?",
        ],
        "ask_then": [
            "Before, which dose of lisinopril I was taking?",
        ],
    },
    "class": {
        "tell": [
            "I make pottery on {v}, is my hobby.",
            "I go at pottery on {v}, so this time I am busy always.",
            "{v} I have my ceramic course, you know, the pottery.",
        ],
        "change": [
            "The pottery course, they have put it on {v} from now.",
            "They move the pottery class, from now it is {v}, tamam.",
            "The teacher of pottery changed the day to {v}.",
        ],
        "ask_now": [
            "Which day I go to pottery?",
            "When I have my pottery class?",
        ],
        "ask_then": [
            "Before the change, pottery was which day?",
        ],
    },
    "coffee": {
        "tell": [
            "Every morning I drink {v}, two cups, without sugar, without milk.",
            "I am big drinker of {v}, every morning, is necessary for me.",
        ],
        "change": [
            "Before I was drinking {v} but now no more.",
            "I stopped with {v}, the doctor say is bad for my heart.",
            "Now I not drink {v}, finish, since one month.",
        ],
        "ask_now": [
            "I drink coffee or not, what you have?",
            "How I take my coffee?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} almost every day, I like very much the steak.",
            "For me {v} is normal, in my country we eat a lot of steak.",
        ],
        "change": [
            "I not eat {v} anymore, now I am vegetarian.",
            "I am become vegetarian, so no more {v} for me, please.",
        ],
        "ask_now": [
            "I eat red meat, yes or no?",
            "Is something I cannot eat? What you have?",
        ],
    },
    "favourite": {
        "tell": [
            "My preferred tea is {v}.",
            "The tea what I like the most is {v}, always.",
        ],
        "change": [
            "Now my favourite tea is other one, is {v}.",
            "I am changing my tea, ja, now the favourite one is {v}.",
        ],
        "ask_now": [
            "Which tea I like the most?",
            "What tea you put for me in the basket?",
        ],
        "ask_then": [
            "Which was my favourite tea before?",
        ],
    },
    "pet": {
        "tell": [
            "I have cat, her name is {v}.",
            "At home we have one cat, she is called {v}, very crazy.",
            "My cat, {v}, she is the boss of the house.",
        ],
        "change": [
            "Our cat {old} is died last month, she had fifteen years.",
            "We do not have {old} anymore, we gave her to other family because my allergy.",
            "{old} left us in spring, haiyaa, the house is very quiet without cat now.",
        ],
        "ask_now": [
            "In your notes, is there cat for me?",
            "What you know about my cat, how she is?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} and me, we go to the coast on weekend.",
            "With my partner {v} we make the cooking today.",
        ],
        "change": [
            "With {old} is finish, we separated. Now I am with {v}.",
            "I have new boyfriend, {v}, since three months.",
            "I am not anymore with {old}, yaani, now my partner is {v}.",
        ],
        "ask_now": [
            "Who is my partner, you have the name?",
            "How is called my partner?",
        ],
        "ask_then": [
            "Before, who was my partner, the other one?",
        ],
    },
    "job": {
        "tell": [
            "Actually I work at {v}, since many years.",
            "I am working in {v}, is good job, stable.",
        ],
        "change": [
            "I changed of job, now I am working in {v}.",
            "I left the old work. From this month I am employee of {v}.",
            "New job, new life, I started in {v} two weeks ago.",
        ],
        "ask_now": [
            "Where I am working now?",
            "Who is my employer, which company?",
        ],
        "ask_then": [
            "Where I was working before?",
        ],
    },
    "car": {
        "tell": [
            "I have {v}, I drive this every day.",
            "I am driving {v}, for the parking you need know.",
        ],
        "change": [
            "I sold the old car, now I have {v}.",
            "We have other car now, the new is {v}.",
            "My car is other now, I buy {v} last month.",
        ],
        "ask_now": [
            "Which car I have?",
            "What car I am driving, you have in the system?",
        ],
        "ask_then": [
            "Which car I had before, the old one?",
        ],
    },
    "doctor": {
        "tell": [
            "For me the doctor of family is {v}, in Elm Street practice.",
            "I go always to {v}, she is my doctor.",
        ],
        "change": [
            "I changed the practice, my doctor now is {v}.",
            "The old doctor is retired, so I go to {v} now.",
            "They give me new GP, {v}. I am agree, she is very nice.",
        ],
        "ask_now": [
            "Who is my doctor?",
            "To which doctor I go, what you have?",
        ],
        "ask_then": [
            "Which GP I had before?",
        ],
    },
    "dentist": {
        "tell": [
            "I have appointment at dentist on {v}.",
            "On {v} I go to the dentist, I have it in my agenda.",
        ],
        "change": [
            "The dentist have moved my appointment to {v}, the old day is cancelled.",
            "They called me from the dentist clinic, they put my appointment for {v} now.",
            "Dentist appointment is changed to {v}, please note, seri.",
        ],
        "ask_now": [
            "When I have the dentist?",
        ],
        "ask_then": [
            "The dentist appointment, which was the first date, before the change?",
        ],
    },
    "contact": {
        "tell": [
            "Please, you can {v} me, this is better for me.",
            "Is best if you {v} me, I prefer like this.",
        ],
        "change": [
            "From now, please {v} me, not other way.",
            "I changed the idea, better you {v} me now.",
            "Now I prefer that you {v} me, is more easy for me these days.",
        ],
        "ask_now": [
            "How you contact me, which way I prefer?",
            "You should text me or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "Please, call me {v}, all people call me like this.",
            "My name for friends is {v}, you can use also.",
        ],
        "change": [
            "Now I prefer {v}, please, call me like this from today.",
            "I use again {v} now, the name from when I was young.",
            "The other name no, eto, now is {v} for me.",
        ],
        "ask_now": [
            "How you should call me?",
            "Which name I am using?",
        ],
    },
}


def learner_kinds() -> list[Kind]:
    """The kinds with the forty-fifth held-out phrasing."""
    return heldout_kinds(_LEARNER)
