"""A fiftieth held-out phrasing of the same facts (`generate --phrasing orchard`, written to
`bench/changeeval/orchard/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of heldout's words (only their roles, counts and placeholders), `heldout_kinds`, the
layout of `onhold.py` and `phrasings.py` only, without reading the supersession rules, the
other phrasings or the tests, and without running anything on these words first.
The callers imply a change without a change verb: they state the new situation through what
follows from it ("Post for me goes to ... now", "You will catch me on ... these days", "The vet
bills stopped after we lost ..."), with little or no changed, moved or switched, and the
current value marked by now, these days, from here on or any more. Tells are matter-of-fact
statements of the same kind, and questions are sometimes indirect ("Where would you send a
letter for me?", "And before that, where did letters go?").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_ORCHARD: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Post for me goes to {v}.",
            "Home is {v}, that's where I live.",
            "Anything for me, send it to {v}, that's my house.",
            "You'll find me at {v}, that's home.",
        ],
        "change": [
            "Post for me goes to {v} now.",
            "Anything for me, send it to {v} from here on, that's where I live these days.",
            "Home is {v} these days, so that's where letters should go now.",
            "You'll find me living at {v} now, so the post goes there.",
        ],
        "ask_now": [
            "Where would you send a letter for me?",
            "What's my address?",
            "Where's home for me?",
        ],
        "ask_then": [
            "And before that, where did letters go?",
            "Where did I live before this place?",
            "What address did you have for me before?",
        ],
    },
    "phone": {
        "tell": [
            "You can catch me on {v}.",
            "My number is {v}.",
            "Ring me on {v}, that's my mobile.",
        ],
        "change": [
            "You will catch me on {v} these days.",
            "Ring me on {v} from here on, that's the number that gets me now.",
            "If you need me, it's {v} you want to dial now.",
        ],
        "ask_now": [
            "What number would you ring me on?",
            "What's my phone number?",
            "Which number gets me these days?",
        ],
        "ask_then": [
            "And before that, which number did you ring me on?",
            "What was my number before this one?",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}.",
            "Receipts for me go to {v}, that's my inbox.",
            "Anything by email, send it to {v}.",
        ],
        "change": [
            "Receipts for me go to {v} now.",
            "Anything by email, send it to {v} from here on, that's the inbox I read these days.",
            "Email me at {v} now, that's where I'll see it.",
        ],
        "ask_now": [
            "Where would you email a receipt for me?",
            "What's my email address?",
        ],
        "ask_then": [
            "And before that, which email did receipts go to?",
            "What email did I use before this one?",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} every morning.",
            "It says {v} on the prescription label, for my blood pressure.",
            "The chemist gives me {v} each month for my blood pressure.",
        ],
        "change": [
            "It is {v} on the prescription label now.",
            "The chemist hands me {v} these days, that's what I take each morning now.",
            "Since the last check-up it's {v} each morning for me from here on.",
        ],
        "ask_now": [
            "How much lisinopril would the chemist hand me?",
            "What dose of lisinopril am I on?",
        ],
        "ask_then": [
            "And before that, how much lisinopril was I taking?",
            "What did the prescription label say before?",
        ],
    },
    "class": {
        "tell": [
            "Pottery is on {v}, so don't book me then.",
            "I'm at my pottery class on {v}.",
            "My pottery class is {v}, every week.",
        ],
        "change": [
            "Don't book me anything on {v} from here on, that's when pottery is now.",
            "Pottery falls on {v} these days, so keep that free for me.",
            "You'll find me at the pottery wheel on {v} now.",
        ],
        "ask_now": [
            "Which day would I be busy with pottery?",
            "When's my pottery class?",
            "What day is pottery for me these days?",
        ],
        "ask_then": [
            "And before that, which day was pottery?",
            "When did my pottery class used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "I have two cups of {v} every morning.",
            "Put {v} on my order, I have it every day.",
            "Mornings for me start with a mug of {v}.",
        ],
        "change": [
            "Leave the {v} off my order, I don't touch it any more.",
            "It's water in the mornings for me these days, no {v} at all.",
            "The doctor's happier since there's no {v} in my cup any more.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "Would I want coffee on my breakfast order?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, steak is my favourite.",
            "Book somewhere that does {v}, I love a steak.",
            "There's {v} on my plate most nights.",
        ],
        "change": [
            "There's no {v} on my plate any more, it's all vegetables for me these days.",
            "Book somewhere with vegetarian dishes, {v} isn't something I eat any more.",
            "Leave the {v} off anything for me from here on, I'm vegetarian now.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "What should the restaurant know about what I eat?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}.",
            "Put {v} in the basket, it's the tea I like best.",
            "If there's tea in the basket, make it {v}, that's my favourite.",
        ],
        "change": [
            "Make it {v} in the basket, that's the tea I like best these days.",
            "The tea I reach for now is {v}, that's my favourite.",
            "It's {v} in my cup every afternoon now, my favourite tea.",
        ],
        "ask_now": [
            "Which tea would you put in my basket?",
            "What's my favourite tea?",
        ],
        "ask_then": [
            "And before that, which tea did I like best?",
            "What was my favourite tea before?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}, she runs the house.",
            "Our cat {v} sleeps on my bed every night.",
            "There's a cat at ours, {v}, she's a handful.",
        ],
        "change": [
            "The vet bills stopped after we lost {old}.",
            "The cat flap's taped shut now, {old} isn't with us any more.",
            "Nobody wakes me for breakfast these days, not since {old} died.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "Is there a cat at my house?",
            "How's my cat getting on?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} is coming with me.",
            "Put {v} on the card, that's my boyfriend.",
            "It's me and my boyfriend {v} on the booking.",
        ],
        "change": [
            "Put {v} on the card, that is who I am with; {old} isn't in the picture any more.",
            "Put {v} on the card, that is who I am with now.",
            "It's {v} coming with me these days, he's my partner now.",
            "{old} won't be coming, that's over; it's {v} by my side now.",
        ],
        "ask_now": [
            "Who would you put down as my other half?",
            "Who's my partner?",
            "Whose name goes on the card next to mine?",
        ],
        "ask_then": [
            "And before that, who was I with?",
            "Who was my partner before?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}.",
            "My payslips come from {v}.",
            "You'll find me at {v} during the working day.",
        ],
        "change": [
            "My payslips come from {v} now.",
            "In working hours you'll find me at {v} these days, that's my job now.",
            "It's {v} I work for from here on.",
        ],
        "ask_now": [
            "Where would you find me in working hours?",
            "Who do I work for?",
            "Where do my payslips come from?",
        ],
        "ask_then": [
            "And before that, where was I working?",
            "Who did I work for before?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}.",
            "It's {v} in my driveway.",
            "Look out for {v} when I pull up, that's mine.",
        ],
        "change": [
            "It's {v} in the driveway these days, that's what I drive now.",
            "Look out for {v} when I pull up now, that's my car.",
            "I get about in {v} now.",
        ],
        "ask_now": [
            "What would I pull up in?",
            "What car do I drive?",
        ],
        "ask_then": [
            "And before that, what car did I drive?",
            "What was in my driveway before?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}.",
            "Forms for my GP go to {v}.",
            "I see {v} at the practice, that's my GP.",
        ],
        "change": [
            "Forms for my GP go to {v} now.",
            "My appointments are with {v} these days, that's my GP now.",
            "From here on it's {v} who looks after me as my GP.",
        ],
        "ask_now": [
            "Who would you send my GP forms to?",
            "Who's my GP?",
        ],
        "ask_then": [
            "And before that, who was my GP?",
            "Which GP did I see before?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}.",
            "I'm in the dentist's chair on {v}.",
            "The dentist has me booked for {v}.",
        ],
        "change": [
            "The dentist's card says {v} now, so that's my appointment.",
            "I'm in the dentist's chair on {v} now, not the earlier date.",
            "The dentist has me down for {v} now.",
        ],
        "ask_now": [
            "When would I be at the dentist?",
            "When's my dentist appointment?",
        ],
        "ask_then": [
            "And before that, when was the dentist booked for?",
            "What date was my dentist appointment originally?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, that works best.",
            "Best to {v} me if you need me.",
            "If it's about the booking, {v} me.",
        ],
        "change": [
            "If you need me, {v} me these days, that's what works now.",
            "Best to {v} me from here on.",
            "Whatever it's about, {v} me now, please.",
        ],
        "ask_now": [
            "How should you get in touch with me?",
            "How do I like to be contacted?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, everyone does.",
            "I go by {v}.",
            "Everyone knows me as {v}.",
        ],
        "change": [
            "Everyone calls me {v} these days, so you can too.",
            "Call me {v} from here on.",
            "It's {v} to my friends now, and to you as well.",
        ],
        "ask_now": [
            "What would you call me?",
            "What name do I go by?",
        ],
    },
}


def orchard_kinds() -> list[Kind]:
    """The kinds with the fiftieth held-out phrasing."""
    return heldout_kinds(_ORCHARD)
