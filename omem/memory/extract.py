"""Extraction: a call's turns become atomic memories about the caller.

One `Extractor` protocol; the offline extractor (the default: deterministic, no network) lives
here, the LLM extractor in `llm_extract.py`. Both share `call_level_memories` for ElevenLabs'
own analysis (data-collection results, transcript summary) and the instruction filter.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from dataclasses import field
from typing import Protocol

from omem.memory import languages
from omem.memory.dates import anchor_sentence
from omem.memory.dates import format_day
from omem.memory.disfluency import SAYS_ANEW
from omem.memory.disfluency import off_the_call
from omem.memory.disfluency import resumed_after_breaks
from omem.memory.disfluency import unhesitating
from omem.memory.frames import unframed
from omem.memory.keywords import tokenize
from omem.memory.languages import Words
from omem.memory.spoken import normalize
from omem.memory.subjects import Subjects

MAX_CONTENT = 500
MAX_PASSAGE = 2_000  # the embedder reads at most 256 tokens of it anyway
MIN_WORDS = 5  # a shorter sentence is joined to its neighbour in the turn
# ElevenLabs' analysis restates what the caller's own turns say, in more words: it ranks
# below them (the caller's words are the evidence, the summary a paraphrase).
DATA_SALIENCE = 0.2
SUMMARY_SALIENCE = 0.3


@dataclass(frozen=True)
class Turn:
    order: int
    role: str  # user | agent
    message: str


@dataclass(frozen=True)
class Call:
    """What extraction sees of one call."""

    conversation_id: str
    started_at: dt.datetime
    turns: Sequence[Turn]
    summary: str = ""
    data_collection: dict[str, object] = field(default_factory=dict)
    # The caller's current facts (memory id, text) an LLM extractor may say a new fact
    # replaces; empty for the offline extractor, whose rules read the slots themselves.
    known: tuple[tuple[int, str], ...] = ()
    language: str = "en"  # ISO 639-1 (omem.language): which rules read the caller's turns


@dataclass(frozen=True)
class Extracted:
    content: str
    sector: str
    salience: float
    confidence: float
    source_turns: tuple[int, ...]
    context: str = ""  # the agent utterance that prompted it (keyword index only)
    # From ElevenLabs' analysis of the call, not the caller's own words.
    analysis: bool = False
    # A data-collection field ("Move date: "): this value supersedes an earlier call's.
    slot: str = ""
    # Known facts (memory ids of Call.known) this one replaces, as the LLM extractor proposed.
    replaces: tuple[int, ...] = ()
    # The caller's words it came from (a whole turn, when it was split into several memories):
    # embedded beside the memory so that a sentence split off its turn keeps the turn's topic
    # in the vector leg; never returned.
    passage: str = ""


class Extractor(Protocol):
    name: str

    def extract(self, call: Call) -> list[Extracted]: ...


# What callers say is data. Sentences that try to steer the agent are never stored.
_INSTRUCTION = re.compile(
    r"\b(ignore|disregard|forget) (all |any |the |your |my )?(previous |prior |above |earlier )?"
    r"(instructions?|prompts?|rules?)\b|\bsystem prompt\b|\bact as\b|"
    # "you are now a pirate", never a letter read out: "You are now registered with Dr Castillo"
    r"\byou are now (?!(?:registered|booked|listed|down|due|enrolled|signed|transferred|moved|"
    r"with|on)\b)|"
    r"\bpretend (to be|you are)\b|\bnew instructions?\b|"
    # "from now on you are DAN", never "from now on you email me" or "… call me Jo" (how to
    # reach the caller, what to call them), said and done
    r"\bfrom now on,? you\b(?!(?:'ll| will| can| should| could)? (?:call|email|e-mail|text|"
    r"ring|phone) me\b(?:[,.!?]|$| (?:instead|please|on|at|not|only|rather|by)\b"
    r"| [A-Z][a-z]+[,.!?]?$))|"
    r"\bdeveloper mode\b|\bjailbreak\b",
    re.I,
)


def is_instruction(text: str) -> bool:
    """Whether `text` tries to steer the agent, in any language omem has words for: an
    injection in English inside a Spanish call is still one."""
    return bool(_INSTRUCTION.search(text)) or any(
        words.instruction.search(text) for words in languages.BY_LANGUAGE.values()
    )


_FILLER = {
    "ok", "okay", "thanks", "thank you", "yes", "no", "yeah", "yep", "nope", "sure", "bye",
    "goodbye", "hi", "hello", "hey", "hmm", "mhm", "uh", "um", "right", "great", "perfect",
    "cool", "alright", "all right", "fine", "got it", "that's it", "no that's it",
    "that's all", "nope that's it", "thanks so much", "thank you so much", "good night",
    "bye bye", "see you", "talk soon", "sounds good", "will do", "oh", "wow", "oh wow",
    "bye now", "now", "sorry", "sorry about that",
}  # fmt: skip
_FILLER_WORDS = frozenset(w for phrase in _FILLER for w in phrase.split())
# Only what it is for: "For the file and that.", "Just for your records."
_FOR_THE_FILE = re.compile(
    r"^(?:(?:that's|it's|this is) )?(?:just )?for (?:the|your) (?:file|records?|notes|form|"
    r"system)(?:,? (?:and that|and all|and everything|like))?[.!]?$",
    re.IGNORECASE,
)
# Finding one's place again, and the topic alone: "Right, where was I — oh, the booking."
_WHERE_WAS_I = re.compile(
    r"^(?:(?:right|ok|okay|so|anyway|now|um|erm|er|oh|sorry),? )*where (?:was|were) (?:I|we)\b"
    r"[\s—–,.?!-]*(?:(?:oh|ah|yes|yeah|right|um|erm),? )*(?:(?:the|my|our) [\w']+)?"
    r"(?:,? (?:yes|yeah|right))?[\s.!?—–-]*$",
    re.IGNORECASE,
)
# An apology for the state one is in, and small talk after it: "Sorry, I'm all over the place
# today, the rain's got into my head." (never with a "but" that brings a fact)
_ALL_OVER = re.compile(
    r"^(?:(?:oh|um|erm|sorry|right|so),? )*(?:I'm|I am) (?:all over the place|rambling|in a "
    r"(?:muddle|flap|state)|all at sea|going on)(?: (?:today|this morning|again))?"
    # nothing after it but the weather, the buses or the day
    r"(?:[,.;—–-] (?:the|this|my) (?:rain|weather|wind|heat|cold|bus|buses|traffic|roadworks|"
    r"calendar|week|day|morning|head)\b[^.]*)?[.!]?$",
    re.IGNORECASE,
)
# Asking why the agent wants to know, or granting that it will, before (or instead of)
# telling it: "Why do you need to know what I drive?", "Why does a basket need my tea?", "I
# suppose you'll want a number.", "I suppose you'll want that for your little profile."
# Nothing of the caller's life; the value, if given, follows.
_PUSHBACK = re.compile(
    r"^(?:(?:but|and|so|well|oh|look|honestly),? )?(?:why (?:do|does|would|should|did) "
    r"(?:you|they|a \w+|the \w+|everyone|everybody|anyone|people) (?:even |really |still )?"
    r"(?:need|want|care about) (?:to (?:know|contact|have|ask)|my|that|it|this|all|an?)\b[^.!?]*\?"
    r"|what (?:do|does) (?:you|a \w+|the \w+) (?:need|want) (?:that|it|to know(?: that)?) for\?"
    r"|(?:I|we) (?:suppose|guess|expect|imagine) (?:you(?:'ll| will)?|you'd) (?:want|need) "
    r"(?:(?:a|an|my|the|our) \w+|that|it|this)"
    r"(?: for (?:your|the) (?:\w+ )?(?:profile|file|records?|system|database|list|form))?[.!]?)$",
    re.IGNORECASE,
)
_PROPER_WORD = re.compile(r"[A-Z][a-z]+")
_LEADING = re.compile(
    r"^(?:(?:yeah|yes|yep|so|well|um+|uh+|okay|ok|oh|right|actually|hi|hello|hey|"
    r"great|and|but|sure|alright|ja|aye|och|ach|"
    # a bilingual caller's opener before a comma: "Bueno, …", "Achha, …", "Sige po, …"
    r"(?:bueno|pues|oye|vale|mija|mijo|achha|acha|haan|arre|yaar|tak|dobra|(?:hay )?naku|"
    r"sige(?: po)?|wallah|yalla|habibi|alhamdulillah|mashallah|inshallah|khalas|yaani|iawn|"
    r"diolch|allora|dai|ecco|dear|darlin'?|darling|honey|sweetheart|young man)(?=\s*,)|"
    # the call's reason before what the caller says: "I'm ringing because I've changed jobs"
    r"I'm (?:ringing|calling|phoning) (?:because|as|since|to (?:say|tell you|let you know)"
    r"(?: that)?)|the reason I'm (?:ringing|calling|phoning) is(?: that)?|"
    # "No," answers; "No red meat for me now" and "No need for a sitter" say no
    r"no(?=\s*[,.!?-]|\s*$|\s+(?:I|I'm|I've|we|it|it's|that|that's|sorry|not)\b))"
    r"\b(?!@)[\s,.!-]*)+",  # never an email's first word: "hello@bluefern.net"
    re.I,
)
# Split after . ! ? but not after a title ("Dr. Okafor", "Mrs. Alvarez").
_SENTENCE = re.compile(r"(?<!\bDr\.)(?<!\bMr\.)(?<!\bMrs\.)(?<!\bMs\.)(?<!\bSt\.)(?<=[.!?])\s+")

_SECTOR_CUES: list[tuple[str, re.Pattern[str]]] = [
    (
        "reflective",
        re.compile(
            r"\b(i (realized|realised|learned|learnt|think i|guess i|wonder|should have|"
            r"have been thinking|keep thinking)|looking back|in hindsight|it made me)\b",
            re.I,
        ),
    ),
    (
        "emotional",
        re.compile(
            r"\b(feel|feeling|felt|happy|sad|angry|upset|worried|anxious|frustrat\w*|"
            r"stress\w*|excited|scared|afraid|disappointed|annoyed|relieved|grateful|"
            r"lonely|nervous|overwhelmed|thrilled|hate|love it|delighted|furious)\b",
            re.I,
        ),
    ),
    (
        "procedural",
        re.compile(
            r"\b(how to|step|steps|first,? (i|you)|then (i|you)|always|every (time|morning|"
            r"evening|day|week)|usually|make sure|the way (to|i)|instructions|code is|"
            r"password|prefer(s|red)? (to|by|email|phone|text)|contact me|call me|email me|"
            r"by email|remind me)\b",
            re.I,
        ),
    ),
    (
        "episodic",
        re.compile(
            r"\b(yesterday|today|tomorrow|tonight|last|next|ago|on (monday|tuesday|wednesday|"
            r"thursday|friday|saturday|sunday)|went|had|got|bought|moved|phoned|visited|"
            r"booked|started|finished|happened|going to|will|plan(ning)? to|appointment|"
            r"trip|flight|meeting|birthday|wedding|on \d+ \w+ \d{4}|in the week of)\b",
            re.I,
        ),
    ),
]
_PEOPLE = re.compile(
    r"\b(wife|husband|partner|daughter|son|mother|mom|mum|father|dad|brother|sister|"
    r"friend|boss|colleague|neighbou?r|grand\w+|aunt|uncle|cousin|kids?|children|baby|dog|cat)\b",
    re.I,
)
_PREFERENCE = re.compile(r"\b(prefer|favou?rite|like|love|enjoy|don't like|can't stand)\b", re.I)
_IMPORTANT = re.compile(r"\b(remember|important|don't forget|never|always|allergic)\b", re.I)
_NUMBERISH = re.compile(r"\d")
_PROPER = re.compile(r"(?<!^)(?<![.!?]\s)\b[A-Z][a-z]+")


def classify(sentence: str, words: Words | None = None) -> str:
    """The sector a sentence's cues say (English cues unless `words` gives others)."""
    for sector, cue in words.sector_cues if words else _SECTOR_CUES:
        if cue.search(sentence):
            return sector
    return "semantic"


