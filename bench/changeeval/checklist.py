"""A forty-sixth held-out phrasing of the same facts (`generate --phrasing checklist`, written to
`bench/changeeval/checklist/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of heldout's words (only their roles, counts and placeholders), `heldout_kinds`, the
layout of `onhold.py` and `phrasings.py` only, without reading the supersession rules, the
other phrasings or the tests, and without running anything on these words first. The callers
are organised people who ring with a list and work through it aloud, like an agenda or a to-do
list: "Right, three things. One: ... Two: ... And three: ...", "First off ..., secondly ...,
last thing ...", "Item one on my list ...", "tick that off", "next on my list", "that's the
lot". Each turn runs through two or three items in one go, and only one of them carries the
caller's value; the others are unrelated errands with no value of any kind the set asks about
(a parcel that never arrived, opening hours, a thank-you for last time, a receipt, the hold
music). The value item comes first, in the middle or last. Changes are items on the list,
sometimes without a word of change ("put me down at ... from today"), and questions come as
list items too ("And the last thing on my list: which address have you got for me?"). Every
change is about the caller and leaves the new value current; every tell states the caller's
own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_CHECKLIST: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Right, three things. One: the parcel you sent never turned up. Two: for your "
            "records, I live at {v}. And three: the hold music is far too loud.",
            "I've got my list in front of me. Item one, home for me is {v}, so that's the "
            "address. Item two, could I have a copy of the receipt from last time? That's the "
            "lot.",
            "Couple of bits to get through. A thank-you first, the lady on the desk was lovely "
            "last time. Then the address, it's {v}, that's where I live.",
        ],
        "change": [
            "Three lines on my notepad. Top line: I've moved, it's {v} now. Middle line: are "
            "you open over the bank holiday? Bottom line: the leaflet was missing a page.",
            "Okay, going down my list. The voucher didn't scan at the till, just so you know. "
            "Tick that off. Next on my list: we've moved house, we're at {v} now. And that's "
            "me done.",
            "Two quick ones. Please have me down at {v} from today, that's home. And is the "
            "lift at the branch fixed yet?",
        ],
        "ask_now": [
            "Just the two things. One: did that parcel ever get found? Two: which address "
            "have you got for me?",
            "Gripe first: your hold music is driving me round the bend. And the other thing on "
            "my list, where do you have me living?",
            "On the agenda today: the refund from before, is it through? And then, what "
            "address is on my file?",
        ],
        "ask_then": [
            "Number one on my sheet: thanks for sorting the bill. Number two: what was my old "
            "address, before the move?",
            "Let me work through my notes. The receipt came, tick. And the last thing on my "
            "list: where was I living before I moved?",
        ],
    },
    "phone": {
        "tell": [
            "First thing on my list: the best number for me is {v}. Second thing: the payment "
            "page keeps timing out. That's it from me.",
            "I wrote three things down. The brochure never came. A big thanks for the quick "
            "refund. And my mobile is {v}, that's the one to use.",
            "Okay, agenda. Point A, the queue on the line was ages today. Point B, you can "
            "reach me on {v}. Finished.",
        ],
        "change": [
            "Two things, quick as I can. To start with, my number changed, it's {v} now. "
            "Then, can I get a paper copy of the invoice? Ta.",
            "Let me go down my sticky note. Invoice charged twice, please look into it. Next, "
            "I've got a different phone, so use {v} from here on. Finally, thanks for being "
            "patient with me.",
            "Bullet point one, the login page is broken again. Bullet point two, put {v} down "
            "as my mobile, that's the number that works.",
        ],
        "ask_now": [
            "Two on the pad. The voucher code, did anyone fix it? And which number have you "
            "got down for me?",
            "Top of my list is the missing parcel, any news? Bottom of my list: what's my "
            "phone number on your system?",
        ],
        "ask_then": [
            "Right, the statement arrived, thank you, tick. Next on the list: what was my "
            "previous number, the one before this one?",
            "Three boxes to tick. Is the branch open late? Is the water cooler refilled? And what "
            "number did I have before?",
        ],
    },
    "email": {
        "tell": [
            "Three on the list today. First, my email is {v}. Then, the price list you posted "
            "was smudged all over. Lastly, thanks for the flowers at reception, nice touch.",
            "Just two items. Is the branch open over the holidays, that's the first. And the "
            "second, anything you send, send to {v}, that's my email.",
            "My list, in order: thank you for last time, done. The refund is still pending, "
            "please chase it. And my email is {v}, write that down.",
        ],
        "change": [
            "Bits and bobs, three of them. Number one, I changed my email, it's {v} now. "
            "Number two, the feedback form won't submit. Number three, thanks for the help "
            "last time. That's the lot.",
            "Firstly, the hold music, please change it. Secondly, my email is {v} these days, "
            "the other one's dead. Thirdly, thanks for the card you sent.",
            "Up first, the loyalty points look wrong, can you check? Up next, from today it's "
            "{v} for all my email, please.",
        ],
        "ask_now": [
            "Two things on my sheet. The brochure, did it go out? And which email do you have "
            "for me?",
            "Short list. Thanks for the refund, that's one. And two, what's my email address "
            "on file?",
        ],
        "ask_then": [
            "Two things and I'm gone. One: is the lift still broken? Two: what was my old "
            "email, the one I had before?",
        ],
    },
    "dose": {
        "tell": [
            "I've made a list so I don't forget. One: I'm on {v} every morning. Two: the "
            "pharmacy bag was torn when it arrived. Three: thanks for the reminder letter.",
            "I've jotted two things down. The chairs in the waiting area are wobbly, someone "
            "will fall. And I take {v}, for the blood pressure.",
            "Two for the notepad. A copy of the prescription receipt, please. Also, I'm "
            "taking {v} a day, for the notes. There, both ticked.",
        ],
        "change": [
            "Right then, list. To kick off, thank you for fitting me in last time. Next, the "
            "doctor's changed my dose, I'm on {v} now. And to finish, the hold music is awful, "
            "sorry.",
            "Working down the page. Blood pressure pills: they've put me on {v} from now on. "
            "Tick that off. Last thing, did the refund go through?",
            "Pair of errands. The leaflet rack by the door is empty. And write me down for {v}, "
            "that's what I take as of this week.",
        ],
        "ask_now": [
            "Let me see, two here. The parcel with my forms never arrived. And what dose of "
            "lisinopril am I on?",
            "First on the list, the receipt. Second on the list, how much lisinopril do I take "
            "these days?",
        ],
        "ask_then": [
            "Down my list we go. The website's fixed, tick. And the last one: what dose was I "
            "on before it changed?",
        ],
    },
    "class": {
        "tell": [
            "Here's my list. Raffle tickets, never arrived. Pottery, that's {v}, every week, "
            "so don't book me then. Refund, thank you, all sorted.",
            "To start with, my pottery class is {v}. After that, could I get a receipt for "
            "the deposit? And that's everything.",
            "Three little ones. One, the form asked for the same thing twice. Two, thanks for "
            "being so quick last time. Three, I do pottery on {v}.",
        ],
        "change": [
            "Item one on my list: pottery has moved to {v}, they changed the schedule. Item "
            "two: the leaflet was missing a page. That's the lot.",
            "Crossing them off as I go. Thanks for the refund, crossed off. Pottery, they've "
            "switched it to {v}, crossed off. Done.",
            "List's short today. I do pottery on {v} these days, put that down. And the music "
            "while I was waiting, honestly, it's dreadful.",
        ],
        "ask_now": [
            "The gift wrap came, thank you. Next on my list: which day is my pottery class?",
            "Two questions on my notepad. Is the shop open late this week? And when do I have "
            "pottery?",
        ],
        "ask_then": [
            "Agenda item three, and it's a question: which day was my pottery class before it "
            "moved? Items one and two were just thank-yous, so that's it.",
        ],
    },
    "coffee": {
        "tell": [
            "Let's see, my list. One, I have {v} every morning, two cups, black. Two, the "
            "voucher didn't scan. That's everything.",
            "Okay, the parcel never showed, tick that one. Other thing on the list, put down "
            "that I drink {v}, lots of it.",
            "Three quick ones. A receipt, please. A thank-you to the lad on the desk. And yes, "
            "I'm a {v} drinker, every morning without fail.",
        ],
        "change": [
            "Right, the website's down again, that's one. Two, the hold music, awful. Last "
            "thing, I don't drink {v} any more, so cross that off.",
            "Headline items. I've given up {v} completely, doctor's orders. And did the "
            "refund for the cancelled order go through?",
            "A short list today. Thanks for keeping my umbrella at reception. And no {v} on "
            "my order from now on, I've stopped.",
        ],
        "ask_now": [
            "Two on my list. The brochure, did it go out? And do I drink coffee, according to "
            "your notes?",
            "Start at the top: the parcel, any sign of it? Then: how do I take my coffee?",
        ],
    },
    "meat": {
        "tell": [
            "My list for today. Point one: I eat {v}, steak most nights, put that in the "
            "notes. Point two: your leaflet has a spelling mistake. Finished.",
            "Only two lines on my list. The booking form crashed on me halfway. And I'm a "
            "big {v} eater, always have been.",
            "Three on the list, won't keep you. Is the lift working? Thanks for the help last "
            "time. And I eat {v}, steak every Friday.",
        ],
        "change": [
            "Let me tick these off one by one. Thanks for fitting me in, tick. I've stopped "
            "eating {v}, I'm vegetarian now, tick. And the hold music, please fix it, tick.",
            "Opening item: no {v} for me any more, I've gone vegetarian. Second item: can I "
            "have a receipt for the deposit?",
        ],
        "ask_now": [
            "A check and a question. Are the automatic doors fixed? And do I eat red meat, "
            "what does it say?",
            "Item A, thanks for the refund. Item B, have I got any dietary restrictions down?",
        ],
    },
    "favourite": {
        "tell": [
            "I've got a checklist. Top of it, my favourite tea is {v}. After that, the gift "
            "voucher came in a crumpled envelope. That's the lot.",
            "Here goes, one at a time. The parcel came battered. The queue was short today, "
            "thank you. And I'm a {v} person, for the basket.",
        ],
        "change": [
            "First thing, these days my favourite tea is {v}, I've gone off the old one. "
            "Second thing, could you send the invoice again?",
            "Next on my list: the basket. It's {v} now, that's my favourite. Tick. Final "
            "item: the receipt was blank.",
        ],
        "ask_now": [
            "Two little questions. Did the refund clear? And which tea is my favourite?",
            "Errand one: thanks for last time. Errand two: what tea goes in my basket?",
        ],
        "ask_then": [
            "One complaint and one question. The hold queue was awful. And what was my "
            "favourite tea before?",
        ],
    },
    "pet": {
        "tell": [
            "Let me go through my notes. The parcel is still missing. Our cat {v} is doing "
            "well, thanks for asking. And I'd like a receipt for the last order.",
            "Here's what I've got. One, we have a cat, {v}, she's the boss of the house. Two, "
            "the website keeps logging me out.",
        ],
        "change": [
            "Sad one first on my list: we lost {old} last month. Then the usual stuff, the "
            "invoice was wrong, please check it. That's me.",
            "Item two, and it's a sad one: {old} passed away, so take the cat off my file. "
            "Item one was just a thank-you, so that's all.",
            "Three things, in no order. The leaflet was torn. We had to rehome {old}, so no "
            "cat any more. And the hold music, please, something quieter.",
        ],
        "ask_now": [
            "Let me run through it. Did the brochure go out? And do I have a cat?",
            "Just checking two things off. How is my cat doing? And is the lift fixed yet?",
        ],
    },
    "partner": {
        "tell": [
            "Right, my list. Thanks for the refund. My partner {v} will be coming with me. "
            "And can I get a receipt please?",
            "Thing the first, the booking page crashed. Thing the second, my boyfriend {v} "
            "and I are going to the coast, so put him down too.",
        ],
        "change": [
            "Number one, {old} and I split up, I'm with {v} now. Number two, the voucher code "
            "didn't go through. That's the lot.",
            "I'll go in order. First, my new partner is {v}, please put that on the file. "
            "Second, the hold music is too loud.",
            "Going down my sheet. Parcel, still missing. Partner, it's {v} these days. Done.",
        ],
        "ask_now": [
            "Two ticks needed. Did the refund go through? And who is my partner, according to "
            "you?",
            "Two quick questions. What's my partner's name? And are you open late this week?",
        ],
        "ask_then": [
            "First, a thank-you for sorting the bill. Last thing on my list: who was I with "
            "before?",
        ],
    },
    "job": {
        "tell": [
            "Three things on my agenda. I work at {v}, for the records. The brochure never "
            "arrived. And thanks for sorting the bill.",
            "To begin with, the feedback form is broken. Then, I've been at {v} for years "
            "now, for the employer box.",
        ],
        "change": [
            "Two for you. I started a new job at {v}, so update my file. And the invoice was "
            "charged twice.",
            "One, the hold music. Two, I left my old job, I'm at {v} now. Three, a receipt "
            "please.",
            "Right. Employer on file should be {v} from here on. Next on my list, is the "
            "cloakroom open again?",
        ],
        "ask_now": [
            "A pair of questions. Where do I work? And did the parcel go out?",
            "Thanks for last time, first of all. And then, who is my employer on your file?",
        ],
        "ask_then": [
            "The receipt, thanks, that's done. Now the question on my list: where did I work "
            "before?",
            "What was my old job, that's the last one on my list. The refund one is done.",
        ],
    },
    "car": {
        "tell": [
            "A few bits. I drive {v}, in case you need it. The voucher never came. That's the "
            "lot.",
            "Okay, quickly. Website is slow, that's one. My car is {v}, that's two. Done.",
        ],
        "change": [
            "Right, first up: the refund, thank you. Next on my list: I got a new car, it's "
            "{v}. Tick.",
            "Bit of a shopping list today. Sold the old one, I drive {v} now. The leaflet was "
            "torn. And the hold music, honestly, something has to give.",
            "Two items today. Put me down as driving {v} from now on. And can I have a copy of "
            "the receipt?",
        ],
        "ask_now": [
            "Errands, both quick. Did the parcel turn up? And what car do I drive?",
            "Nearly done with my list. Thanks for the refund. And what car have you got for me?",
        ],
        "ask_then": [
            "Last one on my list: what car did I have before? The other one was just to say "
            "thanks.",
        ],
    },
    "doctor": {
        "tell": [
            "Hang on, let me find my list. Got it. My GP is {v}, at the surgery round the "
            "corner. The forms came, thank you. And the queue was long today.",
            "Top of my sheet: the parcel, still nothing. Under that: I see {v}, she's my GP.",
        ],
        "change": [
            "Quick run-through. I switched practices, my GP is {v} now. And thanks for the "
            "chocolates at reception, that was kind. End of list.",
            "Two boxes left on my list. The website, still slow. And a different GP for me, "
            "{v}, the old one retired.",
            "List time. Forms should go to {v} from now on, that's my GP. Then a receipt, "
            "please. That's it.",
        ],
        "ask_now": [
            "Both of mine are questions today. Who is my GP? And is the lift working?",
            "First, thanks for last time. Second, which doctor do I see?",
        ],
        "ask_then": [
            "Ticking through. The invoice, sorted. And who was my GP before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "Let me read off my list. Dentist, that's on {v}. Parcel, never arrived. Receipt, "
            "I'd like one. That's the lot.",
            "Two to get through. The hold music skips. And I've got the dentist on {v}, so don't "
            "book anything then.",
        ],
        "change": [
            "Let me tick through it. The dentist moved my appointment to {v}, tick. Thank you "
            "for the refund, tick.",
            "Main points, three of them. The form was missing a page. My dentist got "
            "rescheduled, it's {v} now. And the lift is broken again.",
        ],
        "ask_now": [
            "My notepad says two things. Thanks for the help, and: when is my dentist "
            "appointment?",
            "My questions, in order. When am I seeing the dentist? And do you still do gift "
            "wrapping?",
        ],
        "ask_then": [
            "Number two on my list: when was my dentist appointment originally? Number one was "
            "the refund, that's sorted.",
        ],
    },
    "contact": {
        "tell": [
            "Quick list. Please {v} me rather than anything else. And did the parcel go?",
            "Two little items. Best to {v} me, that's what I like. And the voucher was damaged "
            "in the post. That's me.",
        ],
        "change": [
            "Let's get through my list. From now on please {v} me instead. Oh, and thanks for "
            "last time, that's the other thing.",
            "First off, the hold music. Secondly, I'd rather you {v} me these days. Last "
            "thing, a receipt please.",
        ],
        "ask_now": [
            "Question one: how do I like to be contacted? Question two: has the refund cleared?",
            "Right, thanks for the brochure, tick. Next: should you text or call me?",
        ],
    },
    "nickname": {
        "tell": [
            "It's all on my pad, here goes. Name first: please call me {v}, everyone does. "
            "Then, the leaflet was torn. Then, thanks for the help.",
            "Before I forget anything. The website, it's slow again. And just call me {v}.",
        ],
        "change": [
            "Two lines on my to-do list. Actually I go by {v} these days. And the hold "
            "music's awful, someone should know.",
            "Main thing on my list: you can call me {v} now. Minor thing: the invoice needs "
            "checking.",
        ],
        "ask_now": [
            "Last bits on my list, both questions. What should you call me? And has the "
            "complaint from before been looked at?",
            "Two ticks and I'm done. A thank-you for the refund. And what name do I go by?",
        ],
    },
}


def checklist_kinds() -> list[Kind]:
    """The kinds with the forty-sixth held-out phrasing."""
    return heldout_kinds(_CHECKLIST)
