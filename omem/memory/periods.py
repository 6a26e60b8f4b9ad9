"""The periods a question asks about ("in March", "the weekend before 2 August", "two weeks
ago", "last summer"), resolved against the moment it is asked, so retrieval can favour the
memories from then. Reads English date language only; how much a period counts is retrieve's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from omem.memory.dates import NUMBERS
from omem.memory.dates import WEEKDAYS
from omem.memory.dates import count_of

_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Period:
    """[start, end) in naive UTC, the clock memories' dates are kept in."""

    start: dt.datetime
    end: dt.datetime
    phrase: str  # the question's words that name it
    span: tuple[int, int]
    # Named inside a clause that describes something ("the mattress I ordered in August",
    # "the relative who stayed in June"): it dates what the question is about, and the
    # answer may come from any time after.
    scoped: bool = False


_MONTHS = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)  # fmt: skip
_MONTH_NUMBER = {name: n for n, name in enumerate(_MONTHS, start=1)} | {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_UNITS = ("first second third fourth fifth sixth seventh eighth ninth").split()
_ORDINALS = {word: n for n, word in enumerate(_UNITS, start=1)} | {
    word: n
    for n, word in enumerate(
        "tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth "
        "eighteenth nineteenth twentieth".split(),
        start=10,
    )
}
_ORDINALS |= {f"twenty-{word}": 20 + n for n, word in enumerate(_UNITS, start=1)}
_ORDINALS |= {"thirtieth": 30, "thirty-first": 31}

_MONTH = rf"(?:{'|'.join(_MONTHS)})"
_MONTH_ANY = rf"(?:{_MONTH}|(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?)(?![a-z])"
_ORDINAL = "|".join(sorted((w.replace("-", "[- ]") for w in _ORDINALS), key=len, reverse=True))
_DAY_OF = rf"(?:(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])|(?:{_ORDINAL})\b)"
_WEEKDAY = rf"(?:{'|'.join(WEEKDAYS)})"
_YEAR = r"(?:19|20)\d\d(?!\d)"
# "Saturday 2 August", "the 3rd of March 2025", "March 3rd, 2025", "Sunday, September 14"
_DATE = (
    rf"(?:(?:(?P<wd1>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<d1>{_DAY_OF})\s+(?:of\s+)?"
    rf"(?P<m1>{_MONTH_ANY})(?:,?\s*(?P<y1>{_YEAR}))?"
    rf"|(?:(?P<wd2>{_WEEKDAY}),?\s+)?(?P<m2>{_MONTH_ANY})\s+(?:the\s+)?(?P<d2>{_DAY_OF})"
    rf"(?:,?\s*(?P<y2>{_YEAR}))?)"
)
_DATE_RE = re.compile(rf"\b{_DATE}", re.I)


def _unnamed(pattern: str) -> str:
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_PLAIN_DATE = _unnamed(_DATE)
_PLAIN_MONTH = rf"(?:{_MONTH}(?:,?\s*{_YEAR})?)"
_RELATIVE_TO_DATE = re.compile(
    rf"\b(?:the\s+|that\s+)?(?P<unit>weekend|week|day|{_WEEKDAY})\s+"
    rf"(?P<rel>of|before|after|following|prior\s+to)\s+(?:the\s+)?(?P<date>{_PLAIN_DATE})",
    re.I,
)
_RANGE = re.compile(
    rf"\b(?:between\s+(?P<a>{_PLAIN_DATE}|{_PLAIN_MONTH})\s+and\s+"
    rf"(?P<b>{_PLAIN_DATE}|{_PLAIN_MONTH})"
    rf"|from\s+(?P<c>{_PLAIN_DATE}|{_PLAIN_MONTH})\s+(?:to|until|till|through|thru)\s+"
    rf"(?P<d>{_PLAIN_DATE}|{_PLAIN_MONTH}))",
    re.I,
)
_WHICH = r"(?P<which>last|this\s+past|this|next|this\s+coming|past|previous)"
_PART = (
    r"(?P<part>early|mid|late|(?:the\s+)?(?:start|beginning|middle|end|first\s+half|"
    r"second\s+half|latter\s+half)\s+of)"
)
_CUE = r"(?P<cue>in|during|of|since|until|till|through|throughout|by|before|after|around)"
_MONTH_RE = re.compile(
    rf"\b(?:{_WHICH}\s+|{_CUE}\s+)?(?:{_PART}[\s-]+)?(?P<month>{_MONTH})\b"
    rf"(?:,?\s*(?:of\s+)?(?P<year>{_YEAR})|\s+(?:of\s+)?(?P<rel>last|this|next)\s+year)?",
    re.I,
)
_SEASON_RE = re.compile(
    rf"\b(?:{_WHICH}\s+|(?P<cue>in|during|over|through|throughout|since|until|by|for)\s+"
    rf"(?:the\s+)?(?:(?P<which2>last|this|past)\s+)?)?(?:(?P<part>early|mid|late)[\s-]+)?"
    rf"(?P<season>summer|fall|autumn|winter|spring)(?:time)?\b"
    rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?",
    re.I,
)
_HOLIDAY_RE = re.compile(
    rf"\b(?:{_WHICH}\s+|(?P<cue>over|at|for|on|around|before|after|since|during|until|by|"
    rf"from)\s+)(?P<name>christmas\s+eve|christmas(?:\s+day)?|new\s+year'?s\s+eve|"
    r"new\s+year'?s(?:\s+day)?|thanksgiving|halloween|valentine'?s(?:\s+day)?|"
    r"independence\s+day|(?:the\s+)?fourth\s+of\s+july)\b",
    re.I,
)
_YEAR_RE = re.compile(rf"\b(?:in|during|since|of|for|throughout)\s+(?P<year>{_YEAR})", re.I)
_SEASONS = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}  # first month

