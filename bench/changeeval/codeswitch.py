"""A thirty-sixth held-out phrasing of the same facts (`generate --phrasing codeswitch`, written
to `bench/changeeval/codeswitch/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
first and last lines of `onhold.py`, `heldout_kinds` and `phrasings.py` only, without reading
the supersession rules, the other phrasings or the tests, and without running anything on these
words first. The callers are bilingual: Spanish, Hindi and Urdu, Polish, Tagalog, Arabic, Welsh
and Italian speakers living in the UK, the US, Canada and Australia, who speak English to the
agent and switch into their first language now and then for a word or a short phrase, as
people do: greetings, fillers, exclamations, family words and small asides ("bueno", "pues",
"achha", "haan", "yaar", "no wiesz", "naku", "sige", "wallah", "inshallah", "iawn", "allora",
"dai"). The words in another language never carry the value, and a listener who speaks only
English understands every fact. Some callers' English keeps the grammar of their first language
lightly ("my address it is ...", "since two weeks I live at ...", "the number is changed").
Changes come as a plain statement with no word of change, "now it's", "we moved", "since last
month", a correction of the agent's read-back, a long reason before the value, a hedge that
settles, a question that also states the new value, and very short answers. Every tell states
the caller's own current value; every change leaves the new value current for the caller.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_CODESWITCH: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Bueno, I live at {v}, for the file.",
            "Achha, my address it is {v}.",
            "Home is {v}, tak.",
            "Naku, sorry po, the address is {v}.",
            "We are at {v}, wallah, it's a nice street.",
            "Iawn, put down {v}, that's where I live.",
            "Allora, the address, {v}.",
            "{v}, yaar, that's home.",
        ],
        "change": [
            "Pues, we moved, the new address is {v}.",
            "Since two weeks I live at {v}, no wiesz, new flat.",
            "Haan, address is {v} now.",
            "No, no, mija, that's the old one, we're at {v} now.",
            "So, yaani, my wife's mother is getting older and we wanted to be close to her, "
            "so we sold the house, it took months, wallah, but finally we live at {v}.",
            "I think the new one is... sige, wait, yes, it's {v}, definitely.",
            "Can you put {v} now? We moved last month, dai.",
            "{v}. We moved, ya.",
            "Since last month my address is {v}, diolch.",
            "Naku, we moved house po, we are at {v} from now on.",
        ],
        "ask_now": [
            "Oye, what address you have for me?",
            "Achha, where do I live, according to you?",
            "Which address is on my file, tak?",
            "Allora, can you read my address back to me?",
            "What's my home address, po?",
            "Where do you have me living, cariad?",
        ],
        "ask_then": [
            "Pues, what was my old address, before we moved?",
            "Where was I living before, yaar?",
            "Which address did I have before the move, tak?",
            "Senti, the previous address, what was it?",
        ],
    },
    "phone": {
        "tell": [
            "Bueno, the best number for me is {v}.",
            "My mobile, achha, it is {v}.",
            "You can reach me on {v}, inshallah I pick up.",
            "Sige, my number is {v}.",
            "Number is {v}, tak.",
            "Ring me on {v}, iawn?",
            "Allora, my phone, {v}.",
            "Achha, my number hai {v}, ji.",
        ],
        "change": [
            "The number is changed, yaar, now it's {v}.",
            "Pues, I got a new phone, the number is {v} now.",
            "Since last week my number is {v}, no wiesz.",
            "No, no, that one is old, wallah, it's {v} now.",
            "So my old phone fell in the sink, naku, and the new contract came with a new "
            "number, so please use {v}.",
            "I think it's... haan, yes, {v}, that's my new number.",
            "Can you update it to {v}? I changed my number, dai.",
            "{v}. New number, ya.",
            "Iawn, my mobile is {v} these days, the old one is gone.",
        ],
        "ask_now": [
            "Oye, what's my phone number on the file?",
            "Achha, which number will you call me on?",
            "What number you have for me, tak?",
            "Allora, my number, can you tell me?",
            "Which phone number do I have with you, po?",
        ],
        "ask_then": [
            "Pues, what was my old number?",
            "What number did I have before, yaar?",
            "The previous number, what was it, cariad?",
        ],
    },
    "email": {
        "tell": [
            "Bueno, my email is {v}.",
            "Send things to {v}, achha, that's my email.",
            "Email it is {v}, tak.",
            "Sige po, my email is {v}.",
            "Allora, the email, {v}.",
            "For receipts, {v}, diolch.",
        ],
        "change": [
            "Pues, I changed my email, it's {v} now.",
            "Haan, the email is changed, use {v}.",
            "No, no, wallah, that's the old email, it's {v} now.",
            "Since last month I use {v}, no wiesz, the old one is closed.",
            "So my work shut down the old account, naku, too much spam, and now my email is {v}.",
            "I think it's {v} now... sige, yes, that one.",
            "Can you send everything to {v} from now? I changed it, dai.",
            "{v}. New email, ya.",
        ],
        "ask_now": [
            "Oye, which email you have for me?",
            "Achha, what's my email address?",
            "Which email is on file, tak?",
            "Allora, where do the receipts go, which email?",
            "What email do I have with you, po?",
        ],
        "ask_then": [
            "Pues, what was my old email?",
            "Which email did I use before, yaar?",
            "The email before this one, what was it, cariad?",
        ],
    },
    "dose": {
        "tell": [
            "Bueno, I take {v} every morning.",
            "Achha, for the blood pressure I am on {v}.",
            "I'm on {v}, alhamdulillah it works.",
            "Sige, every morning {v}.",
            "The tablets, {v}, tak.",
            "Allora, I take {v} for my pressure.",
        ],
        "change": [
            "Pues, the doctor changed my dose, I'm on {v} now.",
            "Since last week I take {v}, no wiesz.",
            "The dose is changed, yaar, now it's {v}.",
            "No, no, that's the old dose, wallah, it's {v} now.",
            "So my pressure was high at the check-up, naku, and they did bloods and everything, "
            "and now I take {v}.",
            "I think they said {v}... haan, yes, {v} from now on.",
            "Can you put {v} on my file? The doctor changed it, dai.",
            "{v}. They changed it, ya.",
            "Iawn, my blood pressure pills are {v} these days.",
        ],
        "ask_now": [
            "Oye, how much lisinopril do I take?",
            "Achha, what dose am I on for my blood pressure?",
            "The lisinopril, how much I take, tak?",
            "Allora, what's my dose?",
            "How many milligrams of lisinopril am I on, po?",
        ],
        "ask_then": [
            "Pues, what dose was I on before?",
            "How much lisinopril did I take before, yaar?",
            "Before they changed it, what was my dose, cariad?",
        ],
    },
    "class": {
        "tell": [
            "Bueno, my pottery class is on {v}.",
            "Achha, pottery I do on {v}, so I'm never free then.",
            "Pottery, {v}, tak.",
            "Sige po, I have pottery on {v}.",
            "Allora, {v} is pottery for me.",
            "On {v} I do pottery, mashallah I love it.",
        ],
        "change": [
            "Pues, my pottery class moved to {v}.",
            "Since last month pottery is on {v}, no wiesz.",
            "Pottery is {v} now, yaar.",
            "No, no, not that day any more, wallah, it's {v} now.",
            "So the teacher got a second job, naku, and she couldn't do the old day, so "
            "pottery is on {v} from now on.",
            "I think it's {v} now... haan, yes, {v}.",
            "Can you put pottery on {v}? They changed the schedule, dai.",
            "{v}. Pottery moved, ya.",
            "Iawn, they switched pottery to {v}.",
        ],
        "ask_now": [
            "Oye, when is my pottery class?",
            "Achha, which day I do pottery?",
            "Pottery is what day, tak?",
            "Allora, when do I have pottery?",
            "What day is my pottery, po?",
        ],
        "ask_then": [
            "Pues, which day was pottery before?",
            "Before it moved, what day was my pottery, yaar?",
            "What was the old pottery day, cariad?",
        ],
    },
    "coffee": {
        "tell": [
            "Bueno, I drink two cups of {v} every morning, black.",
            "Achha, I love my {v}, every morning.",
            "{v} every morning, tak, black.",
            "Sige, I have {v} with breakfast, always.",
            "Allora, {v} in the morning, I can't live without it.",
            "Wallah, I'm a big {v} drinker.",
        ],
        "change": [
            "Pues, I don't drink {v} any more, doctor's orders.",
            "Since last month, no {v} for me, no wiesz.",
            "Khalas, I gave up {v}, yaar.",
            "No, no, I stopped the {v}, naku, completely.",
            "So my stomach was bad and the doctor said cut the caffeine, ay, so I quit {v}.",
            "I think I'm done with {v}... haan, yes, no more.",
            "Can you take {v} off my order? I gave it up, dai.",
            "No {v}. Quit, ya.",
        ],
        "ask_now": [
            "Oye, do I drink coffee?",
            "Achha, how do I take my coffee?",
            "Coffee for me, yes or no, tak?",
            "Allora, what do you have about me and coffee?",
            "Do I still drink coffee, po?",
        ],
    },
    "meat": {
        "tell": [
            "Bueno, I love a good steak, I eat {v} most days.",
            "Achha, I'm a big {v} eater.",
            "{v}, tak, steak every Friday.",
            "Sige, I eat {v}, no problem.",
            "Allora, {v} for me, always.",
            "Wallah, I eat {v} almost every day.",
        ],
        "change": [
            "Pues, I've stopped eating {v}, I'm vegetarian now.",
            "Since last month, no {v} for me, no wiesz, vegetarian.",
            "Khalas, no more {v}, yaar.",
            "No, no, that's old, naku, I don't eat {v} any more.",
            "So my daughter showed me a documentary, ay, and I thought about it a lot, and "
            "now I'm vegetarian, no {v}.",
            "I think I'm done with {v}... haan, yes, vegetarian now.",
            "Can you put no {v} on the booking? I'm vegetarian these days, dai.",
            "No {v}. Vegetarian, ya.",
        ],
        "ask_now": [
            "Oye, do I eat red meat?",
            "Achha, any dietary restrictions for me?",
            "Red meat for me, yes or no, tak?",
            "Allora, what do I eat, for the booking?",
            "Is red meat okay for me, po?",
        ],
    },
    "favourite": {
        "tell": [
            "Bueno, my favourite tea is {v}.",
            "Achha, {v} is my favourite, yaar.",
            "Favourite tea, {v}, tak.",
            "Sige, I'm a {v} person.",
            "Allora, for the basket, {v}, it's my favourite tea.",
            "{v}, wallah, best tea.",
        ],
        "change": [
            "Pues, these days my favourite tea is {v}.",
            "Since last month it's {v}, no wiesz, my new favourite.",
            "Favourite is {v} now, yaar.",
            "No, no, not that one any more, naku, {v} is my favourite now.",
            "So my friend brought me some from her trip, and I drink it every night now, "
            "wallah, {v} is my favourite tea.",
            "I think it's {v} now... haan, yes, {v}.",
            "Can you put {v} in the basket? That's my favourite now, dai.",
            "{v}. New favourite, ya.",
        ],
        "ask_now": [
            "Oye, what's my favourite tea?",
            "Achha, which tea goes in my basket?",
            "My favourite tea is which one, tak?",
            "Allora, what tea do I like best?",
        ],
        "ask_then": [
            "Pues, what was my favourite tea before?",
            "Which tea did I like before, yaar?",
            "My old favourite, what was it, cariad?",
        ],
    },
    "pet": {
        "tell": [
            "Bueno, we have a cat called {v}, she's a handful.",
            "Achha, our cat {v} runs the house.",
            "Cat, {v}, tak, she's the boss.",
            "Naku, our cat {v}, so naughty.",
            "Allora, we have {v}, our cat.",
            "Mashallah, {v} our cat is fine, she sleeps all day.",
        ],
        "change": [
            "Ay, we lost {old} last month, pobrecita, she was fifteen.",
            "{old} passed away, yaar, in the spring. No cat now.",
            "Naku, we had to rehome {old}, my allergies got too bad.",
            "So the vet said her kidneys were failing, wallah it was hard, and {old} died in "
            "March, we don't have a cat any more.",
            "No, no, {old} is gone, no wiesz, she died.",
            "{old} died. No cat, ya.",
            "Can you take {old} off my file? She passed away, dai.",
        ],
        "ask_now": [
            "Oye, do I have a cat?",
            "Achha, how is my cat doing?",
            "My cat, what do you have, tak?",
            "Allora, do I have any pets?",
        ],
    },
    "partner": {
        "tell": [
            "Bueno, my boyfriend {v} and I are going to the coast.",
            "Achha, my partner {v} is doing the cooking.",
            "{v}, my boyfriend, tak, he's coming too.",
            "Sige, my partner is {v}.",
            "Allora, {v} and me, we are together.",
            "My fella {v}, wallah, he's a good one.",
        ],
        "change": [
            "Pues, {old} and I split up, I'm seeing someone new, {v}.",
            "Since the spring I'm with {v}, no wiesz, {old} is finished.",
            "{old} and me, khalas, finished. Now I am with {v}.",
            "No, no, not {old}, naku, that's over, my partner is {v} now.",
            "So it was a long story, yaar, we wanted different things, and now I'm with {v}.",
            "I think I can say it... haan, yes, {v} is my boyfriend now.",
            "Can you put {v} as my partner? Things with {old} ended, dai.",
            "{v}. New boyfriend, ya.",
            "Iawn, my new partner is {v}.",
        ],
        "ask_now": [
            "Oye, who is my partner?",
            "Achha, what's my partner's name?",
            "My boyfriend, what's his name, tak?",
            "Allora, who am I with?",
        ],
        "ask_then": [
            "Pues, who was I with before?",
            "My old boyfriend, what was his name, yaar?",
            "Who was my partner before, cariad?",
        ],
    },
    "job": {
        "tell": [
            "Bueno, I work at {v}, it's steady.",
            "Achha, I'm at {v} for years now.",
            "I work at {v}, tak.",
            "Sige, my work is {v}.",
            "Allora, {v}, that's where I work.",
            "Alhamdulillah, I have a good job at {v}.",
        ],
        "change": [
            "Pues, I started a new job at {v}.",
            "Since two weeks I work at {v}, no wiesz.",
            "I'm at {v} now, yaar.",
            "No, no, I left that place, wallah, I'm at {v} now.",
            "So the old company was cutting hours and my manager left, naku, so I applied "
            "around and now I work at {v}.",
            "I think I can say it's permanent... haan, yes, I work at {v}.",
            "Can you put {v} as my employer? I changed jobs, dai.",
            "{v}. New job, ya.",
            "Iawn, I work at {v} these days.",
        ],
        "ask_now": [
            "Oye, where do I work?",
            "Achha, who is my employer?",
            "My work, which place, tak?",
            "Allora, where do you have me working?",
        ],
        "ask_then": [
            "Pues, where did I work before?",
            "What was my old job, yaar?",
            "Before this job, where was I, cariad?",
        ],
    },
    "car": {
        "tell": [
            "Bueno, I drive {v}.",
            "Achha, my car it is {v}.",
            "{v}, tak, that's my car.",
            "Sige, I have {v}.",
            "Allora, my car is {v}.",
            "Wallah, I love my car, {v}.",
        ],
        "change": [
            "Pues, we traded the old car in, I drive {v} now.",
            "Since last month I have {v}, no wiesz.",
            "My car is {v} now, yaar.",
            "No, no, that's the old car, naku, I drive {v} now.",
            "So the old one failed the inspection, ay, too much rust, and we bought {v}.",
            "I think I drive... haan, yes, {v}, the new one.",
            "Can you put {v} for parking? I got a new car, dai.",
            "{v}. New car, ya.",
            "Iawn, sold the old one, my car is {v}.",
        ],
        "ask_now": [
            "Oye, what car do I drive?",
            "Achha, what's my car?",
            "Which car you have for me, tak?",
            "Allora, what do I drive?",
        ],
        "ask_then": [
            "Pues, what car did I have before?",
            "What was my old car, yaar?",
            "Before this car, what did I drive, cariad?",
        ],
    },
    "doctor": {
        "tell": [
            "Bueno, my GP is {v} at the Elm Street practice.",
            "Achha, I see {v}, she's my GP.",
            "GP, {v}, tak.",
            "Sige po, my doctor is {v}.",
            "Allora, my GP it is {v}.",
            "I go to {v}, mashallah she's very good.",
        ],
        "change": [
            "Pues, I switched practices, my GP is {v} now.",
            "Since last month I see {v}, no wiesz.",
            "My GP is {v} now, yaar.",
            "No, no, that one retired, wallah, I'm with {v} now.",
            "So the old practice closed and they moved all the patients, naku, so now my GP "
            "is {v}.",
            "I think it's {v}... haan, yes, {v} is my doctor now.",
            "Can you send the forms to {v}? That's my new GP, dai.",
            "{v}. New GP, ya.",
        ],
        "ask_now": [
            "Oye, who is my GP?",
            "Achha, which doctor do I see?",
            "My doctor, who is it, tak?",
            "Allora, who should the forms go to, my GP?",
        ],
        "ask_then": [
            "Pues, who was my GP before?",
            "Which doctor did I see before, yaar?",
            "My old GP, who was it, cariad?",
        ],
    },
    "dentist": {
        "tell": [
            "Bueno, my dentist appointment is on {v}.",
            "Achha, I have the dentist on {v}.",
            "Dentist, {v}, tak.",
            "Sige, the dentist is on {v}.",
            "Allora, on {v} I go to the dentist.",
            "Inshallah, dentist on {v}.",
        ],
        "change": [
            "Pues, the dentist moved my appointment to {v}.",
            "The dentist is changed, yaar, now it's {v}.",
            "No, no, that date is old, wallah, it's {v} now.",
            "So the dentist called, naku, she is sick that week, so they moved me to {v}.",
            "I think it's {v} now... haan, yes, {v}.",
            "Can you put the dentist on {v}? They rescheduled, dai.",
            "{v}. Rescheduled, ya.",
            "Iawn, my dentist appointment is on {v} now.",
        ],
        "ask_now": [
            "Oye, when is my dentist appointment?",
            "Achha, what day is the dentist?",
            "Dentist is when, tak?",
            "Allora, when do I go to the dentist?",
        ],
        "ask_then": [
            "Pues, when was my dentist appointment originally?",
            "What was the first date for the dentist, yaar?",
            "Before they moved it, when was the dentist, cariad?",
        ],
    },
    "contact": {
        "tell": [
            "Bueno, please {v} me rather than anything else.",
            "Achha, best to {v} me, yaar.",
            "Just {v} me, tak.",
            "Sige po, {v} me, that's easiest.",
            "Allora, please {v} me, I prefer it.",
            "Inshallah you {v} me, that's best for me.",
        ],
        "change": [
            "Pues, from now on please {v} me instead.",
            "Since last month I prefer you {v} me, no wiesz.",
            "Now it's better you {v} me, yaar.",
            "No, no, not like before, wallah, please {v} me now.",
            "So I changed my shifts and I can't always pick up, naku, so please {v} me "
            "these days.",
            "I think it's better to... haan, yes, {v} me from now.",
            "Can you {v} me from now on? It's easier for me, dai.",
            "Please {v} me now, ya.",
        ],
        "ask_now": [
            "Oye, how do I like to be contacted?",
            "Achha, should you text or call me?",
            "How you will contact me, tak?",
            "Allora, what's the best way to reach me?",
        ],
    },
    "nickname": {
        "tell": [
            "Bueno, please call me {v}, everyone does.",
            "Achha, just call me {v}.",
            "{v}, tak, call me {v}.",
            "Sige po, call me {v}.",
            "Allora, everybody calls me {v}.",
            "Call me {v}, habibi, it's easier.",
        ],
        "change": [
            "Pues, call me {v} now, I've gone back to it.",
            "Since last year I go by {v}, no wiesz.",
            "Now it's {v}, yaar.",
            "No, no, not that name any more, wallah, I go by {v} now.",
            "So at the new job there were three of us with the same name, naku, so now "
            "everyone calls me {v}.",
            "I think I prefer... haan, yes, {v}, call me {v}.",
            "Can you call me {v} from now? I go by that these days, dai.",
            "{v}. Call me {v} now, ya.",
        ],
        "ask_now": [
            "Oye, what should you call me?",
            "Achha, what name do I go by?",
            "My name you use is what, tak?",
            "Allora, how do you call me?",
        ],
    },
}


def codeswitch_kinds() -> list[Kind]:
    """The kinds with the thirty-sixth held-out phrasing."""
    return heldout_kinds(_CODESWITCH)
