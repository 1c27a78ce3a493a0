"""Scheduled nightly ingestion: fetch, extract, update the tables incrementally and safely.

``python -m pipeline nightly --config FILE --data DIR``; see ``docs/nightly.md``.
Modules: ``config`` (TOML), ``safety`` (URLs, addresses, robots.txt), ``fetch``
(bounded HTTP), ``sources`` (feeds, sitemaps, URL lists), ``rawstore`` (immutable
pages), ``state`` (SQLite), ``tables`` (partitioned Parquet + manifest), ``apply``
(incremental table update), ``job`` (one night).
"""
