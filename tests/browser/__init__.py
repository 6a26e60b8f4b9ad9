"""The console in a real browser: Playwright drives Debian's Chromium against a live omem
(gunicorn on loopback and a real consumer). `live.py` starts both; `screenshots.py` is
`make screenshots`."""
