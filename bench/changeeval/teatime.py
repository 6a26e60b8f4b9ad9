"""A twenty-second held-out phrasing of the same facts (`generate --phrasing teatime`, written
to `bench/changeeval/teatime/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `onhold.py`, `heldout_kinds` and `phrasings.py` only, without reading the supersession
rules, the other phrasings or the tests, and without running anything on these words first.
The callers phone a voice assistant late in the afternoon: a hairdresser's booking line, a
public library, a GP surgery's reception, a car garage, a letting agency and a charity shop's
collection service. The wording runs as wide as real callers do: callers on speakerphone with
children in the background who break off mid-sentence, elderly callers who say the value twice,
the value given in pieces across a sentence ("the number, it's ..., that's the mobile"),
changes told as news ("big changes here: ..."), as a complaint about the records ("you've
still got me down as ..."), as an apology ("sorry, I should have said, ..."), as something
someone else did ("the surgery moved me over to ..."), hedged changes that settle ("I think
it's ... now, yes, definitely ..."), and Irish, Indian, Scottish, Brummie, Ghanaian and
Filipino English turns of phrase. Every change is about the caller and leaves no doubt that the
old value no longer holds; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_TEATIME: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Hiya, just so you've got it on the booking, I'm at {v}.",
            "My address is {v}... {v}, I'll say it twice, love, this line's terrible.",
            "Home is... Ruby, off the table, now... sorry, home is {v}.",
            "The address, right, it's {v}, that's the house, yeah, where I live.",
            "Kindly note my residential address, it is {v} only.",
            "Aye, I stay at {v}, so send the lad round there for the bags.",
        ],
        "change": [
            "Big changes here: we've moved house, and it's {v} from now on.",
            "You've still got me down as {old}, but I haven't lived there since the spring, "
            "it's {v} now.",
            "Sorry, I should have said when I booked, I've moved, I'm at {v} now, not the old "
            "place.",
            "The council rehoused us, we're at {v} now, the old place is handed back.",
            "I think it's... {v} now, yes, definitely {v}, we moved in on Saturday, the old "
            "address is finished.",
            "I'm after moving house, so I am, it's {v} now, the old place is let to someone else.",
        ],
        "ask_now": [
            "Can you read me back the address you've got for me?",
            "Where would you be sending my post, what's on the file?",
            "What address am I at, according to you lot?",
        ],
        "ask_then": [
            "Remind me, where was I living before the move?",
            "What was the address you had me at before I changed it?",
        ],
    },
    "phone": {
        "tell": [
            "The number, it's {v}, that's the mobile, that's mine.",
            "My number is {v}. I'll say it again for you: {v}.",
            "Ring me on... Leo, give your sister the remote... sorry, ring me on {v}.",
            "You can get me on {v}, bab, that's my mobile.",
            "Please note my mobile number, it is {v}.",
            "Best to reach me on {v} po, that's my cellphone.",
        ],
        "change": [
            "You've still got me on {old}, that's dead now, my number is {v}.",
            "Sorry, I should have said at the start, I've changed my number, it's {v} now, the "
            "old one's cancelled.",
            "My daughter set me up with a new phone and a new number, it's {v}, the old one "
            "doesn't work any more.",
            "I have a new number already, {v}, the old sim I threw it away.",
            "I think it's {v} now, hang on... yes, definitely {v}, the old number's been cut off.",
            "Please, my number has changed, I beg you take the new one, it's {v}, the old one "
            "is no more.",
        ],
        "ask_now": [
            "What number have you got for me on the system?",
            "If you needed to ring me back, what number would you use?",
            "Can you read me out my mobile number?",
        ],
        "ask_then": [
            "What was the number I had before I changed it?",
            "Which number did you have for me before the new one?",
        ],
    },
    "email": {
        "tell": [
            "The email, it's {v}, that's the one I check.",
            "My email address is {v}... {v}, I'll repeat it because it's a long one.",
            "Email's... Amelia, I'm on the phone... sorry, email's {v}.",
            "My email ID is {v}, kindly send the reminders there.",
            "Send the library notices to my email, {v}, that's mine.",
            "My email is {v}, ken, that's the one I use.",
        ],
        "change": [
            "You've still got me down as {old}, I closed that account, it's {v} now.",
            "Sorry, I should have mentioned, I've a new email, it's {v}, the old one's gone, "
            "so it is.",
            "My grandson changed my email for me, it's {v} now, I can't get into the old one "
            "at all.",
            "Big changes here: new email, {v}, and the old one's deleted.",
            "I think the email's {v} now, yes, definitely, that's the only one I use, the old "
            "one's shut.",
            "Please update it, my email has changed to {v}, I am no more using the old one.",
        ],
        "ask_now": [
            "What email have you got on my record?",
            "Where are you sending my emails to at the moment?",
            "Which email address am I down under?",
        ],
        "ask_then": [
            "What was the email I had before the new one?",
            "Which email address was I using before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "For the repeat prescription, I'm on {v}, one every morning.",
            "I take {v}. {v}, yes, I've got the box right here.",
            "I'm on {v} for the blood pressure... Noah, put the lid back on that... sorry, "
            "every morning, that is.",
            "The tablets, the blood pressure ones, it's {v}, that's the daily one.",
            "Doctor has me on {v} daily, I am taking it regularly only.",
            "I'm taking {v} for my high blood po, every morning.",
        ],
        "change": [
            "The surgery changed my tablets, I'm on {v} now, they stopped the old dose.",
            "You've still got me down as {old}, but the doctor put it to {v} a fortnight ago.",
            "Sorry, I should have said, my dose changed, it's {v} now, not what I was on before.",
            "I think it's {v} now, yes, definitely {v}, the pharmacist confirmed the new dose "
            "yesterday.",
            "Big changes here: the blood pressure was all over the place, so I'm on {v} from "
            "now on.",
            "Aye, the doctor's changed my blood pressure pills, it's {v} now, the old dose is "
            "stopped.",
        ],
        "ask_now": [
            "What dose of the blood pressure tablet am I on now?",
            "How many milligrams of lisinopril have you got me taking?",
            "What does my file say for the lisinopril dose?",
        ],
        "ask_then": [
            "What dose of lisinopril was I on before they changed it?",
            "Before the doctor altered my tablets, what was the dose?",
        ],
    },
    "class": {
        "tell": [
            "I've pottery on {v}, so don't book me in then.",
            "Pottery's on {v}. {v}, love, every week.",
            "My pottery class is... Freya, not in your mouth... sorry, it's on {v}.",
            "I can't do {v}, that's my pottery class.",
            "My pottery class is on {v} po, so I'm not free that time.",
            "I do pottery on {v}, bab, so I'm never in then.",
        ],
        "change": [
            "Big changes here: pottery's moved to {v}, so I'm free the old day now.",
            "You've still got me down for pottery on {old}, it's {v} now, they changed it.",
            "Sorry, I should have said, my pottery class has moved, it's on {v} now.",
            "The college moved my pottery class to {v}, the old slot's gone.",
            "I think pottery's on {v} now, yes, definitely {v}, from this week on.",
            "Pottery is on {v} now itself, the teacher changed it, no more the old day.",
        ],
        "ask_now": [
            "Which day have I got pottery?",
            "When's my pottery on these days?",
            "Remind me when my pottery class is.",
        ],
        "ask_then": [
            "Which day was pottery on before they changed it?",
            "When did I used to have pottery, before it moved?",
        ],
    },
    "coffee": {
        "tell": [
            "I'm a {v} drinker, two cups before I'm even human.",
            "I drink {v}, {v} every morning, black, no sugar.",
            "I need my {v}... Archie, leave the dog alone... sorry, yes, {v} every morning, "
            "black.",
            "I have {v} every day, strong, that's my morning sorted.",
            "I'm a big {v} person, so I am, first thing every morning.",
            "Morning time, I take my {v}, I cannot start the day without it.",
        ],
        "change": [
            "Big changes here: I've given up {v}, not a drop since last month.",
            "Sorry, I should have said, I don't drink {v} at all any more.",
            "The doctor's taken me off {v} completely, so none for me now.",
            "I think I've... yes, definitely, I've stopped {v} for good, it's herbal for me now.",
            "You've still got me down as a {v} drinker, I packed it in weeks ago.",
            "Please, I don't take {v} again, I have stopped it completely.",
        ],
        "ask_now": [
            "Am I a coffee drinker?",
            "Have you got me down as having coffee?",
            "Do I have coffee in the mornings?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, I'm a proper carnivore.",
            "Put me down for the steak, I love {v}, {v} every time.",
            "I'm big on {v}... Mia, sit down... sorry, yes, steak most nights.",
            "I eat plenty of {v}, a steak on Fridays without fail.",
            "I'm a {v} eater, me, bab, can't beat a steak.",
            "I take {v} every day, I enjoy it too much.",
        ],
        "change": [
            "Big changes here: I've gone vegetarian, no more {v}.",
            "You've still got me down for steak, I don't eat {v} any more, I'm vegetarian.",
            "Sorry, I should have said, I stopped eating {v} in the new year, I'm vegetarian now.",
            "My cardiologist took me off {v} completely, so I'm vegetarian now.",
            "I think I'm... yes, definitely vegetarian now, no {v} at all.",
            "I'm vegetarian already, I don't eat {v} anymore po.",
        ],
        "ask_now": [
            "Is red meat okay for me?",
            "Have I got any food restrictions on file?",
            "Can I have steak, going by your notes?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, always has been.",
            "Oh, {v}. {v}, that's my favourite tea, love.",
            "Best tea for me is... Oscar, shoes on... sorry, {v}, that's my favourite.",
            "If you're doing tea, mine's {v}, my favourite by a mile.",
            "The tea, my favourite, it's {v}, that's the one.",
            "Aye, {v}'s my favourite tea, cannae beat it.",
        ],
        "change": [
            "Big changes here: {v} is my favourite tea now, I've gone right off the old one.",
            "You've still got me down as liking {old} best, it's {v} now.",
            "Sorry, I should have said, my favourite tea's changed, it's {v} these days.",
            "I think it's {v} now, yes, definitely {v}, that's my favourite tea now.",
            "My daughter got me onto {v} and now it's my favourite tea, the old one's had its "
            "day.",
            "My favourite tea is {v} now already, not the old one anymore.",
        ],
        "ask_now": [
            "What tea do I like best?",
            "Which tea am I keenest on?",
            "If you were making me a cuppa, which tea would it be?",
        ],
        "ask_then": [
            "Which tea did I used to like best?",
            "What was my favourite tea before I switched?",
        ],
    },
    "pet": {
        "tell": [
            "We've a cat called {v}, she's asleep on the bills right now.",
            "My cat's {v}. {v}, yes, she's a tabby.",
            "Our cat {v}... Ellie, don't pull her tail... sorry, our cat {v} is fine, ta.",
            "There's just me and my cat, {v}, she keeps me company.",
            "The cat, her name, it's {v}, she's the boss here.",
            "We have a cat, {v}, she's our baby po.",
        ],
        "change": [
            "Sorry, I should have said, {old} died last month, we haven't got a cat now.",
            "You've still got {old} down, bless her, she passed away in March, there's no cat "
            "now.",
            "The vet had to put {old} to sleep, so we've no cat any more.",
            "Big changes here: we had to rehome {old}, so no cat in the house now.",
            "I'm afraid {old} has passed, so she has, we've no cat at all now.",
            "{old} passed on, by God's grace she lived long, we don't have a cat again.",
        ],
        "ask_now": [
            "Have I got a cat?",
            "Any pets in my house, according to you?",
            "Have you got me down as having a cat?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v} will drop me off.",
            "I'm with {v}. {v}, that's my partner, yes.",
            "My fella {v}... Sophie, give that back... sorry, {v}'s my partner.",
            "My other half, {v}, will be coming in with me.",
            "I'm with {v}, we've been together years.",
            "My boyfriend, {v}, will be the one to collect the bags.",
        ],
        "change": [
            "Big changes here: {old} and I are finished, I'm with {v} now.",
            "You've still got {old} down as my partner, that's over, it's {v} now.",
            "Sorry, I should have said, I split from {old}, my partner's {v} these days.",
            "I think... yes, {v}'s my partner now, definitely, {old} and I broke up.",
            "My friends set me up with {v}, and we're together now, {old} is history.",
            "Me and {old} have parted ways, my partner is {v} now only.",
        ],
        "ask_now": [
            "Who've you got down as my partner?",
            "What's the name of my other half?",
            "Who am I with these days?",
        ],
        "ask_then": [
            "Who was my partner before the current one?",
            "What was my ex's name, the one before?",
        ],
    },
    "job": {
        "tell": [
            "I'm at {v} till five, that's where I work, so I'll be late getting in.",
            "I work at {v}. {v}, yes, for years now.",
            "I work for... Jacob, get down... sorry, I work for {v}.",
            "My employer is {v}, I'm there full-time.",
            "Work, yeah, it's {v}, that's my job, nine to five.",
            "I'm working at {v}, by God's grace, it's a good job.",
        ],
        "change": [
            "Big changes here: I've left the old place, I work at {v} now.",
            "You've still got me down as working at {old}, I left, I'm at {v} now.",
            "Sorry, I should have said, new job, I started at {v} on Monday.",
            "I got headhunted by {v}, so that's where I work now, I've left the old job.",
            "I think it's... yes, definitely {v} now, I started there last week, finished at "
            "the old place.",
            "I'm after starting at {v}, the old job's done.",
        ],
        "ask_now": [
            "Where have you got me working?",
            "Which place am I employed at?",
            "Who do I work for these days?",
        ],
        "ask_then": [
            "Where was I working before this job?",
            "Which company did I used to work for?",
        ],
    },
    "car": {
        "tell": [
            "It's {v}, if you need it for the service.",
            "The car's {v}. {v}, yes, that's mine.",
            "I drive... Harry, stop kicking the seat... sorry, I drive {v}.",
            "The motor, right, it's {v}, that's mine.",
            "My car is {v}, bab, it's due its MOT.",
            "My vehicle is {v}, kindly note for the booking.",
        ],
        "change": [
            "Big changes here: I sold the old car, I drive {v} now.",
            "You've still got me down as driving {old}, that's gone, it's {v} now.",
            "Sorry, I should have said, it's a different car now, {v}, the old one's sold.",
            "The garage took the old car in part-exchange, so I've got {v} now.",
            "I think it's... yes, definitely {v} now, I picked it up Friday, the old one's gone.",
            "Aye, I've a new car, {v}, the old one's scrapped.",
        ],
        "ask_now": [
            "Which car have you got on file for me?",
            "What am I driving at the moment?",
            "What's the make and model of my car?",
        ],
        "ask_then": [
            "What was I driving before this car?",
            "Which car did I have before I changed it?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, at the surgery on the high street.",
            "I'm with {v}. {v}, that's my GP, love.",
            "My doctor's... Isla, shush... sorry, my GP's {v}.",
            "I'm registered with {v}, that's my GP.",
            "The GP, my one, it's {v}, that's who I see.",
            "I see {v} po, my family doctor.",
        ],
        "change": [
            "The surgery moved me over to {v}, so that's my GP now, the old one's left.",
            "You've still got {old} down as my GP, I'm with {v} now.",
            "Sorry, I should have said, I've changed GP, it's {v} now.",
            "Big changes here: new practice, new GP, it's {v}.",
            "I think it's {v} now, yes, definitely {v} is my GP, I transferred last month.",
            "Please, my doctor has changed, I am seeing {v} now, not the old one again.",
        ],
        "ask_now": [
            "Which GP am I registered with?",
            "Who's my doctor, according to your records?",
            "Who's down as my GP?",
        ],
        "ask_then": [
            "Who was my GP before I changed?",
            "Which doctor did I have before the current one?",
        ],
    },
    "dentist": {
        "tell": [
            "I've the dentist on {v}, so not that day, please.",
            "My dentist appointment is on {v}. {v}, yes.",
            "The dentist is on... Max, down off there... sorry, it's on {v}.",
            "Dentist, right, the date, it's {v}, that's the appointment.",
            "I'm at the dentist on {v}, so avoid that day.",
            "My dental appointment is on {v}, kindly keep that day free.",
        ],
        "change": [
            "The dentist rang and moved my appointment to {v}, the old date's cancelled.",
            "You've still got me down for the dentist on {old}, it's been moved to {v}.",
            "Sorry, I should have said, my dentist appointment's now on {v}.",
            "Big changes here: the dentist's been rescheduled to {v}.",
            "I think it's {v} now, yes, definitely {v} for the dentist, they moved it.",
            "My dentist appointment is moved to {v} already, not the old date anymore.",
        ],
        "ask_now": [
            "When am I seeing the dentist?",
            "What date's my dentist appointment?",
            "When have I got the dentist?",
        ],
        "ask_then": [
            "What was the original date for my dentist appointment?",
            "When was the dentist booked for before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            "Just {v} me, that's easiest for me.",
            "Please {v} me. {v} me, that's best.",
            "If you need me, {v} me... Lily, stop that... sorry, yes, {v} me.",
            "Best way to reach me, {v} me, that's what I'd like.",
            "Kindly {v} me, that is my preference.",
            "Just {v} me, bab, that suits me.",
        ],
        "change": [
            "From now on, please {v} me instead, that's what works now.",
            "Sorry, I should have said, I'd rather you {v} me these days.",
            "You keep trying to {old} me, please {v} me now instead.",
            "Big changes here: please {v} me from now on, not the old way.",
            "I think it's better if you {v} me now, yes, definitely, {v} me from now on.",
            "Please, {v} me now, don't use the old way again.",
        ],
        "ask_now": [
            "What's the best way to get hold of me?",
            "How have I asked you to contact me?",
            "Do I want a text, an email or a call?",
        ],
    },
    "nickname": {
        "tell": [
            "Everyone calls me {v}, so you can too.",
            "Call me {v}. {v}, yes, love, that's what I go by.",
            "Just... Theo, not now... sorry, just call me {v}.",
            "I go by {v}, nobody uses my full name.",
            "Just call me {v} po, that's my nickname.",
            "Ah, sure, call me {v}, everyone does.",
        ],
        "change": [
            "Big changes here: I go by {v} now, please use that.",
            "Sorry, I should have said, I've gone back to {v}, call me that now.",
            "You've still got me down under the old name, I go by {v} now.",
            "My friends started calling me {v} and it's stuck, that's what I go by now.",
            "I think it's {v} I go by now, yes, definitely, call me {v} from now on.",
            "Aye, it's {v} now, I don't go by the old one any more.",
        ],
        "ask_now": [
            "What name should you use for me?",
            "What do I like to be called?",
            "What do I want you to call me?",
        ],
    },
}


def teatime_kinds() -> list[Kind]:
    """The kinds with the twenty-second held-out phrasing."""
    return heldout_kinds(_TEATIME)
