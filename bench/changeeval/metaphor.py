"""A seventy-third held-out phrasing of the same facts (`generate --phrasing metaphor`, written to
`bench/changeeval/metaphor/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers, British and American, talk in idioms and figures of speech, above all when a fact
changes, while the value itself is said plainly and the change plainly happened. Moves are
"upped sticks", "pulled up stakes" and "out with the old, in with the new"; old things are
"gone the way of the dodo", "dead and buried", "water under the bridge", "had its day" or
"gave up the ghost"; switches are "jumped ship", "switched horses", "moved the goalposts",
"shuffled me along" and "changed my tune"; losses are "hung up my coffee mug for good",
"kicked the habit", "gone cold turkey" and "gone to the great cattery in the sky"; and breakups
are "called it a day" or "ran their course". The tells lean on idioms too ("home sweet home is
{v}", "I'm a {v} girl through and through", "she rules the roost", "my pride and joy"), with
the value early, in the middle or last, and every sentence still names what the value is
(home address, mobile, email, GP, dentist, pottery class, coffee, partner, job, car, cat ...).
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

METAPHOR_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Home sweet home is {v}, that's the address for the file.",
            "I hang my hat at {v}, that's where I live.",
            "For your records, my home address is {v}, been there since the year dot.",
            "We live at {v}, it's a bit of a shoebox but it's home.",
        ],
        "change": [
            "We've upped sticks and landed at {v}, so that's my new home address.",
            "The old place at {old} is water under the bridge, we moved and live at {v} now.",
            "Out with the old, in with the new, we moved house and our address is {v} now.",
            "We pulled up stakes and moved, so home is {v} from now on.",
        ],
        "ask_now": [
            "What's my home address?",
            "Where do I live these days?",
            "Which address have you got for me now?",
        ],
        "ask_then": [
            "What was my old address?",
            "Where did I live before I upped sticks?",
            "Which address did I move from?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile is {v}, it's practically glued to my hand.",
            "Best number to catch me on is {v}, that's my cell.",
            "You can reach me on {v}, that's my mobile, day or night.",
            "Got a pen? My phone number is {v}, that's the one I live on.",
        ],
        "change": [
            "The old number's gone the way of the dodo, my mobile is {v} now.",
            "My old phone bit the dust, so I've got a new number, it's {v}.",
            "{old} is dead and buried, please call me on my new number, {v}.",
            "Scrap the old number, it's history, my cell is {v} from now on.",
        ],
        "ask_now": [
            "What's my phone number?",
            "Which number should you ring me on?",
            "What's my mobile number now?",
        ],
        "ask_then": [
            "What was my old phone number?",
            "Which number did I have before the new one?",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}, that's where everything lands.",
            "Send it all to {v}, that's my email, my one and only inbox.",
            "Drop me a line at {v}, that's my email address.",
            "For email it's {v}, I check it like clockwork.",
        ],
        "change": [
            "I've closed the book on the old email, it's {v} now.",
            "My old inbox was drowning in junk so I've jumped ship, my email is {v} now.",
            "My old email, {old}, is a ghost town these days, please use my new one, {v}.",
            "New broom, new inbox, my email address has changed to {v}.",
        ],
        "ask_now": [
            "What's my email address?",
            "Which email should things go to?",
            "What email do you have for me now?",
        ],
        "ask_then": [
            "What was my old email?",
            "Which email address did I use before?",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} every morning, regular as clockwork.",
            "For my blood pressure I'm on {v}, one pill a day keeps the doctor happy.",
            "My blood pressure medicine is {v}, I never miss it.",
            "The doctor's got me on {v} for the blood pressure, and I stick to it like glue.",
        ],
        "change": [
            "The doctor's moved the goalposts on my blood pressure pills, I'm on {v} now.",
            "My blood pressure pills got a shake-up, it's {v} now, not {old} any more.",
            "New chapter with the blood pressure, the doctor has me on {v} from now on.",
            "They've switched things up, I'm taking {v} now instead of {old}.",
        ],
        "ask_now": [
            "How much lisinopril do I take?",
            "What dose am I on for my blood pressure?",
            "What's my current blood pressure dose?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before?",
            "What was my old blood pressure dose?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}, it's set in stone.",
            "I'm up to my elbows in clay on {v}, that's my pottery class.",
            "Pottery is {v}, rain or shine, so I'm never free then.",
            "{v} are for pottery, come hell or high water.",
        ],
        "change": [
            "They've shuffled the deck at pottery, my class is on {v} now.",
            "Pottery's had a shake-up, it's {v} from now on instead of {old}.",
            "My pottery class has moved house, so to speak, it's on {v} now.",
            "All change at pottery, they've switched my class to {v}.",
        ],
        "ask_now": [
            "When is my pottery class?",
            "Which day do I do pottery now?",
            "What day is pottery on these days?",
        ],
        "ask_then": [
            "Which day was pottery before it moved?",
            "When did my pottery class use to be?",
        ],
    },
    "coffee": {
        "tell": [
            "I can't function without my {v}, two cups every morning.",
            "I'm a {v} addict, I have it black first thing every day.",
            "I live on {v}, it's my rocket fuel every morning.",
            "My morning {v} is my lifeblood, I have it every single day.",
        ],
        "change": [
            "I've hung up my {v} mug for good.",
            "I've kicked the {v} habit, not a drop since last month.",
            "Me and {v} have parted ways, I gave it up completely.",
            "I've gone cold turkey on {v}, I don't drink it any more.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "Do I still have my morning coffee?",
            "How do I take my coffee?",
        ],
    },
    "meat": {
        "tell": [
            "I'm a meat and potatoes sort, I eat {v} most days.",
            "I love a good steak, I'm a big {v} eater through and through.",
            "Put me down as a {v} lover, steak every Friday without fail.",
            "I eat {v} like it's going out of fashion.",
        ],
        "change": [
            "I've turned over a new leaf, no more {v}, I'm vegetarian now.",
            "I've gone veggie, {v} is off the menu for me.",
            "I've said goodbye to {v} for good, I'm vegetarian these days.",
            "Steak's a thing of the past for me, I've stopped eating {v} and gone vegetarian.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary restrictions for me?",
            "Should my dinner booking be vegetarian?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, hands down.",
            "I'm a {v} girl through and through, that's my favourite tea.",
            "When it comes to tea, {v} is my favourite, it's the bee's knees.",
            "Nothing beats {v} for me, it's my favourite tea by a mile.",
        ],
        "change": [
            "I've switched horses, my favourite tea is {v} now.",
            "I've gone off {old}, these days {v} is my favourite tea.",
            "Honestly, {v} has stolen my heart, it's my new favourite tea.",
            "My old favourite has had its day, {v} is top of my list for tea now.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea should go in my basket?",
            "What's my favourite tea these days?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I use to like best?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}, she rules the roost.",
            "Our cat {v} is queen of the castle at our place.",
            "I've got a cat called {v}, she has me wrapped around her little paw.",
            "There's a cat called {v} in our house and she's the boss, make no mistake.",
        ],
        "change": [
            "Our cat {old} has gone to the great cattery in the sky.",
            "Sadly {old} has used up her nine lives, our cat passed away last month.",
            "We've lost {old}, our cat crossed the rainbow bridge in the spring.",
            "We had to find {old} a new home, my allergies got the better of me, "
            "so no cat for us now.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How is my cat doing?",
            "Have I got any pets at home?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} and I are off to the coast this weekend.",
            "My other half is {v}, he's doing the cooking.",
            "{v} is my partner, we're joined at the hip.",
            "Me and my boyfriend {v} are thick as thieves.",
        ],
        "change": [
            "{old} and I called it a day, I'm with {v} now.",
            "Things with {old} ran their course, my new partner is {v}.",
            "Plenty more fish in the sea, and I've landed one, my new boyfriend is {v}.",
            "I've moved on from {old}, I'm seeing {v} these days and he's my partner now.",
        ],
        "ask_now": [
            "Who is my partner?",
            "What's my partner's name?",
            "Who's my other half these days?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my ex's name?",
            "Who was my partner before?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, it's my bread and butter.",
            "I've been at {v} for donkey's years now, that's my job.",
            "I'm a cog in the machine at {v}, that's where I work.",
            "Honestly, {v} pays the bills, I've worked there for ages.",
        ],
        "change": [
            "I've jumped ship from my old job, I'm working at {v} now.",
            "I handed in my notice at {old} and I'm working at {v} now.",
            "New job, fresh start, I work at {v} these days.",
            "I've moved on to greener pastures at {v}, that's my job now.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who is my employer?",
            "Where am I working these days?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
            "Which employer did I leave?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, she's my pride and joy.",
            "My car is {v}, it's been my trusty steed for years.",
            "I get around in {v}, that's my car.",
            "For parking, my car is {v}, my trusty old wheels.",
        ],
        "change": [
            "Said goodbye to the old banger, I'm driving {v} now.",
            "The old car finally gave up the ghost, so I've got {v} now.",
            "I traded in my old clunker, {old}, and my car is {v} now.",
            "Out with the old car, in with the new, I drive {v} these days.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What's my car?",
            "What am I driving these days?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, she's worth her weight in gold.",
            "I see {v} at the Elm Street practice, she's my GP.",
            "{v} is my GP, I'm in good hands there.",
            "My family doctor is {v}, I've been seeing her since the year dot.",
        ],
        "change": [
            "My old GP has hung up her stethoscope, so my GP is {v} now.",
            "I've jumped ship to a new practice, my GP is {v} now.",
            "I've waved goodbye to {old}, my new GP is {v}.",
            "It's all change at the surgery, I see {v} now, she's my GP.",
        ],
        "ask_now": [
            "Who is my GP?",
            "Which doctor do I see?",
            "Who's my GP these days?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, and I'm already gritting my teeth.",
            "I've got the dentist on {v}, D-day for my molars.",
            "The dentist has me in the chair on {v}, that's my appointment.",
            "It's the dentist on {v}, it's in the diary in ink.",
        ],
        "change": [
            "The dentist has shuffled my appointment along to {v}.",
            "My dentist appointment got bumped to {v}.",
            "The dentist moved the goalposts, my appointment is on {v} now, not {old}.",
            "My dentist appointment on {old} is off the table, they've rebooked me for {v}.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "When do I see the dentist now?",
            "What date is my dentist appointment?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, that's how I like to be contacted, I'm a creature of habit.",
            "If you want to get hold of me, {v} me, that's the golden rule.",
            "Best to {v} me, that's the surest way to reach me.",
            "To contact me, just {v} me, that's how I roll.",
        ],
        "change": [
            "I've changed my tune, please {v} me from now on.",
            "Times have changed, I'd rather you {v} me these days.",
            "Forget how you used to reach me, just {v} me from here on in.",
            "Scratch my old preference, please {v} me now instead.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text or call me?",
            "What's the best way to get hold of me now?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, everyone does.",
            "Just call me {v}, it's stuck like glue since school.",
            "Everyone calls me {v}, so you might as well call me that too.",
            "I go by {v}, my full name is a bit of a mouthful.",
        ],
        "change": [
            "I've outgrown the old nickname, call me {v} now.",
            "{old} has had its day, I go by {v} these days.",
            "Call me {v} from now on, I've turned the page on the old name.",
            "I've come full circle and gone back to {v}, please call me that now.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What's my nickname these days?",
        ],
    },
}


def metaphor_kinds() -> list[Kind]:
    """The kinds with the seventy-third held-out phrasing."""
    return heldout_kinds(METAPHOR_UPPER)
