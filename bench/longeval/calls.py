"""The noise of real calls and the assembly of one call's turns around its statements.

Turn indices of statements (`Said.turn`) are set here, when a call is assembled.
"""

from __future__ import annotations

import functools
import random
import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from bench.eval.build import conversation_id
from bench.longeval.people import PEOPLE
from bench.longeval.people import Life
from bench.longeval.people import Said
from bench.longeval.people import pronouns
from bench.longeval.topics.family import FAR_CITIES
from bench.longeval.topics.family import WEDDING_VENUES
from bench.longeval.topics.habits import ERRANDS
from bench.longeval.topics.habits import SALONS
from bench.longeval.topics.habits import TEAMS
from bench.longeval.words import AGENT
from bench.longeval.words import AGENT_ID
from bench.longeval.words import AGENT_NAME
from bench.longeval.words import MAX_TURNS
from bench.longeval.words import MIN_TURNS
from bench.longeval.words import MONTHS
from bench.longeval.words import POOLS
from bench.longeval.words import WEEKDAYS
from omem.memory.keywords import STOPWORDS

HUBS = (
    "I just want to make sure everything is on track.",
    "You've always been so helpful, I really mean that.",
    "I don't want to take up too much of your time.",
    "It's been one of those weeks, you know?",
    "I feel like I'm always calling you guys.",
    "I really appreciate you keeping track of all this for me.",
    "Honestly, I'd be lost without you guys.",
    "Everything else is fine, nothing new really.",
    "I'll let you know if anything changes.",
    "Sorry, I'm a little all over the place today.",
    "I'm just trying to stay on top of things.",
    "Let me grab a pen real quick. Okay, go ahead.",
    "Sorry, I'm driving, so bear with me.",
    "Good to hear your voice, as always.",
    "I can never remember what I already told you, so stop me if I repeat myself.",
)
HUB_PROMPTS = (
    "How are things?",
    "What can I do for you today?",
    "How's everything going?",
    "How are you doing today?",
    "What's on your mind?",
)
HUB_ACKS = (
    "Of course.",
    "I'm happy to help.",
    "Anytime.",
    "No trouble at all.",
    "That's what I'm here for.",
    "Take your time.",
)
ACKS = (
    "Got it.",
    "Okay, I've noted that.",
    "Oh, that's lovely.",
    "Good to know.",
    "Mm-hm, got it.",
    "Thanks, I've added that to your file.",
    "Understood.",
    "Oh wow.",
    "Okay.",
    "Noted.",
)
GENERIC_PROMPTS = (
    "Anything else going on?",
    "What else is new?",
    "How are things otherwise?",
    "Is there anything else I should know?",
    "What else can I help with today?",
    "Anything new since we last spoke?",
)
TO_AGENT = (
    (
        "Can you remind me what time you close today?",
        "We're here until eight tonight, and nine to five on Saturdays.",
    ),
    (
        "Is this call being recorded?",
        "It is, just for quality and so I can keep your notes current.",
    ),
    ("Do you guys work weekends?", "We do, Saturdays nine to five."),
    (
        "What's the best number to reach you directly?",
        "This same number works any time; it comes straight to me.",
    ),
    (
        "How long does a refund usually take?",
        "Usually five to seven business days after it's processed.",
    ),
    ("Sorry, what was your name again?", f"It's {AGENT}."),
    ("Can you hear me okay? I'm on speaker.", "I can hear you fine."),
    (
        "Are you a real person or one of those AI things?",
        "I'm Keystone's virtual concierge, but I keep notes so you don't have to repeat yourself.",
    ),
    ("Can you send me a summary of this call?", "Of course, I'll send a recap after we hang up."),
    ("Is there a fee for that?", "No, that's included in your membership."),
    (
        "How do I update my card on file?",
        "You can do it in the app under Billing, or I can take it over the phone.",
    ),
    ("Did you get my message from the other day?", "I see it in your notes, yes."),
    (
        "Can you remind me what my membership includes?",
        "Bookings, reminders, errands and anything you need tracked, any time.",
    ),
)
STATUS = (
    "I just want to make sure everything is still on track with {t}.",
    "Any update on {t}, or is it all still on track?",
    "Can you double-check we're all set for {t}?",
)
STATUS_REPLIES = (
    "Everything's on track on our end.",
    "Yes, it's all in your file and nothing has changed.",
    "All set, nothing needs doing right now.",
)
THANKS = (
    f"Thanks, {AGENT}.",
    f"Thank you so much, {AGENT}, you're the best.",
    f"{AGENT}, you're a lifesaver, honestly.",
    f"Thanks, {AGENT}, I appreciate it.",
)
WEATHER = {
    6: (
        "It's finally warm here, we had the windows open all day.",
        "Gorgeous, first real summer week.",
        "It's muggy already, and it's only June.",
    ),
    7: (
        "It's so hot, it hit a hundred the other day.",
        "Hot. Just hot. I'm hiding in the AC.",
        "Thunderstorms every afternoon, like clockwork.",
    ),
    8: (
        "This heat, I tell you, I'm melting.",
        "Still sticky, but the evenings are nicer.",
        "Smoky, there's a wildfire somewhere again.",
    ),
    9: (
        "It's cooling off a little, thank goodness.",
        "Perfect, honestly, sweater weather in the mornings.",
        "Rainy, the first real rain in weeks.",
    ),
    10: (
        "The leaves are turning, it's gorgeous out.",
        "Chilly! I had to find my jacket.",
        "Windy, the trash cans blew over twice.",
    ),
    11: (
        "It's gray and drizzly, typical November.",
        "Cold, we turned the heat on this week.",
        "Dark by five, I hate it.",
    ),
    12: (
        "It's freezing, we got our first snow.",
        "Icy, I almost slipped getting the mail.",
        "Cold and bright, at least the sun's out.",
    ),
}
RAMBLE_LEAD = (
    "Okay, so, it's been a lot lately, I've barely had a minute to sit down and I kept meaning "
    "to call.",
    "I was going to call earlier but the whole afternoon just got away from me, you know how "
    "it is.",
    "Let me think, there were a couple of things, I wrote them on a sticky note and now I "
    "can't find the sticky note.",
    "So I was just out front talking to the neighbors about the recycling schedule, which "
    "changed again, don't ask.",
    "Honestly, the house has been chaos, there's laundry everywhere and the dishwasher is "
    "making that noise again.",
    "I had a whole list and I left it on the counter, so I'm going from memory here, bear "
    "with me.",
    "It's funny, I was just saying I needed to call you about a couple of things.",
    "Sorry, I'm in the car, I just came from the post office and the line was out the door.",
    "First of all, I finally cleaned out the hall closet, which was long overdue, so I'm "
    "feeling very accomplished.",
    "I'm sitting on the back steps because it's the only quiet spot, and I've got maybe ten "
    "minutes.",
    "Hold on, let me turn the radio down, there, that's better.",
    "So the mail came late again, which I know is not your problem, but it's the theme of my "
    "life lately.",
    "I've had the longest day, the printer jammed, the coffee maker quit, all of it.",
    "Okay, I made tea and I'm sitting down, so this is my official calling-you time.",
    "I keep starting sentences and forgetting where they were going, so be patient with me.",
    "The neighbor's been mowing since seven, so if you hear a lawnmower, that's why.",
    "Sorry if I sound out of breath, I just carried the groceries up the stairs.",
    "You know how some weeks just pile up, well, this is one of those weeks.",
)
RAMBLE_TAIL = (
    "Anyway, that's where things are.",
    "So yeah, one more thing off the list, I guess.",
    "I don't know, we'll see how it all shakes out.",
    "Anyway, I'm rambling, sorry.",
    "But that's life, right?",
    "So that's the update on that front, more or less.",
    "Which, honestly, is about all I can handle right now.",
    "And that's pretty much the whole saga.",
    "Anyway, enough about that.",
    "So, you know, that's that.",
    "It is what it is.",
    "I'll keep you posted, I guess.",
)
CLOSE_PROMPTS = (
    "Is there anything else I can help with today?",
    "Anything else before I let you go?",
    "What else can I do for you?",
)
CLOSE_USER = (
    f"No, that's everything. Thanks, {AGENT}, you've always been so helpful.",
    f"That's it for now. Thank you, {AGENT}.",
    "Nope, I think that's all. You've always been so helpful.",
    "That's all, thanks so much. Talk soon.",
)
BYES = (
    "You're welcome, {first}. Take care!",
    "My pleasure. Have a good one, {first}.",
    "Talk soon. Bye for now!",
)
_OPENERS = (
    "Um, ",
    "So, ",
    "Yeah, so ",
    "Oh, ",
    "Okay, so ",
    "Honestly, ",
    "Well, ",
    "Uh, ",
    "Right, so ",
)
_ASIDES = ("you know, ", "like, ", "I mean, ", "um, ")
_FILLED = frozenset("so oh well um uh yeah okay right honestly".split())


