"""A fourteenth held-out phrasing of the same facts (`generate --phrasing counter`, written to
`bench/changeeval/counter/`).

Written blind by a helper that read only the kinds in `facts.py`, the shape of one earlier
held-out module, `heldout_kinds` and `phrasings.py`: not the supersession rules, not the other
phrasings, and without running the rules on these words. The callers ring a voice assistant at
a pharmacy counter, a bank, a pet shop, a taxi firm and a school office, and talk the way people
do on the phone across Scotland, Ireland, Australia, the American South and London: fillers and
self-corrections ("I mean", "well, actually"), the value buried in a longer story, the passive
("the flat was sold", "I was let go"), negations ("I'm not with ... now"), other people
reporting on the caller ("my doctor's moved me onto ..."), questions asked back, and mixed
tenses. Many changes say neither "new" nor "changed". Every change is about the caller and
leaves no doubt that the old value no longer holds; every tell states the caller's own value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_COUNTER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I'm at {v}, so I am, have been since the kids were small.",
            "Well now, home for me is {v}, right across from the feed store.",
            "For the taxi pickups, love, I'm at {v}, I mean that's where I live, not the work "
            "place.",
        ],
        "change": [
            "The old flat got sold out from under me, so I've been living at {v} since a "
            "fortnight ago.",
            "Don't send anything to {old}, I'm not there now, it's {v}, okay?",
            "Got the keys to {v} Saturday, so that's home now, innit, the other place is handed "
            "back.",
            "The school office should have me at {v}, I had to leave the last place when the "
            "landlord sold up.",
        ],
        "ask_now": [
            "Where've you got me living?",
            "What address is on my file, then?",
            "Which address would the taxi come to for me?",
        ],
        "ask_then": ["Where was I living before?", "What was my previous address?"],
    },
    "phone": {
        "tell": [
            "Ring me on {v}, that's my mobile, I keep it in my handbag.",
            "My number, let me think, it's {v}, aye, that's it.",
            "If the cab's outside, just give us a bell on {v}, that's my own phone.",
        ],
        "change": [
            "That old number's dead, the phone went in the canal, so it's {v} I'm on now.",
            "I've not had {old} since the contract ended, reach me on {v} instead, would you?",
            "The mobile you've got for me was cut off, mate, I'm on {v} these days.",
            "Well, actually, scrap the number you've got, I was given {v} when I switched "
            "networks and the other one's gone.",
        ],
        "ask_now": [
            "Which number have you got for me?",
            "What's my mobile?",
            "If you rang me, what number would you use?",
        ],
        "ask_then": ["What was my number before?", "Which number did I have previously?"],
    },
    "email": {
        "tell": [
            "Receipts can go to {v}, that's my own inbox, I check it every night.",
            "Me email's {v}, mate, that's the one I use for everything.",
            "Email is {v}, all lowercase, I mean, that's mine, not the shop's.",
        ],
        "change": [
            "My old account got hacked and closed, so I'm only on {v} now.",
            "I'm not on {old} any more, honestly I can't even log in, it's {v}.",
            "Could you swap the email over to {v}? The previous one's been deleted.",
            "Well, actually, my son set me up with {v} at Christmas and my other address is "
            "closed, so use that.",
        ],
        "ask_now": [
            "What email are you sending my receipts to?",
            "What's my email, have you got it?",
            "Which address do my emails go to?",
        ],
        "ask_then": ["What email did I use before?", "Which email did I have originally?"],
    },
    "dose": {
        "tell": [
            "For the blood pressure I'm on {v}, one tablet with my porridge.",
            "I take {v} a day, the GP's had me on it a couple of years.",
            "Y'all should have it on file, I take {v} every morning, regular as clockwork.",
        ],
        "change": [
            "My doctor's moved me onto {v}, the old dose wasn't bringing the pressure down.",
            "I was put on {v} at my check-up, so the prescription you've got is wrong now.",
            "I'm not taking {old} now, it's {v} the nurse wants me on.",
            "Since Monday it's {v} for me, the pharmacist told me to bin the old box.",
        ],
        "ask_now": [
            "How many milligrams of lisinopril am I taking?",
            "What's my blood pressure dose at the minute?",
            "How much of the lisinopril am I on?",
        ],
        "ask_then": [
            "What dose was I taking before it changed?",
            "How much lisinopril was I on originally?",
        ],
    },
    "class": {
        "tell": [
            "I'm never free {v}, that's my pottery, I wouldn't miss it.",
            "Pottery's {v} for me, down the community hall, so don't book anything then.",
            "I do me pottery class {v}, so school pickup's a nightmare that day.",
        ],
        "change": [
            "The pottery lot have shifted me to {v}, so the old slot's free now.",
            "Pottery's not on the same day any more, I'm going {v} instead.",
            "Well, I used to do pottery {old}, but the teacher left, so it's {v} now.",
            "I got put in the pottery group that meets {v}, so that's when I go, not the old "
            "time.",
        ],
        "ask_now": [
            "When's my pottery on?",
            "When do I go to pottery?",
            "Which day is my pottery class?",
        ],
        "ask_then": [
            "When was pottery before they changed it?",
            "Which day did I used to do pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "I can't function without my {v}, I've a mug before I even open the shop.",
            "Honestly I'm a {v} drinker, three cups before lunch, I mean, at least.",
            "Put me down as someone who drinks {v}, aye, strong and black every morning.",
        ],
        "change": [
            "I'm off the {v} altogether, the doctor said it's bad for my heart.",
            "I haven't touched {v} since the new year and I'm not going back.",
            "The heart specialist had {v} cut out of my diet, so not a drop for me now.",
            "Well, actually, I've given the {v} the boot, I don't drink it at all now.",
        ],
        "ask_now": [
            "Am I a coffee drinker?",
            "Do I still take coffee?",
            "Should you put coffee in my order?",
        ],
    },
    "meat": {
        "tell": [
            "I'm a proper carnivore, I have {v} near enough every night.",
            "I eat {v}, loads of it, a barbie most weekends, y'know.",
            "Y'all know me, I eat {v} with pretty much every supper.",
        ],
        "change": [
            "I've not eaten {v} since the spring, I went vegetarian, so no steak for me.",
            "I don't touch {v} now, I'm veggie, well, actually, fully vegetarian.",
            "My cardiologist's had me give up {v}, so I'm off it for good.",
            "Put me down as vegetarian, I'm done with {v}.",
        ],
        "ask_now": [
            "Would I eat a steak?",
            "Any foods I avoid?",
            "Can I have the meat dish, going by my file?",
        ],
    },
    "favourite": {
        "tell": [
            "If it's tea, it's {v} for me, always has been my favourite.",
            "My favourite tea? Och, {v}, nothing else comes close.",
            "A cup of {v} is me favourite, I'd drink it all day if you let me.",
        ],
        "change": [
            "I can't stand {old} these days, it's {v} I reach for, that's my favourite now.",
            "My favourite tea's not the one you've got down, it's been {v} this past year.",
            "Well, actually, since the holiday I'm all about {v}, that's my favourite tea now.",
            "The daughter got me onto {v} and it's my favourite by a mile, the old one's had its "
            "day.",
        ],
        "ask_now": [
            "Which tea do I like best?",
            "What's my favourite cuppa?",
            "What tea should you get in for me?",
        ],
        "ask_then": [
            "Which tea did I used to like best?",
            "What tea was my favourite originally?",
        ],
    },
    "pet": {
        "tell": [
            "I'm in for food for my cat {v}, she's a fussy madam.",
            "I've a cat at home, {v}, she's thirteen and still bossing me about.",
            "Me cat {v} won't eat anything but the salmon one, so it's for her.",
        ],
        "change": [
            "I won't need the cat food any more, {old} was put to sleep on Friday.",
            "We lost {old} in the winter, so there's no cat in my house now.",
            "{old} went to live with my aunt when I got the asthma, so I've no cat now.",
            "{old} died back in March, and I haven't got another cat since.",
        ],
        "ask_now": [
            "Have I got a cat?",
            "How's my cat getting on?",
            "Is there a cat at my house?",
        ],
    },
    "partner": {
        "tell": [
            "Me fella {v} will be picking up the prescription, he's my partner.",
            "I'm with {v}, we've been together six years, so put him down as next of kin.",
            "My other half's {v}, y'all may hear me mention him.",
        ],
        "change": [
            "I'm not with {old} now, I've been seeing {v} since the summer.",
            "{old} and I are finished, so. It's {v} I'm with now.",
            "Well, actually, my partner's {v} these days, the last one's long gone.",
            "I was dumped at Christmas, but I met {v} in the spring and we're together now.",
        ],
        "ask_now": [
            "Who's my other half?",
            "Who am I going out with?",
            "What's the name of the person I'm with?",
        ],
        "ask_then": ["Who was my partner before?", "Who was I seeing previously?"],
    },
    "job": {
        "tell": [
            "I'm working at {v}, nine to five, so ring after six.",
            "Employer's {v}, I've been there donkey's years.",
            "For the bank form, I'm employed at {v}, full time.",
        ],
        "change": [
            "I was let go from {old} in March, I'm at {v} now.",
            "I'm not at the old place any more, I've been at {v} since the summer.",
            "Well, actually, I handed in my notice, and {v} took me on, started Monday.",
            "For the bank's records, I'm employed at {v} now, the other firm closed down.",
        ],
        "ask_now": [
            "Where am I working?",
            "Who do I work for?",
            "What's my employer?",
        ],
        "ask_then": ["Where did I use to work?", "Who was I working for before?"],
    },
    "car": {
        "tell": [
            "I'll drive myself, I've {v}, I'll park round the back.",
            "Mine's {v}, you can't miss it in the car park.",
            "I reckon you'll spot me, I drive {v}, it's the only car I own.",
        ],
        "change": [
            "The old car was written off in the crash, so I'm driving {v} now.",
            "I'm not driving {old} any more, I sold it, it's {v} I've got.",
            "Got {v} off my cousin last month and the old one's gone to the wreckers.",
            "Swapped the old motor for {v}, that's what I drive now.",
        ],
        "ask_now": [
            "What do I drive?",
            "What car have I got?",
            "Which car is mine?",
        ],
        "ask_then": ["What did I used to drive?", "Which car did I have before?"],
    },
    "doctor": {
        "tell": [
            "My GP's {v}, over at the health centre, she knows my history.",
            "I'm registered with {v}, so the forms can go to that surgery.",
            "It's {v} I see for everything, she's been my doctor for years.",
        ],
        "change": [
            "I've been moved onto {v}'s list since the practice merged.",
            "I'm not seeing {old} any more, I registered with {v} at the other surgery.",
            "Well, actually, {old} retired, so I was given {v} as my GP.",
            "The surgery's put me with {v} now, so don't send anything to my old GP.",
        ],
        "ask_now": [
            "Which GP have I got?",
            "Which doctor am I with?",
            "What's my doctor's name?",
        ],
        "ask_then": ["Who was my doctor before?", "Which GP did I have previously?"],
    },
    "dentist": {
        "tell": [
            "I'm in the dentist's chair on {v}, dreading it.",
            "Dentist's on {v}, right, have you got that down?",
            "Me dentist appointment is {v}, so I'll be off work that morning.",
        ],
        "change": [
            "The dentist rang, I've been bumped to {v}.",
            "I'm not going to the dentist on {old} any more, they've put me in for {v}.",
            "Well, actually, I rebooked the dentist for {v}, the other date clashed with work.",
            "My dentist appointment's been shifted to {v}, so the original day is free now.",
        ],
        "ask_now": [
            "When's the dentist?",
            "What day's my dentist appointment?",
            "When am I at the dentist?",
        ],
        "ask_then": [
            "What was the original dentist date?",
            "When was the dentist booked for at first?",
        ],
    },
    "contact": {
        "tell": [
            "Just {v} me, I mean, that's the best way to reach me.",
            "Honest, I'd rather you {v} me than anything else, is that alright?",
            "If there's news about the prescription, {v} me, that suits me best.",
        ],
        "change": [
            "Don't bother with the old way, {v} me from now on, would you?",
            "Well, actually, I've changed my mind, {v} me instead from here on.",
            "I'd prefer you {v} me now, the other way doesn't suit me any more.",
            "Going forward, {v} me, please, not what I said before.",
        ],
        "ask_now": [
            "How do I want you to reach me?",
            "Should you text me, email me or ring me?",
            "What's the best way to contact me?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, love, nobody uses my full name.",
            "Everyone at the school knows me as {v}, so go with that.",
            "I go by {v}, always have, since I was wee.",
        ],
        "change": [
            "I'm not {old} now, it's {v}, that's what the whole school calls me.",
            "Well, actually, I've gone back to {v}, could you call me that from now on?",
            "My mates have started calling me {v}, and I like it, so use that instead.",
            "Drop the old nickname, please, I'd rather be called {v} these days.",
        ],
        "ask_now": [
            "What do I like to be called?",
            "What name should you use for me?",
            "How should you address me?",
        ],
    },
}


def counter_kinds() -> list[Kind]:
    """The kinds with the fourteenth held-out phrasing."""
    return heldout_kinds(_COUNTER)
