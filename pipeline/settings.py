"""Every threshold and setting of the pipeline, in one place.

Each is read by one stage (named in its section); the nightly job and ``extract`` read
the same ones, so that a night regroups stories exactly as a full run does. Language
knowledge (words, grammars, bodies, titles) is not here: it is data, in ``pipeline/lang``.
A change here changes the tables: the nightly cache key covers this module.
"""

from __future__ import annotations

# ---- Reading inputs (ingest/load.py) ----

#: Input files larger than this are rejected (``too_large``) unless ``--max-bytes`` says more.
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
#: Fewer letters than this is a menu or a stub, not an article.
MIN_LETTERS = 20
#: Above this many characters an HTML page is read linearly, without trafilatura.
LARGE_HTML_CHARS = 4_000_000

# ---- Language identification (ingest/language.py) ----

#: langdetect's cost grows with the sample length times the number of trials (random
#: walks over the sample's n-grams; the default is 7). A 400-character sample (title and
#: lead) and 3 trials gave the same language as 4000 characters and 7 trials on all 492
#: NTREX documents, the sample and held-out articles and 2000 bench articles, at 0.9 ms
#: instead of 1.6 ms per article. The seed makes it deterministic.
LANGUAGE_SAMPLE_CHARS = 400
LANGUAGE_TRIALS = 3
LANGUAGE_SEED = 0

# ---- Batches and tables of ``extract`` (run.py, write.py) ----

#: Files, or records of a large JSONL file, per batch: fixed, so that batching never
#: depends on the worker count.
BATCH_FILES = 32
#: Rows per row group of the articles table (each row holds a whole text).
ARTICLE_ROW_GROUP = 2_000
#: Rows per row group of every other table.
ROW_GROUP_SIZE = 50_000

# ---- Worker processes (executors/) ----

#: Pools replaced after a worker death before the run is given up.
MAX_WORKER_DEATHS = 2
#: Batches queued per worker (enough to keep every worker busy, few enough in memory).
IN_FLIGHT_PER_WORKER = 4
#: Batches per worker in one window: enough to keep every worker busy while the
#: slowest batch of the window finishes, few enough to bound memory.
WINDOW_PER_WORKER = 4
#: Python's garbage collector in a process that extracts (``worker.settle_gc``): a young
#: generation of 50,000 objects instead of 700, older ones collected 20 times less often.
#: The per-article step makes millions of short-lived objects and almost no cycles, so
#: the default collector spent 15-20 % of the CPU scanning the loaded grammars and
#: models again and again (400 bench articles: 8.1-9.1 CPU s, 7.1 s with these and
#: ``gc.freeze()`` after the warm-up). Results do not depend on it.
GC_THRESHOLDS = (50_000, 20, 20)

# ---- The nightly job (nightly/job.py) ----

#: Downloads recorded per ``state.sqlite`` commit: each one, so that a killed night
#: never downloads a page again (a commit costs well under a millisecond in WAL mode
#: next to a download that waits ``delay_per_host``).
COMMIT_EVERY = 1
#: Pages per batch of the per-article step. Small, so that a night's few new pages
#: spread evenly over the workers; the results do not depend on it (pure, in order).
PAGES_PER_BATCH = 8

# ---- Commitments: obligations in one article (article/obligations.py, discourse.py) ----

#: Longest action kept, in characters (cut at a word boundary).
MAX_ACTION = 200
#: Characters (an article, a space) that may open a clause before a bare title subject.
TITLE_LEAD = 4
#: Characters of a shortened complement after an office opening a subject ("Chủ tịch" +
#: " UBND Thành phố cũng "), for the official named earlier with the office's full title.
SHORT_TITLE_TAIL = 40
#: A blocked line of at most this many words is a byline or a credit, never a commitment.
CREDIT_WORDS = 12
#: How far after an assignment verb its addressee may be named.
ASSIGNEE_WINDOW = 120
#: How many words may stand between a future verb and the body that is its subject.
FUTURE_SUBJECT_GAP = 3
#: Paragraphs in a row without a commitment after which the speaker loses the floor.
FLOOR_PARAGRAPHS = 3
#: How far after an interview marker the interviewee is named.
INTERVIEWEE_WINDOW = 300
#: How far after the interviewee's name their title (and its body) may run.
INTERVIEWEE_TITLE = 200

