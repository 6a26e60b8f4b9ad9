"""A thirty-seventh held-out phrasing of the same facts (`generate --phrasing parlour`, written
to `bench/changeeval/parlour/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the shape of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first. The callers are older people phoning from home, in their seventies and eighties:
British, Irish, American and Caribbean grandparents, polite and formal, a little hard of
hearing. They call the agent "dear" or "young man", say a value twice slowly, wander into a
memory of the past before coming to the point ("I was forty years in the old house ..."),
mention a late husband, a lady friend or the grandchildren in passing without giving them the
caller's facts, and use old-fashioned turns of phrase ("we've removed to ...", "my telephone
number", "the wireless", "my gentleman friend"). Changes come as plain statements with no word
of change, "I've moved to ...", long reminiscences ending in the new value, corrections of the
agent's read-back ("No, dear, I said ..."), a value told and then repeated, questions that
also state the new value, hedges that settle ("I believe it's ... now, yes") and very short
answers. Every change is about the caller and leaves the new value current; every tell states
the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_PARLOUR: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I live at {v}, dear, and I have done for a good many years.",
            "My address is {v}. That's {v}, I'll say it again slowly for you, dear.",
            (
                "Oh, my late husband and I bought the house at {v} the spring we were married, "
                "and I'm there still."
            ),
            "Home is {v}, young man.",
            "You'll find me at {v}. Have you got that, dear? {v}.",
            "It's {v}, dear.",
            "I'm at {v}, honey, the one with the porch swing, my grandchildren can't keep off it.",
        ],
        "change": [
            (
                "We've removed to {v}, dear, a smaller place, the stairs were getting too much "
                "for me."
            ),
            "I've moved to {v}. My granddaughter did all the packing, bless her.",
            (
                "Well, you see, I was forty years in the old house, I raised three children there "
                "and the garden was my pride and joy, but I couldn't manage it after my husband "
                "passed, so I'm at {v} now."
            ),
            "No, dear, that's the old address you've read out. I'm at {v} now. {v}.",
            "My address is {v}.",
            "Would you put down {v} for me, dear? That's where I live now, since the move.",
            "I believe it's {v} now, let me look at the letter... yes, {v}, that's right.",
            "{v} now, dear.",
            (
                "Speak up, darlin', I didn't catch you... oh, the address. We've gone to {v}, my "
                "son found us the bungalow."
            ),
            "As I was saying, dear, before the kettle went, we've removed to {v}.",
        ],
        "ask_now": [
            "What address have you got down for me, dear?",
            "Would you read me back my address, please? Slowly, if you would.",
            "Where is it you've got me living, young man?",
            "Remind me which address you have on your file for me, dear.",
        ],
        "ask_then": [
            "And where was I living before, dear, the old address?",
            "What was the address I had before I moved, can you tell me?",
            "Which house did you have me at before we removed?",
        ],
    },
    "phone": {
        "tell": [
            "My telephone number is {v}.",
            "You can ring me on {v}, dear. I'll say it again: {v}.",
            "The number here is {v}. My grandson wrote it on the pad by the telephone for me.",
            "It's {v}, young man, that's the house telephone.",
            (
                "Ring me on {v}, dear, and let it ring a good while, I'm not quick on my feet "
                "these days."
            ),
            "{v}, that's me, pet.",
        ],
        "change": [
            "I've a new telephone number, dear, it's {v}.",
            "The telephone people changed my number, it's {v} now. {v}. Have you got that?",
            "My telephone number is {v}.",
            "No, dear, not that one, I said {v}. The old number's gone.",
            (
                "Now, my son got me one of those mobile telephones at Christmas, and I said what "
                "do I want with that at my age, but there it is, and the number I use now is {v}."
            ),
            "Could you ring me on {v} from now on, dear? That's my number these days.",
            "I believe the number's {v} now... yes, it's on the card, {v}.",
            "Use {v} now, dear.",
        ],
        "ask_now": [
            "What telephone number have you got for me, dear?",
            "Which number will you be ringing me on?",
            "Would you read my telephone number back to me, slowly, please?",
            "Speak up a little, dear, what number have you got down for me?",
            "Could you say my number again, dear? A bit louder this time.",
        ],
        "ask_then": [
            "What was my old telephone number, dear?",
            "Which number did I have before it was changed?",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}. My granddaughter set it up for me.",
            "The electronic mail address is {v}, dear. I'll say it once more: {v}.",
            "You can send things to my email, {v}, I look at it every Sunday after church.",
            "It's {v}, young man, that's my email.",
        ],
        "change": [
            "I've a new email address, dear, it's {v}.",
            (
                "My grandson said the old email was full of rubbish and made me another, {v}, so "
                "that's the one I use now."
            ),
            "My email is {v}.",
            "No, dear, that's the old email you've got there. It's {v} now. {v}.",
            "Would you send things to {v} from now on, dear? That's my email these days.",
            "I believe it's {v} now, let me find where I wrote it down... yes, {v}.",
            "I don't use the old email any longer, honey, it's {v}.",
        ],
        "ask_now": [
            "What email address have you got down for me, dear?",
            "Which email will you be sending my letters to?",
            "Would you read back my email address, please, nice and slowly?",
            "Sorry, dear, I'm a bit hard of hearing, what email have you got for me?",
        ],
        "ask_then": [
            "What was my old email address, dear?",
            "Which email did I have before the one I use now?",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} every morning, dear, with my porridge.",
            "The doctor has me on {v} for my blood pressure.",
            "I'm on {v}. That's {v}, once a day.",
            "My tablets are {v}, for the pressure.",
            "I've been on {v} for the blood pressure this long while, darlin'.",
            "As I was saying, young man, I'm on {v}, for the pressure.",
        ],
        "change": [
            "The doctor's changed my tablets, dear, I'm on {v} now.",
            "I take {v} every morning.",
            (
                "I went in about my dizzy spells, and he took my pressure twice, and he said "
                "we'll have to see about those tablets, so it's {v} now."
            ),
            "No, dear, that was the old dose. It's {v} now, {v}.",
            "Shall I give you the new dose as well, dear? It's {v} from now on.",
            "I believe it's {v} now, it says so on the box, yes, {v}.",
            "{v} now, dear, since last week.",
        ],
        "ask_now": [
            "How much of the lisinopril am I to take, dear?",
            "What dose have you got me down for, for the blood pressure?",
            "Remind me, dear, how many milligrams of lisinopril do I take?",
        ],
        "ask_then": [
            "And what dose of lisinopril was I on before it was changed?",
            "What was I taking for the blood pressure before, dear?",
        ],
    },
    "class": {
        "tell": [
            "I go to my pottery class on {v}, dear, it gets me out of the house.",
            "Pottery is {v}. {v}, so don't ring me then.",
            "I go to pottery on {v}, my lady friend from church drives me.",
            "On {v} I'm at my pottery, I've been going since I was widowed.",
            "Pottery, {v}, dear.",
        ],
        "change": [
            "My pottery class is on {v} now, dear.",
            "They've moved the pottery to {v}, dear, the hall was wanted for the bingo.",
            "My pottery class is on {v}.",
            (
                "Oh, you'll laugh, I went along to pottery on the usual day and there was nobody "
                "there but the caretaker, and he said, didn't you get the letter, love, so it's "
                "{v} now."
            ),
            "No, dear, not that day any more, I said {v}. Pottery's on {v}.",
            "Could you put pottery down for {v}, dear? That's when it is now.",
            "I believe pottery is {v} now, yes, {v}, the teacher rang round.",
        ],
        "ask_now": [
            "When is it I go to my pottery, dear?",
            "Which day have you got my pottery class on?",
            "Remind me when my pottery is, would you? My memory's not what it was.",
            "Pardon, dear? Oh, yes, which day is my pottery?",
        ],
        "ask_then": [
            "Which day was the pottery before they changed it?",
            "What day did I used to go to pottery, dear?",
        ],
    },
    "coffee": {
        "tell": [
            "I have two cups of {v} every morning, dear, and I won't be parted from them.",
            "I do like my {v}, strong and black, every morning.",
            "My late husband always took tea, but I'm a {v} drinker, every morning without fail.",
            "{v} every morning, dear, black, no sugar.",
        ],
        "change": [
            "I don't take {v} any more, dear, the doctor says it's bad for my heart.",
            "I've given up {v}, dear, I have hot water with lemon instead.",
            (
                "Oh, I used to love my {v} of a morning, sixty years I had it, my mother gave me "
                "my first cup when I was twelve, but it keeps me awake now, so no more {v} for "
                "me."
            ),
            "No, dear, no {v}, I've stopped it. No {v}.",
            "No {v} for me now, dear.",
            "Would you take the {v} off my order, dear? I've given it up.",
        ],
        "ask_now": [
            "Do I take coffee, dear, have you got that written down?",
            "Have you got me down as a coffee drinker?",
            "How do I have my coffee, dear?",
        ],
    },
    "meat": {
        "tell": [
            "I do enjoy a bit of {v}, dear, a nice steak on a Friday.",
            "I eat {v} most days, always have, I was raised on a farm in County Clare.",
            "Put me down for the steak, dear, I'm a great one for {v}.",
            "{v}, yes, I eat it, I'm not one of these fussy ones.",
        ],
        "change": [
            "I've stopped eating {v}, dear, I'm a vegetarian now, at my age, would you believe.",
            "No {v} for me, dear, I don't eat it any more.",
            (
                "My granddaughter's been at me about the animals for years, and I always said I'm "
                "too old to change, but after I heard that programme on the wireless, well, that "
                "was it, no more {v}, I'm vegetarian now."
            ),
            "No, dear, I said no {v}. I'm vegetarian.",
            "Could you make sure there's no {v} on my plate, dear? I've gone vegetarian.",
            "I don't eat {v}.",
        ],
        "ask_now": [
            "Do I eat red meat, dear?",
            "Is there anything I don't eat, have you got it written down?",
            "Any dietary notes on my file, young man?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, dear.",
            "I'm a {v} woman, always have been, that's my favourite tea.",
            "There's nothing like a cup of {v}, it's my favourite.",
            "Oh, {v}, dear, {v}, that's my favourite tea.",
        ],
        "change": [
            "My favourite tea is {v} these days, dear.",
            "I've gone off the old tea, {v} is my favourite now.",
            "My favourite tea is {v}.",
            (
                "When I was a girl in Kingston we'd sit on the veranda with my grandmother of an "
                "evening with a pot between us, and I kept to the one tea all my life, but my "
                "taste has changed, darlin', and {v} is my favourite now."
            ),
            "No, dear, not that one, I said {v}. That's my favourite now.",
            "Would you put {v} in the basket, dear? It's my favourite now.",
            "I believe it's {v} I like best now, yes, {v}.",
        ],
        "ask_now": [
            "What's my favourite tea, dear, have you got it?",
            "Which tea will you be putting in my basket?",
            "Remind me which tea I said I liked best.",
        ],
        "ask_then": [
            "What was my favourite tea before, dear?",
            "Which tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}, dear, she sits on my lap while I listen to the wireless.",
            "My cat {v} is all the company I have since my husband passed.",
            "There's only me and the cat here, {v}, she's a dear old thing.",
            "I've a little cat, {v}. {v}, that's her name.",
        ],
        "change": [
            "I lost {old} last month, dear, she was seventeen.",
            "{old} passed away in her sleep in the spring. It's just me now.",
            (
                "My daughter took {old} to live with her, I couldn't manage the litter tray any "
                "more, so there's no cat here now."
            ),
            (
                "You'll remember I had a cat, {old}, she'd sit in the window and watch the birds, "
                "and my husband used to call her the lady of the house, well, she died at Easter, "
                "dear, and I shan't have another."
            ),
            "No, dear, I haven't a cat any more. {old} is gone.",
        ],
        "ask_now": [
            "Have I got a cat, dear, on your records?",
            "Do I have a cat, young man?",
            "Have you got my cat written down, dear?",
        ],
    },
    "partner": {
        "tell": [
            "My gentleman friend {v} is taking me to the coast for the weekend.",
            "{v} does the cooking, dear, he's my gentleman friend, a widower like me.",
            "I've been stepping out with {v}, he's a lovely man.",
            "My partner is {v}. {v}, that's right.",
        ],
        "change": [
            "{old} and I have parted company, dear. I'm walking out with {v} now.",
            "My gentleman friend is {v} now, things with {old} came to an end in the spring.",
            "My gentleman friend is {v}.",
            (
                "Well, I met a man at the tea dance, dear, a lovely dancer, he reminded me of my "
                "husband when we were courting, and {old} didn't care for that at all, so that's "
                "the end of {old}, and it's {v} I'm seeing now."
            ),
            "No, dear, not {old}, I said {v}. {v} is my gentleman friend.",
            "Would you put {v} down as my partner, dear? {old} is out of the picture.",
            "I believe you'd call {v} my partner now, dear, yes.",
        ],
        "ask_now": [
            "Who have you got down as my partner, dear?",
            "What's my gentleman friend's name, can you tell me?",
            "Who is it I'm stepping out with, according to you?",
        ],
        "ask_then": [
            "Who was I seeing before, dear?",
            "What was my old gentleman friend's name?",
        ],
    },
    "job": {
        "tell": [
            "I still do three mornings a week at {v}, dear, it keeps me young.",
            "I work at {v}. I've been there longer than you've been alive, young man.",
            "I'm at {v}, part time, they won't let me retire.",
            "{v}, dear, that's where I work.",
        ],
        "change": [
            "I've taken a little job at {v}, dear, mornings only.",
            "I work at {v}.",
            (
                "I'd been at the old place since before decimalisation, dear, and they gave me a "
                "carriage clock when I left, but I missed the company, so I work at {v} now."
            ),
            "No, dear, not the old place, I said {v}. I'm at {v} now.",
            "Can I give you my new work, dear? It's {v}.",
            "I believe they'd say I'm staff at {v} now, I've been going in three days a week.",
            "As I was saying, I'm at {v} these days, dear.",
        ],
        "ask_now": [
            "Where is it I work, dear, have you got it?",
            "Who have you got down as my employer?",
            "Where do I go to work, young man?",
        ],
        "ask_then": [
            "Where did I work before, dear?",
            "What was my old job?",
        ],
    },
    "car": {
        "tell": [
            "I still drive, dear, I have {v}.",
            "My car is {v}, and she's never let me down.",
            "I drive {v}. My grandson checks the tyres for me.",
            "It's {v}, dear, that's my car, parked out front.",
        ],
        "change": [
            "We traded the old car in, dear, I drive {v} now.",
            "I drive {v}.",
            (
                "My late husband always chose the cars, and I couldn't bear to part with his old "
                "one, but it failed its test, dear, so I've {v} now."
            ),
            "No, dear, that's the old car. I drive {v} now, {v}.",
            "Could you put down {v} for my car, dear? The old one's gone.",
            "I believe it's {v}, my son chose it, yes, {v} is what I drive now.",
            "{v} now, dear.",
        ],
        "ask_now": [
            "What car have you got down for me, dear?",
            "What is it I drive, young man?",
            "Which car should I tell the man at the gate, dear?",
        ],
        "ask_then": [
            "What car did I have before, dear?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "I've been with {v} since I came to this town.",
            "My doctor is {v}, at the surgery on the corner.",
            "{v} is my GP, dear, ever so kind.",
            "I see {v}. That's {v}, dear.",
            "As I was saying, dear, my doctor is {v}.",
        ],
        "change": [
            "I'm with {v} now, dear, the old doctor retired at last.",
            "My doctor is {v}.",
            (
                "I'd been with the same doctor forty years, dear, he delivered my youngest and "
                "saw my husband through his last illness, but he's retired to the seaside, so "
                "it's {v} I see now."
            ),
            "No, dear, not that one, I said {v}. {v} is my GP now.",
            "Would you send the forms to {v}, dear? That's my GP now.",
            "I believe my GP is {v} now, since I changed surgeries.",
        ],
        "ask_now": [
            "Who is my doctor, dear, have you got it?",
            "Which GP have you got me down with?",
            "Who do I see at the surgery?",
        ],
        "ask_then": [
            "Who was my doctor before, dear?",
            "Which GP did I have before I changed?",
        ],
    },
    "dentist": {
        "tell": [
            "I've the dentist on {v}, dear.",
            "My dentist appointment is on {v}. {v}, I've put it on the calendar.",
            "The dentist is {v}, my grandson will drive me.",
            "I'm to see the dentist on {v}.",
        ],
        "change": [
            "The dentist's moved my appointment to {v}, dear.",
            "My dentist appointment is on {v}.",
            (
                "Well, the girl from the dentist rang, and I couldn't hear her over the wireless, "
                "so she had to say it three times, but it's {v} now."
            ),
            "No, dear, I said {v}. The dentist is {v} now.",
            "Could you put the dentist down for {v}, dear? They've changed it.",
            "I believe the dentist is {v} now, yes, it's on the card, {v}.",
        ],
        "ask_now": [
            "When is my dentist appointment, dear?",
            "What day have you got me down for the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment meant to be, before it was changed?",
            "What date did I have the dentist originally?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, dear, that's what suits me best.",
            "I'd like you to {v} me. {v} me, dear, if you would.",
            "Best to {v} me, young man, that's how I like it.",
            "You'd best {v} me, dear.",
        ],
        "change": [
            "From now on, dear, I'd rather you {v} me.",
            "Please {v} me, dear.",
            (
                "My grandson says I'm to have you {v} me these days, and he knows best about "
                "these things."
            ),
            "No, dear, I said {v}. Please {v} me.",
            "Would you {v} me from now on, dear? It suits me better.",
            "I believe it's best you {v} me now, dear, yes.",
        ],
        "ask_now": [
            "How is it I like to be contacted, dear?",
            "Should you text me or telephone me, what have you got down?",
            "How will you be getting in touch with me, young man?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, dear, everybody does.",
            "It's {v}, dear. {v}. Nobody's called me by my full name since school.",
            "My husband always called me {v}, and so does everyone else, so you may too.",
            "Just call me {v}, young man.",
        ],
        "change": [
            "You can call me {v} now, dear, I've gone back to it.",
            "Call me {v}.",
            (
                "When I was a girl in Cork the nuns wouldn't allow nicknames, and I've been very "
                "proper ever since, but my great-granddaughter has started calling me {v}, and I "
                "like it, so it's {v} from now on."
            ),
            "No, dear, I said {v}. Call me {v}.",
            "Would you call me {v} these days, dear?",
            "I believe I'll go by {v} now.",
        ],
        "ask_now": [
            "What is it you'll call me, dear?",
            "What name have you got down for me?",
            "What do I like to be called, young man?",
        ],
    },
}


def parlour_kinds() -> list[Kind]:
    """The kinds with the thirty-seventh held-out phrasing."""
    return heldout_kinds(_PARLOUR)
