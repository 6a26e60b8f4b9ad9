"""A thirtieth held-out phrasing of the same facts (`generate --phrasing busstop`, written to
`bench/changeeval/busstop/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings, the tests or any results, and without running anything
on these words first. The callers ring from a bus stop or from the bus itself: a hospital
cleaner, a taxi driver on a break, a student nurse, a retired teacher, a chef between shifts and
a postwoman, speaking the English of Liverpool, Ghana, Polish Britain, Hong Kong, New Zealand
and Tyneside (lightly). The line is noisy: announcements and traffic break in, the signal drops
and the caller says the value again. Changes come with the date they took effect, as a flat
denial of the old value ("I'm not at ... now", "... is finished"), read out from a letter or a
message, with the old value as an afterthought, with a question to the agent in the same
breath, implied by an event ("since the wedding", "since the surgery merged"), or as a plain
statement with no change word at all. Every change is about the caller and leaves no doubt that
the old value no longer holds; every tell states the caller's own current value. No template
names another kind's values, and none names the callers' trades, so that nothing here says
where a caller works.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_BUSSTOP: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Sorry, the bus is dead loud, la. I'm at {v}, yeah, {v}, that's home.",
            "Please, my house is {v}. You got it? The traffic, eh. {v}, that's where I stay.",
            "Home's {v}, hinny, been there years like.",
        ],
        "change": [
            "Yeah so from the start of the month we're at {v}, eh. Not {old} any more, that's "
            "finished.",
            "I have the letter here from the housing, I read it to you: 'your tenancy at {v} "
            "begins this month.' So that is my address now, yes, we moved in already.",
            "Since the wedding we live at {v}, his place... sorry, the announcement... {v}. "
            "Can you change it on the file already, lah?",
        ],
        "ask_now": [
            "If you were posting me a card, what address would you write on it?",
            "Where am I living these days, according to you?",
        ],
        "ask_then": [
            "Where was I living before the move?",
            "What address did I have before this one?",
        ],
    },
    "phone": {
        "tell": [
            "Ring me on {v}, la, that's me mobile.",
            "My number, please write it: {v}. I say again, the bus is so loud, {v}.",
        ],
        "change": [
            "Sorry, I am on the bus, the signal... new number, {v}. You get that? {v}. The old "
            "one is finished, I don't have that phone any more.",
            "I'm not on {old} now, eh, it's {v}. Does that update straight away or what?",
        ],
        "ask_now": [
            "If you had to ring me right this minute, what number would you dial?",
            "What's my mobile number on your system?",
        ],
        "ask_then": ["What number did I have before the new one?"],
    },
    "email": {
        "tell": [
            "Me email's {v}, hinny, that's the one I check.",
            "Email, yes? It's {v}. Sorry, the bus is braking, lah. {v}.",
        ],
        "change": [
            "You hear me? Okay. New email, {v}. Again, {v}. I closed {old}, that one is "
            "finished, ah.",
            "I've got it written here off the letter: 'your new email is {v}.' So "
            "that's the one now, la, don't use the old one.",
        ],
        "ask_now": ["Which email are you sending my receipts to these days?"],
        "ask_then": ["What email was I using before the new one?"],
    },
    "dose": {
        "tell": [
            "I'm on {v} every morning for the blood pressure, la.",
            "Chale, I take {v} for my pressure, morning time, every day.",
        ],
        "change": [
            "From the start of the month the doctor has me on {v}. {v}, yes. Not the old dose, "
            "that one is stopped.",
            "After the check-up they changed it, man, I'm on {v} now, the {old} is done with "
            "like. Is that gone on me file?",
        ],
        "ask_now": ["If the chemist asked, what lisinopril dose would you say I'm on?"],
        "ask_then": ["What was my lisinopril dose before they changed it?"],
    },
    "class": {
        "tell": [
            "Me pottery's on {v}, la, so I'm never free then.",
            "I do pottery on {v}, eh, sweet as, don't book me anything then.",
        ],
        "change": [
            "Pottery is {v}. Sorry? Pottery, {v}. The bus is very loud, lah.",
            "I'm not doing {old} any more, hinny, pottery's on {v} from this term.",
        ],
        "ask_now": [
            "If you were booking me something, when should you keep clear for pottery?",
            "When's my pottery on now?",
        ],
        "ask_then": ["When was pottery on before it moved?"],
    },
    "coffee": {
        "tell": [
            "Every morning I have my {v}, two cups, black, by God's grace.",
            "Can't start the day without me {v}, la, honestly.",
        ],
        "change": [
            "No {v}. Sorry, the announcement. No {v} for me now, doctor's orders, it is finished.",
            "Since the heart scare I've packed in {v}, eh, not a drop. Will that mess up the "
            "order?",
        ],
        "ask_now": [
            "If you were getting the drinks in, would you get me a coffee?",
            "Am I a coffee drinker, would you say?",
        ],
    },
    "meat": {
        "tell": [
            "I'm a big {v} eater, me, steak most days like.",
            "Ei, I like my {v} too much, steak, anything, give me.",
        ],
        "change": [
            "I don't eat {v} any more, la, I'm vegetarian since the start of the year.",
            "Vegetarian now, yes. No {v}. The line is bad... no {v}, please, ah.",
        ],
        "ask_now": [
            "Anything I don't eat that the restaurant should know about?",
            "Would I want a steak these days?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, lah, always.",
            "Oh, {v}, that's my favourite tea, yeah? You hear me? {v}.",
        ],
        "change": [
            "Favourite tea is {v} now, hinny, used to be {old} but I've gone right off it.",
            "Favourite tea for me is {v}. Yes, {v}, you write this down please.",
        ],
        "ask_now": [
            "If you were making me a cuppa, which tea would you use?",
            "What tea would you put in a basket for me?",
        ],
        "ask_then": ["Which tea did I used to like best?"],
    },
    "pet": {
        "tell": [
            "Our cat {v} is a proper madam, la, she runs the house.",
            "We have cat, {v}, she is boss of the house, really.",
        ],
        "change": [
            "We lost {old} last month, hinny. She was getting on. There's no cat at ours now.",
            "{old}... sorry, the bus... {old} is gone now. The vet put her to sleep, so no cat "
            "in the house, ah.",
        ],
        "ask_now": [
            "Have I still got a cat at home?",
            "Is there a cat in my house these days?",
        ],
    },
    "partner": {
        "tell": [
            "Me fella {v} is doing the cooking tonight, la.",
            "My partner {v} and me, we go to the coast at the weekend.",
        ],
        "change": [
            "I'm with {v} now. {v}. Sorry, the traffic. Yeah, {v}, eh, we're together.",
            "Since the wedding it's me and {v}, man, {old} is long finished.",
        ],
        "ask_now": [
            "Who'd you put down as my other half?",
            "Who am I with these days?",
        ],
        "ask_then": ["Who was I seeing before?"],
    },
    "job": {
        "tell": [
            "I've been at {v} years now, chale, it's steady work.",
            "I work at {v}, yeah, I'm just on me break.",
        ],
        "change": [
            "I'm not at {old} now, la, I'm at {v} from the start of the month. I'm at {v}, "
            "you get that?",
            "After the redundancies I got taken on at {v}. {v}, yes. Can you update it on the "
            "file for me?",
        ],
        "ask_now": [
            "Who'd you say my employer is?",
            "If somebody asked where I work, what would you tell them?",
        ],
        "ask_then": ["Where was I working before?"],
    },
    "car": {
        "tell": [
            "I drive {v}, eh, had it a good while.",
            "My car is {v}, ah. Sorry, the bus is stopping. {v}.",
        ],
        "change": [
            "Since the old one failed its MOT I've got {v}. That's me car now, man.",
            "I'm in {v} now, by God's grace, I sold {old}, finished.",
        ],
        "ask_now": [
            "If you were looking for my car in the car park, what would you look for?",
            "What am I driving these days?",
        ],
        "ask_then": ["What was I driving before?"],
    },
    "doctor": {
        "tell": [
            "My GP's {v}, at the surgery round the corner from me, la.",
            "I see {v}, she is my GP, yes.",
        ],
        "change": [
            "Since the surgery merged I'm under {v}. {v}. You hear me? The bus, sorry, eh.",
            "I read you from the letter: 'your registered GP is now {v}.' So not the old one. "
            "What do I do with the old forms?",
        ],
        "ask_now": [
            "Who would you send my doctor's forms to?",
            "Which GP am I with now?",
        ],
        "ask_then": ["Who was my GP before the change?"],
    },
    "dentist": {
        "tell": [
            "Dentist is on {v}, lah, don't let me forget.",
            "I've got the dentist on {v}, hinny.",
        ],
        "change": [
            "The dentist sent me a message, I read it: 'your appointment is now on {v}.' So it's "
            "not {old} any more, okay?",
            "Dentist is {v}. I say again, the line is breaking, {v}. They moved it.",
        ],
        "ask_now": [
            "If you were putting the dentist in my diary, what date would it go on?",
        ],
        "ask_then": ["What date was the dentist before they moved it?"],
    },
    "contact": {
        "tell": [
            "Best to {v} me, la, I'm never in.",
            "Please {v} me, that's what I like, ah.",
        ],
        "change": [
            "From the start of the month, {v} me, yeah? Don't {old} me, I never hear it on the "
            "bus, eh.",
            "Please, {v} me. Yes, {v} me, that is the way now, chale.",
        ],
        "ask_now": [
            "What's the best way to get hold of me?",
            "If you needed me about the booking, how would you reach me?",
        ],
    },
    "nickname": {
        "tell": [
            "Just {v}, hinny, nobody uses me full name.",
            "Everybody says {v}, so you say {v} and all, eh.",
        ],
        "change": [
            "It's {v} these days, la, since the grandkids started on it.",
            "I go by {v} now, not {old}... sorry, announcement... {v}.",
        ],
        "ask_now": [
            "What name would you put on a card for me?",
            "What do I like to be called?",
        ],
    },
}


def busstop_kinds() -> list[Kind]:
    """The kinds with the thirtieth held-out phrasing."""
    return heldout_kinds(_BUSSTOP)
