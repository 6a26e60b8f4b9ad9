"""`python -m bench.retrieval_quality [--json PATH] [--details]`: evidence recall of omem's
memory engine on the hand-written evaluation set in `bench/eval/`, against two baselines.

Every call goes through the real pipeline in time order (payload validated as
`omem.payloads.Transcription`, then `pipeline.store_transcription` and
`pipeline.extract_memories` with the offline extractor and the local embedder), in a temporary
data directory. Questions are asked at their own time, between calls, so each sees only the
calls that had ended by then, through `omem.memory.recall.query` (the memory-query tool).

A result cites an evidence turn when it names that conversation and turn (`conversation_id`,
`source_turns`). Per system: recall@k (share of a question's evidence turns cited in the top
k, averaged over questions), MRR (first result citing any evidence, within 20), and the words
of text returned at k=5 and k=10. Baselines rank the same caller's raw turns (the caller's
own turns of the calls that had ended), with the same query after omem's removal of the
caller's name: BM25 (`omem.memory.keywords.KeywordIndex`; only turns sharing a term are
returned) and cosine with the same embedder. A third, extra baseline blends the two as omem
does (min-max, 0.5 each). Two diagnostics (not omem's code path) show what the call-level
memories and the salience/recency terms cost or earn. `bench/eval/README.md` describes the
evaluation set.

Two measurement choices, both about the clock: memories are stored with the call's end as
"now" (as the worker would have, so the recency term sees realistic ages), and each question
leaves `last_accessed_at` as it found it (the tool touches what it returns, which would make
results depend on the order and number of evaluation queries).
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import datetime as dt
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from collections.abc import Iterator
from dataclasses import dataclass
from dataclasses import field
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np

from omem import callers
from omem import pipeline
from omem import schema
from omem.clock import from_unix
from omem.config import Settings
from omem.config import load_settings
from omem.config import new_fernet_key
from omem.db import db
from omem.db import init_db
from omem.db import write
from omem.embeddings import get_embedder
from omem.logs import configure_logging
from omem.memory import extract as memory_extract
from omem.memory import recall
from omem.memory import retrieve
from omem.memory import store as memory_store
from omem.memory.index import bump_version
from omem.memory.index import indexes
from omem.memory.keywords import KeywordIndex
from omem.memory.keywords import tokenize
from omem.models import Memory
from omem.payloads import Transcription
from omem.phones import normalize_caller_id
from omem.validation import validate

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "bench" / "eval"
SAMPLE = ROOT / "tests" / "fixtures" / "elevenlabs" / "post-call-transcription.json"
KS = (1, 5, 10)
DEEP = 20  # the memory-query tool's largest limit: ranks beyond the answer, for MRR
TYPES = (
    "single",
    "temporal",
    "multi-hop",
    "preference",
    "update",
    "inference",
    # bench/changeeval (issue 15): facts that change
    "update-before",
    "update-past",
    "correction",
    "spoken",
)
CHANGE_TYPES = ("update", "update-before", "update-past", "correction", "spoken")
BUDGET = 270  # words the agent can afford to hear: recall within it, per issue 14

PIPELINE = "omem memory-query (extracted memories, hybrid)"
BM25 = "baseline: BM25 over raw caller turns"
DENSE = "baseline: MiniLM cosine over raw caller turns"
BLEND = "extra: 0.5 BM25 + 0.5 cosine over raw caller turns"
BLEND_CTX = "baseline: 0.5 BM25 (turn + prompting agent turn) + 0.5 cosine over raw caller turns"
SYSTEMS = (PIPELINE, BM25, DENSE, BLEND, BLEND_CTX)
SHORT = {
    PIPELINE: "omem",
    BM25: "BM25 turns",
    DENSE: "dense turns",
    BLEND: "blend turns",
    BLEND_CTX: "blend+context turns",
}
# Diagnostics: not omem's code path; they tell which part of the pipeline costs or earns.
NO_CALL_LEVEL = "diagnostic: omem's ranking without call-level memories (summary, data)"
BLEND_ONLY = "diagnostic: omem's memories ranked by the blend alone (no salience/recency)"
# The unit returned (issue 14): the same ranking, each memory's text completed from its turn.
# omem returns a memory with the next memory of its turn (index.joined); these return less or more.
UNIT_ALONE = "diagnostic: omem, each memory alone (without the next of its turn)"
UNIT_TURN = "diagnostic: omem, each memory with every memory of its turn"
UNIT_BARE = "diagnostic: omem, without the 'The caller said' prefix"
DIAGNOSTICS = (NO_CALL_LEVEL, BLEND_ONLY, UNIT_ALONE, UNIT_TURN, UNIT_BARE)
# --ablate: omem's own memories re-ranked with parts of the score switched off (module
# constants of omem.memory.retrieve, set for the ablation's queries only).
ABLATIONS: dict[str, dict[str, float]] = {
    "ablation: as built (0.8 blend + 0.1 salience + 0.1 recency, lifts)": {},
    "ablation: no salience (0.9 blend + 0.1 recency)": {
        "BLEND_WEIGHT": 0.9,
        "SALIENCE_WEIGHT": 0.0,
    },
    "ablation: salience as before (0.7 blend + 0.2 salience + 0.1 recency)": {
        "BLEND_WEIGHT": 0.7,
        "SALIENCE_WEIGHT": 0.2,
    },
    "ablation: no recency (0.9 blend + 0.1 salience)": {
        "BLEND_WEIGHT": 0.9,
        "RECENCY_WEIGHT": 0.0,
    },
    "ablation: no now lift": {"CURRENT_LIFT": 0.0},
    "ablation: no date lift": {"DATE_LIFT": 0.0},
    "ablation: 0.9 blend + 0.1 recency, no lifts": {
        "BLEND_WEIGHT": 0.9,
        "SALIENCE_WEIGHT": 0.0,
        "CURRENT_LIFT": 0.0,
        "DATE_LIFT": 0.0,
    },
    "ablation: blend alone": {
        "BLEND_WEIGHT": 1.0,
        "SALIENCE_WEIGHT": 0.0,
        "RECENCY_WEIGHT": 0.0,
        "CURRENT_LIFT": 0.0,
        "DATE_LIFT": 0.0,
    },
}


# ---------------------------------------------------------------- data and payloads


def revision() -> str:
    """The omem commit measured (omem changes often: results belong to a commit)."""
    try:
        head = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--", "omem"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=10,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return "unknown"
    return head + (" + uncommitted changes in omem/" if dirty else "")


def load_eval(directory: Path = EVAL) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    calls = json.loads((directory / "calls.json").read_text(encoding="utf-8"))
    questions = json.loads((directory / "questions.json").read_text(encoding="utf-8"))
    return calls, questions


def payload(call: dict[str, Any], sample: dict[str, Any]) -> dict[str, Any]:
    """The post-call transcription `data` ElevenLabs would send for this call, in the shape
    of the real sample payload (its extra fields kept, its content replaced)."""
    data = copy.deepcopy(sample["data"])
    turn_template = next(t for t in data["transcript"] if t["message"] and not t["tool_calls"])
    data["transcript"] = [
        {**copy.deepcopy(turn_template), **turn, "tool_calls": [], "tool_results": []}
        for turn in call["turns"]
    ]
    data["conversation_id"] = call["conversation_id"]
    data["agent_id"] = call["agent_id"]
    data["agent_name"] = "Keystone Concierge"
    data["user_id"] = None
    metadata = data["metadata"]
    metadata["start_time_unix_secs"] = call["start_time_unix_secs"]
    metadata["accepted_time_unix_secs"] = call["start_time_unix_secs"]
    metadata["call_duration_secs"] = call["call_duration_secs"]
    metadata["phone_call"]["external_number"] = call["caller"]
    metadata["phone_call"]["direction"] = call["direction"]
    # ElevenLabs says which language the call was in; a set without the field is English.
    metadata["main_language"] = call.get("main_language", "en")
    analysis = call.get("analysis") or {}
    data["analysis"] = {
        "evaluation_criteria_results": {},
        "data_collection_results": {
            key: {"data_collection_id": key, "value": value, "rationale": ""}
            for key, value in (analysis.get("data_collection") or {}).items()
        },
        "call_successful": "success",
        "transcript_summary": analysis.get("summary", ""),
        "call_summary_title": analysis.get("title", ""),
    }
    init = data["conversation_initiation_client_data"]
    init["user_id"] = None
    init["dynamic_variables"] = {
        "system__agent_id": call["agent_id"],
        "system__conversation_id": call["conversation_id"],
        "system__caller_id": call["caller"],
        "system__called_number": "+18885550142",
    }
    return data


# ---------------------------------------------------------------- omem in a temp directory


TUNABLE = (
    "OMEM_EMBEDDER",
    "OMEM_LINK_THRESHOLD",
    "OMEM_KEYWORD_WEIGHT",
    "OMEM_MIN_SIMILARITY",
    "OMEM_RECENCY_HALF_LIFE_DAYS",
    "OMEM_DEDUPE_THRESHOLD",
)


def make_settings(data_dir: Path) -> Settings:
    env = {
        "OMEM_DATA_DIR": str(data_dir),
        "OMEM_API_KEYS": "omem_eval_bootstrap_key_0123456789abcdef",
        "OMEM_ELEVENLABS_WEBHOOK_SECRETS": "wsec_eval_secret_0123456789abcdef",
        "OMEM_ENCRYPTION_KEYS": new_fernet_key(),
        "OMEM_SECRET_KEY": "e" * 40,
        "OMEM_LOG_LEVEL": "WARNING",
    }
    # Retrieval settings may be tried from the shell, e.g. OMEM_LINK_THRESHOLD=0.6.
    env.update({name: os.environ[name] for name in TUNABLE if name in os.environ})
    return load_settings(env, env_file=None)


@contextlib.contextmanager
def frozen_store_clock(moment: dt.datetime) -> Iterator[None]:
    """`save_memories` stamps memories with `utcnow()`: make that the end of the call."""
    if not hasattr(memory_store, "utcnow"):
        raise RuntimeError("omem.memory.store no longer takes its clock from utcnow")
    original = memory_store.utcnow
    memory_store.utcnow = lambda: moment  # type: ignore[assignment]
    try:
        yield
    finally:
        memory_store.utcnow = original  # type: ignore[assignment]


@dataclass
class Caller:
    number: str
    user_pk: int = 0
    uid: str = ""
    names: list[str] = field(default_factory=list)
    turns: list[tuple[str, int, str]] = field(default_factory=list)  # (conv, order, text)
    contexts: list[str] = field(default_factory=list)  # the agent turn before each turn
    vectors: list[np.ndarray] = field(default_factory=list)


def ingest(call: dict[str, Any], sample: dict[str, Any], settings: Settings) -> float:
    """One call through the real pipeline; returns seconds spent in extraction."""
    ended = from_unix(call["start_time_unix_secs"] + call["call_duration_secs"])
    data = validate(Transcription, payload(call, sample))
    conversation = pipeline.store_transcription(data, settings, ended)
    started = time.perf_counter()
    with frozen_store_clock(ended):
        pipeline.extract_memories(conversation, settings)
    return time.perf_counter() - started


# ---------------------------------------------------------------- ranking and scoring


@dataclass(frozen=True)
class Item:
    conversation_id: str
    turns: tuple[int, ...]
    text: str
    memory_id: int = 0
    past: bool = False  # returned as no longer current (superseded or archived)

    @property
    def words(self) -> int:
        return len(self.text.split())


def cited(items: list[Item], evidence: set[tuple[str, int]]) -> set[tuple[str, int]]:
    return {(i.conversation_id, t) for i in items for t in i.turns} & evidence


def first_hit(items: list[Item], evidence: set[tuple[str, int]]) -> int | None:
    for rank, item in enumerate(items, start=1):
        if cited([item], evidence):
            return rank
    return None


def within_budget(items: list[Item], budget: float) -> list[Item]:
    """The ranked prefix whose text fits in `budget` words."""
    out, used = [], 0
    for item in items:
        if used + item.words > budget:
            break
        out.append(item)
        used += item.words
    return out


def minmax(values: np.ndarray) -> np.ndarray:
    low, high = float(values.min()), float(values.max())
    if high - low < 1e-9:
        return np.zeros_like(values) if high <= 0 else np.ones_like(values)
    return (values - low) / (high - low)


def rank_turns(scores: np.ndarray, caller: Caller, depth: int, positive: bool) -> list[Item]:
    order = np.argsort(-scores, kind="stable")[:depth]
    return [
        Item(caller.turns[i][0], (caller.turns[i][1],), caller.turns[i][2])
        for i in order
        if not positive or scores[i] > 0
    ]


@contextlib.contextmanager
def untouched(user_pk: int, settings: Settings) -> Iterator[None]:
    """Undo the `last_accessed_at` touch of every memory-query run inside (DB and cache)."""
    embedder = get_embedder(settings)
    index = indexes.get(user_pk, embedder.model, embedder.dimension)
    saved = index.accessed.copy()
    try:
        yield
    finally:
        changed = np.nonzero(index.accessed != saved)[0]
        if len(changed):
            with write():
                for row in changed:
                    Memory.update(last_accessed_at=from_unix(float(saved[row]))).where(
                        Memory.id == int(index.ids[row])
                    ).execute()
            index.accessed[:] = saved


@dataclass
class Outcome:
    """One system's answer to one question."""

    by_k: dict[int, list[Item]]  # what the system returns when asked for k results
    deep: list[Item]  # the longest ranking (DEEP results), for MRR and word budgets


