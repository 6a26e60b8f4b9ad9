"""omem's benchmark harness: `python -m bench.run [--quick]` (see bench/README.md)."""
