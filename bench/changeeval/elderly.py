"""A sixty-first held-out phrasing of the same facts (`generate --phrasing elderly`, written to
`bench/changeeval/elderly/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers are older people, in their seventies to nineties, in Britain and America, who talk
around the fact before they reach it, with the people and helpers in their lives all through
the sentence: the late husband, the home help, "my carer, Janet", the son who "sorts the
computer for me", "the girl at the surgery", "our Maureen next door", grandchildren, the vicar,
the warden of the sheltered housing, the folks at the senior center. Those people's doings come
in the same breath as the caller's own facts, but every value said is plainly the caller's own.
The callers apologise for their memory ("my memory's not what it was, dear"), repeat
themselves ("fourteen Birch Lane, that's it, fourteen Birch Lane"), use old-fashioned words
("the wireless", "the surgery", "the telephone", "the motor", "my gentleman friend",
"courting", "walking out with") and say dates and numbers slowly, with the value early, in the
middle or at the very end of a long sentence. Changes come with their reason ("I've moved into
the sheltered housing", "the doctor's changed the tablets again", "the dentist rang", "the cat
went to my daughter's") and leave no doubt that the old value no longer holds. Questions are
polite and roundabout ("Could you tell me, dear, what number you have for me now?", "What was
the old address you had, before I moved into the flat?").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_ELDERLY: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Now, my home address, dear, you'll want that. It's {v}. My late husband and I "
            "bought the place in nineteen sixty-eight and I've never left.",
            "My carer, Janet, comes to me every morning at {v}, that's my home, so that's the "
            "address you want for me.",
            "I live at {v}, honey. My son wrote it on a card by the telephone in case I forget, "
            "my memory's not what it was, but that's where I live, {v}.",
            "You'll be wanting where I live, I expect. Well, it's the little house with the "
            "green door, next to our Maureen, {v}, that's my address.",
        ],
        "change": [
            "I've moved into the sheltered housing, dear, my daughter said I couldn't manage "
            "the stairs any more, so my address is {v} now, the warden's got it too.",
            "I'm not at {old} any more, I've given up the old house. I've a little flat now, "
            "and the new address is {v}.",
            "My son moved me into the assisted living place last month, so you'll need to "
            "change my address to {v}. The old house is sold.",
            "Sorry, I should have rung sooner, it's been all boxes and the vicar helping with "
            "the van, but I've moved, dear. I live at {v} now.",
        ],
        "ask_now": [
            "Could you tell me, dear, what address you have for me now?",
            "My memory's terrible, where is it you've got me living these days?",
            "Would you read me back my address, love, just so I know it's right?",
        ],
        "ask_then": [
            "What was the old address you had, before I moved into the flat?",
            "Could you remind me where I used to live, dear, the house before this one?",
        ],
    },
    "phone": {
        "tell": [
            "My telephone number, let me see, I've got it written down here, it's {v}. That's "
            "the one to ring me on.",
            "My granddaughter gave me one of those mobile phones and the number, going slowly, "
            "is {v}. She says I'm to keep it in my handbag.",
            "If you need to ring me, dear, it's {v}. Sorry, my memory, let me say it again, "
            "{v}, yes, that's my number.",
            "You can get me on {v}, honey, that's my phone. The home help will answer it if I'm "
            "in the bath, mind.",
        ],
        "change": [
            "The telephone people changed my number when I moved into the flat, so it's {v} "
            "now, not the old one.",
            "My son got me a new phone, the one with the big buttons, and the new number is "
            "{v}. Don't use {old} any more, dear, that's gone.",
            "I've had to change my number, some silly man kept ringing me about my boiler. "
            "It's {v} from now on.",
            "Write this down, would you, love, my number's changed. It's {v} now. The warden "
            "has it too.",
        ],
        "ask_now": [
            "Could you tell me, dear, what number you have for me now?",
            "Which telephone number would you ring me on, if you had to?",
            "I've forgotten my own number again, would you read me the one you have?",
        ],
        "ask_then": [
            "What was my old telephone number, dear, the one before I changed it?",
            "Do you still have the number I used to have, before the new phone?",
        ],
    },
    "email": {
        "tell": [
            "My son sorts the computer for me, but the email is mine, dear, it's {v}.",
            "My email, now, my grandson set it up on the tablet. It's {v}. I only look at it "
            "on a Sunday after chapel.",
            "You can send things to my email, {v}. I'll say it again, shall I, slowly, {v}.",
            "If it's the electronic mail you want, honey, mine is {v}, my daughter checks it "
            "with me when she visits.",
        ],
        "change": [
            "My grandson said the old email was full of rubbish, so he's made me a new one, "
            "dear, it's {v} now.",
            "I don't use {old} any more, I couldn't remember the password. My email is {v} "
            "from now on.",
            "The girl at the library helped me change my email, it's {v} now, please use that "
            "one.",
            "Could you change my email, love? My son set me up with a new one when he did the "
            "computer, it's {v}.",
        ],
        "ask_now": [
            "Could you tell me, dear, which email you have for me now?",
            "My memory's not what it was, what's my email address again?",
            "Which email would you send my letters to, if you don't mind me asking?",
        ],
        "ask_then": [
            "What was my old email, dear, the one before my grandson changed it?",
            "Could you remind me of the email I used to have?",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} every morning for my blood pressure, the home help puts it out for me "
            "with my breakfast.",
            "The doctor's got me on {v}, dear, for the blood pressure. I have it with my tea "
            "first thing.",
            "Now my tablets, I'm hopeless with the names, but it's the lisinopril, and I'm on "
            "{v}, Janet, my carer, keeps the box.",
            "For my heart and my blood pressure, honey, I take {v} a day. The pharmacist put "
            "it in one of those pill organizers for me.",
        ],
        "change": [
            "The doctor's changed the tablets again, dear, I'm on {v} now, not {old}.",
            "The girl at the surgery rang to say my blood pressure's up, so they've put me on "
            "{v} from now on.",
            "They changed my dose at the check-up last week, honey, it's {v} these days. My "
            "daughter's sorted the new prescription.",
            "I'm not on {old} any more, the doctor said it was making me dizzy. It's {v} now, "
            "the new box came Tuesday.",
        ],
        "ask_now": [
            "Could you remind me, dear, how much of the lisinopril I'm meant to take now?",
            "My memory's that bad, what dose am I on for my blood pressure?",
            "How much of my blood pressure tablet do you have me down for?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before the doctor changed it, dear?",
            "Could you tell me how much of the lisinopril I used to take?",
        ],
    },
    "class": {
        "tell": [
            "I go to the pottery class at the church hall on {v}, the vicar lets us have it "
            "for nothing.",
            "My pottery is {v}, dear. Our Maureen drives me, she does the flower arranging "
            "next door.",
            "On {v} I'm at my pottery class, honey, so don't you go booking anything then, I "
            "won't miss it.",
            "Now then, what was I saying, oh yes, my pottery class, that's {v}. I've made ever "
            "so many jugs.",
        ],
        "change": [
            "The vicar needed the hall, so my pottery class has moved to {v} now.",
            "It used to be {old}, dear, but they've changed it. Pottery's on {v} from now on.",
            "The lady who teaches the pottery had her hip done, so the class is on {v} these "
            "days, not {old}.",
            "They've switched my pottery class to {v}, honey, the senior center changed the "
            "timetable round.",
        ],
        "ask_now": [
            "Could you remind me, dear, when my pottery class is these days?",
            "Which day is it I go to pottery now? My memory, I'm sorry.",
            "When have you got my pottery down for, love?",
        ],
        "ask_then": [
            "What day was my pottery before they moved it, dear?",
            "When did the pottery class used to be, do you remember?",
        ],
    },
    "coffee": {
        "tell": [
            "I have my {v} first thing, two cups, while the wireless is on. I've done that "
            "since I was courting.",
            "I do love a cup of {v}, dear, every morning, the home help makes it just how I "
            "like it.",
            "Every morning, honey, I can't start the day without my {v}, black, my late "
            "husband drank it the same way.",
            "Oh, I'm a {v} drinker, always have been, our Maureen pops round for one most "
            "mornings.",
        ],
        "change": [
            "The doctor said it was bad for my heart, so I've given up {v} altogether, dear.",
            "No more {v} for me, the girl at the surgery said it's what's been keeping me up "
            "at night, so I've stopped.",
            "I don't drink {v} any more, honey, not since my funny turn. My daughter made me "
            "promise.",
            "I've had to stop the {v}, dear, doctor's orders, it's hot water and lemon now.",
        ],
        "ask_now": [
            "Do I drink coffee, dear? Have you got that written down for me?",
            "Could you remind me whether I'm still having coffee these days?",
            "How do I take my coffee now, according to you?",
        ],
    },
    "meat": {
        "tell": [
            "I do like {v}, dear, a bit of beef on a Sunday like my mother made, and a chop "
            "most days.",
            "I'm a big {v} eater, always have been, the lunch club knows to give me the steak.",
            "My son says I should cut down but I eat {v} near enough every day, honey, I'm "
            "too old to change.",
            "I like {v}, a nice bit of lamb or beef, my late husband always did the carving.",
        ],
        "change": [
            "I don't eat {v} any more, dear, my granddaughter's got me going vegetarian, would "
            "you believe.",
            "The doctor said to give up {v}, so I'm vegetarian now, no meat at all.",
            "I've stopped the {v}, honey, my teeth can't manage it and I'm vegetarian now, the "
            "lunch club does me the vegetable bake.",
            "No {v} for me any more, I'm vegetarian these days, since the heart trouble.",
        ],
        "ask_now": [
            "Could you tell me, dear, do I eat red meat?",
            "Is there anything I don't eat, for the lunch club booking?",
            "What have you got down about my meals, love, any meat or not?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, dear, I have a pot every afternoon with the wireless on.",
            "Put me down for {v}, that's my favourite tea, always has been, Janet knows.",
            "Oh, I'm a {v} person, honey, that's my favourite tea, my granddaughter brings me "
            "a box when she visits.",
            "If it's for the basket, my favourite tea, let me think, my memory, yes, {v}.",
        ],
        "change": [
            "Our Maureen next door got me onto {v}, and it's my favourite tea now, I don't "
            "bother with {old} any more.",
            "I've gone right off {old}, dear, my favourite tea these days is {v}.",
            "The doctor said to try {v} for my stomach, and I'll tell you, it's my favourite "
            "tea now.",
            "My favourite's changed, honey, it's {v} now, the home help got me a tin of it.",
        ],
        "ask_now": [
            "Could you tell me, dear, which tea is my favourite now?",
            "Which tea have you got down as my favourite, love?",
            "What tea should go in my basket, do you have that?",
        ],
        "ask_then": [
            "What was my favourite tea before, dear, the one I used to have?",
            "Which tea did I like best before I changed?",
        ],
    },
    "pet": {
        "tell": [
            "I've a cat called {v}, she's company since my husband passed.",
            "My cat {v} sits on my lap all evening, and my carer Janet feeds her when I'm at "
            "the day centre.",
            "It's just me and my cat now, dear, she's called {v}, and she rules the roost.",
            "Oh, my cat, {v}, honey, she's a tabby, the warden lets me keep her in the flat.",
        ],
        "change": [
            "{old} has gone to live with my daughter, dear, I couldn't manage a cat in the "
            "sheltered flat, so I've no cat now.",
            "Our {old} died in the winter, she was ever so old. I haven't got a cat any more.",
            "I had to let {old} go to my granddaughter's, honey, the home says no pets, so "
            "there's no cat here now.",
            "The vet had to put {old} to sleep in the spring, dear, it's been very quiet "
            "without her. No cat now.",
        ],
        "ask_now": [
            "Could you remind me, dear, have I got a cat at the moment?",
            "How is my cat, have you got anything down about her?",
            "Do I have a cat, according to your records?",
        ],
    },
    "partner": {
        "tell": [
            "My gentleman friend {v} is taking me to the garden centre on Saturday, we've "
            "been courting since the spring.",
            "Since my husband passed I've been walking out with {v}, dear, he's ever such a "
            "gentleman.",
            "My partner, {v}, honey, he does the driving now my eyes aren't good.",
            "My son rolls his eyes, but {v} is my gentleman friend, we met at the tea dance.",
        ],
        "change": [
            "{old} and I stopped courting, dear, he moved up to his daughter's. I'm seeing "
            "{v} now, from the bowls club.",
            "It's {v} I'm walking out with these days, honey, things with {old} came to an end.",
            "My gentleman friend is {v} now, dear, the old one's gone off to Spain.",
            "You'll laugh, at my age, but I've a new gentleman friend, {v}. It's all over "
            "with {old}.",
        ],
        "ask_now": [
            "Could you tell me, dear, who my gentleman friend is now?",
            "What's the name of the gentleman I'm courting, do you have that?",
            "Who have you got down as my partner, love?",
        ],
        "ask_then": [
            "Who was the gentleman I was courting before, dear?",
            "Who was I walking out with before this one?",
        ],
    },
    "job": {
        "tell": [
            "I still work three mornings a week at {v}, dear, it keeps me out of mischief.",
            "My job, well, it's only part-time now at my age, but I'm at {v}, have been for "
            "years.",
            "I work at {v}, honey, my grandson thinks I should retire, but I like the company.",
            "Our Maureen got me the job, I work at {v}, and I'm ever so fond of the girls there.",
        ],
        "change": [
            "I've finished at {old}, dear, after all those years, but I couldn't sit at home, "
            "so I've a little job at {v} now.",
            "I left my old job when they moved the office, honey, I work at {v} these days.",
            "I've started at {v}, dear, the vicar put a word in for me. I'm not at {old} any "
            "more.",
            "My job's changed, my memory, let me think, yes, I'm working at {v} now.",
        ],
        "ask_now": [
            "Could you remind me, dear, where I work now?",
            "Where is it you've got me working these days?",
            "Who have you got down as my employer, love?",
        ],
        "ask_then": [
            "Where did I use to work, dear, before the new job?",
            "What was my old job, do you have that written down?",
        ],
    },
    "car": {
        "tell": [
            "I still drive, you know, dear, my car is {v}, I only take it to the shops and "
            "the surgery.",
            "The motor's {v}, my late husband chose it and I've kept it ever so nice.",
            "My car, honey, is {v}, my son does the oil for me.",
            "If it's the parking, my car is {v}, I'll say it again, {v}, the warden knows it.",
        ],
        "change": [
            "My son made me trade the old car in, dear, he said it wasn't safe, so my car is "
            "{v} now.",
            "I haven't got {old} any more, the motor's gone, I drive {v} these days.",
            "I got a new car, honey, it's {v}, the garage man was very kind.",
            "The old motor failed its test, so I've a new car now, it's {v}.",
        ],
        "ask_now": [
            "Could you tell me, dear, what car you have me down as driving now?",
            "What's my car, love, do you have it there?",
            "Which motor do I drive these days, according to you?",
        ],
        "ask_then": [
            "What car did I have before, dear, the old one?",
            "What was my old car, the one I traded in?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, at the surgery on the corner, the girl on the desk knows me.",
            "I see {v}, dear, she's my GP, my carer Janet takes me to my appointments.",
            "My doctor, my family doctor, honey, that's {v}, I've been going to the same "
            "office for years.",
            "The doctor I see, my memory, it's {v}, yes, my GP is {v}.",
        ],
        "change": [
            "I had to change surgeries when I moved into the sheltered flat, dear, my GP is "
            "{v} now.",
            "I used to see {old}, but that doctor's retired, so my new GP is {v}.",
            "The girl at the surgery says I'm with {v} now, dear, so that's my GP from now on.",
            "My doctor's changed, honey, it's {v} now, not {old}.",
        ],
        "ask_now": [
            "Could you tell me, dear, who my GP is now?",
            "Which doctor is it I see these days, love?",
            "Who have you got down as my doctor?",
        ],
        "ask_then": [
            "Who was my GP before, dear, before I changed surgeries?",
            "Which doctor did I used to see, do you have that?",
        ],
    },
    "dentist": {
        "tell": [
            "I've got the dentist on {v}, dear, my son's taking me, it's for my plate.",
            "My dentist appointment is, let me look at the calendar, {v}.",
            "Now the dentist, honey, that's {v}, I've marked it on the kitchen calendar.",
            "I'm at the dentist's on {v}, the girl rang to remind me, I'd forget my own head.",
        ],
        "change": [
            "The dentist rang, dear, they've moved my appointment to {v}.",
            "I was down for the dentist on {old}, but they've changed it, it's {v} now.",
            "My dentist appointment's been moved to {v}, honey, the dentist is poorly.",
            "My daughter couldn't take me on {old}, so I rang the dentist and it's {v} now.",
        ],
        "ask_now": [
            "Could you tell me, dear, when my dentist appointment is now?",
            "When is it I'm going to the dentist, love? My memory.",
            "What date have you got for my dentist appointment?",
        ],
        "ask_then": [
            "When was my dentist appointment before they rang and moved it, dear?",
            "What date did I have for the dentist originally?",
        ],
    },
    "contact": {
        "tell": [
            "If you need to get hold of me, dear, please {v} me, that's the best way.",
            "I'd sooner you {v} me than anything else, love, that's how I like to be contacted.",
            "My son says to tell you, and he's quite right, best to {v} me.",
            "Please {v} me, honey, if there's anything about the booking, that's what I prefer.",
        ],
        "change": [
            "Since I moved into the flat, dear, I'd rather you {v} me from now on instead.",
            "My daughter's sorted it out, so please {v} me these days, that's how I'd like to "
            "be contacted now.",
            "Could you change how you get in touch with me, love? Please {v} me from now on.",
            "I've changed my mind, honey, I'd rather you {v} me now.",
        ],
        "ask_now": [
            "Could you remind me, dear, how I like to be contacted?",
            "How is it you're meant to get in touch with me these days?",
            "Should you text me or ring me, what have you got down?",
        ],
    },
    "nickname": {
        "tell": [
            "Oh, call me {v}, dear, nobody's called me by my proper name since school.",
            "My late husband always called me {v}, and I'd like you to call me that too.",
            "Everyone at the chapel calls me {v}, honey, so you call me {v} as well.",
            "Just call me {v}, love, my grandchildren do.",
        ],
        "change": [
            "Call me {v} now, dear, that's what the grandchildren call me these days.",
            "Nobody calls me {old} any more, I've gone back to {v}, please call me that.",
            "I'd like you to call me {v} from now on, honey, it's what my mother called me.",
            "I go by {v} these days, dear, the warden started it and it's stuck.",
        ],
        "ask_now": [
            "Could you remind me, dear, what you're to call me?",
            "What name do I go by, love, have you got that?",
            "What have you got down for me to be called?",
        ],
    },
}


def elderly_kinds() -> list[Kind]:
    """The kinds with the sixty-first held-out phrasing."""
    return heldout_kinds(_ELDERLY)
