"""A thirty-eighth held-out phrasing of the same facts (`generate --phrasing hangout`, written to
`bench/changeeval/hangout/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the head and tail of `onhold.py`, the argument parser of `generate.py` and
`phrasings.py` only, without reading the supersession rules, the other phrasings' words or the
tests, and without running anything on these words first. The callers are young adults, 17 to
25, phoning casually: slang and text-speak said aloud ("ngl", "tbh", "lowkey", "literally",
"no cap", "bestie", "it's giving"), a trailing "yeah?" or "innit", laughing at themselves,
going off on tangents about friends, group chats, uni, gigs and shifts before coming to the
point. Flatmates, friends, exes, siblings and parents come up in passing without being given
the caller's facts. Changes come as plain statements with no change word, "new number who
dis" jokes, "plot twist", "update:", "scrap that, it's ... now", "I finally switched to ...",
a long tangent ending in the new value, a reply to the agent's read-back ("nah that's the old
one"), the value said twice and very short answers. Every change is about the caller and
leaves the new value current; every tell states the caller's own current value; questions are
asked in the same register.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_HANGOUT: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Yeah so I'm at {v}, that's home, innit.",
            "Ngl the flat's a bit of a state but it's {v}, yeah?",
            "{v}. That's me, lol.",
        ],
        "change": [
            "Update: I literally just moved, I'm at {v} now, put that down yeah?",
            "Nah that's the old place, I'm at {v} now, {v}.",
            "Okay so long story, my flatmate's mate had a spare room and the old landlord was "
            "being so weird about the deposit, and the group chat was like just do it, so I did, "
            "I live at {v} now.",
            "Plot twist, moved out last weekend, it's {v} now, no cap.",
        ],
        "ask_now": [
            "Wait what address have you got for me, lol?",
            "Where do I live, like, on your end?",
            "Which address is on my file rn?",
        ],
        "ask_then": [
            "What was my old address again, lol? I've moved so much I literally forget.",
            "Where was I living before I moved, on your system?",
        ],
    },
    "phone": {
        "tell": [
            "My number's {v} btw.",
            "Just ring me on {v}, yeah? That's my mobile.",
            "Tbh best number is {v}, I never pick up anything else, haha.",
        ],
        "change": [
            "New number who dis, haha, no but fr it's {v} now.",
            "Nah that's my old number, it's {v} now, {v}.",
            "So I dropped my phone down the stairs at a gig, like fully smashed, and then I "
            "switched networks and everything, so yeah, my number's {v} now.",
            "Scrap that number you've got, it's {v} now, innit.",
        ],
        "ask_now": [
            "Wait what's my number on your end?",
            "What number you got for me, lol?",
            "Which number are you gonna ring me on?",
        ],
        "ask_then": [
            "What was my old number again? I literally can't remember, lol.",
            "What number did I have before I switched?",
        ],
    },
    "email": {
        "tell": [
            "My email's {v}, all lowercase, yeah?",
            "Send stuff to {v}, that's the one I actually check, lol.",
            "It's {v}. Don't judge, haha.",
        ],
        "change": [
            "I finally switched emails, the old one was from like year nine, so embarrassing, "
            "it's {v} now.",
            "Update: new email, {v}. So that's {v}.",
            "Nah don't use that one anymore, it's {v} now, no cap.",
            "Ngl my inbox was a disaster, my sister said just start fresh, so I did, my email "
            "is {v} now.",
        ],
        "ask_now": [
            "Wait which email have you got for me?",
            "What's my email on your end, lol?",
            "Where are you sending my emails rn?",
        ],
        "ask_then": [
            "What was my old email again, the cringe one, haha?",
            "Which email did I have before I switched?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v}, every morning, yeah?",
            "Lowkey feel like a pensioner saying this but I take {v} for my blood pressure, lol.",
            "It's {v}. Every day.",
        ],
        "change": [
            "So I had my check-up, sat in the waiting room for literally an hour scrolling, and "
            "anyway they've changed me to {v} now.",
            "Update from the doctor: I'm on {v} now.",
            "Nah that's the old dose, it's {v} now, {v}.",
            "Plot twist, they switched my pills, I take {v} now, no cap.",
        ],
        "ask_now": [
            "Wait how much lisinopril am I on again?",
            "What dose have you got for me, lol? The blood pressure one.",
            "What am I taking rn for my blood pressure?",
        ],
        "ask_then": [
            "What dose was I on before, lol? I've lost track.",
            "How much lisinopril did I used to take?",
        ],
    },
    "class": {
        "tell": [
            "Pottery's on {v}, so I'm literally never free then, haha.",
            "I do pottery {v}, it's giving main character, ngl.",
            "{v}, that's pottery, yeah?",
        ],
        "change": [
            "Update: pottery's moved to {v} now, which lowkey clashes with everything but "
            "whatever.",
            "Plot twist, pottery is {v} now.",
            "So the teacher posted in the class group chat like a whole essay, and basically "
            "pottery's on {v} from now on.",
            "Nah pottery's not on that day anymore, it's {v} now, {v}.",
        ],
        "ask_now": [
            "Wait when's my pottery class again?",
            "What day do I do pottery, lol?",
            "When have you got pottery down for me?",
        ],
        "ask_then": [
            "When was pottery before it moved, lol?",
            "What day did I used to do pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "I literally run on {v}, like two cups every morning, black.",
            "Ngl {v} is my whole personality, haha.",
            "Tbh I can't function without my {v} in the morning, yeah?",
        ],
        "change": [
            "So I don't drink {v} anymore, bestie, my heart was literally racing in lectures.",
            "Update: I've quit {v}, fully, no cap.",
            "Scrap the {v} thing, I've stopped drinking it completely.",
            "Plot twist, no more {v} for me, I gave it up last month, innit.",
        ],
        "ask_now": [
            "Wait do I drink coffee, on your end?",
            "Do you have me down as a coffee person, lol?",
            "How do I take my coffee, according to you?",
        ],
    },
    "meat": {
        "tell": [
            "I love a steak, ngl, I eat {v} like most days.",
            "Tbh I'm a big {v} person, yeah?",
            "Put me down for {v}, I literally live on burgers, haha.",
        ],
        "change": [
            "Plot twist, I'm vegetarian now, haven't touched {v} in a month.",
            "Update: veggie era, so no {v} anymore, no cap.",
            "So my flatmate made me watch this documentary and now I literally can't eat {v}, "
            "I'm vegetarian now.",
            "I don't eat {v} anymore, I'm vegetarian.",
        ],
        "ask_now": [
            "Wait do I eat red meat, on your system?",
            "Any food stuff you've got down for me, lol?",
            "Am I down as eating red meat or what?",
        ],
    },
    "favourite": {
        "tell": [
            "My fave tea is {v}, it's giving cosy, ngl.",
            "Fave tea's {v}, yeah? Obsessed.",
            "Tbh I'm such a {v} person, that's my favourite tea, haha.",
        ],
        "change": [
            "Update: my favourite tea is {v} now, the old one's dead to me, lol.",
            "I've gone off the old one, {v} is my favourite now, {v}.",
            "So my friend brought back this tea from her trip and I was like, oh, and now {v} "
            "is literally my favourite tea.",
            "Plot twist, favourite tea is {v} now, no cap.",
        ],
        "ask_now": [
            "Wait what's my favourite tea on your end?",
            "Which tea have you got down as my fave, lol?",
            "What tea should go in my basket, yeah?",
        ],
        "ask_then": [
            "What was my favourite tea before, lol?",
            "Which tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            "I've got a cat called {v}, she literally runs the flat, haha.",
            "My cat {v} is the main character, ngl.",
            "Yeah my cat's {v}, she's a menace, innit.",
        ],
        "change": [
            "Ngl this is sad but {old} passed away last month, rip.",
            "So {old} isn't with us anymore, she was really old, I'm still not over it tbh.",
            "We had to rehome {old}, my flatmate's allergies got so bad, so no cat now.",
            "Update, and it's a sad one: we lost {old} in the spring.",
        ],
        "ask_now": [
            "Wait do I have a cat, on your end?",
            "How's my cat doing, according to you, lol?",
            "Have you got a cat down for me?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} is coming too, yeah?",
            "Me and {v} are going to the coast, he's my partner, haha.",
            "{v}'s my boyfriend, the group chat loves him, lol.",
        ],
        "change": [
            "Plot twist, {old} is my ex now, I'm with {v}.",
            "Update: new boyfriend, his name's {v}, no cap.",
            "So me and {old} broke up and the group chat went absolutely feral, but anyway I'm "
            "seeing {v} now, he's lovely.",
            "Nah that's the ex, lol, my partner's {v} now, {v}.",
        ],
        "ask_now": [
            "Wait who've you got down as my partner?",
            "What's my boyfriend's name on your end, lol?",
            "Who am I with, according to you?",
        ],
        "ask_then": [
            "Who was I with before, lol? Don't say it too loud.",
            "What was my ex's name again, on your system?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, it's fine, pays the rent, lol.",
            "Ngl I've been at {v} for ages now, yeah?",
            "Yeah I'm at {v}, that's where I work.",
        ],
        "change": [
            "Update: I quit, I'm at {v} now, no cap.",
            "So my manager was being so weird and my mate said they were hiring, long story "
            "short I work at {v} now.",
            "I finally switched jobs, I'm at {v} now, {v}.",
            "Nah I don't work there anymore, it's {v} now, innit.",
        ],
        "ask_now": [
            "Wait where do I work, on your end?",
            "Who've you got down as my employer, lol?",
            "Where am I working rn, according to you?",
        ],
        "ask_then": [
            "Where did I used to work, lol?",
            "What was my old job again?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, she's a bit battered but she's mine, haha.",
            "My car's {v}, yeah?",
            "It's {v}. Don't laugh.",
        ],
        "change": [
            "I finally switched to {v}, the old one literally died on the motorway.",
            "Update: new whip, it's {v}, no cap.",
            "So my brother was meant to help me sell the old one and he totally ghosted, long "
            "story, anyway it's sold and I drive {v} now.",
            "Nah that's the old car, I've got {v} now, {v}.",
        ],
        "ask_now": [
            "Wait what car have you got me down for?",
            "What do I drive, on your end, lol?",
            "Which car's on my file rn?",
        ],
        "ask_then": [
            "What did I used to drive again, lol?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP's {v}, she's actually sound, yeah?",
            "I see {v}, that's my doctor, innit.",
            "{v}. That's my GP.",
        ],
        "change": [
            "I finally switched GPs, I'm with {v} now.",
            "Update: new GP, it's {v}, {v}.",
            "So I registered at the uni health centre cos the old place never picked up, and "
            "my GP is {v} now.",
            "Nah that's the old doctor, my GP's {v} now, no cap.",
        ],
        "ask_now": [
            "Wait who's my GP on your end?",
            "Which doctor have you got down for me, lol?",
            "Who do I see, like, as my GP?",
        ],
        "ask_then": [
            "Who was my GP before, lol?",
            "Which doctor did I used to see?",
        ],
    },
    "dentist": {
        "tell": [
            "Got the dentist on {v}, pray for me, lol.",
            "My dentist appointment's {v}, yeah?",
            "Dentist is {v}, ugh.",
        ],
        "change": [
            "Plot twist, the dentist moved me to {v}, which, rude, but fine.",
            "Update: dentist is {v} now.",
            "So I had tickets for a gig on the old date, obviously, so I rescheduled the "
            "dentist, it's {v} now.",
            "Nah that's the old date, the dentist is {v} now, {v}.",
        ],
        "ask_now": [
            "Wait when's my dentist appointment again?",
            "When have you got the dentist down for me, lol?",
            "What date's my dentist on your end?",
        ],
        "ask_then": [
            "When was the dentist meant to be originally, lol?",
            "What date did I have the dentist before it moved?",
        ],
    },
    "contact": {
        "tell": [
            "Just {v} me, yeah? That's what I prefer.",
            "Tbh best to {v} me, honestly.",
            "Ngl just {v} me, that's easiest.",
        ],
        "change": [
            "Update: please {v} me from now on instead.",
            "Scrap what I said before, just {v} me now, innit.",
            "So I've been ignoring literally everything lately, my mum's furious, haha, but "
            "anyway, from now on {v} me instead.",
            "I've changed my mind, {v} me these days, no cap.",
        ],
        "ask_now": [
            "Wait how do I like to be contacted, on your end?",
            "Should you text me or call me, lol?",
            "How've you got me down for getting in touch?",
        ],
    },
    "nickname": {
        "tell": [
            "Just call me {v}, everyone does, even my mum, haha.",
            "It's {v}, yeah? Nobody calls me anything else.",
            "{v}. That's me.",
        ],
        "change": [
            "Plot twist, I go by {v} now, new era.",
            "So at uni everyone started calling me {v} and it literally stuck, so call me {v} "
            "from now on, yeah?",
            "Update: it's {v} now, please.",
            "Nah I don't go by that anymore, it's {v} these days, no cap.",
        ],
        "ask_now": [
            "Wait what should you call me again?",
            "What name have you got me down as, lol?",
            "Which name do I go by, on your end?",
        ],
    },
}


def hangout_kinds() -> list[Kind]:
    """The kinds with the thirty-eighth held-out phrasing."""
    return heldout_kinds(_HANGOUT)
