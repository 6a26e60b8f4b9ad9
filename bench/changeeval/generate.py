"""Generate the facts-that-change evaluation set of issue 15: `calls.json` and `questions.json`.

Twelve synthetic callers phone the concierge agent sixteen times each over six months. Each
tells facts that later change (an address, a number, a dose, a class night, a partner, a pet,
a preference reversed …), corrects themselves within a call ("4412, no wait, 4413"), reads
numbers, emails and names out the way people do on a phone line, and talks about other
people's addresses, doses and cars (which must not replace their own). Questions ask for the
current value (after a change, and some before it), for the old value ("what was my old
address?"), for a corrected value and for a spoken form. Each question carries its evidence
turns and, for a changed fact, the `stale` turns that state the value it replaced.

Deterministic (a fixed seed, the standard library only). The output has the shape of
`bench/eval`, so the same replay reads it:

    .venv/bin/python -m bench.changeeval.generate [--check]
    .venv/bin/python -m bench.retrieval_quality --set bench/changeeval

The phrasing pools were written before the supersession rules were tuned on them and by the
same hands: treat its figures as a regression bar, not a held-out measurement.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from collections import Counter
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from bench.changeeval.facts import CORRECTIONS
from bench.changeeval.facts import DISTRACTIONS
from bench.changeeval.facts import FILLER
from bench.changeeval.facts import KINDS
from bench.changeeval.facts import OTHER_FACTS
from bench.changeeval.facts import SPOKEN
from bench.changeeval.facts import Kind
from bench.changeeval.phrasings import PHRASINGS
from bench.eval.build import conversation_id

HERE = Path(__file__).resolve().parent
SEED = 15
AGENT_ID = "agent_0901k5keystone0concierge01"
AGENT_NAME = "Keystone Concierge"
START = dt.datetime(2025, 1, 6, 15, 0, tzinfo=dt.UTC)
CALLS_PER_CALLER = 16
KINDS_PER_CALLER = 11
CALLERS = [
    ("abby", "Abigail Hart", "Abby"),
    ("ben", "Benjamin Osei", "Ben"),
    ("carla", "Carla Mendes", "Carla"),
    ("dev", "Devendra Rao", "Dev"),
    ("elin", "Elin Svensson", "Elin"),
    ("femi", "Femi Adeyemi", "Femi"),
    ("gus", "Gustav Lindqvist", "Gus"),
    ("hana", "Hana Kobayashi", "Hana"),
    ("ivo", "Ivo Petrov", "Ivo"),
    ("june", "June Whitaker", "June"),
    ("kofi", "Kofi Mensah", "Kofi"),
    ("lena", "Lena Novak", "Lena"),
]


@dataclass
class Call:
    key: str
    start: dt.datetime
    turns: list[dict[str, Any]] = field(default_factory=list)
    summary: list[str] = field(default_factory=list)

    def say(self, agent: str, caller: str) -> int:
        """An agent turn and the caller's answer; returns the caller turn's index."""
        self.turns.append({"role": "agent", "message": agent})
        self.turns.append({"role": "user", "message": caller})
        return len(self.turns) - 1


@dataclass
class Plan:
    """What one caller says in which call, and what to ask afterwards."""

    said: dict[int, list[tuple[str, str, str]]] = field(default_factory=dict)  # call -> lines
    questions: list[dict[str, Any]] = field(default_factory=list)


def build(
    rng: random.Random, kinds: list[Kind] = KINDS
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    calls_out: list[dict[str, Any]] = []
    questions: list[dict[str, Any]] = []
    for number, (key, name, first) in enumerate(CALLERS):
        caller = f"+1503555{300 + number:04d}"
        dates = _call_dates(rng)
        calls = [Call(f"{key}_{i + 1:02d}", dates[i]) for i in range(CALLS_PER_CALLER)]
        for call in calls:
            call.say(
                "Hi, thanks for calling Keystone Concierge, this is Juniper. "
                "Who am I speaking with?",
                rng.choice(
                    ["Hi Juniper, it's {f}.", "Hello, {f} here.", "Hey, it's {f} again."]
                ).format(f=first),
            )
        pending: list[dict[str, Any]] = []
        for kind in rng.sample(kinds, KINDS_PER_CALLER):
            pending += _change(rng, kind, calls, first)
        for correction in rng.sample(CORRECTIONS, 2):
            pending += _correction(rng, correction, calls)
        for spoken in rng.sample(SPOKEN, 3):
            pending += _spoken(rng, spoken, calls, name)
        for call in calls:
            _pad(rng, call)
            call.say(
                "Is there anything else I can help with today?",
                rng.choice(
                    [
                        "No, that's all, thanks Juniper.",
                        "That's everything, thank you.",
                        "Nope, that's it. Bye now.",
                    ]
                ),
            )
        for call in calls:
            calls_out.append(_render(call, caller, key, name))
        for q in pending:
            ask_call = calls[q.pop("after")]
            ended = ask_call.start + dt.timedelta(seconds=_duration(ask_call))
            asked = ended + dt.timedelta(hours=rng.randint(2, 240))
            if (until := q.pop("until", None)) is not None:  # asked before the change call
                asked = min(asked, calls[until].start - dt.timedelta(hours=1))
            evidence = [
                {"conversation_id": conversation_id(f"changeeval:{calls[c].key}"), "turn": t}
                for c, t in q.pop("evidence")
            ]
            stale = [
                {"conversation_id": conversation_id(f"changeeval:{calls[c].key}"), "turn": t}
                for c, t in q.pop("stale", [])
            ]
            questions.append(
                {
                    "caller": caller,
                    "caller_key": key,
                    "asked_at": int(asked.timestamp()),
                    "asked": asked.strftime("%Y-%m-%d %H:%M UTC"),
                    **q,
                    "evidence": evidence,
                    "stale": stale,
                }
            )
    questions.sort(key=lambda q: (q["asked_at"], q["caller"]))
    for i, q in enumerate(questions, start=1):
        q["id"] = f"c{i:04d}"
    calls_out.sort(key=lambda c: c["start_time_unix_secs"])
    return calls_out, [{"id": q.pop("id"), **q} for q in questions]


def _call_dates(rng: random.Random) -> list[dt.datetime]:
    out, at = [], START + dt.timedelta(days=rng.randint(0, 6), hours=rng.randint(0, 5))
    for _ in range(CALLS_PER_CALLER):
        out.append(at)
        at += dt.timedelta(
            days=rng.randint(7, 14), hours=rng.randint(-3, 3), minutes=rng.randint(0, 59)
        )
    return out


def _change(rng: random.Random, kind: Kind, calls: list[Call], first: str) -> list[dict[str, Any]]:
    """A fact told in one call and changed in a later one, with its questions."""
    old, new = rng.sample(kind.values, 2)
    if "{old}" in kind.change[0] and "{v}" not in kind.change[0]:  # a loss: no new value
        new = old
    told = rng.randint(0, 6)
    changed = rng.randint(told + 3, CALLS_PER_CALLER - 3)
    before = calls[told].say(rng.choice(kind.prompts), rng.choice(kind.tell).format(v=old[0]))
    after = calls[changed].say(
        rng.choice(kind.prompts), rng.choice(kind.change).format(v=new[0], old=old[0])
    )
    calls[told].summary.append(f"{first} said {kind.summary.format(v=old[1])}.")
    calls[changed].summary.append(f"{first} said {kind.summary_change.format(v=new[1])}.")
    # Someone else's fact of the same kind, between the two: it replaces nothing of the caller's.
    other = rng.choice([v for v in kind.values if v not in (old, new)] or [old])
    aside = rng.randint(told, CALLS_PER_CALLER - 1)
    calls[aside].say(rng.choice(DISTRACTIONS), rng.choice(kind.others).format(v=other[0]))
    out = [
        {
            "type": "update",
            "kind": kind.name,
            "question": rng.choice(kind.ask_now),
            "answer": new[1],
            "stale_answer": old[1],
            "after": rng.randint(changed, CALLS_PER_CALLER - 1),
            "evidence": [(changed, after)],
            "stale": [(told, before)],
        }
    ]
    if rng.random() < 0.35:  # asked before it changed: the first value is still current
        out.append(
            {
                "type": "update-before",
                "kind": kind.name,
                "question": rng.choice(kind.ask_now),
                "answer": old[1],
                "after": rng.randint(told, changed - 1),
                "until": changed,
                "evidence": [(told, before)],
            }
        )
    if kind.ask_then and rng.random() < 0.5:
        out.append(
            {
                "type": "update-past",
                "kind": kind.name,
                "question": rng.choice(kind.ask_then),
                "answer": old[1],
                "after": rng.randint(changed, CALLS_PER_CALLER - 1),
                "evidence": [(told, before)],
            }
        )
    return out


def _correction(rng: random.Random, item: Kind, calls: list[Call]) -> list[dict[str, Any]]:
    wrong, right = rng.sample(item.values, 2)
    at = rng.randint(0, CALLS_PER_CALLER - 2)
    turn = calls[at].say(
        rng.choice(item.prompts), rng.choice(item.tell).format(v=right[0], wrong=wrong[0])
    )
    return [
        {
            "type": "correction",
            "kind": item.name,
            "question": rng.choice(item.ask_now),
            "answer": right[1],
            "stale_answer": wrong[1],
            "after": rng.randint(at, CALLS_PER_CALLER - 1),
            "evidence": [(at, turn)],
        }
    ]


def _spoken(rng: random.Random, item: Kind, calls: list[Call], name: str) -> list[dict[str, Any]]:
    said, written = rng.choice(item.values)
    surname = name.split()[-1]
    spelled = "-".join(surname.upper())
    at = rng.randint(0, CALLS_PER_CALLER - 2)
    turn = calls[at].say(
        rng.choice(item.prompts),
        rng.choice(item.tell).format(v=said, surname=surname, spelled=spelled),
    )
    return [
        {
            "type": "spoken",
            "kind": item.name,
            "question": rng.choice(item.ask_now),
            "answer": written.format(surname=surname),
            "after": rng.randint(at, CALLS_PER_CALLER - 1),
            "evidence": [(at, turn)],
        }
    ]


def _pad(rng: random.Random, call: Call) -> None:
    """The rest of a real call: small talk, other facts, the caller's own questions."""
    for _ in range(rng.randint(2, 4)):
        agent, caller = rng.choice(FILLER)
        call.say(agent, caller)
    for _ in range(rng.randint(1, 2)):
        call.say(rng.choice(DISTRACTIONS), rng.choice(OTHER_FACTS))


