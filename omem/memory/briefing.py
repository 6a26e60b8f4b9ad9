"""What the agent is told before the first word: from a caller's memories, the standing facts
about them (who they are and live with, health, how to reach them, work, home, what they
like) at their current value, then their open matters (plans still ahead, recent problems),
deduplicated, one short line each. Pleasantries, thanks, questions to the agent, remarks
about the call itself, weather, reference numbers and call-summary boilerplate never qualify
(`statements` reads each sentence).

The summary job chooses (`choose`) and keeps its choice on the user (`Briefing`, memory ids
only); conversation-init shows that choice (`standing`, `stored_lines`) and chooses again, from
a bounded read, only while the caller's memories changed since the job ran. No queries here.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
from collections.abc import Iterable
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol
from typing import TypeVar

from omem.memory import statements as st
from omem.memory.extract import MIN_WORDS
from omem.memory.extract import sentences
from omem.memory.keywords import tokenize

RULES = 1  # bump when the rules change: briefings made by older rules are rebuilt
POOL = 40  # ranked facts kept between summary refreshes
OPEN_SLOTS = 3  # open matters kept in memory_context however many standing facts there are
FALLBACK_MIN = 5  # other facts (past events, no known kind) only bring a list up to this
PROBLEM_DAYS = 60  # a problem nobody mentioned for this long is taken as dealt with
MAX_WORDS = 40  # a fact longer than this keeps its first sentences
_PROMPT_WORDS = 14  # an answer this short may take its topic from the agent's question
_SUMMARY_PREFIX = re.compile(r"^On \d{1,2} [A-Z][a-z]+ \d{4}: ")
_FIELD = re.compile(r"^[A-Z][a-z]+(?: [a-z]+){0,3}: [^.]{1,120}\.$")
# A condition, a job or a home stays true after the date it began; an outing does not.
_LASTING = frozenset(("health", "work", "home"))


class Remembered(Protocol):
    """What a fact is read from (a `Memory` row)."""

    id: int
    content: str
    context: str
    occurred_at: dt.datetime
    salience: float
    sector: str
    version: int


class Shown(Protocol):
    """What showing a kept fact reads of its memory."""

    id: int
    content: str
    occurred_at: dt.datetime


@dataclass(frozen=True)
class Reading:
    """What a memory says, whatever the day: computed once per text (see `_reading`)."""

    parts: tuple[int, ...]  # which of the memory's sentences make the fact
    text: str
    topic: str
    tokens: frozenset[str]
    analysis: bool  # from ElevenLabs' summary or data collection, not the caller's words
    slot: str
    update: bool
    problem: bool
    asked: frozenset[str]  # the words of the agent's question it answers


@dataclass(frozen=True)
class Fact:
    memory_id: int
    version: int  # the memory's version when read
    text: str  # the memory's useful sentences, one line
    parts: tuple[int, ...]
    day: dt.date  # the call it came from
    sector: str
    kind: str  # profile | open | other | past
    topic: str  # family health contact work home preference leisure identity, or ""
    tokens: frozenset[str]
    analysis: bool
    slot: str  # a single-valued attribute it gives (home, work, contact_channel …), or ""
    update: bool  # says that something changed
    dated: bool  # names a date that has passed
    asked: frozenset[str]
    until: int  # the last day (ordinal) it holds as an open matter; 0 for standing facts
    score: float  # salience + recency: the order among other facts


@dataclass(frozen=True)
class Entry:
    """One fact as a briefing keeps it: enough to show it again without reading it."""

    memory_id: int
    version: int
    parts: tuple[int, ...]
    kind: str
    until: int


@dataclass(frozen=True)
class Briefing:
    """What the summary job chose, kept on the user (`users.briefing`, JSON, ids only): the
    memories the summary states (`told`), the ranked facts init shows from (`entries`), and
    the newest memory id read (`upto`). `rules` is the RULES it was made by."""

    told: tuple[int, ...] = ()
    entries: tuple[Entry, ...] = ()
    upto: int = 0
    rules: int = 0

    @property
    def current(self) -> bool:
        return self.rules == RULES and self.upto > 0

    @classmethod
    def parse(cls, raw: str) -> Briefing:
        try:
            data = json.loads(raw) if raw else {}
            return cls(
                tuple(int(i) for i in data.get("told", ())),
                tuple(
                    Entry(int(i), int(v), tuple(int(p) for p in parts), str(kind), int(until))
                    for i, v, parts, kind, until in data.get("entries", ())
                ),
                int(data.get("upto", 0)),
                int(data.get("rules", 0)),
            )
        except (ValueError, TypeError, AttributeError):
            return cls()  # unreadable: as if never written; the next refresh rewrites it

    def dump(self) -> str:
        entries = [[e.memory_id, e.version, e.parts, e.kind, e.until] for e in self.entries]
        body = {"told": self.told, "entries": entries, "upto": self.upto, "rules": self.rules}
        return json.dumps(body, separators=(",", ":"))


def _pieces(content: str) -> tuple[bool, list[str]]:
    """Whether a memory is ElevenLabs' analysis, and its sentences: the caller's words with
    a fragment kept on its neighbour ("Pepper! She's a Jack Russell"), a call summary's
    sentences each on their own (its "On <date>:" heading dropped)."""
    analysis = bool(_SUMMARY_PREFIX.match(content) or _FIELD.match(content))
    pieces = sentences(_SUMMARY_PREFIX.sub("", content))
    if analysis:
        return True, pieces
    chunks: list[str] = []  # as extraction's `segments` cut a turn (its filler is gone)
    for piece in pieces:
        if chunks and (len(chunks[-1].split()) < MIN_WORDS or len(piece.split()) < MIN_WORDS):
            chunks[-1] = f"{chunks[-1]} {piece}"
        else:
            chunks.append(piece)
    return False, chunks


# Keyed by the text, so the job's repeated refreshes and init read each memory once per
# process; the index cache holds the same decrypted text already.
@functools.lru_cache(maxsize=20_000)
def _reading(content: str, context: str, name: str) -> Reading | None:
    analysis, pieces = _pieces(content)
    kept = [n for n, s in enumerate(pieces) if st.useful(s, analysis=analysis)]
    if not kept:
        return None
    topics = {n: st.topic(pieces[n], name) for n in kept}
    topic = next((t for t in topics.values() if t), "")
    if topic:  # a ramble's fact sentence, without the ramble around it
        kept = [n for n in kept if topics[n]]
    parts: list[int] = []
    words = 0
    for n in kept:
        words += len(pieces[n].split())
        if parts and words > MAX_WORDS:
            break
        parts.append(n)
    text = " ".join(pieces[n] for n in parts)
    asked = st.question(context)
    problem = st.is_problem(text)
    if not topic and len(text.split()) <= _PROMPT_WORDS and st.answers(text, asked):
        topic = st.asked_about(asked)
    return Reading(
        parts=tuple(parts),
        text=text,
        topic=topic,
        tokens=st.words(text),
        analysis=analysis,
        slot=st.slot(text, topic, problem, name),
        update=st.is_update(text),
        problem=problem,
        asked=st.words(asked) - st.AGENT_WORDS,
    )


def read(memory: Remembered, now: dt.datetime, name: str = "") -> Fact | None:
    """One memory as an init fact at `now`, or None when nothing in it is for init; `name`
    is the caller's first name (call summaries name the caller)."""
    reading = _reading(memory.content, memory.context or "", name)
    if reading is None:
        return None
    day = memory.occurred_at.date()
    when = st.dates_in(reading.text, day)
    ahead = [d for d in when if d >= now.date()]
    until = 0
    if ahead:
        kind, until = "open", max(ahead).toordinal()
    elif reading.topic and (not when or reading.topic in _LASTING):
        kind = "profile"
    elif reading.problem and (now.date() - day).days <= PROBLEM_DAYS:
        kind, until = "open", day.toordinal() + PROBLEM_DAYS
    else:
        kind = "past" if when or reading.problem else "other"
    age = max(0.0, (now - memory.occurred_at).total_seconds() / 86400)
    return Fact(
        memory_id=memory.id,
        version=memory.version,
        text=reading.text,
        parts=reading.parts,
        day=day,
        sector=memory.sector,
        kind=kind,
        topic=reading.topic,
        tokens=reading.tokens,
        analysis=reading.analysis,
        slot=reading.slot,
        update=reading.update,
        dated=bool(when) and not ahead,
        asked=reading.asked,
        until=until,
        score=memory.salience + 1.0 / (1.0 + age / 30.0),
    )


