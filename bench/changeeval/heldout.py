"""Other words for the same facts: the phrasings of the held-out variant of the set
(`generate --phrasing heldout`, written to `bench/changeeval/heldout/`).

They were written after the supersession rules, without running the rules on them first, and
measured once before any fix (the closing note of issue 15 quotes that first figure): the
figure of the main set, whose phrasings the rules were tuned on, says what the rules cover;
this one says how far they carry to words nobody tuned them on.
"""

from __future__ import annotations

from dataclasses import replace

from bench.changeeval.facts import KINDS
from bench.changeeval.facts import Kind

_WORDS: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": ["Home is {v}.", "We're over at {v}, been there a while.", "I'm at {v}."],
        "change": [
            "The move went through, so we're living at {v} now.",
            "We've relocated, you'll find us at {v} from now on.",
            "Can you change my address? It's {v} since the move.",
        ],
        "ask_now": ["What address is on my file?", "Where am I living these days?"],
        "ask_then": ["Which address did I have before the move?", "What was my previous address?"],
    },
    "phone": {
        "tell": ["Call me on {v} if anything comes up.", "My cell is {v}."],
        "change": [
            "I switched carriers and got a new number, {v}.",
            "Update my phone to {v}, the old one is disconnected.",
        ],
        "ask_now": ["What number do you have for me?", "What's my cell number?"],
        "ask_then": ["What was my previous number?"],
    },
    "email": {
        "tell": ["Email me at {v}.", "I'm on {v} for email."],
        "change": [
            "New email address for me, {v}.",
            "Please switch my email over to {v}.",
        ],
        "ask_now": ["What email address should you use for me?"],
        "ask_then": ["Which email address did I use before?"],
    },
    "dose": {
        "tell": ["The doctor has me on {v} a day.", "Every morning it's {v}."],
        "change": [
            "My prescription changed, it's {v} now.",
            "At the check-up they increased it, I'm taking {v}.",
        ],
        "ask_now": ["How much lisinopril am I taking now?"],
        "ask_then": ["How much lisinopril was I taking originally?"],
    },
    "class": {
        "tell": ["Pottery is my {v} thing.", "I've got pottery every week, {v}."],
        "change": [
            "Heads up, pottery is {v} from now on.",
            "The studio rescheduled pottery to {v}.",
        ],
        "ask_now": ["What day is pottery?", "When do I have pottery these days?"],
        "ask_then": ["What day was pottery originally?"],
    },
    "coffee": {
        "tell": ["I can't start the day without my {v}.", "I'm a three-{v}s-a-day person."],
        "change": [
            "I'm off {v} now, it was keeping me up at night.",
            "I cut out {v} entirely this month.",
        ],
        "ask_now": ["Should I offer you coffee when you come in?", "Am I still drinking coffee?"],
    },
    "meat": {
        "tell": ["Put me down for the steak, I love {v}.", "I eat a lot of {v}, honestly."],
        "change": [
            "I went vegetarian in the new year, so no {v}.",
            "I don't eat {v} anymore.",
        ],
        "ask_now": ["Do I still eat meat?", "Should the dinner booking be vegetarian for me?"],
    },
    "favourite": {
        "tell": ["Nothing beats {v} tea for me.", "{v} is the tea I always go for."],
        "change": [
            "I've switched to {v}, that's my tea now.",
            "My go-to tea these days is {v}.",
        ],
        "ask_now": ["Which tea do I like best?", "What tea do I drink these days?"],
        "ask_then": ["Which tea did I like best before?"],
    },
    "pet": {
        "tell": ["My cat {v} is asleep on my lap right now.", "{v}, my cat, is twelve now."],
        "change": [
            "We said goodbye to {old} in March, the vet couldn't do anything.",
            "{old} went to live with my sister, it's better for her.",
        ],
        "ask_now": ["What's my cat's name?", "Is my cat still with me?"],
    },
    "partner": {
        "tell": ["{v} and I have been together three years.", "I'm going with {v}, my partner."],
        "change": [
            "I'm dating {v} now, it's still new.",
            "{old} and I aren't together any more. I'm with {v} now.",
        ],
        "ask_now": ["Who am I dating?", "Who's my partner these days?"],
        "ask_then": ["Who was my previous partner?"],
    },
    "job": {
        "tell": ["I'm employed at {v}.", "My job is at {v}, the commute is fine."],
        "change": [
            "I changed jobs, I'm with {v} now.",
            "Good news, I got hired at {v}.",
        ],
        "ask_now": ["Who do I work for?", "Where am I working these days?"],
        "ask_then": ["Who did I work for before?"],
    },
    "car": {
        "tell": ["I've got {v}.", "We have {v} in the driveway."],
        "change": [
            "We bought {v}, the old car is gone.",
            "I'm driving {v} these days.",
        ],
        "ask_now": ["Which car should the valet expect?", "What am I driving these days?"],
        "ask_then": ["Which car did I drive before?"],
    },
    "doctor": {
        "tell": ["{v} looks after me at the surgery.", "My doctor is {v}."],
        "change": [
            "I'm registered with {v} now.",
            "I moved surgeries, so it's {v} these days.",
        ],
        "ask_now": ["Who is my doctor now?", "Which GP am I with?"],
        "ask_then": ["Who was my previous GP?"],
    },
    "dentist": {
        "tell": ["I'm booked in at the dentist on {v}.", "Dentist on {v}, don't let me forget."],
        "change": [
            "The dentist called, it's {v} now.",
            "I had to move the dentist to {v}.",
        ],
        "ask_now": ["When am I seeing the dentist?"],
        "ask_then": ["When was the dentist booked for before it moved?"],
    },
    "contact": {
        "tell": ["I'd like you to {v} me, please.", "Just {v} me, that works best."],
        "change": [
            "Change of plan, {v} me going forward.",
            "Please {v} me from now on, not the other way.",
        ],
        "ask_now": ["What's the best way to reach me?", "How do I want you to get in touch?"],
    },
    "nickname": {
        "tell": ["Everyone calls me {v}.", "{v} is fine, nobody uses my full name."],
        "change": [
            "I'm going by {v} now.",
            "Call me {v} from now on, please.",
        ],
        "ask_now": ["What do I like to be called?", "How should you greet me?"],
    },
}


