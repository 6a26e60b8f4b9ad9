"""A thirteenth held-out phrasing of the same facts (`generate --phrasing doorstep`, written to
`bench/changeeval/doorstep/`).

Written blind by a helper session, which read only the kinds of `facts.py` (their values,
prompts and shape), the opening and closing lines of `novel.py` (the shape of a module),
`heldout_kinds` in `heldout.py` and `phrasings.py`; not the supersession rules, no other
phrasing module, and nothing was run on these words before they were written down. The callers
ring a voice assistant on the front desk of a GP surgery, a library, a car garage, a
hairdresser's and a council helpline, in the UK and the US, old and young: long rambling
sentences with an aside, clipped ones ("New flat. {v}."), changes told through what happened
("the garage said it wasn't worth fixing", "we've split up", "she died in her sleep"),
corrections of the record ("you've still got me down as ..., that's wrong now"), requests
("Could you put ..."), the value first, in the middle or last, and the old value named in some
changes and not in others. Every change leaves no doubt that the old value no longer holds,
and is about the caller, not a relative.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_DOORSTEP: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Yes, it's {v}, that's me, I've been there since the kids were small, mind.",
            "Home's {v}, if the council needs to write to me about the bins.",
            "Could you make sure my library card has {v} on it? That's where I live.",
        ],
        "change": [
            "You've still got me at {old}, that's wrong now, I'm at {v}.",
            "We closed on the new house last Friday, so mail me at {v}, the old place is sold.",
            "Put me down at {v}, would you? I moved out of {old} last month.",
            "New flat. {v}. Moved in Saturday.",
        ],
        "ask_now": [
            "Where am I living these days, going by your records?",
            "Can you read me back the address you've got for me?",
            "What's my home address on the system?",
        ],
        "ask_then": [
            "Where was I living before the move?",
            "Which address did I have before this one?",
        ],
    },
    "phone": {
        "tell": [
            "Ring me on {v}, that's my mobile, it's always in my handbag.",
            "My cell's {v}, that's the best one for when the car's ready.",
            "Oh, my number, hang on, {v}, yes, that's it.",
        ],
        "change": [
            "You've got the old number there, {old}, that's dead now, it's {v}.",
            "Lost my phone on the bus and had to get a new SIM, so it's {v} from now on.",
            "Can you put {v} as my number? The other one's been cut off.",
            "Number's different. {v}. The old one doesn't work.",
        ],
        "ask_now": [
            "What number have you got for me now?",
            "Which number will you ring me on when it's done?",
            "Remind me, what's my phone number on your system?",
        ],
        "ask_then": [
            "What number did I have before I switched?",
            "What was the number I used to have?",
        ],
    },
    "email": {
        "tell": [
            "For the e-receipts, it's {v}.",
            "Email me at {v}, I check it every day, more's the pity.",
            "My email, yeah, it's {v}, all lower case.",
        ],
        "change": [
            "I've shut down {old}, so anything by email needs to go to {v}.",
            "That email you've got is out of date, use {v} instead.",
            "Work took my old account off me when I left, so my email's {v} now.",
            "Could you swap my email over to {v}? I don't check the other one any more.",
        ],
        "ask_now": [
            "What email address do you have for me?",
            "Where will you email me?",
            "Which address do my reminders get emailed to?",
        ],
        "ask_then": [
            "Which email was I using before?",
            "What was my previous email address?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v}, once a day, with my breakfast.",
            "For the repeat prescription, it's {v}, that's what I take.",
            "The doctor's got me on {v}, for the blood pressure, you know, since my fall.",
        ],
        "change": [
            "After my last check-up the GP put me on {v}, so the old dose is finished with.",
            "You've still got me on {old}, that's wrong now, it's {v}.",
            "My tablets are different, love, it's {v} each morning now instead.",
            "Can you update my repeat to {v}? The nurse altered it on Monday.",
        ],
        "ask_now": [
            "What dose of lisinopril am I taking now?",
            "How many milligrams is my blood pressure tablet?",
            "What's on my repeat for lisinopril?",
        ],
        "ask_then": [
            "What was my lisinopril dose before it was altered?",
            "How much lisinopril did I used to take?",
        ],
    },
    "class": {
        "tell": [
            "I can't do {v}, that's my pottery class.",
            "Pottery's {v}, so don't book my cut in then.",
            "I go to a pottery class at the community centre on {v}, have done for two years.",
        ],
        "change": [
            "The pottery teacher's had to shuffle everything round, so it's {v} now, "
            "not the old day.",
            "Pottery isn't {old} any more, it's {v}.",
            "Can you put my pottery down as {v} now? The centre lost the room, "
            "so the old slot's gone.",
            "Pottery. {v} from now on.",
        ],
        "ask_now": [
            "What day's my pottery these days?",
            "When do I have pottery now?",
            "Which day is my pottery class on?",
        ],
        "ask_then": [
            "What day was my pottery before they shifted it?",
            "When did pottery used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "Can't function without my {v}, I have a big mug first thing.",
            "I'm a {v} drinker, three or four a day, if I'm honest.",
            "White {v}, two sugars, that's me every morning without fail.",
        ],
        "change": [
            "Gave up {v} after the palpitations, haven't touched it since.",
            "I'm off {v} now, the GP said it was keeping my blood pressure up.",
            "You can cross {v} off for me, I've packed it in for good.",
            "No {v}. Not any more. Stopped in January.",
        ],
        "ask_now": [
            "Do I still have coffee?",
            "Am I a coffee drinker?",
            "Should you offer me a coffee while I wait?",
        ],
    },
    "meat": {
        "tell": [
            "I'm a meat-and-two-veg sort, {v} most nights.",
            "Put me down as eating {v}, I'll have the beef at the lunch club.",
            "I eat plenty of {v}, burgers, steak, the lot.",
        ],
        "change": [
            "I've gone vegetarian, so no {v} for me now.",
            "Cut out {v} completely after my cholesterol test, I don't eat it at all these days.",
            "Take {v} off my list, I've not eaten it since Easter and I won't be.",
            "I don't eat {v}. Not any more.",
        ],
        "ask_now": [
            "Is red meat something I eat?",
            "Can I have the beef, going by your notes?",
            "What's my diet like, do I eat meat?",
        ],
    },
    "favourite": {
        "tell": [
            "If there's tea going, mine's {v}, it's my favourite.",
            "{v}, always, it's my favourite tea by a mile.",
            "My favourite's {v}, I'll have that if you're making a brew.",
        ],
        "change": [
            "I've gone right off {old}, {v}'s my favourite tea now.",
            "Put {v} as my favourite tea, I've moved on from the other one.",
            "My favourite tea these days? {v}, no contest, "
            "the old one tastes too bitter to me now.",
            "I had a cup of {v} at my sister's and that's my favourite tea now, "
            "I don't bother with the old one.",
        ],
        "ask_now": [
            "Which tea's my favourite?",
            "What tea do I like best?",
            "If you're putting the kettle on, which tea do I like?",
        ],
        "ask_then": [
            "What was my favourite tea before I switched?",
            "Which tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            "I've got a cat, {v}, she'll be wanting her dinner when I get home.",
            "{v}'s my cat, tabby, a bit of a madam.",
            "There's just me and my cat {v} in the flat.",
        ],
        "change": [
            "{old} died in her sleep last week, so it's just me now, no cat.",
            "I had to have {old} put down, the vet said there was nothing else to do.",
            "You've still got {old} on my notes, she's passed, love, I don't have a cat now.",
            "I haven't got a cat any more, {old} went to my daughter's when I moved "
            "into sheltered housing.",
        ],
        "ask_now": [
            "Have I got a cat?",
            "Do I have any pets at home?",
            "What's my cat called?",
        ],
    },
    "partner": {
        "tell": [
            "My partner's {v}, he'll be picking me up after my appointment.",
            "I live with my boyfriend, {v}.",
            "{v}, that's my other half, he might ring up on my behalf.",
        ],
        "change": [
            "{old} and me have split up, I'm with {v} now.",
            "We've broken up, me and {old}, so take him off, my partner's {v} now.",
            "You've still got {old} down as my partner, that's over, it's {v} these days.",
            "New fella. {v}. The last one's history.",
        ],
        "ask_now": [
            "Who's my partner now?",
            "Who have you got down as my other half?",
            "What's my boyfriend called?",
        ],
        "ask_then": [
            "Who was my partner before?",
            "Who was I with before the break-up?",
        ],
    },
    "job": {
        "tell": [
            "I'm at {v}, been there since I left school.",
            "I work for {v}, nine to five, Monday to Friday.",
            "{v}, that's my employer, if you need it for the housing form.",
        ],
        "change": [
            "Got made redundant at {old}, but I've landed something at {v}.",
            "I quit and I'm over at {v} now, so I'm not at {old} any more.",
            "Could you change my employer to {v}? I left the other place in June.",
            "Different job. {v}. Started Monday.",
        ],
        "ask_now": [
            "Where am I working now?",
            "Who do I work for?",
            "Which employer have you got for me?",
        ],
        "ask_then": [
            "Where was I working before?",
            "Who did I used to work for?",
        ],
    },
    "car": {
        "tell": [
            "It's {v}, the one booked in for the MOT.",
            "I run {v}, I've had it years.",
            "Mine's {v}, if you need the make for the booking.",
        ],
        "change": [
            "The garage said it wasn't worth fixing, so I've got {v} now.",
            "Scrapped the old car after the accident, I'm driving {v} these days.",
            "You've got me down with {old}, that's gone, it's {v} now.",
            "Part-exed the old one, so it's {v} I drive now.",
        ],
        "ask_now": [
            "What car am I driving these days?",
            "What have you got down as my car?",
            "Which car of mine should the garage expect?",
        ],
        "ask_then": [
            "What was I driving before?",
            "Which car did I used to have?",
        ],
    },
    "doctor": {
        "tell": [
            "I'm registered with {v}, she's lovely.",
            "My doctor's {v}, here at this surgery.",
            "{v}'s my GP, if you need to send a letter.",
        ],
        "change": [
            "{old} retired at Christmas, so I've been moved over to {v}.",
            "I've swapped GPs, I see {v} now, not {old}.",
            "Can you put {v} as my doctor? I asked to move from the other one.",
            "You've still got my old GP on there, it's {v} now.",
        ],
        "ask_now": [
            "Who's my doctor now?",
            "Which GP am I registered with?",
            "Who do I see at the surgery?",
        ],
        "ask_then": [
            "Who was my doctor before I swapped?",
            "Which GP did I used to see?",
        ],
    },
    "dentist": {
        "tell": [
            "I'm booked in at the dentist for {v}.",
            "Dentist is {v}, so I can't do that day for my hair.",
            "I've got a check-up at the dentist on {v}.",
        ],
        "change": [
            "The dentist rang, they've moved me from {old} to {v}.",
            "My dentist appointment's not {old} any more, it's {v}.",
            "I had to cancel the dentist, I've rebooked for {v}.",
            "Can you change my dentist date to {v}? The old one's cancelled.",
        ],
        "ask_now": [
            "When am I at the dentist?",
            "What date's my dentist appointment?",
            "When's my next dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment before it was moved?",
            "What date was the dentist originally?",
        ],
    },
    "contact": {
        "tell": [
            "If you need me, {v} me, that's easiest.",
            "I'd prefer you {v} me, to be honest.",
            "Just {v} me, that's what suits me best.",
        ],
        "change": [
            "Don't do it the old way any more, {v} me from now on.",
            "I've changed my mind, can you {v} me instead from now on?",
            "You've got me down for the old way, that's wrong now, I'd like you to {v} me.",
            "Could you put on my file that you should {v} me now? "
            "Not the way you've been doing it.",
        ],
        "ask_now": [
            "How should you get hold of me?",
            "What's the best way to contact me?",
            "Do I want a text, an email or a call?",
        ],
    },
    "nickname": {
        "tell": [
            "Everyone calls me {v}, so you can too.",
            "I go by {v}, nobody uses my full name.",
            "Call me {v}, love, it saves time.",
        ],
        "change": [
            "I've stopped going by {old}, it's {v} now.",
            "You've still got me as {old}, that's wrong now, I'm {v}.",
            "Could you put {v} as what I'm called? I've gone off the old one.",
            "It's {v}. Not {old}. Not any more.",
        ],
        "ask_now": [
            "What do I like to be called?",
            "What name should you use for me?",
            "What do I go by?",
        ],
    },
}


def doorstep_kinds() -> list[Kind]:
    """The kinds with the thirteenth held-out phrasing."""
    return heldout_kinds(_DOORSTEP)
