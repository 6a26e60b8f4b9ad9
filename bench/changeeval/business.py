"""A sixty-third held-out phrasing of the same facts (`generate --phrasing business`, written to
`bench/changeeval/business/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers are small business owners and sole traders (a plumber, a hairdresser, a café owner,
a florist, a taxi driver, a bookkeeper, in the UK and the US) who keep their own details apart
from the business's as they speak: "the shop's landline is on the website, but my own mobile is
...", "the van's the firm's, my own car is ...", "invoices go to the accounts inbox, but my
personal email is ...". Business words run all through (VAT, invoices, the accountant,
suppliers, the lads, the apprentice, opening hours, the till, bookings) without hiding whose
each value is, and changes come with business reasons ("sold the café and left my old job, I'm
working at ... now as a manager", "we moved the family out of the flat above the shop"). The
value comes early, in the middle or late, in sentences short and long.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_BUSINESS: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "The salon's on the high street, but home for me is {v}.",
            "I live at {v}; the plumbing business is registered at the accountant's.",
            "Post for the café goes to the café, but anything for me personally, I live at {v}.",
            "Home's {v}, that's where I actually live, not the florist's.",
        ],
        "change": [
            "We moved the family out of the flat above the shop, we live at {v} now.",
            "I've moved house, my new home address is {v}, the workshop hasn't moved though.",
            "Sold the café and the flat with it, so I'm living at {v} now.",
            "Please change my home address from {old} to {v}, we moved last month.",
        ],
        "ask_now": [
            "What's my home address?",
            "Where do I live, not the shop, me?",
            "Which address do you have for me personally?",
        ],
        "ask_then": [
            "What was my home address before I moved?",
            "Where did I live before?",
        ],
    },
    "phone": {
        "tell": [
            "The shop's landline is on the website, but my own mobile is {v}.",
            "{v}, that's my personal mobile, not the salon number.",
            "If the lads need me on a job they ring the office, but my own phone is {v}.",
            "For me personally the best number is {v}; the till phone's for bookings only.",
        ],
        "change": [
            "New personal mobile, the old one went down a drain on a job, it's {v} now.",
            "My own number's changed since I split the work line off, mine is {v} now.",
            "New number for me personally: {v}. The old one went with the business I sold.",
            "Update my mobile to {v}, I don't use {old} any more, the apprentice has it.",
        ],
        "ask_now": [
            "What's my own mobile number?",
            "Which number do you have for me personally?",
            "What number should you ring me on?",
        ],
        "ask_then": [
            "What was my old mobile number?",
            "Which number did I have before I changed it?",
        ],
    },
    "email": {
        "tell": [
            "Invoices go to the accounts inbox, but my personal email is {v}.",
            "My own email, not the business one, is {v}.",
            "{v}, that's my personal email; the bookings email is for customers.",
            "Send anything for me to {v}, that's my email, the accountant has the work one.",
        ],
        "change": [
            "I've changed my personal email, it's {v} now.",
            "New email for me: {v}. I stopped using {old} when I closed the old business.",
            "My own email's moved to {v}, please use that from now on.",
            "Drop my old personal email, it's {v} these days, suppliers spammed the other.",
        ],
        "ask_now": [
            "What's my personal email?",
            "Which email do you have for me?",
            "Where should my own emails go?",
        ],
        "ask_then": [
            "What was my old personal email?",
            "Which email did I use before?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v} for my blood pressure, thirty years of running a café will do that.",
            "Every morning before I open the till I take {v}, that's my blood pressure tablet.",
            "Medication-wise, I take {v} a day for my blood pressure.",
            "The doctor has me on {v} for my blood pressure, one tablet with breakfast.",
        ],
        "change": [
            "The GP's changed my blood pressure dose, I'm on {v} now.",
            "After my check-up they switched me to {v}, so that's my dose now.",
            "New dose from the doctor, I take {v} now, not the old amount.",
            "I'm not on {old} any more, the doctor moved me to {v}.",
        ],
        "ask_now": [
            "What dose of lisinopril am I on?",
            "How much do I take for my blood pressure?",
            "What's my current blood pressure dose?",
        ],
        "ask_then": [
            "What dose was I on before it changed?",
            "How much lisinopril did I take before?",
        ],
    },
    "class": {
        "tell": [
            "I shut the shop early on {v}, that's my pottery class.",
            "My pottery class is on {v}, so the apprentice locks up then.",
            "On {v} I'm at pottery, it's my one thing that isn't the business.",
            "Don't book me anything on {v}, I've got my pottery class.",
        ],
        "change": [
            "My pottery class has moved to {v}, so I've changed the opening hours around it.",
            "Pottery's on {v} now, they changed the timetable.",
            "They've switched my pottery class to {v}, it's not the old day any more.",
            "I've changed my pottery class to {v}, it fits round the bookings better.",
        ],
        "ask_now": [
            "When is my pottery class?",
            "Which day do I do pottery?",
            "When am I at pottery these days?",
        ],
        "ask_then": [
            "Which day was my pottery class before it moved?",
            "When did I used to do pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "I run a café and I drink plenty of {v} myself, three mugs before we open.",
            "Me personally, I live on {v}, black, every morning.",
            "I have two cups of {v} every morning before the first customer.",
            "I drink {v} all day, it's the only way I get through the invoices.",
        ],
        "change": [
            "I've given up {v} myself, even though I still sell it all day.",
            "No more {v} for me, doctor's orders, I stopped last month.",
            "I've quit {v} completely; the staff still drink it, I don't.",
            "I don't drink {v} any more, I'm on water behind the counter now.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "How do I take my coffee?",
            "Should you put coffee in my order?",
        ],
    },
    "meat": {
        "tell": [
            "I'm a butcher, I eat {v} most days, can't help it.",
            "Steak after closing on a Friday, I eat plenty of {v}.",
            "For me, {v} with every meal, I'm a proper carnivore.",
            "I do eat {v}, a steak's my treat after a long week on the van.",
        ],
        "change": [
            "I've stopped eating {v} myself, I'm vegetarian now, though the shop still sells it.",
            "I'm vegetarian these days, so no {v} for me at the trade dinner.",
            "I don't eat {v} any more, I went vegetarian in the new year.",
            "No {v} for me now, I've gone vegetarian, the lads think I'm mad.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary notes for me?",
            "Should you book me a steak?",
        ],
    },
    "favourite": {
        "tell": [
            "We stock twelve teas in the café, but my own favourite tea is {v}.",
            "My favourite tea is {v}, I keep a tin of it under the till.",
            "{v}, that's my favourite tea, not what we sell, what I drink.",
            "For me personally, my favourite tea is {v}.",
        ],
        "change": [
            "My favourite tea has changed, it's {v} now.",
            "I've gone off the old one, {v} is my favourite tea these days.",
            "New favourite tea for me: {v}, a supplier left me a sample and that was it.",
            "It's not {old} any more, my favourite tea is {v} now.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea do I like best?",
            "Which tea should go in my basket?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I like best before?",
        ],
    },
    "pet": {
        "tell": [
            "My cat {v} sleeps in the van while I'm out on jobs.",
            "At home I've got a cat called {v}, she's my baby.",
            "{v}'s my cat, she lives at home with me, not at the shop.",
            "Our cat {v} runs the house, I only run the business.",
        ],
        "change": [
            "Sadly my cat {old} died last month, I shut the shop for a day.",
            "We lost {old}, our cat, in the spring, there's no cat at home now.",
            "I had to rehome my cat {old}, I'm never home since the new shop opened.",
            "{old}, our cat, passed away, she was sixteen, the apprentice helped me bury her.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How is my cat doing?",
            "Have I got any pets at home?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} helps out at the shop on Saturdays, but he's not on the books.",
            "My partner {v}, my actual partner, not a business one, is cooking tonight.",
            "{v}'s my boyfriend, he does the deliveries when the van's free.",
            "I live with my partner, {v}.",
        ],
        "change": [
            "{old} and I split up, I'm seeing someone new now, {v}.",
            "I'm with {v} now, it ended with {old} around the time I sold the salon.",
            "My new partner is {v}, the old relationship's over.",
            "New boyfriend for me, {v}, we met at the cash and carry, the last one's history.",
        ],
        "ask_now": [
            "Who is my partner?",
            "What's my partner's name?",
            "Who am I with these days?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my ex's name?",
        ],
    },
    "job": {
        "tell": [
            "I do the flowers at weekends, but my main job is at {v}.",
            "I do bookkeeping on the side, but I work at {v} during the week.",
            "My day job's at {v}; the cleaning business is just evenings.",
            "I've been employed at {v} for years, the market stall is only a sideline.",
        ],
        "change": [
            "I sold the café and left my old job, I'm working at {v} now as a manager.",
            "I'm not at {old} any more, I work at {v} now.",
            "New job: I started at {v} and handed in my notice at the old place.",
            "I work at {v} these days; the old job's gone, the side business isn't.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who is my employer?",
            "Where's my day job?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
        ],
    },
    "car": {
        "tell": [
            "The van's the firm's, my own car is {v}.",
            "I drive {v} myself, the lads take the vans.",
            "My personal car is {v}, it's not on the business insurance.",
            "Outside of the cab, my own car is {v}.",
        ],
        "change": [
            "I sold my old car to the apprentice, I drive {v} now.",
            "New car for me, it's {v}.",
            "I traded my car in, so my own car's {v} these days.",
            "I don't have {old} any more, my car is {v} now.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What's my own car?",
            "Which car is mine?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, at the practice round the corner from the shop.",
            "I see {v}, she's my own GP.",
            "The lads are registered all over, but my GP is {v}.",
            "If anything health-wise comes up, my doctor is {v}.",
        ],
        "change": [
            "I've switched practices, my GP is {v} now.",
            "My new GP is {v}, I changed surgeries when we moved the shop.",
            "I'm with {v} now, my old GP retired.",
            "I'm not seeing {old} any more, my GP's {v} now.",
        ],
        "ask_now": [
            "Who is my GP?",
            "Which doctor do I see?",
            "Who's my doctor now?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, so I've blocked off the bookings.",
            "I'm shutting the salon the morning of {v}, that's my dentist appointment.",
            "On {v} I've got the dentist, my own appointment, not one of the staff's.",
            "I've got a dentist appointment on {v}, the apprentice will cover the shop.",
        ],
        "change": [
            "The dentist moved my appointment to {v}.",
            "I had to rebook the dentist, a big wedding order came in, so it's {v} now.",
            "My dentist appointment's been rescheduled to {v}.",
            "My dentist appointment isn't {old} any more, it's {v}.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "What day am I at the dentist?",
            "When do I see the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What was the date of my dentist appointment before it moved?",
        ],
    },
    "contact": {
        "tell": [
            "For anything about me, please {v} me, the shop phone's for customers.",
            "Best to {v} me, that's how I like to be contacted.",
            "I'm up ladders all day, so please {v} me, that works best.",
            "Don't go through the office, just {v} me directly, that's what I prefer.",
        ],
        "change": [
            "From now on please {v} me instead, I've changed how I want to be contacted.",
            "I'd rather you {v} me these days, not the old way.",
            "Change of preference: please {v} me from now on.",
            "Since I took on the apprentice I'd prefer that you {v} me now.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text, email or call me?",
            "What's the best way to reach me?",
        ],
    },
    "nickname": {
        "tell": [
            "It's my full name on the invoices, but just call me {v}.",
            "Please call me {v}, the suppliers all do.",
            "{v}, that's what everyone calls me, customers included.",
            "The sign over the shop has my surname, but I go by {v}.",
        ],
        "change": [
            "I've gone back to {v}, call me that now.",
            "Actually I go by {v} these days, not the old nickname.",
            "New name for me, please call me {v} from now on.",
            "Since I sold the business I'm {v} again, please call me that.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What's my nickname?",
        ],
    },
}


def business_kinds() -> list[Kind]:
    """The kinds with the sixty-third held-out phrasing."""
    return heldout_kinds(_BUSINESS)
