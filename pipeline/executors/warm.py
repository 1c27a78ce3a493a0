"""Warm-up imported by the forkserver before it forks worker processes.

Importing this module imports the per-article step and runs it once on a short
article in each language, so that everything the extractors load lazily (the
language profiles, compiled grammars, the spaCy NER model) is loaded once in
the forkserver. Workers forked from it start warm and share those pages
copy-on-write, instead of each paying several CPU-seconds and ~150 MB again.

The warm-up is best effort: a failure here only means colder workers, never a
failed run (the forkserver would otherwise die on the exception). The texts are
pure filler; nothing they produce is kept.
"""

from __future__ import annotations

import sys

SAMPLES = (
    "Jean Martin, ministre de la Santé, a reçu à Paris le Premier ministre Pham Minh Chinh "
    "le 6 octobre 2025. La réforme des hôpitaux doit s'achever avant le 30 octobre 2025, "
    "conformément à la résolution n° 72-NQ/TW du Bureau politique.",
    "Premier Pham Minh Chinh polecił Ministerstwu Zdrowia zakończyć reformę szpitali do "
    "końca 2025 r., zgodnie z rezolucją nr 72-NQ/TW Biura Politycznego. Wiceminister "
    "Tran Van Thuan będzie nadzorował prace.",
    "Thủ tướng Phạm Minh Chính yêu cầu Bộ Y tế hoàn thành cải cách bệnh viện trước ngày "
    "30/10/2025 theo Nghị quyết số 72-NQ/TW của Bộ Chính trị. Thứ trưởng Trần Văn Thuấn "
    "theo dõi việc thực hiện.",
)


def warm() -> None:
    """Run the per-article step once per sample; swallow (and report) any failure."""
    try:
        import pipeline.run  # noqa: F401 - workers unpickle process_batch from there
        from pipeline.extract.title_lexicon import lexicon, person_ner
        from pipeline.lang import SUPPORTED
        from pipeline.records import Article
        from pipeline.stages.load import make_article
        from pipeline.stages.process import process_article

        for lang in SUPPORTED:  # the NER model loads here even if no sample needs it
            if model := lexicon(lang).ner_model:
                person_ner(model)
        for i, text in enumerate(SAMPLES):
            article = make_article(text, f"<warm-up {i}>")
            if isinstance(article, Article):
                process_article(article)
    except Exception as err:  # best effort by design
        print(f"warning: worker warm-up failed: {err!r}", file=sys.stderr)


warm()