_NUMBER_WORDS = "|".join(sorted(NUMBERS, key=len, reverse=True))
_COUNT = rf"(?:\d+|{_NUMBER_WORDS}|a\s+few|a\s+couple\s+of|a\s+couple)"
_SPANS = {"day": 1, "week": 7, "month": 30, "year": 365}
_BACK = [  # what counts back from the day the question is asked, and words it needs
    ("within", ("last", "past"),
     rf"\b(?:in|during|over|within|for)?\s*the\s+(?:last|past)\s+(?:(?P<n>{_COUNT})\s+)?"
     r"(?P<unit>day|week|month|year)s?\b"),
    ("ago", ("ago", "back", "earlier"),
     rf"\b(?P<n>{_COUNT})\s+(?P<unit>day|week|month|year)s?\s+(?:ago|back|earlier)\b"),
    ("before_yesterday", ("yesterday",), r"\bthe\s+day\s+before\s+yesterday\b"),
    ("yesterday", ("yesterday", "night"), r"\b(?:yesterday|last\s+night)\b"),
    ("today", ("today", "tonight", "morning", "afternoon", "evening"),
     r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|earlier\s+today)\b"),
    ("tomorrow", ("tomorrow",), r"\b(?:the\s+day\s+after\s+)?tomorrow\b"),
    ("other_day", ("other",), r"\bthe\s+other\s+day\b"),
    ("weekend", ("weekend",),
     rf"\b(?:{_WHICH}|over\s+the|on\s+the|at\s+the)\s+weekend\b(?!s)"),
    ("weekday", ("day",), rf"\b(?:{_WHICH}|on|since)\s+(?P<day>{_WEEKDAY})\b"),
    ("before_last", ("before last",), r"\bthe\s+(?P<unit>week|month|year)\s+before\s+last\b"),
    ("earlier", ("earlier",), r"\bearlier\s+this\s+(?P<unit>week|month|year)\b"),
    ("calendar", ("week", "month", "year"), rf"\b{_WHICH}\s+(?P<unit>week|month|year)\b"),
]  # fmt: skip

