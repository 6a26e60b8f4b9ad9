"""A thirty-ninth held-out phrasing of the same facts (`generate --phrasing brisk`, written to
`bench/changeeval/brisk/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the keys and placeholders of one kind of `heldout.py`, the head and tail of
`onhold.py` and `phrasings.py` only, without reading the supersession rules, the other
phrasings' wording or the tests, and without running anything on these words first.
The callers are busy, terse people who answer in as few words as possible: clipped fragments
without verbs ("Mobile: ..."), one-word replies ("yep", "nope", "correct", "negative"),
answers that only make sense after the agent's prompt, updates reeled off in one breath ("Two
things: new email, ...; and ..."), business-like jargon ("for your records", "update the
file", "effective today", "per my last call", "going forward", "disregard the old one"),
corrections of the agent's read-back ("Negative, that's the old number ...") and occasional
impatience ("just put ..."). Colleagues, clients, an assistant, a spouse or the kids come up
only in passing and never with the caller's facts. Changes come as plain statements with no
word of change, "effective today", "as of ...", "scratch that", "disregard ...", "new ... —
...", "moved", "switched to ..." and very short answers. Every change is about the caller and
leaves the new value current; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_BRISK: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Correct. {v}. Home, for the file.",
            "Address is {v}. That's it.",
            "Home's {v}. Between meetings, so quick.",
        ],
        "change": [
            "Moved. {v}. Update the file.",
            "Same place. No — new place: {v}, as of last week.",
            "Disregard the old address, it's {v} now.",
            "Address, for your records: {v}. Effective today.",
        ],
        "ask_now": [
            "Address on file?",
            "Which address do you have.",
            "Home address — what've you got?",
        ],
        "ask_then": [
            "Previous address?",
            "Old address — what did you have before the move?",
        ],
    },
    "phone": {
        "tell": [
            "Mobile: {v}.",
            "Best number's {v}. Leave a message.",
            "Reach me on {v}. Mobile. That's all.",
        ],
        "change": [
            "Mobile's changed — {v}.",
            "New number, {v}. Disregard the old one.",
            "Negative, that's the old number. It's {v} now.",
            "Effective today, my number is {v}. New phone.",
        ],
        "ask_now": [
            "Number on file?",
            "Which number do you call me on.",
            "My mobile — what've you got?",
        ],
        "ask_then": [
            "Old number?",
            "Previous number — what did you have?",
        ],
    },
    "email": {
        "tell": [
            "Email: {v}.",
            "Receipts to {v}. My assistant doesn't need copies.",
            "Yep, send them to {v}. That's me.",
        ],
        "change": [
            "Two things: new email, {v}; and I'm travelling next week.",
            "Old email's dead — use {v} going forward.",
            "Switched to {v}. Update the file.",
            "Per my last call: email is {v} now, not the old one.",
        ],
        "ask_now": [
            "Email on file?",
            "Which email have you got for me.",
            "Receipts — which email?",
        ],
        "ask_then": [
            "Old email?",
            "Previous email — what did you have?",
        ],
    },
    "dose": {
        "tell": [
            "Blood pressure: {v}, mornings.",
            "On {v}. Daily. Nothing else.",
            "Fine. {v} every morning, for the blood pressure.",
        ],
        "change": [
            "Doctor adjusted it. {v}, effective today.",
            "New dose — {v}. Doctor's call.",
            "Switched to {v} last week. Update the file.",
            "Scratch the old dose, it's {v} from now on.",
        ],
        "ask_now": [
            "My lisinopril dose?",
            "Blood pressure meds — what dose have you got?",
            "Lisinopril on file — how much?",
        ],
        "ask_then": [
            "Previous lisinopril dose?",
            "Lisinopril before the change — what was it?",
        ],
    },
    "class": {
        "tell": [
            "Pottery, {v}. Never free then.",
            "{v}: pottery. Book around it.",
            "Busy. Pottery's {v}, every week.",
        ],
        "change": [
            "Pottery's moved. {v} now.",
            "As of this week, pottery's {v}.",
            "Pottery — {v} going forward. Schedule changed.",
            "Disregard the old pottery day, it's {v} now.",
        ],
        "ask_now": [
            "Pottery — which day?",
            "When's pottery.",
            "Pottery day on file?",
        ],
        "ask_then": [
            "Pottery day before it moved?",
            "Old pottery day — what did you have?",
        ],
    },
    "coffee": {
        "tell": [
            "Yep. Two cups of {v}, black, every morning.",
            "Black {v}, mornings. Non-negotiable.",
            "Usual's fine. Strong {v}, every morning.",
        ],
        "change": [
            "Stopped the {v}. Effective today.",
            "Scratch the {v} from the order. Quit.",
            "No {v} going forward. Doctor's orders.",
            "Two things: no more {v} for me; and the order's for one, as usual.",
        ],
        "ask_now": [
            "Coffee — do I?",
            "Do I drink coffee. Yes or no.",
            "Coffee — how do I take it?",
        ],
    },
    "meat": {
        "tell": [
            "Yep — {v}, most days. Steak Friday.",
            "Usual steakhouse. I eat {v}, no notes.",
            "No restrictions. Big {v} eater.",
        ],
        "change": [
            "Vegetarian now. No {v}, going forward.",
            "Effective today: no {v}. Vegetarian.",
            "Disregard the steak note — I'm vegetarian, no {v}.",
            "Negative on the steakhouse. Vegetarian these days, no {v}.",
        ],
        "ask_now": [
            "Red meat — yes or no?",
            "Dietary restrictions on file?",
            "Do I eat red meat.",
        ],
    },
    "favourite": {
        "tell": [
            "Tea: {v}. Favourite.",
            "Favourite's {v}. Put that in.",
            "Correct, {v}. Favourite tea.",
        ],
        "change": [
            "New favourite tea: {v}.",
            "Gone off the old tea — {v} now.",
            "Switched to {v}. Favourite tea, update the file.",
            "For the basket, going forward: {v}. That's the favourite now.",
        ],
        "ask_now": [
            "Favourite tea?",
            "Which tea for my basket.",
            "Tea on file?",
        ],
        "ask_then": [
            "Previous favourite tea?",
            "Old favourite — what was it?",
        ],
    },
    "pet": {
        "tell": [
            "Fine. Cat's called {v}. Runs the place.",
            "One cat, {v}. For the file.",
            "Kids are fine. Cat's {v}, a handful.",
        ],
        "change": [
            "{old} passed. Last month. Update the file.",
            "Scratch {old} from the file. Rehomed — allergies.",
            "Lost {old} in the spring. No cat now.",
            "Negative on the cat. {old} died, fifteen. Just put no pets.",
        ],
        "ask_now": [
            "Cat — do I have one?",
            "How's my cat, per the file?",
            "Pets on file?",
        ],
    },
    "partner": {
        "tell": [
            "Partner's {v}. Cooking tonight.",
            "Me and the boyfriend, {v} — coast, weekend.",
            "{v} — boyfriend. For the file.",
        ],
        "change": [
            "{old}'s history. {v} now.",
            "New partner — {v}. Split with {old} in the spring.",
            "Scratch {old}. It's {v}, going forward.",
            "Partner: {v}. Just put that.",
        ],
        "ask_now": [
            "Partner's name?",
            "Who's my partner, per the file.",
            "Partner on file?",
        ],
        "ask_then": [
            "Previous partner?",
            "Who was I with before — name?",
        ],
    },
    "job": {
        "tell": [
            "At {v}. Years now.",
            "Employer: {v}.",
            "Busy — {v}, clients all day.",
        ],
        "change": [
            "New job — {v}. Started Monday.",
            "Left the old place. I'm at {v} as of last month.",
            "Employer, for your records: {v}.",
            "Switched jobs — {v} now, disregard the old one.",
        ],
        "ask_now": [
            "Employer on file?",
            "Where do I work.",
            "Current employer?",
        ],
        "ask_then": [
            "Previous employer — what did you have?",
            "Old job?",
        ],
    },
    "car": {
        "tell": [
            "Yep. I drive {v}.",
            "Car's {v}. One space.",
            "Parking, yes — {v}.",
        ],
        "change": [
            "Switched cars. I drive {v} now.",
            "Sold the old one — {v} these days.",
            "New car: {v}. Effective today.",
            "Negative, not that one. It's {v} now.",
        ],
        "ask_now": [
            "Car on file?",
            "What do I drive.",
            "My car — make and model?",
        ],
        "ask_then": [
            "Previous car?",
            "Old car — what was it?",
        ],
    },
    "doctor": {
        "tell": [
            "GP's {v}. Elm Street.",
            "Send them to {v}. My GP.",
            "{v}, Elm Street practice. That's my GP.",
        ],
        "change": [
            "New GP — {v}. Old one retired.",
            "Switched practices. {v} now.",
            "GP, as of this month: {v}.",
            "Disregard the old GP, it's {v} now.",
        ],
        "ask_now": [
            "GP on file?",
            "Who's my GP.",
            "My doctor — name?",
        ],
        "ask_then": [
            "Previous GP?",
            "GP before the switch?",
        ],
    },
    "dentist": {
        "tell": [
            "Dentist, {v}. That's it.",
            "Dentist's on {v}. In the diary.",
            "One thing: dentist, {v}.",
        ],
        "change": [
            "Dentist moved it — {v}.",
            "Dentist rescheduled. It's {v} now.",
            "New dentist date: {v}. Update the file.",
            "Scratch the old date — dentist's {v}.",
        ],
        "ask_now": [
            "Dentist date?",
            "When's my dentist.",
            "Dentist appointment on file?",
        ],
        "ask_then": [
            "Original dentist date?",
            "Dentist — what was the date before?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me. Nothing else.",
            "Best to {v} me. Busy.",
            "Preference: {v} me, nothing else.",
        ],
        "change": [
            "Going forward, {v} me.",
            "Effective today: {v} me instead.",
            "Disregard the old preference — {v} me now.",
            "New preference — {v} me. Just put that.",
        ],
        "ask_now": [
            "Contact preference?",
            "Text or call — which do I want?",
            "How do I like to be reached.",
        ],
    },
    "nickname": {
        "tell": [
            "{v}. Everyone calls me that.",
            "Just call me {v}.",
            "Call me {v}. Saves time.",
        ],
        "change": [
            "Going forward: {v}.",
            "{v} now. Update the file.",
            "Switched back to {v}. Call me that.",
            "Disregard the old name — it's {v} these days.",
        ],
        "ask_now": [
            "What do I go by?",
            "Name to use for me?",
            "What do you call me, per the file.",
        ],
    },
}


def brisk_kinds() -> list[Kind]:
    """The kinds with the thirty-ninth held-out phrasing."""
    return heldout_kinds(_BRISK)
