"""A fifth held-out phrasing of the same facts (`generate --phrasing novel`, written to
`bench/changeeval/novel/`).

Written blind: without reading the supersession rules and without running them on these words
first. The sentences are shaped the way callers talk on a phone line, in the UK and the US:
contractions and fillers ("Oh, and", "Right, so"), the value early or late, requests ("Could
you put my number down as ..."), indirect statements ("The surgery's got me down with ..."),
past-tense narration ("We picked up the keys to ..."), negations ("I'm not at ... any more")
and idioms ("I've kicked the coffee habit"). About a third are hard on purpose: they never say
"new", "moved" or "changed", and a human still reads them one way only. Every change leaves no
doubt that the old value no longer holds.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_NOVEL: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Right, so anything for me gets sent to {v}.",
            "{v}, that's where I'm living, the one with the red gate.",
            "We rent the downstairs flat at {v}.",
        ],
        "change": [
            "I'm not at {old} any more, we've been at {v} since the end of last month.",
            "We picked up the keys to {v} on Friday and the removal van's been and gone.",
            "Could you swap my address over to {v}? The sale finally went through.",
        ],
        "ask_now": ["Where would you send my post?", "What's my current address?"],
        "ask_then": [
            "What address did you have for me originally?",
            "Which house was I in before this one?",
        ],
    },
    "phone": {
        "tell": [
            "Could you put my number down as {v}?",
            "Oh, the mobile, it's {v}, that's the one I always have on me.",
            "If I don't pick up on {v}, leave a voicemail and I'll ring back.",
        ],
        "change": [
            "Don't use {old} any more, it's been cut off, the new one's {v}.",
            "I lost my phone on the bus, so I'm on {v} now and the old number's cancelled.",
            "Scrap the number you've got, it's {v} these days.",
        ],
        "ask_now": [
            "If you had to phone me, which number would you dial?",
            "What's my mobile now?",
        ],
        "ask_then": ["Which number was I on before I changed it?"],
    },
    "email": {
        "tell": [
            "Oh, and email, it's {v}, all lower case.",
            "{v}, that's the inbox I actually check.",
            "Could you pop {v} on my account as the email?",
        ],
        "change": [
            "I've shut down {old}, so anything by email wants to go to {v} now.",
            "The email you've got for me bounces now, use {v}.",
            "Could you swap the email on my account for {v}? I don't check the other one.",
        ],
        "ask_now": ["Where do my emails go now?", "What's the email on my account?"],
        "ask_then": ["Which email address did you have for me first?"],
    },
    "dose": {
        "tell": [
            "My repeat prescription's {v} a day, for the blood pressure.",
            "I have {v} with my breakfast, that's what keeps the pressure down.",
            "{v}, that's what it says on the box.",
        ],
        "change": [
            "They've taken me off {old} and started me on {v}.",
            "After the blood test they adjusted my tablets, so it's {v} from this week.",
            "My new box of tablets says {v}, the GP changed it.",
        ],
        "ask_now": [
            "What strength of lisinopril should I be taking?",
            "How many milligrams of lisinopril am I on?",
        ],
        "ask_then": ["Which lisinopril dose did I have before the change?"],
    },
    "class": {
        "tell": [
            "{v} are pottery, so don't book me anything then.",
            "Oh, and I'm at the pottery wheel {v}.",
            "I've signed up for a pottery course, it runs {v}.",
        ],
        "change": [
            "The pottery lot have shuffled things round, it's {v} now, not {old}.",
            "Pottery clashed with work so I've swapped to the class that runs {v}.",
            "Could you note pottery's {v} from now on? They've dropped the old slot.",
        ],
        "ask_now": [
            "When's my pottery class on now?",
            "When shouldn't you book me anything because of pottery?",
        ],
        "ask_then": ["Before pottery changed days, when was it?"],
    },
    "coffee": {
        "tell": [
            "I'm not human until I've had my {v}, honestly.",
            "Oh, and a {v} for me when I come in, milk no sugar.",
            "I get through a whole pot of {v} before lunch.",
        ],
        "change": [
            "I've kicked the {v} habit, it's herbal stuff for me now.",
            "I haven't had a {v} in six weeks and I'm not going back.",
            "Could you take {v} off my usual order? I'm done with it.",
        ],
        "ask_now": ["Should there be coffee in my usual order?", "Am I a coffee drinker?"],
    },
    "meat": {
        "tell": [
            "Oh, I'm a carnivore, me, {v} at every meal going.",
            "Make sure there's {v} on the menu for me, I'm not one for salads.",
            "A big plate of {v}, that's my idea of a good dinner.",
        ],
        "change": [
            "Oh, and {v}'s off the menu for me now, I'm eating plant-based.",
            "I watched a documentary and went veggie the next day, so I'm done with {v}.",
            "Could you make my bookings meat-free from now on? I've turned my back on {v}.",
        ],
        "ask_now": ["Would I want the steak at dinner?", "Is red meat okay for me?"],
    },
    "favourite": {
        "tell": [
            "When it comes to tea, I'm {v} all the way.",
            "If you're putting a tea in, {v} is the one I'll actually drink.",
            "Oh, I keep a tin of {v} in every cupboard, it's my favourite brew.",
        ],
        "change": [
            "I've gone right off {old}, it's {v} I reach for now.",
            "Swap the tea in the basket for {v}, my tastes have changed.",
            "Tea-wise, it's all {v} now, I can't stand what I used to drink.",
        ],
        "ask_now": ["What tea do I like at the moment?", "What's my favourite brew?"],
        "ask_then": ["Which tea was my favourite originally?"],
    },
    "pet": {
        "tell": [
            "{v}'s curled up on the radiator shelf, she's a proper lazy cat.",
            "I can't be away too long because of {v}, my cat.",
            "Oh, I'll need someone to feed {v} while I'm away, she's my cat.",
        ],
        "change": [
            "It's just me in the house now, {old} didn't make it through the winter.",
            "We found {old} a new home on a farm, she's much happier there.",
            "No need for a cat-sitter any more, we lost {old} in April.",
        ],
        "ask_now": ["Is there still a cat at my place?", "Do I need a cat-sitter when I travel?"],
    },
    "partner": {
        "tell": [
            "{v} is coming along too, we've been going out for two years.",
            "Book a table for me and my boyfriend, {v}.",
            "I'll check with {v} first, he's my partner and he does the diary.",
        ],
        "change": [
            "{old} moved out in March, we're done. I've been seeing {v} since May.",
            "Things didn't work out, so the table's for me and my new boyfriend, {v}.",
            "You can stop asking after {old}, that's finished. {v} is the one now.",
        ],
        "ask_now": ["Who am I going out with?", "Who's my boyfriend at the moment?"],
        "ask_then": ["Who was I going out with before?"],
    },
    "job": {
        "tell": [
            "I'm on the payroll at {v}.",
            "Oh, I'm in the office at {v} most days.",
            "I'm doing admin for {v}, it pays the bills.",
        ],
        "change": [
            "I handed my notice in and started at {v} on Monday.",
            "Right, so I'm not at {old} any more, {v} took me on.",
            "Could you change my employer to {v}? I've left the other place.",
        ],
        "ask_now": ["Who pays my wages now?", "Where's my job at the moment?"],
        "ask_then": ["Which company did I work for before?"],
    },
    "car": {
        "tell": [
            "It'll be {v} pulling up, that's mine.",
            "Oh, I run {v}, it's getting on a bit.",
            "For parking, look out for {v}, that's mine.",
        ],
        "change": [
            "I part-exchanged {old} for {v}.",
            "The old car failed its MOT and got scrapped, so I've picked up {v}.",
            "It'll be {v} in the car park from now on, not the old one.",
        ],
        "ask_now": ["What car will I turn up in?", "Which car's mine now?"],
        "ask_then": ["What was I driving before I changed cars?"],
    },
    "doctor": {
        "tell": [
            "I'm under {v} at the health centre.",
            "{v} is who I see when I'm poorly.",
            "The forms want to go to {v}, that's my GP.",
        ],
        "change": [
            "The surgery's got me down with {v} now, the old one's left.",
            "{old} retired, so they've put me with {v}.",
            "Could you send the forms to {v} instead? I changed to a practice nearer home.",
        ],
        "ask_now": ["Which doctor am I under?", "Who should my forms go to at the surgery?"],
        "ask_then": ["Which doctor was I under before?"],
    },
    "dentist": {
        "tell": [
            "Can you remind me about the dentist? It's {v}.",
            "Oh, I've got a check-up at the dentist's on {v}.",
            "The dentist's sent me a card for {v}.",
        ],
        "change": [
            "The dentist had to cancel {old}, they've rebooked me for {v}.",
            "I couldn't make the dentist, so I swapped it to {v}.",
            "Scratch the date I gave you for the dentist, it's {v} now.",
        ],
        "ask_now": [
            "What date's my check-up at the dentist?",
            "When do I need to be at the dentist?",
        ],
        "ask_then": ["What date did the dentist have me down for first?"],
    },
    "contact": {
        "tell": [
            "Could you {v} me if anything changes? That suits me best.",
            "Honestly, {v} me, I'm hopeless with anything else.",
            "If it's about a booking, {v} me, I'll see it quicker.",
        ],
        "change": [
            "Let's change how you reach me: {v} me now, don't {old} me.",
            "Do me a favour and {v} me from here on, the old way doesn't suit me any more.",
            "Could you {v} me instead? What we agreed before isn't working for me now.",
        ],
        "ask_now": [
            "What's my preferred way to be contacted?",
            "If you need me, how should you get hold of me?",
        ],
    },
    "nickname": {
        "tell": [
            "It's {v} to my friends, so you might as well use that.",
            "Oh, nobody's called me by my full name in years, I'm {v}.",
            "{v}'s what I answer to.",
        ],
        "change": [
            "I've dropped {old}, I'm {v} to everyone now.",
            "Could you change what you call me to {v}? I've outgrown the old one.",
            "Make it {v} from now on, I don't answer to the old one any more.",
        ],
        "ask_now": ["What name do I answer to?", "How do I like to be addressed?"],
    },
}


def novel_kinds() -> list[Kind]:
    """The kinds with the fifth held-out phrasing."""
    return heldout_kinds(_NOVEL)