def _duration(call: Call) -> int:
    return 30 + 9 * len(call.turns)


def _render(call: Call, caller: str, key: str, name: str) -> dict[str, Any]:
    turns, at = [], 0
    for turn in call.turns:
        turns.append({**turn, "time_in_call_secs": at})
        at += 4 + len(turn["message"]) // 14
    return {
        "key": call.key,
        "caller": caller,
        "caller_key": key,
        "caller_name": name,
        "conversation_id": conversation_id(f"changeeval:{call.key}"),
        "agent_id": AGENT_ID,
        "direction": "inbound",
        "start_time_unix_secs": int(call.start.timestamp()),
        "start": call.start.strftime("%Y-%m-%d %H:%M UTC"),
        "call_duration_secs": _duration(call),
        "turns": turns,
        "analysis": {
            "title": "Member call",
            "summary": " ".join(call.summary)
            or f"{name.split()[0]} called with general questions.",
            "data_collection": {},
        },
    }


def check(calls: list[dict[str, Any]], questions: list[dict[str, Any]]) -> list[str]:
    problems = []
    ends = {
        c["conversation_id"]: c["start_time_unix_secs"] + c["call_duration_secs"] for c in calls
    }
    by_id = {c["conversation_id"]: c for c in calls}
    for q in questions:
        for e in q["evidence"] + q["stale"]:
            call = by_id[e["conversation_id"]]
            if call["caller"] != q["caller"]:
                problems.append(f"{q['id']}: evidence of another caller")
            if call["turns"][e["turn"]]["role"] != "user":
                problems.append(f"{q['id']}: evidence is not a caller turn")
            if ends[e["conversation_id"]] > q["asked_at"]:
                problems.append(f"{q['id']}: asked before its evidence call ended")
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.changeeval.generate")
    parser.add_argument("--check", action="store_true", help="fail when the JSON differs")
    parser.add_argument(
        "--phrasing",
        choices=(*PHRASINGS, "all"),
        default="main",
        help="which phrasing (bench/changeeval/phrasings.py; each but main into its own "
        "directory), or all of them",
    )
    args = parser.parse_args(argv)
    names = list(PHRASINGS) if args.phrasing == "all" else [args.phrasing]
    return max(_write(name, args.check) for name in names)


