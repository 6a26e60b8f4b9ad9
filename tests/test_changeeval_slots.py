"""The supersession rules and the kind reader against every phrasing of the facts-that-change
set, sentence by sentence (bench/changeeval/slots.py): the main phrasing's changes all close
what they replace, no phrasing's fact about someone else closes the caller's own, and no
change of one kind closes a fact of another."""

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


@pytest.mark.parametrize("phrasing", sorted(PHRASINGS))
def test_a_change_never_closes_a_fact_of_another_kind(phrasing: str) -> None:
    assert crossed(PHRASINGS[phrasing].kinds()) == []
