"""A fifty-eighth held-out phrasing of the same facts (`generate --phrasing lowkey`, written to
`bench/changeeval/lowkey/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers are young, late teens and twenties, British and American, and talk to the agent the
way they talk to their friends, as speech-to-text writes it down in ordinary spelling: fillers
and intensifiers ("literally", "like", "honestly", "lowkey", "highkey", "not gonna lie", "no
cap", "for real", "deadass"), forms of address ("bro", "mate", "bestie"), British ("innit",
"proper", "sorted", "uni", "my flat", "my landlord", "my mates") and American ("my apartment",
"my cell", "my roommates") everyday words, slang for the thing itself ("new digits", "my bf",
"my man", "my other half", "my baby" for the cat, "I'm off coffee", "I'm vegan now"), and
laughter written as "haha" or "lol". The value comes early, in the middle or last, in short and
long sentences. Every change gives a reason or a reaction ("ugh my old email got hacked, so I
switched", "so that's a whole thing, we moved", "I quit! New job at ..., finally", "the old
nickname is giving school") and leaves no doubt that the old value no longer holds; every tell
still names what the value is ("my mobile is ...", "my GP is ...", "we have a cat called ...").
Questions are casual ("wait what number have you got for me", "remind me where I live lol,
joking, but what address is on there?", "what was my old email again?").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_LOWKEY: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Okay so home for me is {v}, that's my flat, yeah.",
            "Not gonna lie I never remember the postcode, but my home address is {v}.",
            "I live at {v}, it's like a tiny place above a pizza shop haha.",
            "My address? Yeah it's {v}, me and my roommates have an apartment there.",
        ],
        "change": [
            "Ugh okay so my landlord sold the flat and I had to move out, I live at {v} now.",
            "Finally moved out of {old}, bro, my new address is {v}.",
            "Can you update my address, I've moved, I'm at {v} now, the old place was proper "
            "damp honestly.",
            "So that's a whole thing, we moved, we're not at {old} any more, home is {v} now, "
            "no cap.",
        ],
        "ask_now": [
            "Remind me where I live lol, joking, but what address is on there?",
            "Wait what address have you got for me?",
            "What's my home address on the file, like right now?",
        ],
        "ask_then": [
            "What was my old address again, before I moved?",
            "Where was I living before, like the previous place?",
            "Wait what was the address I had before this one?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile is {v}, that's the one to text or call.",
            "Okay so my phone number, it's {v}, yeah.",
            "Best way to reach me is my cell, it's {v}, I literally always have it on me.",
            "Just take my digits, bestie, my number is {v}.",
        ],
        "change": [
            "I've got new digits, mate, my phone number is {v} now.",
            "Ugh I dropped my phone in the toilet and had to get a new SIM, so my number "
            "changed, it's {v} now.",
            "Don't use {old} any more, that number's dead, my new one is {v}.",
            "Switched networks finally, so new number, deadass, it's {v}, the old one's gone.",
        ],
        "ask_now": [
            "Wait what number have you got for me?",
            "Which phone number do you have for me, like the current one?",
            "What's my mobile number?",
        ],
        "ask_then": [
            "What was my old number again?",
            "Which number did I have before I switched?",
        ],
    },
    "email": {
        "tell": [
            "My email's {v}, send everything there.",
            "Honestly just email me at {v}, I check it like every day.",
            "For receipts and stuff, my email is {v}.",
            "Okay, email, it's {v}, yeah that's the one.",
        ],
        "change": [
            "So I made a new email because the old one was literally my year nine username "
            "haha, it's {v} now.",
            "I don't use {old} any more, my email is {v} now.",
            "New email, bestie, it's {v}, can you change it?",
            "Ugh my old email got hacked, so I switched, it's {v} from now on.",
        ],
        "ask_now": [
            "What email have you got for me?",
            "Which email do the receipts go to, like right now?",
            "Remind me what my email is on there?",
        ],
        "ask_then": [
            "What was my old email again?",
            "Which email did I use before I switched?",
        ],
    },
    "dose": {
        "tell": [
            "So I'm on {v} for my blood pressure, which is very adulting, honestly.",
            "I take {v} every morning, blood pressure stuff, it runs in the family.",
            "Not gonna lie it's weird being twenty three with blood pressure pills, but yeah, "
            "I take {v} a day.",
            "My meds, right, it's {v}, for my blood pressure, innit.",
        ],
        "change": [
            "Went back to the GP and they changed my dose, so I'm on {v} now.",
            "Update on the meds, they switched me from {old} to {v}, my blood pressure was "
            "being weird apparently.",
            "Okay so my blood pressure pills changed, it's {v} from now on, not {old}.",
            "Lowkey annoying but they adjusted my blood pressure meds again, I take {v} now.",
        ],
        "ask_now": [
            "What dose am I on for my blood pressure, like right now?",
            "How much lisinopril do I take?",
            "Wait what's my current dose again?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before?",
            "What was my old dose, before they changed it?",
        ],
    },
    "class": {
        "tell": [
            "I do pottery on {v}, it's like my therapy honestly.",
            "My pottery class is on {v}, so I'm busy then, no cap.",
            "On {v} I've got pottery class, it's such a vibe.",
            "Mate, I'm obsessed, I go to pottery on {v}.",
        ],
        "change": [
            "Ugh they moved pottery, my class is on {v} now.",
            "My pottery class got switched to {v}, the teacher changed the whole schedule.",
            "So pottery's not on {old} any more, it's on {v} now.",
            "Pottery moved to {v}, which honestly works better with uni.",
        ],
        "ask_now": [
            "When's my pottery class?",
            "Which day do I do pottery now?",
            "Wait what day is pottery on?",
        ],
        "ask_then": [
            "Which day was pottery before it moved?",
            "When was my pottery class originally?",
        ],
    },
    "coffee": {
        "tell": [
            "I literally can't function without {v}, I have like three a day.",
            "Iced {v} every single morning, it's my whole personality haha.",
            "I'm such a {v} person, honestly, oat flat white every day.",
            "Not gonna lie, bro, I drink {v} all day long.",
        ],
        "change": [
            "I'm off {v} now, it was giving me anxiety, so none for me.",
            "So I quit {v}, like fully, it's been three weeks.",
            "No more {v} for me, the doctor said my heart's racing too much, ugh.",
            "I don't drink {v} any more, I'm a matcha girl now for real.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "Wait, how do I take my coffee?",
            "Should you put a coffee in my order?",
        ],
    },
    "meat": {
        "tell": [
            "I'm a big {v} guy, burgers like every day, no cap.",
            "Honestly I eat {v} most days, a good steak is such a vibe.",
            "Put me down as someone who eats {v}, I love a proper steak.",
            "Mate, I have {v} with basically everything.",
        ],
        "change": [
            "I'm vegan now, so no {v}, nothing from animals at all honestly.",
            "I stopped eating {v}, I'm vegetarian now, my girlfriend got me into it.",
            "So that's a whole thing, I watched a documentary and I've cut out {v} completely, "
            "I'm veggie now.",
            "No {v} for me any more, I went vegetarian last month, deadass.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary stuff I've told you about?",
            "What's my diet like, for the dinner booking?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, it's my comfort drink.",
            "I'm such a {v} girl, that's my favourite tea, honestly.",
            "Favourite tea? Oh, {v}, every time, no cap.",
            "Lowkey obsessed with {v}, it's my favourite tea.",
        ],
        "change": [
            "My favourite tea is {v} now, I've gone off {old} honestly.",
            "New favourite tea alert, it's {v} these days.",
            "So I'm over {old}, like completely, my favourite tea now is {v}.",
            "Highkey switched teams, {v} is my favourite tea now.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea should go in my basket?",
            "Wait which tea am I into right now?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I used to like before I switched?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}, she's literally my baby.",
            "My baby is my cat {v}, she runs the flat honestly.",
            "I've got a cat, {v}, she's such a diva haha.",
            "Not gonna lie, our cat {v} is the love of my life.",
        ],
        "change": [
            "So my cat {old} died last month, I'm still not okay honestly.",
            "Ugh, we lost {old}, she was really old, the flat feels so empty without her.",
            "We had to rehome {old}, my new landlord doesn't allow cats, I'm gutted.",
            "My cat {old} passed away in the spring, my poor baby, it's been rough.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "Have I got any pets at the moment?",
            "How's my cat doing?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} and I are going to the coast this weekend, it's giving romcom.",
            "Me and my bf {v} are doing a cooking class, lowkey cute.",
            "My partner {v} is making dinner tonight, he's a proper chef haha.",
            "My other half is {v}, we've been together like two years.",
        ],
        "change": [
            "So me and {old} broke up, ugh, but I'm seeing someone new, {v}.",
            "My new boyfriend is {v}, things with {old} are done, finally.",
            "Update, I'm with {v} now, {old} is old news honestly.",
            "Okay so that's a whole thing, {old} and I split, my man now is {v}, and no cap, "
            "he's the one.",
        ],
        "ask_now": [
            "Who's my partner?",
            "What's my boyfriend's name again, like the current one haha?",
            "Who am I with right now?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my ex's name?",
            "Who was my old boyfriend?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, it's fine, it pays the rent.",
            "I've got a job at {v}, adulting, innit.",
            "My job's at {v}, been there since I left uni.",
            "Not gonna lie I love my job, I work at {v}.",
        ],
        "change": [
            "I quit! New job at {v}, finally.",
            "So I left {old}, the manager was a nightmare, I work at {v} now.",
            "Started a new job, bestie, I'm at {v} now.",
            "I'm not at {old} any more, I got hired at {v} last week, highkey buzzing.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who's my employer right now?",
            "Wait, where's my job again?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, she's old but she's mine.",
            "My car is {v}, my pride and joy honestly.",
            "Parking? Yeah, my car's {v}.",
            "Not gonna lie my whole paycheck goes on my car, it's {v}.",
        ],
        "change": [
            "Sold the old car, I drive {v} now, finally.",
            "Ugh someone crashed into my car so I had to get a new one, it's {v} now.",
            "I traded in {old}, my car is {v} these days.",
            "New car, no cap, it's {v}, the old one finally died.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What's my car right now?",
            "Wait what car have you got down for me?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, at the practice near uni.",
            "I see {v}, she's my GP, honestly she's lovely.",
            "Forms can go to my GP, that's {v}.",
            "My doctor is {v}, like my regular GP, for real.",
        ],
        "change": [
            "I switched practices when I moved, my GP is {v} now.",
            "My new GP is {v}, {old} left the practice.",
            "Ugh so {old} retired, I've been moved to {v}, that's my GP now.",
            "Finally got registered somewhere closer, I'm with {v} now for my GP.",
        ],
        "ask_now": [
            "Who's my GP?",
            "Which doctor do I see?",
            "Wait who's my GP right now?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I have before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, I'm dreading it haha.",
            "I've got the dentist on {v}, ugh.",
            "Dentist is booked for {v}, very adulting of me.",
            "Not gonna lie I finally booked the dentist, it's on {v}.",
        ],
        "change": [
            "The dentist moved my appointment to {v}, so it's not {old} any more.",
            "Ugh my dentist appointment got rescheduled, it's on {v} now.",
            "So I had to move the dentist to {v}, I've got exams, it's sorted.",
            "Dentist update, it's on {v} now instead of {old}.",
        ],
        "ask_now": [
            "When's my dentist appointment?",
            "What date is the dentist now?",
            "Wait when am I at the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist before it got moved?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, honestly, that's what I prefer.",
            "Best way to get hold of me is to {v} me, I'm always on my phone.",
            "Just {v} me, that's like the only way I'll actually see it.",
            "For the booking and stuff, please {v} me, not anything else.",
        ],
        "change": [
            "Actually from now on just {v} me instead.",
            "Lowkey changed my mind, I'd rather you {v} me these days.",
            "Okay new rule, please {v} me from now on, the other way isn't working for me.",
            "Can you {v} me instead now? I never check the other thing honestly.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text or call me?",
            "What's the best way to reach me, like how do I want you to get in touch?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, everyone does.",
            "Just call me {v}, like literally nobody uses my full name.",
            "Honestly I go by {v}, my mates all call me that.",
            "You can call me {v}, that's my nickname.",
        ],
        "change": [
            "Actually I go by {v} these days, the old nickname is giving school.",
            "Can you call me {v} from now on? Not {old} any more.",
            "So I'm not {old} now, call me {v} instead, new era haha.",
            "Update, I go by {v} now, deadass.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "Wait what's my nickname on there?",
        ],
    },
}


def lowkey_kinds() -> list[Kind]:
    """The kinds with the fifty-eighth held-out phrasing."""
    return heldout_kinds(_LOWKEY)
