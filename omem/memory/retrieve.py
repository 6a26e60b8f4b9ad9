"""Retrieval for one user: hybrid (BM25 blended with cosine, both min-max normalised),
composite score 0.8 blend + 0.1 salience + 0.1 recency, lifted a little where the question's
own cues say what it asks for (a sector, "now", a period it names: `periods.py`), and at most
one memory per source turn while others are waiting.

Links do not rank. A link-weight term and graph expansion over links were measured on the
long evaluation set (`bench/longeval`, `bench.retrieval_quality --ablate`) and cost evidence
recall@10 83.1 -> 79.2 (multi-hop 70.9 -> 64.3): heavily linked memories are generic,
repeated statements, and both favoured them. Links stay for the console and the lifecycle.

When the query cannot be embedded, the keyword leg answers alone and the result says
`degraded`. `score_terms` is the one place the score is computed: memory-query ranks with
it and `explain` (the console's "why would the agent recall this?") reads it.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from dataclasses import replace
from typing import Any

import numpy as np
import structlog

from omem.config import Settings
from omem.embeddings import Embedder
from omem.embeddings import EmbeddingError
from omem.llm import LLMUnavailable
from omem.memory.dialect import standard
from omem.memory.disfluency import unhesitating
from omem.memory.echo import ECHOED
from omem.memory.echo import corrects
from omem.memory.echo import values_named
from omem.memory.extract import CLAUSE_BREAK
from omem.memory.extract import PEOPLE
from omem.memory.index import UserIndex
from omem.memory.index import continuing
from omem.memory.index import indexes
from omem.memory.index import joined
from omem.memory.index import replaced_in_turns
from omem.memory.index import sector_mask
from omem.memory.index import turn_mates
from omem.memory.kinds import SAID_OF_AT
from omem.memory.kinds import asked_by_reader
from omem.memory.kinds import holds_value
from omem.memory.kinds import kinds_said
from omem.memory.kinds import one_value_kind
from omem.memory.kinds import own_words
from omem.memory.kinds import plain_mention
from omem.memory.kinds import said_of
from omem.memory.kinds import value_shape
from omem.memory.periods import Period
from omem.memory.periods import find_periods
from omem.memory.spoken import texted
from omem.memory.statements import HEALTH
from omem.memory.summarised import told_in_summary
from omem.memory.supersede import ANSWER_SHAPES
from omem.memory.supersede import MEATS
from omem.memory.supersede import SHAPES
from omem.memory.supersede import asked_hashes
from omem.memory.supersede import asked_slots
from omem.memory.supersede import asks_about_the_past
from omem.memory.supersede import fills
from omem.memory.supersede import loss_hashes
from omem.memory.supersede import slot_hashes
from omem.metrics import DEGRADED

log = structlog.get_logger("omem.retrieve")
# memory-query's largest `limit`. Every query ranks this many and answers with the first
# `limit`, so the top k for limit k is the first k of any larger limit (a stable head).
MAX_RESULTS = 20
WINDOW = MAX_RESULTS * 4  # the candidates the selection walks, best total first
# No lift for the sector a question's cues suggest ("what are the steps to…" procedural):
# it was 0.06 until bench/longeval's ablation measured it costing evidence recall@10 (84.7
# with it, 85.0 without; multi-hop -1.2) and the short set found no difference.
# "now", "currently", "still", "anymore": the question is about the latest state of things,
# so memories from the caller's latest calls are lifted, fading with the days behind the
# newest memory (half-life CURRENT_HALF_LIFE_DAYS).
CURRENT_LIFT = 0.1
CURRENT_HALF_LIFE_DAYS = 10.0
_CURRENT = re.compile(r"\b(now|current(ly)?|latest|still|any ?more|these days)\b", re.I)
# A question that names a period ("in March", "the weekend before 2 August", "two weeks
# ago") lifts the memories of the calls made then, fading with the days outside it (half-
# lives: a call reports what happened in the days before it, and plans a little ahead).
# A period that dates a thing the question describes ("the mattress I ordered in August")
# lifts everything from then on: the answer (its warranty claim) came after. Measured on
# bench/longeval (bench.retrieval_quality --ablate): 0.1 is where the gain stops growing.
DATE_LIFT = 0.1
DATE_BEFORE_DAYS = 3.0
DATE_AFTER_DAYS = 5.0
# A question that asks for a slot of the caller's life ("where do I live?", "who is my GP?",
# omem.memory.supersede) lifts the memories that fill it: the one that states the value, not
# its neighbourhood, comes first. The index keeps each row's slots (as hashes), so finding
# them is one array lookup. Measured on bench/changeeval (main phrasing): current value first
# in 84.8 % of update questions without the lift (and rules), 100.0 % with both.
SLOT_LIFT = 0.3
# A fact that changed in words no slot rule reads ("take coffee off my usual order", "the
# dentist had to cancel the 2nd of April, they've rebooked me") leaves the old statement
# active beside the new one, and the old one often matches the question better. Within the
# first NEWER_SPAN picks, a memory from a later call (NEWER_AFTER_S) that says something
# changed (_CHANGED) and is about the same thing (cosine of the two >= NEWER_SIMILARITY)
# goes ahead of the older one when its total is within NEWER_MARGIN of it; never for a
# question about the past or one that names a period. Measured (bench.retrieval_quality):
# current value first in update questions, bench/changeeval/novel 76.5 -> 83.3 % and
# overheard (not looked at while building this) 68.9 -> 78.0 %; bench/longeval recall@1
# 38.7 -> 39.5, MRR 0.572 -> 0.577, its update questions' recall@5 72.9 -> 76.0, recall@10
# unchanged. Without the _CHANGED condition longeval recall@1 fell to 38.0: any later
# mention ("Hang on, Simone is asking me something") went ahead of the fact.
NEWER_SPAN = 10
NEWER_SIMILARITY = 0.5
NEWER_MARGIN = 0.3
NEWER_AFTER_S = 3_600.0  # later than this: another call, not the same one
_CHANGED = re.compile(
    r"\b(?:now|any ?more|no longer|instead|from here on|these days|switch\w*|swapp?\w*|"
    r"chang\w*|mov\w*|new|re-?book\w*|cancel\w*|stopp?\w*|gave up|given up|quit|done with|"
    r"replac\w*|dropp?\w*|left|bump\w*|took|taken|off|closed|shut|dead|reschedul\w*)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Hit:
    row: int
    memory_id: int
    score: float
    replaced_by: int | None = None  # the row of a later statement of the one value asked for


_THE_CALLER = re.compile(r"\b(?:the\s+)?caller(?:'s)?\b", re.I)
# Apologies and asides around what is asked, which every chatty memory shares: "Erm, sorry,
# this is going to sound daft, but …", "What have you got down, I mean?"
_ASIDES = re.compile(
    r"^(?:(?:erm|um|oh|so|well|right|okay|ok)\W+)*sorry\b\W*|(?<=[,.?!]) sorry\b,?"
    r"|,\s*I mean\b(?=\W*$)|^I mean,\s*|\bsilly question,\s*"
    r"|\bbefore I forget,\s*|\bthis (?:is going to|will|might) sound (?:daft|silly|stupid|odd|"
    r"strange),?\s*(?:but\s*)?",
    re.I,
)


def clean_query(query: str, names: list[str]) -> str:
    """Drop the caller's own names (and "the caller"): every memory is about them, so a
    name only adds noise. Texting words are written out ("rn", "lol": spoken.texted), and a
    transcript's hesitations and restarts taken out ("What- what car have you, um, got?":
    extract.unhesitating), regional words said in standard ones ("Where do I graft?":
    dialect.standard)."""
    query = _ASIDES.sub(" ", _THE_CALLER.sub(" ", standard(texted(unhesitating(query)))))
    for name in names:
        for part in name.split():
            if len(part) > 1:
                query = re.sub(rf"\b{re.escape(part)}(?:'s)?\b", " ", query, flags=re.I)
    return " ".join(query.split())


def _minmax(values: np.ndarray) -> np.ndarray:
    low, high = float(values.min()), float(values.max())
    if high - low < 1e-9:
        return np.zeros_like(values) if high <= 0 else np.ones_like(values)
    return (values - low) / (high - low)


def _query_vector(query: str, embedder: Embedder) -> np.ndarray | None:
    try:
        return embedder.embed_query(query)
    except (EmbeddingError, LLMUnavailable, OSError) as exc:
        DEGRADED.labels(path="memory_query").inc()
        log.warning("memory_query_degraded", error_type=type(exc).__name__)
        return None


# Measured on bench/longeval (`--ablate`): salience at 0.2 cost evidence recall@10 (83.3
# against 84.7 at 0.1, 84.2 at 0), most on inference and multi-hop questions; at 0.1 it still
# earns its place. Recency (0.1) earns 1.1-1.4 points.
BLEND_WEIGHT = 0.8
SALIENCE_WEIGHT = 0.1
RECENCY_WEIGHT = 0.1


@dataclass(frozen=True, eq=False)
class Terms:
    """Every term of every memory's score for one query, one array entry per index row."""

    keyword: np.ndarray  # BM25, min-max normalised
    cosine: np.ndarray | None  # raw cosine with the query; None when degraded
    blend: np.ndarray  # keyword_weight * keyword + (1 - keyword_weight) * minmax(cosine)
    salience: np.ndarray
    recency: np.ndarray
    lift: np.ndarray  # the question's "now" and period cues
    total: np.ndarray
    relevant: np.ndarray  # bool: shares a keyword or is similar enough to be returned
    degraded: bool
    periods: tuple[Period, ...] = ()  # the periods the question names
    asked: tuple[str, ...] = ()  # the slot the question asks for (rules, else question reader)

    def at(self, row: int) -> dict[str, float | None]:
        """One row's terms as plain numbers (4 decimals, as memory-query rounds scores)."""
        values = {
            "keyword": self.keyword[row],
            "cosine": None if self.cosine is None else self.cosine[row],
            "blend": self.blend[row],
            "salience": self.salience[row],
            "recency": self.recency[row],
            "lift": self.lift[row],
            "total": self.total[row],
        }
        return {k: None if v is None else round(float(v), 4) for k, v in values.items()}