def _write(name: str, check_only: bool) -> int:
    """Build phrasing `name` and write its JSON, or with `check_only` compare it with what is
    committed; 1 when the set has a problem or differs."""
    phrasing = PHRASINGS[name]
    here = HERE if name == "main" else HERE / name
    calls, questions = build(random.Random(SEED + phrasing.seed_offset), phrasing.kinds())
    problems = check(calls, questions)
    for problem in problems:
        print(problem, file=sys.stderr)
    document = {
        "description": "Facts that change (issue 15): updates, corrections, spoken forms.",
        "agent_id": AGENT_ID,
        "agent_name": AGENT_NAME,
        "callers": [{"key": k, "name": n} for k, n, _ in CALLERS],
        "calls": calls,
    }
    texts = {
        "calls.json": json.dumps(document, indent=1, ensure_ascii=False) + "\n",
        "questions.json": json.dumps(questions, indent=1, ensure_ascii=False) + "\n",
    }
    if check_only:
        stale = [f for f, t in texts.items() if (here / f).read_text(encoding="utf-8") != t]
        for file in stale:
            print(f"{name}: {file} differs from the generator's output", file=sys.stderr)
        return 1 if problems or stale else 0
    here.mkdir(exist_ok=True)
    for file, text in texts.items():
        (here / file).write_text(text, encoding="utf-8")
    counts = Counter(q["type"] for q in questions)
    turns = sum(len(c["turns"]) for c in calls)
    print(f"{len(calls)} calls, {turns} turns, {len(questions)} questions: {dict(counts)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
