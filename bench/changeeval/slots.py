"""`python -m bench.changeeval.slots [--phrasing NAME ...] [--misses]`: how far the
supersession rules (omem.memory.supersede) read each phrasing of the facts-that-change set,
sentence by sentence, without a replay.

Every way a kind is told is paired with every way it changes: the caller's sentence goes
through the offline extractor as in a call, and the pair counts as read when a memory of the
change closes a memory of the telling: the same slot (`supersede.closes`), or a value the
change says no longer holds (`supersede.retracts`). Someone else's fact of the kind
("My sister just moved to …") must close nothing of the caller's. The replay
(`bench.retrieval_quality --set bench/changeeval/<phrasing>`) measures what reaches the agent;
this says which words the rules miss, for every phrasing at once, in a second.
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import sys
from itertools import product

from bench.changeeval.facts import KINDS
from bench.changeeval.facts import Kind
from bench.changeeval.phrasings import PHRASINGS
from omem.embeddings import LocalEmbedder
from omem.memory.extract import Call
from omem.memory.extract import OfflineExtractor
from omem.memory.extract import Turn
from omem.memory.kinds import read_slots
from omem.memory.retract import retracted
from omem.memory.retract import retracts
from omem.memory.supersede import closes
from omem.memory.supersede import slots_of

_EXTRACTOR = OfflineExtractor()
_DAY = dt.datetime(2025, 3, 3, 10, tzinfo=dt.UTC)


def memories(prompt: str, said: str) -> list[tuple[str, tuple[str, ...]]]:
    """The memories the offline extractor keeps of one caller turn, with their slots: the
    rules', else the kind reader's (omem.memory.kinds), as omem.memory.store reads them."""
    call = Call("audit", _DAY, (Turn(0, "agent", prompt), Turn(1, "user", said)))
    return [
        (m.content, slots_of(m.content, m.context) or _read(m.content))
        for m in _EXTRACTOR.extract(call)
    ]


_READER = {"on": True}  # --rules-only: the rules alone


@functools.cache
def _read(content: str) -> tuple[str, ...]:
    if not _READER["on"]:
        return ()
    vector = _embedder().embed([content])[0]
    return read_slots(content, vector, LocalEmbedder.model, "en")


@functools.cache
def _embedder() -> LocalEmbedder:
    return LocalEmbedder()


def _slots(found: list[tuple[str, tuple[str, ...]]]) -> list[tuple[str, ...]]:
    return [slots for _, slots in found if slots]


Found = list[tuple[str, tuple[str, ...]]]


def _closed(new: Found, old: Found) -> bool:
    """Whether a memory of `new` closes one of `old`, as omem.memory.store decides: the same
    slot, or a value the new one says no longer holds."""
    if any(closes(n, o) for n in _slots(new) for o in _slots(old)):
        return True
    gone = [r for content, _ in new if (r := retracted(content))]
    return any(retracts(r, content) for r in gone for content, _ in old)


def audit(kind: Kind) -> dict[str, list[tuple[str, str, list[str]]]]:
    """A kind's pairs: which (telling, change) pairs are read, which are missed, and which
    other people's sentences close the caller's fact."""
    old, new = kind.values[0], kind.values[1]
    prompt = kind.prompts[0]
    out: dict[str, list[tuple[str, str, list[str]]]] = {"read": [], "missed": [], "wrong": []}
    tells = [(t.format(v=old[0]), memories(prompt, t.format(v=old[0]))) for t in kind.tell]
    changes = []
    for template in kind.change:
        said = template.format(v=new[0], old=old[0])
        changes.append((said, memories(prompt, said)))
    for (told, told_m), (changed, changed_m) in product(tells, changes):
        read = _closed(changed_m, told_m)
        shown = [f"{c} {list(s)}" for c, s in told_m + changed_m]
        out["read" if read else "missed"].append((told, changed, shown))
    third = kind.values[2] if len(kind.values) > 2 else old
    for template in kind.others:
        said = template.format(v=third[0])
        other_m = memories(prompt, said)
        for told, told_m in tells:
            if _closed(other_m, told_m):
                out["wrong"].append((told, said, [f"{c} {list(s)}" for c, s in other_m]))
    return out


def crossed(kinds: list[Kind]) -> list[tuple[str, str, str, str]]:
    """(kind, telling, other kind, change): a change of one kind that closes a telling of
    another ("my old car died" closing the caller's address). Each is a true fact lost."""
    said = {
        kind.name: (
            [memories(kind.prompts[0], t.format(v=kind.values[0][0])) for t in kind.tell],
            [
                (t.format(v=kind.values[1][0], old=kind.values[0][0]), kind.prompts[0])
                for t in kind.change
            ],
            [t.format(v=kind.values[0][0]) for t in kind.tell],
        )
        for kind in kinds
    }
    out = []
    for name, (told_m, _, told) in said.items():
        for other, (_, changes, _) in said.items():
            if other == name:
                continue
            for changed, prompt in changes:
                changed_m = memories(prompt, changed)
                out += [
                    (name, t, other, changed)
                    for t, m in zip(told, told_m, strict=True)
                    if _closed(changed_m, m)
                ]
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.changeeval.slots")
    parser.add_argument("--phrasing", action="append", choices=sorted(PHRASINGS))
    parser.add_argument("--misses", action="store_true", help="print every pair missed")
    parser.add_argument("--rules-only", action="store_true", help="without the kind reader")
    args = parser.parse_args(argv)
    _READER["on"] = not args.rules_only
    names = args.phrasing or list(PHRASINGS)
    results = {name: {k.name: audit(k) for k in PHRASINGS[name].kinds()} for name in names}
    kinds = [k.name for k in KINDS]
    print(
        "Pairs (telling, change) whose change closes the telling, per phrasing; "
        "'!n': someone else's fact closed the caller's n times; 'crossed': tellings closed "
        "by a change of another kind\n"
    )
    print("| kind | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    totals = {name: [0, 0, 0] for name in names}
    for kind in kinds:
        cells = []
        for name in names:
            r = results[name][kind]
            read, n, wrong = len(r["read"]), len(r["read"]) + len(r["missed"]), len(r["wrong"])
            totals[name][0] += read
            totals[name][1] += n
            totals[name][2] += wrong
            cells.append(f"{read}/{n}" + (f" !{wrong}" if wrong else ""))
        print(f"| {kind} | " + " | ".join(cells) + " |")
    cells = [
        f"**{t[0] / t[1] * 100:.0f} %**" + (f" !{t[2]}" if t[2] else "") for t in totals.values()
    ]
    print("| **all** | " + " | ".join(cells) + " |")
    crossings = {name: crossed(PHRASINGS[name].kinds()) for name in names}
    print("| crossed | " + " | ".join(str(len(c)) for c in crossings.values()) + " |")
    if args.misses:
        for name, found in crossings.items():
            for kind, told, other, changed in found:
                print(f"\n[{name}/{kind}] crossed by {other}: {told!r} -> {changed!r}")
        for name in names:
            for kind in kinds:
                r = results[name][kind]
                for label in ("missed", "wrong"):
                    for told, changed, shown in r[label]:
                        print(f"\n[{name}/{kind}] {label}: {told!r} -> {changed!r}")
                        for line in shown:
                            print(f"    {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
