"""`python -m bench.changeeval.askreader [--check] [--leave-out PHRASING] [--out PATH]`:
trains the question reader (`omem.memory.kinds.asked_by_reader`) and writes
`omem/data/asks.npz` (a few seconds); `--check` trains again and fails when the shipped weights
differ from what it learns.

The question reader is a linear softmax over a question's MiniLM vector (the one memory-query
computes anyway), one class per kind of fact of `facts.py` and one for none. It reads where
the rules (`supersede.asked_slots`) read nothing ("What's my workplace?", "Which tea should go
in my hamper?") and only lifts the memories of that slot. What it learns from:

- the questions of the phrasings in kindreader.TRAINED (up to `lastcall`): each kind's
  questions about now and about the past;
- the long evaluation set's questions (`bench/longeval`), labelled by the rules (most none).

`nightline`, `daybreak` and `teatime` stay out of training: on their questions (never seen,
`teatime`'s written blind after the reader was made) it names the kind the phrasing asked for
in 68, 70 and 69 of 70 and a wrong kind in none; on the short set
(`bench/eval`, never trained on) it reads no kind the rules do not, and on the long set one
("What's my current lisinopril dose?", a dose).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

from bench.changeeval.kindreader import LONG
from bench.changeeval.kindreader import SHORT
from bench.changeeval.kindreader import TRAINED
from bench.changeeval.kindreader import train
from bench.changeeval.phrasings import PHRASINGS
from omem.embeddings import LocalEmbedder
from omem.memory.kinds import ASK_AT
from omem.memory.kinds import ASKED
from omem.memory.kinds import ASKS_FILE
from omem.memory.kinds import KindReader
from omem.memory.supersede import asked_slots

HELD_OUT = ("nightline", "daybreak", "teatime")


def rules_kind(question: str) -> str:
    """The kind the rules read a question to ask for, or "none"."""
    for asked in asked_slots(question):
        for kind, slot in ASKED.items():  # "habit:coffee" before "habit:"
            if asked.startswith(slot) or slot.startswith(asked):
                return kind
    return "none"


def asks(phrasing: str) -> list[tuple[str, str]]:
    """(question, kind) of a phrasing: its questions about now and about the past."""
    return [
        (question, kind.name)
        for kind in PHRASINGS[phrasing].kinds()
        for question in (*kind.ask_now, *kind.ask_then)
    ]


def questions(path: Path) -> list[str]:
    document = json.loads(path.read_text(encoding="utf-8"))
    rows = document["questions"] if isinstance(document, dict) else document
    return [row["question"] for row in rows]


def rows(trained: tuple[str, ...] = TRAINED) -> list[tuple[str, str]]:
    out = [row for name in trained for row in asks(name)]
    return out + [(q, rules_kind(q)) for q in questions(LONG.with_name("questions.json"))]


def _vectors(embedder: LocalEmbedder, texts: list[str]) -> np.ndarray:
    return np.array([embedder.embed_query(text) for text in texts])


def report(reader: KindReader, embedder: LocalEmbedder) -> list[str]:
    """How the reader reads questions it never saw: the held-out phrasings' (right, wrong, of
    all), and the short and long sets' questions where it reads a kind the rules do not."""
    lines = []
    for name in HELD_OUT:
        data = asks(name)
        read = reader.kinds(_vectors(embedder, [q for q, _ in data]), at=ASK_AT)
        right = sum(r == kind for r, (_, kind) in zip(read, data, strict=True))
        wrong = sum(r not in ("none", kind) for r, (_, kind) in zip(read, data, strict=True))
        lines.append(f"{name} (never trained on): {right} right, {wrong} wrong, of {len(data)}")
    for name, path in (
        ("short", SHORT.with_name("questions.json")),
        ("long", LONG.with_name("questions.json")),
    ):
        texts = questions(path)
        read = reader.kinds(_vectors(embedder, texts), at=ASK_AT)
        beyond = [
            f"{text!r} as {kind}"
            for text, kind in zip(texts, read, strict=True)
            if kind != "none" and kind != rules_kind(text)
        ]
        lines.append(
            f"{name} set: a kind the rules do not read in {len(beyond)} of {len(texts)}"
            + "".join(f"; {b}" for b in beyond)
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.changeeval.askreader")
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    parser.add_argument(
        "--leave-out", action="append", default=[], choices=TRAINED, help="train without it"
    )
    parser.add_argument("--out", type=Path, default=ASKS_FILE, help="where to write")
    args = parser.parse_args(argv)
    data = rows(tuple(name for name in TRAINED if name not in args.leave_out))
    labels = [kind for _, kind in data]
    embedder = LocalEmbedder()
    vectors = _vectors(embedder, [q for q, _ in data])
    reader = train(vectors, labels, np.ones(len(data)))
    agree = np.mean(
        [r == k for r, k in zip(reader.kinds(vectors, at=ASK_AT), labels, strict=True)]
    )
    print(f"{len(data)} questions; the reader agrees with the labels on {agree:.1%}")
    print("\n".join(report(reader, embedder)))
    if args.check:
        shipped = KindReader.load(ASKS_FILE)
        same = shipped.same_as(reader)
        print(
            f"{ASKS_FILE}: {'the same weights' if same else 'other weights'} as a fresh training"
        )
        return 0 if same else 1
    reader.save(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
