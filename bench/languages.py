"""`python -m bench.languages [--embedders local,multilingual] [--sets es,de,fr,en]`:
issue 17's table — omem on calls in Spanish, German and French (bench/multieval) and in
English, once per embedder, and what each embedder costs.

Each set is replayed through the real pipeline by bench.retrieval_quality (offline extractor,
the embedder named; each call's `main_language` as ElevenLabs sends it). Printed per
language and embedder: evidence recall@10 and answer-token recall@10 over all questions,
then for the questions asked in the call's language and for those asked in another one.
English is bench/longeval (802 questions; `--english eval` takes the short set). Then the
speed of each embedder in this process: one query's embedding (p50/p95 over 200 questions,
after a warm-up), and one memory's (per text, batches of 32).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from pathlib import Path
from typing import Any

import numpy as np

from bench.retrieval_quality import PIPELINE
from bench.retrieval_quality import ROOT
from bench.retrieval_quality import revision
from bench.retrieval_quality import run
from omem import embeddings
from omem.config import load_settings

SETS = {
    "es": ROOT / "bench" / "multieval" / "es",
    "de": ROOT / "bench" / "multieval" / "de",
    "fr": ROOT / "bench" / "multieval" / "fr",
}
ENGLISH = {"long": ROOT / "bench" / "longeval", "eval": ROOT / "bench" / "eval"}
SPEED_QUERIES = 200


def _mean(values: list[float]) -> float:
    return 100 * sum(values) / len(values) if values else float("nan")


def figures(directory: Path) -> dict[str, Any]:
    """omem's evidence and answer recall@10 on one set, overall and by question language."""
    questions = json.loads((directory / "questions.json").read_text(encoding="utf-8"))
    language_of = {q["id"]: q.get("question_language") for q in questions}
    calls = json.loads((directory / "calls.json").read_text(encoding="utf-8"))["calls"]
    call_language = {c["caller"]: c.get("main_language", "en") for c in calls}
    caller_of = {q["id"]: q["caller"] for q in questions}
    results = run(False, directory).results
    rows: dict[str, list[dict[str, Any]]] = {"all": results, "same": [], "other": []}
    for result in results:
        asked_in = language_of.get(result["id"])
        if asked_in is None:
            continue
        same = asked_in == call_language.get(caller_of[result["id"]], "en")
        rows["same" if same else "other"].append(result)
    out: dict[str, Any] = {}
    for name, chosen in rows.items():
        scores = [r["scores"][PIPELINE] for r in chosen]
        out[name] = {
            "n": len(chosen),
            "ev@10": _mean([s["recall"]["10"] for s in scores]),
            "answer@10": _mean([s["answer"]["10"] for s in scores]),
        }
    return out


def speed(embedder_name: str) -> dict[str, float]:
    settings = load_settings(
        {"OMEM_EMBEDDER": embedder_name, "OMEM_DATA_DIR": "/tmp/omem-bench-languages"},
        env_file=None,
    )
    embedder = embeddings.get_embedder(settings).inner  # no LRU: every text is embedded
    questions = [
        f"{stem} {n}"
        for n in range(SPEED_QUERIES // 4)
        for stem in (
            "What is the caller's new address?",
            "¿A qué hora prefiere que la llamen?",
            "Wie heißt der Hund?",
            "Où travaille-t-elle maintenant ?",
        )
    ]
    embedder.embed_query("warm up")
    times = []
    for text in questions:
        started = time.perf_counter()
        embedder.embed_query(text)
        times.append(1000 * (time.perf_counter() - started))
    times.sort()
    passages = [
        f"Mi perro se llama Toby, es un labrador de {n} años, muy bueno." for n in range(64)
    ]
    started = time.perf_counter()
    for batch in range(0, len(passages), 32):
        embedder.embed(passages[batch : batch + 32])
    per_text = 1000 * (time.perf_counter() - started) / len(passages)
    return {
        "query_p50": statistics.median(times),
        "query_p95": float(np.percentile(times, 95)),
        "passage": per_text,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.languages")
    parser.add_argument("--embedders", default="local,multilingual")
    parser.add_argument("--sets", default="es,de,fr,en")
    parser.add_argument("--english", choices=sorted(ENGLISH), default="long")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    args = parser.parse_args(argv)
    chosen = args.sets.split(",")
    table: dict[str, dict[str, Any]] = {}
    speeds: dict[str, dict[str, float]] = {}
    for embedder_name in args.embedders.split(","):
        os.environ["OMEM_EMBEDDER"] = embedder_name  # read by retrieval_quality's settings
        embeddings._embedders.clear()
        for name in chosen:
            directory = ENGLISH[args.english] if name == "en" else SETS[name]
            table[f"{name}/{embedder_name}"] = figures(directory)
        speeds[embedder_name] = speed(embedder_name)
    print(f"\n## omem per language and embedder (omem {revision()})\n")
    print(
        "| language | embedder | questions | ev@10 | answer@10 | asked in the call's language "
        "(n, ev@10) | asked in another (n, ev@10) |"
    )
    print("|---|---|---:|---:|---:|---|---|")
    for key, row in table.items():
        name, embedder_name = key.split("/")
        same, other = row["same"], row["other"]
        print(
            f"| {name} | {embedder_name} | {row['all']['n']} | {row['all']['ev@10']:.1f} | "
            f"{row['all']['answer@10']:.1f} | "
            + (f"{same['n']}, {same['ev@10']:.1f}" if same["n"] else "–")
            + " | "
            + (f"{other['n']}, {other['ev@10']:.1f}" if other["n"] else "–")
            + " |"
        )
    print(
        "\n| embedder | query embedding p50 ms | p95 ms | per memory ms (batches of 32) |\n"
        "|---|---:|---:|---:|"
    )
    for embedder_name, row in speeds.items():
        print(
            f"| {embedder_name} | {row['query_p50']:.1f} | {row['query_p95']:.1f} | "
            f"{row['passage']:.1f} |"
        )
    print(f"\n{os.cpu_count()} cores; one thread per embedding, as omem runs them.")
    if args.json:
        args.json.write_text(json.dumps({"table": table, "speed": speeds}, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