def ask_pipeline(
    question: dict[str, Any], caller: Caller, settings: Settings, now: dt.datetime
) -> tuple[Outcome, float]:
    by_k: dict[int, list[Item]] = {}
    who = recall.Who(caller.uid, None)
    elapsed = 0.0
    with untouched(caller.user_pk, settings):
        for k in (*KS, DEEP):
            started = time.perf_counter()
            answer = recall.query(who, question["question"], settings, limit=k, now=now)
            if k == 5:
                elapsed = time.perf_counter() - started
            by_k[k] = [
                Item(
                    m["conversation_id"],
                    tuple(m["source_turns"]),
                    m["content"],
                    m["id"],
                    bool(m.get("superseded") or m.get("archived")),
                )
                for m in answer["memories"]
            ]
    return Outcome(by_k, by_k.pop(DEEP)), elapsed


def ask_baselines(
    question: dict[str, Any], caller: Caller, settings: Settings
) -> dict[str, Outcome]:
    if not caller.turns:
        return {name: Outcome({k: [] for k in KS}, []) for name in SYSTEMS[1:]}
    query = retrieve.clean_query(question["question"], caller.names) or question["question"]
    bm25 = KeywordIndex([text for _, _, text in caller.turns]).scores(query)
    vector = get_embedder(settings).embed([query])[0]
    cosine = np.vstack(caller.vectors) @ vector
    blend = 0.5 * minmax(bm25) + 0.5 * minmax(cosine)
    out = {}
    for name, scores, positive in ((BM25, bm25, True), (DENSE, cosine, False)):
        deep = rank_turns(scores, caller, DEEP, positive)
        out[name] = Outcome({k: deep[:k] for k in KS}, deep)
    deep = rank_turns(blend, caller, DEEP, False)
    out[BLEND] = Outcome({k: deep[:k] for k in KS}, deep)
    # RETRIEVAL.md's best raw-turn system: the keyword leg also indexes the agent turn that
    # prompted each caller turn (never returned).
    keyed = KeywordIndex(
        [
            f"{context} {text}"
            for context, (_, _, text) in zip(caller.contexts, caller.turns, strict=True)
        ]
    ).scores(query)
    deep = rank_turns(0.5 * minmax(keyed) + 0.5 * minmax(cosine), caller, DEEP, False)
    out[BLEND_CTX] = Outcome({k: deep[:k] for k in KS}, deep)
    return out


