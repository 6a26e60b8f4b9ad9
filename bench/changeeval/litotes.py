"""A seventy-ninth held-out phrasing of the same facts (`generate --phrasing litotes`, written to
`bench/changeeval/litotes/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `onhold.py` and `heldout_kinds` only, without reading the supersession rules, the other
phrasings or the tests, and without running anything on these words first.
The callers are mostly British, with some Irish and New England voices, who say things through
what they are not: litotes ("not a million miles from", "wouldn't say no to", "can't say I'm
not"), double negatives that resolve to a plain positive, "not un-" ("not unhappy", "not
unheard of"), dry understatement ("not the worst", "nothing flash"), and values confirmed by
ruling everything else out ("nobody calls me anything but ...", "I'm not registered with anyone
else"). The negation sits before the value, after it, or around it; changes are told by what no
longer holds as often as by what now does. Questions plainly ask for the value, sometimes behind
a negative lead-in ("I don't suppose you could ..."). Every change is about the caller and
leaves no doubt that the old value no longer holds; every tell states the caller's own current
value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_LITOTES: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I'm not what you'd call hard to find, I live at {v}.",
            "{v}, that's home, and I've no plans to be anywhere else.",
            "It's not a million miles from the station, my place, {v}, if you need it for the"
            " file.",
            "There's no other address for me but {v}, that's where I live, same as ever.",
        ],
        "change": [
            "I'm not at the old place any more, haven't been for a month, it's {v} now.",
            "Can't say I miss the old house, mind, we moved to {v} and we're not going back.",
            "I'd not be unhappy if you sent things to {v} from now on, we've moved in there and"
            " the old address is no good to anyone.",
            "Not to put too fine a point on it, I no longer live where you think I do, I've"
            " moved to {v}.",
        ],
        "ask_now": [
            "Not to be a nuisance, but what address have you got for me?",
            "Where is it I live, as far as your records go?",
            "I don't suppose you could read me back my home address?",
        ],
        "ask_then": [
            "Not that it matters much now, but what was my address before I moved?",
            "Where was I living before, have you still got the old address?",
        ],
    },
    "phone": {
        "tell": [
            "You'll not go far wrong ringing {v}, that's my mobile.",
            "My number's {v}, and I'm not often without the phone.",
            "I'm not hard to get hold of, {v} is the number for me.",
            "It's not as if I've a landline any more, so it's the mobile, {v}.",
        ],
        "change": [
            "The old number's no use to anyone now, I've a new one, {v}.",
            "I'd not bother with the number you've got, it's dead, I'm on {v} now.",
            "{v}, that's my number now, I didn't keep the old one when I changed phones.",
            "You'll not reach me on the old number any more, sure it's {v} these days.",
        ],
        "ask_now": [
            "What number have you got me down on?",
            "I don't suppose you could read me back my phone number?",
            "Which number is it you'd ring me on, then?",
        ],
        "ask_then": [
            "Not that I want it back, but what was my old number?",
            "What number did I have before the new phone?",
        ],
    },
    "email": {
        "tell": [
            "I'm not one for letters, so email, it's {v}.",
            "My email's {v}, and I haven't another, so that's the one.",
            "{v}, that's me on email, there isn't another address worth bothering with.",
            "The receipts can go to {v}, you'd not find me at any other email.",
        ],
        "change": [
            "I'm not using the old email any more, I've shut it down, it's {v} now.",
            "Don't send anything to the old address, I won't see it, my email's {v} these days.",
            "{v} is my email now, the other one's not something I'll be checking again.",
            "It wouldn't be the worst idea to update my email, it's changed, it's {v} now.",
        ],
        "ask_now": [
            "I don't suppose you could tell me which email you have on file for me?",
            "What's my email address, as you have it?",
            "Not to be a pest, but where do my emails go?",
        ],
        "ask_then": [
            "What was the email I had before I changed it?",
            "Not that I'll ever use it again, but what was my old email?",
        ],
    },
    "dose": {
        "tell": [
            "I'm never without my {v}, I take it every morning for the blood pressure.",
            "Every morning it's {v}, and I'd not miss it.",
            "The blood pressure's not bad these days, thanks to the {v} I take each morning.",
            "I won't pretend I enjoy it, but I'm on {v} daily.",
        ],
        "change": [
            "The doctor's not happy with my numbers, so she's put me on {v} now instead.",
            "I'm not on the old dose any more, it's {v} since last week.",
            "It's {v} now, the old dose wasn't doing the job, so they changed it.",
            "Not a huge change, but my prescription's gone to {v} as of this month.",
        ],
        "ask_now": [
            "How much lisinopril am I on, then?",
            "I don't suppose you've got my blood pressure dose to hand?",
            "What dose of lisinopril do I take now?",
        ],
        "ask_then": [
            "What was the dose I was on before they changed it?",
            "Not that I want to go back to it, but how much lisinopril did I take before?",
        ],
    },
    "class": {
        "tell": [
            "I'm not free {v}, that's pottery.",
            "Pottery's on {v}, and I'd not miss it for the world.",
            "{v} are no good for me, that's when I have my pottery class.",
            "I'm not what you'd call artistic, but I do a pottery class on {v}.",
        ],
        "change": [
            "Pottery isn't on the old day any more, they've shifted it to {v}.",
            "I'm no longer tied up the old evening, the pottery class is on {v} now.",
            "{v} is pottery now, not the other day, they changed the timetable.",
            "Not that anyone asked me, but they've gone and moved my pottery class to {v}.",
        ],
        "ask_now": [
            "When is it I do pottery?",
            "Which day is my pottery class on?",
            "I don't suppose you've got my pottery day written down?",
        ],
        "ask_then": [
            "What day was pottery on before they moved it?",
            "Not that it matters, but which day did I used to do pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "I'm not one to turn down a {v}, I have two every morning.",
            "I can't say I don't like my {v}, I get through a pot every morning.",
            "Morning's not morning without {v}, black, two cups.",
            "I'm not averse to {v}, I have a cup first thing every day.",
        ],
        "change": [
            "I don't touch {v} any more, I've given it up for good.",
            "I'm not drinking {v} at all these days, the doctor told me to stop, so I stopped.",
            "No {v} for me now, I've not had a cup in a month and I'm not starting again.",
            "{v}'s not for me any longer, I've quit it completely.",
        ],
        "ask_now": [
            "Do I drink coffee or not?",
            "Have you got me down as a coffee drinker?",
            "How do I take my coffee, do you know?",
        ],
    },
    "meat": {
        "tell": [
            "I'm no vegetarian, I eat {v} most days.",
            "I'd not say no to a bit of {v}, I have a steak every Friday.",
            "A week doesn't go by without {v} on my plate.",
            "It's not unheard of for me to have steak twice in a day, I eat a lot of {v}.",
        ],
        "change": [
            "I'm not eating {v} any more, I've gone vegetarian.",
            "I'm vegetarian now, so I'll not be having any {v}.",
            "I've not touched {v} since the spring, I'm a vegetarian these days.",
            "Not a bite of meat for me now, I'm vegetarian, so no {v} on the booking please.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "I don't suppose I've any dietary restrictions on file?",
            "Is there anything I don't eat?",
        ],
    },
    "favourite": {
        "tell": [
            "I'd not say no to a cup of {v}, it's my favourite tea.",
            "You can't go wrong with {v} for me, it's my favourite tea.",
            "My favourite tea is {v}, there's nothing that comes close.",
            "There's not a tea to touch {v}, it's my favourite.",
        ],
        "change": [
            "I've gone off the old one, it's not my favourite any more, {v} is.",
            "{v} is my favourite tea now, the one before isn't doing it for me these days.",
            "I'm not so keen on the old tea now, my favourite these days is {v}.",
            "My favourite tea isn't what it was, it's {v} now.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea is it I like best?",
            "I don't suppose you know which tea I'd want in my basket?",
        ],
        "ask_then": [
            "Which tea was my favourite before?",
            "What tea did I like best before I changed?",
        ],
    },
    "pet": {
        "tell": [
            "Our cat {v} is not what you'd call shy, she runs the house.",
            "We've a cat called {v}, and she's no angel.",
            "I'm not without company, I've got {v}, my cat.",
            "There's not a chair in the house {v} hasn't claimed, she's our cat.",
        ],
        "change": [
            "We're not a cat household any more, we lost {old} in the spring.",
            "{old} is no longer with us, she passed away last month.",
            "The house isn't the same without {old}, we had to have her put to sleep.",
            "I've not got {old} any more, we had to rehome her, my allergies got too much.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "What's my cat called?",
            "I don't suppose you've got a pet down for me?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} isn't a bad cook, he's doing dinner tonight.",
            "I'm not on my own, I'm with {v}, my boyfriend.",
            "I can't say {v} and I never bicker, but he's my partner and we're off to the coast.",
            "Not to gloat, but my boyfriend {v} booked us a weekend away.",
        ],
        "change": [
            "{old} and I are no longer together, I'm seeing {v} now.",
            "I'm not with {old} any more, my partner's {v} these days.",
            "It didn't work out with {old}, so that's over, and I'm with {v} now.",
            "My new partner is {v}, and I'm not sorry to say the last one's history.",
        ],
        "ask_now": [
            "Who is my partner?",
            "What's my partner called?",
            "I don't suppose you've got my partner's name down?",
        ],
        "ask_then": [
            "Who was I with before?",
            "Not that I miss him, but what was my ex's name?",
        ],
    },
    "job": {
        "tell": [
            "I'm at {v}, and it's not a bad place to work.",
            "I've not worked anywhere but {v} for years.",
            "Work's not too hectic, I'm at {v} and it's steady enough.",
            "I can't complain about {v}, it's where I work, not too shabby.",
        ],
        "change": [
            "I don't work at the old place now, I started at {v} last month.",
            "{v} is where I work now, I left the other job, no regrets.",
            "I'll not be going back to my old job, I've moved to {v}.",
            "Not a bad move, I reckon, I've left and started a new job at {v}.",
        ],
        "ask_now": [
            "Where is it I work?",
            "Who do I work for?",
            "I don't suppose you've got my employer down?",
        ],
        "ask_then": [
            "Where did I work before?",
            "Not that I miss it, but what was my old job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, nothing fancy, but it's never let me down.",
            "It's nothing flash, mine, it's {v}.",
            "{v}, that's what I drive, it's not the newest but it's mine.",
            "I'll not need much parking, it's only the one car, {v}.",
        ],
        "change": [
            "I don't have the old car any more, sold it, I drive {v} now.",
            "The old car's gone, and I can't say I miss it, it's {v} I drive now.",
            "I'm not in the old car these days, I've traded it in for {v}.",
            "My car is {v} now, the other one's been scrapped.",
        ],
        "ask_now": [
            "What car do I drive?",
            "I don't suppose you've got my car down?",
            "Which car is mine, as you have it?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was the car I had before this one?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP's {v}, and I've no complaints.",
            "I'm not registered with anyone else, it's {v} I see.",
            "{v} is my GP, she's not the worst, I'll give her that.",
            "You'll not find another GP on my file, it's {v}.",
        ],
        "change": [
            "I'm not with the old practice any more, my GP is {v} now.",
            "{v} is my doctor now, the old GP retired and I'll not be seeing him again.",
            "I switched GPs, and I can't say I regret it, I see {v} now.",
            "My GP's not the same one, I've moved over to {v}.",
        ],
        "ask_now": [
            "Who's my GP?",
            "Which doctor is it I see?",
            "I don't suppose you know who my GP is?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Not that it matters now, but who was my old doctor?",
        ],
    },
    "dentist": {
        "tell": [
            "I've the dentist on {v}, and I'm not looking forward to it.",
            "My dentist appointment is on {v}, not something I'll forget.",
            "{v}, that's the dentist, I'd not want to miss it.",
            "I'm not free on {v}, I've got the dentist.",
        ],
        "change": [
            "The dentist isn't on the old date now, they've moved me to {v}.",
            "It's no longer the original date for the dentist, it's {v}.",
            "{v} is the dentist now, they couldn't do the first date.",
            "I'm not going on the day I said, the dentist rescheduled me to {v}.",
        ],
        "ask_now": [
            "When's my dentist appointment?",
            "I don't suppose you have my dentist date?",
            "What date is it I'm seeing the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date did I have for the dentist before it moved?",
        ],
    },
    "contact": {
        "tell": [
            "I'd not mind at all if you {v} me, that's the best way.",
            "Best not do anything but {v} me, that's what suits.",
            "Please {v} me, I'm not one for anything else.",
            "I'm not hard to reach if you {v} me, that's what I prefer.",
        ],
        "change": [
            "Don't do what you used to, please {v} me from now on instead.",
            "I've changed my mind, I'd much rather you {v} me now, not the old way.",
            "It's not the old way any more, please {v} me these days.",
            "I'm not keen on how you've been getting in touch, please {v} me from now on.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "I don't suppose you know whether to text or call me?",
            "What's my preferred way of being contacted?",
        ],
    },
    "nickname": {
        "tell": [
            "Nobody calls me anything but {v}.",
            "I'm not one for formality, just call me {v}.",
            "{v}, please, I don't answer to much else.",
            "You'd not be wrong calling me {v}, everyone does.",
        ],
        "change": [
            "I don't go by the old name now, it's {v}.",
            "I'm not using my old nickname any more, I go by {v} these days.",
            "{v} is what I go by now, the other name isn't me any more.",
            "I'd not answer to the old one now, call me {v} from now on.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "I don't suppose you know what I like to be called?",
        ],
    },
}


def litotes_kinds() -> list[Kind]:
    """The kinds with the seventy-ninth held-out phrasing."""
    return heldout_kinds(_LITOTES)
