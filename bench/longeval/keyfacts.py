"""The key-fact lists (`keyfacts.json`): per caller, what an agent should know at the start of
the caller's next call, after their last one, made from what each life's modules recorded
with `Life.know` (never typed by hand).

On a list: who the caller is and who they live with (name, partner, children, pets; for the
elderly callers a late spouse, a grown child far away and a grandchild; a parent), their work,
home, hobby, health (conditions, current medication and dose, a surgery ahead or behind them,
traits such as hearing aids or a fear of flying, diet), how to reach them, their stated
preferences, and open matters: events still ahead (a trip, a surgery, a wedding, a visit, a
move) and problems nobody said were solved (a repair, a warranty replacement not yet due).
Each fact at its current value. Left off: reference numbers (accounts, orders, bookings,
plates), other people's news and details (a partner's schedule, a cousin's move, a manager),
suppliers and possessions (stylist, car, a pet's food, the pharmacy), and what is over
(outings, errands, visits, dinners, vet visits): the agent looks those up when they come up.
Old values that a later statement changed are listed apart (`stale`), so that a system
sending them can be caught.
"""

from __future__ import annotations

from typing import Any

from bench.longeval.markers import conveys
from bench.longeval.people import Known
from bench.longeval.people import Life


def _evidence(known: Known, calls: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {"conversation_id": calls[s.call]["conversation_id"], "turn": s.turn} for s in known.said
    ]


def _entry(life: Life, known: Known, calls: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": f"{life.p.key}:{known.id}",
        "topic": known.topic,
        "text": known.text,
        "markers": list(known.markers),
        "evidence": _evidence(known, calls),
    }


def caller_facts(life: Life, calls: list[dict[str, Any]]) -> dict[str, Any]:
    """One caller's list as of the day after their last call."""
    p = life.p
    nick = f"|{life.first}" if life.first != p.first else ""
    facts = [
        {
            "id": f"{p.key}:name",
            "topic": "identity",
            "text": f"The caller is {p.name}" + (f", called {life.first}." if nick else "."),
            # A line conveys the name when it gives it in full (a first name alone is in
            # every call summary); the user_name field when it is one of the caller's names.
            "markers": [f"{p.name}{nick}"],
            "user_name": [f"{p.first}|{p.last}{nick}"],
            "evidence": [],  # the data collection's caller_name and the caller's introductions
        }
    ]
    stale = []
    first: dict[str, int] = {}  # a changed fact keeps the place of its first statement
    for n, known in enumerate(life.known):
        first.setdefault(known.id, n)
    for known in sorted(life.known, key=lambda k: first[k.id]):
        if known.replaced_by is not None:
            stale.append({**_entry(life, known, calls), "replaced_by": known.replaced_by.text})
        elif known.listed and (known.due is None or known.due > life.last_day):
            facts.append(_entry(life, known, calls))
    return {
        "key": p.key,
        "name": p.name,
        "type": "elderly, outbound check-ins" if p.senior else "inbound",
        "last_call": life.last_day.isoformat(),
        "facts": facts,
        "stale": stale,
    }


def check_facts(document: dict[str, Any], calls: dict[str, dict[str, Any]]) -> list[str]:
    """Every fact is conveyable: its markers are all in one of the caller turns that state it,
    or in that call's summary or one data-collection value. Ids are unique per caller."""
    problems = []
    for caller in document["callers"]:
        ids = [f["id"] for f in caller["facts"]]
        if len(ids) != len(set(ids)):
            problems.append(f"{caller['key']}: duplicate fact ids")
        for fact in [*caller["facts"], *caller["stale"]]:
            texts = []
            for e in fact["evidence"]:
                call = calls[e["conversation_id"]]
                analysis = call["analysis"]
                texts += [call["turns"][e["turn"]]["message"], analysis["summary"]]
                texts += [f"{k}: {v}" for k, v in analysis["data_collection"].items()]
            if fact["evidence"] and not any(conveys(fact["markers"], t) for t in texts):
                problems.append(f"{fact['id']}: no statement carries {fact['markers']}")
    return problems
