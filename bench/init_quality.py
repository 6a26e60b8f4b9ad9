"""`python -m bench.init_quality [--set bench/longeval] [--callers a,b] [--show]`: what
conversation-initiation tells the agent about each caller, scored against the set's key-fact
lists (`bench/longeval/keyfacts.json`, issue 14).

Every call is replayed through omem's real pipeline in time order, as
`bench.retrieval_quality` does (its replay functions, imported), and each caller's summary is
refreshed after each of their calls, as the worker's `refresh_user_summary` job does. Then
conversation-initiation is asked for each caller the day after their last call, through the
function the webhook view calls (`omem.initiation.answer_request`, with that day as `now`).

Items are what init sends: each `memory_context` line, each sentence of `user_summary`, and
`user_name`. An item is on the list when it carries every marker of one of the caller's key
facts (`bench/longeval/markers.py`; `user_name` is on the list when it is one of the caller's
names); it is an old value when it carries the markers of a value
a later statement changed. Precision is the share of items on the list; coverage the share of
the caller's key facts that some single item conveys. Issue 14's targets: precision >= 80 %,
coverage >= 60 % of each list. A set without key-fact lists (`bench/eval`) is replayed and
shown, not scored.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import re
import shutil
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from bench.longeval.markers import conveys
from bench.retrieval_quality import SAMPLE
from bench.retrieval_quality import ingest
from bench.retrieval_quality import load_eval
from bench.retrieval_quality import make_settings
from bench.retrieval_quality import revision
from omem import callers
from omem import initiation
from omem import schema
from omem.clock import from_unix
from omem.config import Settings
from omem.db import db
from omem.db import init_db
from omem.logs import configure_logging
from omem.memory import summary
from omem.models import Memory
from omem.models import User
from omem.phones import normalize_caller_id

ROOT = Path(__file__).resolve().parent.parent
LONGEVAL = ROOT / "bench" / "longeval"
PRECISION_TARGET = 0.80
COVERAGE_TARGET = 0.60
# Where user_summary is cut into items: after . ! ? but not after a title ("Dr. Chen").
_SENTENCE = re.compile(r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bSt\.)(?<=[.!?])\s+")


@dataclass
class Item:
    source: str  # context | summary | name
    text: str
    facts: list[str] = field(default_factory=list)  # key facts it conveys
    stale: list[str] = field(default_factory=list)  # old values it carries


@dataclass
class Scored:
    key: str
    kind: str
    items: list[Item]
    facts: int
    conveyed: list[str]
    missed: list[str]
    words: int
    memories: int

    @property
    def precision(self) -> float:
        return sum(1 for i in self.items if i.facts) / max(1, len(self.items))

    @property
    def coverage(self) -> float:
        return len(self.conveyed) / max(1, self.facts)


def items_of(variables: dict[str, Any]) -> list[Item]:
    """What init sends, one item per context line, summary sentence and the name."""
    out = [
        Item("context", line[2:])
        for line in str(variables["memory_context"]).splitlines()
        if line.startswith("- ")
    ]
    text = str(variables["user_summary"]).strip()
    out += [Item("summary", s) for s in _SENTENCE.split(text) if s.strip()] if text else []
    if variables["user_name"]:
        out.append(Item("name", str(variables["user_name"])))
    return out


def score(key: str, kind: str, items: list[Item], facts: dict[str, Any], memories: int) -> Scored:
    listed = facts["facts"]
    for item in items:
        if item.source == "name":  # the name field is judged as a name only
            item.facts = [f["id"] for f in listed if conveys(f.get("user_name", []), item.text)]
        else:
            item.facts = [f["id"] for f in listed if conveys(f["markers"], item.text)]
        item.stale = [f["id"] for f in facts["stale"] if conveys(f["markers"], item.text)]
    conveyed = {fact for item in items for fact in item.facts}
    words = sum(len(i.text.split()) for i in items if i.source != "name")
    return Scored(
        key,
        kind,
        items,
        len(listed),
        [f["id"] for f in listed if f["id"] in conveyed],
        [f["id"] for f in listed if f["id"] not in conveyed],
        words,
        memories,
    )


def replay(directory: Path, only: frozenset[str] | None, data: Path) -> dict[str, Any]:
    """Replay the set into `data` (or reuse the database already there) and return each
    caller's init answer: {key: (dynamic_variables, memory count)}."""
    document, _ = load_eval(directory)
    people = [c for c in document["callers"] if only is None or c["key"] in only]
    numbers = {c["number"] for c in people}
    calls = sorted(
        (c for c in document["calls"] if c["caller"] in numbers),
        key=lambda c: c["start_time_unix_secs"] + c["call_duration_secs"],
    )
    settings = _settings(data)
    fresh = not settings.db_path.exists()
    configure_logging(settings)
    init_db(settings)
    sample = json.loads(SAMPLE.read_text(encoding="utf-8"))
    answers = {}
    try:
        with db.connection_context():
            schema.upgrade()
            for n, call in enumerate(calls if fresh else [], start=1):
                ingest(call, sample, settings)
                ended = from_unix(call["start_time_unix_secs"] + call["call_duration_secs"])
                _refresh(call["caller"], settings, ended, force=False)
                if n % 50 == 0:
                    print(f"  replayed {n} of {len(calls)} calls", file=sys.stderr)
            for person in people:
                last = from_unix(
                    max(
                        c["start_time_unix_secs"] + c["call_duration_secs"]
                        for c in calls
                        if c["caller"] == person["number"]
                    )
                )
                if not fresh:  # a reused database: rewrite the summary with today's code
                    _refresh(person["number"], settings, last, force=True)
                now = last + dt.timedelta(days=1)
                raw = json.dumps({"caller_id": person["number"]}).encode()
                body = initiation.answer_request(raw, settings, now=now)
                user = _user(person["number"])
                count = Memory.active_for(user).count()
                answers[person["key"]] = (body["dynamic_variables"], count)
    finally:
        db.close_all()
    return answers


