"""A fifty-fourth held-out phrasing of the same facts (`generate --phrasing ramble`, written to
`bench/changeeval/ramble/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
layout of `onhold.py`, `heldout_kinds` and `phrasings.py` only, without reading the supersession
rules, the other phrasings or the tests, and without running anything on these words first.
The callers are chatty, disfluent and long-winded: every tell and change is a long turn of two
to four sentences full of fillers and restarts ("um", "erm", "you know", "I mean", "where was
I", "sorry, I'm all over the place today"), with the value said once, somewhere in the middle,
and small talk around it (the rain, the grandchildren, the bus, the telly, the knee) that holds
no other value of the same kind. Self-repairs touch only the wording ("we've - well I've -
moved"), never the value, so the value said is always the final one; every change leaves no
doubt that the old value no longer holds. The questions ramble too, with apologies and asides
around what is asked ("Sorry, this is going to sound daft, but ...").
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_RAMBLE: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            (
                "Oh, um, the address, yes, sorry, I've just come in from the rain, it's been "
                "chucking it down all morning... where was I? Yes, I live at {v}, that's home, "
                "has been for a good while now."
            ),
            (
                "Right, erm, my address — well, our address, me and the telly, ha — is {v}. "
                "It's the one near the little park, you know, where they have the fair in the "
                "summer, not that I go on the rides any more."
            ),
            (
                "Sorry, I'm all over the place today, the bus was late and I've only just sat "
                "down. The address you want is {v}, that's where I live, I mean, that's home."
            ),
            (
                "Erm, yes, so, home is — I mean the house is — at {v}, the one with the blue "
                "door, well, it was blue, my grandson painted it last summer and it's more sort"
                " of teal now."
            ),
        ],
        "change": [
            (
                "Well, um, we've — well I've — moved, finally, after all that fuss with the "
                "estate agents, I'm at {v} now, so could you change it over? Sorry, the boxes "
                "are everywhere, I can't find a thing."
            ),
            (
                "Oh, you'll never guess, erm, I've moved house! Last weekend, in the pouring "
                "rain of course, typical. The new address is {v}, so the old one's no good any "
                "more, you know."
            ),
            (
                "Sorry, I'm all over the place, it's the move, I mean, I've only been in a "
                "week. Where was I? Yes, the address — it's {v} now, please, my son did all the"
                " lifting, bless him, his back's not been right since."
            ),
            (
                "Right, so, um, the main thing — well one of the things — is that I don't live "
                "at the old place any more, I've moved to {v}, and honestly the view's much "
                "nicer, I can see the allotments from the kitchen."
            ),
        ],
        "ask_now": [
            (
                "Sorry, this is going to sound daft, but the address, the one you've got for me"
                " now, what is it again?"
            ),
            (
                "Erm, my daughter's filling in a form for me and she wants to know — where is "
                "it I live, as far as you've got it? My memory's like a sieve today."
            ),
            (
                "Um, what address have you got down for me? I mean the current one, I'm forever"
                " mixing things up since the hip."
            ),
            (
                "Oh, while I think of it, erm — which address is on my file now? Just so I know"
                " the letters are going to the right house, you know."
            ),
        ],
        "ask_then": [
            (
                "Erm, before all the fuss with the move, where was I? The old place, what was "
                "that address?"
            ),
            (
                "This is silly, but, um, the address I had before I moved — what was it? The "
                "pension people are asking, you know how they are."
            ),
            (
                "Sorry, I mean, what was my old address, the one before this one? I can't for "
                "the life of me remember it."
            ),
        ],
    },
    "phone": {
        "tell": [
            (
                "Oh, the number, um, hang on, I've got it written on the fridge... yes, my "
                "mobile is {v}, sorry, my glasses are in the other room."
            ),
            (
                "Erm, so you can get me on {v}, that's the mobile, I mean, I always have it on "
                "me, except when I'm in the garden, the signal's rubbish out there."
            ),
            (
                "Right, um, the best number for me, well, the only one really since we got rid "
                "of the landline, is {v}. The grandchildren laughed at me for keeping the "
                "landline so long, you know."
            ),
            (
                "Sorry, I'm all over the place today, the weather's got me in a muddle. My "
                "number is {v}, that's my own phone, nobody else answers it."
            ),
        ],
        "change": [
            (
                "Oh, erm, I've got a new phone — well, my granddaughter made me get one, the "
                "old one kept switching itself off — and the number's changed, it's {v} now."
            ),
            (
                "Um, so, the number you've got for me won't work any more, I mean, it's gone, "
                "the shop said. It's {v} now, that's the new one, sorry, it took me ages to "
                "learn it."
            ),
            (
                "Right, where was I, oh yes, my number changed last week, after all that "
                "trouble with the contract, you know, so please use {v} from now on."
            ),
            (
                "Sorry to go on, but, erm, I had to get a new number, the old one got all these"
                " funny calls, you know, people selling things... anyway, it's {v} now, that's "
                "the one."
            ),
        ],
        "ask_now": [
            (
                "Erm, sorry, silly question, but what number have you got for me? The current "
                "one, I mean, I can never remember my own."
            ),
            (
                "Um, which number should you be ringing me on? Just checking you've got the "
                "right one, my neighbour says I never answer."
            ),
            "Oh, before I forget — what's my phone number on your system, the one you'd use now?",
        ],
        "ask_then": [
            (
                "This sounds daft, I know, but, erm, what was my old number, the one before I "
                "changed it?"
            ),
            (
                "Um, the number I had before, what was it again? My sister still has it in her "
                "little book and I want to check."
            ),
        ],
    },
    "email": {
        "tell": [
            (
                "Oh, the email, right, um, my grandson set it up for me, he's very good with "
                "all that. It's {v}, all lower case I think, yes."
            ),
            (
                "Erm, so, for the emails, it's {v}, I mean, I don't check it every day, I'm not"
                " glued to it like the young ones, but I do look of an evening."
            ),
            (
                "Sorry, I'm all over the place today, I've been on to the bank all morning. My "
                "email address is {v}, that's the one to use."
            ),
            (
                "Right, um, where was I — oh, the email. Send things to {v}, please, the "
                "receipts and all that, I've stopped keeping paper, the drawer was overflowing."
            ),
        ],
        "change": [
            (
                "Um, I've changed my email — well, my daughter changed it for me, the old one "
                "was getting all sorts of rubbish — so it's {v} now, please."
            ),
            (
                "Oh, erm, the email you've got, I don't use that one any more, I mean, I can't "
                "even get into it. It's {v} these days."
            ),
            (
                "Sorry, I'm rambling, but I've got a new email address, it's {v}, and honestly "
                "it's much better, the old account kept losing things."
            ),
            (
                "Right, so, the email — I've switched over, you know, after all the fuss with "
                "the junk — please use {v} from now on, that's the new one."
            ),
        ],
        "ask_now": [
            (
                "Erm, sorry, what email have you got for me now? I mean, which address do the "
                "receipts go to?"
            ),
            (
                "Um, this is going to sound daft, but my email, the one you've got on file, "
                "what is it again?"
            ),
            "Oh, while I remember, which email address are you using for me these days?",
        ],
        "ask_then": [
            (
                "Erm, the email I had before, the old one, what was it? I need to tell the "
                "library, they've still got it."
            ),
            "Sorry, what was my old email address, before I switched?",
        ],
    },
    "dose": {
        "tell": [
            (
                "Oh, the health, um, not bad, you know, the knee's playing up with this damp "
                "weather. I'm on {v} every morning, for the blood pressure, I mean, that's the "
                "only tablet I take."
            ),
            (
                "Erm, so, the blood pressure pills, I take {v}, first thing with my breakfast, "
                "well, with my toast, I don't do a proper breakfast any more."
            ),
            (
                "Sorry, I'm all over the place today, I've been wrapping the grandchildren's "
                "presents. The tablets — it's {v} I take, every morning, like clockwork."
            ),
            (
                "Right, um, where was I, the doctor, yes. She has me on {v} a day for my blood "
                "pressure, and I have to say it's been much steadier, you know."
            ),
        ],
        "change": [
            (
                "Oh, erm, the doctor changed my tablets — well, the dose, not the tablets — I'm"
                " on {v} now, from this week, she wants to see how I get on with it."
            ),
            (
                "Um, so, I had the blood pressure check, you know, the cuff thing that squeezes"
                " your arm half to death, and they've put me on {v} now, so that's what I take "
                "from here on."
            ),
            (
                "Sorry, I'm rambling, but the pharmacy sent the new box and it's {v} now, the "
                "doctor switched it, I mean, I was worried I'd mix them up but I've thrown the "
                "old ones out."
            ),
            (
                "Right, where was I — oh yes, the tablets. My dose changed, it's {v} every "
                "morning now, my daughter's written it on the calendar so I don't forget."
            ),
        ],
        "ask_now": [
            (
                "Erm, sorry, silly question, but how much of the lisinopril am I meant to be "
                "taking now? I've gone and lost the leaflet."
            ),
            (
                "Um, what dose have you got me down for, for the blood pressure? The current "
                "one, I mean."
            ),
            "Oh, before I forget, how many milligrams of lisinopril do I take these days?",
        ],
        "ask_then": [
            (
                "Erm, before the doctor changed it, what dose was I on? The old amount of "
                "lisinopril, I mean."
            ),
            "Sorry, this sounds daft, but what was my old dose, before the switch?",
        ],
    },
    "class": {
        "tell": [
            (
                "Oh, fun, well, um, I do pottery, you know, making bowls and things, they're "
                "all wonky but I love it. It's on {v}, so I'm never free then, sorry."
            ),
            (
                "Erm, so, my pottery class is {v}, I mean, that's the highlight of my week "
                "really, the teacher's ever so patient with me."
            ),
            (
                "Sorry, I'm all over the place today, I've still got clay under my nails. "
                "Pottery's on {v}, every week, it's the one thing I never miss."
            ),
            (
                "Right, um, the week — well, there's pottery on {v}, that's fixed, and the rest"
                " of it is just the shopping and the grandchildren, you know, the usual."
            ),
        ],
        "change": [
            (
                "Oh, erm, pottery's moved — well, the class has, not the pottery, ha — it's on "
                "{v} now, they changed the whole schedule after the teacher's operation."
            ),
            (
                "Um, so, you know my pottery class? They've switched it to {v}, I mean, from "
                "now on, which actually suits me better with the buses."
            ),
            (
                "Sorry, I'm rambling, but the pottery class got moved to {v}, the room was "
                "double-booked or something, anyway, that's when it is now."
            ),
            (
                "Right, where was I — oh, pottery. It's {v} from now on, they sent a letter "
                "round, and honestly I nearly missed it, the letter was under a pile of "
                "catalogues."
            ),
        ],
        "ask_now": [
            "Erm, sorry, when is my pottery class again? I mean the day it's on now.",
            "Um, which day do I do pottery these days? I've lost track, honestly.",
            "Oh, quick one, what day's my pottery class on at the moment?",
        ],
        "ask_then": [
            "Erm, before they moved it, when was pottery? The old day, I mean.",
            "Sorry, which day did I used to do pottery, before the change?",
        ],
    },
    "coffee": {
        "tell": [
            (
                "Oh, the usual, um, yes, I can't do without my {v} in the morning, I mean, two "
                "cups, black, before I can even think, you know what I'm like."
            ),
            (
                "Erm, so, I have {v} every morning, first thing, sat by the window watching the"
                " birds — we had a woodpecker the other day, can you believe it."
            ),
            (
                "Sorry, I'm all over the place today, I didn't sleep a wink. But yes, {v}, I "
                "drink it every morning, that's my little routine."
            ),
            (
                "Right, um, where was I — breakfast, yes. I love my {v}, I have a big mug of it"
                " every day, the grandchildren bought me a mug that says world's best nan."
            ),
        ],
        "change": [
            (
                "Oh, erm, I've given up {v} — well, the doctor more or less made me — so none "
                "of that on the order any more, I mean it, not even a little one."
            ),
            (
                "Um, so, the breakfast order, I've stopped drinking {v}, it was playing havoc "
                "with my sleep, you know, I was up at all hours watching the shopping channel."
            ),
            (
                "Sorry, I'm rambling, but no more {v} for me, I quit last month, and honestly "
                "the headaches were awful for a week but I'm over it now."
            ),
            (
                "Right, where was I — oh, yes, I don't drink {v} any more, I mean, not at all, "
                "I've packed it in completely, my daughter's very proud of me."
            ),
        ],
        "ask_now": [
            (
                "Erm, sorry, do I drink coffee? I mean, what have you got down for me, I've "
                "forgotten what I told you."
            ),
            "Um, silly question, but is coffee on my breakfast order or not these days?",
            "Oh, before I forget, do you have me down as a coffee drinker?",
        ],
    },
    "meat": {
        "tell": [
            (
                "Oh, the steakhouse, lovely, um, I do love a good steak, I mean, I eat {v} most"
                " days really, my husband always said I'd turn into a cow, ha."
            ),
            (
                "Erm, so, no restrictions, I'm a big {v} eater, you know, steak, lamb, the lot,"
                " I had a lovely bit of beef at my sister's last weekend."
            ),
            (
                "Sorry, I'm all over the place today, it's this heat. Anyway, yes, I eat {v}, "
                "plenty of it, so the steakhouse is perfect."
            ),
            (
                "Right, um, where was I — the dinner, yes. I eat {v}, always have, a roast "
                "without it isn't a proper roast, is it."
            ),
        ],
        "change": [
            (
                "Oh, erm, I've stopped eating {v} — well, all meat really, I'm vegetarian now —"
                " so maybe not the steakhouse, I mean, sorry, I know it was my idea."
            ),
            (
                "Um, so, dietary notes, yes, I'm vegetarian these days, no {v} at all please, "
                "my granddaughter talked me into it after some programme on the telly."
            ),
            (
                "Sorry, I'm rambling, but I've given up {v}, I mean completely, since the "
                "spring, and honestly I feel better for it, the knees especially."
            ),
            (
                "Right, where was I — oh, the booking. I don't eat {v} any more, I've gone "
                "vegetarian, so somewhere with a decent veggie option, you know, not just a sad"
                " salad."
            ),
        ],
        "ask_now": [
            (
                "Erm, sorry, do I eat red meat? What have you got down for me, I mean, for the "
                "dinner bookings?"
            ),
            (
                "Um, have I got any dietary restrictions on my file? I can't remember what I "
                "told you."
            ),
            "Oh, quick one, is red meat alright for me or not, according to your notes?",
        ],
    },
    "favourite": {
        "tell": [
            (
                "Oh, a tea, how lovely, um, my favourite is {v}, I mean, I drink it all day, my"
                " daughter says I'll turn into a teapot."
            ),
            (
                "Erm, so, for the basket, {v}, that's my favourite tea, always has been, I have"
                " a cup with the quiz on the telly of an evening."
            ),
            (
                "Sorry, I'm all over the place today, the builders next door are drilling. My "
                "favourite tea — it's {v}, you can't go wrong with that."
            ),
            (
                "Right, um, where was I — oh, the basket, yes. I'm a {v} person, that's my "
                "favourite tea, I've got a special tin for it and everything."
            ),
        ],
        "change": [
            (
                "Oh, erm, I've gone off my old tea — well, gone off it completely, funny how "
                "that happens — my favourite is {v} now, so put that in, please."
            ),
            (
                "Um, so, these days my favourite tea is {v}, I mean, I switched over the "
                "winter, my friend brought some round and that was that."
            ),
            (
                "Sorry, I'm rambling, but it's {v} I like best now, I've changed my favourite, "
                "the other one just tastes of nothing to me these days."
            ),
            (
                "Right, where was I — the tea, yes. My favourite's {v} now, I've gone right off"
                " the old one, honestly, I gave the rest of the box to the neighbour."
            ),
        ],
        "ask_now": [
            "Erm, sorry, what's my favourite tea? I mean, what have you got down for the basket?",
            (
                "Um, which tea is it I like best, according to you? I've told so many people "
                "I've lost track."
            ),
            "Oh, before I forget, what tea are you putting in my basket, my favourite?",
        ],
        "ask_then": [
            "Erm, before I changed, what was my favourite tea? The old one, I mean.",
            "Sorry, this is daft, but which tea did I used to like best?",
        ],
    },
    "pet": {
        "tell": [
            (
                "Oh, the family, well, um, it's just me and the cat really, {v}, she's a "
                "handful, I mean, she knocked a whole plant off the windowsill this morning."
            ),
            (
                "Erm, things at home, yes, fine, our cat {v} runs the house, you know, she has "
                "the best chair and we all just fit round her."
            ),
            (
                "Sorry, I'm all over the place today, I've been chasing the cat round the "
                "garden. She's called {v}, and she will not come in when it rains."
            ),
            (
                "Right, um, where was I — oh, home. We've got a cat, {v}, she's getting on a "
                "bit now but still thinks she's a kitten, you know."
            ),
        ],
        "change": [
            (
                "Oh, erm, not so good, sadly, we lost {old} last month — well, she was fifteen,"
                " she had a good innings — so it's very quiet at home now, I keep looking for "
                "her."
            ),
            (
                "Um, so, home, yes, {old} passed away in the spring, I mean, it's been hard, "
                "the house feels empty without her."
            ),
            (
                "Sorry, I'm rambling, but we had to rehome {old}, my allergies got too bad, you"
                " know, she's with a lovely family on a farm now, so we've no cat any more."
            ),
            (
                "Right, where was I — oh, the family. Well, {old} died, the cat, I mean, a few "
                "weeks ago, the vet was very kind about it, but we haven't got a cat now."
            ),
        ],
        "ask_now": [
            "Erm, sorry, do I have a cat? What have you got down for me, I mean, at the moment?",
            "Um, silly question, but have you got a pet on my file these days?",
            "Oh, before I forget, what does it say about my cat, do I still have one?",
        ],
    },
    "partner": {
        "tell": [
            (
                "Oh, the family, um, fine, my boyfriend {v} and I are off to the coast at the "
                "weekend, I mean, if the weather holds, which it won't."
            ),
            (
                "Erm, so, the weekend, my partner {v} is doing the cooking, you know, he's "
                "taken up bread-making, the kitchen's covered in flour."
            ),
            (
                "Sorry, I'm all over the place today, it's been one of those weeks. But yes, "
                "{v}, that's my boyfriend, he's coming with me to my cousin's do."
            ),
            (
                "Right, um, where was I — oh, the family. {v}, my partner, you know, he's been "
                "fixing the shed all week, or he says he's fixing it."
            ),
        ],
        "change": [
            (
                "{old} and I split up — well, it was a long time coming — and, erm, I'm seeing "
                "someone new, {v}, I mean, it's early days but he's lovely."
            ),
            (
                "Oh, erm, big news, I'm with {v} now, things with {old} ended in the spring, "
                "you know, and honestly we're both happier."
            ),
            (
                "Um, so, the weekend, my new partner {v} is taking me to the coast, I mean, "
                "he's only been around a few months but he's already fixed my gate."
            ),
            (
                "Sorry, I'm rambling, but I've got a new boyfriend, {v}, we met at the bowls "
                "club of all places, you know, he's hopeless at bowls but ever so funny."
            ),
        ],
        "ask_now": [
            "Erm, sorry, who's my partner, what have you got down? I mean, the current one, ha.",
            "Um, silly question, but what's my boyfriend's name on your file?",
            "Oh, who have you got as my partner these days?",
        ],
        "ask_then": [
            "Erm, before the new one, who was I with? The old boyfriend, I mean.",
            "Sorry, this sounds daft, but who was my partner before?",
        ],
    },
    "job": {
        "tell": [
            (
                "Oh, work, um, it's fine, busy, you know, I work at {v}, I mean, I've been "
                "there a good few years now, it's steady."
            ),
            (
                "Erm, so, I'm at {v}, that's where I work, and the bus there takes forever, "
                "honestly, I could walk it faster."
            ),
            (
                "Sorry, I'm all over the place today, it's been a long week. My job — I'm at "
                "{v}, have been for ages, they're a decent lot."
            ),
            (
                "Right, um, where was I — work, yes. I work for {v}, you know, nothing "
                "glamorous, but it pays the bills and the canteen's not bad."
            ),
        ],
        "change": [
            (
                "Oh, erm, I've left — well, I handed my notice in ages ago but I've only just "
                "finished — and I've started at {v} now, so it's all new faces."
            ),
            (
                "Um, so, new job! I'm at {v} these days, I mean, it's a bit of a change, the "
                "commute's shorter, which is a blessing in this weather."
            ),
            (
                "Sorry, I'm rambling, but I don't work at the old place any more, I've moved to"
                " {v}, started last month, you know."
            ),
            (
                "Right, where was I — oh, work. I work at {v} now, I changed jobs over the "
                "summer, and honestly I should have done it years ago."
            ),
        ],
        "ask_now": [
            "Erm, sorry, where do I work, according to you? The job I've got now, I mean.",
            "Um, who have you got down as my employer at the moment?",
            "Oh, before I forget, which place am I working at these days, on your file?",
        ],
        "ask_then": [
            "Erm, before this job, where was I working? The old place, I mean.",
            "Sorry, this is daft, but what was my old job, where did I work before?",
        ],
    },
    "car": {
        "tell": [
            (
                "Oh, parking, um, yes please, I drive {v}, I mean, it's not new but it gets me "
                "about, the heater's a bit temperamental."
            ),
            (
                "Erm, so, my car is {v}, you know, I keep meaning to get it cleaned, the birds "
                "have been at it something terrible."
            ),
            (
                "Sorry, I'm all over the place today, I've been stuck behind roadworks. The "
                "car, yes, it's {v}, you can't miss it."
            ),
            (
                "Right, um, where was I — oh, the car wash. I've got {v}, that's my car, and "
                "it's filthy after the weekend at my sister's."
            ),
        ],
        "change": [
            (
                "Oh, erm, we traded the old car in — well, I say we, my son did the haggling — "
                "so I drive {v} now, it's ever so nice."
            ),
            (
                "Um, so, new car! It's {v}, I mean, I've only had it a fortnight, I'm still "
                "finding where all the buttons are."
            ),
            (
                "Sorry, I'm rambling, but I sold the old one, it kept failing its check, you "
                "know, and my car is {v} now."
            ),
            (
                "Right, where was I — oh, parking. I've got a different car these days, {v}, so"
                " make sure you've got that down and not the old one."
            ),
        ],
        "ask_now": [
            "Erm, sorry, what car have you got down for me? The one I drive now, I mean.",
            "Um, silly question, but which car am I driving these days, on your file?",
            "Oh, before I forget, what's my car, according to you?",
        ],
        "ask_then": [
            "Erm, before the new one, what car did I have? The old one, I mean.",
            "Sorry, this is daft, but what was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            (
                "Oh, the forms, um, they go to my GP, that's {v}, I mean, at the Elm Street "
                "practice, she's lovely, always runs late though."
            ),
            (
                "Erm, so, I see {v}, she's my GP, you know, has been for years, she knows all "
                "my funny little ways."
            ),
            (
                "Sorry, I'm all over the place today, the chemist was packed this morning. My "
                "GP is {v}, send the forms there."
            ),
            (
                "Right, um, where was I — the doctor, yes. It's {v} I see, at the surgery by "
                "the post office, the one with the ramp."
            ),
        ],
        "change": [
            (
                "Oh, erm, I've switched practices — well, I had to, the old surgery closed — so"
                " my GP is {v} now, please send things there."
            ),
            (
                "Um, so, my new GP is {v}, I mean, I've only seen her the once but she seems "
                "very thorough, she even asked about my knee."
            ),
            (
                "Sorry, I'm rambling, but the old GP retired, you know, after about a hundred "
                "years, ha, and I'm with {v} now."
            ),
            (
                "Right, where was I — oh, the forms. They should go to {v} these days, that's "
                "my GP now, I changed over in the autumn."
            ),
        ],
        "ask_now": [
            "Erm, sorry, who's my GP, what have you got down? The current one, I mean.",
            "Um, silly question, but which doctor do I see these days, on your file?",
            "Oh, before I forget, who are you sending my forms to, which GP?",
        ],
        "ask_then": [
            "Erm, before I switched, who was my GP? The old one, I mean.",
            "Sorry, this sounds daft, but which doctor did I use to see?",
        ],
    },
    "dentist": {
        "tell": [
            (
                "Oh, appointments, um, yes, the dentist, I've got that on {v}, I mean, I'm "
                "dreading it, I always am, even though she's very gentle."
            ),
            (
                "Erm, so, my dentist appointment is on {v}, you know, just a check-up, but with"
                " my teeth you never know, ha."
            ),
            (
                "Sorry, I'm all over the place today, the calendar's a mess. The dentist — "
                "that's {v}, I've circled it in red."
            ),
            (
                "Right, um, where was I — the calendar, yes. Dentist on {v}, that's the only "
                "thing in there, apart from the bins."
            ),
        ],
        "change": [
            (
                "Oh, erm, the dentist rang — well, the receptionist did — and they've moved my "
                "appointment to {v}, so that's the new date."
            ),
            (
                "Um, so, my dentist appointment got rescheduled, it's {v} now, I mean, the "
                "dentist's off sick or something, poor thing."
            ),
            (
                "Sorry, I'm rambling, but the dentist changed my appointment, it's on {v} now, "
                "I've crossed the old one out on the calendar."
            ),
            (
                "Right, where was I — oh, the dentist. It's been moved to {v}, they sent a "
                "little card, I nearly threw it out with the junk mail."
            ),
        ],
        "ask_now": [
            "Erm, sorry, when's my dentist appointment? The date you've got now, I mean.",
            "Um, silly question, but what day is the dentist, according to you?",
            "Oh, before I forget, when am I seeing the dentist?",
        ],
        "ask_then": [
            "Erm, before they moved it, when was the dentist? The original date, I mean.",
            "Sorry, this is daft, but when was my dentist appointment meant to be at first?",
        ],
    },
    "contact": {
        "tell": [
            (
                "Oh, getting in touch, um, please {v} me, I mean, that's what suits me best, "
                "I'm not one for fuss, you know."
            ),
            (
                "Erm, so, best to {v} me, that's what I prefer, my granddaughter showed me how "
                "it all works and now I'm an expert, ha."
            ),
            (
                "Sorry, I'm all over the place today, the dog next door's been barking since "
                "dawn. Anyway — {v} me, please, that's the way I like it."
            ),
            (
                "Right, um, where was I — oh, the booking. If you need me, just {v} me, I mean,"
                " rather than anything else, I'm better that way."
            ),
        ],
        "change": [
            (
                "Oh, erm, actually, from now on could you {v} me instead — well, I've changed "
                "my mind about it, you know, what I said before doesn't suit me any more."
            ),
            (
                "Um, so, I'd rather you {v} me these days, I mean, things have changed a bit, "
                "I'm out and about more since the new bus route started."
            ),
            (
                "Sorry, I'm rambling, but please {v} me from now on, not the way we said "
                "before, my daughter says I'm hopeless with the other."
            ),
            (
                "Right, where was I — oh, getting hold of me. It's best to {v} me now, I've "
                "gone off the old way, honestly, it never suited me."
            ),
        ],
        "ask_now": [
            (
                "Erm, sorry, how do I like to be contacted? What have you got down for me now, "
                "I mean?"
            ),
            (
                "Um, silly question, but what's the best way for you to get hold of me, "
                "according to your notes?"
            ),
            "Oh, before I forget, how are you meant to get in touch with me these days?",
        ],
    },
    "nickname": {
        "tell": [
            (
                "Oh, um, please call me {v}, I mean, everyone does, the only ones who use my "
                "full name are the tax office, ha."
            ),
            (
                "Erm, so, just {v}, that's what I go by, you know, ever since I was little, my "
                "dad started it and it stuck."
            ),
            (
                "Sorry, I'm all over the place today, the rain's got into my head. Call me {v},"
                " please, all my friends do."
            ),
            (
                "Right, um, where was I — oh, names. I go by {v}, I mean, nobody's called me "
                "anything else in years, the grandchildren included."
            ),
        ],
        "change": [
            (
                "Oh, erm, you can call me {v} now — well, I've gone back to it, you know, it "
                "feels more like me than what you had."
            ),
            (
                "Um, so, I go by {v} these days, I mean, I changed it after the retirement do, "
                "new start and all that."
            ),
            (
                "Sorry, I'm rambling, but could you call me {v} from now on? The old name never"
                " really fitted, my friend always said so."
            ),
            (
                "Right, where was I — oh, what to call me. It's {v} now, please, I've switched,"
                " and the whole family's got used to it already."
            ),
        ],
        "ask_now": [
            "Erm, sorry, what are you meant to call me? What have you got down, I mean?",
            "Um, silly question, but what name do I go by, on your file?",
            "Oh, before I forget, what is it you call me these days?",
        ],
    },
}


def ramble_kinds() -> list[Kind]:
    """The kinds with the fifty-fourth held-out phrasing."""
    return heldout_kinds(_RAMBLE)
