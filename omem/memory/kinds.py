"""The kind reader: which slot of the caller's life a memory fills, read from its embedding,
for the memories the rules (omem.memory.supersede) leave unread.

The rules read the words they were written for; callers find others ("I've been at Apex
Insurance since the children left school", "here it is, five five five, two one eight zero").
The reader is a linear softmax over the memory's MiniLM vector (the one stored for recall, so
reading costs one small matrix product), trained by `bench.changeeval.kindreader` on the
facts-that-change phrasings with random values in place of the set's own, so it learns how a
kind is said and not what. It reads only:

- with the local MiniLM embedder (the weights are that model's) and English memories;
- a plain statement of the caller's own (never a question, a call summary, or one that names
  one of the caller's people: someone else's fact must close nothing of the caller's);
- the kinds whose value needs no argument (not a pet's name or a medicine), each only with
  its value's shape in the text (an email address for email, digits for a phone, a street
  for an address, "Dr X" for a doctor, a name for a job, partner or name);
- never where the rules' own guards for the kind speak (supersede.held_back): a work or a
  delivery address, another kind of number, a vet's or a hospital's doctor, a bank one is a
  customer of, a courtesy car;
- at READ_AT or more.

Measured on phrasings written blind, before anyone read their misses, and left out of the
reader's training (bench/changeeval/README.md), (telling, change) pairs read by the rules /
with the reader, and update questions' current value first / old values presented as current:
`frontdesk` 83 / 87 %, 84.1 % / 19 -> 88.6 % / 15; `afterhours` 72 / 79 %, 89.4 % / 35 ->
93.2 % / 25; `lastcall` 71 / 79 %, 88.6 % / 36 -> 89.4 % / 31; `switchboard` (a reader trained
without it) 69 / 72 %, 90.2 % / 36 -> 91.7 % / 34; `nightline` 81 / 85 %, 91.7 % / 26 ->
93.9 % / 22 (the shipped reader, trained on the phrasings up to `lastcall`). On the long and
short sets it closes nothing: of the memories the rules leave unread it reads none of the
long set's 6,368 and 1 of the short set's 448 (`bench.changeeval.kindreader` prints these).
"""

from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from omem.memory.supersede import MEATS
from omem.memory.supersede import PARTNERS
from omem.memory.supersede import SHAPES
from omem.memory.supersede import SUMMARY
from omem.memory.supersede import for_them
from omem.memory.supersede import held_back
from omem.memory.supersede import lead
from omem.memory.supersede import names_their_people
from omem.memory.supersede import someone_else
from omem.memory.supersede import statements

KINDS_FILE = Path(__file__).resolve().parent.parent / "data" / "kinds.npz"
READ_AT = 0.8
# The question reader: the kind of fact a question asks for, read from the query's vector
# (computed for recall anyway) where the rules (supersede.asked_slots) read none. Trained by
# `bench.changeeval.askreader`. What it reads only lifts the memories of that slot in
# memory-query (omem.memory.retrieve); it closes nothing.
ASKS_FILE = KINDS_FILE.with_name("asks.npz")
ASK_AT = 0.7
# The slot each asked kind lifts: argument slots by their prefix (any pet, any medicine, any
# weekly fixture, any favourite, any appointment, any habit but coffee, which is its own kind),
# the ranking picks among them.
ASKED: dict[str, str] = {
    "address": "address", "phone": "phone", "email": "email", "dose": "dose:",
    "class": "weekly:", "coffee": "habit:coffee", "meat": "habit:", "favourite": "favourite:",
    "pet": "pet:", "partner": "partner", "job": "job", "car": "car", "doctor": "doctor",
    "dentist": "appointment:", "contact": "contact", "nickname": "name",
}  # fmt: skip

_NAMED = re.compile(r"(?<!^)(?<![.!?] )\b[A-Z][a-z]+\b")  # a capital inside a sentence
# The slot each kind fills, and what its value looks like in the text (supersede.SHAPES).
_SLOTS: dict[str, tuple[str, re.Pattern[str] | None]] = {
    "address": ("address", SHAPES["address"]),
    "phone": ("phone", SHAPES["phone"]),
    "email": ("email", SHAPES["email"]),
    "doctor": ("doctor", SHAPES["doctor"]),
    "car": ("car", _NAMED),
    "job": ("job", _NAMED),
    "partner": ("partner", _NAMED),
    "nickname": ("name", _NAMED),
    "contact": ("contact", None),  # a way (call, text, email), never an address or number
}


