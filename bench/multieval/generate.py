"""Generate issue 17's multilingual evaluation sets: `es/`, `de/` and `fr/`, each a
`calls.json` and a `questions.json` in the shape `bench.retrieval_quality` replays.

Eight synthetic callers per language phone the concierge agent six times each, in Spanish,
German or French, with the agent answering in the same language. They tell facts of the same
kinds with different values (a pet, a child's allergy, a job, a home, when to call, a
membership number read digit by digit, appointments and trips given as relative dates, a
partner's workplace, a diet, a health matter), between greetings, small talk and fillers, and
mention other people's facts of the same kinds. Questions paraphrase; about a third are asked
in another language than the call's (mostly English). Each question carries its evidence
(caller turns), its type, its `question_language` and its answer in the words of the call.

Deterministic (a fixed seed, the standard library only, no network):

    .venv/bin/python -m bench.multieval.generate [--check]
    .venv/bin/python -m bench.retrieval_quality --set bench/multieval/es
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from types import ModuleType
from typing import Any

from bench.eval.build import conversation_id
from bench.multieval import de
from bench.multieval import en
from bench.multieval import es
from bench.multieval import fr

HERE = Path(__file__).resolve().parent
SEED = 17
LANGUAGES: dict[str, ModuleType] = {"es": es, "de": de, "fr": fr}
ASKERS: dict[str, ModuleType] = {"es": es, "de": de, "fr": fr, "en": en}
START = dt.datetime(2025, 3, 3, tzinfo=dt.UTC)
CALLS_PER_CALLER = 6
OTHER_SHARE = 0.36  # questions asked in another language than the call's
ENGLISH_OF_OTHER = 0.7  # of those, the share asked in English (the rest: the other two)
TYPES = ("single", "multi-hop", "temporal", "preference", "update", "inference")
MIN_CALLS, MIN_QUESTIONS, MIN_OTHER = 40, 120, 0.30


@dataclass
class Segment:
    """An agent line and the caller's answer (one pair of turns)."""

    agent: str
    user: str
    tags: tuple[str, ...] = ()
    reply: str = ""  # the agent's answer to a question the caller asked, said next
    lower_ok: bool = True  # the caller's line may be lower-cased after a joining word