def salience_of(sentence: str, sector: str, words: Words | None = None) -> float:
    score = 0.4
    if _PROPER.search(sentence) or _NUMBERISH.search(sentence):
        score += 0.15
    if (words.people if words else _PEOPLE).search(sentence):
        score += 0.15
    if (words.preference if words else _PREFERENCE).search(sentence):
        score += 0.1
    if (words.important if words else _IMPORTANT).search(sentence):
        score += 0.2
    if sector in ("emotional", "reflective"):
        score += 0.05
    if len(sentence.split()) < 6:
        score -= 0.1
    return round(min(1.0, max(0.1, score)), 2)


# First person to third person: the first mention becomes "the caller", later ones "they".
_ADVERBS = (
    "no longer|hardly ever|once|ever|"  # "I no longer drink", never "the caller noes longer"
    "just|really|also|still|never|always|usually|often|recently|already|actually|only|even|"
    "definitely|probably|sometimes|finally|mostly|normally|"
    r"(?!(?:fly|rely|apply|reply|supply|bully|tally|rally)\b)[a-z]+ly"  # "I nearly forgot"
)
_UNCHANGED = {
    "can", "could", "will", "would", "should", "shall", "might", "must", "may", "was", "did",
    "had", "went", "saw", "got", "made", "took", "came", "said", "told", "gave", "found",
    "thought", "felt", "left", "bought", "brought", "paid", "sent", "spent", "lost", "met",
    "ran", "wrote", "began", "became", "heard", "kept", "knew", "put", "set", "sat", "stood",
    "understood", "ate", "drank", "forgot", "broke", "chose", "drove", "flew", "fell", "hurt",
    "moved", "needed", "sold", "won", "grew", "threw", "wore", "woke", "fed", "led", "hung",
    "spoke", "quit", "split", "were", "are", "done",
}  # fmt: skip
_IRREGULAR = {
    "have": "has", "do": "does", "go": "goes", "am": "is", "be": "is", "don't": "doesn't",
    "haven't": "hasn't", "dont": "doesn't",
}  # fmt: skip
# "I'd been going for ages", "we'd had her for years": had; otherwise would ("I'd like")
_HAD_DONE = (
    r"(?= (?:(?:\w+ly|never|always|just|already|only) )?(?:been|had|got|gone|done|seen|lived|"
    r"worked|moved|taken|left)\b)"
)
_CONTRACTIONS = [
    (re.compile(r"\bI'm\b"), "I am"),
    (re.compile(r"\bI've\b"), "I have"),
    # "I'd been going for ages", "I'd had it for years": had; otherwise would ("I'd like")
    (re.compile(rf"\bI'd{_HAD_DONE}"), "I had"),
    (re.compile(r"\bI'd\b"), "I would"),
    (re.compile(rf"\b([Ww]e)'d{_HAD_DONE}"), r"\1 had"),
    (re.compile(r"\b([Ww]e)'d\b"), r"\1 would"),
    (re.compile(r"\bI'll\b"), "I will"),
    (re.compile(r"\bwe're\b", re.I), "we are"),
    (re.compile(r"\bwe've\b", re.I), "we have"),
    (re.compile(r"\b(mine|ours)'s\b", re.I), r"\1 is"),  # "mine's a Civic": not "caller's's"
]
_SELF = re.compile(
    rf"\b(?:(I)(\s+(?:(?:{_ADVERBS})\s+)?)([A-Za-z']+(?:-[A-Za-z]+)*)|"
    r"(my|mine|me|myself|we|our|ours|us))\b",
    re.I,
)
_FIRST = {"my": "the caller's", "mine": "the caller's", "me": "the caller",
          "myself": "themselves", "we": "the caller and others", "our": "their",
          "ours": "theirs", "us": "them"}  # fmt: skip
