"""The one clock: naive UTC datetimes, as stored in every DateTimeField.

Time-dependent code takes `now` as a parameter and defaults to `utcnow()`.
"""

from __future__ import annotations

import datetime as dt


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def from_unix(seconds: float) -> dt.datetime:
    return dt.datetime.fromtimestamp(seconds, dt.UTC).replace(tzinfo=None)
