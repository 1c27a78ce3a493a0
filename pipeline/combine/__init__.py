"""The global phase: what needs every article at once (story grouping, commitments
merged per story). ``extract`` runs it over every article, ``nightly`` over the
articles a night could change (:mod:`pipeline.combine.phase`)."""
