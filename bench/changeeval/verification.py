"""An eighty-fourth held-out phrasing of the same facts (`generate --phrasing verification`,
written to `bench/changeeval/verification/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
layout of `onhold.py` and `heldout_kinds` only, without reading the supersession rules, the
other phrasings or the tests, and without running anything on these words first.
The callers are bank, utility and insurer customers in the UK and the US who are used to
security checks, some brisk, some nervous about fraud. They recite their details the way they
would for identity and verification ("for security", "the first line of the address", "the
email on the account", "the full number, not just the last digits", "date of birth first?",
"is that the memorable word question?"), give updates as if filling in a form or answering a
checklist the agent reads out ("new mobile, ready?", "change of address, effective from ...",
"tick the box for ...", "employment status: ..."), and often get ahead of the agent's next
question ("before you ask", "you'll want the ... next"). Every change is about the caller and
leaves no doubt that the old value no longer holds; every tell states the caller's own current
value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_VERIFICATION: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Date of birth first? No? Right, the first line of my address is {v}, that's"
            " where I live.",
            "{v}, that's the first line, and yes, it's my home address, I've been there nine"
            " years.",
            "For security I'll give it to you exactly as it's printed on the bill, I live at {v}.",
            "Before you ask, the mailing address on the account is {v}, that's my house, zip"
            " code to follow if you need it.",
        ],
        "change": [
            "Change of address, effective from the first of the month: {v}. The old place is"
            " closed, I've handed the keys back.",
            "Right, for your form, new address, ready? It's {v}, I've moved out of the old"
            " house completely.",
            "I know you'll ask, so yes, I've moved, the first line is now {v}, please don't"
            " send anything to the previous address.",
            "With all this fraud about I want the old address off everything, I don't live"
            " there any more, I'm at {v} now.",
        ],
        "ask_now": [
            "For security, which first line of the address do you have on my account now?",
            "Can you read back the home address you currently hold for me?",
            "What's my address on the file as of today?",
        ],
        "ask_then": [
            "Which address was on the account before my change of address went through?",
            "What was the first line of my previous address?",
        ],
    },
    "phone": {
        "tell": [
            "The number on the account, the mobile, is {v}, that's the one to ring me on.",
            "I'll give you the full number, not just the last few digits, it's {v}, that's my"
            " mobile.",
            "{v}, that's my cell, you can text the security code there.",
            "I expect you'll want a contact number for verification next, my own phone is {v}.",
        ],
        "change": [
            "New mobile, ready? {v}. The old number's been cancelled, so don't send codes there.",
            "Update of contact number, please, it's {v} from today, the previous one is"
            " disconnected.",
            "Someone tried to steal my number so I got a new SIM, my phone number is now {v},"
            " the old one's dead.",
            "Send the one-time passcode to {v}, that's my new number, I don't have the old"
            " phone any more.",
        ],
        "ask_now": [
            "Which mobile number is on my account now, the whole thing, not just the ending?",
            "What number will you send the security code to?",
            "Can you confirm the phone number you have for me?",
        ],
        "ask_then": [
            "What was the mobile number on the account before I changed it?",
            "Which number did you have for me previously?",
        ],
    },
    "email": {
        "tell": [
            "The email on the account is {v}, that's mine, nobody else uses it.",
            "For the paperless statements, send them to {v}, that's my email address.",
            "My email address, I'll say it slowly for you, {v}.",
            "I'm wary of scam emails, so to be clear, my email is {v} and anything genuine"
            " from you should come there.",
        ],
        "change": [
            "The email on the account needs updating, it's {v} now, the old one was hacked"
            " and I've closed it.",
            "New email, have you got a pen? {v}. The previous address no longer exists.",
            "I've done the security questions with your colleague already, so, my email is {v}"
            " now, I shut down the old account.",
            "Tick the box for change of email, it's {v} from today, I don't use the old one.",
        ],
        "ask_now": [
            "Which email is on my account now?",
            "What email address will my statements go to?",
            "Could you read back the email you hold for me?",
        ],
        "ask_then": [
            "Which email was on the account before I changed it?",
            "What was my previous email address?",
        ],
    },
    "dose": {
        "tell": [
            "For the medical declaration, I'm on {v} every day, that's my only prescription.",
            "{v}, once a day, that's what I take, if the insurer needs it.",
            "You'll ask about medication next, I know the drill, I take {v} each morning.",
            "On the health questionnaire, under current medication, put {v}, daily, for my"
            " blood pressure.",
        ],
        "change": [
            "Medication update for the policy, I now take {v}, my GP stopped the previous dose.",
            "Change to my medication, effective from last Monday, it's {v} now, not the old"
            " amount.",
            "Before you ask, yes, my tablets changed, I'm on {v} from now on and the old dose"
            " is finished.",
            "The consultant put me on {v}, so please amend the form, I'm no longer on the"
            " previous dose.",
        ],
        "ask_now": [
            "What dose of lisinopril do you have me on, for the declaration?",
            "What's my current blood pressure medication dose?",
            "How much lisinopril am I taking now?",
        ],
        "ask_then": [
            "What dose of lisinopril did I declare before the change?",
            "What was my previous lisinopril dose?",
        ],
    },
    "class": {
        "tell": [
            "For your availability notes, I'm not free on {v}, that's my pottery class.",
            "If you need a callback slot, avoid {v}, I'm at pottery then.",
            "Pottery class, {v}, every week, so the engineer can't come then.",
            "Regular commitments, if that's on the form: pottery, {v}.",
        ],
        "change": [
            "Change of availability, please, pottery is on {v} now, so the old day is free.",
            "My pottery class has moved to {v}, effective this term, I'm free on the old day now.",
            "For your notes, the pottery day's changed, it's {v} from now on.",
            "Don't book the engineer for {v}, that's pottery now, they moved it off the old slot.",
        ],
        "ask_now": [
            "Which day is my pottery class now?",
            "When do I have pottery, according to your notes?",
            "Which day should you avoid for me because of pottery?",
        ],
        "ask_then": [
            "Which day was pottery on before it moved?",
            "What was my old pottery day?",
        ],
    },
    "coffee": {
        "tell": [
            "For the hotel breakfast form, yes, I drink {v}, two cups every morning.",
            "Hot drink preference? {v}, strong, every single day.",
            "I'm a {v} drinker, first thing every morning, you can tick that box.",
            "Before you ask, it's {v} for me, I have it every day with breakfast.",
        ],
        "change": [
            "Breakfast preferences update, I no longer drink {v}, I gave it up in the spring.",
            "Take {v} off my preferences, please, I've quit it completely.",
            "Under hot drinks, cross out {v}, I stopped drinking it on doctor's advice.",
            "No, no {v} any more, I've given it up for good.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "What have you got as my hot drink preference?",
            "Should the breakfast order include a coffee for me?",
        ],
    },
    "meat": {
        "tell": [
            "Dietary requirements: none, I eat {v}, steak most weeks.",
            "For the catering form, I'm fine with {v}, I eat it all the time.",
            "I'll save you the next question, I eat {v}, the beef option is fine for me.",
            "No dietary restrictions, I eat {v} happily, put me down for the steak.",
        ],
        "change": [
            "My dietary requirements have changed, I'm vegetarian now, so no {v}.",
            "Please update the catering form, I don't eat {v} any more, I went vegetarian in"
            " January.",
            "The box for vegetarian, tick it, I've stopped eating {v} altogether.",
            "I'm not eating {v} these days, I'm vegetarian, so the beef option is out.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "What dietary requirements are on my file?",
            "Should you put me down for the steak or the vegetarian option?",
        ],
    },
    "favourite": {
        "tell": [
            "If that's one of the security questions, my favourite tea is {v}.",
            "For the welcome pack, favourite tea: {v}.",
            "{v}, that's my favourite tea, you can note it down.",
            "I'll get ahead of you, you'll ask about the hamper, my favourite tea is {v}.",
        ],
        "change": [
            "Update to my preferences, my favourite tea is now {v}, I've gone off the old one.",
            "If you use it as a security answer, it's out of date, my favourite tea these days"
            " is {v}, not the old one.",
            "Favourite tea, please amend it to {v}, I don't drink the previous one any more.",
            "It's {v} now, that's my favourite tea, the old one's gone from the cupboard.",
        ],
        "ask_now": [
            "What's my favourite tea on the file?",
            "Which tea should go in my welcome pack?",
            "What tea do I like best these days?",
        ],
        "ask_then": [
            "What was my favourite tea before I changed it?",
            "Which tea did I used to have down as my favourite?",
        ],
    },
    "pet": {
        "tell": [
            "For the pet cover, the cat's name is {v}, she's mine, a tabby, eight years old.",
            "Is that the memorable word question? I won't say, but yes, I have a cat called {v}.",
            "{v}, that's my cat, she's the reason I'm calling about the policy.",
            "Pet details, you'll want those next: one cat, {v}, indoor, neutered.",
        ],
        "change": [
            "I need to cancel the pet cover for {old}, she died last month, so I don't have a"
            " cat now.",
            "For your records, {old} passed away in March, there's no cat on my policy any more.",
            "Pet details: none now, I'm afraid, {old} was put to sleep in the autumn.",
            "I had to rehome {old} because of my allergies, so please take her off, I've no cat.",
        ],
        "ask_now": [
            "Do I have a cat on my policy?",
            "Is there a pet on my account?",
            "Have I got a cat at the moment?",
        ],
    },
    "partner": {
        "tell": [
            "For the joint account, my partner is {v}, he'll be the second named person.",
            "Next of kin, if you need it, is my boyfriend {v}.",
            "{v}'s my partner, he's on the list of people allowed to speak for me.",
            "You'll want to know who else is authorised, that's my partner, {v}.",
        ],
        "change": [
            "Please remove {old} as my named partner, we've separated, I'm with {v} now.",
            "Change of next of kin: my partner is {v} now, {old} and I are no longer together.",
            "My partner's {v} now, so he's the one to list, the old relationship's over.",
            "For security, {old} must not have access any more, we split up, my partner is now"
            " {v}.",
        ],
        "ask_now": [
            "Who's listed as my partner now?",
            "Who is my partner, according to your records?",
            "What's my partner's name on the account?",
        ],
        "ask_then": [
            "Who was my partner before the change?",
            "Which name did you have as my partner previously?",
        ],
    },
    "job": {
        "tell": [
            "Employment status: employed, full time, at {v}.",
            "For the affordability check, I work at {v}, I've been there six years.",
            "My employer is {v}, if it asks on the application.",
            "I'm sure the next question is employer, so, {v}, that's where I work.",
        ],
        "change": [
            "Change of employer to note, I'm at {v} now, I left the old job in May.",
            "The employer on the file is out of date, I work at {v} these days.",
            "New job, ready for the details? {v}, started last month, the previous place is"
            " behind me.",
            "I've moved jobs, so for the mortgage form my employer is now {v}.",
        ],
        "ask_now": [
            "Who's my employer on the file now?",
            "Where do I work?",
            "Which company have you got me down as working for?",
        ],
        "ask_then": [
            "Who was my employer before the change?",
            "Where was I working previously?",
        ],
    },
    "car": {
        "tell": [
            "For the motor policy, the insured vehicle is {v}, that's my car.",
            "I drive {v}, it's registered to me at the address on the account.",
            "Vehicle details: {v}, and I'm the main driver.",
            "You'll ask make and model, it's {v}, that's my own car.",
        ],
        "change": [
            "Change of vehicle on the policy, please, I now drive {v}, the old car's been sold.",
            "New car, ready? {v}, picked it up Saturday, the previous one went in part exchange.",
            "I've swapped cars, so the insured vehicle is {v} from today.",
            "The car on the account is wrong now, I sold that one, I drive {v}.",
        ],
        "ask_now": [
            "What car is on my policy now?",
            "What do I drive?",
            "Which vehicle have you got down for me?",
        ],
        "ask_then": [
            "What car was on the policy before the change of vehicle?",
            "What car did I drive previously?",
        ],
    },
    "doctor": {
        "tell": [
            "Registered GP: {v}, at the Church Road surgery.",
            "For the medical consent form, my doctor is {v}.",
            "My GP's {v}, you can write to her for the report.",
            "You'll want the GP details for the claim, it's {v}, I've been with her for years.",
        ],
        "change": [
            "Change of GP to note, I'm registered with {v} now, I left the old practice.",
            "New GP, if you've got the form open: {v}, my previous doctor retired.",
            "Please send the medical report request to {v}, she's my GP now, not the old one.",
            "I moved surgeries, so my doctor is {v} from now on.",
        ],
        "ask_now": [
            "Who is my GP on the file?",
            "Which doctor will you send the report to?",
            "Who's my doctor now?",
        ],
        "ask_then": [
            "Who was my GP before I changed practices?",
            "Which doctor did I have previously?",
        ],
    },
    "dentist": {
        "tell": [
            "For the claim, my dental appointment is on {v}.",
            "Please don't book anything on {v}, I've got my dentist appointment.",
            "Dentist: {v}, that's my appointment.",
            "You'll ask about dates, so I'll say it now, I'm at the dentist on {v}.",
        ],
        "change": [
            "Appointment update: the dentist moved mine to {v}, the original date's cancelled.",
            "My dentist appointment has been rescheduled for {v}, so the date on your form is"
            " out of date.",
            "The surgery rang, my dentist appointment is now {v}, not the old date.",
            "Change of date, ready? My dentist is {v} now.",
        ],
        "ask_now": [
            "When is my dentist appointment now?",
            "What date have you got for my dentist?",
            "Which day am I seeing the dentist?",
        ],
        "ask_then": [
            "What was the original date of my dentist appointment?",
            "When was my dentist appointment before it was rescheduled?",
        ],
    },
    "contact": {
        "tell": [
            "Contact preference, for the form: please {v} me.",
            "If there's ever a fraud alert, {v} me, that's how I want to be reached.",
            "The best way to reach me is to {v} me, I prefer that.",
            "I'd rather you {v} me, that's my preference for anything on the account.",
        ],
        "change": [
            "Change my contact preference, please, from now on {v} me instead.",
            "My preferred contact method has changed, I'd like you to {v} me now.",
            "After that scam, I only want you to {v} me from now on, nothing else.",
            "Update the box for contact method, {v} me, not the old way.",
        ],
        "ask_now": [
            "How do I prefer to be contacted?",
            "What's my contact preference on the file?",
            "Should you text, email or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "The name on the account is my full one, but please call me {v}.",
            "Preferred name: {v}, that's what everyone calls me.",
            "{v} is fine, that's what I go by.",
            "Before we start the security bit, just call me {v}, I know the account's in my"
            " full name.",
        ],
        "change": [
            "Preferred name update, I go by {v} now, not the old one.",
            "Please change the name you call me to {v}, I've stopped using my old nickname.",
            "I'm {v} these days, you can call me that from now on.",
            "Change of preferred name, ready? {v}, starting today.",
        ],
        "ask_now": [
            "What name do I go by?",
            "What's my preferred name on the file?",
            "What should you call me?",
        ],
    },
}


def verification_kinds() -> list[Kind]:
    """The kinds with the eighty-fourth held-out phrasing."""
    return heldout_kinds(_VERIFICATION)