@dataclass(frozen=True)
class Result:
    index: UserIndex
    hits: list[Hit]
    degraded: bool
    terms: Terms


def _no_terms() -> Terms:
    empty = np.zeros(0)
    return Terms(empty, empty, empty, empty, empty, empty, empty, np.zeros(0, dtype=bool), False)


def score_terms(
    index: UserIndex, query: str, embedder: Embedder, settings: Settings, *, now: dt.datetime
) -> Terms:
    """The score of every memory in `index` for `query` (already cleaned), term by term.
    Embeds the query; when that fails the keyword leg answers alone (`degraded`)."""
    if index.size == 0:
        return _no_terms()
    raw_keyword = index.keywords.scores(query, index.languages)
    keyword = _minmax(raw_keyword)
    vector = _query_vector(query, embedder)
    cosine = None if vector is None else index.search @ vector
    if cosine is None:
        blend = keyword
        relevant = raw_keyword > 0
    else:
        weight = settings.keyword_weight
        blend = weight * keyword + (1 - weight) * _minmax(cosine)
        # Min-max scaling makes every memory but the least similar look relevant: a memory
        # must share a keyword or be genuinely similar to be returned at all.
        relevant = (raw_keyword > 0) | (cosine >= settings.min_similarity)
    # Recency is how long ago the caller said it (the call's date), never when it was last
    # recalled: a recency of recall would favour again whatever was returned once.
    age_days = (_epoch(now) - index.occurred_epoch) / 86_400
    recency = np.exp(-math.log(2) * np.clip(age_days, 0, None) / settings.recency_half_life_days)
    total = BLEND_WEIGHT * blend + SALIENCE_WEIGHT * index.salience + RECENCY_WEIGHT * recency
    periods = tuple(find_periods(query, now))
    lift = np.zeros(index.size) + _intent_lift(index, query, periods, now)
    # the rules' reading of what is asked, else the question reader's (from the query's vector)
    asked = asked_slots(query) or (
        ()
        if vector is None
        else _with_subject(index, query, asked_by_reader(vector, embedder.model))
    )
    if asked:
        slotted = _slot_lift(index, asked)
        lift += slotted
        relevant = relevant | (lift >= SLOT_LIFT)
        if cosine is not None:  # and the memories the kind reader finds of that kind
            score = np.where(slotted == 0, total + lift, -np.inf)
            said = _said_of_lift(index, asked, score, embedder.model)
            lift += said
            relevant = relevant | (said > 0)
    return Terms(
        keyword=keyword,
        cosine=cosine,
        blend=blend,
        salience=index.salience,
        recency=recency,
        lift=lift,
        total=total + lift,
        relevant=relevant,
        degraded=cosine is None,
        periods=periods,
        asked=asked,
    )


