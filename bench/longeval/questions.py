"""Choosing, wording and timing each caller's questions (quota per type, evidence spread)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from bench.longeval.people import Ask
from bench.longeval.people import Life
from bench.longeval.people import cap
from bench.longeval.words import ASK_UNTIL
from bench.longeval.words import QUOTA
from bench.longeval.words import TYPES
from bench.longeval.words import tokens


def _voice(template: str, life: Life, voice: str) -> str:
    if voice == "first":
        my, i_, me = "my", "I", "me"
    elif voice == "pronoun":
        my, i_, me = life.pro["his"], life.pro["he"], life.pro["him"]
    else:
        named = iter([True])
        by_name = {"$my": f"{life.first}'s", "$I": life.first, "$me": life.first}
        by_pronoun = {"$my": life.pro["his"], "$I": life.pro["he"], "$me": life.pro["him"]}
        return cap(
            re.sub(
                r"\$(my|me|I)\b",
                lambda m: (by_name if next(named, False) else by_pronoun)[m.group(0)],
                template,
            )
        )
    return cap(template.replace("$my", my).replace("$me", me).replace("$I", i_))


def _window(life: Life, ask: Ask, calls: list[dict[str, Any]]) -> tuple[int, int] | None:
    lo = (
        max(
            calls[s.call]["start_time_unix_secs"] + calls[s.call]["call_duration_secs"]
            for s in ask.evidence
        )
        + 600
    )
    hi = int(ASK_UNTIL.timestamp())
    if ask.until is not None and ask.until < life.n:
        hi = calls[ask.until]["start_time_unix_secs"] - 600
    return (lo, hi) if hi - lo > 3600 else None


def pick_questions(
    life: Life, calls: list[dict[str, Any]], balance: Counter[tuple[str, bool]]
) -> list[tuple[dict[str, Any], dict[str, Any]]]:
    """Pick this caller's questions (QUOTA per type, evidence spread), word and time them."""
    r = life.rng
    used: Counter[str] = Counter()
    out = []
    for kind in TYPES:
        pool = [a for a in life.asks if a.kind == kind and _window(life, a, calls)]
        r.shuffle(pool)
        for _ in range(min(QUOTA[kind], len(pool))):
            ask = min(pool, key=lambda a: sum(used[s.ref] for s in a.evidence))
            pool.remove(ask)
            used.update(s.ref for s in ask.evidence)
            window = _window(life, ask, calls)
            assert window
            evidence_words = set().union(
                *(tokens(calls[s.call]["turns"][s.turn]["message"]) for s in ask.evidence)
            )
            voice = r.choices(("first", "pronoun", "name"), (0.5, 0.25, 0.25))[0]
            worded: dict[bool, list[str]] = {True: [], False: []}  # paraphrase? -> wordings
            for template in ask.lexical + ask.paraphrase:
                text = _voice(template, life, voice)
                worded[not tokens(text) & evidence_words].append(text)
            want = balance[(kind, True)] <= balance[(kind, False)]
            paraphrase = want if worded[want] else not want
            balance[(kind, paraphrase)] += 1
            lo, hi = window
            asked = lo + int((hi - lo) * r.random()) // 60 * 60
            question = {
                "caller": calls[0]["caller"],
                "caller_key": life.p.key,
                "asked_at": asked,
                "asked": dt.datetime.fromtimestamp(asked, dt.UTC).strftime("%Y-%m-%d %H:%M")
                + " UTC",
                "type": kind,
                "question": r.choice(worded[paraphrase]),
                "evidence": [
                    {
                        "conversation_id": calls[s.call]["conversation_id"],
                        "turn": s.turn,
                        "ref": f"{calls[s.call]['key']}:{s.ref}",
                    }
                    for s in ask.evidence
                ],
                "answer": ask.answer,
            }
            meta = {
                "paraphrase": paraphrase,
                "phrase": ask.phrase,
                "stale": [(calls[s.call]["conversation_id"], s.turn) for s in ask.stale],
                "before": hi + 600 if ask.until is not None and ask.until < life.n else None,
            }
            out.append((question, meta))
    return out
