"""Build `calls.json` and `questions.json` from the hand-written sources in `source/`.

The dialogues and questions are written by hand as plain text (`source/*.txt`): a caller turn
that a question cites carries a label (`U[router]: ...`) and questions name their evidence as
`call:label`, so turn indices are computed here, never counted by hand. Run after editing a
source file; `--check` fails when the JSON files are out of date.

    .venv/bin/python -m bench.eval.build [--check]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "source"
CALLS_JSON = HERE / "calls.json"
QUESTIONS_JSON = HERE / "questions.json"
AGENT_ID = "agent_0901k5keystone0concierge01"
AGENT_NAME = "Keystone Concierge"
QUESTION_TYPES = ("single", "temporal", "multi-hop", "preference", "update")
MIN_TURNS, MAX_TURNS = 12, 40
_ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"
_HEADER = re.compile(r"^(caller|start|direction|title|summary|data):\s*(.*)$")
_TURN = re.compile(r"^([AU])(?:\[([a-z0-9_-]+)\])?:\s*(.+)$")


class SourceError(Exception):
    pass


@dataclass
class Call:
    key: str
    header: dict[str, str] = field(default_factory=dict)
    turns: list[dict[str, Any]] = field(default_factory=list)
    labels: dict[str, int] = field(default_factory=dict)


def conversation_id(key: str) -> str:
    """A stable id shaped like ElevenLabs' (`conv_` + 28 lowercase base32 characters)."""
    digest = int.from_bytes(hashlib.sha256(key.encode()).digest(), "big")
    chars = []
    for _ in range(28):
        digest, rest = divmod(digest, 32)
        chars.append(_ALPHABET[rest])
    return "conv_" + "".join(chars)


def _unix(text: str) -> int:
    moment = dt.datetime.strptime(text.strip(), "%Y-%m-%d %H:%M").replace(tzinfo=dt.UTC)
    return int(moment.timestamp())


def _value(raw: str) -> Any:
    raw = raw.strip()
    if raw in ("true", "false"):
        return raw == "true"
    return raw


def parse_calls(path: Path) -> list[Call]:
    calls: list[Call] = []
    current: Call | None = None
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{number}"
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=== "):
            current = Call(line[4:].strip())
            calls.append(current)
            continue
        if current is None:
            raise SourceError(f"{where}: text before the first call")
        header = _HEADER.match(line)
        if header and not current.turns:
            current.header[header.group(1)] = header.group(2).strip()
            continue
        turn = _TURN.match(line)
        if not turn:
            raise SourceError(f"{where}: not a header or a turn: {line[:60]!r}")
        role = "agent" if turn.group(1) == "A" else "user"
        if current.turns and current.turns[-1]["role"] == role:
            raise SourceError(f"{where}: two {role} turns in a row")
        label = turn.group(2)
        if label:
            if role != "user":
                raise SourceError(f"{where}: only caller turns carry labels")
            if label in current.labels:
                raise SourceError(f"{where}: label {label!r} used twice in {current.key}")
            current.labels[label] = len(current.turns)
        current.turns.append({"role": role, "message": turn.group(3).strip()})
    return calls


def _timed(turns: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int]:
    """Turn offsets in the call from speaking time (about 2.5 words a second, plus a pause)."""
    out, clock = [], 0.0
    for turn in turns:
        out.append({**turn, "time_in_call_secs": int(clock)})
        clock += 1.5 + len(turn["message"].split()) / 2.5
    return out, int(clock) + 2


def build_calls(calls: list[Call], names: dict[str, str]) -> list[dict[str, Any]]:
    out = []
    for call in calls:
        header = call.header
        missing = {"caller", "start", "title", "summary"} - header.keys()
        if missing:
            raise SourceError(f"{call.key}: missing {sorted(missing)}")
        if not MIN_TURNS <= len(call.turns) <= MAX_TURNS:
            raise SourceError(f"{call.key}: {len(call.turns)} turns, not {MIN_TURNS}-{MAX_TURNS}")
        turns, duration = _timed(call.turns)
        data = {}
        for pair in filter(None, (p.strip() for p in header.get("data", "").split(";"))):
            key, _, value = pair.partition("=")
            data[key.strip()] = _value(value)
        out.append(
            {
                "key": call.key,
                "caller": header["caller"],
                "caller_key": call.key.rsplit("_", 1)[0],
                "caller_name": names.get(call.key.rsplit("_", 1)[0], ""),
                "conversation_id": conversation_id(call.key),
                "agent_id": AGENT_ID,
                "direction": header.get("direction", "inbound"),
                "start_time_unix_secs": _unix(header["start"]),
                "start": header["start"] + " UTC",
                "call_duration_secs": duration,
                "turns": turns,
                "analysis": {
                    "title": header["title"],
                    "summary": header["summary"],
                    "data_collection": data,
                },
            }
        )
    out.sort(key=lambda c: (c["start_time_unix_secs"], c["key"]))
    return out


