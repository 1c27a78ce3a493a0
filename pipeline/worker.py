"""What a worker process runs: one batch of ``extract``'s inputs, and the warm-up.

:func:`process_batch` loads and processes one batch of files and JSONL parts.
:func:`warm` is the warm-up that ``extract`` gives its executor (:func:`warm_pages`
that of ``nightly``): the forkserver runs it once before it forks worker processes.
It runs the per-article step once on a short article in each language, so that
everything the extractors load lazily (the language profiles, compiled grammars, the
spaCy NER model) is loaded once in the forkserver. Workers forked from it start warm
and share those pages copy-on-write, instead of each paying several CPU-seconds and
~150 MB again.

After the warm-up, :func:`settle_gc` hides what it loaded from the garbage collector
and makes the collector run less often (``settings.GC_THRESHOLDS``); the CLI does the
same in the main process, which runs the step itself with one worker.

The warm-up is best effort: a failure here only means colder workers, never a
failed run (the forkserver would otherwise die on the exception). The texts are
pure filler; nothing they produce is kept.
"""

from __future__ import annotations

import gc
import html
import sys
from collections.abc import Sequence
from pathlib import Path

from pipeline import regexstore
from pipeline.article.step import process_article, process_item
from pipeline.ingest.load import LoadOptions, WorkUnit, article_from_html, load_unit, make_article
from pipeline.lang import SUPPORTED
from pipeline.lang.titles import lexicon, person_ner
from pipeline.records import Article, Processed
from pipeline.settings import GC_THRESHOLDS

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
    _warm(pages=False)


def warm_pages() -> None:
    """:func:`warm`, with the samples read from HTML pages: the warm-up of the nightly
    job, whose inputs are pages. It loads trafilatura too, which ``extract`` imports
    only on its first HTML input (0.16 s and a first page's parsing saved per worker)."""
    _warm(pages=True)


def _warm(pages: bool) -> None:
    try:
        for lang in SUPPORTED:  # the NER model loads here even if no sample needs it
            if model := lexicon(lang).ner_model:
                person_ner(model)
        for i, text in enumerate(SAMPLES):
            if pages:
                page = f"<html><body><article><p>{html.escape(text)}</p></article></body></html>"
                article = article_from_html(page, f"<warm-up page {i}>")
            else:
                article = make_article(text, f"<warm-up {i}>")
            if isinstance(article, Article):
                process_article(article)
    except Exception as err:  # best effort by design
        print(f"warning: worker warm-up failed: {err!r}", file=sys.stderr)
    regexstore.save()  # the patterns compiled above, for the next process (once)
    settle_gc()


def settle_gc() -> None:
    """Move every object alive now (modules, grammars, models) out of the collector's
    sight for good (``gc.freeze``: workers forked afterwards share those pages untouched),
    and collect the young generations less often (``settings.GC_THRESHOLDS``). Objects
    are still freed as soon as nothing refers to them; only cycles wait longer."""
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLDS)


def process_batch(root: Path, max_bytes: int, units: Sequence[WorkUnit]) -> list[Processed]:
    """Load and process one batch of files and JSONL parts (runs on a worker; pure)."""
    options = LoadOptions(max_bytes=max_bytes)
    return [process_item(item) for unit in units for item in load_unit(unit, root, options)]
