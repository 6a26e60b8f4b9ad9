"""A forty-fourth held-out phrasing of the same facts (`generate --phrasing broad`, written to
`bench/changeeval/broad/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
first and last lines of `onhold.py`, `heldout_kinds`, the shape of the held-out words (their
roles, counts and placeholders, not their text), `phrasings.py` and the argument parser of
`generate.py` only, without reading the supersession rules, the other phrasings or the tests,
and without running anything on these words but `generate`. The callers speak strong regional
English dialects, transcribed as a speech-to-text system would write them (dialect words in
their standard spelling, no phonetic respelling of every word), mixed across the templates:
Scottish ("aye", "wee", "I stay at" for I live at, "ken", "the messages", "the now"), Geordie
and Yorkshire ("howay", "pet", "nowt", "owt", "our lass", "me mam"), Scouse and Mancunian
("me" for my, "our kid", "sound", "dead" for very), Irish ("grand", "your man", "I'm after
starting" for I have just started, "so it is"), Southern US and AAVE ("y'all", "fixing to",
"I done changed it", "ain't", "finna"), Australian and New Zealand ("reckon", "heaps",
"arvo", "yeah nah", "sweet as") and Caribbean English ("mi", "wha", "dem", "nuh"). Changes
come in the dialect's own words, sometimes with no word of change at all ("yeah nah, don't
ring the old one, it's ... these days"). Every tell states the caller's own current value and
every change is about the caller and leaves the new value current; other people come up only
in passing, never with a value of the same kind. The questions are asked in the same dialects.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_BROAD: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Aye, I stay at {v}, just up the road from where I get the messages.",
            "Howay pet, me and our lass have been at {v} for years, that's home.",
            "Y'all can put me down at {v}, that's where I live.",
        ],
        "change": [
            "I'm after moving to {v}, so I am, the old place is sold.",
            "Mi move out a di old yard last month, mi live at {v} now.",
            "We flitted at the weekend, so it's {v} for us the now, not the old house.",
        ],
        "ask_now": [
            "Where is it I stay, according to yous?",
            "Wha address yuh have fi mi now?",
        ],
        "ask_then": [
            "Where was I living before I flitted, have yous still got it?",
            "Which place was I at before I moved, y'all remember?",
        ],
    },
    "phone": {
        "tell": [
            "Me number's {v}, that's me mobile, like.",
            "Ring us on {v}, pet, that's the best one for me.",
            "Best number fi reach mi is {v}.",
        ],
        "change": [
            "I done changed my number, y'all, it's {v} now.",
            "Yeah nah, don't ring the old one, it's {v} these days.",
            "Got a new phone, didn't I, so you want {v} for me now, the old one's gone.",
        ],
        "ask_now": [
            "What's me number on yous file?",
            "Which number y'all fixing to call me on?",
        ],
        "ask_then": [
            "What number did I have before, the old one, like?",
        ],
    },
    "email": {
        "tell": [
            "Mi email a {v}, send it deh so.",
            "Aye, send owt for me to {v}, that's ma email, ken.",
            "Y'all send everything to {v}, that's my email address.",
        ],
        "change": [
            "I done switched to {v}, that old email ain't in use no more.",
            "Nah, it's {v} the now, the other email's dead and buried.",
            "Howay, I've a new email, pet, it's {v}, divvent use the old one.",
        ],
        "ask_now": [
            "Which email have yous got for me, like?",
            "Wha email unu have fi mi?",
        ],
        "ask_then": [
            "What was me old email, before I switched?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v} for the blood pressure, so I am.",
            "Mi tek {v} every morning fi mi pressure.",
            "Doc's got me on {v}, reckon it's doing heaps of good.",
        ],
        "change": [
            "The doctor's after changing me tablets, I'm on {v} now.",
            "Me mam says I should've told yous, they changed me pills, it's {v} now.",
            "Yeah nah, not the old dose any more, I'm taking {v} from here on.",
        ],
        "ask_now": [
            "How much of that lisinopril am I meant to be taking, pet?",
            "Wha dose mi deh pon for mi blood pressure now?",
        ],
        "ask_then": [
            "What dose was I on before the doctor changed it, like?",
        ],
    },
    "class": {
        "tell": [
            "Pottery's on {v}, so I cannae do owt else then.",
            "I do me pottery on {v}, dead good it is.",
            "Got pottery class on {v}, mate, reckon I've never missed one.",
        ],
        "change": [
            "They done moved pottery to {v}, y'all, that's when it is now.",
            "Pottery's shifted, pal, it's on {v} the now.",
            "Dem change di pottery class, it run pon {v} now.",
        ],
        "ask_now": [
            "When's me pottery on, love?",
            "What day's ma pottery class, d'ye ken?",
        ],
        "ask_then": [
            "Which day did pottery used to be on, before they moved it?",
        ],
    },
    "coffee": {
        "tell": [
            "Aye, two cups of {v} every morning, black, I'm dead fond of it.",
            "Love a {v}, mate, I have heaps of it every morning.",
            "Mi drink {v} every morning, strong and black.",
        ],
        "change": [
            "I ain't drinking {v} no more, the doctor done told me to quit.",
            "Nah, I've packed in the {v}, haven't had a drop in weeks.",
            "Gave up {v} altogether, so I did, and I'm grand without it.",
        ],
        "ask_now": [
            "Am I a coffee drinker, according to yous?",
            "How do I take me coffee, pet?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, me, steak every Friday without fail.",
            "Reckon I'm a big {v} eater, mate, steak on the barbie most arvos.",
            "Y'all know I love {v}, ain't a week goes by without a steak.",
        ],
        "change": [
            "I'm veggie now, so I am, no {v} for me at all.",
            "Mi stop eat {v}, mi a vegetarian now.",
            "Yeah nah, no more {v}, I've gone vegetarian, sweet as.",
        ],
        "ask_now": [
            "Do I eat red meat, aye or no?",
            "Is there any food I cannae have, according to yous?",
        ],
    },
    "favourite": {
        "tell": [
            "Me favourite tea's {v}, I'm dead fussy about it.",
            "Howay, it's {v} for me, pet, that's me favourite brew.",
            "Mi favourite tea a {v}, nuh put nothing else in deh.",
        ],
        "change": [
            "I've gone right off the old tea, {v} is me favourite now.",
            "Me favourite tea is {v} the now, the other one does nowt for me any more.",
            "I done found a new favourite, y'all, it's {v} these days.",
        ],
        "ask_now": [
            "What's me favourite tea, love?",
            "Which tea y'all fixing to put in my basket?",
        ],
        "ask_then": [
            "What tea did I used to like best, before?",
        ],
    },
    "pet": {
        "tell": [
            "We've got a wee cat called {v}, she's a right handful.",
            "Our cat {v} runs the whole house, our kid spoils her rotten.",
            "Mi have a likkle cat name {v}, she run di whole yard.",
        ],
        "change": [
            "We lost {old} last month, so we did, she was fifteen, God rest her.",
            "{old} ain't with us no more, she done passed in the spring.",
            "Mi did haffi give {old} to a next family, mi allergies get too bad.",
        ],
        "ask_now": [
            "Have I got a cat, according to yous?",
            "How's me cat keeping, then?",
        ],
    },
    "partner": {
        "tell": [
            "Me fella {v} and me are off to the coast, dead excited.",
            "My partner {v} is doing the cooking tonight, ain't he a keeper.",
            "Mi man {v} a cook di dinner tonight, him sweet.",
        ],
        "change": [
            "Me and {old} are finished, I'm seeing {v} now, he's sound.",
            "I'm with {v} these days, so I am, {old} is long gone.",
            "Got meself a new fella, {v}, reckon he's the one.",
        ],
        "ask_now": [
            "Who's me fella, according to yous?",
            "Wha mi partner name?",
        ],
        "ask_then": [
            "Who was I with before, like, the last fella?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, it's steady, nowt fancy.",
            "I've been grafting at {v} for donkey's years.",
            "Mi work a {v}, mi deh deh long time.",
        ],
        "change": [
            "I'm after starting a new job at {v}, so I've left the old place.",
            "Howay, I jacked in the old job, pet, I'm at {v} now.",
            "I'm finna tell y'all, I done left that old job, I work at {v} now.",
        ],
        "ask_now": [
            "Where do I graft, on yous records?",
            "Who mi work fi now?",
        ],
        "ask_then": [
            "Where was I working before, like, the old job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, aye, she's a wee belter.",
            "Got {v} parked out front, mate, that's what I drive.",
            "Mi drive {v}, it run good.",
        ],
        "change": [
            "Traded the old banger in, didn't I, I'm driving {v} now.",
            "I done got me a new car, y'all, it's {v}.",
            "Sold the old one, so I did, it's {v} I'm driving now.",
        ],
        "ask_now": [
            "What motor have yous got down for me?",
            "Wha car mi drive?",
        ],
        "ask_then": [
            "What was me old car, the one I traded in?",
        ],
    },
    "doctor": {
        "tell": [
            "I see {v} up at Elm Street, she's me GP, dead nice.",
            "Aye, {v} is ma doctor, at the Elm Street practice, ken.",
            "My GP is {v}, y'all, been with her a good while.",
        ],
        "change": [
            "I done switched practices, y'all, my GP is {v} now.",
            "Your man the old GP retired, so it's {v} I see now, grand.",
            "Mi change doctor, a {v} mi see now.",
        ],
        "ask_now": [
            "Who's me GP, pet?",
            "Which doctor do I see, y'all got that?",
        ],
        "ask_then": [
            "Who was me GP before, like?",
        ],
    },
    "dentist": {
        "tell": [
            "Got the dentist on {v}, dreading it, so I am.",
            "Aye, I've the dentist on {v}, ken.",
            "Mi have dentist appointment pon {v}.",
        ],
        "change": [
            "They rang, so they did, the dentist is {v} now, not the old day.",
            "Howay, the dentist's shifted me appointment to {v}, pet.",
            "Dentist done rescheduled me for {v}, y'all.",
        ],
        "ask_now": [
            "When's me dentist, then?",
            "Wha day mi a go a di dentist?",
        ],
        "ask_then": [
            "When was the dentist meant to be, before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            "Just {v} me, pet, that's what suits.",
            "Best y'all {v} me, that's how I like it.",
            "Reckon it's best you {v} me, mate, nowt else.",
        ],
        "change": [
            "Nah, {v} me from now on, aye, that's what I want the now.",
            "From here on y'all {v} me instead, hear?",
            "Mi rather unu {v} mi now, nuh do it di old way.",
        ],
        "ask_now": [
            "How do I like yous to get in touch, like?",
            "Y'all supposed to text me or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "Just call me {v}, pet, everyone does.",
            "Ah, everyone calls me {v}, so they do.",
            "Everybody call mi {v}, yuh fi call mi dat too.",
        ],
        "change": [
            "I'm going by {v} these days, mate, sweet as.",
            "Y'all call me {v} now, I done went back to it.",
            "Call me {v} the now, aye, the other name's finished.",
        ],
        "ask_now": [
            "What do yous call me, then?",
            "Wha name mi go by?",
        ],
    },
}


def broad_kinds() -> list[Kind]:
    """The kinds with the forty-fourth held-out phrasing."""
    return heldout_kinds(_BROAD)