# The caller's people (a regex alternation): "the caller's mum …" is someone else's fact.
PEOPLE = (
    r"mum|mom|mother|dad|father|parents?|husband|wife|son|daughter|sister|brother|kids?|"
    r"children|child|friend|neighbou?r|boss|manager|colleague|nephew|niece|aunt|uncle|"
    r"cousin|grandson|granddaughter|grandma|grandpa|grandmother|grandfather|in-laws?|"
    r"boyfriend|girlfriend|partner|fianc[eé]e?|fella|flatmate|housemate|roommate|lodger"
)
# After one of the caller's people, one person and unnamed ("My late husband was a butcher,
# so I've always eaten red meat"), the caller's own clause names them as "the caller", never
# "they", which could be the other's: omem.memory.supersede reads that clause as the caller's.
# What opens a sentence of two clauses ("since my son moved out, …") and what ends the first
# clause ("…, so", "… and then"): shared with omem.memory.supersede, which reads the clause after.
SUBORDINATE = r"(?:since|after|when|because|as|now)"
CLAUSE_BREAK = r"(?:[,;]|\b(?:and|so|but|then|because|as))\s+(?:(?:now|so|and|then|still|also) )*"
_ONE_OF_PEOPLE = re.compile(
    # after a lead-in told first: "The whole family moved practice: my husband's with …"
    rf"^(?:[^,;:.!?]{{1,60}}: )?(?:{SUBORDINATE} )?my (?:\w+ )?(?:{PEOPLE})(?<!s)\b",
    re.IGNORECASE,
)
# A clause that points back at the other person is not the caller's alone ("so I took him
# out", "I have her number"); one that names a value is ("but my GP is Dr Moreau")
_NOT_OWN_CLAUSE = re.compile(r"\b(?:him|her|his|hers|he|she)\b")


