"""Gunicorn settings, derived from the same OMEM_* settings as the app.

The app is imported in each worker after the fork (no preload), so no database connection
or model is ever opened in the master.
"""

import gc
import os
import shutil

from prometheus_client import multiprocess

from omem.config import load_settings

_settings = load_settings()
# (Importing omem sets OPENBLAS_NUM_THREADS=1 before numpy loads; see omem/__init__.py.)

bind = _settings.bind
workers = _settings.web_workers
# `buffered` (the default): gunicorn's asyncio worker reads each request in full on its event
# loop, then the app runs in that same thread, one request at a time per process (see
# omem/serving.py). A trickling client costs a file descriptor, not a worker, and a busy worker
# accepts nothing, so the kernel hands new connections to idle ones, as with sync workers.
# `sync`/`gthread` read the request in the worker: only behind a buffering proxy (nginx), which
# the settings enforce for a non-loopback bind.
worker_class = {"buffered": "asgi", "sync": "sync", "gthread": "gthread"}[_settings.web_worker]
wsgi_app = "wsgi:asgi" if _settings.web_worker == "buffered" else "wsgi:app"
threads = _settings.web_threads if _settings.web_worker == "gthread" else 1
asgi_loop = "asyncio"
asgi_lifespan = "on"
preload_app = False
timeout = 30
graceful_timeout = 30
# One request per connection for the buffered worker, as the sync worker does: a kept-alive
# connection stays on the worker that accepted it, and at 10 clients some workers held 4
# connections while others idled (bench.run's per-client means spread 4.5-26.9 ms); a new
# connection goes to whichever worker is idle. gthread keeps connections alive.
keepalive = 5 if _settings.web_worker == "gthread" else 0
accesslog = None  # omem logs one structured line per request itself
errorlog = "-"
proc_name = "omem-web"
control_socket_disable = True  # gunicorn 27 would otherwise create ~/.gunicorn/gunicorn.ctl

# Multi-process metrics: every worker writes samples under this directory. `omem run` sets it
# (and cleans it) for gunicorn and the consumer together; a bare gunicorn sets its own.
if not _settings.metrics_dir:
    _metrics_dir = _settings.data_dir / "metrics"
    shutil.rmtree(_metrics_dir, ignore_errors=True)
    _metrics_dir.mkdir(parents=True, exist_ok=True)
    os.environ["PROMETHEUS_MULTIPROC_DIR"] = str(_metrics_dir)


def child_exit(server, worker):  # noqa: ANN001 - gunicorn hook signature
    multiprocess.mark_process_dead(worker.pid)


def post_worker_init(worker):  # noqa: ANN001 - gunicorn hook signature
    # Everything imported so far lives as long as the worker: keep it out of the cyclic GC,
    # whose full collections otherwise pause a request for tens of milliseconds.
    gc.freeze()