def _with_subject(index: UserIndex, query: str, asked: tuple[str, ...]) -> tuple[str, ...]:
    """The question reader's kind without its subject ("weekly:", "dose:") completed by the
    word of the question the caller's memories fill such a slot of ("What day have I got
    pottery?": weekly:pottery), so that the question asks for one value; else as read."""
    if len(asked) != 1 or asked[0] not in _SUBJECT_WANTED:
        return asked
    for word in dict.fromkeys(_WORDS.findall(query.lower())):
        slot = asked[0] + word
        if index.slots.rows_with(asked_hashes((slot,))).size:
            return (slot,)
    return asked


_SUBJECT_WANTED = frozenset(("weekly:", "dose:", "favourite:", "appointment:"))
_WORDS = re.compile(r"[a-z]+")


def _candidates(
    index: UserIndex, terms: Terms, sectors: frozenset[str] | None
) -> np.ndarray | None:
    """The totals memory-query picks from: -inf where a memory is outside `sectors` or not
    relevant; None when nothing is relevant at all (no answer beats a random one)."""
    score = terms.total
    if sectors:
        score = np.where(sector_mask(index, sectors), score, -np.inf)
    if not np.any(terms.relevant):
        return None
    return np.where(terms.relevant, score, -np.inf)


def rank(
    index: UserIndex,
    query: str,
    embedder: Embedder,
    settings: Settings,
    *,
    sectors: frozenset[str] | None,
    limit: int,
    now: dt.datetime,
) -> tuple[list[Hit], Terms]:
    """memory-query's picks for `query` (already cleaned), with the terms they were ranked by:
    the first `limit` of one ranking of MAX_RESULTS that does not depend on `limit`."""
    terms = score_terms(index, query, embedder, settings, now=now)
    score = _candidates(index, terms, sectors)
    if score is None:
        return [], terms
    hits = replaced(index, _ordered(index, score, query, terms), terms, embedder.model, query)
    return hits[:limit], terms


def _ordered(index: UserIndex, score: np.ndarray, query: str, terms: Terms) -> list[Hit]:
    """memory-query's ranking: the selection, with what changed since put first."""
    hits = _select(index, score)
    if terms.periods or asks_about_the_past(query):
        return hits
    return _newer_first(index, hits)


def _newer_first(index: UserIndex, hits: list[Hit]) -> list[Hit]:
    """`hits` with each pick among the first NEWER_SPAN replaced by a later memory that says
    the same thing changed (see NEWER_SIMILARITY), following such memories to the newest."""
    head = hits[:NEWER_SPAN]
    rows = [hit.row for hit in head]
    similar = index.matrix[rows] @ index.matrix[rows].T
    when = index.occurred_epoch[rows]
    changed = [bool(_CHANGED.search(index.contents[row])) for row in rows]
    waiting = list(range(len(head)))
    placed: list[Hit] = []
    while waiting:
        pick = waiting[0]
        while True:
            newer = next(
                (
                    other
                    for other in waiting
                    if changed[other]
                    and when[other] > when[pick] + NEWER_AFTER_S
                    and similar[pick, other] >= NEWER_SIMILARITY
                    and head[other].score >= head[pick].score - NEWER_MARGIN
                ),
                None,
            )
            if newer is None:
                break
            pick = newer  # strictly later each time: the chain ends
        waiting.remove(pick)
        placed.append(head[pick])
    return placed + hits[NEWER_SPAN:]


