"""Gunicorn entry points: `wsgi:asgi` (buffered worker, the default) and `wsgi:app`."""

from omem import create_app
from omem.serving import buffered

app = create_app()
asgi = buffered(app)
