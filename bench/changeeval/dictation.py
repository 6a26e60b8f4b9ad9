"""A seventieth held-out phrasing of the same facts (`generate --phrasing dictation`, written to
`bench/changeeval/dictation/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers dictate, as if filling in a form or leaving a note for the file: a label or field
name before the value ("Home address: {v}.", "Employer: {v}.", "Pets: one cat, {v}, ..."),
openers such as "For the record", "Please note" and "Correction to my details", and lists of
several details in one turn ("Three quick things. One, the boiler's fixed ...; two, we moved,
so replace my address with {v}; three, ...") whose other items are never values of the same
kind. Changes come as "old: X, new: Y" pairs ("Old number, {old}. New number, {v}."), "strike",
"replace ... with ...", "amend", "update to the car field", "item two, the GP, is now {v}",
"effective today" and "as of Monday". Terse dictation is mixed with ordinary sentences, British
and American callers ("Please note my cell ..."), short and long turns, with the value early,
in the middle or late. Every tell names what the value is; every change leaves no doubt that
the old value no longer holds; losses (the cat, coffee, red meat) follow `facts.py`.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

DICTATION_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Home address: {v}.",
            "For the record, I live at {v}, that's home.",
            "Two things for the file. One, home address, {v}. Two, I'll be away most of "
            "August, so no rush on anything.",
            "Please note my home address is {v}, all the post should go there.",
        ],
        "change": [
            "Correction to my details: home address, new, {v}. We moved last weekend.",
            "Old address: {old}. New address: {v}. We've moved house.",
            "Strike {old} off my file, we've moved, the address is {v} as of Monday.",
            "Three quick things. One, the boiler's fixed, ignore my last message; two, we "
            "moved, so replace my address with {v}; three, I'll pay the invoice on Friday.",
        ],
        "ask_now": [
            "What's my home address on file?",
            "Where do I live?",
            "Can you read me back my address?",
        ],
        "ask_then": [
            "What was my old address, before the move?",
            "Which address did you have for me before I updated it?",
        ],
    },
    "phone": {
        "tell": [
            "Mobile number: {v}.",
            "For the record, the best number to reach me is my mobile, {v}.",
            "Okay, contact details. Mobile, {v}. No landline, we got rid of it years ago.",
            "Please note my cell, it's {v}, that's the one to call.",
        ],
        "change": [
            "Correction to my details: mobile number, new, {v}.",
            "Old number, {old}. New number, {v}. I switched phones.",
            "Please amend my mobile to {v}, effective today, the old one's been cut off.",
            "Two things. One, my number changed, it's {v} now; two, can you resend last "
            "month's statement?",
        ],
        "ask_now": [
            "What's my mobile number on file?",
            "Which number should you call me on?",
            "Can you read my phone number back to me?",
        ],
        "ask_then": [
            "What was my old phone number?",
            "Which number did I have before I changed it?",
        ],
    },
    "email": {
        "tell": [
            "Email: {v}.",
            "For the receipts, my email address is {v}, all lower case.",
            "Please note my email for the file, {v}.",
            "Three things, quickly. One, my email is {v}; two, paper statements are fine "
            "too; three, I'm free after four most days.",
        ],
        "change": [
            "Replace {old} with {v} for my email, I've closed the old account.",
            "Correction to my details: email address, new, {v}.",
            "Old email, {old}, don't use it any more. New email, {v}.",
            "For the record, I've switched email providers, so it's {v} from now on.",
        ],
        "ask_now": [
            "What's my email address?",
            "Which email do you have on file for me?",
            "Where should the receipts be emailed?",
        ],
        "ask_then": [
            "What was my old email address?",
            "Which email did I use before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "Medication: {v}, once a day, every morning.",
            "For your notes, I'm on {v} for my blood pressure.",
            "Current meds, just the one, {v}, taken in the morning for blood pressure.",
            "Please note: {v} daily. That's my blood pressure tablet.",
        ],
        "change": [
            "Medication change, effective today: {v} every morning, the doctor adjusted it.",
            "Old dose, {old}. New dose, {v}. The doctor changed it last week.",
            "Please amend my blood pressure medication to {v}, that's the dose from now on.",
            "Strike {old} from my notes, the doctor switched me to {v}.",
        ],
        "ask_now": [
            "How much lisinopril do I take?",
            "What dose am I on for my blood pressure?",
            "What's my current lisinopril dose?",
        ],
        "ask_then": [
            "What dose was I on before it changed?",
            "What was my old lisinopril dose?",
        ],
    },
    "class": {
        "tell": [
            "Pottery class: {v}.",
            "For the record, I've got pottery on {v}, so don't book me anything then.",
            "Regular commitments: just the one, my pottery class, {v}.",
            "Please note I do pottery every week, {v}, it's my one fixed thing.",
        ],
        "change": [
            "Update to the calendar: pottery class, old slot {old}, new slot {v}.",
            "Pottery's moved, so amend it to {v}; the studio changed the timetable.",
            "Strike {old} for pottery, it's {v} from now on.",
            "Two things. One, the library books are back; two, my pottery class has moved to {v}.",
        ],
        "ask_now": [
            "When is my pottery class?",
            "Which day do I do pottery?",
            "What's in my calendar for pottery?",
        ],
        "ask_then": [
            "When was pottery before it moved?",
            "Which day was my pottery class originally?",
        ],
    },
    "coffee": {
        "tell": [
            "Breakfast order notes: {v}, black, two cups every morning.",
            "For the record, I'm a big {v} drinker, every single morning.",
            "Two things for the usual order. One, {v}, black, that's what I have every "
            "morning; two, brown toast, not white.",
            "Please note: {v} first thing, every day, strong.",
        ],
        "change": [
            "Please note: no more {v} for me. I quit, doctor's orders.",
            "Correction to my usual order: take the {v} off, I don't drink it any more.",
            "Strike the {v} from my breakfast order, effective today, I've given it up for good.",
            "Old: two cups of {v} every morning. New: none, I've given it up completely.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "How do I take my coffee?",
            "Should my breakfast order include coffee?",
        ],
    },
    "meat": {
        "tell": [
            "Dietary notes: none, I eat everything, {v} especially, steak most Fridays.",
            "For the booking, I'm a meat eater, {v} most days, I love a good steak.",
            "Please note, I eat {v}, so the steakhouse is perfect.",
            "Three things for the dinner. One, table for two; two, I eat {v}, so the steak "
            "menu is fine; three, somewhere near a window, please.",
        ],
        "change": [
            "Dietary notes, amend: vegetarian now. No {v}.",
            "Please note I've stopped eating {v}, I'm vegetarian these days.",
            "Correction to my details: strike the steak, I don't eat {v} any more, I've gone "
            "vegetarian.",
            "Old: {v} most days. New: vegetarian, as of this month, so no meat at all.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary restrictions for me?",
            "What are my dietary notes?",
        ],
    },
    "favourite": {
        "tell": [
            "Favourite tea: {v}.",
            "For the basket, put down {v}, that's my favourite tea.",
            "Please note my favourite tea is {v}, nothing fancy.",
            "Two things for the basket. One, my favourite tea, {v}; two, no chocolate, I'm "
            "off sugar.",
        ],
        "change": [
            "Replace {old} with {v} as my favourite tea, I've gone off the old one.",
            "Update to the tea: my favourite is now {v}.",
            "Favourite tea, old: {old}, new: {v}. Tastes change.",
            "Strike that old favourite, it's {v} these days, that's my tea now.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea should go in my basket?",
            "What tea do you have down as my favourite?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            "Household, for your notes: two adults and a cat, {v}.",
            "Pets: one cat, {v}, she rules the house.",
            "For the record, we've got a cat called {v}, she's a handful.",
            "Please note our cat {v} is indoors only, so mind the door if anyone comes round.",
        ],
        "change": [
            "Please note: our cat {old} died last month. No pets on the file now.",
            "Amend the household notes: {old}, our cat, has been rehomed, my allergies got "
            "too bad.",
            "Strike {old} from the pets section, I'm sorry to say she passed away in the spring.",
            "Correction to my details: pets, none. We lost {old}, our cat, just after Christmas.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How is my cat doing?",
            "Any pets on my file?",
        ],
    },
    "partner": {
        "tell": [
            "Partner: {v}. We live together.",
            "For the record, my boyfriend's name is {v}.",
            "Please note my partner {v} might ring on my behalf now and then.",
            "Three things for the weekend. One, it's me and my partner, {v}; two, we'll "
            "arrive late Friday; three, a quiet room if you have one.",
        ],
        "change": [
            "Update the partner field, please: {old} and I split up, my partner now is {v}.",
            "For the record, I'm with {v} now; {old} and I broke up.",
            "Please note: new partner, {v}. Strike the old name off.",
            "Correction to my details: partner, {v}, not {old}. We broke up in the spring.",
        ],
        "ask_now": [
            "Who is my partner?",
            "What's my partner's name?",
            "Who do you have down as my partner?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my previous partner's name?",
        ],
    },
    "job": {
        "tell": [
            "Employer: {v}.",
            "For the record, I work at {v}, full time.",
            "Occupation details: I've been at {v} for years now.",
            "Please note I work at {v}, so weekdays are busy.",
        ],
        "change": [
            "Update to my employment: I've left {old}, I work at {v} now.",
            "Replace {old} with {v} under employer, I started there last month.",
            "Employer, old: {old}. Employer, new: {v}. Effective today.",
            "Two things. One, I got a new job at {v}; two, it means my hours are earlier.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who is my employer?",
            "What employer do you have on file for me?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
            "Who was my previous employer?",
        ],
    },
    "car": {
        "tell": [
            "Car: {v}.",
            "For the record, I drive {v}, if the venue asks.",
            "Vehicle details, for parking: {v}, that's my car.",
            "Please note my car's {v}, just the one car.",
        ],
        "change": [
            "Update to the car field: {v}. We sold the old one.",
            "Old car, {old}, traded in. New car, {v}.",
            "Please amend the car on my file to {v}, as of Monday; the old one's sold.",
            "Three things. One, the parking permit can carry over; two, I drive {v} now, new "
            "car; three, the insurance is sorted.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What's my car?",
            "Which car do you have on file for me?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "GP: {v}, at the Elm Street practice.",
            "For the forms, my GP is {v}.",
            "Please note my doctor, that's my GP, {v}.",
            "Two things for the forms. One, my GP, {v}; two, send them by post, please.",
        ],
        "change": [
            "Two updates. Item one, the forms are signed. Item two, the GP, is now {v}, I "
            "changed practices.",
            "Replace {old} with {v} as my GP, the old one retired.",
            "Correction to my details: GP, new, {v}, effective today.",
            "For the record, I'm not with {old} any more, my GP is {v} now.",
        ],
        "ask_now": [
            "Who is my GP?",
            "Which doctor do I see?",
            "Who's down as my GP for the forms?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which GP did I have before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "Dentist appointment: {v}.",
            "For the diary, I've got the dentist on {v}.",
            "Please note my next dentist appointment, {v}, in the morning.",
            "Two things for the calendar. One, dentist, {v}; two, nothing else that month, "
            "I think.",
        ],
        "change": [
            "Dentist, old date {old}, new date {v}. They rescheduled me.",
            "Amend the dentist appointment to {v}, the practice moved it.",
            "The dentist rang, {old} is off, the appointment is now {v}.",
            "Correction to the diary: strike the dentist on {old}, it's been rescheduled to {v}.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "What date do you have for my dentist?",
            "When am I due at the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist before it was moved?",
        ],
    },
    "contact": {
        "tell": [
            "Contact preference: {v}, please, rather than anything else.",
            "For the record, best to {v} me, that's what I prefer.",
            "Please note: {v} me about bookings, that's my preferred way.",
            "Two things. One, the booking's for two; two, please {v} me when it's confirmed, "
            "that's how I like to be contacted.",
        ],
        "change": [
            "Amend my contact preference: {v} me from now on.",
            "Old preference: {old}. New preference: {v}.",
            "Strike the old preference, please {v} me instead, effective today.",
            "Correction to my details: I'd rather you {v} me these days, not {old}.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text, email or call me?",
            "What's my contact preference?",
        ],
    },
    "nickname": {
        "tell": [
            "Preferred name: {v}. Just call me that.",
            "For the record, call me {v}, everyone does.",
            "Name to use: {v}, that's what I go by.",
            "Please note the nickname, {v}, I don't answer to anything else.",
        ],
        "change": [
            "Update my preferred name to {v}, I've gone back to it.",
            "Please note: I go by {v} now, not {old}.",
            "Old nickname, {old}. New one, {v}, as of today.",
            "Correction to my details: call me {v} from now on.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What's my preferred name?",
        ],
    },
}


def dictation_kinds() -> list[Kind]:
    """The kinds with the seventieth held-out phrasing."""
    return heldout_kinds(DICTATION_UPPER)
