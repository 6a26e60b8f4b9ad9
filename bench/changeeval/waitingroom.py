"""A thirty-first held-out phrasing of the same facts (`generate --phrasing waitingroom`,
written to `bench/changeeval/waitingroom/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading
the retrieval code, the supersession rules, the other phrasings' words or any results.
The callers ring from a hospital or clinic waiting room and speak quietly, carefully and a
little formally: a retired solicitor, a carer for her mother, a young father waiting for a
scan, a lorry driver with a bad back, a choir mistress and a trainee electrician, with a light
touch of Edinburgh, Lancashire, Nigerian (Yoruba), Sri Lankan, Canadian and Maltese English.
They use formal register ("I should mention that ...", "For your records, ..."), ask the
agent to read back what it holds and correct it, give the reason first and the value last,
give the old value with when it stopped ("until the new year it was ..."), bury the new value
in the middle of long sentences, report changes in the passive ("I've been put on ...", "I've
been reassigned to ..."), say a value and then repeat it, use euphemisms for a pet's death,
and in a later call sometimes simply state the present value with no change word at all.
Every change is about the caller and leaves no doubt which value is current and which is old;
every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_WAITINGROOM: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "For your records, my home address is {v}.",
            "Aye, I'm at {v}, that's the house, I've been there a good while now.",
            "Home is {v}. I'll repeat that, as the line's not great in here: {v}.",
        ],
        "change": [
            "Would you read back the address you hold for me? If it says {old}, that's "
            "out of date, I'm afraid; it was right until the end of last month, but we're at "
            "{v} now.",
            "Because the stairs had got too much for my mother, we sold up, and the new "
            "address, which you'll want for all the letters, is {v}, though the post office "
            "are forwarding things from the old place for a few weeks yet.",
            "I should mention, please, that I have moved house. Kindly put the new address on "
            "the file: {v}.",
        ],
        "ask_now": [
            "For the form, which address do you have as my home at present?",
            "Just so I'm certain, where is it you'd send my post these days?",
        ],
        "ask_then": [
            "Before the move, which address did you have for me?",
            "For the solicitor's letter, what was my previous address?",
        ],
    },
    "phone": {
        "tell": [
            "The best number to reach me is {v}. Shall I say it again? {v}.",
            "Och, my mobile's {v}, though I've to keep it on silent in here.",
        ],
        "change": [
            "Since my old handset went down the hospital stairs and didn't survive it, I've a "
            "new one, and the number is now {v}.",
            "Until the new year it was {old}, but that line has been stopped; it's {v} from "
            "here on, if you'd be so good as to note it.",
        ],
        "ask_now": [
            "Which number would you ring me on, if the ward needed me?",
            "Could you read back the number you have for me now, please?",
        ],
        "ask_then": [
            "For the record, what was my previous number?",
        ],
    },
    "email": {
        "tell": [
            "For correspondence, my email address is {v}.",
            "It's {v}, all in lower case. Again, slowly: {v}.",
        ],
        "change": [
            "The practice told me my old account is full and bounces everything back, so "
            "I've set up a new email address, and it is {v}.",
            "Mela, my email address is {v}, ta, for everything you send.",
        ],
        "ask_now": [
            "For the appointment letters, which email address do you hold for me?",
        ],
        "ask_then": [
            "And the email address I had before, what was it, for my own records?",
        ],
    },
    "dose": {
        "tell": [
            "I should mention for the form that I take {v} each morning, for the blood pressure.",
            "Aney, I am on {v}, no? Every morning, for the pressure.",
        ],
        "change": [
            "I've been put on {v} by the consultant, because my readings at the hospital "
            "were still too high, so that's what I take now.",
            "Until the review last week I was taking {old}; since then it has been {v}, in "
            "the morning as before.",
        ],
        "ask_now": [
            "For the pharmacist's form, what dose of lisinopril am I on at present?",
        ],
        "ask_then": [
            "What dose of lisinopril was I taking before they altered it?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}, so I'm never free then, I'm afraid.",
            "Pottery, that's {v}, eh. It's been that way all year.",
        ],
        "change": [
            "I've been moved into the pottery group that meets on {v}, as the old one was "
            "oversubscribed, so please bear that in mind when booking.",
            "What with my mother's appointments and the choir and everything else, pottery "
            "is on {v} these days, which suits me rather better, though I do miss the old "
            "crowd.",
        ],
        "ask_now": [
            "Remind me, please, which day is my pottery class on at present?",
            "Would you tell me when my pottery falls now, so I can book around it?",
        ],
        "ask_then": [
            "Before they rearranged the timetable, which day was my pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "I have {v} every morning, two cups, before I do anything at all.",
            "Ey, I'm a {v} drinker, me, love; I can't start the day without it.",
        ],
        "change": [
            "On account of my heart, and the cardiologist being quite firm about it, I no "
            "longer drink {v}.",
            "For your records, I've stopped drinking {v} altogether since the palpitations, "
            "no? Not even one cup.",
        ],
        "ask_now": [
            "Am I down as someone who drinks coffee, or not?",
            "Do you have me noted as a coffee drinker?",
        ],
    },
    "meat": {
        "tell": [
            "I'm fond of {v}, I'll have it most days if I'm honest.",
            "Put me down as a {v} eater, a good steak at the weekend, that's me.",
        ],
        "change": [
            "Because of the cholesterol, and after a long talk with the dietitian, I've "
            "gone vegetarian, so no {v} for me any more.",
            "I don't eat {v} these days, I've been vegetarian since the autumn, so kindly "
            "note it on the booking.",
        ],
        "ask_now": [
            "Are there any dietary notes on my file I ought to know about?",
            "According to what you hold, do I eat red meat?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}; a cup of that settles me.",
            "I'm partial to {v}, it's my favourite tea by a long way.",
        ],
        "change": [
            "I've gone right off the old one, love; {v} is my favourite tea now.",
            "Until the winter it was {old}, but my favourite tea these days is {v}.",
        ],
        "ask_now": [
            "Which tea would you put in my basket?",
            "For the hamper, what is my favourite tea at the moment?",
        ],
        "ask_then": [
            "And which tea did I used to prefer, before?",
        ],
    },
    "pet": {
        "tell": [
            "We've a cat called {v}; she keeps my mother company all day.",
            "Our cat, {v}, runs the whole house, bless her.",
        ],
        "change": [
            "I should mention, sadly, that {old} is no longer with us; we had her put to "
            "sleep in the autumn, and we've no cat now.",
            "Our {old} crossed the rainbow bridge last month, sorry o; the house is very "
            "quiet without her.",
        ],
        "ask_now": [
            "Do you have me down as having a cat?",
            "How is my cat getting on, do you know?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} is here with me in the waiting room, as it happens.",
            "My boyfriend, {v}, will be taking me home after the scan.",
        ],
        "change": [
            "I should mention that I'm seeing someone new; my partner now is {v}.",
            "If you have {old} down as my partner, that ended over the summer; it's {v} "
            "now, and he's the one sat beside me.",
        ],
        "ask_now": [
            "Whom do you have as my next of kin, my partner, I mean?",
            "For the form, what name do you hold for my partner?",
        ],
        "ask_then": [
            "Who was I with before my present partner?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}; I've been there for years.",
            "For the form, I'm employed at {v}.",
        ],
        "change": [
            "I've been taken on at {v}, full time, so that's where I work now.",
            "After the apprenticeship scheme folded and I'd been out of work a few weeks, I "
            "got a place at {v}, which is nearer home, and I've been there since last month.",
        ],
        "ask_now": [
            "For the form, who is my employer at present?",
            "Where is it I work, according to your records?",
        ],
        "ask_then": [
            "Where was I working before my present job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}; it's in the hospital car park just now.",
            "My car's {v}. That's {v}, if you're writing it down.",
        ],
        "change": [
            "Because my back couldn't take the old one any longer, I've traded it in, and "
            "what I drive now is {v}.",
            "Until the spring I drove {old}; these days it's {v}, parked out the front.",
        ],
        "ask_now": [
            "What car do you have me down as driving?",
            "For the parking permit, which car is mine?",
        ],
        "ask_then": [
            "What car did I have before this one?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, at the surgery on the high street.",
            "I'm registered with {v}; she's been my GP for years.",
        ],
        "change": [
            "I've been reassigned to {v}, as my old GP has retired, so please put that on the "
            "form.",
            "For your records, my GP is {v}.",
        ],
        "ask_now": [
            "For the form, which GP am I registered with?",
            "Whom do you have down as my doctor?",
        ],
        "ask_then": [
            "Who was my GP before the present one?",
        ],
    },
    "dentist": {
        "tell": [
            "I should mention I've the dentist on {v}.",
            "My dentist appointment is on {v}. That's {v}, I've written it on the calendar.",
        ],
        "change": [
            "The dentist's rang to say they'd had a cancellation, so my appointment is now on "
            "{v}.",
            "Originally it was {old}, but the dentist had to move it, and the new date is {v}.",
        ],
        "ask_now": [
            "For my diary, when is my dentist appointment?",
        ],
        "ask_then": [
            "What date was my dentist appointment before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, if you'd be so kind; it's what I prefer.",
            "Best to {v} me, eh, that's what suits me.",
        ],
        "change": [
            "Since I'm in and out of appointments so much these days, from now on I'd rather "
            "you {v} me.",
            "I should mention that my preference has changed; kindly {v} me instead in future.",
        ],
        "ask_now": [
            "How should you get in touch with me, according to your notes?",
            "Which way do I prefer to be contacted at present?",
        ],
    },
    "nickname": {
        "tell": [
            "Please address me as {v}; everyone does.",
            "I go by {v}. Just {v}, nothing longer.",
        ],
        "change": [
            "I've gone back to {v}, if you wouldn't mind using that from now on.",
            "Since the grandchildren started it and it stuck, I go by {v} these days.",
        ],
        "ask_now": [
            "What name do I go by, for the form?",
            "How should you address me?",
        ],
    },
}


def waitingroom_kinds() -> list[Kind]:
    """The kinds with the thirty-first held-out phrasing."""
    return heldout_kinds(_WAITINGROOM)
