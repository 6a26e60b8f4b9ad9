"""A thirty-fourth held-out phrasing of the same facts (`generate --phrasing workshop`,
written to `bench/changeeval/workshop/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `onhold.py`, `heldout_kinds` and `phrasings.py` only, without reading the supersession
rules, the other phrasings or the tests, and without running anything on these words first.
The callers phone while at work with their hands busy, on speakerphone in a car-repair garage,
a restaurant kitchen, a building site, a hair salon, a farm shed and a print shop: distracted,
clipped, noisy, breaking off to talk to a colleague ("pass us the spanner, sorry, where was
I") and coming back. Their English is that of Glasgow, Jamaica, Lagos, Kerala, New Zealand and
Newcastle, lightly touched and never spelt out phonetically. Changes come in many shapes: the
old value denied first ("not the old one any more, it's ..."), a date from which the new value
has already held, mid-sentence restarts and self-repair, a third party's words reported ("the
wife says tell you ..."), the new value given in answer to the agent's read-back, a long reason
before the value, plain statements with no word of change at all, and one- or two-word
answers. Every change is about the caller and leaves the new value current; every tell states
the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_WORKSHOP: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Aye, it's {v}, that's the house. Sorry, I've got my head under a bonnet here.",
            "Home is {v}. Hold on, hold on, mind that pallet! Sorry. {v}, yeah.",
            "I stay at {v}, no? That is my house only.",
            "Right, so I live at, hang on, lemme wipe my hands, I live at {v}.",
            "{v}. That's me. Speakerphone, sorry, the extractor's going.",
            "You want the house? {v}, pet, that's where I live.",
            "It's {v}, bro, been there yonks, that's home.",
            "My house is {v} o, write it down, I'm in the middle of a fade here.",
        ],
        "change": [
            "Not the old place any more, no, we're at {v} now.",
            "We've been living at {v} since the first of the month, so change that, aye.",
            "The wife says tell you we've moved and it's {v} now. She's shouting it at me.",
            "You've got the old one there, no, that's gone. It's {v}, we moved.",
            "So the landlord sold up, right, gave us two months, we found a place nearer the "
            "site, took forever, anyway we're in now, {v}.",
            "Home is {v}. Pass us that, cheers. Aye, {v}.",
            "Moved. {v}.",
            "We shifted house last week o, the address is {v} now, abeg update it.",
            "Put, sorry, one sec, put {v} as my address, we moved over the weekend.",
            "Yeah nah, we're not at the old place, we moved into {v} a fortnight back.",
        ],
        "ask_now": [
            "Quick one, what address have you got for me?",
            "Where am I living, according to you lot?",
            "Which house have you got on my file, pet?",
            "Read me back my address, my hands are full.",
            "What's my home address on there?",
            "My address, what is it showing, tell me.",
        ],
        "ask_then": [
            "Before we moved, where was I living again?",
            "What was the old address you had, before this one?",
            "Where did I used to stay, before the move?",
            "The previous house, what was that address?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile's {v}. Sorry, the compressor's going, {v}.",
            "Call me on {v}, that's my own phone.",
            "It's {v}, bredren, that's my number.",
            "Number is, wait, I'm holding a tray, number is {v}.",
            "{v}, that's my mobile, aye.",
            "You can ring me on {v}, any time after the lunch rush.",
            "My number is {v} only, that is the one I use.",
        ],
        "change": [
            "Not that one any more, no, the number's {v} now.",
            "Dropped my phone in the slurry pit, had to get a new one, new number and all, "
            "it's {v}.",
            "You read back the old one there. It's {v} now, I changed it.",
            "The gaffer got us all work phones, so my number is {v} since Monday, use that.",
            "My daughter says tell you my number changed, it's {v} now.",
            "New number. {v}.",
            "It's {v}. Ring me on that, the other one's dead.",
            "My number changed o, it's {v} now, the old line is finished.",
            "Take down, sorry, the van's reversing, take down {v}, that's my number now.",
            "Since the start of the month I've been on {v}, bro, the old sim's gone.",
        ],
        "ask_now": [
            "What number have you got for me, quickly?",
            "Which number are you going to ring me on?",
            "Read me back my phone number, pet.",
            "My mobile, what's it say on there?",
            "What's my number on your system?",
            "Which phone do you call me on, tell me.",
        ],
        "ask_then": [
            "What was my old number, before I changed it?",
            "The number I had before, what was that?",
            "Which number did you have for me before the new one?",
        ],
    },
    "email": {
        "tell": [
            "Email's {v}. Sorry, sorry, I'm rinsing a client, {v}.",
            "Send it to {v}, that's mine.",
            "My email is {v}, bro.",
            "It's, hang on, my hands are covered in ink, it's {v}.",
            "{v}, that's my email, aye.",
            "You can mail me at {v} only.",
        ],
        "change": [
            "Not the old email any more, no, it's {v} now.",
            "I got locked out of the old account, couldn't get back in, gave up on it, so "
            "it's {v} now, use that.",
            "That's the old one you've got there. It's {v} these days.",
            "My son set me up a new email, he says tell you it's {v}.",
            "Email. {v}. The other one's dead.",
            "I've been using {v} since the first of the month, send everything there.",
            "Change my email o, it's {v} now, I don't check the old one at all.",
            "Use, sorry, mind your back there, use {v} from now on, that's my email.",
        ],
        "ask_now": [
            "What email have you got for me there?",
            "Which email are the receipts going to?",
            "Read me back my email, quick.",
            "My email address, what is it on the file?",
            "What email do you send my stuff to?",
        ],
        "ask_then": [
            "What was the email I had before?",
            "The old email address, what was it again?",
            "Which email did you have for me before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v}, every morning, for the blood pressure.",
            "I take {v}. Sorry, the fryer's spitting, {v}, once a day.",
            "Blood pressure tablets, aye, {v}, every day.",
            "I take {v} daily only, for the pressure.",
            "It's {v} for me, pet, every morning with my tea.",
            "My tablet is {v} o, one in the morning.",
        ],
        "change": [
            "Not the old dose any more, the doctor's got me on {v} now.",
            "So my pressure was all over the place, the nurse took it three times, sent me "
            "back to the doctor, and long story short I'm on {v} now.",
            "You've got the old dose there. It's {v} now, they changed it.",
            "The wife says tell you the doctor put me on {v}, and I've been taking it since "
            "the start of the month.",
            "I'm on {v}. Started it last week.",
            "{v} now.",
            "They changed my tablets o, it's {v} I'm taking now.",
            "I'm taking, sorry, somebody's at the counter, I'm taking {v} now, they switched "
            "it at my last check-up.",
            "Yeah the doc bumped it, I've been on {v} for a fortnight.",
        ],
        "ask_now": [
            "How much lisinopril am I on, can you check?",
            "What dose have you got for my blood pressure tablets?",
            "Remind me, what strength lisinopril do I take?",
            "My blood pressure pills, what's the dose on there?",
            "How many milligrams of lisinopril am I taking?",
        ],
        "ask_then": [
            "What dose was I on before they changed it?",
            "The old lisinopril dose, what was that?",
            "How much was I taking before the switch?",
        ],
    },
    "class": {
        "tell": [
            "Pottery's on {v}, so I can't do anything then.",
            "I go to pottery on {v}. Sorry, two tens and a fade, that's for Shona.",
            "{v}, that's my pottery night, aye.",
            "My pottery class is {v} only, every week.",
            "I do pottery {v}, pet, never miss it.",
            "Pottery class, {v} o, don't book me then.",
        ],
        "change": [
            "Not the old day any more, pottery's on {v} now.",
            "The teacher took on a second job, so she couldn't do the usual night, and the "
            "hall was booked anyway, so they've moved pottery to {v}.",
            "Pottery's on {v}. Has been since the start of the month.",
            "You've got pottery on the wrong day there. It's {v} now, they changed it.",
            "My pal from the class says tell you pottery moved to {v}, she's the organiser.",
            "{v} now, the pottery.",
            "They shifted pottery to {v} o, the other day is finished.",
            "Pottery is, hold that, hold it, cheers, pottery is on {v} now, new timetable.",
        ],
        "ask_now": [
            "When's my pottery class again?",
            "Which day do I do pottery, remind me.",
            "What night have you got my pottery on?",
            "Pottery, when is it, what does it say?",
            "What day's my pottery, pet?",
        ],
        "ask_then": [
            "Which day was pottery before they moved it?",
            "What day did I used to do pottery?",
            "Pottery, when was it on before the change?",
        ],
    },
    "coffee": {
        "tell": [
            "I live on {v}, two black cups before I'm even in the door.",
            "{v}, black, every morning, that's me.",
            "I drink {v} every day, pet, strong and black.",
            "Morning {v}, every day only, I can't start without it.",
            "I have my {v} every morning o, two cups.",
            "Yeah I'm a {v} man, black, every morning, sweet as.",
        ],
        "change": [
            "Not {v} any more, no, doctor stopped me.",
            "I was getting the shakes on the line, heart going like the clappers, the doctor "
            "said that's it, so no more {v} for me, I've stopped.",
            "No {v}. Gave it up.",
            "The wife says tell you I'm off {v} for good, she's watching me.",
            "I haven't touched {v} since the start of the month, I've quit.",
            "You've got me down for {v} there, no, I don't drink it now.",
            "I stopped the {v} o, no more at all.",
            "I've given up, sorry, mind the hot plate, I've given up {v}, completely.",
        ],
        "ask_now": [
            "Do I drink coffee, what have you got?",
            "How do I take my coffee, according to you?",
            "Coffee, am I down as a coffee drinker?",
            "Should you put coffee in for me or not?",
            "Do I still take coffee, what's on the file?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, love a steak.",
            "Steak on a Friday, {v} most days, that's me.",
            "I'm a big {v} man, aye, steak whenever I can.",
            "{v} every day only, I am a meat eater.",
            "Give me {v}, pet, steak every Friday without fail.",
            "I eat plenty {v} o, steak is my thing.",
        ],
        "change": [
            "Not {v} any more, I'm vegetarian now.",
            "I was doing the butchery station for a year, seeing it all day every day, and I "
            "just went off it, so no {v}, I'm vegetarian.",
            "No {v} for me. Vegetarian.",
            "The wife says tell you I've gone vegetarian, no {v} at all.",
            "I've been vegetarian since the start of the month, so no {v}.",
            "You've got me down for steak there, no, I don't eat {v} these days.",
            "I stopped {v} o, I'm vegetarian now.",
            "I'm, sorry, behind, behind, hot pan, I'm vegetarian now, no {v} please.",
        ],
        "ask_now": [
            "Do I eat red meat, what's on there?",
            "Any dietary stuff on my file?",
            "Am I down as a meat eater?",
            "What should the kitchen know about me, food-wise?",
            "Can I have the steak, according to my notes?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}. Sorry, the steamer's hissing, {v}.",
            "{v}, that's my tea, aye, love it.",
            "I'm a {v} person, pet, always have been.",
            "My favourite is {v} only, put that one.",
            "Put {v} in, that's my favourite tea o.",
            "Yeah {v}, bro, that's the one I like best.",
        ],
        "change": [
            "Not the old one any more, my favourite tea is {v} now.",
            "The girls in the salon kept making it on our break, I kept pinching a cup, and "
            "now {v} is my favourite, I've gone right off the other.",
            "You've got the old tea there. It's {v} now, that's my favourite.",
            "My niece says tell you I'm all about {v} these days, she's right.",
            "{v}. That's my favourite tea.",
            "These days it's {v}, been my favourite since the start of the month.",
            "My favourite tea is {v} now o, the other one is finished for me.",
            "Put, hold on, customer, sorry, put {v}, that's my favourite tea now.",
        ],
        "ask_now": [
            "What's my favourite tea on there?",
            "Which tea are you putting in my basket?",
            "Remind me, what tea do I like best?",
            "What have you got down as my favourite tea?",
            "My tea, which one's the favourite?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I like best before the change?",
            "The old favourite tea, what was it?",
        ],
    },
    "pet": {
        "tell": [
            "We've got a cat called {v}, lives in the shed, keeps the mice down.",
            "Our cat {v} runs the place, aye, she's the boss.",
            "Grand, pet, the cat's grand, {v}, she's a terror.",
            "We have one cat, {v}, she is very naughty only.",
            "Our cat {v} is doing fine o, she sleeps on the printer.",
            "Yeah all good, the cat {v} is sweet as, fat as anything.",
        ],
        "change": [
            "We lost {old} last month, she was getting on, fifteen.",
            "Not got the cat any more, {old} got hit on the farm road in the spring.",
            "The wife says tell you {old} passed, in case you ask after her.",
            "So my chest was bad all winter, wheezing on the site, the doctor did tests, it "
            "was the cat, so we had to rehome {old}, broke my heart.",
            "No cat now. {old} died.",
            "{old}'s been gone since the start of the month, bro, we buried her out the back.",
            "{old} is no more o, she died in her sleep last month.",
            "We had to rehome, sorry, grab that, grab it, we had to rehome {old}, allergies.",
        ],
        "ask_now": [
            "Have I got a cat, what's on there?",
            "How's my cat, do you know?",
            "Do I have a cat down on my file?",
            "My cat, is she on there?",
            "Am I down as having a cat?",
        ],
    },
    "partner": {
        "tell": [
            "Me and my boyfriend {v} are away to the coast at the weekend.",
            "My partner {v} does all the cooking, thank God, after a shift like this.",
            "{v}, my partner, he's picking me up after work.",
            "My boyfriend is {v} only, we've been together a long time.",
            "My partner {v} is coming with me o, put him down.",
            "Yeah my partner {v} will sort the weekend, he's good like that.",
        ],
        "change": [
            "Not {old} any more, we split, I'm with {v} now.",
            "Me and {old} finished in the spring, I'm seeing {v} now.",
            "My mam says tell you I'm with {v} now, she's standing right here.",
            "You've got {old} there, no, that's done, {v} is my partner.",
            "So it wasn't working, we were both on nights, never saw each other, we ended "
            "it, and I've met someone at the yard, his name's {v}.",
            "My partner's {v}.",
            "{v}. New fella.",
            "{old} and me are finished o, I'm with {v} now.",
            "My partner is, sorry, two minutes, I'm on the phone, my partner is {v} now.",
        ],
        "ask_now": [
            "Who have you got down as my partner?",
            "What's my partner's name on there?",
            "Who am I with, according to your notes?",
            "My other half, what name have you got?",
            "Who's my partner, remind me.",
        ],
        "ask_then": [
            "Who was I with before?",
            "My old partner, what was his name?",
            "Who did I used to go out with, before this one?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, aye, on my break just now.",
            "I'm at {v}, been there years, it's steady.",
            "{v}, that's where I work, bro.",
            "I am working at {v} only, long time.",
            "I work for {v} o, sorry, somebody's talking to me, yes, {v}.",
            "Work's {v}, pet, same as ever.",
        ],
        "change": [
            "Not the old place any more, I'm at {v} now.",
            "So the old place was cutting hours, nobody knew where they stood, I kept "
            "applying, and I got in at {v}, started there last month.",
            "I've been at {v} since the first of the month.",
            "You've got my old work there. It's {v} now, I left.",
            "My wife says tell you I work at {v} now, she's done the form for me.",
            "{v}. New job.",
            "I work at {v}.",
            "I left the old job o, I'm at {v} now.",
            "I'm working, hang on, hang on, right, I'm working at {v} now, started a "
            "fortnight back.",
        ],
        "ask_now": [
            "Where do I work, what have you got?",
            "Who's my employer on the file?",
            "Which company have you got me down at?",
            "My work, where is it, tell me.",
            "Where am I working, according to you?",
        ],
        "ask_then": [
            "Where did I work before?",
            "My old job, where was that?",
            "Which place was I at before the new job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, it's parked round the back.",
            "Mine's {v}, it's up on the ramp here actually.",
            "{v}, that's my motor, aye.",
            "I have {v} only, that is my car.",
            "My car is {v} o, I park in the yard.",
            "I drive {v}, pet, you can't miss it.",
        ],
        "change": [
            "Not the old car any more, I drive {v} now.",
            "The old one failed its test, the repair was more than the car was worth, so I "
            "traded it in and got {v}.",
            "You've got the old motor there. It's {v} now, I sold the other.",
            "The wife says tell you we've got {v} now, the old one's gone.",
            "{v}. Got it last week.",
            "I drive {v}.",
            "I've been driving {v} since the start of the month, the old one is sold.",
            "I sold the old one o, my car is {v} now.",
            "Got, sorry, pass us the torque wrench, cheers, got {v} now, sold the old car.",
        ],
        "ask_now": [
            "What car have you got me down for?",
            "Which car do I drive, on your file?",
            "My motor, what is it on there?",
            "What am I driving, remind me.",
            "What car is on my file, pet?",
        ],
        "ask_then": [
            "What car did I have before?",
            "My old car, what was it?",
            "Which car was I driving before this one?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, at the practice up the road.",
            "I see {v}, she's my GP, aye.",
            "{v}, that's my doctor.",
            "My doctor is {v} only, at the clinic.",
            "Send it to {v} o, that's my GP.",
            "GP is {v}, pet, same as always.",
        ],
        "change": [
            "Not the old GP any more, I'm with {v} now.",
            "The old practice shut down, they merged it with another one across town, and "
            "I've been put with {v}, so that's my GP now.",
            "You've got the old doctor there. It's {v} now.",
            "The wife says tell you my GP is {v} now, she moved us both.",
            "{v}. New GP.",
            "My GP is {v}.",
            "I've been with {v} since the start of the month.",
            "I changed my doctor o, it's {v} now.",
            "I'm with, sorry, mind the ladder, I'm with {v} now, my old GP retired.",
        ],
        "ask_now": [
            "Who's my GP on there?",
            "Which doctor do I see, remind me.",
            "Who have you got down as my doctor?",
            "My GP, who is it, tell me.",
            "What doctor have you got on my file?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "The old doctor, what was her name?",
            "Which GP did I see before the change?",
        ],
    },
    "dentist": {
        "tell": [
            "I've got the dentist on {v}.",
            "Dentist is {v}, aye, I've got it on the calendar in the shed.",
            "{v}, that's my dentist appointment.",
            "My dentist appointment is {v} only.",
            "I see the dentist on {v} o, don't forget.",
            "Dentist, {v}, pet, I've wrote it on my hand.",
        ],
        "change": [
            "Not the old date any more, the dentist moved me to {v}.",
            "The dentist rang, she's off sick or something, they had to move everybody, so "
            "mine's on {v} now.",
            "You've got the old date there. It's {v} now, they changed it.",
            "The receptionist says tell you it's {v} now, she rang me this morning.",
            "{v}. Dentist.",
            "My dentist is on {v}.",
            "They moved my dentist to {v} o.",
            "The dentist is, sorry, hold this, the dentist is on {v} now, it got moved.",
        ],
        "ask_now": [
            "When's my dentist, what have you got?",
            "What date's my dentist appointment on?",
            "My dentist, when is it, remind me.",
            "When am I at the dentist?",
            "Which day have you got for the dentist?",
        ],
        "ask_then": [
            "When was the dentist originally?",
            "What was the dentist date before they moved it?",
            "The old dentist date, what was it?",
        ],
    },
    "contact": {
        "tell": [
            "Best to {v} me, that suits me.",
            "Just {v} me, aye, that's easiest.",
            "{v} me, please, that's what I like.",
            "Please {v} me only, that is my preference.",
            "Abeg {v} me, that's how I like it.",
            "Yeah just {v} me, bro, that works.",
        ],
        "change": [
            "Not the old way any more, {v} me from now on.",
            "I'm never near the right thing on shift, I miss everything, the wife sorted it "
            "for me, so {v} me now please.",
            "You've been doing it the old way. No, {v} me now.",
            "The boss says tell you to {v} me these days, it's easier.",
            "{v} me now.",
            "{v} me.",
            "Since the start of the month I'd rather you {v} me.",
            "From now on, sorry, lads, keep it down, from now on {v} me instead.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text or call me, what's on there?",
            "How are you supposed to get hold of me?",
            "What did I say about contacting me?",
            "How do you reach me, according to the file?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, everybody does.",
            "It's {v}, aye, just {v}.",
            "Just call me {v}, pet.",
            "Call me {v} only, that is my name here.",
            "Everybody calls me {v} o.",
            "Yeah {v}, bro, that's me.",
        ],
        "change": [
            "Not the old name any more, I go by {v} now.",
            "The lads on site started calling me {v} and it stuck, so I go by it now.",
            "You've got the old name there. It's {v} now.",
            "My mum says tell you I'm {v} these days.",
            "{v}. Call me {v}.",
            "I go by {v}.",
            "I've been going by {v} since the start of the year.",
            "Call me, sorry, one sec, call me {v} now, I've gone back to it.",
        ],
        "ask_now": [
            "What do you call me?",
            "What name do I go by on there?",
            "What's my nickname, remind me.",
            "How should you address me?",
            "Which name have you got for me?",
        ],
    },
}


def workshop_kinds() -> list[Kind]:
    """The kinds with the thirty-fourth held-out phrasing."""
    return heldout_kinds(_WORKSHOP)
