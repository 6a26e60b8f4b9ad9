"""Documents that must not drift from the code: settings in .env.example and the README."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from omem.config import declared

ROOT = Path(__file__).resolve().parent.parent
NAMES = [f.metadata["env"] for f in declared()]


@pytest.mark.parametrize("name", NAMES)
def test_setting_is_documented_in_env_example_when_declared(name: str) -> None:
    text = (ROOT / ".env.example").read_text()
    assert re.search(rf"^#? ?{name}=", text, re.MULTILINE), name


@pytest.mark.parametrize("name", NAMES)
def test_setting_is_in_readme_table_when_declared(name: str) -> None:
    assert f"| `{name}` |" in (ROOT / "README.md").read_text()


def test_readme_and_env_example_name_no_undeclared_setting() -> None:
    documented = set(re.findall(r"\b(OMEM_[A-Z_]+)\b", (ROOT / ".env.example").read_text()))
    documented |= set(re.findall(r"\| `(OMEM_[A-Z_]+)` \|", (ROOT / "README.md").read_text()))
    assert documented <= set(NAMES)
