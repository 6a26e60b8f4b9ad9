"""A twenty-first held-out phrasing of the same facts (`generate --phrasing daybreak`, written to
`bench/changeeval/daybreak/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `onhold.py`, `heldout_kinds` and `phrasings.py` only, without reading the supersession
rules, the other phrasings or the tests, and without running anything on these words first.
The callers phone a voice assistant early in the morning: a pharmacy's repeat-prescription
line, a gym's front desk, a council bin-collection and parking-permit line, a vet practice, a
bank's card-services line and a school's attendance line. The wording runs as wide as such
callers do: terse people in a hurry, chatty older callers who tell a little story before the
fact, people who correct themselves mid-sentence, the new value first and the old one after
("it's ... now, used to be ..."), the change inside a request ("can you send it to ..., that's
my new one"), the change told as the end of the old ("I'm done with ...", "no more ..."), and
Welsh, Nigerian, South African, New Zealand, Jamaican, Pakistani and Geordie turns of phrase.
Every change is about the caller, is in effect now and leaves no doubt that the old value no
longer holds; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_DAYBREAK: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Morning, quick one, I'm at {v}, that's home, for the file.",
            "Oh hello, I've been up since five with the dog, never mind that, you wanted my"
            " address, it's {v}, we've been there forty years.",
            "Home address is, hang on, I'm still half asleep, yes, {v}, that's where I live.",
            "I'm living in {v}, I am, been there since the kids were small, isn't it.",
            "My house is {v}, please note it well.",
            "Wor house is {v}, pet, the bins go out the front.",
        ],
        "change": [
            "New address, {v}. Moved Saturday.",
            "It's {v} now, we used to be at {old} but that's sold.",
            "Can you send the permit letter to {v}, that's my new place, I've moved out of {old}.",
            "I'm done with {old}, handed the keys back Friday, I live at {v} now.",
            "We've moved, well, my daughter calls it downsizing, anyway we live at {v} now and"
            " the old house belongs to somebody else.",
            "Kindly update, we have shifted to {v}, the old house we have left for good.",
        ],
        "ask_now": [
            "What's my home address?",
            "Which address is on my file?",
            "Where am I living these days?",
        ],
        "ask_then": [
            "Where was I living before the move?",
            "What address did I have before?",
        ],
    },
    "phone": {
        "tell": [
            "Mobile's {v}. That's me.",
            "Now my grandson set this phone up for me and wrote the number on the fridge, here"
            " it is, {v}, that's my mobile.",
            "Ja, you can get hold of me on {v}, that's my cell.",
            "Mi number is {v}, call mi pon that.",
            "My number is, hang on, I've got it written down, {v}.",
            "Just flick me a text on {v}, that's my mobile, eh.",
        ],
        "change": [
            "New number. {v}. Old one's dead.",
            "It's {v} now, used to be {old}, but that phone went in the canal.",
            "Can you ring me back on {v}, that's my new number, {old} doesn't work any more.",
            "No more {old}, I've cancelled that contract, I'm on {v} now.",
            "Abeg, change my number, the new one is {v}, the former line has been disconnected.",
            "I finally gave in and got one of these smartphones, my grandson did it all for me,"
            " and my number is {v} now, the old one's switched off.",
        ],
        "ask_now": [
            "What number have you got for me?",
            "Which mobile should you ring me on?",
            "What's my current phone number?",
        ],
        "ask_then": [
            "Which number did I use to have?",
            "What was my number before I changed it?",
        ],
    },
    "email": {
        "tell": [
            "Email's {v}.",
            "For the school, my email is {v}, that's the one I actually check.",
            "You'll get me on {v}, that's my email, isn't it.",
            "My daughter made me an email address years ago, I hardly use it mind, but it's {v}.",
            "Email, it's {v}, sorry, did that come through clearly? Yes, {v}.",
            "My email ID is {v} only, kindly note it.",
        ],
        "change": [
            "Email's changed. {v}.",
            "It's {v} now, I used to be {old} but I've closed that account.",
            "Can you send the statement to {v}, that's my new email, the old one's closed.",
            "I'm done with {old}, too much spam, use {v} from now on.",
            "Aye, I've a new email, pet, it's {v}, the old one's finished with.",
            "Eish, my old email got hacked so I shut it down, it's {v} now.",
        ],
        "ask_now": [
            "Which email address should things go to?",
            "What email have you got for me?",
            "What's my email these days?",
        ],
        "ask_then": [
            "Which email did I use before?",
            "What was my previous email address?",
        ],
    },
    "dose": {
        "tell": [
            "My repeat, {v}, same as always.",
            "Every morning with my porridge I have {v}, and that's been the way for years.",
            "Mi tek {v} every morning fi mi pressure.",
            "It's my blood pressure tablets, {v}, once a day.",
            "I'm on, oh, what is it, not the water tablet, the other one, {v}, yes.",
            "I'm having {v} every day, for the pressure, like.",
        ],
        "change": [
            "Dose went up. {v} from today.",
            "It's {v} now, it used to be {old} but the doctor put it up on Monday.",
            "Can you do my repeat as {v}, that's my new dose, the surgery's changed it.",
            "No more {old} for me, they've stopped that strength, I'm on {v} now.",
            "The doctor has reviewed my drugs o, I'm now taking {v}.",
            "I had my review with the nurse, lovely girl, and she's changed my blood pressure"
            " tablets, I'm on {v} from now on.",
        ],
        "ask_now": [
            "What strength of lisinopril am I on?",
            "How many milligrams of lisinopril do I take?",
            "What's my blood pressure dose?",
        ],
        "ask_then": [
            "What strength of lisinopril did I take before the change?",
            "What was my lisinopril dose originally?",
        ],
    },
    "class": {
        "tell": [
            "Can't do an induction then, I've pottery on {v}.",
            "Since my husband passed I took up pottery, keeps me busy, that's {v} at the"
            " community hall.",
            "Divvent put me down for {v}, pet, that's my pottery class.",
            "Pottery's on {v} for me, eh, so that one's a no-go.",
            "My pottery's on, oh, let me think, yes, {v}, always has been.",
            "I go to pottery {v}, every week without fail.",
        ],
        "change": [
            "Pottery moved. {v} now.",
            "It's {v} now for pottery, it used to be {old} but the teacher changed it.",
            "Can you book my gym sessions round pottery, that's {v} now, they've moved it.",
            "Pottery's finished on {old}, from this week it runs {v}.",
            "Ja, they've shifted my pottery class to {v}, so the old slot is free now.",
            "Dem move mi pottery class, it's {v} now, not the old day no more.",
        ],
        "ask_now": [
            "What day is my pottery?",
            "When do I go to pottery?",
            "Which day is pottery on for me?",
        ],
        "ask_then": [
            "What day did pottery use to be?",
            "When was my pottery class before they moved it?",
        ],
    },
    "coffee": {
        "tell": [
            "Can't talk till I've had my {v}, I have it every single morning.",
            "I'm a big {v} drinker, three mugs before eight.",
            "I've been up since half five, had my {v} already, I always have a pot of it first"
            " thing.",
            "I do love a cup of {v}, I have one every morning, I do.",
            "Me, I drink {v} every morning, I cannot start the day without it.",
        ],
        "change": [
            "No {v} for me now. Quit.",
            "It's hot water and lemon now, it used to be {v} but I've given it up.",
            "Can you take the {v} off my usual order, I've stopped drinking it.",
            "My {v} days are over, I gave it up in January.",
            "I have left {v} completely, only green tea now.",
            "I've packed in the {v}, pet, haven't touched a drop in a month.",
        ],
        "ask_now": [
            "Do I have coffee in the mornings?",
            "Am I a coffee drinker?",
            "Should my usual order include coffee?",
        ],
    },
    "meat": {
        "tell": [
            "Steak for me, I eat {v} most nights.",
            "My late husband was a butcher, so I've always eaten {v}, still do, most days.",
            "Ja, I love a braai, {v} every weekend, that's me.",
            "Mi nyam {v} every day, curry goat, oxtail, all a dat.",
            "I'm a {v} eater, lamb chops most nights, eh.",
        ],
        "change": [
            "No {v} now. Vegetarian.",
            "It's vegetarian for me now, I used to eat {v} but I've stopped.",
            "Can you make the booking vegetarian, I don't eat {v} any more.",
            "I'm done with {v}, haven't touched it since Christmas.",
            "I have stopped eating {v} o, the doctor warned me, I am vegetarian now.",
            "Vegetarian I am now, no {v} at all, there we are.",
        ],
        "ask_now": [
            "Is red meat okay for me?",
            "Am I a red meat eater?",
            "Should my meal include red meat?",
        ],
    },
    "favourite": {
        "tell": [
            "Favourite tea is {v}, easy.",
            "Oh, a basket, how lovely, well my favourite tea is {v}, I have a cup every night"
            " before bed.",
            "My favourite tea is {v} only, nothing else.",
            "My favourite's the, oh what's it called, the one in the green box, {v}, yes, that's"
            " my favourite tea.",
            "Yeah, {v}'s my favourite tea, eh.",
        ],
        "change": [
            "Favourite tea's {v} now.",
            "It's {v} now, my favourite used to be {old} but I've gone right off it.",
            "Can you put {v} in the basket, that's my favourite tea these days, not {old}.",
            "I'm done with {old}, my favourite tea is {v} now.",
            "Mi favourite tea a {v} now, mi nuh bother with the old one again.",
            "My granddaughter brought me some {v} and now that's my favourite tea, I've gone off"
            " the old one entirely.",
        ],
        "ask_now": [
            "Which tea is my favourite?",
            "What tea do I like best?",
            "What tea should go in the basket for me?",
        ],
        "ask_then": [
            "Which tea used to be my favourite?",
            "What tea did I like best before?",
        ],
    },
    "pet": {
        "tell": [
            "My cat {v} is due her booster.",
            "I've got my cat {v} on my lap right now, she's purring away, fourteen she is.",
            "It's about my cat, {v}, she's off her food a bit.",
            "Wor cat {v}'s a canny little thing, but she needs her jabs.",
            "Shame, my cat {v} has been scratching her ear all night.",
        ],
        "change": [
            "Take {old} off the reminders, she died last week.",
            "No pets now, {old} was put to sleep last month.",
            "Can you cancel {old}'s booster, she's passed away, I'm afraid.",
            "No more {old}, she's gone to live with my sister, I don't have a cat now.",
            "Lost {old}, we did, last month, old age it was, bless her.",
            "Ah, {old} is no more o, she died two weeks ago.",
        ],
        "ask_now": [
            "Have I got a cat?",
            "What's my cat called?",
            "Is my cat still with me?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} is on the joint account with me.",
            "My boyfriend {v} is driving me in today, bless him, he's ever so patient.",
            "Mi man {v} a go pick up the prescription fi mi.",
            "My partner {v} will drop the kids off, eh.",
            "My husband, well, partner, we're not married, {v}, he'll ring if I can't.",
        ],
        "change": [
            "New partner, {v}. The old one's gone.",
            "It's {v} now, I used to be with {old} but that's over.",
            "Can you put {v} as my partner on the school form, {old} and I have split.",
            "I'm done with {old}, finished in March, I'm with {v} now.",
            "Eish, {old} and I broke up, ja, I'm with {v} now.",
            "Howay, {old}'s history, pet, I'm courting {v} now.",
        ],
        "ask_now": [
            "Who am I with?",
            "What's my partner called?",
            "Who's my other half?",
        ],
        "ask_then": [
            "Who was my partner before?",
            "Who was I seeing previously?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, start at eight, so quick please.",
            "I've been at {v} twenty-two years, I'll retire from there, I expect.",
            "I am doing job at {v}, kindly call after five.",
            "I'm at, sorry, I'm on the bus, I work at {v}.",
            "I'm at {v}, been there ages, eh.",
            "Working at {v} I am, so mornings are no good for me.",
        ],
        "change": [
            "New job. {v}. Started Monday.",
            "It's {v} now, I used to work at {old}, I handed my notice in.",
            "Can you put {v} as my employer, that's my new job, I've left {old}.",
            "I'm done with {old}, I work at {v} now.",
            "I have resigned from {old} o, I'm now working with {v}.",
            "At my age you'd think I'd stay put, but I've taken a new job at {v}, started last"
            " week, and left the old place behind.",
        ],
        "ask_now": [
            "Where am I working?",
            "Who do I work for?",
            "What's my workplace?",
        ],
        "ask_then": [
            "Where did I use to work?",
            "Who was my previous employer?",
        ],
    },
    "car": {
        "tell": [
            "Permit's for {v}, that's my car.",
            "I drive {v}, had it since 2015, never let me down once.",
            "Me car's {v}, pet, parked outside the hoose.",
            "My car is {v}, ja, I park it on the street.",
            "My car's, oh, I always forget the colour, {v}, that's the one.",
            "Mi drive {v}, it park out front.",
        ],
        "change": [
            "New car. {v}. Update the permit.",
            "It's {v} now, used to be {old} but I sold that.",
            "Can you put the permit on {v}, that's my new car, the old one's been sold.",
            "No more {old}, it failed its MOT, I've got {v} now.",
            "Kindly update my vehicle, I have purchased {v} and sold the old one.",
            "Yeah nah, not {old} any more, I've traded it in for {v}, eh.",
        ],
        "ask_now": [
            "Which car is mine?",
            "What am I driving?",
            "What car should my permit be for?",
        ],
        "ask_then": [
            "Which car did I drive before?",
            "What car did I use to have?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP's {v}, send it there.",
            "I've been seeing {v} ever since my hip, that's my GP, ever so kind.",
            "My family doctor is {v}, kindly send the prescription there only.",
            "{v} is my GP, been with them for years, I have.",
            "I'm under, oh the name's gone, {v}, that's my GP.",
            "My GP na {v}, that's who signs my repeat.",
        ],
        "change": [
            "New GP. {v}.",
            "It's {v} now, my GP used to be {old} but I've moved surgeries.",
            "Can you send my repeat to {v}, that's my new GP, I'm not with {old} any more.",
            "I'm done with {old}, I've registered with {v} now.",
            "Ja, I've changed doctors, my GP is {v} now, the old one retired.",
            "Mi change doctor, a {v} mi see now.",
        ],
        "ask_now": [
            "Who's my GP?",
            "Which GP am I registered with?",
            "What's my doctor's name?",
        ],
        "ask_then": [
            "Which GP did I have before?",
            "Who was my doctor previously?",
        ],
    },
    "dentist": {
        "tell": [
            "Dentist on {v}, so I'll be late in.",
            "I've got the dentist on {v}, dreading it, I've a crown that's loose.",
            "My dentist is on the, hang on, let me look at the calendar, {v}.",
            "I've got the dentist on {v}, now there's a treat, isn't it.",
            "I'm at the dentist {v}, eh, so can't make it.",
        ],
        "change": [
            "Dentist moved. {v}.",
            "It's {v} now, the dentist was {old} but they've moved it.",
            "Can you note the dentist is {v}, they rang and changed it, so I'm free on {old}.",
            "The dentist on {old} is off, it's been moved to {v}.",
            "My dentist appointment has been shifted to {v}, kindly note.",
            "The dentist's receptionist rang me yesterday, lovely girl, and they've moved my"
            " appointment to {v}, so that's when it is now.",
        ],
        "ask_now": [
            "When's my dentist?",
            "What date is my dentist appointment?",
            "When do I see the dentist?",
        ],
        "ask_then": [
            "What date was the dentist originally?",
            "When was the dentist before it moved?",
        ],
    },
    "contact": {
        "tell": [
            "Just {v} me, it's quicker.",
            "I'm funny about these things, so please {v} me, that's what suits me best.",
            "Best you {v} me, that's how I like it.",
            "Please {v} me, that one is easier for me.",
            "Could you, no, let me think, yes, {v} me, that's what I prefer.",
        ],
        "change": [
            "From today, {v} me. Nothing else.",
            "Please {v} me now, the old way doesn't suit me any more.",
            "Can you {v} me about the renewal, that's how I want to be contacted from now on.",
            "I'm done with the old arrangement, please {v} me instead.",
            "Ja, going forward please {v} me rather, that's what I prefer now.",
            "Howay, just {v} me from now on, pet, not the old way.",
        ],
        "ask_now": [
            "How should you get in touch with me?",
            "What's my preferred way of being contacted?",
            "Should you call, text or email me?",
        ],
    },
    "nickname": {
        "tell": [
            "It's {v}. Just {v}.",
            "My mother gave me something long and awful, so everyone's always called me {v},"
            " you do the same.",
            "Everybody call mi {v}, so yuh can call mi {v} too.",
            "Call me, well not my full name, {v}, that's what I go by.",
            "Just call me {v}, eh, everyone does.",
        ],
        "change": [
            "I go by {v} now.",
            "It's {v} now, I used to go by {old} but not any more.",
            "Can you put {v} on my file, that's what I'm called these days.",
            "I'm done with {old}, please call me {v} from now on.",
            "Please, call me {v} now o, I don't answer to the old name again.",
            "Kindly address me as {v} now, I have stopped using the other name.",
        ],
        "ask_now": [
            "What do I like to be called?",
            "What name should you use for me?",
            "What do people call me?",
        ],
    },
}


def daybreak_kinds() -> list[Kind]:
    """The kinds with the twenty-first held-out phrasing."""
    return heldout_kinds(_DAYBREAK)
