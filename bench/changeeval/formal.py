"""A fifty-sixth held-out phrasing of the same facts (`generate --phrasing formal`, written to
`bench/changeeval/formal/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.
The callers are careful, formal, rather bureaucratic people who speak as if filling in a form
or writing a letter to an office: passive voice, nominalisations and official vocabulary
("residential address", "contact telephone number", "registered general practitioner",
"domestic partner", "with effect from", "for your records", "kindly amend"). The register runs
from merely polite-formal to very stiff, with the odd "pursuant to", "in respect of",
"hitherto" and "the aforementioned". Their questions are formal too ("Could you confirm the
residential address currently held on file?"). Every change is about the caller and leaves no
doubt that the old value no longer holds; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_FORMAL: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "For your records, my residential address is {v}.",
            "The address at which I currently reside is {v}.",
            "Please note that my home address is {v}.",
            "I am resident at {v}, should you require it for the file.",
        ],
        "change": [
            "I should like to notify you of a change of residential address; with effect from "
            "this month it is {v}.",
            "Kindly amend the address held on record. I have relocated and now reside at {v}.",
            "Pursuant to my recent removal, my residential address is now {v}; the previous "
            "address should no longer be used.",
            "Please be advised that I have vacated my former residence. My new address is {v}.",
        ],
        "ask_now": [
            "Could you confirm the residential address currently held on file?",
            "What is my registered home address?",
            "At which address do your records show me as residing?",
        ],
        "ask_then": [
            "What was the address previously recorded?",
            "Could you confirm my former residential address, prior to the move?",
        ],
    },
    "phone": {
        "tell": [
            "The contact telephone number for my file is {v}.",
            "For your records, I may be reached by telephone on {v}.",
            "My mobile telephone number is {v}.",
            "Please record {v} as my principal contact number.",
        ],
        "change": [
            "Kindly amend the contact telephone number held on record to {v}.",
            "I wish to advise that my telephone number has been changed. It is now {v}.",
            "With effect from today, the number at which I may be reached is {v}; the previous "
            "number is no longer in service.",
            "Please update your records in respect of my telephone number, which is now {v}.",
        ],
        "ask_now": [
            "Could you confirm the telephone number you currently hold for me?",
            "On which number am I registered as contactable?",
            "What contact telephone number is on file for me at present?",
        ],
        "ask_then": [
            "What telephone number was previously recorded for me?",
            "Which number did you hold for me prior to the change?",
        ],
    },
    "email": {
        "tell": [
            "My electronic mail address is {v}.",
            "For the purposes of correspondence, my email address is {v}.",
            "Please record my email address as {v}.",
            "Any documentation may be sent to my email address, which is {v}.",
        ],
        "change": [
            "Electronic correspondence should henceforth be directed to {v}.",
            "I should like to notify you of a change of email address. The new address is {v}.",
            "Kindly amend the email address on file to {v}; the former address is no longer "
            "monitored.",
            "Please be advised that my email address has been changed to {v} with immediate "
            "effect.",
        ],
        "ask_now": [
            "Could you confirm the email address currently held on file?",
            "To which email address is correspondence presently directed?",
            "What electronic mail address do your records show for me?",
        ],
        "ask_then": [
            "What email address was previously recorded for me?",
            "Could you tell me the email address you held prior to the amendment?",
        ],
    },
    "dose": {
        "tell": [
            "For your records, my prescribed medication is {v} daily.",
            "I am currently prescribed {v}, taken each morning.",
            "My blood pressure medication consists of {v} once a day.",
            "Please note that I take {v} daily, as prescribed by my physician.",
        ],
        "change": [
            "I wish to inform you that my dosage has been revised by my physician; I now take "
            "{v}.",
            "Please amend the medication details on file. The prescribed dose is now {v}.",
            "Following a review, my prescription has been altered to {v} with effect from last "
            "week.",
            "Kindly note the revised dosage of my blood pressure medication, namely {v}.",
        ],
        "ask_now": [
            "What dosage of lisinopril is recorded for me at present?",
            "Could you confirm the dose of my blood pressure medication currently on file?",
            "How much lisinopril am I presently prescribed, according to your records?",
        ],
        "ask_then": [
            "What dosage of lisinopril was I prescribed prior to the revision?",
            "Which dose was previously recorded for my blood pressure medication?",
        ],
    },
    "class": {
        "tell": [
            "I attend a pottery class, which is held on {v}.",
            "For your records, my weekly pottery class takes place on {v}.",
            "Please note that I am unavailable on {v}, owing to my pottery class.",
            "My pottery tuition is scheduled for {v} each week.",
        ],
        "change": [
            "I should advise you that my pottery class has been rescheduled; it now takes place "
            "on {v}.",
            "Please note that the pottery class has been moved to {v} with effect from this term.",
            "The schedule of my pottery class has been revised. Sessions are now held on {v}.",
            "Kindly amend your records: pottery is henceforth on {v}, not the day hitherto noted.",
        ],
        "ask_now": [
            "On which day is my pottery class currently held?",
            "Could you confirm when my pottery class takes place?",
            "What day is recorded for my weekly pottery session?",
        ],
        "ask_then": [
            "On which day was my pottery class held prior to the rescheduling?",
            "What day was previously recorded for my pottery class?",
        ],
    },
    "coffee": {
        "tell": [
            "For your records, I take {v} each morning, without milk.",
            "I am a regular drinker of {v}; two cups every morning.",
            "Please note that I consume {v} daily, generally at breakfast.",
            "My morning order invariably includes {v}, taken black.",
        ],
        "change": [
            "Please note that I no longer consume {v}, on medical advice.",
            "I wish to inform you that I have discontinued {v} entirely.",
            "Kindly remove {v} from my usual order, as I have given it up with effect from "
            "last month.",
            "Pursuant to my physician's recommendation, I have ceased drinking {v} altogether.",
        ],
        "ask_now": [
            "Do your records indicate that I drink coffee?",
            "Could you confirm whether coffee is to be included in my order?",
            "What is noted on file regarding my coffee consumption?",
        ],
    },
    "meat": {
        "tell": [
            "For your records, I eat {v} on most days.",
            "Please note that I have no dietary restrictions and consume {v} regularly.",
            "I am partial to {v}, and would generally order steak.",
            "My diet includes {v}, steak being my customary choice.",
        ],
        "change": [
            "Please note that I no longer consume {v}; I have adopted a vegetarian diet.",
            "I wish to advise of a change in dietary requirements: I have ceased eating {v}.",
            "Kindly record that I am now vegetarian, and that {v} should not be served to me.",
            "With effect from this month, {v} is excluded from my diet entirely.",
        ],
        "ask_now": [
            "Which dietary requirements do you hold for me at present?",
            "Could you confirm whether I eat red meat, according to your records?",
            "Are any dietary restrictions noted on my file?",
        ],
    },
    "favourite": {
        "tell": [
            "For your records, my preferred tea is {v}.",
            "Should a tea be required, my favourite is {v}.",
            "Please note that {v} is my tea of choice.",
            "I would request {v}, which is my favourite tea.",
        ],
        "change": [
            "I should advise you that my preference in tea has altered; my favourite is now {v}.",
            "Kindly amend the note on file: my preferred tea is henceforth {v}.",
            "My favourite tea is no longer the one hitherto recorded. It is now {v}.",
            "Please be advised that I now favour {v} above all other teas.",
        ],
        "ask_now": [
            "Which tea is recorded as my favourite?",
            "Could you confirm my preferred tea for the basket?",
            "What tea preference do you hold for me at present?",
        ],
        "ask_then": [
            "Which tea was previously recorded as my favourite?",
            "What was my preferred tea prior to the change?",
        ],
    },
    "pet": {
        "tell": [
            "For your records, the household includes a cat by the name of {v}.",
            "I am the owner of a cat, {v}.",
            "Please note that there is a cat at the property, named {v}.",
            "We keep a cat, {v}, who is resident with us.",
        ],
        "change": [
            "I regret to inform you that {old} is deceased.",
            "I must advise you that our cat, {old}, passed away last month.",
            "Please note that {old} has been rehomed, owing to my allergies, and is no longer "
            "in the household.",
            "Kindly remove {old} from your records; the aforementioned cat died in the spring.",
        ],
        "ask_now": [
            "Do your records indicate that I own a cat?",
            "Could you confirm whether there is a cat in my household?",
            "What is noted on file regarding my cat?",
        ],
    },
    "partner": {
        "tell": [
            "My domestic partner is {v}.",
            "For your records, I reside with my partner, {v}.",
            "Please note the name of my partner, which is {v}.",
            "I am in a relationship with {v}, who may accompany me.",
        ],
        "change": [
            "I wish to advise that my relationship with {old} has ended. My partner is now {v}.",
            "Please amend your records: {old} is no longer my partner, and I am now with {v}.",
            "I should like to notify you that my current partner is {v}.",
            "Kindly record {v} as my domestic partner with effect from this month.",
        ],
        "ask_now": [
            "Who is recorded as my partner at present?",
            "Could you confirm the name of my domestic partner?",
            "What partner's name is held on my file?",
        ],
        "ask_then": [
            "Who was previously recorded as my partner?",
            "What was the name of my partner prior to the change?",
        ],
    },
    "job": {
        "tell": [
            "My current employer is {v}.",
            "For your records, I am employed by {v}.",
            "I hold a position at {v}, and have done for some years.",
            "Please note that my place of employment is {v}.",
        ],
        "change": [
            "I wish to advise of a change of employment. I have taken up a post at {v}.",
            "Please amend your records: I have left my former position and am now employed by "
            "{v}.",
            "With effect from this month, my employer is {v}.",
            "Kindly note that I have commenced employment at {v}, having resigned from my "
            "previous post.",
        ],
        "ask_now": [
            "Who is recorded as my current employer?",
            "Could you confirm my place of employment?",
            "Where am I employed, according to your records?",
        ],
        "ask_then": [
            "Who was my employer prior to the change?",
            "Which employer was previously recorded for me?",
        ],
    },
    "car": {
        "tell": [
            "For your records, the vehicle registered in my name is {v}.",
            "I am the owner of {v}.",
            "Please note that I drive {v}.",
            "The vehicle in my possession is {v}, should parking be required.",
        ],
        "change": [
            "I wish to advise that my vehicle has been replaced. I now drive {v}.",
            "Please amend the vehicle details on file; my car is now {v}.",
            "Following the sale of my previous vehicle, I have acquired {v}.",
            "Kindly note that the car hitherto recorded has been traded in, and that I now "
            "drive {v}.",
        ],
        "ask_now": [
            "Which vehicle is recorded in my name at present?",
            "Could you confirm the car I currently drive?",
            "What vehicle details do you hold for me?",
        ],
        "ask_then": [
            "Which vehicle was previously recorded for me?",
            "What car did I own prior to the replacement?",
        ],
    },
    "doctor": {
        "tell": [
            "For your records, my registered general practitioner is {v}.",
            "I am registered with {v} at the Elm Street practice.",
            "Please note that my GP is {v}.",
            "Any forms should be addressed to my general practitioner, {v}.",
        ],
        "change": [
            "I wish to advise that I have transferred practices; my GP is now {v}.",
            "Kindly amend your records: my registered general practitioner is henceforth {v}.",
            "Please note that I am now under the care of {v}, my former GP having retired.",
            "With effect from this month, I am registered with {v}.",
        ],
        "ask_now": [
            "Who is recorded as my general practitioner?",
            "Could you confirm the name of the GP currently held on file?",
            "With which doctor am I registered at present?",
        ],
        "ask_then": [
            "Who was my general practitioner prior to the transfer?",
            "Which GP was previously recorded for me?",
        ],
    },
    "dentist": {
        "tell": [
            "For your records, my dental appointment is scheduled for {v}.",
            "I have an appointment with the dentist on {v}.",
            "Please note that I am booked in with the dentist on {v}.",
            "My forthcoming dental appointment falls on {v}.",
        ],
        "change": [
            "The appointment has been rescheduled; the revised date is {v}.",
            "I wish to advise that my dental appointment has been moved to {v}.",
            "Kindly amend your records: the dentist has rescheduled my appointment for {v}.",
            "Please note that my dental appointment will now take place on {v}, not on the "
            "date hitherto arranged.",
        ],
        "ask_now": [
            "On what date is my dental appointment currently scheduled?",
            "Could you confirm the date of my dentist appointment?",
        ],
        "ask_then": [
            "On what date was my dental appointment originally scheduled?",
            "What was the date of the dentist appointment prior to the rescheduling?",
        ],
    },
    "contact": {
        "tell": [
            "I should prefer that you {v} me, rather than use any other means.",
            "For your records, the preferred method is that you {v} me.",
            "Kindly {v} me should you need to get in touch.",
            "Please note that I would ask you to {v} me in respect of any bookings.",
        ],
        "change": [
            "I wish to amend my contact preference: henceforth, please {v} me instead.",
            "Please note that I would now prefer that you {v} me.",
            "With effect from today, kindly {v} me rather than use the method hitherto recorded.",
            "My preference has changed; I should now like you to {v} me.",
        ],
        "ask_now": [
            "What is my preferred method of contact, according to your records?",
            "Could you confirm how I wish to be contacted?",
            "By which means should you get in touch with me?",
        ],
    },
    "nickname": {
        "tell": [
            "I prefer to be addressed as {v}.",
            "For your records, kindly call me {v}.",
            "Please note that I am known as {v}.",
            "I should like to be addressed by the name {v}.",
        ],
        "change": [
            "I wish to advise that I now prefer to be addressed as {v}.",
            "Kindly amend your records: henceforth I should like to be called {v}.",
            "Please note that I now go by {v}, rather than the name hitherto recorded.",
            "With effect from today, the name by which I wish to be addressed is {v}.",
        ],
        "ask_now": [
            "By what name do I prefer to be addressed?",
            "Could you confirm the name you have on file for addressing me?",
            "What should you call me, according to your records?",
        ],
    },
}


def formal_kinds() -> list[Kind]:
    """The kinds with the fifty-sixth held-out phrasing."""
    return heldout_kinds(_FORMAL)