def ask_diagnostics(
    question: dict[str, Any], caller: Caller, settings: Settings, omem: Outcome
) -> dict[str, Outcome]:
    """(1) omem's own deepest answer with call-level memories (no source turns) left out;
    (2) the user's memories ranked by the keyword/vector blend alone, as omem computes it."""
    turn_level = [item for item in omem.deep if item.turns]
    out = {NO_CALL_LEVEL: Outcome({k: turn_level[:k] for k in KS}, turn_level)}
    embedder = get_embedder(settings)
    index = indexes.get(caller.user_pk, embedder.model, embedder.dimension)
    query = retrieve.clean_query(question["question"], caller.names) or question["question"]
    weight = settings.keyword_weight
    blend = weight * minmax(index.keywords.scores(query)) + (1 - weight) * minmax(
        index.search @ embedder.embed([query])[0]
    )
    order = [int(r) for r in np.argsort(-blend, kind="stable")[:DEEP] if blend[r] > 0]
    deep = [Item(index.conversations[r], index.turns[r], index.contents[r]) for r in order]
    out[BLEND_ONLY] = Outcome({k: deep[:k] for k in KS}, deep)
    for name, unit in ((UNIT_ALONE, _alone), (UNIT_TURN, _with_turn), (UNIT_BARE, _bare)):
        completed = [replace(item, text=unit(index, item)) for item in omem.deep]
        out[name] = Outcome({k: completed[:k] for k in KS}, completed)
    return out


def _same_turn(index: Any, row: int, other: int) -> bool:
    return (
        0 <= other < index.size
        and index.turns[row]
        and index.conversations[other] == index.conversations[row]
        and index.turns[other] == index.turns[row]
    )


def _alone(index: Any, item: Item) -> str:
    row = index.position.get(item.memory_id)
    return item.text if row is None else str(index.contents[row])


def _with_turn(index: Any, item: Item) -> str:
    row = index.position.get(item.memory_id)
    if row is None or not item.turns:
        return item.text
    first, last = row, row
    while _same_turn(index, row, first - 1):
        first -= 1
    while _same_turn(index, row, last + 1):
        last += 1
    return " ".join(index.contents[r] for r in range(first, last + 1))


def _bare(_: Any, item: Item) -> str:
    return re.sub(r"(^|(?<=[.!?] ))The caller said (\w)", lambda m: m.group(2).upper(), item.text)


@contextlib.contextmanager
def patched(overrides: dict[str, float]) -> Iterator[None]:
    """retrieve's module constants set to `overrides` inside (a benchmark's ablation only)."""
    saved = {name: getattr(retrieve, name) for name in overrides}
    try:
        for name, value in overrides.items():
            setattr(retrieve, name, type(saved[name])(value))
        yield
    finally:
        for name, value in saved.items():
            setattr(retrieve, name, value)


