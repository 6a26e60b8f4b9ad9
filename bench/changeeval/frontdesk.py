"""A seventeenth held-out phrasing of the same facts (`generate --phrasing frontdesk`, written to
`bench/changeeval/frontdesk/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, `phrasings.py` and the first and last lines of `onhold.py` only, without
reading the supersession rules, the other phrasings' words or the tests, and without running
anything on these words first. The callers phone a voice assistant at an optician's, a bicycle
repair shop, a solicitor's office, a removals company, a mobile phone shop and a care home
reception. The wording runs as wide as real callers do: callers doing something else at the
same time (driving, cooking, "hang on, the kettle"), over-explainers who give the reasons and
the background, callers who refer to earlier calls ("like I told the other lady last time"),
callers who list several things at once, dry or sarcastic callers, callers who answer the
agent's read-back ("no, that's the old one, it's ... now"), callers who spell or say the value
twice, changes told with "these days", "as of last month", "not any more", "swapped",
"ditched", "packed in", "moved on from", "signed up with" and "transferred to", and Irish,
Scottish, Nigerian, Indian, Australian and American English. Every change is about the caller
and leaves no doubt that the old value no longer holds; every tell states the caller's own
current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_FRONTDESK: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Sorry, I'm driving, you're on the speaker. Home is {v}, that's where I live.",
            "Like I told the other lady last time, I live at {v}. {v}.",
            "For the survey, we live at {v}, been there eleven years, it's the one with the "
            "green door and the hedge that needs cutting.",
            "Three things, quickly: the quote, the piano, and my address, which is {v}.",
            "I'm living at {v} this good while, so that's the address for me.",
            "Please, my house address is {v}. I repeat, {v}.",
        ],
        "change": [
            "No, that's the old one. We're at {v} now, we moved in as of last month.",
            "Not there any more, love. We moved on from that place, it's {v} these days.",
            "Aye, we flitted in the spring, so it's {v} now, no the old place.",
            "I rang about this before and it still isn't fixed: I don't live at {old} any "
            "more, I live at {v}.",
            "Hang on, the kettle. Right, sorry. We sold the old house, so my address is {v} "
            "from now on.",
            "So the lease ran out, and the landlord wanted to sell up, and long story short "
            "we've moved to {v}, so the old address is no good to you.",
            "We packed up and shifted, mate, the old place is gone, we're at {v} now.",
        ],
        "ask_now": [
            "Which address have you got for me at the minute?",
            "Go on then, remind me where I live according to you lot.",
            "What home address is on my file?",
            "What's my current address?",
        ],
        "ask_then": [
            "Where was I living before the move?",
            "What was the address I had before this one?",
            "Which address did I move out of?",
        ],
    },
    "phone": {
        "tell": [
            "Got a pen? My mobile's {v}. That's {v}.",
            "I'm stirring a pan so I'll be quick, the number to get me on is {v}.",
            "Like I said to the fella last time, it's {v}, that's my mobile.",
            "Kindly note my contact number, it is {v} only.",
            "Sure, you can reach me at {v}, that's my cell.",
            "Several things: the screen's cracked, I've no case, and my number's {v}.",
        ],
        "change": [
            "No, no, that's the old one. It's {v} now, I switched network.",
            "I ditched that number when I changed provider, so it's {v} these days.",
            "I transferred to a new contract, new number and all, {v}. The old one's dead.",
            "Please update it, that line is no longer working. My number is now {v}.",
            "Hang on, I'm driving. The old number's gone, use {v}, {v}.",
            "Oh, that old thing, I haven't had that number since last month. It's {v}.",
            "I'm after getting a new phone and a new number, so it's {v} from here on.",
        ],
        "ask_now": [
            "What number have you got down for me?",
            "Which number will you ring me on?",
            "Read me back my phone number, would you?",
        ],
        "ask_then": [
            "What number did I have before I changed it?",
            "Which mobile number was I using before this one?",
        ],
    },
    "email": {
        "tell": [
            "My email's {v}. I'll say it again: {v}.",
            "Just pop it to my email, {v}, I check it every night.",
            "Like I told the other lady, it's {v}, that's the email I use for everything.",
            "Aye, send the letters to my email, {v}.",
            "Right, three things: the appointment, the invoice, and my email, which is {v}.",
        ],
        "change": [
            "I don't use that one any more, I've moved on from it. It's {v} now.",
            "No, that's the old address, it's {v} these days. I had to close the old "
            "account after it got hacked.",
            "I rang about this before: my email is {v} now, the old one's been closed down.",
            "Yeah, I ditched that one, way too much spam. Use {v} going forward.",
            "Hang on, the kettle. Sorry, yes, new email as of last month, {v}. The other "
            "one's dead.",
            "Kindly change my email ID, I am no longer using the previous one. New one is {v}.",
        ],
        "ask_now": [
            "Which email are you sending things to?",
            "What's the email you've got for me?",
            "Can you remind me which email address is on my account?",
        ],
        "ask_then": [
            "What email did I use before?",
            "Which email address did I have before I switched?",
        ],
    },
    "dose": {
        "tell": [
            "For the form, I take {v} each morning for my blood pressure.",
            "I'm on {v}, that's my only tablet, it's for the pressure.",
            "Like I told the other girl last time, I'm on {v} for my blood pressure.",
            "My medication is {v}, daily, for blood pressure.",
            "Medications? Just the one. {v}, every morning with my porridge.",
        ],
        "change": [
            "The GP changed my tablets as of last month, I'm on {v} now, not the old dose.",
            "No, that's the old dose. It's {v} these days, they reviewed it after my check-up.",
            "I'm not on the old amount any more, the blood pressure clinic moved me to {v}.",
            "They're after changing my dose, so it's {v} from now on, the old one's finished.",
            "Long story, but my readings were all over the place, so the consultant changed "
            "me to {v}, and that's what I take now.",
            "Doc swapped my dose around, mate, it's {v} now.",
        ],
        "ask_now": [
            "How much lisinopril am I taking at the moment?",
            "What's my blood pressure dose, for the form?",
            "What dose of lisinopril have you got me down for?",
        ],
        "ask_then": [
            "What was my lisinopril dose before it changed?",
            "How much was I taking before the doctor changed it?",
        ],
    },
    "class": {
        "tell": [
            "I can't do {v}, that's my pottery class.",
            "Pottery's on {v}, so any time but then.",
            "Like I told you last time, {v} is pottery, I never miss it.",
            "I've my pottery on {v}, so that's me out then.",
            "So I go to a pottery class, it's at the community centre, we're making bowls at "
            "the minute, and it's {v}, so don't book me in then.",
        ],
        "change": [
            "Pottery's not on the old day any more, it's {v} as of last month.",
            "They swapped the pottery class to {v}, the tutor couldn't do the old slot.",
            "No, that's the old day. Pottery's {v} now.",
            "Heads up, pottery switched over to {v}, so I'm free on the old day now.",
            "I rang about this before: pottery is {v} these days, not what you've got.",
            "My pottery class timing has been changed, it is on {v} now, not the earlier day.",
        ],
        "ask_now": [
            "What day's my pottery class again?",
            "When do I have pottery?",
            "Which day should you keep clear for my pottery?",
        ],
        "ask_then": [
            "What day was pottery before they changed it?",
            "When was my pottery class originally?",
        ],
    },
    "coffee": {
        "tell": [
            "Honestly, I run on {v}, two mugs before I'm even human.",
            "I'll have a {v} while I wait, I always do, I'm a big {v} drinker.",
            "Like I said last time, I drink {v} every morning, strong and black.",
            "Yeah, I'm a {v} person, flat white every morning without fail.",
            "I take {v} in the morning daily, with milk.",
        ],
        "change": [
            "I packed in {v} as of last month, so none for me, thanks.",
            "No {v} for me any more, my heart doctor put a stop to it.",
            "I ditched {v} completely, I'm on the herbal stuff these days.",
            "Oh, I'm off {v} now, not a drop since New Year.",
            "I gave up the {v} altogether, I'm not drinking it at all now.",
            "That's the old me. I don't touch {v} these days.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "Would I want a coffee while I wait?",
            "Am I a coffee drinker?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, I'm a proper carnivore.",
            "Put me down for the steak, I eat {v} all the time.",
            "Sausages, steak, mince, I eat {v} basically every day.",
            "Oh, I eat {v}, burger most nights, no apologies.",
            "I eat {v} well, suya and goat meat every weekend.",
        ],
        "change": [
            "I've stopped eating {v}, I went vegetarian as of last month.",
            "Not any more. I ditched {v}, I'm vegetarian these days.",
            "I'm vegetarian now, so no {v} for me, my daughter talked me into it.",
            "I rang about this before: I don't eat {v} at all now, I'm vegetarian.",
            "I've packed in {v}, I'm a vegetarian now, believe it or no.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Have I any dietary requirements?",
            "Should you order me the beef?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, since you're asking.",
            "I'm all about {v}, it's my favourite tea.",
            "Like I told the lady last time, {v} is my favourite tea.",
            "I do love a cup of {v}, it's my favourite tea by a mile.",
            "{v} is my favourite tea, please note.",
        ],
        "change": [
            "I've gone off the old tea, my favourite is {v} these days.",
            "Not any more, {v} is my favourite tea now, I swapped.",
            "I've moved on from the old one, {v}'s my favourite tea now.",
            "My favourite's {v} now, I cannae face the old one any more.",
            "Long story, a friend brought me {v} back from a trip and now it's my favourite "
            "tea, I don't bother with the other one.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea do I like best?",
            "What tea should you put out for me?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I like best before I changed?",
        ],
    },
    "pet": {
        "tell": [
            "Hang on, that's {v} scratching the door. My cat, she's a menace.",
            "We've a cat called {v}, she owns the place.",
            "I've a cat named {v}, she'll be fine on her own while I'm out.",
            "Got a cat, {v}, she's a bit of a legend.",
            "My cat {v} is gonna hate the move, she hates the carrier.",
        ],
        "change": [
            "We lost {old} last month, she was a good age.",
            "{old} died in the spring, so there's no cat now.",
            "I had to rehome {old}, the new flat doesn't allow pets, so no cat any more.",
            "Sadly {old} isn't with us any more, she passed in the winter.",
            "Ah, poor {old} is gone, we buried her in the garden a few weeks back.",
            "{old} died last month, my sister. We don't have a cat again.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How's my cat getting on?",
            "Have I any pets?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} will be picking me up after.",
            "Put {v} down as next of kin, he's my boyfriend.",
            "Like I told the other lady, I live with my boyfriend {v}.",
            "Aye, me and my fella {v} are doing the move ourselves.",
            "{v}'s my partner, he'll sign for it if I'm out.",
        ],
        "change": [
            "{old} and I are finished, I'm with {v} now.",
            "I've moved on from {old}, my partner these days is {v}.",
            "No, that's the old one. I'm with {v} now, {old} is history.",
            "Yeah, so, {old} and I broke up. My boyfriend's {v} now.",
            "Things with {old} ended as of last month, and I'm seeing {v} now.",
            "Please remove {old}, we are no longer together. My partner is {v}.",
        ],
        "ask_now": [
            "Who's my partner?",
            "What's my boyfriend's name?",
            "Who've you got down as my partner?",
        ],
        "ask_then": [
            "Who was my partner before?",
            "Who was I going out with before?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, so weekdays are tricky.",
            "I'm at {v}, been there years, it's steady enough.",
            "For the form, my employer is {v}.",
            "I'm working at {v} this long time.",
            "I am employed at {v} only.",
        ],
        "change": [
            "I packed in the old job, I'm at {v} now.",
            "I've moved on from the old place, it's {v} these days.",
            "No, I'm not there any more, I transferred to {v} as of last month.",
            "I signed up with {v} after I left the old job, started there in March.",
            "Chucked in the old job, mate, I'm at {v} now.",
            "So there was a restructure, and half of us were let go, and anyway I've landed "
            "at {v}, so that's where I work now.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who's my employer on the form?",
            "Which company am I working for?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
            "Which employer did I leave?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, it's parked out front.",
            "Mine's {v}, you'll see it in the drive.",
            "My car's {v}, the bike rack goes on the back of it.",
            "I drive {v}, it's my daily.",
            "I've {v}, it's no the cleanest, mind.",
        ],
        "change": [
            "I ditched the old car, I drive {v} now.",
            "Not that one any more. I swapped it for {v}.",
            "I traded it in as of last month, so it's {v} these days.",
            "No, that's the old car, it's {v} now.",
            "Flogged the old car, mate, I'm driving {v} now.",
            "I'm after changing the car, it's {v} I have now.",
        ],
        "ask_now": [
            "What car do I drive?",
            "Which car have you got on file for me?",
            "What's my car these days?",
        ],
        "ask_then": [
            "What car did I have before?",
            "Which car did I get rid of?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, if you need a referral.",
            "I'm under {v}, she's my GP.",
            "Send the letter to my GP, {v}.",
            "My family doctor is {v}.",
            "My GP is {v}, at the health centre.",
        ],
        "change": [
            "I signed up with {v} at a different surgery, so that's my GP now.",
            "I transferred to {v} as of last month, the old GP's not mine any more.",
            "No, that's the old one, my GP is {v} now.",
            "I moved on from the old practice, I see {v} these days.",
            "Long story: my old GP retired, the practice closed, so I registered with {v}, "
            "and that's my GP now.",
            "Switched GPs, I see {v} now.",
        ],
        "ask_now": [
            "Who's my GP?",
            "Which doctor should the letter go to?",
            "What's the name of my GP?",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "Which GP did I have before?",
        ],
    },
    "dentist": {
        "tell": [
            "I can't come in on {v}, I've got the dentist.",
            "My dentist appointment's on {v}, so any other day.",
            "Like I told the other lady, the dentist is {v}.",
            "I've got a dentist appointment on {v}.",
            "Three things: the frames, my prescription, and I can't do {v} because that's "
            "my dentist appointment.",
        ],
        "change": [
            "The dentist rang and moved me, so it's {v} now, not the old date.",
            "My dentist appointment's been swapped to {v}.",
            "No, that's the old date, the dentist is {v} now.",
            "They're after changing my dentist appointment, it's {v} now.",
            "My dental appointment has been rescheduled, the new date is {v}.",
            "I rang about this before: the dentist is on {v} these days, not what I said.",
        ],
        "ask_now": [
            "When's my dentist appointment?",
            "What date have I got the dentist?",
            "Which day is my dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment before it was moved?",
            "What was the original date for the dentist?",
        ],
    },
    "contact": {
        "tell": [
            "Best way to get hold of me is to {v} me.",
            "Please just {v} me, it's what suits me.",
            "I'd rather you {v} me, honestly.",
            "Just {v} me, that's easiest.",
            "Like I told the other lady, {v} me, that's my preference.",
        ],
        "change": [
            "Not the old way any more, {v} me from now on.",
            "These days I'd rather you {v} me, the other way doesn't suit me now.",
            "I've changed my mind on that, please {v} me instead.",
            "No, that's old, {v} me now, please.",
            "Going forward, just {v} me, that's what I prefer now.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "What's the best way to get in touch with me?",
            "Should you text, email or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "Everyone calls me {v}, so you can too.",
            "It's {v}, just {v}.",
            "Call me {v}, please, nobody uses my full name.",
            "Just call me {v}, mate.",
            "I go by {v}, sure everyone does.",
        ],
        "change": [
            "I go by {v} these days, not the old one.",
            "I've moved on from the old nickname, call me {v} now.",
            "That's not what I go by any more, it's {v} now.",
            "I ditched the old nickname, I'm {v} these days.",
            "Please, call me {v} from now, I don't answer to the old name again.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What's my nickname?",
        ],
    },
}


def frontdesk_kinds() -> list[Kind]:
    """The kinds with the seventeenth held-out phrasing."""
    return heldout_kinds(_FRONTDESK)
