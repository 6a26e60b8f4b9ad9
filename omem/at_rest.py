"""Re-encryption: every encrypted column and audio file rewritten under the first key of
OMEM_ENCRYPTION_KEYS, so an old key can then be removed (rotation without downtime: the old
key keeps decrypting until everything has been rewritten).

Rows are read decrypted and written back through their fields in short write transactions
of `BATCH` rows, so the service keeps answering while this runs.
"""

from __future__ import annotations

from pathlib import Path

from omem import audio
from omem.db import write
from omem.memory import snapshots
from omem.models import encrypted_fields

BATCH = 500


def reencrypt(data_dir: Path) -> dict[str, int]:
    """Rows rewritten per `table.column`, and `audio files`."""
    counts: dict[str, int] = {}
    for field in encrypted_fields():
        model = field.model
        done, last = 0, 0
        while True:
            rows = list(
                model.select(model.id, field)
                .where((model.id > last) & field.is_null(False) & (field != ""))
                .order_by(model.id)
                .limit(BATCH)
                .tuples()
            )
            if not rows:
                break
            with write():
                for row_id, plaintext in rows:  # the field encrypts under the first key
                    model.update({field: plaintext}).where(model.id == row_id).execute()
            done += len(rows)
            last = rows[-1][0]
        counts[f"{model._meta.table_name}.{field.column_name}"] = done
    counts["audio files"] = audio.reencrypt_files(data_dir)
    # Index snapshots hold memory texts as they were stored: under the old key.
    counts["index snapshots removed"] = snapshots.clear()
    return counts
