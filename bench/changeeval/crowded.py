"""A fifty-first held-out phrasing of the same facts (`generate --phrasing crowded`, written to
`bench/changeeval/crowded/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of heldout's words (only their roles, counts and placeholders), `heldout_kinds`, the
layout of `onhold.py` and `phrasings.py` only, without reading the supersession rules, the
other phrasings or the tests, and without running anything on these words first.
The callers come from busy households: in the same breath as their own value they mention
someone else's value of the same kind (a sister's street, a husband's mobile, a son's email, a
mum's dose, a flatmate's cat, a brother's car), sometimes before their own and sometimes after.
The other values are invented and are none of the kinds' values. In a change only the caller's
value is sure to move to the new one; the other person's may stay or change too. Questions ask
for the caller's own value, often setting it apart from the other person's.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_CROWDED: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "My sister's on Oak Road these days, but I'm still at {v}.",
            "I live at {v}; my mum's at 27 Poplar Grove, so don't mix us up.",
            "Post for me goes to {v}, not to my brother's place on Hawthorn Way.",
            "There's a few of us on the account, but my own address is {v}, and my daughter's"
            " is 5 Sycamore Place.",
        ],
        "change": [
            "My sister's stayed put on Rowan Terrace, but I've moved, I'm at {v} now.",
            "We've both moved this year: my mum went to 12 Quarry Hill and my new address is {v}.",
            "My parents are still on Juniper Row, but I've moved myself, so please change my"
            " address to {v}.",
            "My new address is {v}; my son's still at 70 Poplar Grove, it's only mine that's"
            " changed.",
        ],
        "ask_now": [
            "Which address is mine, not my sister's?",
            "Where do I live myself?",
            "What's my own address on file?",
        ],
        "ask_then": [
            "What was my address before, not my mum's?",
            "Where did I live before I moved, never mind my brother?",
        ],
    },
    "phone": {
        "tell": [
            "My husband's mobile ends in something else, mine is {v}.",
            "Don't use the landline, that's my dad's; my own mobile is {v}.",
            "My number is {v}; my wife's is seven seven one, four four oh nine, but ring me"
            " first.",
            "My son keeps giving out his own number, but the one for me is {v}.",
        ],
        "change": [
            "My husband kept his old number, but I've got a new one, mine is {v} now.",
            "We both switched networks; my daughter's got a new number too, and mine is now {v}.",
            "My number's changed to {v}; my wife's hasn't, so leave hers as it is.",
            "Mum's number is the same as ever, it's just mine that's new, and it's {v} now.",
        ],
        "ask_now": [
            "What's my own number, not my husband's?",
            "Which phone number is mine?",
            "What number do you have for me personally?",
        ],
        "ask_then": [
            "What was my old number, not my wife's?",
            "Which number did I have before I changed it?",
        ],
    },
    "email": {
        "tell": [
            "My son's email is the hotmail one, mine is {v}.",
            "Send my things to {v}; my wife uses tiger lily at icloud dot com, but that's hers.",
            "Both of us get your emails, but mine is {v}, my daughter's is the school one.",
            "The email for me is {v}, not my husband's work address.",
        ],
        "change": [
            "My daughter's kept her email, but I've changed mine, it's {v} now.",
            "We've both got new emails; my husband's is at his new job and mine is {v}.",
            "Please switch my email to {v}; my son's stays as it is.",
        ],
        "ask_now": [
            "Which email is mine, not my son's?",
            "What's my own email address?",
        ],
        "ask_then": [
            "What was my old email, not my wife's?",
            "Which email did I use before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "My mum's on thirty milligrams, but I take {v}.",
            "I'm on {v}; my husband takes a different blood pressure tablet altogether.",
            "I take {v} every morning, and Dad takes two and a half milligrams of the same.",
            "We're both on lisinopril, my sister has the thirty milligram tablets and I have {v}.",
        ],
        "change": [
            "Mum's dose stayed the same, but the doctor changed mine, I'm on {v} now.",
            "They changed both of us: my husband's up to thirty milligrams and I'm on {v} from"
            " now on.",
            "My dose went to {v} last week; my dad's is still two and a half milligrams.",
        ],
        "ask_now": [
            "What dose am I on, not my mum?",
            "How much lisinopril do I take myself?",
        ],
        "ask_then": [
            "What dose was I on before, not my husband?",
            "What was my own lisinopril dose before it changed?",
        ],
    },
    "class": {
        "tell": [
            "My daughter does pottery on Friday evenings, but my class is on {v}.",
            "I do pottery on {v}; my husband's evening class is on Sundays.",
            "My pottery's on {v}, and my friend Gwen goes on Sunday afternoons, we're in"
            " different groups.",
            "Don't book me on {v}, that's my pottery class; my son's swimming is Friday"
            " afternoons.",
        ],
        "change": [
            "My sister's still in the Friday group, but my pottery class has moved to {v}.",
            "They moved everybody: my friend's class is Sunday mornings now and mine is {v}.",
            "My pottery is on {v} from now on; my daughter's swimming hasn't moved.",
        ],
        "ask_now": [
            "When is my own pottery class, not my daughter's?",
            "Which day do I do pottery?",
            "What day is my pottery class these days?",
        ],
        "ask_then": [
            "Which day was my pottery before it moved, not my sister's?",
            "When did I do pottery before the change?",
        ],
    },
    "coffee": {
        "tell": [
            "My flatmate only drinks tea, but I have two big mugs of {v} before nine.",
            "I'm the {v} drinker in this house; my husband won't touch it.",
            "My wife's on hot chocolate, I'm on {v}, every single morning.",
        ],
        "change": [
            "My flatmate still makes {v} by the pot, but I've given it up completely.",
            "My husband hasn't stopped, but I don't drink {v} any more, doctor's orders.",
            "I've quit {v} altogether; it's only my flatmate who still drinks it.",
        ],
        "ask_now": [
            "Do I drink coffee, or is that just my flatmate?",
            "Do I drink coffee myself?",
        ],
    },
    "meat": {
        "tell": [
            "My brother's gone vegan, but I still eat {v} most days.",
            "I eat {v}, steak every Friday; it's my daughter who's the vegetarian.",
            "My wife sticks to fish, but I'm a {v} eater, burgers, steak, the lot.",
        ],
        "change": [
            "My husband still has steak every night, but I've stopped eating {v}, I'm"
            " vegetarian now.",
            "I'm vegetarian these days, no {v} for me; the rest of the family still eat it.",
            "My son's gone back to eating meat, funnily enough, but I've given up {v} completely.",
        ],
        "ask_now": [
            "Do I eat red meat myself?",
            "Any dietary restrictions for me, not the rest of the family?",
        ],
    },
    "favourite": {
        "tell": [
            "My mum swears by Darjeeling, but my favourite tea is {v}.",
            "Mine's {v}, that's my favourite; my flatmate's the jasmine one.",
            "My favourite is {v}; my husband drinks builder's tea, but don't put that in for me.",
        ],
        "change": [
            "My sister's still mad about oolong, but my favourite tea is {v} these days.",
            "I've gone off my old one, {v} is my favourite now; my friend's still on lapsang"
            " souchong.",
            "My daughter's switched hers to jasmine, and mine's changed too, I'm all about {v}"
            " now.",
        ],
        "ask_now": [
            "What's my favourite tea, not my mum's?",
            "Which tea is mine for the basket?",
        ],
        "ask_then": [
            "What was my favourite tea before, not my sister's?",
            "Which tea did I like best before I changed?",
        ],
    },
    "pet": {
        "tell": [
            "My flatmate's cat is called Ziggy, and mine is {v}.",
            "We've two cats in the house: {v} is mine, Noodle belongs to my son.",
            "Our neighbour's cat Pumpkin is always round, but our own cat is {v}.",
        ],
        "change": [
            "My daughter's cat Socks is fine, but we lost {old} last month.",
            "{old} passed away in the spring; Ziggy, my flatmate's cat, is the only one left"
            " in the house now.",
            "We had to rehome {old} because of my allergies; my neighbour still has her cat"
            " Pumpkin.",
        ],
        "ask_now": [
            "Do I have a cat of my own?",
            "How is my cat doing, not my flatmate's?",
        ],
    },
    "partner": {
        "tell": [
            "My sister's seeing Declan, and I'm with {v}.",
            "My partner is {v}; my flatmate's boyfriend is Kieran, they're both coming to dinner.",
            "{v} and I are going to the coast, and my brother's bringing his girlfriend Imogen.",
        ],
        "change": [
            "My sister's still with Declan, but {old} and I split up, I'm with {v} now.",
            "I'm with {v} now, things with {old} ended, and my best friend's still with Kieran.",
            "We've both moved on: my ex has someone new and I'm with {v} now.",
            "My flatmate and I both have new partners; hers is Jonah and mine is {v}.",
        ],
        "ask_now": [
            "Who's my partner, not my sister's?",
            "What's my own partner's name?",
        ],
        "ask_then": [
            "Who was I with before, not my sister?",
            "Who was my partner before, not my flatmate's?",
        ],
    },
    "job": {
        "tell": [
            "My husband works at the council offices, and I'm at {v}.",
            "I work at {v}; my daughter's at Pemberton Foods, so don't muddle us.",
            "It's my son who's at the garden centre, I've been at {v} for years.",
        ],
        "change": [
            "My wife's still at the council, but I've left my old job, I'm at {v} now.",
            "We've both changed jobs: my brother's gone to Ashby Motors and I've started at {v}.",
            "I started a new job at {v}; my flatmate's still at the garden centre.",
        ],
        "ask_now": [
            "Where do I work, not my husband?",
            "Who's my own employer?",
        ],
        "ask_then": [
            "Where did I work before, not my wife?",
            "What was my old job, before the new one?",
        ],
    },
    "car": {
        "tell": [
            "My brother drives a silver Ford Focus, but mine is {v}.",
            "I drive {v}; the black Kia in the drive is my daughter's.",
            "Two cars in our house: my husband's yellow Fiat and mine, {v}.",
        ],
        "change": [
            "My husband's kept his Kia, but I traded mine in, I drive {v} now.",
            "We both got new cars: my son's got a silver Ford Focus and I've got {v}.",
            "My car is {v} now; my wife's still got her black Kia.",
        ],
        "ask_now": [
            "What car do I drive, not my brother?",
            "Which car is mine?",
        ],
        "ask_then": [
            "What car did I have before, not my husband's?",
            "What was my own old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My mum sees Dr Whitcombe, but my GP is {v}.",
            "I'm with {v}; my husband's with Dr Nakamura at the same practice.",
            "Send my forms to {v}, that's my GP, not Dr Brennan, he's my son's.",
        ],
        "change": [
            "My mum stayed with Dr Whitcombe, but I've switched, my GP is {v} now.",
            "The whole family moved practice: my husband's with Dr Nakamura and I'm with {v}.",
            "My new GP is {v}; my sister's still with Dr Brennan.",
        ],
        "ask_now": [
            "Who's my GP, not my mum's?",
            "Which doctor do I see myself?",
        ],
        "ask_then": [
            "Who was my GP before, not my husband's?",
            "Which doctor did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "My son's dentist appointment is the eleventh of August; mine is on {v}.",
            "I've got the dentist on {v}, and my daughter's is the third of September.",
            "Don't confuse mine with my husband's, he's in October; my dentist appointment is"
            " on {v}.",
        ],
        "change": [
            "My son's appointment stays as it was, but mine has moved to {v}.",
            "They rescheduled the pair of us: my wife's is the twenty fifth of October now and"
            " mine is {v}.",
            "My dentist appointment is now on {v}; my daughter's hasn't changed.",
        ],
        "ask_now": [
            "When is my own dentist appointment, not my son's?",
            "When am I at the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally, not my wife's?",
            "What date did I have at the dentist before it moved?",
        ],
    },
    "contact": {
        "tell": [
            "My husband likes a letter in the post, but please {v} me.",
            "Best to {v} me; it's my mum who wants everything by post.",
            "For my daughter it's WhatsApp, but for me, please {v} me.",
        ],
        "change": [
            "My husband still wants letters, but from now on please {v} me instead.",
            "I'd rather you {v} me these days; my wife's happy with the post as before.",
            "We've both changed our minds: Mum wants a letter now and I'd like you to {v} me.",
        ],
        "ask_now": [
            "How do I like to be contacted, not my husband?",
            "What's the best way to reach me personally?",
        ],
    },
    "nickname": {
        "tell": [
            "My brother goes by Bobby, but just call me {v}.",
            "Please call me {v}; Frankie's my sister, people mix us up.",
            "Everyone in the house has a nickname, my daughter's Tash and I'm {v}.",
        ],
        "change": [
            "My sister's still Frankie, but I go by {v} now.",
            "You can call me {v} these days; my brother's kept Bobby.",
            "We've both changed: my son's Ollie now and I'm going by {v}.",
        ],
        "ask_now": [
            "What should you call me, not my brother?",
            "Which name do I go by myself?",
        ],
    },
}


def crowded_kinds() -> list[Kind]:
    """The kinds with the fifty-first held-out phrasing."""
    return heldout_kinds(_CROWDED)
