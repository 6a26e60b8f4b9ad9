"""The keyword leg of retrieval: BM25 over one user's memories, built in memory from decrypted
text (never written to disk, so no readable index leaks what callers said).

Each memory is indexed with its keyword context (the agent line that prompted it), which adds
the words later questions use; the context is never returned.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections import defaultdict
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
    token = token.removesuffix("'s")
    for suffix, keep in (("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", "")):
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            return token[: -len(suffix)] + keep
    return token


def tokenize(text: str) -> list[str]:
    stems = (_stem(t) for t in _TOKEN.findall(text.lower()) if t not in STOPWORDS)
    return [s for s in stems if s not in STOPWORDS]


class KeywordIndex:
    """BM25 (k1=1.2, b=0.75) over a fixed list of documents."""

    def __init__(self, documents: Sequence[str], k1: float = 1.2, b: float = 0.75) -> None:
        self.size = len(documents)
        self._k1 = k1
        postings: dict[str, list[tuple[int, int]]] = defaultdict(list)
        lengths = np.zeros(self.size, dtype=np.float32)
        for index, document in enumerate(documents):
            tokens = tokenize(document)
            lengths[index] = len(tokens)
            for token, count in Counter(tokens).items():
                postings[token].append((index, count))
        average = float(lengths.mean()) if self.size else 0.0
        self._norm = k1 * (1 - b + b * lengths / average) if average else lengths + k1
        self._postings = {
            token: (
                np.fromiter((i for i, _ in rows), dtype=np.int32, count=len(rows)),
                np.fromiter((c for _, c in rows), dtype=np.float32, count=len(rows)),
                math.log(1 + (self.size - len(rows) + 0.5) / (len(rows) + 0.5)),
            )
            for token, rows in postings.items()
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
