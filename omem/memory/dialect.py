"""Regional English as a transcript writes it, said in the standard words the rules read:
"Biscuit ain't with us no more, she done passed" is "Biscuit isn't with us any more, she
passed"; "I'm after moving to 14 Birch Lane" is "I have just moved to 14 Birch Lane"; "Where
do I graft, on yous records?" is "Where do I work, on your records?".

Only words and turns standard English does not use in that place (Southern US and AAVE "done"
between a subject and a past verb, "finna", "ain't"; Irish "after" before a verb of change in
-ing; Northern English "nowt", "graft" at a workplace; Scots and Irish "yous"; Caribbean
"haffi", "likkle"): a sentence without any is returned as it is. Not "our kid" (a child as
often as a brother), not British "I'm after booking a table" (wanting one). The memory keeps
the meaning, the transcript what was said. "me" and "mi" for "my" are the extractor's
(omem.memory.extract), as it restates the caller.
"""

from __future__ import annotations

import re

# One word for one word, whatever is around it.
_WORDS = {
    "ain't": "isn't", "aint": "isn't", "finna": "going to", "haffi": "have to",
    "likkle": "little", "nowt": "nothing", "owt": "anything", "yous": "you", "youse": "you",
    "y'all": "you",
    "yinz": "you",
}  # fmt: skip
_WORD = re.compile(rf"(?<![\w'])({'|'.join(re.escape(w) for w in _WORDS)})(?![\w'])", re.I)
# "you" that says "your": "on yous records", "y'all's file"
_YOUR = re.compile(
    r"\b(?:yous|youse|y'all's|y'all)(?= (?:records?|file|files|notes|system|list|computer|"
    r"books|form|database)\b)",
    re.IGNORECASE,
)
# "ain't got", "ain't been": have not
_AINT_HAVE = re.compile(r"\bain'?t (?=got\b|been\b|had\b)", re.IGNORECASE)
# Southern US and AAVE completive "done" between its subject and a past verb: "I done switched"
# is "I switched"; never "Everything I have done had a purpose", "got my hair done red"
_DONE = re.compile(
    r"\b(?P<s>I|we|they|he|she|you|y'all) (?:done|dun) (?=(?:\w{3,}ed|got|left|sold|bought|"
    r"gone|quit|split|broke|went|took|gave|passed|lost|found|told|made|had|put|set|ran|met)\b)",
    re.IGNORECASE,
)
# "fixing to" / "fixin' to": about to
_FIXING = re.compile(r"\bfixin[g']? to\b", re.IGNORECASE)
# Irish "after" with a verb in -ing: "I'm after moving to …" is "I have just moved to …"; only
# verbs of a change, as British "I'm after booking a table" wants one
_AFTER = re.compile(
    r"\b(?P<s>I|we|he|she|they)(?:'m|'re|'s| am| are| is) after (?P<v>moving|starting|changing|"
    r"switching|leaving|finishing|selling|losing|splitting|quitting|joining|breaking)\b",
    re.IGNORECASE,
)
_HAVE = {"i": "have", "we": "have", "they": "have", "he": "has", "she": "has"}
_IRREGULAR = {
    "leaving": "left", "selling": "sold", "breaking": "broken", "splitting": "split",
    "quitting": "quit", "losing": "lost",
}  # fmt: skip
# "graft" as a verb of a workplace is work ("Where do I graft?", "grafting at the library"); a
# skin graft, or grafting fruit trees, is not
_GRAFT = re.compile(
    r"\b(?:(?P<s>I|we|you|they|he|she|to|do|does|did) graft(?P<e>s|ed)?(?=[?!.,]| at| for| in)"
    r"|(?P<ing>grafting)(?= at| for| in| away| hard))\b",
    re.IGNORECASE,
)
# Caribbean "name" for "named": "a likkle cat name Biscuit"
_NAME = re.compile(
    r"\b(cat|dog|kitten|puppy|bird|parrot|rabbit|hamster|tortoise|horse|pony) name (?=[A-Z])"
)
# a double negative's "no more": "she ain't with us no more" is "any more"
_NO_MORE = re.compile(r"(?P<not>n't\b|\bnot\b|\bnever\b)(?P<between>(?: [\w']+){0,6}?) no more\b")


def standard(text: str) -> str:
    """`text` with its regional words and turns said in standard English (see the module)."""
    if not _ANY.search(text):
        return text
    out = _YOUR.sub(lambda m: _cased(m.group(0), "your"), text)
    out = _AINT_HAVE.sub("haven't ", out)
    out = _WORD.sub(lambda m: _cased(m.group(1), _WORDS[m.group(1).lower()]), out)
    out = _DONE.sub(r"\g<s> ", out)
    out = _FIXING.sub("going to", out)
    out = _AFTER.sub(_just, out)
    out = _NAME.sub(r"\1 named ", out)
    out = _GRAFT.sub(_work, out)
    return _NO_MORE.sub(r"\g<not>\g<between> any more", out)


def _work(match: re.Match[str]) -> str:
    if match.group("ing"):
        return _cased(match.group("ing"), "working")
    return f"{match.group('s')} work{match.group('e') or ''}"


def _just(match: re.Match[str]) -> str:
    subject, verb = match.group("s"), match.group("v").lower()
    return f"{subject} {_HAVE[subject.lower()]} just {_past(verb)}"


def _past(verb: str) -> str:
    """ "moving" → "moved", "starting" → "started", "leaving" → "left" (of _AFTER's verbs)."""
    return _IRREGULAR.get(verb) or verb[:-3] + "ed"


def _cased(said: str, standard_word: str) -> str:
    return standard_word[:1].upper() + standard_word[1:] if said[:1].isupper() else standard_word


_ANY = re.compile(
    rf"{_WORD.pattern}|\bdone \w+|\bdun \w+|\bfixin|\bafter \w+ing\b|{_NAME.pattern}|\bgraft"
    r"|\by'all's\b",
    re.IGNORECASE,
)
