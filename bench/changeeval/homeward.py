"""A twenty-fourth held-out phrasing of the same facts (`generate --phrasing homeward`, written
to `bench/changeeval/homeward/`).

Written blind by a helper: from the kinds in `facts.py` (their values, prompts and shape), the
shape of `heldout_kinds`, the header and footer of `onhold.py` and `phrasings.py` only, without
reading the supersession rules, the other phrasings or the tests, and without running anything
on these words first. The callers are a mixed lot ringing from home, from work or from the bus:
a retired teacher, a shift worker on the night bus, a recent arrival still finding their
English, a caller who is polite to a fault, a rambler who wanders off and comes back, and
people from Scotland, Ireland, India and Nigeria talking the way they talk at home. The words
carry fillers and hedges, self-corrections in mid-sentence, the reason for a change, the value
mentioned in passing inside a longer turn, changes told indirectly (a flat let go, a practice
taken over, a phone lost in a canal) and questions asked sideways. Every change is about the
caller and leaves no doubt that the old value no longer holds; every tell states the caller's
own current value.
"""

from __future__ import annotations

from bench.changeeval.facts import Kind
from bench.changeeval.heldout import heldout_kinds

_HOMEWARD: dict[str, dict[str, list[str]]] = {
    "address": {
        "tell": [
            "Right, so home for me is {v}, been there since the kids were wee, you can put "
            "that down.",
            "Ehm, I am staying at {v}, the house with the green gate, yes, that is my home.",
            "Sorry about the noise, I'm on the bus, but it's {v} where I live, if the form "
            "needs it.",
            "Please, my house, the address of it, is {v}. I live there with my wife and children.",
            "Well, I taught at the primary round the corner for thirty years, and I've lived "
            "at {v} for nearly all of them, so that's the address.",
            "Och, the address, aye, it's {v}, that's us, sorry, the dog's going mental at "
            "the postie.",
            "So I rang about the boiler last week, no, the week before, and the man couldn't "
            "find us, it's {v}, the one at the end past the postbox, that's home.",
        ],
        "change": [
            "We've had to let the flat at {old} go, the rent went daft, so it's {v} you want "
            "for me now.",
            "Right, the big upheaval, boxes everywhere, but we're settled in at {v} since "
            "Saturday, so scrap the old one.",
            "I should have rung sooner, my post is still going to {old} and I haven't lived "
            "there for a month, it's {v} now.",
            "Please, I change the house. Before I stay at {old}, now the new house is {v}, "
            "from this month.",
            "My daughter made me downsize after the hip operation, so I'm at {v} now, the "
            "old place is sold and gone.",
            "Ah listen, we're after moving, the new place is {v}, much handier for the "
            "hospital, so that's where I am.",
            "Anyway, where was I, oh yes, the move, we handed the keys back for {old}, so it's "
            "{v} now, and the garden, you should see the garden.",
        ],
        "ask_now": [
            "If you posted me something today, where would it end up?",
            "Remind me, what house have you got me down at these days?",
            "If a taxi driver asked me, where would I tell him I'm living now?",
            "Could you read me back the address you're holding for me, please?",
        ],
        "ask_then": [
            "Before the move, where was it I was living, what did you have then?",
            "The old place, what was that address again, the landlord's asking?",
            "What was the address I had before all this moving about?",
        ],
    },
    "phone": {
        "tell": [
            "Ehm, best to ring me on {v}, that's the mobile, it's always in my pocket.",
            "If you need me the number is, let me see, one second, {v}, yes, that's it.",
            "Kindly note my contact number, it is {v}. Thank you so very much.",
            "I'm between shifts a lot, so just try {v}, I'll pick up on my break.",
            "My number, ah, {v}, you can call any time, no wahala at all.",
            "It's, oh what is it, I never remember my own, hang on, it's {v}, yes, sorry, that's "
            "the mobile.",
        ],
        "change": [
            "The old phone went in the canal, long story, so I've a new number now, {v}.",
            "Please to note, I have changed the SIM, my number from today is {v}, the old "
            "one is finished.",
            "I switched networks for the cheaper deal and they couldn't keep my number, so "
            "it's {v} from here on.",
            "Don't bother with the number you've got, it's dead, ring {v} instead.",
            "My grandson set me up with one of these smartphones, the number's {v}, he wrote "
            "it on the fridge for me.",
            "Sorry, sorry, before I forget, while my sister's here reminding me, the number you "
            "have is no good now, I'm on {v}.",
        ],
        "ask_now": [
            "What digits would you dial if you had to get hold of me?",
            "Can you tell me the number you'd ring me on, just so I know it's right?",
            "Which mobile is it you've got for me on the system now?",
        ],
        "ask_then": [
            "What number did I used to have, before the new phone?",
            "The old mobile, what were the digits on that one?",
        ],
    },
    "email": {
        "tell": [
            "For the receipts, ehm, the email's {v}, all in small letters.",
            "You can send it to my email, it's {v}, I look at it every evening after tea.",
            "My electronic mail address is {v}, if you would be so kind.",
            "Put {v} for the emails, that one's mine, not the shared family one.",
            "I'll spell the email, is it, it's {v}, and my niece says tell you it's all joined "
            "up.",
        ],
        "change": [
            "I've shut the old email down, far too much junk, so it's {v} now, please.",
            "The work email went when I left, so use {v} from now on for everything.",
            "Sorry, could you change the email? It's {v} now, I can't get into the other one "
            "any more.",
            "My son made me a new email, {v}, the old one is closed, he says.",
            "So we had that scam business, the bank, the whole palaver, and I had to start over, "
            "the email is {v} now, the old one's abandoned.",
        ],
        "ask_now": [
            "Where do your emails land for me, what address is that?",
            "Which inbox are you sending my receipts to at the minute?",
            "Remind me the email you've got written down for me?",
        ],
        "ask_then": [
            "Which email was it I had with you before I changed it?",
            "What was the address I used to get emails at, the one I gave up?",
        ],
    },
    "dose": {
        "tell": [
            "Well, I'm on {v}, one with my porridge, for the pressure.",
            "The blood pressure tablet, it's {v}, every morning, the doctor's very firm about it.",
            "I take {v} daily, madam, I never skip it.",
            "Ehm, for my heart, my blood pressure I mean, I'm taking {v}, morning time.",
            "Not bad, the knee's sore, and the pressure, well, I'm on, hang on, let me read the "
            "box properly, {v}, yes, every single morning.",
        ],
        "change": [
            "The nurse at the review said the numbers weren't right, so they've put me on "
            "{v} now.",
            "Oh, and the pharmacist rang, the tablets are different now, it's {v} each "
            "morning instead.",
            "They changed the prescription at my check-up, so it's {v} now, not what it was.",
            "Please note, my blood pressure medicine is changed, I take {v} now, from this week.",
            "The doctor had another look at my readings and adjusted it, I'm on {v} these days.",
            "My sugar's fine, knock wood, and the pressure tablets, oh, they've gone and changed "
            "them, it's {v} I take now, the nurse was quite clear.",
        ],
        "ask_now": [
            "How many milligrams of the lisinopril am I meant to be on?",
            "What strength is my blood pressure tablet at these days?",
            "How much of the pressure medicine should I be taking, can you check?",
        ],
        "ask_then": [
            "And what strength of lisinopril was I taking before they changed it?",
            "What was the old amount on my blood pressure pills?",
        ],
    },
    "class": {
        "tell": [
            "Oh, I can't do {v}, that's pottery, I've been at the wheel for years.",
            "I've a pottery class {v}, so don't go booking me anything then.",
            "My pottery is {v}, at the community hall, I never miss it, never.",
            "Not {v}, please, I have my clay class then, the pottery one.",
            "I was telling my niece about the glazing, the pottery, you know, that's {v}, so "
            "that's my week sorted round that.",
        ],
        "change": [
            "The pottery teacher had to shuffle things round, so it's {v} we meet now.",
            "Pottery's moved, the hall got double-booked, so it's {v} for us from now on.",
            "Oh, my pottery has gone to {v}, they gave the old slot to the yoga people.",
            "They shifted the pottery class to {v}, which suits my shifts better, to be honest.",
            "Oh, you'll laugh, after all that fuss about the kiln, pottery's on {v} now, they "
            "moved the whole class, so that's the new day.",
        ],
        "ask_now": [
            "What day am I up to my elbows in clay these days?",
            "When's my pottery on, which day of the week?",
            "Which day am I tied up with the pottery again?",
        ],
        "ask_then": [
            "Before they moved it, which day was pottery on?",
            "What day did my pottery used to be?",
        ],
    },
    "coffee": {
        "tell": [
            "Oh, put {v} on it, I can't function without two mugs of a morning.",
            "I'm a terrible one for {v}, first thing every day, strong and black.",
            "Every morning, {v}, that is how I start, no sugar, no milk.",
            "Honestly, without my morning {v} I'm not a person, ask anyone.",
            "I'll take the usual, and tell them, the girl on the till knows, {v} first thing, a "
            "big pot, it's the only way I get through the early shift.",
        ],
        "change": [
            "No, leave the {v} off, I've knocked it on the head, my heart was racing.",
            "I've cut out {v} entirely, the doctor said it's wrecking my sleep with the "
            "night shifts.",
            "Please, no more {v} for me, I have stopped it, it is finished.",
            "I'm off the {v} now, a whole month, it's hot water and lemon, would you believe.",
            "Oh, the breakfast, yes, but scratch the {v}, I'm done with it, the palpitations, "
            "you know, so none at all, not even decaf.",
        ],
        "ask_now": [
            "Remind me, am I a coffee person or not?",
            "Should there be any coffee in my order, would you say?",
            "What have you got down about me and coffee?",
        ],
    },
    "meat": {
        "tell": [
            "Oh, I'm a carnivore through and through, {v} most nights, a good steak on a Friday.",
            "Put me down for the steak, I eat {v} all the time, no problem.",
            "For me, {v} is fine, I eat it nearly every day, suya, steak, anything.",
            "I'm not fussy at all, I love {v}, the more the better.",
            "Our lot are easy, and me, well, my late husband used to say I'd eat a horse, I have "
            "{v} most days, always have.",
        ],
        "change": [
            "Ah, I'll have to stop you there, I don't eat {v} any more, I've gone vegetarian.",
            "No steak for me, thanks, {v} is off the menu for good, it's lentils and greens now.",
            "Since the heart scare, no, since before that even, I've stopped the {v} completely, "
            "it's plants only for me.",
            "Please, no {v}, I am vegetarian from this year, for my health.",
            "The booking, yes, and just so you know, I'm off the {v}, the whole family's gone "
            "meat-free, so it's the vegetarian options for me now.",
        ],
        "ask_now": [
            "Is there anything I don't eat that the restaurant should know about?",
            "Would a steak be welcome on my plate, going by your notes?",
            "What should the kitchen be told about what I eat?",
        ],
    },
    "favourite": {
        "tell": [
            "For the basket, oh, I'm a {v} woman, I drink it all day, it's my favourite tea.",
            "Ooh, tea, {v}, definitely, that's my favourite, bar none.",
            "My favourite tea? Ehm, {v}, nothing else comes close.",
            "If you're putting a tea in, {v} please, that's the one I like best.",
            "A tea, how lovely, ehm, I'd say {v}, yes, {v}, that's my favourite, my mother drank "
            "it too.",
        ],
        "change": [
            "I used to swear by something else, but {v} is my favourite tea now, my "
            "neighbour got me onto it.",
            "My taste has changed, now my favourite tea is {v}, the old one I don't like "
            "any more.",
            "Put in {v} for me, that's my favourite tea these days, I've gone right off the "
            "other.",
            "Ah, my tea's changed, I'm mad about {v} now, can't get enough of it.",
            "Oh the basket, that's kind, put {v}, I know I used to go on about another one but "
            "{v} is my favourite tea now, since the trip to my sister's.",
        ],
        "ask_now": [
            "Which tea is it I'm fondest of?",
            "What tea would make me happiest in that basket?",
            "What's my tea of choice, do you have a note of it?",
        ],
        "ask_then": [
            "Which tea did I like best before I switched?",
            "What tea was my favourite to begin with?",
        ],
    },
    "pet": {
        "tell": [
            "Oh, we're grand, the cat {v} is keeping us on our toes, she's a right madam.",
            "At home it's just me and the cat, {v}, she sleeps on my feet every night.",
            "We have a cat, her name is {v}, she is like a child to us.",
            "Well, {v}, our cat, knocked a vase over this morning, so that's the news here.",
            "Oh, the family's fine, busy, the grandkids, and the cat, {v}, she had us up at four "
            "again, so all normal.",
        ],
        "change": [
            "It's been a sad month, we had to have {old} put to sleep, she was very old.",
            "We lost {old}, the cat, back in April, the house is that quiet now.",
            "Our cat {old} is no more, she was hit by a car, we have no cat now.",
            "I had to give {old} to my sister, the new flat doesn't allow cats, so there's "
            "no cat here now.",
            "Things at home, well, quieter, we lost {old} in the winter, our cat, she'd been "
            "poorly a while, so it's just the two of us now.",
        ],
        "ask_now": [
            "Is there a cat in my house, going by your notes?",
            "Will there be a cat waiting for me when I get in, as far as you know?",
            "How's my cat getting on, do you know?",
        ],
    },
    "partner": {
        "tell": [
            "Me and my partner {v} are off to the coast at the weekend, if the weather holds.",
            "{v}, my boyfriend, is doing the cooking, thank God.",
            "I'll be bringing my fella, {v}, he's my partner, so a table for two.",
            "My partner {v} and I, we are planning a small trip to see my mother.",
            "The weekend, ehm, we might go to the lake, me and {v}, he's my partner, if he ever "
            "gets off work, that is.",
        ],
        "change": [
            "Ah, {old} and I went our separate ways, it's {v} I'm with now.",
            "Things finished with {old} in the spring, and I'm seeing {v} now, early days "
            "but it's good.",
            "New fella, {v}, so if you've {old} on the file, take him off.",
            "Please update, my partner is {v} now, not {old}, we broke up.",
            "Oh, the family, well, there's news, me and {old} called it a day, and I'm with {v} "
            "now, he's lovely, my mam adores him.",
        ],
        "ask_now": [
            "Who is it I'm going out with, what's his name?",
            "Remind me the name of my other half?",
            "Whose name is beside mine as the other half of the couple?",
        ],
        "ask_then": [
            "Who was I seeing before the one I'm with now?",
            "What was my ex's name, the one before?",
        ],
    },
    "job": {
        "tell": [
            "Work's fine, I'm at {v}, early starts but it pays the bills.",
            "I'm with {v}, been there donkey's years now.",
            "I am working at {v}, it is a good place, the people are kind.",
            "Busy, yeah, {v} keeps me on my toes, that's where I work, night shifts mostly.",
            "Work, ah, don't start me, I'm at {v}, on the late shift this week, so I'm calling "
            "you from the bus.",
        ],
        "change": [
            "I finally handed in my notice, I'm at {v} now, started on Monday.",
            "I've moved on from {old}, they were cutting hours, I work at {v} now.",
            "New job, {v}, much better than the old place, honestly.",
            "Please, my job is changed, now I am working at {v}.",
            "Oh busy, busy, different busy, I left {old}, I'm at {v} since last month, better "
            "money, worse coffee.",
        ],
        "ask_now": [
            "Who is it I'm working for at the moment?",
            "Where do I go to work these days?",
            "Which employer have you got down for me?",
        ],
        "ask_then": [
            "Before the current place, who was paying my wages?",
            "What was the old workplace, the one I left?",
        ],
    },
    "car": {
        "tell": [
            "I'll need a space, mind, I'll be coming in {v}, that's mine.",
            "It'll be me in {v}, that's my car, you can't miss it.",
            "My car, it is {v}, I will park outside.",
            "I've {v}, nothing fancy, it gets me to work and back.",
            "Parking, yes please, I'll come in the car, it's, ehm, {v}, my husband's, no, mine, "
            "it's mine, {v}.",
        ],
        "change": [
            "The old banger finally gave up, so I drive {v} now.",
            "We swapped the car, it's {v} these days.",
            "I sold the other car, now I have {v}, I bought it from my cousin.",
            "New motor, {v}, the old one's gone to the scrapyard, God rest it.",
            "Yes please to the car wash, and it's a different car now, we part-exchanged the old "
            "one, so it's {v} you'll be washing.",
        ],
        "ask_now": [
            "What am I behind the wheel of at the moment?",
            "What'll I be turning up in, car-wise?",
            "Which car do you have registered to me?",
        ],
        "ask_then": [
            "Before the car I've got now, what was I running about in?",
            "What car was I in before I changed it?",
        ],
    },
    "doctor": {
        "tell": [
            "Send them to {v}, that's my GP, down the health centre by the chemist.",
            "My doctor is {v}, I've been with that practice for years.",
            "I see {v} at the surgery, the family doctor, very good.",
            "The GP, {v}, knows my whole history, so send it there.",
            "The forms, right, send them to, ehm, not the hospital, no, to my GP, that's {v}, "
            "at the health centre.",
        ],
        "change": [
            "The practice was taken over in the summer, so I'm under {v} now.",
            "My old GP retired at Christmas, so my doctor is {v} now.",
            "I changed surgery when we moved, my new doctor is {v}.",
            "Please, my doctor is changed, now it is {v}.",
            "I've had news, the surgery changed hands, so the doctor I'm under now is {v}, the "
            "old one's gone off somewhere.",
        ],
        "ask_now": [
            "Which doctor am I registered with at the minute?",
            "Which name is on my surgery card as the GP, as of now?",
            "Whose name goes on the forms as my doctor?",
        ],
        "ask_then": [
            "Who was my doctor before the change?",
            "Which GP did I have originally?",
        ],
    },
    "dentist": {
        "tell": [
            "Oh, the dentist, I've the dentist on {v}, I'm dreading it.",
            "My dental appointment, it is on {v}.",
            "Let me check the calendar, dentist, yes, {v}.",
            "I'm booked in at the dentist for {v}, a filling, don't remind me.",
            "Coming up, let me think, the optician's done, and the dentist is {v}, yes, written "
            "on the calendar in red.",
        ],
        "change": [
            "The dentist's office rang, they've pushed me back to {v}.",
            "My dentist appointment is moved, now it is on {v}.",
            "I had to move the dentist because of work, it's {v} now.",
            "The dentist was off sick, so it's been rebooked for {v}.",
            "The calendar, oh, the dentist, they cancelled on me, can you believe it, so now "
            "it's {v} instead.",
        ],
        "ask_now": [
            "What date am I seeing the dentist?",
            "When do I have to go to the dentist?",
            "When's my next dental appointment, can you check?",
        ],
        "ask_then": [
            "What date was the dentist booked for before it got moved?",
            "What was the first date the dentist gave me?",
        ],
    },
    "contact": {
        "tell": [
            "Honestly, just {v} me, that's easiest for everybody.",
            "Please, {v} me, that is best for me.",
            "The best thing is to {v} me, I'm on the bus a lot.",
            "If you need me, {v} me, I'd much prefer that.",
            "For the booking, ehm, {v} me, yes, that's it, I'm hopeless with the other ways.",
        ],
        "change": [
            "From now on could you {v} me instead, it suits me better.",
            "Actually, change that, {v} me these days, the other way doesn't work for me.",
            "Please, now I want you to {v} me, not the old way.",
            "I've changed my mind about contact, {v} me please, from today.",
            "Oh, and before you go, I know I said otherwise before, but please {v} me from now "
            "on, it's easier with the new job.",
        ],
        "ask_now": [
            "What's the best way for you to get hold of me?",
            "If something comes up with the booking, how am I wanting you to reach me?",
            "When you need me, am I a text person, a phone person, or email?",
        ],
    },
    "nickname": {
        "tell": [
            "Oh, everyone calls me {v}, please do.",
            "Just {v} is fine, nobody uses my full name.",
            "Call me {v}, that's what my family say.",
            "I go by {v}, my pupils called me that for years.",
            "Ah, no need for all that formality, the whole street calls me {v}, you do the same.",
        ],
        "change": [
            "I've gone back to {v}, so call me that now, please.",
            "These days I go by {v}, it feels more like me.",
            "Please, call me {v} now, I changed it.",
            "I'm {v} now, new start, new name.",
            "You can drop the old name, I'm {v} again now, went back to it after the divorce.",
        ],
        "ask_now": [
            "What is it I like folk to call me?",
            "Which name should you use for me?",
            "When you greet me on the line, which name should come out?",
        ],
    },
}


def homeward_kinds() -> list[Kind]:
    """The kinds with the twenty-fourth held-out phrasing."""
    return heldout_kinds(_HOMEWARD)
