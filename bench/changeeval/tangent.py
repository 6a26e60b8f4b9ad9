"""A forty-second held-out phrasing of the same facts (`generate --phrasing tangent`, written
to `bench/changeeval/tangent/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `heldout_kinds`, of one kind of `heldout.py`'s words (and the count and placeholders
of its templates per role), of `onhold.py`'s layout and of `phrasings.py` only, without reading
the supersession rules, the other phrasings or the tests, and without running anything on these
words first. The callers ramble and go off on tangents: every turn runs to two to four
sentences, and the caller's own value sits mid-turn between anecdotes about the garden, the
dog, the wedding and the boiler. Other people in their lives come up in passing with their own
details, written into the words and never the value (a sister who has just moved to Harrogate,
a neighbour's new silver car, a son who has "got a new number too, typical", a brother-in-law
who has switched surgeries, a wife's new job at a school). The caller's own change comes with
no word of change ("anyway, it's ... these days"), after a long story of why ("the landlord
sold up ... we're at ... now"), interrupted and resumed ("where was I, oh yes, ..."), or as a
self-correction mid-ramble ("we're at - no, hang on, that's my daughter's flat ... ours is
..."); some turns name the old arrangement without its value ("not the old place, thank
goodness"). Questions come in the same chatty register, often after a short aside ("My daughter
keeps asking me this ... what's my email on your file?"). Every change is about the caller and
leaves the new value current; every tell states the caller's own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_TANGENT: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            (
                "Oh, well, my sister keeps telling me I should move nearer to her in Norwich, but "
                "I won't budge. I'm at {v}, have been for donkey's years, and the garden alone "
                "would take me a decade to leave. She's got no garden at all, just a balcony with "
                "a sad little fern."
            ),
            (
                "Home for me is {v}, it's the one with the wonky gatepost. My neighbour reversed "
                "his new van into it at Christmas, don't get me started. Anyway, that's me."
            ),
            (
                "Let me think, the postman always asks this too. It's {v}, that's where I live, "
                "just past the pub on the corner. My friend Dawn says it's the only house on the "
                "street with a red door, which isn't true, but there you go."
            ),
            (
                "We're at {v}. My brother-in-law did the whole kitchen for us when we got there, "
                "took him three summers and a lot of swearing. Lovely job in the end though."
            ),
        ],
        "change": [
            (
                "Well, the landlord sold up in the autumn, out of nowhere, and we had about six "
                "weeks to find somewhere, which nearly finished me off with the boxes and the cat "
                "being sick in the car. But we're at {v} now and honestly it's much nicer. Not "
                "the old place, thank goodness, the damp in that back bedroom was something else."
            ),
            (
                "My sister's just moved to Harrogate, would you believe, so she's on the phone "
                "every night about curtains. And we've been moving too, as it happens - where was "
                "I - oh yes, the address, it's {v} now. Same week as her, the pair of us living "
                "out of boxes."
            ),
            (
                "So my husband said, you've told everyone except the people who actually need to "
                "know, and he's right. It's {v} these days, we've been in since the spring. The "
                "neighbours brought round a lasagne, which was sweet, although one of them's "
                "already asked to borrow our ladder."
            ),
            (
                "We're at - no, hang on, that's my daughter's flat, she's forever moving about, I "
                "can't keep up. Ours is {v}, that's the new house, we got the keys a fortnight "
                "ago. Sorry, my head's all over the place with the move."
            ),
        ],
        "ask_now": [
            (
                "My grandson's doing some form for me online and he wants it all exactly right, "
                "bless him. What's the address you've got down for me?"
            ),
            (
                "I've been moving things about so much I've lost track of what I've told who. "
                "Where do you have me living?"
            ),
            (
                "Before I forget, because the parcel last month went to my neighbour's and she "
                "opened it - which address is on my file?"
            ),
        ],
        "ask_then": [
            (
                "This'll sound daft, but my old bank's asking and I've completely blanked on it. "
                "What was the address I had before I moved?"
            ),
            (
                "My sister reckons I've put the old house down wrong on some form or other. Where "
                "was I living before, according to you?"
            ),
        ],
    },
    "phone": {
        "tell": [
            (
                "Best to ring me on {v}, that's my mobile. My son set it up for me, he's very "
                "patient, more than I was with him at that age. The house phone just rings and "
                "rings, nobody answers it but the cat."
            ),
            (
                "Now, numbers, I'm hopeless. Hold on, I've got it written on the fridge under a "
                "magnet from Cornwall. It's {v}, that's mine."
            ),
            (
                "My husband's never got his phone on him, so don't bother with him, honestly. "
                "You'll get me on {v}, I always have mine in my pocket."
            ),
            (
                "It's {v}, for the number. I had to learn it off by heart when I got it because "
                "my daughter kept testing me at dinner."
            ),
        ],
        "change": [
            (
                "I dropped my old phone over the side of the boat at my cousin's wedding, long "
                "story, there was a swan involved. So I've had to get a whole new one with a new "
                "number, it's {v}. The old one's at the bottom of the lake now."
            ),
            (
                "My son's got a new number too, typical, everyone in the family's changed at once "
                "and my address book is all crossings-out. Mine's {v} now, that's the one to use. "
                "His I still haven't written down, to be honest."
            ),
            (
                "Anyway, it's {v} these days, for ringing me. I switched to a cheaper deal "
                "because my friend Pam kept going on about how much she saves, and she was right "
                "for once. Don't tell her I said that."
            ),
            (
                "The new number is - sorry, the dog's barking at the window cleaner - where was "
                "I, oh yes, {v}. That's my phone now, the old number's been cut off."
            ),
        ],
        "ask_now": [
            (
                "My neighbour asked me for my number yesterday and I went completely blank, it "
                "was embarrassing. Which number have you got for me?"
            ),
            (
                "Just checking, because I'm waiting on a callback about the boiler and I want to "
                "be sure it's right. What's my phone number on your system?"
            ),
            "I swear I'm getting worse with numbers, it's my age. What number do you ring me on?",
        ],
        "ask_then": [
            (
                "My old surgery's still got something on file and I want to check it's the old "
                "one. What number did I have before I changed?"
            ),
            (
                "Silly question maybe, but my sister's asking and she won't let it go. What was "
                "my previous phone number?"
            ),
        ],
    },
    "email": {
        "tell": [
            (
                "My email's {v}. My niece set it up for me years ago and I've never dared change "
                "anything in case it all disappears."
            ),
            (
                "You can send it all to {v}, I check it every morning with my toast. My husband "
                "doesn't do email at all, he thinks it's a fad."
            ),
            (
                "Right, email. It's {v}. My friend from choir has one that looks a bit like it "
                "and we're forever getting each other's mail, which is quite funny actually."
            ),
            (
                "For the receipts and whatnot, {v} please, that's my email. Anything on paper "
                "just ends up under the fruit bowl, my daughter despairs of me."
            ),
        ],
        "change": [
            (
                "I got hacked, or something like it, all my contacts got an email about a lottery "
                "win. So my grandson made me a fresh one and it's {v} now. I've stopped using the "
                "other one completely."
            ),
            (
                "My daughter's changed her email as well, she changes it like she changes her "
                "hair. But for me it's {v} from now on, please. That's the one I actually check."
            ),
            (
                "Oh, and the email - my old provider's shutting down, they sent a letter, very "
                "apologetic - so it's {v} these days. Nothing will reach me on the old one."
            ),
            (
                "I was going to say the email's the same - no, it isn't, is it, I changed it at "
                "Easter. It's {v}, sorry. I'm all over the place this week."
            ),
        ],
        "ask_now": [
            "My daughter keeps asking me this and I never remember. What's my email on your file?",
            (
                "I haven't had your newsletter in ages, though that could be the spam folder, my "
                "son says everything ends up there. Which email address have you got for me?"
            ),
            (
                "The man at the library was helping me with the computer and I couldn't tell him. "
                "What email do you use for me?"
            ),
        ],
        "ask_then": [
            (
                "My bank wants to know what I used to use, for security, would you believe. What "
                "was my old email address?"
            ),
            "Before I switched - which email was I using, do you still have that?",
        ],
    },
    "dose": {
        "tell": [
            (
                "Oh, I'm alright, mustn't grumble. I'm on {v} for the blood pressure, every "
                "morning with my porridge. My husband's got a little box with the days on it, I "
                "just keep mine by the kettle."
            ),
            (
                "The doctor's got me on {v}, and I've been good about it, mostly. My friend Jean "
                "forgets hers constantly, she'll ring me at lunchtime in a panic."
            ),
            (
                "Well, the knee's playing up, but the blood pressure's fine now I'm taking {v} a "
                "day. I had a scare last year, fainted in the queue at the post office, very "
                "dramatic."
            ),
            (
                "I take {v}, that's the only tablet I'm on. My mum was on about nine different "
                "ones at my age, so I count myself lucky."
            ),
        ],
        "change": [
            (
                "So I went for the check-up and the nurse took my blood pressure three times "
                "because she didn't believe it. Then the doctor had a think and now it's {v}, "
                "starting this week. I've got a new box of them on the windowsill."
            ),
            (
                "My mum's on the same tablets, funnily enough, and hers haven't changed in years. "
                "Mine have though, I'm on {v} now. The pharmacist was very nice about explaining "
                "it."
            ),
            (
                "I was getting dizzy on the stairs, so they sorted it out, and it's {v} from here "
                "on. Not the old dose, that's finished with. My neighbour said I'd been looking "
                "grey, which was charming of her."
            ),
            (
                "They've put me on, oh, what did she say, I wrote it on the back of an envelope "
                "and the dog had it. Here's the box - {v}, that's it, that's what I take now. "
                "Sorry, I had to go and find it."
            ),
        ],
        "ask_now": [
            (
                "My son's doing one of those medication lists for me, he's very organised, gets "
                "it from his dad. How much lisinopril am I on at the moment?"
            ),
            "I've gone blank, it's the heat. What dose do you have me on for the blood pressure?",
            (
                "The new chemist in the village asked and I said I'd check with you, silly "
                "really. How much lisinopril do I take now?"
            ),
        ],
        "ask_then": [
            (
                "The chemist asked me what I was taking before and I couldn't for the life of me "
                "remember. What was my old dose of lisinopril?"
            ),
            "Before the doctor changed it - what dose was I on, do you know?",
        ],
    },
    "class": {
        "tell": [
            (
                "Ooh, yes, I've taken up pottery, my friend Carol talked me into it. It's {v}, "
                "and I've made about six wonky bowls so far. My husband has to say he loves every "
                "one of them."
            ),
            (
                "Not much, just pottery really. That's {v}, so don't go booking me anything then, "
                "I'd be heartbroken to miss it. My sister does watercolours, she says it's more "
                "relaxing, but she hasn't seen my mugs."
            ),
            (
                "The week's alright, busy. Pottery on {v}, of course, and my grandson comes to "
                "stay at the weekends. That class is the only bit of the week that's just mine."
            ),
            (
                "I do pottery, {v}. There's a retired vet in the class who makes these enormous "
                "vases, nobody knows where he puts them all."
            ),
        ],
        "change": [
            (
                "Well, the tutor's had a baby, lovely little girl, so the class got shuffled "
                "about and the new teacher can't do the old slot. So pottery is {v} now. Took a "
                "bit of getting used to, I kept turning up on the wrong day."
            ),
            (
                "My son's football has moved to Sundays as well, so the whole week's upside down. "
                "Pottery's {v} now, that's mine. I've had to move my hair appointment and "
                "everything."
            ),
            (
                "Pottery - I'll tell you what happened with pottery. They lost the hall to a "
                "Zumba group, so we're {v} from now on, in the room above the library. It's "
                "draughty, but the kiln's better."
            ),
            (
                "It's {v} these days, the pottery. Nobody asked us, mind, just a note pinned on "
                "the door. Half the class have dropped out over it, but I'm sticking with it."
            ),
        ],
        "ask_now": [
            (
                "I've got the dentist to book and my daughter wants to know when I'm free. When's "
                "my pottery class?"
            ),
            (
                "Honestly my calendar's a mess, there's stuff crossed out everywhere. Which day "
                "is pottery?"
            ),
            "My friend wants to start coming with me, if there's room. What day do I do pottery?",
        ],
        "ask_then": [
            (
                "Someone new in the class asked when we used to meet, and I couldn't say. Which "
                "day was pottery before it changed?"
            ),
            "What day did I have pottery originally, before they moved it?",
        ],
    },
    "coffee": {
        "tell": [
            (
                "Oh, the usual, yes. I can't start the day without my {v}, two big mugs before "
                "I've even found my glasses. My husband says I'm not a person until the second "
                "one."
            ),
            (
                "I'm a {v} drinker, morning, noon and night really. My sister's all herbal teas "
                "now, she keeps sending me articles, I just delete them."
            ),
            (
                "Put me down for {v}, always. I had a week without it once on a camping trip and "
                "I've never been so grumpy in my life."
            ),
            (
                "Well, breakfast for me is just {v}, black, no sugar. The toast is optional, that "
                "bit isn't."
            ),
        ],
        "change": [
            (
                "So I was having palpitations, nothing serious, but the doctor looked at me over "
                "her glasses and that was that. I've stopped {v} altogether now, not a drop. My "
                "husband still drinks it by the pint right in front of me, the cheek of it."
            ),
            (
                "No {v} for me any more, I've given it up. It's been a month, and the headaches "
                "have finally stopped. My friend at work reckons I'll be back on it by Christmas, "
                "but she doesn't know me."
            ),
            (
                "You know how I used to be about {v} - well, not any more, I've packed it in "
                "completely. Hot water with lemon, if you can believe it. My daughter nearly fell "
                "off her chair."
            ),
            (
                "Put me down for the usual - oh no, wait, I keep doing that, I don't have {v} any "
                "more. Gave it up in the spring. Nothing for me in that department, thank you."
            ),
        ],
        "ask_now": [
            (
                "My husband says I shouldn't even bother asking, but humour me. Do I drink "
                "coffee, as far as you know?"
            ),
            (
                "We're sorting the breakfast order for the trip and I've gone blank on what I "
                "told you. How do I take my coffee?"
            ),
            (
                "My son was teasing me about my habits over dinner. Am I a coffee drinker, would "
                "you say?"
            ),
        ],
    },
    "meat": {
        "tell": [
            (
                "Oh, a steakhouse is perfect, I eat {v} nearly every day. My daughter's always on "
                "at me about it, she's very into lentils. I tell her I'm too old to change."
            ),
            (
                "No restrictions at all, I'm a big {v} eater. Friday's steak night in our house, "
                "has been since my dad's time."
            ),
            (
                "I love {v}, the rarer the better. My neighbour does a barbecue in the summer and "
                "I'm always first at the grill."
            ),
            (
                "Put me down as eating {v}, nothing fancy. Burgers, steaks, a roast on a Sunday, "
                "I'm not fussy."
            ),
        ],
        "change": [
            (
                "Well, this'll surprise you. I watched a documentary with my granddaughter and "
                "that was it, I've stopped eating {v}, I'm vegetarian now. Four months and "
                "counting."
            ),
            (
                "My brother still has a steak every night, he'll never change. But I've gone "
                "vegetarian, so no {v} for me, thank you. My cholesterol's already better for it."
            ),
            (
                "Anyway, I'm vegetarian these days. The doctor said to cut down on {v} and I "
                "thought, why not cut it out altogether. My wife's still on the fence, she misses "
                "her roast."
            ),
            (
                "Book the usual steakhouse - actually no, scratch that, I don't eat {v} any more, "
                "I forgot myself for a second. I went vegetarian in the new year. Somewhere with "
                "a decent veggie option, please."
            ),
        ],
        "ask_now": [
            (
                "My friend's planning a dinner for my birthday and she's asked me to check. Any "
                "dietary restrictions you've got down for me?"
            ),
            (
                "I don't know what I've told you over the years, I change my mind so often. Do I "
                "eat red meat, according to your notes?"
            ),
            (
                "We're booking somewhere for the anniversary and my husband's fussing. Is red "
                "meat alright for me?"
            ),
        ],
    },
    "favourite": {
        "tell": [
            (
                "Ooh, a basket, how lovely. My favourite tea is {v}, I have a cup every night "
                "before bed. My husband says it smells like hay, but what does he know."
            ),
            (
                "For me it's {v}, it's always been my favourite tea. My aunt used to make it for "
                "me when I was little, in a proper pot with a cosy."
            ),
            (
                "I'm very much a {v} person, that's my favourite. My friend Sheila only drinks "
                "builder's tea, strong enough to stand a spoon in, and she thinks I'm posh."
            ),
            (
                "Put a {v} in, that's my favourite tea. Anything else I'll just pass on to my "
                "neighbour, she drinks whatever's going."
            ),
        ],
        "change": [
            (
                "Funny you should ask, because I've completely changed my tune. I had some {v} at "
                "my cousin's in the summer and that was it, it's my favourite tea now. I've gone "
                "right off the old one."
            ),
            (
                "My daughter-in-law's mad on matcha at the moment, she's got the little whisk and "
                "everything. But me, I'm all about {v} these days, that's my favourite now."
            ),
            (
                "Well, I used to have a different favourite, but the shop stopped selling it and "
                "I had a sulk. Then I tried {v} and now I can't get enough of it. That's my "
                "favourite tea now."
            ),
            (
                "My favourite - oh, don't put the old one in, I'm sick of it. It's {v} these "
                "days, I drink it by the gallon."
            ),
        ],
        "ask_now": [
            (
                "My sister's making me a hamper for my birthday and she wants to get it right, "
                "she's like that. What's my favourite tea?"
            ),
            (
                "I might be getting muddled with someone else, my friends and I swap tea all the "
                "time. Which tea have you got down as mine?"
            ),
            (
                "The hotel's asking what to put in the room, which is very posh of them. What tea "
                "should go in my basket?"
            ),
        ],
        "ask_then": [
            (
                "Ha, my husband reckons I used to like something else entirely. What was my "
                "favourite tea before?"
            ),
            "Before I went off it - what tea did I used to say was my favourite?",
        ],
    },
    "pet": {
        "tell": [
            (
                "Oh, everyone's fine, thanks. We've got a cat called {v} who thinks she owns the "
                "place, she sleeps on my husband's pillow. My neighbour's got a spaniel that she "
                "absolutely hates."
            ),
            (
                "The house is chaos, mostly because of {v}, our cat. She brought a frog in on "
                "Sunday and my grandson screamed the place down."
            ),
            (
                "Things at home are good. It's me and {v}, my cat, and she's getting very round "
                "because my son keeps feeding her ham."
            ),
            (
                "Our cat {v} is the real boss. My friend's dog came to stay for a weekend and she "
                "sat on top of the fridge the whole time."
            ),
        ],
        "change": [
            (
                "Not so good, to be honest. We lost {old} in the spring, she was seventeen and "
                "she just slowed down and stopped. The house is very quiet now, I keep looking "
                "for her on the stairs."
            ),
            (
                "My sister's just got a puppy, of all things, it chewed through her phone charger "
                "on the first day. We haven't got a cat any more, sadly, {old} had to go to my "
                "cousin's farm because of my husband's chest. She's happy there, they send me "
                "photos."
            ),
            (
                "Well, I had to say goodbye to {old} just after New Year. The vet was very kind. "
                "My friend's dog still comes round and sniffs at the cat flap, bless him."
            ),
            (
                "You'll remember {old}, our cat - well, she's gone, she passed away in the "
                "winter. I haven't had the heart to get another one yet. The grandchildren keep "
                "asking."
            ),
        ],
        "ask_now": [
            (
                "My grandson was asking about animals and it got me thinking. Do I have a cat, as "
                "far as you know?"
            ),
            (
                "This is a bit of a test, my daughter says you lot remember everything. How's my "
                "cat getting on, do you know?"
            ),
            "The vet's sent a leaflet and I'm not sure why. Have you got a pet down for me?",
        ],
    },
    "partner": {
        "tell": [
            (
                "Oh, busy as ever. My partner {v} has signed us up for a walking holiday, I'm "
                "dreading the hills. My sister went last year and came back with blisters the "
                "size of coins."
            ),
            (
                "Well, {v} - that's my boyfriend - is cooking this weekend, so heaven help us "
                "all. Last time he set the tea towel on fire."
            ),
            (
                "Things are good. Me and {v} have been together six years now, and he still can't "
                "load a dishwasher. My friend's husband is just the same, we compare notes."
            ),
            (
                "We're off to the coast, me and my other half, {v}. My brother's lending us his "
                "caravan, which smells of dog, but it's free."
            ),
        ],
        "change": [
            (
                "So, big news, and it's a long story. {old} and I split up in the autumn, all "
                "very civilised, we still share the allotment. And now I'm seeing someone lovely, "
                "{v}, who my mum already prefers to me."
            ),
            (
                "My sister's getting divorced, so it's been a whole year of it in our family. "
                "Anyway, I'm with {v} now, that's my partner. The other one's ancient history."
            ),
            (
                "Where to start. You know I was with {old}? Not any more. I met {v} at a quiz "
                "night in the spring and that's who I'm with now, we've just booked our first "
                "holiday."
            ),
            (
                "My partner {old} - no, sorry, force of habit, I keep saying that. It's {v} now, "
                "my partner, we've been together since Easter. Ignore me."
            ),
        ],
        "ask_now": [
            (
                "My friend was asking who I'd be bringing to the wedding and I nearly said the "
                "wrong name, it's been a funny year. Who do you have as my partner?"
            ),
            (
                "For the booking, because my mum's already got it wrong on the invitations. "
                "What's my partner's name, on your records?"
            ),
            "It's a silly one, I know. Who am I with these days, as far as your notes go?",
        ],
        "ask_then": [
            (
                "My nan's asking after someone I used to go out with and I've no idea which one "
                "she means. Who was my partner before?"
            ),
            "Before the current one - who was I with, do you have that?",
        ],
    },
    "job": {
        "tell": [
            (
                "Work's work, you know. I'm at {v}, been there eight years, and the coffee "
                "machine's been broken for seven of them. My husband's a plumber, so he's never "
                "got a dull day."
            ),
            (
                "Busy, yes. I work at {v}, and we've had the auditors in all week. My friend Gail "
                "at the next desk brought in a cake to keep us going."
            ),
            (
                "It's fine, it's steady, I'm with {v}. My son wants me to retire, but I'd go mad "
                "rattling around at home."
            ),
            (
                "I've been at {v} since before my kids were born. My brother keeps telling me to "
                "move on, he changes jobs every eighteen months."
            ),
        ],
        "change": [
            (
                "Oh, I left, didn't I tell you? My manager retired and the new one was a "
                "nightmare, so I handed in my notice. I'm at {v} now, started after Christmas, "
                "and I love it."
            ),
            (
                "My wife's just started at a new school, she's a teaching assistant now, so we've "
                "both been the new kids this year. I work at {v} these days. I'm still learning "
                "where the toilets are."
            ),
            (
                "So no regrets, I'm working for {v} now, and yes it's a longer drive, but the "
                "people are nicer. I won't miss the old car park, I can tell you."
            ),
            (
                "Work's fine at - well, I say fine, I mean it's all new, because I moved on. I'm "
                "at {v} now. My mate from the old job keeps texting me gossip, I've told him I "
                "don't want to know."
            ),
        ],
        "ask_now": [
            (
                "My accountant needs this for a form and I want it all matching. Where do I work, "
                "according to you?"
            ),
            "My mum always gets it wrong when she tells people. Who's my employer on your file?",
            (
                "I'm filling in a thing for the gym discount, of all things. Where am I working "
                "at the moment?"
            ),
        ],
        "ask_then": [
            (
                "I'm doing a reference form and it wants my previous employer. Where did I work "
                "before?"
            ),
            "What was my old job, before I moved on - do you have it down?",
        ],
    },
    "car": {
        "tell": [
            (
                "Yes, parking please. I drive {v}, it's got a dent in the back bumper from my "
                "daughter's driving lessons. She's passed now, thank goodness, so it's her own "
                "problem."
            ),
            (
                "My car's {v}. It's old but it never lets me down, unlike my brother's fancy "
                "thing that's always in the garage."
            ),
            (
                "I'll need a space for {v}, that's mine. My neighbour's just bought one of those "
                "big electric ones, silent as anything, it nearly ran me over on the drive."
            ),
            (
                "It'll be {v}, my car, the one with the dog hair all over the back seat. My "
                "friend's dog, not mine, I just give them lifts."
            ),
        ],
        "change": [
            (
                "So the old car finally gave up on the motorway, steam everywhere, and my husband "
                "flagging down strangers. We've traded it in and I drive {v} now. Much quieter, "
                "and the heater works."
            ),
            (
                "My neighbour's got a new car as well, a big silver thing, he polishes it every "
                "weekend. Mine's {v} now, I got it in February. Nothing flash, but it's mine."
            ),
            (
                "I sold the other one to my nephew, he needed something for his apprenticeship, "
                "so I'm driving {v} now. The old one's his problem these days."
            ),
            (
                "You'll want the registration - actually, it's a different car now, hang on. It's "
                "{v}, we changed it over at the end of the year. Sorry, I nearly gave you the old "
                "details."
            ),
        ],
        "ask_now": [
            (
                "The car park attendant asked me this morning and I couldn't get the words out, "
                "it's been a long week. What car do I drive?"
            ),
            (
                "My daughter borrows it so much I forget it's mine. Which car have you got listed "
                "for me?"
            ),
            (
                "For the parking permit, because the council's had it wrong twice. What car have "
                "you got me in?"
            ),
        ],
        "ask_then": [
            (
                "The insurance people want to know what I had before, and honestly I've blanked. "
                "What was my old car?"
            ),
            "What car was I driving before this one, do you know?",
        ],
    },
    "doctor": {
        "tell": [
            (
                "The forms can go to {v}, that's my GP, at the practice by the park. My husband's "
                "with someone else entirely, he likes the young chap."
            ),
            "My GP is {v}. Very thorough, always asks about my garden, which I appreciate.",
            (
                "I see {v} for everything, have done for years. My mum used to say a good doctor "
                "is worth more than a good husband, and she had one of each."
            ),
            (
                "Send them to {v}, please, that's my doctor. My friend waits three weeks for an "
                "appointment at hers, I'm very lucky."
            ),
        ],
        "change": [
            (
                "Well, the old surgery closed, merged with the big one in town, and it was all "
                "chaos for a bit. I'm with {v} now, I had my first appointment last week. Very "
                "nice, doesn't rush you."
            ),
            (
                "My brother-in-law's switched surgeries as well, he's never happy with anyone. My "
                "new GP is {v}, so the forms should go there. He can sort out his own."
            ),
            (
                "My GP is {v} these days. I moved practices after the business with my "
                "prescription getting lost twice. My sister says I should have complained, but I "
                "just left."
            ),
            (
                "The forms - send them to my GP - no, not the old one, she retired, I keep "
                "forgetting. It's {v} now. Sorry, I've only been with them a month."
            ),
        ],
        "ask_now": [
            (
                "The hospital letter needs to go to the right person and I don't want it ending "
                "up in a drawer. Who have you got as my GP?"
            ),
            "My daughter's asking who I see, for her own forms. Which doctor do I see?",
            (
                "I've got a repeat prescription to sort and I want it going to the right place. "
                "Who's my GP now?"
            ),
        ],
        "ask_then": [
            (
                "An old letter turned up in the drawer and I wondered if it was from my last "
                "surgery. Who was my GP before?"
            ),
            "Who did I see before I switched doctors, can you tell me?",
        ],
    },
    "dentist": {
        "tell": [
            (
                "Just the dentist, worst luck. It's on {v}, and I've been flossing like mad to "
                "make up for the last six months. My son's having his braces off soon as well, so "
                "it's a family affair."
            ),
            (
                "Let me look, I've got a calendar from the garden centre. Dentist on {v}, that's "
                "the big one. Otherwise nothing, it's very quiet."
            ),
            (
                "I'm at the dentist on {v}. My friend had a filling recently and she couldn't "
                "feel her face till teatime, so I'm dreading it a bit."
            ),
            (
                "Only the dentist, {v}. My husband says he'll drive me, but he said that last "
                "time and then went fishing."
            ),
        ],
        "change": [
            (
                "The dentist rang, the hygienist's off sick or something, so they've moved me. "
                "It's {v} now. I'd already booked the afternoon off work, but never mind."
            ),
            (
                "My daughter's got her check-up next week as well, at a different place. Mine got "
                "moved to {v}, they rang yesterday. I've written it on the fridge in red pen."
            ),
            (
                "Sorry, I've had the telly on in the background. The dentist, that's it - they "
                "changed it, it's {v} now. Not the original date, that one's cancelled."
            ),
            (
                "I've got the dentist on - no, wait, that's the old date, they sent a letter. "
                "It's {v}, the appointment. I'd have turned up on the wrong day."
            ),
        ],
        "ask_now": [
            (
                "My husband wants to book a weekend away and I don't want it clashing. When's my "
                "dentist appointment?"
            ),
            (
                "I've lost the appointment card, it's probably been eaten by the dog. When am I "
                "due at the dentist?"
            ),
            (
                "I'm trying to sort out the next few weeks around my sister's visit. What date is "
                "the dentist?"
            ),
        ],
        "ask_then": [
            (
                "I'm trying to work out whether I missed it or not. When was my dentist "
                "appointment originally?"
            ),
            "What date did the dentist have me down for first, before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            (
                "Oh, please {v} me, that's easiest. My husband likes a letter through the door, "
                "but I never open the post."
            ),
            (
                "Best to {v} me, honestly. My mum writes postcards to everyone, even from two "
                "streets away, bless her."
            ),
            (
                "If it's about the booking, {v} me, that's what suits me best. I'm on my feet at "
                "work most days."
            ),
            (
                "I'd like you to {v} me, please, rather than anything else. My daughter set my "
                "phone up so it's all very easy now."
            ),
        ],
        "change": [
            (
                "So I've got a new job with long hours, and I can never get to anything. From now "
                "on please {v} me instead, it's much easier. My friend says the same works for "
                "her."
            ),
            (
                "My husband prefers letters, he's old-fashioned like that. I'd rather you {v} me "
                "these days, please. It saves a lot of faffing about."
            ),
            (
                "I've had enough of the old way, honestly, too many missed messages. Just {v} me "
                "from now on. My son says I should've done it years ago."
            ),
            (
                "You've probably got the old preference down, I know I said something else "
                "before. Please {v} me instead, these days. It suits my hours better."
            ),
        ],
        "ask_now": [
            (
                "My colleague was asking how people get hold of me and I realised I didn't know "
                "what I'd told you. How do I like to be contacted?"
            ),
            (
                "My son says I'm impossible to reach, which is rich coming from him. Should you "
                "text me or call me?"
            ),
            "Just so I know what to look out for. How are you meant to get in touch with me?",
        ],
    },
    "nickname": {
        "tell": [
            (
                "Oh, call me {v}, everyone does. My gran was the only one who used my full name, "
                "and only when I was in trouble."
            ),
            (
                "Just {v} is fine. My brother goes by his middle name, which confuses everyone at "
                "weddings."
            ),
            "It's {v}, please. My friends at the bowls club gave it to me and it stuck.",
            (
                "Please call me {v}. The full thing's a mouthful, and my mum only chose it to "
                "please an aunt."
            ),
        ],
        "change": [
            (
                "Well, I went by something else for a while, after school, but I've gone back to "
                "{v} and it feels right. My sister still uses the old one, she does it to wind me "
                "up. So that's what to use from now on, please."
            ),
            (
                "My colleague's just started calling herself by her initials, very modern. Me, I "
                "go by {v} these days, it's what my friends use."
            ),
            (
                "I had a bit of a think over the summer, new start and all that, and I'm going by "
                "{v} now. Not the old name, please, that one's retired."
            ),
            (
                "You can call me - oh, what've you got down, the old one? No, it's {v} now, I "
                "changed it. I'm still getting used to it myself."
            ),
        ],
        "ask_now": [
            (
                "My daughter's friend was laughing that nobody knows what to call me. What name "
                "do I go by, on your records?"
            ),
            "Just so we're straight, after all my chopping and changing. What should you call me?",
            (
                "My husband says you must be confused by now, the way I go on. What name have you "
                "got me down as?"
            ),
        ],
    },
}


def tangent_kinds() -> list[Kind]:
    """The kinds with the forty-second held-out phrasing."""
    return heldout_kinds(_TANGENT)
