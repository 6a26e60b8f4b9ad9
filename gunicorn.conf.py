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
threads = _settings.web_threads
# One thread: the sync worker, one request at a time per process. The kernel hands each new
# connection to an idle worker, so load spreads evenly and no request waits on another's GIL
# slice; with threads, keep-alive connections stay on the worker that accepted them and a
# worker holding 7 of 10 clients answers them twice as slowly (measured in bench.run). Sync
# workers need a proxy that buffers request bodies in front (nginx does by default).
worker_class = "sync" if _settings.web_threads == 1 else "gthread"
preload_app = False
timeout = 30
graceful_timeout = 30
keepalive = 5  # gthread only; the sync worker closes each connection
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
