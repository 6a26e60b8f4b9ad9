"""A sixty-second held-out phrasing of the same facts (`generate --phrasing southern`, written
to `bench/changeeval/southern/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers speak American regional English, transcribed in standard spelling by
speech-to-text: Southern and Appalachian ("y'all", "I reckon", "might could", "over yonder",
"bless her heart", "sugar", "ma'am", "I'm a-going to the dentist on ..."), with "fixing to"
only for what is about to happen ("Me and my boyfriend Tom are fixing to drive down to the
coast") and never for the change itself; African American English ("I been living at 14 Birch
Lane going on twelve years", habitual "be" as in "I be at pottery on Tuesday evenings", "done"
for what has happened, "I done switched doctors"), New York and New Jersey ("I'm on line at the
deli", "into the city", "I'm on the phone with ya"), Boston ("wicked", "the packie", "the T"),
Midwestern ("ope", "you betcha", "pop", "the cities") and Texan ("all y'all", "over in
Dallas"). Negative concord and "ain't" mark many changes ("Pottery ain't on Monday nights no
more, they switched it to Saturday mornings"). The dialect words carry colour only: every value
is said plainly, every tell keeps a word that shows what the value is (home, cell, email,
doctor, dentist, job, car, cat ...), and every change is one that has already happened. Callers
vary from short replies to long, chatty turns, with the value early, in the middle or at the
end.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_SOUTHERN: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Y'all can put me down at {v}, that's home.",
            "I been living at {v} going on twelve years now, that's my home address.",
            "Home is {v}, sugar, the yellow house with the porch swing.",
            "Ope, the address? You betcha, our house is at {v}.",
        ],
        "change": [
            "Well, we done moved, the new address is {v}.",
            "We moved out of {old} last month, so all y'all's mail goes to {v} now.",
            "We packed up the whole house and moved, I reckon you'll want the new one, it's {v}.",
            "We moved over to {v}, the old place was wicked cold and the landlord never "
            "fixed the heat.",
        ],
        "ask_now": [
            "What address y'all got down for me?",
            "Where do I live at, what's on file?",
            "Can you read me back my home address?",
        ],
        "ask_then": [
            "Where was I living at before we moved?",
            "What was my old address, the one before?",
        ],
    },
    "phone": {
        "tell": [
            "My cell is {v}, that's the best one to get me on.",
            "I'm fixing to head out, but real quick, y'all can call me at {v}, that's my cell.",
            "I'm on line at the deli, so quick, my cell phone number is {v}.",
            "Best number for me, ma'am, is {v}, I don't got a house phone.",
        ],
        "change": [
            "I got me a new phone and a new number with it, it's {v} now.",
            "Don't use {old} no more, that number's dead, my new cell is {v}.",
            "My phone number done changed, sugar, it's {v} now.",
            "Ope, I should tell ya, I switched carriers and my cell number changed, it's {v}.",
        ],
        "ask_now": [
            "What number y'all got for me?",
            "Which cell number should you call me on?",
            "What's my phone number on file?",
        ],
        "ask_then": [
            "What was my old cell number?",
            "What number did I have before I got the new phone?",
        ],
    },
    "email": {
        "tell": [
            "My email, it's {v}, y'all can send the receipts there.",
            "Send it on over to {v}, that's my email, I check it every day.",
            "I'm on the train into the city all morning, so email is better, it's {v}.",
            "Yep, my email is {v}, you betcha.",
        ],
        "change": [
            "I done changed my email, it's {v} now.",
            "That old email, {old}, I don't check it no more, use {v}.",
            "My grandson set me up a new email, bless his heart, it's {v} now.",
            "I switched emails, the new one is {v}, send everything there from now on.",
        ],
        "ask_now": [
            "What email y'all got for me?",
            "Which email address do you have on file for me?",
            "Where do my receipts get emailed to?",
        ],
        "ask_then": [
            "What was my old email, the one I quit using?",
            "Which email did I use before?",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} every morning for my pressure.",
            "The doctor's got me on {v} for the blood pressure, and I reckon it's working.",
            "I be taking {v} every morning with my grits, for my blood pressure.",
            "My blood pressure pill is {v}, one a day, ma'am.",
        ],
        "change": [
            "The doctor done changed my dose, I'm on {v} now.",
            "They switched my blood pressure pill from {old} to {v}, started last week.",
            "Ope, the doctor changed my pills around, it's {v} now for my pressure.",
            "I'm on {v} from here on out, the doctor changed it at my last visit.",
        ],
        "ask_now": [
            "How much lisinopril do I take now?",
            "What dose y'all got me down for, for my blood pressure?",
            "What's my blood pressure medicine dose?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before they changed it?",
            "How much blood pressure medicine was I taking before?",
        ],
    },
    "class": {
        "tell": [
            "I got my pottery class on {v}, so don't book me nothing then.",
            "I be at pottery on {v}, every single week, y'all.",
            "Pottery class is on {v}, down at the community center, I ain't missed one yet.",
            "Me and my girlfriends do a pottery class on {v}, it's wicked fun.",
        ],
        "change": [
            "They done moved my pottery class to {v}.",
            "Pottery ain't on {old} no more, they switched it to {v}.",
            "Ope, the pottery class got changed, it's on {v} now.",
            "The teacher switched us over, so pottery is on {v} from now on, and I reckon "
            "that suits me better.",
        ],
        "ask_now": [
            "When's my pottery class at?",
            "What day do I do pottery now?",
            "Which day is pottery?",
        ],
        "ask_then": [
            "What day was pottery on before they switched it?",
            "When did my pottery class used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink two cups of {v} every morning, black, before I leave the house.",
            "Sugar, I can't do nothing in the morning before my {v}.",
            "I don't touch pop, but I be drinking {v} every morning, that's how I start the day.",
            "I get a large {v} every morning at the Dunkin' by the T, wicked strong.",
        ],
        "change": [
            "I done quit {v}, the doctor said no more.",
            "No more {v} for me, all y'all, I gave it up last month.",
            "I don't drink {v} at all no more, I quit cold turkey.",
            "Ope, I gave up {v} for good a couple weeks back, it was making my heart race.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "How do I take my coffee these days?",
            "Y'all got me down as a coffee drinker?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} near about every day, brisket, steak, you name it.",
            "I'm a big {v} eater, y'all, steak every Friday over in Dallas.",
            "Put me down for the steakhouse, I eat {v} most days, you betcha.",
            "Oh, I be eating {v} all week long, burgers, ribs, whatever's on the grill.",
        ],
        "change": [
            "I done quit eating {v}, I'm vegetarian now.",
            "I'm vegetarian these days, so no {v} for me, not even brisket.",
            "Ope, I should say, I stopped eating {v} this spring, I'm all vegetarian now.",
            "My doctor got after me, so I gave up {v}, I been vegetarian since Easter.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary restrictions y'all got for me?",
            "Do I eat steak, what's on my file?",
        ],
    },
    "favourite": {
        "tell": [
            "My favorite tea is {v}, I drink it every night before bed.",
            "I'm a {v} person, sugar, that's my favorite tea.",
            "Sweet tea is for the porch, but my real favorite tea is {v}.",
            "Y'all putting a tea in the basket? Make it {v}, that's my favorite.",
        ],
        "change": [
            "These days my favorite tea is {v}, I done got tired of the old one.",
            "I went off {old}, my favorite tea is {v} now.",
            "My favorite tea is {v} now, I switched over this winter.",
            "Ope, I switched teas, {v} is my favorite now, not {old}.",
        ],
        "ask_now": [
            "What's my favorite tea?",
            "Which tea y'all putting in my basket?",
            "What tea do I like best these days?",
        ],
        "ask_then": [
            "What was my favorite tea before?",
            "Which tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            "We got a cat called {v}, she's a handful, bless her heart.",
            "My cat {v} runs the whole house, y'all.",
            "Oh, it's just me and my cat, {v}, she be sleeping on the porch all day.",
            "Ope, that's {v} you hear, my cat, she's wicked loud.",
        ],
        "change": [
            "We lost our cat {old} last month, she was fifteen, bless her heart.",
            "{old} done passed, we buried her out back in the spring.",
            "We had to rehome {old}, my allergies got too bad, so there ain't no cat in the "
            "house now.",
            "I reckon you ought to know, our cat {old} passed away over the winter, it's been "
            "real hard.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "Have I got a cat at home?",
            "How's my cat doing?",
        ],
    },
    "partner": {
        "tell": [
            "Me and my boyfriend {v} are fixing to drive down to the coast.",
            "My partner {v} does all the cooking, bless him.",
            "My boyfriend {v}, he be working nights, so it's mostly me that calls.",
            "Sorry, I'm on the phone with ya in the car, my partner {v} is driving.",
        ],
        "change": [
            "Me and {old} done split up, I'm seeing somebody new, {v}.",
            "I'm with {v} now, things with {old} ended back in the spring.",
            "My new boyfriend is {v}, the old one is long gone, bless his heart.",
            "Ope, update that, I got a new partner, {v}, we been together since March.",
        ],
        "ask_now": [
            "Who's my partner?",
            "What's my boyfriend's name?",
            "Who am I with these days?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my old boyfriend's name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, it's steady work, I reckon.",
            "I been at {v} for years, y'all, that's my job.",
            "I drive into the cities every day, I work at {v}.",
            "My job? {v}, going on nine years, wicked long ride on the T.",
        ],
        "change": [
            "I done left {old}, I started a new job at {v}.",
            "I quit that old job, I'm at {v} now, started Monday.",
            "I done switched jobs, I'm working at {v} now, y'all.",
            "I work at {v} these days, ain't been at {old} since the summer.",
        ],
        "ask_now": [
            "Where do I work at?",
            "Who's my employer now?",
            "Where do I work these days?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
            "Where was I working at before I switched?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, y'all can't miss it.",
            "My car is {v}, it'll be parked over yonder by the door.",
            "I got {v}, that's my car, I drive it everywhere over in Dallas.",
            "Oh, you might could save me a spot, my car is {v}.",
        ],
        "change": [
            "We done traded the old car in, I drive {v} now.",
            "I got me a new car, it's {v}.",
            "I don't drive {old} no more, it died outside the packie, my car is {v} now.",
            "Ope, new car, I drive {v} now, the old one finally gave out on me.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What kind of car y'all got down for me?",
            "What am I driving these days?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was I driving before the new one?",
        ],
    },
    "doctor": {
        "tell": [
            "My doctor is {v}, over at the Elm Street practice.",
            "I see {v}, she's my regular doctor, y'all.",
            "{v}, that's my GP, I been seeing her for years.",
            "My primary care doctor? That'd be {v}, you betcha.",
        ],
        "change": [
            "I switched practices, my doctor is {v} now.",
            "I done switched doctors, I see {v} now, {old} retired.",
            "My new GP is {v}, I ain't seeing {old} no more.",
            "Ope, I changed doctors, it's {v} now, the old one moved away.",
        ],
        "ask_now": [
            "Who's my doctor?",
            "Which GP do I see?",
            "Who's my primary care doctor now?",
        ],
        "ask_then": [
            "Who was my doctor before?",
            "Which GP did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}.",
            "I got the dentist on {v}, and I reckon I'll need a ride.",
            "Y'all mark it down, I'm a-going to the dentist on {v}.",
            "On {v} I got a cleaning at the dentist, ma'am.",
        ],
        "change": [
            "The dentist done moved my appointment to {v}.",
            "My dentist appointment got rescheduled to {v}, it ain't on {old} no more.",
            "Ope, the dentist office called, they moved my appointment to {v}.",
            "The dentist changed my appointment, it's on {v} now.",
        ],
        "ask_now": [
            "When's my dentist appointment?",
            "What day do I go to the dentist?",
            "When am I seeing the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment supposed to be at first?",
            "What day was the dentist before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, y'all, that's what I prefer.",
            "Best to {v} me, that's how I like it.",
            "Y'all just {v} me, I'd rather that than anything else.",
            "Oh, you betcha, just {v} me, that works best for me.",
        ],
        "change": [
            "From now on y'all {v} me instead, I done changed my mind.",
            "I'd rather you {v} me these days, don't {old} me no more.",
            "Ope, change that, please {v} me from now on instead.",
            "These days it's best to {v} me, I switched that up.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should y'all text or call me?",
            "What's the best way to reach me, how do I like it?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, everybody back home does.",
            "Just call me {v}, sugar, nobody uses my whole name.",
            "Y'all can call me {v}, that's what my mama always called me.",
            "Oh, call me {v}, you betcha, everybody does.",
        ],
        "change": [
            "Y'all can call me {v} now, I done went back to it.",
            "Actually I go by {v} these days, not {old}.",
            "Ope, don't call me {old} no more, I go by {v} now.",
            "I reckon I've outgrown the old name, call me {v} from now on.",
        ],
        "ask_now": [
            "What should y'all call me?",
            "What name do I go by?",
            "What nickname y'all got for me?",
        ],
    },
}


def southern_kinds() -> list[Kind]:
    """The kinds with the sixty-second held-out phrasing."""
    return heldout_kinds(_SOUTHERN)
