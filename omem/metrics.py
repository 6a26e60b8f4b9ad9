"""Prometheus metrics: the Flask exporter (multi-process under gunicorn) and every omem_* metric.

Metric objects are defined here only and imported where they are observed. Under gunicorn and
the Huey consumer, PROMETHEUS_MULTIPROC_DIR is set before this module is imported, so every
process writes its samples to files that `/metrics` aggregates.
"""

from __future__ import annotations

from collections.abc import Iterable

from flask import Flask
from prometheus_client import REGISTRY
from prometheus_client import CollectorRegistry
from prometheus_client import Counter
from prometheus_client import Histogram
from prometheus_client.metrics_core import Metric
from prometheus_flask_exporter import PrometheusMetrics
from prometheus_flask_exporter.multiprocess import GunicornInternalPrometheusMetrics

from omem.config import Settings

LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.015, 0.02, 0.03, 0.05, 0.1, 0.25, 0.5, 1, 2.5)

QUEUE_TASKS = Counter(
    "omem_queue_tasks_total", "Huey task outcomes, counted from Huey signals.", ["signal"]
)
EVENTS_IGNORED = Counter(
    "omem_webhook_events_ignored_total", "Signed webhook events of a type omem ignores.", ["type"]
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


def init_metrics(app: Flask, settings: Settings) -> PrometheusMetrics:
    """Attach request metrics and `/metrics` to the app (per-endpoint latency histograms)."""
    options = {
        "group_by": "endpoint",
        "buckets": LATENCY_BUCKETS,
        "defaults_prefix": "omem",
        "excluded_paths": ["^/metrics$", "^/static/"],
    }
    if settings.metrics_dir:
        return GunicornInternalPrometheusMetrics(app, **options)
    # Single process (tests, `flask run`): a registry per app, so several apps can coexist.
    registry = CollectorRegistry(auto_describe=True)
    registry.register(_DefaultRegistryProxy())
    return PrometheusMetrics(app, registry=registry, **options)
