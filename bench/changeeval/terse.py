"""A fifty-fifth held-out phrasing of the same facts (`generate --phrasing terse`, written to
`bench/changeeval/terse/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.
The callers are clipped and busy, answering the phone while doing something else: driving,
cooking, at a till, on the way out of the door. They say as little as they can. Tells and
changes are short, often verbless fragments that lean on the agent's question ("Home's {v}.",
"Moved. {v} now.", "Coffee? Off it."), in British and American clipped styles, with full
stops, dashes and question marks where a longer caller would use whole sentences. Each still
carries a word that shows what the value is (home, mobile, GP, pottery, boyfriend) or that it
changed (new, moved, now, off it, gone). Questions are clipped the same way ("Address?",
"Old address?", "Still got me on coffee?").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_TERSE: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "{v}. That's home.",
            "Home's {v}.",
            "Address — {v}.",
            "Live at {v}. For the file.",
        ],
        "change": [
            "Moved. {v} now.",
            "New address. {v}.",
            "Moved house — {v}. Update it.",
            "Not there any more. {v}, new place.",
        ],
        "ask_now": [
            "Address?",
            "Which address you got for me?",
            "Home address — what've you got?",
            "Where d'you have me living?",
        ],
        "ask_then": [
            "Old address?",
            "Where was I before the move?",
            "Previous address — what was it?",
            "The old place. Address?",
        ],
    },
    "phone": {
        "tell": [
            "Mobile: {v}.",
            "Number's {v}.",
            "Best number — {v}.",
            "Reach me on {v}. Mobile.",
        ],
        "change": [
            "New number. {v}.",
            "Changed phones. Number's {v} now.",
            "Number's different — {v}.",
            "Don't use the old number. {v}.",
        ],
        "ask_now": [
            "My number — current one?",
            "Which number you got?",
            "Phone number?",
            "Number on file for me?",
        ],
        "ask_then": [
            "Old number?",
            "What number'd I have before?",
            "Previous phone number — what was it?",
            "The number before this one?",
        ],
    },
    "email": {
        "tell": [
            "Email's {v}.",
            "Send to {v}. That's my email.",
            "Email — {v}.",
            "Receipts to {v}. Email.",
        ],
        "change": [
            "New email. {v}.",
            "Email changed. {v} now.",
            "Old email's dead. Use {v}.",
            "Different email — {v}.",
        ],
        "ask_now": [
            "Email?",
            "Which email you got for me?",
            "Email on file — what is it?",
            "My email address — current?",
        ],
        "ask_then": [
            "Old email?",
            "What email'd I have before?",
            "Previous email address?",
            "The email before this one?",
        ],
    },
    "dose": {
        "tell": [
            "On {v}. Mornings.",
            "{v}. Blood pressure.",
            "Take {v} daily.",
            "Blood pressure pills — {v}.",
        ],
        "change": [
            "Dose changed. {v} now.",
            "Doc switched me. {v}.",
            "New dose — {v}.",
            "Pills changed. On {v} now.",
        ],
        "ask_now": [
            "My dose?",
            "Lisinopril — how much?",
            "What dose am I on now?",
            "Blood pressure pills — current dose?",
        ],
        "ask_then": [
            "Old dose?",
            "Lisinopril before the change — how much?",
            "What was I on before?",
            "Previous dose of lisinopril?",
        ],
    },
    "class": {
        "tell": [
            "Pottery. {v}.",
            "Pottery's {v}. Never free then.",
            "{v} — pottery class.",
            "Class is {v}. Pottery.",
        ],
        "change": [
            "Pottery's moved. {v} now.",
            "Class changed — {v}.",
            "New pottery day. {v}.",
            "They moved pottery. {v} from now on.",
        ],
        "ask_now": [
            "Pottery — when?",
            "Which day's my class?",
            "Pottery day?",
            "When's pottery now?",
        ],
        "ask_then": [
            "Pottery — old day?",
            "Which day was pottery before?",
            "Class day before it moved?",
            "Old pottery day?",
        ],
    },
    "coffee": {
        "tell": [
            "Black {v}. Every morning.",
            "Big {v} drinker. Two cups.",
            "Need my {v}. Can't live without it.",
            "Yeah, {v}. Mornings.",
        ],
        "change": [
            "The {v}? Off it.",
            "No more {v}. Quit.",
            "Given up {v}. Doctor's orders.",
            "Off the {v} now. For good.",
        ],
        "ask_now": [
            "Still got me on coffee?",
            "Coffee — do I drink it?",
            "Me and coffee. Yes or no?",
            "Do I drink coffee or not?",
        ],
    },
    "meat": {
        "tell": [
            "Eat {v} most days.",
            "Steak, {v}, all of it. Big eater.",
            "Love my {v}. Steak, mostly.",
            "Eat {v}. Every Friday, steak.",
        ],
        "change": [
            "No more {v}.",
            "Off {v}. Vegetarian now.",
            "Veggie these days. No {v}.",
            "Stopped the {v}. Vegetarian.",
        ],
        "ask_now": [
            "Red meat — do I eat it?",
            "Diet stuff — anything for me?",
            "Steak OK for me?",
            "Any restrictions on me?",
        ],
    },
    "favourite": {
        "tell": [
            "Always {v}. Favourite tea.",
            "Tea? {v}. Always.",
            "Favourite's {v}.",
            "Mine's {v}. Tea, I mean.",
        ],
        "change": [
            "Gone off the old tea. {v} now.",
            "Favourite tea's {v} these days.",
            "New favourite — {v}.",
            "Tea's changed. {v} now.",
        ],
        "ask_now": [
            "Favourite tea?",
            "Which tea for me?",
            "My tea — which one?",
            "Tea for the basket — mine?",
        ],
        "ask_then": [
            "Old favourite tea?",
            "Which tea'd I like before?",
            "Tea before this one?",
            "Previous favourite — what was it?",
        ],
    },
    "pet": {
        "tell": [
            "Cat's called {v}.",
            "{v}. The cat. Handful.",
            "Got a cat — {v}.",
            "Cat, {v}. Runs the place.",
        ],
        "change": [
            "Nope, {old}'s gone. Vet.",
            "Lost {old}. Last month.",
            "{old}? Rehomed. Allergies.",
            "No cat now — {old} died.",
        ],
        "ask_now": [
            "Got me down with a cat?",
            "Cat — how's mine doing?",
            "Do I have a cat?",
            "My cat?",
        ],
    },
    "partner": {
        "tell": [
            "Boyfriend's {v}.",
            "Me and {v}. Partner.",
            "Partner — {v}.",
            "{v}'s cooking. My other half.",
        ],
        "change": [
            "{old}'s out. {v} now. New fella.",
            "Split with {old}. Seeing {v}.",
            "New partner. {v}.",
            "Seeing someone — {v}.",
        ],
        "ask_now": [
            "Partner?",
            "Who've you got as my other half?",
            "My partner — name?",
            "Boyfriend — who?",
        ],
        "ask_then": [
            "Who'd I have before?",
            "Ex — name?",
            "Partner before this one?",
            "Who was I with before?",
        ],
    },
    "job": {
        "tell": [
            "Work at {v}.",
            "Been at {v} years. Work.",
            "Job's at {v}.",
            "Employer — {v}.",
        ],
        "change": [
            "New job. {v}.",
            "Left the old job. {v} now.",
            "Switched jobs — {v}.",
            "At {v} these days. New job.",
        ],
        "ask_now": [
            "Employer?",
            "Where'm I working?",
            "Work — where?",
            "My job — which company?",
        ],
        "ask_then": [
            "Old job?",
            "Where'd I work before?",
            "Previous employer?",
            "Job before this one?",
        ],
    },
    "car": {
        "tell": [
            "Drive {v}.",
            "Car's {v}.",
            "Got {v}. That's the car.",
            "Car? {v}.",
        ],
        "change": [
            "New car. {v}.",
            "Traded in. {v} now.",
            "Sold the old car — {v}.",
            "Different car now. {v}.",
        ],
        "ask_now": [
            "My car?",
            "What am I driving?",
            "Car — which one?",
            "Car on file for me?",
        ],
        "ask_then": [
            "Old car?",
            "What'd I drive before?",
            "Car before this one?",
            "Previous car — what was it?",
        ],
    },
    "doctor": {
        "tell": [
            "GP's {v}.",
            "{v}. My GP.",
            "Forms to {v}. GP.",
            "See {v} — GP.",
        ],
        "change": [
            "New GP. {v}.",
            "Switched GP. {v} now.",
            "Changed practices — {v}.",
            "Old GP retired. {v} now.",
        ],
        "ask_now": [
            "GP?",
            "Who's my doctor?",
            "My GP — name?",
            "Doctor on file?",
        ],
        "ask_then": [
            "Old GP?",
            "Who'd I see before?",
            "GP before this one?",
            "Previous doctor — who?",
        ],
    },
    "dentist": {
        "tell": [
            "Dentist — {v}.",
            "Dentist's {v}.",
            "On {v}. Dentist.",
            "Got the dentist {v}.",
        ],
        "change": [
            "Dentist moved me. {v} now.",
            "Dentist's rescheduled — {v}.",
            "New dentist date. {v}.",
            "Dentist changed. {v}.",
        ],
        "ask_now": [
            "Dentist — when?",
            "When's the dentist?",
            "Dentist date?",
            "My dentist appointment?",
        ],
        "ask_then": [
            "Dentist — original date?",
            "When was the dentist before it moved?",
            "Old dentist date?",
            "First dentist date?",
        ],
    },
    "contact": {
        "tell": [
            "Best to {v} me.",
            "Just {v} me.",
            "Always {v} me, please.",
            "Prefer you {v} me.",
        ],
        "change": [
            "Now it's {v} me. Not the old way.",
            "Changed my mind. {v} me.",
            "From now on — {v} me.",
            "Rather you {v} me these days.",
        ],
        "ask_now": [
            "How d'you reach me?",
            "Text or call — which?",
            "Best way to contact me?",
            "Contact — how?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}.",
            "{v}. Everyone does.",
            "Just {v}.",
            "Go by {v}.",
        ],
        "change": [
            "It's {v} now. Call me that.",
            "Going by {v} these days.",
            "{v} from now on.",
            "Back to {v}. Call me that.",
        ],
        "ask_now": [
            "What d'you call me?",
            "Name I go by?",
            "My nickname?",
            "Call me what?",
        ],
    },
}


def terse_kinds() -> list[Kind]:
    """The kinds with the fifty-fifth held-out phrasing."""
    return heldout_kinds(_TERSE)
