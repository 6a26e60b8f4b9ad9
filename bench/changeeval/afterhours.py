"""An eighteenth held-out phrasing of the same facts (`generate --phrasing afterhours`, written
to `bench/changeeval/afterhours/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`phrasings.py`, `heldout_kinds` and the opening and closing lines of `onhold.py` only, without
reading the supersession rules, the other phrasings' words or the tests, and without running
anything on these words first. The callers leave their details with an after-hours voice
assistant at a garden centre, a museum membership line, a boat hire company, a tutoring agency,
a pet insurance line and a community theatre box office. Some read from notes or a form
("right, next one, address ..."), some correct themselves mid-sentence and settle on the value,
some are very terse ("Number. ..."), some are chatty and tell the value inside a story about
something else, some compare old and new ("used to be ..., but these days ..."), some use
understatement or humour, and some give the change as the reason for the call ("I'm ringing
because I've changed my ..."); among them are speakers of South African, Kenyan, Filipino, New
Zealand, Texan and Glaswegian English. Every change is about the caller, is in effect now and
leaves no doubt that the old value no longer holds; every tell states the caller's own current
value; every question can be answered from the facts.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_AFTERHOURS: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Right, next one on my form, address: {v}.",
            "Home is {v}. Sorry, I nearly read you the shop's address there, but no, {v} is "
            "where I live.",
            "Address. {v}.",
            "Ja, you can put me down at {v}, that's home.",
            "So the courier with my seedlings went three doors down, bless him, but I'm at {v}, "
            "the one with the blue gate.",
            "Sasa, I stay at {v}, you can put that on the membership.",
            "Howdy, I'm at {v}, been there a good long while.",
        ],
        "change": [
            "I'm ringing because I've moved house, the address is {v} now.",
            "Used to be {old}, but these days we're at {v}, the move was last month.",
            "New address: {v}. We've handed the keys to the old place back.",
            "We've shifted, sweet as, we're at {v} now and the old place is someone else's.",
            "So the kids were in a play at the community theatre and it hit me you'd still have "
            "me at {old}, but we've left there, it's {v} now.",
            "We've moved to, hang on, I always muddle the number, {v}, yes, that's us since the "
            "weekend.",
            "Kindly note I have relocated; I now stay at {v}.",
        ],
        "ask_now": [
            "Which address have you got for me now?",
            "Where am I living these days, according to you?",
            "Can you read me back my home address?",
        ],
        "ask_then": [
            "Where was I living before the move?",
            "What's the address I had before?",
        ],
    },
    "phone": {
        "tell": [
            "Number. {v}.",
            "Okay, reading it off the form: mobile, {v}.",
            "Best to get me on, sorry, that's the landline I was about to say, no, {v}, the "
            "mobile.",
            "My cellphone number is {v} po.",
            "I'm out on the water most days so let it ring a good while, but the number's {v}.",
            "Y'all can reach me on {v}, day or night.",
        ],
        "change": [
            "I'm ringing because I've changed my number, it's {v} now.",
            "The old number's dead, I dropped the phone in the loch, would you believe, so it's "
            "{v} now.",
            "My number used to be {old}, but I've a new SIM now, {v}, and the old one's "
            "cancelled.",
            "New number: {v}. Scrap the other.",
            "Ja, I switched networks and the number changed with it, it's {v} now.",
            "Kindly update my mobile: it is now {v}, the previous line is no longer in use.",
        ],
        "ask_now": [
            "What number have you got for me?",
            "Which phone number should you ring me on?",
            "Read me back my mobile, would you?",
        ],
        "ask_then": [
            "What was my number before I changed it?",
            "Which number did I use to have?",
        ],
    },
    "email": {
        "tell": [
            "Email, {v}.",
            "Right, email next, let me look at my notes, it's {v}.",
            "My email is, no, not the work one, {v}, that's the one I actually check.",
            "You can send the tickets to {v}, that's my email, ma'am.",
            "Pop it through to {v}, that's me, chur.",
            "I'm the sort who never opens the post, so email's best: {v}.",
        ],
        "change": [
            "I'm ringing because I've changed my email, it's {v} now.",
            "My email used to be {old}, but I've closed that account, so it's {v} these days.",
            "New email. {v}. The other's deleted.",
            "So my grandson set me up with a new email while he was helping with the tutoring "
            "forms, it's {v} now, and the old one's shut.",
            "Aye, ah've binned the old email, it's {v} noo.",
            "Don't send anything to my old email, please, it just bounces; it's {v} now.",
        ],
        "ask_now": [
            "What email do you have for me?",
            "Which email are my e-tickets going to?",
            "Which email address is on my file now?",
        ],
        "ask_then": [
            "What email did I use before?",
            "What was the email I had before this one?",
        ],
    },
    "dose": {
        "tell": [
            "Medication, let me read it off the box: {v}, once a day.",
            "I'm on {v} for the blood pressure, have been for ages.",
            "Lisinopril. {v}. Mornings.",
            "Ag, I take {v} every morning, man, like clockwork.",
            "The vet was asking about the dog's tablets and it reminded me, I'm on {v} myself, "
            "every morning.",
            "I take, sorry, hold on, I'm checking the packet, yes, {v}.",
        ],
        "change": [
            "I'm ringing because my dose has changed: I'm on {v} now.",
            "My dose used to be {old}, but the doctor's changed it and these days I take {v}.",
            "New dose. {v}. Started Monday.",
            "The doctor had a wee fiddle wi' my pills, ah'm on {v} noo, no the old amount.",
            "Doc switched it up on me, I'm on {v} now, the old prescription's done with.",
            "My doctor adjusted my medicine already po, I'm taking {v} now.",
        ],
        "ask_now": [
            "What dose of lisinopril am I on now?",
            "How many milligrams of lisinopril do I take?",
            "What am I taking for my blood pressure?",
        ],
        "ask_then": [
            "What dose was I on before it changed?",
            "How much lisinopril did I use to take?",
        ],
    },
    "class": {
        "tell": [
            "Right, next thing on my list, pottery: {v}.",
            "Pottery class is {v}, so don't book me anything then.",
            "Pottery. {v}.",
            "I do pottery on, um, it's, yes, {v}, sorry, I had to think.",
            "My pottery class is on {v}, so I'm not free then, ja.",
            "I'm forever covered in clay because of my pottery class, which is {v}.",
        ],
        "change": [
            "I'm ringing because my pottery class has moved; it's {v} now.",
            "Pottery used to be {old}, but these days it's {v}.",
            "Pottery's on {v} now. Old slot's gone.",
            "They've shifted pottery to {v} for good, the old night's finished.",
            "Aye, the pottery's been moved tae {v}, so ah'm free the other night noo.",
            "So the teacher had her hip done and they redid the whole timetable, and pottery's "
            "{v} now, every week.",
        ],
        "ask_now": [
            "When's my pottery class these days?",
            "What day do I have pottery?",
            "Which day am I tied up with pottery?",
        ],
        "ask_then": [
            "When was pottery before it moved?",
            "What day did my pottery class use to be on?",
        ],
    },
    "coffee": {
        "tell": [
            "I'm a {v} fiend, two mugs before I'm human in the morning.",
            "Black {v}, every morning. That's me.",
            "I have {v} every morning, well, every morning and a wee bit after, if I'm honest.",
            "Ja, I drink {v} every day, strong.",
            "The museum café does a lovely {v}, which is lucky, because I have one every morning.",
            "I drink {v} every morning po, the three-in-one.",
        ],
        "change": [
            "I'm ringing because I've quit {v}, so leave it off my order.",
            "Used to live on {v}, but these days I don't touch it.",
            "No {v}. Gave it up.",
            "Me and {v} have gone our separate ways; not had a drop in a month.",
            "Doctor said no more {v}, so I've stopped it altogether, hey.",
            "I used to have {v} every morning, but I've stopped completely now, it's tea only.",
        ],
        "ask_now": [
            "Do I drink coffee these days?",
            "Should you put coffee on my order?",
            "Am I a coffee drinker?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, I'm a braai man through and through.",
            "Steak, please. I'm a {v} eater, always have been.",
            "Put me down as a {v} lover, y'all, brisket every weekend.",
            "As for {v}, yes, most days.",
            "The boat trip's got a barbecue, which suits me fine, I eat {v} pretty much daily.",
            "I eat plenty of {v}, no dietary restrictions at all.",
        ],
        "change": [
            "I'm ringing because I've gone vegetarian, so no {v} for me now.",
            "Used to have {v} every Friday, but these days I'm vegetarian.",
            "Vegetarian now. No {v}.",
            "Aye, nae {v} for me any more, ah've gone veggie.",
            "Yeah nah, I've stopped eating {v} altogether, I'm vegetarian now.",
            "My steakhouse days are over, I'm afraid: I've not eaten {v} since January and I'm "
            "vegetarian now.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Have I got any dietary requirements?",
            "Going by my file, can I have the steak option?",
        ],
    },
    "favourite": {
        "tell": [
            "Favourite tea: {v}.",
            "For the basket, my favourite tea is {v}.",
            "My favourite tea is, oh, what's it called, {v}, yes, that's the one.",
            "Ja, my favourite tea is {v}, I drink it all day.",
            "My book club argues about biscuits every week, but on tea I'm firm: {v} is my "
            "favourite.",
            "My favorite tea is {v} po.",
        ],
        "change": [
            "My favourite tea used to be {old}, but these days it's {v}.",
            "I'm ringing about the hamper: my favourite tea has changed, it's {v} now.",
            "Favourite tea's {v} now. Gone right off the other.",
            "I've had a change of heart, tea-wise: {v} is my favourite now, the old one doesn't "
            "get a look in.",
            "Ah cannae stand the old one noo, {v}'s ma favourite tea.",
            "Y'all will laugh, but my favourite tea these days is {v}, I've switched completely.",
        ],
        "ask_now": [
            "What's my favourite tea now?",
            "Which tea do I like best?",
            "What tea should go in my hamper?",
        ],
        "ask_then": [
            "Which tea was my favourite before?",
            "What did I use to say my favourite tea was?",
        ],
    },
    "pet": {
        "tell": [
            "I'm insuring my cat, {v}; she's our only one.",
            "We have a cat. {v}.",
            "Ja, our cat is {v}, she runs the show.",
            "Our cat is called, well, she's got a posh name and a silly one, but it's {v}, she's "
            "{v}.",
            "My cat {v} sat on the keyboard while I was booking tickets, so if there's an odd "
            "seat, that's her.",
            "Aye, we've a wee cat, {v}, a right menace.",
        ],
        "change": [
            "I'm ringing to cancel the pet insurance: {old} died last week.",
            "Sadly {old} isn't with us any more, we lost her in the autumn.",
            "Cat's gone. {old} passed away.",
            "We had to rehome {old}, so we've no cat now.",
            "{old} went to live with my mum for good, she's my mum's cat now, so there's no cat "
            "in our house.",
            "Ag, we had to put {old} down last month, so there's no cat at home any more.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "Have I got a cat at the moment?",
            "Is there a cat at my place?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} is coming with me to the show.",
            "Me and my boyfriend {v} are hiring a boat for the day.",
            "Partner's name: {v}.",
            "Ja, my boyfriend {v} will be driving.",
            "My boyfriend is, sorry, he's waving at me, it's {v}, yes, he'll be on the "
            "booking too.",
            "The whole reason I'm booking the boat is that my boyfriend {v} has never been on "
            "the water, can you believe it.",
        ],
        "change": [
            "I'm ringing because things have changed: {old} and I have broken up, my partner is "
            "{v} now.",
            "Used to be with {old}, but these days I'm with {v}.",
            "New partner. {v}. {old}'s out of the picture.",
            "Aye, me and {old} are finished, ah'm seeing {v} noo.",
            "I'm with {v} now po, {old} and I are done already.",
            "Put {v} down as my partner, please; {old} and I went our separate ways.",
        ],
        "ask_now": [
            "Who's my partner now?",
            "Who am I seeing these days?",
            "What's my boyfriend's name?",
        ],
        "ask_then": [
            "Who was my partner before?",
            "Who was I seeing before my current partner?",
        ],
    },
    "job": {
        "tell": [
            "Employer, next box: {v}.",
            "I work at {v}, have done for donkey's years.",
            "Work. {v}.",
            "I'm based at, well, I work at, sorry, {v}, that's my job.",
            "Ja, I'm working at {v}, full time.",
            "I work over at {v}, been there years, y'all.",
        ],
        "change": [
            "I'm ringing because I've changed jobs, I'm at {v} now.",
            "Used to work at {old}, but these days I'm at {v}.",
            "New job. {v}. Left the old place.",
            "I've escaped {old}, so to speak, and I'm at {v} now.",
            "I resigned already from {old}, I'm working at {v} now po.",
            "Kindly note that I have changed employer; I now work at {v}.",
        ],
        "ask_now": [
            "Where am I working at the moment?",
            "Who do I work for?",
            "Which employer have you got for me?",
        ],
        "ask_then": [
            "Where did I work before this job?",
            "Who was my previous employer?",
        ],
    },
    "car": {
        "tell": [
            "Vehicle, reading off the form: {v}.",
            "I drive {v}, if you need it for the car park.",
            "Car. {v}.",
            "I drive {v}, reliable as anything, touch wood.",
            "My car's {v}, you'll see it down by the slipway.",
            "I'm driving {v}, ja, nothing fancy.",
            "I drive {v}, she's a good wee thing, sweet as.",
        ],
        "change": [
            "I'm ringing because I've changed my car, it's {v} now.",
            "Used to have {old}, but these days I drive {v}.",
            "New car. {v}. Old one's sold.",
            "Y'all, I finally traded in the old car, I'm driving {v} now.",
            "The old car finally gave up the ghost, may it rest in peace, and I drive {v} now.",
            "Kindly update the vehicle: I now drive {v}, the previous one was sold.",
        ],
        "ask_now": [
            "What car am I driving now?",
            "Which car have you got for me?",
            "What do I drive?",
        ],
        "ask_then": [
            "What car did I drive before?",
            "Which car did I have before this one?",
        ],
    },
    "doctor": {
        "tell": [
            "GP, next box: {v}.",
            "My GP is {v}.",
            "Doctor. {v}.",
            "My GP, not the consultant at the hospital, my actual GP, is {v}.",
            "I see {v}, who's been my GP for years.",
            "My doctor is {v} po, at the clinic near us.",
        ],
        "change": [
            "I'm ringing because I've changed GP, it's {v} now.",
            "Used to see {old}, but these days my GP is {v}.",
            "New GP. {v}.",
            "Aye, {old} retired, so ah'm wi' {v} noo.",
            "My GP is {v} now; I've left {old}'s practice.",
            "I changed doctors already, my GP now is {v}.",
        ],
        "ask_now": [
            "Who's my GP now?",
            "Which doctor am I registered with?",
            "Which GP should the forms go to?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I see before I changed?",
        ],
    },
    "dentist": {
        "tell": [
            "Dentist, next on my list: {v}.",
            "I'm at the dentist on {v}.",
            "Dentist. {v}.",
            "The dentist is on, sorry, let me check the card, yes, {v}.",
            "Ja, I've got the dentist on {v}, so I can't do that day.",
            "I'll miss the matinee, won't I, because the dentist is on {v} and I'll be numb for "
            "hours.",
        ],
        "change": [
            "I'm ringing because my dentist appointment has moved, it's {v} now.",
            "My dentist appointment used to be {old}, but they've moved me to {v}.",
            "Dentist's moved. {v} now.",
            "Aye, the dentist shifted ma appointment tae {v}.",
            "The dentist rescheduled me to {v}, so the other date's off.",
            "Kindly note my dental appointment has been rescheduled; it is now on {v}.",
        ],
        "ask_now": [
            "When's my dentist appointment now?",
            "What date am I seeing the dentist?",
            "Which day is my dental appointment?",
        ],
        "ask_then": [
            "When was my dentist appointment before it moved?",
            "What was the original date for the dentist?",
        ],
    },
    "contact": {
        "tell": [
            "Contact preference, next box: {v} me, please.",
            "Best to {v} me, that's what works.",
            "Contact: {v} me.",
            "Best to, hmm, let me think, yes, {v} me, that's easiest.",
            "Ja, rather {v} me, that's first prize.",
            "I'm out on the water half the time, so it's best if you {v} me.",
        ],
        "change": [
            "I'm ringing because I'd like you to {v} me from now on, not the old way.",
            "You used to {old} me, but these days please {v} me.",
            "From now on: {v} me. Not {old}.",
            "Aye, just {v} me noo, no the other way.",
            "Please {v} me now po, not {old} any more.",
            "Change of plan, y'all: {v} me from here on out.",
        ],
        "ask_now": [
            "How should you contact me?",
            "What's the best way to reach me?",
            "Do I want a text, a call or an email?",
        ],
    },
    "nickname": {
        "tell": [
            "Name to use: {v}.",
            "Call me {v}, everybody does.",
            "{v}. Just {v}.",
            "You can call me, well, my gran had her own name for me, but {v}, call me {v}.",
            "Ja, everyone calls me {v}.",
            "Only my mum uses my full name, and only when she's cross, so please call me {v}.",
        ],
        "change": [
            "I'm ringing because I go by {v} now, could you update it?",
            "I used to go by {old}, but these days it's {v}.",
            "New name to use. {v}.",
            "Aye, it's {v} noo, ah've dropped {old}.",
            "Please call me {v} now po, I don't use {old} any more.",
            "I've retired {old} as a nickname, it's {v} from now on.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by now?",
            "What's my nickname?",
        ],
    },
}


def afterhours_kinds() -> list[Kind]:
    """The kinds with the eighteenth held-out phrasing."""
    return heldout_kinds(_AFTERHOURS)
