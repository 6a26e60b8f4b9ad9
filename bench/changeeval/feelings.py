"""A sixty-eighth held-out phrasing of the same facts (`generate --phrasing feelings`, written
to `bench/changeeval/feelings/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape),
`heldout_kinds`, the layout of `onhold.py` and `phrasings.py` only, without reading the
supersession rules, the other phrasings or the tests, and without running anything on these
words first.

The callers say how they feel about everything, and the feeling comes with a reason or an aside
about someone else or something that happened: excitement ("I'm over the moon, we finally
moved! The new address is {v}."), grief and upset ("I'm sorry, it's still raw, our cat {old}
died on Sunday."), annoyance ("Honestly, they've changed my GP again without asking, it's {v}
now."), anxiety ("I get anxious about mixing things up, so for the record, my dose is {v}."),
relief, pride ("I'm so proud, I started a new job at {v} on Monday!"), embarrassment ("This is
silly but I've forgotten if I told you my email, it's {v}."), sadness at letting something go
and guilt. British and American callers (mum and mom, MOT and freeway, mobile and cell), short
and long sentences, the value early, in the middle or last, and each feeling spread over many
kinds rather than one feeling to a kind. However strong the feeling, every tell plainly states
the caller's own current value and every change plainly says the old one no longer holds.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

FEELINGS_UPPER: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "I'm so proud of this place, honestly, it took us years to save for it. It's {v},"
            " that's our home address.",
            "This is a bit embarrassing, I can't remember if I ever gave you my address. It's"
            " {v}.",
            "Home is {v}, and I love it there, the neighbours are lovely.",
            "Our home address is {v}, and I'm kind of nervous about mail going astray, so I"
            " wanted to make sure you had it.",
        ],
        "change": [
            "I'm over the moon, we finally moved! The new address is {v}.",
            "Honestly, what a week. We've left {old} for good and moved into {v}, so please"
            " update my address.",
            "I'm so relieved the move is done, my mum cried when we handed the keys back. I"
            " live at {v} now.",
            "I'm a bit sad about it, we'd been at {old} for twelve years, but we've moved house"
            " and home is {v} from now on.",
        ],
        "ask_now": [
            "What address do you have for me?",
            "I'm anxious about the parcel, where do I live according to your records?",
            "Could you read me back my home address?",
        ],
        "ask_then": [
            "What was my address before we moved?",
            "I'm feeling a bit nostalgic, where did I live before?",
            "Which address did I have before the move?",
        ],
    },
    "phone": {
        "tell": [
            "My mobile is {v}, and please, I get so anxious about missed calls, that's the one"
            " to use.",
            "Sorry, I'm flustered, my daughter usually does this. The best number for me is {v}.",
            "Oh good, I was hoping you'd ask. You can reach me at {v}, that's my cell.",
            "Mobile number, {v}. I'm proud I finally memorised it, my son bet me I couldn't.",
        ],
        "change": [
            "I'm so annoyed, I dropped my phone in the bath and had to get a new number. It's {v}"
            " now.",
            "What a relief, I've finally ditched {old}, the nuisance calls were driving me mad."
            " My new number is {v}.",
            "It's embarrassing, but I changed my number weeks ago and forgot to tell you. Please"
            " use {v}.",
            "My number's changed, I was dreading all the admin, honestly. It's {v} from now on,"
            " not {old}.",
        ],
        "ask_now": [
            "What phone number do you have for me?",
            "Which number will you call me on?",
            "Just so I can stop worrying, what's my phone number on file?",
        ],
        "ask_then": [
            "What was my old phone number?",
            "Which number did I have before I changed it?",
        ],
    },
    "email": {
        "tell": [
            "This is silly but I've forgotten if I told you my email, it's {v}.",
            "My email is {v}, and I'm ridiculously proud of it, I got it before anyone else did.",
            "Send everything to {v}, please, that's my email. I worry when receipts go missing.",
            "I'm a bit nervous spelling things out on the phone, sorry. My email address is {v}.",
        ],
        "change": [
            "Honestly, I'm fed up, {old} got hacked, so I've set up a new email. It's {v}.",
            "I'm so excited, I finally have a proper email address, it's {v}, so please use that"
            " one now.",
            "I'm a bit embarrassed I didn't tell you sooner, I changed my email ages ago. It's"
            " {v} now.",
            "I've stopped using {old}, I felt buried in spam. My new email is {v}.",
        ],
        "ask_now": [
            "What's my email address?",
            "Which email do you have for me?",
            "I'm nervous the receipts won't reach me, which email will you send them to?",
        ],
        "ask_then": [
            "What was my old email?",
            "Which email address did I use before?",
        ],
    },
    "dose": {
        "tell": [
            "I take {v} every morning, and I'll be honest, I hate having to take pills at all.",
            "I'm on {v} for my blood pressure. My husband nags me about it, bless him.",
            "Proud to say I've never missed a day of my blood pressure tablets, {v}, every"
            " morning with breakfast.",
            "I get anxious about mixing things up, so for the record, my dose is {v}.",
        ],
        "change": [
            "I'm a bit worried, to be honest, the doctor changed my dose. I'm on {v} now.",
            "I'm relieved they finally sorted it out, they've switched me from {old} to {v}.",
            "Annoyingly, the pharmacy only told me yesterday, my dose changed and it's {v} from"
            " now on.",
            "The doctor changed my prescription last week, I was nervous about it, but I'm on"
            " {v} now instead of {old}.",
        ],
        "ask_now": [
            "What dose of lisinopril am I on?",
            "How much lisinopril do I take?",
            "I always panic about this, what's my blood pressure dose?",
        ],
        "ask_then": [
            "What dose was I on before it changed?",
            "How much lisinopril did I take before?",
        ],
    },
    "class": {
        "tell": [
            "My pottery class is on {v}, and honestly, it's the highlight of my week.",
            "I'm so proud, I made a proper bowl last time! Pottery is on {v}, so I'm never free"
            " then.",
            "I get a bit anxious about double bookings, so please remember I do pottery on {v}.",
            "It's a bit embarrassing at my age, but I go to a pottery class, it's on {v}.",
        ],
        "change": [
            "I'm gutted, they've moved my pottery class to {v}, and I'd got so used to the old"
            " day.",
            "Honestly, they changed the pottery schedule again without asking anyone. It's {v}"
            " now, not {old}.",
            "Great news, pottery switched to {v}, which suits me so much better.",
            "I was annoyed at first, my friend Jan nearly quit over it, but pottery is on {v}"
            " from now on.",
        ],
        "ask_now": [
            "When is my pottery class?",
            "What day do I do pottery?",
            "I'm worried I'll double book, which day is my pottery class?",
        ],
        "ask_then": [
            "Which day was pottery before it moved?",
            "When did my pottery class used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "I adore my {v}, honestly, I'm not human until I've had two cups.",
            "It's embarrassing, but I drink {v} all day, four or five cups at least.",
            "I have {v} every single morning, black, and I'm not sorry about it.",
            "My husband teases me about it, but I love {v}, I have it first thing every day.",
        ],
        "change": [
            "I'm a bit sad, honestly, but I've given up {v}, doctor's orders.",
            "I'm proud of myself, I haven't had {v} in three weeks, I've quit for good.",
            "Annoyingly, I can't drink {v} any more, it sets my heart racing, so none for me"
            " please.",
            "I was dreading it, but I've stopped drinking {v} completely and I feel better"
            " already.",
        ],
        "ask_now": [
            "Do I drink coffee?",
            "How do I take my coffee?",
            "Should you put coffee in my order?",
        ],
    },
    "meat": {
        "tell": [
            "I love a good steak, honestly, I eat {v} most days and I'm not giving it up.",
            "I'm a proper carnivore, {v} every Friday, it's my treat after a long week.",
            "My daughter despairs of me, I eat {v} at almost every meal.",
            "Honestly, I'm happiest with {v} on the plate, a steak or a roast, and I eat it all"
            " the time.",
        ],
        "change": [
            "I'm really proud, I've gone vegetarian, so no more {v} for me.",
            "It was a hard decision, I loved my steaks, but I've stopped eating {v} for good,"
            " I'm vegetarian now.",
            "My doctor scared me a bit, so I've cut out {v} completely, I'm vegetarian these"
            " days.",
            "Honestly, I feel so much better since I stopped eating {v}, I'm fully vegetarian"
            " now.",
        ],
        "ask_now": [
            "Do I eat red meat?",
            "Do I have any dietary restrictions?",
            "What should the restaurant know about my diet?",
        ],
    },
    "favourite": {
        "tell": [
            "My favourite tea is {v}, it's what gets me through a bad day.",
            "Oh, I'm so excited about the basket! I'd drink {v} all day, it's my favourite tea.",
            "It's a bit embarrassing how much I drink, but {v} is my favourite tea, always.",
            "My late mum got me into it, so {v} will always be my favourite tea.",
        ],
        "change": [
            "I've gone right off {old}, honestly, I can't stand it now. My favourite tea is {v}.",
            "I'm excited, I've found a new favourite tea, it's {v}.",
            "These days my favourite tea is {v}, my sister converted me and I'm a little bit"
            " smug about it.",
            "Sorry, it feels disloyal, but {v} has taken over from {old} as my favourite tea.",
        ],
        "ask_now": [
            "What's my favourite tea?",
            "Which tea should go in my basket?",
            "What tea do I like best?",
        ],
        "ask_then": [
            "What was my favourite tea before?",
            "Which tea did I like best before I changed?",
        ],
    },
    "pet": {
        "tell": [
            "We have a cat called {v}, and honestly, I love her more than most people.",
            "Our cat {v} runs the house, I'm so proud of her, she caught her first mouse this"
            " week.",
            "I worry about our cat {v} all the time, she's such a scaredy thing.",
            "It's silly, but I talk to my cat {v} more than I talk to my husband.",
        ],
        "change": [
            "I'm sorry, it's still raw, our cat {old} died on Sunday.",
            "We lost our cat {old} last month, she was seventeen, the house feels so empty"
            " without her.",
            "I feel awful about it, but we had to rehome {old}, my son's allergies got too bad."
            " We don't have a cat any more.",
            "Sorry if I go quiet, {old} passed away in the night, the vet said it was her heart.",
        ],
        "ask_now": [
            "Do I have a cat?",
            "How is my cat doing?",
            "Do I have any pets at the moment?",
        ],
    },
    "partner": {
        "tell": [
            "My boyfriend {v} and I are going to the coast, I'm so excited, it's our first trip"
            " away.",
            "My partner {v} is doing the cooking, which makes me nervous, honestly.",
            "I'm a bit embarrassed to say it out loud, but my partner {v} is my favourite"
            " person, three years now.",
            "Honestly, I'm so proud of my partner, {v}, he's just finished his degree.",
        ],
        "change": [
            "{old} and I broke up, it's been rough, but I'm seeing someone new now, {v}.",
            "I'm over the moon, I'm with {v} now. Things with {old} ended in the spring, and"
            " honestly, good riddance.",
            "It's a bit awkward, but my partner is {v} now, {old} and I split up.",
            "I'm so happy, I've met someone lovely, my new partner is {v}.",
        ],
        "ask_now": [
            "Who is my partner?",
            "What's my partner's name?",
            "Who am I seeing at the moment?",
        ],
        "ask_then": [
            "Who was I with before?",
            "What was my ex's name?",
        ],
    },
    "job": {
        "tell": [
            "I work at {v}, and honestly, I love it, the people are great.",
            "I've been working at {v} for years now, it's a bit embarrassing how long, actually.",
            "Work's been manic, honestly, I'm so stressed, I work at {v} and it's their busy"
            " season.",
            "My job's at {v}, my mom worked there too, so I'm quite proud of that.",
        ],
        "change": [
            "I'm so proud, I started a new job at {v} on Monday!",
            "I finally left {old}, what a relief, I'm at {v} now.",
            "I'm nervous, it's all new, but I've changed jobs, I work at {v} these days.",
            "Honestly, I was fuming when they let me go from {old}, but I've landed a job at {v}"
            " and it's better anyway.",
        ],
        "ask_now": [
            "Where do I work?",
            "Who is my employer?",
            "Where am I working these days?",
        ],
        "ask_then": [
            "Where did I work before?",
            "What was my old job?",
            "Where did I work before I changed jobs?",
        ],
    },
    "car": {
        "tell": [
            "I drive {v}, and I'm embarrassingly attached to it.",
            "My car is {v}, I'm so proud of it, I saved for two years.",
            "I'm nervous about parking, I drive {v} and I'm terrible at tight spaces.",
            "You'll spot it, it's {v}, that's my car, my son calls it the tank.",
        ],
        "change": [
            "I'm thrilled, I got a new car, it's {v}!",
            "I was sad to see {old} go, honestly, but we traded it in, I drive {v} now.",
            "Ugh, the old car died on the freeway, so I bought {v}, that's what I drive now.",
            "Sold {old} last week after it failed its MOT, a bit of a wrench, but my car is"
            " {v} now.",
        ],
        "ask_now": [
            "What car do I drive?",
            "What's my car?",
            "Which car should the venue expect me in?",
        ],
        "ask_then": [
            "What car did I have before?",
            "What was my old car?",
        ],
    },
    "doctor": {
        "tell": [
            "My GP is {v} at the Elm Street practice, and honestly, I trust them completely.",
            "I see {v}, that's my GP, and I'm so relieved to have a good one.",
            "I get nervous at appointments, but my GP, {v}, is very patient with me.",
            "Send the forms to my GP, please, it's {v}. I'm anxious they'll get lost.",
        ],
        "change": [
            "Honestly, they've changed my GP again without asking, it's {v} now.",
            "I'm a bit sad, {old} retired, so my new GP is {v}.",
            "I'm relieved, I finally switched practices, my GP is {v} now.",
            "I was so upset with {old} that I moved practices, my GP these days is {v}.",
        ],
        "ask_now": [
            "Who is my GP?",
            "Which doctor do I see?",
            "Which GP should the forms go to?",
        ],
        "ask_then": [
            "Who was my GP before?",
            "Which doctor did I see before I switched?",
        ],
    },
    "dentist": {
        "tell": [
            "I'm dreading it, honestly, my dentist appointment is on {v}.",
            "I've got the dentist on {v}, and I'm already nervous.",
            "It's silly at my age, but I'm scared of the dentist, and my appointment is on {v}.",
            "Good news, I'm finally getting this tooth seen to, my dentist appointment is on {v}.",
        ],
        "change": [
            "I'm so annoyed, the dentist moved my appointment to {v}, after I'd booked the day"
            " off.",
            "Bit of a relief, if I'm honest, my dentist appointment got moved to {v}.",
            "The dentist rang and rescheduled me, it's {v} now, not {old}, and I've got to sort"
            " out childcare all over again.",
            "I'm anxious about it all over again, they've changed my dentist appointment to {v}.",
        ],
        "ask_now": [
            "When is my dentist appointment?",
            "What day am I at the dentist?",
            "When do I see the dentist?",
        ],
        "ask_then": [
            "When was my dentist appointment originally?",
            "What date was the dentist before they moved it?",
        ],
    },
    "contact": {
        "tell": [
            "Please {v} me rather than anything else, I get flustered otherwise.",
            "Best to {v} me, honestly, that's how I like to be contacted.",
            "I'm a bit embarrassed to be fussy, but if you need to reach me, I'd really prefer"
            " you {v} me.",
            "If you need to get hold of me, {v} me, please, it's the only way I'll notice.",
        ],
        "change": [
            "Actually, from now on please {v} me instead, I've had a rough few weeks and it's"
            " easier.",
            "I've changed my mind about how you contact me, sorry, I'd rather you {v} me these"
            " days.",
            "I know I asked you to {old} me before, sorry, that was a mess, please {v} me from"
            " now on.",
            "I get anxious about missing things lately, so please {v} me instead, that's how I"
            " want to be contacted now.",
        ],
        "ask_now": [
            "How do I like to be contacted?",
            "Should you text, email or call me?",
            "What's the best way to get in touch with me?",
        ],
    },
    "nickname": {
        "tell": [
            "Please call me {v}, everyone does, I've always hated my full name.",
            "Just call me {v}, honestly, it makes me feel less nervous.",
            "It's a bit embarrassing, my grandad gave it to me, but I go by {v}.",
            "Oh, I'd love it if you called me {v}, that's what my friends call me.",
        ],
        "change": [
            "You can call me {v} now, I've gone back to it and I'm so glad.",
            "Actually I go by {v} these days, I never really liked {old}.",
            "This is a bit embarrassing, but I've changed what I go by, please call me {v} from"
            " now on.",
            "Honestly, {old} never felt like me, so I'm {v} now, please call me that.",
        ],
        "ask_now": [
            "What should you call me?",
            "What name do I go by?",
            "What do I like to be called?",
        ],
    },
}


def feelings_kinds() -> list[Kind]:
    """The kinds with the sixty-eighth held-out phrasing."""
    return heldout_kinds(FEELINGS_UPPER)