@dataclass(frozen=True)
class KindReader:
    model: str  # the embedder the weights belong to
    weights: np.ndarray  # (dimension, classes)
    bias: np.ndarray  # (classes,)
    classes: tuple[str, ...]

    def probabilities(self, vectors: np.ndarray) -> np.ndarray:
        z = vectors @ self.weights + self.bias
        p = np.exp(z - z.max(axis=-1, keepdims=True))
        return p / p.sum(axis=-1, keepdims=True)

    def kinds(self, vectors: np.ndarray, at: float = READ_AT) -> list[str]:
        """The kind of each row read at `at` or more, else "none"."""
        p = self.probabilities(np.atleast_2d(vectors))
        best = p.argmax(axis=1)
        return [self.classes[k] if p[row, k] >= at else "none" for row, k in enumerate(best)]

    def same_as(self, other: KindReader) -> bool:
        """The same classes and weights, to a tolerance that summation order cannot break (the
        trainers' --check)."""
        return self.classes == other.classes and all(
            np.allclose(a, b, atol=1e-3)
            for a, b in ((self.weights, other.weights), (self.bias, other.bias))
        )

    def save(self, path: Path) -> None:
        np.savez_compressed(
            path,
            model=np.array(self.model),
            weights=self.weights,
            bias=self.bias,
            classes=np.array(self.classes),
        )

    @classmethod
    def load(cls, path: Path) -> KindReader:
        with np.load(path) as data:
            return cls(
                str(data["model"]),
                data["weights"].astype(np.float32),
                data["bias"].astype(np.float32),
                tuple(str(c) for c in data["classes"]),
            )


def reader_for(model: str) -> KindReader | None:
    """The shipped reader when `model` is the embedder it was trained on, else None."""
    return _shipped(KINDS_FILE, model)


@functools.cache
def _shipped(path: Path, model: str) -> KindReader | None:
    if not path.exists():
        return None
    reader = KindReader.load(path)
    return reader if reader.model == model else None


# A memory the kind reader finds to be of the asked kind at SAID_OF_AT or more (below READ_AT:
# it fills no slot and closes nothing) is lifted beside the memories that fill the slot, so
# that a change no rule read competes with the old value the rules did read. Only the kinds
# that hold one value at a time (an address, a job, a partner, whether one drinks coffee);
# not a pet, a medicine, a class or a favourite, whose questions ask about one of several ("What
# is my dog allergic to?" lifted the dog's introduction over the allergy in the short set).
SAID_OF_AT = 0.5
_ONE_VALUE = frozenset(("coffee", "meat", *_SLOTS))


def said_of(
    asked: tuple[str, ...], vectors: np.ndarray, contents: list[str], model: str
) -> list[bool]:
    """Whether each memory (its stored vector and text) says something of a kind `asked`
    names, by the kind reader, in a plain statement of the caller's own that is not another
    kind's (_another_kinds: a greeting names no name to be called by)."""
    found = _said(asked, vectors, contents, model, _ONE_VALUE)
    return [
        kind is not None and not _another_kinds(kind, content)
        for (kind, _), content in zip(found, contents, strict=True)
    ]


# memory-query reads, among the memories it returns for a question that asks for one value
# (an address, whether one eats meat, the favourite tea, the dentist's appointment), which are
# of that kind (the rules' slot, else the kind reader at SAID_OF_AT, as said_of): a later call's
# statement of the kind marks an earlier one as replaced (omem.memory.retrieve.replaced). A
# kind with an argument counts only with the argument the question names in the memory's
# words ("tea" for favourite:tea); a pet never (facts about a pet add up, they do not replace).
_WITH_SUBJECT = frozenset(("favourite", "dentist", "class", "dose"))


def kinds_said(
    asked: tuple[str, ...],
    vectors: np.ndarray,
    contents: list[str],
    model: str,
    at: float | None = None,
) -> list[tuple[str | None, float]]:
    """Each memory's kind among the one-value kinds `asked` names (see above), read at `at`
    (SAID_OF_AT unless given) or more, with how sure the kind reader is of it (1.0 for a value
    whose shape says it, below SAID_OF_AT); (None, 0.0) for a memory of none."""
    subjects = {a.split(":", 1)[1].split("/")[0] for a in asked if ":" in a} - {""}
    found = _said(asked, vectors, contents, model, _ONE_VALUE | _WITH_SUBJECT, at)
    by_shape = [kind for kind in _UNMISTAKABLE if any(_asks(kind, a) for a in asked)]
    out: list[tuple[str | None, float]] = []
    for (kind, sure), content in zip(found, contents, strict=True):
        if (kind is None or sure < SAID_OF_AT) and (shaped := _shaped(by_shape, content)):
            kind, sure = shaped, 1.0
        held = kind is not None and _holds(kind, content, subjects)
        out.append((kind, sure) if held else (None, 0.0))
    return out