# Someone's own words quoted: "My son texted: I've got …", "… rang and said Mum, I've got …"
_QUOTING = re.compile(
    r"\b(?:texted|messaged|wrote|said|says|asked|went|shouted|rang)\b(?: me)?"
    r"(?:[:,] ?[\"']?| (?:Mum|Mam|Mom|Dad|Nan|Gran|Grandma|Grandad),? )$"
)


def _own_again(text: str, start: int) -> bool:
    """Whether the caller's mention at `start` opens a clause of their own after an opening
    with one of their people (see _ONE_OF_PEOPLE)."""
    opening = _ONE_OF_PEOPLE.match(text)
    # within a memory's length of the opening: asked of every mention, never quadratic
    if not opening or not opening.end() <= start <= opening.end() + MAX_CONTENT:
        return False
    if _QUOTING.search(text, max(opening.end(), start - 40), start):
        return False  # "My son texted: I've got a new number" is the son's words
    near = text[start : start + MAX_CONTENT]
    end = re.search(r"[,.;!?]", near)
    # whatever came between ("My mum sees Dr Whitcombe, but my GP is Dr Moreau"; "My husband
    # says I'm fussy, but chamomile is my favourite tea"; "My husband says Jo suits me"), "I",
    # "me" and "my" are the caller's: named as the caller, never "they", which could be the
    # other's
    clause = near[: end.start() if end else len(near)]
    return not _NOT_OWN_CLAUSE.search(clause)


# A clause after a semicolon is nearly a sentence of its own: the caller who opens it is named
# again ("Don't confuse mine with my husband's, he's in October; my dentist appointment is …")
_AFTER_SEMICOLON = re.compile(r";\s*$")


_LATER = {"my": "their", "mine": "theirs", "me": "them", "myself": "themselves",
          "we": "they", "our": "their", "ours": "theirs", "us": "them"}  # fmt: skip


_OPENERS = frozenset(
    "the it it's that this there they he she a an his her its these those some all every "
    "no yes so but and or if when then now today yesterday tomorrow last next one two".split()
)


_SENTENCE_START = re.compile(r"([.!?]\s+)([a-z])(?![^\s@]*@)")  # never an email's first letter


def _lower_opener(text: str) -> str:
    """Lower-case an ordinary sentence opener, never a name, title or code."""
    first = text.split(" ", 1)[0]
    if first.lower() in _OPENERS or text.startswith("The caller"):
        return text[:1].lower() + text[1:]
    return text


def _third_person_verb(verb: str) -> str:
    """`verb` as said of one person ("drink" → "drinks"); past and modal verbs as they are."""
    lower = verb.lower()
    if lower in _IRREGULAR:
        return _IRREGULAR[lower] if verb.islower() else _IRREGULAR[lower].capitalize()
    past = lower.endswith("ed") and not lower.endswith("eed")  # "need", "feed" are present
    # "where was I going"; never "bring", "sing" (no vowel before the "ing")
    going = lower.endswith("ing") and re.search(r"[aeiouy]", lower[:-3]) is not None
    if lower in _UNCHANGED or past or going or "'" in lower:
        return verb
    if re.search(r"(s|sh|ch|x|z|o)$", lower):
        return verb + "es"
    if re.search(r"[^aeiou]y$", lower):
        return verb[:-1] + "ies"
    return verb + "s"


# An email starts a word: tried only where a word starts, never again from inside one (from
# every position it was quadratic on a long word without "@")
_ADDRESS = re.compile(r"(?<!\S)[^\s@]*@\S+|\bhttps?://\S+|\bwww\.\S+")
# "Tom and I are", "my sister and I have": a subject shared with someone named at the start.
_SHARED_SUBJECT = re.compile(r"^(?:[A-Z]\w+|[Mm]y \w+)(?: \w+)? and $")


