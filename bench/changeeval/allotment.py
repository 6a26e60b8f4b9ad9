"""A held-out phrasing of the same facts from the allotment (`generate --phrasing allotment`,
written to `bench/changeeval/allotment/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
retrieval code, the other phrasings' words or any results. The callers ring from an allotment
or a garden shed: a retired miner, a primary-school teacher, a recently widowed grandmother, a
young couple's spokesperson ("we"), a council gardener and a man getting over a knee operation,
with a light touch of Yorkshire, Cornish, Kenyan, Trinidadian, Dublin and Kerala English. They
are relaxed and chatty and wander off to the weather and the vegetables: the update sits inside
a story, is put down to someone else ("the council rehoused us at ..."), follows the old value
named as a memory, comes as a rhetorical question, as a plan that happened, after the caller's
own slip put right a few sentences later, or as a plain present-tense statement with no change
word at all. Every change leaves the new value current and the old one past; every tell states
the caller's own current value; the chatter names no other kind's values.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_ALLOTMENT: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Put me down at {v}, love. It's the one with the leeks in the front garden, "
            "you can't miss it.",
            "Home is {v}, my 'ansum, a short walk from the plot if the knee's behaving.",
            "We stay at {v}, eh, near the allotments, so the grandchildren can come and dig.",
        ],
        "change": [
            "We used to be by {old}, oh gosh, lovely spot, hibiscus right by the gate. "
            "We're at {v} now, smaller yard, but it have space for the tomatoes.",
            "I spend all year planting the council's roundabouts and then they go and rehouse "
            "me. We're at {v} now, and I'll not complain, there's room for a compost heap.",
            "Ah, we were going to move for ages, talked about it every winter. Well, we did, "
            "so we did! We're at {v} now, boxes everywhere.",
        ],
        "ask_now": [
            "If you were dropping a parcel round, where'd you take it?",
            "Which door would the post be knocking on for me these days?",
        ],
        "ask_then": [
            "Where was it we lived before the move, do you remember?",
            "What's the old address you had for me, from before?",
        ],
    },
    "phone": {
        "tell": [
            "Ring me on {v}. If I don't answer I'm up to my elbows in the compost, "
            "so try again dreckly.",
            "My mobile is {v}, ya. I keep it in the shirt pocket only, so I'll hear it.",
        ],
        "change": [
            "The old phone went in the water butt, which it didn't much enjoy, so I've a new "
            "number now. It's {v}.",
            "Me, I've changed lines, the old one was giving trouble. The number is {v} now, sawa?",
        ],
        "ask_now": [
            "If you needed me in a hurry, what number would you ring?",
            "Remind me what number you've got for me now?",
        ],
        "ask_then": ["What was the number I had before?"],
    },
    "email": {
        "tell": [
            "My email's {v}. Our lass set it up for me, I only look at it when it's raining.",
            "Send whatever you need to {v}, that's my email, grand.",
        ],
        "change": [
            "My grandson got me a new email while he was helping me lift the onions. It's {v}, "
            "and he says the old one's full of rubbish, so don't use that.",
            "My email is {v}. Write it down for me, nah, I always forget it myself.",
        ],
        "ask_now": ["Where would you send a receipt to me now, which email?"],
        "ask_then": ["And what was the email I had before this one?"],
    },
    "dose": {
        "tell": [
            "I'm on {v} for the pressure, I have been since before the knee.",
            "They have me on {v}, eh, every morning with my porridge, for the blood pressure.",
        ],
        "change": [
            "The surgery put me up to {v}. Pressure were through the roof after I dug the "
            "whole plot in one go, so serves me right.",
            "They changed my tablets, no? It's {v} now from this week itself, the old dose "
            "is finished.",
        ],
        "ask_now": ["How much of the lisinopril am I meant to be taking these days?"],
        "ask_then": ["What dose was I on before they changed it?"],
    },
    "class": {
        "tell": [
            "Pottery's on {v}, so I'm no good to anyone then, hands covered in clay.",
            "I do pottery on {v}, making little pots for the seedlings. The kids at school "
            "think it's hilarious.",
        ],
        "change": [
            "Would you believe pottery's on {v} now? The hall got double-booked with the line "
            "dancers, and the line dancers won.",
            "The community centre's shifted pottery to {v}, so that's where you'll find me, "
            "mucky as ever.",
        ],
        "ask_now": [
            "When's pottery again, remind me?",
            "If you wanted to catch me at pottery, which day would you try?",
        ],
        "ask_then": ["Which day was pottery before they shifted it?"],
    },
    "coffee": {
        "tell": [
            "All them years down the pit I never went without my {v}, and I'll not start now. "
            "Flask of it up the allotment before I do owt.",
            "I love my {v}, you know, a strong one in the shed while the wind's howling.",
        ],
        "change": [
            "I've knocked {v} on the head. Heart was going like the clappers, so that's that, "
            "not a drop.",
            "No {v} for me now, eh. I gave it up completely, even at the allotment I just "
            "take water.",
        ],
        "ask_now": [
            "If I popped round, would you put the coffee on for me?",
            "Am I a coffee drinker, would you say?",
        ],
    },
    "meat": {
        "tell": [
            "I eat {v} most days, a good chop off the barbecue, you can't beat it.",
            "Ah, {v}, I love it, so I do. A proper stew after a day on the plot.",
        ],
        "change": [
            "The grandkids shamed me into it, and fair enough: no {v} now, I'm vegetarian. "
            "Living off what I grow, mostly.",
            "We've gone vegetarian, the pair of us, so no {v} at all. You'd be amazed what "
            "you can do with a marrow.",
        ],
        "ask_now": [
            "If I came to your barbecue, would you be putting a burger on for me?",
            "Anything I won't eat, if you're sorting the food?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, ya. A cup in the shed when the rain comes, nothing better.",
            "Oh, {v}, that's my favourite tea, no contest.",
        ],
        "change": [
            "These days it's {v}, that's my favourite tea now. I've gone right off the old one.",
            "The woman on the next plot got me onto {v}, and now that's my favourite tea, "
            "so there you go.",
        ],
        "ask_now": [
            "If you were putting a tea in my basket, which one would make me happy?",
            "Which tea's my favourite at the minute?",
        ],
        "ask_then": ["Which tea was my favourite before?"],
    },
    "pet": {
        "tell": [
            "We have a cat, {v}, and she sits on the shed roof supervising me.",
            "Our {v} runs the house. She's a cat with opinions, I'm telling you.",
        ],
        "change": [
            "We lost {old} in the spring, she was a good age. She's under the apple tree now, "
            "where she always liked to sit.",
            "We had to rehome {old}. She kept digging up the neighbour's seedlings and there "
            "was a war about it, so she's gone to my niece's in the country.",
        ],
        "ask_now": [
            "Have I got a cat at the minute?",
            "How's my cat getting on, would you say?",
        ],
    },
    "partner": {
        "tell": [
            "Me and {v} are off to the coast once the spuds are in.",
            "My partner {v} does the cooking and I do the growing, fair division of labour.",
        ],
        "change": [
            "You'll laugh, but me and {old} went our separate ways over the winter. "
            "I'm with {v} now, met on the next plot over.",
            "I'm walking out with {v} these days, wouldn't you know. {old}? Ah, that's long "
            "finished, sure look.",
        ],
        "ask_now": [
            "Remind me, who's my other half these days?",
            "Whose name goes down as my partner now?",
        ],
        "ask_then": ["Who was I with before all that?"],
    },
    "job": {
        "tell": [
            "I'm at {v}, have been for years, and they let me off early in the summer "
            "for the plot.",
            "I do a few days a week at {v}, and the rest of the time I'm out here with the spade.",
        ],
        "change": [
            "I was going to retire, then a chap on the next plot got me in at {v}. So I've "
            "left the old place and that's where I am now, part-time, mind.",
            "I'm at {v}, boy, and I like it well. They let me leave early for the plot.",
        ],
        "ask_now": [
            "If someone wanted to post something to my work, where would it go?",
            "Where am I working these days?",
        ],
        "ask_then": ["Where was I working before this?"],
    },
    "car": {
        "tell": [
            "I drive {v}, handy for the compost bags, and the seat goes right back for the knee.",
            "It's {v} I drive, boot full of seed trays most of the year.",
        ],
        "change": [
            "We were at the garden centre and the compost wouldn't fit in the old car, so "
            "that was the end of that. I drive {v} now.",
            "We used to have {old}, lovely car. It's {v} now, mind, and it's got a boot you "
            "could sleep in.",
        ],
        "ask_now": [
            "If you were looking for me in the car park, what would you look for?",
            "What am I driving these days?",
        ],
        "ask_then": ["What was I driving before this one?"],
    },
    "doctor": {
        "tell": [
            "I see {v} at the surgery, very patient with me and the knee.",
            "My GP's {v}, lovely, always asks after the rhubarb.",
        ],
        "change": [
            "The surgery moved me to {v}, didn't ask, just a letter through the door. Fine by me.",
            "My GP is {old}. Grand day for the onions, isn't it? Ah no, what am I saying, "
            "that's the old one. I'm with {v} now.",
        ],
        "ask_now": [
            "Remind me, who's my doctor these days?",
            "If you were sending my forms off, which GP would they go to?",
        ],
        "ask_then": ["Who was my GP before the change?"],
    },
    "dentist": {
        "tell": [
            "I've got the dentist on {v}, so remind me nearer the time, I'll be up to my knees "
            "in weeds.",
            "Dentist is {v}, I've written it on the shed door in chalk.",
        ],
        "change": [
            "The dentist's office rang and moved me to {v}, which suits me, the strawberries "
            "will be done by then.",
            "Guess who's been shifted at the dentist? Me. It's {v} now, the old date's off.",
        ],
        "ask_now": ["When am I at the dentist next?"],
        "ask_then": ["When was the dentist first booked, before it moved?"],
    },
    "contact": {
        "tell": [
            "Best to {v} me, love, I've muddy hands half the day and that's easiest.",
            "Just {v} me, sawa? That's what I prefer.",
        ],
        "change": [
            "From now on, {v} me instead, would you? The other way never reaches me out here.",
            "Do us a favour and {v} me from now on, please, nothing else.",
        ],
        "ask_now": [
            "How is it I like you to get hold of me?",
            "What's the best way to reach me, would you say?",
        ],
    },
    "nickname": {
        "tell": [
            "Everyone up the allotments calls me {v}, so you might as well.",
            "Call me {v}, everybody does. Nobody's used the full name since school.",
        ],
        "change": [
            "I've gone back to {v}. The grandkids started it and it stuck.",
            "It's {v} now, by the way. Don't ask, it's a long story involving a wheelbarrow.",
        ],
        "ask_now": [
            "What is it you call me again?",
            "What name am I going by now?",
        ],
    },
}


def allotment_kinds() -> list[Kind]:
    """The kinds with the allotment phrasing."""
    return heldout_kinds(_ALLOTMENT)