def replaced(
    index: UserIndex, hits: list[Hit], terms: Terms, model: str, query: str = ""
) -> list[Hit]:
    """`hits`, each earlier statement of the one value the question asks for (an address,
    whether one eats meat, the favourite tea; kinds.one_value_kind) marked as replaced:
    by the latest statement of it among them, when that one is from a later call
    (NEWER_AFTER_S) and is not itself about the past ("the old address was …"); else by a
    later memory that names its value again and corrects it (omem.memory.echo: "You have the
    14th of March? No, they moved it …"). A memory is of that kind when it fills the slot (the
    rules) or the kind reader finds it so (kinds.kinds_said; an earlier one of a kind with a
    shape at EARLIER_SAID_AT). Nothing is closed: the question says which value it is about,
    so this reading needs less than closing does."""
    # what was said beside a value since replaced is of its time only for the caller's own
    # value: never when the question asks about someone else ("Does my husband use email?")
    asked = [part for part in re.split(r"(?<=[.!?])\s+", query) if "?" in part] or [query]
    beside = not _ANOTHERS.search(asked[-1])  # the question itself, not what leads to it
    if any(slot.startswith("pet:") for slot in terms.asked):
        return _after_a_loss(index, hits, beside)
    kind = one_value_kind(terms.asked)
    if kind is None or not hits:
        return hits
    rows = [hit.row for hit in hits]
    vectors, contents = index.matrix[rows], [index.contents[r] for r in rows]
    # read once, at the lower bar an earlier statement of a kind with a shape needs
    lowest = EARLIER_SAID_AT if value_shape(kind) is not None else None
    said = kinds_said(terms.asked, vectors, contents, model, at=lowest)
    # what replaces is never read by the reader where the rules read another value's kind: a
    # job the rules read ("a chap got them in at Brightwater Bank") never replaces a partner
    others = (  # hashed now: the index's hashes are keyed (omem.memory.keywords)
        frozenset(slot_hashes(tuple(s for k, s in _VALUES.items() if k != kind)))
        if kind in _VALUES
        else frozenset()
    )
    read = [
        found if sure >= SAID_OF_AT and others.isdisjoint(index.slots[r]) else None
        for (found, sure), r in zip(said, rows, strict=True)
    ]
    read_earlier = [found for found, _ in said]
    # the rows filling the slot asked for (for meat, any meat's: never coffee's habit)
    slot = _MEAT_SLOTS if kind == "meat" else terms.asked[:1]
    filled = set(index.slots.rows_with(asked_hashes(slot)).tolist())
    # an email or a number for one use ("send the newsletter to …") is replaced only by a later
    # one for the same use, and replaces nothing else
    uses = {r: _uses(text) for r, text in zip(rows, contents, strict=True) if kind in _SEVERAL}
    for_a_use = {r for r, its in uses.items() if its}
    of_kind = [r for r, said in zip(rows, read, strict=True) if (said == kind or r in filled)]
    # and a value told as changed with no kind of its own, its shape the kind's: "that date's
    # gone, it's the 14th of March now" when the dentist's appointment is asked for
    if (bare := _BARE_SHAPES.get(kind)) is not None:
        of_kind += [
            r
            for r, text in zip(rows, contents, strict=True)
            if r not in of_kind
            and not len(index.slots[r])
            and bare.search(text)
            and _CHANGED.search(text)
            and not _ANOTHER_ONE.search(text)
            and own_words(text)
        ]
    stated = {r for r, said in zip(rows, read_earlier, strict=True) if said == kind or r in filled}
    # and a call's summary that told it ("On 3 March 2026: Lena said her number is 5553391.")
    stated |= {
        r for r, text in zip(rows, contents, strict=True) if fills(told_in_summary(text), slot)
    }
    latest = max(
        (
            r
            for r in of_kind
            if r not in for_a_use
            and _replaces(kind, index.contents[r])
            and (r in filled or holds_value(kind, index.contents[r]))
        ),
        key=lambda r: index.occurred_epoch[r],
        default=None,
    )
    by: dict[int, int] = {}  # an earlier statement's row: the row that replaces it
    if latest is not None:
        before = index.occurred_epoch[latest] - NEWER_AFTER_S
        by = {r: latest for r in stated - for_a_use if index.occurred_epoch[r] < before}
    for r in stated & for_a_use:  # "the receipts want to go to hello@… now"
        same_use = max(
            (
                later
                for later in of_kind
                if uses[later] & uses[r]
                and index.occurred_epoch[later] > index.occurred_epoch[r] + NEWER_AFTER_S
                and _replaces(kind, index.contents[later])
            ),
            key=lambda later: index.occurred_epoch[later],
            default=None,
        )
        if same_use is not None:
            by[r] = same_use
    # what a later memory names again and corrects, in any words (omem.memory.echo); never
    # one for one use ("not kim@… for the newsletter, send it to news@…")
    unread = sorted(stated - by.keys(), key=lambda r: index.occurred_epoch[r])
    if unread and kind in ECHOED:
        first = index.occurred_epoch[unread[0]]
        later_said = {  # each later memory with the next of its turn, and what of it is own
            later: (text, own_words(text, kind))
            for later in rows
            if later not in for_a_use and index.occurred_epoch[later] > first
            for text in (joined(index, later),)
        }
        for r in unread:
            named = values_named(index.contents[r])
            after = index.occurred_epoch[r] + NEWER_AFTER_S
            by_echo = max(
                (
                    later
                    for later, (text, own) in later_said.items()
                    if index.occurred_epoch[later] > after and corrects(named, text, own, kind)
                ),
                key=lambda later: index.occurred_epoch[later],
                default=None,
            )
            if by_echo is not None:
                by[r] = by_echo
    # and what continues an earlier statement in its turn ("Flask of it up the allotment")
    by |= {after: by[r] for r in list(by) for after in continuing(index, r) if after not in by}
    if beside:
        by |= _said_with_replaced(index, rows, by, filled, SHAPES.get(kind), _SAID_AGAIN)
    return [replace(hit, replaced_by=by[hit.row]) if hit.row in by else hit for hit in hits]


