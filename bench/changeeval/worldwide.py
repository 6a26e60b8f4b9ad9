"""A sixty-fifth held-out phrasing of the same facts (`generate --phrasing worldwide`, written
to `bench/changeeval/worldwide/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers come from all over the English-speaking world and each speaks their own variety
of English with its idioms, mixed in with plain British and American callers. Indian English
("Kindly update my mobile number", "my good self", "I am having a cat named ...", "last
month itself", "I am working at ... only", "kindly do the needful", "mail ID", "pure
vegetarian"); Nigerian and Ghanaian English ("I have changed my number, abeg", "my madam has
banned coffee in the house", "I have packed out of ..., the place I am staying now is ...",
"my oga"); Singaporean and Malaysian English ("can update or not?", "already", "lah" now and
then); Irish English ("I'm after moving house, so I am", "I've the dentist on ...", "grand");
Scottish ("aye", "wee", "I stay at ...", "no more for me the now"); Australian and New
Zealand ("reckon", "in the arvo", "heaps", "the missus", "on the barbie"); South African
("ja", "hey", "ag", "shame", "lekker"); and Caribbean ("mi", "Mi get a new phone"). The
devices are spread over the kinds, the value comes early, in the middle or late, and the
questions too are sometimes asked in these varieties ("Which car am I having now?", "Pottery
class is on which day?"). Every tell still names what the value is and every change makes
clear that the old value no longer holds.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

WORLDWIDE_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Kindly note my residential address, it is {v}.",
            "Aye, I stay at {v}, that's home.",
            "We live at {v}, mate, been there heaps of years.",
            "Home's {v}, in case you need it for the file.",
        ],
        "change": [
            "I'm after moving house, so I am, the new address is {v}.",
            "I have packed out of {old}, abeg, the place I am staying now is {v}.",
            "We shifted house last month itself, the new address is {v}, kindly do the needful.",
            "Moved already lah, new address is {v}, not {old} any more.",
        ],
        "ask_now": [
            "Which address are you having for me?",
            "Where am I living now, as per your records?",
            "What's my home address?",
        ],
        "ask_then": [
            "Which address was I at before I moved?",
            "What was my previous address, the old one?",
            "Where was I staying before I shifted house?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile number is {v}, kindly note it down.",
            "Ring me on {v}, that's the mobile, grand.",
            "Best number for mi is {v}, that's mi cell phone.",
            "Call me on {v}, that one is my handphone.",
        ],
        "change": [
            "I have changed my number, abeg, the new one is {v}.",
            "Kindly update my mobile number, it is {v} now, the old one is not working.",
            "Got a new phone, hey, and a new number with it, {v}. Don't use {old} any more.",
            "Mi get a new phone, so mi number is {v} now.",
        ],
        "ask_now": [
            "What mobile number are you having for me?",
            "Which number should you ring me on?",
            "What's my phone number on your file?",
        ],
        "ask_then": [
            "What was my old number, the one before?",
            "Which number was I using previously?",
        ],
    },
    "email": {
        "tell": [
            "My mail ID is {v}, kindly send all the documents to my good self there.",
            "Email's {v}, mate, that's the one I check heaps.",
            "Send the receipts to {v}, that's my email, aye.",
            "Ja, my email address is {v}, that's the one I use.",
        ],
        "change": [
            "I've a new email now, so I have, it's {v}, the old one's gone.",
            "I changed my email already, please use {v} now, the old one I don't check lah.",
            "Kindly update my mail ID from {old} to {v}.",
            "The missus set me up with a new email, it's {v}, so stop using {old}.",
        ],
        "ask_now": [
            "What email ID are you having for me?",
            "Which email do my receipts go to now?",
            "What's my email address on your file?",
        ],
        "ask_then": [
            "What was my previous email ID?",
            "Which email was I using before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "For my BP I am taking {v} daily, morning time.",
            "I'm on {v} for the blood pressure, so I am.",
            "Mi take {v} every morning for mi blood pressure.",
            "The doctor has me on {v} for my blood pressure, one a day.",
        ],
        "change": [
            "Doctor changed my dose already, now I'm taking {v}.",
            "The doctor is after changing my tablets, I'm on {v} now.",
            "My BP dose has been revised to {v}, kindly update your records.",
            "Ja, the doctor changed my blood pressure pills, hey, no more {old}, "
            "it's {v} from now on.",
        ],
        "ask_now": [
            "How much lisinopril am I taking?",
            "What dose is my BP tablet now?",
            "What's my blood pressure dose these days?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on earlier?",
            "How much lisinopril was I taking before the change?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}, so I'm never free then, aye.",
            "I do pottery on {v}, heaps of fun, I reckon.",
            "Pottery class is on {v} only, so kindly don't book me then.",
            "I've got pottery class on {v}, every single week.",
        ],
        "change": [
            "Pottery class shift to {v} already, can update or not?",
            "They've moved pottery to {v}, so they have.",
            "My pottery class is not on {old} any more, from now it is on {v}.",
            "Ag, pottery's changed days, ja, it's {v} now.",
        ],
        "ask_now": [
            "Which day is my pottery class?",
            "When am I doing pottery these days?",
            "Pottery class is on which day?",
        ],
        "ask_then": [
            "Which day was pottery before they shifted it?",
            "When was my pottery class earlier, before it moved?",
        ],
    },
    "coffee": {
        "tell": [
            "I'm a big {v} drinker, two cups every morning, so I am.",
            "Mi love mi {v}, mi have it every morning.",
            "I am having {v} every morning, black, no sugar.",
            "I reckon I couldn't start the day without my {v}, mate.",
        ],
        "change": [
            "I have left {v} completely, stopped it, doctor's orders.",
            "No more {v} for me already lah, I quit last month.",
            "Aye, I've given up {v}, no more for me the now.",
            "My madam has banned {v} in the house, so I've stopped drinking it.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "Am I drinking coffee these days?",
            "Should you put coffee in my breakfast order?",
        ],
    },
    "meat": {
        "tell": [
            "I'm a big {v} eater, steak every Friday, lekker.",
            "I am eating {v} most days, I love my steak.",
            "Mi eat {v} nearly every day, mi love a good steak.",
            "We put {v} on the barbie every weekend, I'm a steak man.",
        ],
        "change": [
            "I've stopped eating {v}, I'm after going vegetarian.",
            "I'm vegetarian now already, so no {v} please.",
            "I have stopped {v}, I am pure vegetarian now.",
            "I don't eat {v} any more, I've gone vegetarian.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary restrictions for me?",
            "Is red meat okay for me or not?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, I am having it daily.",
            "Give me {v} any day, that's my favourite tea, aye.",
            "Favourite tea? {v}, mate, I reckon I drink heaps of it.",
            "{v} is my favourite tea, you can put it in the basket, ja.",
        ],
        "change": [
            "My favourite tea is now {v}, I've gone off the old one.",
            "These days my favourite tea is {v} already, not {old}.",
            "I've gone off {old}, so I have, {v} is my favourite tea now.",
            "Mi change mi favourite tea, it's {v} now.",
        ],
        "ask_now": [
            "Which tea is my favourite?",
            "What tea should go in my basket?",
            "My favourite tea is which one?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I like best earlier, before I changed?",
        ],
    },
    "pet": {
        "tell": [
            "I am having a cat named {v}, she is very naughty.",
            "We've a wee cat called {v}, she runs the house.",
            "Mi have a cat named {v}, she rule the whole house.",
            "We've got a cat, {v}, she's heaps of trouble.",
        ],
        "change": [
            "Sadly our cat {old} passed away last month, she was fifteen.",
            "Shame, we had to rehome {old}, my allergies got too bad.",
            "Our cat {old} is no more, she died last week itself.",
            "We lost {old} in the spring, God rest her, the house is quiet without a cat now.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "Am I having any cat at home?",
            "How is my cat getting on?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} and I are going to the coast this weekend, so we are.",
            "Me and my partner {v} are heading down the coast, should be heaps of fun.",
            "My boyfriend {v} is doing the cooking, abeg don't call during dinner.",
            "My partner is {v}, we've been together a good while.",
        ],
        "change": [
            "Me and {old} finished already lah, my boyfriend now is {v}.",
            "I'm after breaking up with {old}, I'm seeing {v} now.",
            "My new partner is {v}, things with {old} ended in the spring.",
            "Aye, new boyfriend, {v}, the old one's history.",
        ],
        "ask_now": [
            "Who is my partner?",
            "Who am I seeing now?",
            "What's my partner's name these days?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was the name of my previous partner?",
        ],
    },
    "job": {
        "tell": [
            "I am working at {v} only, for many years.",
            "I work at {v}, it's steady, I reckon.",
            "My oga at {v} keeps me busy, that's where I work.",
            "I've been at {v} for years, that's my job.",
        ],
        "change": [
            "I have resigned from {old}, now I am working at {v}.",
            "I'm after starting a new job at {v}.",
            "Left {old} already, new job at {v} now.",
            "Got a new job, hey, I'm at {v} now, ja, lekker.",
        ],
        "ask_now": [
            "Where do I work?",
            "Where am I working now?",
            "Who is my employer these days?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job, the previous company?",
        ],
    },
    "car": {
        "tell": [
            "I am having {v}, that is my car.",
            "My car is {v}, aye, does the job.",
            "Mi drive {v}, that's mi car.",
            "I drive {v}, so I do.",
        ],
        "change": [
            "I have disposed of my old car, now I am driving {v}.",
            "Traded in {old} already, now I drive {v}.",
            "New car, mate, I reckon you'd like it, it's {v}.",
            "We're after getting a new car, so we are, it's {v}.",
        ],
        "ask_now": [
            "What car do I drive?",
            "Which car am I having now?",
            "What's my car these days?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car, the previous one?",
        ],
    },
    "doctor": {
        "tell": [
            "Kindly send the forms to my GP, {v}, at the Elm Street practice.",
            "I see {v}, she's my GP, grand doctor.",
            "{v} is my family doctor, my GP since long.",
            "Aye, my GP's {v}, down at the health centre.",
        ],
        "change": [
            "I've changed my GP already, now I see {v}.",
            "{old} retired, so my new GP is {v}.",
            "I switched practices, mate, my GP's {v} now.",
            "Ja, I've moved to a new GP, hey, it's {v} now.",
        ],
        "ask_now": [
            "Who is my GP?",
            "Which doctor am I seeing now?",
            "Who's my family doctor these days?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor was I seeing previously?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, kindly note.",
            "I've the dentist on {v}, so I have.",
            "Got the dentist on {v}, in the arvo.",
            "Mi have a dentist appointment on {v}.",
        ],
        "change": [
            "The dentist has shifted my appointment to {v}, kindly update it.",
            "My dentist appointment changed to {v} already, not on {old} any more.",
            "The dentist has rescheduled me, abeg note it, my appointment is now on {v}.",
            "They've moved my dentist appointment to {v}, it's no longer on {old}.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "What date is my dentist appointment now?",
            "When am I seeing the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist appointment before it was shifted?",
        ],
    },
    "contact": {
        "tell": [
            "Kindly {v} me only, that is how I prefer to be contacted.",
            "Best to {v} me, mate, that's what I prefer.",
            "Abeg, just {v} me, that is the way I like to be contacted.",
            "Please {v} me, aye, that's the best way to get hold of me.",
        ],
        "change": [
            "Don't {old} me any more, {v} me instead, can?",
            "I'd rather you {v} me these days, so I would.",
            "Ja, change of plan, hey, rather {v} me from now on.",
            "Kindly {v} me going forward, I have changed my preference.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Text, email or call, which one do I prefer?",
            "What's the best way to reach me now?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, everyone does, aye.",
            "Just call me {v}, mate.",
            "Everybody is calling me {v} only, you also call me that.",
            "Call mi {v}, everybody call mi that.",
        ],
        "change": [
            "Actually I go by {v} these days, so I do.",
            "Call me {v} now already, I don't use {old} any more.",
            "Ja, I've gone back to {v}, please call me that from now on.",
            "Kindly call me {v} from now, not {old}.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name am I going by now?",
            "Which name should you use for me?",
        ],
    },
}


def worldwide_kinds() -> list[Kind]:
    """The kinds with the sixty-fifth held-out phrasing."""
    return heldout_kinds(WORLDWIDE_UPPER)
