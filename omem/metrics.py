"""Prometheus metrics: the Flask exporter (multi-process under gunicorn) and every omem_* metric.

Metric objects are defined here only and imported where they are observed. Under gunicorn and
the Huey consumer, PROMETHEUS_MULTIPROC_DIR is set before this module is imported, so every
process writes its samples to files that `/metrics` aggregates. `omem run` gives web and
consumer one directory; the Ansible units give each its own, and the web reads the consumer's
too (OMEM_CONSUMER_METRICS_DIR).
"""

from __future__ import annotations

import glob
import math
import os
from collections import defaultdict
from collections.abc import Callable
from collections.abc import Iterable
from collections.abc import Sequence
from typing import Any

from flask import Flask
from prometheus_client import REGISTRY
from prometheus_client import CollectorRegistry
from prometheus_client import Counter
from prometheus_client import Histogram
from prometheus_client.exposition import choose_encoder
from prometheus_client.metrics_core import GaugeMetricFamily
from prometheus_client.metrics_core import Metric
from prometheus_client.multiprocess import MultiProcessCollector
from prometheus_client.registry import Collector
from prometheus_flask_exporter import PrometheusMetrics
from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics

from omem.config import Settings

PREFIX = "omem"  # the Flask exporter's metrics: omem_http_request_duration_seconds, …
REQUEST_LATENCY = f"{PREFIX}_http_request_duration_seconds"
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1, 2.5)

QUEUE_TASKS = Counter(
    "omem_queue_tasks_total", "Huey task outcomes, counted from Huey signals.", ["signal"]
)
EVENTS_IGNORED = Counter(
    "omem_webhook_events_ignored_total", "Signed webhook events of a type omem ignores.", ["type"]
)
LIFECYCLE_ROWS = Counter(
    "omem_lifecycle_rows_total",
    "Rows changed by the lifecycle jobs (decayed, archived, guests_removed).",
    ["job", "action"],
)
LIFECYCLE_RUNS = Counter(
    "omem_lifecycle_runs_total",
    "Lifecycle job runs by outcome (finished, resumed after a lost process, lost_lease).",
    ["job", "outcome"],
)
BACKUP_RUNS = Counter(
    "omem_backup_runs_total", "Backups attempted, by outcome (ok, failed).", ["outcome"]
)
BACKUP_OFFSITE = Counter(
    "omem_backup_offsite_uploads_total",
    "Copies of backups to the bucket (OMEM_BACKUP_S3_URL): ok per archive uploaded, failed per "
    "run that stopped on an error.",
    ["outcome"],
)
LAST_BACKUP = "omem_backup_last_success_timestamp_seconds"
RECONCILE_RUNS = Counter(
    "omem_reconcile_runs_total",
    "Runs of the missed-call reconciliation: complete, partial (the per-run fetch limit was "
    "reached; the next tick goes on) or failed (retried after an interval).",
    ["outcome"],
)
RECONCILE_CONVERSATIONS = Counter(
    "omem_reconcile_conversations_total",
    "Conversations the reconciliation saw, by what became of them (listed, known, recorded, "
    "failed, …); `recorded` are calls whose webhook never came.",
    ["outcome"],
)
DEGRADED = Counter("omem_degraded_total", "Answers served on a degraded path.", ["path"])
EMBED_CACHE = Counter("omem_embedding_cache_total", "Embedding LRU cache lookups.", ["result"])
LLM_CALLS = Counter(
    "omem_llm_calls_total", "Calls to the OpenAI-compatible server.", ["kind", "outcome"]
)
STAGE_LATENCY = Histogram(
    "omem_stage_seconds", "Latency of internal stages.", ["stage"], buckets=LATENCY_BUCKETS
)


class _DefaultRegistryProxy:
    """Exposes the omem_* metrics of the process-wide registry through a per-app registry."""

    def collect(self) -> Iterable[Metric]:
        return REGISTRY.collect()


class _LastBackup(Collector):
    """`omem_backup_last_success_timestamp_seconds`, read when scraped (from the backup
    directory, through `newest`): right whichever process or command took the backup, and
    after a restart. Absent while there is no backup."""

    def __init__(self, newest: Callable[[], float | None]) -> None:
        self.newest = newest

    def _family(self) -> GaugeMetricFamily:
        return GaugeMetricFamily(LAST_BACKUP, "Unix time of the newest good backup.")

    def describe(self) -> Iterable[Metric]:
        return [self._family()]  # registering must not read the directory

    def collect(self) -> Iterable[Metric]:
        when = self.newest()
        if when is None:
            return []
        family = self._family()
        family.add_metric([], when)
        return [family]


class _SampleFiles(Collector):
    """The multi-process samples of every directory in `paths`, merged as one process group
    (the web's workers and the consumer's): a metric both write is summed, not listed twice."""

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = _distinct(paths)

    def collect(self) -> Iterable[Metric]:
        files = [
            name
            for path in self.paths
            if os.path.isdir(path)
            for name in sorted(glob.glob(os.path.join(path, "*.db")))
        ]
        return MultiProcessCollector.merge(files, accumulate=True) if files else []


