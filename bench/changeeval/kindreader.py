"""`python -m bench.changeeval.kindreader [--check] [--leave-out PHRASING] [--out PATH]`:
trains the kind reader (`omem.memory.kinds`) and writes `omem/data/kinds.npz` (about 20 s);
`--check` trains again and fails when the shipped weights differ from what it learns.

The reader is a linear softmax over a memory's MiniLM vector, one class per kind of fact of
`facts.py` and one for none. What it learns from:

- the tellings and changes of the phrasings in TRAINED (up to `lastcall`), through the offline
  extractor as in a call, each with values drawn at random from lists that share nothing with
  the set's own (a model that saw "Halden Logistics" as a job would learn the value, not the
  words);
- as none: other people's facts of each kind, the set's small talk and other facts;
- the long evaluation set's memories (`bench/longeval`), labelled by the rules.

Phrasings added to `PHRASINGS` after TRAINED stay out of training (`nightline`), so a new
phrasing written blind measures the reader on words it never saw (bench/changeeval/README.md).
Trained up to `switchboard`, it read `nightline` (blind) at 93.2 % / 22; up to `lastcall`,
93.9 % / 22.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sys
from pathlib import Path

import numpy as np

from bench.changeeval.facts import FILLER
from bench.changeeval.facts import KINDS
from bench.changeeval.facts import OTHER_FACTS
from bench.changeeval.facts import Kind
from bench.changeeval.phrasings import PHRASINGS
from omem.embeddings import LocalEmbedder
from omem.memory.extract import Call
from omem.memory.extract import OfflineExtractor
from omem.memory.extract import Turn
from omem.memory.kinds import KINDS_FILE
from omem.memory.kinds import KindReader
from omem.memory.kinds import read_with
from omem.memory.supersede import slots_of

TRAINED = (
    "main", "heldout", "final", "fresh", "unseen", "novel", "overheard", "candid", "plain",
    "everyday", "lastly", "final_blind", "ringing", "doorstep", "counter", "onhold",
    "switchboard", "frontdesk", "afterhours", "lastcall",
)  # fmt: skip
LONG = Path(__file__).resolve().parent.parent / "longeval" / "calls.json"
SHORT = Path(__file__).resolve().parent.parent / "eval" / "calls.json"  # never trained on
SEED = 7
REPEATS = 3  # each template with this many random values
LONG_WEIGHT = 3.0  # a memory of real calls counts as three of the templates'
L2 = 1e-2
STEPS = 400
RATE = 0.5

# Values that share nothing with facts.py's: the reader learns how a kind is said, not what.
_DIGIT_WORDS = "zero one two three four five six seven eight nine".split()
_STREETS = (
    "Oak Elm Mill Church Station Park High Queen King Victoria Orchard Meadow Rose Hawthorn "
    "Beech Ivy Fern Heather Brook River Bridge Castle Abbey Priory Manor Green Spring Summer "
    "Windmill Farm Forest"
).split()
_STREET_KINDS = "Street Road Lane Avenue Drive Close Way Place Terrace Crescent Grove".split()
_FIRST = (
    "Sam Priya Omar Lucy Dan Mei Raj Zoe Ben Ana Kai Ruth Leo Nia Ivan Grace Theo Ada Hugo "
    "Rosa Amir Ella Finn Maya Jack Lily Noah Iris"
).split()
_SURNAMES = (
    "Shah Nguyen Murphy Kowalski Adeyemi Brennan Chowdhury Fischer Moreau Rossi Tanaka Evans "
    "Hughes Kaur Costa Novak Singh Baker Ward Ellis"
).split()
_ORG_NAMES = (
    "Northgate Apex Summit Greenfield Bluebell Oakridge Harbour Pinnacle Redwood Silverline "
    "Meridian Crescent Kingsway Lakeside Horizon"
).split()
_ORG_KINDS = (
    "Hospital Logistics Bank Studios School Council Library Pharmacy Bakery Motors Insurance "
    "Foods Academy Solutions Partners Surgery Hotel Garage Builders"
).split()
_PETS = "Whiskers Milo Luna Coco Tigger Smudge Poppy Ginger Oscar Willow Bella Nala".split()
_TEAS = (
    "peppermint", "green tea", "jasmine", "Darjeeling", "Assam", "English Breakfast",
    "oolong", "lemon and ginger", "hibiscus",
)  # fmt: skip
_DRUGS = (
    "metformin atorvastatin amlodipine levothyroxine sertraline omeprazole ramipril warfarin"
).split()
_CARS = (
    "Ford Focus", "Kia Sportage", "Nissan Leaf", "Vauxhall Corsa", "Hyundai i20",
    "Skoda Octavia", "Peugeot 208", "Renault Clio", "Tesla Model 3", "Subaru Outback",
)  # fmt: skip
_COLOURS = "black white silver green yellow orange navy maroon".split()
_DOMAINS = ("yahoo dot co dot uk", "hotmail dot com", "icloud dot com", "proton dot me")
_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "fifteenth sixteenth seventeenth eighteenth nineteenth twentieth"
).split()
_MONTHS = "January February March April May June July August September October".split()
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
_DAY = dt.datetime(2025, 3, 3, 10, tzinfo=dt.UTC)


def _said_digits(digits: str, pick: random.Random) -> str:
    return " ".join(
        "oh" if d == "0" and pick.random() < 0.5 else _DIGIT_WORDS[int(d)] for d in digits
    )


def value(kind: str, pick: random.Random) -> tuple[str, str] | None:
    """A random value of `kind` as said and as written; None for the kinds whose value is
    the kind itself (coffee, red meat, a way of contact)."""
    if kind == "address":
        street = f"{pick.randint(1, 400)} {pick.choice(_STREETS)} {pick.choice(_STREET_KINDS)}"
        return street, street
    if kind == "phone":
        number = "555" + "".join(pick.choice("0123456789") for _ in range(4))
        return f"{_said_digits(number[:3], pick)}, {_said_digits(number[3:], pick)}", number
    if kind == "email":
        user, host = (
            f"{pick.choice(_FIRST)}.{pick.choice(_SURNAMES)}".lower(),
            pick.choice(_DOMAINS),
        )
        return f"{user.replace('.', ' dot ')} at {host}", f"{user}@{host.replace(' dot ', '.')}"
    if kind == "dose":
        drug, milligrams = pick.choice(_DRUGS), pick.choice((5, 25, 50, 75, 100, 150))
        return f"{milligrams} milligrams of {drug}", f"{milligrams} milligrams {drug}"
    if kind == "class":
        day = pick.choice(_DAYS)
        return f"{day} {pick.choice(('evenings', 'mornings', 'afternoons'))}", day
    if kind == "favourite":
        tea = pick.choice(_TEAS)
        return tea, tea
    if kind == "pet":
        name = pick.choice(_PETS)
        return name, name
    if kind in ("partner", "nickname"):
        name = pick.choice(_FIRST)
        return name, name
    if kind == "job":
        org = f"{pick.choice(_ORG_NAMES)} {pick.choice(_ORG_KINDS)}"
        return ("the " + org if pick.random() < 0.3 else org), org
    if kind == "car":
        car = pick.choice(_CARS)
        return f"a {pick.choice(_COLOURS)} {car}", car
    if kind == "doctor":
        surname = pick.choice(_SURNAMES)
        return f"Dr {surname}", surname
    if kind == "dentist":
        month = pick.choice(_MONTHS)
        return f"the {pick.choice(_ORDINALS)} of {month}", month
    return None


_EXTRACTOR = OfflineExtractor()


def _memories(prompt: str, said: str) -> list[tuple[str, str]]:
    call = Call("train", _DAY, (Turn(0, "agent", prompt), Turn(1, "user", said)))
    return [(m.content, m.context) for m in _EXTRACTOR.extract(call)]


def _told(kind: Kind, pick: random.Random) -> list[tuple[str, str]]:
    """(memory, label) for each telling and change of `kind`, with random values: the memory
    that carries the value is the kind's, the others of the same sentence are left out."""
    out = []
    for _ in range(REPEATS):
        for template, new in [(t, False) for t in kind.tell] + [(t, True) for t in kind.change]:
            now, old = value(kind.name, pick), value(kind.name, pick)
            if now is None or old is None:
                now, old = kind.values[1 if new else 0], kind.values[0]
            found = _memories(pick.choice(kind.prompts), template.format(v=now[0], old=old[0]))
            for content, _ in found:
                carries = now[1].lower() in content.lower() or (
                    new and old[1].lower() in content.lower()
                )
                if carries or len(found) == 1:
                    out.append((content, kind.name))
    return out


