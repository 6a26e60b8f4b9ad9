"""Encrypt, with the configured OMEM_ENCRYPTION_KEYS, the text columns that are now stored
as Fernet tokens (what callers said and everything derived from it); `down` decrypts them.

The columns are listed here rather than read from omem.models, so later model changes do not
change what this migration did. Rows are rewritten in batches by id.
"""
from omem import crypto

COLUMNS = (
    ('users', 'display_name'),
    ('users', 'summary'),
    ('memories', 'content'),
    ('memories', 'context'),
    ('conversation_turns', 'message'),
    ('conversation_turns', 'tool_calls'),
    ('conversation_turns', 'tool_results'),
    ('conversation_analyses', 'title'),
    ('conversation_analyses', 'transcript_summary'),
    ('conversation_analyses', 'data_collection'),
    ('conversation_analyses', 'evaluation'),
    ('tool_invocations', 'request'),
    ('tool_invocations', 'response'),
    ('webhook_events', 'payload'),
)
BATCH = 500


def _rewrite(db, convert, wanted):
    for table, column in COLUMNS:
        last = 0
        while True:
            rows = db.execute_sql(
                f'SELECT "id", "{column}" FROM "{table}" WHERE "id" > ? ORDER BY "id" LIMIT ?',
                (last, BATCH),
            ).fetchall()
            if not rows:
                break
            for row_id, value in rows:
                if value and wanted(value):
                    db.execute_sql(
                        f'UPDATE "{table}" SET "{column}" = ? WHERE "id" = ?',
                        (convert(value), row_id),
                    )
            last = rows[-1][0]


def up(migrator, db):
    _rewrite(db, crypto.encrypt_text, lambda value: not crypto.is_encrypted(value))


def down(migrator, db):
    _rewrite(db, crypto.decrypt_text, crypto.is_encrypted)
