"""The per-article step (:mod:`pipeline.article.step`) and every producer it runs: decree
numbers, dates, deadlines, officials (with the Vietnamese name rules), sentences,
actors, anchors, discourse and obligations. Pure functions of one article."""
