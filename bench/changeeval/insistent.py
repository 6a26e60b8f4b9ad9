"""An eighty-second held-out phrasing of the same facts (`generate --phrasing insistent`,
written to `bench/changeeval/insistent/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
layout of `onhold.py` and `heldout_kinds` only, without reading the supersession rules, the
other phrasings or the tests, and without running anything on these words first.
The callers are insistent, emphatic people who make sure they are heard: firm but polite callers
from London, Glasgow, New York and Lagos, some older and careful, some in a hurry. They say the
value twice or three times, spell the fixed parts out loud ("lisinopril, L-I-S-I-N-O-P-R-I-L",
"V-E-G-E-T-A-R-I-A-N"), stress words in capitals ("it is DEFINITELY ...", "NOT the old one"),
tell the agent to write it down or read it back, and pre-empt the agent's likely mistake
("before you say it, no, it's not ..."). In changes they name the old value or the old one
more than once and tell the agent to delete, scrap, bin or forget it, before or after the new
value ("not the old address, NOT the old address, it's ... now, ..."). Every change is about
the caller and leaves no doubt that the old value no longer holds; every tell states the
caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_INSISTENT: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Write this down, please: {v}. That's where I live, {v}. Have you got that?",
            "Home is {v}, love, and I'll say it again because the last lot got it wrong, {v}.",
            "Listen, my address, it is DEFINITELY {v}, not some other number on that street,"
            " {v}, okay?",
            "Aye, it's {v} I stay at, {v}, so it is, make sure you've got it right this time.",
        ],
        "change": [
            "We've moved, so scrap the old address, bin it, it's {v} now, {v}, and the old"
            " place is gone, gone, gone.",
            "Not the old address, NOT the old address, please delete it, I live at {v} now,"
            " that's {v}.",
            "Okay, listen, I moved. New address: {v}. Say it back to me, {v}. The old place?"
            " Forget it, I don't live there any more.",
            "I beg you, delete that old address completely, I don't stay there again, I'm at {v}"
            " now, I repeat, {v}, the old one is finished.",
        ],
        "ask_now": [
            "What's my address? The current one, please, read it out slowly.",
            "Tell me where I live, and I mean where I live NOW.",
            "Which address is on file for me at the moment? Read it back word for word.",
        ],
        "ask_then": [
            "What was my OLD address, the one before I moved? The previous one.",
            "Where did I used to live before this move? Just read me the old address.",
        ],
    },
    "phone": {
        "tell": [
            "My number, write it down: {v}. Again, {v}. Got it?",
            "Quick one, I'm in a rush, the best number for me is {v}, that's my mobile, and"
            " please don't drop a digit, {v}.",
            "You can reach me on {v}, I'll say it slowly, {v}, and a third time so there's no"
            " mistake, {v}.",
            "People always mishear it, so listen carefully, dear, my number is DEFINITELY {v},"
            " read it back to me.",
        ],
        "change": [
            "Scrap the old number, I don't have that phone any more, it's {v} now, {v}, and"
            " please bin the old one.",
            "New number, okay? It's {v}. Not the old one, NOT the old one, {v}. That's the only"
            " number I have now.",
            "Before you ring me on the number you've got, don't, that one is dead, I changed it,"
            " my number is {v}, write it down, {v}.",
            "Please delete my old number, delete it, my phone number is now {v}, I repeat, {v},"
            " the old one doesn't work again.",
        ],
        "ask_now": [
            "What's my phone number? Read it back digit by digit, please.",
            "Which number are you going to call me on? The CURRENT one.",
            "Can you tell me slowly what number you've got for me now?",
        ],
        "ask_then": [
            "What was my old number, the one I had before I changed it?",
            "Read me my previous phone number, please, the old one.",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}, that's {v}, all lower case, write it exactly like that.",
            "Send everything to {v}, and I'll say it again in case the line's bad, {v}.",
            "Write this down please, my email address is {v}. Have you got it? Once more, {v}.",
            "Listen, it is DEFINITELY {v} for my email, not with a capital or a hyphen"
            " anywhere, just {v}.",
        ],
        "change": [
            "I've changed my email, the old one is dead, forget it, it's {v} now, {v}, please"
            " use only that.",
            "Please delete my old email, delete it completely, my email is now {v}, I repeat,"
            " {v}.",
            "My email now is {v}, that's {v}. Not the old address, NOT the old one, scrap it.",
            "Look, the email you have for me, bin it, I closed that account, my new email is"
            " {v}, okay, {v}, and don't send anything to the old one.",
        ],
        "ask_now": [
            "What's my email address? Spell it out for me, please.",
            "Which email do you have for me now? Read it back exactly.",
            "Tell me the email you'll send things to, the current one, nothing else.",
        ],
        "ask_then": [
            "What was my old email address, the one before I changed it?",
            "Which email did I use before, the previous one? Read it out.",
        ],
    },
    "dose": {
        "tell": [
            "I take {v}, that's lisinopril, L-I-S-I-N-O-P-R-I-L, {v} every morning, write that"
            " down.",
            "For my blood pressure I'm on {v}, and I mean {v}, not a milligram more or less.",
            "Please note it properly, dear, my dose is {v}, I'll say it twice, {v}, once a day.",
            "It is DEFINITELY {v} that I take, I checked the box this morning, {v}.",
        ],
        "change": [
            "The doctor changed my dose, so scrap what you have, scrap it, I'm on {v} now, {v}.",
            "Not the old dose, NOT the old dose, that's finished, it's {v} now, please write {v}.",
            "Write this down, I've been on {v} since last week, {v}, that's my dose now."
            " The old dose, forget it, delete it.",
            "I beg you, delete the old dose, my doctor has moved me to {v}, I am taking {v} now,"
            " the old one is stopped.",
        ],
        "ask_now": [
            "What dose of lisinopril am I on? The current dose, please.",
            "How many milligrams do I take now? Read it out clearly.",
            "What have you got down for my blood pressure tablets at the moment?",
        ],
        "ask_then": [
            "What dose was I on BEFORE the doctor changed it?",
            "Remind me of my old lisinopril dose, the previous one.",
        ],
    },
    "class": {
        "tell": [
            "Pottery, P-O-T-T-E-R-Y, is on {v} for me, {v}, so don't book me anything then.",
            "My pottery class is on {v}. {v}, every week without fail, write it down.",
            "Aye, the pottery's on {v}, so it is, {v}, I never miss it.",
            "I do pottery on {v}, and that's DEFINITELY {v}, not any other day, okay?",
        ],
        "change": [
            "They moved my pottery, so forget the old day, forget it, it's {v} now, {v}.",
            "Pottery is on {v} now. {v}. Scrap the old day, that class doesn't happen any more.",
            "Not the old day, NOT the old day, delete it, my pottery class is on {v} now.",
            "Listen, the schedule changed, my pottery's on {v} from now on, I repeat, {v}, bin"
            " whatever day you had.",
        ],
        "ask_now": [
            "When is my pottery class? Which day is it NOW?",
            "Which day do I do pottery these days? Tell me clearly.",
            "What day have you got my pottery down for?",
        ],
        "ask_then": [
            "Which day was my pottery on before they moved it?",
            "What was my OLD pottery day, the one before the change?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink {v}, {v} every single morning, two cups, black, write that down.",
            "Yes, I DEFINITELY drink {v}, I can't start the day without my {v}.",
            "Put me down as a {v} drinker, {v}, C-O-F-F-E-E, black and strong, every morning.",
            "Listen, I love my {v}, I have {v} every morning, don't let anybody tell you"
            " different.",
        ],
        "change": [
            "I've given up {v}, given it up completely, no {v}, none, so scrap that from my"
            " order.",
            "No more {v} for me, NO more {v}, doctor's orders, delete it.",
            "Please write this down: I do not drink {v} any more. I quit. No {v} at all.",
            "Forget the {v}, bin it, I stopped drinking {v} last month and I'm not going back,"
            " I repeat, no {v}.",
        ],
        "ask_now": [
            "Do I drink coffee? Yes or no, what have you got?",
            "What have you got down about me and coffee?",
            "How do I take my coffee, or do I even drink it now?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v}, {v} most days, steak every Friday, write that down.",
            "I'm a big {v} eater, DEFINITELY {v}, I love a good steak.",
            "Put me down for {v}, yes, {v}, I eat it all the time, no restrictions.",
            "Listen, I love {v}, I eat {v} almost every day, so don't go booking me a salad bar.",
        ],
        "change": [
            "I've stopped eating {v}, stopped completely, I'm vegetarian now, vegetarian, so no"
            " {v} please.",
            "No {v}. NO {v}. I'm vegetarian these days, scrap the steak.",
            "Write this down: vegetarian, V-E-G-E-T-A-R-I-A-N, I don't eat {v} any more.",
            "Forget whatever you had about steak, bin it, I'm vegetarian now, I repeat, I don't"
            " eat {v} at all.",
        ],
        "ask_now": [
            "Do I eat red meat? What does my file say?",
            "Any dietary restrictions for me? Read me what you've got.",
            "What have you got down for my diet, meat or no meat?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, {v}, nothing else, write that down.",
            "It is DEFINITELY {v} for me, {v}, that's my favourite tea.",
            "Put {v} in the basket, that's my favourite tea, {v}, don't let them swap it.",
            "I'm a {v} person through and through, my favourite tea is {v}, say it back to me.",
        ],
        "change": [
            "My favourite tea's changed, forget the old one, it's {v} now, {v}.",
            "Not the old one, NOT the old one, I've gone off it, my favourite tea is {v} these"
            " days.",
            "These days it's {v}, my favourite tea is {v}. Scrap the tea you had down for me.",
            "Please delete the old favourite, I don't drink it again, my favourite tea is now"
            " {v}, I repeat, {v}.",
        ],
        "ask_now": [
            "What's my favourite tea? The one I like NOW.",
            "Which tea should go in my basket, what have you got?",
            "Tell me my favourite tea, clearly please.",
        ],
        "ask_then": [
            "What was my favourite tea before, the old one?",
            "Which tea did I used to like best, before I changed?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}, that's {v}, she runs the house.",
            "My cat's name is {v}, I'll say it again, {v}, you'll hear her in the background.",
            "Write this down, we've got a cat, {v}, DEFINITELY {v}, and she's mine.",
            "Aye, our {v}, that's my cat, {v}, she's sat on my lap as we speak.",
        ],
        "change": [
            "We lost {old} last month, {old} is gone, so please take her off, there's no cat now.",
            "{old} passed away in the spring. I'm saying it clearly, {old} has died, we don't"
            " have a cat any more.",
            "Please delete {old} from my file, delete her, we had to rehome {old}, there's no"
            " cat in the house now.",
            "Don't ask me about {old}, please, NOT {old}, she died in the winter, we have no cat"
            " now, write that down.",
        ],
        "ask_now": [
            "Do I have a cat? What have you got down?",
            "Have you got a cat on my file? Yes or no.",
            "Tell me, do I have a cat at the moment?",
        ],
    },
    "partner": {
        "tell": [
            "My partner is {v}, {v}, write that down, he's the one who'll call if I can't.",
            "It's me and my boyfriend {v}, that's {v}, we're going to the coast.",
            "My partner's name is DEFINITELY {v}, not anybody else, {v}.",
            "Listen, my boyfriend {v}, {v}, is doing the cooking this weekend, okay?",
        ],
        "change": [
            "{old} and I split up, so scrap {old}, bin him, my partner is {v} now, {v}.",
            "Not {old}, NOT {old}, that's finished, I'm with {v} now, write {v}.",
            "I'm seeing someone new, his name is {v}, {v}, and please delete {old} from"
            " everything.",
            "My new partner is {v}, and before you say it, no, it's not {old} any more, {old} is"
            " gone, it's {v}.",
        ],
        "ask_now": [
            "Who is my partner? The current one, please.",
            "What's my partner's name, who have you got NOW?",
            "Tell me who I'm with, according to your file.",
        ],
        "ask_then": [
            "Who was I with before, my previous partner?",
            "What was my ex's name, the one before?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, {v}, I've been there years.",
            "Write it down: my employer is {v}. That's {v}.",
            "It is DEFINITELY {v} where I work, {v}, don't mix it up.",
            "I'm in a hurry, so quickly, I work at {v}, I'll say it again, {v}, steady job.",
        ],
        "change": [
            "I left my old job, forget it, scrap it, I work at {v} now, {v}.",
            "New job, okay? It's {v}. Not the old place, NOT the old place, {v}.",
            "Please delete my old employer, I've started at {v}, I repeat, I work at {v} now.",
            "These days I'm at {v}, that's where I work now, {v}, and the old job is finished,"
            " bin it.",
        ],
        "ask_now": [
            "Where do I work? Where do I work NOW?",
            "Who's my employer at the moment, what have you got?",
            "Read me back where I work, please.",
        ],
        "ask_then": [
            "Where did I work before, my old job?",
            "What was my previous employer, before I moved jobs?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, {v}, that's the car for the parking.",
            "My car is {v}, write that down, {v}, DEFINITELY.",
            "It's {v} I drive, I'll say it twice, {v}.",
            "Listen, for the car wash, it's my car, {v}, I repeat, {v}, not my neighbour's.",
        ],
        "change": [
            "We traded the old car in, forget it, bin it, I drive {v} now, {v}.",
            "Not the old car, NOT the old car, that's sold, my car is {v} now.",
            "New car, it's {v}. That's {v}. Please delete the old one, it's gone.",
            "I've got {v} now, I say it again, {v}, the old car is sold, scrap it from the file.",
        ],
        "ask_now": [
            "What car do I drive? The one I have NOW.",
            "What's my car, what have you got down?",
            "Read me the car on my file, please.",
        ],
        "ask_then": [
            "What car did I have before, the old one?",
            "What was my previous car, before the new one?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, {v}, at the Elm Street practice, E-L-M.",
            "Write this down, I see {v}, that's {v}, she's my GP.",
            "It is DEFINITELY {v}, my GP, not anybody else at the surgery.",
            "Send the forms to my GP, {v}, I repeat, {v}.",
        ],
        "change": [
            "I've switched practices, scrap the old GP, my GP is {v} now, {v}.",
            "Not the old doctor, NOT the old doctor, he's retired, I'm with {v} now.",
            "My GP now is {v}. {v}. Please delete the old one, I'm not with them any more.",
            "My new GP is {v}, and before you send anything to the old one, don't, bin the old"
            " name, it's {v}.",
        ],
        "ask_now": [
            "Who is my GP? The current one, please.",
            "Which doctor do I see NOW, what have you got?",
            "Tell me who my GP is at the moment.",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "What was my old doctor's name, the previous one?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, {v}, write that down.",
            "I've got the dentist on {v}. I'll say it again, {v}.",
            "It is DEFINITELY {v} for the dentist, {v}, I've got the card in front of me.",
            "Put it in the calendar, dentist, {v}, that's {v}, don't put it a day out.",
        ],
        "change": [
            "The dentist moved my appointment, forget the old date, forget it, it's {v} now, {v}.",
            "Not the old date, NOT the old date, my dentist appointment is {v} now.",
            "The new dentist date is {v}, that's {v}. Scrap the old one, it's cancelled.",
            "Please delete the old dentist date, they rescheduled me to {v}, I repeat, {v}.",
        ],
        "ask_now": [
            "When is my dentist appointment? The date NOW.",
            "What date have you got for my dentist, please?",
            "Read me my dentist appointment date, slowly.",
        ],
        "ask_then": [
            "When was my dentist appointment originally, before it moved?",
            "What was the OLD dentist date, the one they changed?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, {v} me, nothing else, write that down.",
            "Best to {v} me, that's what I prefer, I'll say it again, {v} me.",
            "It is DEFINITELY better to {v} me, so just {v} me, okay?",
            "Listen, just {v} me, okay, just {v} me, that's how I like it.",
        ],
        "change": [
            "From now on please {v} me instead, forget the old way, scrap it, just {v} me.",
            "Not the old way, NOT the old way, I'd rather you {v} me these days.",
            "I've changed my mind on contact, please {v} me now, I repeat, {v} me, bin the old"
            " preference.",
            "Please delete whatever you had before, from now on you {v} me, only {v} me.",
        ],
        "ask_now": [
            "How do I like to be contacted? What have you got NOW?",
            "Should you text me or call me, what does my file say?",
            "Tell me how I want you to get in touch.",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, {v}, everyone does.",
            "Just call me {v}. I'll say it again, {v}.",
            "It is DEFINITELY {v}, that's what I go by, {v}, not my full name.",
            "Write this down, I go by {v}, {v}, so address me like that.",
        ],
        "change": [
            "Forget the old name, scrap it, I go by {v} now, {v}.",
            "Not the old nickname, NOT the old one, call me {v} these days.",
            "{v}. That's what I go by now, {v}. Please delete the old one.",
            "I've gone back to {v}, I repeat, call me {v} from now on, bin whatever you had.",
        ],
        "ask_now": [
            "What should you call me? What name do I go by NOW?",
            "What name have you got down for me?",
            "Tell me what I like to be called.",
        ],
    },
}


def insistent_kinds() -> list[Kind]:
    """The kinds with the eighty-second held-out phrasing."""
    return heldout_kinds(_INSISTENT)
