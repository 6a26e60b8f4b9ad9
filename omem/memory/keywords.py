"""The keyword leg of retrieval: BM25 over one user's memories, built in memory from decrypted
text (never written to disk, so no readable index leaks what callers said).

Each memory is indexed with its keyword context (the agent line that prompted it), which adds
the words later questions use; the context is never returned.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import numpy as np

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
STOPWORDS = frozenset(
    """a about above after again against all am an and any are as at be because been before
    being below between both but by can could did do does doing down during each few for from
    further had has have having he her here hers herself him himself his how i if in into is it
    its itself just let me more most my myself no nor not now of off on once only or other our
    ours out over own same she should so some such than that the their theirs them then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself caller caller's callers said
    asked tell told remember know did""".split()
)


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


def tokenize(text: str) -> list[str]:
    stems = (_stem(t) for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS)
    return [s for s in stems if s not in STOPWORDS]


class KeywordIndex:
    """BM25 (k1=1.2, b=0.75) over a fixed list of documents."""

    def __init__(self, documents: Sequence[str], k1: float = 1.2, b: float = 0.75) -> None:
        self._build([Counter(tokenize(document)) for document in documents], k1, b)

    @classmethod
    def from_counts(
        cls, counts: Sequence[Counter[str]], k1: float = 1.2, b: float = 0.75
    ) -> KeywordIndex:
        """The index of documents already tokenized (token -> count per document)."""
        index = cls.__new__(cls)
        index._build(counts, k1, b)
        return index

    def _build(self, counts: Sequence[Counter[str]], k1: float, b: float) -> None:
        self.size = len(counts)
        self._k1 = k1
        vocabulary: dict[str, int] = {}
        token_ids: list[int] = []
        documents: list[int] = []
        frequencies: list[int] = []
        lengths = np.zeros(self.size, dtype=np.float32)
        for index, document in enumerate(counts):
            lengths[index] = sum(document.values())
            for token, count in document.items():
                token_ids.append(vocabulary.setdefault(token, len(vocabulary)))
                documents.append(index)
                frequencies.append(count)
        average = float(lengths.mean()) if self.size else 0.0
        self._norm = k1 * (1 - b + b * lengths / average) if average else lengths + k1
        # One sort groups every token's postings (documents ascending within a token).
        tids = np.asarray(token_ids, dtype=np.int64)
        order = np.argsort(tids, kind="stable")
        docs = np.asarray(documents, dtype=np.int32)[order]
        tfs = np.asarray(frequencies, dtype=np.float32)[order]
        df = np.bincount(tids, minlength=len(vocabulary))
        ends = np.cumsum(df)
        idf = np.log(1 + (self.size - df + 0.5) / (df + 0.5))
        self._postings = {
            token: (docs[ends[t] - df[t] : ends[t]], tfs[ends[t] - df[t] : ends[t]], float(idf[t]))
            for token, t in vocabulary.items()
        }

    def scores(self, query: str) -> np.ndarray:
        """BM25 score of every document for `query` (zeros where nothing matches)."""
        out = np.zeros(self.size, dtype=np.float32)
        for token in set(tokenize(query)):
            posting = self._postings.get(token)
            if posting is None:
                continue
            docs, tf, idf = posting
            out[docs] += idf * tf * (self._k1 + 1) / (tf + self._norm[docs])
        return out