# Standing facts of the caller, which a new address or GP does not end: their health and body
# (statements.HEALTH: "The caller is allergic to penicillin" said beside the GP they had then)
# and who they are; never marked as of an old value's time
_LASTING = re.compile(
    r"\b(?:hearing|sight|eyes|eyesight|glasses|partially sighted|mobility|medical|condition|"
    r"carer|nuts?|peanuts?|shellfish|born|birth|birthday|nhs|national insurance|widow\w*)\b",
    re.IGNORECASE,
)
# a value said again, not changed: "Yes, their GP is still Dr Patel", "same as ever"
_SAID_AGAIN = re.compile(
    r"\b(?:still|same as (?:ever|before|always|last time)|as (?:before|always|usual)|"
    r"(?:hasn't|has not|haven't|have not) changed|unchanged)\b",
    re.IGNORECASE,
)
# a question about one of the caller's people ("Does my husband use email?")
_ANOTHERS = re.compile(rf"\b(?:my|his|her|their) (?:{PEOPLE})\b", re.IGNORECASE)


# what statements.HEALTH names that changes with a new GP or dose: a treatment, no standing fact
_TREATMENT = re.compile(
    r"(?:surgery|operation|physical therapy|pt|medication|medicine|prescri\w*|milligrams?|"
    r"micrograms?|mg|puffs?|dose)"
)


def _lasting(text: str) -> bool:
    """Whether `text` tells a standing fact of the caller's: their health or body
    (statements.HEALTH, a treatment aside) or who they are (_LASTING)."""
    return _LASTING.search(text) is not None or any(
        not _TREATMENT.fullmatch(m.group(0)) for m in HEALTH.finditer(text.lower())
    )


def _said_with_replaced(
    index: UserIndex,
    rows: list[int],
    by: dict[int, int],
    filled: set[int],
    shape: re.Pattern[str] | None,
    again: re.Pattern[str] | None,
) -> dict[int, int]:
    """Of `rows`, those said in the same caller turn as the value asked for when that value
    has since been replaced by a later call (in the store, or by this answer: `by`), not only
    said `again` ("still Dr Patel"), each with the row now holding the value: what was said
    around the old value is of its time ("The caller's neighbour does a barbecue and they're
    always first at the grill" beside the red meat they ate then). Only rows that fill no
    slot, hold no value of the kind's `shape` (an address, a number, an email, a doctor) of
    their own ("The caller's husband's is m.rivers@proton.me") and tell no standing fact of
    the caller's health or who they are (_lasting), and never in a turn that also says the
    value of now."""
    closed = replaced_in_turns(index)
    out: dict[int, int] = {}
    for r in rows:
        if r in by or len(index.slots[r]) or not index.turns[r]:
            continue
        text = index.contents[r]
        if (shape is not None and shape.search(text)) or _lasting(text):
            continue
        mates = turn_mates(index, r)
        if any(m in filled and m not in by for m in mates):
            continue  # the turn says the value of now
        later = next((by[m] for m in mates if m in by), None)
        if later is None:
            ref = index.conversations[r]
            later = next(
                (
                    n
                    for turn in index.turns[r]
                    for memory_id in closed.get((ref, turn), ())
                    if (n := index.position.get(memory_id)) is not None and n in filled
                ),
                None,
            )
        if (
            later is not None
            and index.occurred_epoch[later] > index.occurred_epoch[r] + NEWER_AFTER_S
            and not (again is not None and again.search(index.contents[later]))
        ):
            out[r] = later
    return out


