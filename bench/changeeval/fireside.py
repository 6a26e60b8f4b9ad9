"""A forty-eighth held-out phrasing of the same facts (`generate --phrasing fireside`, written to
`bench/changeeval/fireside/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of heldout's words (only their roles, counts and placeholders), `heldout_kinds`, the layout
of `onhold.py` and `phrasings.py` only, without reading the supersession rules, the other
phrasings or the tests, and without running anything on these words first.
The callers answer the agent as in a real, warm conversation: a first telling is often a
confirmation of what the agent might have on file ("Yes, {v}, that's me"), a change is often a
correction of it ("No, that one's out of date ..."), and a change first gives its reason (a move
for work, the doctor, the vet, a break-up, the studio moving the session) and then the new
value, sometimes in the next sentence. Questions are often framed as checks ("Just to check,
which ... have you got for me now?", "Before I changed it, what did I have?").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_FIRESIDE: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Yes, that's right, I'm at {v}.",
            "It should say {v}, that's where I live.",
            "Home is {v}, yes, that's the one.",
            "{v}, that's me, that's my home address.",
        ],
        "change": [
            "I moved for work back in the autumn, so that one's out of date. It's {v} now.",
            "No, that's the old place, we sold it when the kids left home. We're at {v} now.",
            "We needed more room with the baby coming, so we moved. The new address is {v}.",
            "Ah, that needs changing, the landlord sold up and we had to move. I live at {v} now.",
        ],
        "ask_now": [
            "Just to check, which address have you got for me now?",
            "Where do you have me living at the moment?",
            "Can you read me back my current address?",
        ],
        "ask_then": [
            "Before I moved, what address did I have?",
            "Just to check, what was my old address, the one before this?",
            "Where was I living before the move?",
        ],
    },
    "phone": {
        "tell": [
            "Yes, {v}, that's my mobile.",
            "The one to ring is {v}, that's me.",
            "That's right, you can get me on {v}.",
        ],
        "change": [
            "My old phone got stolen on the bus, so I had to get a new number. It's {v} now.",
            "No, that one's out of date, I switched networks to save a bit. It's {v} these days.",
            "My old handset died and I went with a different provider. The number is {v} now.",
        ],
        "ask_now": [
            "Just to check, which number have you got for me now?",
            "What number are you calling me on these days?",
            "Can you read back my current phone number?",
        ],
        "ask_then": [
            "Before I changed it, what phone number did I have?",
            "What was my old phone number, the one before this one?",
        ],
    },
    "email": {
        "tell": [
            "Yes, {v}, that's my email.",
            "Receipts can go to {v}, that's the one I use.",
            "That's right, it's {v} for email.",
        ],
        "change": [
            "My old work shut down that account, so that address is dead. It's {v} now.",
            "No, that one's out of date, I was getting too much spam on it. Use {v} from now on.",
            "I couldn't remember the password for the old one and gave up on it. "
            "My email is {v} now.",
        ],
        "ask_now": [
            "Just to check, which email have you got for me now?",
            "Which email are my receipts going to at the moment?",
        ],
        "ask_then": [
            "Before I changed it, what email address did I have?",
            "What was my old email, the one I had before?",
        ],
    },
    "dose": {
        "tell": [
            "Yes, I'm on {v}, one every morning.",
            "That's right, {v} a day for the blood pressure.",
            "It's {v}, that's what I take each morning.",
        ],
        "change": [
            "My readings were still a bit high, so the doctor changed it at my check-up. "
            "I'm on {v} now.",
            "No, that's out of date, the doctor adjusted it last week because I was getting "
            "dizzy. It's {v} from now on.",
            "They reviewed my tablets at the surgery and changed the dose. I take {v} now.",
        ],
        "ask_now": [
            "Just to check, what dose of lisinopril have you got me on now?",
            "How much lisinopril am I taking at the moment?",
        ],
        "ask_then": [
            "Before the doctor changed it, what dose of lisinopril was I on?",
            "What was my old lisinopril dose?",
        ],
    },
    "class": {
        "tell": [
            "Yes, pottery's on {v}, that's my class.",
            "That's right, I've got pottery on {v}.",
            "My pottery class is on {v}, so I'm tied up then.",
        ],
        "change": [
            "The studio lost its room on the old day, so they had to move the session. "
            "Pottery is on {v} now.",
            "No, that's out of date, the teacher took on another group and shuffled us about. "
            "My class is on {v} now.",
            "They moved pottery because not enough people could make the old slot. "
            "It's {v} from now on.",
        ],
        "ask_now": [
            "Just to check, which day have you got my pottery class on now?",
            "When's my pottery class these days?",
        ],
        "ask_then": [
            "Before they moved it, when was my pottery class?",
            "Which day did I do pottery before the change?",
        ],
    },
    "coffee": {
        "tell": [
            "Yes, I'm a {v} drinker, two cups before I'm human.",
            "That's right, {v} every morning, black, no sugar.",
            "Oh, I can't do without my {v} in the morning.",
        ],
        "change": [
            "The doctor said it was making my heart race, so I've stopped. No more {v} for me.",
            "I wasn't sleeping well, so I gave it up. I don't drink {v} at all now.",
            "No, that's out of date. My stomach couldn't take it, so I've given up {v} "
            "completely.",
        ],
        "ask_now": [
            "Just to check, have you got me down as a coffee drinker?",
            "Do I drink coffee these days?",
            "How do I take my coffee?",
        ],
    },
    "meat": {
        "tell": [
            "Yes, I eat {v}, a steak on a Friday is my treat.",
            "That's right, no restrictions, I'm a big {v} eater.",
            "Oh, I love {v}, put me down for the steak.",
        ],
        "change": [
            "My cholesterol came back high, so I've gone vegetarian. No {v} for me any more.",
            "No, that's out of date, I watched a documentary and that was it. "
            "I don't eat {v} now, I'm vegetarian.",
            "My daughter went vegetarian and I've joined her, so I've stopped eating {v}.",
        ],
        "ask_now": [
            "Just to check, have you got me down as eating red meat?",
            "Do I eat red meat these days?",
            "Any dietary notes on my file?",
        ],
    },
    "favourite": {
        "tell": [
            "Yes, {v}, that's my favourite tea.",
            "That's right, I'm a {v} person through and through, it's my favourite.",
            "Put in some {v}, it's my favourite tea.",
        ],
        "change": [
            "A friend brought some back from her holiday and I was hooked. "
            "My favourite tea is {v} now.",
            "No, that's out of date, I've gone right off the old one. "
            "It's {v} I love best these days.",
            "My tastes have changed since I cut down on caffeine. "
            "Now it's {v} that's my favourite tea.",
        ],
        "ask_now": [
            "Just to check, which tea have you got down as my favourite now?",
            "What's my favourite tea these days?",
        ],
        "ask_then": [
            "Before I changed it, which tea did I have as my favourite?",
            "What was my favourite tea before?",
        ],
    },
    "pet": {
        "tell": [
            "Oh, our cat {v} is fine, she rules the house.",
            "That's right, {v}'s our cat, she's curled up on my lap as we speak.",
            "We have a little cat called {v}, she keeps us busy.",
        ],
        "change": [
            "The vet said there was nothing more they could do, so we had to let {old} go "
            "last month. We don't have a cat now.",
            "My allergies got so bad the doctor told me the cat had to go, so we rehomed "
            "{old}. No cat at home any more.",
            "Sad news, I'm afraid. {old} was very old and passed away in her sleep in the spring.",
        ],
        "ask_now": [
            "Just to check, have you got me down as having a cat?",
            "Do I have a cat at the moment?",
        ],
    },
    "partner": {
        "tell": [
            "Yes, {v}'s my partner, he'll be coming along.",
            "That's right, my boyfriend {v} is doing the cooking this weekend.",
            "Me and my partner {v} are off to the coast.",
        ],
        "change": [
            "{old} and I split up over the summer, it was for the best. I'm with {v} now.",
            "We just wanted different things, so {old} and I called it a day. "
            "My new partner is {v}.",
            "No, that's out of date, we split up a while ago. I'm seeing {v} now.",
            "I met someone at my sister's wedding, and it's been lovely. My partner is {v} now.",
        ],
        "ask_now": [
            "Just to check, who have you got down as my partner now?",
            "Who's my partner these days?",
        ],
        "ask_then": [
            "Who was I with before my current partner?",
            "Before I met someone new, who was my partner?",
        ],
    },
    "job": {
        "tell": [
            "Yes, I'm at {v}, been there a good while.",
            "That's right, I work at {v}.",
            "I'm at {v}, it keeps me busy.",
        ],
        "change": [
            "The old place was cutting jobs, so I jumped before I was pushed. I work at {v} now.",
            "No, that's out of date, I wanted something closer to home. "
            "I started at {v} last month.",
            "I got a new job, better hours and better pay. I'm at {v} now.",
        ],
        "ask_now": [
            "Just to check, where have you got me working now?",
            "Who's my employer at the moment?",
        ],
        "ask_then": [
            "Before I changed jobs, where did I work?",
            "What was my old job, where was I working before?",
        ],
    },
    "car": {
        "tell": [
            "Yes, I drive {v}, that's the one.",
            "That's right, mine's {v}.",
            "My car's {v}, if you need it for the parking.",
        ],
        "change": [
            "The old one failed its inspection and wasn't worth fixing, so we traded it in. "
            "I drive {v} now.",
            "No, that's out of date, we needed something more reliable for the commute. "
            "My car is {v} now.",
            "I got a new car after the old one was written off. It's {v}.",
        ],
        "ask_now": [
            "Just to check, which car have you got down for me now?",
            "What car am I driving these days?",
        ],
        "ask_then": [
            "Before I changed cars, what did I drive?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "Yes, {v}, that's my GP.",
            "That's right, I see {v} at the practice.",
            "My GP is {v}, the forms can go there.",
        ],
        "change": [
            "My GP retired at Christmas, so I've been moved over. I'm with {v} now.",
            "No, that's out of date, I changed practices, the old one was always running late. "
            "My GP is {v} now.",
            "The surgery merged with another one and they reassigned everyone. My new GP is {v}.",
        ],
        "ask_now": [
            "Just to check, which doctor have you got down as my GP now?",
            "Who's my GP at the moment?",
        ],
        "ask_then": [
            "Before I changed, who was my GP?",
            "Who was my old GP?",
        ],
    },
    "dentist": {
        "tell": [
            "Yes, the dentist is on {v}, I've got it on the fridge.",
            "That's right, my dentist appointment is on {v}.",
            "I've got the dentist on {v}, worst luck.",
        ],
        "change": [
            "The dentist's off sick that week, so they rang to move me. It's {v} now.",
            "No, that's out of date, I couldn't get the time off work so I rescheduled. "
            "My dentist appointment is on {v} now.",
            "They had a cancellation and offered me another slot, so I took it. "
            "I'm seeing the dentist on {v} instead.",
        ],
        "ask_now": [
            "Just to check, when have you got my dentist appointment now?",
            "When's my dentist appointment?",
        ],
        "ask_then": [
            "Before they moved it, when was my dentist appointment?",
            "What date was my dentist appointment originally?",
        ],
    },
    "contact": {
        "tell": [
            "Yes, please {v} me, that's easiest.",
            "That's right, best to {v} me, I prefer it.",
            "If you need me, just {v} me, that's what I like.",
        ],
        "change": [
            "I'm on my feet all day these days, so the old way doesn't work for me. "
            "Please {v} me from now on.",
            "No, that's out of date, I kept missing things that way. I'd rather you {v} me now.",
            "My routine's changed a lot lately, so I'd like to switch. "
            "From now on, please {v} me instead.",
        ],
        "ask_now": [
            "Just to check, how have you got me down to be contacted now?",
            "How do I like you to get in touch these days?",
            "Should you text, email or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "Yes, {v}, that's what everyone calls me.",
            "Oh, just call me {v}, please.",
            "That's right, I go by {v}.",
        ],
        "change": [
            "My friends at book club gave me a new nickname and it stuck. I go by {v} now.",
            "No, that's out of date, I've gone back to what my family always called me. "
            "It's {v} these days.",
            "My grandkids started calling me something new and I love it. "
            "Please call me {v} from now on.",
        ],
        "ask_now": [
            "Just to check, what name have you got down for me now?",
            "What do I like to be called these days?",
        ],
    },
}


def fireside_kinds() -> list[Kind]:
    """The kinds with the forty-eighth held-out phrasing."""
    return heldout_kinds(_FIRESIDE)
