"""Consumer entry point: `huey_consumer tasks.huey` (settings from the environment)."""

from omem.jobs import start_worker

huey = start_worker()
