"""A sixtieth held-out phrasing of the same facts (`generate --phrasing askingly`, written to
`bench/changeeval/askingly/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers tell and change their facts as questions and requests to the agent rather than as
plain statements, the value still said clearly inside the question as the caller's own. The
devices are spread over all the kinds: polite requests ("Could you note down that I live at
{v}?", "Would you update my email to {v}, please?"), did-I-mention questions ("Did I mention
we've got a cat called {v}?", "Have I told you my GP is {v} now?"), asking leave ("Is it
alright if you call me {v} from now on?"), a question followed by a short statement ("You know
my dentist appointment? It's been moved to {v}, can you change it?"), a statement followed by a
request ("My mobile's {v}, can you write that down?"), swaps that name both values ("Any chance
you could swap {old} for {v} on my file?"), tag questions ("I did tell you we've moved to {v},
didn't I?", "Pottery's on {v} now, did I not say?") and rhetorical ones ("Guess who got a new
job at {v}? Me!"). British and American callers, short and long turns, and the value early, in
the middle or late. The questions to the agent ask plainly for the value now ("What address
have you got for me?") or before the change ("What did you have as my number before I changed
it?").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_ASKINGLY: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Could you note down that I live at {v}?",
            "Can you put my home address as {v}, please?",
            "Did I give you my address? It's {v}, that's home.",
            "Home is {v}, can you make sure that's on my file?",
        ],
        "change": [
            "Did I mention we moved? We're at {v} now.",
            "Would you update my address to {v}, please? We just moved house.",
            "Any chance you could swap {old} for {v} on my file? That's our new home address.",
            "I did tell you we've moved to {v}, didn't I? We left {old} last month.",
        ],
        "ask_now": [
            "What address have you got for me?",
            "Can you tell me which home address is on my file?",
            "Where do I live, going by your records?",
        ],
        "ask_then": [
            "What address did you have for me before I moved?",
            "Where was I living before, can you remind me?",
            "What was my old address, the one before this one?",
        ],
    },
    "phone": {
        "tell": [
            "Can you put my mobile down as {v}?",
            "You've got my mobile as {v}, haven't you? That's the right number.",
            "Could you put my cell number down as {v}? That's the best way to reach me.",
            "My mobile's {v}, can you write that down?",
        ],
        "change": [
            "Would you update my mobile number to {v}? I got a new phone.",
            "Did I tell you my number changed? It's {v} now.",
            "Could you scrap {old} and use {v} instead? That's my new mobile.",
            "You know my old number, {old}? That's gone, can you put {v} in its place?",
        ],
        "ask_now": [
            "What number have you got for me?",
            "Which phone number would you call me on?",
            "Can you read me back my mobile number?",
        ],
        "ask_then": [
            "What did you have as my number before I changed it?",
            "What was my old phone number?",
            "Which number was I using before the new one?",
        ],
    },
    "email": {
        "tell": [
            "Can you send everything to {v}? That's my email.",
            "Would you take down my email address? It's {v}.",
            "Did I ever give you my email? It's {v}.",
            "My email is {v}, could you pop that on my account?",
        ],
        "change": [
            "Would you update my email to {v}, please? The old one's closed down.",
            "Have I told you I've got a new email? It's {v}.",
            "Can you stop using {old}? My email is {v} now.",
            "My email's {v} now, did I say? I changed it last week.",
        ],
        "ask_now": [
            "Which email address have you got on file for me?",
            "What email do my receipts go to?",
            "Can you tell me the email address you'd use for me?",
        ],
        "ask_then": [
            "What was my email address before I changed it?",
            "Which email did you have for me originally?",
        ],
    },
    "dose": {
        "tell": [
            "Could you note that I take {v} every morning?",
            "Did I mention I'm on {v} for my blood pressure?",
            "Can you put my blood pressure tablet on my notes? It's {v}, once a day.",
            "I take {v} for my blood pressure, can you make a note of that?",
        ],
        "change": [
            "Can you update my dose? The doctor's put me on {v} now.",
            "Did I tell you they changed my blood pressure pills? I'm on {v} from now on.",
            "Would you change {old} to {v} on my notes? My doctor adjusted the dose last week.",
            "Guess whose blood pressure dose got changed again? Mine! I'm on {v} now.",
        ],
        "ask_now": [
            "What dose of lisinopril am I on?",
            "How much lisinopril should I be taking?",
            "Can you remind me what my blood pressure dose is?",
        ],
        "ask_then": [
            "What dose was I on before they changed it?",
            "How much lisinopril was I taking originally?",
        ],
    },
    "class": {
        "tell": [
            "Have I told you about my pottery class? It's on {v}.",
            "Did I mention I do pottery on {v}?",
            "Can you avoid booking me on {v}? I've got pottery then.",
            "My pottery class is on {v}, could you note that down?",
        ],
        "change": [
            "Could you move pottery to {v} on my calendar? They've changed the class day.",
            "Pottery's on {v} now, did I not say? They moved it.",
            "Any chance you could swap {old} for {v}? That's when my pottery class is now.",
            "Would you believe they've moved my pottery class to {v}? Can you update that?",
        ],
        "ask_now": [
            "What day is my pottery class?",
            "When do I have pottery these days?",
            "Can you remind me which day pottery is on?",
        ],
        "ask_then": [
            "Which day was my pottery class before it moved?",
            "When did I used to do pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "Could you add {v} to my usual order? Two cups, black, every morning.",
            "Did I mention I can't start the day without {v}? Two cups, black.",
            "Can you note that I drink {v} every morning?",
            "I'm a big {v} drinker, could you put that in my breakfast order?",
        ],
        "change": [
            "Can you take {v} off my order? I've given it up completely.",
            "Did I tell you I've quit {v}? Doctor's orders.",
            "Guess who hasn't had {v} in a month? Me, I've given it up for good.",
            "Would you stop putting {v} on my breakfast order, please? I don't drink it any more.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "Should you put coffee in my order?",
            "Is coffee part of my usual breakfast?",
        ],
    },
    "meat": {
        "tell": [
            "Can you note that I'm a big {v} eater? Steak most nights.",
            "Did I mention I eat {v} pretty much every day?",
            "Could you book somewhere with good steak? I eat a lot of {v}.",
            "I love {v}, proper steak every Friday, can you put that down?",
        ],
        "change": [
            "Could you take {v} off my list? I've gone vegetarian.",
            "Did I tell you I'm vegetarian now? No more {v} for me.",
            "Guess who's stopped eating {v}? I'm fully veggie these days.",
            "Can you make sure there's no {v} at the dinner? I'm a vegetarian now.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Have I got any dietary restrictions you know of?",
            "Should the dinner booking be vegetarian for me?",
        ],
    },
    "favourite": {
        "tell": [
            "Could you put {v} in the basket? It's my favourite tea.",
            "Did I ever tell you my favourite tea is {v}?",
            "You'll remember my favourite tea is {v}, won't you?",
            "My favourite tea's {v}, can you make a note?",
        ],
        "change": [
            "Can you swap {old} for {v} in the basket? That's my favourite tea now.",
            "Did I mention I've gone off {old}? My favourite tea is {v} now.",
            "Would you change my favourite tea to {v}? I can't get enough of it lately.",
            "Guess whose favourite tea is {v} these days? Mine!",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea would you put in my basket?",
            "Can you remind me what tea I like best?",
        ],
        "ask_then": [
            "What was my favourite tea before I switched?",
            "Which tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            "Did I mention we've got a cat called {v}?",
            "Can you note we have a cat, {v}, in case anyone comes round?",
            "Have I told you about our cat {v}? She's a proper handful.",
            "Our cat is called {v}, could you put that on the file?",
        ],
        "change": [
            "Could you take {old} off our file? Our cat passed away last month.",
            "Did I tell you we lost {old}? She was fifteen, our poor old cat.",
            "You know our cat {old}? We had to rehome her, can you note that?",
            "Would you mind not asking after {old}? Our cat died in the spring, it's been hard.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How is my cat doing, going by your notes?",
            "Have I got any pets at home?",
        ],
    },
    "partner": {
        "tell": [
            "Could you add my partner {v} to the booking?",
            "Did I mention my boyfriend {v} is coming to the coast with me?",
            "Can you put {v} down as my partner?",
            "My partner's {v}, would you note that with my family details?",
        ],
        "change": [
            "Did I tell you {old} and I split up? I'm with {v} now.",
            "Can you put {v} down as my partner? Things with {old} ended in the spring.",
            "Would you update my partner to {v}, please? I'm seeing someone new.",
            "Guess who's got a new boyfriend? Me! It's {v} now, {old}'s out of the picture.",
        ],
        "ask_now": [
            "Who's my partner?",
            "What's my partner called?",
            "Who am I with these days?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my ex's name, the partner before this one?",
        ],
    },
    "job": {
        "tell": [
            "Could you put my employer down as {v}?",
            "Did I mention I work at {v}?",
            "Have I told you where I work? It's {v}, has been for years.",
            "I work at {v}, could you put that on my details?",
        ],
        "change": [
            "Guess who got a new job at {v}? Me!",
            "I'm at {v} now, didn't I say? I left my old job.",
            "Would you change my employer from {old} to {v}, please? I started there last month.",
            "Can you update my work details? I've changed jobs, I'm at {v} now.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who's my employer at the moment?",
            "What job have you got down for me?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job, before I switched?",
        ],
    },
    "car": {
        "tell": [
            "Can you put {v} down as my car for the parking?",
            "I drive {v}, didn't I tell you?",
            "Could you book parking for {v}? That's my car.",
            "My car is {v}, would you note that for the venue?",
        ],
        "change": [
            "Would you update my car to {v}? We traded the old one in.",
            "Did I tell you I got a new car? It's {v}.",
            "Could you swap {old} for {v} on my parking details? I sold the old car.",
            "Guess who finally replaced the old car? I'm driving {v} now.",
        ],
        "ask_now": [
            "What car do I drive?",
            "Which car have you got down for me?",
            "What car of mine should the parking be for?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car, before the new one?",
        ],
    },
    "doctor": {
        "tell": [
            "Did I say my GP is {v}? She's lovely.",
            "Could you send the forms to {v}? She's my GP.",
            "Can you put {v} down as my GP, at the Elm Street practice?",
            "My doctor is {v}, would you add that to my file?",
        ],
        "change": [
            "Have I told you my GP is {v} now? I switched practices.",
            "Would you update my GP to {v}, please? My old one retired.",
            "Can you change my doctor from {old} to {v}? I've moved practices.",
            "Did I mention I've got a new GP? It's {v}.",
        ],
        "ask_now": [
            "Who's my GP?",
            "Which doctor do I see?",
            "Which GP should my forms go to?",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "Which doctor did I see before?",
        ],
    },
    "dentist": {
        "tell": [
            "Could you put my dentist appointment in for {v}?",
            "Did I mention I've got the dentist on {v}?",
            "Can you remind me nearer the time? My dentist appointment is on {v}.",
            "I'm at the dentist on {v}, could you pop that in my calendar?",
        ],
        "change": [
            "You know my dentist appointment? It's been moved to {v}, can you change it?",
            "I told you the dentist rescheduled me to {v}, didn't I?",
            "Could you move my dentist appointment from {old} to {v}? They had to rebook it.",
            "Would you update my dentist appointment to {v}, please? It's not {old} any more.",
        ],
        "ask_now": [
            "When's my dentist appointment?",
            "What date am I seeing the dentist?",
            "Can you tell me when my dentist appointment is?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist before it got moved?",
        ],
    },
    "contact": {
        "tell": [
            "Could you {v} me rather than anything else?",
            "Can you always {v} me about bookings? That's what I prefer.",
            "Best to {v} me, can you note that down?",
            "Is it okay if you just {v} me? That's how I like to be contacted.",
        ],
        "change": [
            "Could you {v} me from now on instead?",
            "Can you change how you contact me? Please {v} me from now on.",
            "Would you stop trying to {old} me? I'd rather you {v} me these days.",
            "Is it alright if you {v} me from now on? That's easier for me now.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text, email or call me?",
            "What's the best way to get in touch with me?",
        ],
    },
    "nickname": {
        "tell": [
            "Could you call me {v}? Everyone does.",
            "Did I mention I go by {v}?",
            "Can you put {v} down as my nickname?",
            "You'll call me {v}, won't you? That's what I go by.",
        ],
        "change": [
            "Is it alright if you call me {v} from now on?",
            "Could you switch to calling me {v}? I don't go by {old} any more.",
            "Did I say I go by {v} these days?",
            "Would you mind calling me {v} now instead? I've gone back to it.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What's my nickname?",
        ],
    },
}


def askingly_kinds() -> list[Kind]:
    """The kinds with the sixtieth held-out phrasing."""
    return heldout_kinds(_ASKINGLY)