_PAST = re.compile(
    r"\b(did|was|were|had|went|came|got|saw|took|gave|made|paid|bought|brought|left|met|"
    r"ate|sent|spent|told|said|\w{3,}ed)\b",
    re.I,
)
_FUTURE = re.compile(
    r"\b(will|going to|gonna|upcoming|coming up|scheduled|supposed to|plan(?:s|ning)? to)\b|'ll\b"
    r"|\b(?:am|are|is)\s+(?:i|we|you|he|she|they)\s+\w+ing\b",
    re.I,
)
# What makes a period date a described thing instead of the answer: a relative pronoun
# ("the relative who stayed with me in June"), or a noun followed by a clause of its own
# ("the mattress I ordered in August", "the pills the vet prescribed in September").
_CLAUSE = re.compile(
    r"\b(?!(?:and|so|but|then|well|um|uh|okay|ok|also|now|or)\b)[a-z'-]+,?\s+"
    r"(?:who|whom|whose|which)\b"
    r"|\bthat\s+(?:i|he|she|we|they|you|the|my|his|her|their|our)\b"
    r"|\b(?:the|a|an|my|his|her|their|our|your|this|that|those|these)\s+"
    r"(?:(?!(?:and|or|but)\b)[\w'-]+\s+){1,3}?(?:i|he|she|we|they)\s+(?!(?:and|or)\b)\w+",
    re.I | re.S,
)
_NOUN_CLAUSE = re.compile(  # case-sensitive: a capitalised name is the clause's subject
    r"\b(?:[Tt]he|[Aa]n?|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur|[Yy]our)\s+[\w'-]+(?:\s+[\w'-]+)?"
    r"\s+(?:(?:the|my|his|her|their|our|your|a)\s+[\w'-]+|[A-Z][a-z]+)\s+"
    r"(?:went|came|got|saw|took|gave|made|paid|bought|brought|left|met|sent|told|said|"
    r"found|sold|[a-z]{3,}ed)\b"
)
_PARTICIPLE = re.compile(
    r"\b(?P<before>[\w']+)\s+(?:the|a|an|my|his|her|their|our|your)\s+[\w'-]+(?:\s+[\w'-]+)?"
    r"\s+(?:bought|brought|made|paid|sent|sold|found|given|taken|seen|done|left|got|gotten|"
    r"[a-z]{3,}ed)\b",
    re.I,
)
_AUXILIARIES = frozenset(
    "was were is are am be been being has have had did does do get got gets getting".split()
)
_DETERMINERS = frozenset("my his her their our your the a an".split())
_SINCE = re.compile(r"\bsince\s+$", re.I)


def find_periods(question: str, now: dt.datetime) -> list[Period]:
    """Every period `question` names, resolved against `now` (naive UTC), in the order they
    appear; a phrase is read once, by its most specific reading ("the weekend before
    2 August" is not also "2 August")."""
    lowered = question.lower()
    found: list[Period] = []
    tense: list[str | None] = []  # read once, when a period is found
    for words, pattern, read in _READERS:
        if not any(word in lowered for word in words):
            continue  # cheaper than the pattern, and most questions name no period
        for match in pattern.finditer(question):
            span = match.span()
            if any(span[0] < p.span[1] and p.span[0] < span[1] for p in found):
                continue
            tense = tense or [_tense(question)]
            tail = max(0, span[0] - 12)  # room for "since" and the spaces after it
            before = _SINCE.search(question, tail, span[0])
            since = before is not None or match[0].lower().startswith("since")
            bounds = read(match, now, "past" if since else tense[0])  # "since March" looks back
            if bounds is None:
                continue
            start, end = bounds
            if since:  # from then until the question
                end = max(end, now)
                span = (before.start() if before else span[0], span[1])
            scoped = _describes(question[: span[0]])
            found.append(Period(start, end, question[span[0] : span[1]], span, scoped))
    return sorted(found, key=lambda period: period.span)


def _describes(before: str) -> bool:
    """Whether a period named after `before` sits in a clause describing a thing ("the
    mattress I ordered in August") rather than in the question's own clause."""
    if _CLAUSE.search(before) or _NOUN_CLAUSE.search(before):
        return True
    return any(m.group("before").lower() not in _AUXILIARIES for m in _PARTICIPLE.finditer(before))