# A value whose shape says its kind, whatever the words around it: an email address in the
# caller's own statement is theirs ("The caller will spell it for you: j.hart@gmail.com"),
# where the kind reader, reading the words, may not be sure.
_UNMISTAKABLE = ("email",)


def _shaped(kinds: list[str], content: str) -> str | None:
    return next((k for k in kinds if SHAPES[k].search(content) and own_statement(content)), None)


def _holds(kind: str, content: str, subjects: set[str]) -> bool:
    """Whether `content` carries something of `kind`'s value: its shape (a name may open the
    sentence: "Lou's fine, …"), or for a kind with an argument, the argument asked about."""
    if _another_kinds(kind, content):
        return False
    if kind in ("nickname", "partner"):  # a name, maybe opening the sentence: "Lou's fine, …"
        return (_NAMED.search(content) or _OPENING_NAME.match(content)) is not None
    if kind in ("job", "car"):  # "at the city library", "a little red runaround", unless
        return not held_back(kind, lead(content))  # "volunteers at", "a courtesy car"
    if kind in _SLOTS:
        return bool(slot_read(kind, content))
    if kind in _ONE_VALUE:
        return True
    return any(_says(subject, content) for subject in subjects)


def _another_kinds(kind: str, content: str) -> bool:
    """Whether `content`, read as `kind`, is another kind's statement: an email's or a
    number's ("it's office@… now, they switched over in January" is no job), a greeting ("The
    caller said Hana here" names no name to call them by)."""
    if kind in _NAMES_OR_PLACES and _NUMBER_OR_EMAIL.search(content):
        return True
    return kind in ("nickname", "partner") and _GREETING.match(content) is not None


# A name or a place is not an email's or a number's statement
_NAMES_OR_PLACES = frozenset(("nickname", "partner", "job", "car"))
_NUMBER_OR_EMAIL = re.compile(f"{SHAPES['email'].pattern}|{SHAPES['phone'].pattern}")
_OPENING_NAME = re.compile(
    r"(?!(?:That|It|There|Here|What|Who|Where|He|She|Let)'s)[A-Z][a-z]+'s\b"
)
# A greeting, which names the caller and states no name to call them by: "The caller said Hana
# here.", "The caller said it's Hana again."
_GREETING = re.compile(
    r"^The caller said (?:hi,? |hello,? )?(?:[A-Z][a-z]+, )?"
    r"(?:(?:it's |this is )?(?:[A-Z][a-z]+ ){1,2}(?:here|again|speaking|calling)"
    r"|(?:it's|this is)(?: [A-Z][a-z]+){1,2})\.?$"
)


def holds_value(kind: str, content: str) -> bool:
    """Whether `content` states a value of `kind` as the kind reader would read it into its
    slot (the value's shape, past the rules' guards): what a statement must do to replace
    an earlier one in memory-query (omem.memory.retrieve.replaced)."""
    if kind not in _SLOTS:
        return True
    if kind in _NAMES_OR_PLACES and _NUMBER_OR_EMAIL.search(content):
        return False
    found = slot_read(kind, content)
    return bool(found) and not held_back(found[0], lead(content))


def value_shape(kind: str) -> re.Pattern[str] | None:
    """What a value of `kind` looks like in the text (an address, an email, a name), None for
    a kind without one (coffee, a way of contact, the favourite tea)."""
    return _SLOTS[kind][1] if kind in _SLOTS else None


def one_value_kind(asked: tuple[str, ...]) -> str | None:
    """The one-value kind a question asks for, by its first slot ("address", "habit:coffee",
    "favourite:tea"), None for a pet or a kind without its argument ("favourite:")."""
    if not asked:
        return None
    slot = asked[0].split("/")[0]
    if slot == "habit:coffee":
        return "coffee"
    if slot in ("habit:", *(f"habit:{meat}" for meat in MEATS)):  # "habit:": the question
        return "meat"  # reader's meat ("Have I got any dietary requirements?")
    for kind, prefix in ASKED.items():
        if kind in _WITH_SUBJECT and slot.startswith(prefix) and slot != prefix:
            return kind
        if kind in _SLOTS and slot == prefix:
            return kind
    return None


def _says(subject: str, content: str) -> bool:
    return re.search(rf"\b{re.escape(subject)}", content, re.IGNORECASE) is not None


