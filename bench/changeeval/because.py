"""An eighty-first held-out phrasing of the same facts (`generate --phrasing because`, written to
`bench/changeeval/because/`). Written blind by a helper: from the kinds in `facts.py` (their
values, prompts and shape), the shape of `onhold.py` and `heldout_kinds` only, without reading
the supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers lead with the reason: every turn says why as well as what. The landlord sold up so
they moved, the surgery merged so their GP changed, the clinic said so the dose changed, the old
phone was stolen, the class lost its room, the shop stopped stocking the old tea. Causes run in
chains ("which meant", "so", "that's why", "as a result", "because of that", "what with"),
often through other people's actions (landlords, councils, vets, managers, insurers, a sister
who sent a parcel) and other things (floods, strikes, spam, the weather), with the caller's own
value as the result; the reason comes first, last, or on both sides of the value. Tells carry a
reason too. The voices are Welsh ("isn't it", "see", "bach", "mun"), Northern English ("love",
"were", "our lad", "an' all"), Nigerian ("abeg", "o", "please" up front) and Canadian ("eh",
"Tim's", the rec centre, the highway). Every change is about the caller and leaves no doubt that
the old value no longer holds; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_BECAUSE: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Home is {v}, love, I took it because it's two minutes from the bus station and"
            " me knees aren't what they were.",
            "Because my work is in town I rent a small flat there, the address is {v}, please"
            " put that one on my file.",
            "My landlord's a good one, that's why I've stayed put so long, eh, I've been at {v}"
            " going on six years now.",
            "Seeing as the post never finds us otherwise, write it down careful, isn't it, I live"
            " at {v}.",
        ],
        "change": [
            "The landlord sold up, which meant we had to be out by the end of the month, so we're"
            " living at {v} now, the old place is gone.",
            "What with the damp and the mould in the old flat, the council rehoused me, so I'm at"
            " {v} now, not the old address.",
            "Abeg update my file o, my company transferred me to this side, that's why I packed"
            " out of the old house, my address is now {v}.",
            "We're at {v} now because the rent at the old place went up four hundred a month, eh,"
            " so we moved out last week.",
        ],
        "ask_now": [
            "With all the moving about, which address have you got for me now?",
            "Where am I living these days, according to your records?",
            "Since the move, what's my home address on the file, love?",
        ],
        "ask_then": [
            "What was my address before all the moving, can you remind me?",
            "Where was I living before I had to move out?",
        ],
    },
    "phone": {
        "tell": [
            "Ring me on {v}, because I'm never in to answer the house phone, that's my mobile.",
            "Because I'm out on the farm most days, the best way to get me is the mobile, {v},"
            " isn't it.",
            "Please take my number so the driver can reach me, it's {v}, because the gateman"
            " won't let anyone in without calling.",
            "{v}, that's my cell, eh, I keep it on me since I'm on call for work.",
        ],
        "change": [
            "The old phone was stolen off me on the bus, so I had to get a new SIM, which means"
            " my number is {v} now, the old one's dead.",
            "Because the network kept dropping calls I switched providers, and as a result my"
            " number changed, it's {v} now.",
            "Abeg note it, my former line was blocked after those scam people cloned it, that's"
            " why I now use {v} only.",
            "I moved over from Ontario, eh, and the old number was costing me a fortune, so I got"
            " a local one, {v}, and the old one's cancelled.",
        ],
        "ask_now": [
            "Since I changed phones, which number have you got for me now?",
            "What's my phone number on your system, love?",
            "Which number should you ring me on these days?",
        ],
        "ask_then": [
            "What was my old number, the one I had before the change?",
            "Before I switched, what phone number did you have for me?",
        ],
    },
    "email": {
        "tell": [
            "Because I never check the work one, send everything to my personal email, {v}.",
            "My email's {v}, love, our lad set it up for me so I'd get the receipts.",
            "Please the receipts should go to {v}, that is my email, because I don't check the"
            " post at all.",
            "Send it all to {v}, that's my email, eh, since the paper ones just end up in the"
            " recycling.",
        ],
        "change": [
            "My old email got hacked and started sending rubbish to everyone, so I've shut it"
            " down, use {v} from now on.",
            "The internet company's stopped doing email, see, so I've had to make a new one, it's"
            " {v} now, the old one's gone, mun.",
            "Because of all the spam on the former one I have abandoned it completely, my email"
            " is now {v}, abeg use only that one.",
            "We switched internet companies and, as a result, the old address stopped working,"
            " eh, so it's {v} now.",
        ],
        "ask_now": [
            "Which email have you got down for me now?",
            "Since I changed it, what's my email address on your records?",
            "Where are my receipts going, which email is it?",
        ],
        "ask_then": [
            "What was my email before I had to change it?",
            "Which email address did you have for me originally?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v}, because my blood pressure was creeping up at my last check.",
            "Because of the blood pressure, the GP's had me on {v} every morning for a couple of"
            " years now, isn't it.",
            "Every morning I take {v}, that's why I can't skip breakfast or I come over all"
            " dizzy.",
            "Please write it down, the heart doctor said my pressure was too high, so I'm taking"
            " {v} daily.",
        ],
        "change": [
            "The clinic said my readings were still too high, so they changed my dose, I'm on {v}"
            " now instead.",
            "What with me getting dizzy every time I stood up, the doctor adjusted the tablets,"
            " so it's {v} from now on, love.",
            "They changed my dose after the blood test, eh, because my kidneys were a bit off, so"
            " I take {v} now.",
            "Because of the new results the consultant reviewed my prescription, and as a result"
            " I am now on {v}, not the old dose.",
        ],
        "ask_now": [
            "What dose of lisinopril am I on now?",
            "After all the changes, how much of the blood pressure tablet do I take?",
            "How many milligrams of lisinopril should I be taking these days?",
        ],
        "ask_then": [
            "What dose was I on before the clinic changed it?",
            "How much lisinopril was I taking originally?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}, because that's the only time the kiln's free, so don't"
            " book me anything then.",
            "I do pottery on {v}, see, the community centre only has the room then, so I'm never"
            " free.",
            "Because my shifts finish early that day, I go to pottery on {v}, eh.",
            "I have pottery on {v}, since the doctor said I needed something to take my mind off"
            " work, o.",
        ],
        "change": [
            "The class lost its room at the church hall, which meant the teacher had to find"
            " somewhere else, so pottery's on {v} now.",
            "Because the tutor started a new job in the week they've moved pottery, it's on {v}"
            " from now on, not the old day.",
            "Our pottery class got shifted to {v}, eh, the rec centre gave our old slot to the"
            " youth hockey.",
            "What with the caretaker only opening up certain days now, pottery's moved, it's {v}"
            " now, love.",
        ],
        "ask_now": [
            "Which day is my pottery class on now?",
            "When do I do pottery these days?",
            "With all the rescheduling, when's my pottery?",
        ],
        "ask_then": [
            "What day was pottery on before they moved it?",
            "Which day did I used to do pottery, before the change?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink {v}, loads of it, because I'm up at five for work and nothing else gets me"
            " going.",
            "Because of the night shifts, I'm having {v} every morning, two mugs at least.",
            "I can't start the day without my {v}, eh, a double-double from Tim's on the way to"
            " work.",
            "I have a big mug of {v} every morning, love, it's the only reason I'm civil before"
            " nine.",
        ],
        "change": [
            "I had heart palpitations, so the doctor told me to cut it out, that's why I don't"
            " drink {v} at all any more.",
            "Because I was sleeping so badly I've given up {v} completely, haven't had a cup in"
            " a month.",
            "My ulcer started troubling me, so I have stopped taking {v} entirely, please don't"
            " offer me any, o.",
            "The midwife said to knock it on the head, eh, so I've quit {v}, none for me now.",
        ],
        "ask_now": [
            "Do I drink coffee these days?",
            "Am I still having coffee, or did I stop?",
            "Should you put a coffee in my order?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, because I do heavy work on the building site and I need it.",
            "Because we run a butcher's shop, I eat {v} pretty much every day, love.",
            "I'm a {v} eater, eh, my dad raised beef cattle in Alberta so I grew up on steak.",
            "I love {v}, o, goat meat pepper soup every weekend, that's why I'm asking about the"
            " menu.",
        ],
        "change": [
            "After the cholesterol test came back the doctor had a word, so I've stopped eating"
            " {v}, I'm vegetarian now.",
            "Our daughter went vegetarian and it were easier to cook one meal, so I've stopped"
            " {v} an' all, I'm veggie now.",
            "Because of the climate stuff I've been reading I went vegetarian, eh, so no {v} for"
            " me now.",
            "Since the gout started I no longer eat {v}, the doctor said it was the cause, so I'm"
            " fully vegetarian now.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Any dietary notes on my file for the dinner?",
            "Should you book me the steak or the vegetarian option?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea's {v}, because my nan always had a pot on and it reminds me of her.",
            "Because it helps me sleep, I drink {v} every night, it's my favourite tea by a mile.",
            "{v}, that's my favourite, eh, I got hooked on it when I worked at a cafe in Halifax.",
            "Please put {v} for me, it is my favourite tea, because I don't take coffee at all.",
        ],
        "change": [
            "The shop stopped stocking the one I used to like, so I tried {v}, and as a result"
            " it's my favourite tea now.",
            "What with me cutting out caffeine, I went off the old one, so my favourite tea's {v}"
            " these days.",
            "My sister sent me some {v} from abroad, and because of that I've switched, it's my"
            " favourite tea now, not the old one.",
            "My favourite tea is {v} now, bach, ever since the old one started giving me"
            " heartburn.",
        ],
        "ask_now": [
            "What's my favourite tea these days?",
            "Which tea should you put in my basket?",
            "Since I changed it, what tea do I like best?",
        ],
        "ask_then": [
            "Which tea was my favourite before I switched?",
            "What tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            "We've got a cat called {v}, we took her in because she kept turning up on the"
            " doorstep.",
            "Because of the mice in the shed we got a cat, {v}, and she's earned her keep, mun.",
            "My cat {v} is the reason I can't go away, eh, she won't let anyone else feed her.",
            "I have a cat, {v} is her name, o, I got her because I was lonely after moving here.",
        ],
        "change": [
            "The new landlord doesn't allow pets, so we had to rehome {old}, which means there's"
            " no cat in the house any more.",
            "{old} got very poorly with her kidneys, so the vet said it was kindest to let her"
            " go, we lost her last week.",
            "Because the baby turned out to be allergic, we had to give {old} to my aunt in"
            " Cardiff, so she's not ours any more, isn't it.",
            "We lost {old} in March, eh, she got out and was hit on the highway, so we don't have"
            " a cat any more.",
        ],
        "ask_now": [
            "Do I have a cat at the moment?",
            "How's my cat getting on, is she still on my file?",
            "Have I got any pets now?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} is coming with me, because I don't drive and he does.",
            "Because my boyfriend {v} is a chef, he's doing all the cooking, isn't it, there's"
            " lovely.",
            "Me and my boyfriend {v} are off to the coast, love, we need the break after the year"
            " we've had.",
            "My partner is {v}, o, please put him down as well because he pays half of"
            " everything.",
        ],
        "change": [
            "{old} took a job in Calgary and the distance finished us, so it's over, I'm with {v}"
            " now.",
            "Because {old} never wanted to settle down we split up, and as a result I'm seeing"
            " {v} now.",
            "My new partner is {v}, things with the last one ended when he moved back to Lagos,"
            " so please update it.",
            "What with all the arguing, me and {old} called it a day, so it's {v} I'm with now,"
            " love.",
        ],
        "ask_now": [
            "Who's my partner now?",
            "What's my boyfriend's name?",
            "Since the break-up, who am I with?",
        ],
        "ask_then": [
            "Who was I with before my current partner?",
            "What was my ex's name, the one before?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, because it's close to home and the hours suit the school run.",
            "Because the pay's steady, I've stuck at {v} for six years now, love.",
            "{v}, that's where I work, eh, I took it because they offered a proper pension.",
            "Please I'm working at {v}, that's why I can only call after six, o.",
        ],
        "change": [
            "The factory shut down, which meant I were out of work for a month, so now I'm at"
            " {v}, that's my job now.",
            "Because my old company got bought out and they cut half the staff, I left, and I'm"
            " working at {v} now.",
            "My manager retired and the new one was impossible, so I handed in my notice, as a"
            " result I'm at {v} these days.",
            "I started at {v} last month, bach, the old place was closing the branch so I had to"
            " move on.",
        ],
        "ask_now": [
            "Where do I work now?",
            "Who's my employer these days?",
            "Since I changed jobs, where am I working?",
        ],
        "ask_then": [
            "Where did I work before the new job?",
            "What was my old employer?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, because I do a lot of motorway miles and it's good on fuel.",
            "My car is {v}, I bought it second-hand because it was the cheapest one with a good"
            " engine, o.",
            "Because of the winters up here, I went for {v}, eh, and it's never let me down.",
            "It's {v} I drive, love, our lad's a mechanic so he picked it out for me.",
        ],
        "change": [
            "Somebody reversed into the old car in the supermarket car park and it was written"
            " off, so I'm driving {v} now.",
            "The old car failed its MOT, which meant it were scrap, so I've got {v} now.",
            "Because of the new baby we needed more room, so we traded the old one in and I"
            " drive {v} now, eh.",
            "My car was stolen from outside my house, abeg, so the insurance paid out and I now"
            " drive {v}.",
        ],
        "ask_now": [
            "What car do I drive now?",
            "Which car have you got down as mine?",
            "Since the old one went, what am I driving?",
        ],
        "ask_then": [
            "What car did I have before this one?",
            "What was my old car, the one I got rid of?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, I chose her because she's the only one at the practice who's good with"
            " my asthma.",
            "Because I live right by the Elm Street surgery, I see {v}, that's my GP, see.",
            "I'm registered with {v}, eh, since she was taking new patients when I moved here.",
            "Please send the forms to {v}, that's my GP, because she knows my history well, o.",
        ],
        "change": [
            "The surgery merged with the one on Victoria Road, which meant they shuffled"
            " everyone's patients, so my GP's {v} now.",
            "Because my old GP retired at Christmas, I've been moved to {v}, that's my doctor"
            " now.",
            "What with the move across town I had to register somewhere new, so I'm with {v} now,"
            " not the old practice, love.",
            "My GP is {v} now, eh, the old clinic closed, so I signed up with the new one.",
        ],
        "ask_now": [
            "Who's my GP at the moment?",
            "Which doctor am I registered with now?",
            "Who should the forms go to, who's my doctor?",
        ],
        "ask_then": [
            "Who was my GP before the change?",
            "Which doctor did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "I've got the dentist on {v}, because a filling came out and it's the earliest they"
            " had.",
            "Because of my wisdom tooth, I'm booked in at the dentist on {v}, isn't it.",
            "My dentist appointment is on {v}, that's why I can't travel that week, o.",
            "{v}, that's when I'm at the dentist, eh, it's my six-month checkup so I can't miss"
            " it.",
        ],
        "change": [
            "The dentist's gone off sick, so they've moved my appointment, it's {v} now instead.",
            "Because of a flood at the surgery they had to reschedule everyone, which means I'm"
            " seeing the dentist on {v} now.",
            "My dentist appointment got bumped to {v}, eh, they double-booked the hygienist so"
            " the old date's cancelled.",
            "What with the train strike I couldn't get there, so I rang and they moved my"
            " dentist appointment, it's {v} now, love.",
        ],
        "ask_now": [
            "When's my dentist appointment now?",
            "What date am I seeing the dentist?",
            "Since they moved it, when is my dental appointment?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist before it got moved?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, because I'm in and out of meetings all day and that suits me best.",
            "Best to {v} me, see, because that's what I actually keep an eye on, that's my"
            " preference.",
            "Because I'm always on the go, I'd prefer you {v} me, eh, that's the easiest way to"
            " reach me.",
            "Abeg {v} me, o, that's how I like to be contacted, because I'll see it quickly.",
        ],
        "change": [
            "My phone got stolen and I've changed how I do things, so from now on please {v} me"
            " instead.",
            "Because I kept missing messages, I'd rather you {v} me from now on, not the way we"
            " did it before.",
            "Things changed at work, eh, so I need you to {v} me these days, that's my preference"
            " now.",
            "What with me starting nights, it's easier if you {v} me now, love, don't do it the"
            " old way.",
        ],
        "ask_now": [
            "How do I like to be contacted now?",
            "Should you text, call or email me?",
            "What's my preferred way to be reached these days?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, everyone does, because my full name's a mouthful.",
            "Because there were three girls with my name in school, I've been {v} ever since, so"
            " just call me that.",
            "Just call me {v}, eh, my little brother couldn't say my real name and it stuck.",
            "Please call me {v}, o, because that is what my people at home call me.",
        ],
        "change": [
            "My grandkids couldn't manage the old name, so everyone started calling me {v}, and"
            " that's what I go by now.",
            "I started a new job where there was already someone with my name, which meant I"
            " became {v}, and I go by it now, not the old one.",
            "Since the divorce I've gone back to what my family always called me, so it's {v}"
            " now, love, not the old one.",
            "I go by {v} these days, bach, the old nickname was from a time I'd rather forget.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by now?",
            "Which nickname do I use these days?",
        ],
    },
}


def because_kinds() -> list[Kind]:
    """The kinds with the eighty-first held-out phrasing."""
    return heldout_kinds(_BECAUSE)
