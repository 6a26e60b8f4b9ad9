"""An eighty-third held-out phrasing of the same facts (`generate --phrasing household`, written
to `bench/changeeval/household/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `onhold.py` and `heldout_kinds` only, without reading the supersession rules, the other
phrasings or the tests, and without running anything on these words first.
The callers speak for a household: busy parents, couples and flat-sharers in Birmingham,
Dublin, Toronto and Sydney. They say "we", "us" and "our" for the home, the car, the cat and the
diet, then narrow to themselves ("well, me mostly", "I'm the one who ..."), or say what the
whole house does and what they do differently; other members' own values sit beside the
caller's (a husband's different GP, the kids' swimming day, a flatmate's boyfriend, the van
that is his). Every fact told, changed or asked about is still the caller's own, and a careful
reader can tell which value is theirs; every change leaves no doubt that the caller's old value
no longer holds.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_HOUSEHOLD: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "{v}, that's us, me, Gary and the three kids, so that's my address too.",
            "There's four of us sharing the flat in Dublin, at {v}, and I'm the one who sorts"
            " the bills, so put it down as my address.",
            "We live at {v}, well, me and the kids do, their dad's got his own place across town.",
            "My partner keeps a little flat in the city for work, but home for me and the kids"
            " is {v}.",
        ],
        "change": [
            "We've moved, the whole family, we're at {v} now and the old house is sold.",
            "The others are staying on at the old flat, but I've moved out, I live at {v} now.",
            "Me and the kids have left the old place, their dad's kept the house, so my address"
            " is {v} from now on.",
            "New house for us in Sydney, {v}, we got the keys on Friday and I'm not at the old"
            " address any more.",
        ],
        "ask_now": [
            "Which address have you got for us, for me I mean?",
            "Where do I live, according to your file?",
            "Can you read my home address back to me?",
        ],
        "ask_then": [
            "What address did you have on file for me before I moved?",
            "Where did I live before?",
        ],
    },
    "phone": {
        "tell": [
            "We've a landline but nobody in this house ever answers it, my own mobile is {v}.",
            "Best to ring me directly on {v}, the kids' numbers change every month but mine"
            " doesn't.",
            "{v}, that's my mobile, my wife's on a different one, so don't mix us up.",
            "If it's about the house, I'm the one who deals with it, so ring me, my number is"
            " {v}.",
        ],
        "change": [
            "We all switched to a family plan and I got a new number out of it, mine's {v} now,"
            " the old one's gone.",
            "My husband kept his number but I didn't, I'm on {v} now, my old one's disconnected.",
            "New number for me, {v}, I lost the old one when we moved to Toronto.",
            "Don't ring my old mobile, the kids have that phone now for their games, my number"
            " is {v}.",
        ],
        "ask_now": [
            "What's my mobile number on your system, mine, not the house?",
            "Which number will you ring me on?",
            "What number have you got for me now?",
        ],
        "ask_then": [
            "What was my number before I changed it?",
            "Which mobile did you have for me before?",
        ],
    },
    "email": {
        "tell": [
            "We share a family email for the school stuff, but my own email, the one for this,"
            " is {v}.",
            "Send it to me, not my husband, at {v}, that's mine.",
            "{v}, that's my email, the rest of the house have their own.",
            "I'm the one who handles all the bookings for our house, so everything goes to my"
            " email, {v}.",
        ],
        "change": [
            "We used to all share one inbox, but I've got my own email now, {v}, please use"
            " that instead of the old one.",
            "My email's changed to {v}, the old account got hacked so I've shut it down, and my"
            " partner's doing the same with his.",
            "Stop sending my receipts to the old address, I don't check it any more, my email's"
            " {v} now.",
            "We've all switched over at home, and mine is now {v}, the old email is gone.",
        ],
        "ask_now": [
            "Which email have you got for me?",
            "Where are my receipts going, which email?",
            "What's my email on file, mine, not the family one?",
        ],
        "ask_then": [
            "What email did I have before I changed it?",
            "Which email were you using for me originally?",
        ],
    },
    "dose": {
        "tell": [
            "Both of us in this house are on blood pressure tablets, mine are {v} every"
            " morning, his are a different thing altogether.",
            "I take {v}, my husband takes something else for his heart, so don't confuse us.",
            "{v} with breakfast, that's me, I'm the only one in the house on it.",
            "My wife keeps all the tablets in order at home, she's on her statins, and I'm on"
            " {v} for my blood pressure.",
        ],
        "change": [
            "We both had our check-ups on Monday, his dose stayed the same, mine's changed, I'm"
            " on {v} now.",
            "The doctor put me on {v}, the old dose wasn't doing enough.",
            "I've stopped the old amount, I take {v} now, we've redone the pill box on the"
            " kitchen counter.",
            "I'm the one whose tablets changed, not my husband, I'm on {v} from now on.",
        ],
        "ask_now": [
            "What dose am I on now for my blood pressure?",
            "How much lisinopril do I take?",
            "What's my dose, not my husband's, mine?",
        ],
        "ask_then": [
            "What dose was I on before the change?",
            "How much lisinopril was I taking before?",
        ],
    },
    "class": {
        "tell": [
            "Our week's mad, the kids have swimming on Fridays and I've got my pottery class on"
            " {v}.",
            "{v} is my pottery night, so my husband does the bedtimes then.",
            "I do pottery on {v}, my flatmate tags along sometimes but it's my class.",
            "Don't book anything for me on {v}, that's my pottery class, the whole house knows"
            " to leave me be.",
        ],
        "change": [
            "My pottery class moved to {v}, so we've had to redo the whole family calendar, the"
            " old day's free now.",
            "Pottery's on {v} now, they changed the timetable, and my wife's had to swap her"
            " gym night round it.",
            "They moved my class, pottery is {v} now, not the old day.",
            "The kids' swimming stays on Fridays, but my pottery's switched to {v}.",
        ],
        "ask_now": [
            "When's my pottery class?",
            "Which day have I got pottery now?",
            "What day's my pottery, for the family calendar?",
        ],
        "ask_then": [
            "Which day was my pottery before it moved?",
            "What was my old pottery day?",
        ],
    },
    "coffee": {
        "tell": [
            "We're a {v} house, the pot's on all day, and I'm the worst, three cups before nine.",
            "My husband's a tea man, but me, I drink {v} every morning without fail.",
            "We get through a lot of {v} in this house, well, me mostly, I have it every single"
            " morning.",
            "{v}, black, first thing, that's me, the kids aren't allowed it yet.",
        ],
        "change": [
            "Everyone else in the house still drinks {v}, but I've given it up completely.",
            "I've quit {v}, doctor's orders, my partner still has hers but I don't touch it.",
            "No more {v} for me, I stopped last month, it's only my flatmates who drink it now.",
            "I don't drink {v} any more, the whole family's been nagging me and I finally"
            " stopped.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "Do I still have coffee, me personally?",
            "Should you put a coffee on my order?",
        ],
    },
    "meat": {
        "tell": [
            "We're a big {v} family, Sunday roast every week, and I'm the one who carves.",
            "My daughter's vegetarian but I eat {v}, steak whenever I can get it.",
            "{v}, yes, I eat it, most days, the whole house does.",
            "I'm the one in our flat who eats {v}, the other two are vegan.",
        ],
        "change": [
            "The rest of them still eat {v}, but I've gone vegetarian, so none for me.",
            "I've stopped eating {v}, I'm vegetarian now, my daughter finally talked me round.",
            "We still do the Sunday roast for the kids, but I'm vegetarian these days, no {v}"
            " for me at all.",
            "No {v} on my plate any more, I've gone vegetarian like my flatmates.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary restrictions for me, not the family?",
            "Should you book me the steak or the vegetarian option?",
        ],
    },
    "favourite": {
        "tell": [
            "Everyone here drinks builder's tea, but my own favourite is {v}.",
            "{v}, that's my favourite tea, the kids say it tastes like soap.",
            "My husband's a Darjeeling man, but for me, {v} is my favourite tea, always.",
            "If it's for me, put {v} in the basket, that's my favourite tea, the others will"
            " drink anything.",
        ],
        "change": [
            "The house still gets through boxes of English breakfast, but my favourite's {v}"
            " now, I've gone off the one I used to have.",
            "My favourite tea is {v} these days, my old one's gone to the back of the cupboard"
            " for the flatmates.",
            "I've changed my favourite, it's {v} now, my wife says I'm fickle.",
            "These days it's {v} for me, that's my favourite tea now, not the old one.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea should go in the basket for me?",
            "What tea do I like best now?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I use to like best?",
        ],
    },
    "pet": {
        "tell": [
            "We've a cat called {v}, well, she's the family's, but she's mine really, she"
            " sleeps on my bed.",
            "{v}'s our cat, and I'm the one who feeds her, so she's mine.",
            "Our cat {v} runs the whole flat, and me with it.",
            "I have a cat, {v}, the kids named her.",
        ],
        "change": [
            "We lost {old} last month, the kids are heartbroken, so I've no cat now.",
            "{old} passed away in the spring, and we haven't got another cat.",
            "We had to rehome {old} when my son's allergies got bad, so there's no cat in the"
            " house now.",
            "My flatmate took {old} with her when she moved out, she was more hers in the end,"
            " so I don't have a cat any more.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "Is there a cat on my file?",
            "Have I got a cat at home?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} and I share the flat in Dublin with two others.",
            "It's me and {v} in our house, he's my partner, and the twins of course.",
            "My flatmate's boyfriend is Dev, mine's {v}, don't get them mixed up.",
            "We're coming as a couple, me and my boyfriend {v}.",
        ],
        "change": [
            "{old} moved out of our place in March, we've split up, I'm with {v} now.",
            "My partner's {v} now, things with {old} ended, and he's moved in with me and the"
            " kids.",
            "I'm seeing {v} these days, the old relationship's over.",
            "New partner, {v}, the house has changed a lot since {old} left.",
        ],
        "ask_now": [
            "Who's my partner?",
            "What's my boyfriend's name, mine, not my flatmate's?",
            "Who am I with now?",
        ],
        "ask_then": [
            "Who was I with before?",
            "Who was my partner before the current one?",
        ],
    },
    "job": {
        "tell": [
            "Between us we work all over, my husband's at the council and I'm at {v}.",
            "I work at {v}, so I'm the one who does the school run in the mornings.",
            "{v}, that's where I work, the kids think it's dead boring.",
            "We both work in Birmingham, but different places, I've been at {v} for six years.",
        ],
        "change": [
            "He's still at the council, but I've left my old job, I'm at {v} now.",
            "I started at {v} last month, so my hours have changed and the whole house has had"
            " to adjust.",
            "New job for me, not him, I'm working at {v} now, I finished at the old place on"
            " Friday.",
            "I'm at {v} these days, I handed in my notice at the old job.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who's my employer, mine, not my wife's?",
            "Where am I working now?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
        ],
    },
    "car": {
        "tell": [
            "We're a two-car family, his is the van and mine is {v}.",
            "I drive {v}, it's the family car, and I'm the one who does the school run in it.",
            "{v}, that's my car, my flatmate just has a scooter.",
            "The car parked out front is ours, {v}, and I'm the one who drives it.",
        ],
        "change": [
            "We kept the van, but I traded in my old car, I drive {v} now.",
            "We sold both cars and got one bigger one for the family, {v}, that's what I drive"
            " now.",
            "I've got a new car, {v}, my old one went to my eldest when she passed her test.",
            "My car's {v} now, the old one's gone.",
        ],
        "ask_now": [
            "What car do I drive?",
            "Which car have you got for me, not the van?",
            "What am I driving these days?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "We're all at the same practice but with different GPs, my husband sees Dr"
            " Whitfield and mine is {v}.",
            "My GP's {v}, the kids go to the children's clinic.",
            "{v} is my GP, she's looked after me for years.",
            "I'm the one who's registered with {v}, my partner's still with a GP back in Sydney.",
        ],
        "change": [
            "I switched practices when we moved, my GP is {v} now.",
            "My new GP is {v}, my old one retired, my husband's kept Dr Whitfield.",
            "I'm with {v} now, I'm not at the old surgery any more.",
            "The whole family's changed surgeries, and I'm with {v} now.",
        ],
        "ask_now": [
            "Who's my GP?",
            "Which doctor do I see, me, not my husband?",
            "Who am I registered with?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I have before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "We've all got the dentist this spring, the kids are on the third of February and"
            " mine's on {v}.",
            "My dentist appointment is {v}, I'll need someone else to do the school run that day.",
            "{v}, that's my dentist appointment.",
            "I've got the dentist on {v}, my husband's booked in separately.",
        ],
        "change": [
            "The kids' appointment's still the same, but mine's been moved to {v}.",
            "My dentist rang and moved me to {v}, the old date's cancelled.",
            "We had to rejig everything, my dentist's on {v} now.",
            "My dentist appointment's been rescheduled for {v}, my wife's is unchanged.",
        ],
        "ask_now": [
            "When's my dentist appointment?",
            "What date have I got the dentist, mine?",
            "When am I seeing the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was my dentist before it moved?",
        ],
    },
    "contact": {
        "tell": [
            "The landline's chaos, anyone picks it up, so please {v} me directly.",
            "My wife likes letters in the post, but for me, please {v} me.",
            "Best to {v} me, I'm the one who deals with all the house stuff.",
            "Please {v} me, that's what I prefer, not the house phone.",
        ],
        "change": [
            "From now on please {v} me instead, the way you did it before isn't working with"
            " the kids around.",
            "I'd rather you {v} me these days, I've changed how I like it.",
            "My husband still likes it the old way, but for me, please {v} me from now on.",
            "Things are different at home now, so can you {v} me instead of what I said before?",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "What's the best way to reach me, me personally?",
            "Should you text, email or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "In our house everyone's got a nickname, mine's {v}, so call me that.",
            "Just call me {v}, the whole family does.",
            "{v} is what I go by, even the kids call me it.",
            "My husband goes by his full name, but I'm {v} to everyone.",
        ],
        "change": [
            "The kids started it and now the whole family calls me {v}, so please use that now,"
            " not the old one.",
            "I go by {v} these days, I've dropped the old nickname.",
            "Can you call me {v} from now on? The old one doesn't feel like me any more.",
            "Call me {v} now, please, my flatmates never used the old one anyway.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What's my nickname these days?",
        ],
    },
}


def household_kinds() -> list[Kind]:
    """The kinds with the eighty-third held-out phrasing."""
    return heldout_kinds(_HOUSEHOLD)
