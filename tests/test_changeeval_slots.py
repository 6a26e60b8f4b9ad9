"""The supersession rules and the kind reader against every phrasing of the facts-that-change
set, sentence by sentence (bench/changeeval/slots.py): the main phrasing's changes all close
what they replace, no phrasing's fact about someone else closes the caller's own, and no
change of one kind closes a fact of another (unless it tells that kind's change too)."""

from __future__ import annotations

import pytest

from bench.changeeval.phrasings import PHRASINGS
from bench.changeeval.slots import audit
from bench.changeeval.slots import crossed


def test_every_change_of_the_main_phrasing_closes_what_it_replaces() -> None:
    missed = {
        kind.name: audit(kind)["missed"]
        for kind in PHRASINGS["main"].kinds()
        if audit(kind)["missed"]
    }
    assert missed == {}


@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
def test_someone_elses_fact_never_closes_the_callers(phrasing: str) -> None:
    wrong = {kind.name: audit(kind)["wrong"] for kind in PHRASINGS[phrasing].kinds()}
    assert {name: rows for name, rows in wrong.items() if rows} == {}


# A change that tells a change of another kind as well, in so many words: closing that kind's
# old fact is right. (phrasing, the kind closed, the change's kind): the words that tell it.
TOLD_TOO = {
    # a blind phrasing's contact change: "So I've got a new job with long hours, and I can
    # never get to anything. From now on please email me instead"
    ("tangent", "job", "contact"): "I've got a new job",
}


@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
def test_a_change_never_closes_a_fact_of_another_kind(phrasing: str) -> None:
    wrong = [
        (told, telling, other, change)
        for told, telling, other, change in crossed(PHRASINGS[phrasing].kinds())
        if TOLD_TOO.get((phrasing, told, other), "\0") not in change
    ]
    assert wrong == []
