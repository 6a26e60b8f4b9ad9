"""A sixty-ninth held-out phrasing of the same facts (`generate --phrasing humour`, written to
`bench/changeeval/humour/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers have a sense of humour, British and American alike, and joke their way through
their facts. They use self-deprecation ("Home, such as it is, is ..."; "My car, if you can call
it that, is ..."), mock drama and news-flash openers ("Stop the presses, we've moved house!",
"Plot twist, my pottery class has moved to ...", "RIP my old number."), comic exaggeration
("I've lifted more boxes than a removal firm"), break-up and love talk about things ("Sad news,
coffee and I have broken up. It's not me, it's my heart", "The love of my life, and I mean the
cat, is called ..."), mock self-corrections ("I've escaped, I mean left, my old job"), irony
aimed at people rather than facts ("The dentist, my favourite person, has moved me to ...") and
jokey asides after the value ("my cholesterol sends its regards"). The value sits early, in
the middle or late, and each joke stays one a listener gets at once: every tell states the
caller's own current value with a word that says what it is, and every change leaves no doubt
that the old value no longer holds, without hinting which way a number or a date moved.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

HUMOUR_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I live at {v}, which sounds a lot posher than it is, trust me.",
            "Home, such as it is, is {v}.",
            "For the file, my home address is {v}, the house with the worst hedge on the street.",
            "You'll find me at {v}, that's home, just follow the sound of the kids yelling.",
        ],
        "change": [
            "Stop the presses, we've moved house! The new address is {v}.",
            "We finally escaped {old}, my back may never recover from the boxes, but home is "
            "{v} now.",
            "I've moved, and I've lifted more boxes than a removal firm, so please change my "
            "address to {v}.",
            "New house, new me: my address is {v} from now on, the old place is someone else's "
            "problem.",
        ],
        "ask_now": [
            "What's my home address?",
            "Where do I live, according to you lot?",
            "Which address have you got for me?",
        ],
        "ask_then": [
            "What was my address before I moved?",
            "Where did I live before the great house move?",
            "What was my old address?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile is {v}, and yes, I do actually answer it, occasionally.",
            "The best number for me is {v}, my phone is glued to my hand, according to my wife.",
            "Got a pen? My number's {v}. I'd call it a hotline, but it's mostly spam calls.",
            "You can reach me on {v}, that's my mobile, the one with the cracked screen.",
        ],
        "change": [
            "RIP my old number. The new one is {v}.",
            "My old phone went through the washing machine, so new phone, new number: {v}.",
            "I've changed my number, it's {v} now, {old} is officially dead to me.",
            "Please update my cell to {v}, I finally upgraded from the brick I've had since "
            "high school.",
        ],
        "ask_now": [
            "What's my phone number?",
            "Which number should you ring me on?",
            "What mobile number have you got for me?",
        ],
        "ask_then": [
            "What was my old phone number?",
            "Which number did I have before the new one?",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}, I check it about as often as I go to the gym, but it's the right "
            "one.",
            "Send everything to {v}, that's my email, it's where receipts go to be ignored.",
            "Email? It's {v}. Took me three goes to come up with that one.",
            "For emails it's {v}, I promise I'm more interesting than the address.",
        ],
        "change": [
            "I've finally joined the twenty-first century, new email: {v}.",
            "My old email was more spam than email, so I've started over, it's {v} now.",
            "Please bin {old}, it's a digital ghost town, my email is {v} these days.",
            "New email, who dis? Ha, sorry. It's {v} now, please use that one.",
        ],
        "ask_now": [
            "What's my email address?",
            "Which email do you have for me?",
            "Where should you send my emails?",
        ],
        "ask_then": [
            "What was my old email address?",
            "Which email did I use before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v} every morning for my blood pressure, washed down with a biscuit, don't "
            "tell the doctor.",
            "My blood pressure tablet is {v}, one a day, the glamorous life.",
            "Blood pressure, yes, I take {v}, it's keeping me alive and cranky.",
            "Every morning it's {v} with my breakfast, for the blood pressure, like a "
            "pensioner, which I'm not, yet.",
        ],
        "change": [
            "Breaking medical news: my blood pressure dose has changed, it's {v} from now on.",
            "The doctor fiddled with my pills again, I'm on {v} now instead of {old}. She does "
            "like to keep me on my toes.",
            "New dose, same old me: I take {v} for my blood pressure now.",
            "They've changed my lisinopril, it's {v} these days, I've written it on my hand so "
            "I don't forget.",
        ],
        "ask_now": [
            "What dose of lisinopril am I on?",
            "How much do I take for my blood pressure?",
            "What's my blood pressure dose?",
        ],
        "ask_then": [
            "What dose was I on before it changed?",
            "How much lisinopril did I take before?",
        ],
    },
    "class": {
        "tell": [
            "I do pottery on {v}, I make bowls that nobody asked for.",
            "Pottery is on {v}, it's the only thing I'm any good at, and I'm not very good at it.",
            "On {v} I've got my pottery class, so I'm busy making wonky mugs.",
            "I'm never free on {v}, that's my pottery class, the ashtrays won't make themselves.",
        ],
        "change": [
            "Plot twist, my pottery class has moved to {v}.",
            "Pottery's moved from {old} to {v}, my whole week is in chaos.",
            "My pottery class has switched to {v}, so I'm free on {old} now, not that I have a "
            "social life.",
            "Pottery is on {v} from now on, the teacher moved it, probably to get away from me.",
        ],
        "ask_now": [
            "When's my pottery class?",
            "Which day do I do pottery?",
            "What day is pottery for me?",
        ],
        "ask_then": [
            "Which day was pottery before it moved?",
            "When did my pottery class used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "I can't function without {v}, two cups every morning before I'm human.",
            "I drink {v} every morning, black as my soul.",
            "Me and {v}? Inseparable. Three cups a day, minimum.",
            "I'm basically powered by {v}, I have it every single morning.",
        ],
        "change": [
            "Sad news, {v} and I have broken up. It's not me, it's my heart, so I don't drink "
            "it at all any more.",
            "I've given up {v}, doctor's orders. Pray for the people around me.",
            "No more {v} for me, I quit last month and I've survived, barely.",
            "I'm officially off {v}, cold turkey, and I've only been grumpy for three weeks "
            "straight.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "Am I a coffee drinker?",
            "What's my coffee habit?",
        ],
    },
    "meat": {
        "tell": [
            "I'm a carnivore through and through, I eat {v} most days.",
            "Steak is my love language, I have {v} most nights.",
            "Put me down as a {v} eater, the bigger the steak the better.",
            "I eat {v} pretty much daily, my cholesterol sends its regards.",
        ],
        "change": [
            "Shock horror, I've gone vegetarian, so no more {v} for me.",
            "I've stopped eating {v}, I'm vegetarian now, the cows can relax.",
            "I'm vegetarian these days, {v} and I have gone our separate ways.",
            "Don't faint, but I don't eat {v} any more, I'm a vegetarian now.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary restrictions I've got?",
            "What should you know about my diet?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, I'm very sophisticated, don't you know.",
            "If you want to win me over, it's {v}, my favourite tea, hands down.",
            "Honestly, {v} is my favourite tea, I'd marry it if I could.",
            "Tea-wise, I'm all about {v}, that's my favourite.",
        ],
        "change": [
            "I've had a tea-related midlife crisis, my favourite is {v} now.",
            "I've moved on from {old}, my favourite tea is {v} these days, no regrets.",
            "My new favourite tea is {v}, my cupboard is in shock.",
            "Big announcement: {v} is my favourite tea now, the old one has been dumped.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea should go in my basket?",
            "What tea do I like best?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I like best before I switched?",
        ],
    },
    "pet": {
        "tell": [
            "The love of my life, and I mean the cat, is called {v}.",
            "We have a cat called {v}, and she runs this house, I just pay the bills.",
            "Our cat {v} is the real boss here, I'm merely staff.",
            "I share my home with a cat named {v}, or rather she lets me live there.",
        ],
        "change": [
            "Sad news, we lost {old} last month, she's gone to the great scratching post in the "
            "sky. No cat in the house now.",
            "{old} has passed away, bless her, fifteen years of knocking things off tables. We "
            "don't have a cat any more.",
            "We had to rehome {old}, my allergies finally won the war, so I'm cat-less now.",
            "The house is very quiet without {old}, she died in the spring, so no cat for us "
            "these days.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How's my cat doing?",
            "Have I got a pet?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} is doing the cooking, so pray for us.",
            "My partner {v}, bless him, thinks he's a comedian, he's not.",
            "I'm going to the coast with my other half, {v}, if he remembers to pack.",
            "The man in my life is {v}, my partner, he's the one who keeps losing the remote.",
        ],
        "change": [
            "Plot twist in the soap opera of my life: {old} and I split up, and I'm seeing "
            "someone new, {v}.",
            "I'm with {v} now. {old} is history, we ended it in the spring, no drama, well, "
            "some drama.",
            "Out with the old, in with the new: my partner is {v} these days.",
            "Update on my love life, because I know you're dying to hear it: {old} and I broke "
            "up, and my new boyfriend is {v}.",
        ],
        "ask_now": [
            "Who's my partner?",
            "What's my partner's name?",
            "Who's my other half?",
        ],
        "ask_then": [
            "Who was I with before?",
            "Who was my previous partner?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, it's steady, and steady is my middle name.",
            "I've been at {v} for years, they'll have to carry me out of my job.",
            "My job? I'm at {v}, and no, it's not as glamorous as it sounds.",
            "Work is {v}, where I pretend to look busy from nine to five.",
        ],
        "change": [
            "I've escaped, I mean left, my old job, I work at {v} now.",
            "I started a new job at {v}, the old place is crying without me, I'm sure.",
            "New job, new lanyard: I'm working at {v} these days.",
            "I've left {old} after all those years, I'm at {v} now and nobody there knows my "
            "terrible jokes yet.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who's my employer?",
            "Who do I work for?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
            "Who was I working for before I changed jobs?",
        ],
    },
    "car": {
        "tell": [
            "My car, if you can call it that, is {v}.",
            "I drive {v}, held together mostly by prayer.",
            "We'll need parking for {v}, that's my car, it's the one that rattles.",
            "My trusty steed is {v}, I mean my car, obviously.",
        ],
        "change": [
            "The old car finally gave up the ghost, I drive {v} now.",
            "I traded in {old} for {v}, so that's my car now, and it's got all its doors.",
            "Good news, I've got a new car, {v}, and it actually starts in the morning.",
            "Sold the old banger, my car is {v} now.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What's my car?",
            "Which car have I got?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, lovely, but terrifyingly honest about my weight.",
            "I see {v}, that's my GP, we're on first-name terms, sadly.",
            "My doctor, my GP I mean, is {v}, who has heard all my excuses.",
            "Send the forms to {v}, my GP, the only person who reads my paperwork.",
        ],
        "change": [
            "I've changed GP, my new one is {v}, the old one retired, probably because of me.",
            "My GP is {v} now, I switched practices, it's not you, it's the waiting list.",
            "{old} retired, so my GP is {v} these days.",
            "New doctor alert: I'm with {v} as my GP now.",
        ],
        "ask_now": [
            "Who's my GP?",
            "Which doctor do I see?",
            "Who's my doctor?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, I'm already dreading it.",
            "I've got the dentist on {v}, my favourite day of the year, said nobody ever.",
            "On {v} I'm at the dentist, so I'll be drooling all afternoon.",
            "Mark the calendar, I've got the dentist on {v}, the day of doom.",
        ],
        "change": [
            "The dentist, my favourite person, has moved me to {v}.",
            "My dentist appointment got moved from {old} to {v}, so my teeth have a new date "
            "with destiny.",
            "The dentist rescheduled me, it's {v} now, I'll plan my frantic flossing around that.",
            "My dentist appointment is on {v} now, they rescheduled it, and no, I didn't "
            "cancel on purpose.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "When's my next trip to the dentist?",
            "What date have I got the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist before it got moved?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, anything else and I'll pretend I never saw it.",
            "Best to {v} me, I'm a creature of habit.",
            "The way to reach me is to {v} me, carrier pigeons not accepted.",
            "If you want a reply this century, {v} me, that's what I prefer.",
        ],
        "change": [
            "Change of heart, from now on please {v} me instead.",
            "I've turned over a new leaf, I'd rather you {v} me these days.",
            "Don't {old} me any more, please {v} me from now on, I'm a changed person.",
            "Forget what I said before, my new preference is that you {v} me.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text, email or call me?",
            "What's the best way to get in touch with me?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, everyone does, except my mother when I'm in trouble.",
            "Just call me {v}, my full name is far too fancy for me.",
            "I go by {v}, it's shorter and I'm lazy.",
            "Call me {v}, that's what my friends call me, and you're practically a friend now.",
        ],
        "change": [
            "I'm rebranding, you can call me {v} now.",
            "Actually, I go by {v} these days, {old} was a phase.",
            "New nickname alert: call me {v} from now on, not {old}.",
            "Please call me {v} these days, it suits my new mysterious persona.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What's my nickname?",
        ],
    },
}


def humour_kinds() -> list[Kind]:
    """The kinds with the sixty-ninth held-out phrasing."""
    return heldout_kinds(HUMOUR_UPPER)
