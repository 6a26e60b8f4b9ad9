"""A twenty-third phrasing of the same facts (`generate --phrasing callback`, written to
`bench/changeeval/callback/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `heldout_kinds`, the header of `onhold.py` and `phrasings.py` only, without reading how
the service parses text, the other phrasings or the tests, and without running anything on these
words first. The callers are ringing back after a missed call: an elderly widow, a busy parent
with the children in the background, speakers whose first language is not English, chatty
callers who tell the fact in passing inside a longer turn, and terse ones who give it in three
words. They hedge, use fillers, correct their own words mid-sentence (never the value), give
the reason for a change, and ask for their facts in roundabout, everyday words. Every change is
about the caller and leaves no doubt that the old value no longer holds; every tell states the
caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_CALLBACK: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Right, for your records, love, home is {v}, I've been there donkey's years.",
            "Oh, the address? Hang on, the telly's on. Yes, it's {v}, that's us.",
            "I'm at {v}, that's where all my post comes, if you need it.",
            "Me, I am living in {v}, the house with the green door.",
            "Yeah. {v}. That's home.",
        ],
        "change": [
            "Ooh, before I forget, we've upped sticks, the removal van came on Saturday, so "
            "we're at {v} now and the old place is sold.",
            "Sorry, I'm juggling the kids here, but can you change where I live, it's {v} from "
            "now on, we've handed the keys back on the old one.",
            "We have moved, the landlord sell the flat, so now my home is {v}, please to "
            "change it.",
            "Moved house. New address is {v}. The old one's gone.",
            "You'll laugh, forty years in the one house and at my age I've gone and moved, "
            "the stairs were too much for my knees, so it's {v} now, the bungalow.",
        ],
        "ask_now": [
            "Whereabouts am I living these days, going by your records?",
            "Can you read me back the address you've got for me at the moment?",
            "Where should my post be going to now, according to you?",
            "What's my home address at present, just so I know you've got it?",
        ],
        "ask_then": [
            "Where was it I lived before the move, can you remind me?",
            "What address did you have down for me previously?",
        ],
    },
    "phone": {
        "tell": [
            "If you need me, ring {v}, that's the mobile, I always have it on me.",
            "Got a pen? It's {v}.",
            "My number, it is {v}, this one is only for me.",
            "Oh, um, best to ring me on, let me just check I've got it right, yes, {v}.",
        ],
        "change": [
            "I've had to get a new SIM, the old one got nicked along with my handbag, so the "
            "number you want now is {v}.",
            "Scrap the old number, I haven't got that phone any more, it's {v} these days.",
            "My son set me up with one of these smart phones and it came with a new number, "
            "{v}, the old one's been cut off.",
            "New number. {v}. Old one's dead.",
            "I change my phone company and they give me other number, now it is {v}, the old "
            "is not working.",
        ],
        "ask_now": [
            "What number have you got down to ring me on?",
            "If you needed to get hold of me, what number would you dial?",
            "Remind me which mobile number you've got for me now?",
        ],
        "ask_then": [
            "What was the number I had before I changed it?",
            "Which number did you used to have for me?",
        ],
    },
    "email": {
        "tell": [
            "For emails, it's {v}, all lower case.",
            "You can email me on {v}, I check it most evenings after tea.",
            "My email, is {v}, please you write it down.",
            "Receipts? Oh, to {v}, that's the one I actually read.",
        ],
        "change": [
            "I've had to make a new email, the old one kept getting hacked, so it's {v} now, "
            "please don't use the other one.",
            "I've switched over to {v}, the old account's been shut down.",
            "The email has changed, now it is {v}, I don't open the old one any more.",
            "My grandson sorted me out a new email, let me read it off the bit of paper, it's "
            "{v}, and the old one's gone.",
        ],
        "ask_now": [
            "Which email are you sending things to for me now?",
            "What have you got as my email these days?",
            "When you email me, which address does it end up at?",
        ],
        "ask_then": [
            "Which email was I using before I switched?",
            "What was the email address I had previously?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v}, once a day, for the pressure.",
            "Every morning with my porridge I have {v}, the little white ones.",
            "The tablets, I take {v}, for the blood pressure, the doctor give me.",
            "Blood pressure's under control, touch wood, I take {v}.",
        ],
        "change": [
            "I went back to the surgery last week and they've upped it, so I'm taking {v} now "
            "instead.",
            "The nurse said my readings were all over the place, so it's {v} from here on, "
            "not what I was on.",
            "Doctor change my tablets, now I take {v}, the old amount is finished.",
            "They've adjusted my blood pressure medication, I'm on {v} now. Just so you know.",
            "Honestly, what a palaver, the pharmacist rang, and the long and short of it is "
            "I'm now on {v}, the old dose has stopped.",
        ],
        "ask_now": [
            "What strength is my blood pressure tablet these days?",
            "How many milligrams of the lisinopril am I meant to be having now?",
            "Remind me what I'm currently taking for my blood pressure?",
        ],
        "ask_then": [
            "What strength was I on before they changed it?",
            "What was my old lisinopril dose?",
        ],
    },
    "class": {
        "tell": [
            "I can't do {v}, that's pottery, I never miss it.",
            "Pottery's {v}, that's my bit of me time, away from the kids.",
            "I go to the pottery class on {v}, I make the bowls.",
            "Pottery. {v}. Keep it free, please.",
        ],
        "change": [
            "Oh, the pottery lot have shuffled the timetable, because the teacher's got "
            "another job, so it's {v} now.",
            "Pottery's moved, it's {v} now, so I'm free at the old time.",
            "The class for pottery, they change it, now it is {v}, not the old day.",
            "You'll have to cross off the old pottery slot, it's on {v} these days, new hall "
            "and everything.",
        ],
        "ask_now": [
            "Which day's my pottery these days?",
            "When do I go and make my pots now?",
            "Remind me when pottery is, I've completely lost track.",
        ],
        "ask_then": [
            "When was pottery before they moved it?",
            "What day did my pottery used to be on?",
        ],
    },
    "coffee": {
        "tell": [
            "Can't function without my {v}, two mugs before I've even got dressed.",
            "Oh, I'm a {v} fiend, strong and black, first thing.",
            "Every morning I drink {v}, always, with no milk.",
            "I'll have the usual, and yes, {v}, lots of it.",
        ],
        "change": [
            "Oh, knock the {v} off the order, I've packed it in, it was making my heart race.",
            "I've given up the {v}, cold turkey, three weeks now, so no more of that for me.",
            "No {v} for me now, the doctor say it's bad for my stomach, so I stop.",
            "Cut the {v}. I don't drink it any more.",
            "You'll never believe it, me, off the {v}, but it was keeping me up half the "
            "night, so that's that, finished.",
        ],
        "ask_now": [
            "Am I a coffee drinker, according to you?",
            "Should there be coffee on my order or not?",
            "What's the story with me and coffee at the moment?",
        ],
        "ask_then": [],
    },
    "meat": {
        "tell": [
            "Oh, I'm a proper carnivore, {v} every chance I get.",
            "Put me down for the steak, I love {v}, can't get enough of it.",
            "I eat {v} nearly every day, it is my favourite food.",
        ],
        "change": [
            "Ah, I should say, I've gone veggie, so no {v} at all these days.",
            "I don't touch {v} any more, I watched a documentary and that was it, I'm "
            "vegetarian now.",
            "Please, no {v} for me, I am vegetarian now, since few months.",
            "Vegetarian now. No {v}.",
        ],
        "ask_now": [
            "Is there anything I don't eat at the moment?",
            "Do I still have red meat, as far as your notes go?",
            "Any food I'm avoiding that the restaurant ought to know about?",
        ],
        "ask_then": [],
    },
    "favourite": {
        "tell": [
            "Oh, {v}, every time, that's my cuppa.",
            "For tea I'd say {v}, I drink it all day long.",
            "I like most the tea {v}, please put this one.",
            "If it's tea, make it {v}, that's my favourite by a mile.",
        ],
        "change": [
            "Funny, I used to swear by the other one but I've gone right off it, it's {v} I "
            "reach for now, best tea going.",
            "My favourite these days is {v}, the old one's too strong for me now.",
            "Now my favourite tea is {v}, my taste has changed.",
            "Swap the tea, {v} now, I'm over the other one.",
        ],
        "ask_now": [
            "Which tea am I mad about at the moment?",
            "What tea would I be most pleased to find in the basket?",
            "What's the tea I like best these days?",
        ],
        "ask_then": [
            "Which tea did I used to like best?",
            "What was my favourite tea before I changed my mind?",
        ],
    },
    "pet": {
        "tell": [
            "It's just me and the cat, {v}, she's getting on a bit but she's good company.",
            "Oh, chaos, the cat, {v}, has knocked the plant over again.",
            "We have one cat, her name is {v}, very lazy.",
            "Fine, fine, our cat {v}'s asleep on the radiator as usual.",
        ],
        "change": [
            "Not great, to be honest, we had to have {old} put to sleep a fortnight ago, the "
            "house feels empty without her.",
            "We've lost {old}, I'm afraid, she got out onto the road, so there's no cat any more.",
            "Our cat {old} died last month, she was very old, now we don't have cat.",
            "We found {old} a new home with my cousin, the baby's allergic, so no cat here now.",
        ],
        "ask_now": [
            "Have I got a cat, as far as you know?",
            "How's my cat getting on, have you got anything down?",
            "Is there a pet in my house, going by your records?",
        ],
        "ask_then": [],
    },
    "partner": {
        "tell": [
            "Me and my fella {v} are off to the coast for a few days.",
            "My other half, {v}, is doing a barbecue if the weather holds.",
            "My boyfriend, his name is {v}, we go to visit his mother.",
            "Oh, my husb... well, not husband, my partner, {v}, is dragging me to a car boot "
            "sale.",
        ],
        "change": [
            "Well, a lot's happened, {old} and I called it a day, and I'm with {v} now, early "
            "days but it's lovely.",
            "I'm seeing {v} now, me and {old} finished a while back, so if you've got him "
            "down, change it.",
            "Now I have new boyfriend, {v}, with the old one we are finished.",
            "New fella. {v}. The last one's history.",
            "My partner's {v} now, it's a long story, I won't bore you with it.",
        ],
        "ask_now": [
            "Who am I with these days, by your notes?",
            "What's my other half called?",
            "Who've you got down as my partner now?",
        ],
        "ask_then": [
            "Who was I seeing before?",
            "What was my ex's name?",
        ],
    },
    "job": {
        "tell": [
            "Work? Oh, same old, I'm still at {v}, nine to five.",
            "I'm at {v}, have been since I left school, practically.",
            "I am working for {v}, it's a good place.",
            "Mad busy, they've got us all doing overtime at {v}.",
        ],
        "change": [
            "Oh, I jacked the old job in, couldn't stand the commute, and now I'm at {v}, "
            "much happier.",
            "Busy, but in a good way, I've started at {v}, new job, second week.",
            "I change my job, now I work for {v}, from this month.",
            "Different place now. {v}. Left the old one.",
            "I got made redundant, would you believe, but it worked out, {v} took me on.",
        ],
        "ask_now": [
            "Who do I work for these days?",
            "Where am I employed at the moment, according to you?",
            "Where is it I go to work now?",
        ],
        "ask_then": [
            "Where was I working before the new job?",
            "Who did I used to work for?",
        ],
    },
    "car": {
        "tell": [
            "I've got {v}, you'll spot it, it's the one with the dent in the door.",
            "I'll be coming in {v}, so I'll need a space.",
            "My car is {v}, it's old but it works.",
            "Just {v}. That's mine.",
        ],
        "change": [
            "The old car finally failed its MOT, so we've got {v} now, I'm still getting "
            "used to it.",
            "I drive {v} these days, we part-exchanged the other one.",
            "I sold my old car, now I have {v}.",
            "New motor. It's {v}. The old one's gone.",
        ],
        "ask_now": [
            "What am I driving these days?",
            "Which car should you be looking out for when I turn up?",
            "What motor have you got down for me?",
        ],
        "ask_then": [
            "What was I driving before?",
            "What car did I have before the new one?",
        ],
    },
    "doctor": {
        "tell": [
            "Send them to my GP, {v}, at the surgery on the high street.",
            "I'm under {v}, she's lovely, she's been my GP for ages.",
            "My doctor is {v}, at the practice near my house.",
            "GP's {v}. That's who to send it to.",
        ],
        "change": [
            "Oh, send them to {v} now, I've changed surgeries, you could never get an "
            "appointment at the old one.",
            "I've been moved over to {v}, the other GP's left the practice.",
            "Now my family doctor is {v}, I change the practice because it was too far.",
            "New GP. {v}. Send it there.",
        ],
        "ask_now": [
            "Who's my doctor now?",
            "Which GP am I registered with at the moment?",
            "Which doctor am I under these days?",
        ],
        "ask_then": [
            "Who was my doctor before I switched?",
            "Which GP did I have previously?",
        ],
    },
    "dentist": {
        "tell": [
            "Just the dentist, on {v}, I'm dreading it.",
            "Let me look at the calendar on the fridge, dentist, {v}, that's it.",
            "I have the dentist appointment on {v}, in the morning.",
            "Dentist's on {v}. That's all.",
        ],
        "change": [
            "The dentist rang and moved me, the hygienist's off sick, so it's {v} now instead.",
            "They've rescheduled my dentist for {v}, so the original date's off.",
            "The dentist change my appointment, now it is on {v}.",
            "Dentist's been moved to {v}. Ignore the old date.",
        ],
        "ask_now": [
            "When am I due at the dentist?",
            "What date have I got for the dentist now?",
            "When's my next dental appointment?",
        ],
        "ask_then": [
            "When was the dentist supposed to be, before they moved it?",
            "What was the original date for my dentist?",
        ],
    },
    "contact": {
        "tell": [
            "Honestly, just {v} me, that's easiest with work.",
            "I'd sooner you {v} me, if that's all right.",
            "Please {v} me, this is best for me.",
            "Just {v} me. Ta.",
        ],
        "change": [
            "Could you {v} me from now on instead? The other way's not working for me any "
            "more, with the baby.",
            "Change of plan, I'd like you to {v} me these days, not the way we did before.",
            "Now please {v} me, I prefer this way now.",
            "Actually, could you {v} me going forward? Sorry, I know I said different before.",
        ],
        "ask_now": [
            "What's the best way to reach me, have you got it down?",
            "How do I want you to get in touch with me these days?",
            "Do I want a text, an email or a phone call from you?",
        ],
        "ask_then": [],
    },
    "nickname": {
        "tell": [
            "Oh, please, call me {v}, nobody uses my full name.",
            "Everyone's always called me {v}, so that's fine.",
            "My friends call me {v}, you can also.",
            "Oh, {v}'s fine.",
        ],
        "change": [
            "You can call me {v} now, I've decided I'm done with the old name, fresh start.",
            "Actually I'm going by {v} these days, my granddaughter started it and it stuck.",
            "Please now call me {v}, I like this name more now.",
            "It's {v} now, by the way. Not the old one.",
        ],
        "ask_now": [
            "What do I like to be called?",
            "What name should you use for me now?",
            "What do I go by these days?",
        ],
        "ask_then": [],
    },
}


def callback_kinds() -> list[Kind]:
    """The kinds with the twenty-third phrasing."""
    return heldout_kinds(_CALLBACK)
