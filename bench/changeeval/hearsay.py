"""A fifty-third held-out phrasing of the same facts (`generate --phrasing hearsay`, written to
`bench/changeeval/hearsay/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.
The callers tell their facts through what someone or something else said or did, as people
often do on the phone: the new value arrives second-hand, from the surgery ringing, the
removals firm dropping the last boxes, a daughter setting up the new phone, a letter from the
hospital, the man at the garage handing over the keys, the vet, the landlord, HR, the bank,
the dentist's receptionist or the pottery teacher's email. The messenger only carries the
news: every value is the caller's own, never the messenger's, and every change leaves no
doubt that the old value no longer holds. Tells are second-hand or plain, and a few questions
also name the messenger ("Which number did my daughter set me up with?"), while the questions
about the past ask for the value before the news came.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_HEARSAY: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "My son wrote it down for me: {v}, that's where I live.",
            "The postman's known me for years at {v}, that's home.",
            "The council have me down at {v}, and that's right, that's my house.",
            "Everything from the bank comes to me at {v}, it's where I live.",
        ],
        "change": [
            "The removals firm dropped the last boxes at {v} yesterday, so that's us now.",
            "The solicitor rang to say we've completed, so we're living at {v} now.",
            "The landlord handed me the keys on Saturday and I've moved in, my address is {v}.",
            "My daughter's written my new address on the fridge so I don't forget, it's {v}, "
            "I moved last week.",
        ],
        "ask_now": [
            "Where do I live?",
            "Which address have you got for me?",
            "Where did the removals firm take my things to?",
        ],
        "ask_then": [
            "Where was I living before the removals came?",
            "What was my old address?",
            "Which house did I move out of?",
        ],
    },
    "phone": {
        "tell": [
            "My son put it in big letters by the phone, my number is {v}.",
            "The surgery has me on {v}, that's my mobile.",
            "You'll get me on {v}, my daughter says I always answer that one.",
            "My number's {v}.",
        ],
        "change": [
            "My daughter sorted the new phone out, she says my number is {v} now.",
            "The man in the phone shop said I couldn't keep my old number, so mine is {v} now.",
            "My grandson set my new mobile up for me, the number on it is {v}, use that one.",
            "The bank sent a text to check my new number, it's {v}, the old one's gone.",
        ],
        "ask_now": [
            "What's my phone number?",
            "Which number did my daughter set me up with?",
            "What number should you ring me on?",
        ],
        "ask_then": [
            "What was my number before my daughter sorted the new phone?",
            "What was my old phone number?",
        ],
    },
    "email": {
        "tell": [
            "My son set my email up for me, it's {v}.",
            "The pharmacy sends all my bits to {v}, that's my email.",
            "My granddaughter wrote it on a card for me: {v}, that's my email address.",
            "Email me at {v}.",
        ],
        "change": [
            "My grandson made me a new email, he says it's {v}, so please use that one now.",
            "The bank said my old email was compromised, so I'm on {v} now.",
            "The lady at the library helped me set up a new email, it's {v}, I've stopped "
            "using the old one.",
            "My daughter's closed down my old email account, my email is {v} from now on.",
        ],
        "ask_now": [
            "What's my email address?",
            "Which email did my grandson set up for me?",
        ],
        "ask_then": [
            "What was my email before my grandson changed it?",
            "What was my old email address?",
        ],
    },
    "dose": {
        "tell": [
            "The chemist prints it on the box for me, {v}, one every morning.",
            "According to my prescription I'm on {v}, for the blood pressure.",
            "My GP has me on {v}.",
            "I take {v} each day, the nurse checks it at my review.",
        ],
        "change": [
            "The letter from the hospital says my dose is {v} from now on.",
            "The GP rang this morning, she wants me on {v} now instead.",
            "The pharmacist explained it when I picked up the new box, I'm taking {v} now.",
            "The nurse at the blood pressure clinic has changed me over to {v}.",
        ],
        "ask_now": [
            "How much lisinopril am I on?",
            "What did the hospital letter say my dose was?",
            "What dose of my blood pressure tablets do I take?",
        ],
        "ask_then": [
            "What dose was I on before the hospital changed it?",
            "How much lisinopril did I take before?",
        ],
    },
    "class": {
        "tell": [
            "My friend Jan got me into pottery, it's on {v}, I never miss it.",
            "The community centre runs my pottery class on {v}.",
            "Pottery's on {v}, my husband knows not to book anything then.",
            "I do pottery on {v}.",
        ],
        "change": [
            "The pottery teacher emailed round to say class is on {v} from now on.",
            "The community centre rang, my pottery class has moved to {v}.",
            "Our tutor says the kiln room's been rebooked, so pottery is on {v} now.",
            "There was a notice on the door at pottery, it's switching to {v} for good.",
        ],
        "ask_now": [
            "When's my pottery class?",
            "Which day did the pottery teacher move us to?",
            "What day do I go to pottery?",
        ],
        "ask_then": [
            "Which day was pottery before the community centre moved it?",
            "What day did I used to do pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "My wife says I'm grumpy until I've had my {v}, two cups every morning.",
            "The doctor always tuts, but I still have three cups of {v} a day.",
            "I have {v} every morning, strong and black.",
            "The girl at the corner café has my {v} ready before I'm through the door.",
        ],
        "change": [
            "The doctor told me the {v} had to go, so I've stopped drinking it altogether.",
            "My wife's thrown out the jar and I haven't touched {v} since, I've given it up.",
            "The heart clinic said no more {v}, so I've quit it.",
            "I've given up {v}, my daughter made me promise and I've stuck to it.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "Am I still having coffee in the mornings?",
            "What's my coffee habit?",
        ],
    },
    "meat": {
        "tell": [
            "My butcher knows me well, I eat {v} most days.",
            "The family tease me for it, but I love {v}, steak every Friday.",
            "I eat a lot of {v}.",
            "My husband says I'd have {v} with every meal if I could, and he's right.",
        ],
        "change": [
            "The dietitian at the hospital talked me out of {v}, I don't eat it at all now.",
            "My granddaughter showed me a film and that was it, I've stopped eating {v}.",
            "The doctor said to cut out {v}, so I'm vegetarian now.",
            "I don't eat {v} any more, my son got me onto a vegetarian diet and I've kept it up.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Have I got any dietary restrictions?",
            "Should you book me somewhere for steak?",
        ],
    },
    "favourite": {
        "tell": [
            "My husband says I'm fussy, but {v} is my favourite tea.",
            "The lady at the café knows my favourite tea is {v}.",
            "My favourite tea is {v}.",
            "My sister always brings me {v} when she visits, it's my favourite tea.",
        ],
        "change": [
            "My daughter bought me a box of {v} and now it's my favourite tea, I've gone off "
            "the old one.",
            "The man at the tea shop talked me into {v}, it's my favourite now.",
            "My neighbour brought round some {v} and I've been converted, that's my favourite "
            "tea these days.",
            "The nurse told me to try {v} and now it's the tea I like best.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea did the tea shop get me hooked on?",
            "Which tea do I like best?",
        ],
        "ask_then": [
            "What tea did I like best before my daughter changed my mind?",
            "What was my favourite tea before?",
        ],
    },
    "pet": {
        "tell": [
            "The vet calls our cat {v} the boss of the waiting room.",
            "We've got a cat, {v}, my grandson adores her.",
            "My neighbour feeds our cat {v} when we're away.",
            "Our cat is called {v}.",
        ],
        "change": [
            "The vet said there was nothing more to be done for {old}, she was put to sleep.",
            "The rescue centre came for {old} this morning, she's gone to a new family.",
            "The landlord said no pets, so {old} has gone to live with my sister for good.",
            "My neighbour found {old} in the road last week, we buried her under the apple tree.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How's my cat doing?",
            "Have I got any pets at home?",
        ],
    },
    "partner": {
        "tell": [
            "My mum says {v} is the best thing that's happened to me, we're together.",
            "My partner {v} is picking me up later.",
            "Everyone at work has met {v}, my partner.",
            "I live with my boyfriend, {v}.",
        ],
        "change": [
            "My sister heard before I did, {old} and I are finished, I'm with {v} now.",
            "{old} has moved his things out, and my mum's already met {v}, my new partner.",
            "My friends keep teasing me about {v}, but yes, that's my new partner.",
            "The whole family's met {v} now, we're together, it's official.",
        ],
        "ask_now": [
            "Who is my partner?",
            "Who am I with?",
            "Who's my other half?",
        ],
        "ask_then": [
            "Who was I with before?",
            "Who was my partner before my sister heard we'd split?",
        ],
    },
    "job": {
        "tell": [
            "HR at {v} keep me busy with their forms, but it's a good job.",
            "I work at {v}, my manager there is very fair.",
            "My payslip says {v}, that's where I've worked for years.",
            "I'm at {v}.",
        ],
        "change": [
            "HR at {v} sent my contract through yesterday, I've left the old place.",
            "I got the phone call from {v}, they've taken me on, so that's where I work now.",
            "My new boss at {v} showed me round on Monday, I've changed jobs.",
            "The recruiter rang to say I'd got it, I work at {v} now.",
        ],
        "ask_now": [
            "Where do I work?",
            "Which company took me on?",
            "Who's my employer?",
        ],
        "ask_then": [
            "Where was I working before HR sent the new contract?",
            "Where did I work before?",
        ],
    },
    "car": {
        "tell": [
            "My husband chose it, but my car is {v}.",
            "The mechanic says {v} will outlast me, I've had it years, that's my car.",
            "I drive {v}.",
            "The insurance is on {v}, that's what I drive.",
        ],
        "change": [
            "The man at the garage handed me the keys to {v} this morning, it's mine now.",
            "My son found it online for me, I drive {v} now, we sold the old one.",
            "The dealer took my old car in part exchange, so I'm driving {v} these days.",
            "The insurance company have updated my policy, my car is {v} now.",
        ],
        "ask_now": [
            "What car do I drive?",
            "Which car did the garage give me the keys to?",
            "What am I driving?",
        ],
        "ask_then": [
            "What car did I have before the garage sold me the new one?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "The receptionist always books me in with {v}, that's my GP.",
            "My GP is {v}.",
            "My daughter drives me to see {v}, my GP.",
            "The letters from my surgery are all signed by {v}, my doctor.",
        ],
        "change": [
            "The surgery rang to say I've been moved over to {v}.",
            "The practice manager wrote to say my GP is {v} from now on, the old one's left.",
            "I've registered at the new practice, the receptionist says I'm with {v} now.",
            "The surgery sent a text, my doctor has retired and my GP is {v} now.",
        ],
        "ask_now": [
            "Who's my GP?",
            "What did the surgery say my new doctor was?",
            "Which doctor do I see?",
        ],
        "ask_then": [
            "Who was my GP before the surgery moved me?",
            "Who was my doctor before?",
        ],
    },
    "dentist": {
        "tell": [
            "The dentist's receptionist booked me in for {v}.",
            "I've got a card from the dentist on the fridge, my appointment's {v}.",
            "My dentist appointment is on {v}.",
            "My son's taking me to the dentist on {v}, that's my appointment.",
        ],
        "change": [
            "The dentist's receptionist rang, my appointment's been moved to {v}.",
            "A card came through the door from the dentist, they've put me down for {v} instead.",
            "The dentist's off sick, so the practice has rebooked me for {v}.",
            "I got a text from the dental surgery, my appointment is on {v} now.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "What date did the dentist's receptionist move me to?",
        ],
        "ask_then": [
            "When did the dentist have me down for originally?",
            "What was the date of my dentist appointment before it changed?",
        ],
    },
    "contact": {
        "tell": [
            "My son set it up so it's easiest if you {v} me.",
            "I tell the optician the same thing: {v} me, please.",
            "Please {v} me, that suits me best.",
            "My daughter says I'm hopeless otherwise, so {v} me, that's what I prefer.",
        ],
        "change": [
            "My daughter says I miss things otherwise, so from now on {v} me instead.",
            "The bank has started doing it this way and I like it, so please {v} me now.",
            "My grandson sorted my phone out, so these days it's best to {v} me.",
            "The hospital changed how they get hold of me and it works, so {v} me from now on.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text, email or call me?",
            "What's the best way to get hold of me?",
        ],
    },
    "nickname": {
        "tell": [
            "My grandkids started it and it stuck, everyone calls me {v}.",
            "Call me {v}, my mum always did.",
            "The girls at work call me {v}, so you can too.",
            "I go by {v}.",
        ],
        "change": [
            "My granddaughter's been calling me {v} and I've grown to like it, please use "
            "{v} from now on.",
            "The new choir leader started calling me {v}, I go by that now.",
            "My husband says {v} suits me better, so call me {v} these days.",
            "Everyone at the club calls me {v} now, so please do as well.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What do I like to be called?",
        ],
    },
}


def hearsay_kinds() -> list[Kind]:
    """The kinds with the fifty-third held-out phrasing."""
    return heldout_kinds(_HEARSAY)