@functools.cache
def _proper() -> frozenset[str]:
    """Words that keep their capital after a filler: names, places, brands, months."""
    texts: list[str] = [
        AGENT,
        *MONTHS,
        *WEEKDAYS,
        *FAR_CITIES,
        *SALONS,
        *WEDDING_VENUES,
        *TEAMS.values(),
        "Dr",
        "Thai Korean Ethiopian Greek Vietnamese Motown",
    ]
    for person in PEOPLE:
        texts += [person.first, person.last, person.city, *(person.partner or ())]
        texts += [person.pet_name, person.product]
    for name, values in POOLS.items():
        if name == "med":
            texts += [v[1] for v in values]
        elif name == "repair":
            texts += [v[3] for v in values]
        else:
            texts += [str(x) for v in values for x in (v if isinstance(v, tuple) else (v,))]
    for entry in ERRANDS:
        texts += list(entry[-1])
    common = STOPWORDS | {
        "two",
        "new",
        "first",
        "good",
        "big",
        "little",
        "old",
        "happy",
        "lucky",
        "safe",
        "hope",
        "second",
        "blue",
        "golden",
        "bright",
        "clear",
        "straight",
        "family",
        "one",
        "anytime",
        "just",
        "street",
    }
    words = {w.strip(".,'") for t in texts for w in t.split() if w[:1].isupper()}
    return frozenset(w for w in words if w.lower() not in common)


