"""Facts that change: each supersession rule, the validity window a new value closes, the
current value answered and the old one found — marked as past — only when asked about."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from flask.testing import FlaskClient

from omem.db import db
from omem.embeddings import get_embedder
from omem.memory.kinds import asked_by_reader
from omem.memory.retract import retracted
from omem.memory.retract import retracts
from omem.memory.retrieve import clean_query
from omem.memory.supersede import asked_hashes
from omem.memory.supersede import asked_slots
from omem.memory.supersede import asks_about_the_past
from omem.memory.supersede import closes
from omem.memory.supersede import closing_hashes
from omem.memory.supersede import fills
from omem.memory.supersede import moves_a_booking
from omem.memory.supersede import slot_hashes
from omem.memory.supersede import slot_of
from omem.memory.supersede import slots_of
from omem.memory.supersede import slots_with
from omem.models import Memory
from tests.conftest import make_settings
from tests.test_init_selection import ROSA
from tests.test_init_selection import _call

QUERY = "/api/v1/tools/memory-query"


@pytest.mark.parametrize(
    ("memory", "slot"),
    [
        ("The caller lives at 12 Oak Street.", "address"),
        ("The caller and others moved in April 2026, they live at 88 Elm Street now.", "address"),
        ("The caller's new address is 4 Mill Lane.", "address"),
        ("The caller's new number is 5550199.", "phone"),
        ("The caller's email is j.smith@gmail.com.", "email"),
        ("Please call the caller Dee.", "name"),
        ("The caller goes by Dee these days.", "name"),
        ("The caller prefers to be called Dee.", "name"),
        ("Text the caller from now on, they never check email anymore.", "contact"),
        ("Email the caller, that is easiest.", "contact"),
        ("The caller's dentist appointment moved to Friday.", "appointment:dentist"),
        ("The caller's appointment is on 5 May 2026 at 3.", "appointment:any"),
        (
            "The dentist moved the caller's appointment to the 14th of March.",
            "appointment:dentist",
        ),
        ("You can reach the caller on 5552180.", "phone"),
        ("The caller's number changed, it's 5552180 now.", "phone"),
        ("Send things to j.hart@gmail.com, that's the caller's email.", "email"),
        ("Best to text the caller, that's what they prefer.", "contact"),
        ("The caller would rather you text them these days.", "contact"),
        ("Their place is at 14 Birch Lane.", "address"),
        ("The caller has moved, so please update it to 14 Birch Lane.", "address"),
        ("The caller started a new job at Halden Logistics.", "job"),
        ("The caller has been at the city library for years now.", "job"),
        ("The caller and others traded the old car in, they drive a Mazda 3 now.", "car"),
        ("The caller switched practices, their GP is Dr Patel now.", "doctor"),
        ("The caller's new partner is Sam.", "partner"),
        ("Tom and the caller split up, they are seeing someone new, Sam.", "partner"),
        # relationships and pets
        ("Their cat Biscuit runs the house.", "pet:biscuit/about"),
        ("The caller and others have a cat called Biscuit.", "pet:biscuit/about"),
        ("Sadly the caller and others lost Biscuit in March 2026.", "pet:biscuit"),
        ("The caller said Biscuit passed away in the spring.", "pet:biscuit"),
        # doses, weekly days, favourites, habits and their reversal
        ("The caller takes 10 milligrams of lisinopril every morning.", "dose:lisinopril"),
        ("They switched the caller to 40 milligrams of lisinopril.", "dose:lisinopril"),
        ("The caller's pottery class moved to Thursday evenings.", "weekly:pottery"),
        ("The caller does pottery on Tuesday evenings.", "weekly:pottery"),
        ("These days the caller's favourite tea is rooibos.", "favourite:tea"),
        ("The caller drinks two cups of coffee every morning, black.", "habit:coffee/yes"),
        ("The caller doesn't drink coffee any more, doctor's orders.", "habit:coffee/no"),
        ("No more coffee for the caller, they quit in March 2026.", "habit:coffee/no"),
        ("The caller has stopped eating red meat, they are vegetarian now.", "habit:meat/no"),
        # someone else's facts, and facts that fill no slot
        ("The caller's mum lives in York.", None),
        ("The caller's daughter's number is 5551234.", None),
        ("The caller lives alone.", None),
        ("The caller calls their mum daily.", None),
        ("The caller's husband drinks coffee all day long.", None),
        ("The caller's neighbour has a cat called Pepper.", None),
        ("The caller's mum takes 10 milligrams of lisinopril too.", None),
        ("The caller's son has football on Monday nights.", None),
        ("The caller's friend Nora's favourite tea is chamomile.", None),
        ("The caller's sister's boyfriend Tom is coming too.", None),
        ("The caller's husband works at the Riverside Clinic.", None),
        ("On 3 March 2026: Rosa said she takes 10 milligrams lisinopril.", None),
        # a restaurant's name is not a habit, nor is a dog's food the caller's
        ("The caller and others went to Smoke Shack, they had the pulled pork.", None),
        ("Better! The vet said to switch him, so he's on lamb and rice now.", None),
        ("The caller's frequent flyer number is MX4229790.", None),
        ("The caller has had the longest day, the coffee maker quit.", None),
        # "'s" that means "is"; a request for a standing change; more ways to say a job, a
        # name, a habit; a class that moves is not a pet that left
        ("The caller's email's j.hart@gmail.com these days.", "email"),
        ("The caller said Pottery's Saturday mornings, every week.", "weekly:pottery"),
        ("Pottery is the caller's Monday nights thing.", "weekly:pottery"),
        ("The caller said Pottery has gone to Saturday mornings.", "weekly:pottery"),
        ('The caller asked: "Can you text me instead from now on?"', "contact"),
        ('The caller asked: "Can you text me the address?"', None),
        ("The caller has just joined Copperleaf Studios.", "job"),
        ("The caller joined Tesco's loyalty scheme.", None),
        ("The caller is at Copperleaf Studios, have been for ages.", "job"),
        ("The caller has started going by Sunny.", "name"),
        ("The caller is a meat and potatoes person, lots of red meat.", "habit:meat/yes"),
        ("Biscuit has gone to live with the caller's sister.", "pet:biscuit"),
        ("The caller's car's a white Subaru Outback.", "car"),
        ("Their cat is called Biscuit.", "pet:biscuit/about"),
        ("The caller's other half is Sam.", "partner"),
        ("The caller has met someone new, Rafael.", "partner"),
        ("The caller met someone at the bus stop who was rude.", None),
        ("The caller's tea of choice is Earl Grey.", "favourite:tea"),
        ("The caller has switched to rooibos tea.", "favourite:tea"),
        ("The caller's daughter's a nurse.", None),
        ("Their landlord's address is 14 Birch Lane.", None),  # "'s a…" is whose here
        # "'s" before a name, "called", or after the attribute it names
        ("The caller's GP's Dr Okafor now.", "doctor"),
        ("The caller's partner's called Tom.", "partner"),
        ("The caller's favourite's rooibos tea now.", "favourite:tea"),
        ("The caller has gone off the old one, it's rooibos tea for them now.", "favourite:tea"),
        ("The caller said every week it's pottery, Tuesday evenings.", "weekly:pottery"),
        # a request states what it asks for; asking for something once states nothing
        ('The caller asked: "Can you update my email to j.hart@gmail.com?"', "email"),
        ('The caller asked: "Could you put my number down as 5552180?"', "phone"),
        ('The caller asked: "Can you call me Jo from now on?"', "name"),
        ('The caller asked: "Can you remind me what time you close on Friday?"', None),
        # an email or number by its shape, unless it is someone else's or for one purpose
        ("The caller uses j.hart@gmail.com for everything.", "email"),
        ("The caller said Send the newsletter to readingnook@gmail.com.", None),
        ("You can get hold of the caller on 5552180.", "phone"),
        ("If the caller is out, try their son on 5551467.", None),
        # more ways to say a job, a contact, a pet's loss, a name, a habit
        ("The caller has got a job at Halden Logistics.", "job"),
        ("The caller has moved jobs, they work at the Riverside Clinic now.", "job"),
        ("The caller would like you to email them in future.", "contact"),
        ("Biscuit had to be rehomed, the caller's landlord said no pets.", "pet:biscuit"),
        # someone's thing after the first clause is the reason; standing alone, whose it is
        (
            "The caller and others had to rehome Mochi, their flatmate's allergies got so bad.",
            "pet:mochi",
        ),
        ("Send it to 14 Birch Lane now, that's their mum's.", None),
        ("The caller and others gave Biscuit to their niece.", "pet:biscuit"),
        # from porchlight's: at a named place on nights, there a good while
        ("The caller is at Copperleaf Studios, nights mostly, been there a good while.", "job"),
        # from lastcall's misses: "is dead", "she's gone" without a comma, given away after
        ("The caller's cat Pepper is dead since two weeks, it's very sad.", "pet:pepper"),
        ("Sadly their cat Pepper she's gone, she got ill and they lost her.", "pet:pepper"),
        (
            "The caller and others don't have Mochi any more, they had to give her away.",
            "pet:mochi",
        ),
        ("Their cat Pepper she's gone to the vet for the day.", "pet:pepper/about"),
        ("Their cat Pepper, she's gone out hunting again.", "pet:pepper/about"),
        ("The caller's sister Jo, she's gone, bless her.", None),
        (
            "The caller had to give Pepper up, with all the travel, they have no cat now.",
            "pet:pepper",
        ),
        # ... never a pet away for a while, tired, or someone of theirs gone
        ("The caller's cat Pepper is dead tired after the vet.", "pet:pepper/about"),
        ("Their dog Rex, he's gone, he's at the kennels till Sunday.", "pet:rex/about"),
        ("Their cat Pepper is fine, but the caller's gran, she's gone now.", "pet:pepper/about"),
        ("The caller gave Rex up to the sitter until Friday.", None),
        ("Mochi is at the sitter's, they gave her away for the weekend.", None),
        ("The caller is at Halden Logistics, in sales.", "job"),
        ("The caller's friends call them Bea.", "name"),
        ("The caller prefers Bea.", "name"),
        ("The caller said Just Bea is fine.", "name"),
        ("Voicemail is fine, the caller checks it every evening.", None),
        ("The caller lives on coffee.", "habit:coffee/yes"),
        ("The caller is a three-coffees-a-day person.", "habit:coffee/yes"),
        ("The caller has packed in coffee.", "habit:coffee/no"),
        ("The caller doesn't touch coffee now.", "habit:coffee/no"),
        ("Put the caller down for the steak, they love red meat.", "habit:steak/yes"),
        # a request to set an attribute names its slot; more ways to say a job, a partner,
        # a name, a contact
        ('The caller asked: "Could you change my employer to the Riverside Clinic?"', "job"),
        ('The caller asked: "Could you change what you call me to Jo?"', "name"),
        ('The caller asked: "Could you swap the email on my account for j@x.com?"', "email"),
        ("The caller is on the payroll at Halden Logistics.", "job"),
        ("The caller handed their notice in and started at the Riverside Clinic.", "job"),
        ("The caller has been seeing Marcus since May.", "partner"),
        ("Bea is what the caller answers to.", "name"),
        ("Make it Jo from now on, the caller doesn't answer to the old one any more.", "name"),
        ("Honestly, text the caller, they are hopeless with anything else.", "contact"),
        ("Do the caller a favour and email them from here on.", "contact"),
        ("J.hart@gmail.com, that's the inbox the caller actually checks.", "email"),
        # what the caller says before asking is said; a value set by name ("put X down as")
        (
            "The caller asked: \"My number's changed, it's 5559034, and could you remind me "
            'when you close on Fridays?"',
            "phone",
        ),
        ('The caller asked: "Could you put Marcus down as my partner instead of Tom?"', "partner"),
        # … and before a question of another thing (windowseat's misses); never a question
        # alone, nor what was so before
        (
            'The caller asked: "I\'m on 5 milligrams of lisinopril a day for the blood pressure '
            '— that reminds me, did I pack them?"',
            "dose:lisinopril",
        ),
        ('The caller asked: "My sister lives at 5 Oak Road, is that near you?"', None),
        ('The caller asked: "Is my number still 5559034?"', None),
        ('The caller asked: "I used to live at 5 Oak Road, did you know that?"', None),
        (
            'The caller asked: "I never see it when you text me, so could you email me instead?"',
            "contact",
        ),
        ("Tom, the caller's partner, will be coming with them.", "partner"),
        ("Biscuit, that's the caller's cat, she rules the roost.", "pet:biscuit/about"),
        (
            "The caller's dentist appointment's been moved to the 2nd of April.",
            "appointment:dentist",
        ),
        (
            "The caller has got a check-up with the dentist, it's on the 14th of March.",
            "appointment:dentist",
        ),
        ("The caller and others buried Biscuit in the garden on Sunday.", "pet:biscuit"),
        # a pastime beside a day that recurs is the week's fixture
        (
            "Tuesday evenings are pottery, so don't book the caller anything then.",
            "weekly:pottery",
        ),
        (
            "The caller has signed up for a pottery course, it runs Tuesday evenings.",
            "weekly:pottery",
        ),
        ("The caller gets around in a blue Honda Civic.", "car"),
        ("The caller said the car's a blue Honda Civic.", "car"),
        ("Bea's what the caller answers to.", "name"),
        ("The caller is Jo to everyone now.", "name"),
        ("The caller has got a dental appointment on the 14th of March.", "appointment:dentist"),
        ("The caller's prescription is 10 milligrams of lisinopril.", "dose:lisinopril"),
        ("The caller's lisinopril went up to 20 mg.", "dose:lisinopril"),
        ("The caller had to have Biscuit put down in March.", "pet:biscuit"),
        (
            "The caller's last cup of coffee was in January, they have given it up.",
            "habit:coffee/no",
        ),
        ("The caller has red meat most days, burgers, steak, the lot.", "habit:meat/yes"),
        ("If you need the caller, just text them.", "contact"),
        ("The caller changed to a practice nearer home.", "doctor"),
        ("The caller's metformin is 500 mg once daily.", "dose:metformin"),
        ("The caller has a scan on the 14th of March, the doctor ordered it.", "appointment:scan"),
        ("The caller was made redundant, they are at the Riverside Clinic now.", "job"),
        (
            "Don't book the caller in on Tuesday evenings, that's when they have got pottery.",
            "weekly:pottery",
        ),
        (
            "Every day, first thing, it's coffee for the caller, strong with milk.",
            "habit:coffee/yes",
        ),
        ("The caller's cat's name is Biscuit.", "pet:biscuit/about"),
        ("The caller is now working at the Riverside Clinic.", "job"),
        ("The caller has been working at Halden Logistics for six years.", "job"),
        (
            "The caller got made redundant from their last job, and now they are at the "
            "Riverside Clinic.",
            "job",
        ),
        ("The caller said it's a red Mazda 3 now, the old car went for scrap.", "car"),
        ("The caller has dropped their old nickname, they go by Jo now.", "name"),
        ("The caller is at 14 Birch Lane, if you need their address for the delivery.", "address"),
        ("The caller is off coffee now, it was keeping them up at night.", "habit:coffee/no"),
        (
            "The caller doesn't have coffee at all since the palpitations started.",
            "habit:coffee/no",
        ),
        ("Put the caller down as a coffee drinker, a big one.", "habit:coffee/yes"),
        ("No red meat for the caller now, they have cut it out completely.", "habit:meat/no"),
        ("The caller has a little tabby at home called Biscuit.", "pet:biscuit/about"),
        ("The caller's salary comes from Halden Logistics, that's where they work.", "job"),
        ("The caller gets about in a blue Honda Civic.", "car"),
        (
            "On the 14th of March the caller has got the dentist, so no physio.",
            "appointment:dentist",
        ),
        ('The caller asked: "Could you put me down as Jo?"', "name"),
        ("The caller will come in their car, it's a blue Honda Civic.", "car"),
        ("Biscuit's their cat, she's asleep on the keyboard.", "pet:biscuit/about"),
        ("The caller has coffee every morning, can't function without it.", "habit:coffee/yes"),
        (
            "The caller closed down the old account, so anything for them goes to "
            "sunny_days@outlook.com now.",
            "email",
        ),
        # a make that is not the caller's car; a team that is finished; a request about
        # something else than the attribute
        ("Tom has just bought a Tesla.", None),
        ("The caller hates BMW drivers.", None),
        ("Arsenal are finished this season.", None),
        ('The caller asked: "Can you put my partner down for the Christmas lunch too?"', None),
        ('The caller asked: "Can you update my car insurance renewal date to June?"', None),
        ("Yesterday, the caller's partner rang the surgery.", None),
        ("The caller's daughter has swimming on Tuesdays.", None),
        ("The caller went swimming on Tuesday.", None),
        ("The caller saw a Tesla in the car park.", None),
        ("The caller's husband's car is a blue Honda Civic.", None),
        ("The caller's daughter's lisinopril is 20 mg.", None),
        ("The caller's sister's car is a Tesla.", None),
        ("The caller rented a car for the weekend.", None),
        ("The caller is at the Hilton now.", None),
        ("Please deliver to the office at 14 Birch Lane.", None),
        ("The caller's husband doesn't have coffee.", None),
        ("Put the caller down for the 3pm slot.", None),
        ("No, the caller doesn't know.", None),
        # from the review: a question's opening, one-offs, someone else's, a booking
        ('The caller asked: "Was my old address 14 Birch Lane, could you check?"', None),
        ('The caller asked: "Which number have you got, 5552180, could you read it back?"', None),
        ("No coffee for the caller today, they have a scan.", None),
        ("The caller always buys coffee for their husband.", None),
        ("The caller doesn't have tea with milk, just black.", None),
        ("Tom plays golf on Sundays.", None),
        ("The caller takes the grandkids to swimming on Tuesdays.", None),
        ("The caller is trying yoga on Thursdays this month.", None),
        ("Tom will just text the caller when he lands.", None),
        ("Meanwhile, the caller's wife, bless her, has the car.", None),
        ("The caller's mum is Margaret, and they go by Maggie at church.", None),
        ("Have Tom as the caller's partner for the quiz night.", None),
        ("The caller hired a Tesla for the weekend, the car was great.", None),
        ("Their address for deliveries is the shop at 5 Mill Road.", None),
        ("The caller never drinks coffee after 6.", None),
        ("The caller doesn't drink coffee in the evening.", None),
        ('The caller asked: "What time do you close on Fridays?"', None),
        # final_blind's forms: "'s not", a reason before "they", working hours beside a
        # place, a pet put to sleep, a request the caller says is their way, a name asked for
        (
            "The caller's dentist appointment's not on the 14th of March any more, it's the 2nd "
            "of April.",
            "appointment:dentist",
        ),
        ("Since the caller's heart scare they don't touch red meat at all.", "habit:meat/no"),
        ("The caller is at Halden Logistics, in the office, nine to five.", "job"),
        ("The caller is at Brightwater Bank, on the early shift.", "job"),
        (
            "Things have changed at work, so it's better to email the caller from now on.",
            "contact",
        ),
        (
            "The caller and others had to put Biscuit to sleep in March, the vet said it was "
            "kindest.",
            "pet:biscuit",
        ),
        (
            'The caller asked: "Could you text me about the delivery?" That\'s how the caller '
            "likes it.",
            "contact",
        ),
        ("The caller doesn't go by Bea any more, please call them Jo.", "name"),
        ("It's Bea, please, nobody uses the caller's full name.", "name"),
        ("The caller is at Tesco, in the queue.", None),
        ("The caller is at the Hilton, in the bar.", None),
        ("Put Tom down as a guest for the 3pm slot.", None),
        ('The caller asked: "Could you text me about the delivery?" The van is white.', None),
        ('The caller asked: "Could you text me about the delivery?"', None),
        ("It is Tuesday, please note the name of the plumber.", None),
        ("It's Bea, please.", None),
        ("Tom has a dentist appointment on the 2nd of April.", None),
        # ringing's forms: an aside before the fact, a record to update, a pet said to have
        # died after it is named, a favourite said as most loved, red meat beside a beef dish
        ("If you need the caller, it's 5552180, they always have it on them.", "phone"),
        (
            "Take the beef off the caller's usual, they have cut out red meat completely.",
            "habit:meat/no",
        ),
        (
            "Put the caller down as a red meat lover, the beef burger's their usual.",
            "habit:meat/yes",
        ),
        ("The caller's favourite tea's chamomile, they drink it by the pot.", "favourite:tea"),
        (
            "The caller's tastes have changed, rooibos is the tea they love most now.",
            "favourite:tea",
        ),
        ("The caller would pick chamomile over any other tea, hands down.", "favourite:tea"),
        ("Just so you know, the caller's partner is Marcus these days, not Tom.", "partner"),
        (
            "New job! The caller is at the city library now, so update their employer, please.",
            "job",
        ),
        (
            "The caller was made redundant from their last job, and now they work for the "
            "Riverside Clinic.",
            "job",
        ),
        ("The caller has left the city library, they are working at Halden Logistics now.", "job"),
        (
            'The caller asked: "Could you change the name on my file to Jo?" That\'s what the '
            "caller is called these days.",
            "name",
        ),
        ("The caller has dropped the old nickname, they are Jo now.", "name"),
        (
            "The caller is ringing to cancel Biscuit's check-up, she died on 9 March 2025.",
            "pet:biscuit",
        ),
        ("Please take Mochi off your records, she passed away in her sleep.", "pet:mochi"),
        ("The caller has cut out beef but still eats chicken.", "habit:beef/no"),
        ("The caller's son left school, they are working at Tesco now.", None),
        ("The caller's daughter's nickname is Bea, they are Jo now.", None),
        ("Cancel Tuesday's appointment, she died.", None),
        # from the review of these forms: visits, babies, travel, weekdays, titles,
        # someone else's request, a capitalised kind, a channel that is down
        ("The caller is at Heathrow, home tomorrow night.", None),
        ("The caller is at the Hilton, in the office of a friend.", None),
        ("The caller is at the Royal Infirmary, on nights with their dad.", None),
        ("The caller is at Leeds College, part-time.", None),
        ("The caller is at Tesco, on the tills.", "job"),
        ("The caller put Freya to sleep around eight, so call after that.", None),
        ("The caller had to put Biscuit down on Saturday.", "pet:biscuit"),
        ("The caller doesn't go by Uber any more, they drive now.", None),
        ("The caller doesn't go by Lou any more, it's Max now.", "name"),
        ("The caller is out all week, so please call them Friday.", None),
        ("It is Rex, please, the dog's name.", None),
        ('The caller asked: "Could you call me Jo?" That\'s how the caller likes it.', "name"),
        ('The caller asked: "Could you text my son Tom?" That\'s how the caller likes it.', None),
        ("Mobile's not working, so email the caller from now on.", "contact"),
        ("The caller said Dentist's moved to the 14th of March.", "appointment:dentist"),
        ("Milo has the vet on Friday the 14th of March.", "appointment:vet"),
        # doorstep's forms: a record still holding the old value, a pet gone with no cat now,
        # a job landed or named first, a favourite named by its kind, a habit "that's me"
        (
            "The caller had a cup of rooibos at their sister's and that's their favourite tea "
            "now, they don't bother with the old one.",
            "favourite:tea",
        ),
        (
            "The caller's favourite's chamomile, they will have that if you're making a brew.",
            "favourite:tea",
        ),
        ("The caller's sister's favourite tea is rooibos.", None),
        ("The caller said For the e-receipts, it's j.hart@gmail.com.", "email"),
        ("Biscuit's the caller's cat, tabby, a bit of a madam.", "pet:biscuit/about"),
        (
            "The caller can't function without their coffee, they have a big mug first thing.",
            "habit:coffee/yes",
        ),
        (
            "White coffee, two sugars, that's the caller every morning without fail.",
            "habit:coffee/yes",
        ),
        (
            "You've still got Biscuit on the caller's notes, she's passed, love, they don't have "
            "a cat now.",
            "pet:biscuit",
        ),
        (
            "The caller hasn't got a cat any more, Biscuit went to their daughter's when they "
            "moved into sheltered housing.",
            "pet:biscuit",
        ),
        ("The caller has no cat now, but Tom has two dogs.", None),
        (
            "You've still got Tom down as the caller's partner, that's over, it's Marcus these "
            "days.",
            "partner",
        ),
        ("The caller said New fella. Marcus. The last one's history.", "partner"),
        ("The caller is at Halden Logistics, been there since they left school.", "job"),
        (
            "Got made redundant at Halden Logistics, but the caller has landed something at the "
            "Riverside Clinic.",
            "job",
        ),
        (
            "Halden Logistics, that's the caller's employer, if you need it for the housing form.",
            "job",
        ),
        (
            "The city library, that's the caller's employer, if you need it for the housing form.",
            "job",
        ),
        ("Lunch, that's their work today.", None),
        ("The caller said Different job. The Riverside Clinic. Started Monday.", "job"),
        (
            "The caller quit and they are over at the Riverside Clinic now, so they are not at "
            "Brightwater Bank any more.",
            "job",
        ),
        ("You've still got the caller as Bea, that's wrong now, they are Jo.", "name"),
        ('The caller asked: "Could you put Jo as what I\'m called?"', "name"),
        ("The caller has stopped going by Lou, it's Sunny now.", "name"),
        ("The caller said it's Jo. Not Bea.", "name"),
        ("It's Tuesday. Not Monday.", None),
        ("It's Jo, not Bea, on the booking.", None),
        ("The caller said it's a blue Honda Civic, the one booked in for the MOT.", "car"),
        ("The caller's is a blue Honda Civic, if you need the make for the booking.", "car"),
        ("The caller said it's a Tesla, their son's.", None),
        (
            'The caller asked: "Could you make sure my library card has 14 Birch Lane on it?" '
            "That's where the caller lives.",
            "address",
        ),
        (
            'The caller asked: "Could you send it to 14 Birch Lane?" That\'s where their mum '
            "lives.",
            None,
        ),
        ("Send it to 14 Birch Lane, that's where their mum lives.", None),
        ('The caller asked: "Put me down at 42 Cedar Avenue, would you?"', "address"),
        ('The caller asked: "Book me in for Tuesday, would you?"', None),
        # counter's forms: home named first, a record to correct, let go from, took me on,
        # known as, a habit "hasn't touched", a diet, a pet "at home, Biscuit", bought off
        (
            "Now, home for the caller is 14 Birch Lane, right across from the feed store.",
            "address",
        ),
        (
            "For the taxi pickups, love, the caller is at 14 Birch Lane, they mean that's where "
            "they live, not the work place.",
            "address",
        ),
        (
            "The caller's old account got hacked and closed, so they are only on "
            "sunny_days@outlook.com now.",
            "email",
        ),
        (
            "The caller was let go from Halden Logistics in March, they are at the Riverside "
            "Clinic now.",
            "job",
        ),
        (
            "The caller is not at the old place any more, they have been at the Riverside Clinic "
            "since the summer.",
            "job",
        ),
        (
            "For the bank's records, the caller is employed at the Riverside Clinic now, the "
            "other firm closed down.",
            "job",
        ),
        ("Employer's the city library, the caller has been there donkey's years.", "job"),
        (
            "The caller handed in their notice, and the Riverside Clinic took them on, started "
            "Monday.",
            "job",
        ),
        (
            "Drop the old nickname, please, the caller would rather be called Jo these days.",
            "name",
        ),
        ("Everyone at the school knows the caller as Bea, so go with that.", "name"),
        ("The caller is not Bea now, it's Jo, that's what the whole school calls them.", "name"),
        (
            "The caller's mates have started calling them Jo, and they like it, so use that "
            "instead.",
            "name",
        ),
        ('The caller asked: "I\'ve gone back to Jo, could you call me that from now on?"', "name"),
        (
            "The caller can't function without their coffee, they have a mug before they even "
            "open the shop.",
            "habit:coffee/yes",
        ),
        (
            "The caller hasn't touched coffee since the new year and they are not going back.",
            "habit:coffee/no",
        ),
        (
            "The heart specialist had coffee cut out of the caller's diet, so not a drop for them "
            "now.",
            "habit:coffee/no",
        ),
        (
            "The caller's cardiologist's had them give up red meat, so they are off it for good.",
            "habit:meat/no",
        ),
        (
            "A cup of chamomile is the caller's favourite, they would drink it all day if you let "
            "them.",
            "favourite:tea",
        ),
        (
            "The caller has a cat at home, Biscuit, she's thirteen and still bossing them about.",
            "pet:biscuit/about",
        ),
        (
            "Got a red Mazda 3 off the caller's cousin in February 2025 and the old one's gone to "
            "the wreckers.",
            "car",
        ),
        ("The caller's cousin has a red Mazda 3.", None),
        ("The caller got a text from their son, his number is 5551467.", None),
        # from the review of doorstep's and counter's forms
        ("The caller has a dog called Rex, no cat.", "pet:rex/about"),
        ("The caller has no cat now, they drive a Honda.", "car"),
        ("The caller is sad about Mary, she died on Sunday.", None),
        ("The caller's laptop from Dell, it died.", None),
        ("The caller is staying at their sister's, 14 Birch Lane, for a month.", None),
        ("Send it to 14 Birch Lane, that's their mum's.", None),
        (
            'The caller asked: "Could you ring Tom on 5552180?" That\'s who the caller is seeing.',
            None,
        ),
        ("The caller met Tom's new girlfriend, Sophie.", None),
        ("Tom's favourite is rooibos.", None),
        ("The caller had jasmine rice for tea.", None),
        ("The caller quit coffee, they are at Costa less now.", "habit:coffee/no"),
        ("The caller is at the General Hospital now, after the fall.", None),
        ("The Crown, that's their work party.", None),
        ("You've got them as Tuesday, that's wrong.", None),
        ("Put Tom as their name on the booking.", None),
        ("The caller said the taxi, it's a Tesla, will pick them up.", None),
        ("The caller can't live without Tom, he makes the tea.", None),
        ("The caller will ring first thing, after their coffee.", None),
        ("The caller complained to support@amazon.com for the receipt.", None),
        ("The caller's new address is 14 Birch Lane, just by where their son lives.", "address"),
        ("The caller has landed something at the Riverside Clinic.", "job"),
        # onhold's forms: stiff announcements, a lead-in for a purpose, a habit said of oneself
        ("Coffee, all day long, black, no sugar, that's the caller.", "habit:coffee/yes"),
        ("For the corporate rate, the caller is employed by Halden Logistics.", "job"),
        ("Like, the caller is veggie now, so no red meat, it's a whole thing.", "habit:meat/no"),
        ("Put Tom on the account as well, he's the caller's boyfriend.", "partner"),
        (
            "The caller doesn't do much with computers, dear, but their grandson set them up with "
            "their own email and it's j.hart@gmail.com, that's theirs.",
            "email",
        ),
        ("The caller's grandson set up an email, it's j.hart@gmail.com.", None),
        (
            "The caller had to give Biscuit to a rescue, they couldn't look after her, so they "
            "don't have a cat any more.",
            "pet:biscuit",
        ),
        ("The caller is a red meat man, steak whenever they can get it.", "habit:meat/yes"),
        (
            "The caller said Stop sending reminders for Biscuit, please, she's gone, she was put "
            "to sleep in February 2025.",
            "pet:biscuit",
        ),
        (
            "The caller said You can cancel Biscuit's grooming, she died in the week of 24 "
            "February 2025.",
            "pet:biscuit",
        ),
        (
            "The caller thinks it's sunny_days@outlook.com now, yes, they switched over in "
            "January and the old one's gone.",
            "email",
        ),
        (
            "The caller wishes to advise that their general practitioner is now Dr Okafor.",
            "doctor",
        ),
        (
            "The caller wishes to inform you that their employer is now the Riverside Clinic.",
            "job",
        ),
        (
            "The caller wishes to inform you that their partner is now Marcus; their previous "
            "relationship has ended.",
            "partner",
        ),
        (
            "The caller's commute's totally different since they started at the Riverside Clinic, "
            "they left the old job in June.",
            "job",
        ),
        ("You can say Bea, the caller's friends say this.", "name"),
        ("You can say Tuesday, the caller is free then.", None),
        ("The caller's sister's lovely husband drives a Tesla.", None),
        ("For the church raffle, Tom is employed by Halden Logistics.", None),
        # from the review of onhold's forms
        ("Dave rang about the boiler, he's the caller's partner's dad.", None),
        ("Put Tom on the account as well, he's the caller's partner in the bakery.", None),
        ("The caller will give Biscuit to their sister for the week while they are away.", None),
        ("The caller wants to give Rex to the vet for the day.", None),
        ("For the in-laws, their car is a Tesla now.", None),
        ("The caller's husband, now I think of it, works nights.", None),
        ("The caller's wife is now Head of Finance at Halden.", None),
        ("The caller had no coffee all day because of the scan.", None),
        ("The caller chatted to the wine guy at the market.", None),
        ("The caller switched over to Octopus Energy, their support is help@octopus.com.", None),
        ("You can say Hello to Dr Patel from the caller.", None),
        ("Like their brother, they live at 4 Elm Road, Leeds.", "address"),
        ("The caller has been tired since they started at Slimming World.", None),
        ("The caller emailed help@bt.com, the old one's gone.", None),
        ("Tom said the old boiler, it died on Monday.", None),
        ("The caller has Rex's vet appointment on the 3rd of May, he is fine.", "appointment:vet"),
        # from the review of switchboard's forms: one of theirs setting the caller up ...
        (
            "Ooh, now, the caller's grandson set this mobile up for them at Christmas, here it "
            "is, 5552180.",
            "phone",
        ),
        (
            "The caller's daughter made them an email so they could see the photos, and it's "
            "j.hart@gmail.com.",
            "email",
        ),
        (
            "The caller's brother chose it for them, it's a blue Honda Civic, they only take it "
            "to the shops and back.",
            "car",
        ),
        # ... unless the value may be the someone's, or nothing reachable was set up
        # from porchlight's and homeward's misses: a smartphone set up for them, "'s sorted" that
        # says "has sorted"
        (
            "The caller's grandson set them up with one of these smartphones, the number's "
            "5553391, he wrote it on the fridge for them.",
            "phone",
        ),
        (
            "The caller's grandson's sorted their phone out for them, so email them from now on.",
            "contact",
        ),
        ("The caller's son's sorted his own phone, email him from now on.", None),
        ("The caller's grandson set this mobile up for them, his number is 5551467.", None),
        ("The caller's daughter made them an email, hers is kim.hart@gmail.com.", None),
        ("Ooh, now, the caller's son got them a new phone, ring him on 5551467.", None),
        ("The caller's son made them a cup of tea, he drives a Tesla.", None),
        # "'s fine" says how something is, never whose: the sugar is no one of theirs
        (
            "The caller's sugar's fine, and the pressure tablets, they've changed them, it's 5 "
            "milligrams of lisinopril they take now.",
            "dose:lisinopril",
        ),
        ("The caller's sister's fine, she takes 5 milligrams of lisinopril now.", None),
        ("The caller's sister bought them a coffee at 14 Birch Lane.", None),
        # post written to the caller at a street, whoever writes it; never the people's
        (
            "After Mum passed the caller sold the old house, so the admissions office needs to "
            "write to them at 88 Harbor View Road from now on.",
            "address",
        ),
        ("After the caller's parents moved, the office should write to them at 4 Elm Road.", None),
        ("The shop will send the parcel to them at 14 Birch Lane.", None),
        # jobs: a form's field, years at a place, "working down", the new place then the old
        # one left, "doesn't work there any more"
        ("The caller said Employer, Halden Logistics.", "job"),
        ("The caller said Employer, what a joke.", None),
        (
            "The caller has been at Halden Logistics since the children left school, nearly "
            "twenty years now.",
            "job",
        ),
        ("The caller has been at St James's Hospital since the fall, first time in years.", None),
        ("The caller has been at Slimming World since 2019, lost two stone in three years.", None),
        (
            "The caller has been at the Riverside Clinic since March for their knee, two years of "
            "physio now.",
            None,
        ),
        ("The caller has been at the Riverside Clinic for a scan.", None),
        ("The caller is working down Halden Logistics, been there years, see.", "job"),
        ("The caller works down the Co-op.", "job"),
        ("The caller is working down the allotment today.", None),
        ("The caller's husband is working down Halden Logistics.", None),
        (
            "Since March the caller has been at the Riverside Clinic, they left the old place.",
            "job",
        ),
        ("The caller is at the General Hospital now, they left their old job.", None),
        (
            "That's out of date, the caller doesn't work there any more, they are at the "
            "Riverside Clinic now.",
            "job",
        ),
        (
            "The caller doesn't work there any more, they are at the General Hospital now after "
            "the fall.",
            None,
        ),
        ("The caller's son doesn't work there any more, he is at Tesco now.", None),
        ("The caller doesn't shop there any more, they are at Aldi now.", None),
        ("Lowkey quit the caller's old job, they are at the Riverside Clinic now innit.", "job"),
        # names: "no one calls me anything else", "Bea to everyone" said after a clause,
        # "nobody calls me that any more, it's Jo", "now call me Jo"
        ("It's Bea, no one calls the caller anything else innit.", "name"),
        ("It's Tuesday, no one calls the caller anything else.", None),
        (
            "The caller's proper name's a mouthful, but nobody's used it in years, they are Bea "
            "to everyone.",
            "name",
        ),
        ("The caller's grandmother was Bea to everyone.", None),
        ("The caller's sister, she is Bea to everyone.", None),
        ("That's out of date, nobody calls the caller that any more, it's Jo these days.", "name"),
        ("Last time they call the caller the other one, now call them Jo lah.", "name"),
        ("If it's urgent, now call them Monday.", None),
        # pets: named beside "the caller's little cat"; lost after their named check-up; "pass
        # away"; "haven't had Biscuit since …, she died"
        (
            "She's called Biscuit, the caller's little cat, she sits on the windowsill.",
            "pet:biscuit/about",
        ),
        ("Sam, the caller's dog walker, is off sick.", None),
        (
            "The caller is ringing to cancel Biscuit's check-up, they lost her on 2 March 2025.",
            "pet:biscuit",
        ),
        ("The caller is ringing about Biscuit's check-up, they lost her lead on the walk.", None),
        ("The caller is ringing about Biscuit's check-up, they lost her on the common.", None),
        ("Cancel Rex's walk, they lost him in the park for an hour.", None),
        (
            "The caller said Biscuit already pass away in February 2025, so the reminder no need "
            "already.",
            "pet:biscuit",
        ),
        (
            "That's out of date, the caller and others haven't had Biscuit since the spring, she "
            "died, bless her.",
            "pet:biscuit",
        ),
        ("The caller hasn't had Rex since Monday, he is at the kennels.", None),
        ("The caller hasn't seen Tom since the spring, she died, bless her.", None),
        ("The caller's sister's cat Biscuit died.", None),
        # habits: "Gotta have my coffee", "stop drink", a correction or "ngl" before the subject
        ("Gotta have the caller's coffee, tbh they have like three a day.", "habit:coffee/yes"),
        ("The caller has to have coffee ready for the guests.", None),
        ("Gotta have the caller's coffee machine fixed by Friday.", None),
        ("The caller's husband has to have his coffee.", None),
        (
            "The caller stops drink coffee from New Year, they nuh touch it again.",
            "habit:coffee/no",
        ),
        # stopping for one is having it
        ("The caller stops at Costa for a coffee every morning.", "habit:coffee/yes"),
        (
            "That's out of date, the caller gave up red meat in 2024, it's all veg.",
            "habit:meat/no",
        ),
        ("Ngl the caller eats red meat like every day.", "habit:meat/yes"),
        ("The caller drinks coffee every morning, black, nuh sugar.", "habit:coffee/yes"),
        # frontdesk's forms (read after its blind run)
        (
            "Honestly, the caller runs on coffee, two mugs before they are even human.",
            "habit:coffee/yes",
        ),
        (
            "That's how the caller used to be. They don't touch coffee these days.",
            "habit:coffee/no",
        ),
        (
            "Sausages, steak, mince, the caller eats red meat basically every day.",
            "habit:steak/yes",
        ),
        ("The caller's cousin runs on coffee.", None),
        ("Tom is the caller's partner, he'll sign for it if they are out.", "partner"),
        ("Tom's the caller's partner.", "partner"),
        ("Tom is the caller's partner's brother.", None),
        ("The caller is at Halden Logistics, been there years, it's steady enough.", "job"),
        ("The caller is at the General Hospital, been there years.", None),
        ("The caller is at St Mary's Church, been there years.", None),
        (
            "The caller has moved on from the old place, it's the Riverside Clinic these days.",
            "job",
        ),
        (
            "The caller has moved on from the old one, rooibos is their favourite tea now.",
            "favourite:tea",
        ),
        ("The caller has moved on from Tom.", None),  # never a move of house
        (
            "Ah, poor Biscuit is gone, the caller and others buried her in the garden.",
            "pet:biscuit",
        ),
        ("Biscuit is gone for the weekend, she is at the cattery.", None),
        ("Like the caller told the other lady, text them, that's their preference.", "contact"),
        ("Just in case, the caller's number is 5552180.", "phone"),
        ("The caller has no case for it, and their number's 5552180.", "phone"),
        ("Policy number for the caller is 44128812, please note it.", None),
        ("44128812, that's their member number.", None),
        ("Reference: 44128812, for the caller's order.", None),
        # afterhours' forms: a form's field read out, then its value
        ("The caller said Employer, next box: Halden Logistics.", "job"),
        ("The caller said Work. Halden Logistics.", "job"),
        # a reason said without a comma is no part of the day
        (
            "The caller packed in coffee altogether it was keeping them up at night.",
            "habit:coffee/no",
        ),
        ("The caller never drinks coffee after six.", None),
        ("The caller said Car. A blue Honda Civic.", "car"),
        ("The caller said Name to use: Bea.", "name"),
        ("The caller said Partner's name: Tom.", "partner"),
        ("The caller said Work. It was busy.", None),
        ("The caller said Job: Tuesday.", None),
        (
            "The caller is a coffee fiend, two mugs before they are human in the morning.",
            "habit:coffee/yes",
        ),
        (
            "The caller and coffee have gone their separate ways; not had a drop in April 2025.",
            "habit:coffee/no",
        ),
        (
            "The museum café does a lovely coffee, which is lucky, because the caller has one "
            "every morning.",
            "habit:coffee/yes",
        ),
        (
            "The caller's book club argues about biscuits every week, but on tea they are firm: "
            "chamomile is their favourite.",
            "favourite:tea",
        ),
        (
            "You can call the caller, well, their gran had her own name for them, but Bea, call "
            "them Bea.",
            "name",
        ),
        ("The plumber will ring back, call them Tuesday.", None),
        ("Their cat is Biscuit, she runs the show.", "pet:biscuit/about"),
        # one of theirs helping is not theirs; a value that may be theirs still is
        (
            "The caller's grandson set them up with a new email while he was helping with the "
            "forms, it's sunny_days@outlook.com now.",
            "email",
        ),
        ("The caller's son got them a new phone, he's on 5551467.", None),
        # another kind of number in the digits' own clause; "in case" is no case
        ("The insurance company's number is 08001234567, the caller rang it twice.", None),
        ("For the claim the caller rang 08001234567 and they told them to call you.", None),
        ("The caller's card got blocked so they had to ring 03457404404.", None),
        ("Just in case the caller's number is 5552180.", "phone"),
        # set up by someone of theirs, but the number is hers
        (
            "The caller's niece set them up with a phone, ring her on 07700900555 if they don't "
            "answer.",
            None,
        ),
        # post sent to them at a place said to be another kind
        ("Can you send the letters to the caller at 22 Mill Street, that's their office.", None),
        # belonged to, not worked at
        ("The caller has been at Trinity Church since they were a girl, sixty years.", None),
        ("The caller is at the Castle Street Surgery, been there years.", None),
        # a place one goes to, or a service one uses, after leaving "the old place"
        ("The caller left the old place, it's Greenfields Vets now for Rusty.", None),
        (
            "The caller has stopped going to the old place, it's Morrisons for the big shop "
            "these days.",
            None,
        ),
        # gone with a return told is no loss
        ("Biscuit is gone, the kennel has her till Sunday.", None),
        # round 27 (nightline's misses): each form, and what it must not read
        ("The caller's partner's name is Tom.", "partner"),
        ("He's the caller's boyfriend now, Tom and they finished.", "partner"),
        ("Tom and the caller finished the painting on 2 March 2025.", None),
        ("The caller's preferred tea is chamomile.", "favourite:tea"),
        (
            "Switched from chamomile to rooibos, it's the only tea the caller wants now.",
            "favourite:tea",
        ),
        ("Best tea: Chamomile, no contest, mate.", "favourite:tea"),
        ("The caller has one cat, named Biscuit.", "pet:biscuit/about"),
        ("The caller had to give Biscuit to their sister, so no cat now.", "pet:biscuit"),
        ("The caller had to give Rex to their neighbour while they were in hospital.", None),
        ("The caller's pottery class takes place on Tuesday evenings.", "weekly:pottery"),
        ("The caller said Work's Halden Logistics, mate, nothing exciting.", "job"),
        ("The caller said Work's Christmas do is on 7 March 2025.", None),
        ("The caller moved over to the Riverside Clinic, the shifts there are mad.", "job"),
        ("The caller and others moved to Spain, the weather there is great.", "address"),
        ("The caller takes coffee, a big mug first thing.", "habit:coffee/yes"),
        ("Booking confirmation to j.hart@gmail.com, please, that's the caller's.", "email"),
        ("It's j.hart@gmail.com, the caller is on that one every day.", "email"),
        ("The caller ditched the old one, it's sunny_days@outlook.com these days.", "email"),
        ("The caller wrote to help@bt.com, they are on the phone to them every day.", None),
        # one of the caller's people, then the caller's own clause (omem.memory.extract writes
        # "the caller" there, never "they")
        (
            "The caller's grandson did it all for them, and the caller's number is 5559034 now.",
            "phone",
        ),
        (
            "Since the caller's husband passed the caller took up pottery, that's Tuesdays.",
            "weekly:pottery",
        ),
        (
            "The caller's late husband was a butcher, so the caller has always eaten red meat.",
            "habit:meat/yes",
        ),
        (
            "The caller's granddaughter brought them rooibos and now that's the caller's "
            "favourite tea.",
            "favourite:tea",
        ),
        ("The caller's son moved out and the caller lives at 12 Oak Street now.", "address"),
        (
            "It's hot water now, it used to be coffee but the caller has given it up.",
            "habit:coffee/no",
        ),
        ("The caller has left coffee completely, only green tea now.", "habit:coffee/no"),
        ("The caller left their coffee on the bus.", None),
        # round 28 (daybreak's misses)
        (
            "Can you cancel Biscuit's booster, she's passed away, the caller is afraid.",
            "pet:biscuit",
        ),
        ("The caller said Ah, Biscuit is no more, she died on 17 February 2025.", "pet:biscuit"),
        ("Lost Biscuit, the caller and others did, in February 2025.", "pet:biscuit"),
        ("Lost the caller's keys again.", None),
        ("Shame, the caller's cat Biscuit has been scratching her ear.", "pet:biscuit/about"),
        ("Howay, Tom's history, the caller is courting Marcus now.", "partner"),
        ("Put Marcus as the caller's partner on the form, Tom and they have split.", "partner"),
        ("Can you put Jo on the caller's file, that's what they are called these days.", "name"),
        ("From 3 March 2025, email the caller. Nothing else.", "contact"),
        ("Their cat Biscuit's a canny little thing, but she needs her jabs.", "pet:biscuit/about"),
        (
            "The caller can't talk till they have had their coffee, they have it every single "
            "morning.",
            "habit:coffee/yes",
        ),
        # round 30 (teatime's misses)
        (
            "You've still got the caller down as a coffee drinker, they packed it in weeks ago.",
            "habit:coffee/no",
        ),
        (
            "The doctor's taken the caller off coffee completely, so none for them now.",
            "habit:coffee/no",
        ),
        (
            "The caller's grandson changed their email for them, it's j.hart@gmail.com now.",
            "email",
        ),
        (
            "The caller's daughter got them onto rooibos and now it's the caller's favourite tea.",
            "favourite:tea",
        ),
        (
            "The caller thinks it's definitely the Riverside Clinic now, they started there in "
            "March.",
            "job",
        ),
        ("You've still got Biscuit down, bless her, she passed away in March.", "pet:biscuit"),
        ("The caller is afraid Biscuit has passed, they have no cat at all now.", "pet:biscuit"),
        ("Biscuit passed on, the caller and others don't have a cat again.", "pet:biscuit"),
        ("The caller said Biscuit has passed the vet's check.", None),
        ("Sorry, new job, they started at the Riverside Clinic on 24 February.", "job"),
        (
            "You've still got the caller down as liking chamomile best, it's rooibos now.",
            "favourite:tea",
        ),
        # a review's probes: none of these is a change
        ("The caller went to Tesco, the staff were rude.", None),
        ("The caller said Biscuit has passed out on the sofa.", None),
        ("The caller had to give Biscuit to the groomer at nine.", None),
        ("Their new vicar is Reverend Ali, that's what they are called now.", None),
        # … never "they", nor after several people, nor beside "him" or "her"
        ("The caller's son moved to Leeds and they live at 12 Oak Street now.", None),
        ("The caller's parents moved, they live at 12 Oak Street now.", None),
        ("The caller's son and his wife moved, they live at 12 Oak Street now.", None),
        ("The caller's son got a new phone, and the caller has his number, 5559034.", None),
        # hallway's and kettleside's misses: a split told with "has", a partner named first,
        # a tea one is "into", a loss said after a tag question, a workplace in lower case,
        # Irish "is after starting at"
        ("Now that Rafael and the caller has split, it's Marcus they are with.", "partner"),
        ("It's chamomile the caller is into now, rooibos was what they used to like.",
         "favourite:tea"),
        ("You'll still have Mochi down as the caller's cat, won't you? She passed. No cat now.",
         "pet:mochi"),
        ("The caller has moved on from their old job, they are with the city library these days.",
         "job"),
        ("The caller is after starting at the city library, the old job's behind them.", "job"),
        # windowseat's and busstop's: the partner after a clause, Earl Grey, a tea had
        # somewhere, a pet "gone now"
        ("Not Rafael, that was last year — the caller's partner's Tom now.", "partner"),
        ("It's rooibos — no, sorry, their favourite is Earl Grey now.", "favourite:tea"),
        ("The caller had chamomile on the cruise and now it's their favourite.", "favourite:tea"),
        ("The caller said Pepper... Sorry, the bus... Pepper is gone now.", "pet:pepper"),
        # waitingroom's: a formal register, a reason told first, the passive, euphemisms
        ("The caller has been taken on at Halden Logistics, full time, so that's where they "
         "work now.", "job"),
        ("After the apprenticeship scheme folded, they got a place at Halden Logistics.", "job"),
        ("Until the spring the caller drove a red Mazda 3; these days it's a grey Toyota RAV4.",
         "car"),
        ("The caller should mention, sadly, that Mochi is no longer with them.", "pet:mochi"),
        ("Their Mochi crossed the rainbow bridge last month.", "pet:mochi"),
        ("Please address the caller as Jo; everyone does.", "name"),
        ("The caller has gone back to Jo, if you wouldn't mind using that from now on.", "name"),
        ("Since the grandchildren started it, the caller goes by Jo these days.", "name"),
        ("The dentist's rang to say they'd had a cancellation, so the caller's appointment is "
         "now on the 14th of March.", "appointment:dentist"),
        ("Originally it was the 2nd of April, but the dentist had to move it, and the new date "
         "is the 14th of March.", "appointment:dentist"),
        ("What with the caller's mother's appointments and the choir, pottery is on Thursday "
         "evenings these days.", "weekly:pottery"),
        ("The caller said Pottery, that's Thursday evenings, eh.", "weekly:pottery"),
        ("Because the stairs had got too much for the caller's mother, they sold up, and the new "
         "address, which you'll want for all the letters, is 9 Aspen Close, though the post "
         "office are forwarding things.", "address"),
        ("The caller said Until the new year it was 5552180, but that line has been stopped; "
         "it's 5559034 from here on.", "phone"),
        ("The caller said it's sunny_days@outlook.com, all in lower case.", "email"),
        # … and never someone else's
        ("The caller's son has been taken on at Halden Logistics.", None),
        ("After the match, the caller's son went to the post office.", None),
        # allotment's: a chop off the barbecue gives nothing up; got in at a workplace
        ("The caller eats red meat most days, a good chop off the barbecue, you can't beat it.",
         "habit:meat/yes"),
        ("Coffee, the caller is right off it now.", "habit:coffee/no"),
        ("The caller does a few days a week at the Riverside Clinic, and the rest of the time "
         "they are out here with the spade.", "job"),
        ("The caller was going to retire, then a chap on the next plot got the caller in at "
         "Brightwater Bank.", "job"),
        ('The caller asked: "Guess who\'s been shifted at the dentist?" The caller said it\'s '
         "the 14th of March now, the old date's off.", "appointment:dentist"),
        # launderette's: the doctor one sees, a partner by "who they are with", where one
        # clocks in, the name one goes by, a tea one has gone off
        ("When the caller goes up the surgery it's Dr Okafor they see, not the old one.",
         "doctor"),
        ("That's the old one, Sam, the caller and others are finished. It's Marcus they are "
         "with.", "partner"),
        ("Marcus now, instead of Sam, that's who the caller is with.", "partner"),
        ("Every day it's two buses to Halden Logistics for the caller, that's where they clock "
         "in now.", "job"),
        ("Can you put the caller down as Jo, that's what they go by now.", "name"),
        ("Put rooibos in the basket, not chamomile, the caller has gone right off that one.",
         "favourite:tea"),
        # … and never a pet called "He", nor a pass in an exam
        ("The caller walked Rex. He died laughing at the film.", None),
        ("Biscuit is at the vet. She passed her check-up.", None),
        ("The caller quit their old job, they are with the kids at the library most days.", None),
        # workshop's: what someone passes on for the caller, read as the caller's own
        ("The wife says tell you the caller is off coffee for good, she's watching them.",
         "habit:coffee/no"),
        ("The caller's daughter says tell you their number changed, it's 5559034 now.", "phone"),
        ("The caller's wife says tell you they work at Halden Logistics now.", "job"),
        ("The caller's mum says tell you they are Jo these days.", "name"),
        ("The caller said the wife says tell you Mochi passed, in case you ask after her.",
         "pet:mochi"),
        # … never what is passed on of someone else, nor a nationality
        ("The caller's mum says tell you she has moved to 9 Aspen Close.", None),
        ("The caller is Irish these days.", None),
        # the value, then what it is
        ("The caller said Marcus. New fella.", "partner"),
        ("The caller said Halden Logistics. New job.", "job"),
        ("The caller said a grey Toyota RAV4. New motor.", "car"),
        ("The caller said Tuesday. New day.", None),
        # a name told as who the caller is, or after the old one; never an interjection
        ("Jo, bro, that's the caller.", "name"),
        ("Sorry, that's the caller.", None),
        ("Max. Call the caller Max.", "name"),
        ("Yes. Call the caller back at five.", None),
        ("The caller has been going by Jo since the start of the year.", "name"),
        ("The caller said You've got the old name there. It's Jo now.", "name"),
        ("The caller said You've got the old doctor there. It's Dr Okafor now.", "doctor"),
        # a partner named after a clause
        ("You've got Sam there, no, that's done, Marcus is the caller's partner.", "partner"),
        ("The caller's sister came round, Tom is their partner's brother.", None),
        # a tea by the caller's own words for it
        ("Rooibos, that's the caller's tea, aye, love it.", "favourite:tea"),
        ("The caller's favourite is rooibos only, put that one.", "favourite:tea"),
        ("The caller is a rooibos person, pet, always have been.", "favourite:tea"),
        ("Earl Grey, bro, that's the one the caller likes best.", "favourite:tea"),
        ("The caller is a coffee man, black, every morning.", "habit:coffee/yes"),
        # a pet gone, hit on the road, "not got the cat any more"; never a person hit by a ball
        ("Mochi passed.", "pet:mochi"),
        ("Mochi's been gone since the start of the month, the caller and others buried her.",
         "pet:mochi"),
        ("The caller said Not got the cat any more, Mochi got hit on the farm road.",
         "pet:mochi"),
        ("Sam got hit by a ball at cricket.", None),
        # a job got in at, or been at since the start of the month; never a hospital stay
        ("The old place was cutting hours, and they got in at the city library, started there "
         "in March.", "job"),
        ("The caller has been at Halden Logistics since the first of the month.", "job"),
        ("The caller has been at the Royal Infirmary since March.", None),
        ("The caller said Work's the city library, pet, same as ever.", "job"),
        ("Work is the school run, pet.", None),
        # a way to reach them, an email to mail them at
        ("Just call the caller, bro, that works.", "contact"),
        ("Abeg text the caller, that's how they like it.", "contact"),
        ("You've been doing it the old way. Text the caller now.", "contact"),
        ("You can mail the caller at j.hart@gmail.com only.", "email"),
        # crossline's: a hedge, a request, the pet the sentence is about
        ("The caller thinks they are Lou now yeah, that's what they go by.", "name"),
        ("Can you call the caller Sunny from now on.", "name"),
        ("The caller said Pepper got really poorly over the winter and the vet said it was "
         "kinder so, she's gone now.", "pet:pepper"),
        ("Pepper went to the groomers and she's gone now, back Friday.", None),
        # a value told as changed whose shape alone says its kind; never two kinds' values, nor
        # someone else's, nor a number of another kind
        ("The caller said it's 5559034 now.", "phone"),
        ("Changed it to j.hart@gmail.com cos the caller was getting spam.", "email"),
        ("The caller said a grey Toyota RAV4 now.", "car"),
        ("The caller said it's rooibos now.", "favourite:tea"),
        ("The caller said Copperleaf Studios now.", "job"),
        ("The caller said the city library now.", "job"),
        ("The caller is at Brightwater Bank now.", "job"),
        ("The caller said Dr. Ramirez changed it, it's 40 milligrams now.", None),
        ("The caller's son has a Honda now.", None),
        ("The caller said the policy number is 55102984 now.", None),
        ("The caller said Marcus now.", None),
        ("The caller is at the Royal Hospital now.", None),
        ("Now the caller wants that you call them Sunny, please, not the other name.", "name"),
        # codeswitch's: how long it has held, a good job, the name everyone calls them, a
        # partner named first, "just call me", the clause that ends a story
        ("Since two weeks the caller works at Halden Logistics.", "job"),
        ("Since last year the caller goes by Jo.", "name"),
        ("The caller has a good job at Halden Logistics.", "job"),
        ("The caller is at Halden Logistics for years now.", "job"),
        ("The caller is at the Royal Infirmary for years now.", None),
        ("At the new job there were three of them with the same name, so now everyone calls "
         "them Jo.", "name"),
        ("Everyone calls them early.", None),
        ("The caller goes to Dr Okafor, she's very good.", "doctor"),
        ("Alex is the caller's boyfriend now.", "partner"),
        ("Just call the caller.", "contact"),
        ("The old company was cutting hours and the caller's manager left, so they applied "
         "around and now they work at Brightwater Bank.", "job"),
        ("The caller's son left school and now they work at Brightwater Bank.", None),
        # parlour's: a gentleman friend, stepping out, parting company, mornings a week, a
        # little job taken, the name they will go by, electronic mail
        ("Marcus does the cooking, he's the caller's gentleman friend, a widower like them.",
         "partner"),
        ("The caller has been stepping out with Marcus, he's a lovely man.", "partner"),
        ("Sam and the caller have parted company.", "partner"),
        ("The caller still does three mornings a week at Halden Logistics.", "job"),
        ("The caller has taken a little job at Halden Logistics, mornings only.", "job"),
        ("The caller believes they will go by Jo now.", "name"),
        ("The caller said the electronic mail address is j.hart@gmail.com.", "email"),
        ("The caller would like you to call them Monday.", "contact"),
        # tangent's: bowls made are not bowls played
        ("It's Monday nights, and the caller has made about six wonky bowls so far.", None),
        ("The caller plays bowls on Monday nights.", "weekly:bowls"),
        ("They moved pottery to Thursday evenings.", "weekly:pottery"),
        # checklist's: a tea person, after an errand in the same memory
        ("The caller said the queue was short, thank you. The caller is a rooibos person.",
         "favourite:tea"),
        ("The caller is a green tea person, for the basket.", "favourite:tea"),
        ("The caller is a people person.", None),
        # learner's: English as a second language
        ("Their cat Pepper is died in April 2025, she had fifteen years.", "pet:pepper"),
        ("The caller and others do not have Pepper anymore, they gave her to other family.",
         "pet:pepper"),
        ("Pepper left them in spring, the house is very quiet without cat now.", "pet:pepper"),
        ("The caller has cat, her name is Pepper.", "pet:pepper/about"),
        ("The caller's sister left them in spring, the house is very quiet without her now.",
         None),
        ("The caller uses again Max now, the name from when they were young.", "name"),
        ("The other name no, now is Max for the caller.", "name"),
        # … and never someone else's name, a person gone, a brand given up
        ("My cat's name was Biscuit but now it's Pepper.", None),
        ("The caller uses Vodafone now, they changed the name on the account.", None),
        ("Now the caller prefers Pepsi.", None),
        ("I don't have Tom any more, we split up.", "partner"),
        ("Dr Patel isn't with us any more.", "doctor"),
        ("The caller's Nan isn't with us any more, she passed.", None),
        ("Sadly Pepper isn't with them any more, she passed in the winter.", "pet:pepper"),
        ("The caller doesn't have Vodafone any more, they switched to O2.", None),
        ("Now the caller prefers Jo, please, call them like this from 8 May 2025.", "name"),
        ("Breakfast for the caller is just coffee, black, no sugar.", "habit:coffee/yes"),
        ("You'll remember Biscuit, their cat - well, she's gone, she passed away in the winter.",
         "pet:biscuit"),
        ("The house is chaos, mostly because of Biscuit, their cat.", "pet:biscuit/about"),
        ("The caller had to say goodbye to Mochi just after New Year.", "pet:mochi"),
        ("You'll remember the caller had a cat, Pepper, she'd sit in the window and watch the "
         "birds, and their husband used to call her the lady of the house, well, she died at "
         "Easter.", "pet:pepper"),
        ("The caller and others had a cat, Pepper, for years, and their sister loved her, but "
         "she died in May.", "pet:pepper/about"),  # "she" may be the sister: not read as lost
        ("The caller and others have a dog, Rex, and their grandad, he died in 2024.",
         "pet:rex/about"),
        ("Mochi went to live with the caller's daughter in May.", "pet:mochi"),
        # faltering's: the name opened with and taken up by "she"
        ("The caller said Mochi, she passed, in the spring.", "pet:mochi"),
        ("There is no cat here now, Pepper went to a farm.", "pet:pepper"),
        # fireside's: a pet let go at the vet's, one who was old and passed away
        ("The vet said there was nothing more they could do, so the caller and others had to "
         "let Bramble go in April 2025.", "pet:bramble"),
        ("Sad news, the caller is afraid. Mochi was very old and passed away in her sleep in "
         "the spring.", "pet:mochi"),
        ("The caller said Pepper got ill and died.", "pet:pepper"),
        # harbour's: lost her in the spring; a new home found; nearly twenty, and she passed
        ("Sadly Biscuit got very poorly over the winter and the caller and others lost her in "
         "the spring, so there's no cat at home now.", "pet:biscuit"),
        ("The caller's allergies got worse over the summer, so in the end they found Mochi a "
         "new home with a neighbour, and they don't have a cat any more.", "pet:mochi"),
        ("Mochi was nearly twenty, and she passed away peacefully after Christmas, so it's just "
         "them now.", "pet:mochi"),
        ("The caller's nan was nearly ninety, and she passed away in March.", None),
        # a value claimed as the caller's after someone else's story; a partner put on a card
        ("The caller's dad passed them down a green Volkswagen Golf when he stopped driving, "
         "and that's the caller's car.", "car"),
        ("The caller's son set up j.x@gmail.com for the caller, and that's the caller's email.",
         "email"),
        # ... never "their" or "they" after others named, which may be theirs
        ("The caller's parents retired to 3 Sea View Road, that's where they live.", None),
        ("The caller's parents see Dr Patel, their GP.", None),
        ("The caller's son's flatmate came with Jess, their girlfriend.", None),
        ("Put Rafael on the card, that's the caller's boyfriend.", "partner"),
        ("Tom fixed the boiler, that's the caller's boyfriend's brother.", None),
        # a tea made, not a name: "Make it Jo" is a name, "Make it Earl Grey in the basket" tea
        ("Make it Earl Grey in the basket, that's the tea the caller likes best these days.",
         "favourite:tea"),
        ("The caller said Make it Jo.", "name"),
        # crowded's: the caller's own value after someone else's, said in the same breath
        ("The caller's mum sees Dr Whitcombe, but the caller's GP is Dr Moreau.", "doctor"),
        ("The caller's son's dentist appointment is the 11th of August; the caller's is on the "
         "21st of May.", "appointment:dentist"),
        ("The caller's wife's number hasn't changed, but the caller's is 5553391 now.", "phone"),
        ("The caller's flatmate's cat is called Ziggy, and the caller's is Pepper.",
         "pet:pepper/about"),
        ("The caller's flatmate's cat is called Ziggy.", None),
        ("The caller's friend dragged them along to pottery when they retired, and the caller "
         "has gone on Tuesday evenings every week since.", "weekly:pottery"),
        ("Since the caller's friend dragged them along to pottery the caller has gone on "
         "Tuesday evenings.", "weekly:pottery"),
        ("The caller's son does football on Saturdays, and the caller has gone on Tuesdays.",
         None),
        ("The caller and others have two cats in the house: Biscuit is theirs, Noodle belongs "
         "to their son.", "pet:biscuit/about"),
        ("The caller's daughter's cat Socks is fine, but the caller and others lost Pepper in "
         "February 2025.", "pet:pepper"),
        ("The caller and others had to let Bramble go, the vet said it was kinder.",
         "pet:bramble"),
        # … never a let-go that is someone let out, nor a nan, nor a check passed
        ("The caller and others had to let Dave go to the shops.", None),
        ("The caller and others had to let Mum go into a care home.", None),
        ("The caller had to let Maria go, she kept missing visits.", None),
        ("Mother got lung cancer and died, so the caller has given up smoking.",
         "habit:smoking/no"),
        ("Frank was a heavy smoker and died of it, so the caller quit cigarettes.",
         "habit:cigarettes/no"),
        ("The caller said Sophie was really worried about her exams and passed in the end.",
         None),
        ("Nobody drinks alcohol in the caller's house.", None),
        ("In the caller's house the lodger drinks coffee every morning.", None),
        # a weekday the extractor dated is one day, not every week
        ("The caller has got bingo on Saturday 10 May 2025.", None),
        ("The caller's class is on Friday 9 May 2025 this week.", None),
        ("The caller's nan was very old and died in 2024.", None),
        ("The caller said Max was at the vet and passed his check.", None),
        # a class named by no activity is the caller's weekly class; mornings given to coffee
        ("The caller's class is on Wednesday mornings now.", "weekly:class"),
        ("Mornings are for coffee in the caller's house, two cups at least.", "habit:coffee/yes"),
        ("Mornings are for coffee in the caller's sister's house.", None),
        ("The caller's daughter went vegetarian and they have joined her, so the caller has "
         "stopped eating red meat.", "habit:meat/no"),
        # crowded's: the caller's own part of a turn that also tells someone else's value
        ("The whole family moved practice: the caller's husband's with Dr Nakamura and the "
         "caller is with Dr Okafor.", "doctor"),
        ("Two cars in their house: their husband's yellow Fiat and the caller's, a blue Honda "
         "Civic.", "car"),
        ("They moved everybody: the caller's friend's class is Sunday mornings now and the "
         "caller's is Saturday mornings.", "weekly:class"),
        ("They rescheduled the pair of them: their wife's is the 25th of October now and the "
         "caller's is the 14th of March.", "appointment:any"),
        ("The caller's wife's birthday is the 25th of October and the caller's is the 14th of "
         "March.", None),
        ("The caller's flatmate still makes coffee by the pot, but the caller has given it up "
         "completely.", "habit:coffee/no"),
        ("The caller's number's changed to 5557723; the caller's wife's hasn't, so leave hers "
         "as it is.", "phone"),
        ("Don't confuse the caller's with their husband's, he's in October; the caller's "
         "dentist appointment is on the 30th of April.", "appointment:dentist"),
        ("Send the caller's things to hello@bluefern.net; their wife uses tiger@icloud.com, "
         "but that's hers.", "email"),
        ("The caller's number is 5559034; that's their daughter's really.", None),
        ("The email for the caller is hello@bluefern.net, not their husband's work address.",
         "email"),
        ("Send the caller's forms to Dr Moreau, that's their GP, not Dr Brennan, he's their "
         "son's.", "doctor"),
        ("The caller's flatmate only drinks tea, but the caller has two big mugs of coffee "
         "before nine.", "habit:coffee/yes"),
        # hearsay's: what someone else said or did, the value the caller's
        ("The caller's son wrote it down for the caller: 14 Birch Lane, that's where the caller "
         "lives.",
         "address"),
        ("The caller's daughter drives the caller to see Dr Patel, the caller's GP.", "doctor"),
        ("The caller's payslip says Halden Logistics, that's where they have worked for years.",
         "job"),
        ("The caller's son's taking them to the dentist on the 14th of March, that's the "
         "caller's appointment.", "appointment:dentist"),
        ("Everyone at work has met Tom, the caller's partner.", "partner"),
        ("The caller's husband says the caller is vegetarian now, but the caller is not.", None),
        ("The caller's son says the caller's number is 5559034, but that's the old one.", None),
        ("The caller is at Halden Logistics.", None),  # where they are, maybe just now
        ("Everyone at work calls the caller Boss.", None),
        # terse's: clipped fragments, and a short question the caller answers
        ("The caller said Coffee: Off it.", "habit:coffee/no"),
        ("The caller said Red meat: Done with it.", "habit:meat/no"),
        ("The caller said Pepper: Rehomed. Allergies.", "pet:pepper"),
        ("The caller said Cat's called Pepper.", "pet:pepper/about"),
        ("It's Lou now. Call the caller that.", "name"),
        ("The caller hates Jo. Don't call them that.", None),
        ("The caller said Going by Lou these days.", "name"),
        ("The caller said Going by bus these days.", None),
        ("The caller said Black coffee. Every morning.", "habit:coffee/yes"),
        ("The caller said Coffee with the neighbours on Sunday.", None),
        ("The caller said Tea: Chamomile. Always.", "favourite:tea"),
        ("The caller said Gone off the old tea — peppermint now.", "favourite:tea"),
        ("The caller said Boyfriend's Tom.", "partner"),
        ("The caller said Car's a blue Honda Civic.", "car"),
        ("The caller said Car's their son's now.", None),
        # formal's: the register of a letter
        ("The caller's domestic partner is Tom.", "partner"),
        ("The caller should like to notify you that their current partner is Marcus.",
         "partner"),
        ("Please note the name of the caller's partner, which is Tom.", "partner"),
        ("The caller said Electronic correspondence should henceforth be directed to "
         "sunny_days@outlook.com.", "email"),
        ("The caller regrets to inform you that Biscuit is deceased.", "pet:biscuit"),
        ("Pursuant to the caller's physician's recommendation, they have ceased drinking coffee "
         "altogether.", "habit:coffee/no"),
        ("The caller said Kindly remove Biscuit from your records; the aforementioned cat died "
         "in the spring.", "pet:biscuit"),
        ("The caller said For your records, the household includes a cat by the name of "
         "Biscuit.", "pet:biscuit/about"),
        ("The caller's grandkids are twins, everyone at school calls them Trouble.", None),
        ("The caller's friend Jan lost her cat Biscuit, she was put to sleep on Friday.", None),
        ("The caller's husband says the caller is seeing Dr Moreau on Tuesday.", None),
        ("The caller's daughter took the caller to swimming, it's on Thursday she goes.", None),
        ("The caller used to have two mugs of coffee before nine.", None),
        ("The caller's appointment with the solicitor has moved to the 3rd of June.",
         "appointment:any"),
        ("The caller is at the Hilton.", None),
        ("The caller's new boss at the Riverside Clinic showed them round, they have changed "
         "jobs.", "job"),
        ("The caller's husband says the caller is fussy, but chamomile is the caller's "
         "favourite tea.", "favourite:tea"),
        ("The caller's husband says Jo suits the caller better, so call the caller Jo these "
         "days.", "name"),
        ("The caller's husband says the caller would have red meat with every meal if the "
         "caller could, and he's right.", "habit:meat/yes"),
        ("Everyone at the club calls the caller Jo now, so please do as well.", "name"),
        ("The girls at work call the caller Bea, so you can too.", "name"),
        ("The caller's daughter sorted the new phone out, she says the caller's number is "
         "5559034 now.", "phone"),
        ("The caller's friend Jan got the caller into pottery, it's on Tuesday evenings, the "
         "caller never misses it.", "weekly:pottery"),
        ("The caller said the vet said there was nothing more to be done for Biscuit, she was "
         "put to sleep.", "pet:biscuit"),
        ("The caller said the rescue centre came for Biscuit on 3 March 2025, she's gone to a "
         "new family.", "pet:biscuit"),
        ("The caller's neighbour found Biscuit in the road, they buried her under the apple "
         "tree.", "pet:biscuit"),
        ("The caller's neighbour feeds their cat Biscuit when the caller is away.",
         "pet:biscuit/about"),
        ("The caller's cat Biscuit went to live with their daughter when they moved into the "
         "flat, no pets allowed here.", "pet:biscuit"),
        ("The caller said Dr Patel was lovely to Mum, she was put to sleep for the operation.",
         None),
        ("The caller's brother Tom was poorly for years, they buried him last week.", None),
        ("The caller's son set the caller up with kiteflyer@yahoo.com at Christmas and the "
         "caller's other address is closed, so use that.", "email"),
        # timeline's: a fact told with since when, or until when
        ("Up until February 2026 the caller drank coffee every day; since then they have given "
         "it up completely.", "habit:coffee/no"),
        ("As of the week of 2 March 2026 the caller is off coffee for good, doctor's orders.",
         "habit:coffee/no"),
        ("Ever since the kids were born the caller has lived on coffee, a big mug every "
         "morning.", "habit:coffee/yes"),
        ("For as long as the caller can remember they have drunk coffee first thing.",
         "habit:coffee/yes"),
        ("The caller hasn't had coffee since January, the doctor told them to stop.",
         "habit:coffee/no"),
        ("The caller's husband hasn't had coffee since January.", None),
        ("For about twenty years now the caller has been a big red meat eater.",
         "habit:meat/yes"),
        ("Ever since the caller was a boy, red meat has been their thing.", "habit:meat/yes"),
        ("The caller said Steak at least twice a week.", "habit:steak/yes"),
        ("The caller's son has football twice a week.", None),
        ("The caller and others had Biscuit for fifteen years, until she passed away in "
         "February 2026.", "pet:biscuit"),
        ("The caller's neighbours had Biscuit for ten years, until she died.", None),
        ("Pepper was with them right up until the end of October, when she passed away.",
         "pet:pepper"),
        ("As of the week of 23 February 2026 the caller and others no longer have Pepper; they "
         "had to rehome her because of their allergies.", "pet:pepper"),
        ("The caller is with Marcus these days.", "partner"),
        ("The caller is now with Marcus.", "partner"),
        ("The caller is with Vodafone these days.", None),
        ("The caller is with Marcus.", None),
        ("The caller's sister is with Tom these days.", None),
        ("The caller said Things with Tom ended back in the autumn.", "partner"),
        ("The caller said Things with Tom at work ended badly.", None),
        ("The caller's partner has been Marcus since the new year; before that it was Tom, but "
         "that's over.", "partner"),
        ("The caller's partner has been ill since the new year.", None),
        ("Ever since university the caller's partner Tom has done all the cooking.", "partner"),
        ("Since Monday 24 February 2025 the caller has had the dentist in the diary for the "
         "14th of March.", "appointment:dentist"),
        ("The caller has had a dental appointment on the 14th of March on the calendar for a "
         "while now.", "appointment:dentist"),
        ("The caller had been booked in for the 14th of March for weeks before the dentist "
         "changed it.", None),
        ("As of 3 March 2025 the dentist has the caller down for the 2nd of April instead.",
         "appointment:dentist"),
        ("The caller said Pottery was on Tuesday evenings until half-term; since then the class "
         "has been on Thursday evenings.", "weekly:pottery"),
        ("The caller is doing yoga on Mondays until the end of term.", None),
        # lowkey's: young callers' openers and words
        ("Started a new job, bestie, the caller is at the Riverside Clinic now.", "job"),
        ("Not going to lie the caller loves their job, they work at Halden Logistics.", "job"),
        ("The caller loves their husband, they work at Halden Logistics.", None),
        ("The caller lives at 14 Birch Lane, it's like a tiny place above a pizza shop haha.",
         "address"),
        ("The caller's sister lives at 14 Birch Lane, above the shop.", None),
        ("The caller works at the shop on 14 Birch Lane.", "job"),
        ("The caller and their bf Tom are doing a cooking class, cute.", "partner"),
        ("Iced coffee every single morning, it's the caller's whole personality haha.",
         "habit:coffee/yes"),
        ("Coffee every morning for the caller's husband, tea for them.", None),
        # contrast's: the old value named with the new
        ("The caller moved jobs, from Copperleaf Studios to the city library.", "job"),
        ("The caller moved practices, from Dr Castillo to Dr Patel.", "doctor"),
        ("The caller said Steak every Friday and red meat all week.", "habit:steak/yes"),
        ("The caller's son has steak every Friday.", None),
        # southern's and elderly's
        ("Pepper done passed, the caller and others buried her out back in the spring.",
         "pet:pepper"),
        ("The caller had to let Biscuit go to their granddaughter's, honey, the home says no "
         "pets, so there's no cat here now.", "pet:biscuit"),
        ("The caller had to let Grandad go to the home, there was no room for him here.", None),
        ("The caller's son moved the caller into the assisted living place in February 2026, "
         "so you'll need to change the caller's address to 88 Harbor View Road.", "address"),
        ("The caller's son wants the caller to change the caller's address to 4 Elm Road but "
         "the caller won't.", None),
        ("The caller's son set them up with a new one when he did the computer, it's "
         "hello@bluefern.net.", "email"),
        ("The caller's email, now, their grandson set it up on the tablet. It's "
         "office@northwind.co.", "email"),
        ("The caller's grandson set up his own email, it's hello@bluefern.net.", None),
        # from a review that tried to break this session's rules
        ("Up until February the caller drank coffee every day; since then they have been on "
         "tea.", None),
        ("Up until the caller's fall they went to pottery every Tuesday.", None),
        ("Until the operation the caller is off coffee.", None),
        ("Up until March the caller drove a red Mazda 3; since then their car has been a blue "
         "Honda Civic.", "car"),
        ("Up until March the caller and others lived at 14 Birch Lane; since then they have "
         "lived at 42 Cedar Avenue.", "address"),
        ("For a month the caller and others gave up meat, but it didn't last.", None),
        ("The caller used to have steak every Friday, until the heart scare.", None),
        ("The caller and others would have a roast chicken every Sunday when the kids were "
         "little.", None),
        ("Red meat has been the caller's thing for years, but they have cut it out now.",
         "habit:meat/no"),
        ("The caller hasn't had coffee since Tuesday, they have had a stomach bug.", None),
        ("The caller hasn't had their tea yet, they are starving.", None),
        ("The caller is with Kaiser these days for their health insurance.", None),
        ("The caller is with Monzo these days.", None),
        ("The caller is with Mum these days, since their fall.", None),
        ("The caller said Things with Virgin ended badly, so they switched.", None),
        ("The caller's husband has been Christmas shopping all day.", None),
        ("The caller's partner has been Dr Singh's patient for years.", None),
        ("The caller and their wife Jean, God rest her, lived in Leeds.", None),
        ("The caller and their husband Frank used to go dancing.", None),
        ("The caller had to let Biscuit go to their granddaughter's while they are in hospital, "
         "so there's no cat here now.", None),
        ("The caller's neighbour had to let Rex go to a new home.", None),
        # business's and clinical's
        ("Mochi, their cat, passed away, she was sixteen, the apprentice helped them bury her.",
         "pet:mochi"),
        ("Tom, their neighbour, passed away in March.", None),
        ("The allergy clinic said the cat had to go, so Pepper lives with the caller's niece "
         "now.", "pet:pepper"),
        ("Their cat had to go to the vet, so Pepper stays with their niece for now.", None),
        ("The cat had to go, so Pepper stays with their niece until the new flat is ready.",
         None),
        # afterhours's, parlour's: a date the extractor wrote, the name said alone, taken in
        ("Ag, the caller and others had to put Bramble down in February 2025, so there's no "
         "cat at home any more.", "pet:bramble"),
        ("The caller and others had to put Tom down in the book for Friday.", None),
        ("The caller and others have a cat. Bramble.", "pet:bramble/about"),
        ("The caller and others have a cat. Tom is coming on 3 March 2026.", None),
        ("It's about their dog. Bella.", None),
        ("The caller's daughter took Mochi to live with her, the caller couldn't manage the "
         "litter tray any more, so there's no cat here now.", "pet:mochi"),
        ("The caller's daughter took Mochi to live with her while the caller is in hospital, "
         "so there's no cat here now.", None),
        ("The caller's daughter took Grandad to live with her, he loves her cat.", None),
        # hedging's: what they nearly did, then the loss
        ("The caller and others nearly kept Mochi even with their allergies, but in the end "
         "they had to rehome her, so no cat now.", "pet:mochi"),
        ("The caller and others nearly kept Mochi, but in the end they had to rehome her while "
         "they are in hospital.", None),
        # older sets' misses: a thing of theirs that "is", a favourite claimed after a story,
        # the category said with "favourite", a name they may be called too
        ("The caller's car's, oh, they always forget the colour, a blue Honda Civic, that's the "
         "one.", "car"),
        ("The caller's husband's car's a Golf.", None),
        ("The caller's email's, hang on, j.smith@gmail.com.", "email"),
        ("The caller's friend brought back some peppermint from her trip and the caller has just "
         "been hooked on it since, that's the caller's favourite now.", "favourite:tea"),
        ("The caller's friend loves peppermint, that's her favourite.", None),
        ("For the basket, oh, the caller is a chamomile woman, they drink it all day, it's their "
         "favourite tea.", "favourite:tea"),
        ("The caller's husband always called the caller Sunny, and so does everyone else, so "
         "you may too.", "name"),
        ("The caller's husband always called the caller Sunny.", None),
        ("The caller's mum called the caller Trouble, so you can too.", None),
        # from a review that tried to break this session's rules
        ("The caller and others got Mochi from a rescue, they rehomed her with them in May.",
         None),
        ("Their cat had to go into the cattery, Pepper is staying with Mum.", None),
        ("The dog has to go somewhere over Christmas, so Rex is staying with their sister.",
         None),
        ("Their dog had to go away for training, so Rex is living with the trainer for six "
         "weeks.", None),
        ("The cat had to go, so Pepper's living with the caller's niece now.", "pet:pepper"),
        ("The kids took Mochi to live with them during the caller's chemo, the cat's coming "
         "home in June.", None),
        ("The caller's ex took Oliver to live with her, so it's just the caller and the dog "
         "now.", None),
        ("The caller's neighbour's son took Biscuit to live with him, so there's no dog next "
         "door now.", None),
        ("The caller's neighbours are devastated. Mochi, their cat, got run over last night.",
         "pet:mochi/about"),
        ("The Smiths next door are in bits, Mochi, their cat, passed away on Sunday.",
         "pet:mochi/about"),
        ("The caller had to put Sarah down in March as their emergency contact.", None),
        ("The caller has got a new puppy. Exciting!", None),
        ("The caller and others have got a dog. Labrador.", None),
        ("Send it to 14 Birch Lane, that's the caller's partner's.", None),
        ("It's 14 Mill Road, that's the caller's doctor's.", None),
        ("The caller's dentist's address is 14 Mill Road.", None),
        ("The caller's husband loves a latte, but the caller is a tea person, that's the "
         "caller's favourite.", "favourite:tea"),
        ("The kids are all on coffee, but it is Earl Grey tea for the caller these days.",
         "favourite:tea"),
        ("The receptionist called the caller Margaret, which isn't even their name, so you can "
         "imagine how cross they were.", None),
        ("The caller's son called them Tuesday night, so you can tell him they got the message.",
         None),
        ("The caller's grandkids call them Nana, so you can too.", None),
        ("The caller's grandkids call them Bea, so you can too.", "name"),
        # humour's and dictation's
        ("The house is very quiet without Bramble, she died in the spring, so no cat for them "
         "these days.", "pet:bramble"),
        ("The caller visited their friend Sarah, she died last week, so no cat for her.", None),
        ("The love of the caller's life, and they mean the cat, is called Bramble.",
         "pet:bramble/about"),
        ("The caller's cat sitter is called Jane.", None),
        ("The caller is rebranding, you can call them Sunny now.", "name"),
        ("The caller said You can call them Monday.", None),
        ("Strike Mochi from the pets section, the caller is sorry to say she passed away in the "
         "spring.", "pet:mochi"),
        ("For the basket, put down Earl Grey, that's the caller's favourite tea.",
         "favourite:tea"),
        ("The caller and others had to put down Rex in the week of 23 February 2026.",
         "pet:rex"),
        # bundled's and outofdate's
        ("Everyone else is fine, the kids are fine, but Pepper, their cat, passed away in the "
         "spring.", "pet:pepper"),
        ("Your file still lists Pepper as their cat, that's out of date, sadly she died in "
         "February 2026.", "pet:pepper"),
        ("The caller's number: It's 5557723, that's their mobile.", "phone"),
        # metaphor's: the pet named, then its kind said to have died
        ("Sadly Bramble has used up her nine lives, their cat passed away in February 2026.",
         "pet:bramble"),
        ("The caller told Tom and Sarah that their cat passed away.", None),
        ("Tom rang, their cat died.", None),
        # from a second review of this session's rules
        ("The caller said the new carers are from Poland, you can call them Ania and Kasia.",
         None),
        ("The caller's grandchildren are here this week, you can call them Lily and Max.", None),
        ("The caller has got a new partner, he's got a dog too, and he is called Steve.",
         "partner"),
        ("The house is very quiet without Frank, he died in the spring, so no dog walks for "
         "the caller now.", None),
        ("Can you add Pepper as the caller's cat now, the old one, she died in 2025.", None),
        ("The caller said Scratch Dad from the contacts section, he died in June.", None),
        ("The caller said Cross Pilates off the list, the instructor passed away.", None),
        ("Strike Mochi from the caller's pets list, she passed away.", "pet:mochi"),
        ("The caller said Mum and Dad are upset, Bramble, their cat, passed away.",
         "pet:bramble/about"),
        ("A latte with oat milk, that's the caller's favourite brew now.", "favourite:coffee"),
        # interrupted's: the drink instead of coffee is no favourite
        ("The caller used to drink coffee every morning, but, sorry, it's herbal tea for them "
         "now. They have stopped drinking coffee.", "habit:coffee/no"),
        # complaint's and cluttered's (session 28): the caller's thing among other numbers
        ("The caller's mobile's 5551467, and the parcel reference is SK 330 71 if you need it.",
         "phone"),
        ("The caller's mobile is 5551467, and the order number is 4471.", "phone"),
        ("Policy number is MTR 55 0193 and the excess is 250, but what the caller is really "
         "phoning about is their number's changed, it's 5557723 now.", "phone"),
        ("The policy number for the caller is 44128812.", None),
        ("44128812, that's their member number.", None),
        ("The caller's mobile is 5551467 and the policy number 83920417.", "phone"),
        # a bus that stopped running is no pastime given up
        ("The number 42 bus stopped running to the arts centre so the caller's pottery class "
         "moved, it's on Thursday evenings now, not the old day.", "weekly:pottery"),
        ("The caller is running late, pottery is on Thursday evenings now.", "weekly:pottery"),
        # the caller's doctor beside an appointment in another clause
        ("The old GP retired at Easter, the caller is under Dr Castillo now, and the "
         "appointment's at 2.40 on Wednesday, clinic C.", "doctor"),
        ("The caller has an appointment with their GP Dr Patel on Monday.",
         "appointment:doctor"),
        ("The caller is booked in with Dr Patel for the scan, she's their GP.", None),
        # a name on the card that is out of date
        ("Brilliant, you've STILL got Jo on the caller's membership card, it's Lou now, they "
         "changed it.", "name"),
        ("You've got Monday on their booking, it's Friday now.", None),
        # a pet named after "she's called"; lost in its insurance's words
        ("For the last time, the caller has a cat and she's called Mochi, she lives with them.",
         "pet:mochi/about"),
        ("The caller has a dog, he's called Rex.", "pet:rex/about"),
        ("Their sister has a dog, he's called Rex.", None),
        ("The caller is calling to cancel Bramble's pet insurance, policy P 5521, she died on "
         "Sunday, she was seventeen.", "pet:bramble"),
        # "it" and "her" pointing into the caller's question before
        ('The caller asked: "Why am I still getting coffee in my breakfast box?" The caller '
         "quit it in January, doctor's orders.", "habit:coffee/no"),
        ('The caller asked: "Is the coffee machine fixed?" The caller quit it.', None),
        ('The caller asked: "Why is Mochi still on my policy?" The caller had to rehome her in '
         "the spring, they don't have a cat any more.", "pet:mochi"),
        ('The caller asked: "Can you please stop sending reminders for Mochi?" She died in '
         "March, the caller has told you twice.", "pet:mochi"),
        ('The caller asked: "Can you cancel Biscuit\'s jabs?" The caller had to put her down '
         "last week.", "pet:biscuit"),
        ('The caller asked: "Did Tom call?" She died in March.', None),
        ('The caller asked: "Can you take Margaret off the account?" She died in March.', None),
        ('The caller asked: "Can you tell Sarah?" The caller lost her number.', None),
        ('The caller asked: "Is Biscuit booked in at the cattery?" The caller lost her keys.',
         None),
        # from the review of these rules: what must not read
        ("The caller has got a GP appointment on Tuesday 4 March 2025 at 10, with Dr Patel.",
         "appointment:doctor"),
        ("The caller's appointment at the surgery got moved to Friday, they are seeing Dr Okafor "
         "instead.", "appointment:surgery"),
        ("The caller goes running on Tuesday evenings now, not Mondays.", "weekly:running"),
        ("The caller has switched their running to Thursdays.", "weekly:running"),
        ("The caller's order number, hang on, it's 88812345.", None),
        ("The caller's policy number changed at renewal, the new one is 44128812.", None),
        ("The caller has got a new customer number, it's 12345678, and their account's in joint "
         "names.", None),
        ("The caller's new number is 07700900123 because their old SIM card got lost.", "phone"),
        ('The caller asked: "Why is there still milk on my order?" The caller quit it.', None),
        ('The caller asked: "Why am I still getting coffee in my box?" The caller is done with '
         "it.", None),
        ('The caller asked: "Can you cancel Jean\'s check-up?" She died in March.', None),
        ("You've still got Vodafone on the caller's account, it's Three now, they switched.",
         None),
        ("You've got Lee on the caller's records, it's Shah now, they changed doctors.",
         "doctor"),
        ("You've got Jo on the caller's card, it's Lou now.", "name"),
        # a parcel in another clause leaves the caller's new address theirs
        ("The wee parcel with tracking JD 0041 7782 went to the caller's old flat, they are no "
         "there any more, they flitted in February 2025 and they are at 14 Birch Lane now.",
         "address"),
        ("The parcel is at 14 Birch Lane now.", None),
        ("Their sister moved, they are at 14 Birch Lane now.", None),
        ("The caller's office moved and they are at 14 Birch Lane now.", None),
        # the caller's GP named beside an appointment
        ("Referral came from the caller's GP, Dr Castillo, for the ortho appointment, token "
         "number 44, at 11 a.m.", "doctor"),
        ("The caller's GP is Dr Shah, and they have an appointment with her on Monday.",
         "doctor"),
        # pronouns' and checking's (session 28): a drink pointed at from the question before
        ('The caller asked: "Is the coffee on my breakfast order?" Keep it on, the caller has '
         "it every single morning.", "habit:coffee/yes"),
        ('The caller asked: "Is coffee still on my order?" It needs to come off, the caller '
         "doesn't drink it any more.", "habit:coffee/no"),
        ('The caller asked: "Have you got me down for coffee?" Take that off please, the caller '
         "has given it up.", "habit:coffee/no"),
        ('The caller asked: "Is the coffee machine fixed?" The caller has it back now.', None),
        # from the review: "it" that is no drink given up or kept
        ('The caller asked: "Has the bread been delivered?" The caller doesn\'t have it yet.',
         None),
        ('The caller asked: "Is there gluten in the porridge oats?" The caller eats it every '
         "morning.", None),
        ('The caller asked: "Is the coffee for the caller\'s husband on the order?" He drinks it '
         "every morning.", None),
        ('The caller asked: "Can you keep sending Max\'s flea reminders?" The caller\'s husband '
         "used to do it, he died in the spring.", None),
        ("The booking says Jones, because that's what they go by.", None),
        # a value of theirs checked on the record and said to be right
        ('The caller asked: "Have you got my email as hello@bluefern.net?" That\'s correct if '
         "so, that's the caller's email.", "email"),
        ('The caller asked: "Which email is on my account, is it office@northwind.co?" It should '
         "be, that's the one the caller uses every day.", "email"),
        ('The caller asked: "Have you got my number as 5551467?" Yes, that\'s the one.', "phone"),
        ('The caller asked: "Have you got my mobile as 5551467?" Yes.', "phone"),
        ('The caller asked: "Have you got my e-mail address as jo@x.com?" Correct.', "email"),
        ('The caller asked: "Is my partner down as Tom?" Good.', "partner"),
        ('The caller asked: "Is my GP still down as Dr Lindgren?" That\'s wrong now.', None),
        ('The caller asked: "Have you got my number as 5551467?" Yes, but it\'s the old one.',
         None),
        # from the review: no confirmation, not theirs, not a value of the kind
        ('The caller asked: "Have you got my email as jo.old@gmail.com?" That\'s correct, but '
         "the caller stopped using it in May.", None),
        ('The caller asked: "Is my partner down as Tom?" That\'s right, he\'s their business '
         "partner at the shop.", None),
        ('The caller asked: "Is my email still down as jo@old.com?" Yes.', None),
        ('The caller asked: "Have you got my number as 5552180?" Yes, that\'s my daughter\'s.',
         None),
        ('The caller asked: "Is my car at 14 Birch Lane?" That\'s right.', None),
        ('The caller asked: "Have you got my number as 5552180 or 5558899?" Yes.', None),
        ('The caller asked: "Is my GP down as Dr Lindgren?" That\'s right, she\'s the caller\'s '
         "doctor.", "doctor"),
        # a name after asking what they are called, or said to be what they go by
        ("Can you check what you call the caller on the file? It's Bea these days.", "name"),
        ("It's Sunny these days. That's what the caller wants you to call them.", "name"),
        ("Just checking you've got the caller as Max, that's their name to everyone.", "name"),
        ("Can you make sure it says Sunny, because that's what the caller goes by.", "name"),
        ("Can you check what you call the caller? It's Monday these days.", None),
        # a pet named in the next sentence, lost by "had her put to sleep" or "she's gone"
        ("The caller has got a cat. She's called Bramble, and she's fifteen.",
         "pet:bramble/about"),
        ("The caller's cat, Pepper, they had to have her put to sleep. Their cat Pepper was very "
         "old.", "pet:pepper"),
        # (not "She's gone", which may be to the cattery, nor "had her put to sleep", which may
        # be for the X-rays)
        ('The caller asked: "Is Bella booked into the cattery?" She\'s gone, the caller dropped '
         "her off this morning.", None),
        ('The caller asked: "Is Biscuit still down as my cat?" She passed away in the spring, so '
         "the caller doesn't have a cat now.", "pet:biscuit"),
        ("The caller used to take the dog to see Margaret. She died in March.", None),
        ("The caller has a dog called Rex and a cat called Bella. The caller said he died in "
         "March.", "pet:rex/about"),
        ("The caller's dog, Rex, they had to have him put to sleep for the scan.",
         "pet:rex/about"),
        ("The caller is ringing about Tom. He died last week, so cancel his appointments.", None),
        ("The caller's neighbour Jan has a cat. The caller said she died in March.", None),
        # asked to change what they are called: a name, never a way to call them
        ("Please update what you call the caller, they go by Bea now; the caller's husband "
         "wanted them to pick something fancier, but they have settled.", "name"),
        ("Please change what you call the caller, it's Lou now.", "name"),
        ("Can you update what you call the caller, it's Monday they are free.", None),
        ("Please call the caller, don't text, from now on.", "contact"),
        # (a review's: someone else's name is theirs; what they are called on is how)
        ("Can you update what you call the caller's mum in your notes? It's Margaret.", None),
        ("Please change what you call the caller's carer in the notes, it's Tracey with an e.",
         None),
        ("Please update what you call the caller on, it's their mobile now.", "contact"),
        ("Please change what you call the caller on, it's Skype now, not the landline.",
         "contact"),
        ("Can you change what you call the caller? They are Bea these days.", "name"),
        ("Change what you call the caller - it's Lou, short for Louise, these days.", "name"),
        # a pet gone to live elsewhere, none left, the name far before it; never for a while,
        # never a person marked gone
        ("Biscuit has gone to live on the caller's sister's farm; they nearly kept her, but "
         "she's happier there, so they don't have a cat any more.", "pet:biscuit"),
        ("Mochi went to live with the caller's sister for the summer.", None),
        ("Mochi went to live with the caller's sister for the summer, so they don't have a cat "
         "any more just now.", None),
        ("The caller's sister Jane has gone to live in Spain, and the new flat is lovely but the "
         "caller and others don't have a cat any more.", None),
        ("Mum went to the shops with Rex on 3 March 2025, the little terrier, and honestly the "
         "caller and others have no dog now.", None),
        ("The caller's sister's cat Biscuit has gone to live with her ex, so the caller and "
         "others don't have a cat any more.", None),
        # (a review's: a person gone; another's going with no pet "either"; long ago is gone)
        ("Sam went back to Poland in March, and with the lodger gone the house is quiet; the "
         "caller doesn't have a cat any more either.", None),
        ("Tom went to live in Leeds last spring, and Biscuit went with him, so the caller and "
         "others don't have a cat any more.", "pet:biscuit"),
        ("Tom went to live with his girlfriend last spring, and the house is quiet, so the "
         "caller and others don't have a cat any more.", None),
        ("Biscuit went to live with the caller's daughter a while ago, so they don't have a cat "
         "any more.", "pet:biscuit"),
        # because's: a name the caller went back to or became; red meat given up after someone
        # else's story; a pet lost "in the week of" (the extractor's date)
        ("Since the divorce the caller has gone back to what their family always called them, "
         "so it's Jo now, love, not the old one.", "name"),
        ("The caller started a new job where there was already someone with their name, which "
         "meant they became Lou, and they go by it now, not the old one.", "name"),
        ("What the caller's kids call them, it's Nana these days.", None),
        ("The caller became Head of Sales, and they go by that title now.", None),
        ("The caller's mum became Gran and she goes by it now.", None),
        ("The caller is veggie now.", "habit:meat/no"),
        ("Their daughter went vegetarian and it were easier to cook one meal, so they have "
         "stopped red meat an' all, they are veggie now.", "habit:meat/no"),
        ("Their daughter went vegetarian, so they are vegetarian for the week she's here.", None),
        ("The caller's husband had a heart scare, so he's stopped red meat.", None),
        ("Pepper got very poorly with her kidneys, so the vet said it was kindest to let her go, "
         "the caller and others lost her in the week of 24 February 2025.", "pet:pepper"),
        # verification's and household's: a pet's cover cancelled, she died; the name the caller
        # is called changed; the caller's own value named first, someone else's after it; a
        # pet taken by a flatmate who moved out, or rehomed for someone's allergies
        ("The caller needs to cancel the pet cover for Biscuit, she died in February 2025, so "
         "they don't have a cat now.", "pet:biscuit"),
        ("Please change the name you call the caller to Bea, they have stopped using their old "
         "nickname.", "name"),
        ("Please change the name you call the caller's son to Sam.", None),
        ("The caller's email's changed to office@northwind.co, the old account got hacked so "
         "they have shut it down, and their partner's doing the same with his.", "email"),
        ("5553391, that's the caller's mobile, their wife's on a different one, so don't mix "
         "them up.", "phone"),
        ("5552180, that's the caller's husband's mobile, theirs is broken.", None),
        ("The caller's flatmate took Mochi with her when she moved out, she was more hers in the "
         "end, so the caller doesn't have a cat any more.", "pet:mochi"),
        ("The caller's flatmate took Mochi with her when she moved out for the summer, so no cat "
         "here now.", None),
        ("The caller and others had to rehome Bramble when their son's allergies got bad, so "
         "there's no cat in the house now.", "pet:bramble"),
        ("The caller and others rehomed Rex for the summer while their son's allergies settle.",
         None),
        # reading's and celebrating's: a pet's reminder, "but they lost her"; the app still
        # showing the pet; gone off to the big cat basket in the sky; never a person, never Mum
        # off to the shops; the letters' old nickname
        ("The vet's sent another reminder for Bramble's booster, but the caller and others lost "
         "her in March, she died, please take her off.", "pet:bramble"),
        ("The caller said On the app it's still showing Pepper, she passed away around 10 "
         "February 2025, she was sixteen.", "pet:pepper"),
        ("The caller said Mochi has gone off to the big cat basket in the sky, she's gone, but "
         "what a character she was.", "pet:mochi"),
        ("The caller said Mum has gone off to the shops, she's gone for ages.", None),
        ("Your system still shows Tom, he died in May, he was the caller's husband.", None),
        ("Your letters still call the caller by their old nickname, they go by Jo now.", "name"),
        # (a second review's: others giving up meat; veggie as food; someone else's email after
        # the caller's; someone else became a name; a title; a person taken when someone left)
        ("The caller's son and his wife went vegan, so they have stopped red meat.", None),
        ("Their daughter went vegetarian, so they have stopped red meat an' all when she visits.",
         None),
        ("The caller has a veggie patch in the garden.", None),
        ("The caller's email is the same, but their wife's changed to jan.k@yahoo.com.", None),
        ("The caller's child came out as non-binary in 2024, they became Riley, and they go by it "
         "now.", None),
        ("The caller became Captain of the bowls club, and they go by that now.", None),
        ("The caller's wife took Sam with her when she left, so there are no pets here now.",
         None),
    ],
)  # fmt: skip
def test_each_rule_reads_the_slot_a_memory_fills(memory: str, slot: str | None) -> None:
    assert slot_of(memory) == slot


@pytest.mark.parametrize(
    ("memory", "prompt", "slot"),
    [
        # a short answer with the asked slot's kind of value fills it
        ("The caller said it's the 14th of March.", "When's your dentist appointment?",
         "appointment:dentist"),
        ("It's Jo now, the caller prefers that.", "How should I address you?", "name"),
        ("The caller said it's Jo these days, la, since the grandkids started on it.",
         "How should I address you?", "name"),
        ("Everybody says Lou, so you say Lou and all, eh.", "How should I address you?",
         "name"),
        ("The caller said 5552180.", "What number should I call you on?", "phone"),
        # not without that value, not someone else's, not a long story
        ("The caller said yes, that is right.", "Can I confirm your home address?", None),
        ("The caller said Les Schwab did the oil change.", "How's your car?", None),
        ("The caller's sister lives at 5 Oak Road.", "Can I confirm your address?", None),
        ("It's Jo now.", "Anything I should update on your file?", None),
        ("The caller said Number 14.", "Is your address still 14 Elm Road?", None),
        ("The caller can't do Monday.", "When's your dentist appointment?", None),
        ("The caller said Good Morning.", "What should I call you?", None),
        ("The caller saw Dr Jones at the hospital.", "Who is your GP?", None),
        ("The caller said Mum's is on the 21st of March.", "When's your dentist appointment?",
         None),
    ],
)  # fmt: skip
def test_an_answer_fills_the_slot_the_agent_asked_for(
    memory: str, prompt: str, slot: str | None
) -> None:
    assert slot_of(memory, prompt) == slot


@pytest.mark.parametrize(
    ("new", "old", "closed"),
    [
        (("address",), ("address",), True),
        (("address",), ("phone",), False),
        (("pet:rex",), ("pet:rex/about",), True),  # the pet was lost
        (("pet:rex/about",), ("pet:rex/about",), False),  # two facts about one pet
        (("habit:coffee/no",), ("habit:coffee/yes",), True),
        (("habit:coffee/yes",), ("habit:coffee/no",), True),  # back on coffee
        (("habit:coffee/yes",), ("habit:coffee/yes",), False),  # said again: both stand
        # "my class is on Wednesdays now": whichever weekly thing the caller does, both ways
        (("weekly:class",), ("weekly:pottery",), True),
        (("weekly:pottery",), ("weekly:class",), True),
        (("weekly:yoga",), ("weekly:pottery",), False),
        (("weekly:class",), ("weekly:dialysis",), False),  # a class is taught: never dialysis
        (("weekly:bridge",), ("weekly:class",), False),
        (("weekly:class",), ("pet:rex/about",), False),
    ],
)
def test_what_a_new_slot_closes(new: tuple[str, ...], old: tuple[str, ...], closed: bool) -> None:
    assert closes(new, old) is closed
    # the store closes by hash: the same answer
    assert bool(closing_hashes(new) & set(slot_hashes(old))) is closed


def test_a_class_named_by_no_activity_answers_for_the_named_one_and_back() -> None:
    assert fills(("weekly:class",), ("weekly:pottery",))
    assert fills(("weekly:pottery",), ("weekly:class",))
    assert not fills(("weekly:yoga",), ("weekly:pottery",))
    assert not fills(("weekly:class",), ("weekly:church",))
    assert asked_hashes(("weekly:pottery",)) & set(slot_hashes(("weekly:class",)))
    assert not asked_hashes(("weekly:pottery",)) & set(slot_hashes(("weekly:yoga",)))


def test_being_vegetarian_reverses_every_meat_habit() -> None:
    slots = slots_of("The caller is vegetarian these days, so no red meat please.")
    assert {"habit:meat/no", "habit:steak/no", "habit:chicken/no"} <= set(slots)
    assert closes(slots, ("habit:steak/yes",))
    assert not closes(slots, ("habit:coffee/yes",))


@pytest.mark.parametrize(
    ("question", "slots"),
    [
        ("Where do I live?", ("address",)),
        ("What was my old address?", ("address",)),
        ("address", ("address",)),  # the agent's "the caller's address", cleaned
        ("Which number should you call me on?", ("phone",)),
        ("What's my member number?", ()),
        ("Which email do you have on file for me?", ("email",)),
        ("Who is my GP?", ("doctor",)),
        ("Do I have a cat?", ("pet:",)),
        ("How much lisinopril do I take?", ("dose:lisinopril",)),
        ("When is my pottery class?", ("weekly:pottery",)),
        ("When is my dentist appointment?", ("appointment:dentist",)),
        ("Do I drink coffee?", ("habit:coffee",)),
        ("What's my favourite tea?", ("favourite:tea",)),
        ("How was the weekend?", ()),
        ("Where should the parcel go?", ("address",)),
        ("Where would you send my post?", ("address",)),
        ("Which name should you use for me?", ("name",)),
        ("What name do I go by?", ("name",)),
        ("Have I got a cat?", ("pet:",)),
        ("What's the best way to get hold of me?", ("contact",)),
        ("Is there a cat at my house these days?", ("pet:",)),
        ("Which bus do I go by?", ()),
        ("What number have you got for me now?", ("phone",)),
        ("Who have you got down as my other half?", ("partner",)),
        ("What day was my pottery before they shifted it?", ("weekly:pottery",)),
        ("What's my favourite cuppa?", ("favourite:tea",)),
        ("Who am I going out with?", ("partner",)),
        ("What's the name of the person I'm with?", ("partner",)),
        ("Where've you got me living?", ("address",)),
        ("What's my mobile?", ("phone",)),
        ("What number have you got for the plumber?", ()),
        ("Where are you sending my post these days?", ("address",)),
        ("Where are you sending my emails?", ("email",)),
        ("What do I go by these days?", ("name",)),
        # what one eats: any meat, as the question reader reads it
        ("What should the kitchen be told about what I eat?", ("habit:",)),
        ("Any food I'm avoiding that the restaurant ought to know about?", ("habit:",)),
        ("Have I got any dietary requirements?", ("habit:",)),
        ("What do I eat for breakfast usually?", ()),
        # from windowseat's misses: an email address is no street, a partner's name no nickname
        ("Just checking — which email address do you have for me?", ("email",)),
        ("What name have you got for my partner?", ("partner",)),
        ("If you had to post me something, where would it go?", ("address",)),
        (
            "If you were putting a tea in for me, which would it be?",
            ("favourite:tea", "habit:tea"),
        ),
        ("What's my email and my home address?", ("address", "email")),
        ("What do you call me, and who is my partner?", ("name", "partner")),
        ("Is there anything I avoid talking about with my sister?", ()),
        ("Can you post me a reminder on WhatsApp?", ()),
        ("Sorry, the kids are screaming, where is it you've got me living?", ("address",)),
        ("If I came to your barbecue, would you be putting a burger on for me?", ("habit:",)),
        ("If someone wanted to post something to my work, where would it go?", ("job",)),
        ("What is it you call me again?", ("name",)),
        ("Who do I see at the surgery?", ("doctor",)),
        ("Who pays my wages?", ("job",)),
        ("Where is my work these days?", ("job",)),
        # receipts go to an email; a parcel to an address
        ("Where are you sending my receipts?", ("email",)),
        ("Where are you sending my parcel?", ("address",)),
        ("My motor, what is it on there?", ("car",)),
        ("uh what have you got down for my diet", ("habit:",)),
        ("Allora, how do you call me?", ("name",)),
        ("My name you use is what, tak?", ("name",)),
        ("Should you text me or call me?", ("contact",)),
        ("How you should call me?", ("name",)),
        ("Is it better to email or ring me?", ("contact",)),
        # orchard's: what one pulls up in, whose name goes on the card beside the caller's
        ("What would I pull up in?", ("car",)),
        ("Whose name goes on the card next to mine?", ("partner",)),
        # riddle's: a fact asked for sideways, by what it is for
        ("If you were posting me a birthday card, where would it end up?", ("address",)),
        ("Which doorbell would a courier ring for me?", ("address",)),
        ("When you ring me back, what do you key in?", ("phone",)),
        ("What would you type in to send me the receipt?", ("email",)),
        ("What do I answer to when your colleagues say hello?", ("name",)),
        ("If someone asked who signs my wages, what would I say?", ("job",)),
        ("Who do I go and see when I'm poorly?", ("doctor",)),
        ("Is there still someone with whiskers waiting for me at home?", ("pet:",)),
        ("Who am I bringing to the do?", ("partner",)),
        ("When am I up to my elbows in clay each week?", ("weekly:pottery",)),
        (
            "Before they moved it, which day was somebody poking at my teeth?",
            ("appointment:dentist",),
        ),
        ("Can you post me a reminder?", ()),
        # the morning drink asked for by no name
        ("What do I pour myself first thing?", ("habit:coffee",)),
        ("What's brewing in my mug when I roll out of bed, if anything?", ("habit:coffee",)),
        ("Is there a cafetière on the go in my kitchen of a morning?", ("habit:coffee",)),
        (
            "If you wanted to catch me with muddy hands at the wheel, when would that be?",
            ("weekly:pottery",),
        ),
        # asked inside another question, or in the agent's own words
        (
            "Sorry, the rain's battering the window, can you tell me where I live according to "
            "your records?",
            ("address",),
        ),
        ("Do you know where I lived before?", ("address",)),
        ("What should you be calling me, according to your records?", ("name",)),
        ("What are you calling me?", ("name",)),
        ("Who have you got me down as seeing?", ("doctor",)),
        ("Who have you got me registered with at the dentist?", ()),
        ("What are you calling me about?", ()),
        ("Can you confirm where I'm living?", ("address",)),
        ("Reference 6640, what's my contact preference on file?", ("contact",)),
        ("Who am I seeing these days?", ("partner",)),
        ("What's my preferred way to be reached these days?", ("contact",)),
        ("What's the best way of reaching me?", ("contact",)),
        ("Is there a way to reach my sister?", ()),
        ("Which vehicle have you got down for me?", ("car",)),
        ("Which vehicle does my husband drive?", ("partner",)),
        ("Who am I registered with?", ("doctor",)),
        ("Who am I registered with at the dentist?", ()),
        ("Who am I registered with for my energy?", ()),
        ("Which vehicle should I hire for the trip?", ()),
    ],
)
def test_a_question_asks_for_the_slots_it_names(question: str, slots: tuple[str, ...]) -> None:
    assert asked_slots(question) == slots


def test_a_texted_question_is_read_as_its_words() -> None:
    """memory-query cleans a question before the question reader reads it ("rn" is "right
    now"; the reader once missed the kind of the question as texted)."""
    embedder = get_embedder(make_settings(Path("unused")))
    question = "What am I taking rn for my blood pressure?"
    cleaned = clean_query(question, [])
    assert cleaned == "What am I taking right now for my blood pressure?"
    assert asked_by_reader(embedder.embed_query(cleaned), embedder.model) == ("dose:",)


@pytest.mark.parametrize(
    ("memory", "asked", "filled"),
    [
        (("pet:biscuit/about",), ("pet:",), True),
        (("habit:coffee/no",), ("habit:coffee",), True),
        (("dose:lisinopril",), ("dose:",), True),
        (("address",), ("phone",), False),
        (("habit:coffee",), ("habit:tea",), False),
    ],
)
def test_a_memory_fills_an_asked_slot(
    memory: tuple[str, ...], asked: tuple[str, ...], filled: bool
) -> None:
    assert fills(memory, asked) is filled


@pytest.mark.parametrize(
    ("question", "past"),
    [
        ("What was my old address?", True),
        ("Where did I use to live?", True),
        ("What was my previous number?", True),
        ("Who was my GP before?", True),
        ("Where did I live before I moved?", True),
        ("What did I do before work", False),
        ("Who did I see before as my GP?", True),
        ("Where do I live?", False),
        ("What's my number?", False),
        ("What date did the dentist have me down for first?", True),
        ("Before pottery changed days, when was it?", True),
        ("Where was I working before I started my current job?", True),
        ("What was my dose before it was adjusted?", True),
        ("Which job did I leave?", True),
        ("Which car did I get rid of?", True),
        ("Which address was I at previously?", True),
        ("Who was my partner before the breakup?", True),
        ("Who did I work for before this job?", True),
        ("Remind me of the email I had before the new one?", True),
        ("Do I need to charge it before the new one arrives?", False),
        ("Did I leave my umbrella there?", False),
        ("Did I leave the oven on?", False),
        ("What should I take first?", False),
        ("Was I supposed to fast before the scan?", False),
        ("Who is first in the queue?", False),
        ("Do I need to fast before the scan?", False),
        # from the blind phrasings' questions about the past (sessions 21 and 22)
        ("Who was I with before my present partner?", True),
        ("And the email address I had before, what was it, for my own records?", True),
        ("What dose of lisinopril was I taking before they altered it?", True),
        ("Before this job, where was I, cariad?", True),
        ("Who was my GP before, dear?", True),
        ("Who was I with before — name?", True),
        ("Where was I working before this?", True),
        ("Where was I living before the place I'm in now?", True),
        ("What was my ex's name?", True),
        ("What tea was my favourite to begin with?", True),
        ("What was the first date the dentist gave me?", True),
        ("The number that got cut off, what was it?", True),
        ("What number did you have for me before? I want to know what you're keeping.", True),
        ("Who was my partner before Theo?", True),
        ("Who was my GP before Dr Patel?", True),
        ("Back before the new car, what did I drive?", True),
        ("Where did I live before this place?", True),
        ("Was I at the doctor before the new year?", False),
        ("Before the break-up, whose name went next to mine on the couples' table?", True),
        ("What did I have on before Christmas?", False),
        ("Where was I before Monday?", False),
        ("Before I go, what is my number?", False),
        ("Have I rung before? What's my number?", False),
        ("What did she get up to the weekend before Monday 1 September?", False),
        ("How old is my oldest child?", False),
        # formal's: "prior to" a change
        ("What was my preferred tea prior to the change?", True),
        ("Who was my general practitioner prior to the transfer?", True),
        ("What did I have to eat prior to the appointment?", False),
        # hearsay's: before what someone did
        ("Where was I living before the removals came?", True),
        ("What was my number before my daughter sorted the new phone?", True),
        ("Who was my partner before my sister heard we'd split?", True),
        ("First dentist date?", True),
        ("When was I first meant to be in the big chair with my mouth open?", True),
        ("Was I at home before the doctor rang?", True),
        ("What's my address before you send the card?", False),
        # timeline's: until the change
        ("Up until the change, how much lisinopril did I take?", True),
        ("Up until I changed jobs, who was my employer?", True),
        ("Until the move, where did I live?", True),
        ("Until the end of the month, what is my address?", False),
        ("Until when is my dentist appointment?", False),
        # whatif's: what was traded in is gone; what it was replaced with is not
        ("Which car did I trade in?", True),
        ("Which car did I part-exchange?", True),
        ("What did I replace it with?", False),
        ("Which number did I swap over to?", False),
        ("What car did I trade in the Golf for?", False),
        ("What did I part-exchange the Golf for?", False),
        ("What car did I part exchange?", True),
        # because's: before a change the caller had to make, before all the moving
        ("What was my email before I had to change it?", True),
        ("Where was I living before I had to move out?", True),
        ("What was my address before all the moving, can you remind me?", True),
        ("Where do I live before I have to move out?", False),
        ("What's my email, before all the changes go through?", False),
        ("Did I tell you my email before I had to leave for the appointment?", False),
        ("Which car did I trade in for the Golf?", True),
    ],
)
def test_a_question_about_the_past_is_told_apart(question: str, past: bool) -> None:
    assert asks_about_the_past(question) is past


@pytest.mark.parametrize(
    ("new", "earlier", "closed"),
    [
        # a value said to be gone closes what stated it, whatever kind of fact it was
        (
            "The caller said Don't use 5552180 any more, it's been cut off, the new one's "
            "5559034.",
            "The mobile, it's 5552180, that's the one the caller always has on them.",
            True,
        ),
        (
            "The caller has shut down j.hart@gmail.com, so anything by email goes to "
            "sunny_days@outlook.com now.",
            "J.hart@gmail.com, that's the inbox the caller actually checks.",
            True,
        ),
        (
            "Tom and the caller are finished, they are with Marcus now.",
            "The caller's partner is called Tom.",
            True,
        ),
        (
            "The caller is not at Halden Logistics any more, Copperleaf took them on.",
            "The caller is on the payroll at Halden Logistics.",
            True,
        ),
        (
            "It's just the caller in the house now, Biscuit didn't make it through the winter.",
            "The caller said Biscuit's curled up on the radiator shelf.",
            True,
        ),
        (
            "The caller has gone right off chamomile, it's rooibos they reach for now.",
            "When it comes to tea, the caller is chamomile all the way.",
            True,
        ),
        (
            "The caller has kicked the coffee habit, it's herbal stuff for them now.",
            "The caller gets through a whole pot of coffee before lunch.",
            True,
        ),
        # from one value to another: the first has gone
        (
            "The caller switched from Tesco to Aldi for the weekly shop.",
            "The caller does the weekly shop at Tesco.",
            True,
        ),
        ("The caller moved from London to Leeds in March.", "The caller lives in London.", True),
        (  # a month says when, the name what has gone
            "Tom moved out in March, the caller and others are done.",
            "Tom is coming along too, they have been going out for two years.",
            True,
        ),
        (
            "The caller moved the meeting from Monday to Friday.",
            "The caller has yoga on Monday.",
            False,
        ),
        # a weekday closes only beside the same subject
        (
            "The caller said the pottery lot have shuffled things round, it's Thursday "
            "evenings now, not Tuesday evenings.",
            "Tuesday evenings are pottery, so don't book the caller anything then.",
            True,
        ),
        (
            "The caller said the pottery lot have shuffled things round, it's Thursday "
            "evenings now, not Tuesday evenings.",
            "The caller's dentist appointment is on Tuesday.",
            False,
        ),
        # not the caller's doing, not theirs, a dated event, a kind rather than a value, a
        # value only in part, a "not" that corrects nothing
        (
            "The caller has had the longest day, the printer jammed, the coffee maker quit.",
            "The caller drinks coffee every morning.",
            False,
        ),
        (
            "The caller's husband doesn't drink coffee any more.",
            "The caller drinks coffee every morning.",
            False,
        ),
        (
            "The caller has kicked the coffee habit.",
            "The caller had coffee with Sam on 3 May 2025.",
            False,
        ),
        (
            "The caller and others finally traded in the old car, got a Chevy Bolt.",
            "Sorry, the caller is in the car.",
            False,
        ),
        ("The caller is done with red meat.", "The caller drives a red Mazda 3.", False),
        # someone or something else's state; a one-off; a part kept; a negated cue
        ("Sarah doesn't live in Leeds any more.", "The caller lives in Leeds.", False),
        ("Tom's not working at the bank any more.", "The caller's partner is Tom.", False),
        (
            "The coffee machine isn't working any more.",
            "The caller drinks coffee every morning.",
            False,
        ),
        (  # "the old one" points at the old tea without naming it: no favourite gone
            "The caller's favourite tea isn't the old one any more, it's rooibos.",
            "The caller eats a lot of red meat, steak's their favourite.",
            False,
        ),
        (
            "The caller was at the gym instead of the pub.",
            "The caller goes to the gym on Mondays.",
            False,
        ),
        (
            "The caller is not at Oxfam on Mondays any more, just Wednesdays.",
            "The caller volunteers at Oxfam.",
            False,
        ),
        (
            "The caller hasn't gone off chamomile, they fancied a change.",
            "The caller likes chamomile tea.",
            False,
        ),
        (  # a spaced number is no year
            "The caller doesn't use 0161 496 0000 any more.",
            "The caller's landline is 0161 496 0000.",
            True,
        ),
        (
            "The caller said the side door, by the recycling bins, not the front.",
            "That's the update on that front.",
            False,
        ),
        # a value struck out of the caller's record, or by name; what something replaces
        (
            'The caller asked: "Could you cross out 14 Birch Lane and put 88 Harbor View Road?"',
            "The caller said home is 14 Birch Lane, that's where any post should go.",
            True,
        ),
        (
            'The caller asked: "Could you put Marcus down as my partner instead of Tom?"',
            "The caller's boyfriend Tom is picking them up afterwards.",
            True,
        ),
        (
            'The caller asked: "Can you take Biscuit off my notes?"',
            "The caller has a cat called Biscuit.",
            True,
        ),
        (
            "Tom and the caller broke up, and they have been seeing Marcus since the summer.",
            "Tom, the caller's partner, will be coming with them.",
            True,
        ),
        (
            "The caller's last day at Halden Logistics was Friday.",
            "The caller is employed at Halden Logistics, full time.",
            True,
        ),
        (
            "The caller part-exchanged a blue Honda Civic for a red Mazda 3.",
            "The caller runs a blue Honda Civic, it's getting on a bit.",
            True,
        ),
        (
            "The caller has dropped Bea, they are Jo to everyone now.",
            "Bea's what the caller answers to.",
            True,
        ),
        (  # a title's full stop is no value, nor the end of a clause
            "The caller switched from Dr. Patel to Dr. Okafor.",
            "The caller's dentist is Dr. Mbeki.",
            False,
        ),
        (
            "The caller has moved out of St. Albans.",
            "The caller lives at 4 Church St.",
            False,
        ),
        (  # a name set against the one it replaces
            "The caller said it's Jo. Not Bea.",
            "Everyone calls the caller Bea, so you can too.",
            True,
        ),
        (
            "The caller said it's Tesco, not Aldi, for the shopping.",
            "The caller shops at Aldi.",
            False,
        ),
        (  # someone else saying it is not the caller retracting it
            "Tom said it's Jo. Not Bea.",
            "Everyone calls the caller Bea, so you can too.",
            False,
        ),
        (  # a two-letter name is a name
            "The caller has dropped Jo, it's Max these days.",
            "Everyone calls the caller Jo, you can too.",
            True,
        ),
        (
            "The caller has dropped Jo, it's Max these days.",
            "The caller's brother goes by Al.",
            False,
        ),
        (  # a value named in the clause before the one that says it has gone
            "You'll have 5552180 for the caller, but that's not theirs any more, it's 5559034.",
            "The caller's number's 5552180.",
            True,
        ),
        (  # what became of it is said of what comes before the cue
            "Dr Patel retired at Christmas and the caller has been moved over to Dr Okafor.",
            "The caller's doctor's Dr Patel.",
            True,
        ),
        (
            "Handed the caller's notice in at Halden Logistics and started at the Riverside "
            "Clinic on Monday.",
            "The caller works for Halden Logistics.",
            True,
        ),
        (
            "You can take Biscuit off the caller's notes, they gave her to their sister.",
            "Biscuit's their cat, she's asleep on the keyboard as they speak.",
            True,
        ),
        (
            "Swap the chamomile in the basket for rooibos, that's the caller's favourite now.",
            "The caller would always go for chamomile, it's their favourite tea.",
            True,
        ),
        (  # a request inside a memory is what it asks for
            "Could you take coffee off the caller's usual order? They are done with it.",
            "The caller gets through a whole pot of coffee before lunch.",
            True,
        ),
        (  # "that's over" after a name alone could be any episode: not read
            "The caller said You can stop asking after Tom, that's finished.",
            "Book a table for the caller and their boyfriend, Tom.",
            False,
        ),
        (  # what the caller ate is not the value: red meat is
            "The caller has gone vegetarian, so they don't eat red meat any more.",
            "Sunday roast with red meat, that's the caller's favourite meal.",
            True,
        ),
        ("Did the caller stop coffee?", "The caller drinks coffee.", False),
        # from the review: never a booking, a wish, someone met, an episode, a one-off
        ("The caller said 'really?' and laughed.", "The caller drinks coffee.", False),
        ("The caller quit coffee?!", "The caller drinks coffee.", False),
        (
            'The caller asked: "Could you book Dr Okafor instead of Dr Patel for Tuesday?"',
            "The caller's GP is Dr Patel.",
            False,
        ),
        (
            "The caller is taking the bus instead of the Honda, it is in the garage.",
            "The caller drives a Honda.",
            False,
        ),
        (
            "Put Marcus down instead of Tom for the Christmas lunch.",
            "The caller loves Christmas.",
            False,
        ),
        (
            'The caller asked: "Can you remove Rex from the booking?"',
            "The caller has a dog called Rex.",
            False,
        ),
        (
            'The caller asked: "Can you take Tom off the guest list?"',
            "The caller's partner is Tom.",
            False,
        ),
        (
            "The caller has a row with Tom, but that's over now.",
            "The caller's partner is Tom.",
            False,
        ),
        (
            "The caller would swap the Honda for a Tesla if they won the lottery.",
            "The caller drives a Honda.",
            False,
        ),
        ("The caller swapped shifts with Tom for Friday.", "The caller's partner is Tom.", False),
        # a change of one kind never closes a fact of another (bench.changeeval.slots' crossed)
        (
            "That's not what the caller goes by any more, it's Jo now.",
            "The caller's car is a Honda, the bike rack goes on the back of it.",
            False,
        ),
        (
            "The caller's dental check-up isn't on the 14th of March any more, it's been pushed "
            "to the 2nd of April.",
            "The caller checks j.hart@gmail.com every day, so that's the email to use.",
            False,
        ),
        (
            "Scrapped the old car after the accident, the caller is driving a red Mazda 3 these "
            "days.",
            "The caller's cell is 5552180, that's the best one for when the car's ready.",
            False,
        ),
        (
            "The caller sold the old car after the accident.",
            "The caller's car is a blue Honda Civic.",
            False,  # the kind, not a value: the car slot closes it, not the word "car"
        ),
        # a name is closed only as a name: "Biscuit died" never closes "biscuits"
        (
            "Sadly Biscuit isn't with us any more, the caller lost her in the autumn.",
            "The caller's book club argues about biscuits every week.",
            False,
        ),
        ("Biscuit passed away.", "The caller's book club argues about biscuits.", False),
        ("Biscuit passed away.", "The caller has a cat called Biscuit.", True),
        ("Sadly Pepper died last week.", "The caller puts pepper on everything.", False),
        ("Sadly Pepper died last week.", "The caller has a dog called Pepper.", True),
        ("Coffee is off the menu for the caller now.", "The caller drinks coffee daily.", True),
        # "like" and "love" are no values: "stopped liking" closes no filler "like"
        (
            "These days it's rooibos the caller's favourite, the other one they stopped liking.",
            "The caller drinks coffee every morning like two cups.",
            False,
        ),
        (
            "The caller doesn't like the old way any more, now email them please.",
            "You can call the caller Bea like everybody.",
            False,
        ),
        ("The caller doesn't like coffee any more.", "The caller drinks coffee daily.", True),
        # what the caller used to be, have or do
        (
            "The caller used to be with Tom, but these days they are with Marcus.",
            "The caller's partner Tom is coming with them to the show.",
            True,
        ),
        (
            "The caller's favourite tea used to be chamomile, but these days it's rooibos.",
            "Chamomile is the caller's favourite tea.",
            True,
        ),
        (
            "The caller used to see Dr Patel, they are with Dr Okafor now.",
            "The caller's GP is Dr Patel.",
            True,
        ),
        (
            "The caller used to live on Birch Lane when they were little.",
            "The caller lives at 14 Birch Lane.",
            False,
        ),
        (
            "The caller used to go to Halden Logistics for meetings.",
            "The caller works at Halden Logistics.",
            False,
        ),
        (
            "The caller's sister used to live at 14 Birch Lane.",
            "The caller lives at 14 Birch Lane.",
            False,
        ),
        ("The caller dropped Tom at the station.", "The caller's partner is Tom.", False),
        (
            "The caller's last day at Halden Logistics before the holiday is Friday.",
            "The caller works at Halden Logistics.",
            False,
        ),
        (
            "Tom retired in March and the caller is thrilled.",
            "The caller's partner is Tom.",
            False,
        ),
        ("Sarah and the caller split up the driving.", "The caller's friend is Sarah.", False),
        ("Sarah's job at Tesco, that's finished.", "The caller shops at Tesco.", False),
        (
            "The caller resigned from Halden Logistics and started at the Riverside Clinic.",
            "The caller works for Halden Logistics.",
            True,
        ),
        (
            "Nobody calls the caller Bea now.",
            "Everyone calls the caller Bea, you can too.",
            True,
        ),
        (
            "The caller has outgrown Bea, it's Jo these days.",
            "The caller goes by Bea.",
            True,
        ),
        (
            "The caller's husband said that's not his any more.",
            "The caller's number's 5552180.",
            False,
        ),
        (  # a booking changed, not what holds for the caller; only for once
            'The caller asked: "Can you remove the dog from the booking?"',
            "The caller has a dog called Rex.",
            False,
        ),
        (
            'The caller asked: "Can you take the starter off the order?"',
            "The caller loves the starter.",
            False,
        ),
        (
            "The caller would like tea instead of coffee today.",
            "The caller drinks coffee every morning.",
            False,
        ),
        (
            "The caller walks instead of driving.",
            "The caller drives a blue Honda Civic.",
            False,
        ),
        (
            "The caller drinks peppermint instead of chamomile now.",
            "The caller loves chamomile.",
            True,
        ),
        (
            "The caller dropped the kids off at school.",
            "The caller's kids go to Oakfield school.",
            False,
        ),
        (
            "The caller's husband had his last day at Halden Logistics.",
            "The caller works at Halden Logistics.",
            False,
        ),
        (  # the machine is not the drink
            "The caller has no coffee any more, they have given it up.",
            "The caller is at Halden Logistics, and the coffee machine's been broken for years.",
            False,
        ),
        (
            "The caller has no coffee any more, they have given it up.",
            "The caller has a coffee machine and drinks coffee all day.",
            True,
        ),
        (  # who was courted has gone, not every memory with "courting" in it
            "Tom and the caller stopped courting, dear, he moved up to his daughter's.",
            "The caller has their coffee first thing. They have done that since they were "
            "courting.",
            False,
        ),
        (
            "Tom and the caller stopped courting, dear, he moved up to his daughter's.",
            "The caller's gentleman friend Tom is lovely.",
            True,
        ),
        (  # going out less is no parting
            "The caller and Tom stopped going out so much since the baby.",
            "The caller's partner is Tom.",
            False,
        ),
        (  # "the red meat" is the meat, not a colour: a red car stays
            "The caller has stopped the red meat, honey, they are vegetarian now.",
            "The old motor failed its test, so the caller has a new car now, it's a red Mazda 3.",
            False,
        ),
        (
            "The caller has stopped the red meat, honey, they are vegetarian now.",
            "The caller likes red meat, a nice bit of lamb or beef.",
            True,
        ),
        (  # living somewhere else is no value: the cat that lives with them stays
            "Brilliant, you've STILL got the old house on file, the caller doesn't live there "
            "any more, it's 88 Harbor View Road now.",
            "The caller has a cat and she's called Biscuit, she lives with them.",
            False,
        ),
        (
            "The caller doesn't live with Tom any more.",
            "The caller lives with Tom.",
            True,
        ),
        (
            "The caller doesn't live with their parents any more.",
            "The caller lives with their parents.",
            True,
        ),
        (  # the old dose is "the other strength", named elsewhere
            "Please don't give the caller the other strength any more.",
            "Got a pen, mate? The caller will give you their phone number. It's 5552180.",
            False,
        ),
        (
            "Please don't send the caller letters any more.",
            "Send the caller letters about the account.",
            True,
        ),
        (  # from the review: giving the tablets up is no cat given up
            "The caller stopped giving the cat the tablets.",
            "The caller's cat is called Bella.",
            False,
        ),
        (  # said as not had already: the favourite tea beside it stays (because's)
            "The caller has given up coffee completely, haven't had a cup in a month.",
            "Please put chamomile for the caller, it is their favourite tea, because they don't "
            "take coffee at all.",
            False,
        ),
        (
            "The caller has given up coffee completely.",
            "The caller has a coffee, not tea, every morning.",
            True,
        ),
        (  # (a second review's) a negation of something else beside the value withdraws it
            "The caller has given up coffee completely.",
            "The caller never goes a day without coffee.",
            True,
        ),
        (
            "The caller has given up coffee completely.",
            "The caller doesn't take sugar in their coffee.",
            True,
        ),
    ],
)
def test_a_value_said_to_be_gone_closes_what_stated_it(
    new: str, earlier: str, closed: bool
) -> None:
    retraction = retracted(new)
    assert (retraction is not None and retracts(retraction, earlier)) is closed


@pytest.mark.parametrize(
    ("language", "new", "earlier", "closed"),
    [
        (
            "es",
            "Ya no soy enfermera, ¿eh? Desde este mes estoy de recepcionista.",
            "Pues yo soy enfermera, así que imagínate los horarios.",
            True,
        ),
        (
            "es",
            "Nos hemos mudado, ¿sabes? Ya no estamos en Vallecas, ahora vivimos en Alcalá.",
            "Nosotros vivimos en Vallecas, junto al bulevar, eh, en un segundo.",
            True,
        ),
        (  # the cue alone: the value is in the clause before
            "es",
            "Oye, lo de llamarme por la tarde, ya no, eh; ahora mejor por la mañana.",
            "Sí, prefiero que me llamen por la tarde.",
            True,
        ),
        ("es", "Ya no soy enfermera.", "Mi cuñada es enfermera, y está hasta arriba.", False),
        (
            "de",
            "Also, Neuigkeit: Ich bin nicht mehr Krankenpfleger, ich arbeite jetzt als Erzieher.",
            "Ich bin Krankenpfleger, deshalb die Schichten.",
            True,
        ),
        (
            "de",
            "Ich bin nicht mehr Krankenpfleger.",
            "Mein Schwager ist Krankenpfleger, sagt er.",
            False,
        ),
        (
            "fr",
            "Je ne suis plus infirmière, je travaille maintenant comme professeure.",
            "Je suis infirmière, donc les horaires sont compliqués.",
            True,
        ),
        ("fr", "J'ai plus de temps le soir.", "Je suis infirmière le soir.", False),
        (
            "es",
            "Ya no me acuerdo del nombre del doctor Ruiz.",
            "Mi médico es el doctor Ruiz.",
            False,
        ),
        (  # from one value to another
            "de",
            "Ich hab ja gewechselt, ähm, von Busfahrer zu Verkäufer, seit diesem Monat.",
            "Ich bin ja Busfahrer, da können Sie sich die Arbeitszeiten vorstellen.",
            True,
        ),
        (
            "es",
            "Al final cambié de trabajo: de enfermera a recepcionista, y estoy contenta.",
            "Pues yo soy enfermera, así que imagínate.",
            True,
        ),
        (
            "fr",
            "On a déménagé, vous savez ? Plus à Belleville, maintenant on habite à Montmartre.",
            "On habite à Belleville, au troisième.",
            True,
        ),
        (  # a part of the day closes only beside the same subject
            "fr",
            "Petit changement pour les appels : plus le matin, mais le soir.",
            "Pour les appels, ce qui m'arrange le mieux, c'est le matin.",
            True,
        ),
        (
            "fr",
            "Petit changement pour les appels : plus le matin, mais le soir.",
            "Je cours le matin.",
            False,
        ),
        (  # "das geht nicht mehr" says a plan no longer works; "geht" is no value
            "de",
            "Übrigens, das mit dem Anrufen am Vormittag, das geht nicht mehr.",
            "So ein kleiner Schnupfen, das geht schon wieder.",
            False,
        ),
    ],
)
def test_a_value_said_to_be_gone_is_read_in_spanish_german_and_french(
    language: str, new: str, earlier: str, closed: bool
) -> None:
    retraction = retracted(new, language)
    assert (retraction is not None and retracts(retraction, earlier)) is closed


def test_a_retraction_closes_the_old_value_in_the_store_and_nothing_else(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_first",
        dt.date(2026, 1, 5),
        [
            ("Work?", "I'm on the payroll at Halden Logistics."),
            ("Tea?", "When it comes to tea, I'm chamomile all the way."),
            ("Mornings?", "I get through a whole pot of coffee before lunch."),
            ("Weekend?", "Halden Logistics had a barbecue on the 3rd of January."),
            ("Neighbours?", "My neighbour drinks coffee all day."),
        ],
    )
    _call(
        client,
        "conv_second",
        dt.date(2026, 3, 2),
        [
            ("Work?", "I'm not at Halden Logistics any more, Copperleaf took me on."),
            ("Tea?", "I've gone right off chamomile, it's rooibos I reach for now."),
            ("Mornings?", "I've kicked the coffee habit, it's herbal stuff for me now."),
        ],
    )
    with db.connection_context():
        memories = list(Memory.select())
    states = {m.content: m.state for m in memories}
    assert {c for c, state in states.items() if state == "superseded"} == {
        "The caller is on the payroll at Halden Logistics.",
        "When it comes to tea, the caller is chamomile all the way.",
        "The caller gets through a whole pot of coffee before lunch.",
    }  # not the dated barbecue, nor the neighbour's coffee
    job = next(m for m in memories if m.content.startswith("The caller is not at Halden"))
    old = next(m for m in memories if "payroll" in m.content)
    assert (old.superseded_by_id, old.valid_to) == (job.id, job.valid_from)

    answer = _ask(client, auth, "Where do I work?")
    assert not [m for m in answer if "payroll" in m["content"] and "superseded" not in m]


def _ask(client: FlaskClient, auth: dict[str, str], question: str) -> list[dict]:
    body = {"caller_id": ROSA, "query": question, "limit": 5}
    answer = client.post(QUERY, json=body, headers=auth)
    assert answer.status_code == 200
    return answer.get_json()["memories"]


def test_a_new_address_closes_the_old_one_which_is_found_only_as_the_past(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(client, "conv_old", dt.date(2026, 1, 5), [("Address?", "I live at 12 Oak Street.")])
    _call(
        client,
        "conv_new",
        dt.date(2026, 3, 2),
        [("What's new?", "We moved last month, we live at 88 Elm Street now.")],
    )
    with db.connection_context():
        memories = list(Memory.select())  # content is encrypted: compared here, not in SQL
        old = next(m for m in memories if "Oak" in m.content)
        new = next(m for m in memories if "Elm" in m.content)
    assert (old.state, old.superseded_by_id) == ("superseded", new.id)
    assert old.valid_to == new.valid_from == dt.datetime(2026, 3, 2, 15, 0)
    assert new.valid_to is None

    current = _ask(client, auth, "Where do I live?")
    assert "88 Elm Street" in current[0]["content"]
    assert not [m for m in current if "Oak" in m["content"]]  # never presented as current

    past = _ask(client, auth, "What was my old address?")
    oak = next(m for m in past if "Oak" in m["content"])
    assert oak["content"].startswith("Until 2 March 2026: ")
    assert (oak["superseded"], oak["valid_to"]) == (True, "2026-03-02")
    assert all("superseded" not in m for m in past if "Oak" not in m["content"])


def test_a_new_number_email_and_name_each_replace_only_their_own_slot(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_first",
        dt.date(2026, 1, 5),
        [
            ("Number?", "My number is five five five oh one nine nine."),
            ("Email?", "My email is rosa at mail dot com."),
            ("Name?", "Please call me Rosa."),
        ],
    )
    _call(client, "conv_second", dt.date(2026, 2, 9), [("Anything?", "My new number is 5550123.")])
    states = _states()
    assert states["The caller's number is 5550199."] == "superseded"
    assert states["The caller's new number is 5550123."] == "active"
    assert states["The caller's email is rosa@mail.com."] == "active"
    assert states["Please call the caller Rosa."] == "active"


def test_a_reversed_habit_and_a_lost_pet_leave_recall_and_the_summary_replaces_nothing(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_habits",
        dt.date(2026, 1, 5),
        [
            ("Breakfast?", "I drink two cups of coffee every morning."),
            ("Home?", "We have a cat called Biscuit."),
            ("Health?", "I take 10 milligrams of lisinopril every morning."),
        ],
    )
    _call(
        client,
        "conv_changes",
        dt.date(2026, 3, 2),
        [
            ("Breakfast?", "I don't drink coffee any more, doctor's orders."),
            ("Home?", "Sadly we lost Biscuit last month."),
            ("Health?", "They switched me to 40 milligrams of lisinopril last week."),
        ],
    )
    states = _states()
    assert states["The caller drinks two cups of coffee every morning."] == "superseded"
    assert states["The caller and others have a cat called Biscuit."] == "superseded"
    assert states["The caller takes 10 milligrams of lisinopril every morning."] == "superseded"
    dose = next(c for c in states if "40 milligrams" in c and c.startswith("They switched"))
    assert states[dose] == "active"  # the call's summary (analysis) closed nothing

    answer = _ask(client, auth, "Do I drink coffee?")
    assert "any more" in answer[0]["content"]
    assert not [m for m in answer if "two cups" in m["content"]]
    cat = _ask(client, auth, "Do I have a cat?")
    assert "lost Biscuit" in cat[0]["content"]


def test_a_value_told_over_two_sentences_closes_the_old_one_and_is_closed_in_turn(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client, "conv_1", dt.date(2026, 1, 5), [("Hobbies?", "I do pottery on Tuesday evenings.")]
    )
    _call(
        client,
        "conv_2",
        dt.date(2026, 2, 9),
        [
            (
                "Doing anything fun lately?",
                "Pottery's not on the day it used to be, before you ask. "
                "They've put it on Monday nights now.",
            )
        ],
    )
    with db.connection_context():
        memories = {m.content: m for m in Memory.select()}
    tuesday = next(m for text, m in memories.items() if "Tuesday" in text)
    monday = next(m for text, m in memories.items() if "Monday" in text)
    said_first = next(m for text, m in memories.items() if "used to be" in text)
    assert "ottery" not in monday.content  # a sentence of its own, naming no class
    assert (tuesday.state, tuesday.superseded_by_id) == ("superseded", monday.id)
    assert said_first.state == "active"  # alone it fills no slot: it closes nothing

    current = _ask(client, auth, "When is my pottery class?")
    assert "Monday" in current[0]["content"]
    assert not [m for m in current if "Tuesday" in m["content"]]

    # the index reads the Monday row as the store did: a third call's day closes it
    _call(client, "conv_3", dt.date(2026, 3, 9), [("News?", "Pottery moved to Fridays now.")])
    with db.connection_context():
        assert Memory.get_by_id(monday.id).state == "superseded"


@pytest.mark.parametrize(
    ("before", "memory", "slots"),
    [
        ("Pottery's not on the day it used to be.", "They've put it on Monday nights now.",
         ("weekly:pottery",)),
        ("The caller got rid of what they used to drive.", "The caller is in a grey Toyota "
         "RAV4 now, bit bigger for the kids.", ("car",)),
        # what the sentence before fills alone is its own, never the next one's
        ("The caller's partner is Sam.", "He's lovely.", ()),
        ("The caller drives a Honda Civic.", "The kids love the beach.", ()),
        # the value said again as the line broke up is the same slot's
        ("The caller's car is a grey Toyota RAV4, ah.",
         "The caller said Sorry, the bus is stopping. A grey Toyota RAV4.", ("car",)),
        ("The caller's car is a grey Toyota RAV4, ah.",
         "The caller said Sorry, the bus is stopping.", ()),
        ("The caller's dentist appointment is on the 14th of March.",
         "That's the 14th of March, the caller has written it on the calendar.",
         ("appointment:dentist",)),
        # a name said again is no value of the slot before
        ("The caller lives at 5 Oak Road with Sam.", "The caller said Sam is lovely.", ()),
        # a number said again alone, after the noise
        ("The caller's number, please write it: 5551467.",
         "The caller says again, the bus is so loud, 5551467.", ("phone",)),
        # a tea said again alone, after the noise
        ("The caller's favourite tea is rooibos.",
         "The caller said Sorry, the steamer's hissing, rooibos.", ("favourite:tea",)),
        # what the caller's question before names, pointed back at
        ('The caller asked: "Why am I still getting coffee in my breakfast box?"',
         "The caller quit it in January, doctor's orders.", ("habit:coffee/no",)),
        ('The caller asked: "Why is Mochi still on my policy?"',
         "The caller had to rehome her in the spring, they don't have a cat any more.",
         ("pet:mochi",)),
        ('The caller asked: "Why am I still getting coffee in my breakfast box?"',
         "The caller gave it up in January.", ("habit:coffee/no",)),
    ],
)  # fmt: skip
def test_a_memory_is_read_with_the_sentence_before_it_for_what_the_two_fill_together(
    before: str, memory: str, slots: tuple[str, ...]
) -> None:
    assert slots_of(memory) == ()
    assert slots_with(memory, before, slots_of(before)) == slots


def _states() -> dict[str, str]:
    """Every stored memory's state, by its text."""
    with db.connection_context():
        return {m.content: m.state for m in Memory.select()}


def test_the_old_value_denied_after_the_new_one_in_a_turn_leaves_the_new_one_current(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(client, "conv_1", dt.date(2026, 1, 5), [("Address?", "I live at 42 Cedar Avenue.")])
    _call(
        client,
        "conv_2",
        dt.date(2026, 3, 2),
        [
            (
                "Can I confirm your home address?",
                "From the start of the month we're at 9 Aspen Close. "
                "Not 42 Cedar Avenue any more, that's finished.",
            )
        ],
    )
    states = _states()
    assert [state for text, state in states.items() if "Aspen" in text] == ["active"]
    assert [state for text, state in states.items() if "lives at 42" in text] == ["superseded"]
    current = _ask(client, auth, "Where do I live?")
    assert "9 Aspen Close" in current[0]["content"]


def test_what_closes_a_statement_closes_the_fragment_that_continues_it(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [
            (
                "How's your health?",
                "I'm on 40 milligrams of lisinopril. Every morning, for the pressure.",
            )
        ],
    )
    _call(
        client,
        "conv_2",
        dt.date(2026, 3, 2),
        [("Anything new?", "The doctor has put me on 20 milligrams of lisinopril now.")],
    )
    states = _states()
    assert states["The caller said every morning, for the pressure."] == "superseded"
    assert [s for text, s in states.items() if "40 milligrams" in text] == ["superseded"]
    assert [s for text, s in states.items() if "20 milligrams" in text] == ["active"]


def _ask_ten(client: FlaskClient, auth: dict[str, str], question: str) -> dict[str, dict]:
    """memory-query's ten for `question`, by their content as stored (without "Until …: ")."""
    body = {"caller_id": ROSA, "query": question, "limit": 10}
    answer = client.post(QUERY, json=body, headers=auth)
    assert answer.status_code == 200
    return {m["content"].split(": ", 1)[-1]: m for m in answer.get_json()["memories"]}


def test_what_was_said_beside_a_replaced_value_is_marked_as_of_its_time(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    """An aside split from the turn that told a value since replaced is of that time when the
    question asks for the value: marked as the past, by the memory now holding it; never an
    aside with a value of the kind's own, nor one of the turn that tells the value of now,
    nor for a question of another kind."""
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [
            (
                "Where shall we send the letters?",
                "You can send it all to office@northwind.co, I check it every morning with my "
                "toast. My husband doesn't do email at all, he thinks it's a fad.",
            ),
            (
                "And your husband?",
                "My email's office@northwind.co for everything. My husband's is "
                "m.rivers@proton.me, he never reads it.",
            ),
            (
                "Anything about food?",
                "I love red meat, the rarer the better. My neighbour does a barbecue in the "
                "summer and I'm always first at the grill.",
            ),
        ],
    )
    _call(
        client,
        "conv_2",
        dt.date(2026, 3, 2),
        [
            (
                "Anything changed?",
                "My grandson made me a fresh one, it's kiteflyer@yahoo.com now. My husband still "
                "won't touch email, mind.",
            )
        ],
    )
    states = _states()
    assert [s for text, s in states.items() if "office@northwind.co" in text] == [
        "superseded",
        "superseded",
    ]
    found = _ask_ten(client, auth, "What's my email on your file?")
    (now,) = (m for text, m in found.items() if "kiteflyer@yahoo.com" in text)
    aside = found["The caller's husband doesn't do email at all, he thinks it's a fad."]
    assert aside["content"].startswith("Until 2 March 2026: ")
    assert aside["replaced_by"] == now["id"]
    assert not now.get("superseded")
    # of the turn of now: current
    assert not found["The caller's husband still won't touch email, mind."].get("superseded")
    # a value of the kind of its own (someone else's): never marked
    husbands = "The caller's husband's is m.rivers@proton.me, he never reads it."
    assert states[husbands] == "active"
    assert husbands not in found or not found[husbands].get("superseded")
    # asked about the husband: his is no value of the caller's, nothing is of its time
    husband = _ask_ten(client, auth, "Does my husband use email?")
    assert "The caller's husband doesn't do email at all, he thinks it's a fad." in husband
    assert not any(m.get("superseded") for m in husband.values())
    # red meat was not replaced: what was said beside it stands
    grill = (
        "The caller's neighbour does a barbecue in the summer and the caller is always first at "
        "the grill."
    )
    meat = _ask_ten(client, auth, "Do I eat red meat?")
    assert grill in meat and not meat[grill].get("superseded")


def test_what_was_said_beside_a_pet_since_lost_is_marked_as_of_its_time(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [
            (
                "What can I help with?",
                "Here's what I've got. One, we have a cat, Bramble, she's the boss of the house. "
                "Two, the website keeps logging me out.",
            )
        ],
    )
    _call(
        client,
        "conv_2",
        dt.date(2026, 3, 2),
        [("How is everyone?", "We lost Bramble in the spring, she was seventeen, so no cat now.")],
    )
    found = _ask_ten(client, auth, "Do I have a cat?")
    (loss,) = (m for text, m in found.items() if text.startswith("The caller and others lost"))
    website = found["Two, the website keeps logging the caller out."]
    assert website["content"].startswith("Until 2 March 2026: ")
    assert website["replaced_by"] == loss["id"]
    assert not loss.get("superseded")


def test_a_standing_fact_or_a_value_said_again_leaves_what_was_said_beside_it_current(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    """(a review's) An allergy said beside the GP they had then is no less true after a new
    GP; a GP said again ("still Dr Patel") changes nothing said beside it."""
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [
            (
                "Who's your doctor?",
                "My GP is Dr Patel at the Elm surgery. I'm allergic to penicillin, it's on my "
                "notes there.",
            ),
            (
                "And your car?",
                "I drive a blue Golf. My neighbour washes it on Sundays for a fiver.",
            ),
        ],
    )
    _call(
        client,
        "conv_2",
        dt.date(2026, 3, 2),
        [
            ("Anything new?", "I switched practices, my GP is Dr Okafor now."),
            ("The car?", "Yes, I drive a blue Golf still."),
        ],
    )
    doctor = _ask_ten(client, auth, "Who is my doctor?")
    allergy = [m for text, m in doctor.items() if "penicillin" in text]
    assert allergy and not any(m.get("superseded") for m in allergy)
    car = _ask_ten(client, auth, "What car do I drive?")
    washed = [m for text, m in car.items() if "washes it" in text]
    assert washed and not any(m.get("superseded") for m in washed)


def test_what_closes_a_statement_closes_the_question_it_was_read_with(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [
            (
                "Anything for the breakfast order?",
                "Is the coffee on my breakfast order? Keep it on, I have it every single morning.",
            ),
        ],
    )
    _call(
        client,
        "conv_2",
        dt.date(2026, 1, 20),
        [
            (
                "Anything else?",
                "Is the parcel coming today? I drink tea every afternoon, by the way.",
            )
        ],
    )
    _call(
        client,
        "conv_3",
        dt.date(2026, 3, 2),
        [
            ("Anything new?", "I've given up coffee, doctor's orders."),
            ("And tea?", "I've given up tea too."),
        ],
    )
    states = _states()
    assert states['The caller asked: "Is the coffee on my breakfast order?"'] == "superseded"
    assert [s for text, s in states.items() if "every single morning" in text] == ["superseded"]
    # a question before a statement that fills its slot alone stays
    assert [s for text, s in states.items() if "every afternoon" in text] == ["superseded"]
    assert [s for text, s in states.items() if "parcel coming" in text] == ["active"]


def test_a_request_before_a_statement_withdrawn_stays(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [
            (
                "Anything else?",
                "Could you send my invoices to my office from now on? I go to the Riverside "
                "gym most days.",
            )
        ],
    )
    _call(
        client,
        "conv_2",
        dt.date(2026, 3, 2),
        [("Anything new?", "I don't go to the Riverside gym any more.")],
    )
    states = _states()
    assert [s for text, s in states.items() if "invoices" in text] == ["active"]


def test_where_the_old_value_was_written_down_is_closed_with_it(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [
            (
                "Best number?",
                "The number here is five five five, eight zero four six. My grandson wrote it on "
                "the pad by the telephone for me.",
            )
        ],
    )
    _call(client, "conv_2", dt.date(2026, 3, 2), [("News?", "My new number is 5553391.")])
    states = _states()
    assert [s for text, s in states.items() if "wrote it on the pad" in text] == ["superseded"]
    assert [s for text, s in states.items() if "5558046" in text] == ["superseded"]
    assert [s for text, s in states.items() if "5553391" in text] == ["active"]


@pytest.mark.parametrize(
    ("told", "aside", "change"),
    [
        (
            "If you must know, I can't function without coffee. Two cups before I speak to "
            "anyone.",
            "Two cups before the caller speaks to anyone.",
            "I don't drink coffee any more.",
        ),
        (
            "If you must know, I'm on 10 mg of lisinopril. Don't go telling my sister, she'd "
            "have it round the whole family.",
            "Don't go telling the caller's sister, she'd have it round the whole family.",
            "The doctor has put me on 20 milligrams of lisinopril now.",
        ),
    ],
)
def test_an_aside_about_the_old_value_is_closed_with_it(
    client: FlaskClient, auth: dict[str, str], told: str, aside: str, change: str
) -> None:
    _call(client, "conv_1", dt.date(2026, 1, 5), [("Anything else?", told)])
    _call(client, "conv_2", dt.date(2026, 3, 2), [("News?", change)])
    assert _states()[aside] == "superseded"


def test_an_aside_of_its_own_stays_when_the_value_beside_it_changes(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [("Drinks?", "I drink coffee every morning. My husband drinks tea all day long.")],
    )
    _call(client, "conv_2", dt.date(2026, 3, 2), [("News?", "I don't drink coffee any more.")])
    assert _states()["The caller's husband drinks tea all day long."] == "active"


def test_a_fragment_that_goes_on_about_the_callers_own_thing_is_closed_with_it(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [("Hobbies?", "I have pottery class Thursday evenings. Is my only hobby, ha.")],
    )
    _call(client, "conv_2", dt.date(2026, 3, 2), [("News?", "Pottery moved to Tuesdays now.")])
    states = _states()
    assert states["Is the caller's only hobby, ha."] == "superseded"
    assert [s for text, s in states.items() if "Thursday" in text] == ["superseded"]


def test_what_continues_a_statement_of_a_lost_pet_is_closed_with_it(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [("How's home?", "We've a cat called Biscuit. She's a cat with opinions, I tell you.")],
    )
    _call(client, "conv_2", dt.date(2026, 3, 2), [("News?", "We lost Biscuit last month.")])
    states = _states()
    # closed with the statement it continues: never presented as current
    assert states["She's a cat with opinions, the caller tells you."] == "superseded"
    found = [
        m for m in _ask(client, auth, "How's my cat getting on?") if "opinions" in m["content"]
    ]
    assert all(m["content"].startswith("Until 2 March 2026: ") for m in found)


def test_a_booking_moved_by_no_kind_closes_the_one_booking_on_file(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [("Anything coming up?", "My dentist appointment is on the fourteenth of March.")],
    )
    _call(
        client,
        "conv_2",
        dt.date(2026, 2, 2),
        [("Anything on the calendar?", "My son's appointment stays as it was, but mine has "
          "moved to the second of April.")],
    )  # fmt: skip
    states = _states()
    assert [s for text, s in states.items() if "14th of March" in text] == ["superseded"]
    assert [s for text, s in states.items() if "2nd of April" in text] == ["active"]


def test_a_booking_moved_by_no_kind_closes_nothing_when_two_kinds_are_on_file(
    client: FlaskClient, auth: dict[str, str]
) -> None:
    _call(
        client,
        "conv_1",
        dt.date(2026, 1, 5),
        [("Anything coming up?", "My dentist appointment is on the fourteenth of March. "
          "My physio appointment is on the twentieth of March.")],
    )  # fmt: skip
    _call(
        client,
        "conv_2",
        dt.date(2026, 2, 2),
        [("Anything on the calendar?", "My appointment has moved to the second of April.")],
    )
    states = _states()
    assert [s for text, s in states.items() if "of March" in text] == ["active", "active"]


def test_a_doctor_who_retired_unnamed_takes_back_nothing() -> None:
    # "doctor" is no value: the caller's coffee beside a doctor's tut stays theirs
    unnamed = (
        "The surgery sent a text, the caller's doctor has retired and their GP is Dr Okafor now."
    )
    assert retracted(unnamed) is None
    named = retracted("Dr Patel retired at Christmas, so the caller is with Dr Okafor now.")
    assert named is not None
    assert retracts(named, "The caller's GP is Dr Patel.")


@pytest.mark.parametrize(
    ("memory", "moves"),
    [
        ("The caller's son's appointment stays as it was, but the caller's has moved to the "
         "2nd of April.", True),
        ("They rescheduled the pair of them: their wife's is the 25th of October now and the "
         "caller's is the 9th of June.", True),
        ("The caller's appointment with the solicitor has moved to the 3rd of June.", False),
        ("The caller has an appointment on the 3rd of June.", False),  # said, not moved
    ],
)  # fmt: skip
def test_only_the_callers_own_booking_moved_by_no_kind_moves_the_one_on_file(
    memory: str, moves: bool
) -> None:
    assert moves_a_booking(slots_of(memory), memory) is moves


@pytest.mark.parametrize(
    ("earlier", "closed"),
    [
        ("Please call the caller Lou these days, it suits their new mysterious persona.", False),
        ("Call the caller Bea.", False),
        ("The caller prefers that you call them.", True),
        ("Best to call the caller on Tuesday mornings.", True),
        ("Call the caller Fridays after six.", True),
        ("Call the caller Easter Monday about the booking.", True),
    ],
)
def test_calls_given_up_end_no_name_they_are_called(earlier: str, closed: bool) -> None:
    retraction = retracted("Don't call the caller any more, please text them from now on.")
    assert (retraction is not None and retracts(retraction, earlier)) is closed