def _label_of(slots: tuple[str, ...]) -> str:
    """The kind of facts.py a memory's rule slots name ("none" without one)."""
    for slot in slots:
        base = slot.split("/", 1)[0]
        head, _, arg = base.partition(":")
        if base in ("address", "phone", "email", "partner", "job", "car", "doctor", "contact"):
            return base
        if base == "name":
            return "nickname"
        if head in ("dose", "pet", "favourite"):
            return head
        if head == "weekly":
            return "class"
        if base == "appointment:dentist":
            return "dentist"
        if head == "habit" and arg in ("coffee", "meat", "steak", "beef", "pork", "lamb"):
            return "coffee" if arg == "coffee" else "meat"
    return "none"


def rows(trained: tuple[str, ...] = TRAINED) -> list[tuple[str, str, float]]:
    """(memory, label, weight) to learn from, in a fixed order."""
    pick = random.Random(SEED)
    out: list[tuple[str, str, float]] = []
    for name in trained:
        for kind in PHRASINGS[name].kinds():
            out += [(content, label, 1.0) for content, label in _told(kind, pick)]
    for kind in KINDS:
        for _ in range(REPEATS):
            for template in kind.others:
                said = value(kind.name, pick) or kind.values[-1]
                out += [
                    (c, "none", 1.0)
                    for c, _ in _memories(kind.prompts[0], template.format(v=said[0]))
                ]
    for prompt, said in FILLER:
        out += [(c, "none", 1.0) for c, _ in _memories(prompt, said)]
    for said in OTHER_FACTS:
        out += [(c, "none", 1.0) for c, _ in _memories("Anything else?", said)]
    for content, context in _memories_of(LONG):
        out.append((content, _label_of(slots_of(content, context)), LONG_WEIGHT))
    seen: set[str] = set()
    unique = []
    for content, label, weight in out:
        if content not in seen:
            seen.add(content)
            unique.append((content, label, weight))
    return unique


