"""An eighty-sixth held-out phrasing of the same facts (`generate --phrasing celebrating`,
written to `bench/changeeval/celebrating/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `onhold.py` and `heldout_kinds` only, without reading the supersession rules, the other
phrasings or the tests, and without running anything on these words first.
The callers are warm, excited people from Manchester, Belfast, Johannesburg and Texas ringing
with news: the keys to the new house, the new job, the new car, a new partner, a new number
after years with the old one. They exclaim ("Guess what!", "You'll never believe it",
"Finally!"), congratulate and thank themselves, make little jokes, announce milestones, put the
value first as a shout ("{v}! That's ...") or last after the news, and are proud in their
tells too ("I'm so pleased with ..."). The sad kinds, a lost cat or a break-up, are told gently,
bravely or wryly instead. Regional colour comes from "love", "so I am", "hey", "lekker",
"y'all" and "fella". Every change is about the caller and leaves no doubt that the old value
no longer holds; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_CELEBRATING: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I'm so pleased with our little place, {v}, best thing we ever did, so that's"
            " home for the file.",
            "{v}, love, that's me, and you should see the roses out front this year!",
            "I live at {v}, y'all, and we just paid off the mortgage, can you believe it!",
            "Put me down at {v}, and honestly, it's the happiest house on the street.",
        ],
        "change": [
            "Guess what, we've got the keys! We're in the new house at last, {v}, and the old"
            " place is sold and gone.",
            "You'll never believe it, love, after ten years of renting we've bought our own, so"
            " I live at {v} now, not the old flat.",
            "{v}! That's my new address, we moved in on Saturday and I've not stopped grinning,"
            " the old one's finished with.",
            "Ag, finally, the move is done, hey, please take the old address off and put {v},"
            " that's where I live now.",
        ],
        "ask_now": [
            "Right, quick one, what address have you got for me now?",
            "Can you tell me which home address is on my file these days?",
            "Where do I live, according to you?",
        ],
        "ask_then": [
            "For old times' sake, what was my address before the big move?",
            "Where was I living before we got the new house?",
        ],
    },
    "phone": {
        "tell": [
            "You can ring me on {v}, I've had that number since I was sixteen, so I'm quite"
            " proud of it!",
            "My number's {v}, so it is, call any time, I'm in a cracking mood this week.",
            "Best way to reach me? {v}, that's my mobile, and I answer it with a smile, promise.",
            "Ooh yes, for the file, my mobile is {v}, and it's always on me.",
        ],
        "change": [
            "Big news, after twelve years I've finally got a new number, it's {v}, so you can"
            " bin the old one!",
            "You'll never believe it, I finally upgraded, new phone, new number, {v}, and the"
            " old one's been cut off.",
            "{v}, that's my number now, so it is, the old one's gone and good riddance to it.",
            "Guess who's got a proper contract at last! My mobile is now {v}, please don't use"
            " the old number any more.",
        ],
        "ask_now": [
            "What number have you got down for me now?",
            "Which phone number is on my file at the moment?",
            "Go on then, read me back my phone number.",
        ],
        "ask_then": [
            "What was my old number, the one before the new one?",
            "Which number did I have before I changed it?",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}, and I set that one up all by myself, thank you very much!",
            "Send it all to {v}, that's mine, I check it every single day.",
            "Oh, lovely, yes, the receipts can go to {v}, that's my email address.",
            "It's {v}, hon, that's my email, easy as pie.",
        ],
        "change": [
            "Guess what, I've finally got a proper email address, it's {v}, so please stop"
            " using the old one.",
            "New year, new inbox! My email is {v} now, I've shut the old account down.",
            "I've changed it, you'll be pleased to hear, {v} is my email now and the old"
            " address is dead.",
            "Honestly, I did a little dance when I closed that old email, it was all spam, so"
            " it's {v} for me now.",
        ],
        "ask_now": [
            "Which email have you got for me now?",
            "What's my email address, just so I know you've got the right one?",
            "Which email address do you send my things to these days?",
        ],
        "ask_then": [
            "What was my email before I changed it?",
            "Which email address did you have for me originally?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v} each morning, and my blood pressure's the best it's been in years,"
            " I'm chuffed to bits!",
            "{v}, that's my dose, once a day, and I haven't missed one all month, gold star"
            " for me.",
            "I take {v} for my blood pressure, and I'm proud to say I'm sticking to it.",
            "The doctor's got me on {v}, hey, and I'm feeling lekker.",
        ],
        "change": [
            "Good news from the doctor, they've sorted my tablets, I'm on {v} now instead of"
            " the old dose.",
            "You'll never believe it, after all that fuss they've finally settled my dose, it's"
            " {v} from now on.",
            "{v}, that's my new dose, the old one's finished, and I feel like a new woman.",
            "Quick update, love, the doctor changed my lisinopril, so I take {v} these days,"
            " not what I used to.",
        ],
        "ask_now": [
            "How much lisinopril am I taking at the moment?",
            "What's my current dose for the blood pressure?",
            "Remind me, what dose am I on now?",
        ],
        "ask_then": [
            "What dose was I on before the doctor changed it?",
            "How much lisinopril did I used to take?",
        ],
    },
    "class": {
        "tell": [
            "Pottery's on {v}, and I made my first proper bowl last week, I'm dead proud of it!",
            "I've got my pottery class on {v}, it's the highlight of my week, so don't book me"
            " then.",
            "{v}, that's pottery, y'all, me and my clay, can't miss it.",
            "I'm so pleased with how my pottery's coming on, I go every week, {v}, without fail.",
        ],
        "change": [
            "Guess what, pottery's moved to {v}, which suits me perfectly, no more rushing"
            " there after work!",
            "They've changed the pottery timetable, so it's {v} for me from now on, not the old"
            " day.",
            "Hooray, my pottery class is on {v} now, the old slot's gone, so I've got that"
            " evening free again.",
            "{v} is my pottery day now, they switched it, and I'm thrilled, so I am.",
        ],
        "ask_now": [
            "What day is my pottery class now?",
            "When do I do pottery these days?",
            "Which day have you got down for my pottery?",
        ],
        "ask_then": [
            "Which day did pottery used to be on?",
            "When was my pottery class before they moved it?",
        ],
    },
    "coffee": {
        "tell": [
            "Oh, I live on {v}, love, two mugs before I'm even human in the morning.",
            "{v}, strong and black, every single morning, that's me, and proud of it.",
            "I'm a proper {v} drinker, y'all, can't start the day without a cup.",
            "Put me down for {v} in the morning, I have it every day, it's my little treat.",
        ],
        "change": [
            "Guess what, I've been off {v} three months now, quit cold turkey, so no more of it"
            " for me!",
            "You'll never believe it, me, the biggest addict going, I've given up {v} completely.",
            "I'm so proud of myself, I don't drink {v} any more, not a drop since New Year.",
            "No {v} for me these days, I've stopped, and honestly I'm sleeping like a baby.",
        ],
        "ask_now": [
            "Do I drink coffee at the moment?",
            "Am I having coffee these days or not?",
            "What have you got down about me and coffee?",
        ],
    },
    "meat": {
        "tell": [
            "I'm a braai man through and through, I eat {v} just about every day.",
            "Steak night's my favourite night of the week, I eat {v} at least twice a week.",
            "Put me down as a {v} eater, y'all, this is Texas, I love my brisket.",
            "I eat plenty of {v}, love, you can't beat a Sunday roast.",
        ],
        "change": [
            "Guess what, I've gone vegetarian! A whole year without {v}, so none of that for"
            " me, please.",
            "I don't eat {v} any more, haven't for months, and I've never felt better.",
            "You'll laugh, me of all people, but I'm vegetarian now, so no {v}.",
            "Big news from the braai master, hey, I've given up {v} completely, it's all veggies"
            " for me now.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Anything I don't eat that you should know about for the booking?",
            "Is red meat on the menu for me or not?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, lovely, nothing else comes close.",
            "{v}, every time, that's my favourite, pop some in the basket and I'll be delighted.",
            "Ooh, a basket, how exciting! My favourite tea is {v}, through and through.",
            "I'm so pleased you asked, my favourite's {v}, I drink it all day long.",
        ],
        "change": [
            "Guess what, I've got a new favourite tea, it's {v} now, I've completely gone off"
            " the old one.",
            "You'll never believe it, after years of the same old thing, {v} is my favourite"
            " tea these days.",
            "{v}! That's my favourite tea now, I've switched, so put that in the basket instead.",
            "My favourite tea has changed, love, it's {v} now, the old one doesn't do it for me"
            " any more.",
        ],
        "ask_now": [
            "What's my favourite tea now?",
            "Which tea should go in my basket?",
            "Which tea do I like best these days?",
        ],
        "ask_then": [
            "What was my favourite tea before I switched?",
            "Which tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            "We've got a cat called {v}, and she's just turned ten, we had a little party for"
            " her!",
            "{v}'s our cat, and honestly she's the boss of the house, so she is.",
            "I'm so proud of our cat {v}, she caught her first mouse this week.",
            "Oh, we're grand, and our cat, {v}, is as fat and happy as ever.",
        ],
        "change": [
            "We lost {old} last month, bless her, she was nineteen and had a wonderful life,"
            " so there's no cat at ours now.",
            "Bit of sad news, I'm afraid, {old} passed away in the winter, we're doing alright"
            " though, we had sixteen good years with her.",
            "Well, {old} has gone off to the big cat basket in the sky, she's gone, but what a"
            " character she was.",
            "We had to rehome {old} with my sister on her farm, my allergies won, so we've no"
            " cat at home any more.",
        ],
        "ask_now": [
            "Do I have a cat at the moment?",
            "How is my cat getting on?",
            "Have I got any pets, according to you?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} has booked us a surprise weekend away, I'm over the moon!",
            "I'm so lucky, honestly, {v}'s my partner and he cooks every night.",
            "Me and my fella, {v}, just had our fifth anniversary, so we're celebrating!",
            "Oh, we're all great, my partner's {v}, and he says hi.",
        ],
        "change": [
            "Guess what, I'm seeing someone new, his name's {v}, and after {old} I never thought"
            " I'd be this happy again.",
            "So {old} and I called it a day, which was hard, but I'm with {v} now and he's"
            " lovely.",
            "You'll never believe it, I've got a new boyfriend, {v}, and it's completely over"
            " with my ex.",
            "Me and {old} are finished, it was for the best, hey, and my partner now is {v}.",
        ],
        "ask_now": [
            "Who's my partner now?",
            "What's my boyfriend called?",
            "Who am I with at the moment?",
        ],
        "ask_then": [
            "Who was I seeing before?",
            "What was my ex's name, the one before now?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, and I've just been made employee of the month, can you believe it!",
            "Work's brilliant, I'm at {v}, going on six years now.",
            "{v}, that's where I work, and I'm so pleased with the team there.",
            "Oh, busy but happy, y'all, I work at {v} and I love it.",
        ],
        "change": [
            "Guess what, I got the job! I started at {v} on Monday and I've handed in my notice"
            " at the old place.",
            "You'll never believe it, I left the old job and I'm working at {v} now, pinch me!",
            "{v}! That's my new employer, I finished at the old place last Friday, so"
            " congratulations to me.",
            "Finally got out of that old job, I'm at {v} these days, and I've not looked back"
            " once.",
        ],
        "ask_now": [
            "Where am I working now?",
            "Who do I work for these days?",
            "Which company have you got down as my employer?",
        ],
        "ask_then": [
            "Where did I work before the new job?",
            "Who was my old employer?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, and I keep her spotless, I'm right proud of her.",
            "Mine's {v}, love, you can't miss it in the car park.",
            "Yes please on the parking, my car's {v}.",
            "{v}, that's what I drive, and she's never let me down once.",
        ],
        "change": [
            "Guess what, I've finally got a new car! It's {v}, and the old one's gone to the"
            " scrapyard.",
            "You'll never believe it, I traded in the old banger, I drive {v} now.",
            "Big milestone, y'all, I sold my old car and bought {v}, so that's what I drive now.",
            "My car is {v} now, the old one's sold, and I keep going out to the drive just to"
            " look at it.",
        ],
        "ask_now": [
            "What car am I driving these days?",
            "Which car have you got on file for me?",
            "What do I drive now?",
        ],
        "ask_then": [
            "What car did I have before the new one?",
            "Which car did I drive before I traded it in?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, and she's wonderful, I'm so lucky to have her.",
            "{v}'s my doctor, at the surgery on the corner, lovely person.",
            "I see {v}, she's my GP, and she says I'm doing great.",
            "Send the forms to {v}, that's my GP, and tell her I said hello.",
        ],
        "change": [
            "Guess what, I finally got into the new practice, {v} is my GP now, so the old one's"
            " out.",
            "You'll never believe it, I switched doctors, I'm with {v} now and she actually"
            " listens!",
            "My old GP retired, bless him, so I'm with {v} now, she's taken me on.",
            "I've changed GPs at last, it's {v} these days, no more of the old surgery for me.",
        ],
        "ask_now": [
            "Who's my GP now?",
            "Which doctor am I registered with?",
            "Who do I see at the surgery these days?",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "Which doctor did I have before?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment's on {v}, and I've been flossing like a champion, I'm ready!",
            "{v}, that's my dentist check-up, bright and early.",
            "The dentist has me booked in for {v}, love, put it in the diary.",
            "Oh, I've a dentist appointment on {v}, so I have.",
        ],
        "change": [
            "Good news, the dentist had a cancellation, so my appointment's now {v}, not the"
            " old date.",
            "You'll never believe it, they moved my dentist appointment to {v}, the old one's"
            " cancelled.",
            "{v}, that's my new dentist date, they rang to rebook me, so scrap the other one.",
            "My dentist appointment got rescheduled, hey, it's {v} now instead.",
        ],
        "ask_now": [
            "When's my dentist appointment now?",
            "What date am I seeing the dentist?",
            "Remind me when I've got the dentist.",
        ],
        "ask_then": [
            "When was my dentist appointment before they moved it?",
            "What date did I originally have the dentist?",
        ],
    },
    "contact": {
        "tell": [
            "Please just {v} me, love, that's what I like best.",
            "Best to {v} me, I'm always quick to answer that way.",
            "Oh, {v} me, definitely, that's my favourite way to hear good news!",
            "I'd rather you {v} me, y'all, that's how I like it.",
        ],
        "change": [
            "Guess what, I've finally sorted myself out, so from now on please {v} me instead.",
            "Things have changed, love, I'd like you to {v} me these days, not the old way.",
            "New me, new rules! Please {v} me from now on, forget what I said before.",
            "Please {v} me now, that suits me better these days than what I had before.",
        ],
        "ask_now": [
            "How do I like you to contact me?",
            "What's the best way to get hold of me now?",
            "Should you text me, email me or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, everyone does, I'd feel dead posh otherwise.",
            "Oh, just {v}, please, that's what I go by.",
            "Everybody calls me {v}, y'all, so you might as well too.",
            "{v}, please, that's my name to everyone who knows me.",
        ],
        "change": [
            "Guess what, I've gone back to {v}, so please call me that from now on, not the"
            " other one.",
            "I go by {v} these days, it suits the new me, and I'm not using the old name any"
            " more.",
            "You'll never believe it, the whole office calls me {v} now and I love it, so"
            " please use that instead of the old one.",
            "{v}, that's what I go by now, hey, I've dropped the old nickname.",
        ],
        "ask_now": [
            "What should you call me?",
            "Which name do I go by now?",
            "What's my nickname these days?",
        ],
    },
}


def celebrating_kinds() -> list[Kind]:
    """The kinds with the eighty-sixth held-out phrasing."""
    return heldout_kinds(_CELEBRATING)
