"""A sixty-seventh held-out phrasing of the same facts (`generate --phrasing interrupted`,
written to `bench/changeeval/interrupted/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers ring from busy places, a kitchen at teatime, the school run, a train, a waiting
room, a cafe, and keep being interrupted while they talk. They break off to speak to someone
in the room by name ("hang on, Jack, put that down! Sorry, where was I"), deal with the house
("one sec, the kettle", "that's the doorbell", "the smoke alarm, open the window!"), wave off
a child or relative ("no, not you, love, I'm on the phone", "Mommy's on the phone, okay?"),
lose the line ("you're breaking up, I said ...", "did that come through? The signal's
awful") and restart the sentence afterwards ("our house is... sorry. Our house is at ...").
The value comes before the interruption, after it, or on both sides of it, and British and
American callers mix short and long sentences. The people in the room are only talked to:
the value is always plainly the caller's own, and every change says plainly that the old
value no longer holds ("it's not ... any more, hold on, the removal men are asking
something... sorry, it's ... now").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

INTERRUPTED_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Sorry, hang on. Jack, put that down! Sorry, where was I. Oh yes, my home address,"
            " it's {v}.",
            "I live at {v}. Did you catch that? You're breaking up a bit. {v}, that's home.",
            "Our house is... one sec, that's the doorbell... sorry. Our house is at {v}.",
            "Home address is {v}. No, not you, sweetie, I'm on the phone. Sorry about that,"
            " yeah, {v}.",
        ],
        "change": [
            "We've moved house, so the new address is... Jack, get down off the boxes! Sorry."
            " The new address is {v}.",
            "I'm calling because we moved, we're at {v} now. Hello? You're breaking up. I said"
            " we moved, it's {v} now.",
            "Can you update my address? It's not {old} any more, hold on, the removal men are"
            " asking something... sorry, it's {v} now, we moved in on Friday.",
            "So we finally moved out of {old}, and the new place... Noah, not in your mouth!"
            " Sorry. The new place is {v}.",
        ],
        "ask_now": [
            "What's my home address?",
            "Sorry, the kids are shouting, which address do you have for me?",
            "Can you read me back the address you've got on file for me?",
        ],
        "ask_then": [
            "What was my old address, before we moved?",
            "Where was I living before the move?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile is {v}. Sorry, hang on, Ellie, I'm on the phone! Sorry, did you get"
            " that? {v}.",
            "You can reach me on... one sec, the kettle's screaming... right, you can reach me"
            " on {v}, that's my mobile.",
            "The best number for me, and sorry, the line's really bad here, is {v}.",
            "Let me give you my cell. It's... no, not you, babe, I'm talking to the phone"
            " people. Sorry. My cell number is {v}.",
        ],
        "change": [
            "I've got a new mobile number, hang on, Dylan, shoes on, now please! Sorry. The new"
            " number's {v}.",
            "My number changed, it's {v} now. Are you still there? It cut out. New number, {v}.",
            "Don't use {old} any more, I... sorry, one sec, someone at the door... sorry. I got"
            " a new phone, the number is {v}.",
            "Quick one before the baby wakes up, my phone number's changed to... oh, there she"
            " goes. Sorry. It's changed to {v}.",
        ],
        "ask_now": [
            "What's my phone number?",
            "Which number should you ring me on?",
            "Sorry, it's noisy here, what's the number you've got for me?",
        ],
        "ask_then": [
            "What was my old phone number?",
            "Which number did I have before I changed it?",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}. Sorry, did that come through? The signal's awful. {v}.",
            "Send it all to my email, that's... Priya, can you turn the telly down? Thanks."
            " That's {v}.",
            "Hang on, let me just... Tyler, quit it, leave your sister alone! Sorry. My email"
            " address is {v}.",
            "It's {v}, my email, sorry, I'm at the school gates and it's chaos.",
        ],
        "change": [
            "I've changed my email address, it's now... sorry, hang on, the oven's beeping..."
            " okay, it's now {v}.",
            "Please stop using {old}, I don't check that any more. Hello? You're breaking up."
            " My new email is {v}.",
            "New email for me, {v}. No, not you, Grandad, I'm on the phone. Sorry, yes, {v}"
            " from now on.",
            "My email's different now, I'll say it again in case you missed it, {v}, the old"
            " one's closed.",
        ],
        "ask_now": [
            "What's my email address?",
            "Which email have you got on file for me?",
            "Where should the receipts go, which email?",
        ],
        "ask_then": [
            "What was my old email address?",
            "Which email did I use before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v} for my blood pressure, sorry, hang on, Mum, the door! Sorry, yes, {v},"
            " every morning.",
            "For my blood pressure I take, sorry, it's so loud in this waiting room, I take {v}"
            " every morning.",
            "My dose is {v}, once a day, for the blood pressure. Did you get that? It cut out."
            " {v}.",
            "I'm on... Ellie, stop it, give it back to him! Sorry. I'm on {v}, that's my blood"
            " pressure tablet.",
        ],
        "change": [
            "The doctor's changed my blood pressure dose, I'm on... hang on, Jack, put that"
            " down! Sorry. I'm on {v} now.",
            "They switched me to {v} last week. Hello? You went quiet. I said my dose changed,"
            " it's {v} now.",
            "I'm not on {old} any more, sorry, one sec, the kettle. Right. The new dose is {v},"
            " the doctor changed it on Monday.",
            "No, not you, love, I'm on the phone... sorry. My lisinopril dose has changed, I"
            " take {v} now.",
        ],
        "ask_now": [
            "How much lisinopril do I take?",
            "What dose am I on for my blood pressure?",
            "Sorry, what's my current lisinopril dose?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before?",
            "What was my old blood pressure dose, before they changed it?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}. Sorry, one sec, Noah, inside voice please! Sorry."
            " {v}, pottery.",
            "I do pottery on... hang on, that's the doorbell. Sorry. I do pottery on {v}, so"
            " I'm never free then.",
            "I've got pottery class on {v}, did you catch that? The line's terrible here. {v},"
            " for pottery.",
            "I'm busy on {v} because of my pottery class, no, not you, honey, go ask your dad."
            " Sorry!",
        ],
        "change": [
            "Pottery's moved, hold on, Kayla, the tap's running! Sorry. My pottery class is on"
            " {v} now.",
            "They changed the pottery schedule, so it's not {old} any more, you're breaking"
            " up, I said my pottery class is on {v} now.",
            "My pottery class moved to {v}. Sorry, it's mad here, did that come through? {v},"
            " from now on.",
            "So pottery, sorry, one sec, the timer... right, pottery has switched to {v}.",
        ],
        "ask_now": [
            "When is my pottery class?",
            "Which day do I do pottery now?",
            "What day's my pottery class?",
        ],
        "ask_then": [
            "Which day was pottery before it moved?",
            "When was my pottery class before they changed it?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink two cups of {v} every morning. Sorry, hang on, Jack, leave your brother"
            " alone! Sorry. Two cups of {v}, black, every morning.",
            "Can't live without my morning {v}, oh, one sec, the doorbell, sorry, yeah, {v}"
            " every morning, black.",
            "I have {v} every morning, did you get that? You're cutting out. I drink {v}, every"
            " morning.",
            "I love my {v}, no, not you, sweetheart, Mommy's on the phone, okay? Sorry. Yeah, I"
            " have it every day.",
        ],
        "change": [
            "I've given up {v}, hang on, Ellie, get down from there! Sorry. Yes, I don't drink"
            " {v} at all now.",
            "No more {v} for me, the doctor said. Sorry, you're breaking up. I said I've quit"
            " {v} completely.",
            "I used to drink {v} every morning, but, sorry, one sec, that's the kettle, it's"
            " herbal tea for me now. I've stopped drinking {v}.",
            "I quit {v} last month. No, Dylan, not now, I'm on the phone! Sorry. Yeah, no {v}"
            " for me any more.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "How do I take my coffee?",
            "Sorry, do I have coffee in the mornings?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, sorry, hang on, the smoke alarm, Jack, open the window!"
            " Sorry. Yeah, I'm a big {v} eater, steak on Fridays.",
            "I love a good steak, I eat... sorry, you're breaking up... I said I eat {v} most"
            " days.",
            "Put me down as a {v} eater, no, not you, Gran, I'm on the phone. Sorry. Steak"
            " every Friday, me.",
            "Steak, burgers, all of it, I eat {v} pretty much every day. One sec, doorbell."
            " Sorry, yeah, {v}.",
        ],
        "change": [
            "I've stopped eating {v}, sorry, Noah, shoes off in the house! Sorry. I'm"
            " vegetarian now.",
            "I'm vegetarian these days. Did you hear me? The line keeps dropping. No {v} for me"
            " at all.",
            "So about food, hang on, the kids are... sorry. I don't eat {v} any more, I went"
            " vegetarian in January.",
            "No {v} for me please, I'm vegetarian now. Sorry, it's so noisy in this cafe, did"
            " you get that? Vegetarian, no {v}.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary restrictions for me?",
            "Sorry, can you check, do I eat meat?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}. Hang on, that's the kettle, speak of the devil. Sorry,"
            " yes, {v}.",
            "I'm a {v} person, sorry, Ellie, not the good scissors! Sorry. Yes, {v} is my"
            " favourite tea.",
            "For the basket, my favourite tea is... you're breaking up, can you hear me? I said"
            " {v}, my favourite tea.",
            "Put in {v}, that's my favourite tea. No, not you, Jack, I'm on the phone.",
        ],
        "change": [
            "My favourite tea's changed, hang on, the doorbell... sorry. It's {v} now.",
            "I've gone off {old}, sorry, one sec, Kayla, put your coat on! Sorry. {v} is my"
            " favourite tea these days.",
            "These days my favourite tea is {v}. Did that come through? The signal's rubbish"
            " here. {v}, that's my favourite now.",
            "I'm all about {v} now, no, not you, love, I'm on the phone, sorry, that's my new"
            " favourite tea.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea should go in my basket?",
            "Sorry, which tea do I like best?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I like best before I changed?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}. {v}, get off the counter! Sorry, she's a handful.",
            "Our cat's called {v}, hang on, Noah, don't pull her tail! Sorry. Yes, {v}, she"
            " runs the house.",
            "We've got a cat, {v}, sorry, you're breaking up. I said we have a cat called {v}.",
            "There's the three of us and the cat, {v}. One sec, that's the door. Sorry, yes,"
            " our cat {v}.",
        ],
        "change": [
            "Sadly we lost {old} last month, sorry, one sec, Ellie, it's okay, sweetheart."
            " Sorry. She was fifteen, our cat.",
            "Our cat {old} passed away in the spring. Sorry, you're cutting out. I said {old}"
            " died, we don't have a cat any more.",
            "We had to rehome {old}, hang on, Jack, that's enough! Sorry. My allergies got too"
            " bad, so no cat now.",
            "You'll remember our cat {old}? Well, she, sorry, the doorbell, she died last week."
            " It's been hard.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How is my cat doing?",
            "Sorry, have I got a cat at the moment?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} and I are going to the coast, sorry, hang on, Ellie, get your"
            " shoes! Sorry. Yes, me and {v}.",
            "My partner's called {v}, sorry, you're breaking up. My partner, {v}.",
            "{v}, my partner, is doing the cooking. One sec, the smoke alarm. Sorry, yeah, {v}"
            " is doing the cooking.",
            "I'm going with my boyfriend, he's... no, not you, Noah, I'm on the phone! Sorry."
            " My boyfriend's name is {v}.",
        ],
        "change": [
            "{old} and I split up, sorry, hang on, Jack, put that down! Sorry. I'm seeing"
            " someone new now, {v}.",
            "I'm with {v} now, things with {old} ended. Did you get that? The line's terrible."
            " My new partner is {v}.",
            "My new partner, sorry, one sec, the kettle, my new partner is {v}.",
            "It's not {old} any more, we broke up, and you're breaking up too, ha. I'm with {v}"
            " now.",
        ],
        "ask_now": [
            "Who is my partner?",
            "What's my partner's name?",
            "Sorry, who am I with at the moment?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my ex's name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, sorry, hang on, Kayla, not now! Sorry. Yeah, {v}, it's steady.",
            "I've been at {v} for years. Did you catch that? I'm on the train. I work at {v}.",
            "My job? Sorry, one sec, that's my lunch order, thanks! Sorry. I work at {v}.",
            "I'm at {v}, no, not you, Dylan, I'm on the phone, sorry, yes, that's where I work.",
        ],
        "change": [
            "I started a new job at {v}, hang on, the printer's jammed again... sorry. Yes, I"
            " work at {v} now.",
            "I left {old}, sorry, you're breaking up, I said I left {old}, I work at {v} now.",
            "New job! Sorry, one sec, Noah, put that back! Sorry. I'm working at {v} these days.",
            "I don't work at {old} any more, I'm at... no, not you, Priya, I'm on a call,"
            " sorry. I work at {v} now.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who is my employer?",
            "Sorry, where am I working these days?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, sorry, hang on, Jack, seatbelt on please! Sorry. Yeah, {v}.",
            "My car is, sorry, you're breaking up, my car is {v}.",
            "My car's {v}. No, not you, love, I'm on the phone! Sorry. {v}, that's my car.",
            "It'll be {v}, that's what I drive. One sec, the kids. Sorry, did that come"
            " through? {v}.",
        ],
        "change": [
            "We traded the old car in, sorry, hang on, Ellie, stop kicking the seat! Sorry. I"
            " drive {v} now.",
            "I got a new car, it's {v}. Hello? It cut out. New car, {v}.",
            "I don't drive {old} any more, sorry, one sec, the man from the garage... sorry."
            " My car is {v} now.",
            "My car's changed, no, not you, Tyler, I'm on the phone! Sorry. I've got {v} now.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What's my car?",
            "Sorry, what am I driving these days?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, sorry, hang on, Mason, don't touch that! Sorry. Yes, {v} at the Elm"
            " Street practice.",
            "I see {v}, that's my... sorry, you're breaking up, I said my GP is {v}.",
            "Send the forms to my GP, that's... one sec, they're calling numbers in the waiting"
            " room. Sorry. My GP is {v}.",
            "It's {v}, my doctor, no, not you, honey, Mommy's on the phone. Sorry. {v}, that's"
            " my doctor.",
        ],
        "change": [
            "I've switched GPs, sorry, hang on, Kayla, sit down! Sorry. My GP is {v} now.",
            "My new GP is {v}. Did that come through? The signal's bad. {v}, the old one retired.",
            "I'm not with {old} any more, sorry, one sec, the kettle. Right. My GP is {v} now,"
            " new practice.",
            "Can you update my doctor, it's, no, not you, Grandad, I'm on the phone, sorry, my"
            " GP is {v} now.",
        ],
        "ask_now": [
            "Who is my GP?",
            "Which doctor do I see?",
            "Sorry, who's my doctor at the moment?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, sorry, hang on, Jack, off the stairs! Sorry."
            " Yes, {v}.",
            "I've got the dentist on, you're breaking up, can you hear me? I've got the"
            " dentist on {v}.",
            "Dentist, one sec, the doorbell, sorry, the dentist is on {v}.",
            "Coming up, I've got a dentist appointment, no, not you, love, I'm on the phone,"
            " it's on {v}.",
        ],
        "change": [
            "The dentist moved my appointment, hang on, Ellie, not on the sofa! Sorry. It's on"
            " {v} now.",
            "My dentist appointment got rescheduled to {v}. Did you catch that? It's not {old}"
            " any more, it's {v}.",
            "They've moved my dentist appointment, sorry, one sec, the baby's crying. Sorry."
            " It's {v} now, not {old}.",
            "The dentist rang, sorry, the line's cutting out, the dentist rang and moved my"
            " appointment to {v}.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "What date's my dentist appointment?",
            "Sorry, when do I see the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist before it moved?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me rather than anything else, sorry, hang on, Jack, leave it! Sorry."
            " Yeah, just {v} me.",
            "Best way to get in touch? Sorry, you're breaking up. I said it's best to {v} me.",
            "If you need me, {v} me, that's how I like to be contacted. One sec, the kids."
            " Sorry, yes, {v} me.",
            "I'd like you to, no, not you, Dylan, go and get dressed, sorry, I'd like you to"
            " {v} me, that's what I prefer.",
        ],
        "change": [
            "Actually, from now on, sorry, one sec, the kettle, from now on please {v} me"
            " instead.",
            "I'd rather you {v} me these days. Hello? You cut out. I said please {v} me now,"
            " not the old way.",
            "Can you change how you contact me? Hang on, Ellie, stop it! Sorry. Please {v} me"
            " from now on.",
            "Don't {old} me any more, I'd rather you, no, not you, love, sorry, I'd rather you"
            " {v} me now.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text or call me?",
            "Sorry, how do I prefer you get in touch with me?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, everyone does. Sorry, hang on, Jack, not with your fingers!"
            " Sorry. Yeah, {v}.",
            "Just call me, sorry, you're breaking up, I said just call me {v}.",
            "I go by {v}, one sec, the doorbell, sorry, yeah, call me {v}.",
            "Call me {v}, no, not you, Noah, I'm on the phone! Sorry, yes, {v} is fine.",
        ],
        "change": [
            "I go by {v} these days, hang on, Ellie, inside, now! Sorry. Yes, call me {v} now.",
            "Don't call me {old} any more, sorry, did that come through? I go by {v} now.",
            "Actually, you can call me, sorry, one sec, the kettle, you can call me {v} now,"
            " I've gone back to it.",
            "I've changed what I go by, no, not you, love, sorry, it's {v} now, please call me"
            " {v}.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "Sorry, what do I like to be called?",
        ],
    },
}


def interrupted_kinds() -> list[Kind]:
    """The kinds with the sixty-seventh held-out phrasing."""
    return heldout_kinds(INTERRUPTED_UPPER)
