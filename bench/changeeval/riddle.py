"""A fifty-second held-out phrasing of the same facts (`generate --phrasing riddle`, written to
`bench/changeeval/riddle/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of heldout's words (only their roles, counts and placeholders), `heldout_kinds`, the
layout of `onhold.py` and `phrasings.py` only, without reading the supersession rules, the
other phrasings or the tests, and without running anything on these words first.
The questions are the point: callers ask for their facts sideways, the way people do on the
phone, through a situation rather than the usual name of the thing ("If you were posting me a
birthday card, where would it end up?", "What would you type in to send me the receipt?",
"When am I up to my elbows in clay?"), and ask for the old value the same way ("Before the
move, where would the card have gone?"). The tells and changes are plain, varied
conversational English, so the difficulty sits in the questions.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_RIDDLE: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I'm at {v}, if you need it for the file.",
            "Home for me is {v}.",
            "You'll find me at {v}, that's where I live.",
            "Put me down as {v}, that's the house.",
        ],
        "change": [
            "We've moved, we're at {v} now.",
            "New address for me, it's {v} since the move last month.",
            "I'm not at the old place any more, I live at {v} now.",
            "We finally got the keys, so it's {v} from now on.",
        ],
        "ask_now": [
            "If you were posting me a birthday card, where would it end up?",
            "Which doorbell would a courier ring for me?",
            "Where would a taxi take me if I said 'home, please'?",
            "If you turned up with flowers, which front door would you knock on?",
        ],
        "ask_then": [
            "Before the move, where would a birthday card have reached me?",
            "Which front door would a courier have knocked on for me before we moved?",
            "Where did the post used to find me before the new place?",
        ],
    },
    "phone": {
        "tell": [
            "My number's {v}.",
            "Ring me on {v}, that's my mobile.",
            "Best way to get me is {v}.",
        ],
        "change": [
            "I've a new phone, so my number's {v} now.",
            "My number changed, it's {v} from now on.",
            "Don't use the old number, I'm on {v} now.",
        ],
        "ask_now": [
            "If you wanted my phone to buzz, what would you dial?",
            "What digits would you punch in to get me on the line?",
            "When you ring me back, what do you key in?",
        ],
        "ask_then": [
            "Before I switched phones, what would you have dialled to get me?",
            "Which digits used to make my phone ring?",
        ],
    },
    "email": {
        "tell": [
            "My email's {v}.",
            "Anything in writing, send it to {v}.",
            "You can email me at {v}.",
        ],
        "change": [
            "I've changed email, it's {v} now.",
            "Please send things to {v} from now on, that's my new email.",
            "I've closed the old inbox, I'm on {v} these days.",
        ],
        "ask_now": [
            "What would you type in to send me the receipt?",
            "If you were sending me the booking confirmation, what goes in the 'To' box?",
            "Where do my receipts land when you send them over?",
        ],
        "ask_then": [
            "What used to go in the 'To' box when you sent me receipts?",
            "Before I switched inboxes, what would you have typed in to send me a receipt?",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} for my blood pressure.",
            "Every morning it's {v} for me.",
            "I'm on {v}, one a day with breakfast.",
        ],
        "change": [
            "My GP's changed my tablets, I'm on {v} now.",
            "They've adjusted me, it's {v} from now on.",
            "New prescription, I take {v} now.",
        ],
        "ask_now": [
            "What's the pill and how much of it am I on?",
            "If the pharmacist asks what I take for my blood pressure, what do I tell them?",
            "What's in the little pill box I open every morning, and how strong is it?",
        ],
        "ask_then": [
            "Before the doctor fiddled with it, how much of my blood pressure pill was I taking?",
            "What used to be in my morning pill box before the change?",
        ],
    },
    "class": {
        "tell": [
            "I do pottery on {v}.",
            "My pottery class is {v}, so I'm never free then.",
            "I've got clay and the wheel on {v}, that's my pottery.",
        ],
        "change": [
            "Pottery's moved, it's on {v} now.",
            "They changed the timetable, my pottery class is {v} from now on.",
            "I've switched pottery groups, I go on {v} now.",
        ],
        "ask_now": [
            "When am I up to my elbows in clay each week?",
            "Which slot in my week is for the potter's wheel?",
            "If you wanted to catch me with muddy hands at the wheel, when would that be?",
        ],
        "ask_then": [
            "Before the timetable changed, when was I up to my elbows in clay?",
            "What used to be my slot at the potter's wheel?",
        ],
    },
    "coffee": {
        "tell": [
            "I can't start the day without my {v}.",
            "I have a big mug of {v} every morning.",
            "I drink {v} first thing, every single day.",
        ],
        "change": [
            "I've stopped drinking {v}, doctor's advice.",
            "I've knocked {v} on the head completely.",
            "No more {v} for me, I gave it up last month.",
        ],
        "ask_now": [
            "What do I pour myself first thing?",
            "Is there a cafetière on the go in my kitchen of a morning?",
            "What's brewing in my mug when I roll out of bed, if anything?",
        ],
    },
    "meat": {
        "tell": [
            "I eat a lot of {v}, I love a steak.",
            "I'm a {v} eater through and through, steak most weeks.",
            "Put me down for {v}, I have it most days.",
        ],
        "change": [
            "I've given up {v}, I'm vegetarian now.",
            "I don't eat {v} any more, I've gone veggie.",
            "No {v} for me these days, I've stopped eating it.",
        ],
        "ask_now": [
            "Should the chef keep a sirloin back for me?",
            "If you booked me into the steakhouse, would I be ordering the rib-eye?",
            "Is a burger off the grill something I'd say yes to?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}.",
            "I'm happiest with a cup of {v}, that's my tea.",
            "For tea it's {v} every time.",
        ],
        "change": [
            "My favourite tea is {v} these days.",
            "I've gone right off the old one, {v} is my tea now.",
            "I've switched, {v} is my favourite now.",
        ],
        "ask_now": [
            "If you were popping a teabag in my welcome basket, which one would make me smile?",
            "What do I want in my cup when the kettle's boiled?",
            "Which box would you grab off the tea shelf for me?",
        ],
        "ask_then": [
            "Which teabag would have made me smile before I changed my mind?",
            "What did I used to want in my cup when the kettle boiled?",
        ],
    },
    "pet": {
        "tell": [
            "We've got a cat called {v}.",
            "Our cat {v} rules the house.",
            "{v} is our cat, she's a menace.",
        ],
        "change": [
            "We lost {old} last month, she was very old.",
            "Sad news, {old} died in the spring.",
            "We had to rehome {old}, it just wasn't working.",
        ],
        "ask_now": [
            "Is there still someone with whiskers waiting for me at home?",
            "Have I got a furry someone to feed when I get in?",
            "Who's curled up on my sofa at home, meowing for dinner?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} is coming with me.",
            "I'm with {v}, he's my partner.",
            "{v} and I have been together a while now, he's my other half.",
        ],
        "change": [
            "{old} and I broke up, I'm with {v} now.",
            "It's over with {old}, I'm seeing {v} these days.",
            "I've got a new boyfriend, {v}.",
            "My partner is {v} now, things have changed.",
        ],
        "ask_now": [
            "Who's my plus-one at the do, my other half?",
            "Whose name goes next to mine on the couples' table?",
            "Who do I go home to at the end of the day, the man in my life?",
        ],
        "ask_then": [
            "Who did I used to bring along as my other half?",
            "Before the break-up, whose name went next to mine on the couples' table?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}.",
            "I've been at {v} for a good few years.",
            "My job's at {v}, it's steady enough.",
        ],
        "change": [
            "I've got a new job, I'm at {v} now.",
            "I handed my notice in, I work at {v} these days.",
            "I started at {v} last month.",
        ],
        "ask_now": [
            "Whose name is on my payslip?",
            "Where do I head off to from nine to five?",
            "If someone asked who signs my wages, what would I say?",
        ],
        "ask_then": [
            "Whose name used to be on my payslip?",
            "Where did I head off to from nine to five before the new job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}.",
            "Mine's {v}, parked out the front.",
            "My car's {v}.",
        ],
        "change": [
            "I've got a new car, it's {v}.",
            "We sold the old car, I drive {v} now.",
            "Traded in the old one, I'm in {v} these days.",
        ],
        "ask_now": [
            "What should the car park attendant look out for when I pull in?",
            "What am I behind the wheel of these days?",
            "If you were looking for me in the car park, what would you spot?",
        ],
        "ask_then": [
            "What was I behind the wheel of before?",
            "Before the new one, what would the car park attendant have looked out for?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}.",
            "I'm registered with {v} at the surgery.",
            "I see {v} when I'm poorly.",
        ],
        "change": [
            "I've changed surgery, my GP is {v} now.",
            "I'm registered with {v} these days.",
            "I see {v} now, the old GP has gone.",
        ],
        "ask_now": [
            "Who do I go and see when I'm poorly?",
            "Whose name should be on the forms as the one who looks after me at the surgery?",
            "If I rang the surgery for an appointment, who would I be booked in with?",
        ],
        "ask_then": [
            "Who used to see me at the surgery when I was poorly?",
            "Before I switched, who would I have been booked in with at the surgery?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is {v}.",
            "I'm at the dentist on {v}.",
            "I've a check-up at the dentist's on {v}.",
        ],
        "change": [
            "The dentist rang, they've moved me to {v}.",
            "My dentist appointment's been changed to {v}.",
            "I rebooked the dentist, it's {v} now.",
        ],
        "ask_now": [
            "When am I in the big chair with my mouth wide open?",
            "Which day is somebody poking at my teeth?",
            "What date have I got to be brave and open wide for the drill?",
        ],
        "ask_then": [
            "When was I first meant to be in the big chair with my mouth open?",
            "Before they moved it, which day was somebody poking at my teeth?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, that's what suits me.",
            "If you need me, {v} me.",
            "Best to {v} me, I prefer it.",
        ],
        "change": [
            "From now on, please {v} me instead.",
            "I've changed my mind, I'd rather you {v} me.",
            "Could you {v} me from now on? That works better these days.",
        ],
        "ask_now": [
            "When there's news about the booking, which way of hearing from you do I like?",
            "How do you get hold of me without annoying me?",
            "If something comes up, what's my way of being reached?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, everyone does.",
            "I go by {v}.",
            "Just {v} is fine, that's what I'm called.",
        ],
        "change": [
            "I go by {v} these days.",
            "Call me {v} from now on, please.",
            "I've gone back to {v}, so use that now.",
        ],
        "ask_now": [
            "What do I answer to when your colleagues say hello?",
            "What should go on my name badge, the short version?",
            "When you greet me on the line, what do you call me?",
        ],
    },
}


def riddle_kinds() -> list[Kind]:
    """The kinds with the fifty-second held-out phrasing."""
    return heldout_kinds(_RIDDLE)