# ---- Commitments: one action across the articles of a story (combine/commitments.py) ----

#: Sentences in two languages state the same thing when their numbers overlap this much,
#: or when they sit at about the same place in their articles.
SAME_ACTION_NUMBERS = 0.5
SAME_ACTION_POSITION = 0.12

# ---- Story grouping (combine/stories.py; nightly/apply.py finds its candidates) ----

#: MinHash permutations for within-language near-duplicates, and their seed.
NUM_PERM = 128
SEED = 1
#: Word shingles of this many tokens for within-language near-duplicates.
SHINGLE = 5
NEAR_DUPLICATE_JACCARD = 0.8
#: A same-language text with at least this share of its 5-grams in another, and at least
#: ``MIN_SHARED_SHINGLES`` of them (a run of some 30 words), is a version of it: judged
#: on the smaller text, so that a text cut short or wrapped in other furniture still
#: meets its original.
CONTAINMENT = 0.6
MIN_SHARED_SHINGLES = 25
#: Containment candidates: one shingle in ``SAMPLE_EVERY`` (by hash), shared by at least
#: ``MIN_SHARED_SAMPLES`` and held by at most ``SAMPLE_MAX_DF`` articles.
SAMPLE_EVERY = 4
MIN_SHARED_SAMPLES = 3
SAMPLE_MAX_DF = 30
#: ...and by at least this share of the smaller text's samples. A version holds at least
#: ``CONTAINMENT`` (60 %) of the smaller text, so it shares about 60 % of its samples (the
#: sample is a fixed hash subset); a third of that is missed with a chance under 1e-4 from
#: 20 samples up, and below that ``MIN_SHARED_SAMPLES`` decides. Pairs that share a few
#: common sentences and nothing else (489,615 candidate pairs on the 3k bench corpus, 72
#: of them versions) are not verified one by one: 2,528 are.
MIN_SAMPLE_SHARE = 0.2
#: Score (IDF-weighted Jaccard of anchors times the share of them in the same order)
#: above which two articles in different languages are one story; lowered by
#: ``SOURCE_LINE_FACTOR`` when they share paper and date.
ANCHOR_THRESHOLD = 0.2
#: Shared anchors count in full only when their first occurrences sit at about the same
#: relative place in both texts (translations keep the order of what they translate).
POSITION_TOLERANCE = 0.1
SOURCE_LINE_FACTOR = 0.5
#: Candidates come from the anchors at most this many articles share: a frequent anchor
#: (the year, a famous resolution, "Hanoi") says little about which story an article
#: tells, and in an LSH band it would make every article a candidate of every other
#: (quadratic time, and memory that grows with the corpus). Verification still
#: weighs every anchor. A night looks for the articles a new one may join through the
#: same cut-off: the anchors at most this many live articles share.
RARE_ANCHOR_DF = 30
#: LSH over those rare anchors: translations share most of them (Jaccard >= 0.2 for
#: all but a handful of NTREX pairs), unrelated articles almost none.
ANCHOR_LSH_THRESHOLD = 0.15
ANCHOR_NUM_PERM = 64
#: At least this many shared anchors, so that two short texts never join on one number.
MIN_SHARED_ANCHORS = 3
#: A few names are what different articles on one subject share (the same officials, the
#: same hospitals or province): unless the shared anchors include ``MIN_SHARED_SPECIFIC``
#: decrees, day dates or numbers, or number at least ``MIN_SHARED_NAMES_ALONE`` (a name
#: of several words counting once), the
#: score counts ``FEW_NAMES_FACTOR`` of itself (the bar is twice as high).
MIN_SHARED_SPECIFIC = 2
MIN_SHARED_NAMES_ALONE = 5
FEW_NAMES_FACTOR = 0.5
#: A title slug of at least this many words is specific to one text: a portal's
#: language editions keep the slug of the Vietnamese original they translate, and a
#: republication keeps the original's title.
MIN_SLUG_WORDS = 6
#: A URL on a credit line ("Theo …", "Nguồn:") or on this many lines below it is the
#: page the text was taken from.
CREDIT_LINES = 2
