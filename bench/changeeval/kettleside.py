"""A twenty-eighth held-out phrasing of the same facts (`generate --phrasing kettleside`, written
to `bench/changeeval/kettleside/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds` and `phrasings.py` only, and the header and footer of `onhold.py` for the shape
of the module, without reading the supersession rules, the other phrasings or the tests, and
without running anything on these words first. The callers ring in the morning from the
kitchen while the kettle boils: a retired nurse, a market trader before opening, a teenager
calling for themselves for the first time, someone getting their affairs in order, a
night-shift security guard just home, a busy pharmacist, and callers from Glasgow, Lagos,
Karachi, Manila, Cork and Trinidad speaking the English they speak. The wording runs wide:
facts dropped in while doing something else ("hang on, the kettle — right, it's ..."), several
updates in one breath, changes explained by paperwork (a letter from the surgery, a new
contract, the bank changing a card, the logbook), understatement and double negatives ("it's
not like I don't miss ..."), British, Irish and Caribbean idiom ("I'm after moving", "I doh
..."), a value given and then said a second time later in the turn, and questions that check
rather than ask ("what's on my file for ...", "tell me what you'd say my ... is"). Every change
is about the caller and leaves no doubt that the old value no longer holds; every tell states
the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_KETTLESIDE: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Hang on, the kettle's going — right, sorry, I'm at {v}, that's home.",
            "For your file, love, home is {v}. That's {v}, yes.",
            "Aye, I stay at {v}, been there a good while now.",
            "My house is {v}, ma'am, you can put that down po.",
            "I'm ringing for myself for the first time, so, um, my address is {v}.",
            "Write it down as {v}, that's where I live, the house with the blue door.",
        ],
        "change": [
            "Let me just take this off the boil — right, I'm after moving, we're in {v} now, "
            "the old place is gone.",
            "You'll still have me at {old}, won't you? That's done with, I've moved out. "
            "It's {v} now. {v}.",
            "Three things while the kettle boils: I found the spare key, I paid the milkman, "
            "and the big one, I've moved house, it's {v} from now on.",
            "The solicitor's letter came, completion's done, so I live at {v} now and not at "
            "the old address any more.",
            "We move, oui — we living at {v} now, the old house sell off already.",
            "Kindly update my address, I have shifted to {v}. The old house I have left "
            "completely.",
            "I'm putting my affairs in order, and the first thing is I've moved to a smaller "
            "place, {v}. The old house isn't mine any more, so it's {v} for everything.",
        ],
        "ask_now": [
            "What's on my file for my address?",
            "Tell me what you'd say my address is.",
            "You've got the right address for me, haven't you? Go on, what have you got?",
            "Where would you post a letter to me, then? Which address?",
            "Where is it I live, according to you?",
            "Just so I know it's right, what HAVE you got as my address?",
        ],
        "ask_then": [
            "What was the address you had for me before I moved?",
            "Where was I living before, the old address?",
            "Remind me of my previous address, the one before this.",
        ],
    },
    "phone": {
        "tell": [
            "My mobile — hold on, kettle — right, it's {v}.",
            "Best to ring me on {v}. That's {v}, yes.",
            "The number is {v} po, that's my cellphone.",
            "You can get me on {v}, it's my own phone, I've not given it out myself before.",
            "I'm just in off the night shift, but for your records, my number's {v}.",
            "Take my number, {v}, that's the one I actually answer.",
        ],
        "change": [
            "The bank changed my card and made me update everything, so my number's {v} now, "
            "the old one's been cut off.",
            "You've still got me down as {old}, haven't you? That's dead, it's {v} now. {v}.",
            "Few bits in one go: the window cleaner's paid, the bins are out, and my phone "
            "number's changed, the new one is {v}.",
            "My dear, I have changed my line, the new number is {v}, abeg don't use the old "
            "one again.",
            "New contract on the phone and a new number with it, {v}. The old number's not "
            "mine any more.",
            "Aye, I got a new phone and the old number went with the old phone. It's {v} now.",
            "It's not like I didn't like the old number, but it's gone — ring me on {v} from "
            "now on.",
        ],
        "ask_now": [
            "What's on my file for my phone number?",
            "Tell me what number you'd ring me on.",
            "You've got my right number, haven't you? What is it you've got?",
            "Read me back my phone number, would you?",
            "You've still got my number right, haven't you? No, go on, what HAVE you got?",
        ],
        "ask_then": [
            "What was the number you had for me before I changed it?",
            "What was my old phone number, the previous one?",
        ],
    },
    "email": {
        "tell": [
            "Receipts to {v}, please. That's my email.",
            "My email — sorry, the kettle's screaming — it's {v}.",
            "The email address is {v}. I'll say it again: {v}.",
            "You can email me at {v}, I check it every morning before I open the stall.",
            "Put {v} as my email, ma'am, that's the one.",
        ],
        "change": [
            "The bank changed my card and I redid all my logins while I was at it, so the new "
            "email is {v}, the old one's closed.",
            "You'll have {old} for me, won't you? Scrap that, I've shut it down. It's {v} now.",
            "I have opened a new email, kindly note, {v}. The old one I am not checking "
            "at all now.",
            "Right, couple of things before I open up — the van's fixed, and my email's "
            "changed, it's {v}, not the old one.",
            "The old email's gone for good, I'm on {v} now. Yes, {v}.",
        ],
        "ask_now": [
            "What email have you got on my file?",
            "Tell me what you'd say my email address is.",
            "Which email would my receipts go to, then?",
            "You've got my proper email, haven't you? What is it?",
        ],
        "ask_then": [
            "What was my old email, the one before?",
            "Which email did you have for me before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "For my blood pressure I'm on {v}, every morning with my breakfast.",
            "I take {v} — hold on, I'll just pour this — yes, {v}, first thing.",
            "I was a nurse forty years, so I'll tell you properly: {v}, once daily.",
            "My tablet is {v}, I take it every morning.",
            "Aye, it's {v} for the blood pressure, every day without fail.",
        ],
        "change": [
            "The letter from the surgery says my dose has changed, so I'm on {v} now and not "
            "the old amount.",
            "The doctor has changed my tablet, I am now taking {v}. The old dose I have stopped.",
            "Several things: the prescription's renewed, I've had my bloods done, and the "
            "dose is different, it's {v} from today.",
            "You'll have my old dose down, won't you? That's finished. I'm on {v} now. {v}, yes.",
            "It's not like the old dose did nothing, but the GP's moved me on to {v}, so "
            "that's what I take now.",
            "I'm a pharmacist so I know the drill: my own dose has changed, I'm on {v} now, "
            "the old strength is stopped.",
        ],
        "ask_now": [
            "What dose of lisinopril is on my file?",
            "Tell me what you'd say I take for my blood pressure.",
            "How much lisinopril am I on, according to you?",
            "You've got my blood pressure dose right, haven't you? What does it say?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before it changed?",
            "What was my old blood pressure dose?",
        ],
    },
    "class": {
        "tell": [
            "Pottery's on {v}, so don't book me anything then.",
            "I've got pottery on {v}. {v}, every week.",
            "My pottery class — kettle's on, sorry — is on {v}.",
            "I go for pottery on {v}, it's my little treat.",
            "Pottery on {v}, that's me, rain or shine.",
        ],
        "change": [
            "Pottery's changed days, it's on {v} now, the old day's finished.",
            "The centre sent a letter, pottery moves to {v} from this term, so not the old "
            "day any more.",
            "You'll still have pottery on the old day, won't you? No, it's {v} now. {v}.",
            "They have shifted my pottery class to {v}, permanently.",
            "Quick list while I've got you: the kiln's fixed, I've a new apron, and pottery's "
            "moved to {v} for good.",
        ],
        "ask_now": [
            "When's my pottery class, what's on my file?",
            "Which day do I have pottery?",
            "Tell me what day you'd say I do pottery.",
        ],
        "ask_then": [
            "Which day was pottery on before they moved it?",
            "What was my old pottery day?",
        ],
    },
    "coffee": {
        "tell": [
            "I'll have my {v} in a minute, the kettle's just boiling — every morning, black.",
            "Can't start the day without {v}, two mugs before I'm human.",
            "I drink {v} every morning, strong, no sugar.",
            "I have a {v} the minute I'm in the door, every single day.",
        ],
        "change": [
            "The kettle's for hot water now, not {v} — I've given it up, doctor told me to.",
            "I've stopped drinking {v} altogether, not a drop since last month.",
            "It's not like I don't miss {v}, but I've quit it completely. None at all now.",
            "The letter from the surgery says no caffeine, so no more {v} for me, I've stopped.",
            "I doh drink {v} at all now, I give it up completely.",
        ],
        "ask_now": [
            "Do I drink coffee, according to my file?",
            "What have you got about me and coffee?",
            "Tell me, do I take coffee?",
        ],
        "ask_then": [],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, I'm not fussy.",
            "Put me down as a {v} eater, steak whenever I can get it.",
            "I love {v}, I have it near enough every day.",
            "A good plate of {v}, that's me, most evenings.",
        ],
        "change": [
            "I've gone vegetarian, so no {v} now, none at all.",
            "It's not like I don't miss {v}, but I've stopped eating it, I'm vegetarian now.",
            "I have stopped eating {v}, I am vegetarian now, kindly note it.",
            "Bits of news: new apron for the stall, and I don't eat {v} any more, I'm veggie, "
            "full stop.",
            "I doh eat {v} at all now, I turn vegetarian.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "What's on my file about what I eat?",
            "Anything I don't eat, according to you?",
        ],
        "ask_then": [],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, I've the kettle on for one right now.",
            "If it's a basket, {v} — that's my favourite tea. {v}.",
            "{v}, that's the tea I like best.",
            "Favourite tea? {v}, every time.",
            "I'm a {v} drinker, it's my favourite.",
        ],
        "change": [
            "I've gone right off the old tea, {v}'s my favourite now.",
            "These days it's {v}, that's my favourite tea now, not the old one.",
            "You'd have my favourite down as {old}, wouldn't you? Not any more, it's {v} now.",
            "The kettle's boiling for a {v}, that's my favourite tea now, I've switched.",
            "My taste has changed, my favourite tea is {v} now.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Tell me what tea you'd put in my basket.",
            "What's on my file as my favourite tea?",
        ],
        "ask_then": [
            "What was my favourite tea before I switched?",
            "Which tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            "We've a cat, {v}, she's sat on the counter watching the kettle.",
            "My cat's called {v}, she rules the place.",
            "There's {v}, my cat, she's the boss of the house.",
            "I have a cat named {v}, she keeps me company.",
        ],
        "change": [
            "We lost {old} last month, she was very old, so there's no cat now.",
            "{old} died in the spring, so it's just me, no cat any more.",
            "My allergies got worse, so I've had to rehome {old}. No cat in the house now.",
            "You'll still have {old} down as my cat, won't you? She passed, I'm afraid. "
            "No cat now.",
            "It's not like I don't think about {old}, but she's gone, she passed away. No cat.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "What's on my file about my cat?",
            "Tell me what you've got about any pets of mine.",
        ],
        "ask_then": [],
    },
    "partner": {
        "tell": [
            "Me and my partner {v} are having a quiet one this weekend.",
            "My partner's {v}, we've been together a good while.",
            "{v}'s my boyfriend, {v}'s doing the cooking this weekend.",
            "I'm with {v}, that's my partner.",
        ],
        "change": [
            "{old} and me are finished, I'm with {v} now.",
            "You'll have {old} down as my partner, won't you? That's over. It's {v} now. {v}.",
            "Things ended with {old} in the spring, and I'm seeing {v} now.",
            "My new partner is {v}, me and {old} broke up.",
            "Few bits of news: new haircut, new glasses, and I'm with {v} now, {old} and I "
            "are done.",
        ],
        "ask_now": [
            "Who's my partner?",
            "What have you got as my partner's name?",
            "Tell me who you'd say I'm with.",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my old partner's name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, that's where I am most days.",
            "Just in from my shift at {v} — that's my work.",
            "I'm employed at {v}, ma'am.",
            "I've been at {v} a fair few years, it's steady.",
        ],
        "change": [
            "The new contract starts this week, I'm at {v} now, I've left the old place.",
            "You'll still have me at {old}, won't you? I left, I'm working at {v} now.",
            "I've changed jobs, I'm at {v} now. {v}, yes.",
            "I've moved on from my old job, I'm with {v} these days.",
            "I'm after starting at {v}, the old job's behind me.",
        ],
        "ask_now": [
            "Where do I work?",
            "What's on my file for my employer?",
            "Tell me who you'd say I work for.",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old employer?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, it's out the front.",
            "My car's {v}, you'll see it in the car park.",
            "It's {v} I drive, yes.",
            "Put down {v}, that's my car.",
        ],
        "change": [
            "The logbook's come through, so it's official: I drive {v} now, the old car's sold.",
            "You'll still have my old car, won't you? Gone. It's {v} now. {v}.",
            "I traded the old one in, I'm driving {v} now.",
            "I have sold my old car, now I am driving {v}.",
            "Few things: the insurance is sorted, the parking permit's renewed, and I've a new "
            "car, {v}. The old one's gone.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What's on my file for my car?",
            "Tell me what car you'd say I've got.",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP's {v}, down at the practice.",
            "I see {v}, that's my GP.",
            "The doctor I'm with is {v}.",
            "{v} is my family doctor, for the forms.",
        ],
        "change": [
            "The letter from the surgery says I've been moved to {v}, so that's my GP now, "
            "not the old one.",
            "You'll have {old} down as my GP, won't you? Not any more, I'm with {v} now.",
            "I changed practices, my GP is {v} now.",
            "My old doctor retired, so my GP is {v} these days.",
            "I'm after switching doctors, it's {v} now.",
        ],
        "ask_now": [
            "Who is my GP?",
            "Which GP have you got on my file?",
            "What doctor have you got me down with?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I have before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "I've got the dentist on {v}.",
            "My dentist appointment is on {v}, it's on the fridge.",
            "Dentist — hang on, kettle — on {v}. Yes, {v}.",
            "My appointment with the dentist falls on {v}.",
        ],
        "change": [
            "The dentist's letter says they've moved me to {v}, so the old date's off.",
            "My dentist appointment is now on {v}, they rescheduled it.",
            "You'll still have the old date for my dentist, won't you? It's changed. {v} now.",
            "The dentist rang, the appointment's moved to {v}, not the old day.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "What date have you got for my dentist?",
            "Tell me when you'd say I'm at the dentist.",
        ],
        "ask_then": [
            "When was my dentist appointment before it moved?",
            "What was the original date for my dentist?",
        ],
    },
    "contact": {
        "tell": [
            "Best to {v} me, that's what suits me.",
            "Please {v} me, I'd rather that than anything else.",
            "If you need me, {v} me, ma'am, that's best.",
            "Just {v} me, that works for me.",
        ],
        "change": [
            "From now on please {v} me instead.",
            "My shifts have changed, so I'd rather you {v} me these days, not the old way.",
            "You'll have me down for the old way, won't you? Change it, {v} me from now on.",
            "Kindly {v} me from now on, not the other way.",
            "It's not like I don't want to hear from you, but {v} me now instead, please.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "What's on my file for how to get in touch with me?",
            "Tell me whether you'd text, call or email me.",
        ],
        "ask_then": [],
    },
    "nickname": {
        "tell": [
            "Call me {v}, everyone does.",
            "It's {v} to everyone, just call me that.",
            "Just {v}, please. {v}.",
            "Everyone calls me {v}, you can too.",
        ],
        "change": [
            "I go by {v} now, please use that.",
            "Actually, I've gone back to {v}, call me that from now on.",
            "You'll have me down by the old name, won't you? It's {v} these days.",
            "Call me {v} now, I've changed what I go by.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name have you got me down as going by?",
            "Tell me what you'd call me.",
        ],
        "ask_then": [],
    },
}


def kettleside_kinds() -> list[Kind]:
    """The kinds with the twenty-eighth held-out phrasing."""
    return heldout_kinds(_KETTLESIDE)