def _soften(text: str) -> str:
    """Lower-case the first word unless it is "I" or a name, so a filler can precede it."""
    first = text.split(" ", 1)[0]
    bare = re.sub(r"[^A-Za-z']", "", first)
    if bare == "I" or bare.startswith("I'") or bare.strip("'") in _proper():
        return text
    return text[:1].lower() + text[1:]


def _spoken(text: str, r: random.Random) -> str:
    bare = re.sub(r"[^A-Za-z']", "", text.split(" ", 1)[0]).lower()
    if r.random() < 0.4 and bare not in _FILLED:
        text = r.choice(_OPENERS) + _soften(text)
    if r.random() < 0.25 and ", " in text:
        at = text.index(", ") + 2
        text = text[:at] + r.choice(_ASIDES) + text[at:]
    return text


def _ramble(text: str, r: random.Random) -> str:
    """A long turn (60-150 words) with the fact in its second or third sentence."""
    target = r.choice((60, 70, 90, 120))
    lead = r.sample(RAMBLE_LEAD, 3)
    parts = [lead[0], *(lead[1:2] if r.random() < 0.5 else []), text]
    tails = r.sample(RAMBLE_TAIL, 4) + lead[2:]
    while len(" ".join(parts).split()) < target and tails:
        parts.append(tails.pop())
    return " ".join(parts)


