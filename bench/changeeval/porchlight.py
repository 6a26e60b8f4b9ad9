"""A twenty-fifth held-out phrasing of the same facts (`generate --phrasing porchlight`, written
to `bench/changeeval/porchlight/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, `phrasings.py`, the header and footer of `onhold.py` and the argument parser of
`generate.py` only, without reading the supersession rules, the other phrasings or the tests, and
without running the rules on these words first (only `generate` was run, to build the set). The
callers ring late in the evening from home, with the porch light on: a night-shift nurse just back
through the door, a farmer after the last round of the yard, a student in halls, a grandparent with
a grandchild holding the phone (the grandparent does the talking, the grandchild only dials or
reads a letter out), a small-business owner doing the books while talking, and callers from Wales,
Australia, South Africa, the Philippines and Poland speaking the English they speak. The wording
runs wide: one- or two-word answers, long rambling turns with the value buried in the middle,
changes told by their cause or their consequence ("since the move ...", "the old one got cut off"),
hedges that settle, a value said twice to make sure, and questions asked sideways ("remind me what
you've got for ...", "read me back ...", "going by your notes ..."). Every change is about the
caller and leaves no doubt that the old value no longer holds; every tell states the caller's own
current value; every question asks for the caller's own value, now or, where asked, before the
change.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_PORCHLIGHT: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Home's {v}.",
            "Right, I've only just come in off a twelve-hour shift, still got my lanyard on, "
            "kettle's going, but the address you'll be wanting for me is {v}, that's where I "
            "live, and anything for me goes there.",
            "I'm at {v}, the farmhouse at the end, you can't miss it.",
            "Address, is it? {v}, lovely, that's me.",
            "I am living on {v}, this is my address.",
            "My address po is {v}.",
        ],
        "change": [
            "Since the move, it's {v} for me; the old house is sold and I'm not there any more.",
            "My letters keep landing at the old place and I don't live there now, so please "
            "put me down at {v}.",
            "Moved, mate. {v}. The old address is finished, nothing of mine goes there.",
            "My grandson's just dialled for me, love, but it's me talking: I've left the old "
            "bungalow, I live at {v} now, he's reading it off the letter, {v}, that's right.",
            "I am moving out last month from the old flat, so my address now is {v}, not the "
            "other one.",
            "Out of halls at last, I've got my own place, so my address is {v} from now on, "
            "the halls address is no good any more.",
        ],
        "ask_now": [
            "Remind me what you've got down as my address?",
            "Where am I living, going by your notes?",
            "Which address would you post my things to?",
            "Read me back my home address, would you?",
        ],
        "ask_then": [
            "What was my address before the move?",
            "The place I moved out of, what address did you have for that?",
            "Where did I live before, according to you?",
        ],
    },
    "phone": {
        "tell": [
            "Mobile's {v}.",
            "Got a pen? {v}. That's my mobile, I'll have it on me.",
            "You'll get me on {v}, though I sleep in the day after nights, so evenings are best.",
            "My number po, it's {v}.",
            "Hang on, I'm just finishing an invoice, sorry, yes, my number, {v}, that's the one "
            "to ring me on.",
        ],
        "change": [
            "The old one got cut off when I ended that contract, so my number's {v} now.",
            "I dropped my phone in the water trough and had to get a new SIM, new number too, "
            "{v}, the old one's dead.",
            "My number's changed, it's {v}. Don't try the old one, nobody will answer.",
            "New number for me, I'll say it slow: {v}. Again, {v}.",
            "Since I switched networks I've a different number, {v}; the old one doesn't work "
            "any more.",
            "I think it's, hold on, let me check the sticker on the box, yes, {v}, that's my new "
            "number, the old one is gone.",
        ],
        "ask_now": [
            "Which number are you ringing me on, remind me?",
            "What phone number have you got for me?",
            "Read me back my number, would you?",
            "If you needed to phone me, which number would you use?",
        ],
        "ask_then": [
            "What was my number before I changed it?",
            "The number that got cut off, what was it?",
        ],
    },
    "email": {
        "tell": [
            "Email's {v}.",
            "For email, it's {v}, all lower case, no spaces.",
            "I'll say it the way I'd spell it: {v}.",
            "Send the receipts to me at {v}, I check it on my break.",
        ],
        "change": [
            "My old email got hacked so I've shut it down; use {v} now.",
            "I've closed the old inbox, my email is {v} from here on.",
            "My granddaughter set me up a new email, love, it's {v}, the old one doesn't work "
            "any more.",
            "The uni took my student email off me when I switched courses, so it's {v} now.",
            "Email's different, {v}. Anything to the old one will bounce.",
        ],
        "ask_now": [
            "Which email are you sending my things to?",
            "What email address have you got for me now?",
            "Remind me what email you've got on my file?",
        ],
        "ask_then": [
            "What email did I use before I changed it?",
            "The email I had before, what was it?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v}, one a day.",
            "For the blood pressure I take {v}, first thing with my tea.",
            "Tablets-wise, and I know this from work so I'm not guessing, it's {v} every "
            "morning, and that's me.",
            "I take {v}, every day, for the pressure.",
            "My granddaughter's reading the box for me, love, and I take {v}, every morning.",
        ],
        "change": [
            "After my check-up the GP changed it, I take {v} now and the old dose has stopped.",
            "New prescription came through, {v}. I'm not on the previous amount any more.",
            "Ag, the doctor changed my pills again, I'm on {v} now, not what I was on before.",
            "I am now taking {v}, the doctor changed it, the old dose is finished.",
            "Since the last blood test they've altered my dose, so it's {v} from now on.",
        ],
        "ask_now": [
            "What dose of lisinopril have you got me on?",
            "How much of my blood pressure tablet am I taking now?",
            "Remind me what my lisinopril dose is?",
        ],
        "ask_then": [
            "What was my lisinopril dose before it changed?",
            "How much lisinopril was I on before the change?",
        ],
    },
    "class": {
        "tell": [
            "Pottery's {v} for me.",
            "I do pottery on {v}, my bit of time away from the shop.",
            "I go to a pottery class, it's {v}, and I don't miss it.",
            "Pottery, {v}, every week.",
        ],
        "change": [
            "Pottery's moved to {v}, the teacher couldn't do the old day any more.",
            "Since I went onto nights I had to swap pottery groups, so it's {v} now.",
            "They changed the pottery timetable, so {v} it is for me now, not the old day.",
            "Pottery, {v} now. Different day from before.",
            "Pottery's gone to {v} now, they've changed it round, so the old day's no good to me.",
        ],
        "ask_now": [
            "When do I go to pottery these days?",
            "What day have you got me down for pottery?",
            "Remind me which day my pottery class is?",
        ],
        "ask_then": [
            "What day did I have pottery before it moved?",
            "Pottery used to be on another day, which one was it?",
        ],
    },
    "coffee": {
        "tell": [
            "I'm a {v} drinker, strong, a big mug every morning.",
            "Can't start on the yard without my {v}, that's me every morning.",
            "I live on {v}, honestly, two mugs before I'm human.",
        ],
        "change": [
            "I've cut out {v}, it was stopping me sleeping after shifts, so none for me now.",
            "No {v} for me any more, I stopped it at the new year.",
            "Since the heart scare I'm off {v} for good.",
            "I don't touch {v} now, I gave it up a while back.",
            "I stopped {v} already po, doctor's advice, I don't drink it now.",
        ],
        "ask_now": [
            "Am I a coffee drinker?",
            "Do I drink coffee, as far as you know?",
            "Coffee, do I have it or not?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v}, most nights, we raise our own beef.",
            "Nothing beats a braai, I eat {v} every weekend.",
            "Put me down as a {v} eater, steak whenever I can.",
            "Snags and chops, mate, I eat {v} near enough every night.",
        ],
        "change": [
            "I've gone vegetarian, so no more {v} for me.",
            "Since I moved into halls I've turned vegetarian, I don't eat {v} any more.",
            "I'm off {v} completely now, vegetarian, no exceptions.",
            "No {v} for me these days, I stopped eating it and I'm vegetarian now.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Is there anything I don't eat, going by your notes?",
            "For the dinner booking, what should you know about what I eat?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea would be {v}.",
            "Tea, yes, {v} is my favourite, always has been.",
            "Put {v} in for me, that's the tea I like best.",
        ],
        "change": [
            "My favourite tea's changed, I'm all about {v} now.",
            "I've gone right off the old one, {v} is the tea I like best now.",
            "These days my favourite is {v}; the one I used to like, I don't drink it now.",
            "Favourite tea now, {v}. The old favourite is finished for me.",
            "Oh, I've changed my mind on tea, cariad, {v} is my favourite now, the old one I "
            "can't stand.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea do I like best, remind me?",
            "What tea would you put in the basket for me?",
        ],
        "ask_then": [
            "What was my favourite tea before it changed?",
            "Which tea did I use to like best?",
        ],
    },
    "pet": {
        "tell": [
            "We've a cat, {v}, she runs the place.",
            "My cat {v} sleeps on my uniform the minute I take it off.",
            "My cat's called {v}, she keeps the mice down in the barn.",
        ],
        "change": [
            "We lost {old} over the winter, she was very old, so there's no cat now.",
            "{old} got hit on the road by the farm, I don't have a cat any more.",
            "I had to give {old} away when I went into halls, no pets allowed, so I've no cat "
            "now.",
            "{old} died in the autumn, love, there's no cat in the house now.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "Have I got a cat, according to you?",
            "How's my cat, do you know?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} is picking me up after my shift.",
            "Me and {v}, my boyfriend, are going away for the weekend.",
            "My partner's {v}, he does all the cooking.",
        ],
        "change": [
            "{old} and I broke up, I'm with {v} now.",
            "It's {v} these days, not {old}; that's over.",
            "My new partner is {v}, since the break-up.",
            "New boyfriend, {v}. The last one is history.",
            "Shame, {old} and I are finished, I'm with {v} now.",
        ],
        "ask_now": [
            "Who's my partner?",
            "Who am I with these days?",
            "What's my partner's name, remind me?",
        ],
        "ask_then": [
            "Who was I seeing before?",
            "Who was my partner before the break-up?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}.",
            "I'm at {v}, nights mostly, been there a good while.",
            "I'm employed by {v}.",
            "Sorry, doing the till roll here, yes, I work at {v}, ya, for years now.",
        ],
        "change": [
            "I handed my notice in, I'm working at {v} now.",
            "The old place shut down, so I've moved to {v}.",
            "New job, at {v}. Started Monday, and I'm done with the old one.",
            "Since the redundancy I've been working at {v}.",
            "Well, long story, the old boss and me never got on, and then there was the whole "
            "business with the rota, and anyway I left, I've been at {v} since the spring and I'm "
            "not going back.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who do you have me working for?",
            "Remind me where you've got me working?",
        ],
        "ask_then": [
            "Where did I work before this job?",
            "Who was I working for before I switched?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}.",
            "My car is {v}, it's on the drive.",
            "I've got {v}, just the one car.",
        ],
        "change": [
            "The old car got written off, I'm driving {v} now.",
            "I've swapped cars, it's {v} these days.",
            "Sold the old one, I've got {v} now, mate.",
            "After the old car failed its test I got rid of it, and I drive {v} now.",
            "The old car's gone to the scrapyard, bless it, I've got {v} now, tidy little thing.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What car do you have down for me?",
            "What am I driving, by your notes?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was I driving before the new one?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}.",
            "I'm registered with {v}, she's my GP.",
            "I see {v} at the surgery, that's my doctor.",
        ],
        "change": [
            "Since the move I'm with a new surgery, my GP is {v}.",
            "My old GP left, so I see {v} now.",
            "I changed doctors, {v} is my GP now.",
            "I am with {v} now, the old doctor I don't see any more.",
            "I transferred po to a new clinic, so my GP now is {v}.",
        ],
        "ask_now": [
            "Who's my GP?",
            "Which doctor have you got me down with?",
            "Remind me who my GP is?",
        ],
        "ask_then": [
            "Who was my GP before I changed?",
            "Which doctor did I see before?",
        ],
    },
    "dentist": {
        "tell": [
            "Dentist is {v}.",
            "I've got the dentist on {v}, in the diary.",
            "My dentist appointment is {v}, at the practice in town.",
        ],
        "change": [
            "The dentist rang, they've moved me to {v}.",
            "My dentist appointment is {v} now, they cancelled the old date.",
            "The dentist had to reschedule, so it's {v} for me now.",
            "The dentist is calling me, they move my appointment to {v}, the old date is not "
            "valid.",
        ],
        "ask_now": [
            "When's my dentist appointment?",
            "What date have you got for my dentist?",
        ],
        "ask_then": [
            "What was the original date for my dentist appointment?",
            "When was my dentist appointment before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, that's easiest.",
            "Best to {v} me, I'm on nights.",
            "Just {v} me, please.",
        ],
        "change": [
            "Can you {v} me from now on, not the old way.",
            "Since the new shifts, please {v} me instead.",
            "I'd rather you {v} me now, the other way doesn't work for me any more.",
            "My grandson's sorted my phone out for me, love, so {v} me from now on, not how "
            "you did before.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "What's the best way to reach me, going by your notes?",
            "Should you text, email or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}.",
            "Everyone calls me {v}.",
            "I go by {v}, honestly, nobody uses my full name.",
        ],
        "change": [
            "Call me {v} now, I've dropped the old name.",
            "I go by {v} these days, not the name I used before.",
            "Since I started in halls everyone calls me {v}, so use that now, not the old one.",
            "Nobody calls me the old name any more, mate, it's {v} now.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do you have me going by?",
            "Remind me what you call me?",
            "If you had to say my name to me, which one would you use?",
        ],
    },
}


def porchlight_kinds() -> list[Kind]:
    """The kinds with the twenty-fifth held-out phrasing."""
    return heldout_kinds(_PORCHLIGHT)
