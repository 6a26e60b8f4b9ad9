"""The keyword leg of retrieval: BM25 over one user's memories.

Tokens are kept as keyed hashes (64-bit BLAKE2b under `crypto.token_key`, a key derived from
the encryption key), never as words: the index can be written to disk in a caller's index
snapshot (omem.memory.snapshots) without leaking what callers said, and a query's tokens are
hashed the same way to be looked up.

Each memory is indexed with its keyword context (the agent line that prompted it), which adds
the words later questions use; the context is never returned.

Stemming follows each memory's language: English keeps the light suffix stripper below (what
the retrieval evaluation was tuned on); a language Snowball knows (Spanish, German, French and
some thirty more, through PyStemmer) is stemmed by its Snowball stemmer, so "llamen" and
"llamar", "Hunde" and "Hund" meet. A question is stemmed in English and in every language of
the caller's memories, so it finds each memory's stems whatever language it is asked in.
"""

from __future__ import annotations

import hashlib
import re
import threading
import unicodedata
from collections import Counter
from collections.abc import Iterable
from collections.abc import Sequence

import numpy as np
import Stemmer

from omem import crypto
from omem.memory.languages import BY_LANGUAGE

_TOKEN = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
# French elision ("l'anniversaire", "qu'elle", "j'ai"): the article or pronoun goes.
_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu)['’](?=[^\W\d_])")
ENGLISH_STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just let me more most my myself no nor not now of off on once only or other our
    ours out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself caller caller's callers said
    asked tell told remember know did""".split()
)


def _fold(text: str) -> str:
    """Lower case without accents ("Lucía" → "lucia", "Straße" → "strasse"): a transcript
    spells a word with or without them, and a question the other way."""
    text = text.casefold()
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Each language's function words (folded) with the English ones: a caller of another
# language says English words too. English has only its own, so "Mia", "son", "bin" and
# "plus" stay words in English although other languages have them as function words.
_STOPWORDS = {
    code: ENGLISH_STOPWORDS | frozenset(_fold(w) for w in words.stopwords if len(w) > 1)
    for code, words in BY_LANGUAGE.items()
}

STOPWORDS = ENGLISH_STOPWORDS.union(*_STOPWORDS.values())  # of every language with word lists


def stopwords(language: str | None = None) -> frozenset[str]:
    """The words `tokenize` drops for `language` (English: None, "en", or one without
    word lists)."""
    return _STOPWORDS.get(language or "", ENGLISH_STOPWORDS)


def _stem(token: str) -> str:
    """A light suffix stripper: "moving", "moved", "moves" and "move" all become "mov"."""
    token = token.removesuffix("'s")
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if suffix == "s" and token.endswith(("ss", "us", "is")):
            break  # "pass", "bus", "this" are not plurals
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            token = token[: -len(suffix)] + keep
            if suffix in ("ing", "ed") and _DOUBLED.search(token):
                token = token[:-1]  # "stopped" -> "stop", but "called" stays "call"
            break
    if token.endswith("e") and len(token) > 3:
        token = token[:-1]
    return token


_DOUBLED = re.compile(r"([b-df-hj-kmnp-rtv-y])\1$")


# ISO 639-1 code -> Snowball algorithm. English is not here: it keeps `_stem`.
SNOWBALL = {
    "ar": "arabic", "ca": "catalan", "cs": "czech", "da": "danish", "de": "german",
    "el": "greek", "es": "spanish", "et": "estonian", "eu": "basque", "fa": "persian",
    "fi": "finnish", "fr": "french", "ga": "irish", "hi": "hindi", "hu": "hungarian",
    "hy": "armenian", "id": "indonesian", "it": "italian", "lt": "lithuanian", "nb": "norwegian",
    "ne": "nepali", "nl": "dutch", "nn": "norwegian", "no": "norwegian", "pl": "polish",
    "pt": "portuguese", "ro": "romanian", "ru": "russian", "sr": "serbian", "sv": "swedish",
    "ta": "tamil", "tr": "turkish", "yi": "yiddish",
}  # fmt: skip
_stemmers = threading.local()  # a PyStemmer object must not be shared between threads


def _snowball(language: str | None) -> Stemmer.Stemmer | None:
    algorithm = SNOWBALL.get(language or "")
    if algorithm is None:
        return None
    made: dict[str, Stemmer.Stemmer] = _stemmers.__dict__
    stemmer = made.get(algorithm)
    if stemmer is None:
        stemmer = made[algorithm] = Stemmer.Stemmer(algorithm)
    return stemmer


def tokenize(text: str, language: str | None = None) -> list[str]:
    """Keyword stems of `text` in `language` (None: English): folded, the language's and
    English function words dropped, suffixes stripped — by the Snowball stemmer of the
    language when it has one ("llamen" and "llamar" → "llam"), else by the light English
    stripper ("moving" and "moved" → "mov")."""
    folded = _ELISION.sub("", _fold(text).replace("’", "'"))
    dropped = stopwords(language)
    words = [t for t in _TOKEN.findall(folded) if t not in dropped]
    stemmer = _snowball(language)
    stems = stemmer.stemWords(words) if stemmer is not None else [_stem(t) for t in words]
    return [s for s in stems if s not in dropped]


def query_tokens(query: str, languages: Iterable[str] = ()) -> set[str]:
    """The stems a question is looked up by: as English and as each of `languages` (the
    languages of the memories searched), whichever the question is in, without the
    function words of any of them."""
    tokens = set(tokenize(query))
    dropped: set[str] = set()
    for language in languages:
        tokens.update(tokenize(query, language))
        dropped |= stopwords(language)
    return tokens - dropped


# Changes whenever the same text would give other tokens: snapshots of older ones are unused.
TOKENS_VERSION = b"2: stems and stopwords of each memory's language"
_HASHES_KEPT = 200_000  # token -> hash entries cached per process (the vocabulary is small)
_hash_cache: dict[str, int] = {}
_hash_state: dict[str, bytes] = {}
_hash_lock = threading.Lock()


def key_id() -> str:
    """Names the token key and the set of encryption keys without revealing them: a snapshot
    made under other keys (any step of a key rotation) is not used, so no snapshot holds text
    only a retired key can read."""
    material = (
        b"omem token key id" + TOKENS_VERSION + crypto.token_key() + crypto.keys_fingerprint()
    )
    return hashlib.sha256(material).hexdigest()[:16]


def token_hashes(tokens: Iterable[str]) -> np.ndarray:
    """Each token's keyed 64-bit hash (uint64), cached per process."""
    key = crypto.token_key()
    out: list[int] = []
    with _hash_lock:
        if _hash_state.get("key") != key or len(_hash_cache) > _HASHES_KEPT:
            _hash_cache.clear()
            _hash_state["key"] = key
        for token in tokens:
            value = _hash_cache.get(token)
            if value is None:
                digest = hashlib.blake2b(token.encode("utf-8"), digest_size=8, key=key).digest()
                value = _hash_cache[token] = int.from_bytes(digest, "little")
            out.append(value)
    return np.array(out, dtype=np.uint64)


K1 = 1.2
B = 0.75


class KeywordIndex:
    """BM25 (k1=1.2, b=0.75) over a fixed list of documents, as arrays: the distinct token
    hashes sorted, and each one's postings (documents ascending, term frequencies)."""

    ARRAYS = ("hashes", "starts", "docs", "tfs", "idf", "norm")
    size: int
    hashes: np.ndarray  # uint64, sorted, distinct
    starts: np.ndarray  # int64: token i's postings are docs[starts[i]:starts[i + 1]]
    docs: np.ndarray  # int32
    tfs: np.ndarray  # float32
    idf: np.ndarray  # float64, per token
    norm: np.ndarray  # float32, per document: k1 * (1 - b + b * length / average length)

    def __init__(self, documents: Sequence[str]) -> None:
        built = self.from_counts([Counter(tokenize(document)) for document in documents])
        self.__dict__.update(built.__dict__)

    @classmethod
    def from_counts(cls, counts: Sequence[Counter[str]]) -> KeywordIndex:
        """The index of documents already tokenized (token -> count per document)."""
        docs = np.fromiter(
            (row for row, document in enumerate(counts) for _ in document), dtype=np.int32
        )
        hashes = token_hashes(token for document in counts for token in document)
        tfs = np.fromiter(
            (count for document in counts for count in document.values()), dtype=np.float32
        )
        return cls.from_postings(docs, hashes, tfs, len(counts))

    @classmethod
    def from_postings(
        cls, docs: np.ndarray, hashes: np.ndarray, tfs: np.ndarray, size: int
    ) -> KeywordIndex:
        """The index of `size` documents from one entry per (document, token): the document,
        the token's hash and its count there."""
        lengths = np.bincount(docs, weights=tfs, minlength=size).astype(np.float32)
        average = float(lengths.mean()) if size else 0.0
        norm = K1 * (1 - B + B * lengths / average) if average else lengths + K1
        order = np.lexsort((docs, hashes))
        sorted_hashes = hashes[order]
        distinct, first, df = np.unique(sorted_hashes, return_index=True, return_counts=True)
        index = cls.__new__(cls)
        index.size = size
        index.hashes = distinct.astype(np.uint64)
        index.starts = np.append(first, len(sorted_hashes)).astype(np.int64)
        index.docs = docs[order].astype(np.int32)
        index.tfs = tfs[order].astype(np.float32)
        index.idf = np.log(1 + (size - df + 0.5) / (df + 0.5))
        index.norm = norm.astype(np.float32)
        return index

    @classmethod
    def from_arrays(cls, size: int, arrays: dict[str, np.ndarray]) -> KeywordIndex:
        """The index `arrays()` described (as read back from a snapshot)."""
        index = cls.__new__(cls)
        index.size = size
        for name in cls.ARRAYS:
            setattr(index, name, arrays[name])
        return index

    def arrays(self) -> dict[str, np.ndarray]:
        return {name: getattr(self, name) for name in self.ARRAYS}

    def postings(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(documents, token hashes, term frequencies): what `from_postings` takes."""
        return self.docs, np.repeat(self.hashes, np.diff(self.starts)), self.tfs

    def rows_with(self, tokens: Iterable[str]) -> np.ndarray:
        """The documents holding any of `tokens` (stems, as `tokenize` gives them), ascending."""
        wanted = token_hashes(sorted(set(tokens)))
        if not len(self.hashes) or not len(wanted):
            return np.zeros(0, dtype=np.int64)
        places = np.searchsorted(self.hashes, wanted)
        found = [
            self.docs[self.starts[p] : self.starts[p + 1]]
            for p, token in zip(places.tolist(), wanted.tolist(), strict=True)
            if p < len(self.hashes) and int(self.hashes[p]) == token
        ]
        if not found:
            return np.zeros(0, dtype=np.int64)
        return np.unique(np.concatenate(found)).astype(np.int64)

    def scores(self, query: str, languages: Iterable[str] = ()) -> np.ndarray:
        """BM25 score of every document for `query` (zeros where nothing matches), stemmed
        in English and in each of `languages` (query_tokens)."""
        out = np.zeros(self.size, dtype=np.float32)
        if not len(self.hashes):
            return out
        wanted = token_hashes(sorted(query_tokens(query, languages)))
        places = np.searchsorted(self.hashes, wanted)
        for token, place in zip(wanted, places, strict=True):
            if place >= len(self.hashes) or self.hashes[place] != token:
                continue
            start, end = self.starts[place], self.starts[place + 1]
            docs, tf = self.docs[start:end], self.tfs[start:end]
            out[docs] += self.idf[place] * tf * (K1 + 1) / (tf + self.norm[docs])
        return out