@dataclass
class Exchange:
    agent: str
    user: str
    said: list[Said] = field(default_factory=list)
    reply: str = ""  # what the agent says first in its next turn


def _opening(life: Life, i: int, r: random.Random) -> list[Exchange]:
    p, f = life.p, life.first
    if p.direction == "outbound":
        part = "morning" if life.starts[i].hour < 16 else "afternoon"
        agent = (
            f"Good {part}, this is {AGENT} from {AGENT_NAME}, calling for your weekly "
            f"check-in. Is this {f}?"
        )
        if i == 0:
            user = {
                "this_is": f"Yes, this is {f} {p.last}. Hello, dear.",
                "my_name_is": f"Yes, speaking. My name is {p.first} {p.last}, in case you "
                "need it for the file.",
            }.get(p.intro, "Yes, speaking.")
        else:
            user = r.choice(
                (
                    "Yes, it's me. Good morning to you.",
                    "Speaking! Hello, dear.",
                    "Yes, yes. Hello.",
                )
            )
        return [Exchange(agent, user, reply=r.choice(("Lovely to hear you.", "Wonderful.")))]
    help_ = f"Thanks for calling {AGENT_NAME}, this is {AGENT}. How can I help you today?"
    ask_name = f"Thank you for calling {AGENT_NAME}, this is {AGENT}. Who am I speaking with?"
    named = p.intro != "none"
    trap = ""
    if p.trap == "pet" and life.pet and life.pet[3] < i and r.random() < 0.4:
        name, g = life.pet[0], pronouns(life.pet[1])
        trap = r.choice(
            (
                f"Oh, sorry, this is {name}, {g['he']}'s barking at the mail carrier. Hang on. "
                "Okay, hi.",
                f"Sorry! This is {name} you hear, {g['he']} goes nuts when the phone rings. Hi.",
                f"This is {name} again, ignore the noise. Anyway, hi.",
            )
        )
    elif p.product == "Nighthawk" and life.product and r.random() < 0.35:
        trap = r.choice(
            (
                "It is the Nighthawk again, it keeps dropping the connection. Sorry, hi.",
                "It's the Nighthawk, it's blinking orange again, sorry, hi.",
            )
        )
    elif p.product == "Wingspan" and r.random() < 0.15:
        trap = r.choice(
            (
                "It is Wingspan, the board game, my whole family is obsessed, sorry, "
                "I'm still laughing. Hi.",
                "It's Wingspan night, sorry, I'm hiding in the kitchen. Hi.",
            )
        )
    if trap:
        out = [Exchange(help_, trap, reply="No problem at all!")]
        if named:
            out.append(
                Exchange(
                    "And who am I speaking with?",
                    r.choice((f"{f}, sorry, it's {f}.", f"It's {f} {p.last}.")),
                    reply=f"Hi {f}.",
                )
            )
        return out
    if named and (i == 0 or r.random() < 0.35):
        user = r.choice(
            {
                "this_is": (
                    f"Hi, this is {f} {p.last}.",
                    f"Hi {AGENT}, this is {f}.",
                    f"This is {f} {p.last}, hi.",
                ),
                "my_name_is": (
                    f"Hi, my name is {f} {p.last}, I'm a member.",
                    f"Hello, my name is {f} {p.last}, calling again.",
                ),
                "im": (
                    f"Hi, I'm {f} {p.last}, I think you have my file.",
                    f"Hey, I'm {f}. {f} {p.last}.",
                ),
            }[p.intro]
        )
        return [
            Exchange(
                ask_name,
                user,
                reply=r.choice((f"Hi {f}, good to hear from you.", f"Welcome back, {f}.")),
            )
        ]
    agent = (
        f"Hi {f}, it's {AGENT} at {AGENT_NAME}. What can I do for you today?"
        if named and i > 0 and r.random() < 0.6
        else help_
    )
    user, reply = r.choice(
        (
            ("Hi, yeah, hi. I had a couple of things.", "Of course, go ahead."),
            ("Hey there. Okay, so, a couple of things.", "Sure thing."),
            ("Hi. Sorry, I'm a little frazzled today.", "No rush at all."),
            ("Hi! Good to hear you.", "Good to hear you too."),
            ("Hello, hello. How are you?", "I'm doing well, thanks."),
        )
    )
    return [Exchange(agent, user, reply=reply)]


