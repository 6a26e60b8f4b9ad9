"""A seventy-sixth held-out phrasing of the same facts (`generate --phrasing cluttered`, written
to `bench/changeeval/cluttered/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds` and the layout of `onhold.py` only, without reading the supersession rules, the
other phrasings or the tests, and without running anything on these words first.
The callers ring a courier, a hospital booking line, a vet, an insurer, a hotel and a council,
and their turns are cluttered with details that are not the value: order, claim, policy,
booking and hospital numbers, parcel tracking codes, prices and premiums, times of day, the
dates of other things (a scan, a flight, a delivery), a flight or bus number, the street of a
shop, depot or surgery, the names of staff they spoke to, room numbers and the weather. The
caller's own value sits early, in the middle or at the end of the turn, and the clutter is
never another value of the same kind belonging to the caller. The speech is mixed British,
American, Indian, Scottish ("aye", "flitted", "the morn") and Nigerian ("o", "one Funmi",
"again" for "any more"), and some questions are cluttered too ("Before the courier comes at
half three, what phone number have you got for me?"). Every change is about the caller and
leaves no doubt that the old value no longer holds; every tell states the caller's own
current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

CLUTTERED_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Tracking number is CX 4471 9020, it was meant to come yesterday between two and"
            " four, and it's coming to me at home, {v}, not to your depot on Kingsway.",
            "Aye, I'm at {v}, that's my home, and I'm phoning about the brown bin, it's been"
            " missed since the 12th, collection day's a Wednesday.",
            "For the invoice kindly put my home address, {v}, the booking itself is 55104,"
            " checking in on the 20th, two nights only.",
            "Good afternoon, I spoke with one Mr Adeyemi on Monday about claim 3730-K, he said I"
            " should confirm my address, it is {v}, that's where I live with my family.",
        ],
        "change": [
            "Quick one before the eleven o'clock slot, order 55120-B, I've moved house since I"
            " ordered, so my address is {v} now, nobody's at the old place any more.",
            "Hi, policy HX-20931, renewal's due on the 30th and it was 412 dollars last year,"
            " but the main thing is I moved, my address is {v} now, the old one's gone.",
            "It's about the parking permit, number PZ 0917, the one that runs out on the 1st of"
            " next month; I've moved since I got it, I'm living at {v} now.",
            "Aye, the wee parcel with tracking JD 0041 7782 went to my old flat, I'm no there"
            " any more, I flitted last month and I'm at {v} now.",
        ],
        "ask_now": [
            "While I've got you, and it's about the Thursday delivery, the one for 38 pounds 50,"
            " which address have you got down for me?",
            "Order 60483, what home address do you have for me?",
            "Sorry, the rain's battering the window, can you tell me where I live according to"
            " your records?",
        ],
        "ask_then": [
            "For the insurance claim, reference 88-Q-1403, they want the address I had before I"
            " moved, what was it?",
            "What was my old address, the one before this one? The council officer, a Mr Rennie,"
            " is asking for it.",
        ],
    },
    "phone": {
        "tell": [
            "My mobile's {v}, and the parcel reference is SK 330 71 if you need it, driver's due"
            " between ten and twelve.",
            "Hospital number is 4402 118 and the appointment is for 9.40 on Friday, and my"
            " mobile number is {v}, kindly call me on that only.",
            "Checking in on the 16th, confirmation number HT 88 2190, late arrival around eleven"
            " p.m. off flight UA 219 from Denver, and the number to reach me on is {v}.",
            "Please my number is {v}, I have been talking with one Chiamaka from your office"
            " about the refund of 12,000 naira since Tuesday, she said she will call me back.",
        ],
        "change": [
            "I lost my phone on the number 38 bus on Saturday so the old number's dead, my new"
            " one is {v}, please use that for the two o'clock pickup tomorrow.",
            "Policy number is MTR 55 0193 and the excess is two hundred and fifty, but what I'm"
            " really phoning about is my number's changed, it's {v} now, the old one's been cut"
            " off.",
            "I had a letter dated the 9th about my housing benefit, reference HB 7712, and I've"
            " a new phone now, {v}, so please don't ring the old one, it's not mine any more.",
            "Regarding booking 40017, two nights from the 21st, kindly update my mobile number"
            " to {v}, the previous number I have discontinued.",
        ],
        "ask_now": [
            "Before the courier comes at half three, what phone number have you got for me?",
            "Which number will the consultant's secretary ring me on? It's about the MRI on the"
            " 18th.",
            "Reference 2209-F, the boiler claim, what's my phone number on your system?",
        ],
        "ask_then": [
            "For the claim form, reference CL 90 314, they need the phone number I had before,"
            " what was it?",
            "What number did you have for me before I changed it? It's for the refund on order"
            " 61 552.",
        ],
    },
    "email": {
        "tell": [
            "My email is {v}, and the tracking number you gave me, RM 4420 1187 GB, has said out"
            " for delivery since seven this morning.",
            "Reservation's under confirmation 7731, king room, checkout at eleven, breakfast for"
            " two at eight, and for the folio please send it to {v}, that's my email.",
            "Claim CL-30021, the windscreen, I spoke to a Gemma on Tuesday, she said the forms"
            " would come by email, so for the record mine is {v}.",
            "Good morning, I applied for the parking permit on the 2nd, application 55091, and"
            " my email address is {v}, please send the confirmation there.",
        ],
        "change": [
            "Order 88301, the blender, thirty-nine ninety-nine, I never got the confirmation"
            " because my email's changed, it's {v} now, the old one doesn't exist any more.",
            "Kindly note for my appointment on the 7th at 10.15 with the physiotherapy, my email"
            " address has changed to {v}, the old one I have closed.",
            "It's about the council tax, account 3300 1842; I've a new email now, {v}, I'm no"
            " using the old one any more so send nothing there.",
            "So I'm calling about flight 1162 to Boston on the 22nd, and the thing is I switched"
            " email providers, my email is {v} now, and the old address is shut down.",
        ],
        "ask_now": [
            "While I'm on, and it's about tomorrow's ten o'clock delivery, which email address"
            " have you got for me?",
            "The receipt for the 62 pounds, where did it go, what's my email on your file?",
            "Booking 44190, what email address do you have on record for me?",
        ],
        "ask_then": [
            "The confirmation for order 5512 went somewhere, what was the email I had before I"
            " changed it?",
            "What was my old email? The invoice from March, number INV-2207, must have gone"
            " there.",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} every morning, and my repeat prescription, that's number 40-2291, needs"
            " to be ready before Friday, I'm collecting at the chemist on Station Road.",
            "Patient ID 5521 098, appointment with the cardiology on the 12th at 11.30, and"
            " presently I am taking {v} daily for the BP.",
            "Aye, the pharmacy on Dumbarton Road said to phone you, it's about the delivery on"
            " Tuesday, and it's for my blood pressure, I'm on {v}.",
            "Okay, so my insurance ID is BX 40 7721, the copay was fifteen dollars last time, I"
            " pick up at the CVS on Main, and I take {v} once a day for my blood pressure.",
        ],
        "change": [
            "Following my review on the 4th with the nurse, Sandra, they've changed my dose, I'm"
            " taking {v} now and not the old amount, so please change the prescription, ref RX"
            " 3310.",
            "Doctor has changed my blood pressure medicine o, from today I'm on {v}, the old"
            " dose I have stopped; I'm calling from the pharmacy near Allen Avenue, my ticket is"
            " number 14.",
            "Prescription number 88 107, collection after two o'clock, and it's different now,"
            " the consultant switched me to {v} last week, so the old strength is no good.",
            "It's raining buckets here so I'll be quick, the blister packs for next Monday need"
            " changing, my lisinopril is {v} now, they changed it at my check-up.",
        ],
        "ask_now": [
            "Quick one, before the delivery driver comes at four, how much lisinopril am I"
            " taking?",
            "Reference 2290-P, what dose of blood pressure tablet do you have me down for?",
            "What's my current lisinopril dose? The nurse, Fiona, is asking and I've left the"
            " box at home.",
        ],
        "ask_then": [
            "For the form, hospital number 7704 221, what dose of lisinopril was I on before"
            " they changed it?",
            "What was my old lisinopril dose, before the change? The chemist on Park Road wants"
            " to know.",
        ],
    },
    "class": {
        "tell": [
            "Can you not book the courier during my pottery class, it's on {v}; order number"
            " 66120, the kiln shelves, 84 pounds.",
            "It's the community centre booking, hall B, reference CC 2041, and I do my pottery"
            " class there on {v}, so the room has to stay free for us.",
            "So the tech can come any time except {v}, that's my pottery class, and the work"
            " order is 5519, the dryer that's leaking.",
            "For the assessor's visit on claim 3381, any time is fine but not {v}, because I"
            " have my pottery class then, every week without fail.",
        ],
        "change": [
            "My pottery class has moved to {v} now, they changed the timetable, so the courier"
            " needs to avoid that, order number 33 120.",
            "Kindly note, my pottery class is shifted to {v} from this month, not the earlier"
            " day, so for the technician visit, complaint number 7790, please don't fix it then.",
            "The number 42 bus stopped running to the arts centre so my pottery class moved,"
            " it's on {v} now, not the old day.",
            "Aye, my pottery's on {v} now, they shifted it after the new tutor started, so book"
            " the boiler man any time but then; the reference is HB 301.",
        ],
        "ask_now": [
            "For the two o'clock delivery on the 8th, remind me, which day is my pottery class?",
            "Booking 4401 for the hall, when do I have pottery again?",
            "When's my pottery class? I'm trying to fit the boiler man in, job number 22 51.",
        ],
        "ask_then": [
            "Which day was my pottery class on before it moved? The parcel, reference 6613, went"
            " out that day.",
            "What day did I used to do pottery, before they changed it? The council wants it for"
            " the bus pass form, reference BP 110.",
        ],
    },
    "coffee": {
        "tell": [
            "Room 412, checking out Thursday at eleven, and for breakfast I'm a big {v} drinker,"
            " two cups every morning, please.",
            "Confirmation 88 5521, I'm arriving on flight DL 402 at 6.40 a.m., so I'll need {v}"
            " first thing, I drink it every single morning.",
            "For the breakfast order, room 207, two people, kindly note I take {v} daily,"
            " strong, no sugar.",
            "I land by 5 a.m., Arik flight W3 105, please make sure there is {v} in the room, I"
            " drink it every morning, I can't do without it.",
        ],
        "change": [
            "For the order, room 318, breakfast at half seven: I don't drink {v} any more, my"
            " doctor stopped me, so no cups for me.",
            "Booking 7702, leaving Sunday, late checkout at one, and I've given up {v}, so take"
            " it off my breakfast please.",
            "I'm off the {v} now, gave it up in January, so none for me with the breakfast; room"
            " 12, checking out on the 5th.",
            "Kindly note for tomorrow's eight o'clock breakfast, table for one, I have quit {v}"
            " fully, doctor's advice, so please don't send any.",
        ],
        "ask_now": [
            "For the 7 a.m. breakfast order, room 215, do I drink coffee?",
            "Do you have me down as a coffee drinker? It's room 508, breakfast at eight.",
            "Quick one, the weather's dreadful so we're staying in, do I have coffee in the"
            " morning or not?",
        ],
    },
    "meat": {
        "tell": [
            "Table for two at eight, booking 4471, and I eat {v}, so the steak menu is perfect"
            " for me.",
            "Rehearsal dinner on the 15th, party of twelve, deposit's paid, three hundred"
            " dollars, and I eat {v}, so put me down for the ribeye.",
            "Please I eat {v} well well, suya, beef, everything, so for the conference dinner on"
            " Friday, badge number 221, I want the beef option.",
            "For the Burns supper booking, reference BS 19, I'm a {v} eater, aye, steak pie for"
            " me.",
        ],
        "change": [
            "Dinner on the 9th at seven, room 221, I've stopped eating {v}, I'm vegetarian now,"
            " so the veggie option please.",
            "For the wedding dinner, guest number 88, kindly note I have left {v} completely,"
            " I'm vegetarian now.",
            "It's about the Christmas party booking, the one at the Crown on Bridge Street, I'm"
            " vegetarian these days, so no {v} for me.",
            "Booking 5512, my flight gets in at four and dinner's at eight, and I quit {v} in"
            " March, I'm vegetarian now.",
        ],
        "ask_now": [
            "The set menu is twenty-five pounds a head for the 7.30 booking, do I eat red meat?",
            "Any dietary notes on my file for the dinner on Friday, reference DN 44?",
            "Do I eat red meat? It's for the gala on the 18th.",
        ],
    },
    "favourite": {
        "tell": [
            "Welcome basket for room 305, arriving on the 10th, and my favourite tea is {v},"
            " please.",
            "I'm arriving on flight BA 1479 at ten past nine, and {v} is my favourite tea, if"
            " you're doing the basket.",
            "For the gift hamper, order 7731, delivery between two and four, my favourite tea is"
            " {v}, kindly include that.",
            "It's dreich the day so a wee cup will be welcome, {v}'s my favourite tea, for the"
            " basket, booking 30 15.",
        ],
        "change": [
            "For the basket, booking 8821, arriving about six: my favourite tea is {v} now, I've"
            " gone off the old one.",
            "Order 4409, the gift box, forty-five dollars, but switch the tea, my favorite is"
            " {v} these days, not what I had before.",
            "For the welcome pack, room 14, my favourite tea has changed o, it's {v} now, I"
            " don't like the former one again.",
            "These days it's {v}, that's my favourite tea now, the old one's off; this is for"
            " the hamper going out on the 3rd.",
        ],
        "ask_now": [
            "For the basket going to room 210, what's my favourite tea?",
            "Which tea do you have me down for, booking 6651, arriving Friday?",
            "What's my favourite tea? Your colleague, Priya, said you'd know.",
        ],
        "ask_then": [
            "What was my favourite tea before I changed it? The old hamper, order 3302, had it.",
            "Which tea did I use to like best, the one before this one? It's for the basket on"
            " the 19th.",
        ],
    },
    "pet": {
        "tell": [
            "My cat {v} is booked for her jabs at 3.15 on Thursday at the practice on Mill Road,"
            " and the invoice from last time, 60 pounds, is still showing unpaid.",
            "I have one cat, {v}, she's due for deworming, appointment reference VT 2219, at 5"
            " p.m.",
            "The insurance policy number is PET 44102 and the premium went up to twenty-nine"
            " ninety, and it's for my cat, {v}, she's a tabby.",
            "Aye, it's about my cat {v}, she's booked in wi' Mhairi, the nurse, for the morn at"
            " ten, for her claws.",
        ],
        "change": [
            "Could you cancel the booster on the 12th, ref VB 3319, we lost {old} last week, she"
            " passed away at home.",
            "I'm calling to cancel {old}'s pet insurance, policy P 5521, she died on Sunday, she"
            " was seventeen.",
            "Please take {old} off my file, she passed in the spring, and cancel the flea"
            " treatment order too, 14 pounds a month.",
            "We gave {old} to a new family in March because of my asthma, so she's not with us"
            " again, please stop the food delivery, order 2209.",
        ],
        "ask_now": [
            "Do I have a cat on your records? The text about the 4.30 appointment came through.",
            "How's my cat doing, according to the notes from Tuesday?",
            "Do I still have a cat registered with you? It's about invoice number 3381.",
        ],
    },
    "partner": {
        "tell": [
            "The booking's for two, me and my partner {v}, arriving on the 19th, flight EZY"
            " 8812, double room.",
            "I spoke with one Funmi at your front desk yesterday about the anniversary package,"
            " it's for me and my husband {v}, reference 4410.",
            "Policy renewal, number 22 1901, and I want to add my boyfriend {v} as a named"
            " driver, the quote was 58 dollars more.",
            "It's the table for the 8th at half seven, it's me and {v}, he's my partner, and"
            " Callum on your desk said the deposit's thirty pound.",
        ],
        "change": [
            "{old} and I broke up in May, so take him off the hotel booking, reference HB 2290;"
            " my partner now is {v}, he'll be checking in with me.",
            "My new partner is {v}, so change the second name on the insurance, policy 5540,"
            " Gail in customer service said to ring.",
            "Kindly note, I am no longer with {old}, I am with {v} now, so for the anniversary"
            " dinner, booking 7108, please change the name.",
            "The courier wanted a second name for the delivery, order 9033, and it's {v} now,"
            " he's my boyfriend, {old} and I split in the spring.",
        ],
        "ask_now": [
            "Whose name did I put as my partner, for the double room on the 22nd?",
            "What's my partner's name on the booking, reference 3390?",
            "Who's my partner on your records? Janice on the front desk needs it.",
        ],
        "ask_then": [
            "Who was I with before? It'd be the name on the old booking, reference 1184.",
            "Before the change, who did you have down as my partner?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, so the parcel can go to reception there between nine and five,"
            " tracking HK 33 0871.",
            "For the car insurance quote, ref Q 55102, occupation-wise I'm working at {v} since"
            " 2016, and the premium quoted was 640 pounds.",
            "It's about the permit for the Castle Street car park, I've been at {v} for nine"
            " years, the office is just across the road, permit 2211.",
            "Please I work with {v}, I'm calling on my lunch break, around one, about the letter"
            " for my appointment, reference number 7740.",
        ],
        "change": [
            "I've left my old job, I'm at {v} now, so the income on the mortgage form, case 44"
            " 901, needs updating.",
            "I started at {v} last month, so update my employer on the policy, number AB 20 771,"
            " my old job's done.",
            "I'm no at the old place any more, I'm working at {v} now, started Monday; the"
            " payslip's dated the 28th if you need it.",
            "New job, {v}, the old one's behind me; I'm calling from the bus, the 52, so sorry"
            " about the noise, it's about claim 3318.",
        ],
        "ask_now": [
            "For the form, reference 4419, who's my employer?",
            "Where do I work, according to you? The assessor, Mr Hughes, wants it.",
            "Quick one before my two o'clock, where do you have me working?",
        ],
        "ask_then": [
            "Where was I working before I changed jobs? The old claim, 22 09, had it.",
            "What was my old job, the employer before this one? The mortgage adviser on Friday"
            " needs it.",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, and the windscreen crack's about four inches long, claim number W"
            " 55017, the glass man can come any morning.",
            "It's for the residents' parking, I've a permit application in, PR 8812, and my"
            " car's {v}, it sits out on the street.",
            "For the hotel parking, booking 3310, arrival 6 p.m., I'll be coming in my car, {v}.",
            "Policy number 44 2210 8, premium's a hundred and ten a month, and the vehicle is"
            " {v}, that's my car.",
        ],
        "change": [
            "I sold the old car on Saturday, I drive {v} now, so please change it on policy"
            " 88-1021 before the renewal on the 30th.",
            "Please I have changed my car, the old one I sold, now it's {v}, for the hotel"
            " parking, booking 6620.",
            "Traded the old one in at the garage on Station Road, my car is {v} now, and the"
            " quote you gave me, 512 pounds, was for the old car.",
            "Aye, my car's {v} now, the old one's away to the scrappie, so the permit, PR 1190,"
            " needs changing.",
        ],
        "ask_now": [
            "For the car park at the hospital, appointment at 10.20, what car do I drive?",
            "What car do you have down for me on policy 7702?",
            "The valet at the front is asking, what's my car?",
        ],
        "ask_then": [
            "What car did I have before this one? The claim from 2021, ref CL 8810, was for it.",
            "What was my old car, the one before I changed? The garage on Station Road wants to"
            " know.",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v}, and I'm ringing about the scan letter dated the 6th, hospital number"
            " 4402 8813.",
            "Referral came from my GP, {v}, for the ortho appointment, token number 44, at 11"
            " a.m.",
            "I've been on to the surgery on Byres Road, it's {v} I see there, my GP, and they"
            " said to phone you about the blood test results.",
            "Please the discharge letter should go to my family doctor, that's {v}, the"
            " receptionist Blessing told me to call this line.",
        ],
        "change": [
            "I've changed surgeries, my GP's {v} now, so the discharge letter from ward 7"
            " shouldn't go to the old one.",
            "My new primary care doctor is {v}, I switched in January, so send the results of"
            " the MRI on the 12th to that office.",
            "The old GP retired at Easter, I'm under {v} now, and the appointment's at 2.40 on"
            " Wednesday, clinic C.",
            "Kindly update, my GP is {v} only now, the previous doctor I am not seeing; my"
            " patient ID is 33 219.",
        ],
        "ask_now": [
            "For the referral on the 16th, who's my GP on your system?",
            "Which doctor do I see? The physio, Kirsty, needs to write to them.",
            "Hospital number 8810 442, who have you got as my GP?",
        ],
        "ask_then": [
            "Who was my GP before I switched? The old letters from 2022 went to them.",
            "Before the change, which doctor did you have me with?",
        ],
    },
    "dentist": {
        "tell": [
            "My dentist appointment is on {v}, so the parcel, tracking DX 77 1103, can't come"
            " that morning, any other day's fine.",
            "The MRI is on the 26th of February, that one's with you, but I've got the dentist"
            " on {v} as well, so please don't move the scan onto that day.",
            "I'm flying to Lagos on the 5th of June, flight VS 411, and before that, my dental"
            " appointment is on {v}, please note it.",
            "The boiler man's coming the 23rd, aye, and I've the dentist on {v}, so no that day.",
        ],
        "change": [
            "The dentist on Queen Street rang, they've moved my appointment to {v}, so please"
            " book the delivery around that, order 71 204.",
            "Kindly note my dental appointment is rescheduled to {v}, the earlier date is"
            " cancelled, and the hospital follow-up on the 8th stays same.",
            "Flight BA 227 back on the 17th, then the dentist, which has moved, my appointment's"
            " on {v} now, not the old date.",
            "Och, the dentist cancelled my appointment again and moved me to {v}, so put that in"
            " instead of the old date; the council man's still coming on the 11th.",
        ],
        "ask_now": [
            "When's my dentist appointment? I'm trying to book the 10.30 delivery around it.",
            "What date do you have for my dentist, reference D 4410?",
            "When am I at the dentist? Sharon at the practice on Church Road said you'd have it.",
        ],
        "ask_then": [
            "When was my dentist appointment originally, before it moved? The hotel on the 8th"
            " was booked around it.",
            "What date was the dentist before they rescheduled it?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me about the parcel, tracking RM 3301 8842, the driver's due after two.",
            "For the booking confirmation, reference 6601, kindly {v} me only, that is my"
            " preference.",
            "Claim 44 881, the hailstorm on the 3rd, and for updates it's best to {v} me, that's"
            " what works for me.",
            "The receptionist, Amaka, asked how you should reach me, please {v} me, that's how I"
            " like it, for invoice 2290.",
        ],
        "change": [
            "From now on, please {v} me, whatever's on the file is out of date; this is about"
            " order 55810, the sofa, delivery on the 9th.",
            "It's changed, I'd rather you {v} me these days, and the council tax reference is"
            " 7712 4410.",
            "Aye, I've changed my mind, {v} me from now on, no the old way, it's about the bin"
            " uplift on Thursday.",
            "Kindly note, going forward you should {v} me only, the earlier preference is not"
            " valid, for booking 3319.",
        ],
        "ask_now": [
            "How do I like you to contact me, for the eleven o'clock slot tomorrow?",
            "Reference 6640, what's my contact preference on file?",
            "How do you have me down to be contacted? The nurse, Joanne, wants to know.",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, everyone does, and the booking is under reference 4471, arriving on"
            " the 2.15 train.",
            "Hi, it's about order 99012, shipped yesterday via UPS, and please just call me {v},"
            " that's what I go by.",
            "The reservation's under my full name, booking 5502, but call me {v}, everybody"
            " does, aye, and we're in about four.",
            "Mrs Bello at the council said I should call about the rates, reference 8801, and"
            " please I'm {v}, that's what everybody calls me.",
        ],
        "change": [
            "Actually I go by {v} these days, not the old name, and it's about the invoice, 42"
            " pounds, from the 8th.",
            "It's {v} now, call me that from now on, I've dropped the old nickname; booking"
            " 3315, two nights.",
            "Kindly address me as {v} from now on, not what you were using, my membership number"
            " is 7712.",
            "So I've started going by {v}, everyone calls me that now, and I'm on flight AA 91"
            " landing at six.",
        ],
        "ask_now": [
            "What name do I go by on your system? Booking 2210.",
            "What should you call me? Your colleague, Dave, got it wrong on the four o'clock"
            " call.",
            "Before the driver rings at noon, what name have you got me down as going by?",
        ],
    },
}


def cluttered_kinds() -> list[Kind]:
    """The kinds with the seventy-sixth held-out phrasing."""
    return heldout_kinds(CLUTTERED_UPPER)
