"""Benchmark results: one row per benchmark, the markdown table and the JSON form."""

from __future__ import annotations

import json
import math
from dataclasses import asdict
from dataclasses import dataclass
from dataclasses import field
from pathlib import Path
from typing import Any

from bench.load import LoadResult


@dataclass
class Row:
    benchmark: str
    n: int
    p50_ms: float = math.nan
    p95_ms: float = math.nan
    p99_ms: float = math.nan
    max_ms: float = math.nan
    rate: float = 0.0
    rate_unit: str = "req/s"
    target: str = ""
    met: bool | None = None
    errors: int = 0
    notes: list[str] = field(default_factory=list)
    error_samples: list[str] = field(default_factory=list)


def latency_row(result: LoadResult, target_p95_ms: float | None = None) -> Row:
    row = Row(
        benchmark=result.name,
        n=result.ok,
        p50_ms=result.percentile_ms(50),
        p95_ms=result.percentile_ms(95),
        p99_ms=result.percentile_ms(99),
        max_ms=max(result.latencies) * 1000 if result.latencies else math.nan,
        rate=result.rate,
        errors=result.error_count,
        error_samples=list(result.errors),
    )
    if result.timed_out:
        row.notes.append(f"stopped by the time limit after {result.ok + result.error_count}")
    if len(result.per_client) > 1:
        means = sorted(sum(xs) / len(xs) * 1000 for xs in result.per_client.values())
        row.notes.append(
            "mean latency per client connection: "
            + ", ".join(f"{m:.1f}" for m in means)
            + " ms (uneven = connections unevenly spread over the gunicorn workers)"
        )
    if target_p95_ms is not None:
        row.met = row.p95_ms <= target_p95_ms and row.errors == 0
        row.target = f"p95 ≤ {target_p95_ms:g} ms: {'met' if row.met else 'MISSED'}"
    else:
        row.target = "info"
    return row


def _ms(value: float) -> str:
    return "–" if math.isnan(value) else f"{value:.1f}"


def _rate(row: Row) -> str:
    text = f"{row.rate:,.1f} {row.rate_unit}"
    if row.rate_unit == "events/s":
        text += f" ({row.rate * 3600:,.0f} calls/h)"
    return text


def markdown_table(rows: list[Row]) -> str:
    lines = [
        "| benchmark | n | errors | p50 ms | p95 ms | p99 ms | max ms | rate | target |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row.benchmark} | {row.n:,} | {row.errors} | {_ms(row.p50_ms)} | "
            f"{_ms(row.p95_ms)} | {_ms(row.p99_ms)} | {_ms(row.max_ms)} | {_rate(row)} | "
            f"{row.target} |"
        )
    return "\n".join(lines)


def write_json(path: Path, rows: list[Row], meta: dict[str, Any]) -> None:
    def clean(value: Any) -> Any:
        return None if isinstance(value, float) and math.isnan(value) else value

    data = {"meta": meta, "results": [{k: clean(v) for k, v in asdict(r).items()} for r in rows]}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