def _current(facts: list[Fact]) -> list[Fact]:
    """Drop values a later call changed: the newest call's statements of a single-valued
    attribute (home, work, how to reach them) stand, and a statement that something changed
    replaces earlier ones on the same subject, or answering the same question again."""
    newest: dict[str, dt.date] = {}
    for fact in facts:
        if fact.slot and fact.kind in ("profile", "open"):
            newest[fact.slot] = max(fact.day, newest.get(fact.slot, fact.day))
    out = [  # what one call says together stands together ("a nurse at X; I work nights")
        f
        for f in facts
        if not f.slot or f.kind not in ("profile", "open") or f.day == newest[f.slot]
    ]
    updates = [u for u in out if u.update]
    stale = {
        f.memory_id
        for f in out
        if not f.update
        for u in updates
        if f.day < u.day
        and (
            (u.topic and f.topic == u.topic and f.tokens & u.tokens) or len(f.asked & u.asked) >= 2
        )
    }
    return [f for f in out if f.memory_id not in stale]


_INTRODUCTION = frozenset(tokenize("name caller member calling again speaking here this is it's"))


def _same(a: frozenset[str], b: frozenset[str]) -> bool:
    """Whether two facts say the same thing: most words of the shorter in the longer, and no
    number in which they differ ("Fact number 5" is not "Fact number 6")."""
    if len(a & b) < 0.6 * max(1, min(len(a), len(b))):
        return False
    return not any(t[:1].isdigit() for t in a ^ b)


