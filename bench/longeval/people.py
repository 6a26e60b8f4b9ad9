"""The fourteen callers (`PEOPLE`) and a caller's `Life`: call dates, statements, questions.

`Pools` hands out names, places and things without replacement; `Said` is one statement,
`Ask` one candidate question about statements and `Known` one fact an agent should know at the
start of the caller's next call (`keyfacts.py` turns them into the key-fact lists).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections import Counter
from collections.abc import Callable
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Any

from bench.longeval.words import CAP
from bench.longeval.words import FIRST_DAY
from bench.longeval.words import LAST_DAY
from bench.longeval.words import POOLS
from bench.longeval.words import SEED


@dataclass(frozen=True)
class Person:
    key: str
    first: str
    last: str
    gender: str
    city: str
    area: str
    intro: str  # this_is | my_name_is | im | none: how (whether) they give their name
    plan: str  # the modules of this life, space-separated (see MODULES)
    trap: str = ""  # pet | product: a "this is …" / "it is …" that is not the caller's name
    direction: str = "inbound"
    senior: bool = False
    partner: tuple[str, str] | None = None  # name, gender
    kids: int = 0
    pet: str = ""  # dog | cat, adopted during the calls when "adopt" is in modules
    pet_name: str = ""
    marcus: str = ""  # the part a man named Marcus plays: friend | contractor | neighbor
    product: str = ""  # a product named in the trap ("It is the Nighthawk …")

    @property
    def modules(self) -> tuple[str, ...]:
        return tuple(self.plan.split())

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"


PEOPLE: tuple[Person, ...] = (
    Person(
        "dana",
        "Dana",
        "Whitfield",
        "f",
        "Portland",
        "503",
        "this_is",
        "household pet adopt job trip repair contact diet outings birthday accounts prefs car "
        "traits order",
        partner=("Marcus", "m"),
        kids=2,
        pet="dog",
    ),
    Person(
        "ruth",
        "Ruth",
        "Okafor",
        "f",
        "Tucson",
        "520",
        "my_name_is",
        "senior_family pet surgery meds hobby contact prefs outings accounts traits repair order",
        direction="outbound",
        senior=True,
        pet="cat",
        marcus="contractor",
    ),
    Person(
        "hector",
        "Hector",
        "Alvarado",
        "m",
        "Austin",
        "512",
        "none",
        "household pet adopt home job repair order trip car outings contact prefs diet accounts "
        "traits",
        partner=("Tobias", "m"),
        kids=1,
        pet="dog",
    ),
    Person(
        "priyanka",
        "Priyanka",
        "Rao",
        "f",
        "Minneapolis",
        "612",
        "my_name_is",
        "household meds hobby parent wedding trip contact prefs outings accounts diet order "
        "traits",
        partner=("Arjun", "m"),
        kids=1,
    ),
    Person(
        "owen",
        "Owen",
        "Gallagher",
        "m",
        "Boston",
        "617",
        "this_is",
        "household pet adopt home job friend surgery car order outings contact prefs accounts "
        "traits",
        trap="pet",
        partner=("Naomi", "f"),
        pet="dog",
        pet_name="Biscuit",
        marcus="friend",
    ),
    Person(
        "keisha",
        "Keisha",
        "Brooks",
        "f",
        "Atlanta",
        "404",
        "this_is",
        "household parent meds hobby trip repair order outings contact prefs diet birthday "
        "accounts",
        partner=("Andre", "m"),
        kids=2,
    ),
    Person(
        "sam",
        "Sam",
        "Lindqvist",
        "m",
        "Denver",
        "720",
        "im",
        "order home job pet adopt friend hobby car trip outings contact prefs accounts traits",
        trap="product",
        pet="cat",
        marcus="friend",
        product="Nighthawk",
    ),
    Person(
        "elena",
        "Elena",
        "Petrova",
        "f",
        "Chicago",
        "773",
        "none",
        "household pet surgery wedding job home trip repair order contact prefs diet outings "
        "accounts",
        partner=("Pavel", "m"),
        kids=1,
        pet="dog",
        marcus="contractor",
    ),
    Person(
        "ivan",
        "Ivan",
        "Castellanos",
        "m",
        "Miami",
        "305",
        "im",
        "household pet car job hobby parent trip meds outings contact prefs birthday accounts "
        "friend",
        partner=("Marisol", "f"),
        kids=2,
        pet="dog",
    ),
    Person(
        "peggy",
        "Margaret",
        "Doyle",
        "f",
        "Providence",
        "401",
        "this_is",
        "senior_family pet meds surgery friend hobby contact prefs outings accounts traits order "
        "nickname",
        direction="outbound",
        senior=True,
        pet="dog",
        marcus="neighbor",
    ),
    Person(
        "tariq",
        "Tariq",
        "Hassan",
        "m",
        "Seattle",
        "206",
        "none",
        "household job pet adopt home repair trip order hobby car outings contact prefs diet "
        "accounts traits",
        partner=("Leah", "f"),
        pet="dog",
    ),
    Person(
        "julia",
        "Julia",
        "Moreau",
        "f",
        "Nashville",
        "615",
        "my_name_is",
        "household wedding job pet trip hobby meds order outings contact prefs diet friend "
        "accounts",
        trap="product",
        partner=("Gideon", "m"),
        pet="cat",
        product="Wingspan",
    ),
    Person(
        "ben",
        "Ben",
        "Adeyemi",
        "m",
        "Raleigh",
        "919",
        "im",
        "household pet repair car job parent birthday trip outings contact prefs accounts traits "
        "order",
        trap="pet",
        partner=("Simone", "f"),
        kids=2,
        pet="dog",
        pet_name="Pepper",
    ),
    Person(
        "nora",
        "Nora",
        "Fitzgerald",
        "f",
        "Milwaukee",
        "414",
        "this_is",
        "household home meds hobby parent order trip outings contact prefs diet accounts friend "
        "car",
        partner=("Colm", "m"),
        kids=1,
        marcus="friend",
    ),
)


class Pools:
    """Names, places and things drawn without replacement, so facts stay distinguishable."""

    def __init__(self, rng: random.Random) -> None:
        taken = {
            "Marcus",
            *(p.first for p in PEOPLE),
            *(p.last for p in PEOPLE),
            *(p.partner[0] for p in PEOPLE if p.partner),
        }
        self._rng = rng
        self._left = {
            name: [v for v in rng.sample(values, len(values)) if v not in taken]
            for name, values in POOLS.items()
        }
        self._names = {name: sorted(self._left[name]) for name in ("female", "male")}

    def take(self, name: str) -> Any:
        left = self._left[name]
        if not left:
            raise RuntimeError(f"the {name} pool ran out")
        return left.pop()

    def take_where(self, name: str, fits: Callable[[Any], bool]) -> Any:
        left = self._left[name]
        for n in range(len(left) - 1, -1, -1):
            if fits(left[n]):
                return left.pop(n)
        raise RuntimeError(f"the {name} pool has nothing that fits")

    def person(self, gender: str) -> str:
        """A first name; names come round again for later callers once all are used."""
        name = "female" if gender == "f" else "male"
        if not self._left[name]:
            self._left[name] = self._rng.sample(self._names[name], len(self._names[name]))
        return str(self._left[name].pop())


@dataclass
class Said:
    """A fact the caller states: one exchange (agent prompt, caller turn) in one call."""

    call: int
    ref: str
    agent: str
    user: str
    summary: str = ""
    title: str = ""
    lead: tuple[tuple[str, str], ...] = ()  # exchanges before it that set it up
    echo: str = ""  # what the agent says back in its next turn
    standalone: bool = False  # makes sense without the agent's prompt (may share a turn)
    data: dict[str, Any] = field(default_factory=dict)
    turn: int = -1  # the caller turn's index in the call, set when the call is assembled


@dataclass
class Ask:
    """A question about one or more statements, before its wording is chosen."""

    kind: str
    evidence: list[Said]
    lexical: list[str]
    paraphrase: list[str]
    answer: str
    stale: list[Said] = field(default_factory=list)  # older statements this one replaces
    until: int | None = None  # a later call changes the fact: ask before it starts
    phrase: str = ""  # the relative date in the evidence the (date) answer resolves


@dataclass
class Known:
    """A fact about the caller's life as it stands after their last call, with the words
    ("markers") a line must carry to convey it: every marker, each one of its "|"
    alternatives; "@2025-10-03" is a date in any spoken or written form."""

    id: str  # unique within the caller while current: "pet", "address"
    topic: str  # identity | family | pets | work | home | health | contact | preferences | ...
    text: str
    markers: tuple[str, ...]
    said: tuple[Said, ...]  # the statements that convey it
    due: dt.date | None = None  # an open matter: on the list while it is still ahead
    listed: bool = True  # False: kept only so that its old values count as stale
    replaced_by: Known | None = None  # a later statement changed it


def on(day: dt.date) -> str:
    """A date marker (see `Known`)."""
    return f"@{day.isoformat()}"


def pronouns(gender: str) -> dict[str, str]:
    he, him, his = ("she", "her", "her") if gender == "f" else ("he", "him", "his")
    return {"he": he, "him": him, "his": his, "He": he.capitalize(), "His": his.capitalize()}


_AN = re.compile(r"\b([Aa]) (?=[aeioAEIO](?!ne\b|ne-)|HVAC\b)")


def _articles(text: str) -> str:
    """ "a accountant" -> "an accountant" (templates put "a" before any noun)."""
    return _AN.sub(r"\1n ", text)


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


class Life:
    """One caller: their call dates, what they say in which call, and questions about it."""

    def __init__(self, person: Person, pools: Pools, index: int) -> None:
        self.p = person
        self.index = index
        self.rng = random.Random(f"{SEED}:{person.key}")
        self.pools = pools
        self.first = person.first if person.key != "peggy" else "Peggy"
        self.pro = pronouns(person.gender)
        self.starts = self._call_starts()
        self.n = len(self.starts)
        self.said: list[Said] = []
        self.asks: list[Ask] = []
        self.known: list[Known] = []
        self.load = [0] * self.n
        self.mentions: list[tuple[int, str]] = []
        self.topics: list[tuple[int, int, str]] = []
        self.events: Counter[dt.date] = Counter()
        self.pet: tuple[str, str, str, int] | None = None  # name, gender, species, from call
        self.product = ""  # set once the trap's product has been bought
        self.names = {person.first, self.first, "Marcus"}
        if person.partner:
            self.names.add(person.partner[0])

    def _call_starts(self) -> list[dt.datetime]:
        r = self.rng
        count = r.randint(40, 48)
        span = (LAST_DAY - FIRST_DAY).days
        days = {r.randint(0, 8), r.randint(span - 8, span)}
        while len(days) < count:
            days.add(r.randint(0, span))
        starts = []
        for offset in sorted(days):
            day = FIRST_DAY + dt.timedelta(days=offset)
            hour = r.randint(13, 23) if self.p.direction == "inbound" else r.randint(14, 17)
            starts.append(
                dt.datetime(
                    day.year, day.month, day.day, hour, r.choice(range(0, 60, 3)), tzinfo=dt.UTC
                )
            )
        return starts

    def person(self, gender: str) -> str:
        """A first name no one else in this life has."""
        while True:
            name = self.pools.person(gender)
            if name not in self.names:
                self.names.add(name)
                return name

    def day(self, call: int) -> dt.date:
        return self.starts[call].date()

    def pick(
        self, lo: int = 0, hi: int | None = None, ok: Callable[[dt.date], bool] | None = None
    ) -> int:
        """A call in [lo, hi) for a new statement: one of the least loaded."""
        hi = self.n if hi is None else min(hi, self.n)
        lo = max(0, min(lo, hi - 1))
        fits = [i for i in range(lo, hi) if ok is None or ok(self.day(i))] or list(range(lo, hi))
        open_ = [i for i in fits if self.load[i] < CAP] or fits
        least = min(self.load[i] for i in open_)
        return self.rng.choice([i for i in open_ if self.load[i] <= least])

    def after(
        self,
        call: int,
        gap: int = 2,
        hi: int | None = None,
        ok: Callable[[dt.date], bool] | None = None,
    ) -> int:
        return self.pick(min(call + gap, self.n - 1), hi, ok)

    def say(
        self,
        call: int,
        ref: str,
        agent: str,
        user: str,
        summary: str = "",
        title: str = "",
        *,
        lead: Sequence[tuple[str, str]] = (),
        echo: str = "",
        standalone: bool = False,
        data: dict[str, Any] | None = None,
    ) -> Said:
        said = Said(
            call,
            ref,
            _articles(agent),
            _articles(user),
            _articles(summary),
            title,
            tuple(lead),
            echo,
            standalone,
            data or {},
        )
        self.said.append(said)
        self.load[call] += 1
        return said

    def ask(
        self,
        kind: str,
        evidence: Sequence[Said],
        lexical: Sequence[str],
        paraphrase: Sequence[str],
        answer: str,
        *,
        stale: Sequence[Said] = (),
        until: int | None = None,
        phrase: str = "",
    ) -> None:
        self.asks.append(
            Ask(
                kind,
                list(evidence),
                list(lexical),
                list(paraphrase),
                answer,
                list(stale),
                until,
                phrase,
            )
        )

    def know(
        self,
        id_: str,
        topic: str,
        text: str,
        markers: Sequence[str],
        said: Sequence[Said] = (),
        *,
        due: dt.date | None = None,
        listed: bool = True,
        replaces: Known | None = None,
    ) -> Known:
        """Record a fact the agent should know (see `Known`); `replaces` is the older value
        this statement changes. Draws nothing from the random stream: the calls and
        questions do not depend on it."""
        known = Known(id_, topic, _articles(text), tuple(markers), tuple(said), due, listed)
        if replaces is not None:
            replaces.replaced_by = known
        self.known.append(known)
        return known

    @property
    def last_day(self) -> dt.date:
        return self.day(self.n - 1)

    def mention(self, call: int, *texts: str) -> None:
        self.mentions.extend((call + 1, text) for text in texts)

    def topic(self, first: int, last: int, text: str) -> None:
        self.topics.append((first, last, text))

    def event(self, when: dt.date) -> None:
        self.events[when] += 1