def _noise(life: Life, i: int, r: random.Random, hubs: Sequence[str], seen: set[str]) -> Exchange:
    """One exchange of what calls are mostly made of: generic statements (the hubs), questions
    to the agent, asides about people already mentioned, checks on open matters, thanks."""
    mentions = [text for first, text in life.mentions if first <= i and text not in seen]
    topics = [text for first, last, text in life.topics if first < i <= last]
    kinds = ["hub"] * 3 + ["to_agent"] * 2 + ["thanks", "yesno", "weather"]
    kinds += ["mention"] * (2 if mentions else 0) + ["status"] * (2 if topics else 0)
    for _ in range(20):
        kind = r.choice(kinds)
        if kind == "hub":
            text = r.choice(hubs) if r.random() < 0.7 else r.choice(HUBS)
            if text in seen:
                continue
            seen.add(text)
            return Exchange(
                r.choice(HUB_PROMPTS),
                _ramble(text, r) if r.random() < 0.1 else _spoken(text, r),
                reply=r.choice(HUB_ACKS),
            )
        if kind == "to_agent":
            question, answer = r.choice(TO_AGENT)
            if question in seen:
                continue
            seen.add(question)
            return Exchange(r.choice(GENERIC_PROMPTS), _spoken(question, r), reply=answer)
        if kind == "mention":
            text = r.choice(mentions)
            seen.add(text)
            return Exchange(
                r.choice(GENERIC_PROMPTS),
                text,
                reply=r.choice(("Ha!", "Oh no.", "Aw.", "Ha, I love that.")),
            )
        if kind == "status" and "status" not in seen:
            seen.add("status")
            return Exchange(
                r.choice(HUB_PROMPTS),
                r.choice(STATUS).format(t=r.choice(topics)),
                reply=r.choice(STATUS_REPLIES),
            )
        if kind == "yesno" and "yesno" not in seen:
            seen.add("yesno")
            answer, reply = r.choice(
                (
                    ("Sure, that'd be great.", "Done."),
                    ("Yes, please.", "Done."),
                    ("No, I'm okay.", "No problem."),
                )
            )
            return Exchange(
                r.choice(
                    (
                        "Would you like a reminder about any of that?",
                        "Should I send you a text recap?",
                    )
                ),
                answer,
                reply=reply,
            )
        if kind == "weather" and "weather" not in seen and life.day(i).month in WEATHER:
            seen.add("weather")
            return Exchange(
                r.choice(
                    (
                        f"How's the weather treating you in {life.p.city}?",
                        "Is it nice out over there?",
                    )
                ),
                _spoken(r.choice(WEATHER[life.day(i).month]), r),
                reply=r.choice(("Ha, I hear you.", "Oh, I bet.")),
            )
    text = r.choice([t for t in THANKS if t not in seen] or THANKS)
    seen.add(text)
    return Exchange("Does that help?", text, reply="You're very welcome.")