def _distinct(facts: list[Fact], name: frozenset[str]) -> list[Fact]:
    """One fact per thing said: the caller's own words before the call analysis', newer
    before older; a fact that only gives the caller's name is left to user_name."""
    kept: list[Fact] = []
    sharing: dict[str, list[Fact]] = {}  # word -> kept facts with it (only they can match)
    for fact in sorted(facts, key=lambda f: (f.analysis, -f.day.toordinal(), -f.memory_id)):
        own = fact.tokens - name
        if name & fact.tokens and not own - _INTRODUCTION:
            continue  # "The caller's name is Julia Moreau, calling again."
        if len(own) < 2 and fact.topic in ("", "identity"):
            continue
        others = {id(k): k for t in own for k in sharing.get(t, ())}.values()
        if any(
            _same(own, k.tokens - name) or (fact.slot == k.slot != "" and fact.day == k.day)
            for k in others
        ):
            continue
        kept.append(fact)
        for t in own:
            sharing.setdefault(t, []).append(fact)
    return kept


def _rank(fact: Fact) -> tuple[int, int, int, int]:
    kind = {"profile": 0, "open": 1}.get(fact.kind, 2)
    return (kind, st.TOPIC_ORDER.get(fact.topic, 7), int(fact.dated), -fact.day.toordinal())


def choose(memories: Iterable[Remembered], now: dt.datetime, name: str = "") -> list[Fact]:
    """A caller's init facts, best first: standing facts (household, health, how to reach
    them, work and home, preferences, leisure), then open matters; other facts (past
    events, statements of no known kind) only to bring the list up to FALLBACK_MIN.
    `name`: the caller's display name."""
    first = name.split()[0] if name.split() else ""
    facts = [f for f in (read(m, now, first) for m in memories) if f is not None]
    facts = _distinct(_current(facts), frozenset(tokenize(name)))
    main = sorted((f for f in facts if f.kind in ("profile", "open")), key=_rank)
    rest = sorted(
        (f for f in facts if f.kind not in ("profile", "open")),
        key=lambda f: (-f.score, -f.memory_id),
    )
    return main + rest[: max(0, FALLBACK_MIN - len(main))]


class _Ranked(Protocol):
    @property
    def memory_id(self) -> int: ...
    @property
    def kind(self) -> str: ...


R = TypeVar("R", bound=_Ranked)


def for_context(ranked: Sequence[R], told: set[int], limit: int) -> list[R]:
    """memory_context's facts: those the summary (`told`, memory ids) does not state first,
    with room for OPEN_SLOTS open matters; in rank order (standing facts, then open)."""
    order = [f for f in ranked if f.memory_id not in told]
    order += [f for f in ranked if f.memory_id in told]
    chosen = [f for f in order if f.kind == "open"][:OPEN_SLOTS]
    for fact in order:
        if len(chosen) >= limit:
            break
        if fact not in chosen:
            chosen.append(fact)
    position = {f.memory_id: n for n, f in enumerate(ranked)}
    return sorted(chosen[:limit], key=lambda f: position[f.memory_id])


def make(ranked: Sequence[Fact], told: Sequence[Fact], upto: int) -> Briefing:
    """The briefing to keep for `ranked` (from `choose`), the summary having stated `told`."""
    entries = tuple(Entry(f.memory_id, f.version, f.parts, f.kind, f.until) for f in ranked[:POOL])
    return Briefing(tuple(f.memory_id for f in told), entries, upto, RULES)


def standing(briefing: Briefing, now: dt.datetime, limit: int) -> list[Entry]:
    """The kept facts init may show at `now` (open matters whose day has passed left out),
    `limit` and a few more for memories deleted since, in the order `for_context` picks."""
    today = now.date().toordinal()
    live = [e for e in briefing.entries if not e.until or e.until >= today]
    return for_context(live, set(briefing.told), limit + OPEN_SLOTS + 3)


def stored_lines(
    briefing: Briefing,
    entries: Sequence[Entry],
    memories: Iterable[Shown],
    limit: int,
) -> list[tuple[dt.date, str]]:
    """memory_context's lines (day, text) from kept `entries` (from `standing`) and their
    memories that are still active, as the briefing read them (the summary job reads a
    memory edited since again, when it next runs)."""
    rows = {m.id: m for m in memories}
    live = [e for e in entries if e.memory_id in rows]
    out = []
    for entry in for_context(live, set(briefing.told), limit):
        row = rows[entry.memory_id]
        pieces = _pieces(row.content)[1]
        text = " ".join(pieces[n] for n in entry.parts if n < len(pieces))
        if text:
            out.append((row.occurred_at.date(), text))
    return out


_END = re.compile(r"(?<!\bDr)(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bSt)[.!?]+\s+(?=\S)")
_LOWER_AFTER = frozenset("the a an it it's he he's she she's they their this that there".split())


def one_sentence(text: str) -> str:
    """A fact as one sentence, its parts joined by semicolons: a summary says one thing per
    sentence ("Pepper; she's a Jack Russell, five years old.")."""
    words = _END.sub("; ", text.strip()).split(" ")
    for n in range(1, len(words)):
        if words[n - 1].endswith(";") and words[n].lower() in _LOWER_AFTER:
            words[n] = words[n].lower()
    return " ".join(words)
