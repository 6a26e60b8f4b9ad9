"""A forty-ninth held-out phrasing of the same facts (`generate --phrasing harbour`, written to
`bench/changeeval/harbour/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of heldout's words (only their roles, counts and placeholders), `heldout_kinds`, the
layout of `onhold.py` and `phrasings.py` only, without reading the supersession rules, the other
phrasings or the tests, and without running anything on these words first.
The callers tell things as little stories in the past tense whose outcome is the value that
holds now: "when we sold up last spring we ended up at ...", "it turned out the old number kept
getting spam calls, so I got ...", "long story short, I landed at ...". Time expressions (last
spring, after Christmas, since the wedding) are common, yet the value they end on is current.
First tells are mini stories too ("I've been at ... for years, since the kids were small").
Questions are plain but may carry a time word ("these days", "back before the move").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_HARBOUR: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "We've been at {v} for years, since the kids were small, and we're still there.",
            "When we first came to town we rented for a bit, then we bought {v}, and that's home.",
            "My nan left us the house when she passed, so we live at {v}.",
            "I grew up round the corner and ended up buying {v}, that's where I live.",
        ],
        "change": [
            "When we sold up last spring we ended up at {v}, and that's where we live now.",
            "The landlord put the rent up after Christmas, so we moved out, "
            "and long story short, we're at {v} these days.",
            "Anyway, after the wedding we found a bigger place, "
            "so I live at {v} now, not the old flat.",
            "We spent the whole summer packing boxes, but we're finally settled at {v}.",
        ],
        "ask_now": [
            "These days, what address have you got for me?",
            "Where am I living now?",
            "Which address is on my file at the moment?",
        ],
        "ask_then": [
            "Back before the move, what was my address?",
            "Where was I living before we moved?",
            "What was my old address?",
        ],
    },
    "phone": {
        "tell": [
            "I've had the same number for years, it's {v}.",
            "When I got my first mobile they gave me {v}, and I've kept it ever since.",
            "My grandson set the phone up for me and the number is {v}, that's the one to ring.",
        ],
        "change": [
            "It turned out the old number kept getting spam calls, so I got {v}, "
            "and that's my number now.",
            "I dropped my phone in the harbour back in the autumn and had to start again, "
            "so my number is {v} these days.",
            "When I switched networks after Easter they couldn't keep my number, so it's {v} now.",
            "Long story short, the old number's gone, you can reach me on {v}.",
        ],
        "ask_now": [
            "What number have you got for me these days?",
            "Which number should you ring me on now?",
            "What's my phone number at the moment?",
        ],
        "ask_then": [
            "Back before I changed it, what was my phone number?",
            "What number did I have before the new one?",
        ],
    },
    "email": {
        "tell": [
            "My son set up an email for me years ago, it's {v}, and I still use it.",
            "I've had {v} since I first got a computer, that's my email.",
            "When I opened the account with you I gave {v}, and that's still my email.",
        ],
        "change": [
            "The old account got hacked in the autumn, so I set up {v}, "
            "and that's the one I use now.",
            "I kept missing things in the old inbox, so after the new year I moved over to {v}, "
            "please use that.",
            "Long story short, I closed the old email down and I'm on {v} these days.",
        ],
        "ask_now": [
            "These days, what email have you got for me?",
            "Which email address is on my file now?",
        ],
        "ask_then": [
            "Back before the switch, what email did I use?",
            "What was my old email address?",
        ],
    },
    "dose": {
        "tell": [
            "I've been on {v} since my check-up a couple of years ago, every morning.",
            "When they found my blood pressure was high they started me on {v}, "
            "and I still take it daily.",
            "I take {v} each morning with breakfast, have done for ages.",
        ],
        "change": [
            "The clinic changed my tablets in the spring and I've been on {v} since.",
            "After my last blood test the nurse sorted out a new prescription, so I take {v} now.",
            "Long story short, the doctor reviewed my pills after Christmas "
            "and I've been on {v} ever since.",
            "They had me try a different amount over the summer, "
            "and it settled at {v}, that's what I take now.",
        ],
        "ask_now": [
            "These days, what dose of lisinopril am I on?",
            "How much lisinopril do I take at the moment?",
        ],
        "ask_then": [
            "Back before the change, how much lisinopril was I taking?",
            "What dose of lisinopril did I take before?",
        ],
    },
    "class": {
        "tell": [
            "I joined a pottery class a few years back and it's been on {v} ever since.",
            "My friend dragged me along to pottery when I retired, "
            "and I've gone on {v} every week since.",
            "I do pottery on {v}, always have, so I'm never free then.",
        ],
        "change": [
            "The teacher left after the summer and the new one moved pottery to {v}, "
            "so that's when I go now.",
            "The hall got double-booked in the autumn, so pottery ended up on {v}, "
            "and it's stayed there.",
            "Long story short, they shuffled the timetable after the holidays "
            "and my pottery class is on {v} now.",
        ],
        "ask_now": [
            "These days, which day is my pottery class?",
            "When do I go to pottery now?",
            "What day have you got down for my pottery?",
        ],
        "ask_then": [
            "Back before the timetable changed, when was pottery?",
            "Which day was my pottery class before it moved?",
        ],
    },
    "coffee": {
        "tell": [
            "I picked up the habit at university and I still have two cups of {v} every morning.",
            "I've started every day with a strong {v} since I was a teenager, still do.",
            "My first job was in a cafe, and ever since then I can't go without my {v}.",
        ],
        "change": [
            "It turned out {v} was what kept me up at night, so I gave it up after Christmas, "
            "and I haven't touched it since.",
            "The doctor told me in the spring to cut out {v}, so I stopped, "
            "and I don't drink it any more.",
            "Long story short, I quit {v} last month, and I'm off it for good.",
        ],
        "ask_now": [
            "These days, do I drink coffee?",
            "Am I a coffee drinker at the moment?",
            "Do I have coffee in the mornings now?",
        ],
    },
    "meat": {
        "tell": [
            "I grew up on a farm and I've eaten {v} all my life, still do, most days.",
            "My dad was a butcher, so I was raised on {v}, and I still have it most nights.",
            "Ever since I was small I've loved {v}, a steak on Fridays is my treat.",
        ],
        "change": [
            "After my check-up last winter I cut out {v} completely, "
            "and I've been vegetarian since.",
            "My daughter went vegetarian at Easter and I joined her, so I don't eat {v} any more.",
            "Long story short, I watched a documentary in the summer and stopped eating {v}, "
            "I'm vegetarian now.",
        ],
        "ask_now": [
            "These days, do I eat red meat?",
            "Have I got any dietary restrictions now?",
            "Anything I don't eat at the moment?",
        ],
    },
    "favourite": {
        "tell": [
            "Ever since my gran made me a cup of {v} when I was little, "
            "it's been my favourite tea.",
            "I've always been a {v} person, that's my favourite tea.",
            "I tried loads of teas over the years, but {v} is the one I love most.",
        ],
        "change": [
            "I tried {v} on holiday last summer and it's been my favourite tea since then.",
            "I went off the old one after Christmas, and now {v} is my favourite tea.",
            "A friend brought me some {v} in the spring, and long story short, "
            "it's my favourite tea now.",
        ],
        "ask_now": [
            "These days, what's my favourite tea?",
            "Which tea do I like best now?",
        ],
        "ask_then": [
            "Back before I switched, what was my favourite tea?",
            "Which tea was my favourite before?",
        ],
    },
    "pet": {
        "tell": [
            "We took in a cat called {v} from the shelter a few years back, "
            "and she still rules the house.",
            "Our cat {v} turned up on the doorstep one winter and never left, she lives with us.",
            "When the kids were small we got a kitten, {v}, and she's still with us.",
        ],
        "change": [
            "Sadly {old} got very poorly over the winter and we lost her in the spring, "
            "so there's no cat at home now.",
            "My allergies got worse over the summer, so in the end we found {old} a new home "
            "with a neighbour, and we don't have a cat any more.",
            "{old} was nearly twenty, and she passed away peacefully after Christmas, "
            "so it's just us now.",
        ],
        "ask_now": [
            "These days, do I have a cat?",
            "How's my cat getting on?",
            "Have I got a cat at home now?",
        ],
    },
    "partner": {
        "tell": [
            "{v} and I met at a friend's wedding years ago, and we're still together.",
            "My partner {v} and I have been together since school, "
            "he's doing the cooking tonight.",
            "I've been with {v} since we were at college, he's my boyfriend.",
        ],
        "change": [
            "{old} and I went our separate ways last autumn, and after Christmas "
            "I started seeing {v}, so he's my partner now.",
            "Things with {old} ended in the spring, and long story short, "
            "I'm with {v} these days.",
            "I met {v} at a barbecue in the summer, and he's my partner now.",
            "Long story short, I'm single no more, I'm with {v} now.",
        ],
        "ask_now": [
            "These days, who's my partner?",
            "What's my partner's name now?",
            "Who am I with at the moment?",
        ],
        "ask_then": [
            "Back before the break-up, who was I with?",
            "Who was my partner before?",
        ],
    },
    "job": {
        "tell": [
            "I started at {v} straight out of school and I've been there ever since.",
            "I've worked at {v} for years now, since the kids were small.",
            "A friend got me an interview at {v} ages ago, and I'm still there.",
        ],
        "change": [
            "When the old place shut down in the spring I landed a job at {v}, "
            "and I've been there since.",
            "Long story short, after the redundancies last year I ended up at {v}, "
            "and that's where I work now.",
            "I'd had enough of the commute, so after the summer I handed in my notice "
            "and moved to {v}, that's my job now.",
        ],
        "ask_now": [
            "These days, where do I work?",
            "Who's my employer at the moment?",
            "Where am I working now?",
        ],
        "ask_then": [
            "Back before I changed jobs, where did I work?",
            "What was my old job?",
        ],
    },
    "car": {
        "tell": [
            "I bought {v} second-hand years ago and I'm still driving it.",
            "My dad passed me down {v} when he stopped driving, and that's my car.",
            "I've had {v} since before the kids were born, it just keeps going.",
        ],
        "change": [
            "The old car finally gave up on the motorway after Christmas, "
            "so I ended up with {v}, and that's what I drive now.",
            "We sold the old one in the spring, and long story short, my car is {v} these days.",
            "Someone backed into the old car last autumn and it was written off, "
            "so I drive {v} now.",
        ],
        "ask_now": [
            "These days, what car do I drive?",
            "What car have you got down for me now?",
        ],
        "ask_then": [
            "Back before the new car, what did I drive?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "I've been seeing {v} since the kids were small, that's my GP.",
            "When I registered at the practice they put me with {v}, and that's my GP.",
            "My GP is {v}, has been for years.",
        ],
        "change": [
            "My old GP retired in the summer and I was moved over to {v}, "
            "so that's who I see now.",
            "I changed practices in the spring, and long story short, my GP is {v} these days.",
            "I never got on with the old GP, so last year I asked to switch, "
            "and I'm with {v} now.",
        ],
        "ask_now": [
            "These days, who's my GP?",
            "Which doctor do I see now?",
        ],
        "ask_then": [
            "Back before I switched, who was my GP?",
            "Which GP did I have before?",
        ],
    },
    "dentist": {
        "tell": [
            "I was due a check-up, so I rang the dentist and they gave me {v}.",
            "When I was last in, the dentist booked me for {v}, that's my appointment.",
            "My dentist appointment is on {v}, I wrote it on the calendar.",
        ],
        "change": [
            "The dentist rang last week because the hygienist was off, "
            "and they moved me to {v}, so that's when I'm going now.",
            "I couldn't make the first date because of work, so I rang up "
            "and my appointment is on {v} now.",
            "Long story short, the dentist had a burst pipe and everything got shuffled, "
            "I'm booked for {v} instead.",
        ],
        "ask_now": [
            "These days, when is my dentist appointment?",
            "What date is my dentist appointment now?",
        ],
        "ask_then": [
            "Back before it was rescheduled, when was my dentist appointment?",
            "What date was my dentist appointment originally?",
        ],
    },
    "contact": {
        "tell": [
            "I've always found it easiest if you {v} me, so please do that.",
            "Ever since I got this phone I've liked people to {v} me, that's best.",
            "Please {v} me, it's how I've always done things.",
        ],
        "change": [
            "I kept missing messages over the summer, so from now on I'd rather you {v} me.",
            "After the mix-up with the booking in the spring, I decided it's best "
            "if you {v} me from now on.",
            "Long story short, my routine changed after the new year, "
            "so these days please {v} me instead.",
        ],
        "ask_now": [
            "These days, how do I like to be contacted?",
            "Should you text, email or call me now?",
            "How do I want you to get in touch at the moment?",
        ],
    },
    "nickname": {
        "tell": [
            "My little brother couldn't say my name when we were kids, so I've been {v} "
            "ever since, please call me that.",
            "Everyone's called me {v} since primary school, so just call me that.",
            "I was named after my grandmother, but I've always gone by {v}.",
        ],
        "change": [
            "At my cousin's wedding last summer everyone started calling me {v}, "
            "and it stuck, so please call me that now.",
            "I dropped the old nickname after the new year, I go by {v} these days.",
            "Long story short, I've gone back to {v}, so that's what to call me now.",
        ],
        "ask_now": [
            "These days, what should you call me?",
            "What name do I go by now?",
        ],
    },
}


def harbour_kinds() -> list[Kind]:
    """The kinds with the forty-ninth held-out phrasing."""
    return heldout_kinds(_HARBOUR)
