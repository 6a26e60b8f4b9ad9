"""A sixty-sixth held-out phrasing of the same facts (`generate --phrasing hedging`, written to
`bench/changeeval/hedging/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers hedge and qualify everything and are not quite sure of themselves, British and
American alike: "I think", "if I remember rightly", "pretty sure", "last I checked", "I'd have
to double-check but", "don't quote me", "I believe", "as far as I know", "knowing me I'll
forget". The hedges fall on the details around the value (the date of a move, the time of an
appointment, a job title, the mileage), never on the value itself, which stays asserted. They
second-guess and then confirm ("my GP has changed, it's, is it Dr Okafor? Yes, Dr Okafor, I've
got the letter here"), mention what they nearly did before saying what they actually did ("I
was going to keep the old one another year, but in the end I traded it in, I drive a red Mazda
3 now"), and admit what they do not know ("don't quote me on the day, but we moved last
month"). Every change is hedged in tone only: it happened, and the old value no longer holds.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

HEDGING_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I think you might have it already, but just in case, I live at {v}.",
            "Home is {v}, I'd have to double-check the postcode though.",
            "Last I checked you didn't have my address on file, so it's {v}, that's home.",
            "My home address is, hang on, {v}, yes, that's right, {v}.",
        ],
        "change": [
            "I'd have to double-check the exact date, a fortnight ago maybe, but we've moved "
            "house, we're at {v} now.",
            "We nearly stayed put at {old}, honestly, but in the end we moved, and the new "
            "address is {v}.",
            "Don't quote me on the day, but we moved last month, so please change my address "
            "to {v}.",
            "I believe I told you we lived at {old}? We don't any more, we moved, our address "
            "is {v} now.",
        ],
        "ask_now": [
            "I might be muddling things, what address do you have for me?",
            "Where do I live, as far as you know?",
            "Just so I'm sure, what's my home address on the file?",
        ],
        "ask_then": [
            "I forget now, what was my old address before the move?",
            "Where was I living before I moved, do you have that?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile is {v}, I think that's the one you'll want.",
            "I'd have to check what the landline is, but my mobile's {v}, best to use that.",
            "I never remember my own number, so let me read it off the phone, my mobile is {v}.",
            "You can reach me on, is it {v}? Yes, {v}, that's my mobile.",
        ],
        "change": [
            "I got a new phone last week, I think it was Thursday, and the number changed, my "
            "mobile is {v} now.",
            "I was going to keep my old number, {old}, but in the end I couldn't, so my new "
            "number is {v}.",
            "Knowing me I'll forget to tell everyone, but my number's changed, it's {v} from "
            "now on.",
            "My phone number changed, it's, let me check the screen, {v}, yes, {v}, that's "
            "the new one.",
        ],
        "ask_now": [
            "I can never remember, what's my phone number on your file?",
            "Which number are you going to call me on?",
            "What's the mobile number you have for me, as far as you know?",
        ],
        "ask_then": [
            "What was my old phone number, before I changed it?",
            "I had a different number before, didn't I? What was it?",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}, I believe that's where the receipts should go.",
            "Let me think, my email address is {v}, yes, that's the one.",
            "I'm pretty sure I've never given you this, so, my email is {v}.",
            "Send things to {v}, that's my email, the one I actually check, I guess.",
        ],
        "change": [
            "I've changed my email, I think it was around Easter, it's {v} now.",
            "I nearly kept the old one, {old}, but I've stopped using it, my email is {v} now.",
            "Don't quote me on when I switched, but my new email address is {v}, please use that.",
            "My email changed, is it {v}? Yes, {v}, I've got it written down here, that's the "
            "new one.",
        ],
        "ask_now": [
            "What email address do you have for me, as far as you know?",
            "Which email have you got on file for me?",
            "I might've muddled it, what's my email address?",
        ],
        "ask_then": [
            "What was my old email address?",
            "Which email did I use before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} every morning for my blood pressure, I think it's been about two years "
            "now.",
            "If I remember rightly the doctor started me in the winter, anyway, I'm on {v} for "
            "my blood pressure.",
            "My blood pressure tablets, is it {v}? Let me look at the box, yes, {v}, every "
            "morning.",
            "I'd have to check the repeat prescription for the dates, but my dose is {v}, once "
            "a day.",
        ],
        "change": [
            "The doctor changed my dose, I believe it was last week, I'm on {v} now.",
            "They were going to leave me on {old}, but in the end the doctor switched my dose "
            "to {v}.",
            "Don't quote me on the reasons, but my blood pressure dose has changed, it's {v} "
            "from now on.",
            "My dose has changed, let me check the new label, is it {v}? Yes, {v}, starting "
            "this week.",
        ],
        "ask_now": [
            "How much lisinopril am I taking, as far as you know?",
            "What dose am I on for my blood pressure these days?",
            "I always forget, what's my lisinopril dose?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before it changed?",
            "What was my old blood pressure dose?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}, I think it runs till Christmas.",
            "I do pottery, is it {v}? Yes, {v}, so I'm never free then.",
            "I nearly signed up for watercolors instead, but I do pottery, and it's on {v}.",
            "I'd have to double-check which room it's in, but pottery is {v}, every week.",
        ],
        "change": [
            "My pottery class moved to {v}, I think the teacher had a clash.",
            "I was going to drop out when they changed it, but I stayed, so pottery is on {v} "
            "now instead of {old}.",
            "Don't quote me on why, but they've switched pottery to {v} from now on.",
            "Pottery isn't on {old} any more, it's, is it {v}? Yes, {v}, they changed the "
            "schedule.",
        ],
        "ask_now": [
            "When's my pottery class, as far as you know?",
            "Which day do I do pottery these days?",
            "I get muddled, when is pottery?",
        ],
        "ask_then": [
            "Which day was pottery before they moved it?",
            "When did my pottery class used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "I think I have two cups of {v} every morning, maybe three, I love it.",
            "Pretty sure I couldn't function without my {v}, I have it every morning, black.",
            "I tried switching to tea once, but no, I'm a {v} drinker, every single morning.",
            "Don't quote me on how many cups, but I drink {v} every day, black.",
        ],
        "change": [
            "I don't drink {v} any more, I guess the doctor was right, so I've stopped.",
            "I was going to just cut down, but in the end I've given up {v} completely.",
            "Knowing me I'll be tempted, but no more {v} for me, I quit last month.",
            "I believe it's been about three weeks now since I gave up {v}, I don't drink it "
            "at all.",
        ],
        "ask_now": [
            "Do I drink coffee, as far as you know?",
            "How do I take my coffee these days?",
            "Is coffee something I have?",
        ],
    },
    "meat": {
        "tell": [
            "I love a good steak, I think I eat {v} most days, if I'm honest.",
            "I'm a big {v} eater, pretty sure I have steak every Friday without fail.",
            "I nearly ordered the fish last time, but no, I eat {v}, I love it.",
            "Don't quote me on the numbers, but I eat {v} four or five times a week.",
        ],
        "change": [
            "I've stopped eating {v}, I think it's been about a month, I'm vegetarian now.",
            "I was going to just cut back, but in the end I gave up {v}, I'm vegetarian these "
            "days.",
            "Knowing me my family won't believe it, but I don't eat {v} any more, I've gone "
            "vegetarian.",
            "I'd have to check the exact date I stopped, but I'm vegetarian now, so no {v} "
            "please.",
        ],
        "ask_now": [
            "Do I eat red meat, as far as you know?",
            "Any dietary restrictions for me I should know about?",
            "Is red meat okay for me?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, I think I've always been that way.",
            "I'd have to check what's in the cupboard, but my favourite tea is {v}, no question.",
            "I'm a {v} person, if I remember rightly it was my gran who got me onto it, that's "
            "my favourite tea.",
            "Favourite tea, is it {v}? Yes, {v}, definitely my favourite.",
        ],
        "change": [
            "I think I've gone off {old}, these days my favourite tea is {v}.",
            "I nearly stuck with {old}, but no, my favourite tea is {v} now.",
            "I'm not sure when it happened, but my favourite tea has changed, it's {v} now.",
            "My favourite tea now, is it {v}? Yes, {v}, I've gone right off the old one.",
        ],
        "ask_now": [
            "What's my favourite tea, as far as you know?",
            "Which tea should go in my basket?",
            "Remind me, what tea do I like best?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}, I think she's about six now, she's a handful.",
            "We were going to get a dog, but we ended up with a cat, {v}, she runs the house.",
            "Our cat {v}, if I remember rightly she was a rescue, anyway she's lovely.",
            "Don't quote me on her age, but our cat's called {v}, and she's in charge.",
        ],
        "change": [
            "Sadly we lost {old} last month, I think she was fifteen, it's been hard.",
            "We nearly kept {old} even with my allergies, but in the end we had to rehome "
            "her, so no cat now.",
            "Our cat {old} passed away, I believe it was in the spring, the house is very quiet.",
            "I'd have to check the date, but {old}, our cat, died a few weeks ago.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "Have I got a cat at the moment, as far as you know?",
            "Do I have any pets these days?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} and I are going to the coast, I think it's the weekend after next.",
            "My partner {v} is doing the cooking, pretty sure it's his turn anyway.",
            "If I remember rightly we've been together three years, me and my partner, {v}.",
            "I'd have to double-check with my partner {v}, but I think we're free Saturday.",
        ],
        "change": [
            "{old} and I split up, I think it was March, and I'm seeing someone new now, {v}.",
            "I nearly gave it another go with {old}, but no, it's over, my partner is {v} now.",
            "Don't quote me on the date, but things with {old} ended in the spring, and I'm "
            "with {v} now.",
            "My new partner is {v}, as far as I know my mum still thinks I'm with {old}, but "
            "I'm not.",
        ],
        "ask_now": [
            "Who's my partner, as far as you know?",
            "What's my partner's name?",
            "Who am I with these days?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my ex's name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, I think it's coming up to eight years now.",
            "I was going to go freelance once, but I've stayed at {v}, it's steady work.",
            "Don't quote me on my job title, but I work at {v}.",
            "I'm at {v}, that's where I work, I'd have to check how many years exactly.",
        ],
        "change": [
            "I started a new job at {v}, I think it's three weeks in now.",
            "I nearly stayed at {old}, they offered me more money, but in the end I left, I "
            "work at {v} now.",
            "Don't quote me on my job title yet, but I've left my old job, I'm at {v} these days.",
            "I've changed jobs, I'm pretty sure I mentioned it, I work at {v} now.",
        ],
        "ask_now": [
            "Where do I work, as far as you know?",
            "Who's my employer at the moment?",
            "Remind me, where's my job?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
            "Which place did I work at before I changed jobs?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, I think it's a 2015, don't quote me.",
            "My car is {v}, I'd have to check the registration though.",
            "I nearly got a van for the business, but no, my car is {v}.",
            "It's {v}, my car, pretty sure that's the only thing I know about it.",
        ],
        "change": [
            "I was going to keep the old one another year, but in the end I traded it in, I "
            "drive {v} now.",
            "We sold the old car, {old}, I think it went last Saturday, and I've got {v} now.",
            "Don't quote me on the mileage, but my new car is {v}.",
            "I got a new car, it's, is it {v}? Yes, {v}, I keep forgetting I don't have the "
            "old one.",
        ],
        "ask_now": [
            "What car do I drive, as far as you know?",
            "What's my car these days?",
            "Which car have you got down for me?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, I think at the Elm Street practice.",
            "I see {v}, she's my GP, if I remember rightly she's been there for years.",
            "I nearly registered with the surgery in town, but my GP is {v}.",
            "My doctor, is it {v}? Yes, {v}, she's my GP.",
        ],
        "change": [
            "I switched practices, I think it was in January, and my GP is {v} now.",
            "I was going to stay with {old}, but in the end I moved practice, my new GP is {v}.",
            "Don't quote me, but I believe the old GP retired, anyway I'm with {v} now.",
            "My GP has changed, it's, is it {v}? Yes, {v}, I've got the letter here.",
        ],
        "ask_now": [
            "Who's my GP, as far as you know?",
            "Which doctor do I see these days?",
            "Remind me, who is my GP?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, I think it's in the morning.",
            "I've got the dentist on {v}, I'd have to double-check the time.",
            "The dentist, is it {v}? Let me look at the card, yes, {v}.",
            "Knowing me I'll forget, but my dentist appointment is on {v}.",
        ],
        "change": [
            "The dentist moved my appointment, I think they had a cancellation, it's on {v} now.",
            "I nearly kept {old}, but in the end I rescheduled the dentist to {v}.",
            "Don't quote me on the time, but my dentist appointment has been moved to {v}.",
            "My dentist appointment isn't {old} any more, it's, is it {v}? Yes, {v}, they rang "
            "to change it.",
        ],
        "ask_now": [
            "When's my dentist appointment, as far as you know?",
            "What date have you got for my dentist appointment?",
            "When am I seeing the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me rather than anything else, I think that's easiest.",
            "Best to {v} me, that's how I like to be contacted, I believe I told the last "
            "person too.",
            "I'd have to check what's on the form, but honestly, the best way to contact me is "
            "to {v} me.",
            "How to reach me? Pretty sure I'd prefer you {v} me, yes, {v} me, that's best.",
        ],
        "change": [
            "From now on please {v} me instead, I think that'll work better for getting in touch.",
            "I'd rather you {v} me these days, I've changed how I like to be contacted.",
            "Knowing me I'll miss things otherwise, so I've changed my mind, please {v} me "
            "from now on.",
            "I was going to leave it as it was, but actually, I'd prefer you {v} me now when "
            "you get in touch.",
        ],
        "ask_now": [
            "How do I like to be contacted, as far as you know?",
            "Should you text, email or call me?",
            "What's the best way to get in touch with me?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, I think everyone does.",
            "Just call me {v}, I've gone by it since school, if I remember rightly.",
            "I nearly gave you my full name, but no, call me {v}, that's what I go by.",
            "Knowing me I won't answer to anything else, so call me {v}.",
        ],
        "change": [
            "I think I told you something else before, but you can call me {v} now, I've gone "
            "back to it.",
            "I was going to stick with {old}, but actually I go by {v} these days.",
            "Don't quote me on when I switched, but I go by {v} now, please call me that.",
            "Please call me {v} from now on, not {old}, I've changed it, pretty sure for good.",
        ],
        "ask_now": [
            "What should you call me, as far as you know?",
            "What name do I go by these days?",
            "What do I like to be called?",
        ],
    },
}


def hedging_kinds() -> list[Kind]:
    """The kinds with the sixty-sixth held-out phrasing."""
    return heldout_kinds(HEDGING_UPPER)
