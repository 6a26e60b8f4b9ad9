"""A fifty-seventh held-out phrasing of the same facts (`generate --phrasing timeline`, written
to `bench/changeeval/timeline/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers anchor every fact in time and tell it as a little history. Tells carry how long or
since when ("for about six years now", "since the spring", "ever since we married", "have done
since I retired"). Changes name when the switch happened or took effect and often name the old
value with its own time window, in either order: old first ("We were at {old} until March; since
then we've lived at {v}"), new first ("My home address has been {v} since the first of the
month; {old} was only until the end of October"), the past perfect ("I had been at {old} for
years before I started a new job at {v} last month"), "as of", "effective", "starting", "from
now on", "up until", "before that", "no longer", "these days", and changes already made, told in
the past tense ("The dentist rang yesterday and moved my appointment from {old} to {v}"). Every
change has already happened or takes effect at once. British and American callers, short and
long sentences, the value early, in the middle or late. Questions ask about now and about before
with time words ("As of today, what's my home address?", "Up until the move, what was my
address?").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_TIMELINE: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "We've lived at {v} for about six years now, that's home.",
            "Since the spring our home address has been {v}.",
            "{v} has been home ever since we married.",
            "For the file, I live at {v}. Have done since I retired.",
        ],
        "change": [
            "We were at {old} until March; since then we've lived at {v}.",
            "My home address has been {v} since the first of the month; {old} was only until "
            "the end of October.",
            "We had been at {old} for years before we moved house to {v} last weekend.",
            "Effective last Friday we've moved, so our home address is now {v}.",
        ],
        "ask_now": [
            "As of today, what's my home address?",
            "Where do I live now?",
            "Which address do you have for me at the moment?",
        ],
        "ask_then": [
            "Where did I live before the move?",
            "Up until the move, what was my address?",
            "What was my home address before I moved house?",
        ],
    },
    "phone": {
        "tell": [
            "I've had the same mobile for about ten years now, it's {v}.",
            "Since the spring the best number for me has been my cell, {v}.",
            "My mobile number has been {v} ever since I got my first smartphone.",
            "You can reach me on {v}, that's been my mobile since we moved here.",
        ],
        "change": [
            "I had {old} for years, but as of last Tuesday my mobile number is {v}.",
            "New phone since the weekend, so my number is now {v}. The old one stopped "
            "working on Friday.",
            "From now on please use {v}; my cell number changed last month.",
            "My number up until last week was {old}, and since then it's been {v}.",
        ],
        "ask_now": [
            "As of today, which number should you call me on?",
            "What's my mobile number these days?",
            "What's my current phone number?",
        ],
        "ask_then": [
            "What was my phone number before the change?",
            "Before I switched numbers, what number did I have?",
        ],
    },
    "email": {
        "tell": [
            "My email has been {v} for about fifteen years now.",
            "Ever since I left university my email's been {v}.",
            "Send the receipts to {v}; that's been my email since the spring.",
            "For years now I've used {v} as my email address.",
        ],
        "change": [
            "As of this week my email is {v}; {old} was shut down on Friday.",
            "I used {old} until the end of last year, and since January my email has been {v}.",
            "I changed my email last month, so it's {v} from now on.",
            "These days it's {v}. I stopped using the old email back in the summer.",
        ],
        "ask_now": [
            "As of today, which email do you have for me?",
            "What's my email address now?",
            "Which email should the receipts go to these days?",
        ],
        "ask_then": [
            "What was my email before I changed it?",
            "Up until the change, which email address did I use?",
        ],
    },
    "dose": {
        "tell": [
            "I've been on {v} for my blood pressure for about three years.",
            "Every morning since the spring I've taken {v} for my blood pressure.",
            "Ever since my heart scare the doctor has had me on {v} every morning.",
            "For a good few years now my blood pressure pill has been {v}, once a day.",
        ],
        "change": [
            "I was on {old} until my check-up in March; since then the doctor has me on {v}.",
            "As of last Monday my blood pressure dose is {v}, the doctor changed it.",
            "I had been taking {old} for years before they switched me to {v} last week.",
            "Effective today my dose is {v}, not {old} any more. The doctor changed it this "
            "morning.",
        ],
        "ask_now": [
            "As of today, how much lisinopril do I take?",
            "What dose am I on for my blood pressure these days?",
            "What's my current lisinopril dose?",
        ],
        "ask_then": [
            "What dose was I on before the doctor changed it?",
            "Up until the change, how much lisinopril did I take?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class has been on {v} since September.",
            "For about two years now I've done pottery on {v}.",
            "Ever since I retired, {v} have been for my pottery class.",
            "Since the new term started I've had pottery on {v}, so I'm never free then.",
        ],
        "change": [
            "Pottery was on {old} until half-term; since then the class has been on {v}.",
            "As of this week my pottery class is on {v}. Pottery on {old} was only until the "
            "end of last term.",
            "They moved pottery to {v} last month; I'd been going on {old} for ages before that.",
            "Starting this week, pottery is on {v}. The schedule changed.",
        ],
        "ask_now": [
            "As of now, when is my pottery class?",
            "Which day do I do pottery these days?",
            "When's pottery at the moment?",
        ],
        "ask_then": [
            "Which day was pottery before the schedule changed?",
            "Up until the change, when did I have pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "I've had two cups of {v} every morning for about thirty years, black.",
            "Since my student days I've started every morning with {v}.",
            "Ever since the kids were born I've lived on {v}, a big mug every morning.",
            "For as long as I can remember I've drunk {v} first thing.",
        ],
        "change": [
            "I haven't had {v} since January, the doctor told me to stop.",
            "Up until last month I drank {v} every day; since then I've given it up completely.",
            "As of this week I'm off {v} for good, doctor's orders.",
            "I had been drinking {v} for decades before I quit in the spring, and I haven't "
            "touched it since.",
        ],
        "ask_now": [
            "As of today, do I drink coffee?",
            "Do I still have coffee these days?",
            "How do I take my coffee now?",
        ],
    },
    "meat": {
        "tell": [
            "I've eaten {v} most days for as long as I can remember, steak every Friday.",
            "Ever since I was a boy, {v} has been my thing. Steak at least twice a week.",
            "For about twenty years now I've been a big {v} eater.",
            "Since we moved near the butcher's we've had {v} nearly every night.",
        ],
        "change": [
            "I've been vegetarian since the new year, so no {v} any more.",
            "Up until last summer I ate {v} every day; since then I've been fully vegetarian.",
            "As of this month I've stopped eating {v}. I'm vegetarian now.",
            "I gave up {v} back in March and I've been vegetarian ever since.",
        ],
        "ask_now": [
            "As of today, do I eat red meat?",
            "Any dietary restrictions for me these days?",
            "Do I still eat steak now?",
        ],
    },
    "favourite": {
        "tell": [
            "For about ten years now my favourite tea has been {v}.",
            "Ever since my grandmother first made it for me, {v} has been my favorite tea.",
            "Since the winter I've had {v} every night, that's my favourite tea.",
            "My favourite tea, as it has been since I was a student, is {v}.",
        ],
        "change": [
            "I drank {old} for years, but since the autumn my favourite tea has been {v}.",
            "These days my favorite tea is {v}; up until this winter it was {old}.",
            "As of this year my favourite tea is {v}. I've gone right off the old one.",
            "I'd been drinking {old} for ages before I switched to {v}, which is my "
            "favourite tea now.",
        ],
        "ask_now": [
            "As of today, what's my favourite tea?",
            "Which tea should go in my basket these days?",
            "What's my favorite tea at the moment?",
        ],
        "ask_then": [
            "What was my favourite tea before I switched?",
            "Up until the change, which tea did I like best?",
        ],
    },
    "pet": {
        "tell": [
            "We've had our cat {v} for about six years now, she's a handful.",
            "Ever since we married we've had a cat, {v}, and she runs the house.",
            "For a couple of years now there's been a cat in the house, {v}, a little rescue.",
            "Our cat {v} has been with us since she was a kitten.",
        ],
        "change": [
            "We had {old} for fifteen years, until she passed away last month.",
            "Sadly {old} died in the spring, and we've had no cat since.",
            "As of last week we no longer have {old}; we had to rehome her because of my "
            "allergies.",
            "{old} was with us right up until the end of October, when she passed away.",
        ],
        "ask_now": [
            "As of now, do I have a cat?",
            "How is my cat doing these days?",
            "Do I still have a cat?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} and I have been together for about six years now.",
            "I've been seeing {v} since the spring, he's my boyfriend.",
            "Ever since university my partner {v} has done all the cooking.",
            "For a couple of years now I've lived with my boyfriend, {v}.",
        ],
        "change": [
            "{old} and I were together until March; since then I've been seeing {v}.",
            "I'm with {v} these days. Things with {old} ended back in the autumn.",
            "My partner has been {v} since the new year; before that it was {old}, but that's "
            "over.",
            "As of this spring my boyfriend is {v}. {old} and I broke up.",
        ],
        "ask_now": [
            "As of today, who is my partner?",
            "Who am I with these days?",
            "What's my current partner's name?",
        ],
        "ask_then": [
            "Who was I with before the break-up?",
            "Up until the split, who was my partner?",
        ],
    },
    "job": {
        "tell": [
            "I've been at {v} for about eight years now, it's steady work.",
            "Since I left school my job has been at {v}.",
            "Ever since we moved here I've worked at {v}.",
            "I work at {v}. Have done since the spring.",
        ],
        "change": [
            "I left {old} in March, and since then I've been working at {v}.",
            "As of Monday my job is at {v}; my last day at {old} was Friday.",
            "I had been at {old} for years before I started a new job at {v} last month.",
            "These days I work at {v}. The old job ended back in the fall.",
        ],
        "ask_now": [
            "As of today, where do I work?",
            "Who's my employer these days?",
            "Where's my job at the moment?",
        ],
        "ask_then": [
            "Where did I work before the new job?",
            "Up until I changed jobs, who was my employer?",
        ],
    },
    "car": {
        "tell": [
            "I've driven {v} for about five years now.",
            "Since last summer my car has been {v}.",
            "I've had the same car ever since I got my license, it's {v}.",
            "My car's {v}; had it since the spring.",
        ],
        "change": [
            "We traded the old car in last weekend, so as of now I drive {v}.",
            "Up until March I drove {old}; since then my car has been {v}.",
            "I'd had {old} for years before I sold it last month. My car now is {v}.",
            "These days my car is {v}. I sold {old} back in the autumn.",
        ],
        "ask_now": [
            "As of today, what car do I drive?",
            "What's my car these days?",
            "Which car do I have at the moment?",
        ],
        "ask_then": [
            "What car did I have before I changed it?",
            "Before the new car, what did I drive?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP has been {v} at the Elm Street practice for about ten years.",
            "Since we moved here I've seen {v}, she's my GP.",
            "{v} has been my GP ever since I was pregnant with my eldest.",
            "I've been with {v} as my family doctor since the spring.",
        ],
        "change": [
            "I was with {old} until she retired in March; since then my GP has been {v}.",
            "As of last month I've switched practices, so my GP is {v} now.",
            "My GP has been {v} since this week; {old} was only until the end of October.",
            "I had been seeing {old} for years before I changed my doctor to {v}.",
        ],
        "ask_now": [
            "As of today, who's my GP?",
            "Which doctor do I see these days?",
            "Who's my GP at the moment?",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "Up until the change, which doctor did I see?",
        ],
    },
    "dentist": {
        "tell": [
            "I booked it a few weeks ago: my dentist appointment is on {v}.",
            "Since last Monday I've had the dentist in the diary for {v}.",
            "My dentist appointment, booked back in the winter, is on {v}.",
            "I've had a dental appointment on {v} on the calendar for a while now.",
        ],
        "change": [
            "The dentist rang yesterday and moved my appointment from {old} to {v}.",
            "My dentist appointment was on {old} until they rescheduled it last week; now "
            "it's on {v}.",
            "As of this morning the dentist has me down for {v} instead.",
            "I had been booked in for {old} for weeks before the dentist changed it. It's on "
            "{v} now.",
        ],
        "ask_now": [
            "As of today, when is my dentist appointment?",
            "When's the dentist now?",
            "What date is my dentist appointment at the moment?",
        ],
        "ask_then": [
            "When was my dentist appointment before it was moved?",
            "Up until the reschedule, which day was I booked in at the dentist?",
        ],
    },
    "contact": {
        "tell": [
            "For years now I've preferred that you {v} me rather than anything else.",
            "Since the spring it's been best to {v} me, that's what I prefer.",
            "Ever since I signed up I've asked you to {v} me, and that still stands.",
            "Please {v} me about bookings. That's been my preference for a good while.",
        ],
        "change": [
            "Up until now I've asked you to {old} me, but as of today please {v} me instead.",
            "From now on please {v} me; since last week that's what I prefer.",
            "I'd rather you {v} me these days. I stopped wanting you to {old} me back in the "
            "summer.",
            "Effective immediately, the best way to reach me is to {v} me, not {old}.",
        ],
        "ask_now": [
            "As of today, how do I like to be contacted?",
            "Should you text, email or call me these days?",
            "What's my contact preference at the moment?",
        ],
    },
    "nickname": {
        "tell": [
            "Everyone's called me {v} since primary school, so please do too.",
            "Just call me {v}. I've gone by it for about twenty years.",
            "Since college I've been {v} to my friends, so call me that.",
            "Please call me {v}; it's been my nickname ever since I was little.",
        ],
        "change": [
            "I went by {old} until last year, but these days please call me {v}.",
            "As of this week, call me {v}. I've dropped {old}.",
            "From now on I go by {v}; I'd been {old} for years before I got tired of it.",
            "Since the new year I've gone back to {v}, so please call me that now.",
        ],
        "ask_now": [
            "As of today, what should you call me?",
            "What name do I go by these days?",
            "What's my nickname now?",
        ],
    },
}


def timeline_kinds() -> list[Kind]:
    """The kinds with the fifty-seventh held-out phrasing."""
    return heldout_kinds(_TIMELINE)
