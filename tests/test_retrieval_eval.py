"""Retrieval quality cannot quietly get worse: three callers of the long evaluation set
(`bench/longeval`, 131 calls and 174 questions) replayed through the real pipeline by
`bench.retrieval_quality`, in its own process, and each of omem's overall figures held to
no more than 2 points below the floor committed in `bench/longeval/expected.json`.

After a change that moves the figures on purpose, write the new floor with
`.venv/bin/python -m bench.retrieval_quality --set bench/longeval --callers dana,hector,keisha
--expected bench/longeval/expected.json` and say why in the commit.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bench.retrieval_quality import OVERALL
from bench.retrieval_quality import Item
from bench.retrieval_quality import changed
from bench.retrieval_quality import overall_figures

ROOT = Path(__file__).resolve().parent.parent
EXPECTED = ROOT / "bench" / "longeval" / "expected.json"
TOLERANCE = 2.0

pytestmark = pytest.mark.slow


def test_overall_figures_stay_within_two_points_of_the_committed_floor(tmp_path: Path) -> None:
    expected = json.loads(EXPECTED.read_text(encoding="utf-8"))
    assert set(expected["figures"]) == set(OVERALL)
    out = tmp_path / "subset.json"
    subprocess.run(  # noqa: S603 - fixed argv
        [
            sys.executable, "-m", "bench.retrieval_quality", "--set", "bench/longeval",
            "--callers", ",".join(expected["callers"]), "--json", str(out),
        ],
        cwd=ROOT, check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["info"]["questions"] > 150  # the subset, not an empty run
    measured = overall_figures(result["summary"])
    dropped = {
        name: (expected["figures"][name], measured[name])
        for name in OVERALL
        if measured[name] < expected["figures"][name] - TOLERANCE
    }
    assert not dropped, f"fell more than {TOLERANCE} points below the floor: {dropped}"


def test_a_correction_presents_the_old_value_only_where_the_correcting_turn_keeps_it() -> None:
    question = {
        "type": "correction",
        "answer": "5:00",
        "stale_answer": "3:00",
        "stale": [],
        "evidence": [{"conversation_id": "c1", "turn": 3}],
    }
    evidence = {("c1", 3)}
    kept = Item("c1", (3,), "The caller's hair appointment is at 3:00, no sorry, 5.")
    taken_back = Item("c1", (3,), "The caller's hair appointment is at 3:00.")
    other = Item("c2", (5,), "The caller said the boiler service is on the 14th at 3:30.")
    meant = Item("c1", (3,), "The caller's hair appointment is at 5:00.")
    assert not changed(question, [kept, other], evidence)["old_as_current"]
    assert not changed(question, [meant, other], evidence)["old_as_current"]
    found = changed(question, [meant, taken_back], evidence)
    assert found["old_as_current"] and found["old_rank"] == 2 and found["current_rank"] == 1