def _tense(question: str) -> str | None:
    past, future = _PAST.search(question), _FUTURE.search(question)
    if past and not future:
        return "past"
    if future and not past:
        return "future"
    return None


Bounds = tuple[dt.datetime, dt.datetime]
Reader = Callable[[re.Match[str], dt.datetime, str | None], Bounds | None]


def _pick(
    instance: Callable[[int], Bounds | None],
    now: dt.datetime,
    tense: str | None,
    which: str | None = None,
) -> Bounds | None:
    """One yearly thing (a month, a season, a holiday, a date given without its year): the
    one `which` ("last", "this", "next") or the tense means; else the one under way, else
    the nearest."""
    options = [b for b in (instance(year) for year in range(now.year - 2, now.year + 2)) if b]
    ended = [b for b in options if b[1] <= now]
    ahead = [b for b in options if b[0] > now]
    current = [b for b in options if b[0] <= now < b[1]]
    which = _which(which)
    if which == "last":
        return ended[-1] if ended else None
    if which == "next":
        return ahead[0] if ahead else None
    if which == "this":
        return current[0] if current else instance(now.year)
    if current:
        return current[0]
    if tense == "past" or not ahead:
        return ended[-1] if ended else None
    if tense == "future" or not ended:
        return ahead[0]
    return ended[-1] if now - ended[-1][1] <= ahead[0][0] - now else ahead[0]


def _which(word: str | None) -> str | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    if word in ("last", "this past", "past", "previous"):
        return "last"
    if word in ("next", "this coming"):
        return "next"
    return "this"


def _day(day: dt.date) -> Bounds:
    start = dt.datetime(day.year, day.month, day.day)
    return start, start + _DAY