def third_person(sentence: str) -> str:
    """Restate a caller's sentence about themselves in the third person; a question with a
    sentence that points back to it stays a question, the rest said after it."""
    asked = _ASKED_THEN.match(sentence)
    if asked and _REFERS_BACK.match(asked.group("rest")):
        rest = third_person(asked.group("rest"))
        told = _TAG.search(asked.group("q").strip())
        if told and told.start() > 0 and not QUESTION_START.match(sentence):
            # "Just email me, sawa? That's what I prefer.": a statement, then what points back
            return f"{third_person(asked.group('q').strip()[: told.start()] + '.')} {rest}"
        return f'The caller asked: "{asked.group("q").strip()}" {rest}'
    tagged = _TAG.search(sentence) or (_OWN_SAY.match(sentence) and _NO_TAG.search(sentence))
    wonder = _WONDERS.search(sentence)
    if tagged and tagged.start() > 0 and not QUESTION_START.match(sentence):
        sentence = sentence[: tagged.start()] + "."  # "…, it's 88 Harbor View Road, okay?"
    elif (
        wonder
        and wonder.start() > 0
        and not _SUPPOSED.match(sentence)
        and not QUESTION_START.match(sentence)
    ):
        # "I've been dizzy since they put me on 20 milligrams, is that normal?" tells first
        sentence = f"{sentence[: wonder.start()]}, and asked if that is {wonder.group('what')}."
    text = _MY.sub(lambda m: "My " if m.group(0)[0] == "M" else "my ", _MI.sub(_mi, sentence))
    text = _WOR.sub(lambda m: "Our " if m.group(1) == "W" else "our ", text)
    text = _OLD_ME.sub(lambda m: _AS_I_AM[m.group("which").lower()], text)  # "the old me"
    for pattern, replacement in _CONTRACTIONS:
        text = pattern.sub(replacement, text)
    mentioned = [False]
    # "m.rivers@proton.me" is an address, not the caller.
    addresses = [m.span() for m in _ADDRESS.finditer(text)]

    def swap(match: re.Match[str]) -> str:
        if any(start <= match.start() < end for start, end in addresses):
            return match.group(0)
        first = not mentioned[0] or (
            (match.group(4) or "I").lower() in ("i", "my", "mine", "me", "we")
            and (
                (
                    _AFTER_SEMICOLON.search(text, max(0, match.start() - 4), match.start())
                    and not _NOT_OWN_CLAUSE.search(re.split(r"[,.;!?]", text[match.start() :])[0])
                )
                or _own_again(text, match.start())
            )
        )
        mentioned[0] = True
        if match.group(1):  # "I [adverb] verb"
            gap, verb = match.group(2), match.group(3)
            if verb.lower() == "am":
                return ("the caller" if first else "they") + gap + ("is" if first else "are")
            if first:
                # "Tom and I are finished": the verb agrees with both, as it was said
                both = _SHARED_SUBJECT.search(text[: match.start()]) is not None
                return "the caller" + gap + (verb if both else _third_person_verb(verb))
            return "they" + gap + ("were" if verb.lower() == "was" else verb)
        word = match.group(4).lower()
        if word == "us" and match.group(4) == "US":
            return match.group(4)
        return (_FIRST if first else _LATER)[word]

    text = _SELF.sub(swap, text).strip().rstrip(",;:-")
    text = _SENTENCE_START.sub(lambda m: m.group(1) + m.group(2).upper(), text)
    if text.endswith("?"):
        return f'The caller asked: "{sentence.strip()}"'
    if not mentioned[0]:
        text = "The caller said " + _lower_opener(text)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!")) else text + "."


_REMEMBER = re.compile(
    r"^(?:please\s+)?(?:remember|note|keep in mind|don't forget|do not forget)"
    r"(?:\s+that)?[\s,:]+",
    re.I,
)


def restate(text: str) -> str:
    """A caller's explicit "remember that my gate code is 4412" as a memory about them."""
    core = _REMEMBER.sub("", _LEADING.sub("", text.strip())).strip()
    return third_person(core[:1].upper() + core[1:]) if core else text.strip()


# A bilingual caller's tag or aside, said beside the English: "…, dai.", "…, no wiesz, …"
_TAGGED = re.compile(
    r",\s*(?:dai|yaar|tak|no wiesz|po|ji|ya|habibi|wallah|iawn|diolch|naku|mashallah|"
    r"inshallah|alhamdulillah|khalas|cariad|bhai|beta|no\?)(?=\s*[,.!?]|\s*$)",
    re.IGNORECASE,
)


def sentences(message: str, words: Words | None = None) -> list[str]:
    """A turn's sentences, discourse openers ("Well, ...", "Bueno, ...") stripped, and in
    English a transcript's hesitations ("um", "my my")."""
    split, leading = (words.sentence, words.leading) if words else (_SENTENCE, _LEADING)
    if words is None:
        message = _TAGGED.sub("", unhesitating(message))
    parts = []
    raws = split.split(message.strip())
    for number, raw in enumerate(raws):
        cleaned = leading.sub("", raw.strip()).strip()
        if cleaned and re.search(r"\w", cleaned):
            email_first = "@" in cleaned.split(" ", 1)[0]  # "hello@bluefern.net" as written
            cleaned = cleaned if email_first else cleaned[:1].upper() + cleaned[1:]
            after = raws[number + 1].strip() if number + 1 < len(raws) else ""
            parts.append(cleaned if words else unframed(cleaned, after))  # "Did I mention …?"
    return parts


