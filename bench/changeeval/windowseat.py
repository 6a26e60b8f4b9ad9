"""A twenty-sixth held-out phrasing of the same facts (`generate --phrasing windowseat`, written
to `bench/changeeval/windowseat/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
header and footer of `onhold.py`, `heldout_kinds` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first. The callers ring while travelling: from a train window seat, an airport gate, a
taxi, a ferry or a long-distance coach; a commuter, one half of a retired couple on a cruise, a
sales rep between meetings, a backpacker, a pilgrim, a lorry driver on hands-free; callers from
Jamaica, Kenya, Singapore, Canada, Ireland and the north of England speaking the English they
speak. The wording runs wide: clipped answers cut by a bad line ("sorry, you're breaking up —
it's ..."), repeats after a drop-out, the reason before the value, values tucked into a
complaint or an anecdote, changes told by their consequence ("the letters keep going to the
old place"), by contrast ("not ..., that was last year, it's ...") and by self-correction
("it's ... — no, sorry, ... now"), and questions asked the long way round ("what've you got on
file for ...", "if you had to post me something ..."). Every change is about the caller and
leaves no doubt that the old value no longer holds; every tell states the caller's own current
value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_WINDOWSEAT: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Sorry, the line's going in and out — home is {v}. I'll say it again if you lost it.",
            "Yes man, mi live at {v}, been there from long time.",
            "For your records, my home address is {v}. I'm on the ferry so I might cut out.",
            "If anything needs posting, it goes to {v}, that's where I live.",
            "Home? It's {v}. Sorry, the taxi driver has the radio up.",
            "I'm at the gate, so quickly, eh — {v}, that's the house.",
        ],
        "change": [
            "The letters keep going to the old place and we're not there any more, "
            "we're at {v} now.",
            "Not {old}, that was last year, we've moved, it's {v}.",
            "I'm after moving house, so it's {v} from now on, the old place is gone.",
            "Sorry, you cut out — I said we've moved. New address, {v}. "
            "We've left {old} for good.",
            "Kindly change the address, I have shifted to {v}, "
            "I am no longer staying at the old place.",
            "Can update my address? Moved already, now is {v}, the old one don't use any more.",
            "It's {old} — no, sorry, force of habit, we sold that one, it's {v} now.",
        ],
        "ask_now": [
            "What've you got on file as my address?",
            "If you had to post me something, where would it go?",
            "Just checking you've got my home address right — what is it?",
            "Where am I living, going by your notes?",
        ],
        "ask_then": [
            "Where was I living before the move?",
            "What was the address I had before this one?",
            "Which place did I move out of?",
        ],
    },
    "phone": {
        "tell": [
            "Best to reach me on {v} — sorry, tunnel — {v}.",
            "My mobile's {v}, it's the only phone I carry on the road.",
            "I'm on hands-free in the cab, so bear with me — the number's {v}.",
            "You can call me on {v}, eh, any time in the day.",
            "Ring me on {v}, I'm between meetings but I always pick up.",
        ],
        "change": [
            "That old number's been cut off, so use {v} now.",
            "Not {old}, that's gone, I changed networks, it's {v}.",
            "My phone got nicked at the station, new number's {v}, the old one's dead.",
            "Sorry, you're breaking up — new number, {v}. The old one doesn't work any more.",
            "I have changed my line, kindly use {v}, the other one is no longer mine.",
            "Number change already, now is {v}, the old one I cancel liao.",
        ],
        "ask_now": [
            "What number have you got for me at the moment?",
            "If you needed to ring me, which number would you use?",
            "Just checking you've still got my right mobile — what is it?",
            "Which number of mine is on file?",
        ],
        "ask_then": [
            "What number did I have before the new one?",
            "Which number was it that got cut off?",
            "What was my previous number?",
        ],
    },
    "email": {
        "tell": [
            "Email's {v} — sorry, signal — {v}.",
            "For the receipts, {v}, that's the one I check on the train.",
            "Yeah, put {v}, that's mine.",
            "My email address, are you ready? {v}.",
            "I'm boarding, so quickly — {v}, that's my email.",
        ],
        "change": [
            "I keep missing your emails because they go to the old one — it's {v} now.",
            "Not {old}, I closed that one, it's {v}.",
            "I've shut down the old account, please use {v} going forward.",
            "New email, {v} — the old one's gone, I can't even log into it.",
            "Sorry, dropped out there. I was saying my email's changed, "
            "it's {v} now, not the old one.",
            "Kindly update my email to {v}, I no longer use the previous one.",
        ],
        "ask_now": [
            "What've you got on file for my email?",
            "If you emailed me a receipt right now, where would it go?",
            "Just checking — which email address do you have for me?",
        ],
        "ask_then": [
            "What was the email I used before?",
            "Which email did I have before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v} a day for the blood pressure — that reminds me, did I pack them?",
            "Blood pressure tablets, {v}, every morning with breakfast, even on the boat.",
            "Because of the blood pressure, the doctor has me on {v}.",
            "Sorry, breaking up — {v}, that's what I take, once a day.",
            "I take {v}, mind, I nearly left them at the hotel.",
        ],
        "change": [
            "The old dose wasn't doing enough, so the doctor put me on {v} "
            "and I've stopped the old amount.",
            "Not {old}, that was before the check-up, it's {v} now.",
            "It's {old} — no, sorry, that was the old prescription, I'm on {v} now.",
            "They've changed my tablets, I take {v} now, no more of the old dose.",
            "Me blood pressure was up at the check, so it's {v} from now on, love.",
            "Doctor change my dose already, now I take {v} only, not the old one.",
        ],
        "ask_now": [
            "What have you got down for my lisinopril dose?",
            "Just checking — how much lisinopril am I on?",
            "If the pharmacy rang, what dose would you tell them I take?",
        ],
        "ask_then": [
            "What lisinopril dose was I on before they changed it?",
            "How much lisinopril did I used to take?",
        ],
    },
    "class": {
        "tell": [
            "Pottery's on {v}, so don't book me anything then.",
            "I do pottery on {v}, I'll be home in time for it.",
            "Sorry, the line — pottery, {v}. That's my class.",
            "I've got my pottery class on {v}, rain or shine.",
            "The one thing I never miss is pottery on {v}.",
        ],
        "change": [
            "Pottery's moved — not {old}, that was last term, it's {v} now.",
            "It's {old} — no, sorry, {v} now, they changed it.",
            "I kept turning up to an empty room, they've moved pottery to {v}.",
            "The teacher changed the day, so pottery's on {v} from now on, not {old}.",
            "My pottery class has been shifted to {v}, it's no longer on the old day.",
            "Pottery now on {v} already, the old day cannot.",
        ],
        "ask_now": [
            "What day have you got down for my pottery?",
            "Just checking, when's my pottery class?",
            "If you had to book something around my pottery, which day would you keep free?",
        ],
        "ask_then": [
            "Which day was my pottery before it changed?",
            "When did my pottery class used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "I can't function without {v}, two cups before the train.",
            "Black {v}, every morning — sorry, you're breaking up — black {v}.",
            "I'm a {v} drinker, first thing every morning, always.",
            "Whatever else happens, there has to be {v} in the morning for me.",
        ],
        "change": [
            "I've cut out {v} completely, doctor's orders.",
            "No {v} for me any more — I gave it up.",
            "I used to live on {v}, but I've packed it in for good.",
            "Sorry, the line — I said I don't drink {v} any more. None at all.",
            "Since the palpitations I've given up {v}, I just have water now.",
        ],
        "ask_now": [
            "Do I drink coffee, going by your notes?",
            "What have you got on file about me and coffee?",
            "Just checking — am I a coffee drinker?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, steak's my favourite.",
            "Put me down as a {v} eater, I'll have the steak.",
            "Sorry, you're breaking up — I said I love {v}, steak if they have it.",
            "Being honest, I have {v} nearly every day.",
        ],
        "change": [
            "I don't eat {v} any more, I've gone vegetarian.",
            "No {v} for me now, I turned vegetarian on the pilgrimage.",
            "Not the steak, that was last year — I'm vegetarian now, no {v} at all.",
            "I've stopped eating {v} completely, I'm veggie these days.",
            "Mi nah eat {v} again, I'm vegetarian now.",
        ],
        "ask_now": [
            "Have you got any dietary notes for me?",
            "Do I eat red meat, from what you've got?",
            "Just checking — is there anything I don't eat?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, I carry the bags with me everywhere.",
            "If you're putting a tea in, make it {v}, that's my favourite.",
            "I'm a {v} person, always have been — favourite tea by a mile.",
            "Favourite tea — {v}, no question.",
            "Sorry, the line dropped — I said {v}. That's my favourite tea.",
        ],
        "change": [
            "My favourite's changed, it's {v} now, I've gone right off the old one.",
            "Not {old}, that was last year, {v} is my favourite now.",
            "It's {old} — no, sorry, I'm tired of that, my favourite is {v} now.",
            "I had {v} on the cruise and now it's my favourite, "
            "the old one doesn't do it for me any more.",
            "Changed my favourite tea already, {v} now.",
        ],
        "ask_now": [
            "What's down as my favourite tea?",
            "If you were putting a tea in for me, which would it be?",
            "Just checking, which tea do I like best?",
        ],
        "ask_then": [
            "Which tea did I like best before?",
            "What was my favourite tea before I switched?",
        ],
    },
    "pet": {
        "tell": [
            "We've a cat called {v}, the neighbour's feeding her while I'm away.",
            "Our cat {v} is at the cattery while we're travelling.",
            "I've got a cat, {v}, she hates it when I pack a suitcase.",
            "Sorry, the line's bad — the cat, {v}, she's grand, thanks.",
        ],
        "change": [
            "We lost {old} while I was away, she was very old. No cat now.",
            "{old} passed on last month, so there's no cat at home any more.",
            "I had to give {old} up, with all the travel — we've no cat now.",
            "Sorry, you're breaking up — I said {old} died. We don't have her any more.",
        ],
        "ask_now": [
            "Have I got a cat, according to you?",
            "What have you got down about my cat?",
            "Just checking, do I have any pets?",
        ],
    },
    "partner": {
        "tell": [
            "Me and my boyfriend {v} are on the same train, he's asleep against the window.",
            "My partner {v} is driving, I'm in the passenger seat.",
            "I'm travelling with my partner, {v}.",
            "My fella, {v}, he's booked the whole trip.",
        ],
        "change": [
            "{old} and I broke up, I'm with {v} now.",
            "Not {old}, that was last year — my partner's {v} now.",
            "It's {old} — no, sorry, force of habit, it's {v}, {old} is long gone.",
            "I'm seeing {v} these days, it's over with {old}.",
            "Me and {old} finish, mi with {v} now.",
        ],
        "ask_now": [
            "What name have you got for my partner?",
            "Just checking — who am I with?",
            "Who's my other half, on your file?",
        ],
        "ask_then": [
            "Who was I seeing before?",
            "What was my ex's name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, I'm between meetings now.",
            "I'm at {v}, in sales, always on the road.",
            "Sorry, breaking up — I said {v}, that's where I work.",
            "Work's at {v}, been there a good while.",
        ],
        "change": [
            "I've left the old place, I'm at {v} now.",
            "Not {old}, I left there, it's {v} now.",
            "The old job let me go, so I'm working at {v} these days.",
            "Started at {v} this month, I'm finished with {old}.",
            "I have moved to {v}, I no longer work at the previous company.",
        ],
        "ask_now": [
            "Where have you got me working?",
            "Just checking, who's my employer on file?",
            "If someone asked where I work, what would you tell them?",
        ],
        "ask_then": [
            "Where was I working before?",
            "Which job did I leave?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, it's in the airport car park.",
            "My car's {v}, if the parking needs it.",
            "Sorry, the line — it's {v}, that's mine.",
            "I've got {v}, it's done a lot of miles.",
        ],
        "change": [
            "Sold the old one, I drive {v} now.",
            "Not {old}, that's gone, it's {v} now.",
            "The old car died on the motorway, so I bought {v}, that's what I drive now.",
            "Swapped the car, I've got {v} now, the other one's sold.",
        ],
        "ask_now": [
            "What car have you got down for me?",
            "Just checking — what do I drive?",
            "If the car park asked, what car would you give them?",
        ],
        "ask_then": [
            "What did I drive before?",
            "Which car did I sell?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, the forms go there.",
            "I see {v} for everything.",
            "Sorry, you cut out — {v}, my GP.",
            "My doctor is {v}, at the practice near home.",
        ],
        "change": [
            "I've changed GP, it's {v} now, not the old one.",
            "Not {old}, they retired — it's {v} now.",
            "It's {old} — no, sorry, I moved practice, my GP is {v} now.",
            "The forms kept going to my old surgery, I'm with {v} these days.",
            "I am registered with {v} now, I left the previous doctor.",
        ],
        "ask_now": [
            "Who have you got as my GP?",
            "Just checking, which doctor am I with?",
            "If you had to send my forms to my GP, who would get them?",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "Which doctor was I with before?",
        ],
    },
    "dentist": {
        "tell": [
            "The dentist is on {v}, I'll be back by then.",
            "I've got the dentist on {v}.",
            "Sorry, breaking up — dentist, {v}.",
            "My dentist appointment, that's {v}.",
        ],
        "change": [
            "I'll be away for the old date, so they moved my dentist to {v}.",
            "Not {old}, they changed it, the dentist is on {v} now.",
            "It's {old} — no, sorry, they rang, it's {v} now.",
            "The dentist cancelled the old one, I'm booked in for {v} instead.",
        ],
        "ask_now": [
            "When have you got my dentist down for?",
            "Just checking, when's my dentist appointment?",
        ],
        "ask_then": [
            "When was my dentist appointment before it moved?",
            "What was the original date for my dentist?",
        ],
    },
    "contact": {
        "tell": [
            "Best to {v} me, the signal's patchy where I am.",
            "Please {v} me, that's what works for me.",
            "Sorry, breaking up — I said {v} me, please.",
            "Just {v} me, that's easiest.",
        ],
        "change": [
            "From now on please {v} me instead, the other way doesn't suit me any more.",
            "I'm driving all day now, so please {v} me, not how we did it before.",
            "Don't do it the old way — {v} me from now on.",
            "I'd rather you {v} me these days, that's changed.",
        ],
        "ask_now": [
            "How have you got me down as wanting to be contacted?",
            "Just checking, how should you get hold of me?",
            "If you needed me, how would you reach me?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, everyone does.",
            "It's {v}, just {v}.",
            "Sorry, the line — {v}. Call me {v}.",
            "Everyone calls me {v}, so you might as well.",
        ],
        "change": [
            "I go by {v} now, not the old one.",
            "Not the old name, that was school — it's {v} now.",
            "Call me {v} from now on, please, I've dropped the other one.",
            "Actually I've gone back to {v}, use that.",
        ],
        "ask_now": [
            "What name have you got for me?",
            "Just checking, what do I like being called?",
            "What do I go by?",
        ],
    },
}


def windowseat_kinds() -> list[Kind]:
    """The kinds with the twenty-sixth held-out phrasing."""
    return heldout_kinds(_WINDOWSEAT)
