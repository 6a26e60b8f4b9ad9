"""A sixty-fourth held-out phrasing of the same facts (`generate --phrasing clinical`, written to
`bench/changeeval/clinical/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers have a lot going on medically, in the UK and the US, and talk in the vocabulary of
clinics. Beside the value come other professionals (the consultant, the practice nurse, the
pharmacist, the physio, the cardiologist), other medicines and numbers ("one forty over
ninety", "and the statin, twenty milligrams", an NHS number), test results, referrals, repeat
prescriptions and other appointments (the scan, the blood test) beside the dentist booking.
Every value stays plainly the caller's own and plainly of its kind, and changes come with
clinical reasons ("the cardiologist upped it to {v}", "the surgery merged, so my GP is {v}
now", "my cholesterol came back high, so I've cut out {v}"). The value sits early, in the
middle or late, in short and long sentences.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_CLINICAL: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "My home address is {v}, same as on my NHS record.",
            "The hospital letters come to me at {v}, that's where I live.",
            "For the repeat prescription delivery, I live at {v}.",
            "Home is {v}, and the district nurse knows to ring the bell twice.",
        ],
        "change": [
            "After my hip op we moved somewhere without stairs, my address is {v} now.",
            "I've moved house to be nearer the dialysis unit, I live at {v} now.",
            "Please update my address, I'm not at {old} any more, I live at {v}.",
            "The surgery has already changed it, my new home address is {v}.",
        ],
        "ask_now": [
            "What's my home address on file?",
            "Where do I live now?",
            "Which address should my prescriptions go to?",
        ],
        "ask_then": [
            "What was my address before I moved?",
            "Where did I live before?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile number is {v}, the pharmacy texts me on it too.",
            "If the consultant's secretary needs me, my phone number is {v}.",
            "Ring me on my mobile, {v}, I always have it on me for the results.",
            "The best number for me is {v}, that's my own mobile.",
        ],
        "change": [
            "I lost my phone when I was in hospital, so my number is {v} now.",
            "My mobile number has changed, it's {v} now, the old one doesn't work.",
            "Please stop using {old}, my new phone number is {v}.",
            "New phone after the ward stay, my number's {v} from now on.",
        ],
        "ask_now": [
            "What's my phone number?",
            "Which number should you ring me on?",
            "What mobile number do you have for me?",
        ],
        "ask_then": [
            "What was my old phone number?",
            "Which number did I have before?",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}, it's the one the patient portal uses.",
            "Send my appointment letters to my email, {v}.",
            "For the test results, my email address is {v}.",
            "My own email address is {v}, the practice nurse has it too.",
        ],
        "change": [
            "I set up a new email for the NHS app, my email is {v} now.",
            "My email address has changed to {v}, please don't use the old one.",
            "The old account got hacked, so my email is {v} from now on.",
            "I've stopped using {old}, my new email is {v}.",
        ],
        "ask_now": [
            "What's my email address?",
            "Which email do you have for me now?",
            "Where should my emails go?",
        ],
        "ask_then": [
            "What was my old email address?",
            "Which email did I use before?",
        ],
    },
    "dose": {
        "tell": [
            "For my blood pressure I take {v}, and the statin, twenty milligrams, at night.",
            "I'm on {v} every morning, my reading was one forty over ninety before I started.",
            "The pharmacist put it on my repeat prescription, I take {v} a day.",
            "My blood pressure tablet is {v}, once a day.",
        ],
        "change": [
            "My readings were still high, so the cardiologist upped it, I'm on {v} now.",
            "The GP changed my blood pressure dose after the blood test, I take {v} now.",
            "I kept getting dizzy, so they've changed my dose to {v} from today.",
            "My repeat prescription has been changed, it's {v} now, not {old}.",
        ],
        "ask_now": [
            "How much lisinopril do I take now?",
            "What dose am I on for my blood pressure?",
            "What's my current lisinopril dose?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before?",
            "What was my old blood pressure dose?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}, the physio says it's good for my hands.",
            "On {v} I do pottery, so don't book any clinic appointments then.",
            "I go to pottery {v}, it's the one thing I do that isn't a hospital visit.",
            "Pottery is {v} for me, every week.",
        ],
        "change": [
            "My pottery class has moved to {v}, so it doesn't clash with hydrotherapy.",
            "Because of the new chemo schedule I've switched pottery to {v} now.",
            "Pottery isn't on {old} any more, my class is on {v} now.",
            "They changed the timetable, my pottery class is {v} from now on.",
        ],
        "ask_now": [
            "When is my pottery class?",
            "Which day do I do pottery now?",
            "When do I go to pottery?",
        ],
        "ask_then": [
            "When was my pottery class before it moved?",
            "Which day did I used to do pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink {v} every morning, two mugs, the practice nurse tuts at me.",
            "My one vice is {v}, I have it black with breakfast every day.",
            "I drink {v} daily, so fasting for the blood test nearly killed me.",
            "I'm a {v} drinker, a big cup first thing every morning.",
        ],
        "change": [
            "The cardiologist made me give up {v} for my palpitations, I don't drink it now.",
            "I've stopped drinking {v} completely, doctor's orders after the heart monitor.",
            "No more {v} for me, my blood pressure was one sixty over a hundred, so I quit.",
            "Since the reflux clinic I don't have {v} at all any more.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "Do I still have coffee in the mornings?",
            "How do I take my coffee?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, a steak or a chop with dinner.",
            "I love {v}, the dietician says I eat too much of it.",
            "Put me down as someone who eats {v}, I have it nearly every day.",
            "I'm a big {v} eater, steak on Fridays without fail.",
        ],
        "change": [
            "My cholesterol came back high, so I've cut out {v} completely, I'm vegetarian now.",
            "After the heart scare I stopped eating {v}, I'm vegetarian these days.",
            "No {v} for me any more, the consultant suggested it and I'm vegetarian now.",
            "I've gone vegetarian on the dietician's advice, so I don't eat {v} at all.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Do I have any dietary restrictions?",
            "Am I vegetarian?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, I have it after my evening tablets.",
            "If anyone asks, {v} is my favourite tea, always has been.",
            "My favourite tea is {v}, the ward nurses even keep some for me.",
            "I'm a {v} person, that's my favourite tea.",
        ],
        "change": [
            "Since the reflux started my favourite tea is {v} now, I can't take the old one.",
            "The pharmacist said the old one clashed with my pills, {v} is my favourite tea now.",
            "My favourite tea has changed, it's {v} these days.",
            "I've gone right off {old}, my favourite tea now is {v}.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea do I like best now?",
            "Which tea should you get for me?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}, she sits on my lap while I do my injections.",
            "My cat {v} is the reason I get up in the mornings.",
            "I've got a cat, {v}, the occupational therapist had to work around her.",
            "Our cat is called {v}, she's good company when I'm laid up.",
        ],
        "change": [
            "We had to rehome {old}, my asthma got too bad and the consultant insisted.",
            "Our cat {old} died last month while I was in hospital, we don't have a cat now.",
            "Sadly {old} had to be put to sleep, so there's no cat at home any more.",
            "The allergy clinic said the cat had to go, so {old} lives with my niece now.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How is my cat doing?",
            "Have I got any pets at home?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} drives me to all my appointments.",
            "{v}, my boyfriend, comes in with me to see the consultant.",
            "I live with my partner, {v}, he does my injections when my hands are bad.",
            "My boyfriend is {v}, he's down as my next of kin at the hospital.",
        ],
        "change": [
            "{old} and I split up after my operation, my partner now is {v}.",
            "I'm with {v} now, so please put him as my partner, not {old}.",
            "My new boyfriend is {v}, he came with me to the scan last week.",
            "Things ended with {old}, I'm seeing {v} now and he's my partner.",
        ],
        "ask_now": [
            "Who is my partner?",
            "What's my partner's name?",
            "Who am I with now?",
        ],
        "ask_then": [
            "Who was my partner before?",
            "Who was I with before?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, occupational health there signed me off last month.",
            "My employer is {v}, they've been good about my hospital appointments.",
            "I've been at {v} for years, that's where I work.",
            "For the fit note, I work at {v}.",
        ],
        "change": [
            "I didn't go back to my old job after the surgery, I work at {v} now.",
            "I've started a new job at {v}, it's part-time, better for my back.",
            "I left {old}, my employer now is {v}.",
            "The GP did me a phased return form for my new job at {v}, I started last week.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who is my employer now?",
            "Where do I work these days?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, it's got my blue badge on the dashboard.",
            "My car is {v}, for the hospital parking permit.",
            "If the car park attendant asks, mine is {v}.",
            "I've got {v}, it's my own car, I drive it to the clinic.",
        ],
        "change": [
            "After the knee replacement I needed an automatic, so I drive {v} now.",
            "I sold my old car, my car is {v} now, please update the parking permit.",
            "The OT said I should change cars, so I got {v}, that's what I drive now.",
            "My car is different now, I've got {v} instead of {old}.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What's my car now?",
            "Which car is mine?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, the consultant at the hospital writes to her.",
            "I see {v} at the surgery, she's my GP, the cardiologist is someone else.",
            "For my repeat prescriptions, my GP is {v}.",
            "{v} is my GP, and the practice nurse does my bloods.",
        ],
        "change": [
            "The surgery merged, so my GP is {v} now.",
            "My old GP retired, I've been moved to {v}, she's my GP now.",
            "I registered at a new practice, my GP is {v} from now on.",
            "I'm not under {old} any more, my GP is {v} now.",
        ],
        "ask_now": [
            "Who is my GP?",
            "Which doctor is my GP now?",
            "Who do I see at the surgery?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which GP did I have before I changed?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, the blood test is a different day.",
            "I've got the dentist on {v}, after the scan.",
            "The dental check-up is {v}, that's my dentist appointment.",
            "Can you note my dentist appointment, it's {v}.",
        ],
        "change": [
            "The dentist moved my appointment to {v}, because of my MRI scan.",
            "My dentist appointment is now {v}, it had to be rescheduled around the surgery.",
            "They cancelled my dentist appointment on {old}, I'm going on {v} instead.",
            "The dental surgery rang, my appointment has changed to {v}.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "When am I seeing the dentist?",
            "What date is my dentist appointment now?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist before it moved?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, that's how I like to be contacted, same as the surgery does.",
            "The best way to reach me is to {v} me, I prefer that.",
            "If it's about appointments, {v} me please, I'd rather that than anything else.",
            "I like you to {v} me, please.",
        ],
        "change": [
            "Since my hearing aids changed, I'd rather you {v} me from now on.",
            "The hospital started doing it this way and it suits me, so please {v} me now.",
            "Please change how you contact me, {v} me from now on instead.",
            "These days I prefer that you {v} me, the pharmacy does the same.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text, call or email me?",
            "What's the best way to get in touch with me?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, the nurses all do.",
            "Everyone at the clinic calls me {v}, I'd like you to as well.",
            "I go by {v}, that's my name to you.",
            "Just call me {v}, my full name is for the hospital letters.",
        ],
        "change": [
            "I've asked the ward staff to call me {v} now, please call me {v} too.",
            "I go by {v} these days, please use that.",
            "Since the rehab I've gone back to {v}, call me {v} from now on.",
            "Don't call me {old} any more, I'd like to be called {v}.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What's my nickname now?",
        ],
    },
}


def clinical_kinds() -> list[Kind]:
    """The kinds with the sixty-fourth held-out phrasing."""
    return heldout_kinds(_CLINICAL)
