"""The memory engine: extraction, embeddings-backed storage and linking, retrieval, summaries.

No Flask and no Huey in this package.
"""
