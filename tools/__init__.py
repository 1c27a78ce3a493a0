"""Developer tools, outside the runtime package: ``make bench`` (``tools.bench``, its
corpus generator ``tools.benchgen`` and night measurement ``tools.benchnight``),
``make eval`` (``tools.evaluation`` over ``tools.scoring``) and the refactoring check
``tools/same_tables.py``. Run them from the repository root (``python -m tools.bench``)."""
