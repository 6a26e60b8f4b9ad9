"""A twenty-ninth held-out phrasing of the same facts (`generate --phrasing hallway`, written to
`bench/changeeval/hallway/`).

Written blind by a helper: from the kinds in `facts.py` (their values and meaning), the shape of
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the retrieval
code, the other phrasings' words or any results. The callers ring from the hallway of a busy
family house on their way out of the door, half-distracted and talking over children, pets and
the doorbell: a single parent of three, a care-home cook, a university porter, a retired bus
driver, a young vet nurse and a shift-working paramedic, with a light touch of Welsh,
Scottish-Highland, Jamaican, Bangladeshi-British, Australian and South African English. Updates
come in passing, mid-sentence, as reasons ("since the move ...", "now that we've split ..."), as
corrections of what the agent has on file ("no, that's the one before"), with the new value
before the old one, spread over two sentences, hedged and then settled ("I think it's ... now,
yeah"), or by quoting a question back that holds the old value. The old value is named in other
ways than "old" ("the one before", "what I used to have"). Every change is about the caller and
leaves no doubt which value holds now; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_HALLWAY: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Sorry, hang on, Dylan, shoes ON, now. Right, yeah, we're at {v}, that's home, love.",
            "Och, that's the doorbell, sorry. It's {v}, that's where I stay.",
            "Yeah man, home is {v}, you can put that down, I'm just locking up.",
        ],
        "change": [
            "Since the move, and don't get me started on the boxes, it's {v}, so put that"
            " down instead of {old}.",
            "If you've still got {old}, that's what I used to have. We're at {v} now, have"
            " been since the end of last month.",
            "Your letter asked was it still {old}, innit? No, it's not, we left there, it's"
            " {v} now.",
        ],
        "ask_now": [
            "Quick one before I'm out the door, what address have you got for me now?",
            "Sorry, the kids are screaming, where is it you've got me living?",
        ],
        "ask_then": [
            "What was the address I had before the move, the one before this?",
            "Where was I living before, what did you have down for me then?",
        ],
    },
    "phone": {
        "tell": [
            "Ja, my number, it's {v}, sorry, next door's dog is going mad at the postman.",
            "Right, pen ready? {v}, that's my mobile, love, the only one I've got.",
        ],
        "change": [
            "It's {v} now, not {old}, that one's dead, the SIM got cancelled.",
            "Eish, I had to get a new number with all the scammers ringing. So it's {v} from now"
            " on, the one before I don't have any more.",
        ],
        "ask_now": [
            "Which number have you got for me at the moment, just so I know?",
            "Hang on, Ayaan, stop that. What's my number on your system?",
        ],
        "ask_then": [
            "What was the number I had before, the one before this one?",
        ],
    },
    "email": {
        "tell": [
            "Email, yeah, it's {v}, sorry, I'm putting my coat on with one hand.",
            "Aye, just send it all to {v}, that's my email, I check it on the bus.",
        ],
        "change": [
            "My email is {v} now. What I used to have, {old}, I can't even get into any more,"
            " so don't use it.",
            "No, no, that's the one before. It's {v} these days, love, since I set up a new"
            " account.",
        ],
        "ask_now": [
            "What email address is it you've got for me now?",
        ],
        "ask_then": [
            "What was the email I used to have, before the new one?",
        ],
    },
    "dose": {
        "tell": [
            "Me? I'm on {v} every morning, for the blood pressure, yeah man.",
            "I take {v}, one with breakfast, if I remember in all this chaos.",
        ],
        "change": [
            "The doctor changed my tablets, so it's {v} now. Not {old} any more, that was the"
            " dose before.",
            "I think it's {v} now, yeah, {v}, the GP sorted it at the last check-up, ja,"
            " what I used to take is finished.",
        ],
        "ask_now": [
            "Remind me, how much lisinopril am I on at the moment?",
        ],
        "ask_then": [
            "What dose of lisinopril was I taking before they changed it?",
        ],
    },
    "class": {
        "tell": [
            "Pottery's on {v}, so don't book me anything then, I'm up to my elbows in clay.",
            "I do my pottery class {v}, it's my one bit of peace from the kids, honestly.",
        ],
        "change": [
            "I think it's {v} now for pottery, yeah, they changed the timetable, so it's not"
            " {old} any more.",
            "Pottery's not on the day it used to be, before you ask. They've put it on {v}"
            " now, reckon that suits me better anyway.",
        ],
        "ask_now": [
            "Which day's my pottery now, I've lost track with everything?",
            "When am I at pottery these days?",
        ],
        "ask_then": [
            "What day was pottery on before they changed it?",
        ],
    },
    "coffee": {
        "tell": [
            "Two mugs of {v} before I'm out the door, every single morning, can't function"
            " without.",
            "Oh, I'm a {v} person, love, strong and black, first thing.",
        ],
        "change": [
            "Don't bother with {v} for me, I've packed it in, months now, since the night"
            " shifts wrecked my sleep.",
            "No more {v}, that's what I used to have. I've stopped completely, the doctor"
            " told me to.",
        ],
        "ask_now": [
            "Do I drink coffee these days, what have you got down?",
            "Am I still a coffee drinker, according to you lot?",
        ],
    },
    "meat": {
        "tell": [
            "Proper {v} eater, me, a big steak on a Friday, no question.",
            "Yeah, I eat {v}, most nights, the kids moan if there's no meat.",
        ],
        "change": [
            "I've gone vegetarian, so no {v} for me now, my eldest talked me into it.",
            "Since I went veggie there's no {v} on my plate at all. None, not even the odd"
            " one, so note that down.",
        ],
        "ask_now": [
            "Do I eat red meat, what have you got on file?",
            "Anything I can't eat, for the dinner, do you know?",
        ],
    },
    "favourite": {
        "tell": [
            "Favourite tea? Has to be {v}, no contest, mind.",
            "Ooh, {v}, that's my favourite tea, lovely on a cold morning.",
        ],
        "change": [
            "It's {v} I'm into now, {old} was what I used to like, gone right off it.",
            "My tastes changed, honestly. My favourite tea is {v} these days, the one before"
            " I can't stand now.",
        ],
        "ask_now": [
            "What's my favourite tea these days, have you got that?",
            "Which tea would I want in the basket now?",
        ],
        "ask_then": [
            "What was my favourite tea before I changed?",
        ],
    },
    "pet": {
        "tell": [
            "We've got a cat, {v}, she's sat on the stairs glaring at me right now.",
            "{v}, our cat, she's the real boss of this house, ja.",
        ],
        "change": [
            "We don't have {old} any more, our cat, she passed in the winter. The house feels"
            " empty without her.",
            "We had to rehome {old}, lovely cat, but the baby turned out allergic, so no cat now.",
        ],
        "ask_now": [
            "Have I got a cat, what does it say on there?",
            "How's my cat getting on, do you know?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v}'s doing the school run today, thank goodness.",
            "Me and {v}, my fella, we're off to the coast at the weekend.",
        ],
        "change": [
            "Now that {old} and I have split, it's {v} I'm with, early days, mind.",
            "I'm seeing {v} now. It's been a few months, so you can take the one before off"
            " your notes.",
        ],
        "ask_now": [
            "Who've you got down as my partner at the moment?",
            "What's the name of the person I'm with now?",
        ],
        "ask_then": [
            "Who was I with before, before the split?",
        ],
    },
    "job": {
        "tell": [
            "Work's {v}, same as ever, all hours, yeah man.",
            "I'm at {v}, have been for years now, I'm late for it actually.",
        ],
        "change": [
            "I'm at {v} now. {old}, where I was before, I handed my notice in there in the"
            " summer.",
            "Since I changed jobs I'm at {v}, started there last month, so update that, please.",
        ],
        "ask_now": [
            "Where do I work now, what have you got down?",
            "Who is it I work for these days?",
        ],
        "ask_then": [
            "Where was I working before, the job I used to have?",
        ],
    },
    "car": {
        "tell": [
            "It's {v}, the one with the three car seats in the back and crumbs everywhere.",
            "I drive {v}, you'll see it on the drive, can't miss it.",
        ],
        "change": [
            "It's {v} now, not {old} any more, we traded that one in.",
            "We got rid of what I used to drive. I'm in {v} now, bit bigger for the kids.",
        ],
        "ask_now": [
            "What car have you got me down as driving now?",
            "What am I driving at the moment, for the parking?",
        ],
        "ask_then": [
            "What car did I have before this one?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, at the surgery round the corner, lovely she is.",
            "Aye, I see {v}, she's my GP, has been for a good while.",
        ],
        "change": [
            "My GP is {v} now. Since the practices merged, {old} isn't my doctor any more.",
            "No, that's the one before, I'm with {v} these days, love, put the forms to {v}.",
        ],
        "ask_now": [
            "Which GP have you got me with now?",
            "Who's my doctor at the moment, so I send the forms to the right one?",
        ],
        "ask_then": [
            "Who was my GP before I changed?",
        ],
    },
    "dentist": {
        "tell": [
            "Dentist is {v}, need to find a sitter for the kids, sorry, go on.",
            "Ja, I've got the dentist on {v}, it's in the diary on the fridge.",
        ],
        "change": [
            "They rang to shift my dentist to {v}. So not {old} any more, the new date's {v}.",
            "The dentist is {v} now, I think, yeah, {v}, they moved it from {old}.",
        ],
        "ask_now": [
            "When's my dentist now, after all the faffing?",
        ],
        "ask_then": [
            "When was the dentist first booked for, before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            "If you need me, {v} me, that's what works best for me, honestly.",
            "I'd rather you {v} me than anything else, if that's alright.",
        ],
        "change": [
            "From now on can you {v} me instead? With the shifts it's just easier now.",
            "What I used to ask for doesn't suit me any more. These days, {v} me, please,"
            " that's what I'd prefer.",
        ],
        "ask_now": [
            "How do I like you to get hold of me these days?",
            "What's the best way for you to contact me now?",
        ],
    },
    "nickname": {
        "tell": [
            "Just call me {v}, everybody does, even the kids.",
            "It's {v}, that's what everyone calls me, no need for the full thing.",
        ],
        "change": [
            "I go by {v} these days, the one before never really stuck.",
            "You can call me {v} now. That's what the whole family's gone back to.",
        ],
        "ask_now": [
            "What name do I go by these days?",
            "What should you call me now?",
        ],
    },
}


def hallway_kinds() -> list[Kind]:
    """The kinds with the twenty-ninth held-out phrasing."""
    return heldout_kinds(_HALLWAY)