@dataclass
class Call:
    key: str
    start: dt.datetime
    head: list[Segment] = field(default_factory=list)
    body: list[Segment] = field(default_factory=list)
    scripted: bool = False
    turns: list[dict[str, Any]] = field(default_factory=list)
    positions: dict[str, int] = field(default_factory=dict)

    @property
    def day(self) -> dt.date:
        return self.start.date()

    @property
    def duration(self) -> int:
        return 20 + sum(4 + len(t["message"]) // 14 for t in self.turns)

    @property
    def end(self) -> dt.datetime:
        return self.start + dt.timedelta(seconds=self.duration)


def gendered(text: str, caller: str, other: str = "f") -> str:
    """`[female|male]` follows the caller's gender, `<female|male>` another person's."""
    text = re.sub(
        r"\[([^\[\]|]*)\|([^\[\]]*)\]", lambda m: m.group(1 if caller == "f" else 2), text
    )
    return re.sub(r"<([^<>|]*)\|([^<>]*)>", lambda m: m.group(1 if other == "f" else 2), text)


def fold(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def words(text: str) -> set[str]:
    return set(re.findall(r"[^\W_]+", fold(text)))


def relative_day(lang: ModuleType, rng: random.Random, day: dt.date) -> tuple[str, dt.date]:
    """A day after `day`, said as a relative date in `lang`, and the day it means.

    "next <weekday>" ("el martes que viene", "nächsten Dienstag", "mardi prochain") is only
    said for a weekday no later in the week than today, and "this <weekday>" for one later in
    the week, so that both readings people have of "next Tuesday" give the same day."""
    monday = day - dt.timedelta(days=day.weekday())
    kind = rng.choices(
        ["tomorrow", "after_tomorrow", "this", "next", "next_week", "two_weeks"],
        weights=[2, 1, 3, 4, 3, 2],
    )[0]
    if kind == "this" and day.weekday() >= 5:
        kind = "next_week"
    if kind == "tomorrow":
        target = day + dt.timedelta(days=1)
    elif kind == "after_tomorrow":
        target = day + dt.timedelta(days=2)
    elif kind == "two_weeks":
        target = day + dt.timedelta(days=14)
    elif kind == "this":
        target = monday + dt.timedelta(days=rng.randint(day.weekday() + 1, 5))
    elif kind == "next":
        target = monday + dt.timedelta(days=7 + rng.randint(0, min(day.weekday(), 5)))
    else:
        target = monday + dt.timedelta(days=7 + rng.randint(0, 5))
    phrase = rng.choice(lang.REL[kind]).format(wd=lang.WEEKDAYS[target.weekday()])
    return phrase, target


def spoken_digits(lang: ModuleType, rng: random.Random, number: str) -> str:
    names = list(lang.DIGITS)
    for digit, alternative in getattr(lang, "DIGIT_ALT", {}).items():
        if rng.random() < 0.5:
            names[digit] = alternative
    return " ".join(names[int(d)] for d in number)


class Life:
    """One caller: six calls, what is said in which, and the questions to ask afterwards."""

    def __init__(
        self,
        lang: ModuleType,
        rng: random.Random,
        person: tuple[str, str, str, str],
        index: int,
        draw: dict[str, list[Any]],
    ) -> None:
        self.L, self.rng = lang, rng
        self.key, self.first, self.last, self.g = person
        self.number = lang.PHONE.format(101 + index)
        self.draw = draw
        self.pin: dict[str, Any] = lang.PINNED.get(self.key, {})
        self.asks: list[dict[str, Any]] = []
        self.dates: list[dt.date] = []  # every day an event of this caller's calls falls on
        at = START + dt.timedelta(days=rng.randint(0, 10), hours=rng.randint(7, 16))
        self.calls: list[Call] = []
        for n in range(CALLS_PER_CALLER):
            start = at.replace(hour=rng.randint(7, 16), minute=rng.randint(0, 59))
            self.calls.append(Call(f"{self.key}_{n + 1:02d}", start))
            at += dt.timedelta(days=rng.randint(9, 19))
        self.scripted = {tag for _, _, tags in self.pin.get("script", []) for tag in tags}
        # (tag, call, answer, day, question key, phrase as said) of the appointment and trip
        self.plans: list[tuple[str, int, str, dt.date, Any, str]] = []

    # ------------------------------------------------------------ saying things

    def fill(self, template: str, other: str = "f", **values: str) -> str:
        return gendered(template.format(**values), self.g, other)

    def speak(self, template: str, other: str = "f", **values: str) -> tuple[str, bool]:
        """The caller's line with fillers; whether it may be lower-cased when joined."""
        text = self.fill(template, other, **values)
        lower_ok = not template.startswith("{") or template.startswith("{Mine}")
        fillers = {
            w.strip(",. ").casefold()
            for f in self.L.FILL_PRE + self.L.FILL_POST
            for w in f.split()
        }
        opening = text.split()[0].strip(",.…").casefold()
        if self.rng.random() < 0.3 and opening not in fillers:
            pre = self.rng.choice(self.L.FILL_PRE)
            text = pre + (text[0].lower() + text[1:] if lower_ok else text)
            lower_ok = True
        if self.rng.random() < 0.2:
            post = self.rng.choice(self.L.FILL_POST)
            if post.strip(" .?").casefold() not in text[-20:].casefold():
                text = text + post
        return text, lower_ok

    def state(
        self, at: int, tag: str, topic: str, template: str, other: str = "f", **values: str
    ) -> None:
        """A fact said in call `at`, answering a prompt of the topic or a generic one."""
        if tag in self.scripted:
            return
        prompts = self.L.FACTS[topic].get("prompt", [])
        agent = self.rng.choice(
            prompts if prompts and self.rng.random() < 0.45 else self.L.PROMPTS
        )
        user, lower_ok = self.speak(template, other, **values)
        self.calls[at].body.append(
            Segment(gendered(agent, self.g), user, (tag,), lower_ok=lower_ok)
        )

    def aside(self, topic: str, other: str = "f", **values: str) -> None:
        """Someone else's fact of the topic's kind, in any call: it is nobody's answer."""
        template = self.rng.choice(self.L.FACTS[topic]["other"])
        at = self.rng.randrange(CALLS_PER_CALLER)
        user, lower_ok = self.speak(template, other, **values)
        agent = gendered(self.rng.choice(self.L.PROMPTS), self.g)
        self.calls[at].body.append(Segment(agent, user, lower_ok=lower_ok))

    def where(self, tag: str, low: int = 0, high: int = CALLS_PER_CALLER - 1) -> int:
        return 0 if tag in self.scripted else self.rng.randint(low, high)

    def ask(
        self,
        kind: str,
        qtype: str,
        key: str | tuple[str, str],
        answer: str,
        evidence: list[str],
        **extra: Any,
    ) -> None:
        pinned = self.pin.get("asks", {}).get(kind)
        self.asks.append(
            {
                "type": qtype,
                "kind": kind,
                "key": key,
                "answer": answer,
                "evidence": evidence,
                "pinned": pinned,
                **extra,
            }
        )

    def value(self, pool: str, pinned: str | None = None) -> Any:
        if pinned and pinned in self.pin.get("values", {}):
            return self.pin["values"][pinned]
        return self.draw[pool].pop()

    def other(self, values: list[Any], *own: Any) -> Any:
        return self.rng.choice([v for v in values if v not in own])


# ---------------------------------------------------------------- the kinds of fact


def _pet(life: Life) -> str:
    L, rng, F = life.L, life.rng, life.L.FACTS
    name, mine, breed, breed_acc, bare = life.value("pet", "pet")
    at = life.where("pet", 0, 2)
    life.state(
        at,
        "pet",
        "pet",
        rng.choice(F["pet"]["tell"]),
        pet=name,
        mine=mine,
        Mine=mine[0].upper() + mine[1:],
        breed=breed,
        breed_acc=breed_acc,
    )
    life.ask("pet", "single", "pet", f"{name}, {bare}", ["pet"])
    if rng.random() < 0.8:
        oname, _, obreed, obreed_acc, _ = life.other(L.PETS, (name, mine, breed, breed_acc, bare))
        life.aside("pet", opet=oname, obreed=obreed, obreed_acc=obreed_acc)
    vet, vet_core = life.value("vet")
    vat = rng.randint(at + 1, CALLS_PER_CALLER - 1)
    life.state(vat, "vet", "vet", rng.choice(F["vet"]["tell"]), pet=name, vet=vet)
    life.ask("vet", "multi-hop", "vet", f"{vet_core}, {name}", ["pet", "vet"])
    if rng.random() < 0.5:
        oname = life.other(L.PETS, (name, mine, breed, breed_acc, bare))[0]
        life.aside("vet", opet=oname, ovet=life.other(L.VETS, (vet, vet_core))[0])
    return name


def _child(life: Life) -> None:
    L, rng, F = life.L, life.rng, life.L.FACTS
    child, cg = life.value("child", "child")
    allergen = life.value("allergen", "allergen")
    pred, core = (gendered(t, life.g, cg) for t in L.ALLERGENS[allergen])
    at = life.where("allergy", 0, 3)
    life.state(
        at,
        "allergy",
        "allergy",
        rng.choice(F["allergy"]["tell"]),
        cg,
        child=child,
        my_child=L.MY_CHILD[cg],
        pred=pred,
    )
    if rng.random() < 0.5:
        life.ask("allergy", "single", "allergy", core, ["allergy"], child=child, child_g=cg)
    life.ask(
        "allergy-inference",
        "inference",
        ("ASK_ALLERGY", allergen),
        core,
        ["allergy"],
        child=child,
        child_g=cg,
    )
    if rng.random() < 0.7:
        other = life.other(sorted(L.ALLERGENS), allergen)
        life.aside(
            "allergy",
            opred_f=gendered(L.ALLERGENS[other][0], life.g, "f"),
            opred_m=gendered(L.ALLERGENS[other][0], life.g, "m"),
        )
    activity, activity_core = life.value("activity")
    weekday = rng.randint(0, 4)
    ahead = rng.randint(at + 1, CALLS_PER_CALLER - 1)
    life.state(
        ahead,
        "activity",
        "activity",
        rng.choice(F["activity"]["tell"]),
        cg,
        child=child,
        activity=activity,
        wd=L.HABITUAL[weekday],
    )
    life.ask(
        "activity",
        "multi-hop",
        "activity",
        f"{activity_core}, {child}",
        ["allergy", "activity"],
        child=child,
        child_g=cg,
    )
    if rng.random() < 0.4:
        life.aside("activity", oactivity=life.other(L.ACTIVITIES, (activity, activity_core))[0])


def _partner(life: Life) -> None:
    L, rng, F = life.L, life.rng, life.L.FACTS
    pg = "m" if life.g == "f" else "f"
    partner = life.value(f"partner_{pg}")
    at = rng.randint(0, 3)
    life.state(
        at,
        "partner",
        "partner",
        rng.choice(F["partner"]["tell"]),
        pg,
        partner=partner,
        my_partner=L.MY_PARTNER[life.g],
    )
    place, core = life.value("workplace")
    later = rng.randint(at + 1, CALLS_PER_CALLER - 1)
    life.state(
        later, "work", "work", rng.choice(F["work"]["tell"]), pg, partner=partner, workplace=place
    )
    life.ask(
        "partner-work", "multi-hop", "partner_work", f"{core}, {partner}", ["partner", "work"]
    )
    if rng.random() < 0.6:
        life.aside("work", oworkplace=life.other(L.WORKPLACES, (place, core))[0])


def _changing(life: Life, kind: str, pool: str, changes: bool) -> None:
    """A job, a home or a time to call: told, and for two of the three changed later."""
    L, rng, F = life.L, life.rng, life.L.FACTS
    first = gendered(life.value(pool, kind), life.g)
    at = life.where(kind, 0, 2 if changes else 4)
    extra = {"my_partner": L.MY_PARTNER[life.g]}
    life.state(at, kind, kind, rng.choice(F[kind]["tell"]), v=first, job=first, **extra)
    if changes:
        new = gendered(life.value(pool), life.g)
        later = rng.randint(at + 2, CALLS_PER_CALLER - 1)
        life.state(
            later, f"{kind}-new", kind, rng.choice(F[kind]["change"]), old=first, new=new, **extra
        )
        life.ask(
            kind, "update", f"{kind}_now", new, [f"{kind}-new"], stale=[kind], stale_answer=first
        )
    else:
        life.ask(kind, "preference" if kind == "contact" else "single", kind, first, [kind])
    if rng.random() < 0.7:
        pool_values = {"job": L.JOBS, "home": L.HOMES, "contact": L.CONTACTS}[kind]
        other = life.other(pool_values, first)
        life.aside(
            kind, ov=other, ojob_f=gendered(other, "f"), ojob_m=gendered(other, "m"), **extra
        )


def _number(life: Life) -> None:
    L, rng = life.L, life.rng
    right = f"{rng.randint(1, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}{rng.randint(0, 9)}"
    said = spoken_digits(L, rng, right)
    digits = said
    if rng.random() < 0.5:
        wrong = right[:3] + str((int(right[3]) + rng.randint(1, 8)) % 10)
        digits = rng.choice(L.CORRECT).format(wrong=spoken_digits(L, rng, wrong), right=said)
    at = rng.randrange(CALLS_PER_CALLER)
    life.state(at, "number", "number", rng.choice(L.FACTS["number"]["tell"]), digits=digits)
    life.ask("number", "single", "number", said, ["number"], written=right)


def _likes(life: Life) -> None:
    L, rng, F = life.L, life.rng, life.L.FACTS
    first, third, core = life.value("hobby")
    at = rng.randrange(CALLS_PER_CALLER)
    life.state(
        at,
        "hobby",
        "hobby",
        rng.choice(F["hobby"]["tell"]),
        hobby=first,
        wd=L.HABITUAL[rng.randint(0, 4)],
    )
    life.ask("hobby", "single", "hobby", core, ["hobby"])
    if rng.random() < 0.5:
        life.aside("hobby", ohobby=life.other(L.HOBBIES, (first, third, core))[1])
    food, food_core = life.value("food")
    at = rng.randrange(CALLS_PER_CALLER)
    life.state(at, "food", "food", rng.choice(F["food"]["tell"]), food=food)
    life.ask("food", "preference", "food", food_core, ["food"])
    if rng.random() < 0.6:
        life.aside(
            "food",
            ofood=life.other(L.FOODS, (food, food_core))[0],
            my_partner=L.MY_PARTNER[life.g],
        )
    channel, channel_core = rng.choice(L.CHANNELS)
    at = rng.randrange(CALLS_PER_CALLER)
    life.state(at, "channel", "channel", rng.choice(F["channel"]["tell"]), v=channel)
    life.ask("channel", "preference", "channel", channel_core, ["channel"])
    if rng.random() < 0.4:
        life.aside("channel", ochannel=life.other(L.CHANNELS, (channel, channel_core))[0])


def _traits(life: Life) -> None:
    """A diet and a health matter: each answers a question that does not name it."""
    L, rng, F = life.L, life.rng, life.L.FACTS
    for topic, table, others, ask in (
        ("diet", L.DIETS, L.DIET_OTHERS, "ASK_DIET"),
        ("health", L.HEALTH, L.HEALTH_OTHERS, "ASK_HEALTH"),
    ):
        which = life.value(topic)
        pred, core = (gendered(t, life.g) for t in table[which])
        at = rng.randrange(CALLS_PER_CALLER)
        life.state(at, topic, topic, rng.choice(F[topic]["tell"]), pred=pred)
        life.ask(topic, "inference", (ask, which), core, [topic])
        if rng.random() < 0.6:
            life.aside(topic, opred=gendered(others[life.other(sorted(others), which)], life.g))


def _when(life: Life, rng: random.Random, day: dt.date) -> tuple[str, str, dt.date]:
    """A relative day as said (sometimes corrected), the phrase that holds, and its date."""
    phrase, target = relative_day(life.L, rng, day)
    life.dates.append(target)
    if rng.random() < 0.2:
        wrong, wrong_day = relative_day(life.L, rng, day)
        if wrong_day != target:
            life.dates.append(wrong_day)
            return rng.choice(life.L.CORRECT).format(wrong=wrong, right=phrase), phrase, target
    return phrase, phrase, target


def _plans(life: Life) -> None:
    """An appointment and a trip on days given relative to the call, and someone else's."""
    L, rng, F = life.L, life.rng, life.L.FACTS
    event = life.value("appointment")
    said, core = L.APPOINTMENTS[event]
    at = rng.randrange(CALLS_PER_CALLER)
    when, phrase, day = _when(life, rng, life.calls[at].day)
    life.state(
        at,
        "appointment",
        "appointment",
        rng.choice(F["appointment"]["tell"]),
        when=when,
        event=said,
    )
    plans: list[tuple[str, int, str, dt.date, Any, str]] = [
        ("appointment", at, core, day, ("ASK_APPT", event), phrase)
    ]
    city = life.value("city")
    trip_at = rng.randrange(CALLS_PER_CALLER)
    when, phrase, trip_day = _when(life, rng, life.calls[trip_at].day)
    life.state(trip_at, "trip", "trip", rng.choice(F["trip"]["tell"]), when=when, city=city)
    plans.append(("trip", trip_at, city, trip_day, "trip_when", phrase))
    theirs = sorted(set(L.APPOINTMENTS) - {"school"})  # a parent's: no school meeting
    for topic, own, pool in (("appointment", event, theirs), ("trip", city, L.CITIES)):
        if rng.random() < 0.6:
            other_at = rng.randrange(CALLS_PER_CALLER)
            owhen, oday = relative_day(L, rng, life.calls[other_at].day)
            life.dates.append(oday)
            other = life.other(pool, own)
            template = rng.choice(F[topic]["other"])
            user, lower_ok = life.speak(
                template, owhen=owhen, oevent=L.APPOINTMENTS.get(other, ("",))[0], ocity=other
            )
            agent = gendered(rng.choice(L.PROMPTS), life.g)
            life.calls[other_at].body.append(Segment(agent, user, lower_ok=lower_ok))
    for tag, _, _, day, key, phrase in plans:
        life.ask(
            f"{tag}-when", "temporal", key, phrase, [tag], answer_date=day.isoformat(), before=day
        )
    life.plans = plans


def _on_days(life: Life) -> None:
    """ "What had she planned for 11 March?": only for a day no other event is near."""
    for tag, _, core, day, _, _ in life.plans:
        near = [d for d in life.dates if abs((d - day).days) <= 1]
        if len(near) == 1 and life.rng.random() < 0.75:
            life.ask(
                f"{tag}-day",
                "temporal",
                "on_date",
                core,
                [tag],
                day=day,
                answer_date=day.isoformat(),
            )


# ---------------------------------------------------------------- assembling the calls


def _chatter(life: Life) -> None:
    L, rng = life.L, life.rng
    for n, call in enumerate(life.calls):
        if n == 0 and "script" in life.pin:
            call.head = [Segment(a, u, tuple(t), lower_ok=False) for a, u, t in life.pin["script"]]
            call.scripted = True
        else:
            known = n == 0 or rng.random() < 0.65
            ident = rng.choice(L.IDENT if known else L.IDENT_ANON)
            how = rng.choice(L.HOW if known else L.HOW_ANON)
            call.head = [
                Segment(rng.choice(L.GREET), ident.format(first=life.first, last=life.last)),
                Segment(
                    gendered(how.format(first=life.first, last=life.last), life.g),
                    gendered(rng.choice(L.HOW_REPLY), life.g),
                ),
            ]
        for agent, user in rng.sample(L.SMALL, rng.randint(2, 3)):
            call.body.append(Segment(agent, gendered(user, life.g)))
        if rng.random() < 0.5:
            question, reply = rng.choice(L.OWN)
            call.body.append(Segment(rng.choice(L.PROMPTS), question, reply=reply))
        if rng.random() < 0.4:
            call.body.append(Segment(rng.choice(L.PROMPTS), gendered(rng.choice(L.HUBS), life.g)))


def _merge(life: Life) -> None:
    """Now and then two facts in one turn, as callers do ("Ah, y ...")."""
    L, rng = life.L, life.rng
    for call in life.calls:
        facts = [s for s in call.body if s.tags]
        if len(facts) >= 2 and rng.random() < 0.3:
            a, b = rng.sample(facts, 2)
            if not b.lower_ok:
                continue
            opening = b.user.split()[0].strip(",.…:").casefold()
            spoken = {w.strip(",.: ").casefold() for f in L.FILL_PRE + L.JOIN for w in f.split()}
            if opening in spoken:  # it opens with its own "Ah, y" or "Bueno"
                a.user = f"{a.user} {b.user}"
            else:
                a.user = f"{a.user} {rng.choice(L.JOIN)}{b.user[0].lower()}{b.user[1:]}"
            a.tags = a.tags + b.tags
            call.body.remove(b)


def _render(life: Life) -> None:
    L, rng = life.L, life.rng
    for call in life.calls:
        rng.shuffle(call.body)
        closing = Segment(rng.choice(L.CLOSE), rng.choice(L.BYE))
        reply, told, last = "", False, ""
        for n, seg in enumerate([*call.head, *call.body, closing]):
            agent = seg.agent
            if agent == last:
                agent = rng.choice([p for p in L.PROMPTS if p != last])
            last = agent
            if call.scripted and n < len(call.head):
                pass  # the quoted call, word for word
            elif reply:
                agent = f"{reply} {agent}"
            elif told and rng.random() < 0.5:
                agent = f"{rng.choice(L.ACKS)} {agent}"
            call.turns.append({"role": "agent", "message": agent})
            call.turns.append({"role": "user", "message": seg.user})
            for tag in seg.tags:
                call.positions[tag] = len(call.turns) - 1
            reply, told = seg.reply, bool(seg.tags)
        at = 0
        for turn in call.turns:
            turn["time_in_call_secs"] = at
            at += 4 + len(turn["message"]) // 14


def build_caller(
    lang: ModuleType,
    rng: random.Random,
    person: tuple[str, str, str, str],
    index: int,
    draw: dict[str, list[Any]],
) -> Life:
    life = Life(lang, rng, person, index, draw)
    _chatter(life)
    _pet(life)
    _child(life)
    _partner(life)
    kinds = ["job", "home", "contact"]
    changing = set(life.pin.get("changes") or rng.sample(kinds, 2))
    for kind, pool in (("job", "job"), ("home", "home"), ("contact", "contact")):
        _changing(life, kind, pool, kind in changing)
    _number(life)
    _likes(life)
    _traits(life)
    _plans(life)
    _on_days(life)
    _merge(life)
    _render(life)
    return life


def _pools(lang: ModuleType, rng: random.Random) -> dict[str, list[Any]]:
    """Values drawn without replacement across a language's callers (popped from the end)."""
    # A pinned pet or child is nobody else's; pinned allergens, times and so on may repeat.
    pinned = [
        pin["values"][kind]
        for pin in lang.PINNED.values()
        for kind in ("pet", "child")
        if kind in pin.get("values", {})
    ]

    def shuffled(values: list[Any], times: int = 1) -> list[Any]:
        out = [v for v in values if v not in pinned]
        rng.shuffle(out)
        return out * times

    children = [(name, g) for g in ("f", "m") for name in lang.CHILDREN[g]]
    return {
        "pet": shuffled(lang.PETS),
        "vet": shuffled(lang.VETS),
        "child": shuffled(children),
        "allergen": shuffled(sorted(lang.ALLERGENS), 2),
        "activity": shuffled(lang.ACTIVITIES, 2),
        "partner_f": shuffled(lang.PARTNERS["f"]),
        "partner_m": shuffled(lang.PARTNERS["m"]),
        "workplace": shuffled(lang.WORKPLACES),
        "job": shuffled(lang.JOBS, 2),
        "home": shuffled(lang.HOMES, 2),
        "contact": shuffled(lang.CONTACTS, 3),
        "hobby": shuffled(lang.HOBBIES),
        "food": shuffled(lang.FOODS),
        "diet": shuffled(sorted(lang.DIETS), 2),
        "health": shuffled(sorted(lang.HEALTH), 2),
        "appointment": shuffled(sorted(lang.APPOINTMENTS), 2),
        "city": shuffled(lang.CITIES),
    }


# ---------------------------------------------------------------- questions


def _question_languages(
    code: str, rng: random.Random, lives: list[Life]
) -> dict[tuple[int, int], str]:
    """Which language each question is asked in: pinned ones as pinned; of the rest, enough
    in another language that OTHER_SHARE of all are, mostly English."""
    slots = [(i, j) for i, life in enumerate(lives) for j in range(len(life.asks))]
    out: dict[tuple[int, int], str] = {}
    free = []
    for i, j in slots:
        pinned = lives[i].asks[j]["pinned"]
        if pinned:
            out[(i, j)] = pinned[0]
        else:
            free.append((i, j))
    others = [c for c in ("es", "de", "fr") if c != code]
    wanted = round(OTHER_SHARE * len(slots)) - sum(1 for v in out.values() if v != code)
    rng.shuffle(free)
    for n, slot in enumerate(free):
        if n < wanted:
            out[slot] = "en" if rng.random() < ENGLISH_OF_OTHER else rng.choice(others)
        else:
            out[slot] = code
    return out


def _date_text(asker: ModuleType, day: dt.date) -> str:
    number = asker.ORDINAL_FIRST if day.day == 1 and hasattr(asker, "ORDINAL_FIRST") else day.day
    return asker.DATE.format(day=number, month=asker.MONTHS[day.month - 1])


def _question_text(life: Life, spec: dict[str, Any], qlang: str) -> str:
    if spec["pinned"]:
        return spec["pinned"][1]
    asker = ASKERS[qlang]
    key = spec["key"]
    templates = getattr(asker, key[0])[key[1]] if isinstance(key, tuple) else asker.ASK[key]
    cg = spec.get("child_g", "f")
    values = {
        "child": spec.get("child", ""),
        "child_rel": asker.CHILD_REL[(life.g, cg)],
        "partner_rel": asker.PARTNER_REL[life.g],
        "date": _date_text(asker, spec["day"]) if "day" in spec else "",
    }
    return gendered(life.rng.choice(templates).format(**values), life.g, cg)


def _asked_at(
    life: Life, spec: dict[str, Any], ends: dict[str, dt.datetime], last: dt.datetime
) -> dt.datetime:
    after = max(ends[tag] for tag in spec["evidence"]) + dt.timedelta(hours=1)
    latest = min(last, after + dt.timedelta(days=45))
    if "before" in spec:  # ask about a coming event before it happens
        latest = min(
            latest, dt.datetime.combine(spec["before"], dt.time(0), dt.UTC) - dt.timedelta(hours=1)
        )
    span = max(0, int((latest - after).total_seconds()))
    return after + dt.timedelta(seconds=life.rng.randint(0, span))


_STOP = set(
    """que qué de del la las el los un una unos unas y o a al en por para con su sus se le lo
    me mi mis es está son hay ha tiene tenía cuál cómo cuándo dónde algo alguna algún este esta
    der die das den dem des ein eine einen einem und oder zu im in am an auf mit hat haben ist
    sie er ihr ihm ihn sein seine ihre wann wie was welche welches welchen wo gibt es etwas
    le la les un une des et ou à au aux en pour avec son sa ses est-ce qu quel quelle quels
    elle il lui est a-t-elle a-t-il faut peut on ce c quoi qui
    the a an of to in on for with her his she he is does do what when where which who how
    can could should would there any has have my me at by""".split()
)


def _content(text: str) -> set[str]:
    return {w[:5] for w in words(text) if len(w) > 3 and w not in _STOP}


def build(code: str) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    lang = LANGUAGES[code]
    rng = random.Random(f"{SEED}:{code}")
    draw = _pools(lang, rng)
    lives = []
    for index, person in enumerate(lang.CALLERS):
        lives.append(build_caller(lang, rng, person, index, draw))
    calls_out = []
    for life in lives:
        for call in life.calls:
            calls_out.append(_call_json(code, life, call))
    calls_out.sort(key=lambda c: (c["start_time_unix_secs"], c["key"]))
    last = max(life.calls[-1].end for life in lives) + dt.timedelta(days=10)
    languages = _question_languages(code, rng, lives)
    questions = []
    for i, life in enumerate(lives):
        where = {tag: n for n, call in enumerate(life.calls) for tag in call.positions}
        for j, spec in enumerate(life.asks):
            questions.append(_question(code, life, spec, languages[(i, j)], where, last))
    questions.sort(key=lambda q: (q["asked_at"], q["caller"], q["kind"]))
    questions = [{"id": f"{code}{n:04d}", **q} for n, q in enumerate(questions, start=1)]
    document = {
        "description": f"Issue 17: calls in {lang.NAME}, questions in {lang.NAME} and in "
        "other languages (bench/multieval).",
        "main_language": code,
        "agent_id": lang.AGENT_ID,
        "agent_name": lang.COMPANY,
        "callers": [
            {"key": life.key, "name": f"{life.first} {life.last}", "number": life.number}
            for life in lives
        ],
        "calls": calls_out,
    }
    return document, questions


def _cite(code: str, life: Life, where: dict[str, int], tags: list[str]) -> list[dict[str, Any]]:
    """The `{conversation_id, turn}` of each tagged statement; `where`: tag -> call index."""
    return [
        {
            "conversation_id": conversation_id(f"multieval:{code}:{life.calls[where[t]].key}"),
            "turn": life.calls[where[t]].positions[t],
        }
        for t in tags
    ]


def _question(
    code: str,
    life: Life,
    spec: dict[str, Any],
    qlang: str,
    where: dict[str, int],
    last: dt.datetime,
) -> dict[str, Any]:
    ends = {tag: life.calls[n].end for tag, n in where.items()}
    asked = _asked_at(life, spec, ends, last)
    text = _question_text(life, spec, qlang)
    said = " ".join(
        life.calls[where[t]].turns[life.calls[where[t]].positions[t]]["message"]
        for t in spec["evidence"]
    )
    optional: dict[str, Any] = {n: spec[n] for n in ("answer_date", "written") if n in spec}
    stale = (
        {"stale": _cite(code, life, where, spec["stale"]), "stale_answer": spec["stale_answer"]}
        if "stale" in spec
        else {}
    )
    return {
        "caller": life.number,
        "caller_key": life.key,
        "asked_at": int(asked.timestamp()),
        "asked": asked.strftime("%Y-%m-%d %H:%M UTC"),
        "type": spec["type"],
        "kind": spec["kind"],
        "call_language": code,
        "question_language": qlang,
        "question": text,
        "answer": spec["answer"],
        **optional,
        "evidence": _cite(code, life, where, spec["evidence"]),
        **stale,
        "paraphrased": not (_content(text) & _content(said)),
    }


def _call_json(code: str, life: Life, call: Call) -> dict[str, Any]:
    return {
        "key": call.key,
        "caller": life.number,
        "caller_key": life.key,
        "caller_name": f"{life.first} {life.last}",
        "conversation_id": conversation_id(f"multieval:{code}:{call.key}"),
        "agent_id": life.L.AGENT_ID,
        "direction": "inbound",
        "main_language": code,
        "start_time_unix_secs": int(call.start.timestamp()),
        "start": call.start.strftime("%Y-%m-%d %H:%M UTC"),
        "call_duration_secs": call.duration,
        "turns": call.turns,
        "analysis": {
            "title": life.L.TITLE,
            "summary": life.rng.choice(life.L.SUMMARIES).format(first=life.first),
            "data_collection": {},
        },
    }


# ---------------------------------------------------------------- checks


def check(code: str, document: dict[str, Any], questions: list[dict[str, Any]]) -> list[str]:
    calls = document["calls"]
    by_id = {c["conversation_id"]: c for c in calls}
    problems = []
    if len(calls) < MIN_CALLS:
        problems.append(f"{code}: {len(calls)} calls, fewer than {MIN_CALLS}")
    if len(questions) < MIN_QUESTIONS:
        problems.append(f"{code}: {len(questions)} questions, fewer than {MIN_QUESTIONS}")
    other = sum(q["question_language"] != code for q in questions) / max(1, len(questions))
    if other < MIN_OTHER:
        problems.append(f"{code}: {100 * other:.0f} % asked in another language")
    missing = set(TYPES) - {q["type"] for q in questions}
    if missing:
        problems.append(f"{code}: no {', '.join(sorted(missing))} question")
    for call in calls:
        roles = [t["role"] for t in call["turns"]]
        if roles != ["agent", "user"] * (len(roles) // 2):
            problems.append(f"{call['key']}: turns do not alternate from the agent")
        if call["main_language"] != code:
            problems.append(f"{call['key']}: main_language {call['main_language']}")
    for q in questions:
        if q["question_language"] not in ASKERS:
            problems.append(f"{q['id']}: question_language {q['question_language']}")
        said = []
        for e in q["evidence"] + q.get("stale", []):
            call = by_id.get(e["conversation_id"])
            if call is None:
                problems.append(f"{q['id']}: evidence in no call")
                continue
            if call["caller"] != q["caller"]:
                problems.append(f"{q['id']}: evidence of another caller")
            if call["turns"][e["turn"]]["role"] != "user":
                problems.append(f"{q['id']}: evidence is not a caller turn")
            if call["start_time_unix_secs"] + call["call_duration_secs"] > q["asked_at"]:
                problems.append(f"{q['id']}: asked before its evidence call ended")
        for e in q["evidence"]:
            said.append(words(by_id[e["conversation_id"]]["turns"][e["turn"]]["message"]))
        answer = words(q["answer"])
        if not answer <= set().union(*said):
            problems.append(
                f"{q['id']}: answer words {sorted(answer - set().union(*said))} "
                "not in its evidence"
            )
        if any(not (answer & turn) for turn in said):
            problems.append(f"{q['id']}: an evidence turn holds no part of the answer")
        if q["type"] == "multi-hop" and len({e["conversation_id"] for e in q["evidence"]}) < 2:
            problems.append(f"{q['id']}: multi-hop evidence in one call")
        if q["type"] == "update" and not q.get("stale"):
            problems.append(f"{q['id']}: update without the statement it replaces")
        if "answer_date" in q and q["kind"].endswith("-when"):
            if (
                dt.date.fromisoformat(q["answer_date"])
                <= dt.datetime.fromtimestamp(q["asked_at"], dt.UTC).date()
            ):
                problems.append(f"{q['id']}: asked when the event was no longer ahead")
    return problems


def counts(code: str, document: dict[str, Any], questions: list[dict[str, Any]]) -> str:
    types = Counter(q["type"] for q in questions)
    asked_in = Counter(q["question_language"] for q in questions)
    turns = sum(len(c["turns"]) for c in document["calls"])
    paraphrased = sum(q["paraphrased"] for q in questions)
    return (
        f"{code}: {len(document['calls'])} calls, {turns} turns, {len(questions)} questions; "
        + ", ".join(f"{t} {types[t]}" for t in TYPES)
        + "; asked in "
        + ", ".join(f"{k} {v}" for k, v in sorted(asked_in.items()))
        + f"; paraphrased {paraphrased}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.multieval.generate")
    parser.add_argument("--check", action="store_true", help="fail when a JSON file differs")
    args = parser.parse_args(argv)
    failed = False
    for code in LANGUAGES:
        document, questions = build(code)
        problems = check(code, document, questions)
        for problem in problems:
            print(problem, file=sys.stderr)
        texts = {
            "calls.json": json.dumps(document, indent=1, ensure_ascii=False) + "\n",
            "questions.json": json.dumps(questions, indent=1, ensure_ascii=False) + "\n",
        }
        here = HERE / code
        if args.check:
            for name, text in texts.items():
                path = here / name
                if not path.exists() or path.read_text(encoding="utf-8") != text:
                    print(f"{code}/{name} differs from the generator's output", file=sys.stderr)
                    failed = True
        else:
            here.mkdir(exist_ok=True)
            for name, text in texts.items():
                (here / name).write_text(text, encoding="utf-8")
        print(counts(code, document, questions))
        failed = failed or bool(problems)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