def _memories_of(calls: Path) -> list[tuple[str, str]]:
    """(memory, context) of every call of an evaluation set, through the offline extractor."""
    out = []
    for call in json.loads(calls.read_text(encoding="utf-8"))["calls"]:
        turns = tuple(Turn(i, t["role"], t["message"]) for i, t in enumerate(call["turns"]))
        extracted = _EXTRACTOR.extract(Call(call["conversation_id"], _DAY, turns))
        out += [(memory.content, memory.context) for memory in extracted]
    return out


def unread(reader: KindReader, embedder: LocalEmbedder) -> str:
    """What the reader reads among the memories the rules leave unread, in the long set (its
    memories are in training, as the rules label them) and the short set (never trained on):
    each is a slot no rule gave."""
    parts = []
    for name, calls in (("long", LONG), ("short", SHORT)):
        texts = [c for c, context in _memories_of(calls) if not slots_of(c, context)]
        vectors = embedder.embed(texts)
        read = [t for t, v in zip(texts, vectors, strict=True) if read_with(reader, t, v)]
        parts.append(
            f"{name} set: {len(read)} of {len(texts)}" + "".join(f"; {t!r}" for t in read)
        )
    return "memories the rules leave unread that the reader gives a slot: " + " | ".join(parts)


def train(vectors: np.ndarray, labels: list[str], weights: np.ndarray) -> KindReader:
    """Softmax regression by gradient descent on standardised vectors, folded back into one
    matrix and bias over the raw vectors."""
    classes = tuple(sorted(set(labels)))
    target = np.eye(len(classes))[[classes.index(label) for label in labels]]
    mean, scale = vectors.mean(0), vectors.std(0) + 1e-6
    x = np.hstack([(vectors - mean) / scale, np.ones((len(vectors), 1))])
    w = np.zeros((x.shape[1], len(classes)))
    for _ in range(STEPS):
        z = x @ w
        p = np.exp(z - z.max(1, keepdims=True))
        p /= p.sum(1, keepdims=True)
        gradient = x.T @ ((p - target) * weights[:, None]) / weights.sum()
        gradient[:-1] += L2 * w[:-1]
        w -= RATE * gradient
    matrix = w[:-1] / scale[:, None]
    bias = w[-1] - (mean / scale) @ w[:-1]
    return KindReader(
        LocalEmbedder.model, matrix.astype(np.float32), bias.astype(np.float32), classes
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.changeeval.kindreader")
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    parser.add_argument(
        "--leave-out", action="append", default=[], choices=TRAINED, help="train without it"
    )
    parser.add_argument("--out", type=Path, default=KINDS_FILE, help="where to write")
    args = parser.parse_args(argv)
    data = rows(tuple(name for name in TRAINED if name not in args.leave_out))
    texts = [content for content, _, _ in data]
    labels = [label for _, label, _ in data]
    embedder = LocalEmbedder()
    vectors = embedder.embed(texts)
    reader = train(vectors, labels, np.array([w for _, _, w in data]))
    read = reader.kinds(vectors)
    counts = {c: labels.count(c) for c in reader.classes}
    agree = np.mean([r == label for r, label in zip(read, labels, strict=True)])
    print(f"{len(data)} memories {counts}; the reader agrees with the labels on {agree:.1%}")
    print(unread(reader, embedder))
    if args.check:
        shipped = KindReader.load(KINDS_FILE)
        differ = sum(a != b for a, b in zip(shipped.kinds(vectors), read, strict=True))
        same = shipped.same_as(reader)
        print(
            f"{KINDS_FILE}: {'the same weights' if same else 'other weights'} as a fresh "
            f"training; {differ} memories read differently"
        )
        return 0 if same else 1
    reader.save(args.out)
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