def _settings(data: Path) -> Settings:
    """The replay's settings; a kept data directory keeps its encryption key."""
    data.mkdir(parents=True, exist_ok=True)
    settings = make_settings(data / "data")
    saved = data / "encryption-keys.json"
    if saved.exists():
        keys = json.loads(saved.read_text(encoding="utf-8"))
        return dataclasses.replace(settings, encryption_keys=tuple(keys))
    saved.write_text(json.dumps(list(settings.encryption_keys)), encoding="utf-8")
    return settings


def _user(number: str) -> Any:
    user = callers.find_by_number(normalize_caller_id(number, "US") or number)
    if user is None:
        raise RuntimeError(f"no user for {number}")
    return user


def _refresh(number: str, settings: Settings, now: dt.datetime, *, force: bool) -> None:
    """What the worker's `refresh_user_summary` job does after each call, at `now`;
    `force`: from all memories, as after a change of rules."""
    user = _user(number)
    if force:
        User.update(summary_version=-1, briefing="").where(User.id == user.id).execute()
    summary.refresh_summary(user.id, settings, now)


def _pct(value: float) -> str:
    return f"{100 * value:.1f}"


def render(results: list[Scored], info: dict[str, Any]) -> str:
    lines = [
        f"# Conversation-init against the key-fact lists ({info['set']})",
        "",
        f"omem {info['revision']}; {info['callers']} callers, asked the day after their last "
        f"call. Items: memory_context lines, user_summary sentences, user_name. Targets: "
        f"precision >= {_pct(PRECISION_TARGET)} %, coverage >= {_pct(COVERAGE_TARGET)} % of "
        "each list.",
        "",
        "| caller | type | memories | key facts | items | on list | old values | precision % "
        "| coverage % | words |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    groups: dict[str, list[Scored]] = defaultdict(list)
    for r in results:
        groups[r.kind].append(r)
    for kind, rows in [*groups.items(), ("all", results)]:
        if kind != "all":
            for r in rows:
                lines.append(
                    f"| {r.key} | {r.kind} | {r.memories} | {r.facts} | {len(r.items)} | "
                    f"{sum(1 for i in r.items if i.facts)} | "
                    f"{sum(1 for i in r.items if i.stale)} | {_pct(r.precision)} | "
                    f"{_pct(r.coverage)} | {r.words} |"
                )
        items = [i for r in rows for i in r.items]
        lines.append(
            f"| **{kind if kind == 'all' else 'all ' + kind}** | | "
            f"{sum(r.memories for r in rows)} | {sum(r.facts for r in rows)} | {len(items)} | "
            f"{sum(1 for i in items if i.facts)} | {sum(1 for i in items if i.stale)} | "
            f"**{_pct(sum(1 for i in items if i.facts) / max(1, len(items)))}** | "
            f"**{_pct(sum(r.coverage for r in rows) / max(1, len(rows)))}** "
            f"(min {_pct(min(r.coverage for r in rows))}) | "
            f"{sum(r.words for r in rows) // max(1, len(rows))} |"
        )
    lines += [
        "",
        "Precision is over all items of the group; coverage is the mean of the callers' "
        "coverages (min: the lowest caller); words: mean words of memory_context lines and "
        "user_summary per caller.",
    ]
    return "\n".join(lines)


def show(key: str, variables: dict[str, Any], scored: Scored | None, facts: Any) -> str:
    lines = [f"\n## {key}"]
    for item in scored.items if scored else items_of(variables):
        mark = ""
        if scored:
            mark = "ok  " if item.facts else "--  "
            mark += f"[old: {', '.join(item.stale)}] " if item.stale else ""
        lines.append(f"{mark}{item.source}: {item.text}")
    if scored and facts:
        texts = {f["id"]: f["text"] for f in facts["facts"]}
        lines += [f"   missed: {texts[m]}" for m in scored.missed]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.init_quality", description=None)
    parser.add_argument("--set", type=Path, default=LONGEVAL, help="the evaluation set")
    parser.add_argument(
        "--callers",
        type=lambda text: frozenset(text.split(",")),
        default=None,
        help="only these callers (caller keys, comma-separated)",
    )
    parser.add_argument("--show", action="store_true", help="print every item, marked")
    parser.add_argument(
        "--data",
        type=Path,
        default=None,
        help="keep the replayed data here, or reuse it when it exists (only init and the "
        "summary are recomputed: replay afresh after any change to extraction)",
    )
    parser.add_argument("--json", type=Path, help="also write the results here")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    keyfile = args.set / "keyfacts.json"
    lists = json.loads(keyfile.read_text(encoding="utf-8")) if keyfile.exists() else None
    by_key = {c["key"]: c for c in lists["callers"]} if lists else {}
    data = args.data or Path(tempfile.mkdtemp(prefix="omem-init-"))
    try:
        answers = replay(args.set, args.callers, data)
    finally:
        if args.data is None:
            shutil.rmtree(data, ignore_errors=True)
    results = []
    for key, (variables, memories) in sorted(answers.items()):
        facts = by_key.get(key)
        scored = None
        if facts:
            scored = score(key, facts["type"], items_of(variables), facts, memories)
            results.append(scored)
        if args.show or not facts:
            print(show(key, variables, scored, facts))
    if results:
        info = {
            "set": str(args.set.relative_to(ROOT) if args.set.is_absolute() else args.set),
            "revision": revision(),
            "callers": len(results),
        }
        print(render(results, info))
        if args.json:
            args.json.write_text(
                json.dumps(
                    {
                        "info": info,
                        "callers": [
                            {
                                "key": r.key,
                                "type": r.kind,
                                "precision": r.precision,
                                "coverage": r.coverage,
                                "items": [i.__dict__ for i in r.items],
                                "missed": r.missed,
                            }
                            for r in results
                        ],
                    },
                    indent=1,
                )
                + "\n",
                encoding="utf-8",
            )
    print(f"\nTotal {time.perf_counter() - started:.1f} s.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
