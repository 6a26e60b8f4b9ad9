"""A thirty-fifth held-out phrasing of the same facts (`generate --phrasing crossline`, written
to `bench/changeeval/crossline/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `onhold.py`, `heldout_kinds` and `phrasings.py` only, without reading the supersession
rules, the other phrasings or the tests, and without running anything on these words first.
The caller turns read the way a speech recogniser transcribes a phone line rather than the way
a person types: mostly lower case at sentence starts (names, streets, companies and days keep
their capitals), sparse and sometimes misplaced punctuation with the odd full stop mid-turn,
long run-on turns joined with "and", "so" and "cos", fillers ("uh", "um", "like", "you know",
"I mean"), false starts and repeated words ("I I live", "my my number"). The callers are calm
and chatty, from the UK, Ireland, the US, Canada and Australia. Changes come as a bare new
value, "it's ... now", "not that one any more", "changed it to ...", a long story that ends in
the new value, a correction of what the agent has on file, a hedge that settles ("I think it's
... now yeah"), a request to the agent that carries the new value, and very short answers. Every
change is about the caller and leaves the new value current; every tell states the caller's own
current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_CROSSLINE: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I I live at {v}. for the file and that",
            "um yeah our place is {v} so that's home",
            "so the address is uh {v}, that's that's where we are",
            "it's {v} I mean that's the house, we've been there ages you know",
            "yeah we're at {v} and uh have been since the kids were small",
            "home's {v}",
        ],
        "change": [
            (
                "so we we finally moved and uh it took forever cos of the chain but yeah we're "
                "at {v} now"
            ),
            "it's {v} now",
            "we moved. {v}, since last weekend",
            "not that one any more it's {v}, we sold the old place",
            (
                "um so long story my landlord sold up and we had like a month to find somewhere "
                "and my my mum helped us look and we ended up at {v} so that's us now"
            ),
            "no no that's the old one, you know, it's {v} now we moved in March",
            "I think it's {v} now yeah, I mean that's where all our stuff is so",
            "can you change it to {v} cos we've moved",
            "put {v} down for the address. I'm there now the old place is gone",
        ],
        "ask_now": [
            "what's my address",
            "uh where do I live again, what've you got",
            "which address have you got for me?",
            "so what address is on my file",
            "can you read me back my address",
        ],
        "ask_then": [
            "what was my old address",
            "where did I live before I moved?",
            "um what was the address before, the old one",
        ],
    },
    "phone": {
        "tell": [
            "my my number is {v}",
            "best number's {v} yeah that's the mobile",
            "uh you can get me on {v} most days",
            "it's {v}. that's my mobile and I always have it on me so",
            "so the mobile is um {v}",
        ],
        "change": [
            "I got a new phone and uh the number's {v} now",
            "it's {v} now",
            "changed it to {v} cos I was getting all these spam calls you know",
            "not that number any more, it's {v}",
            (
                "so I dropped my old phone in the uh the sink and the shop gave me a new SIM and "
                "everything so my number's {v} now"
            ),
            "no that's that's the old number, the new one's {v}",
            "I think it's {v} now yeah I'm pretty sure. yeah that's right",
            "can you use {v} from now on cos the old number's gone",
            "new number {v}",
        ],
        "ask_now": [
            "what's my phone number",
            "which number are you gonna call me on",
            "uh what number have you got for me?",
            "can you read my my number back",
        ],
        "ask_then": [
            "what was my old number",
            "what number did I have before?",
            "the number before this one what was it",
        ],
    },
    "email": {
        "tell": [
            "my email is {v}",
            "send stuff to {v} that's my my email",
            "email's um {v}",
            "yeah so it's {v}, for the email I mean",
            "uh {v} is the email I use for everything",
        ],
        "change": [
            "I changed my email it's {v} now",
            "it's {v} now",
            "not that one any more, it's {v}, I don't check the old one",
            (
                "so my work made me get a a new account and I just, I just use {v} for "
                "everything now"
            ),
            "no that's the old email it's {v} these days",
            "can you send the receipts to {v} now cos I changed it",
            "I think it's {v} now yeah that's the new one",
            "changed it to {v}",
        ],
        "ask_now": [
            "what's my email address",
            "which email have you got on file for me?",
            "uh what email are the receipts going to",
        ],
        "ask_then": [
            "what was my old email",
            "which email did I use before?",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} every morning you know with breakfast",
            "I'm on um {v} for the blood pressure",
            "yeah it's {v}, every morning, have been for years",
            "so I'm on {v} and uh that's it really",
            "just {v} I mean that's all I take",
        ],
        "change": [
            "so the doctor um changed it and I'm on {v} now",
            "it's {v} now",
            "they've had me on {v} since last week so",
            (
                "my blood pressure was up at the check and uh and she said we'll go to {v} so "
                "that's what I've been taking"
            ),
            "not that dose any more, it's {v}",
            "no that's not right any more, it's {v} now",
            "I think it's {v} now yeah, it's on the new box",
            "can you update it. I'm on {v} these days",
        ],
        "ask_now": [
            "how much lisinopril do I take",
            "what dose am I on for the blood pressure?",
            "um remind me what I'm taking for my blood pressure",
        ],
        "ask_then": [
            "what dose was I on before?",
            "what was I taking before they changed it",
        ],
    },
    "class": {
        "tell": [
            "pottery's on {v} so I'm never free then",
            "I do pottery {v}",
            "my my pottery class is on {v}",
            "um so I've got pottery on {v}, that's that's my thing",
            "yeah I do pottery on {v} and uh I love it",
        ],
        "change": [
            "pottery moved to {v}",
            "it's {v} now for pottery",
            (
                "so the the teacher changed jobs and the new one can't do the old slot so "
                "pottery's {v} now"
            ),
            "they changed it to {v} from now on",
            "not the old day any more, it's {v}",
            "I think it's {v} now yeah, for pottery, they sent an email",
            "can you put pottery down for {v} cos they moved it",
            "no pottery's {v} now, they switched it",
        ],
        "ask_now": [
            "when's my pottery class",
            "which day do I do pottery?",
            "uh what day is pottery again",
        ],
        "ask_then": [
            "which day was pottery before it moved",
            "what day did pottery used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink two cups of {v} every morning. black",
            "I love my {v} I have it every morning you know",
            "yeah so uh {v}, black, first thing, every day",
            "I I can't start the day without {v}",
        ],
        "change": [
            "I don't drink {v} any more doctor's orders",
            "gave up {v}. completely",
            "no {v} any more, I quit last month",
            (
                "so I was getting these like palpitations and uh the doctor said cut out {v} so "
                "I have, I'm off it completely"
            ),
            "oh no I'm not on {v} any more, haven't had any in weeks",
            "I think I'm done with {v} now yeah, for good",
            "can you take {v} off the order, I've given it up",
        ],
        "ask_now": [
            "do I drink coffee",
            "how do I take my coffee?",
            "uh have you got me down for coffee",
        ],
    },
    "meat": {
        "tell": [
            "I love a good steak, I eat {v} most days",
            "I'm a big {v} eater you know, steak every Friday",
            "uh yeah I eat {v} like most days",
            "oh I eat {v}. loads of it, steak burgers the lot",
        ],
        "change": [
            "I've stopped eating {v} I'm vegetarian now",
            "I'm vegetarian these days so uh no {v} please",
            "no {v} for me any more",
            (
                "so my daughter went vegetarian and I I tried it with her and and I just never "
                "went back so no {v} now"
            ),
            "I don't eat {v} any more, I'm veggie now yeah",
            "can you make sure there's no {v} for me, I'm vegetarian now",
            "I think I'm off {v} for good now yeah",
        ],
        "ask_now": [
            "do I eat red meat",
            "any dietary stuff for me?",
            "uh what have you got down for my diet",
        ],
    },
    "favourite": {
        "tell": [
            "my favourite tea's {v}",
            "I'm a {v} person, that's my favourite tea",
            "oh um {v}, always, that's my favourite",
            "yeah {v} is my favourite tea I mean I have it every night",
        ],
        "change": [
            "these days my favourite tea's {v}",
            "I've gone off the old one, {v}'s my favourite now",
            "it's {v} now",
            (
                "so my friend brought back some {v} from her trip and I I've just been hooked on "
                "it since, that's my favourite now"
            ),
            "not the old one any more, I'm all about {v}",
            "I think it's {v} now yeah, my favourite",
            "can you put {v} in the basket cos that's my favourite these days",
        ],
        "ask_now": [
            "what's my favourite tea",
            "which tea should go in my basket?",
            "uh what tea do I like best",
        ],
        "ask_then": [
            "what was my favourite tea before",
            "which tea did I like before?",
        ],
    },
    "pet": {
        "tell": [
            "we have a cat called {v}, she's a handful",
            "our cat {v} runs the house you know",
            "oh we've got {v}, she's the cat, a right madam",
            "uh yeah there's me and the cat, {v}, she's, she's the boss",
        ],
        "change": [
            "sadly we lost {old} last month. she was fifteen",
            "{old} passed away in the spring so it's, it's been hard",
            "we had to rehome {old} cos my allergies got too bad",
            (
                "so uh {old} got really poorly over the winter and um the vet said it was kinder "
                "so, she's gone now"
            ),
            "oh no we don't have {old} any more, she died in June",
            "it's just us now, {old} passed",
        ],
        "ask_now": [
            "do I have a cat",
            "how's my cat doing?",
            "uh have you got a cat down for me",
        ],
    },
    "partner": {
        "tell": [
            "my boyfriend {v} and I are going to the coast",
            "my partner {v} is doing the cooking, thank god",
            "uh me and {v}, he's my partner, we're off down the coast",
            "so {v}, my boyfriend, he's, he's sorting the weekend",
        ],
        "change": [
            "{old} and I split up and uh I'm seeing someone new, {v}",
            "I'm with {v} now, me and {old} ended in the spring",
            "my new partner's {v}",
            (
                "so um it's {v} now, we met at my cousin's wedding and and yeah, {old} and me "
                "were done by then anyway"
            ),
            "not {old} any more, it's {v}",
            "I think you've got {old} down but it's {v} now yeah",
            "{v} now, yeah, we've been together since the summer",
        ],
        "ask_now": [
            "who's my partner",
            "what's my partner's name?",
            "uh who have you got down as my other half",
        ],
        "ask_then": [
            "who was I with before",
            "what was my ex's name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, it's steady",
            "I've been at {v} for years now",
            "um I'm at {v}, have been since I left school basically",
            "so I work for, at {v}, yeah",
        ],
        "change": [
            "I started a new job at {v}",
            "I left my old job and I'm at {v} now",
            "I work at {v} these days",
            (
                "so the old place was cutting back and a mate told me they were hiring at {v} "
                "and I went for it and got it so I'm there now"
            ),
            "not there any more, I'm at {v}",
            "I think you've got the old job down. I'm at {v} now",
            "{v} now",
            "can you change it to {v}, I moved jobs",
        ],
        "ask_now": [
            "where do I work",
            "who's my employer?",
            "uh where've you got me working",
        ],
        "ask_then": [
            "where did I work before",
            "what was my old job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}",
            "my car is {v}",
            "uh it's {v}, the car",
            "yeah I've got {v}, had it years",
        ],
        "change": [
            "we traded the old car in and I drive {v} now",
            "I got a new car it's {v}",
            "sold the old one, my car's {v} now",
            (
                "so the old one failed its MOT like really badly and it wasn't worth fixing so "
                "we got {v}"
            ),
            "not that car any more, it's {v} now",
            "I think you've still got the old car, it's {v} now",
            "{v} now",
            "can you put {v} down for parking cos that's what I drive now",
        ],
        "ask_now": [
            "what car do I drive",
            "what's my car?",
            "uh which car have you got down for me",
        ],
        "ask_then": [
            "what car did I have before",
            "what was the old car?",
        ],
    },
    "doctor": {
        "tell": [
            "my GP's {v} at the Elm Street practice",
            "I see {v}, that's my GP",
            "um it's {v}. my GP I mean",
            "yeah {v} is my GP and has been for years",
        ],
        "change": [
            "I switched practices and my GP's {v} now",
            "my new GP is {v}",
            "I'm with {v} now, the old one retired",
            (
                "so we moved across town and the old practice was miles away so I I signed up at "
                "the new one and I see {v} now"
            ),
            "not the old GP any more, it's {v}",
            "I think it's {v} now yeah, for my GP",
            "can you send the forms to {v} cos that's my GP now",
        ],
        "ask_now": [
            "who's my GP",
            "which doctor do I see?",
            "uh who've you got as my doctor",
        ],
        "ask_then": [
            "who was my GP before",
            "who was the old doctor?",
        ],
    },
    "dentist": {
        "tell": [
            "my dentist appointment is on {v}",
            "I've got the dentist on {v}",
            "uh yeah dentist, {v}",
            "so the dentist is, um, {v}. in the morning",
        ],
        "change": [
            "the dentist moved my appointment to {v}",
            "my dentist appointment got rescheduled to {v}",
            (
                "so the dentist rang and and said the hygienist is off so they've put me on {v} "
                "instead"
            ),
            "it's {v} now, the dentist",
            "no that date's gone, it's {v} now",
            "I think it's {v} now yeah they changed it",
            "can you put the dentist down for {v} cos they moved it",
        ],
        "ask_now": [
            "when's my dentist appointment",
            "uh what day's the dentist?",
            "when am I at the dentist again",
        ],
        "ask_then": [
            "when was the dentist originally",
            "what was the dentist date before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            "please {v} me rather than anything else",
            "best to {v} me, that's what I prefer",
            "uh just {v} me yeah that's easiest",
            "I'd I'd rather you {v} me, you know",
        ],
        "change": [
            "from now on please {v} me instead",
            "I'd rather you {v} me these days",
            "so I've got a new job and I can't really, you know, so just {v} me from now on",
            "not the old way any more, {v} me",
            "I think it's better if you {v} me now yeah",
            "can you {v} me from now on instead",
            "{v} me now",
        ],
        "ask_now": [
            "how do I like to be contacted",
            "should you text or call me?",
            "uh how are you meant to get hold of me",
        ],
    },
    "nickname": {
        "tell": [
            "please call me {v}, everyone does",
            "just call me {v}",
            "uh {v} is fine, that's what everyone calls me",
            "oh it's {v}, you know, nobody uses my full name",
        ],
        "change": [
            "you can call me {v} now, I've gone back to it",
            "I go by {v} these days",
            "it's {v} now",
            (
                "so at my new work there was already someone with, you know, so I started going "
                "by {v} and it stuck"
            ),
            "not that any more, call me {v}",
            "I think I'm {v} now yeah, that's what I go by",
            "can you call me {v} from now on",
        ],
        "ask_now": [
            "what should you call me",
            "what name do I go by?",
            "uh what've you got me down as, like what do I go by",
        ],
    },
}


def crossline_kinds() -> list[Kind]:
    """The kinds with the thirty-fifth held-out phrasing."""
    return heldout_kinds(_CROSSLINE)