def ask_ablations(
    question: dict[str, Any], caller: Caller, settings: Settings, now: dt.datetime
) -> dict[str, Outcome]:
    """memory-query under each ABLATIONS variant (nothing recorded): the deepest answer,
    whose head is the answer at every smaller limit."""
    out = {}
    who = recall.Who(caller.uid, None)
    for name, overrides in ABLATIONS.items():
        with patched(overrides):
            answer = recall.query(who, question["question"], settings, limit=DEEP, now=now,
                                  record=False)  # fmt: skip
        deep = [
            Item(m["conversation_id"], tuple(m["source_turns"]), m["content"])
            for m in answer["memories"]
        ]
        out[name] = Outcome({k: deep[:k] for k in KS}, deep)
    return out


@dataclass
class Scored:
    recall: dict[int, float]
    rr: float
    words: dict[int, int]
    answer: dict[int, float]  # share of the answer's words in the top k's text
    within: dict[str, float]  # evidence and answer recall of the ranking cut at BUDGET words
    budget: dict[str, float] = field(default_factory=dict)  # recall at a baseline's budget


def answer_recall(items: list[Item], answer: set[str], language: str | None = None) -> float:
    """The share of the answer's content words (stemmed in the call's language, as the
    keyword index reads them) present in the items' text."""
    if not answer:
        return 1.0
    return len(answer & set(tokenize(" ".join(i.text for i in items), language))) / len(answer)


def score(
    outcome: Outcome,
    evidence: set[tuple[str, int]],
    answer: set[str],
    language: str | None = None,
) -> Scored:
    hit = first_hit(outcome.deep, evidence)
    kept = within_budget(outcome.deep, BUDGET)
    return Scored(
        recall={k: len(cited(outcome.by_k[k], evidence)) / len(evidence) for k in KS},
        rr=1.0 / hit if hit else 0.0,
        words={k: sum(i.words for i in outcome.by_k[k]) for k in KS},
        answer={k: answer_recall(outcome.by_k[k], answer, language) for k in KS},
        within={
            "evidence": len(cited(kept, evidence)) / len(evidence),
            "answer": answer_recall(kept, answer, language),
            "words": float(sum(i.words for i in kept)),
        },
    )


# ---------------------------------------------------------------- the run


@dataclass
class Run:
    results: list[dict[str, Any]] = field(default_factory=list)
    ingest_secs: list[float] = field(default_factory=list)
    query_secs: list[float] = field(default_factory=list)
    memories: dict[str, int] = field(default_factory=dict)


def run(
    details: bool,
    directory: Path = EVAL,
    ablate: bool = False,
    callers: frozenset[str] | None = None,
    recall_reinforces: bool = False,
) -> Run:
    """Replay the set and ask its questions; `callers` (caller keys) keeps only theirs."""
    document, questions = load_eval(directory)
    if callers is not None:
        questions = [q for q in questions if q["caller_key"] in callers]
        numbers = {q["caller"] for q in questions}
        document = {**document, "calls": [c for c in document["calls"] if c["caller"] in numbers]}
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    calls = sorted(
        document["calls"], key=lambda c: c["start_time_unix_secs"] + c["call_duration_secs"]
    )
    ordered = sorted(questions, key=lambda q: q["asked_at"])
    out = Run()
    root = Path(tempfile.mkdtemp(prefix="omem-eval-"))
    try:
        settings = make_settings(root / "data")
        configure_logging(settings)
        init_db(settings)
        embedder = get_embedder(settings)
        people: dict[str, Caller] = {}
        with db.connection_context():
            schema.upgrade()
            pending = iter(calls)
            upcoming = next(pending, None)
            for question in ordered:  # bounded: one pass over questions, one over calls
                while upcoming is not None and (
                    upcoming["start_time_unix_secs"] + upcoming["call_duration_secs"]
                    <= question["asked_at"]
                ):
                    out.ingest_secs.append(ingest(upcoming, sample, settings))
                    person = people.setdefault(upcoming["caller"], Caller(upcoming["caller"]))
                    own = [
                        (upcoming["conversation_id"], order, turn["message"])
                        for order, turn in enumerate(upcoming["turns"])
                        if turn["role"] == "user"
                    ]
                    person.turns.extend(own)
                    person.contexts.extend(
                        _prompting(upcoming["turns"], order) for _, order, _ in own
                    )
                    person.vectors.extend(embedder.embed([text for _, _, text in own]))
                    upcoming = next(pending, None)
                person = people.get(question["caller"])
                if person is None:
                    raise RuntimeError(f"{question['id']} is asked before any call of its caller")
                _identify(person)
                out.results.append(_evaluate(question, person, settings, out, ablate))
                if recall_reinforces:  # the policy issue 15 asks to measure, not omem's
                    _reinforce_returned(out.results[-1]["returned"], person, question)
            while upcoming is not None:  # the rest, for the memory counts
                out.ingest_secs.append(ingest(upcoming, sample, settings))
                upcoming = next(pending, None)
            for person in people.values():
                _identify(person)
                out.memories[person.number] = (
                    Memory.select().where(Memory.user == person.user_pk).count()
                )
    finally:
        db.close_all()
        shutil.rmtree(root, ignore_errors=True)
    if details:
        _print_details(out.results)
    return out


def _reinforce_returned(ids: list[int], person: Caller, question: dict[str, Any]) -> None:
    """What omem would do if being recalled reinforced: each memory memory-query returned
    (limit 5) is reinforced as if the caller had said it again."""
    now = from_unix(question["asked_at"])
    with write():
        for memory_id in ids:
            memory_store.reinforce(memory_id, now)
        bump_version(person.user_pk)


def _prompting(turns: list[dict[str, Any]], order: int) -> str:
    """The agent turn just before caller turn `order` (empty when there is none)."""
    before = turns[order - 1] if order > 0 else None
    return before["message"] if before and before["role"] == "agent" else ""


def _identify(person: Caller) -> None:
    user = callers.find_by_number(normalize_caller_id(person.number, "US") or person.number)
    if user is None:
        raise RuntimeError(f"no user for {person.number}")
    person.user_pk, person.uid = user.id, user.uid
    person.names = [user.display_name] if user.display_name else []


