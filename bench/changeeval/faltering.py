"""A forty-third held-out phrasing of the same facts (`generate --phrasing faltering`, written to
`bench/changeeval/faltering/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `heldout_kinds` and of one kind of its words, the layout of `onhold.py` and
`phrasings.py` only, without reading the supersession rules, the other phrasings or the tests,
and without running anything on these words but the generator and the linter.
The callers speak as a phone transcript really captures them: disfluent and faltering. False
starts and restarts ("I- I live at, um, ..."), repeated words ("it's it's ..."), fillers (um,
uh, er, like, you know, sort of, I mean), trailing off and picking back up, breaking off to talk
to someone in the room (the kettle, the dog, a partner, the door), mishearing the agent's
question and answering it anyway, hedges that settle ("I think it's ...? Yeah, ..."), a value
said and then said again to confirm, short choppy fragments, and the odd transcription slip: a
sentence starting in lowercase, a comma splice. The caller's value is always said whole. Changes
come sometimes with no word of change, sometimes with one ("not- not the old one, ..."), and
sometimes as a restart that takes back the first half of the sentence. Other people come up in
passing but never with a value of the same kind; every change is about the caller and leaves the
new value current; every tell states the caller's own current value. Questions falter too.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_FALTERING: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I- I live at, um, {v}. For the, uh, for the file.",
            "It's it's {v}, that's, er, that's home, yeah.",
            "Address? Sorry, I thought you said- yeah, address, {v}.",
            "we're at {v}, hang on- someone's at the door- sorry. {v}, yeah.",
        ],
        "change": [
            "So we- we moved, finally, um, it's {v} now. {v}.",
            "I'm still at- no, wait, I'm not, am I, we're at {v} now, since the move.",
            "Moved. Yeah. Last weekend. {v}, that's us now.",
            "Oh, the address, you'll have the- that's out of date, we're at {v} these days.",
        ],
        "ask_now": [
            "Um, what's- what address have you, uh, got for me?",
            "where am I- sorry, where've you got me living, like, right now?",
        ],
        "ask_then": [
            "What was the- the old address, before we, um, before the move?",
            "Where was I, er, living before? The previous- the previous place?",
        ],
    },
    "phone": {
        "tell": [
            "The best- uh, best number is {v}. {v}, yeah.",
            "My mobile's, um, hang on- sorry, that was the kettle- it's {v}.",
            "I think it's {v}? Yeah. {v}. That's me.",
        ],
        "change": [
            "I've got a- a new phone, so it's, er, {v} now. Not the old number.",
            "my number's- it changed, it's {v}, I mean, that's the one that works now.",
            "Don't ring the- the other one, that's dead, uh, {v}, that's me now.",
        ],
        "ask_now": [
            "What's- um, what number have you got for me?",
            "Which, er, which number are you gonna ring me on?",
        ],
        "ask_then": [
            "What was my- my old number, you know, the one before?",
        ],
    },
    "email": {
        "tell": [
            "My- sorry, my what? Oh, the email, yeah, it's {v}.",
            "Email, um, it's, you know, {v}. Did you- did you get that? {v}.",
            "send it to, er, {v}, that's- that's my email.",
        ],
        "change": [
            "Er, so I- I changed it, the email, it's {v} now. Yeah.",
            "New email. Uh, {v}. Use that one from now on, sorry.",
            "The email you've got, I don't- I don't check that any more, it's {v}.",
        ],
        "ask_now": [
            "Which- um, which email have you actually got for me?",
            "what email do you- sorry, what's my email on there?",
        ],
        "ask_then": [
            "What was the, uh, the email I had before? The old one?",
        ],
    },
    "dose": {
        "tell": [
            "I take, um, {v}. Every morning. With my- with my toast, sort of.",
            "I'm on {v} for the, er, for the blood pressure, yeah.",
            "It's- what is it- {v}. I think. Yeah, it says on the box, {v}.",
        ],
        "change": [
            "The doctor- she put me up, um, I'm on {v} now. From Monday.",
            "I'm taking- well, I was taking- no, it's {v} now, they changed it last week.",
            "{v}. That's- that's what I take now, since the, uh, the last check-up.",
        ],
        "ask_now": [
            "How much, um, how much lisinopril am I on, like, now?",
            "what's my- what dose have you got me down for? The blood pressure one.",
        ],
        "ask_then": [
            "What was I- what dose was I on before, er, before they changed it?",
        ],
    },
    "class": {
        "tell": [
            "Pottery's on, um, {v}. So I can't- I can't do {v}, ever.",
            "I do pottery, uh, {v}, you know, with the- with the wheel and that.",
            "it's {v}, my class, the- the pottery, I mean, I go every week.",
        ],
        "change": [
            "Pottery- they moved it, um, it's {v} now. {v}. Yeah.",
            "Pottery's on the- no, wait, they changed the, er, timetable, it's {v} now.",
            "So, like, pottery's {v} from now on, the old day's gone.",
        ],
        "ask_now": [
            "When's my- um, when's pottery again?",
            "what day have you got for my, uh, my pottery class?",
        ],
        "ask_then": [
            "Which day was pottery, er, before they moved it?",
        ],
    },
    "coffee": {
        "tell": [
            "I have, um, two cups of {v} every morning, black, I mean, I'd die without it.",
            "{v}? Oh, yeah, love it. Love my {v}. Every morning, you know.",
        ],
        "change": [
            "I don't- I've stopped, um, the {v}, doctor said, so. No {v}.",
            "no more {v}. Quit. Yeah. Last month, and it was- it was hard, honestly.",
            "I'll have a- no, sorry, habit, I don't drink {v} any more.",
        ],
        "ask_now": [
            "Do I, um, do I drink coffee? Have you got that down?",
            "How do I, er, take my coffee? Is that on there, like?",
        ],
    },
    "meat": {
        "tell": [
            "I love a- a steak, you know, I eat {v} most, most days.",
            "Big {v} eater, me. Steak, uh, every Friday, yeah.",
        ],
        "change": [
            "I'm, um, I'm vegetarian now, so no {v}. None.",
            "Stopped the {v}, I mean, I've gone vegetarian, sort of- no, properly vegetarian.",
            "Don't- don't put me down for {v}, I don't eat it any more, I'm veggie.",
        ],
        "ask_now": [
            "Do I, er, eat red meat? What've you got?",
            "any, uh, dietary stuff, like, for me? Restrictions?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite's, um, {v}. {v}, definitely.",
            "I'm a- I'm a {v} person, you know, that's my favourite tea.",
        ],
        "change": [
            "It used to be- no, it's {v} now, my favourite, I've gone right off the other.",
            "{v}. These days. That's the, er, the favourite tea now.",
            "The tea- oh, I've gone off the old one, um, {v}'s my favourite now.",
        ],
        "ask_now": [
            "What's my, um, what's my favourite tea on there?",
            "which tea are you- sorry, which one's going in my basket?",
        ],
        "ask_then": [
            "What was my favourite tea, like, before? The old favourite?",
        ],
    },
    "pet": {
        "tell": [
            "We've got a cat, um, {v}, she's- she's a handful, honestly.",
            "hang on- {v}, get off the- sorry, that's our cat, {v}, she runs the house.",
        ],
        "change": [
            "We, um- we lost {old}. Last month. She was, er, fifteen.",
            "{old}- she's, uh, she passed, in the spring. It's been- yeah. It's been hard.",
            "We had to- to rehome {old}, my allergies, I mean, they got too bad, so. No cat.",
        ],
        "ask_now": [
            "Do I, um, have a cat? On the file, I mean?",
            "how's my- sorry, how's my cat doing, do you know?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend, um, {v}, and I are- we're going to the coast.",
            "{v}, can you turn that- sorry, that's my partner, {v}, he's doing the cooking.",
            "I'm with, er, {v}. My partner. {v}.",
        ],
        "change": [
            "Me and {old}, we- we split up, um, I'm seeing someone new, {v}.",
            "It's not {old} any more- it's {v}, I mean, I'm with {v} now.",
            "My partner's {v}- {v}, yeah, new, er, new-ish, since the spring.",
        ],
        "ask_now": [
            "Who's my, um, who've you got as my partner?",
            "What's my partner's- his name, sorry, what's it say?",
        ],
        "ask_then": [
            "Who was I, er, with before? Before- you know.",
        ],
    },
    "job": {
        "tell": [
            "I work at, uh, {v}. It's- it's steady, yeah.",
            "Been at {v} for, um, years, like, ages now.",
            "Work? Oh, sorry, I heard- yeah, where I work, {v}.",
        ],
        "change": [
            "I've started at- I've got a new job, um, at {v}.",
            "Left the old place. {v} now. Yeah. Started Monday.",
            "I'm at- no, not there, I left there, it's {v} I'm at now, sorry.",
        ],
        "ask_now": [
            "Where do I, er, where am I working, on your, like, records?",
            "who's my- um, who's my employer on there?",
        ],
        "ask_then": [
            "Where did I- what was the job before, the old one?",
        ],
    },
    "car": {
        "tell": [
            "I drive, er, {v}. {v}.",
            "My car's, um, you know, {v}, it's parked- it's parked outside.",
        ],
        "change": [
            "We traded- traded the old one in, so, uh, I drive {v} now.",
            "new car! I mean, it's {v}, we got rid of the other.",
            "It's {v}, sorry, I nearly said the old one, it's {v} these days.",
        ],
        "ask_now": [
            "What- what car have you got down for me?",
            "what am I driving, um, according to you?",
        ],
        "ask_then": [
            "What was my, uh, old car? The one before?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP's {v}, at the, um, Elm Street, the practice there.",
            "I see- I see {v}. She's my, er, GP.",
        ],
        "change": [
            "I switched, um, practices, so my GP's {v} now.",
            "The old GP retired- so it's {v}, {v} is my GP now.",
            "Who do I see? Um- it's {v}, these days, for the GP, I mean.",
        ],
        "ask_now": [
            "Who's my, uh, my GP on your system?",
            "which doctor- sorry, which doctor do I see?",
        ],
        "ask_then": [
            "Who was my GP, um, before? The previous one?",
        ],
    },
    "dentist": {
        "tell": [
            "I've got the dentist on, um, {v}. {v}, I think. Yeah.",
            "Dentist, er, dentist is- hang on, let me check the- yeah, {v}.",
        ],
        "change": [
            "They moved it, the dentist, um, it's {v} now.",
            "It's on- it was- no, the dentist rang, it's {v} now, they rescheduled.",
            "Dentist's {v}. Not the first date, they changed that. {v}.",
        ],
        "ask_now": [
            "When's my, um, my dentist thing? The appointment?",
        ],
        "ask_then": [
            "When was the dentist, er, originally? Before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            "Just, um, {v} me, please, that's- that's easiest.",
            "I'd, er, prefer you {v} me. Rather than, you know, anything else.",
        ],
        "change": [
            "From now on, like, {v} me instead, please, that suits me better now.",
            "I'd rather you- I mean, these days I'd rather you {v} me.",
            "Oh- and, um, can you {v} me from now on? I've changed my mind on that.",
        ],
        "ask_now": [
            "How do I, um, how do I like being contacted?",
            "should you- er, text or call me? What've you got?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, everyone- everyone does.",
            "Just, uh, {v}. {v} is fine.",
        ],
        "change": [
            "Actually I go by- um, by {v} these days.",
            "It's {v} now, I've gone back to it, sorry, yeah, {v}.",
            "Oh, not- not that name, {v}, call me {v} now.",
        ],
        "ask_now": [
            "What're you, um, what are you supposed to call me?",
            "what name do I- do I go by on there?",
        ],
    },
}


def faltering_kinds() -> list[Kind]:
    """The kinds with the forty-third held-out phrasing."""
    return heldout_kinds(_FALTERING)
