"""A fortieth held-out phrasing of the same facts (`generate --phrasing footnote`, written to
`bench/changeeval/footnote/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the keys and placeholders of the held-out words, the opening and close of
`onhold.py` and `phrasings.py` only, without reading the supersession rules, the other
phrasings' wording or the tests, and without running anything on these words first.
The callers are precise, pedantic over-explainers (engineers, academics, accountants) who
qualify everything: parentheticals ("(the 2016 model, to be precise)"), footnotes and asides
("strictly speaking", "for the avoidance of doubt", "technically", "as of the third"),
self-corrections of trivial details mid-sentence ("the fourteenth, well, the morning of the
fourteenth"), nested clauses, the reason for a change before or after its value, double
negatives that settle ("It's not that I don't like ...; I simply don't drink it any more"),
references to when and how they told the agent before, and precise quantities. A spouse,
colleagues, a department, a landlord or the children come up only in passing and are never
given the caller's facts. Changes come as plain statements with no word of change, "as of
...", "with effect from ...", "to correct the record, ...", "the previous ... is obsolete",
"superseded by ...", long justifications ending in the new value, corrections of the agent's
read-back ("Not quite: ...") and, rarely, a nearly bare value. Every change is about the caller
and leaves the new value current; every tell states the caller's own current value. The
questions ask in the same register ("For the avoidance of doubt, which address do you hold for
me?").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_FOOTNOTE: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "For the file (and to be precise, this is my home address, not my office), I live"
            " at {v}.",
            "Strictly speaking the flat belongs to my landlord, but my address, the one all my"
            " post goes to, is {v}.",
            "I'm at {v}, with no flat number, for the avoidance of doubt.",
        ],
        "change": [
            "As of the third of this month I live at {v}; the previous address is obsolete, so"
            " please don't send anything there.",
            "To correct the record: we moved (my wife's new post was the reason, strictly"
            " speaking, since the commute had become ninety minutes each way), and my address"
            " is now {v}.",
            "The address on my file has been superseded by {v}, with effect from the first of"
            " the month; the lease on the old place ended on the thirty-first, technically.",
            "Not quite: that's where I used to live. I moved on the fourteenth (well, the"
            " morning of the fourteenth), and home is {v} now.",
        ],
        "ask_now": [
            "For the avoidance of doubt, which address do you hold for me?",
            "Could you read back my current home address, precisely as you have it?",
            "Strictly speaking, where do I live, according to your records?",
        ],
        "ask_then": [
            "What was my previous address, the one before the move, according to your records?",
            "To be precise, where did I live before I moved?",
        ],
    },
    "phone": {
        "tell": [
            "The best number for me (my mobile, not the department's landline) is {v}.",
            "You can reach me on {v}; that's eight digits, no, seven, I miscounted.",
            "For the record, and strictly speaking this is my personal line, my number is {v}.",
        ],
        "change": [
            "With effect from Monday my number is {v}; the old one has been disconnected (the"
            " contract lapsed, technically).",
            "I changed networks, for reasons I won't bore you with (it came to eleven pounds a"
            " month), so my number is now {v}.",
            "The number you have is obsolete; it's {v} now.",
            "Not quite: that was my number until the second. To be precise, it's {v} as of the"
            " second.",
        ],
        "ask_now": [
            "For the avoidance of doubt, which phone number do you hold for me?",
            "What's my current number, according to your records?",
            "Technically speaking, which number should you be calling me on?",
        ],
        "ask_then": [
            "What was my previous phone number, according to your records?",
            "Strictly speaking, which number did I have before the change?",
        ],
    },
    "email": {
        "tell": [
            "My email (the personal one, not the university address) is {v}.",
            "Please send things to {v}; that's my email, all lowercase, for the avoidance of"
            " doubt.",
            "To be precise, the email I use for everything is {v}.",
        ],
        "change": [
            "As of this week my email is {v}; the old account was closed (the provider stopped"
            " supporting it, technically).",
            "To correct the record, as I said in my call on the ninth, I no longer use the"
            " previous address; please write to me at {v}.",
            "The old email is superseded by {v}, with effect from today.",
            "I wouldn't say I still check the old inbox. I don't, in fact, so everything should"
            " go to {v} now.",
        ],
        "ask_now": [
            "For the avoidance of doubt, which email address do you hold for me?",
            "Strictly speaking, which email should the receipts go to?",
            "Could you read back my current email address, exactly as you have it?",
        ],
        "ask_then": [
            "What was my previous email address, according to your records?",
            "To be precise, which email did I use before the change?",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} every morning (at seven, to be precise, with a glass of water).",
            "For my blood pressure I'm on {v}, once daily, strictly speaking with breakfast.",
            "My prescription, as of the last review in January, is {v} a day.",
        ],
        "change": [
            "My consultant reviewed my readings (the systolic was averaging one hundred and"
            " forty-two, which is the reason), so I'm now on {v}.",
            "With effect from last Tuesday my dose is {v}; the previous dose is obsolete.",
            "To correct the record, I take {v} now; the GP adjusted it at the review on the"
            " ninth.",
            "Not quite: that was the old dose. It's {v} now, as of this morning's tablet, to be"
            " precise.",
        ],
        "ask_now": [
            "For the avoidance of doubt, how much lisinopril do I take?",
            "What dose am I currently on for my blood pressure, according to your records?",
            "To be precise, what's my lisinopril dose at the moment?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before the change, according to your records?",
            "Strictly speaking, what was my previous dose of lisinopril?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v} (wheel-throwing, to be precise, not hand-building).",
            "I do pottery on {v}, so I'm never free then, strictly speaking not even for the"
            " department's drinks.",
            "For the record, pottery is on {v}, weekly, nineteen sessions a term.",
        ],
        "change": [
            "As of this term pottery is on {v}; the studio lost its previous slot to a"
            " life-drawing group, technically.",
            "The instructor (who, I should say, also teaches at the college) had a clash, so"
            " the pottery class moved to {v}.",
            "To correct the record, and I did mention this in my email of the twelfth, my"
            " pottery class is on {v} now.",
            "Pottery: {v}. With effect from the start of the month, and the old day is obsolete.",
        ],
        "ask_now": [
            "For the avoidance of doubt, which day is my pottery class?",
            "When is pottery, according to your records?",
            "Strictly speaking, when does my pottery class meet now?",
        ],
        "ask_then": [
            "Which day was pottery on before it moved, according to your records?",
            "To be precise, when was my pottery class originally?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink two cups of {v} every morning (two hundred and fifty millilitres each,"
            " black, to be precise).",
            "I have {v} every morning, strictly speaking before eight, without exception.",
            "For the record, I do drink {v}: black, one sugar, every single day.",
        ],
        "change": [
            "It's not that I don't like {v}; I simply don't drink it any more, as of the first"
            " of the month.",
            "To correct the record, I gave up {v} entirely on the third (caffeine and my sleep"
            " were not, strictly speaking, compatible).",
            "With effect from last month: no {v} for me, none at all, not even decaf.",
            "Not quite: I used to have {v} every morning. I've quit, technically forty-one days"
            " ago.",
        ],
        "ask_now": [
            "For the avoidance of doubt, do I drink coffee?",
            "According to your records, how do I take my coffee, if at all?",
            "Strictly speaking, should there be coffee in my order?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days (steak on Fridays, to be precise, and lamb on Sundays).",
            "For the dinner booking, and for the avoidance of doubt, I do eat {v}; no"
            " restrictions.",
            "Strictly speaking I'm a committed {v} eater, four or five times a week.",
        ],
        "change": [
            "As of the first of the month I've stopped eating {v}; I'm vegetarian now (for"
            " ethical reasons, since you'll ask).",
            "To correct the record, no {v} for me, please; I've been vegetarian since the second"
            " week of January.",
            "I read rather a lot about cholesterol and methane, in that order, and the upshot"
            " is that I don't eat {v} any more.",
            "Not quite: I used to eat {v}, but technically I'm vegetarian now, so please note"
            " that.",
        ],
        "ask_now": [
            "For the avoidance of doubt, do I eat red meat?",
            "Strictly speaking, are there any dietary restrictions on my file?",
            "According to your records, should the booking include red meat for me?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v} (loose leaf, to be precise, not bags).",
            "Strictly speaking, my favourite tea is {v}, and has been for years.",
            "For the basket, and for the avoidance of doubt, my favourite tea is {v}.",
        ],
        "change": [
            "As of this spring my favourite tea is {v}; the previous favourite is, frankly,"
            " obsolete.",
            "My tastes changed (a colleague brought a tin back from a conference, which is how"
            " it started), and my favourite tea is {v} now.",
            "To correct the record, {v} is my favourite tea these days.",
            "Not quite: that was my favourite until last year. It's {v} now, strictly speaking.",
        ],
        "ask_now": [
            "For the avoidance of doubt, what's my favourite tea?",
            "Which tea should go in my basket, according to your records?",
            "To be precise, which tea do you have down as my favourite?",
        ],
        "ask_then": [
            "What was my favourite tea before, according to your records?",
            "Strictly speaking, which tea did I prefer previously?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v} (a tabby, technically a mackerel tabby), and she runs the"
            " house.",
            "For the record, there's a cat at home, {v}; she's nine, nine and a half to be"
            " precise.",
            "Our cat {v} is, strictly speaking, my cat; the children just feed her.",
        ],
        "change": [
            "I should update you: {old} died on the fourteenth (the morning of the fourteenth,"
            " to be precise); she was fifteen, so we have no cat now.",
            "To correct the record, we no longer have a cat; {old} was rehomed in March because"
            " my allergies got too bad.",
            "Our landlord changed the tenancy terms (no pets, effective immediately), so {old}"
            " went to a family in the country and we have no cat any more.",
            "Strictly speaking the file is out of date: {old} passed away in the spring,"
            " peacefully, and we haven't got another cat.",
        ],
        "ask_now": [
            "For the avoidance of doubt, do I have a cat?",
            "According to your records, how is my cat doing?",
            "Strictly speaking, is there a cat on my file?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} (boyfriend, technically, though at our age the word feels absurd)"
            " is doing the cooking.",
            "For the record, my boyfriend is {v}; we've been together four years and seven"
            " months.",
            "I'm going to the coast with my partner, {v}, for three nights, not two.",
        ],
        "change": [
            "To correct the record, {old} and I separated in the spring; my partner is {v} now.",
            "As of this year I'm with {v}; the previous arrangement, so to speak, is obsolete.",
            "Things with {old} ended (for reasons I won't go into, though they were entirely"
            " reasonable), and I'm seeing {v} now.",
            "Not quite: that's my ex. My partner, strictly speaking, is {v}.",
        ],
        "ask_now": [
            "For the avoidance of doubt, who is my partner?",
            "What's my partner's name, according to your records?",
            "Strictly speaking, who do you have down as my partner?",
        ],
        "ask_then": [
            "Who was I with before, according to your records?",
            "To be precise, what was my previous partner's name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v} (in the finance department, to be precise, not operations).",
            "For the record, I work at {v}; eleven years, eleven and a bit, technically.",
            "I've been at {v} since 2014, strictly speaking since the October of 2014.",
        ],
        "change": [
            "With effect from the first of the month I work at {v}; the previous employer on"
            " your file is obsolete.",
            "The old firm restructured (my whole department, all fourteen of us, was made"
            " redundant), so I'm at {v} now.",
            "To correct the record, and I did say this when I rang on the ninth, I work at {v}"
            " these days.",
            "Not quite: I left there in February. Technically I started at {v} on the third.",
        ],
        "ask_now": [
            "For the avoidance of doubt, where do I work?",
            "Who is my employer, according to your records?",
            "Strictly speaking, which employer do you have on file for me?",
        ],
        "ask_then": [
            "What was my previous employer, according to your records?",
            "To be precise, where did I work before I changed jobs?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v} (the 2016 model, to be precise, which matters for parts).",
            "For the avoidance of doubt, the car I drive is {v}; my wife has her own, but that's"
            " a separate matter.",
            "Strictly speaking it's on a lease, but my car is {v}.",
        ],
        "change": [
            "As of last Saturday I drive {v}; the old car failed its inspection (the brake"
            " discs, technically), so we traded it in.",
            "To correct the record, my car is {v} now.",
            "The old car has been superseded by {v}, with effect from the fourteenth, well, the"
            " afternoon of the fourteenth.",
            "Not quite: I sold that one in March. I drive {v} now.",
        ],
        "ask_now": [
            "For the avoidance of doubt, what car do I drive?",
            "Which car do you have on file for me, according to your records?",
            "Strictly speaking, what's my current car?",
        ],
        "ask_then": [
            "What car did I have before, according to your records?",
            "To be precise, what was my previous car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v} (at the Elm Street practice, to be precise, not the branch surgery).",
            "For the record, I see {v}; she's been my GP for six years.",
            "Strictly speaking, {v} is my GP, though I rarely need her.",
        ],
        "change": [
            "My GP retired in June (after thirty-one years, I'm told), so I'm registered with"
            " {v} now.",
            "With effect from the first, my GP is {v}; the old registration is obsolete.",
            "To correct the record, I switched practices and my new GP is {v}.",
            "Not quite: {v}. The previous GP retired, technically in June.",
        ],
        "ask_now": [
            "For the avoidance of doubt, who is my GP?",
            "Which doctor do I see, according to your records?",
            "Strictly speaking, who do you have down as my GP?",
        ],
        "ask_then": [
            "Who was my GP before the switch, according to your records?",
            "To be precise, who was my previous doctor?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v} (a check-up, to be precise, not a cleaning).",
            "For the record, I've got the dentist on {v}.",
            "Strictly speaking it's with the hygienist first, but the dentist appointment is on"
            " {v}.",
        ],
        "change": [
            "The practice rescheduled me (a staffing issue, they said), so my dentist"
            " appointment is on {v} now.",
            "As of this morning's phone call the dentist appointment is on {v}; the previous"
            " date is obsolete.",
            "To correct the record, my dentist appointment has been moved to {v}.",
            "Not quite: that was the original date. It's {v} now, strictly speaking.",
        ],
        "ask_now": [
            "For the avoidance of doubt, when is my dentist appointment?",
            "What date do you hold for my dentist appointment, according to your records?",
            "Strictly speaking, when am I due at the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally, according to your records?",
            "To be precise, what was the original date of my dentist appointment?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me rather than anything else (it's simply more reliable, in my"
            " experience).",
            "For the avoidance of doubt, the best way to reach me is to {v} me.",
            "Strictly speaking, I'd prefer that you {v} me, ideally during office hours.",
        ],
        "change": [
            "As of this month, please {v} me instead; the previous preference is obsolete.",
            "I'm in meetings most of the day now (a new role, fourteen hours a week of them),"
            " so I'd rather you {v} me.",
            "To correct the record, from now on please {v} me.",
            "Not quite: that was my old preference. These days I'd rather you {v} me.",
        ],
        "ask_now": [
            "For the avoidance of doubt, how do I like to be contacted?",
            "According to your records, should you text, email or call me?",
            "Strictly speaking, what's my preferred way of being contacted?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v} (everyone does, my whole department included).",
            "For the avoidance of doubt, I go by {v}.",
            "Strictly speaking my given name is longer, but just call me {v}.",
        ],
        "change": [
            "As of this year I go by {v}; the previous nickname is obsolete.",
            "I've gone back to {v} (it's what my grandmother called me, which is the reason),"
            " so please use that now.",
            "To correct the record, you can call me {v} now.",
            "Not quite: nobody calls me that any more. It's {v}.",
        ],
        "ask_now": [
            "For the avoidance of doubt, what should you call me?",
            "What name do I go by, according to your records?",
            "Strictly speaking, which nickname do you have for me?",
        ],
    },
}


def footnote_kinds() -> list[Kind]:
    """The kinds with the fortieth held-out phrasing."""
    return heldout_kinds(_FOOTNOTE)