# A second held-out phrasing, written before the rules were changed for the first one and
# measured once after (`generate --phrasing final`, into final/).
_FINAL: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": ["You'll find us at {v}.", "My home address, that's {v}."],
        "change": [
            "We're not at the old place any more, it's {v} now.",
            "The new house is {v}, we got the keys on Friday.",
        ],
        "ask_now": ["Where should the parcel go?", "What's my home address now?"],
        "ask_then": ["Where was I living before?"],
    },
    "phone": {
        "tell": ["If you need me, ring {v}.", "The number to get me on is {v}."],
        "change": [
            "I've a new mobile number, {v}, the old phone died.",
            "Ring me on {v} from now on.",
        ],
        "ask_now": ["What's the best number to ring me on?"],
        "ask_then": ["What number did I give you originally?"],
    },
    "email": {
        "tell": ["My email address is {v}.", "You can email me on {v}."],
        "change": [
            "I've moved email providers, write to {v} now.",
            "My email's {v} these days.",
        ],
        "ask_now": ["Where should you email me?"],
        "ask_then": ["What was the email I used to use?"],
    },
    "dose": {
        "tell": ["I'm prescribed {v}.", "It's {v} for the blood pressure."],
        "change": [
            "The GP put me up to {v}.",
            "They've brought me down to {v}.",
        ],
        "ask_now": ["What's my lisinopril dose now?"],
        "ask_then": ["What was my old lisinopril dose?"],
    },
    "class": {
        "tell": ["I go to pottery {v}.", "Pottery's {v}, every week."],
        "change": [
            "Pottery has gone to {v}.",
            "We do pottery {v} now, the teacher changed it.",
        ],
        "ask_now": ["On which day is pottery now?"],
        "ask_then": ["Which day did I use to have pottery?"],
    },
    "coffee": {
        "tell": ["I have {v} with breakfast, always.", "I'm a big {v} drinker."],
        "change": [
            "I've stopped having {v}, it upsets my stomach.",
            "I'm not drinking {v} these days.",
        ],
        "ask_now": ["Do I have coffee with breakfast?"],
    },
    "meat": {
        "tell": ["I'm a meat and potatoes person, lots of {v}.", "I do like {v}."],
        "change": [
            "I'm vegan now, so no {v}.",
            "I've given up {v} for good.",
        ],
        "ask_now": ["Can I have red meat at the dinner?"],
    },
    "favourite": {
        "tell": ["{v} is my favourite, for tea.", "For tea I always pick {v}."],
        "change": [
            "I'm all about {v} tea now.",
            "Lately I prefer {v} over anything else, for tea.",
        ],
        "ask_now": ["Which tea do I prefer?"],
        "ask_then": ["Which tea did I use to prefer?"],
    },
    "pet": {
        "tell": ["We've got a little cat, {v}.", "My cat {v} keeps me company."],
        "change": [
            "We had to have {old} put to sleep last week.",
            "We lost our cat {old} in the spring.",
        ],
        "ask_now": ["Do I still have my cat?"],
    },
    "partner": {
        "tell": ["My fella {v} is taking me out.", "I live with my partner, {v}."],
        "change": [
            "I've a new boyfriend, {v}.",
            "I broke up with {old}, I'm seeing {v} now.",
        ],
        "ask_now": ["Who's my boyfriend?"],
        "ask_then": ["Who was my boyfriend before?"],
    },
    "job": {
        "tell": ["I'm at {v}, have been for ages.", "I work for {v}."],
        "change": [
            "I've just joined {v}.",
            "New job! I'm working at {v} now.",
        ],
        "ask_now": ["Where do I work now?"],
        "ask_then": ["Where did I use to work?"],
    },
    "car": {
        "tell": ["We've got {v}.", "My motor is {v}."],
        "change": [
            "I've got a new car, {v}.",
            "We went and bought {v}.",
        ],
        "ask_now": ["What do I drive?"],
        "ask_then": ["What did I drive before?"],
    },
    "doctor": {
        "tell": ["{v} is my GP.", "I'm with {v} at the surgery."],
        "change": [
            "My GP is {v} since the move.",
            "I've changed GP, it's {v}.",
        ],
        "ask_now": ["Who's my GP now?"],
        "ask_then": ["Who did I see before as my GP?"],
    },
    "dentist": {
        "tell": ["My dentist appointment is {v}.", "The dentist is booked for {v}."],
        "change": [
            "The dentist appointment is moved, it's {v} now.",
            "They pushed my dentist appointment back to {v}.",
        ],
        "ask_now": ["When is the dentist?"],
        "ask_then": ["When was the dentist appointment before it moved?"],
    },
    "contact": {
        "tell": ["I prefer that you {v} me.", "It's easiest if you {v} me."],
        "change": [
            "Can you {v} me instead from now on?",
            "I'd prefer you {v} me now.",
        ],
        "ask_now": ["How should you contact me?"],
    },
    "nickname": {
        "tell": ["I go by {v}.", "Call me {v}, please."],
        "change": [
            "It's {v} now, I prefer that.",
            "I'd rather be called {v} now.",
        ],
        "ask_now": ["What name should you use for me?"],
    },
}


