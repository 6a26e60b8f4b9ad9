"""Documents that must not drift from the code: .env.example and the README settings table
are generated from the declarations (`omem settings`), and must match them exactly."""

from __future__ import annotations

from pathlib import Path

from omem.config import declared
from omem.config import render_env_example
from omem.config import render_markdown_table

ROOT = Path(__file__).resolve().parent.parent


def test_env_example_matches_declarations_when_regenerated() -> None:
    assert (ROOT / ".env.example").read_text() == render_env_example(), (
        "regenerate with: .venv/bin/omem settings > .env.example"
    )


def test_readme_table_matches_declarations_when_regenerated() -> None:
    assert render_markdown_table() in (ROOT / "README.md").read_text(), (
        "regenerate with: .venv/bin/omem settings --markdown"
    )


def test_every_declared_setting_appears_in_both_documents() -> None:
    readme = (ROOT / "README.md").read_text()
    example = (ROOT / ".env.example").read_text()
    for field in declared():
        name = field.metadata["env"]
        assert f"| `{name}` |" in readme
        assert f"{name}=" in example