# Giving something up said in stopwords alone is no filler: "Off it.", "Done with it."
_OFF_IT = re.compile(
    r"^(?:off|quit|stopped|done with|given up|gave up|over)\b[\w\s']*[.!]?$", re.I
)


def is_filler(sentence: str, words: Words | None = None) -> bool:
    """Stock filler ("Okay.", "Nope, that's it.", "Vale, gracias."), only stopwords ("I
    will."), or filler addressed to someone by name ("Thanks, Sam.")."""
    if words is None and _OFF_IT.match(sentence):
        return False
    said = re.sub(r"[^\w\s']", " ", sentence).split()
    bare = " ".join(said).lower()
    if words is None and not tokenize(bare):
        return True
    if words is not None and all(w in words.stopwords for w in bare.split()):
        return True
    if _stock(bare, words):
        return True
    if words is None and off_the_call(sentence):
        return True  # "Jack, put that down!", "You're breaking up.": the room and the line
    if words is None and _ALL_OVER.match(sentence) and not re.search(r"\d|@", sentence):
        return True  # "Sorry, I'm all over the place today, the bus was late."
    if words is None and _WHERE_WAS_I.match(sentence) and not re.search(r"\d|@", sentence):
        return True  # "Where was I — oh, the booking.": the topic to come, nothing of it
    if words is None and _FOR_THE_FILE.match(sentence):
        return True  # "For the file and that.": what it is for, and nothing of it
    if words is None and _PUSHBACK.match(sentence):
        return True  # "Why do you need my diet?": why the agent asks, nothing of the caller's
    return (
        len(said) > 1
        and bool(_PROPER_WORD.fullmatch(said[-1]))
        and _stock(" ".join(said[:-1]).lower(), words)
        # "That's Biscuit." names what was just said (never "That's Mum.", the phone handed over)
        and not (" ".join(said[:-1]).lower() in _NAMING_IT and said[-1] not in _KIN_CALLED)
    )


_NAMING_IT = frozenset({"that's", "that is"})
_KIN_CALLED = frozenset(
    "Mum Mom Mam Mummy Dad Daddy Da Nan Nana Nanna Gran Granny Grandma Grandad Grandpa".split()
)


def _stock(bare: str, words: Words | None = None) -> bool:
    if words is None:
        return bare in _FILLER or all(w in _FILLER_WORDS for w in bare.split())
    return bare in words.filler or all(w in words.filler_words for w in bare.split())


def _words(text: str) -> int:
    return len(text.split())


# A statement with a question tag is a statement: "I'm not there now, okay?", "email me from
# now on, would you?", "Dentist's on the 14th, right, have you got that down?".
_TAG = re.compile(
    r",? (?:(?:okay|ok|right|yeah|yes|alright|all right|love|mate|innit|eh)[,?]? ?)*"
    r"(?:(?:would|will|can|could) you(?: please)?|is that (?:alright|all right|ok|okay|fine)|"
    r"have you got that(?: down)?|okay|ok|right|yeah|alright|all right|innit|eh|sawa)\?$",
    re.IGNORECASE,
)
# … and the caller's own statement ended with "no?": "Aney, I am on 40 mg of lisinopril, no?"
_NO_TAG = re.compile(r",? no\?$", re.IGNORECASE)
_OWN_SAY = re.compile(r"^(?:\w+, )?(?:I|I'm|I've|My|We|We're|We've)\b")
# A statement that ends by asking about itself: "…, is that normal?", "…, is it serious?"
_WONDERS = re.compile(
    r",? (?:is|was) (?:that|this|it) (?P<what>normal|safe|okay|ok|bad|serious|a problem|usual|"
    r"common|expected|a worry|something to worry about)\?$",
    re.IGNORECASE,
)
# A question about a case supposed, never a statement: "If I move to 5 Elm Road, is that a
# problem?"
_SUPPOSED = re.compile(
    r"(?:(?:so|and|but|well),? )?(?:if|say|suppose|supposing|imagine|assuming|what if|even if|"
    r"in case)\b",
    re.IGNORECASE,
)
# The words a question opens with ("Don't you …?" asks; "Don't send …" does not). One list
# for the extractor and the supersession rules (omem.memory.supersede reads requests by it).
ASKING_WORDS = (
    r"(?:can|could|would|will|what|when|where|who|whom|whose|which|why|how|do|does|did|is|"
    r"are|was|were|have|has|had|should|shall|may|might|am|isn't|aren't|wasn't|weren't|"
    r"don't you|doesn't|didn't|haven't|hasn't)"
)
QUESTION_START = re.compile(rf"^{ASKING_WORDS}\b", re.IGNORECASE)
# What one has, after a "me" or "mi" that says "my".
_OWNED = (
    r"(?:email|e-mail|number|phone|mobile|cat|dog|mum|mam|dad|da|husband|wife|"
    r"partner|fella|missus|fiancee?|kids|son|daughter|favourite|favorite|car|motor|address|"
    r"house|flat|doctor|gp|dentist|job|work|boss|name|usual|tea|coffee|tablets?|pills|dose)\b"
)
# "me" that says "my", as many say it: "Me email's …", "a cup of chamomile is me favourite".
_MY = re.compile(rf"\b[Mm]e (?={_OWNED})")
# Geordie "wor", which says "our": "Wor cat Biscuit"
_WOR = re.compile(rf"\b([Ww])or (?={_OWNED})")
# Caribbean "mi", which says "my", "I" or "me": "Mi doctor a Dr Patel", "Mi drink coffee every
# morning", "call mi Bea". Never miles ("3 mi") nor part of a name ("Mi-rae").
_MI = re.compile(r"(?<!\d )(?<![\w'’-])(?P<mi>[Mm]i)(?![\w'’-])")
_OWNED_NEXT = re.compile(rf" (?:(?:man|woman|pressure)\b|{_OWNED})")
# "Mi" opening a sentence before a name or "is" is a name: "Mi Young rang", "Mi is my sister".
_NAMED_NEXT = re.compile(r" (?:[A-Z]|(?:is|was|has|and|said|says)\b)")
# where a clause opens, "mi" is its subject ("…, mi nuh touch it again")
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:]|\b(?:and|so|but|now|then|cause|because))\s*$")