def _distinct(paths: Sequence[str]) -> tuple[str, ...]:
    """The non-empty directories in `paths`, each once (web and consumer may share one)."""
    seen: dict[str, str] = {}
    for path in paths:
        if path:
            seen.setdefault(os.path.realpath(path), path)
    return tuple(seen.values())


def sample_dirs(settings: Settings) -> tuple[str, ...]:
    """The directories holding this deployment's multi-process samples: the web's own and,
    when it has its own, the consumer's."""
    return _distinct([settings.metrics_dir, settings.consumer_metrics_dir])


class _GunicornMetrics(GunicornInternalPrometheusMetrics):
    """The multi-process exporter plus collectors read at scrape time, which its per-scrape
    registry (built from the samples files alone) would otherwise leave out."""

    def __init__(
        self, app: Flask, dirs: Sequence[str], scraped: Sequence[Collector], **options: Any
    ) -> None:
        self.dirs = tuple(dirs)
        self.scraped = tuple(scraped)
        super().__init__(app, **options)

    def generate_metrics(
        self, accept_header: str | None = None, names: list[str] | None = None
    ) -> tuple[str, str]:
        registry = CollectorRegistry(auto_describe=False)
        registry.register(_SampleFiles(self.dirs))
        for collector in self.scraped:
            registry.register(collector)
        encode, content_type = choose_encoder(accept_header or "")
        chosen = registry.restricted_registry(names) if names else registry
        return encode(chosen).decode("utf-8"), content_type


def init_metrics(
    app: Flask, settings: Settings, last_backup: Callable[[], float | None]
) -> PrometheusMetrics:
    """Attach request metrics and `/metrics` to the app (per-endpoint latency histograms);
    `last_backup` gives the newest good backup's Unix time at each scrape."""
    options = {
        "group_by": "endpoint",
        "buckets": LATENCY_BUCKETS,
        "defaults_prefix": PREFIX,
        "excluded_paths": ["^/metrics$", "^/static/"],
    }
    scraped = [_LastBackup(last_backup)]
    if settings.metrics_dir:
        return _GunicornMetrics(app, sample_dirs(settings), scraped, **options)
    # Single process (tests, `flask run`): a registry per app, so several apps can coexist.
    registry = CollectorRegistry(auto_describe=True)
    registry.register(_DefaultRegistryProxy())
    for collector in scraped:
        registry.register(collector)
    return PrometheusMetrics(app, registry=registry, **options)


def quantile_from_buckets(buckets: Sequence[tuple[float, float]], q: float) -> float | None:
    """Estimate the q-quantile from a histogram's cumulative buckets `(upper bound, count)`
    as Prometheus' `histogram_quantile` does: interpolate linearly inside the bucket the
    rank falls in (the first bucket starts at 0); a rank in the +Inf bucket answers the
    highest finite bound. None with no observations."""
    ordered = sorted(buckets)
    total = ordered[-1][1] if ordered else 0.0
    if total <= 0:
        return None
    rank = q * total
    lower, below = 0.0, 0.0
    for upper, count in ordered:
        if count >= rank:
            if math.isinf(upper):
                return lower
            if count == below:  # q = 0
                return lower
            return lower + (upper - lower) * (rank - below) / (count - below)
        lower, below = upper, count
    return lower


def _collected(dirs: Sequence[str]) -> list[Metric]:
    """Every metric the processes writing into `dirs` have written, merged."""
    return list(_SampleFiles(dirs).collect())


def latency_quantiles(
    dirs: Sequence[str], endpoints: Sequence[str], q: float = 0.95
) -> dict[str, float | None]:
    """The q-quantile in seconds of each endpoint's request latency (every method and
    status together), from the multi-process files in `dirs`; None for an endpoint with no
    requests yet, and for all of them without a directory (a single process keeps its
    samples in memory, where another process cannot read them)."""
    buckets: dict[str, dict[float, float]] = {name: defaultdict(float) for name in endpoints}
    for metric in _collected(dirs):
        if metric.name != REQUEST_LATENCY:
            continue
        for sample in metric.samples:
            endpoint = sample.labels.get("endpoint", "")
            if sample.name.endswith("_bucket") and endpoint in buckets:
                buckets[endpoint][float(sample.labels["le"])] += sample.value
    return {name: quantile_from_buckets(list(b.items()), q) for name, b in buckets.items()}


def latency_p95(dirs: Sequence[str], endpoints: Sequence[str]) -> dict[str, float | None]:
    return latency_quantiles(dirs, endpoints, 0.95)


def degraded_counts(dirs: Sequence[str]) -> dict[str, int]:
    """`omem_degraded_total` by path, summed over the processes writing into `dirs` since
    they were created (gunicorn.conf.py, `omem run` and systemd empty them at start); {}
    without one."""
    counts: dict[str, int] = {}
    for metric in _collected(dirs):
        if metric.name != "omem_degraded":
            continue
        for sample in metric.samples:
            if sample.name == "omem_degraded_total":
                path = sample.labels.get("path", "")
                counts[path] = counts.get(path, 0) + int(sample.value)
    return counts