# A third held-out phrasing, written after the second one's failures were read and before any
# rule was changed for them; measured once after those changes (`generate --phrasing fresh`,
# into fresh/): how far general fixes carry to words nobody has run the rules on.
_FRESH: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": ["Post goes to {v}, that's us.", "We've been at {v} since the kids were small."],
        "change": [
            "We sold up and bought at {v}, so that's home now.",
            "Just so you know, we've moved house to {v}.",
        ],
        "ask_now": ["Which address have you got down for me?"],
        "ask_then": ["Where did we live before we moved?"],
    },
    "phone": {
        "tell": ["Best to reach me on {v}.", "You can get hold of me on {v}."],
        "change": [
            "I've changed my number, it's {v} now.",
            "Please use {v} for me now, I got rid of the old phone.",
        ],
        "ask_now": ["Which number have you got for me?"],
        "ask_then": ["Which number did I have before?"],
    },
    "email": {
        "tell": ["Drop me an email at {v}.", "For anything in writing, {v}."],
        "change": [
            "My email has changed to {v}.",
            "Please send emails to {v} from now on, I closed the old account.",
        ],
        "ask_now": ["Which email address have you got for me?"],
        "ask_then": ["Which email did I have before?"],
    },
    "dose": {
        "tell": ["I've been on {v} for years.", "The tablets are {v} a day."],
        "change": [
            "My dose changed at the check-up, it's {v} now.",
            "The doctor has changed me to {v}.",
        ],
        "ask_now": ["How much lisinopril am I taking at the moment?"],
        "ask_then": ["How much lisinopril was I on before?"],
    },
    "class": {
        "tell": ["I've got pottery {v}.", "Every week it's pottery, {v}."],
        "change": [
            "My pottery class moved to {v}.",
            "Pottery is on {v} now, they swapped the days round.",
        ],
        "ask_now": ["When is my pottery class these days?"],
        "ask_then": ["When was pottery before they changed it?"],
    },
    "coffee": {
        "tell": ["Can't start the day without {v}.", "I drink {v} all day long."],
        "change": [
            "I've cut out {v} completely.",
            "No more {v} for me, doctor's orders.",
        ],
        "ask_now": ["Should you offer me coffee when I visit?"],
    },
    "meat": {
        "tell": ["Sunday roast with {v}, that's my favourite meal.", "I eat a lot of {v}."],
        "change": [
            "I've gone vegetarian, so I don't eat {v} any more.",
            "I stopped eating {v} this year.",
        ],
        "ask_now": ["Do I eat red meat?"],
    },
    "favourite": {
        "tell": ["My tea of choice is {v}.", "If it's tea, make it {v}."],
        "change": [
            "These days my favourite tea is {v}.",
            "I've switched to {v} tea.",
        ],
        "ask_now": ["What's my tea of choice?"],
        "ask_then": ["What was my favourite tea before?"],
    },
    "pet": {
        "tell": ["Our cat is called {v}.", "I share the flat with my cat, {v}."],
        "change": [
            "Sadly {old} died last month.",
            "We gave {old} to my niece, she has more room.",
        ],
        "ask_now": ["Have I still got a cat?"],
    },
    "partner": {
        "tell": ["My other half is {v}.", "{v} and I have been together a while."],
        "change": [
            "{old} and I split up, I'm with {v} now.",
            "I've met someone new, {v}.",
        ],
        "ask_now": ["Who's my other half now?"],
        "ask_then": ["Who was I with before?"],
    },
    "job": {
        "tell": ["I'm employed at {v}.", "My job is at {v}."],
        "change": [
            "I've changed jobs, I'm at {v} now.",
            "I started a new position at {v} last month.",
        ],
        "ask_now": ["Who's my employer now?"],
        "ask_then": ["Who was I working for before?"],
    },
    "car": {
        "tell": ["I drive {v}.", "My car's {v}."],
        "change": [
            "I traded the old car in for {v}.",
            "My new car is {v}.",
        ],
        "ask_now": ["What car have I got now?"],
        "ask_then": ["Which car did I have before?"],
    },
    "doctor": {
        "tell": ["My family doctor is {v}.", "{v} looks after me at the practice."],
        "change": [
            "I've been moved to {v} at the practice.",
            "My new GP is {v}.",
        ],
        "ask_now": ["Which GP am I with?"],
        "ask_then": ["Which GP did I have before?"],
    },
    "dentist": {
        "tell": ["I'm seeing the dentist on {v}.", "Dentist on {v}, put it in the diary."],
        "change": [
            "The dentist rang, my appointment is now {v}.",
            "My dentist appointment has been changed to {v}.",
        ],
        "ask_now": ["When am I seeing the dentist?"],
        "ask_then": ["When was my dentist appointment originally?"],
    },
    "contact": {
        "tell": ["The best way to reach me is to {v} me.", "Please {v} me if you need me."],
        "change": [
            "Actually, please {v} me from now on.",
            "I'd like you to {v} me in future.",
        ],
        "ask_now": ["What's the best way to reach me?"],
    },
    "nickname": {
        "tell": ["Everyone calls me {v}.", "Just {v} is fine."],
        "change": [
            "Please call me {v} from now on.",
            "I've started going by {v}.",
        ],
        "ask_now": ["What do I like to be called?"],
    },
}


