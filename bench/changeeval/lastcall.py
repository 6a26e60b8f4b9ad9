"""A nineteenth held-out phrasing of the same facts (`generate --phrasing lastcall`, written to
`bench/changeeval/lastcall/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, `phrasings.py` and the opening and closing lines of `onhold.py` only, without
reading the supersession rules, the other phrasings' words or the tests, and without running
anything on these words first. The callers phone a voice assistant at a dog-walking service, a
launderette, a driving school, a library's home-delivery service, a council tax line and a
pest-control company, and their words are written as a speech-to-text transcript shows them:
lowercase starts, fillers ("um", "uh", "like", "you know"), repeated words ("my my number
is"), restarts ("I live at, I mean, we live at ..."), long run-on sentences with few commas,
and the dropped articles, unusual word order and tenses ("since two years", "I am living in
...") of speakers whose first language is Polish, Spanish, Arabic, Mandarin, Urdu or
Portuguese. Some callers mention a change only inside a complaint ("the letters still go to
the old flat, I moved to ..."), and some confirm it only when the agent reads the old value
back to them. Every change is about the caller, is in effect now and leaves no doubt that the
old value no longer holds; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_LASTCALL: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "um yeah it's {v} that's that's where the dog is so the walker comes there",
            "I am living in {v} since two years, is for the council tax you need it no",
            "so the books come to, I mean, we live at {v} me and my wife, that's our house",
            "the mice are like everywhere in the kitchen um we live at {v} if you can send "
            "someone",
            "address is {v}, my home, I am there every day after work",
            "uh for the lessons you pick me up from home which is {v} you know the one with "
            "the blue door",
        ],
        "change": [
            "the letters still go to the old flat I moved to {v} in the winter and I keep "
            "getting the bill for a place I don't even live in which is not fair",
            "wait you have {old}? no no that's that's the old one we don't live there any "
            "more we are at {v} now",
            "um so we moved like three weeks ago the new house is {v} and the old place is "
            "sold so the walker has to come to the new one",
            "I am not living any more in old flat, since one month I am living in {v}",
            "the instructor keeps going to my old house to pick me up and I'm not there I "
            "moved I'm at {v} now so please please fix it",
            "yeah no that one you just read is the old address we left there uh it's {v} now "
            "for the books",
        ],
        "ask_now": [
            "um what address do you have for me",
            "where where am I living on your system",
            "can you read me my home address please",
            "which house you send the bill to, my address I mean",
        ],
        "ask_then": [
            "what was the address I had before, the old one",
            "where I was living before I moved",
            "um which place did I move out of",
        ],
    },
    "phone": {
        "tell": [
            "my my number is {v}",
            "uh you can call me on {v} that's my mobile yeah",
            "number is {v}, is my phone, only my phone nobody else use it",
            "so if the the walker is late or whatever just ring {v} that's me",
            "for the lessons call me on {v} I always pick up like always",
            "my telephone it is {v}, you write it please",
        ],
        "change": [
            "you keep calling my old number and nobody answers because I changed it it's {v} now",
            "you have {old}? no this number is finished I cancelled it, now is {v}",
            "um I got a new sim like last week so my number is {v} the old one doesn't work "
            "any more",
            "I lost my phone on the bus, I have new number now, {v}, the old one is dead",
            "yeah no that's the old number I don't have that phone any more it's {v}",
            "the texts when my washing is ready they never come because the number changed "
            "it's {v} since last month",
        ],
        "ask_now": [
            "what number you have for me",
            "um which phone number is on my account",
            "can you tell me my my phone number",
        ],
        "ask_then": [
            "what was my number before I changed it",
            "which number I had before, the old one",
        ],
    },
    "email": {
        "tell": [
            "my email is uh {v}",
            "send the receipt to {v} that's me",
            "um email, it's {v}, all small letters",
            "for the library notices I use {v} that's my email you know",
            "is {v}, my email, I am checking it every day",
            "you can like email me at, at {v} yeah that's the one",
        ],
        "change": [
            "the council emails keep going to my old address and I don't use that one so "
            "my email is {v} now",
            "you have {old}? no, I closed that one, use {v}",
            "um I made new email because the old one got hacked so it's {v} now",
            "that email's dead I don't check it any more it's {v} now",
            "I am not using the old email since two months, the new one is {v}",
            "yeah my work closed my account so the, the email is {v} from now, not the other one",
        ],
        "ask_now": [
            "what email address you have for me",
            "where do you send my emails to",
            "um which email is on my file",
        ],
        "ask_then": [
            "which email I had before",
            "what was the old email, the one I stopped using",
        ],
    },
    "dose": {
        "tell": [
            "um I take {v} every morning with with breakfast",
            "for the blood pressure I am taking {v}, every day",
            "oh health is okay you know uh I'm on {v} for the pressure and that's it really",
            "my my tablets are {v} one a day",
            "doctor give me {v} for the pressure, I take in morning with water",
            "so I'm on, I mean I take {v}, that's the only medicine I got",
        ],
        "change": [
            "the doctor put me up so I'm on {v} now, not the old dose",
            "they changed my tablets last week I'm taking {v} since then",
            "you have {old}? no, that was before, now I take {v}",
            "my pressure was too high so now I am taking {v}, the old amount is finished",
            "um yeah the dose changed it's {v} from this month I stopped the other one",
            "doctor reduced my tablets, now is {v}, only this, not more",
        ],
        "ask_now": [
            "how much of the lisinopril am I supposed to take",
            "um what's my dose for the blood pressure tablets",
            "what dose you have for me, for lisinopril",
        ],
        "ask_then": [
            "before they changed it how much lisinopril I was on",
            "um what was my old lisinopril dose you know the one before the doctor changed it",
        ],
    },
    "class": {
        "tell": [
            "I can't do a driving lesson then because pottery is on {v}",
            "um I have pottery class {v} so I'm out then, like every week",
            "my pottery it is on {v}, every week, I never miss",
            "I go to pottery {v} you know so don't book me then",
            "on {v} I am in pottery class, always",
            "pottery's um {v} for me so I'm not home to let the walker in",
        ],
        "change": [
            "pottery changed day, now is {v}, not old day any more",
            "they moved the pottery class so it's on {v} now, since like two weeks",
            "you have my pottery on {old}? no that's old, it moved to {v}",
            "the pottery teacher changed the timetable, class is {v} from now on, the old "
            "day is gone",
            "my driving lesson keeps clashing with pottery because pottery is on {v} now "
            "they moved it",
            "so pottery is, it was a different day but now it's {v}",
        ],
        "ask_now": [
            "um pottery, when is it again for me",
            "what day I have pottery",
            "which day am I at pottery like which day of the week",
        ],
        "ask_then": [
            "before the teacher changed it what day was my pottery",
            "what day pottery was on, the old day I mean",
        ],
    },
    "coffee": {
        "tell": [
            "um I drink {v} every morning like two cups",
            "I am drinking {v} every day, black, no sugar",
            "yeah I have {v} every morning you know I can't start without it",
            "for me {v}, every morning, strong, very strong",
            "honestly I'm I'm a {v} addict I drink it all the time",
        ],
        "change": [
            "I stopped {v}, the doctor said no more, so I don't drink it",
            "no {v} for me any more I quit like a month ago",
            "I don't take {v} now, since two months I am not drinking it",
            "um yeah so I packed in {v} altogether it was keeping me up at night",
            "you have {v} on my order? no, take it off, I don't drink it any more",
            "I'm done with {v}, like, completely, not a single cup now",
        ],
        "ask_now": [
            "um am I still drinking coffee or",
            "is coffee something I drink",
            "am I coffee drinker",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} like most days, I love steak",
            "um yeah {v} is fine for me I eat it a lot",
            "I am eating {v} every day, lamb, beef, everything",
            "no restrictions I eat {v} you know burgers steak all that",
            "honestly like my dinner is not dinner without {v} you know steak chops",
        ],
        "change": [
            "I am not eating {v} any more, since one month I am vegetarian",
            "um so I'm vegetarian now like properly, no {v}, nothing",
            "I don't eat {v} any more, I went vegetarian",
            "you put steak for me? no no, I'm vegetarian now, no {v}",
            "I gave up {v} last year, vegetarian now",
            "since like the new year I'm veggie so no {v} for me at all",
        ],
        "ask_now": [
            "um do I eat red meat or, like, not",
            "is there anything I don't eat",
            "can I have meat or I'm vegetarian, what do you have",
        ],
    },
    "favourite": {
        "tell": [
            "oh um {v} definitely, {v} is my favourite tea",
            "for me the best tea is {v}, always I drink this one",
            "I'm like a {v} person you know that's my my favourite",
            "yes please tea, my favourite is {v}, with little honey",
            "uh my favourite tea it's {v} I have it every evening",
        ],
        "change": [
            "my favourite tea is {v} now I went off the old one completely",
            "you have {old}? no I don't like it any more my favourite now is {v}",
            "um these days it's {v} my favourite, the other one I stopped liking",
            "before I liked other tea but since few months my favourite is {v}",
            "last basket had the old tea and nobody drank it, my favourite is {v} now",
            "yeah no not that one any more it's {v} now that's my favourite tea",
        ],
        "ask_now": [
            "um what's my favourite tea",
            "which tea I like the most",
            "what tea you put in my basket, my favourite one",
        ],
        "ask_then": [
            "which tea was my favourite before",
            "which tea I liked before I changed",
        ],
    },
    "pet": {
        "tell": [
            "we got a cat uh {v} she's like the boss of the house",
            "our cat {v} she's fine, she is sleeping all day on the washing",
            "it's not dog, we don't have dog, we have a cat, her name is {v}",
            "um the family is good, and our cat {v} she's getting old but fine",
            "I have cat, {v}, she is with me since five years",
        ],
        "change": [
            "um our cat {old} died last month she was really old",
            "we don't have {old} any more, we had to give her away because of my son's allergy",
            "we lost {old} at, at the start of spring, so there's no cat now in the house",
            "sadly our cat {old} she's gone, she got ill and we lost her",
            "my cat {old} is dead since two weeks, it's very sad",
            "the the mice came back after we lost {old}, she was our cat, she died in the spring",
        ],
        "ask_now": [
            "um do I have any pets like a cat",
            "is my cat still with us",
            "do I still have cat",
        ],
    },
    "partner": {
        "tell": [
            "me and my boyfriend {v} we're going to the seaside",
            "my partner {v} he does the laundry usually, not me",
            "um {v} my boyfriend is picking up the books for me",
            "my partner is {v}, we are together since three years",
            "I'm with {v} he's my partner yeah",
        ],
        "change": [
            "{old} and I broke up so don't put him on the account, I'm with {v} now",
            "I am with new partner now, {v}, not {old} any more",
            "you have {old}? no we split up, my partner now is {v}",
            "um my new boyfriend is {v}, me and {old} are finished",
            "I'm seeing {v} now, it ended with the other guy in the winter",
            "my partner is {v} now, since the summer, the old one is gone",
        ],
        "ask_now": [
            "um who's my partner again",
            "what's my boyfriend name",
            "who am I with right now",
        ],
        "ask_then": [
            "who I was with before, my ex",
            "what was my ex's name",
        ],
    },
    "job": {
        "tell": [
            "oh busy busy um I'm at {v} you know doing the accounts",
            "I am working in {v} since two years",
            "um I'm at {v} it's full time",
            "work is fine, I'm at {v} still",
            "my job is at {v}, so the walker comes when I'm there",
            "I work for, I mean, I work at {v}",
        ],
        "change": [
            "I'm not at the old place, I left, I'm at {v} now since last month",
            "I am working now in {v}, the old company is finished for me",
            "um I started at {v} last month so that's my job now",
            "the council letter has my old employer but I'm at {v} now since the summer",
            "I quit, I'm at {v} now, it's much better",
            "you have {old}? no, I don't work there any more, I'm at {v}",
        ],
        "ask_now": [
            "um where I'm working these days",
            "who I work for",
            "what's my employer on the file",
        ],
        "ask_then": [
            "where I worked before",
            "what job I had before this one",
        ],
    },
    "car": {
        "tell": [
            "um I drive, like, it's {v}",
            "um my car is {v}, it's parked outside",
            "I have {v}, for the parking permit",
            "I'm learning in school car but my own car is {v}",
            "the car is {v}, is my car",
            "I got uh {v}, that's what I drive",
        ],
        "change": [
            "I don't have the old car, I sold it, I'm driving {v} now",
            "we traded in, now I have {v}",
            "um so new car like two weeks ago it's {v}",
            "the parking permit is still for old car, I have {v} now",
            "you have {old}? no, I sold it, now is {v}",
            "my car is {v} now, the other one is gone",
        ],
        "ask_now": [
            "what car I am driving",
            "which car do you have down for me",
            "uh what do I drive",
        ],
        "ask_then": [
            "what car I had before",
            "the car before this one what was it",
        ],
    },
    "doctor": {
        "tell": [
            "uh my GP, it's {v}",
            "um my doctor is {v}, at the practice on the corner",
            "I go to {v} she's my doctor",
            "the doctor for me is {v}, since long time",
            "for the forms send to {v}, my GP",
        ],
        "change": [
            "I changed to other practice so my GP is {v} now",
            "my doctor retired, now I have {v}",
            "you have {old}? no, I moved practice, it's {v} now",
            "um I'm with {v} now since I moved, the old GP is not mine any more",
            "the forms went to my old doctor and got lost, my GP is {v} now",
            "new GP, {v}, from this month",
        ],
        "ask_now": [
            "um who's my GP on your list",
            "which doctor I see",
            "what doctor do you have for me",
        ],
        "ask_then": [
            "who I had as GP before",
            "which doctor I had before I changed",
        ],
    },
    "dentist": {
        "tell": [
            "I have dentist on {v}",
            "um the the dentist appointment it's {v}",
            "dentist is on {v}, so not that day for lesson",
            "on {v} I go to dentist",
            "um dentist for me is {v} in the morning so not that day",
        ],
        "change": [
            "dentist called me and moved it so now it's {v}",
            "dentist change the date, now is {v}",
            "you have {old}? no they moved it, it's {v} now",
            "um so the dentist rescheduled it's on {v} now not the other date",
            "I had to move my dentist appointment, it's {v} now",
            "the dentist cancelled the old appointment so now I'm going {v}",
        ],
        "ask_now": [
            "um when's my dentist",
            "what day I have dentist",
            "the dentist appointment when is it",
        ],
        "ask_then": [
            "what date was the dentist before they moved it",
            "which day was the dentist first, the original one",
        ],
    },
    "contact": {
        "tell": [
            "please just {v} me that's best",
            "um yeah if you need me just {v} me that's easiest",
            "for the pickup {v} me, I prefer",
            "you can {v} me, this is what I like",
            "I prefer that you {v} me, always",
        ],
        "change": [
            "from now on please {v} me, not the old way",
            "don't {old} me any more, {v} me instead",
            "um can you {v} me from now on I changed my mind about that",
            "I don't like the old way any more, now {v} me please",
            "you keep doing it the old way and I miss it, please {v} me now",
            "since this month I prefer you {v} me only",
        ],
        "ask_now": [
            "how I want you to get in touch with me",
            "should you text me or call me or email",
            "um which way I like to be contacted, text or call or email",
        ],
    },
    "nickname": {
        "tell": [
            "uh you can call me {v} like everybody",
            "everyone calls me {v}, so you can too",
            "um yeah {v} is fine, I go by {v}",
            "call me {v}, is my name for friends",
            "I'm {v}, that's what people call me",
        ],
        "change": [
            "I don't go by the old name any more, call me {v}",
            "you have {old}? no, I'm {v} now",
            "um actually it's {v} now, I changed it",
            "please call me {v} from now, not the other name",
            "nobody calls me that any more, I'm {v} these days",
            "since the new job everyone calls me {v}, so use {v}",
        ],
        "ask_now": [
            "um what name you use for me",
            "which name I like to be called",
            "what's my nickname",
        ],
    },
}


def lastcall_kinds() -> list[Kind]:
    """The kinds with the nineteenth held-out phrasing."""
    return heldout_kinds(_LASTCALL)
