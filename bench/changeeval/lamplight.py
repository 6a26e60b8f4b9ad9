"""A twenty-seventh held-out phrasing of the same facts (`generate --phrasing lamplight`,
written to `bench/changeeval/lamplight/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds` and `phrasings.py` only, and the header and footer of `onhold.py`, without
reading the supersession rules, the other phrasings or the tests, and without running anything
on these words first. The callers ring about everyday admin from a quiet room in the evening:
a carer winding down after a long shift, a librarian, a retired engineer who is exact and
pedantic ("to be precise ...", "for the record ..."), a young parent with a baby crying in the
background, a shy caller who apologises and under-states, a chatty caller who tells the story
around the fact, and bilingual callers whose English is formal and a little literal (idioms
carried over from Spanish, Urdu, Portuguese, Italian and Vietnamese). The wording takes in
corrections of what the agent has on file ("you will have the old one down, no, it is ...
these days"), changes announced as news ("guess what ..."), changes implied by an event (a
move, a break-up, a new contract, a letter from the clinic), tentative changes that end firm,
the passive voice ("the appointment has been moved to ..."), numbers read out digit by digit,
and questions asked sideways ("would you remind me ...", "for my own records, what is ...").
Every change is about the caller and leaves no doubt that the old value no longer holds; every
tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_LAMPLIGHT: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "For the record, my home address is {v}, number first, then the street.",
            "Sorry, I should have said, I'm at {v}. That's where I live.",
            "Home is {v}, I've been there a good while, the kettle's on as we speak.",
            "Miss, my house it is at {v}, please to write it so.",
        ],
        "change": [
            "You'll have the old address down, I imagine, no, it's {v} these days, we moved.",
            "Guess what, the removal van came on Saturday, so home is {v} from now on.",
            "I hate to be a bother, but we've left the old house, I'm at {v} now. "
            "That's definite.",
            "To be exact, I ceased living at the previous address on the first of the month. "
            "The correct address is now {v}.",
            "Sorry, the baby's shouting, we moved! New place, {v}, the old one's done.",
        ],
        "ask_now": [
            "Would you remind me which address you've got for me at present?",
            "For my own records, what is my current home address?",
            "I have forgotten, where is it you have me living now?",
        ],
        "ask_then": [
            "For my own records, where was I living before the move?",
            "Remind me, what was the address I had before this one?",
        ],
    },
    "phone": {
        "tell": [
            "The number to ring me on is, digit by digit, {v}.",
            "For the record, my mobile reads {v}.",
            "If you need me, it's {v}, sorry, I speak quickly when I'm tired.",
        ],
        "change": [
            "Big news, well, small news, my old phone went in the bath, so my number is {v} "
            "now and the old one's dead.",
            "You might read me back the old number, no, that's gone, it's {v} these days.",
            "I'm not sure I did this right, but I changed networks and got a new number. "
            "Yes, it's {v}, please only use that.",
            "Please to take note, my telephone number has been changed. It is now {v}. "
            "The other one, it does not exist any more.",
        ],
        "ask_now": [
            "Would you remind me what phone number you have for me now?",
            "For my own records, which number of mine is on your file?",
            "I have forgotten, what's my current number, as you have it?",
        ],
        "ask_then": [
            "What was the phone number I had before the change, for my records?",
            "Remind me, which number did I use to have?",
        ],
    },
    "email": {
        "tell": [
            "My email, letter for letter, is {v}.",
            "Anything written can go to {v}, that's my email.",
            "Sorry, the email, yes, it's {v}.",
        ],
        "change": [
            "My old email account got hacked, so I've closed it. It's {v} now, only that one.",
            "If you read me back the old email, no, I don't use that any more, it's {v}.",
            "Guess what, I finally made a new email, {v}, and I've shut the old one down.",
            "For the record, the previous address is no longer monitored. "
            "Correspondence to {v} from today.",
        ],
        "ask_now": [
            "For my own records, what email address do you have for me at present?",
            "Would you remind me which email of mine you're using?",
        ],
        "ask_then": [
            "I have forgotten, what was the email I had before?",
        ],
    },
    "dose": {
        "tell": [
            "To be precise, I take {v}, one tablet each morning, for the blood pressure.",
            "I'm on {v} for my blood pressure, sorry, it's nothing dramatic.",
            "Every morning with my breakfast I am taking {v}, for the pressure of the blood.",
        ],
        "change": [
            "A letter came from the clinic today, my dose has been changed to {v}, "
            "starting tomorrow, the old dose stops.",
            "You've probably still got the old amount, no, they've put me on {v} now.",
            "I wasn't sure about it, but the doctor's firm, I'm taking {v} from now on. "
            "That's it, settled.",
            "For the record, my lisinopril has been altered. The current dose is {v}.",
        ],
        "ask_now": [
            "Would you remind me what dose of lisinopril I'm on now?",
            "For my own records, how much of my blood pressure tablet do I take currently?",
            "I have forgotten, what's my lisinopril dose at the moment?",
        ],
        "ask_then": [
            "For my records, what dose of lisinopril was I taking before they changed it?",
        ],
    },
    "class": {
        "tell": [
            "I go to pottery on {v}, so please don't book anything then.",
            "For the record, my pottery class is held on {v}.",
            "Pottery is on {v}, it's my little bit of peace, sorry, I do go on.",
        ],
        "change": [
            "The community centre has a new timetable, so pottery has been moved to {v}. "
            "The old day's gone.",
            "You'll have my old pottery day down, no, it's {v} these days.",
            "Guess what, a new teacher took over and the pottery class is on {v} now, for good.",
            "They have changed the day of my pottery, mamma mia. Now it is {v}, always.",
        ],
        "ask_now": [
            "Would you remind me which day my pottery class is on now?",
            "For my own records, when do I have pottery these days?",
        ],
        "ask_then": [
            "What day was my pottery class on before they moved it?",
        ],
    },
    "coffee": {
        "tell": [
            "I'm afraid I'm a creature of habit, two mugs of {v} before I'm human.",
            "For the record, I drink {v} every single morning, black, no sugar.",
            "Me, I am drinking {v} every day, strong, like at home in Lisbon.",
        ],
        "change": [
            "Big news, I've given up {v}. Three weeks now, and I'm not going back.",
            "The clinic letter said to cut it out, so no more {v} for me, none at all.",
            "I wasn't sure I could, but I've stopped drinking {v}. Stopped for good.",
            "For the record, I no longer consume {v}. Not a drop.",
        ],
        "ask_now": [
            "Would you remind me whether I drink coffee at the moment?",
            "For my own records, am I a coffee drinker these days?",
        ],
    },
    "meat": {
        "tell": [
            "I'm a real {v} eater, a steak on Friday is my treat after the week.",
            "For the record, I eat {v} most days, I'm no vegetarian.",
            "Sorry, I should mention, I like my {v}, no restrictions.",
        ],
        "change": [
            "Guess what, I've gone vegetarian, so no {v} for me any more.",
            "I wasn't going to make a fuss, but I've stopped eating {v}. "
            "I'm vegetarian now, properly.",
            "You might have me down for steak, no, I don't eat {v} these days, I'm vegetarian.",
            "Since some months I do not eat {v}, I am vegetarian now, completely.",
        ],
        "ask_now": [
            "Would you remind me whether I eat red meat at present?",
            "For my own records, do I have any dietary restrictions on file?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea, to be exact, is {v}.",
            "In the evening it's always {v}, that's my favourite tea.",
            "Sorry, it's a small thing, but {v} is my favourite tea.",
        ],
        "change": [
            "I've gone right off the old tea, {v} is my favourite now.",
            "You'll have my old favourite down, no, it's {v} these days, I've changed.",
            "Big news from the kitchen, my favourite tea is {v} now, the old one's retired.",
            "My heart it has changed for tea, now my favourite is {v}.",
        ],
        "ask_now": [
            "Would you remind me which tea is my favourite now?",
            "For my own records, what tea do I like best at present?",
        ],
        "ask_then": [
            "I have forgotten, which tea was my favourite before?",
        ],
    },
    "pet": {
        "tell": [
            "Our cat {v} is curled up next to me as we speak.",
            "We have a cat, {v}, sorry, she's sitting on my notes.",
            "For the record, I have one cat, her name is {v}.",
        ],
        "change": [
            "I'm afraid {old} died last month. She was very old. There's no cat at home now.",
            "We had to give {old} to my cousin, the baby's allergic, so we've no cat any more.",
            "Sorry, I should tell you, we lost {old} in the winter, the house is very quiet "
            "without her.",
            "Our cat {old}, she has gone to the sky, we have no more cat.",
        ],
        "ask_now": [
            "Would you remind me whether I have a cat at the moment?",
            "For my own records, how is my cat getting on?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} is reading on the sofa, he says hello.",
            "For the record, my boyfriend is {v}.",
            "Sorry, yes, I'm with {v}, my partner.",
        ],
        "change": [
            "{old} and I broke up over the summer. I'm with {v} now.",
            "Guess what, I'm seeing someone new, {v}, it's serious. {old} is history.",
            "I wasn't sure whether to mention it, but {old} and I are finished. "
            "My partner is {v} now.",
            "With {old} it is finished, now my partner is {v}, for real.",
        ],
        "ask_now": [
            "Would you remind me who my partner is now?",
            "For my own records, what's my partner's name these days?",
        ],
        "ask_then": [
            "I have forgotten, who was I with before?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, evenings are my only quiet time.",
            "For the record, my employer is {v}.",
            "Sorry, work, yes, I'm at {v}.",
        ],
        "change": [
            "I signed a new contract, I'm at {v} now, I finished at the old place on Friday.",
            "You'll have my old employer down, no, I work at {v} these days.",
            "Guess what, I've left my job! I started at {v} on Monday.",
            "To be exact, my employment at the previous firm ended. I am now employed by {v}.",
        ],
        "ask_now": [
            "Would you remind me where I work now?",
            "For my own records, who is my employer at present?",
        ],
        "ask_then": [
            "Where was I working before the new job?",
            "I have forgotten, what was my old job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, for the parking.",
            "For the record, my car is {v}.",
            "Sorry, it's {v} that I drive.",
        ],
        "change": [
            "I sold the old car last week, I drive {v} now.",
            "If you have the old car on file, no, that's gone, it's {v} these days.",
            "Guess what, I finally got a new car, {v}, and the old one's sold.",
            "My old car, it has given the soul. Now I drive {v}.",
        ],
        "ask_now": [
            "Would you remind me what car I drive now?",
            "For my own records, which car do you have for me at present?",
        ],
        "ask_then": [
            "I have forgotten, what did I drive before this one?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, at the practice on the corner.",
            "For the record, the doctor I see is {v}, my GP.",
            "I see {v}, she's my GP, sorry, I should have said.",
        ],
        "change": [
            "I've been moved to a new practice, so my GP is {v} now, not the old one.",
            "You'll have my old doctor down, no, my GP is {v} these days.",
            "A letter came from the surgery, my GP has been changed to {v}, from now on.",
            "I have changed of doctor, now my GP is {v}.",
        ],
        "ask_now": [
            "Would you remind me who my GP is now?",
            "For my own records, which doctor do I see at present?",
        ],
        "ask_then": [
            "I have forgotten, who was my GP before the change?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}.",
            "For the record, I'm booked at the dentist on {v}.",
            "Sorry, I've got the dentist on {v}, in case it matters.",
        ],
        "change": [
            "The dentist appointment has been moved to {v}, so not the old date any more.",
            "You'll have the old date for the dentist, no, it's {v} now.",
            "Guess what, the dentist rang, my appointment's been rescheduled to {v}.",
            "The dentist has changed my appointment, now it is on {v}.",
        ],
        "ask_now": [
            "Would you remind me when my dentist appointment is now?",
            "For my own records, what date is my dentist appointment?",
        ],
        "ask_then": [
            "I have forgotten, when was my dentist appointment originally?",
        ],
    },
    "contact": {
        "tell": [
            "I'd rather you {v} me, if it's all the same.",
            "For the record, please {v} me, that's what suits.",
            "Sorry, I'm a bit funny about it, but please {v} me.",
        ],
        "change": [
            "Forget what I said before about how to reach me, please {v} me from now on.",
            "With the baby, the old way doesn't work, so please {v} me these days.",
            "I wasn't sure, but yes, from now on it's best to {v} me, only that.",
            "Kindly, from now on you {v} me, not the other way.",
        ],
        "ask_now": [
            "Would you remind me how I like to be contacted now?",
            "For my own records, should you text, call or email me?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, everyone does.",
            "For the record, I go by {v}.",
            "Sorry, it's a small thing, but I'd like to be called {v}.",
        ],
        "change": [
            "I've gone back to {v}, so please call me that from now on.",
            "If you've got the old name written, no, I go by {v} these days.",
            "Guess what, I'm {v} now, the old name's done.",
            "Now I want that you call me {v}, please, not the other name.",
        ],
        "ask_now": [
            "Would you remind me what name I go by now?",
            "For my own records, what should you call me?",
        ],
    },
}


def lamplight_kinds() -> list[Kind]:
    """The kinds with the twenty-seventh held-out phrasing."""
    return heldout_kinds(_LAMPLIGHT)