def _month_bounds(year: int, month: int) -> Bounds:
    index = year * 12 + month  # the next month's, 0-based month
    return dt.datetime(year, month, 1), dt.datetime(index // 12, index % 12 + 1, 1)


def _day_number(text: str) -> int:
    text = " ".join(text.lower().split()).replace(" ", "-")
    digits = re.match(r"\d+", text)
    return int(digits.group()) if digits else _ORDINALS[text]


def _date_of(match: re.Match[str], now: dt.datetime, tense: str | None) -> dt.date | None:
    """The day a `_DATE_RE` match names; a date given without a year is the nearest such
    day (or the one the tense means), preferring years where its weekday fits."""
    first = match.group("d1") is not None
    day = _day_number(match.group("d1") if first else match.group("d2"))
    month = _MONTH_NUMBER[(match.group("m1") if first else match.group("m2")).lower().rstrip(".")]
    year = match.group("y1") if first else match.group("y2")
    weekday = match.group("wd1") if first else match.group("wd2")

    def instance(year: int) -> Bounds | None:
        try:
            return _day(dt.date(year, month, day))
        except ValueError:
            return None

    if year:
        bounds = instance(int(year))
    elif weekday:  # "Saturday 2 August": a year in which 2 August is a Saturday, if any
        wanted = WEEKDAYS.index(weekday.lower())

        def fitting(year: int) -> Bounds | None:
            bounds = instance(year)
            return bounds if bounds and bounds[0].weekday() == wanted else None

        bounds = _pick(fitting, now, tense) or _pick(instance, now, tense)
    else:
        bounds = _pick(instance, now, tense)
    return bounds[0].date() if bounds else None


def _date(match: re.Match[str], now: dt.datetime, tense: str | None) -> Bounds | None:
    day = _date_of(match, now, tense)
    return _day(day) if day else None


def _parse_one(text: str, now: dt.datetime, tense: str | None) -> Bounds | None:
    date = _DATE_RE.fullmatch(text)
    if date:
        return _date(date, now, tense)
    month = _MONTH_RE.fullmatch(text)  # a range's end: its own cue is "between" or "from"
    return _month_named(month, now, tense) if month else None


def _range(match: re.Match[str], now: dt.datetime, tense: str | None) -> Bounds | None:
    first = _parse_one(match.group("a") or match.group("c"), now, tense)
    last = _parse_one(match.group("b") or match.group("d"), now, tense)
    if first is None or last is None:
        return None
    end = last[1]
    while end <= first[0]:  # "from December to February"
        end += 365 * _DAY
    return first[0], end


def _relative_to_date(match: re.Match[str], now: dt.datetime, tense: str | None) -> Bounds | None:
    date = _DATE_RE.fullmatch(match.group("date"))
    day = _date_of(date, now, tense) if date else None
    if day is None:
        return None
    unit, rel = match.group("unit").lower(), " ".join(match.group("rel").lower().split())
    step = {"of": 0, "before": -1, "prior to": -1, "after": 1, "following": 1}[rel]
    if unit == "weekend":
        if step == 0:  # the weekend it falls in, or the one after a weekday
            saturday = day - dt.timedelta(days=(day.weekday() - 5) % 7)
            if day.weekday() < 5:
                saturday = day + dt.timedelta(days=5 - day.weekday())
        elif step < 0:  # the last one over before that day
            two_before = day - 2 * _DAY
            saturday = two_before - dt.timedelta(days=(two_before.weekday() - 5) % 7)
        else:
            after = day + _DAY
            saturday = after + dt.timedelta(days=(5 - after.weekday()) % 7)
        start = _day(saturday)[0]
        return start, start + 2 * _DAY
    if unit == "week":
        monday = _day(day - dt.timedelta(days=day.weekday()))[0] + step * 7 * _DAY
        return monday, monday + 7 * _DAY
    if unit == "day":
        return _day(day + step * _DAY)
    wanted = WEEKDAYS.index(unit)  # "the Friday before 2 August"
    if step < 0:
        return _day(day - dt.timedelta(days=(day.weekday() - wanted - 1) % 7 + 1))
    if step > 0:
        return _day(day + dt.timedelta(days=(wanted - day.weekday() - 1) % 7 + 1))
    return None


def _is_month(match: re.Match[str]) -> bool:
    """A month name is a month when something says so: a preposition or "last"/"this"
    before it, "early"/"late", or a year. "May" also needs a capital or a preposition (not
    "this may be")."""
    if not (match.group("which") or match.group("cue") or match.group("part")):
        if not (match.group("year") or match.group("rel")):
            return False
    if match.string[match.end("month") :].startswith(("'s", "\u2019s")):
        return False  # "June's dog": a name
    if match.group("month").lower() == "may" and not match.group("month")[0].isupper():
        return bool(match.group("cue") or match.group("part") or match.group("year"))
    return not (match.group("which") and _after_determiner(match))


def _after_determiner(match: re.Match[str]) -> bool:
    """ "my last fall", "the last June I had": "last" is not a time word there."""
    before = match.string[: match.start()].split()
    return bool(before) and before[-1].lower() in _DETERMINERS


def _month(match: re.Match[str], now: dt.datetime, tense: str | None) -> Bounds | None:
    return _month_named(match, now, tense) if _is_month(match) else None


def _month_named(match: re.Match[str], now: dt.datetime, tense: str | None) -> Bounds | None:
    month = _MONTH_NUMBER[match.group("month").lower()]
    part = " ".join((match.group("part") or "").lower().split()).removeprefix("the ")

    def instance(year: int) -> Bounds:
        start, end = _month_bounds(year, month)
        return _part_of(start, end, part)

    if match.group("year"):
        return instance(int(match.group("year")))
    rel = (match.group("rel") or "").lower()
    if rel:
        return instance(now.year + {"last": -1, "this": 0, "next": 1}[rel])
    return _pick(instance, now, tense, match.group("which"))


def _part_of(start: dt.datetime, end: dt.datetime, part: str) -> Bounds:
    """Early, mid, late (or the start, middle, end, a half) of a month or season."""
    days = (end - start).days
    thirds = {"early": 0, "start of": 0, "beginning of": 0, "mid": 1, "middle of": 1}
    thirds |= {"late": 2, "end of": 2}
    if part in thirds:
        first = round(days * thirds[part] / 3)
        last = round(days * (thirds[part] + 1) / 3)
        return start + first * _DAY, start + last * _DAY
    if part == "first half of":
        return start, start + (days // 2) * _DAY
    if part in ("second half of", "latter half of"):
        return start + (days // 2) * _DAY, end
    return start, end


def _is_season(match: re.Match[str]) -> bool:
    if not (match.group("which") or match.group("cue") or match.group("year")):
        return False
    if match.group("season")[0].isupper() and re.match(r"\s+[A-Z]", match.string[match.end() :]):
        return False  # "in Spring Valley": a place
    return not (match.group("which") and _after_determiner(match))


def _season(match: re.Match[str], now: dt.datetime, tense: str | None) -> Bounds | None:
    if not _is_season(match):
        return None
    first = _SEASONS[match.group("season").lower()]
    part = (match.group("part") or "").lower()

    def instance(year: int) -> Bounds:
        # From the first of its first month to the solstice or equinox that ends it: people
        # mean either by "the fall", so the season is the longer of the two.
        start = dt.datetime(year, first, 1)
        last_year, last_month = _plus_months(year, first, 3)
        return _part_of(start, dt.datetime(last_year, last_month, 22), part)

    if match.group("year"):
        return instance(int(match.group("year")))
    return _pick(instance, now, tense, match.group("which") or match.group("which2"))


def _plus_months(year: int, month: int, months: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + months
    return index // 12, index % 12 + 1


def _holiday(match: re.Match[str], now: dt.datetime, tense: str | None) -> Bounds | None:
    name = " ".join(match.group("name").lower().replace("'", "").split()).removeprefix("the ")

    def instance(year: int) -> Bounds:
        if name == "thanksgiving":  # the fourth Thursday of November, and its long weekend
            first = dt.date(year, 11, 1)
            thursday = first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)
            start = _day(thursday)[0]
            return start, start + 4 * _DAY
        if name == "christmas":
            return dt.datetime(year, 12, 24), dt.datetime(year, 12, 27)
        fixed = {
            "christmas eve": (12, 24), "christmas day": (12, 25), "new years eve": (12, 31),
            "new years": (1, 1), "new years day": (1, 1), "halloween": (10, 31),
            "valentines": (2, 14), "valentines day": (2, 14), "independence day": (7, 4),
            "fourth of july": (7, 4),
        }  # fmt: skip
        return _day(dt.date(year, *fixed[name]))

    return _pick(instance, now, tense, match.group("which"))


def _back(kind: str, match: re.Match[str], now: dt.datetime, tense: str | None) -> Bounds | None:
    """Periods counted back (or forward) from the day the question is asked."""
    today = dt.datetime(now.year, now.month, now.day)
    fixed = {"before_yesterday": -2, "yesterday": -1, "today": 0}
    if kind in fixed:
        start = today + fixed[kind] * _DAY
        return start, start + _DAY
    if kind == "tomorrow":
        days = 2 if match.group().lower().startswith("the") else 1
        return today + days * _DAY, today + (days + 1) * _DAY
    if kind == "other_day":
        return today - 7 * _DAY, today
    if kind in ("within", "ago"):
        return _counted(kind, match, now, today)
    if kind == "weekend":
        return _weekend(match, today, tense)
    if kind == "weekday":
        return _weekday(match, today, tense)
    unit = match.group("unit").lower()
    if kind == "before_last":
        return _calendar(unit, today, -2)
    if kind == "earlier":
        return _calendar(unit, today, 0)[0], now
    return _calendar(unit, today, {"last": -1, "this": 0, "next": 1}[_which(match["which"]) or ""])


def _counted(kind: str, match: re.Match[str], now: dt.datetime, today: dt.datetime) -> Bounds:
    """ "in the last three weeks", "two months ago", "a few days ago"."""
    count_word = match.group("n")
    vague = bool(count_word) and bool(re.search(r"few|couple", count_word, re.I))
    count = count_of(" ".join(count_word.split())) if count_word else 1
    span = _SPANS[match.group("unit").lower()]
    if kind == "within":
        return now - count * span * _DAY, now
    center = today - count * span * _DAY
    if vague:  # "a few days ago": from a couple of days to about twice that
        return today - 2 * count * span * _DAY, today - max(1, span) * _DAY
    if span == 1:
        return center, center + _DAY
    half = dt.timedelta(days=span / 2)
    return center - half, center + half


def _weekend(match: re.Match[str], today: dt.datetime, tense: str | None) -> Bounds:
    """The Saturday and Sunday meant: "last" the one before today (or before this one, said
    on a weekend); "next" the one after; "this" or "over the" the one under way or, in the
    past tense, just gone, else the coming one."""
    which = _which(match.group("which")) or "this"
    saturday = today + dt.timedelta(days=5 - today.weekday())  # this (Mon-start) week's
    if which == "last":
        saturday -= 7 * _DAY
    elif which == "next":
        saturday += 7 * _DAY
    elif tense == "past" and saturday > today:
        saturday -= 7 * _DAY
    return saturday, saturday + 2 * _DAY


def _weekday(match: re.Match[str], today: dt.datetime, tense: str | None) -> Bounds:
    """ "last Friday": the Friday before today; "next Friday": the one after this week's;
    "on Friday": the one just gone in the past tense, else the coming one (today counts)."""
    wanted = WEEKDAYS.index(match.group("day").lower())
    which = _which(match.group("which"))
    back = (today.weekday() - wanted) % 7 or 7  # days since the last one before today
    if which == "last" or (which is None and tense == "past"):
        day = today - back * _DAY
    elif which == "next":
        day = today + ((wanted - today.weekday()) % 7 + 7) * _DAY
    elif tense == "future" or which == "this":
        day = today + ((wanted - today.weekday()) % 7) * _DAY
    else:  # no tense: the nearest
        ahead = (wanted - today.weekday()) % 7
        day = today + ahead * _DAY if ahead <= back else today - back * _DAY
    return day, day + _DAY


def _calendar(unit: str, today: dt.datetime, step: int) -> Bounds:
    """The calendar week (Monday first), month or year `step` from this one."""
    if unit == "week":
        monday = today - today.weekday() * _DAY + step * 7 * _DAY
        return monday, monday + 7 * _DAY
    if unit == "month":
        year, month = _plus_months(today.year, today.month, step)
        return _month_bounds(year, month)
    return dt.datetime(today.year + step, 1, 1), dt.datetime(today.year + step + 1, 1, 1)


def _year(match: re.Match[str], now: dt.datetime, tense: str | None) -> Bounds:
    year = int(match.group("year"))
    return dt.datetime(year, 1, 1), dt.datetime(year + 1, 1, 1)


def _counting_back(kind: str) -> Reader:
    def read(match: re.Match[str], now: dt.datetime, tense: str | None) -> Bounds | None:
        return _back(kind, match, now, tense)

    return read


_MONTH_WORDS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_HOLIDAY_WORDS = ("christmas", "new year", "thanksgiving", "halloween", "valentine",
                  "independence", "fourth of july")  # fmt: skip
# Most specific first: a phrase one of them reads is not read again by a later one. Each
# runs only when the question holds one of its words.
_READERS: list[tuple[tuple[str, ...], re.Pattern[str], Reader]] = [
    (_MONTH_WORDS, _RANGE, _range),
    (_MONTH_WORDS, _RELATIVE_TO_DATE, _relative_to_date),
    (_MONTH_WORDS, _DATE_RE, _date),
    (_HOLIDAY_WORDS, _HOLIDAY_RE, _holiday),
    (_MONTH_WORDS, _MONTH_RE, _month),
    (tuple(_SEASONS), _SEASON_RE, _season),
    (("19", "20"), _YEAR_RE, _year),
    *((words, re.compile(pattern, re.I), _counting_back(kind)) for kind, words, pattern in _BACK),
]