def _mi(match: re.Match[str]) -> str:
    """`_MI` read: "my" before what one has, "I" opening a clause before a word, else "me";
    "Mi" inside a sentence or before a name stays a name."""
    said, text = match.group("mi"), match.string
    before, after = text[: match.start()], text[match.end() :]
    if said == "Mi" and (before.strip() or _NAMED_NEXT.match(after)):
        return said
    if _OWNED_NEXT.match(after.lower()):
        return "My" if said == "Mi" else "my"
    if _CLAUSE_OPENS.search(before) and re.match(r" [a-z]", after):
        return "I"
    return "me"


# "That's the old me": how the caller used to be, never "the old the caller"
_OLD_ME = re.compile(r"\bthe (?P<which>old|new) me\b", re.IGNORECASE)
_AS_I_AM = {"old": "how I used to be", "new": "how I am now"}
_ASKED_THEN = re.compile(r"^(?P<q>[^?]+\?)\s+(?P<rest>[^?]+)$")
# A short question the caller answers themselves: "My favourite tea these days? Rooibos."
_SELF_POSED = re.compile(
    rf"^(?!{ASKING_WORDS}\b|(?:don't|any|anything|anyone|right|ok|okay|yeah|sorry|you|see|"
    r"remember|know|guess|pardon|hello|hi|eh|huh|really|seriously|honestly|yes|no|yep|nope|"
    r"well|hm+|mm+|oh|ah|and|so|but|me|them|him|her|it|this|that)\b)"
    r"[\w'-]+(?: [\w'-]+){0,5}\?$",  # "Coffee? Off it."
    re.I,
)
# A short sentence that only points back says nothing alone: "Could you text me about the
# delivery? That's how I like it." is one memory.
_REFERS_BACK = re.compile(
    r"^(?:that(?:'s| is)|this is|it's|it is) (?:how|what|where|who|when|why|the way)\b"
    r"(?:[\s'’]+\w+){0,7}[.!]*$"
    # no subject, carrying on from the one before: "… I live at 150 Chestnut Street. Have done
    # since I retired."
    r"|^(?:I(?:'ve| have) )?(?:done (?:that|it|so|this)|been doing (?:that|it|this)) "
    r"(?:ever since|since|for)\b[^.!?]*[.!]*$"
    r"|^(?:(?:have|has|had) )?(?:done|been(?: there| here)?) (?:ever since|since|for)\b[^.!?]*"
    r"[.!]*$"
    # whose it is, against another's: "That's my home, not my mom's apartment.", "Ours, not the
    # neighbour's ginger one.", "Not the locum, she's my proper GP."
    r"|^(?:(?:that(?:'s| is)|it's|it is) )?(?:mine|ours|my \w+)(?:,| —| -)? not\b[^.!?]*[.!]*$"
    r"|^not (?:the|a|an|his|her|their|our) [^,.!?]{1,40}, (?:she|he|it|that)(?:'s| is) (?:my|mine|"
    r"ours)\b[^.!?]*[.!]*$"
    # what the thing just named is to the caller: "… 20 milligrams of lisinopril daily. That's my
    # blood pressure tablet."
    r"|^that(?:'s| is) (?:my|our) (?:\w+ ){0,3}(?:tablets?|pills?|medicines?|medication|meds|"
    r"inhaler|prescription|car|motor|number|mobile|address|email|home|place|GP|doctor|"
    r"dentist|job|work|class|cat|dog)[.!]*$",
    re.I,
)


def segments(message: str, words: Words | None = None) -> list[str]:
    """A turn's sentences without filler, a fragment joined to a neighbour: an opening one
    to the next ("Apoquel. Sixteen milligrams, once a day."), a later one or one that points
    back ("That's how I like it.") to the one before ("... with food. Started it on
    Thursday."); a short question the caller answers ("New address? 14 Birch Lane.") to its
    answer. "I'm vegetarian." is not filler."""
    kept = [s for s in sentences(message, words) if not is_filler(s, words)]
    if words is None:  # "Our house is... one sec... Our house is at 9 Aspen Close."
        kept = resumed_after_breaks(kept)
    chunks: list[str] = []
    for sentence in kept:
        if (
            chunks
            and words is None
            and _SELF_POSED.match(chunks[-1])
            # an answer, not the next thing said: "Tom reckons I should switch? I work at …"
            and (_words(sentence) < MIN_WORDS or not SAYS_ANEW.match(sentence))
        ):
            chunks[-1] = f"{chunks[-1][:-1].rstrip()}: {sentence}"  # "New address? 14 Birch Lane."
        elif chunks and (
            _words(chunks[-1]) < MIN_WORDS
            or _words(sentence) < MIN_WORDS
            or _REFERS_BACK.match(sentence)
        ):
            chunks[-1] = f"{chunks[-1]} {sentence}"
        else:
            chunks.append(sentence)
    return chunks