def _evaluate(
    question: dict[str, Any], person: Caller, settings: Settings, out: Run, ablate: bool
) -> dict[str, Any]:
    evidence = {(e["conversation_id"], e["turn"]) for e in question["evidence"]}
    now = from_unix(question["asked_at"])
    pipeline_outcome, elapsed = ask_pipeline(question, person, settings, now)
    out.query_secs.append(elapsed)
    outcomes = {
        PIPELINE: pipeline_outcome,
        **ask_baselines(question, person, settings),
        **ask_diagnostics(question, person, settings, pipeline_outcome),
        **(ask_ablations(question, person, settings, now) if ablate else {}),
    }
    language = question.get("call_language")  # the multilingual sets; English otherwise
    answer = set(tokenize(question.get("answer", ""), language))
    scored = {
        name: score(outcome, evidence, answer, language) for name, outcome in outcomes.items()
    }
    for baseline in (BM25, DENSE):
        for k in (5, 10):
            kept = within_budget(pipeline_outcome.deep, scored[baseline].words[k])
            scored[PIPELINE].budget[f"{baseline}@{k}"] = len(cited(kept, evidence)) / len(evidence)
    embedder = get_embedder(settings)
    index = indexes.get(person.user_pk, embedder.model, embedder.dimension)
    extracted = {
        (conv, turn)
        for conv, turns in zip(index.conversations, index.turns, strict=True)
        for turn in turns
    }
    evidence_calls = {conv for conv, _ in evidence}
    return {
        "id": question["id"],
        "type": question["type"],
        "kind": question.get("kind", ""),
        "caller": question["caller_key"],
        "question": question["question"],
        "evidence": sorted(evidence),
        "extracted": len(evidence & extracted) / len(evidence),
        "haystack": {"turns": len(person.turns), "memories": index.size},
        "call_level_at_5": sum(1 for i in pipeline_outcome.by_k[5] if not i.turns),
        "call_level_of_evidence_call_at_5": any(
            not i.turns and i.conversation_id in evidence_calls for i in pipeline_outcome.by_k[5]
        ),
        "scores": {
            name: {
                "recall": {str(k): v for k, v in s.recall.items()},
                "rr": s.rr,
                "words": {str(k): v for k, v in s.words.items()},
                "answer": {str(k): v for k, v in s.answer.items()},
                "within": s.within,
                "budget": s.budget,
            }
            for name, s in scored.items()
        },
        "top": {
            name: [
                {"conversation_id": i.conversation_id, "turns": list(i.turns), "text": i.text}
                for i in outcome.by_k[5]
            ]
            for name, outcome in outcomes.items()
        },
        # omem's answer at k=10 as returned, for reading a change question's misses
        "top10": [
            {"text": i.text, "turns": [i.conversation_id, *i.turns], "past": i.past}
            for i in pipeline_outcome.by_k[10]
        ],
        "missing": sorted(evidence - cited(pipeline_outcome.by_k[10], evidence)),
        "returned": [i.memory_id for i in pipeline_outcome.by_k[5]],
        **(
            {"change": changed(question, pipeline_outcome.by_k[10], evidence)}
            if "stale" in question
            else {}
        ),
        "memory_ranks": _memory_ranks(pipeline_outcome.deep, evidence),
    }


# A call's summary as stored: "On 3 March 2025: Gus said …", a dated report of that call.
_DATED = re.compile(r"^On \d{1,2} [A-Z][a-z]+ \d{4}: ")


def changed(
    question: dict[str, Any], top: list[Item], evidence: set[tuple[str, int]]
) -> dict[str, Any]:
    """How omem's top 10 treats a fact that changed (bench/changeeval): where the current
    value ranks, and whether the value it replaced is presented as current: an item not
    marked past that cites a turn stating the old value, or (a correction within one turn)
    that cites the correcting turn and carries the value taken back without the one meant;
    another fact that shares a word with it ("the boiler service is at 3:30" beside a hair
    appointment moved from 3:00) presents nothing. Of those, which carry the old value's own
    words: an aside split from the old value's turn ("The caller's husband doesn't do email
    at all.") cites it without saying the value."""
    stale = {(e["conversation_id"], e["turn"]) for e in question["stale"]}
    now = set(tokenize(question.get("answer", "")))
    old = set(tokenize(question.get("stale_answer", ""))) - now
    # Across calls the turns that stated the old value say which items carry it; within one
    # turn (a correction) only the words can.
    by_words = question["type"] == "correction"

    def presents_old(item: Item) -> bool:
        if item.past or _DATED.match(item.text):
            return False
        words = set(tokenize(item.text))
        return bool(cited([item], stale)) or bool(
            by_words and old and cited([item], evidence) and old <= words and not now <= words
        )

    # What the old value is in words: what it has that the current one lacks, or all of it
    # when the two are the same words (coffee given up, a pet lost).
    old_words = old or set(tokenize(question.get("stale_answer", "")))

    def carries_old(item: Item) -> bool:
        return presents_old(item) and bool(old_words) and old_words <= set(tokenize(item.text))

    current = first_hit(top, evidence)
    old_rank = next((r for r, i in enumerate(top, start=1) if presents_old(i)), None)
    marked = [i for i in top if cited([i], evidence)]
    dated = [i for i in top if _DATED.match(i.text) and old and old <= set(tokenize(i.text))]
    return {
        "dated_old": len(dated),
        "current_rank": current,
        "old_rank": old_rank,
        "current_first": current is not None and (old_rank is None or current < old_rank),
        "old_as_current": old_rank is not None,
        "old_words_as_current": any(carries_old(i) for i in top),
        "evidence_marked_past": bool(marked) and all(i.past for i in marked),
    }


def change_summary(results: list[dict[str, Any]]) -> dict[str, Any]:
    """Per change type: how often the current value comes first, how often an old value is
    presented as current, and (questions about the past) how often the old value is found
    and marked as past."""
    out: dict[str, Any] = {}
    for kind in CHANGE_TYPES:
        rows = [r for r in results if r["type"] == kind and "change" in r]
        if not rows:
            continue
        out[kind] = {
            "n": len(rows),
            "current_first": _mean([float(r["change"]["current_first"]) for r in rows]),
            "old_as_current": sum(r["change"]["old_as_current"] for r in rows),
            "old_words": sum(r["change"].get("old_words_as_current", False) for r in rows),
            "dated_old": sum(r["change"]["dated_old"] > 0 for r in rows),
            "marked_past": _mean([float(r["change"]["evidence_marked_past"]) for r in rows]),
            "ev@10": _mean([r["scores"][PIPELINE]["recall"]["10"] for r in rows]),
            "answer@10": _mean([r["scores"][PIPELINE]["answer"]["10"] for r in rows]),
        }
    kinds: dict[str, Any] = {}
    for r in results:
        if r["type"] == "update" and "change" in r:
            row = kinds.setdefault(r["kind"], {"n": 0, "current_first": 0, "old_as_current": 0})
            row["n"] += 1
            row["current_first"] += r["change"]["current_first"]
            row["old_as_current"] += r["change"]["old_as_current"]
    return {"types": out, "kinds": dict(sorted(kinds.items()))}


