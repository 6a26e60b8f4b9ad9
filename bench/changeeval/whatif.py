"""An eightieth held-out phrasing of the same facts (`generate --phrasing whatif`, written to
`bench/changeeval/whatif/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
layout of `onhold.py` and `heldout_kinds` only, without reading the supersession rules, the
other phrasings or the tests, and without running anything on these words first.
The callers are chatty people from the UK, Australia, South Africa and the US ringing a
removals firm, a pharmacy, a community arts centre, a hamper company, a restaurant booking
line, a vet's reception and a dental practice. Beside every real value sits a near-miss, a plan
that came to nothing or a hypothetical: the house they almost bought, the number ending in
sevens they nearly took, the tea they wish they liked, the class that was full, the car they
test-drove but didn't buy, the name their mum wanted to give them, what they would have picked
if things had been different ("if only ...", "I was going to ...", "nearly", "almost", "if I'd
...", "I'd have ..."). The near-miss comes before the real value in some turns and after it
in others, and the real value is always said plainly. In changes, the abandoned option sits
beside the new real value and the old one, and the old one is always plainly over; questions
sometimes carry the same voice ("not the one I nearly bought, the one I live in"). Every fact
is the caller's own, told in the first person.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_WHATIF: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "We almost bought a little terrace on Fernhill Road, lost it to a cash buyer, so home"
            " for us is {v}, and honestly we love it.",
            "{v}, that's where I live, mate, not the flash place across the road I was going to"
            " put an offer on.",
            "Ag, if we'd had a bigger budget we'd be at the coast by now, but I live at {v}, have"
            " done for years.",
            "For the file, my home address is {v}; my husband keeps saying we should've bought"
            " the ranch house out in the county, but we didn't.",
        ],
        "change": [
            "The house we were going to buy fell through at the last minute, so we ended up"
            " somewhere else entirely: we've moved out of the old place and we're living at {v}"
            " now.",
            "We very nearly stayed put and did the extension, but no, we sold up, the new address"
            " is {v} from this week and the old one's gone.",
            "I've moved, mate, I was going to rent up in Brisbane for a bit but that never came"
            " off, so I'm at {v} now and the old flat's handed back.",
            "Please change my address, we moved last month; if the school zoning had worked out"
            " we'd have gone across town, but we're at {v} now and we've sold the old house.",
        ],
        "ask_now": [
            "Not the house I nearly bought, the one I actually live in, what address have you got"
            " for me?",
            "Where do I live these days, according to you?",
            "Can you read my home address back to me?",
        ],
        "ask_then": [
            "Before we moved, what address did you have for me, the real old one, not the one"
            " that fell through?",
            "What was my previous address, where I lived before the move?",
        ],
    },
    "phone": {
        "tell": [
            "The shop offered me a number with a row of sevens in it and I nearly took it for a"
            " laugh, but my mobile is {v}.",
            "My cell is {v}; I almost got a second line for work but I never did, so that's the"
            " only one.",
            "You'll want my mobile, not the landline we were going to put in and never did, it's"
            " {v}.",
            "Ja, you can get me on {v}, that's my cell, I nearly switched networks last year but"
            " I stayed.",
        ],
        "change": [
            "I was going to port my old number across, but it was such a faff I didn't bother, so"
            " my number's now {v} and the old one's dead.",
            "New phone, new number, {v}; I nearly went for one of those fancy ones ending in all"
            " zeros, but this'll do, and please bin the old one.",
            "My number has changed to {v}, the old SIM is gone; if the contract hadn't ended I'd"
            " have kept it, but there you go.",
            "Could you update my phone? It's {v} now, I'd have kept my old number if I hadn't"
            " lost the phone on vacation, but that line's disconnected.",
        ],
        "ask_now": [
            "What number do you have for me at the moment?",
            "What's my mobile number on your system?",
            "If you had to ring me right now, which number would you use?",
        ],
        "ask_then": [
            "What was my old number, the one before I changed it?",
            "Remind me what phone number I had before this one?",
        ],
    },
    "email": {
        "tell": [
            "I nearly made one with my footy team in it, glad I didn't, my email's {v}.",
            "My email is {v}; my son wanted to set me up with a fancier one, but I said no,"
            " that's the one I use.",
            "Send the receipts to {v}, please, that's my email; I was going to give you my work"
            " one but that's asking for trouble.",
            "If I'd been quicker I'd have got my name with no dots, but someone beat me to it, so"
            " my email is {v}.",
        ],
        "change": [
            "I was going to keep both email addresses going, but honestly I've shut the old one"
            " down, so please use {v} from now on.",
            "Ag, that old email got hacked, so I've closed it; my new address is {v}, I nearly"
            " just changed the password and carried on but no.",
            "New email, {v}, the old one's dead; I'd have kept it if the provider hadn't shut"
            " down.",
            "Could you swap my email over to {v}? I nearly forgot to tell you, and the old one"
            " doesn't work any more.",
        ],
        "ask_now": [
            "Which email are you sending things to for me?",
            "What's my email address on the account, can you read it out?",
            "Just so I don't end up checking the wrong inbox, which email have you got for me?",
        ],
        "ask_then": [
            "What was the email I had before the new one?",
            "Which email address did you have for me previously?",
        ],
    },
    "dose": {
        "tell": [
            "They were going to add a water pill as well, but in the end it's just {v} each"
            " morning for my blood pressure.",
            "I'm on {v}, every morning with breakfast; the doctor talked about doubling it if the"
            " readings didn't improve, but they did.",
            "If it was up to me I'd take nothing at all, ha, but I take {v} a day for the"
            " pressure.",
            "I take {v} a day; I almost asked if there was a once-a-week version, but no, it's a"
            " daily tablet.",
        ],
        "change": [
            "The doctor was going to add a second tablet, but she just changed my dose instead,"
            " so I'm on {v} now, not the old amount.",
            "From Monday I'm on {v} instead of what I was on; she said if the readings hadn't"
            " settled she'd have tried another drug altogether, so I'm chuffed.",
            "They've put me on {v} now, mate; I nearly didn't go to the check-up at all, but glad"
            " I did, the old dose wasn't doing the job.",
            "My blood pressure pills changed, I was almost sure they'd leave it alone, but I'm"
            " taking {v} now and I've stopped the old amount.",
        ],
        "ask_now": [
            "What dose of lisinopril am I on right now?",
            "How many milligrams do I take for the blood pressure?",
            "Never mind what they were going to do, what's my actual lisinopril dose?",
        ],
        "ask_then": [
            "What was my lisinopril dose before they changed it?",
            "How much was I taking before the doctor adjusted it?",
        ],
    },
    "class": {
        "tell": [
            "I wanted the Friday life-drawing class but it was full, so it's pottery on {v} for"
            " me instead.",
            "My pottery class is on {v}; I nearly signed up for the weekend one too, but my back"
            " wouldn't thank me.",
            "Ag, if the Sunday session wasn't always full I'd go to that, but I do pottery on"
            " {v}.",
            "You won't catch me free on {v}, that's pottery; my friend tried to talk me into"
            " salsa instead and I almost caved.",
        ],
        "change": [
            "I was going to drop pottery altogether when they reshuffled the timetable, but I've"
            " stuck with it, and it's on {v} now.",
            "They nearly cancelled the whole course, but instead they've moved pottery to {v},"
            " starting this week, so the old day's free.",
            "Pottery's on {v} now, mate, not the old day; I was half going to switch to the"
            " beginners' group, but the teacher talked me out of it.",
            "The studio changed the schedule, so my pottery class is on {v} from now on; if"
            " they'd asked me I'd have picked a weekend, but nobody asked.",
        ],
        "ask_now": [
            "When's my pottery class these days?",
            "Which day have I got pottery?",
            "Which day should I keep clear for pottery?",
        ],
        "ask_then": [
            "What day was pottery on before they moved it?",
            "Before the schedule changed, when did I do pottery?",
        ],
    },
    "coffee": {
        "tell": [
            "I keep wishing I could get into smoothies for breakfast, but no, I drink {v}, two"
            " big mugs every morning.",
            "{v}, black, every single morning; I was going to try decaf once and it lasted about"
            " a day.",
            "If there was a way to drink {v} through a drip I'd do it, ha, I have it all morning"
            " long.",
            "Put me down for {v}, I drink it every morning; I nearly said hot chocolate for a"
            " change, but I'd only regret it.",
        ],
        "change": [
            "I was only going to cut down, but I've given up {v} completely, I don't drink it at"
            " all now.",
            "The doctor said I could maybe keep one cup, but I thought no, and I've quit {v}"
            " altogether, so none in the order please.",
            "No more {v} for me, I stopped last month, mate; if it weren't for the palpitations"
            " I'd still be on four a day.",
            "I was going to switch to decaf, but in the end I don't drink {v} at all any more,"
            " haven't for weeks.",
        ],
        "ask_now": [
            "Do I drink coffee, according to your notes?",
            "How do I take my coffee, or do I take it at all?",
            "Should there be coffee in my usual order?",
        ],
    },
    "meat": {
        "tell": [
            "I nearly went vegetarian with my daughter in January, lasted two days, so I eat {v},"
            " steak most Fridays.",
            "Put me down as a {v} eater, no restrictions; if I were being good I'd order the"
            " fish, but I won't.",
            "I eat {v} and I love it; my wife would rather I didn't, but she's not buying the"
            " dinner.",
            "Honestly, if I'd grown up somewhere without braais I might be a vegetarian, but I"
            " eat {v} with most meals.",
        ],
        "change": [
            "I was only going to cut back, but I've stopped eating {v} entirely, I'm vegetarian"
            " now.",
            "I'm vegetarian these days, so no {v} please; my husband reckoned I'd last a week,"
            " but it's been three months.",
            "If you'd asked me a year ago I'd have said steak every night, but I don't eat {v}"
            " any more, I've gone vegetarian.",
            "Don't book the steakhouse, I've given up {v}; I almost made an exception for my"
            " birthday, but I didn't.",
        ],
        "ask_now": [
            "Do I eat red meat, as far as you know?",
            "Any food restrictions on my file for the dinner?",
            "Would I be happy at a steakhouse, going by what you've got?",
        ],
    },
    "favourite": {
        "tell": [
            "I wish I liked matcha, everyone at work swears by it, but my favourite tea is {v}.",
            "{v}, that's my favourite; I was going to say something fancy to impress you, but"
            " that's the truth.",
            "My favourite tea's {v}, though if I lived in Darjeeling I'd probably have to say"
            " Darjeeling, ha.",
            "If the basket only had room for one, make it {v}, that's my favourite, not the"
            " jasmine my friend keeps giving me.",
        ],
        "change": [
            "I was going to try jasmine for a while, never got round to it, but I've gone right"
            " off the old one, {v} is my favourite now.",
            "My favourite tea's changed, it's {v} these days; if you'd told me that a year ago"
            " I'd have laughed.",
            "Put {v} in the basket, mate, it's my favourite now, not the old one; I nearly went"
            " for lapsang but it tastes like a campfire.",
            "Ag, my old favourite just doesn't do it for me any more, I'd have stuck with it if"
            " it did, but these days my favourite is {v}.",
        ],
        "ask_now": [
            "What's my favourite tea, for the basket?",
            "Which tea would I pick if you could only put one in?",
            "Remind me what my favourite tea is at the moment?",
        ],
        "ask_then": [
            "What was my favourite tea before it changed?",
            "Which tea did I used to say was my favourite?",
        ],
    },
    "pet": {
        "tell": [
            "We were going to call her Marmalade, but the kids won, so our cat is {v}, and she"
            " rules the place.",
            "We nearly got a puppy, then this cat looked at us at the shelter and that was it,"
            " we've got {v}, she's four now.",
            "I've a cat called {v}; if the landlord allowed it I'd have three more, honestly.",
            "Our cat {v} is asleep on the keyboard as we speak; I almost named her after my gran"
            " but thought better of it.",
        ],
        "change": [
            "We lost {old} in March; we were going to get another kitten straight away, but I"
            " couldn't face it, so there's no cat in the house now.",
            "If {old} had made it to Christmas she'd have been eighteen, but she died last week,"
            " so it's just us now.",
            "We had to rehome {old}, my allergies got too bad; if only the tablets had worked"
            " we'd have kept her.",
            "Ja, {old} has gone to live on my sister's farm; I nearly kept her, but she's happier"
            " there, so we don't have a cat any more.",
        ],
        "ask_now": [
            "Have I got a cat, according to your notes?",
            "What's my cat called?",
            "Is there a cat at my place these days?",
        ],
    },
    "partner": {
        "tell": [
            "My mum always hoped I'd marry the boy next door, ha, instead my partner is {v}, and"
            " we're off to the coast this weekend.",
            "{v}'s my boyfriend; we almost called off our first date because of the rain, but"
            " here we are, two years in.",
            "I'm going with my partner, {v}; I nearly didn't go to the party where we met,"
            " imagine that.",
            "My partner {v} is doing the cooking; if it were up to me we'd order pizza, but he"
            " insists.",
        ],
        "change": [
            "{old} and I were going to get engaged this summer, but we broke up; I'm with {v}"
            " now.",
            "I nearly stayed single for the year, honestly, but I've met someone, {v}, and my ex"
            " and I are finished.",
            "Ag, things with {old} ended in the winter; I'd have tried to patch it up if he'd"
            " wanted, but I'm seeing {v} now.",
            "My new partner is {v}; we were going to keep it quiet for a bit, but you should"
            " know, {old} and I split up months ago.",
        ],
        "ask_now": [
            "Who's my partner these days?",
            "What's my partner called, the one I'm actually with?",
            "If I brought my partner to the dinner, whose name would you put down?",
        ],
        "ask_then": [
            "Who was I with before my current partner?",
            "What was my ex's name, the one before?",
        ],
    },
    "job": {
        "tell": [
            "I nearly took a job with the council last year, but I'm still at {v}, been there six"
            " years.",
            "I work at {v}; if I'd finished my law degree I'd be in an office in the city, but"
            " there you go.",
            "Ja, work's busy, I'm at {v}; I was going to apply for a transfer overseas, but I'm"
            " staying put.",
            "{v} is where I work, mate; my old man wanted me in the family business, never"
            " happened.",
        ],
        "change": [
            "I was going to go back to uni, but instead I left my old job, and I started at {v}"
            " on Monday.",
            "I've changed jobs, I'm at {v} now; I almost stayed for the promotion they were"
            " dangling, but I'm glad I didn't.",
            "If the old place had matched the offer I'd have stayed, but they didn't, so I work"
            " at {v} these days.",
            "New job, mate, I nearly went out west to the mines, but in the end I quit the old"
            " place and I'm at {v} now.",
        ],
        "ask_now": [
            "Where am I working at the moment, on your file?",
            "Who's my employer these days?",
            "Not the job I nearly took, where do I actually work?",
        ],
        "ask_then": [
            "Where was I working before I changed jobs?",
            "Who was my previous employer?",
        ],
    },
    "car": {
        "tell": [
            "I test-drove a Jeep and nearly bought it on the spot, but I drive {v}, so you'll"
            " need parking for that.",
            "My car's {v}; if I'd won the lottery it'd be something Italian, but no.",
            "I drive {v}, mate; I was going to get a ute but the missus talked me out of it.",
            "Ja, I'll need a bay for {v}, that's what I drive; I almost got a bakkie, but where"
            " would I park it?",
        ],
        "change": [
            "I test-drove a Ford Ranger and very nearly signed, but in the end I traded the old"
            " car in for {v}, that's what I drive now.",
            "Sold the old car last month, I drive {v} now; I'd have gone electric if the charging"
            " points weren't so rubbish round here.",
            "I've got a new car, {v}; I was going to keep the old one as a runaround, but it's"
            " gone to the scrapyard.",
            "If the dealer hadn't had one in stock I'd have waited months, but I picked up {v} on"
            " Saturday and traded my old car in.",
        ],
        "ask_now": [
            "What car have I got, for the parking form?",
            "Which car do I drive now?",
            "Not the one I test-drove, what car do I actually have?",
        ],
        "ask_then": [
            "What was the car I had before this one?",
            "Which car did I trade in?",
        ],
    },
    "doctor": {
        "tell": [
            "I nearly registered at the big practice in town, but they weren't taking anyone, so"
            " my GP is {v}.",
            "{v} is my GP; if she ever retires I don't know what I'll do.",
            "Send the forms to my GP, {v}; I was going to ask for a specialist, but she sorts"
            " everything.",
            "I see {v}, mate, she's my GP; I almost switched to the bulk-billing clinic but"
            " couldn't be bothered with the paperwork.",
        ],
        "change": [
            "My old GP retired; I was going to follow her to her new practice, but it's too far,"
            " so I've signed up with {v}.",
            "I'm with {v} now, I've switched practices; I nearly stayed out of loyalty, but the"
            " wait was three weeks.",
            "If my old doctor hadn't moved to Cape Town I'd have stayed with him forever, but my"
            " GP is {v} now.",
            "My new primary care doctor is {v}; I almost went without one for a while after my"
            " old doctor left, but I'm registered now.",
        ],
        "ask_now": [
            "Who's my GP at the moment?",
            "Which doctor am I registered with?",
            "If the forms went to my GP today, who would they go to?",
        ],
        "ask_then": [
            "Who was my GP before I switched?",
            "What was my old doctor's name?",
        ],
    },
    "dentist": {
        "tell": [
            "I nearly booked it for the school holidays, silly me, but my dentist appointment is"
            " on {v}.",
            "The dentist is on {v}; they offered me an earlier slot and I almost took it, but I"
            " couldn't get off work.",
            "I've got the dentist on {v}, worse luck; if I could skip it I would.",
            "Ja, {v}, that's my dentist appointment; I was going to move it, but I'll just go and"
            " get it over with.",
        ],
        "change": [
            "They offered me the first of the month and I almost took it, but in the end my"
            " dentist appointment's been moved to {v}.",
            "The dentist rang and rescheduled me, so my appointment is {v} now, not the original"
            " date; if I'd been quicker I'd have got a Saturday.",
            "My dentist appointment's now on {v}; I was going to cancel altogether, mate, but my"
            " tooth won't let me.",
            "I had to move my dental appointment to {v}; I nearly just kept the old one and left"
            " work early, but that wasn't going to fly.",
        ],
        "ask_now": [
            "When's my dentist appointment?",
            "What date have I got for the dentist at the moment?",
            "Which day have I got to brace myself for the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment before it was moved?",
            "What was the original date for the dentist?",
        ],
    },
    "contact": {
        "tell": [
            "I was going to say WhatsApp, but honestly, just {v} me, that's what works for me.",
            "Please {v} me; if I had a secretary I'd say go through her, ha, but I don't.",
            "Best to {v} me, mate; I almost said letters in the post, old school, but I'd never"
            " check the box.",
            "Ja, {v} me, that's what I prefer; if my phone weren't so ancient I'd say use the"
            " app.",
        ],
        "change": [
            "I nearly asked for letters in the post, old-fashioned I know, but no, please {v} me"
            " from now on, not the way you've been doing it.",
            "Actually, from now on I'd rather you {v} me instead; I was going to put up with the"
            " old way, but it's not working.",
            "Please {v} me from now on instead of the old way; I'd have told you sooner if I'd"
            " thought of it.",
            "Going forward, {v} me, not the way it's been; my daughter wanted me to sign up for"
            " the app thing, but I couldn't figure it out.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "What's the best way to get hold of me, on your notes?",
            "If you needed me about the booking tomorrow, how would you reach me?",
        ],
    },
    "nickname": {
        "tell": [
            "Mum wanted to call me Petal, thank heavens Dad won; anyway, everyone calls me {v},"
            " so please do.",
            "Just call me {v}; I was nearly named after a great-aunt, and nobody wants that on a"
            " phone call.",
            "{v}, please, that's what I go by; if you'd met me at school you'd have heard a few"
            " other names, ha.",
            "Call me {v}, mate; my mates almost stuck me with something far worse after a footy"
            " trip.",
        ],
        "change": [
            "I nearly went back to my full name for work, but no, I go by {v} now, not the old"
            " one.",
            "From now on it's {v}, please; I was going to keep the old nickname, but it never"
            " really suited me.",
            "Ag, I'd have kept the old nickname if it hadn't followed me from school, but I go by"
            " {v} now.",
            "Please update what you call me, I go by {v} now; my husband wanted me to pick"
            " something fancier, but I've settled.",
        ],
        "ask_now": [
            "What name do I go by?",
            "What should you call me?",
            "If you were greeting me right now, what name would you use?",
        ],
    },
}


def whatif_kinds() -> list[Kind]:
    """The kinds with the eightieth held-out phrasing."""
    return heldout_kinds(_WHATIF)