# What a call summary says about any call: that it happened, when, which way, how long.
# A summary made only of these words ("Inbound call on 3 March.", "The user called the
# agent briefly.") states no fact and is not kept as a memory.
_CALL_BOILERPLATE = frozenset(
    tokenize(
        """inbound outbound incoming outgoing call calls called calling phone conversation
        conversations chat session interaction contact user customer client agent assistant
        representative support line brief briefly short quick duration minute minutes second
        seconds ended started began lasted took place placed received made today yesterday
        morning afternoon evening night am pm utc on at with between via over regarding
        january february march april may june july august september october november december
        jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday
        friday saturday sunday weekday weekend"""
    )
)
_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)?$")


def states_a_fact(summary: str) -> bool:
    """Whether a call summary says anything beyond that a call took place (when, which way,
    how long): at least one word that is not call boilerplate, a date or a number."""
    return any(
        token not in _CALL_BOILERPLATE and not _ORDINAL.match(token) for token in tokenize(summary)
    )


def _humanize(key: str) -> str:
    return key.replace("_", " ").replace("-", " ").strip().capitalize()


def call_level_memories(call: Call) -> list[Extracted]:
    """ElevenLabs' own analysis as memories: each data-collection value, and the summary."""
    out: list[Extracted] = []
    for key, item in sorted(call.data_collection.items()):
        value = item.get("value") if isinstance(item, dict) else item
        if value is None or value == "" or isinstance(value, dict | list):
            continue
        if isinstance(value, bool):
            value = "yes" if value else "no"
        slot = f"{_humanize(key)}: "
        text = f"{slot}{value}."
        if is_instruction(text):
            continue
        out.append(
            Extracted(
                text[:MAX_CONTENT], "semantic", DATA_SALIENCE, 0.9, (), analysis=True, slot=slot
            )
        )
    if call.summary and states_a_fact(call.summary) and not is_instruction(call.summary):
        text = f"On {format_day(call.started_at.date())}: {call.summary}"
        out.append(
            Extracted(text[:MAX_CONTENT], "episodic", SUMMARY_SALIENCE, 0.8, (), analysis=True)
        )
    return out


def as_said(sentence: str) -> str:
    """A caller's sentence kept in their words (a language without rewrite rules): the
    memory is the quote, capitalised and ended like a sentence."""
    text = sentence.strip().rstrip(",;:-")
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…", "。", "？", "！")) else text + "."


_ANY_SENTENCE = re.compile(r"(?<=[.!?。？！])\s*")


def _short(sentence: str) -> bool:
    """Too short to stand alone: under three words, or (a script without spaces) 8 letters."""
    return len(sentence.split()) < 3 if " " in sentence.strip() else len(sentence) < 8


def _plain(message: str) -> list[str]:
    """Sentences of a language omem has no word lists for: split at sentence ends, the
    short ones joined to a neighbour; nothing dropped but what has no letter at all."""
    chunks: list[str] = []
    for sentence in (s.strip() for s in _ANY_SENTENCE.split(message.strip())):
        if not re.search(r"[^\W\d_]", sentence):
            continue
        if chunks and (_short(chunks[-1]) or _short(sentence)):
            chunks[-1] = f"{chunks[-1]} {sentence}"
        else:
            chunks.append(sentence)
    return chunks


class OfflineExtractor:
    """Deterministic extraction from the caller's own turns; no model, no network."""

    name = "offline"

    def extract(self, call: Call) -> list[Extracted]:
        out: list[Extracted] = []
        seen: set[str] = set()
        prompt = ""
        today = call.started_at.date()
        subjects = Subjects()
        english = call.language == "en"
        words = languages.BY_LANGUAGE.get(call.language)
        for turn in call.turns:
            if turn.role != "user":
                prompt = turn.message or prompt
                continue
            if is_instruction(turn.message):
                continue  # an injection may span sentences: nothing of that turn is kept
            # "four four one two" -> 4412 (masked later); "cuatro cuatro uno dos" too
            message = normalize(turn.message, call.language)
            parts = segments(message, words) if english or words else _plain(message)
            # A turn that is one memory is that memory: its vector needs no turn beside it.
            passage = message[:MAX_PASSAGE] if len(parts) > 1 else ""
            for part in parts:
                if english:
                    sentence = subjects.resolve(part)  # "He's allergic" after "my dog Rex"
                    anchored, _ = anchor_sentence(sentence, today)
                    sector = classify(sentence)
                    content = third_person(anchored)
                else:  # the caller's own words, never half-translated
                    anchored = languages.anchor(part, today, words) if words else part
                    sector = classify(part, words) if words else "semantic"
                    content = as_said(anchored)
                key = content.lower()
                if key in seen:
                    continue
                seen.add(key)
                out.append(
                    Extracted(
                        content=content[:MAX_CONTENT],
                        sector=sector,
                        salience=salience_of(anchored, sector, words),
                        confidence=0.7,
                        source_turns=(turn.order,),
                        context=prompt[:MAX_CONTENT],
                        passage=passage,
                    )
                )
        return out + call_level_memories(call)
