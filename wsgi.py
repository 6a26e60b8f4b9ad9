"""Gunicorn entry point: `gunicorn -c gunicorn.conf.py wsgi:app`."""

from omem import create_app

app = create_app()