def _after_a_loss(index: UserIndex, hits: list[Hit], beside: bool = True) -> list[Hit]:
    """`hits`, each statement naming a pet (kinds.plain_mention) marked as replaced by the
    latest memory of a later call that tells of the pet's loss (the rules' `pet:<name>`, which
    closes in the store only what the rules read as about the pet: "Fine, their cat Biscuit's
    asleep on the radiator" is of before Biscuit died)."""
    names = {w.lower() for hit in hits for w in _CAPITALISED.findall(index.contents[hit.row])}
    by_hash = loss_hashes(names)
    lost: dict[str, int] = {}  # the pet's name: the row of its latest loss
    for row in index.slots.rows_with(frozenset(by_hash)).tolist():
        for name in (by_hash[h] for h in index.slots[row] if h in by_hash):
            if name not in lost or index.occurred_epoch[row] > index.occurred_epoch[lost[name]]:
                lost[name] = row
    if not lost:
        return hits
    by: dict[int, int] = {}  # a row naming the pet: the row of its loss
    for hit in hits:
        content = index.contents[hit.row]
        when = index.occurred_epoch[hit.row]
        loss = next(
            (
                row
                for name, row in lost.items()
                if when < index.occurred_epoch[row] - NEWER_AFTER_S
                and re.search(rf"\b{re.escape(name)}\b", content, re.IGNORECASE)
                and plain_mention(content)
            ),
            None,
        )
        if loss is not None:  # and what continues it: "She's a cat with opinions."
            by |= dict.fromkeys([hit.row, *continuing(index, hit.row)], loss)
    # and what was said beside it: "Two, the website keeps logging the caller out."
    if beside:
        lost_rows = set(lost.values())  # a loss is the change itself: "lost Bramble in May"
        by |= _said_with_replaced(index, [hit.row for hit in hits], by, lost_rows, None, None)
    return [replace(hit, replaced_by=by[hit.row]) if hit.row in by else hit for hit in hits]


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+\b")


def _replaces(kind: str, content: str) -> bool:
    """Whether a statement of `kind` can replace an earlier one: not one about the past, and
    for an email or a number (a caller has several, for several uses: "send the newsletter to
    …") one that says it changed."""
    if _about_the_past(kind, content):
        return False
    return kind not in _SEVERAL or _CHANGED.search(content) is not None


_SEVERAL = frozenset(("email", "phone"))


def _uses(content: str) -> frozenset[str]:
    """The uses `content` names an email or a number for ("receipt", "work"), its values
    aside."""
    return frozenset(
        _USE.get(use.lower(), use.lower().removesuffix("s"))
        for use in _FOR_A_USE.findall(_without_values(content))
    )


# What replaces must be read as the kind asked for at kinds.SAID_OF_AT; what it replaces, from
# an earlier call and already among the memories returned for the question, at this when the
# kind's value has a shape (a name, an address: the reader is less sure of "The caller is at
# Copperleaf Studios, nights mostly"). Not for the favourite tea: "The caller is reading a book
# about the history of tea" is read as it at 0.3 and was never a favourite.
EARLIER_SAID_AT = 0.3
# The kinds of one value a slot of its own names (the kind: its slot)
_VALUES = {
    **{k: k for k in ("address", "phone", "email", "contact", "job", "car", "doctor", "partner")},
    "nickname": "name",
}
_MEAT_SLOTS = tuple(f"habit:{meat}" for meat in MEATS)
# An email or a number for one use, which another use's never replaces
# The kinds whose value has a shape another kind's value seldom has, told alone
_BARE_SHAPES = {"dentist": ANSWER_SHAPES["appointment"], "class": ANSWER_SHAPES["weekly"]}
# what names another appointment or pastime than the one asked for
_ANOTHER_ONE = re.compile(
    r"\b(?:appointments?|doctor|gp|physio|optician|vet|hair\w*|barber|class|lessons?|club|"
    r"practice|football|yoga|choir|gym|swimming|service)\b",
    re.IGNORECASE,
)
_USE = {"emergencies": "emergency", "business": "business"}
_FOR_A_USE = re.compile(
    r"\b(?:newsletters?|receipts?|invoices?|bills?|work|office|business|personal|mobile|"
    r"landline|home|emergenc(?:y|ies)|school)\b",
    re.IGNORECASE,
)


def _without_values(content: str) -> str:
    """`content` without its email addresses and numbers ("office@…" names no use)."""
    return SHAPES["phone"].sub(" ", SHAPES["email"].sub(" ", content))


# A statement about a value gone by, which replaces nothing: "their old address was …", "the
# caller used to work at …", "Previously, the caller lived at …" (unless it says what holds
# now: "used to …, now it's …"). A change told between the word of the past and the value
# makes it the new one: "the old place shut down, so the caller has moved to Halden
# Logistics" (the old is the place left); after the value, only a clause carrying it or one
# that points back at it ("14 Birch Lane, that's the old address") makes it the past.
_HOLDS_NOW = re.compile(
    r"\b(?:now|these days|any ?more|no longer|instead|from (?:now|here) on|going forward)\b",
    re.IGNORECASE,
)
_GONE_BY = re.compile(
    r"\b(?:used to|old|previous(?:ly)?|former(?:ly)?|original(?:ly)?)\b", re.IGNORECASE
)
_TOLD_CHANGE = re.compile(
    r"\b(?:moved|switched|changed|started|joined|left|shut|closed|retired|new|since)\b",
    re.IGNORECASE,
)
_POINTS_BACK = re.compile(
    r"\b(?:that|this|it)(?:'s| is| was) (?:the|their|the caller's) (?:old|previous|former)\b",
    re.IGNORECASE,
)
_CLAUSES = re.compile(CLAUSE_BREAK, re.IGNORECASE)


