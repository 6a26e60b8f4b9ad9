"""Every consistency rule of the set (`check`), run at generation and by `--check`."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

from bench.longeval.words import MAX_TURNS
from bench.longeval.words import MIN_TURNS
from bench.longeval.words import TYPES
from bench.longeval.words import date_answer
from bench.longeval.words import tokens


def check(
    document: dict[str, Any], questions: list[dict[str, Any]], meta: dict[str, dict[str, Any]]
) -> list[str]:
    """Every consistency rule of the set; returns the problems found (none when it is sound)."""
    problems: list[str] = []
    calls = {c["conversation_id"]: c for c in document["calls"]}
    per_caller: Counter[str] = Counter(c["caller_key"] for c in document["calls"])
    for call in document["calls"]:
        turns = call["turns"]
        if not MIN_TURNS <= len(turns) <= MAX_TURNS:
            problems.append(f"{call['key']}: {len(turns)} turns")
        for n, turn in enumerate(turns):
            if turn["role"] != ("agent" if n % 2 == 0 else "user"):
                problems.append(f"{call['key']}: turn {n} is {turn['role']}, out of alternation")
    if len(per_caller) < 12 or min(per_caller.values()) < 40:
        problems.append(f"too few callers or calls: {dict(per_caller)}")
    for key in per_caller:
        days = [c["start_time_unix_secs"] for c in document["calls"] if c["caller_key"] == key]
        if (max(days) - min(days)) / 86400 < 182:
            problems.append(f"{key}: calls span under six months")
    for q in questions:
        where, extra = q["id"], meta[q["id"]]
        texts, ended = [], 0
        for e in q["evidence"]:
            call = calls.get(e["conversation_id"])
            if call is None or call["caller_key"] != q["caller_key"]:
                problems.append(f"{where}: evidence {e['ref']} is not the caller's")
                continue
            turn = call["turns"][e["turn"]] if e["turn"] < len(call["turns"]) else None
            if turn is None or turn["role"] != "user":
                problems.append(f"{where}: evidence {e['ref']} is not a caller turn")
                continue
            texts.append((turn["message"], call))
            ended = max(ended, call["start_time_unix_secs"] + call["call_duration_secs"])
        if q["asked_at"] <= ended:
            problems.append(f"{where}: asked before its evidence ended")
        if extra["before"] is not None and q["asked_at"] >= extra["before"]:
            problems.append(f"{where}: asked after the fact changed")
        if extra["phrase"]:
            message, call = texts[0]
            day = dt.datetime.fromtimestamp(call["start_time_unix_secs"], dt.UTC).date()
            if extra["phrase"].lower() not in message.lower():
                problems.append(f"{where}: {extra['phrase']!r} is not in the evidence")
            elif date_answer(extra["phrase"], day) != q["answer"]:
                problems.append(f"{where}: {extra['phrase']!r} on {day} is not {q['answer']}")
        else:
            wanted = tokens(q["answer"])
            found = [tokens(message) for message, _ in texts]
            if not wanted or not wanted <= set().union(*found):
                problems.append(f"{where}: answer {q['answer']!r} is not in the evidence")
            if any(not wanted & words for words in found):
                problems.append(f"{where}: an evidence turn holds none of the answer")
        if q["type"] == "multi-hop" and len({e["conversation_id"] for e in q["evidence"]}) < 2:
            problems.append(f"{where}: multi-hop evidence in one call")
        if q["type"] == "update":
            if not extra["stale"]:
                problems.append(f"{where}: update without an older statement")
            newest = max(
                calls[e["conversation_id"]]["start_time_unix_secs"] for e in q["evidence"]
            )
            for conversation, turn in extra["stale"]:
                old = calls[conversation]
                if old["start_time_unix_secs"] >= newest or old["caller_key"] != q["caller_key"]:
                    problems.append(f"{where}: the older statement is not older")
                if tokens(q["answer"]) <= tokens(old["turns"][turn]["message"]):
                    problems.append(f"{where}: the older statement does not conflict")
        evidence_words = set().union(*(tokens(m) for m, _ in texts)) if texts else set()
        if extra["paraphrase"] == bool(tokens(q["question"]) & evidence_words):
            problems.append(f"{where}: paraphrase flag is wrong")
    kinds = Counter(q["type"] for q in questions)
    if len(questions) < 700:
        problems.append(f"only {len(questions)} questions")
    share = sum(m["paraphrase"] for m in meta.values()) / max(1, len(meta))
    if not 0.4 <= share <= 0.6:
        problems.append(f"paraphrased share {share:.2f} is not about half")
    for kind in TYPES:
        if kinds[kind] == 0:
            problems.append(f"no {kind} questions")
    return problems