# A fourth held-out phrasing, written after the third one's first run and before the rules
# were changed for its failures; measured once after those changes (`--phrasing unseen`).
_UNSEEN: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": ["Put me down at {v}.", "I've lived at {v} for donkey's years."],
        "change": [
            "Update my address please, I'm at {v} now.",
            "We moved last month, to {v}.",
        ],
        "ask_now": ["Where am I living now?"],
        "ask_then": ["What was my address before I moved?"],
    },
    "phone": {
        "tell": ["My number's {v}.", "Phone me on {v} if there's a problem."],
        "change": [
            "I've got a different number now, {v}.",
            "My number is now {v}, please update it.",
        ],
        "ask_now": ["What phone number have you got on file?"],
        "ask_then": ["What was my old phone number?"],
    },
    "email": {
        "tell": ["My email is {v}.", "I use {v} for everything."],
        "change": [
            "I've got a new email, {v}.",
            "Can you update my email to {v}?",
        ],
        "ask_now": ["What email do you have on file for me?"],
        "ask_then": ["What email address did I use before?"],
    },
    "dose": {
        "tell": ["I take {v} every morning.", "The prescription says {v}."],
        "change": [
            "The doctor upped it to {v}.",
            "I'm on {v} now after the review.",
        ],
        "ask_now": ["What's my current lisinopril dose?"],
        "ask_then": ["What dose of lisinopril was I on before?"],
    },
    "class": {
        "tell": ["Pottery is {v} for me.", "I do pottery {v}."],
        "change": [
            "They've moved pottery to {v}.",
            "Pottery's changed to {v}.",
        ],
        "ask_now": ["What day do I do pottery?"],
        "ask_then": ["What day was pottery before?"],
    },
    "coffee": {
        "tell": ["I love a strong {v} in the morning.", "I live on {v}."],
        "change": [
            "I've packed in {v}.",
            "I don't touch {v} now.",
        ],
        "ask_now": ["Am I still drinking coffee?"],
    },
    "meat": {
        "tell": ["I love a good bit of {v}.", "I'm a big {v} eater."],
        "change": [
            "I've become a vegetarian, so no more {v}.",
            "I don't eat {v} now.",
        ],
        "ask_now": ["Do I still eat red meat?"],
    },
    "favourite": {
        "tell": ["Nothing beats {v}, that's my tea.", "My favourite tea? {v}."],
        "change": [
            "My favourite's {v} tea now.",
            "I've gone off the old one, it's {v} tea for me now.",
        ],
        "ask_now": ["What's my favourite tea now?"],
        "ask_then": ["What was my favourite tea before?"],
    },
    "pet": {
        "tell": ["I have a lovely cat named {v}.", "{v}, my cat, is sitting on my lap."],
        "change": [
            "My cat {old} passed away.",
            "{old} had to be rehomed, my landlord said no pets.",
        ],
        "ask_now": ["Do I have a cat now?"],
    },
    "partner": {
        "tell": ["My partner's called {v}.", "I'm with {v}, we've been together years."],
        "change": [
            "{old} and I are finished, I'm with {v} now.",
            "My new partner is {v}.",
        ],
        "ask_now": ["Who's my partner now?"],
        "ask_then": ["Who was my partner before?"],
    },
    "job": {
        "tell": ["I work at {v}.", "I've got a job at {v}."],
        "change": [
            "I've moved jobs, I work at {v} now.",
            "I've left my old job, I'm with {v} now.",
        ],
        "ask_now": ["Where am I working now?"],
        "ask_then": ["Where was I working before?"],
    },
    "car": {
        "tell": ["I've got {v}.", "I drive {v} to work."],
        "change": [
            "I've changed my car, I've got {v} now.",
            "I sold my car and bought {v}.",
        ],
        "ask_now": ["What car do I drive now?"],
        "ask_then": ["What car did I drive before?"],
    },
    "doctor": {
        "tell": ["I'm registered with {v}.", "I see {v} at the surgery."],
        "change": [
            "I've switched GPs, I see {v} now.",
            "My GP's {v} now.",
        ],
        "ask_now": ["Who's my GP?"],
        "ask_then": ["Who was my GP before?"],
    },
    "dentist": {
        "tell": ["I've got the dentist on {v}.", "My next dentist appointment is {v}."],
        "change": [
            "I had to move the dentist to {v}.",
            "The dentist's been rescheduled for {v}.",
        ],
        "ask_now": ["When's my dentist appointment?"],
        "ask_then": ["When was the dentist appointment before?"],
    },
    "contact": {
        "tell": ["I'd rather you {v} me.", "It's best to {v} me."],
        "change": [
            "Don't ring me any more, {v} me instead.",
            "From now on please {v} me.",
        ],
        "ask_now": ["How do I want you to contact me?"],
    },
    "nickname": {
        "tell": ["My friends call me {v}.", "I prefer {v}."],
        "change": [
            "I'd like to be called {v} now.",
            "Can you call me {v} from now on?",
        ],
        "ask_now": ["What should you call me?"],
    },
}


def heldout_kinds(words_of: dict[str, dict[str, list[str]]] | None = None) -> list[Kind]:
    """The kinds of the main set with the held-out words in place of theirs."""
    out = []
    for kind in KINDS:
        words = (words_of or _WORDS)[kind.name]
        out.append(
            replace(
                kind,
                tell=words["tell"],
                change=words["change"],
                ask_now=words["ask_now"],
                ask_then=words.get("ask_then", []),
            )
        )
    return out


def final_kinds() -> list[Kind]:
    """The kinds with the second held-out phrasing."""
    return heldout_kinds(_FINAL)


def fresh_kinds() -> list[Kind]:
    """The kinds with the third held-out phrasing."""
    return heldout_kinds(_FRESH)


def unseen_kinds() -> list[Kind]:
    """The kinds with the fourth held-out phrasing."""
    return heldout_kinds(_UNSEEN)
