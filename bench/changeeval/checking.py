"""A seventy-eighth held-out phrasing of the same facts (`generate --phrasing checking`, written
to `bench/changeeval/checking/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `onhold.py` and `heldout_kinds` only, without reading the supersession rules, the other
phrasings or the tests, and without running anything on these words first.
The callers phone a voice assistant at a bank, a GP surgery, an energy firm, a vet and a school
office, and they check what the company has on file while they tell it, all in the same turn:
a question about their own record followed by their own answer or correction ("What address
have you got for me? If it's the old flat, that's wrong now, I'm at ..."), a value read out for
the agent to confirm and then what it should be now, tells said as a check that the record is
right ("Is my GP down as ...? That's right, she's my doctor."), the question first, in the
middle or last, and checks that are themselves the question. Polite and brisk speech, British,
American, Scottish ("aye", "och", "wee"), Indian ("kindly", "itself", "only") and Caribbean
("yuh", "mi", "dem"). Every change is about the caller and leaves no doubt that the old value
no longer holds; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

CHECKING_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Can I just check you've got me at {v}? That's right if you have, that's where I"
            " live.",
            "I live at {v}, is that the address showing on your screen?",
            "Before we go any further, what address is on the account, {v}? Aye, that's me,"
            " that's home.",
            "Just so the statements come to the right place, my address is {v}, kindly confirm"
            " you have the same.",
        ],
        "change": [
            "What address have you got for me? If it's the old flat, that's wrong now, I've"
            " moved and I live at {v}.",
            "Is my address still the old one on there? It shouldn't be, we moved out in May,"
            " it's {v} now.",
            "I'm ringing to check my address because I've moved house, it'll still say the old"
            " place, won't it, it needs to be {v} now.",
            "Can you read me back my address, actually don't bother, whatever it says it's out"
            " of date, mi live at {v} now.",
        ],
        "ask_now": [
            "Which address have you got on file for me at the moment?",
            "Can you just check where you have me living?",
            "What's my home address on your system, please?",
        ],
        "ask_then": [
            "What was the address you had for me before I moved?",
            "Could you check my previous address, the one before this one?",
        ],
    },
    "phone": {
        "tell": [
            "Is the number you've got for me {v}? It should be, that's my mobile.",
            "Just double-checking the contact number, it's {v}, that's the right one for me,"
            " yeah?",
            "What number's on the account for me? It ought to be {v}, that's the phone I carry.",
            "My number, let me make sure you have it correct itself, {v}, that is my mobile only.",
        ],
        "change": [
            "Which number have you got for me? Because if it's the old one, I don't have that"
            " phone any more, my number is {v} now.",
            "Could you check my phone number real quick? It'll be the old one, right, so please"
            " switch it to {v}, that's my number now.",
            "Is it still my old mobile you're ringing? That line's been cut off, you want {v}"
            " for me now.",
            "Kindly update my number, the old one is no longer in service, my new number is {v},"
            " can you confirm it has gone in?",
        ],
        "ask_now": [
            "Which phone number have you got down for me?",
            "Can you confirm the number you'd call me on?",
            "What's my contact number on the file, please?",
        ],
        "ask_then": [
            "What was my phone number before I changed it?",
            "Could you read me the old number you had for me, before the new one?",
        ],
    },
    "email": {
        "tell": [
            "Have you got my email as {v}? That's correct if so, that's my email.",
            "For the statements it's {v}, could you just confirm that's what you have?",
            "Which email is on my account, is it {v}? It should be, that's the one I use every"
            " day.",
            "My email address, just checking it's right on your side, is {v}.",
        ],
        "change": [
            "What email have you got for me? Whatever it is, I don't use the old address now,"
            " my email is {v}.",
            "Is the email on file still the old one? Then please change it, it's {v} now, the"
            " old one's been closed.",
            "I'm checking my email because nothing's been arriving, och, it'll be the old one,"
            " my email's {v} now.",
            "Can you confirm my email's showing as {v}? That's my new one, I stopped using the"
            " previous address altogether.",
        ],
        "ask_now": [
            "Which email address is on file for me at the minute?",
            "Can you check what email you send my letters to?",
            "What's my email address on your records?",
        ],
        "ask_then": [
            "What was the email address I had with you before I changed it?",
            "Before I updated it, which email did you have for me?",
        ],
    },
    "dose": {
        "tell": [
            "Can you check my repeat prescription says {v}? That's what I take every morning.",
            "I'm on {v} for my blood pressure, is that what my notes show?",
            "Just making sure the record's right, the lisinopril I take is {v}, once a day.",
            "What dose does it have me down for? It should say {v}, because that's what I'm"
            " taking.",
        ],
        "change": [
            "What dose have you got me on there? Because the doctor changed it, I'm on {v} now,"
            " not the old dose.",
            "Is my prescription still the old strength? It needs updating, they've put me on {v}"
            " now.",
            "Can you check my lisinopril, it'll say the old amount but I've been moved to {v},"
            " so that's what I take now.",
            "My blood pressure tablets are wrong on the system, the dose changed this week,"
            " I take {v} now, can you confirm that's gone in?",
        ],
        "ask_now": [
            "Can you check what dose of lisinopril I'm on at the moment?",
            "What strength are my blood pressure tablets, according to my notes?",
            "How much lisinopril have you got me taking now?",
        ],
        "ask_then": [
            "What dose was I on before they changed it?",
            "Can you check the strength of lisinopril I used to take, before the change?",
        ],
    },
    "class": {
        "tell": [
            "Have you got my pottery down as {v}? That's right, that's when I go.",
            "I do pottery on {v}, can you check that's on the form so nothing gets booked then?",
            "Just checking the after-school sheet, my pottery class is {v}, is that what you"
            " have?",
            "Could you double-check the day for my pottery class, please, it's {v}, aye.",
        ],
        "change": [
            "What day have you got my pottery class on? It's moved, it's on {v} now.",
            "Is pottery still on the old day on your list? It shouldn't be, they've changed it"
            " to {v}.",
            "Can you confirm my pottery class is down as {v}? That's the new day, the old one"
            " has gone from the timetable.",
            "Check my pottery day for me, would you, it'll be the old one and that's no longer"
            " right, the class is on {v} now.",
        ],
        "ask_now": [
            "Which day is my pottery class, can you check?",
            "When do I have pottery, according to your list?",
            "What day have you got my pottery class on?",
        ],
        "ask_then": [
            "Which day was my pottery class on before they moved it?",
            "Before the timetable changed, what day did I do pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "Do you have me down as a {v} drinker? You should, two cups every morning, black.",
            "Is the {v} on my breakfast order? Keep it on, I have it every single morning.",
            "Just checking my order still has {v}, because I drink it every day without fail.",
            "I drink {v} every morning, is that noted on the usual order?",
        ],
        "change": [
            "Is {v} still on my order? It needs to come off, I don't drink it any more.",
            "Have you got me down for {v}? Take that off please, I've given it up.",
            "Can you check the breakfast order, is there {v} on it? Because I've stopped"
            " drinking it, doctor's orders.",
            "Do I still have {v} on my usual? That's wrong now, yuh hear, I quit it last month.",
        ],
        "ask_now": [
            "Do I drink coffee these days, according to your notes?",
            "Can you check whether coffee is on my usual order?",
            "How do I take my coffee, what does it say?",
        ],
    },
    "meat": {
        "tell": [
            "Have you noted that I eat {v}? I do, steak most nights.",
            "For the dinner booking, check you've got me down as a {v} eater, because I am.",
            "Is there any dietary note on me? There shouldn't be, I eat {v}, steak's my"
            " favourite.",
            "Can you make sure the steakhouse knows I eat {v}? I have it most days.",
        ],
        "change": [
            "What dietary notes have you got for me? You'll need to add vegetarian, I've"
            " stopped eating {v}.",
            "Is my booking still down as eating {v}? Change that, I'm vegetarian now.",
            "Do you have any restrictions listed for me? There should be, no {v} any more, I've"
            " gone vegetarian.",
            "Can you check my dinner notes, because I don't eat {v} now, I've been vegetarian"
            " since January.",
        ],
        "ask_now": [
            "Do I eat red meat, according to your notes?",
            "What dietary requirements have you got for me?",
            "Can you check if there's any restriction on my meals?",
        ],
    },
    "favourite": {
        "tell": [
            "Is it {v} you've got down as my favourite? It is my favourite tea, yes.",
            "My favourite tea is {v}, can you check that's what's in the basket notes?",
            "For the basket, what tea have you put me down for? It should be {v}, that's my"
            " favourite.",
            "Just confirming, the tea I like best is {v}, is that on my file?",
        ],
        "change": [
            "Which tea have you got as my favourite? It's changed, my favourite is {v} now.",
            "Is the basket still the old tea? I've gone off that, {v} is my favourite these days.",
            "Can you check my favourite tea on the file, because it's not the old one any more,"
            " it's {v}.",
            "My favourite tea, is it still showing the old one? Put {v}, that's my favourite now.",
        ],
        "ask_now": [
            "What tea have you got down as my favourite?",
            "Can you check which tea is my favourite?",
            "Which tea is going in my basket, my favourite one?",
        ],
        "ask_then": [
            "What was my favourite tea before I changed it?",
            "Which tea did you have as my favourite originally?",
        ],
    },
    "pet": {
        "tell": [
            "Is {v} on my account? She's my cat, she's due her jabs.",
            "Can you check you've got my cat, {v}, on the file? Tortoiseshell, a wee bit grumpy.",
            "Just checking the registration, my cat's called {v}, is she showing?",
            "I have a cat called {v}, can you see her on my records?",
        ],
        "change": [
            "Have you still got {old} on my account? Please take her off, she died last month.",
            "Is {old} still down as my cat? She passed away in the spring, so I don't have a"
            " cat now.",
            "Can you check whether there are still reminders for {old}? She's gone, we had her"
            " put to sleep, so please cancel them.",
            "I'm ringing to check, do you still have {old} registered? We had to rehome her,"
            " I don't have her any more.",
        ],
        "ask_now": [
            "Do I have a cat registered with you?",
            "Can you check which cat I've got on the account?",
            "Have I got a cat, according to your records?",
        ],
    },
    "partner": {
        "tell": [
            "Is my partner down as {v}? That's right, he's my boyfriend.",
            "Can you check you've got {v} as my partner? He's coming along too.",
            "My partner's {v}, have you got his name on the booking?",
            "My partner is {v}, have you got him on the joint account form or do I need to spell"
            " it?",
        ],
        "change": [
            "Have you still got {old} as my partner? We've split up, I'm with {v} now.",
            "Who's down as my partner, is it {old}? That's over, my partner is {v} now.",
            "Can you check my partner's name? If it says {old}, change it to {v}, we broke up"
            " in the spring.",
            "Och, don't tell me you've still got {old} down as my partner, that finished in the"
            " spring, it's {v} now.",
        ],
        "ask_now": [
            "Who have you got down as my partner?",
            "Can you check my partner's name on file?",
            "What's my partner called, according to your notes?",
        ],
        "ask_then": [
            "Who did you have as my partner before?",
            "Who was I with before my current partner?",
        ],
    },
    "job": {
        "tell": [
            "Is my employer down as {v}? It should say that, I work there.",
            "I work at {v}, can you check that's what's on my application?",
            "What employer have you got for me, {v}? That's correct, I've been there years.",
            "Just checking the employment details, I'm at {v}, full time, since 2016.",
        ],
        "change": [
            "Which employer have you got for me? It's out of date, I've left, I work at {v} now.",
            "Is it still my old job on there? I've moved on, I'm at {v} now.",
            "Can you confirm my employer's {v}? That's my new job, I started last month.",
            "Check my work details for me, would you, because I'm not at the old place any"
            " more, I started at {v}.",
        ],
        "ask_now": [
            "Where have you got me working at the moment?",
            "Can you check who my employer is on file?",
            "Which company do I work for, according to your records?",
        ],
        "ask_then": [
            "Where did I work before my current job?",
            "What was the employer you had for me previously?",
        ],
    },
    "car": {
        "tell": [
            "Have you got my car down as {v}? That's the one I drive.",
            "I drive {v}, can you check that's the car on the policy?",
            "What car is on my record, {v}? That's right, that's mine.",
            "I drive {v}, yuh have that on the policy, yes?",
        ],
        "change": [
            "Which car have you got me down for? I've sold the old one, I drive {v} now.",
            "Is it still the old car on my file? It's gone, traded in, my car's {v} now.",
            "Kindly check the vehicle on my policy, the old car is sold, now I am driving {v}"
            " only.",
            "Please check the vehicle you have for me, because I changed car last week, it's"
            " {v} now.",
        ],
        "ask_now": [
            "What car have you got down for me?",
            "Which car am I driving, according to your records?",
            "Can you check my car on file?",
        ],
        "ask_then": [
            "What car did I have before this one?",
            "Which car was on my file before I changed it?",
        ],
    },
    "doctor": {
        "tell": [
            "Is my GP down as {v}? That's right, she's my doctor.",
            "I see {v} at the practice, can you check that's on my record?",
            "Which doctor have you got me under? It should be {v}, she's my GP, aye.",
            "Just confirming my GP is {v}, that's who I'm registered with.",
        ],
        "change": [
            "Who's down as my GP? It'll be the old one, I've switched, my GP's {v} now.",
            "Is it still my old doctor on the file? She retired, I'm with {v} now.",
            "Can you check my GP is {v}? I changed practices, so that's my doctor now, not the"
            " previous one.",
            "My GP, please make sure it's updated, I moved practice, it's {v} now.",
        ],
        "ask_now": [
            "Who have you got down as my GP?",
            "Can you check which doctor I see?",
            "Which GP am I registered with, according to your records?",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "Can you check which doctor I had before the current one?",
        ],
    },
    "dentist": {
        "tell": [
            "Is my dentist appointment showing as {v}? That's the one I have booked.",
            "I've got the dentist on {v}, can you check that's in the diary?",
            "What date have you got for my dentist appointment, {v}? It should be, that's the"
            " date they gave me.",
            "Just to make sure we agree, my dentist appointment is on {v}, that's what's on my"
            " card.",
        ],
        "change": [
            "When have you got my dentist appointment? It's been moved, it's on {v} now.",
            "Is the dentist still showing the old date? They rescheduled me to {v}.",
            "Can you check my dentist date? The old one's cancelled, it's {v} now.",
            "Does it show my dentist appointment on {v}? It should, they've moved it there from"
            " the old date.",
        ],
        "ask_now": [
            "When's my dentist appointment, can you check?",
            "What date have you got for my dentist appointment?",
            "Can you tell me the date of my dentist appointment?",
        ],
        "ask_then": [
            "What was the original date of my dentist appointment?",
            "When was my dentist appointment before it got moved?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, is that what it says on my file?",
            "Can you check my contact preference says to {v} me? That's what I prefer.",
            "Is it noted that you should {v} me? That's the best way to reach me.",
            "Kindly {v} me only, can you check that preference is saved properly?",
        ],
        "change": [
            "How do you have me down for contact? Change it, please {v} me from now on.",
            "Is my preference still the old one? I'd rather you {v} me now.",
            "Can you confirm you'll {v} me? That's what I want these days, not the old way.",
            "What's my contact setting on there? Whatever it is, from now on just {v} me instead.",
        ],
        "ask_now": [
            "How have I asked you to contact me?",
            "Can you check how I like to be contacted?",
            "What's my contact preference on file?",
        ],
    },
    "nickname": {
        "tell": [
            "What name have you got for me? It should be {v}, that's what everyone calls me.",
            "Can you make sure it says {v}, because that's what I go by.",
            "Please call me {v}, have you got that down?",
            "Just checking you've got me as {v}, that's my name to everyone.",
        ],
        "change": [
            "What name do you have me down as? I go by {v} now, so change it.",
            "Is it still the old nickname on there? I don't use it now, call me {v}.",
            "Can you check what you call me on the file? It's {v} these days.",
            "What are y'all calling me on the file? I go by {v} now, not the old one, so update"
            " that.",
        ],
        "ask_now": [
            "What name have you got down for me?",
            "Can you check what I like to be called?",
            "What do I go by, according to your notes?",
        ],
    },
}


def checking_kinds() -> list[Kind]:
    """The kinds with the seventy-eighth held-out phrasing."""
    return heldout_kinds(CHECKING_UPPER)
