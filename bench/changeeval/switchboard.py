"""A sixteenth held-out phrasing of the same facts (`generate --phrasing switchboard`, written
to `bench/changeeval/switchboard/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, `phrasings.py` and the first and last lines of `onhold.py` only, without
reading the supersession rules, the other phrasings' words or the tests, and without running
anything on these words first. The callers phone a switchboard-style voice assistant at a
vet's reception, a cinema booking line, a plumber's emergency line, a university admissions
office and a housing association. The speech: elderly callers who ramble and give the value
only at the end of a story, fast young callers with slang ("lowkey", "tbh", "innit"), callers
who dictate the value like a form field, changes dropped in passing in the middle of another
request ("while I've got you, ..."), changes told only by a date or by what happened ("since
March I've been at ...", "after the divorce ..."), callers correcting the agent's records
("that's out of date, it's ... now"), a rare caller who speaks of themselves in the third
person, and Welsh, Jamaican, Canadian, Northern English and Singaporean English. Every change
is about the caller and leaves no doubt that the old value no longer holds; every tell states
the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_SWITCHBOARD: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Well, I've been in the same house since I was a girl, my dad painted the front "
            "door green the summer we moved in and it's never been any other "
            "colour, so you'll find me at {v}, same as always.",
            "Yeah so I'm at {v} tbh, just stick that down innit.",
            "The leak's at my house, see, that's {v}, the one with the hanging baskets.",
            "I'm at {v}, eh, it's the place with the hockey net out front.",
        ],
        "change": [
            "While I've got you, can you change my address on the tenancy? I moved out of "
            "the old flat at Easter and I'm living at {v} now.",
            "Since March I've been at {v}, so the old address is no good to you any more.",
            "No, that's out of date, love, I haven't lived there for a year, it's {v} now.",
            "Last time I stay the other place, but I shift house already, now I stay at {v} lah.",
            "After Mum passed I sold the old house, so the admissions office needs to write to "
            "me at {v} from now on.",
        ],
        "ask_now": [
            "What address have you got down for me now?",
            "Can you read me back where I'm living, just so I know it's right?",
            "Which address will the plumber be coming out to?",
        ],
        "ask_then": [
            "Where was I living before I moved, what's the old address?",
            "Which address did you have for me before the change?",
        ],
    },
    "phone": {
        "tell": [
            "Ooh, now, my grandson set this mobile up for me at Christmas and I had to write "
            "the number on a bit of paper in the kitchen drawer, hang on, here it is, {v}.",
            "Just ring me on {v}, I'm lowkey always on it.",
            "Mi number a {v}, call mi pon dat anytime.",
            "Contact number {v}, that's my mobile.",
        ],
        "change": [
            "Oh and while I've got you, I've changed networks and my number's different "
            "now, it's {v}.",
            "That number you've got is out of date, it doesn't even ring any more, use {v}.",
            "After my phone got nicked at the bus stop I had to get a new SIM, so I'm on {v} "
            "now, the old number's dead.",
            "My handphone number change already, new one is {v}, the old one don't use liao.",
            "Sorry, I switched carriers in the fall and got a new number, so it's {v} now, eh.",
        ],
        "ask_now": [
            "Which number have you got for me at the moment?",
            "What number will you ring me back on?",
            "Can you check what my phone number is?",
        ],
        "ask_then": [
            "What was the number I had before I changed it?",
            "Which phone number was I using before?",
        ],
    },
    "email": {
        "tell": [
            "Email for the confirmation, {v}.",
            "My email's {v}, I'm on it all the time tbh.",
            "You can email me on {v}, that's the one I use, see.",
            "My daughter made me an email so I could see the photos of the grandchildren in "
            "Australia, and it's {v}, I think that's right, yes, that's it.",
        ],
        "change": [
            "Oh, while I've got you, my email's changed, I closed the old account, so it's "
            "{v} from now on.",
            "That email's out of date, I can't get into it any more, send everything to {v}.",
            "Since the start of the year I've been using {v}, the old email's been shut down.",
            "Don't send to my old email already leh, I change to {v}.",
            "Mi done wid di old email, a {v} mi use now.",
        ],
        "ask_now": [
            "Which email address have you got on file for me?",
            "Where will my emails go, what address is it?",
            "Can you read my email back to me?",
        ],
        "ask_then": [
            "Which email was I using before I switched?",
            "Remind me of the email I had before the new one?",
        ],
    },
    "dose": {
        "tell": [
            "Well, the doctor put me on tablets after I came over all funny in the Co-op a "
            "few years back, and I take {v} every morning with my porridge, regular as "
            "clockwork.",
            "Medication, {v} daily, for blood pressure.",
            "I take {v} of a morning, love, for me blood pressure.",
            "For the blood pressure I eat {v} every day one.",
        ],
        "change": [
            "While I've got you, my blood pressure tablets have been changed, I take {v} now "
            "instead.",
            "Since the check-up in March they've had me on {v}, so the old dose is wrong.",
            "That's out of date, the doctor adjusted it, I'm taking {v} these days.",
            "Di doctor change up mi pressure tablet, mi tek {v} now.",
            "They adjusted my dose at the clinic, eh, so now it's {v} each day.",
        ],
        "ask_now": [
            "How much lisinopril am I taking at the minute?",
            "What's my blood pressure dose, remind me?",
            "What dose have you got down for my lisinopril?",
        ],
        "ask_then": [
            "What was my lisinopril dose before they changed it?",
            "How much was I taking for my blood pressure before the doctor adjusted it?",
        ],
    },
    "class": {
        "tell": [
            "I can't do {v}, that's my pottery class, I never miss it.",
            "I took up pottery after I retired, the lady at the community centre talked me "
            "into it, and now I go every week on {v}, lovely bunch they are.",
            "Pottery's {v} for me, lowkey the best part of my week.",
            "I've got pottery on {v}, so don't book me in then, mind.",
        ],
        "change": [
            "Oh, while I've got you, my pottery class has moved, it's on {v} now, so I'm free "
            "the old day.",
            "Since the new teacher started, pottery's been on {v} instead.",
            "That's out of date, love, pottery's on {v} now, they shifted it.",
            "My pottery class change day already, now is {v}.",
            "They rejigged the pottery schedule, so it's {v} from here on out, eh.",
        ],
        "ask_now": [
            "What day's my pottery class on?",
            "When do I go to pottery these days?",
            "Which day should you keep free because of my pottery?",
        ],
        "ask_then": [
            "What day was my pottery class on before it changed?",
            "When did I used to have pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "I'm afraid I can't start the day without my {v}, I've had a pot every morning "
            "since I was a nurse on nights in the sixties.",
            "Gotta have my {v}, tbh I have like three a day.",
            "Put {v} on for me, I'm a double-double every morning, eh.",
            "Mi drink {v} every morning, black, nuh sugar.",
        ],
        "change": [
            "While I've got you, take {v} off my order, I've stopped drinking it altogether.",
            "Since my heart scare in March I've not had a drop of {v}, I've given it up for good.",
            "That's out of date, I don't touch {v} any more.",
            "I don't drink {v} already, the doctor say cannot.",
            "Mi stop drink {v} from New Year, mi nuh touch it again.",
        ],
        "ask_now": [
            "Am I a coffee drinker?",
            "Should there be coffee on my order?",
            "Do I have coffee in the mornings?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, put me down for the steak.",
            "I'm big on {v}, love, you can't beat a bit of beef of a Sunday.",
            "When I was a girl we only had meat on Sundays, so now I make up for it, I have "
            "{v} near enough every day.",
            "Ngl I eat {v} like every day, steak is my whole personality.",
        ],
        "change": [
            "While I've got you, I've gone vegetarian, so no {v} for me from now on.",
            "Since January I've cut out {v} completely, I'm veggie now.",
            "I don't eat {v} any more, see, I went vegetarian after I watched that documentary.",
            "I stop eating {v} already, now vegetarian.",
            "That's out of date, I gave up {v} last year, it's all veg for me these days.",
        ],
        "ask_now": [
            "Is red meat okay for me?",
            "Have I got any dietary requirements on file?",
            "Going by my notes, can I have the steak?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite's {v}, I'll drink it all day long.",
            "My mother always said a cup of tea fixes everything, and for me it's {v}, "
            "that's my favourite, always has been.",
            "Me favourite brew's {v}, love.",
            "I like {v} the most, that one my favourite tea.",
        ],
        "change": [
            "Tbh my favourite tea's {v} now, I'm so over the old one.",
            "While I've got you, my tastes have changed, {v} is my favourite tea these days.",
            "Since the summer I've switched, my favourite tea is {v} now.",
            "My favourite's {v} now, eh, I don't really go for the old one anymore.",
            "A {v} mi favourite tea now, mi done wid di other one.",
        ],
        "ask_now": [
            "Which tea's my favourite?",
            "What tea do I like best?",
            "What kind of tea should go in for me?",
        ],
        "ask_then": [
            "Which tea did I used to like best?",
            "What was my favourite tea before it changed?",
        ],
    },
    "pet": {
        "tell": [
            "I'm ringing about our cat {v}, she's due her jabs.",
            "She's called {v}, my little cat, she sits on the windowsill waiting for the "
            "postman every morning, she's good company.",
            "My cat {v} is lowkey the boss of the house innit.",
            "We've got a cat, {v}, she's a proper madam, mind.",
        ],
        "change": [
            "I'm ringing to cancel {old}'s check-up, we lost her on Sunday, she was ever so old.",
            "Could you take {old} off the system, she passed away in February and it upsets "
            "me getting the reminders.",
            "My chest got so bad the doctor said the cat had to go, so {old} lives with my "
            "niece now, we've no cat any more.",
            "{old} already pass away last month, so the vaccination reminder no need already.",
            "That's out of date, we haven't had {old} since the spring, she died, bless her.",
        ],
        "ask_now": [
            "Do I have a cat at the moment?",
            "Is there a cat on my file?",
            "What pets have I got?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} is coming with me to the viewing.",
            "I met {v} at a tea dance, would you believe, and we've been together ever "
            "since, he's my other half.",
            "Me and my boyfriend {v} want two tickets, lowkey date night.",
            "Mi man {v} a go come wid mi.",
        ],
        "change": [
            "After the divorce from {old} I met {v}, and he's my partner now.",
            "Me and {old} are finished, since the summer I've been with {v}.",
            "That's out of date, I'm not with {old} any more, put {v} down as my partner.",
            "While I've got you, can you put {v} on the tenancy as my partner? {old} moved "
            "out in January, we've split.",
            "Oh, {old} and I broke up, eh, I'm with {v} now.",
        ],
        "ask_now": [
            "Who's my partner at the moment?",
            "Who am I with now?",
            "What's my other half called?",
        ],
        "ask_then": [
            "Who was my partner before?",
            "What was my ex called?",
        ],
    },
    "job": {
        "tell": [
            "Employer, {v}.",
            "I've been at {v} since the children left school, nearly twenty years now, they "
            "keep saying I should retire.",
            "I'm working down {v}, been there years, see.",
            "I work at {v}, quite long already.",
        ],
        "change": [
            "Since March I've been at {v}, I left the old place.",
            "That's out of date, I don't work there any more, I'm at {v} now.",
            "While I've got you, change my employer on the form, I've started at {v}.",
            "Lowkey quit my old job, I'm at {v} now innit.",
            "Mi lef di old work, mi deh a {v} now.",
        ],
        "ask_now": [
            "Where am I working these days?",
            "Who's my employer on the form?",
            "Which place do I work for?",
        ],
        "ask_then": [
            "Where was I working before?",
            "Who did I used to work for?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, for the parking permit.",
            "I've got {v}, it's parked out front, eh.",
            "My brother chose it for me and I never got round to changing it, it's {v}, I "
            "only take it to the shops and back.",
            "I drive {v}, our kid sold it me.",
        ],
        "change": [
            "While I've got you, the permit needs changing, I've got {v} now, the old car's gone.",
            "After the accident in January the old car was written off, so I drive {v} now.",
            "Could you note that the tenant at number six, that's me, drives {v} now, her "
            "old car got scrapped.",
            "I change car already, now drive {v}.",
            "Tbh the old car died so I got {v}, that's my ride now.",
        ],
        "ask_now": [
            "What car have I got?",
            "What am I driving at the moment?",
            "Which car is on my permit?",
        ],
        "ask_then": [
            "What was I driving before?",
            "Which car did I used to have?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, you can send the form to the surgery.",
            "I've seen {v} for as long as I can remember, ever so kind, she did my knee and "
            "then my ears, she's my GP.",
            "Mi doctor a {v}.",
            "{v} is my GP, lovely she is.",
        ],
        "change": [
            "Since I changed surgeries in March, my GP's been {v}.",
            "That's out of date, the old GP retired, I'm with {v} now.",
            "While I've got you, my GP has changed, it's {v} from now on.",
            "My family doctor change already, now I see {v}.",
            "I've switched doctors, love, it's {v} now, not the other one.",
        ],
        "ask_now": [
            "Who's my GP?",
            "Which doctor am I registered with?",
            "Who should the forms go to, who's my doctor?",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "Which doctor did I used to see?",
        ],
    },
    "dentist": {
        "tell": [
            "I've got the dentist on {v}, so I can't do that day.",
            "I've a dentist appointment on {v}, I've got it written on the calendar by the "
            "fridge.",
            "Dentist is on {v} tbh, so not that day.",
            "My dentist appointment is {v}, that day cannot.",
        ],
        "change": [
            "While I've got you, the dentist rang and moved me, it's on {v} now.",
            "That's out of date, my dentist appointment's been changed to {v}.",
            "Sorry, the dental office rebooked me, eh, I go in on {v} instead.",
            "They've changed my dentist appointment, see, it's {v} now, not the old day.",
            "Di dentist change mi appointment, a {v} now.",
        ],
        "ask_now": [
            "When's my dentist appointment?",
            "What day am I seeing the dentist?",
            "When have I got the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment before it got moved?",
            "What date did I have the dentist originally?",
        ],
    },
    "contact": {
        "tell": [
            "Best to {v} me, I'm hopeless with anything else.",
            "Just {v} me tbh, that's easiest.",
            "My eyes aren't what they were and I lose track of things, so if you need me, "
            "please {v} me, that's what suits me.",
            "You {v} me can, that one I prefer.",
        ],
        "change": [
            "While I've got you, I'd rather you {v} me from now on, not the way I said before.",
            "That's out of date, I've changed how I want to hear from you, please {v} me now.",
            "Since the spring I've found it easier if you {v} me, so do that from now on.",
            "Actually, could you {v} me going forward, eh? Change that on my file.",
            "Don't do it the old way any more, love, just {v} me.",
        ],
        "ask_now": [
            "What's the best way for you to reach me?",
            "How have I said I want to be contacted?",
            "Should you ring, text or email me?",
        ],
    },
    "nickname": {
        "tell": [
            "Everyone calls me {v}, so you might as well too.",
            "My proper name's a real mouthful, my grandfather chose it, but nobody's used it "
            "in sixty years, I'm {v} to everyone.",
            "Call mi {v}, dat a wha everybody call mi.",
            "It's {v}, no one calls me anything else innit.",
        ],
        "change": [
            "I go by {v} now, I've dropped the old name, so use that please.",
            "That's out of date, nobody calls me that any more, it's {v} these days.",
            "Since my birthday I've gone back to {v}, so call me that from now on.",
            "Last time they call me the other one, now call me {v} lah.",
            "Call me {v} now, see, I've gone off the old one.",
        ],
        "ask_now": [
            "What do I go by?",
            "What name should you use for me?",
            "What do I like to be called?",
        ],
    },
}


def switchboard_kinds() -> list[Kind]:
    """The kinds with the sixteenth held-out phrasing."""
    return heldout_kinds(_SWITCHBOARD)
