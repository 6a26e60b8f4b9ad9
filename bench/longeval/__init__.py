"""The long synthetic evaluation set (issue 14): many callers, six months of calls each, and
questions with computed evidence. `generate.py` writes it; `bench.retrieval_quality --set
bench/longeval` replays it."""
