"""A fifteenth held-out phrasing of the same facts (`generate --phrasing onhold`, written to
`bench/changeeval/onhold/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `novel.py`, `heldout_kinds` and `phrasings.py` only, without reading the supersession
rules, the other phrasings or the tests, and without running anything on these words first.
The callers phone a voice assistant at a dry cleaner's, an airline's frequent-flyer desk, a dog
groomer, a utility company and a church office, often after waiting on hold. The wording runs
as wide as real callers do: very short answers to the agent's prompt, long run-on sentences,
the value after a digression, formal and stiff speech ("I wish to inform you that ..."),
teenagers and the very old, the simple grammar and unusual word order of speakers whose first
language is not English, irritation ("you STILL have my old ..."), changes told by their
consequence ("the post keeps going to the wrong house"), hedged changes that settle ("I think
it's ... now, yes, definitely ...") and questions back to the agent. Every change is about the
caller and leaves no doubt that the old value no longer holds; every tell states the caller's
own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_ONHOLD: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Home's {v}, that's me.",
            "I've been on hold twenty minutes so I'll be quick, the shirts come back to {v},"
            " that's my house, the one with the green door.",
            "I wish to confirm that my residential address is {v}.",
        ],
        "change": [
            "You STILL have my old address on there, I moved out months ago, I live at {v} now.",
            "The bills keep going to the wrong house, I don't live there any more, I'm at {v}"
            " now, could you fix that?",
            "I think it's {v} now, yes, definitely {v}, I got the keys on the first and the old"
            " place is sold.",
            "I move to new house, {v}, the old address is finish, please you delete it.",
        ],
        "ask_now": [
            "Which address is on my account right now?",
            "Where are you sending my post these days?",
            "Can you read my home address back to me?",
        ],
        "ask_then": [
            "Where was I living before the move?",
            "What address did you have for me originally?",
        ],
    },
    "phone": {
        "tell": [
            "Mobile, {v}.",
            "If the dog's ready early just give me a ring, my number's {v}, I've always got it"
            " on me.",
            "Yeah so, like, my number is {v}, just text whenever.",
        ],
        "change": [
            "I wish to inform you that my telephone number has changed, it is now {v}.",
            "You keep ringing a number I haven't had since spring, I'm on {v} now, that's the"
            " only one that works.",
            "Phone got nicked so I had to get a new SIM, the old number's dead, it's {v} now.",
            "My number, I have new one, {v}, the old one please don't call, it is switched off.",
        ],
        "ask_now": [
            "What number have you got for me now?",
            "Which number will you ring when my order's ready?",
            "Could you read my phone number back to me?",
        ],
        "ask_then": [
            "What was the number I had before this one?",
            "Which phone number was on my file originally?",
        ],
    },
    "email": {
        "tell": [
            "For the boarding passes and that, my email is {v}.",
            "Mine's {v}, that's my email.",
            "I don't do much with computers, dear, but my grandson set me up with my own email"
            " and it's {v}, that's mine.",
        ],
        "change": [
            "I closed my old email account altogether, so everything should come to {v} now.",
            "Your receipts are landing in an inbox I never open any more, my email is {v} now,"
            " have you got that?",
            "You've STILL got the old email on there, I told the last person, it's {v}.",
            "I think it's {v} now, yes, definitely {v}, I switched over in January and the old"
            " one's gone.",
        ],
        "ask_now": [
            "Which email address are my receipts going to?",
            "What email have you got for me at the moment?",
            "Could you confirm the email on my account?",
        ],
        "ask_then": [
            "What email did I use before I switched?",
            "Which email address did I have originally?",
        ],
    },
    "dose": {
        "tell": [
            "For the medication bit on the pilgrimage form, I take {v} every day.",
            "I am taking {v} each day, for the pressure of the blood.",
            "Well since you ask, and I've been on tablets longer than you've been alive, I have"
            " {v} with my porridge every morning.",
        ],
        "change": [
            "The doctor changed my tablets, I'm not on the old amount any more, I take {v} now.",
            "The old dose wasn't right for my pressure, so they've put me on {v} instead.",
            "I wish to advise that my medication has been altered, I now take {v} daily.",
            "It's {v} now, I think, yes, {v}, the new prescription came through on Monday and"
            " I've stopped the old tablets.",
        ],
        "ask_now": [
            "What dose of lisinopril am I on now?",
            "How many milligrams do I take these days?",
            "Which blood pressure dose have you got written down for me?",
        ],
        "ask_then": [
            "How much lisinopril was I taking before it changed?",
            "What was my old dose?",
        ],
    },
    "class": {
        "tell": [
            "Any day but {v}, that's my pottery class.",
            "I do a pottery class on {v}, so I can't come and pick the coat up then.",
            "Pottery for me is {v}, every week, I never miss it.",
        ],
        "change": [
            "Since pottery got shifted to {v}, the old day's free now, so I can collect then.",
            "The pottery class, it is {v} now, not the other day any more.",
            "I think pottery's {v} now, yes, definitely {v}, they sent round the new timetable.",
            "Don't book me on {v}, that's pottery now, the teacher moved it off the old day.",
        ],
        "ask_now": [
            "Which day's my pottery class now?",
            "When do I have pottery these days?",
            "Remind me, what day is my pottery?",
        ],
        "ask_then": [
            "Which day did pottery used to be on?",
            "What was my pottery day before the change?",
        ],
    },
    "coffee": {
        "tell": [
            "I can't function without my {v}, I have three cups before I even leave the house.",
            "Oh, {v}, all day long, black, no sugar, that's me.",
            "For the lounge voucher, put me down as a {v} drinker, I have it every single"
            " morning.",
        ],
        "change": [
            "I don't touch {v} any more, the doctor made me give it up.",
            "Don't offer me {v} in the lounge, I've quit it for good.",
            "No {v} for me now, it was keeping me awake at night so I stopped altogether.",
            "Me, I do not drink {v} any more, I stopped it in March.",
        ],
        "ask_now": [
            "Do I still drink coffee?",
            "Should you offer me a coffee?",
            "Am I a coffee drinker?",
        ],
    },
    "meat": {
        "tell": [
            "Put me down for the beef at the parish supper, I eat {v} no problem.",
            "I'm a {v} man, steak whenever I can get it.",
            "Oh I eat {v}, lots of it, always have done.",
        ],
        "change": [
            "I've gone vegetarian, so no {v} for me any more.",
            "You STILL have me down for the beef? I stopped eating {v} ages ago, I'm a"
            " vegetarian.",
            "Like, I'm veggie now, so no {v}, it's a whole thing.",
            "For the church supper, I don't eat {v} these days, I've been vegetarian since"
            " Easter.",
        ],
        "ask_now": [
            "Do I eat meat?",
            "Are there any dietary needs on my file?",
            "Should you book me the beef or the vegetarian plate?",
        ],
    },
    "favourite": {
        "tell": [
            "Oh, {v}, that's my favourite tea, always has been.",
            "If there's a gift hamper going, my favourite tea is {v}.",
            "My favourite tea, it is {v}, I drink it every evening.",
        ],
        "change": [
            "I've gone right off my old tea, my favourite is {v} now.",
            "Don't put the old one in, I drink {v} now, that's my favourite these days.",
            "I think it's {v} now, yes, definitely {v}, my favourite tea changed over the winter.",
            "My favourite tea used to be {old}, but now it's {v}.",
        ],
        "ask_now": [
            "What's my favourite tea now?",
            "Which tea do I like best?",
            "What tea should go in my hamper?",
        ],
        "ask_then": [
            "Which tea did I used to like best?",
            "What was my favourite tea before?",
        ],
    },
    "pet": {
        "tell": [
            "It's not a dog, it's my cat, {v}, and she needs a trim.",
            "I've got a cat called {v}, she's fourteen and very bossy.",
            "My cat {v} sheds all over everything, that's why I'm ringing.",
        ],
        "change": [
            "You can cancel {old}'s grooming, she died last week.",
            "{old} isn't with me any more, she passed away in March, so I've no cat now.",
            "I had to give {old} to a rescue, I couldn't look after her, so I don't have a cat"
            " any more.",
            "Stop sending reminders for {old}, please, she's gone, she was put to sleep last"
            " month.",
        ],
        "ask_now": [
            "Have I got a cat at the moment?",
            "Do I have any pets on file?",
            "Is my cat still on my account?",
        ],
    },
    "partner": {
        "tell": [
            "My partner's {v}, he'll be picking up the suits.",
            "Put {v} on the account as well, he's my boyfriend.",
            "Me and my boyfriend {v} are flying out together on the ninth.",
        ],
        "change": [
            "{old} and I broke up, so take him off, I'm with {v} now.",
            "I'm not with {old} any more, my partner is {v}.",
            "I wish to inform you that my partner is now {v}; my previous relationship has ended.",
            "Ugh, you've STILL got {old} as my partner? We broke up in the summer, it's {v} now.",
        ],
        "ask_now": [
            "Who's my partner now?",
            "Who's my boyfriend?",
            "What name have you got for my partner?",
        ],
        "ask_then": [
            "Who was my partner before?",
            "Who was I seeing before my current partner?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, so I can only call on my lunch.",
            "For the corporate rate, I'm employed by {v}.",
            "Me, I am working at {v}, five years now.",
        ],
        "change": [
            "I left my old place, I'm working at {v} now.",
            "I handed my notice in at {old}, so I'm at {v} now.",
            "My commute's totally different since I started at {v}, I left the old job in June.",
            "I wish to inform you that my employer is now {v}.",
        ],
        "ask_now": [
            "Where do I work now?",
            "Who's my employer these days?",
            "Which company do I work for?",
        ],
        "ask_then": [
            "Where was I working before?",
            "Who did I work for originally?",
        ],
    },
    "car": {
        "tell": [
            "My car's {v}, if you need it for the parking.",
            "I'll be the one in {v}, that's my car, parked out front for the meter man.",
            "It's {v} I drive, that's my car.",
        ],
        "change": [
            "Sold the old car, I'm driving {v} now.",
            "The old one's gone, scrapped, I've got {v} now.",
            "I am driving now {v}, the old car I sold it.",
            "I think it's {v} now, yes, definitely {v}, I picked it up last week and the old car"
            " went back to the dealer.",
        ],
        "ask_now": [
            "What car do I drive now?",
            "Which car have you got down for me?",
            "What am I driving these days?",
        ],
        "ask_then": [
            "What car was I driving before?",
            "Which car did I have before this one?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, at the surgery on the high street.",
            "{v}, she's my doctor.",
            "I am seeing {v}, she is my family doctor.",
        ],
        "change": [
            "I've changed surgeries, I'm registered with {v} now.",
            "My old GP retired, so it's {v} I see now.",
            "Don't send anything to the old surgery, I'm not there any more, my GP is {v} now.",
            "I wish to advise that my general practitioner is now {v}.",
        ],
        "ask_now": [
            "Who's my GP now?",
            "Which doctor am I registered with?",
            "Who's my doctor these days?",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "Which doctor did I have before?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment's on {v}, so not that day, please.",
            "I can't do the pickup on {v}, I've got the dentist.",
            "I am having the dentist on {v}.",
        ],
        "change": [
            "My dentist appointment got moved to {v}, so the old date's free now.",
            "The dentist cancelled on me and rebooked it for {v}.",
            "I think it's {v} now, yes, definitely {v}, the dentist's receptionist rang to move"
            " it.",
            "I wish to inform you that my dental appointment has been rescheduled for {v}.",
        ],
        "ask_now": [
            "When's my dentist appointment now?",
            "What date is my dentist?",
            "When am I seeing the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment before it moved?",
            "What was the original date for my dentist?",
        ],
    },
    "contact": {
        "tell": [
            "Honestly, just {v} me, that's easiest.",
            "When the dog's done, please {v} me, that's how I like it.",
            "I prefer that you {v} me, it is better for me.",
        ],
        "change": [
            "From now on please {v} me instead, I've stopped checking the other way.",
            "I keep missing your messages, so can you {v} me from now on instead?",
            "I wish to change my contact preference, kindly {v} me from now on.",
            "It's different now, I'd much rather you {v} me.",
        ],
        "ask_now": [
            "How do I like to be contacted now?",
            "What's the best way to reach me?",
            "Should you text, email or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "Oh, {v} is fine, that's what I go by.",
            "Everyone calls me {v}, you can too.",
            "You can say {v}, my friends say this.",
        ],
        "change": [
            "I don't go by {old} any more, it's {v} now.",
            "I go by {v} these days, the old name doesn't feel like me.",
            "Can you call me {v} from now on? I've stopped using my old nickname.",
            "You STILL call me the old name, it's {v} now, I've told you twice.",
        ],
        "ask_now": [
            "What should you call me now?",
            "Which name do I go by?",
            "What's my nickname these days?",
        ],
    },
}


def onhold_kinds() -> list[Kind]:
    """The kinds with the fifteenth held-out phrasing."""
    return heldout_kinds(_ONHOLD)