def _about_the_past(kind: str, content: str) -> bool:
    """Whether `content` states a value of `kind` gone by (see above); for a kind without a
    shape to find, any word of the past."""
    gone = _GONE_BY.search(content)
    if gone is None or _HOLDS_NOW.search(content):
        return False
    shape = value_shape(kind)
    value = None if shape is None else shape.search(content, gone.end())
    if value is not None:  # the past first, then the value: unless a change is told between
        return _TOLD_CHANGE.search(content, gone.end(), value.start()) is None
    if shape is None or not shape.search(content):
        return True
    carrying = [c for c in _CLAUSES.split(content) if shape.search(c)]
    return _POINTS_BACK.search(content) is not None or any(_GONE_BY.search(c) for c in carrying)


def _intent_lift(
    index: UserIndex, query: str, periods: tuple[Period, ...], now: dt.datetime
) -> np.ndarray | float:
    lift: np.ndarray | float = _date_lift(index, periods, now)
    if _CURRENT.search(query):
        behind = (index.occurred_epoch.max() - index.occurred_epoch) / 86_400
        lift = lift + CURRENT_LIFT * np.exp2(-behind / CURRENT_HALF_LIFE_DAYS)
    return lift


def _said_of_lift(
    index: UserIndex, asked: tuple[str, ...], score: np.ndarray, model: str
) -> np.ndarray:
    """SLOT_LIFT for the best WINDOW candidates by `score` (-inf: not one) that the kind
    reader finds to be of the asked kind (kinds.said_of), relevant or not: the lift makes
    them relevant, as the slot's does (a change in words the question shares none of: "What's
    my workplace?" "I'm now working with the city library")."""
    out = np.zeros(index.size)
    rows = [int(r) for r in _best(score, WINDOW) if np.isfinite(score[r])]
    if rows:
        contents = [index.contents[r] for r in rows]
        said = said_of(asked, index.matrix[rows], contents, model)
        out[[r for r, yes in zip(rows, said, strict=True) if yes]] = SLOT_LIFT
    return out


def _slot_lift(index: UserIndex, asked: tuple[str, ...]) -> np.ndarray:
    lift = np.zeros(index.size)
    lift[index.slots.rows_with(asked_hashes(asked))] = SLOT_LIFT
    return lift


def _date_lift(
    index: UserIndex, periods: tuple[Period, ...], now: dt.datetime
) -> np.ndarray | float:
    """DATE_LIFT for the memories of calls made in a period the question names, fading with
    the days before or after it; the best period counts when it names several."""
    closeness: np.ndarray | float = 0.0
    for period in periods:
        window = _lifted(period, now)
        if window is None:
            continue
        start, end = _epoch(window[0]), _epoch(window[1])
        before = np.clip(start - index.occurred_epoch, 0, None) / 86_400
        after = np.clip(index.occurred_epoch - end, 0, None) / 86_400
        closeness = np.maximum(
            closeness, np.exp2(-before / DATE_BEFORE_DAYS - after / DATE_AFTER_DAYS)
        )
    return DATE_LIFT * closeness


def _lifted(period: Period, now: dt.datetime) -> tuple[dt.datetime, dt.datetime] | None:
    """The calls' dates a period lifts: none while it is still ahead (no call was made then);
    for a period dating a thing the question describes, everything from then on."""
    if period.start > now:
        return None
    return period.start, max(period.end, now) if period.scoped else period.end


def _epoch(moment: dt.datetime) -> float:
    return moment.replace(tzinfo=dt.UTC).timestamp()


def _redundant(
    index: UserIndex, row: int, sources: set[tuple[str, tuple[int, ...]]], calls: set[str]
) -> bool:
    """A second memory of a caller turn already picked, or a call-level memory (summary,
    data collection: no source turn) of a call whose own words are already picked."""
    turns = index.turns[row]
    if turns:
        return (index.conversations[row], turns) in sources
    return index.conversations[row] in calls


def _use(
    index: UserIndex, row: int, sources: set[tuple[str, tuple[int, ...]]], calls: set[str]
) -> None:
    if index.turns[row]:
        sources.add((index.conversations[row], index.turns[row]))
        calls.add(index.conversations[row])


def _best(score: np.ndarray, count: int) -> np.ndarray:
    """The rows of the `count` highest scores, best first, ties in row order: the head of a
    stable descending sort, without sorting every row (a tenth of the time at 10k rows)."""
    if len(score) <= count:
        return np.argsort(-score, kind="stable")
    kth = np.partition(score, len(score) - count)[len(score) - count]
    rows = np.flatnonzero(score >= kth)  # every tie at the cut, in row order
    return rows[np.argsort(-score[rows], kind="stable")][:count]


def _select(index: UserIndex, score: np.ndarray) -> list[Hit]:
    """The ranking memory-query answers from (MAX_RESULTS hits, best first); a query with a
    smaller limit takes its head, so nothing in it depends on the limit. What repeats a
    picked turn (or a picked call's summary) only fills the tail."""
    chosen: list[int] = []
    spare: list[int] = []
    sources: set[tuple[str, tuple[int, ...]]] = set()
    calls: set[str] = set()
    for row in _best(score, WINDOW):
        if not np.isfinite(score[row]):
            continue
        if _redundant(index, int(row), sources, calls):
            spare.append(int(row))  # only if nothing else waits
            continue
        _use(index, int(row), sources, calls)
        chosen.append(int(row))
        if len(chosen) == MAX_RESULTS:
            break
    ranked = chosen + spare[: MAX_RESULTS - len(chosen)]
    return [Hit(row, int(index.ids[row]), round(float(score[row]), 4)) for row in ranked]


