"""A seventy-seventh held-out phrasing of the same facts (`generate --phrasing pronouns`, written
to `bench/changeeval/pronouns/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `onhold.py` and `heldout_kinds` only, without reading the supersession rules, the other
phrasings or the tests, and without running anything on these words first.
The callers are everyday British, American, Irish and Australian customers of a chemist, a gym,
a vet, a council and an optician, who name the thing once and then carry on with pronouns and
pointers: a turn of two or three short sentences where the kind of fact is named in one
sentence and the value or the change comes in another, tied back by "it", "that", "that one",
"the new one", "she", "he", "they", "there" or "the other one". Sometimes the pointer comes
first and the thing is named after ("It's {v} these days. My mobile, I mean."); sometimes
the value is said bare and explained in the next sentence; the distance between pointer and
thing varies from the next word to two sentences away. Questions lean on pointers too ("My
doctor, who is it now?"). Every change is about the caller and leaves no doubt that the old
value no longer holds; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

PRONOUNS_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Right, you'll need my address for the council tax. Have you a pen there? It's {v},"
            " and that's where I live.",
            "{v}. That's home, so that's where the new glasses should be posted.",
            "It's {v}, that's where I live. You asked for the address, sorry, I jumped ahead.",
            "Send my prescriptions to the house, would you. It's {v}, I've lived there since the"
            " kids were small.",
        ],
        "change": [
            "We've moved, so my address is different. The old place is sold. Put the new one"
            " down as {v}.",
            "I'm at {v} now. That's the address, love, we only moved in on Saturday, so the other"
            " one's no use to you any more.",
            "You've still got me at the old house. I haven't lived there since March. It's {v}"
            " I'm living at now.",
            "Did I mention we moved? Yeah, over the long weekend. So for the address, it's {v}"
            " from now on; the old one's gone.",
        ],
        "ask_now": [
            "What address have you got for me at the minute?",
            "The address on my account. Which one is it now?",
            "Where have you got me living these days? Can you read it out?",
        ],
        "ask_then": [
            "The place I was at before I moved, what address was that?",
            "My old address, the one you had first. What was it?",
        ],
    },
    "phone": {
        "tell": [
            "Best to ring me on the mobile. It's {v}. I always have that one on me.",
            "{v}. That's my number, if the vet needs to ring me about the dog.",
            "You'll want a number for the reminders. Text my mobile, not the landline. That one's"
            " {v}.",
            "Got a pen, mate? I'll give you my phone number. It's {v}.",
        ],
        "change": [
            "My phone number's changed. The new one is {v}. Don't bother with the other one, it's"
            " been cut off.",
            "I switched providers and they couldn't keep my old number. So it's {v} now. That's"
            " the only one that works.",
            "It's {v} these days. My mobile, I mean. The one you have on file is dead.",
            "You'll have an old number for me. It doesn't work any more. Ring me on {v} instead,"
            " that's my mobile now.",
        ],
        "ask_now": [
            "Which number have you got for me now?",
            "My phone number. What's on the file for it at the moment?",
            "What'll you ring me on when it's ready? Read me the number.",
        ],
        "ask_then": [
            "And the number I had before this one, what was it?",
            "What was my phone number before I changed it?",
        ],
    },
    "email": {
        "tell": [
            "For the e-receipts you'll need an email. Use {v}. That's mine, I check it every day.",
            "{v}. That's my email, for the eye test reminders.",
            "You asked for an email address. Mine's {v}, and that's the one I actually read.",
            "Yeah, I do have one. An email, I mean. It's {v}.",
        ],
        "change": [
            "I've changed my email. The new one's {v}. I've closed the other one down.",
            "Don't send anything to my old email, I can't get into it any more. Use {v}. That's"
            " the one I have now.",
            "{v}. That's my email now. The old one's gone, I deleted it.",
            "It's different since I last rang, my email. It's {v} these days, so could you update"
            " that for me.",
        ],
        "ask_now": [
            "Which email have you got for me now?",
            "My email. What's on the account for it at the moment?",
            "Where are my receipts going? Which email is it?",
        ],
        "ask_then": [
            "The email I had before, what was that one?",
            "What was my old email address, before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "It's about my blood pressure tablets. I take {v}, one of them every morning.",
            "{v}, that's what I'm on. For the blood pressure, you know.",
            "The doctor has me on blood pressure pills. They're {v}, and I take one with my"
            " breakfast.",
            "Could I order my repeat? That's the {v}, once a day, for my blood pressure.",
        ],
        "change": [
            "My blood pressure tablets have changed. The doctor put me up. It's {v} now, not the"
            " old dose.",
            "She's changed it again, the GP. My dose is {v} now, as of my last check-up.",
            "They've altered my lisinopril. The new dose is {v}. Please don't give me the other"
            " strength any more.",
            "About my blood pressure pills. The dose went down last week. So it's {v} from now"
            " on.",
        ],
        "ask_now": [
            "My blood pressure tablets, what dose am I on now?",
            "How much lisinopril should I be taking these days?",
            "The blood pressure ones. How many milligrams are they now?",
        ],
        "ask_then": [
            "The dose I was on before they changed it, what was that?",
            "Before the change, how much lisinopril was I on?",
        ],
    },
    "class": {
        "tell": [
            "I do a pottery class at the community centre. It's on {v}, so I can't do anything"
            " then.",
            "{v}, that's pottery for me. Don't book me in for anything then.",
            "You asked about my week. Well, there's pottery. That's {v}, every week without fail.",
            "My pottery class? Oh, it's {v}. I've been going a year now.",
        ],
        "change": [
            "My pottery class has moved. It's {v} now; they couldn't get the room on the old day.",
            "They've moved it, the pottery. It's {v} from this term on.",
            "Pottery's not on the old day any more. They've put it on {v}, and that's when I go"
            " now.",
            "The council changed the timetable for my pottery class. From this week it's {v}, not"
            " the day it used to be.",
        ],
        "ask_now": [
            "When's my pottery class now?",
            "Pottery. Which day is it on at the moment?",
            "What day do I go to pottery these days?",
        ],
        "ask_then": [
            "Before they moved it, what day was pottery on?",
            "My pottery class, which day was it originally?",
        ],
    },
    "coffee": {
        "tell": [
            "I do love my {v}. I have it every morning, two cups of it.",
            "It's {v} for me, first thing. Can't start the day without it.",
            "{v}. That's my morning drink. I have it black, strong as you like.",
            "Before the gym I always have a {v}. Every single day, I drink it.",
        ],
        "change": [
            "I don't drink {v} any more. I gave it up in the new year, the doctor told me to.",
            "No more {v} for me. I've knocked it on the head completely.",
            "{v}? I've quit it. Haven't had a drop in a month, so take it off my order.",
            "Cross the {v} off for me, would you. I'm off it for good, I stopped drinking it in"
            " March.",
        ],
        "ask_now": [
            "Do I drink coffee these days?",
            "Coffee. Do I still have it?",
            "Is coffee something I drink?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v}. Most days, actually. Love a steak.",
            "Steak, lamb chops, that sort of thing. It's {v}, and I eat loads of it.",
            "{v}, I eat it all the time. Steak on a Friday, always.",
            "No dietary notes for me. I'm a {v} eater, I'll have it with anything.",
        ],
        "change": [
            "I've stopped eating {v}. I'm vegetarian now. Haven't touched it in months.",
            "I don't eat {v} any more, mate. Went vegetarian in the spring.",
            "{v}, I've given it up. So no steak for me, I'm vegetarian now.",
            "Put me down as vegetarian now. That means no {v}, I stopped eating it last year.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Red meat, do I still have it?",
            "Is there anything I don't eat?",
        ],
    },
    "favourite": {
        "tell": [
            "There's one tea I always go back to. It's {v}. That's my favourite.",
            "{v}, that's my favourite. The tea, I mean.",
            "Tea for the basket? Go for {v}. It's my favourite by a mile.",
            "You asked about tea. I'm a {v} drinker. That one's my favourite.",
        ],
        "change": [
            "My favourite tea has changed. It's {v} now; I've gone off the other one.",
            "It's {v} these days. For my favourite tea, I mean. The old one doesn't do it for me"
            " any more.",
            "I used to have a different favourite tea. Not any more. Now it's {v}.",
            "{v}. That's my favourite tea now, I've switched.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea do I like best these days?",
            "My favourite tea, what's that one now?",
        ],
        "ask_then": [
            "What was my favourite tea before I switched?",
            "The tea I liked before, what was it?",
        ],
    },
    "pet": {
        "tell": [
            "I've got a cat. She's called {v}, and she's fifteen.",
            "{v}. That's my cat. She's a tabby.",
            "My cat's name? It's {v}. She's the boss at home.",
            "I'm calling about my cat, {v}. She's due her jabs.",
        ],
        "change": [
            "I'm ringing about {old}. She died last week. So please cancel her reminders.",
            "My cat, {old}, we had to have her put to sleep. She was very old.",
            "{old} is gone. She passed away in the spring. It's been hard.",
            "You'll have my cat on file. That's {old}. She died in March, so you can take her"
            " off.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "My cat, what's her name?",
            "Is there a cat on my file? What's she called?",
        ],
    },
    "partner": {
        "tell": [
            "My partner's coming to the appointment too. His name is {v}.",
            "{v}, that's my boyfriend. He'll drive me.",
            "I've a fella, {v}. He'll pick up my prescription sometimes.",
            "It's {v}. My partner, I mean. We've been together six years.",
        ],
        "change": [
            "{old} and I broke up. I'm with {v} now. He's lovely.",
            "I have a new partner. His name's {v}. The other one's gone, we split in May.",
            "He's {v} now, my partner. {old} and I are finished.",
            "I'm seeing someone new. {v}. It's over with {old}.",
        ],
        "ask_now": [
            "Who's my partner?",
            "My partner, what's his name?",
            "Who am I with at the moment?",
        ],
        "ask_then": [
            "Who was I with before?",
            "My old partner, the one before, what was his name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}. I've been there years, it's steady.",
            "{v}. That's where I work.",
            "You asked about my job. It's at {v}.",
            "My employer is {v}. They pay for the gym.",
        ],
        "change": [
            "I've changed jobs. I'm at {v} now. I left the old place in May.",
            "They took me on at {v} last month. That's where I work now; the old job's finished.",
            "I left my old job. The new one is at {v}.",
            "New job! {v}. That's where I am now, I finished up at the other place.",
        ],
        "ask_now": [
            "Where do I work?",
            "My job, where is it now?",
            "Who's my employer at the moment?",
        ],
        "ask_then": [
            "Where did I work before?",
            "My old job, where was that?",
        ],
    },
    "car": {
        "tell": [
            "It's for the parking permit. I drive {v}.",
            "My car? It's {v}.",
            "{v}. That's mine, it's what I drive.",
            "I've got a car. It's {v}, parked out the front.",
        ],
        "change": [
            "I've got a new car. It's {v}. I sold the old one.",
            "The permit needs updating. My old car's sold. The new one's {v}.",
            "{v}, that's what I've got now. For the car, I mean; I traded the old one in.",
            "Update the permit for my car. I drive {v} now, I don't have the old one any more.",
        ],
        "ask_now": [
            "What car do I drive?",
            "My car, what have you got on the permit?",
            "Which car is mine now?",
        ],
        "ask_then": [
            "What car did I have before?",
            "My old car, the one I sold, what was it?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}. She's at the Elm Street practice.",
            "{v}, that's my doctor. Send the forms to her.",
            "You'll want my doctor. It's {v}, at the surgery on the high street.",
            "The forms go to my GP. That's {v}, she knows me well.",
        ],
        "change": [
            "I've changed GP. It's {v} now. The old one retired.",
            "She's {v}, my new GP. I moved practices, so the old one's not mine any more.",
            "My doctor's changed. I'm with {v} now, not the one before.",
            "I've a new GP. {v}. So send the forms there, not to the other one.",
        ],
        "ask_now": [
            "Who's my GP?",
            "My doctor, who is it now?",
            "Which GP am I with these days?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "My old doctor, the one before, who was that?",
        ],
    },
    "dentist": {
        "tell": [
            "I've the dentist coming up. It's on {v}.",
            "{v}, that's when I'm at the dentist.",
            "The dentist. I'm booked in there on {v}.",
            "There's an appointment at the dentist I need to remember. That's {v}.",
        ],
        "change": [
            "My dentist appointment's moved. It's {v} now.",
            "They rang to move it, the dentist. It's {v} now instead.",
            "The dentist changed my appointment. The new one is {v}.",
            "My appointment with the dentist, they moved it. {v} now, not the old date.",
        ],
        "ask_now": [
            "When's my dentist appointment?",
            "The dentist, when am I going?",
            "What date is my dentist appointment now?",
        ],
        "ask_then": [
            "When was my dentist appointment before they moved it?",
            "The old date for the dentist, what was it?",
        ],
    },
    "contact": {
        "tell": [
            "How to reach me? Please {v} me. That's what suits me best.",
            "I'd rather you {v} me. That works best for me.",
            "Best to {v} me, that's what I like.",
            "For the reminders, just {v} me. I prefer that.",
        ],
        "change": [
            "From now on please {v} me. That's what I want now.",
            "Can you {v} me instead now? I've changed my mind about that.",
            "I've changed how I want to be contacted. Please {v} me from now on.",
            "I'd rather you {v} me these days. The old way doesn't suit me.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text or call me?",
            "How do you reach me now?",
        ],
    },
    "nickname": {
        "tell": [
            "What do people call me? {v}. Everyone does, so you might as well too.",
            "{v}, that's what I go by.",
            "My full name's a mouthful. Call me {v}, it's easier.",
            "Nobody uses my real name. It's {v} to everyone, so call me that.",
        ],
        "change": [
            "Call me {v} now. I've gone back to it.",
            "I go by {v} now. I don't use the other name any more.",
            "I've changed what I go by. It's {v} now.",
            "It's {v} these days. That's what I want you to call me.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "My nickname, what is it?",
        ],
    },
}


def pronouns_kinds() -> list[Kind]:
    """The kinds with the seventy-seventh held-out phrasing."""
    return heldout_kinds(PRONOUNS_UPPER)
