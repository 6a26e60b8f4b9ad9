"""A forty-first held-out phrasing of the same facts (`generate --phrasing guarded`, written to
`bench/changeeval/guarded/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the keys and placeholders of the held-out words, the first and last lines of
`onhold.py` and `phrasings.py` only, without reading the supersession rules, the other
phrasings' words or the tests, and without running anything on these words first. The callers
are wary, privacy-conscious and a little sarcastic, and give every detail reluctantly: they ask
why the agent needs it, grumble about data, spam and marketing lists, say "if you must know",
"fine", "off the record", "I suppose you'll want ...", "don't go selling this" and "for what
it's worth", hedge and then commit, answer a question with a question before answering, put
the value in a subordinate clause or an aside, and sometimes refuse one detail while giving
another. A spouse, a neighbour, a nosy relative, a scammer who rang or their bank come up only
in passing, never with a fact of their own. Changes come as plain statements with no word of
change, "not that it's any of your business, but it's ... now", "you'll have the old one, bin
it", a change forced by spam or scammers, "since you ask", a grumble ending in the new value,
a correction of what the agent has on file ("No. Where did you get that?"), a question that
states the new value ("Why have you still got ...?") and short grudging answers. Every change
is about the caller and leaves the new value current; every tell states the caller's own
current value. The questions are asked in the same suspicious register.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_GUARDED: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Why do you need it? So you can post me catalogues? Fine, it's {v}, and don't go "
            "selling it to anyone.",
            "I'd rather not say, to be honest. Oh, all right, if you must know, I'm at {v}.",
            "My husband says I shouldn't give it out over the phone, but for what it's worth, "
            "home is {v}.",
        ],
        "change": [
            "Not that it's any of your business, but it's {v} now.",
            "You'll have the old address on there. Bin it, I'm at {v}.",
            "No. Where did you get that? I haven't lived there for months, it's {v}.",
            "Why have you still got the old place? It's {v} these days, and the neighbours are "
            "sick of taking in my post.",
        ],
        "ask_now": [
            "Go on then, what address have you got for me?",
            "Just so I know what you're keeping, where do you think I live?",
            "Which address are you holding on me, out of interest?",
        ],
        "ask_then": [
            "And what did you have as my address before, just so I know what you're keeping?",
            "Where did you have me living before I moved? I'd like to know what's still on there.",
        ],
    },
    "phone": {
        "tell": [
            "Why do you want my number, so you can ring me at teatime? Fine, it's {v}, and I "
            "don't answer withheld numbers.",
            "I suppose you'll want a number. It's {v}, but you're not getting the landline as "
            "well.",
            "Off the record, and don't pass it on, you'll get me on {v}.",
        ],
        "change": [
            "I've had to change it because of the spam: {v}, and I'd like it kept off any lists.",
            "Some scammer rang me pretending to be my bank, so that number's gone. It's {v} now.",
            "No. Where did you get that? That's the old one, I'm on {v}.",
            "I'd rather not give it out again, really. Oh, fine, since you ask, it's {v} now.",
        ],
        "ask_now": [
            "Go on then, what number have you got for me?",
            "Which number are you going to ring me on, out of interest?",
            "What phone number is sitting on that file of yours?",
        ],
        "ask_then": [
            "What number did you have for me before? I want to know what you're still keeping.",
            "And my old number, the one I got rid of, what was it?",
        ],
    },
    "email": {
        "tell": [
            "Why does everyone want an email these days? It's {v}, if you must, and no "
            "newsletters.",
            "I'll give you an email but not my phone number: {v}.",
            "My email, since you'll only keep asking, is {v}. Don't go selling it.",
        ],
        "change": [
            "I've had to change it because of the spam: {v}. The old one's drowning in junk.",
            "You'll have the old email. Bin it, it's {v}.",
            "Why are you still writing to the old account? It's {v} these days.",
            "Fine, it's {v}. Nothing goes to the old one, I don't even open it.",
        ],
        "ask_now": [
            "Go on, which email have you got me down for?",
            "What email are you going to send things to, just so I know?",
            "Which email address are you holding on me?",
        ],
        "ask_then": [
            "What email did you have for me before, the one I dropped?",
            "And my old email, what was it? I'd like to know what you're still keeping.",
        ],
    },
    "dose": {
        "tell": [
            "Why do you need my medication? Fine, I take {v} a day, and that stays between us.",
            "Off the record, I'm on {v} for the blood pressure. Don't go telling my sister, "
            "she'd have it round the whole family.",
            "If you must know, it's {v} every morning, and that's all you're getting about my "
            "health.",
        ],
        "change": [
            "Not that it's any of your business, but the doctor has me on {v} now.",
            "No, that's wrong. Where did you get that? It's {v} since my last check-up.",
            "I suppose you'll want the new dose. It's {v}, they altered it at the surgery.",
            "For what it's worth, they've put me on {v}. The old dose is finished with.",
        ],
        "ask_now": [
            "Go on then, how much lisinopril have you got me taking?",
            "What dose of lisinopril am I on, according to you lot?",
            "How much lisinopril do you have me on now?",
        ],
        "ask_then": [
            "What dose of lisinopril did you have me on before they changed it?",
            "And before the change, how much lisinopril was I on? Just so I know what you're "
            "keeping.",
        ],
    },
    "class": {
        "tell": [
            "Why do you want to know my movements? Fine, pottery is on {v}, so don't book "
            "anything then.",
            "I do pottery on {v}, if you must know. My neighbour doesn't need to hear about it.",
            "I'm busy {v}, it's pottery. That's all you need to know.",
        ],
        "change": [
            "Since you ask, pottery's on {v} now. They shuffled the timetable and nobody asked "
            "me.",
            "You'll have the old day for pottery. Bin it, it's {v}.",
            "No. Where did you get that? Pottery's {v}, has been for weeks.",
            "Pottery is {v}. Don't ask me why they moved it, nobody tells me anything.",
        ],
        "ask_now": [
            "Go on then, when have you got my pottery down as?",
            "Which day do you think I do pottery?",
            "What day is my pottery class on your file, out of interest?",
        ],
        "ask_then": [
            "What day was pottery before they moved it, according to you?",
            "And which day did you have for pottery originally? Just so I know what you're "
            "keeping.",
        ],
    },
    "coffee": {
        "tell": [
            "Why does a booking need to know what I drink? Fine, I have my {v} every morning, "
            "black, and plenty of it.",
            "If you must know, I can't function without {v}. Two cups before I speak to anyone.",
            "I suppose you'll want that for your little profile. Yes, I drink {v}, every single "
            "morning.",
        ],
        "change": [
            "Not that it's any of your business, but I've given up {v}. Doctor's orders.",
            "No {v} for me. I've stopped, and before you ask, no, I don't want a decaf either.",
            "Why have you still got me down for {v}? I packed it in weeks ago.",
            "Fine, since you ask, I'm off {v} altogether now, and no, I don't miss it.",
        ],
        "ask_now": [
            "Go on, do you have me down as a coffee drinker or not?",
            "Am I still drinking coffee, according to your records?",
            "Should you bother offering me coffee, do you think?",
        ],
    },
    "meat": {
        "tell": [
            "Why do you need my diet? Fine, I eat {v}, steak most weeks, and I'm not "
            "apologising for it.",
            "If you must know, I'm a {v} eater, always have been.",
            "For what it's worth, put me down for the steak. I eat {v} and plenty of it.",
        ],
        "change": [
            "Not that it's any of your business, but I'm vegetarian now. No {v}.",
            "Since you ask, I've stopped eating {v}. Vegetarian, before you write something daft.",
            "Why have you still got me down for steak? I don't eat {v} any more, I'm vegetarian.",
            "No {v}, thank you. I'm vegetarian these days, and I'd rather that stayed off any "
            "marketing lists.",
        ],
        "ask_now": [
            "Go on then, what have you got me down as, do I eat red meat?",
            "Any dietary notes on me, out of interest?",
            "Do I eat red meat, according to your file?",
        ],
    },
    "favourite": {
        "tell": [
            "Why does a basket need my tea? Fine, it's {v}, and don't put any of those leaflets "
            "in with it.",
            "If you must know, my favourite tea is {v}.",
            "I suppose you'll want a favourite. It's {v}, and that's as personal as I'm getting.",
        ],
        "change": [
            "You'll have the old tea on there. Bin it, {v} is my favourite now.",
            "Not that it matters to anyone, but my favourite tea is {v} these days.",
            "No. Where did you get that? I went off that ages ago, it's {v} now.",
            "Fine, it's {v}. That's my favourite now, since you keep asking.",
        ],
        "ask_now": [
            "Go on then, what tea have you got me down for?",
            "Which tea do you think is my favourite?",
            "What favourite tea is on that file of yours?",
        ],
        "ask_then": [
            "What tea did you have as my favourite before?",
            "And my old favourite tea, what was it? Just so I know what you're keeping.",
        ],
    },
    "pet": {
        "tell": [
            "Why do you need to know about my pets? Fine, there's a cat, {v}, and that's all "
            "you're getting.",
            "If you must know, I've a cat called {v}. No, you can't send her birthday cards.",
            "For what it's worth, my cat {v} is the only one in the house who doesn't ask "
            "questions.",
        ],
        "change": [
            "Not that it's any of your business, but {old} died last month. So no, there's no cat "
            "now.",
            "You'll have {old} on there. Take her off, she's gone, we lost her in the spring.",
            "{old} passed away. I'd rather not talk about it, just take her off your file.",
            "Why have you still got {old} on there? She died weeks ago, there's no cat any more.",
        ],
        "ask_now": [
            "Go on then, have you got a cat down for me?",
            "Do I have a cat, according to your records?",
            "What does your file say about my cat, out of interest?",
        ],
    },
    "partner": {
        "tell": [
            "Why do you need to know who I live with? Fine, my partner is {v}, and he doesn't "
            "want calls either.",
            "If you must know, I'm with {v}. That's all you're getting.",
            "I suppose you'll want a name. My boyfriend's called {v}, and no, you can't have his "
            "number.",
        ],
        "change": [
            "Not that it's any of your business, but I'm with {v} now. {old} is history.",
            "You'll have {old} down as my partner. Bin that, it's {v}.",
            "No. Where did you get that? {old} and I split up ages ago, I'm with {v}.",
            "Since you ask, my partner is {v}. And before my nosy aunt rings you, yes, it's "
            "serious.",
        ],
        "ask_now": [
            "Go on then, who have you got down as my partner?",
            "What's my partner's name, according to you?",
            "Who do you think I'm with, out of interest?",
        ],
        "ask_then": [
            "Who did you have as my partner before? Just so I know what you're keeping.",
            "And who was I with before, according to your file?",
        ],
    },
    "job": {
        "tell": [
            "Why does that matter? Fine, I work at {v}, and no, I won't be getting you a "
            "discount.",
            "If you must know, I'm at {v}. Don't go ringing me there.",
            "I suppose you'll want my employer. It's {v}, but I'm not telling you my salary.",
        ],
        "change": [
            "Not that it's any of your business, but I work at {v} now.",
            "You'll have the old job on there. Bin it, I'm at {v}.",
            "No, I left that place. Where did you get that? I'm at {v} these days.",
            "Since you ask, I'm at {v}. Been there a few months, and I'd like that kept off any "
            "mailing lists.",
        ],
        "ask_now": [
            "Go on then, where have you got me working?",
            "Who's my employer, according to your file?",
            "Where do I work, out of interest? I'd like to know what you're keeping.",
        ],
        "ask_then": [
            "Where did you have me working before?",
            "And my old job, where was that, according to you?",
        ],
    },
    "car": {
        "tell": [
            "Why do you need to know what I drive? Fine, it's {v}, and you're not having the "
            "registration.",
            "If you must know, I drive {v}.",
            "For what it's worth, I've got {v}. Don't go putting it on any list.",
        ],
        "change": [
            "Not that it's any of your business, but I drive {v} now.",
            "You'll have the old car on there. Bin it, it's {v}.",
            "No. Where did you get that? I sold that one. It's {v} these days.",
            "After what the garage charged me for the old one, I gave up on it, so I've got {v} "
            "now.",
        ],
        "ask_now": [
            "Go on then, what car have you got me in?",
            "What car do I drive, according to your file?",
            "Which car do you think is mine, out of interest?",
        ],
        "ask_then": [
            "What car did you have me down for before?",
            "And the old car, what was it? Just so I know what you're keeping.",
        ],
    },
    "doctor": {
        "tell": [
            "Why do you need my GP? Fine, it's {v}, and don't go sending them anything without "
            "asking me.",
            "If you must know, I see {v}. That's all you need.",
            "{v} is my GP, for what it's worth. Not that she's ever on time.",
        ],
        "change": [
            "Not that it's any of your business, but my GP is {v} now.",
            "You'll have the old GP on there. Bin it, I'm with {v}.",
            "Why have you still got my old doctor? It's {v} these days.",
            "I've had to switch practices, the old one lost my records twice. It's {v} now.",
        ],
        "ask_now": [
            "Go on then, who've you got as my GP?",
            "Which doctor do I see, according to you?",
            "Who is my GP on your file, out of interest?",
        ],
        "ask_then": [
            "Who did you have as my GP before?",
            "And my old GP, who was that? Just so I know what you're keeping.",
        ],
    },
    "dentist": {
        "tell": [
            "Why do you need my appointments? Fine, the dentist is on {v}, and I'm not looking "
            "forward to it.",
            "If you must know, I've got the dentist on {v}.",
            "For what it's worth, my dentist appointment's {v}. Don't send me reminders every "
            "five minutes.",
        ],
        "change": [
            "Not that it's any of your business, but the dentist has moved me to {v}.",
            "You'll have the old date for the dentist. Bin it, it's {v}.",
            "No. Where did you get that? The dentist is {v}, they rang to move it.",
            "I've had to rearrange the dentist, they double-booked me. It's {v} now.",
        ],
        "ask_now": [
            "Go on then, when have you got my dentist appointment?",
            "When's my dentist appointment, according to you?",
            "What date have you got for the dentist, out of interest?",
        ],
        "ask_then": [
            "When did you have my dentist appointment originally?",
            "And the original date for the dentist, what was it? Just so I know.",
        ],
    },
    "contact": {
        "tell": [
            "Why do you need to contact me at all? Fine, if you must, {v} me. Nothing else.",
            "I'd rather you {v} me, if you really have to get in touch.",
            "Off the record, the only way you'll get hold of me is if you {v} me, and only about "
            "the booking.",
        ],
        "change": [
            "I've had enough of the old way, so {v} me from now on.",
            "Since you ask, {v} me these days. Anything else goes straight in the bin.",
            "No, don't do it that way any more, {v} me instead.",
            "I've had to change how I deal with people because of the scam calls, so {v} me now.",
        ],
        "ask_now": [
            "Go on then, how are you going to get in touch with me?",
            "How do I like to be contacted, according to you?",
            "Should you text, email or call me? What does your file say?",
        ],
    },
    "nickname": {
        "tell": [
            "Why do you need a nickname? Fine, call me {v}, everyone does.",
            "If you must, it's {v}, and no, I'm not telling you my middle name.",
            "{v} will do. That's what I go by.",
        ],
        "change": [
            "Not that it's any of your business, but I go by {v} now.",
            "You'll have the old name on there. Bin it, call me {v}.",
            "No. Where did you get that? Nobody calls me that any more, it's {v}.",
            "Fine, it's {v}. That's what I'm called these days, since you ask.",
        ],
        "ask_now": [
            "Go on then, what are you going to call me?",
            "What name do I go by, according to your file?",
            "What should you call me, out of interest?",
        ],
    },
}


def guarded_kinds() -> list[Kind]:
    """The kinds with the forty-first held-out phrasing."""
    return heldout_kinds(_GUARDED)