def _said(
    asked: tuple[str, ...],
    vectors: np.ndarray,
    contents: list[str],
    model: str,
    kinds: frozenset[str],
    at: float | None = None,
) -> list[tuple[str | None, float]]:
    """Each memory's likeliest kind of `kinds` that `asked` names, when the kind reader gives
    it `at` (SAID_OF_AT unless given) or more and the memory is a plain statement of the
    caller's own, with the reader's confidence; (None, 0.0) for the others."""
    reader = reader_for(model)
    wanted = {kind for kind in kinds & ASKED.keys() if any(_asks(kind, a) for a in asked)}
    columns = [] if reader is None else [k for k, c in enumerate(reader.classes) if c in wanted]
    if reader is None or not columns or not len(vectors):
        return [(None, 0.0)] * len(contents)
    p = reader.probabilities(np.atleast_2d(vectors))[:, columns]
    best = p.argmax(axis=1)
    sure = p[np.arange(len(best)), best]
    least = SAID_OF_AT if at is None else at
    found = [reader.classes[columns[k]] for k in best]
    return [
        (kind, float(sure[row]))
        if sure[row] >= least and states_own(content, kind)
        else (None, 0.0)
        for row, (kind, content) in enumerate(zip(found, contents, strict=True))
    ]


def _asks(kind: str, asked: str) -> bool:
    """Whether the `asked` slot is one of `kind`'s. Coffee and meat are both habits: a
    question about coffee lifts no memory about meat, nor one about meat coffee."""
    if kind == "coffee":
        return asked.split("/")[0] == "habit:coffee"
    if kind == "meat":
        return asked.split("/")[0] in ("habit:", *(f"habit:{meat}" for meat in MEATS))
    slot = ASKED[kind]
    return asked.startswith(slot) if slot.endswith(":") else asked.split("/")[0] == slot


def asked_by_reader(vector: np.ndarray, model: str) -> tuple[str, ...]:
    """The slot a question asks for, read from its vector by the question reader (ASK_AT or
    more), as supersede.asked_slots names slots; () for most questions or another embedder."""
    reader = _shipped(ASKS_FILE, model)
    if reader is None:
        return ()
    kind = reader.kinds(vector, at=ASK_AT)[0]
    return (ASKED[kind],) if kind in ASKED else ()


def version() -> str:
    """What snapshots of the indexes record: slots read by other weights are read again."""
    return hashlib.sha256(KINDS_FILE.read_bytes()).hexdigest()[:12] if KINDS_FILE.exists() else ""


def own_statement(content: str) -> bool:
    """Whether `content` plainly states something of the caller's own: not a question, not a
    call's summary, and naming none of the caller's people."""
    return plain_mention(content) and not someone_else(lead(content).lower())


def states_own(content: str, kind: str | None = None) -> bool:
    """Whether `content` plainly states something of the caller's own, in itself or after
    the caller's question ("You have coffee on my order? Take it off, the caller doesn't drink
    it any more."). Of the caller's partner, naming the partner is what states it: "now the
    caller's partner is Marcus" is the caller's own."""
    return bool(own_words(content, kind))


def own_words(content: str, kind: str | None = None) -> str:
    """What of `content` plainly states something of the caller's own (see states_own): the
    whole of a plain statement, the statements of a question, "" for someone else's."""
    if kind == "partner":
        content = _THEIR_PARTNER.sub("the caller", content)
    return " ".join(stated for stated in statements(content) if own_statement(stated))


_THEIR_PARTNER = re.compile(rf"\b(?:the caller's|their) (?:new |old |current )?(?:{PARTNERS})\b")


def plain_mention(content: str) -> bool:
    """Whether `content` is a plain statement (not a question, not a call's summary) naming
    none of the caller's people; one of their things may lead it ("their cat Mochi's asleep
    on the radiator")."""
    if content.startswith('The caller asked: "') or SUMMARY.match(content):
        return False
    led = lead(content).lower()
    return not names_their_people(led) or for_them(led)


def read_slots(content: str, vector: np.ndarray, model: str, language: str) -> tuple[str, ...]:
    """The slot the reader reads in a memory the rules left unread (see the module's doc)."""
    reader = reader_for(model) if language == "en" else None
    return () if reader is None else read_with(reader, content, vector)


def read_with(reader: KindReader, content: str, vector: np.ndarray) -> tuple[str, ...]:
    """`read_slots` with these weights (the trainer's report reads with the ones it learnt)."""
    found = slot_read(reader.kinds(vector)[0], content)  # most memories: none, at once
    if not found or not own_statement(content):
        return ()
    # where the rules' own guards for the kind say it is not the caller's value, neither is it
    # the reader's: the rules hold back there for a reason, not for want of a cue
    return () if held_back(found[0], lead(content)) else found


def slot_read(kind: str, content: str) -> tuple[str, ...]:
    """The slot `kind` fills in `content`, when the text carries a value of its shape."""
    if kind not in _SLOTS:
        return ()
    slot, shape = _SLOTS[kind]
    if shape is None:  # a way of contact: never beside a number or an address to use
        values = (SHAPES["phone"], SHAPES["email"])
        return () if any(v.search(content) for v in values) else (slot,)
    return (slot,) if shape.search(content) else ()
