"""An eighty-fifth held-out phrasing of the same facts (`generate --phrasing reading`, written
to `bench/changeeval/reading/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `onhold.py` and `heldout_kinds` only, without reading the supersession rules, the
other phrasings or the tests, and without running anything on these words first.
The callers are reading aloud from something in front of them while they talk: a letter, a
form, a bill, a phone screen or app, a prescription label, an appointment card, a payslip, a
car's logbook or rego papers, a vet's reminder. They say what it says ("it says here ...",
"according to this letter ...", "the label reads ...", "on my screen it's ..."), sometimes
agreeing with it, sometimes noticing that the paper is out of date and saying what is true
now instead, and sometimes reading the agent's own old record back and correcting it. Some
are slow and careful (finding their glasses, spelling it out), some quick; British, Irish,
American and Australian. The value sits early, in the middle or at the end of the turn.
Every change is about the caller and leaves no doubt that the old value no longer holds;
every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_READING: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Hang on, I've the council tax bill right here, yes, it says {v}, and that's where"
            " I live.",
            "{v}, that's what's printed on my driving licence and it's correct, that's home.",
            "Okay, I'm reading off the lease, the print's tiny, um, my address is {v}, that's"
            " the flat I live in.",
            "According to this letter from the bank, and they've got it right for once, I live"
            " at {v}.",
        ],
        "change": [
            "The letter you sent still has the old address on it, I don't live there any more,"
            " we moved in the summer, I'm at {v} now.",
            "I've got the new tenancy agreement in front of me, signed and all, so we've moved,"
            " it's {v} from now on.",
            "Let me read it off the removal company's invoice so I get it right, we've moved"
            " house, {v}, that's where we live now, the old place is sold.",
            "On my screen your app is showing where I used to live, that's out of date, my"
            " address is {v} now, I moved last month.",
        ],
        "ask_now": [
            "I've a form in front of me asking for my address, what have you got for me?",
            "Can you read me back the address you have on file, the current one?",
            "This parcel slip wants my home address, where do I live according to you?",
        ],
        "ask_then": [
            "The passport form wants my previous address, where was I living before I moved?",
            "It says here 'address before your last move', what was my old address?",
        ],
    },
    "phone": {
        "tell": [
            "Reading it off the settings on my phone, because I never remember it, my mobile"
            " number is {v}.",
            "Right, on my screen under 'my number' it says {v}, that's my cell.",
            "{v}, that's me, it's printed on my business card here as well, ring that one.",
            "Bear with me, I'm getting it off the top of my phone bill, the number for me is"
            " {v}, yes.",
        ],
        "change": [
            "Your reminder letter's got my old number on it, that phone's gone, my number is"
            " {v} now.",
            "I have the new contract here in front of me, new phone, new number, it's {v}, the"
            " old one's been cut off.",
            "Hang on, it says on the new SIM packet, {v}, that's my number now, I changed"
            " networks and couldn't keep the old one.",
            "You just read me back my old mobile, that's dead, mate, I changed it, use {v} from"
            " now on.",
        ],
        "ask_now": [
            "I'm filling in a form and I've gone blank, what's my phone number?",
            "Could you read me out the number you've got for me, so I can check it against"
            " my screen?",
            "What number have you got down for me at the moment?",
        ],
        "ask_then": [
            "There's a number on this old letter I don't recognise, what was my phone number"
            " before I changed it?",
            "Which number did I have before the new one?",
        ],
    },
    "email": {
        "tell": [
            "My email, let me read it off the screen so I get it right, {v}.",
            "It says on the receipt it went to {v}, and yes, that's my email, that's correct.",
            "The confirmation slip reads {v}, that's my email address, all lower case.",
            "I've my card here and the email on it is the one I use, {v}.",
        ],
        "change": [
            "The statement you posted has my old email printed at the top, I closed that"
            " account, my email is {v} now.",
            "Reading off the welcome message from the new provider, my email address is now"
            " {v}, the old one doesn't work any more.",
            "{v}, that's my new email, it's on the screen in front of me, I've stopped using"
            " the old address altogether.",
            "You've still got my previous email on your system, I can see it on this invoice,"
            " please change it, it's {v} now.",
        ],
        "ask_now": [
            "What email have you got on record for me? I want to check it against this letter.",
            "Which email address am I using these days, according to you?",
            "Can you read me my email address off your screen?",
        ],
        "ask_then": [
            "This old letter mentions an email I've forgotten, what was my email before I"
            " changed it?",
            "What email address did I have before the current one?",
        ],
    },
    "dose": {
        "tell": [
            "The label on the box reads {v}, one tablet each morning, that's what I'm on.",
            "I'm reading the prescription now, it says {v} once a day, and that's what I take.",
            "{v}, that's me, it's right here on the pharmacy sticker, for the blood pressure.",
            "Let me find my glasses... right, here it is, I take {v} daily, that's my dose.",
        ],
        "change": [
            "The old label still says the old dose but that box is finished, the doctor's put"
            " me on {v} now.",
            "I've got the new prescription here from the chemist, they changed it, it's {v}"
            " from now on, not what I was on before.",
            "According to this letter from the clinic my dose has changed to {v}, starting"
            " this week, and I've already started on it.",
            "Your reminder says the old amount, that's wrong now, I take {v}, the GP changed"
            " it on Monday.",
        ],
        "ask_now": [
            "The pharmacist's asking, what dose of lisinopril am I on?",
            "I can't read the label, it's all smudged, how much lisinopril do I take now?",
            "What's my current blood pressure dose on your records?",
        ],
        "ask_then": [
            "The new label's different from the old one, what dose of lisinopril was I taking"
            " before the change?",
            "What was my old lisinopril dose, before the doctor changed it?",
        ],
    },
    "class": {
        "tell": [
            "It's on the card they gave me at the studio, pottery, {v}, that's my class.",
            "According to the timetable on the fridge, my pottery class is on {v}.",
            "I'm looking at the booking email now, it says pottery on {v}, so I'm tied up then.",
            "{v}, that's when I do pottery, it says so right there in my calendar app.",
        ],
        "change": [
            "The printed timetable's wrong now, they emailed to say pottery's moved, it's on"
            " {v} from now on.",
            "So this letter from the community centre says my pottery class has been moved to"
            " {v}, and I've already been to the first one.",
            "On the app it's showing pottery on {v} now, they've changed the day, the old slot"
            " is gone.",
            "You've got pottery on the old day, that's out of date, it's {v} these days.",
        ],
        "ask_now": [
            "I can't find my timetable, which day is my pottery class?",
            "When's pottery, according to your notes?",
            "What day do I have pottery these days?",
        ],
        "ask_then": [
            "The old timetable's still stuck on the fridge, what day was pottery before they"
            " moved it?",
            "Which day did my pottery class used to be on?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink {v} every single morning, my loyalty card here is nearly full.",
            "It says on this order form 'hot drink', put down {v}, I have it every morning,"
            " white, no sugar.",
            "According to my bank statement I spend far too much on {v}, I have a cup every day.",
            "Reading off the usual order on my screen, {v}, two cups, that's right, I drink it"
            " every morning.",
        ],
        "change": [
            "The order form still has {v} on it, take that off, I've given it up completely,"
            " doctor's orders.",
            "My discharge letter says right here no caffeine, so no more {v}, I've stopped"
            " drinking it.",
            "You've got {v} down on my usual order, I don't drink it any more, I quit a month"
            " ago.",
            "I'm looking at the heart clinic leaflet, it says cut out {v}, and I have, I"
            " haven't touched it in weeks and I'm not going back.",
        ],
        "ask_now": [
            "The form asks about caffeine, do I drink coffee?",
            "What does my usual order say about coffee, do I have it?",
            "How do I take my coffee, according to you?",
        ],
    },
    "meat": {
        "tell": [
            "The dinner card's got a box for dietary needs, leave it blank, I eat {v}, steak"
            " every week.",
            "It says on the menu here 'steak night', perfect, I eat {v} most days.",
            "Reading from the booking form, 'any dietary requirements', none, I'm a big {v}"
            " eater, love a good steak.",
            "I eat {v}, yes, the butcher's receipt on my counter would tell you how much.",
        ],
        "change": [
            "The booking form still has me down for the steak, that's wrong, I'm vegetarian"
            " now, I've stopped eating {v}.",
            "According to this letter from the dietitian, no {v}, and I've gone fully"
            " vegetarian since, so none for me.",
            "You've got my old preferences on screen, I don't eat {v} any more, I went"
            " vegetarian in the spring.",
            "I'm just reading the menu you sent, please swap the steak, I gave up {v}, I'm"
            " vegetarian these days.",
        ],
        "ask_now": [
            "The form asks if I eat red meat, what have you got for me?",
            "Any dietary notes on my file for this booking?",
            "Do I eat red meat, according to your records?",
        ],
    },
    "favourite": {
        "tell": [
            "The welcome basket form says 'favourite tea', so write {v}, that's my favourite.",
            "It's {v}, I've got the empty box in my hand, my favourite tea by a mile.",
            "According to my order history on the screen I buy {v} every time, it's my"
            " favourite tea.",
            "Reading from your questionnaire, favourite tea, mine is {v}.",
        ],
        "change": [
            "Your form's still got the old tea on it, I've gone off that, my favourite tea is"
            " {v} now.",
            "I'm looking at my last three shopping receipts and it's {v} every time now, that's"
            " my favourite tea these days, not the old one.",
            "It says on my profile the old favourite, change that please, my favourite tea is"
            " {v} now.",
            "{v}, that's my favourite tea nowadays, the one printed on your card"
            " is what I used to like.",
        ],
        "ask_now": [
            "The basket form wants my favourite tea, what did I tell you?",
            "Which tea is my favourite these days?",
            "What have you got down as my favourite tea?",
        ],
        "ask_then": [
            "The old card says a different tea, what was my favourite before I changed it?",
            "Which tea was my favourite before the current one?",
        ],
    },
    "pet": {
        "tell": [
            "It says on the vet's reminder, {v}, due for her booster, that's our cat.",
            "Our cat's {v}, it's right here on the pet insurance letter.",
            "I'm reading off her microchip papers, name, {v}, she's our cat and she rules the"
            " place.",
            "We have a cat called {v}, the vet's card on my fridge has her photo on it.",
        ],
        "change": [
            "The vet's sent another reminder for {old}'s booster, but we lost her in March,"
            " she died, please take her off.",
            "I'm reading the insurance renewal and it still lists {old}, we had to have her"
            " put to sleep last month, so cancel that.",
            "Your letter still has {old} on it, we rehomed her in the spring, we don't have a"
            " cat now.",
            "On the app it's still showing {old}, she passed away a few weeks ago, she was"
            " sixteen.",
        ],
        "ask_now": [
            "The form asks if I have pets, do I have a cat?",
            "How's my cat, do you have her down?",
            "What's my cat called, according to your notes?",
        ],
    },
    "partner": {
        "tell": [
            "The form wants an emergency contact, put my boyfriend, {v}, he's my partner.",
            "It says 'partner's name' here, that's {v}, we've been together four years.",
            "My partner's {v}, I'm reading his name off the booking, it's for the both of us.",
            "Reading the invitation out, 'to you and {v}', yes, that's my partner.",
        ],
        "change": [
            "This letter still has {old} as my partner, we broke up ages ago, I'm with {v} now.",
            "On my screen it says next of kin {old}, that's finished, my partner is {v} now.",
            "I'm looking at the booking and it's got my ex on it, please change it to {v},"
            " he's my partner now.",
            "{v}, that's my partner these days, things with {old} ended last year, the form's"
            " behind the times.",
        ],
        "ask_now": [
            "The invitation needs my partner's name, who have you got down?",
            "Who's my partner, according to your records?",
            "What's the name of my partner these days?",
        ],
        "ask_then": [
            "This old card's addressed to me and someone else, who was my partner before?",
            "Who was I with before my current partner?",
        ],
    },
    "job": {
        "tell": [
            "According to my payslip I work at {v}, that's my employer.",
            "I'm reading off my staff badge, {v}, that's where I work.",
            "It says 'employer' here, I'll put {v}, I've been there years.",
            "I work for {v}, it's on the letterhead in front of me.",
        ],
        "change": [
            "The reference letter you've got lists my old job, I left there, I work at {v} now.",
            "I've my new contract in front of me, I started at {v} on Monday, I've finished up"
            " at the old place.",
            "On my screen it still says my old employer, that's old news, I'm at {v} these days.",
            "Reading off my new ID card, {v}, that's where I work now, I handed in my notice"
            " at the old job.",
        ],
        "ask_now": [
            "The form asks for my employer, where do I work?",
            "What's my workplace on your file?",
            "Where am I working these days?",
        ],
        "ask_then": [
            "This form wants my previous employer, where did I work before?",
            "What was my old job, before the current one?",
        ],
    },
    "car": {
        "tell": [
            "It says on the logbook here, {v}, that's my car.",
            "I drive {v}, it's right on the insurance certificate I'm holding.",
            "Reading off the rego papers, I've got {v}, that's what I drive.",
            "Going by the service book in the glovebox, my car is {v}.",
        ],
        "change": [
            "The parking permit still has my old car on it, I sold that, I drive {v} now.",
            "Got the new logbook through the post this morning, it's {v}, that's my car now,"
            " the old one's traded in.",
            "On the app it's showing the car I used to have, that's gone, I've got {v} now.",
            "{v}, that's what I've been driving since last week, the registration"
            " letter's here, I sold the other car.",
        ],
        "ask_now": [
            "The parking form wants my car, what do I drive?",
            "What car have you got down for me?",
            "Which car am I driving now, according to you?",
        ],
        "ask_then": [
            "The old insurance letter mentions a different car, what car did I have before?",
            "What was my previous car?",
        ],
    },
    "doctor": {
        "tell": [
            "It says on my appointment card, {v}, that's my GP.",
            "My GP's {v}, it's on the letter I've got here from the surgery.",
            "Reading the prescription, signed by {v}, yes, that's my doctor.",
            "According to my medical card, my GP is {v}.",
        ],
        "change": [
            "The letter's still from my old GP, but I've changed practice, my GP is {v} now.",
            "I've got the registration letter from the new surgery here, I'm with {v} from"
            " now on.",
            "Your records still have the old doctor, he retired, I see {v} now.",
            "{v}, that's my GP now, it says so on the new card, I moved practices.",
        ],
        "ask_now": [
            "The form asks for my GP, who is it?",
            "Which doctor am I with at the moment?",
            "Who do you have down as my GP?",
        ],
        "ask_then": [
            "This old letter's from my previous doctor, who was my GP before?",
            "Who was my GP before I changed?",
        ],
    },
    "dentist": {
        "tell": [
            "My appointment card says {v}, that's the dentist.",
            "The dentist reminder on my phone reads {v}, so that's when I'm going.",
            "It's on {v}, the dentist, I'm reading it off the text they sent me.",
            "I've the dentist on {v}, it's written on the calendar in front of me.",
        ],
        "change": [
            "My appointment card says one date but they rang and moved it, it's {v} now.",
            "I'm reading the new text from the dentist, it's been rescheduled to {v}, the old"
            " date is cancelled.",
            "Your reminder's got the old date, the dentist moved me, it's on {v} now.",
            "According to this letter, my dentist appointment is now on {v}, they changed it.",
        ],
        "ask_now": [
            "I've lost the appointment card, when is my dentist appointment?",
            "What date do you have for my dentist?",
            "When am I at the dentist?",
        ],
        "ask_then": [
            "The old card shows a different date, when was my dentist appointment originally?",
            "What date was my dentist appointment before it moved?",
        ],
    },
    "contact": {
        "tell": [
            "It says 'preferred contact' on the form, please {v} me, that's the best way.",
            "Reading your form here, how to reach me, best to {v} me.",
            "I'd like you to {v} me, it's ticked on the sheet I'm holding.",
            "Just {v} me, that's what I've put on the form.",
        ],
        "change": [
            "The form's got the old box ticked, please {v} me instead from now on.",
            "On the app it still shows my old preference, change it, {v} me these days.",
            "I'm reading your letter and it's got my old contact preference, that's out of"
            " date, please {v} me now.",
            "From now on please {v} me, I've changed the box on the form.",
        ],
        "ask_now": [
            "The form asks how I like to be contacted, what's on my file?",
            "Should you text, email or call me?",
            "How do I prefer to be reached?",
        ],
    },
    "nickname": {
        "tell": [
            "The form's got my full name on it but please call me {v}, everyone does.",
            "Name tag reads {v}, that's what I go by.",
            "I'm reading the email signature, {v}, that's me, call me that.",
            "{v}, please, that's what's on my badge and it's what I go by.",
        ],
        "change": [
            "Your letters still call me by my old nickname, I go by {v} now.",
            "On my screen it says the old name, please change it, call me {v} from now on.",
            "The name badge you printed is out of date, I'm {v} these days.",
            "I've just read your last email, you've used the old name, I go by {v} now, please.",
        ],
        "ask_now": [
            "What name have you got down for me?",
            "What should you call me?",
            "What name do I go by, according to your records?",
        ],
    },
}


def reading_kinds() -> list[Kind]:
    """The kinds with the eighty-fifth held-out phrasing."""
    return heldout_kinds(_READING)