def parse_questions(
    path: Path, calls: dict[str, dict[str, Any]], labels: dict[str, dict[str, int]]
) -> list[dict[str, Any]]:
    numbers = {c["caller_key"]: c["caller"] for c in calls.values()}
    out: list[dict[str, Any]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        where = f"{path.name}:{number}"
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = [p.strip() for p in line.split("|")]
        if len(parts) != 6:
            raise SourceError(f"{where}: expected 6 fields, got {len(parts)}")
        caller_key, asked, kind, question, evidence_text, answer = parts
        if caller_key not in numbers:
            raise SourceError(f"{where}: unknown caller {caller_key!r}")
        if kind not in QUESTION_TYPES:
            raise SourceError(f"{where}: unknown type {kind!r}")
        asked_at = _unix(asked)
        evidence = []
        for ref in (r.strip() for r in evidence_text.split(",")):
            call_key, _, label = ref.partition(":")
            call = calls.get(call_key)
            if call is None or label not in labels[call_key]:
                raise SourceError(f"{where}: unknown evidence {ref!r}")
            if call["caller_key"] != caller_key:
                raise SourceError(f"{where}: evidence {ref!r} is another caller's")
            ended = call["start_time_unix_secs"] + call["call_duration_secs"]
            if asked_at <= ended:
                raise SourceError(f"{where}: asked before {call_key} ended")
            turn = labels[call_key][label]
            evidence.append({"conversation_id": call["conversation_id"], "turn": turn, "ref": ref})
        calls_cited = {e["conversation_id"] for e in evidence}
        if kind == "multi-hop" and len(calls_cited) < 2:
            raise SourceError(f"{where}: a multi-hop question needs evidence in two calls")
        out.append(
            {
                "id": f"q{len(out) + 1:03d}",
                "caller": numbers[caller_key],
                "caller_key": caller_key,
                "asked_at": asked_at,
                "asked": asked + " UTC",
                "type": kind,
                "question": question,
                "evidence": evidence,
                "answer": answer,
            }
        )
    return out


def build() -> tuple[dict[str, Any], list[dict[str, Any]]]:
    parsed: list[Call] = []
    names: dict[str, str] = {}
    for path in sorted(SOURCE.glob("*.txt")):
        if path.name == "questions.txt":
            continue
        calls = parse_calls(path)
        parsed.extend(calls)
        for call in calls:
            value = call.header.get("data", "")
            found = re.search(r"caller_name=([^;]+)", value)
            if found:
                names[call.key.rsplit("_", 1)[0]] = found.group(1).strip()
    keys = [c.key for c in parsed]
    if len(keys) != len(set(keys)):
        raise SourceError("duplicate call keys")
    built = build_calls(parsed, names)
    by_key = {c["key"]: c for c in built}
    labels = {c.key: c.labels for c in parsed}
    questions = parse_questions(SOURCE / "questions.txt", by_key, labels)
    callers = sorted({(c["caller_key"], c["caller"], c["caller_name"]) for c in built})
    document = {
        "description": (
            "Hand-written phone calls to a concierge voice agent (Keystone Concierge), "
            "as ElevenLabs would send them: built from bench/eval/source by bench.eval.build."
        ),
        "agent_id": AGENT_ID,
        "agent_name": AGENT_NAME,
        "callers": [{"key": k, "number": n, "name": name} for k, n, name in callers],
        "calls": built,
    }
    return document, questions


def _dump(value: Any) -> str:
    return json.dumps(value, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the JSON is stale")
    args = parser.parse_args(argv)
    try:
        document, questions = build()
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    texts = {CALLS_JSON: _dump(document), QUESTIONS_JSON: _dump(questions)}
    if args.check:
        stale = [p.name for p, t in texts.items() if not p.exists() or p.read_text() != t]
        if stale:
            print(f"stale: {', '.join(stale)}", file=sys.stderr)
            return 1
    else:
        for path, text in texts.items():
            path.write_text(text, encoding="utf-8")
    calls = document["calls"]
    turns = [len(c["turns"]) for c in calls]
    first = min(c["start_time_unix_secs"] for c in calls)
    last = max(c["start_time_unix_secs"] for c in calls)
    kinds = {k: sum(q["type"] == k for q in questions) for k in QUESTION_TYPES}
    print(
        f"{len(document['callers'])} callers, {len(calls)} calls "
        f"({min(turns)}-{max(turns)} turns, {sum(turns)} in all) over "
        f"{(last - first) / 86400 / 7:.1f} weeks; {len(questions)} questions {kinds}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
