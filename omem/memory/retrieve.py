"""Retrieval for one user: hybrid (BM25 blended with cosine, both min-max normalised),
composite score 0.6 blend + 0.2 salience + 0.1 recency + 0.1 mean link weight, lifted a
little where the question's own cues say what it asks for, graph expansion over links, and
at most one memory per source turn while others are waiting.

When the query cannot be embedded, the keyword leg answers alone and the result says
`degraded`.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass

import numpy as np
import structlog

from omem.config import Settings
from omem.embeddings import Embedder
from omem.embeddings import EmbeddingError
from omem.llm import LLMUnavailable
from omem.memory.extract import classify
from omem.memory.index import UserIndex
from omem.memory.index import indexes
from omem.memory.index import sector_mask
from omem.metrics import DEGRADED

log = structlog.get_logger("omem.retrieve")
LINKS_PER_MATCH = 2
# A question's cues, read like a memory's ("what are the steps to…" is procedural, "how was
# I feeling…" emotional): memories of that sector are lifted by this much. Small: it settles
# near-ties, a clearly better match still wins. Not for "semantic", the catch-all.
SECTOR_LIFT = 0.06
# "now", "currently", "still", "anymore": the question is about the latest state of things,
# so memories from the caller's latest calls are lifted, fading with the days behind the
# newest memory (half-life CURRENT_HALF_LIFE_DAYS).
CURRENT_LIFT = 0.1
CURRENT_HALF_LIFE_DAYS = 10.0
_CURRENT = re.compile(r"\b(now|current(ly)?|latest|still|any ?more|these days)\b", re.I)


@dataclass(frozen=True)
class Hit:
    row: int
    memory_id: int
    score: float


@dataclass(frozen=True)
class Result:
    index: UserIndex
    hits: list[Hit]
    degraded: bool


_THE_CALLER = re.compile(r"\b(?:the\s+)?caller(?:'s)?\b", re.I)


def clean_query(query: str, names: list[str]) -> str:
    """Drop the caller's own names (and "the caller"): every memory is about them, so a
    name only adds noise."""
    query = _THE_CALLER.sub(" ", query)
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


def _vector_scores(index: UserIndex, query: str, embedder: Embedder) -> np.ndarray | None:
    try:
        vector = embedder.embed_query(query)
    except (EmbeddingError, LLMUnavailable, OSError) as exc:
        DEGRADED.labels(path="memory_query").inc()
        log.warning("memory_query_degraded", error_type=type(exc).__name__)
        return None
    return index.search @ vector


def rank(
    index: UserIndex,
    query: str,
    embedder: Embedder,
    settings: Settings,
    *,
    sectors: frozenset[str] | None,
    limit: int,
    now: dt.datetime,
) -> tuple[list[Hit], bool]:
    if index.size == 0:
        return [], False
    raw_keyword = index.keywords.scores(query)
    keyword = _minmax(raw_keyword)
    cosine = _vector_scores(index, query, embedder)
    degraded = cosine is None
    if cosine is None:
        blend = keyword
        relevant = raw_keyword > 0
    else:
        weight = settings.keyword_weight
        blend = weight * keyword + (1 - weight) * _minmax(cosine)
        # Min-max scaling makes every memory but the least similar look relevant: a memory
        # must share a keyword or be genuinely similar to be returned at all.
        relevant = (raw_keyword > 0) | (cosine >= settings.min_similarity)
    age_days = (now.replace(tzinfo=dt.UTC).timestamp() - index.accessed) / 86_400
    recency = np.exp(-math.log(2) * np.clip(age_days, 0, None) / settings.recency_half_life_days)
    score = 0.6 * blend + 0.2 * index.salience + 0.1 * recency + 0.1 * index.link_mean
    score = score + _intent_lift(index, query)
    if sectors:
        allowed = sector_mask(index, sectors)
        score = np.where(allowed, score, -np.inf)
    if not np.any(relevant):  # nothing matches at all: no answer beats a random one
        return [], degraded
    return _select(index, np.where(relevant, score, -np.inf), sectors, limit), degraded


def _intent_lift(index: UserIndex, query: str) -> np.ndarray | float:
    lift: np.ndarray | float = 0.0
    wanted = classify(query)
    if wanted != "semantic":
        lift = SECTOR_LIFT * sector_mask(index, wanted)
    if _CURRENT.search(query):
        behind = (index.occurred_epoch.max() - index.occurred_epoch) / 86_400
        lift = lift + CURRENT_LIFT * np.exp2(-behind / CURRENT_HALF_LIFE_DAYS)
    return lift


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


def _select(
    index: UserIndex,
    score: np.ndarray,
    sectors: frozenset[str] | None,
    limit: int,
) -> list[Hit]:
    order = np.argsort(-score)
    chosen: list[int] = []
    spare: list[int] = []
    sources: set[tuple[str, tuple[int, ...]]] = set()
    calls: set[str] = set()
    for row in order[: max(limit * 4, 20)]:
        if not np.isfinite(score[row]):
            continue
        if _redundant(index, int(row), sources, calls):
            spare.append(int(row))  # only if nothing else waits
            continue
        _use(index, int(row), sources, calls)
        chosen.append(int(row))
        if len(chosen) == limit:
            break
    chosen += spare[: limit - len(chosen)]
    hits = {row: float(score[row]) for row in chosen}
    for row in chosen:
        for linked, weight in index.links.get(row, [])[:LINKS_PER_MATCH]:
            if linked in hits or (sectors and index.sectors[linked] not in sectors):
                continue
            if _redundant(index, linked, sources, calls):
                continue  # expansion must not bring back what the picks already cover
            _use(index, linked, sources, calls)
            hits[linked] = hits[row] * 0.8 + weight * 0.2
    best = sorted(hits.items(), key=lambda item: item[1], reverse=True)[:limit]
    return [Hit(row, int(index.ids[row]), round(value, 4)) for row, value in best]


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
) -> Result:
    index = indexes.get(user_id, embedder.model, embedder.dimension)
    cleaned = clean_query(query, names) or query
    hits, degraded = rank(
        index, cleaned, embedder, settings, sectors=sectors, limit=limit, now=now
    )
    return Result(index, hits, degraded)
