"""Regional English as a transcript writes it, said in the standard words the rules read:
"Biscuit ain't with us no more, she done passed" is "Biscuit isn't with us any more, she
passed"; "I'm after moving to 14 Birch Lane" is "I have just moved to 14 Birch Lane"; "Where
do I graft, on yous records?" is "Where do I work, on your records?".

Only words and turns no standard sentence uses (Southern US and AAVE "done" before a past
verb, "finna", "ain't"; Irish "after" before a verb in -ing; Northern English "nowt", "our
kid", "graft"; Scots and Irish "yous"; Caribbean "haffi", "likkle"): a sentence without any is
returned as it is. The memory keeps the meaning, the transcript what was said. "me" and "mi"
for "my" are the extractor's (omem.memory.extract), as it restates the caller.
"""

from __future__ import annotations

import re

# One word for one word, whatever is around it.
_WORDS = {
    "ain't": "isn't", "aint": "isn't", "finna": "going to", "haffi": "have to",
    "likkle": "little", "nowt": "nothing", "owt": "anything", "grafting": "working",
    "yous": "you", "youse": "you", "y'all": "you",
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
# Southern US and AAVE completive "done" before a past verb: "I done switched" is "I switched"
_DONE = re.compile(
    r"\b(?:done|dun) (?=(?:\w+ed|got|left|sold|bought|gone|quit|split|broke|went|took|gave|"
    r"passed|lost|found|told|made|had|put|set|run|ran|met|started|moved|changed)\b)",
    re.IGNORECASE,
)
# "fixing to" / "fixin' to": about to
_FIXING = re.compile(r"\bfixin[g']? to\b", re.IGNORECASE)
# Irish "after" with a verb in -ing: "I'm after moving to …" is "I have just moved to …"
_AFTER = re.compile(
    r"\b(?P<s>I|we|he|she|they)(?:'m|'re|'s| am| are| is) after (?P<v>[a-z]+ing)\b",
    re.IGNORECASE,
)
_HAVE = {"i": "have", "we": "have", "they": "have", "he": "has", "she": "has"}
_IRREGULAR = {
    "getting": "got", "taking": "taken", "going": "gone", "leaving": "left", "buying": "bought",
    "selling": "sold", "having": "had", "making": "made", "finding": "found", "seeing": "seen",
    "telling": "told", "giving": "given", "breaking": "broken", "splitting": "split",
    "quitting": "quit", "putting": "put", "setting": "set", "meeting": "met",
    "running": "run", "beginning": "begun", "winning": "won", "losing": "lost",
}  # fmt: skip
# Northern English: "our kid" is a brother or sister, "our lass" a wife, "our lad" a son
_OURS = {"our kid": "my brother", "our lass": "my wife", "our lad": "my son"}
_OUR = re.compile(r"\b([Oo])ur (kid|lass|lad)\b")
# "graft" as a verb is work ("Where do I graft?"); a skin graft is not
_GRAFT = re.compile(r"\b(I|we|you|they|he|she|to|do|does|did) graft(s|ed)?\b", re.IGNORECASE)
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
    out = _YOUR.sub("your", text)
    out = _AINT_HAVE.sub("haven't ", out)
    out = _WORD.sub(lambda m: _cased(m.group(1), _WORDS[m.group(1).lower()]), out)
    out = _DONE.sub("", out)
    out = _FIXING.sub("going to", out)
    out = _AFTER.sub(_just, out)
    out = _OUR.sub(lambda m: _cased(m.group(1), _OURS[f"our {m.group(2)}"]), out)
    out = _NAME.sub(r"\1 named ", out)
    out = _GRAFT.sub(lambda m: f"{m.group(1)} work{m.group(2) or ''}", out)
    return _NO_MORE.sub(r"\g<not>\g<between> any more", out)


def _just(match: re.Match[str]) -> str:
    subject, verb = match.group("s"), match.group("v").lower()
    return f"{subject} {_HAVE[subject.lower()]} just {_past(verb)}"


def _past(verb: str) -> str:
    """ "moving" → "moved", "stopping" → "stopped", "trying" → "tried", "getting" → "got"."""
    if verb in _IRREGULAR:
        return _IRREGULAR[verb]
    stem = verb[:-3]  # "mov", "stopp", "start"
    return stem[:-1] + "ied" if stem.endswith("y") or verb.endswith("ying") else stem + "ed"


def _cased(said: str, standard_word: str) -> str:
    return standard_word[:1].upper() + standard_word[1:] if said[:1].isupper() else standard_word


_ANY = re.compile(
    rf"{_WORD.pattern}|\bdone \w+|\bdun \w+|\bfixin|\bafter \w+ing\b|\b[Oo]ur (?:kid|lass|lad)\b"
    rf"|{_NAME.pattern}|\bgraft",
    re.IGNORECASE,
)
