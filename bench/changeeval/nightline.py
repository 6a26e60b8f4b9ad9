"""A twentieth held-out phrasing of the same facts (`generate --phrasing nightline`, written to
`bench/changeeval/nightline/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, `phrasings.py` and the shape of `onhold.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first. The callers phone a voice assistant late in the evening: a 24-hour locksmith, a
hotel's night reception, a taxi dispatcher, an out-of-hours GP line, a student accommodation
office and a car-breakdown service. They are tired, brief or distracted; they give the value and
then a reason or an aside; they contrast ("not X any more, Y"), mention a change as a matter of
fact in the middle of a complaint or a request, describe the new value by what it replaced
("swapped ... for ...", "switched from ... to ..."), are formal and precise ("for your records,
..."), or young and casual ("nah", "tbf", "mate"), and some speak Scottish, Ghanaian,
Australian, Irish, Indian or Caribbean English. Every change is about the caller, is in effect
now and leaves no doubt that the old value no longer holds; every tell states the caller's own
current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_NIGHTLINE: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I'm locked out of my own house, it's {v}, I live there, I can show ID.",
            "For your records, my home address is {v}.",
            "Aye, I stay at {v}, been there a good few years now.",
            "Take me home after, please, that's {v}, it's where I live.",
            "It's {v}, mate. That's my place, sorry, I'm half asleep.",
            "Kindly note my residence is {v} only.",
        ],
        "change": [
            "Not {old} any more, I'm at {v} now, moved in on Saturday.",
            "We're after moving, so it's {v} now, the old house is sold.",
            "The cab went to my old flat again, I don't live there, I'm at {v} these days.",
            "For your records, my address has changed; I now reside at {v}.",
            "We done move out the old place, man, we living at {v} now.",
            "Reckon you've got the old address, we moved to {v} last month, that's home now.",
        ],
        "ask_now": [
            "What address have you got for me at the minute?",
            "Where am I living, according to your file?",
            "Which address is home for me?",
        ],
        "ask_then": [
            "Where was I living before the move?",
            "What address did you have for me before I moved house?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile's {v}, ring that if the driver can't find me.",
            "For your records, my contact number is {v}.",
            "It's {v}. Sorry, long day.",
            "You can get me on {v}, that's my own phone, it's always on me.",
            "Please, my number is {v}, call me there.",
        ],
        "change": [
            "Not the old number any more, it's {v} now, I switched networks.",
            "My phone got nicked last week so I've a new number, {v}, the old one's blocked.",
            "The taxi keeps ringing a phone I don't even have, my number's {v} now.",
            "For your records, my telephone number has changed to {v}; the previous one is"
            " disconnected.",
            "Nah, that number's dead, mate, new one's {v}.",
            "Switched from {old} to {v}, the first one's cancelled.",
        ],
        "ask_now": [
            "What number have you got for me now?",
            "Which phone number is mine on the file?",
            "If the driver needs to ring me, what number does he use?",
        ],
        "ask_then": [
            "What was the number I had before this one?",
            "Which phone number did I use to have?",
        ],
    },
    "email": {
        "tell": [
            "Booking confirmation to {v}, please, that's mine.",
            "For your records, my email address is {v}.",
            "Email, yeah, {v}, cheers.",
            "The one I actually check is {v}, that's my email.",
            "Aye, it's {v}, I'm on that one every day.",
        ],
        "change": [
            "I'm not on the old email any more, it's {v} now, the uni closed my account.",
            "Moved everything over to {v}, the old address is gone, so use that one.",
            "Your receipts keep going to my old inbox, I switched to {v} ages ago.",
            "For your records, please note my email address is now {v}.",
            "Nah, I ditched the old one tbf, it's {v} these days.",
            "Changed from {old} to {v}, the first one's shut down completely.",
        ],
        "ask_now": [
            "What email have you got for me?",
            "Which email address of mine should the receipt go to?",
            "Where do I get emails from you, which address?",
        ],
        "ask_then": [
            "What email did I use before?",
            "Which email address did I have before I changed it?",
        ],
    },
    "dose": {
        "tell": [
            "I'm on {v}, once a day, for the blood pressure, nothing else.",
            "For your records, I currently take {v} daily.",
            "Aye, it's {v} I take, every morning with my porridge.",
            "Just {v}, that's my only tablet, doctor.",
            "Kindly note, doctor, I am taking {v} daily.",
        ],
        "change": [
            "The doctor changed it at my review, I'm on {v} now, not the old dose.",
            "It's no longer {old}, I take {v} now.",
            "I've been feeling a bit dizzy since they changed me to {v}, is that normal?",
            "For your records, my lisinopril has been changed to {v} daily.",
            "Switched from {old} to {v} at my last appointment, so that's what I take now.",
            "Doc sorted my tablets, mate, I'm taking {v} these days.",
        ],
        "ask_now": [
            "What dose of lisinopril am I on now?",
            "How many milligrams of my blood pressure tablet do I take?",
            "What's my current lisinopril dose?",
        ],
        "ask_then": [
            "What dose was I on before it changed?",
            "How much lisinopril did I take before?",
        ],
    },
    "class": {
        "tell": [
            "I've got pottery {v}, so don't book me anything then.",
            "For your records, my pottery class takes place on {v}.",
            "Pottery's {v}, mate, can't miss it, I'm making a bowl.",
            "I do the pottery class {v}, every single week.",
            "Me, I go to pottery {v}, the taxi usually takes me.",
        ],
        "change": [
            "Pottery's not on the old day any more, it's {v} now.",
            "They moved my pottery class to {v}, so I'll need the taxi then instead.",
            "I'm annoyed, they shifted pottery to {v} and I'd already booked things then.",
            "For your records, my pottery class has been permanently rescheduled to {v}.",
            "Switched from {old} to {v} for pottery, the teacher changed.",
            "Nah, pottery's {v} now, tbf it suits me better.",
        ],
        "ask_now": [
            "When's my pottery class now?",
            "What day do I do pottery?",
            "Which day am I busy with pottery?",
        ],
        "ask_then": [
            "When was pottery before they moved it?",
            "What day did my pottery class used to be on?",
        ],
    },
    "coffee": {
        "tell": [
            "I need my {v}, black, no sugar, I have it every day, can't function without it.",
            "For your records, I drink {v} daily, several cups.",
            "I'm a {v} drinker, mate, three cups before lunch.",
            "Can the room have {v} in the morning? I drink it every day.",
            "Aye, I take {v}, a big mug first thing.",
        ],
        "change": [
            "I don't touch {v} these days, the doctor told me to stop.",
            "No {v} in the room please, I've quit it altogether.",
            "Nah, I'm off {v} now, gave it up for good.",
            "For your records, I no longer drink {v}.",
            "Been sleeping better since I stopped drinking {v}, haven't had a cup in weeks.",
        ],
        "ask_now": [
            "Do I still drink coffee?",
            "Should the breakfast tray have coffee on it for me?",
            "Am I a coffee drinker?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v}, loads of it, steak's my thing.",
            "For your records, I eat {v} regularly, no restrictions.",
            "Mate, I'm a meat guy, {v} most nights basically.",
            "Aye, I eat {v}, a good steak pie is the best thing going.",
            "Please, I eat {v}, goat and beef, I enjoy it plenty.",
        ],
        "change": [
            "No {v} for me, I've been vegetarian since the new year.",
            "I'm veggie now, so nothing with {v} on the room service order.",
            "For your records, I no longer eat {v}; I follow a vegetarian diet.",
            "I gave up {v} a while back, I'm fully vegetarian now.",
            "Not a meat eater any more, I've gone vegetarian, no {v} at all.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Is there anything I don't eat?",
            "Can you order me a steak, or do I not eat that?",
        ],
    },
    "favourite": {
        "tell": [
            "{v}'s my favourite tea, always has been.",
            "For your records, my preferred tea is {v}.",
            "If there's tea in the room, {v} please, it's the one I like best.",
            "Best tea? {v}, no contest, mate, reckon I drink it more than water.",
            "Aye, {v}, that's my favourite cup of tea.",
        ],
        "change": [
            "I've moved on from {old}, my favourite tea is {v} now.",
            "Not {old} any more, {v}'s my favourite these days.",
            "For your records, my favourite tea is now {v}.",
            "Switched from {old} to {v}, it's the only tea I want now.",
            "Nah, {v} is my go-to tea now, went right off the old one.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea should be left in my room?",
            "What tea do I like best?",
        ],
        "ask_then": [
            "What was my favourite tea before this one?",
            "Which tea did I use to like best?",
        ],
    },
    "pet": {
        "tell": [
            "My cat {v} is on her own in there, I'm locked out and she'll want her dinner.",
            "I've a cat, {v}, she's at home.",
            "For your records, I have one cat, named {v}.",
            "It's just me and my cat {v} in the flat.",
            "Yeah, I've got a cat, {v}, she's a menace tbf.",
        ],
        "change": [
            "{old} died last month, so there's no cat now, the house is very quiet.",
            "We don't have {old} any more, she passed away in the winter.",
            "For your records, my cat {old} has died; I no longer have a cat.",
            "I had to give {old} to my sister, the new flat doesn't allow pets, so no cat now.",
            "Nah, {old}'s gone, mate, she was old, we lost her a few weeks back.",
        ],
        "ask_now": [
            "Have I got a cat?",
            "How's my cat?",
            "Do I have any pets?",
        ],
    },
    "partner": {
        "tell": [
            "My partner {v}'s picking me up, he's waiting outside.",
            "For your records, my partner's name is {v}.",
            "It's me and my boyfriend {v} in the room.",
            "{v}'s my boyfriend, he has the spare key.",
            "Me and my fella {v} are locked out, would you believe.",
        ],
        "change": [
            "I'm not with {old} any more, I'm with {v} now.",
            "Me and {old} broke up, my partner now is {v}.",
            "For your records, my partner is now {v}; {old} and I are no longer together.",
            "Can {v} be my emergency contact? He's my boyfriend now, {old} and I finished.",
            "Nah, {old}'s history, mate, I'm seeing {v}.",
        ],
        "ask_now": [
            "Who's my partner?",
            "What's my boyfriend called?",
            "Who am I with at the moment?",
        ],
        "ask_then": [
            "Who was my partner before?",
            "Who was I seeing before my current partner?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, just finished a late shift.",
            "For your records, I am employed at {v}.",
            "I'm coming from work, at {v}, I'm staff there.",
            "Work's {v}, mate, nothing exciting.",
            "Please, I work with {v}, I've been there some years now.",
        ],
        "change": [
            "Not at {old} any more, I'm at {v} now.",
            "I left {old} in the summer, I'm working for {v} now.",
            "For your records, my employer is now {v}.",
            "I've been knackered since I moved over to {v}, the shifts there are mad.",
            "Nah, I jacked in the old job, I'm at {v} now.",
        ],
        "ask_now": [
            "Where am I working now?",
            "Who do I work for?",
            "What's my current employer?",
        ],
        "ask_then": [
            "Where was I working before?",
            "Who did I work for before this job?",
        ],
    },
    "car": {
        "tell": [
            "It's {v}, I'm sat in it on the hard shoulder.",
            "For your records, my vehicle is {v}.",
            "My motor's {v}, and it won't start.",
            "I've got {v}, it's the only car I have.",
            "Mi car is {v}, she dead by the roadside, hazards on.",
        ],
        "change": [
            "Swapped {old} for {v}, so that's the car now.",
            "Not {old} any more, it's {v} I drive.",
            "For your records, my vehicle is now {v}; the previous one has been sold.",
            "My car's {v} now, only had it a month and it's already broken down.",
            "Nah mate, I got rid of the old one, it's {v} now.",
            "Switched from {old} to {v} a few weeks ago.",
        ],
        "ask_now": [
            "What car am I driving?",
            "Which car's mine on your records?",
            "What should the patrol look out for, what do I drive?",
        ],
        "ask_then": [
            "What did I drive before?",
            "Which car did I have before this one?",
        ],
    },
    "doctor": {
        "tell": [
            "I'm registered with {v}.",
            "For your records, my registered GP is {v}.",
            "{v}'s my doctor, she knows my history.",
            "I see {v} normally, at the practice.",
            "Aye, {v}'s my GP.",
        ],
        "change": [
            "I'm not with {old} any more, {v} is my GP now.",
            "Moved practice, so {v} is my doctor now.",
            "For your records, my registered GP has changed to {v}.",
            "{v} is my doctor now, {old} left the practice.",
            "Switched from {old} to {v}, she's my GP these days.",
        ],
        "ask_now": [
            "Who's my GP now?",
            "Which doctor am I registered with?",
            "Who's my doctor?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I have before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "I've the dentist on {v}, so I'll need a taxi that morning.",
            "For your records, my dental appointment is on {v}.",
            "Dentist's {v}, mate, dreading it.",
            "I'm booked in at the dentist for {v}.",
            "Got the dentist on {v}, an arvo one, just so you know.",
        ],
        "change": [
            "Dentist's not {old} any more, it's {v} now.",
            "They moved my dentist appointment to {v}, so I'll need a cab that day instead.",
            "For your records, my dental appointment has been moved to {v}.",
            "The dentist rang and put me on {v} instead, so the old date's off.",
            "Switched my dentist from {old} to {v}, it's confirmed.",
        ],
        "ask_now": [
            "When's my dentist appointment?",
            "What day am I at the dentist?",
            "When do I see the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment before it moved?",
            "What date was the dentist originally?",
        ],
    },
    "contact": {
        "tell": [
            "Best to {v} me, I don't like other ways.",
            "For your records, please {v} me; that is my preferred method.",
            "Just {v} me, mate, easiest.",
            "Please {v} me, that's how I like to be reached, no other way.",
            "I'd have you {v} me, that suits me best.",
        ],
        "change": [
            "Not the old way any more, please {v} me from now on.",
            "For your records, my preferred contact method has changed: please {v} me.",
            "Nah, just {v} me now, I've gone off the other way.",
            "These days I'd rather you {v} me, that works better with my shifts.",
            "I've switched how I want to be contacted, {v} me now.",
        ],
        "ask_now": [
            "How should you get in touch with me?",
            "What's my preferred way to be contacted?",
            "Do I want a text, an email or a call?",
        ],
    },
    "nickname": {
        "tell": [
            "Call me {v}, nobody uses my full name.",
            "For your records, I go by {v}.",
            "It's {v}, mate, just {v}.",
            "Everyone knows me as {v}, so use that.",
            "Me? {v}. That's what I'm called.",
        ],
        "change": [
            "Not the old name any more, I go by {v} now.",
            "Call me {v} these days, I've dropped the other one.",
            "For your records, I now prefer to be called {v}.",
            "Nah, it's {v} now, the old nickname was from school.",
            "Switched to {v}, that's what everyone calls me now.",
        ],
        "ask_now": [
            "What do I like to be called?",
            "What's my nickname?",
            "What name should you use for me?",
        ],
    },
}


def nightline_kinds() -> list[Kind]:
    """The kinds with the twentieth held-out phrasing."""
    return heldout_kinds(_NIGHTLINE)