def search(
    user_id: int,
    query: str,
    embedder: Embedder,
    settings: Settings,
    *,
    names: list[str],
    sectors: frozenset[str] | None = None,
    limit: int = 5,
    now: dt.datetime,
    states: tuple[str, ...] = ("active",),
) -> Result:
    """memory-query's ranking over the user's memories in `states` (active ones unless
    asked)."""
    index = indexes.with_states(user_id, embedder.model, embedder.dimension, states)
    cleaned = clean_query(query, names) or query
    hits, terms = rank(index, cleaned, embedder, settings, sectors=sectors, limit=limit, now=now)
    return Result(index, hits, terms.degraded, terms)


EXPLAIN_LIMITS = (5, 10)
COMPETITORS = 5


def explain(
    user_id: int,
    memory_id: int,
    query: str,
    embedder: Embedder,
    settings: Settings,
    *,
    names: list[str],
    now: dt.datetime,
) -> dict[str, Any]:
    """Why memory-query would (not) return `memory_id` for `query`, from the same index,
    terms and selection as memory-query (no sector filter): its rank among the caller's
    relevant memories (1-based; None when not relevant): memory-query's order for its first
    MAX_RESULTS, by total after them; whether limits 5 and 10
    would return it, each term with its weight, and the memories ranked first. A memory that
    is not in the caller's active index (archived, superseded, another caller's) is
    `in_index: False`. Reads only; records nothing."""
    index = indexes.get(user_id, embedder.model, embedder.dimension)
    cleaned = clean_query(query, names) or query
    out: dict[str, Any] = {
        "memory_id": memory_id,
        "query": query,
        "cleaned_query": cleaned,
        "in_index": memory_id in index.position,
        "degraded": False,
        "relevant": False,
        "rank": None,
        "candidates": 0,
        "total": None,
        "terms": [],
        "periods": [],
        "competitors": [],
        **{f"returned_at_{limit}": False for limit in EXPLAIN_LIMITS},
        **{f"answer_at_{limit}": None for limit in EXPLAIN_LIMITS},
    }
    row = index.position.get(memory_id)
    if row is None:
        return out
    terms = score_terms(index, cleaned, embedder, settings, now=now)
    score = _candidates(index, terms, None)
    out.update(
        degraded=terms.degraded,
        relevant=bool(terms.relevant[row]),
        total=round(float(terms.total[row]), 4),
        terms=_term_rows(terms, row, settings.keyword_weight),
        periods=_period_rows(terms.periods, now),
    )
    if score is None:
        return out
    ordered = _ordered(index, score, cleaned, terms)
    order = np.argsort(-score)  # by total: the order `_select` walks
    head = [hit.row for hit in ordered]
    taken = set(head)
    ranked = head + [int(r) for r in order[np.isfinite(score[order])] if int(r) not in taken]
    out["candidates"] = len(ranked)
    if terms.relevant[row]:
        out["rank"] = ranked.index(row) + 1
    out["competitors"] = [
        {
            "id": int(index.ids[other]),
            "content": index.contents[other],
            "rank": place,
            "total": round(float(terms.total[other]), 4),
        }
        for place, other in enumerate(ranked, start=1)
        if other != row
    ][:COMPETITORS]
    for limit in EXPLAIN_LIMITS:
        hits = ordered[:limit]
        for position, hit in enumerate(hits, start=1):
            if hit.row == row:
                out[f"returned_at_{limit}"] = True
                out[f"answer_at_{limit}"] = {"position": position, "score": hit.score}
    return out


def _period_rows(periods: tuple[Period, ...], now: dt.datetime) -> list[dict[str, Any]]:
    """The periods the question names and the calls' dates each lifts (none when ahead)."""
    rows = []
    for period in periods:
        window = _lifted(period, now)
        rows.append(
            {
                "phrase": period.phrase,
                "from": window[0].date().isoformat() if window else None,
                "until": (window[1] - dt.timedelta(seconds=1)).date().isoformat()
                if window
                else None,
            }
        )
    return rows


def _term_rows(terms: Terms, row: int, keyword_weight: float) -> list[dict[str, Any]]:
    """Each term of one memory's total: value, weight and contribution (weight x value).
    The keyword and cosine legs are shown inside the blend (their share of it as
    `in_blend`); the contributions add up to the total."""

    def term(name: str, value: float | None, weight: float | None) -> dict[str, Any]:
        return {
            "name": name,
            "value": value,
            "weight": weight,
            "contribution": None if weight is None or value is None else weight * value,
        }

    keyword = term("keyword", float(terms.keyword[row]), None)
    cosine = term("cosine", None if terms.cosine is None else float(terms.cosine[row]), None)
    keyword["in_blend"] = 1.0 if terms.cosine is None else keyword_weight
    cosine["in_blend"] = 0.0 if terms.cosine is None else 1 - keyword_weight
    return [
        keyword,
        cosine,
        term("blend", float(terms.blend[row]), BLEND_WEIGHT),
        term("salience", float(terms.salience[row]), SALIENCE_WEIGHT),
        term("recency", float(terms.recency[row]), RECENCY_WEIGHT),
        term("lift", float(terms.lift[row]), 1.0),
    ]