# Issue 15's bars, held by `--bars` on bench/changeeval (main phrasing) in .ci/run:
# (type, figure, lowest allowed); "old_as_current" is a count that must stay 0.
CHANGE_BARS = (
    ("update", "current_first", 0.95),
    ("update-before", "current_first", 0.95),
    ("update-past", "current_first", 0.95),
    ("update-past", "marked_past", 0.95),
    ("correction", "current_first", 0.95),
    ("spoken", "answer@10", 0.90),
)


def missed_bars(changes: dict[str, Any]) -> list[str]:
    """The bars `changes` misses, as readable lines (none: all met)."""
    types = changes["types"]
    missed = [
        f"{kind} {figure} {_pct(types[kind][figure])} < {_pct(low)}"
        for kind, figure, low in CHANGE_BARS
        if kind in types and types[kind][figure] < low
    ]
    missed += [
        f"{kind}: an old value presented as current in {t['old_as_current']} questions"
        for kind, t in types.items()
        if t["old_as_current"]
    ]
    return missed


def render_changes(changes: dict[str, Any]) -> str:
    lines = [
        "",
        "### Facts that change (top 10 of memory-query)",
        "",
        "| type | n | current value first | old value presented as current | of them with the "
        "old value's words | dated call summaries with the old value | evidence marked past "
        "| ev@10 | answer@10 |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for kind, t in changes["types"].items():
        lines.append(
            f"| {kind} | {t['n']} | {_pct(t['current_first'])} | {t['old_as_current']} | "
            f"{t['old_words']} | {t['dated_old']} | "
            f"{_pct(t['marked_past'])} | {_pct(t['ev@10'])} | {_pct(t['answer@10'])} |"
        )
    lines += [
        "",
        "Update questions per fact: current value first / old value presented as current",
        "",
        "| fact | n | current first | old as current |",
        "|---|---:|---:|---:|",
    ]
    for kind, k in changes["kinds"].items():
        lines.append(f"| {kind} | {k['n']} | {k['current_first']} | {k['old_as_current']} |")
    return "\n".join(lines)


def _memory_ranks(deep: list[Item], evidence: set[tuple[str, int]]) -> dict[str, int | None]:
    ranks: dict[str, int | None] = {}
    for conv, turn in sorted(evidence):
        rank = first_hit(deep, {(conv, turn)})
        ranks[f"{conv}#{turn}"] = rank
    return ranks


# ---------------------------------------------------------------- reporting


def short_drops(document: dict[str, Any]) -> tuple[int, list[str]]:
    """Caller sentences (as omem splits them) that the offline extractor skips as filler
    although they are not stock filler ("ok", "thanks", ...): only stopwords, or stock
    filler addressed by name. Short sentences with content are joined to a neighbour."""
    stock = getattr(memory_extract, "_FILLER", set())
    total, dropped = 0, []
    for call in document["calls"]:
        for turn in call["turns"]:
            if turn["role"] != "user":
                continue
            for sentence in memory_extract.sentences(turn["message"]):
                total += 1
                bare = " ".join("".join(c for c in sentence if c.isalnum() or c in " '").split())
                if memory_extract.is_filler(sentence) and bare.lower() not in stock:
                    dropped.append(sentence)
    return total, dropped


def _mean(values: list[float]) -> float:
    return statistics.fmean(values) if values else float("nan")


def summarize(results: list[dict[str, Any]]) -> dict[str, Any]:
    def metric(rows: list[dict[str, Any]], name: str, pick: Callable[[Any], float]) -> float:
        return _mean([pick(r["scores"][name]) for r in rows])

    summary: dict[str, Any] = {"n": len(results), "systems": {}, "types": {}}
    ablations = [name for name in ABLATIONS if name in results[0]["scores"]] if results else []
    summary["ablations"] = ablations
    for name in (*SYSTEMS, *DIAGNOSTICS, *ablations):
        summary["systems"][name] = {
            **{
                f"recall@{k}": metric(results, name, lambda s, k=k: s["recall"][str(k)])
                for k in KS
            },
            "mrr": metric(results, name, lambda s: s["rr"]),
            "words@5": metric(results, name, lambda s: s["words"]["5"]),
            "words@10": metric(results, name, lambda s: s["words"]["10"]),
            **_budget_metrics(results, name),
        }
    for baseline in (BM25, DENSE):
        for k in (5, 10):
            summary["systems"][PIPELINE][f"recall@budget({baseline}@{k})"] = metric(
                results, PIPELINE, lambda s, b=f"{baseline}@{k}": s["budget"][b]
            )
    summary["verdict"] = verdict(summary["systems"])
    summary["extraction_coverage"] = _mean([r["extracted"] for r in results])
    summary["paired_at_5"] = {
        name: {
            "omem_better": sum(
                r["scores"][PIPELINE]["recall"]["5"] > r["scores"][name]["recall"]["5"]
                for r in results
            ),
            "omem_worse": sum(
                r["scores"][PIPELINE]["recall"]["5"] < r["scores"][name]["recall"]["5"]
                for r in results
            ),
        }
        for name in SYSTEMS[1:]
    }
    summary["haystack_turns"] = _mean([r["haystack"]["turns"] for r in results])
    summary["haystack_memories"] = _mean([r["haystack"]["memories"] for r in results])
    summary["call_level_share_at_5"] = sum(r["call_level_at_5"] for r in results) / max(
        1, sum(len(r["top"][PIPELINE]) for r in results)
    )
    missed = [r for r in results if r["scores"][PIPELINE]["recall"]["5"] < 1]
    summary["missed_at_5"] = len(missed)
    summary["missed_at_5_with_evidence_call_summary"] = sum(
        r["call_level_of_evidence_call_at_5"] for r in missed
    )
    for kind in TYPES:
        rows = [r for r in results if r["type"] == kind]
        summary["types"][kind] = {
            "n": len(rows),
            **{
                name: {
                    "recall@5": metric(rows, name, lambda s: s["recall"]["5"]),
                    "recall@10": metric(rows, name, lambda s: s["recall"]["10"]),
                    "mrr": metric(rows, name, lambda s: s["rr"]),
                    **_budget_metrics(rows, name),
                }
                for name in (*SYSTEMS, *ablations)
            },
            "extraction_coverage": _mean([r["extracted"] for r in rows]),
        }
    return summary


def _budget_metrics(rows: list[dict[str, Any]], name: str) -> dict[str, float]:
    """Answer-token recall at 10, and evidence and answer recall within BUDGET words."""
    return {
        "answer@10": _mean([r["scores"][name]["answer"]["10"] for r in rows]),
        "recall@budget": _mean([r["scores"][name]["within"]["evidence"] for r in rows]),
        "answer@budget": _mean([r["scores"][name]["within"]["answer"] for r in rows]),
        "words@budget": _mean([r["scores"][name]["within"]["words"] for r in rows]),
    }


# The figures the regression test holds omem to (tests/test_retrieval_eval.py).
OVERALL = ("recall@5", "recall@10", "mrr", "answer@10", "recall@budget", "answer@budget")


def overall_figures(summary: dict[str, Any]) -> dict[str, float]:
    """omem's overall figures in percent (MRR too, times 100), rounded to 0.1."""
    omem = summary["systems"][PIPELINE]
    return {name: round(100 * omem[name], 1) for name in OVERALL}


def verdict(systems: dict[str, Any]) -> dict[str, Any]:
    """Issue 4's bar, per baseline and k: omem's recall@k is higher, and omem returns no
    more text than the baseline's top k (or, where it returns more, still has the higher
    recall when cut at the baseline's words)."""
    omem = systems[PIPELINE]
    rows = {}
    for baseline in (BM25, DENSE):
        for k in (5, 10):
            base = systems[baseline]
            fewer_words = omem[f"words@{k}"] <= base[f"words@{k}"]
            at_equal_text = omem[f"recall@budget({baseline}@{k})"]
            rows[f"{SHORT[baseline]}@{k}"] = {
                "higher_recall": omem[f"recall@{k}"] > base[f"recall@{k}"],
                "no_more_text": fewer_words,
                "higher_at_equal_text": at_equal_text > base[f"recall@{k}"],
            }
    passed = all(
        r["higher_recall"] and (r["no_more_text"] or r["higher_at_equal_text"])
        for r in rows.values()
    )
    return {"rows": rows, "passed": passed}


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def render(summary: dict[str, Any], run_info: dict[str, Any]) -> str:
    systems = summary["systems"]
    lines = [
        f"## Retrieval quality: {summary['n']} questions, {run_info['callers']} callers, "
        f"{run_info['calls']} calls (omem {run_info['revision']})",
        "",
        "| system | recall@1 | recall@5 | recall@10 | MRR (≤20) | words@5 | words@10 |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for name in (*SYSTEMS, *DIAGNOSTICS):
        s = systems[name]
        lines.append(
            f"| {name} | {_pct(s['recall@1'])} | {_pct(s['recall@5'])} | "
            f"{_pct(s['recall@10'])} | {s['mrr']:.3f} | {s['words@5']:.0f} | "
            f"{s['words@10']:.0f} |"
        )
    lines += [
        "",
        f"### Answers: answer-token recall@10, and evidence / answer recall within {BUDGET} "
        "words (each system's ranking, limit 20, cut where the next item would pass the budget)",
        "",
        f"| system | ev@10 | answer@10 | ev@{BUDGET}w | answer@{BUDGET}w | words used |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for name in (*SYSTEMS, *DIAGNOSTICS):
        s = systems[name]
        lines.append(
            f"| {SHORT.get(name, name)} | {_pct(s['recall@10'])} | {_pct(s['answer@10'])} | "
            f"{_pct(s['recall@budget'])} | {_pct(s['answer@budget'])} | "
            f"{s['words@budget']:.0f} |"
        )
    lines += [
        "",
        "### At equal text: omem's ranking (limit 20) cut at each baseline's words at k, "
        "per question",
        "",
        "| word budget | mean words | omem words at k | omem recall | baseline recall@k |",
        "|---|---:|---:|---:|---:|",
    ]
    for baseline in (BM25, DENSE):
        for k in (5, 10):
            lines.append(
                f"| {SHORT[baseline]} at k={k} | {systems[baseline][f'words@{k}']:.0f} | "
                f"{systems[PIPELINE][f'words@{k}']:.0f} | "
                f"{_pct(systems[PIPELINE][f'recall@budget({baseline}@{k})'])} | "
                f"{_pct(systems[baseline][f'recall@{k}'])} |"
            )
    checks = summary["verdict"]
    lines += [
        "",
        "- Issue 4 (omem's recall@k above each baseline's, with no more text than the "
        "baseline's top k, or above it when cut at the baseline's words): "
        + "; ".join(
            f"{name}: recall {'higher' if r['higher_recall'] else 'NOT higher'}, text "
            + (
                "not more"
                if r["no_more_text"]
                else "more, but "
                + ("higher" if r["higher_at_equal_text"] else "NOT higher")
                + " at equal text"
            )
            for name, r in checks["rows"].items()
        )
        + f". **{'Met' if checks['passed'] else 'Not met'}.**",
    ]
    lines += [
        "",
        "### Per question type: recall@5 / recall@10",
        "",
        "| type | n | extraction ceiling | " + " | ".join(SHORT[n] for n in SYSTEMS) + " |",
        "|---|---:|---:|" + "---:|" * len(SYSTEMS),
    ]
    for kind in TYPES:
        t = summary["types"][kind]
        if not t["n"]:
            continue
        cells = [f"{_pct(t[n]['recall@5'])} / {_pct(t[n]['recall@10'])}" for n in SYSTEMS]
        lines.append(
            f"| {kind} | {t['n']} | {_pct(t['extraction_coverage'])} | " + " | ".join(cells) + " |"
        )
    lines += [
        "",
        f"### Per question type: ev@10 / answer@10 / ev@{BUDGET}w / answer@{BUDGET}w",
        "",
        "| type | n | " + " | ".join(SHORT[n] for n in SYSTEMS) + " |",
        "|---|---:|" + "---:|" * len(SYSTEMS),
    ]
    for kind in TYPES:
        t = summary["types"][kind]
        if not t["n"]:
            continue
        cells = [
            " / ".join(
                _pct(t[n][m]) for m in ("recall@10", "answer@10", "recall@budget", "answer@budget")
            )
            for n in SYSTEMS
        ]
        lines.append(f"| {kind} | {t['n']} | " + " | ".join(cells) + " |")
    if summary["ablations"]:
        lines += [
            "",
            "### Ablation: omem's stored memories re-ranked with parts of the score off",
            "",
            f"| variant | ev@10 | answer@10 | ev@{BUDGET}w | answer@{BUDGET}w | "
            + " | ".join(f"{kind} ev@10" for kind in TYPES if summary["types"][kind]["n"])
            + " |",
            "|---|---:|---:|---:|---:|"
            + "---:|" * sum(1 for kind in TYPES if summary["types"][kind]["n"]),
        ]
        for name in summary["ablations"]:
            s = systems[name]
            per_type = [
                _pct(summary["types"][kind][name]["recall@10"])
                for kind in TYPES
                if summary["types"][kind]["n"]
            ]
            lines.append(
                f"| {name.removeprefix('ablation: ')} | {_pct(s['recall@10'])} | "
                f"{_pct(s['answer@10'])} | {_pct(s['recall@budget'])} | "
                f"{_pct(s['answer@budget'])} | " + " | ".join(per_type) + " |"
            )
    lines += [
        "",
        f"- Haystack per question: {summary['haystack_turns']:.0f} raw caller turns, "
        f"{summary['haystack_memories']:.0f} memories (mean).",
        "- Paired, recall@5 per question: "
        + "; ".join(
            f"omem better than {SHORT[name]} on {pair['omem_better']}, worse on "
            f"{pair['omem_worse']}"
            for name, pair in summary["paired_at_5"].items()
        )
        + f" (of {summary['n']}).",
        f"- Extraction ceiling (evidence turns cited by at least one stored memory when asked): "
        f"{_pct(summary['extraction_coverage'])} %.",
        f"- Call-level memories (transcript summary, data-collection values; they cite no turn) "
        f"fill {_pct(summary['call_level_share_at_5'])} % of omem's top-5 slots; of the "
        f"{summary['missed_at_5']} questions omem misses at k=5, "
        f"{summary['missed_at_5_with_evidence_call_summary']} had a call-level memory of an "
        f"evidence call in the top 5 (it may carry the answer, but is not credited).",
    ]
    return "\n".join(lines)


def _print_details(results: list[dict[str, Any]]) -> None:
    print("## Questions where omem's top 5 misses evidence\n")
    for r in results:
        s = r["scores"]
        if s[PIPELINE]["recall"]["5"] >= 1:
            continue
        print(
            f"- {r['id']} [{r['type']}] {r['caller']}: {r['question']!r} "
            f"(omem r@5 {s[PIPELINE]['recall']['5']:.2f} r@10 {s[PIPELINE]['recall']['10']:.2f};"
            f" BM25 r@5 {s[BM25]['recall']['5']:.2f}; dense r@5 {s[DENSE]['recall']['5']:.2f};"
            f" first rank of a memory citing each evidence turn {r['memory_ranks']})"
        )
        for item in r["top"][PIPELINE][:3]:
            print(f"    omem: {item['text'][:110]}")
        for item in r["top"][BM25][:1]:
            print(f"    bm25: {item['text'][:110]}")
    print()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.retrieval_quality", description=None)
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument("--details", action="store_true", help="print every omem miss")
    parser.add_argument(
        "--expected",
        type=Path,
        default=None,
        help="write omem's overall figures here (the regression test's committed floor)",
    )
    parser.add_argument(
        "--callers",
        type=lambda text: frozenset(text.split(",")),
        default=None,
        help="only these callers' calls and questions (caller keys, comma-separated)",
    )
    parser.add_argument(
        "--ablate", action="store_true", help="also rank with parts of the score switched off"
    )
    parser.add_argument(
        "--bars",
        action="store_true",
        help="exit 1 when a facts-that-change figure misses issue 15's bar (bench/changeeval)",
    )
    parser.add_argument(
        "--recall-reinforces",
        action="store_true",
        help="reinforce what each question returned (the policy omem does not follow)",
    )
    parser.add_argument(
        "--set",
        type=Path,
        default=EVAL,
        help="the evaluation set's directory (default bench/eval; bench/longeval is the long one)",
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    document, _ = load_eval(args.set)
    result = run(args.details, args.set, args.ablate, args.callers, args.recall_reinforces)
    summary = summarize(result.results)
    info = {
        "callers": len({r["caller"] for r in result.results}),
        "calls": len(result.ingest_secs),
        "questions": len(result.results),
        "revision": revision(),
    }
    print(render(summary, info))
    changes = change_summary(result.results)
    missed: list[str] = []
    if changes["types"]:
        print(render_changes(changes))
        summary["changes"] = changes
        missed = missed_bars(changes)
        if args.bars:
            print("\nIssue 15's bars: " + ("; ".join(missed) if missed else "all met") + ".")
    total, dropped = short_drops(document)
    telling = [s for s in dropped if any(c.isdigit() or c.isupper() for c in s[1:])]
    print(
        f"- Caller sentences the offline extractor drops as filler although they are not "
        f"stock filler: {len(dropped)} of {total} ({100 * len(dropped) / max(1, total):.0f} %);"
        f" with a number or a name: {', '.join(repr(s) for s in telling[:12])}."
    )
    memories = sum(result.memories.values())
    print(
        f"\nIngest: {len(result.ingest_secs)} calls, {memories} memories "
        f"({memories / max(1, len(result.ingest_secs)):.1f} per call); extraction + embedding + "
        f"linking p50 {1000 * statistics.median(result.ingest_secs):.0f} ms per call. "
        f"memory-query (limit 5, in-process) p50 "
        f"{1000 * statistics.median(result.query_secs):.1f} ms. "
        f"Total {time.perf_counter() - started:.1f} s."
    )
    if args.expected:
        args.expected.write_text(
            json.dumps(
                {
                    "callers": sorted(args.callers or []),
                    "revision": info["revision"],
                    "figures": overall_figures(summary),
                },
                indent=1,
            )
            + "\n",
            encoding="utf-8",
        )
    if args.json:
        args.json.write_text(
            json.dumps({"info": info, "summary": summary, "questions": result.results}, indent=1)
            + "\n",
            encoding="utf-8",
        )
    return 1 if args.bars and missed else 0


if __name__ == "__main__":
    sys.exit(main())
