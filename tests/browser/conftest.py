"""Fixtures for the browser tests: one live omem and one Chromium per module, and a fresh
browser context (no cookies) per test, at 1280×800, whose base URL is the live service."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser
from playwright.sync_api import Page
from playwright.sync_api import Playwright
from playwright.sync_api import expect
from playwright.sync_api import sync_playwright

from tests.browser.live import VIEWPORT
from tests.browser.live import Live
from tests.browser.live import launch_chromium
from tests.browser.live import running_omem

# Playwright's default of 5 s is tight on a 2-core machine running the whole suite at once.
expect.set_options(timeout=15_000)


@pytest.fixture(scope="module")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Live]:
    with running_omem(tmp_path_factory.mktemp("browser")) as service:
        yield service


@pytest.fixture(scope="module")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as driver:
        yield driver


@pytest.fixture(scope="module")
def browser(playwright: Playwright) -> Iterator[Browser]:
    chromium = launch_chromium(playwright)
    try:
        yield chromium
    finally:
        chromium.close()


@pytest.fixture
def page(browser: Browser, live: Live) -> Iterator[Page]:
    """A page in a new context; fails the test on a script error or a CSP violation, which
    only a real browser reports."""
    context = browser.new_context(base_url=live.base_url, viewport=VIEWPORT)
    opened = context.new_page()
    problems: list[str] = []
    opened.on("pageerror", lambda error: problems.append(f"script error: {error}"))
    opened.on(
        "console",
        lambda msg: (
            problems.append(f"console: {msg.text}")
            if msg.type == "error" and "Content Security Policy" in msg.text
            else None
        ),
    )
    try:
        yield opened
    finally:
        context.close()
    assert not problems, problems