def assemble(life: Life, i: int, hubs: Sequence[str]) -> dict[str, Any]:
    r = life.rng
    p = life.p
    saids = [s for s in life.said if s.call == i]
    blocks: list[list[Exchange]] = []  # a statement with the exchanges that lead up to it
    k = 0
    while k < len(saids):
        said = saids[k]
        block = [Exchange(agent, _spoken(user, r)) for agent, user in said.lead]
        group, text = [said], said.user
        nxt = saids[k + 1] if k + 1 < len(saids) else None
        if said.standalone and nxt and nxt.standalone and not nxt.lead and r.random() < 0.4:
            text += (
                " " + r.choice(("Oh, and ", "Also, ", "And the other thing, ")) + _soften(nxt.user)
            )
            group.append(nxt)
            k += 1
        elif r.random() < 0.25:
            text = _ramble(text, r)
        ack = r.choice(ACKS) + (" " + said.echo if said.echo else "")
        block.append(Exchange(said.agent, _spoken(text, r), group, reply=ack))
        blocks.append(block)
        k += 1
    exchanges = _opening(life, i, r)
    seen: set[str] = set()
    if r.random() < 0.35 and life.day(i).month in WEATHER:
        seen.add("weather")
        exchanges.append(
            Exchange(
                r.choice(
                    (f"How's the weather treating you in {p.city}?", "Is it nice out over there?")
                ),
                _spoken(r.choice(WEATHER[life.day(i).month]), r),
                reply=r.choice(("Ha, I hear you.", "Oh, I bet.")),
            )
        )
    room = r.randint(2, 6) if saids else r.randint(4, 9)
    if r.random() < 0.12:
        room = r.randint(9, 15)  # now and then a long, chatty call
    room = min(room, (MAX_TURNS - 1) // 2 - 1 - len(exchanges) - sum(map(len, blocks)))
    for _ in range(max(room, 0)):
        blocks.insert(r.randint(0, len(blocks)), [_noise(life, i, r, hubs, seen)])
    exchanges += [exchange for block in blocks for exchange in block]
    exchanges.append(Exchange(r.choice(CLOSE_PROMPTS), r.choice(CLOSE_USER)))
    while len(exchanges) * 2 < MIN_TURNS:
        exchanges.insert(-1, _noise(life, i, r, hubs, seen))
    turns: list[dict[str, Any]] = []
    reply = ""
    for exchange in exchanges:
        agent = f"{reply} {exchange.agent}".strip()
        if exchange.said and r.random() < 0.2 and p.intro != "none":
            agent = f"{agent.rstrip('?')}, {life.first}?" if agent.endswith("?") else agent
        turns.append({"role": "agent", "message": agent})
        for said in exchange.said:
            said.turn = len(turns)
        turns.append({"role": "user", "message": exchange.user})
        reply = exchange.reply
    if r.random() < 0.6:
        turns.append(
            {
                "role": "agent",
                "message": f"{reply} {r.choice(BYES).format(first=life.first)}".strip(),
            }
        )
    timed, clock = [], 0.0
    for turn in turns:
        timed.append({**turn, "time_in_call_secs": int(clock)})
        clock += 1.5 + len(turn["message"].split()) / 2.5
    start = life.starts[i]
    key = f"{p.key}_{i + 1:02d}"
    if saids and r.random() > 0.25 or not saids and r.random() < 0.4:
        summary = " ".join(s.summary for s in saids if s.summary) or f"{life.first} checked in."
        title = next((s.title for s in saids if s.title), "Check-in")
    else:
        kind = "Inbound" if p.direction == "inbound" else "Outbound"
        summary = r.choice(
            (
                f"{kind} call on {start.day} {MONTHS[start.month - 1]}.",
                "Caller checked in; no changes.",
                f"Call with member on {WEEKDAYS[start.weekday()]}.",
            )
        )
        title = r.choice(("Check-in", "General call", "Member call"))
    data: dict[str, Any] = {}
    if r.random() < (0.6 if p.intro == "none" else 0.4):
        data["caller_name"] = p.name
    for said in saids:
        data.update(said.data)
    return {
        "key": key,
        "caller": f"+1{p.area}55501{20 + life.index:02d}",
        "caller_key": p.key,
        "caller_name": p.name,
        "conversation_id": conversation_id(f"longeval:{key}"),
        "agent_id": AGENT_ID,
        "direction": p.direction,
        "start_time_unix_secs": int(start.timestamp()),
        "start": start.strftime("%Y-%m-%d %H:%M") + " UTC",
        "call_duration_secs": int(clock) + 2,
        "turns": timed,
        "analysis": {"title": title, "summary": summary, "data_collection": data},
    }
