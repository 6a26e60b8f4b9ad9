"""A value said to be gone (issue 15): a memory that says a value no longer holds closes the
caller's earlier memories that state it, whatever kind of fact it was, in English and in the
Spanish, German and French kept as said. omem.memory.supersede reads slots; this needs none."""

from __future__ import annotations

import re
from dataclasses import dataclass

from omem.memory.keywords import tokenize
from omem.memory.languages import BY_LANGUAGE
from omem.memory.languages import Words
from omem.memory.supersede import ASK_YOU
from omem.memory.supersede import CONSUMED
from omem.memory.supersede import MONTH
from omem.memory.supersede import ORDERED
from omem.memory.supersede import PARTNER
from omem.memory.supersede import REMOVAL
from omem.memory.supersede import REMOVE
from omem.memory.supersede import STRIKE
from omem.memory.supersede import SUMMARY
from omem.memory.supersede import WEEKDAY
from omem.memory.supersede import lead
from omem.memory.supersede import someone_else
from omem.memory.supersede import statements

# A value the caller says no longer holds, in any words: "Don't use 5552180 any more", "I'm
# not at Halden Logistics any more", "I've gone right off chamomile", "Tom and I are
# finished", "Biscuit didn't make it through the winter", "it's Thursdays now, not Tuesdays".
# The caller's earlier statements of that value are closed by the one that retracts it,
# whatever kind of fact it was: the rules above need to know the kind, this needs only the
# value and a word that says it has gone.
# What the caller did to it: only the caller's own doing counts ("the coffee maker quit" is
# not the caller quitting coffee).
_GONE_ACT = (
    r"stopped courting(?=[,.;!?]|$)|stopped|quit|"
    r"quitting|gave up|"
    r"given up|giving up|kicked|packed in|done with|"
    r"(?:gone|went|going) (?:right )?off|shut down|closed (?:down )?(?:the|their|that)|"
    r"cancell?ed|left (?:their|the) (?:old )?(?:job|place|flat|house)|(?-i:left [A-Z]\w+)|"
    r"split up|broke up|(?:sold|scrapped|part-exchanged|traded in|got rid of|gotten rid of)"
    r"(?= (?:the|their)\b)|moved (?:out of|away from|on from)|switched from|swapped (?:from|out)|"
    r"turned (?:their|my) back on|not using|(?:don't|doesn't|do not|does not) use|not at|"
    r"last day (?:at|with)(?=.* (?:was|were)\b)(?!.*\b(?:before|until|then)\b)|"
    r"(?:dropped|outgrown|outgrew)(?= (?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))*(?:[,;.!?]|$))|"
    r"handed (?:in )?(?:their|the caller's) notice (?:in )?(?:at|to)|resigned from|"
    r"(?:got |was |were |been )?made redundant (?:from|by)|(?:nobody|no one|no-one) calls "
    r"(?:the caller|them)"
)
# What became of it: the value is what the clause is about ("Biscuit didn't make it", "Dr Patel
# retired", "Tom moved out", "Tom and I are finished").
_GONE_ITSELF = (
    r"did(?:n't| not) make it|passed away|died|retired|re-?homed|a new home|moved out(?! of)|"
    r"are (?:finished|over|through)(?![ \w])"
)
# That it no longer holds for the caller: only with the caller in the clause ("the caller
# isn't at Halden any more", "red meat is off the menu for the caller") or as an order or a
# bare phrase ("Don't use 5552180 any more", "No more coffee"); "Sarah doesn't live in Leeds
# any more" is Sarah's.
_GONE_STATE = (
    r"any ?more|no longer|no more|off the menu|(?:it's|it is|that's|that is) (?:finished|over)|"
    r"ended|cut off|"
    r"bounces|" + _GONE_ITSELF
)
_ORDER = re.compile(r"^(?:don't|do not|no more|no longer|not|never|stop)\b", re.IGNORECASE)
_ITSELF = re.compile(rf"\b(?:{_GONE_ITSELF})\b", re.IGNORECASE)
_CALLERS = re.compile(r"\b(?:the caller|they|them|their|theirs)\b", re.IGNORECASE)
# Not a change: a negated cue, a question, something forgotten, a part kept ("not on Mondays
# any more, just Wednesdays"; "quit the group but still walk there").
_NOT_A_CHANGE = re.compile(
    r"\b(?:haven't|hasn't|didn't|don't|doesn't|hadn't) (?:\w+ )?(?:gone|stopped|quit|given|"
    r"left|kicked|packed)|\b(?:remember|forgot|forgotten)\b",
    re.IGNORECASE,
)
_KEPT = re.compile(r"\b(?:just|only|still)\b", re.IGNORECASE)
# A question states nothing, unless it asks for a change ("Could you take coffee off my usual
# order?"): a request is read as what it asks for.
_SENTENCES = re.compile(r"(?<=[.!?])\s+")
_ASKED = re.compile(rf"^{ASK_YOU}", re.IGNORECASE)
# "It's Jo. Not Bea.": a name set right beside the one it replaces
_NAME_NOT = re.compile(
    # the caller's own words, not "Tom said it's Jo. Not Bea."
    rf"(?:^(?:the caller said )?|(?<=[.!?] ))it(?: is|'s) (?!(?:{WEEKDAY}|{MONTH})\b)"
    rf"(?-i:[A-Z][a-z]+)[.,;] not "
    rf"(?!(?:{WEEKDAY}|{MONTH})\b)(?-i:[A-Z][a-z]+)[.!]?(?: not any ?more[.!]?)?$",
    re.IGNORECASE,
)
_GONE = re.compile(
    rf"\b(?:{_GONE_ACT}|{_GONE_STATE})\b|\bnow,? not\b|{_NAME_NOT.pattern}", re.IGNORECASE
)
_ACT = re.compile(rf"\b(?:{_GONE_ACT})\b", re.IGNORECASE)
_STATE = re.compile(rf"\b(?:{_GONE_STATE})\b", re.IGNORECASE)
_BY_CALLER = re.compile(
    r"^(?:the caller|they)\b|\b(?:the caller|they)(?: and others)? (?:\w+ ){0,3}$"
    r"|\b(?:the caller's|their) $"  # "the caller's last day at Halden"
)
# Whom the caller parted from is named before the cue: "Tom and the caller broke up".
_PARTED = re.compile(
    r"^(?:broke up|split up|stopped courting)$",
    re.IGNORECASE,
)
# "Put Marcus down as my partner instead of Tom": what it replaces has gone, when it is set on
# the record or the clause says it stands ("peppermint instead of chamomile now"); never only
# for once ("walked instead of driving today").
_INSTEAD_OF = re.compile(r"\binstead of (?P<old>.+)$", re.IGNORECASE)
_ONCE = re.compile(r"\b(?:today|tonight|this time|this once|for now)\b", re.IGNORECASE)
# Set on the caller's record ("put Marcus down as my partner", "change my GP to …"): a
# booking made instead of another ("book Dr Okafor instead of Dr Patel for Tuesday") is not.
_ON_RECORD = re.compile(
    r"\b(?:down as|as (?:the caller's|their) \w+|"
    r"(?:change|update|set|swap) (?:the caller's|their) \w+)\b",
    re.IGNORECASE,
)
_UNTIL_REASON = re.compile(r"\s+(?:for|this|that|because|on|at|until|when|while)\b", re.IGNORECASE)
_STANDS = re.compile(
    r"\b(?:now|from now on|from here on|these days|going forward|in future)\b", re.IGNORECASE
)
# The value struck out ends where what replaces it begins: "cross out X and put Y". Taken off
# the caller's record ("take Biscuit off my notes"), or crossed out by name; never a booking's
# ("remove Rex from the booking", "take the starter off the order").
_STRUCK = re.compile(
    rf"^{ORDERED}(?:(?:{STRIKE}|{REMOVE}) (?P<v>.+?)|take (?P<w>.+?) off (?P<of>[^,]+))"
    r"(?:,? (?:and|then) .*)?$",
    re.IGNORECASE,
)
_RECORD = re.compile(
    r"\b(?:notes?|file|records?|account|details|profile|system|usual|regular|standing)\b",
    re.IGNORECASE,
)
_CROSSED = re.compile(rf"^{ORDERED}(?:{STRIKE})\b", re.IGNORECASE)
_BOOKING = re.compile(  # a booking's, unless it is their usual or standing one
    r"^(?!.*\b(?:usual|regular|standing)\b).*\b(?:booking|bookings|order|invite|invitation|"
    r"table|delivery|reservation|guest|guests|party|trip|appointment|lunch|dinner)\b",
    re.IGNORECASE,
)
_BY_NAME = re.compile(r"\b[A-Z]|\d|@")
_NOT = re.compile(r"^not (?P<old>.+)$", re.IGNORECASE)
_FROM_TO = re.compile(
    r"\b(?:switched|changed|moved|went|swapped|upgraded|gone|switching|changing|moving) "
    r"(?:\w+ ){0,2}from (?P<old>.{1,80}?) (?:to|for)\b"
    r"|(?<!would )(?<!to )(?<!might )(?<!could )\b(?:part-exchanged|traded(?: in)?|exchanged|"
    r"swapped) (?P<given>(?:(?!\bwith\b).){1,80}?) for\b"
    r"|^(?:please )?(?:swap|exchange) (?!with\b)(?P<ordered>.{1,80}?) for\b",
    re.IGNORECASE,
)
# What the caller used to be, have or do, now over: "used to be with Tom, but these days …",
# "their favourite tea used to be chamomile", "used to work at Halden Logistics".
_USED_TO = re.compile(
    r"\b(?:the caller|they|(?:the caller's|their)(?: \w+){1,2}?)(?: and others)? used to "
    r"(?:be with|be called|be|live (?:at|in|on)|work (?:at|for)|drive|go by|see|"
    r"be registered with) (?P<old>[^,;]{1,60}?)(?=[,;]|$| but\b| now\b| these days\b)",
    re.IGNORECASE,
)
# ... never a childhood or a time long gone: "used to live on Birch Lane when they were little"
_LONG_AGO = re.compile(
    r"\bwhen (?:they|the caller) (?:was|were) (?:little|young|small|a (?:kid|child|girl|boy|"
    r"teenager|student)|at (?:school|uni|university|college))\b|\bas a (?:kid|child|girl|boy|"
    r"teenager)\b|\bgrowing up\b|\byears ago\b|\bback in the day\b"
    r"|\bin (?:the )?(?:19|20)\d\ds?\b",
    re.IGNORECASE,
)
_FORGOT_AS_SAID = re.compile(
    r"\b(?:acuerdo|recuerdo|sais plus|sait plus|souviens|weiß nicht mehr|weiss nicht mehr|"
    r"erinnere)\b",
    re.IGNORECASE,
)
_WORDS_AS_SAID = re.compile(r"[^\W\d_][\w'’-]*")
_CLAUSE_AS_SAID = re.compile(r"[;:.!?¿¡]+\s*|,\s*|\s+(?:sino|sondern|mais)\s+")
_TITLES = frozenset("Dr Mr Ms St Mt Jr Sr".split())
_CLAUSE = re.compile(
    # a title's full stop ends no clause: "switched from Dr. Patel to Dr. Okafor"
    r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bSt)[;:.!?]+(?:\s+|$)|,\s*"
    r"|\s+(?:so|but|because|since|and then)\s+"
    r"|\s+and (?=the caller\b|they\b)"  # "Dr Patel retired and the caller has moved to …"
)
# A clause that says what it retracts only as "that" or "it" ("You'll have 5552180 for me,
# but that's not mine any more"): the value by name in the clause before.
_THAT = re.compile(r"^(?:but |and )?(?:that|it|this|those)\b", re.IGNORECASE)
_DOCTOR = re.compile(r"\bDr\.? [A-Z]")  # a doctor who retired is no longer theirs
_NOT_THEIRS = re.compile(
    r"\bnot (?:theirs|the caller's|mine|their (?:number|email|address|car|job))\b", re.IGNORECASE
)
_WHOSE = re.compile(r"\b[A-Z][a-z]+'s\b")  # "Sarah's job at Tesco, that's finished": hers
# A dated event stays what happened: "The caller had coffee with Sam on 3 May 2025."
_EVENT = re.compile(
    rf"\b(?:\d{{1,2}} [A-Z][a-z]+ \d{{4}}|[A-Z][a-z]+ \d{{4}}|"
    rf"(?<!\d[ -])(?:19|20)\d{{2}}(?![ -]?\d)|"
    rf"\d{{1,2}}(?:st|nd|rd|th)? of (?i:{MONTH})|(?i:{MONTH}) \d{{1,2}}(?:st|nd|rd|th)?)\b"
)
# An email or a number is a value as written.
_LITERAL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d{3,}")
_WORDS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\d+|[A-Za-z][A-Za-z'-]*")
# "the old car", "their job": a thing named by its kind, not its value; "the coffee habit"
# keeps its modifier.
_DETERMINERS = frozenset(
    "the a an their my his her our this that these those its caller's".split()
)
# "the old car", "their previous place": the kind of what has gone, never its value.
_FORMER = frozenset("old previous former other".split())
# "That's not what the caller goes by any more": the value is pointed at, not named.
_POINTING = re.compile(r"^(?:but |and )?(?:that|it|this)(?:'s| is| was)\b", re.IGNORECASE)
# What a retraction's clause says besides its value; never a value itself.
_NOT_VALUES = frozenset(
    tokenize(
        """
        caller they them their theirs it its one ones now new old thing things stuff lot bit
        really just all still also use used using got get gets getting have has had been go
        eat eats eating ate drink drinks drinking drank smoke smokes smoking
        went gone going take took make made done off more longer thank thanks please sorry
        well yes no not never ever anything everything something nothing ago week weeks month
        months year years day days time times today yesterday last first other others habit
        habits menu way place home number email address account job work slot class course
        person lots kind sort evening evenings morning mornings night nights afternoon
        afternoons weekend weekends two three four five six seven eight nine ten eleven twelve
        twenty thirty half couple few several many much some any every whole lovely bad good
        big little right milligram milligrams mg microgram micrograms mcg
        check-up checkup appointment appointments booking bookings
        like likes liked liking love loves loved loving prefer prefers preferred enjoy enjoys
        um umm uh er erm yeah yep know mean sort kinda basically literally
        don't doesn't didn't isn't aren't wasn't won't can't haven't hasn't
        """
    )
)
# A weekday or a month names many things: it closes a memory only beside the same subject
# ("pottery … not Tuesdays" closes "Pottery is on Tuesdays", not "The dentist is on Tuesday").
_WEAK = frozenset(tokenize(re.sub(r"[^a-z]+", " ", f"{WEEKDAY} {MONTH}").replace(" s ", " ")))


# The same in the callers' own words, with the parts of the day ("plus le matin" closes a
# call time, not "je cours le matin").
_TIMES_OF_DAY = {
    "es": "mañana mañanas tarde tardes noche noches mediodía",
    "de": "morgens vormittags vormittag nachmittags nachmittag abends abend mittags",
    "fr": "matin matins soir soirs après-midi midi",
}
_WEAK_AS_SAID = {
    language: frozenset(
        tokenize(" ".join((*words.weekdays, *words.months, _TIMES_OF_DAY[language])), language)
    )
    for language, words in BY_LANGUAGE.items()
}


@dataclass(frozen=True)
class Retraction:
    """What a memory says no longer holds: per clause that says so, its value as keyword
    stems and written emails and numbers (an earlier memory must hold all of one clause's);
    and the stems of the whole memory (`topic`), which a weak value needs beside it."""

    values: tuple[frozenset[str], ...]
    topic: frozenset[str]
    language: str = "en"  # whose stems `values` and `topic` are
    # Words written with a capital, lower-cased: inside a sentence (a name: "Sadly Biscuit
    # died"), and opening one ("Coffee's off the menu" or "Biscuit passed away").
    named: frozenset[str] = frozenset()
    opening: frozenset[str] = frozenset()

    def stems(self) -> frozenset[str]:
        """The keyword stems an earlier memory must contain one of (an index's lookup)."""
        return frozenset(
            t
            for clause in self.values
            for v in clause
            for t in (
                tokenize(v, None if self.language == "en" else self.language)
                if _LITERAL.fullmatch(v)
                else (v,)
            )
        )


def _value_as_said(rest: str, language: str) -> frozenset[str]:
    """`_value` of a clause in the caller's own words: a name if there is one (German nouns
    too), else the language's stems; literals as written."""
    literals = {w.lower() for w in _LITERAL.findall(rest)}
    words = _WORDS_AS_SAID.findall(_LITERAL.sub(" ", rest).strip())
    names = [w for i, w in enumerate(words) if i > 0 and w[:1].isupper()]
    dropped = _NOT_VALUES | BY_LANGUAGE[language].filler_words
    stems = tokenize(" ".join(names or words), language)
    return frozenset({t for t in stems if t not in dropped and len(t) > 2} | literals)


def _value(rest: str, language: str = "en") -> frozenset[str]:
    """The value a clause names, without its cue: literals as written, words as stems; a
    lower-case word that heads a determiner's phrase ("the old car") is its kind."""
    if language != "en":
        return _value_as_said(rest, language)
    words = _WORDS.findall(rest.strip())
    # A name or a written value is the value; only without one do plain words say it.
    named = [
        w.lower() if _LITERAL.fullmatch(w) else w
        for i, w in enumerate(words)
        if _LITERAL.fullmatch(w)
        or (
            i > 0
            and w[:1].isupper()
            and _NOT_VALUES.isdisjoint(tokenize(w))
            and not _WEAK & set(tokenize(w))
        )
    ]
    if named:
        stems = {t for t in tokenize(" ".join(w for w in named if not _LITERAL.fullmatch(w)))}
        literals = {w for w in named if _LITERAL.fullmatch(w)}
        return frozenset({t for t in stems if t not in _NOT_VALUES} | literals)
    kept: list[str] = []
    for i, word in enumerate(words):
        if _LITERAL.fullmatch(word):
            kept.append(word.lower())
            continue
        lower = word.lower()
        if lower in _DETERMINERS or lower.endswith("ly"):
            continue
        after_determiner = any(w.lower() in _DETERMINERS for w in words[max(0, i - 2) : i])
        heads = i + 1 == len(words) or words[i + 1][:1].isupper() or not words[i + 1].isalpha()
        former = i > 0 and words[i - 1].lower() in _FORMER
        if word.islower() and after_determiner and (heads or former) and lower not in CONSUMED:
            continue  # "the old car" names its kind; "the red meat" is the meat
        kept.append(word)
    stems = {t for t in tokenize(" ".join(w for w in kept if not _LITERAL.fullmatch(w)))}
    literals = {w for w in kept if _LITERAL.fullmatch(w)}
    short_names = {  # Jo, Al; never a title
        w.lower() for w in kept if re.fullmatch(r"[A-Z][a-z]", w) and w not in _TITLES
    }
    value = {
        t for t in stems if t not in _NOT_VALUES and (len(t) > 2 or t in short_names)
    } | literals
    # "Tom moved out in March": the month says when, Tom what has gone
    return frozenset(value - _WEAK if value - _WEAK else value)


def _retracted_as_said(content: str, words: Words) -> Retraction | None:
    """`retracted` for a memory kept in the caller's own words (Spanish, German, French):
    the language's cue ("ya no soy enfermera"), a value beside it or, where the cue stands
    alone ("lo de llamarme por la tarde, ya no"), in the clause before; never a clause
    about someone else ("mi cuñada ya no …")."""
    if _FORGOT_AS_SAID.search(content):
        return None  # "Ya no me acuerdo del nombre", "je ne sais plus": forgotten, not changed
    changed = words.from_to.search(content)
    values: list[frozenset[str]] = []
    if changed and not words.people.search(content):
        values.append(_value(changed.group("old"), words.language))
    before = ""
    for clause in _CLAUSE_AS_SAID.split(content):
        clause = clause.strip()
        if words.gone.search(clause) and not words.people.search(clause):
            value = _value(words.gone.sub(" ", clause), words.language) or (
                _value(before, words.language) if not words.people.search(before) else None
            )
            if value:
                values.append(value)
        before = clause
    values = [v for v in values if v]
    if not values:
        return None
    topic = frozenset(tokenize(content, words.language)) - _NOT_VALUES
    return Retraction(tuple(values), topic, words.language)


def _joined(stated: list[str]) -> Retraction | None:
    """What a memory's statements retract, together (None when none retracts anything)."""
    found = [r for said in stated if (r := retracted(said))]
    if not found:
        return None
    return Retraction(
        tuple(v for r in found for v in r.values),
        frozenset().union(*(r.topic for r in found)),
        named=frozenset().union(*(r.named for r in found)),
        opening=frozenset().union(*(r.opening for r in found)),
    )


def _told(content: str) -> list[str]:
    """A memory's sentences that state something: a question only as the change it asks for
    ("Could you take coffee off my usual order?" is "Take coffee off my usual order")."""
    out = []
    for sentence in _SENTENCES.split(content.strip()):
        if not sentence.endswith("?"):
            out.append(sentence)
        elif asked := _ASKED.match(sentence):
            rest = sentence[asked.end() :].rstrip("?")
            out.append(rest[:1].upper() + rest[1:] + ".")
    return out


_BARE_NAME = re.compile(r"^[A-Z]\w+(?: [A-Z]\w+)?$")


def _clauses(text: str) -> list[str]:
    """`text`'s clauses; a name alone before "and the caller" stays with it ("Tom and the
    caller broke up" is one clause)."""
    out: list[str] = []
    for piece in _CLAUSE.split(text):
        joined = f"{out[-1]} and {piece}" if out else ""
        if out and _BARE_NAME.match(out[-1]) and joined in text:
            out[-1] = joined
        else:
            out.append(piece)
    return out


def retracted(content: str, language: str = "en") -> Retraction | None:
    """What `content` (a memory in `language`) says no longer holds for the caller, or None
    (most memories)."""
    if language != "en":
        words = BY_LANGUAGE.get(language)
        return _retracted_as_said(content, words) if words else None
    if content.startswith('The caller asked: "'):
        return _joined(statements(content))
    if SUMMARY.match(content):
        return None
    if "?" in content:
        # only sentences without a "?" go round again: one that keeps it states nothing
        return _joined([said for said in _told(content) if "?" not in said])
    cue = (
        _GONE.search(content)
        or _USED_TO.search(content)
        or _FROM_TO.search(content)
        or _INSTEAD_OF.search(content)
        or REMOVAL.match(lead(content))
    )
    if cue is None or _NOT_A_CHANGE.search(content) or _KEPT.search(content, cue.end()):
        return None
    text = lead(content)
    if someone_else(text.lower()):
        return None
    values: list[frozenset[str]] = []
    before = ""
    for clause in _clauses(text):
        clause, before = clause.strip(), before.strip()
        not_ = _NOT.match(clause)
        if not_ and (before.lower().endswith(" now") or _NAME_NOT.search(f"{before}. {clause}")):
            rest = not_.group("old")  # "it's Thursdays now, not Tuesdays": Tuesdays have gone
        elif (used := _USED_TO.search(clause)) and not _LONG_AGO.search(clause):
            rest = used.group("old")  # "the caller used to be with Tom": Tom has gone
        elif changed := _FROM_TO.search(clause):
            # "switched from Tesco to Aldi", "part-exchanged the Civic for a Mazda"
            rest = changed.group("old") or changed.group("given") or changed.group("ordered")
        elif (
            (instead := _INSTEAD_OF.search(clause))
            and (_STANDS.search(clause) or _ON_RECORD.search(clause))
            and not _ONCE.search(clause)
        ):
            # "put Marcus down as my partner instead of Tom": Tom has gone
            rest = _UNTIL_REASON.split(instead.group("old"), maxsplit=1)[0]
        elif (
            (struck := _STRUCK.match(clause))
            and not _BOOKING.search(clause)
            and (
                _RECORD.search(struck.group("of") or struck.group(0))
                or (_CROSSED.match(clause) and _BY_NAME.search(struck.group("v") or ""))
            )
        ):
            rest = struck.group("v") or struck.group("w")  # "cross out 14 Birch Lane"
        elif _STATE.search(clause) and (
            _ITSELF.search(clause)
            or _CALLERS.search(clause)
            or _ORDER.match(clause)
            or (_THAT.match(clause) and _NOT_THEIRS.search(clause) and not _WHOSE.search(before))
        ):
            itself = _ITSELF.search(clause)
            if (
                itself
                and itself.group(0).lower() == "retired"
                and not _DOCTOR.search(clause[: itself.start()])
            ):
                # "Tom retired in March" left work, not the caller's life; "the caller's doctor
                # has retired and their GP is Dr Okafor now" names no doctor who went
                before = clause
                continue
                continue
            if itself and _value(clause[: itself.start()]):
                rest = clause[: itself.start()]  # "Dr Patel retired at Christmas": Dr Patel
            else:
                rest = _STATE.sub(" ", clause)  # "Biscuit didn't make it", "no more coffee"
            if _POINTING.match(clause) and not _BY_NAME.search(rest, 1):
                rest = ""  # what "that" points at is in the clause before, if anywhere
            if (
                _THE_OLD_ONE.search(clause)
                or _LIVES_THERE.search(clause)
                or _THE_OTHER.search(clause)
            ):
                rest = ""  # "their favourite tea isn't the old one any more": no value named
            if (
                not _value(rest)
                and _THAT.match(clause)
                and _NOT_THEIRS.search(clause)
                and _BY_NAME.search(before)
                and not _WHOSE.search(before)
            ):
                rest = before  # "… 5552180 for the caller, but that's not theirs any more"
        elif (act := _ACT.search(clause)) and (
            act.start() == 0 or _BY_CALLER.search(clause[: act.start()])
        ):
            # what the caller gave up: "quit coffee"; "handed their notice in at Halden and
            # started at the Clinic": only Halden
            rest = re.split(r"\s+and\s+", clause[act.end() :])[0]
            if _PARTED.match(act.group(0)) and not rest.strip(" .,!"):
                rest = clause[: act.start()]  # "Tom and the caller broke up": Tom
        else:
            before = clause
            continue
        before = clause
        if value := _value(rest):
            values.append(value)
    if not values:
        return None
    named, opening = _capitals(content)  # as said: "Sadly Biscuit died" names Biscuit
    return Retraction(tuple(values), frozenset(tokenize(text)) - _NOT_VALUES, "en", named, opening)


# What is no longer so, pointed at without being named: "isn't the old one any more"
# where "there" points at the place, named elsewhere: "the caller doesn't live there any more"
_LIVES_THERE = re.compile(
    r"\b(?:live|lives|living|stay|stays|staying|work|works|working) (?:there|here)"
    r"(?: (?:any ?more|now))?[.!]?$",
    re.IGNORECASE,
)
# "don't give the caller the other strength any more": the value is the one named elsewhere
_THE_OTHER = re.compile(
    r"\bthe other (?:one|ones|strength|dose|number|address|name|email|day)\b", re.I
)
_THE_OLD_ONE = re.compile(
    r"\b(?:isn't|is not|aren't|are not|'s not|'re not) (?:the )?(?:old|previous|former|same|"
    r"usual) (?:one|ones)\b",
    re.IGNORECASE,
)


_CAPITAL = re.compile(r"(?P<at>^|[.!?]\s+)?\b(?P<w>[A-Z][a-z]+)\b")


def only_gone(retraction: Retraction, content: str, shape: re.Pattern[str]) -> bool:
    """Whether `content` names values of `shape` (an address, a number) and each is one
    `retraction` says no longer holds: "Not 42 Cedar Avenue any more, that's finished" names
    no address of now, and closes nothing by its slot (the new one said just before it in
    the turn stays current)."""
    found = list(shape.finditer(content))
    return bool(found) and all(
        _DENIED_JUST_BEFORE.search(content, max(0, m.start() - 24), m.start())
        and any(clause and clause <= _value(m.group(0)) for clause in retraction.values)
        for m in found
    )


# "not 42 Cedar Avenue", "no longer at 42 Cedar Avenue": the value right after says it
_DENIED_JUST_BEFORE = re.compile(
    r"\b(?:not|no longer|never)(?: (?:at|on|in|with|living at|using))?\s*$", re.IGNORECASE
)


def _capitals(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """`text`'s capitalised words, lower-cased: those inside a sentence, those opening one."""
    inside: set[str] = set()
    opening: set[str] = set()
    for match in _CAPITAL.finditer(text):
        (opening if match.group("at") is not None else inside).add(match.group("w").lower())
    return frozenset(inside), frozenset(opening)


def _as_named(retraction: Retraction, value: frozenset[str], earlier: str) -> bool:
    """Whether `earlier` holds `value`'s named words as names: a word the retraction writes
    with a capital inside a sentence ("Sadly Biscuit died") only with its capital ("Biscuit is
    their cat", never "argues about biscuits"); one opening a sentence with its capital or as
    that very word ("Coffee's off the menu" closes "drinks coffee", "Biscuit passed away" never
    "biscuits")."""
    for word in retraction.named | retraction.opening:
        if value.isdisjoint(tokenize(word)):
            continue
        if re.search(rf"\b{word.capitalize()}\b", earlier):
            continue
        if word in retraction.named or not re.search(rf"\b{word}\b", earlier.lower()):
            return False
    return True


# What a drink or a food names when it comes first: the machine, the shop, the break
_THING_OF = re.compile(
    r"\b(?P<w>[a-z]+)[ -](?:machines?|makers?|shops?|tables?|breaks?|mornings?|cups?|mugs?|"
    r"pots?|bars?|towels?|part(?:y|ies)|sets?|rooms?|spoons?|stains?|rings?|grinders?|"
    r"filters?|trucks?|vans?|stalls?|run|rota|fund|club)\b"
)


# A way to be reached that is also how one is named: "call the caller Lou", "calls them Bea"
_CALLED = frozenset({"call", "ring", "phone"})
_NAMING = re.compile(
    r"\b[Cc]all(?:s|ed|ing)? (?:the caller|them|me) "
    r"(?!(?:Mon|Tues?|Wed(?:nes)?|Weds|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?s?\b"
    r"|(?:Easter|Christmas|Boxing|New|Bank)\b)[A-Z][a-z]+\b"
)


def _only_as_a_thing_of(value: frozenset[str], lower: str) -> bool:
    """Whether each word of a one-word `value` is, wherever `lower` says it, the first half
    of a thing ("coffee machine", "tea towel")."""
    if len(value) != 1:
        return False
    (word,) = value
    said = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\w*\b", lower)]
    things = {m.start() for m in _THING_OF.finditer(lower) if m.group("w").startswith(word)}
    return bool(said) and all(start in things for start in said)


def retracts(retraction: Retraction, earlier: str) -> bool:
    """Whether `earlier`, a memory of the caller's, states a value `retraction` withdraws as
    theirs (all of one clause's value): not someone else's fact, not a dated event, not a
    summary."""
    if SUMMARY.match(earlier) or _EVENT.search(earlier):
        return False
    language = retraction.language
    if language != "en":
        if BY_LANGUAGE[language].people.search(earlier):
            return False  # "Mi cuñada es enfermera"
    else:
        text = lead(earlier)
        if someone_else(text.lower()) and not PARTNER.search(text[:1].lower() + text[1:]):
            return False  # "The caller's partner is Tom" is theirs to end
    lower = earlier.lower()
    stems = frozenset(tokenize(earlier, None if language == "en" else language))
    for value in retraction.values:
        literals = {v for v in value if _LITERAL.fullmatch(v)}
        if not all(v in lower for v in literals) or not (value - literals) <= stems:
            continue
        if language == "en" and not _as_named(retraction, value, earlier):
            continue
        if language == "en" and _only_as_a_thing_of(value, lower):
            continue  # "the coffee machine's been broken" is not coffee drunk
        if language == "en" and value <= _CALLED and _NAMING.search(earlier):
            continue  # "Don't call me any more" ends no name: "call the caller Lou"
        if language == "en" and _said_not(value, lower):
            continue  # said as not had already: "…, because they don't take coffee at all"
        weak = _WEAK if language == "en" else _WEAK_AS_SAID[language]
        if literals or value - weak or (stems & retraction.topic) - value:
            return True
    return False


_NOT_HAD = (
    r"\b(?:don't|doesn't|do not|does not|no longer|won't)\s+(?:\w+\s+)?"
    r"(?:take|drink|have|eat|touch|use)s?\s+(?:any\s+|a\s+)?"
)


def _said_not(value: frozenset[str], lower: str) -> bool:
    """Whether `lower` says each word of `value` is not the caller's already: what is given up
    now was never a value of the memory ("they don't take coffee at all")."""
    return all(re.search(rf"{_NOT_HAD}\b{re.escape(word)}", lower) for word in value)
