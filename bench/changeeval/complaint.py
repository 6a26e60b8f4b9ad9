"""A seventy-fifth held-out phrasing of the same facts (`generate --phrasing complaint`, written
to `bench/changeeval/complaint/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `onhold.py` and `heldout_kinds` only, without reading the supersession rules, the other
phrasings or the tests, and without running anything on these words first.
The callers are fed up: they ring a broadband provider, a bank, a parcel firm, a GP surgery, a
gym, an energy supplier and a dental practice to complain that the records are wrong or that
they have had to repeat themselves, and they are British, American, Australian and Irish. The
phrasing uses sarcasm ("oh brilliant, you've STILL got ..."), exasperation ("for the third
time", "I've told you people"), threats to take their business elsewhere, a word in capitals
for emphasis now and then, rhetorical questions, blame on the company for the old value,
accusations ("Why are you still sending things to ...?") followed by the value, grudging
thanks at the end, and impatient questions back ("Go on then, what number have you got for me
NOW?"). Every change is about the caller and leaves no doubt that the old value no longer
holds; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

COMPLAINT_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "For the third time today, I live at {v}, can you please just write it down?",
            "{v}. That's my address. It's been my address for eleven years, so I don't know"
            " why your engineer went knocking somewhere else.",
            "Your driver left a card saying nobody was in, well I WAS in, mate, at {v}, which"
            " is where I live.",
            "I've told you people over and over, my home address is {v}, is that really so"
            " hard to get right?",
        ],
        "change": [
            "Why are you still sending my bills to {old}? I moved out in June, I live at {v} now.",
            "Oh brilliant, you've STILL got the old house on file, I don't live there any more,"
            " it's {v} now, and I've told you twice.",
            "Right, listen, I moved a month ago and your lot keep delivering to the old place,"
            " my address is {v} now, so change it or I'm switching providers.",
            "{v}, that's where I live now, not {old}, I left there at Easter, and if one more"
            " parcel goes to the wrong house I'm done with you.",
        ],
        "ask_now": [
            "Go on then, what address have you got for me NOW?",
            "Just so I know you've actually fixed it, which address is on my account?",
            "Where exactly do you think I live, according to your system?",
        ],
        "ask_then": [
            "And what was the old address you had for me, before I moved?",
            "Which address was I at before this move, the one you kept sending stuff to?",
        ],
    },
    "phone": {
        "tell": [
            "My number is {v}, I've given it to you three times now, so why did nobody ring"
            " me back?",
            "It's {v}. The mobile. The one I'm literally calling you from.",
            "Your engineer says he couldn't reach me, well my number is {v} and the phone was"
            " on all day, so I'm not having that.",
            "Write it down properly this time, would you, you can get me on {v}, that's my"
            " mobile and it's the only number I have.",
        ],
        "change": [
            "You keep texting a number I got rid of in March, my number's {v} now, use that"
            " one, you guys.",
            "Why on earth are you still ringing {old}? I changed numbers ages ago, it's {v}.",
            "New phone, new number, {v}, and I put it in your app twice already, so what is"
            " the app even FOR?",
            "I'm not answering {old} any more, that line's been disconnected, so it's {v} now,"
            " got it? Thanks, I suppose.",
        ],
        "ask_now": [
            "Go on then, what number have you got for me NOW?",
            "Which phone number is actually on my account at the moment?",
            "What number are you lot going to ring me on, just so I know it's the right one?",
        ],
        "ask_then": [
            "What was the old number you had for me before I changed it?",
            "Which number did I have before, the one you kept calling?",
        ],
    },
    "email": {
        "tell": [
            "My email address is {v}, and no, I never got your so-called confirmation email.",
            "{v}, that's my email, it's not complicated, so why are my statements not arriving?",
            "I've spelled it out to three different people, it's {v}, all lower case, that's"
            " my email.",
            "Send the receipts to my email, which is {v}, and please don't lose it this time,"
            " would ye?",
        ],
        "change": [
            "I stopped using {old} last year, it's {v} now, how many times do I have to tell you?",
            "Oh great, the bills are STILL going to my old email, I closed that account, use {v}.",
            "My email's changed to {v}, the old one's been shut down, so everything you've sent"
            " since is gone, cheers for that.",
            "Look, it's {v} from now on, I don't even have the password for {old} any more, so"
            " sending stuff there is pointless.",
        ],
        "ask_now": [
            "Which email address have you actually got for me?",
            "Where are you sending my bills these days, email-wise?",
            "Right, what email is on file now, go on?",
        ],
        "ask_then": [
            "What was the old email address you had before I changed it?",
            "Which email was I using before this one?",
        ],
    },
    "dose": {
        "tell": [
            "The prescription's wrong AGAIN, I take {v}, every morning, it says so on my notes.",
            "I'm on {v}, I have been for two years, so why has the pharmacy sent me something"
            " else?",
            "For the third time, my blood pressure tablet is {v}, once a day, can someone"
            " please check the repeat?",
            "Honestly, it's {v}, that's my dose, and I shouldn't have to ring up every month"
            " to say so.",
        ],
        "change": [
            "The GP put me on {v} a fortnight ago and you've STILL sent the old dose, I don't"
            " take that any more.",
            "Why is my repeat still for {old}? The doctor changed it, I'm on {v} now.",
            "My dose went up, it's {v} now, it's in the letter the hospital sent you, so did"
            " anybody even read it?",
            "Oh fantastic, another box of the old tablets, I was switched to {v} last month,"
            " the old dose is finished, stopped, done.",
        ],
        "ask_now": [
            "What dose of lisinopril have you actually got me down for?",
            "Go on, what am I supposed to be taking for my blood pressure, according to you lot?",
            "How much lisinopril am I on, on your system, right now?",
        ],
        "ask_then": [
            "What dose was I on before the doctor changed it?",
            "What was my old lisinopril dose, the one before this one?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}, so stop booking my gym induction then, I've said it"
            " twice.",
            "I do pottery at your leisure centre on {v}, I've paid for the whole term, and the"
            " app says I'm not enrolled, how?",
            "{v}, that's when my pottery class is, not whenever your website reckons.",
            "I'm not free on {v}, I've got pottery then every single week, I've told your"
            " front desk that already.",
        ],
        "change": [
            "You lot moved pottery to {v} without so much as an email, so that's my class day"
            " now, thanks for nothing.",
            "Pottery's on {v} now, not {old}, and your reminder texts are still saying the old"
            " day.",
            "Why does the timetable still say {old}? My pottery class switched to {v} weeks ago.",
            "They changed the schedule AGAIN, my pottery class is on {v} from now on, so update"
            " the booking before I cancel my membership.",
        ],
        "ask_now": [
            "Which day is my pottery class, according to your timetable?",
            "So when am I actually doing pottery now, go on?",
            "What day have you got my pottery class down for?",
        ],
        "ask_then": [
            "Which day was pottery before you lot moved it?",
            "When was my pottery class originally, before the change?",
        ],
    },
    "coffee": {
        "tell": [
            "I drink {v}, loads of it, so when my pods don't turn up I'm not a happy man.",
            "I have {v} every morning, black, and your delivery's been late three weeks running.",
            "Three cups of {v} before nine, every day, so yes, I notice when my order goes"
            " missing.",
            "{v}, that's what I drink, every morning, and the café at your gym has run out"
            " AGAIN, mate.",
        ],
        "change": [
            "Stop sending me the {v} pods, I've given it up, I don't drink it any more, I told"
            " you last month.",
            "Why am I still getting {v} in my breakfast box? I quit it in January, doctor's"
            " orders.",
            "I don't drink {v} any more, full stop, so cancel that subscription before you"
            " charge me again.",
            "Oh lovely, another bag of {v}, which I gave up months ago, I haven't touched the"
            " stuff since spring.",
        ],
        "ask_now": [
            "Do I drink coffee or not, according to your records?",
            "What have you got down for my coffee, go on?",
            "Have you got me down as a coffee drinker or not?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v}, I asked for the steak, so why did your box come with tofu?",
            "I'm a {v} eater, always have been, so take me off that veggie plan you've stuck"
            " me on.",
            "For goodness sake, put me down for the beef, I eat {v}, nearly every day.",
            "{v}? Yes, I eat it, lots of it, steak on Fridays, it's not complicated, is it?",
        ],
        "change": [
            "I've gone vegetarian, so why are you still sending me {v}? I stopped eating it"
            " months ago.",
            "No {v}, I said, I'm vegetarian now, I've told you people three times.",
            "Take the {v} off my meal plan, I don't eat it any more, I'm veggie, have been"
            " since March.",
            "I stopped eating {v} last year, so the steak box can go straight back to your"
            " depot, ta.",
        ],
        "ask_now": [
            "Do I eat red meat, according to your file?",
            "Have you got any dietary notes for me, or did those get lost as well?",
            "What have you got me down for, meat or vegetarian?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, I put it on the form, so why is there builder's tea in"
            " the hamper?",
            "{v}, that's my favourite tea, I told the last girl and the one before her.",
            "If you're sending another welcome basket, I drink {v}, it's my favourite, don't"
            " get it wrong again.",
            "Honestly, how hard is it, my favourite tea is {v}, write it down, thanks, I suppose.",
        ],
        "change": [
            "My favourite tea's {v} now, I went off {old} ages ago, so stop putting {old} in"
            " the basket.",
            "Why's there still {old} in my hamper? I told you, my favourite is {v} these days.",
            "It's {v} now, I've completely gone off the old one, so update it before you send"
            " another box of stuff I don't drink.",
            "I used to love {old}, yes, but my favourite tea is {v} now, and you've been told"
            " that.",
        ],
        "ask_now": [
            "Which tea have you got down as my favourite?",
            "Go on, what's my favourite tea on your system this week?",
            "What tea are you putting in my basket, then?",
        ],
        "ask_then": [
            "What was my favourite tea before I switched?",
            "Which tea did I used to have down as my favourite?",
        ],
    },
    "pet": {
        "tell": [
            "I've got a cat called {v}, she's on the policy, so why does your letter say I've"
            " no pets?",
            "My cat's name is {v}, it's on the insurance, and your claims team keep getting it"
            " wrong.",
            "{v}, my cat, she's the reason I'm ringing, her vet bill still hasn't been paid.",
            "For the last time, I have a cat and she's called {v}, she lives with me, just put"
            " it on the form.",
        ],
        "change": [
            "Can you please stop sending reminders for {old}? She died in March, I've told you"
            " twice.",
            "{old} passed away last month, so cancel her insurance, and no, I don't want a"
            " voucher.",
            "Why is {old} still on my policy? I had to rehome her in the spring, I don't have"
            " a cat any more.",
            "Oh great, another jab reminder for {old}, who's been gone since Christmas, she was"
            " put to sleep, so take her off.",
        ],
        "ask_now": [
            "Have I got a cat, according to you?",
            "What's my cat called on your system?",
            "Which pet have you got on my account at the moment?",
        ],
    },
    "partner": {
        "tell": [
            "I've been on hold forty minutes, my partner's {v}, he's on the joint account, so"
            " why won't you guys talk to him?",
            "{v} is my boyfriend, we've been together six years, put his name down properly"
            " this time.",
            "I've told you people, my partner is {v}, he's allowed to ring about the broadband.",
            "My boyfriend {v} rang last week and got cut off, he's my partner, he's on the"
            " account, sort it out.",
        ],
        "change": [
            "{old} and I broke up months ago, so why is he still on my account? My partner's"
            " {v} now.",
            "I'm with {v} now, {old} is very much my EX, please get him off my file.",
            "Oh brilliant, you've still got my ex down, my partner is {v} these days, the old"
            " one and I split up in the spring.",
            "My new partner's {v}, and I'd appreciate it if you stopped asking for {old}, we"
            " split up last year.",
        ],
        "ask_now": [
            "Who have you got down as my partner?",
            "What's my partner's name on the account, go on?",
            "Who's listed as my other half on your system now?",
        ],
        "ask_then": [
            "Who was my partner before, the one you had on the account first?",
            "Who was I with before my current partner?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, it says so on every payslip I've sent you.",
            "{v}, that's my employer, I put it on the form twice, so why does the mortgage"
            " team want it again?",
            "For the third time, I've been at {v} eight years, that's where I work, sure it's"
            " on the form.",
            "My employer is {v}, so can we please stop going round in circles here?",
        ],
        "change": [
            "I left {old} in May, I work at {v} now, it's on the new payslips I uploaded.",
            "Why have you still got my old employer down? I'm at {v} these days, I left the"
            " other place months ago.",
            "I started a new job at {v} in April, I rang to tell you at the time, and nobody"
            " updated it, did they?",
            "It's {v} now, not {old}, I changed jobs, is that so hard to grasp? I can take my"
            " mortgage elsewhere, you know.",
        ],
        "ask_now": [
            "Where have you got me working, then?",
            "Who's my employer on your file right now?",
            "Go on, what do your records say about where I work?",
        ],
        "ask_then": [
            "Where did I work before I changed jobs?",
            "What was my old employer, before the new job?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, it's registered on my gym membership, so why did I get a parking fine?",
            "My car's {v}, I've told the car park people three times, there's a permit in the"
            " window.",
            "{v}, that's my car, I've had it four years, so why does your letter say I drive"
            " something else?",
            "I've got {v}, yes, that's my car, can you please just put it on the policy?",
        ],
        "change": [
            "Why's the permit still for {old}? I sold that, my car is {v} now.",
            "I got rid of the old car in March, I drive {v} now, and your car park cameras"
            " still don't recognise it.",
            "I traded in {old} ages ago, it's {v} now, I sent you the logbook, so what happened"
            " to it?",
            "New car, mate, {v}, I've had it since the summer, the old one's gone, so stop fining"
            " me, righto?",
        ],
        "ask_now": [
            "What car have you got me down for?",
            "Which car is on my permit, go on?",
            "What are your records saying I drive these days?",
        ],
        "ask_then": [
            "What car did I have before this one?",
            "What was the car I had before, the one I sold?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, so why was I booked in with a locum again?",
            "I'm registered with {v}, I have been for years, it's on my notes.",
            "{v}, that's my doctor, I asked for {v} and your receptionist said there's no"
            " record, how?",
            "I see {v}, she's my GP, and I'd like to actually speak to her this time, please.",
        ],
        "change": [
            "Why am I still down for {old}? I switched practices last year, my GP is {v} now.",
            "My GP's {v} now, the old one retired, so stop booking me with someone who isn't"
            " even there.",
            "I'm with {v} these days, I moved surgeries, and your letters are still going to"
            " the old practice.",
            "It's {v} now, not {old}, I changed doctor months ago, do you lot even talk to"
            " each other?",
        ],
        "ask_now": [
            "Who's my GP on your system?",
            "Which doctor am I registered with now, go on?",
            "Who have you got me down as seeing?",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "Which doctor did I have before the change?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, and I'd like a text reminder that actually"
            " arrives this time.",
            "{v}, that's when I've got the dentist, it's on the card you gave me, so your app's"
            " wrong.",
            "I've got the dentist on {v}, I booked it in person, so don't tell me there's"
            " nothing on the system.",
            "I've told reception twice, my next dental check-up is on {v}, so thanks for finally"
            " asking.",
        ],
        "change": [
            "You moved my dentist appointment to {v} without asking me, so fine, {v} it is,"
            " the old one's cancelled.",
            "Why have I had a reminder for {old}? My dentist appointment was rescheduled to {v}.",
            "The dentist's been moved to {v} now, and that's the THIRD time you lot have"
            " shifted it.",
            "It's {v} now, not {old}, the practice rang and changed my appointment, so get"
            " your reminders right.",
        ],
        "ask_now": [
            "When's my dentist appointment, then, this week's version?",
            "What date have you got for my dentist appointment?",
            "Go on, when am I actually seeing the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally, before you moved it?",
            "What date did I have for the dentist before it was rescheduled?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me, I've ticked that box on every form you've ever sent.",
            "I've said it before, it's best to {v} me, nothing else.",
            "How many times, I'd rather you {v} me, that's how I want to be contacted.",
            "If you need me, {v} me, that's my preference, and it has been for years.",
        ],
        "change": [
            "From now on, {v} me instead, I've had enough of the other way, and I've said so"
            " before.",
            "Stop contacting me the old way, please, I'd rather you {v} me now.",
            "I changed my preference in the app weeks ago, you're to {v} me from now on, so"
            " why hasn't anyone?",
            "Honestly, it's simple, just {v} me these days, the old way doesn't work for me"
            " any more.",
        ],
        "ask_now": [
            "How have you got me down to be contacted?",
            "What's my contact preference on file, go on?",
            "Should you be texting me, calling me or emailing me, according to your notes?",
        ],
    },
    "nickname": {
        "tell": [
            "It's {v}, everybody calls me {v}, so stop with the full name on the letters.",
            "Please call me {v}, I've said it to every person I've spoken to today.",
            "I go by {v}, always have, it's meant to be on my account as my preferred name.",
            "Just call me {v}, for goodness sake, nobody calls me by my full name.",
        ],
        "change": [
            "I go by {v} now, not {old}, so please update it before the next letter.",
            "I've stopped using my old nickname, it's {v} these days, I told the gym reception"
            " last week.",
            "Oh brilliant, you've STILL got {old} on my membership card, it's {v} now, I"
            " changed it.",
            "Call me {v} from now on, I've dropped the old name and I'd like it gone from your"
            " system.",
        ],
        "ask_now": [
            "What name have you got me down as?",
            "What should you be calling me, according to your records?",
            "Which name do I go by on your system now?",
        ],
    },
}


def complaint_kinds() -> list[Kind]:
    """The kinds with the seventy-fifth held-out phrasing."""
    return heldout_kinds(COMPLAINT_UPPER)
