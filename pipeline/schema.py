"""Every output table, declared once: pyarrow schema + one-line meaning per column.

The writer enforces these schemas (missing required columns are an error, not
silent nulls); ``docs/data_dictionary.md`` is generated from this module and
the descriptions are stored as Parquet field metadata.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa


@dataclass(frozen=True)
class Column:
    name: str
    type: pa.DataType
    doc: str
    example: str = ""
    nullable: bool = True


@dataclass(frozen=True)
class Table:
    name: str
    doc: str
    columns: tuple[Column, ...]
    sort_by: tuple[str, ...]

    @property
    def schema(self) -> pa.Schema:
        fields = [
            pa.field(c.name, c.type, nullable=c.nullable, metadata={"doc": c.doc})
            for c in self.columns
        ]
        return pa.schema(fields, metadata={"table": self.name, "doc": self.doc})


_str = pa.string()
_int = pa.int64()
_date = pa.date32()
_strs = pa.list_(pa.string())

_OFFSETS = (
    Column("start", _int, "character offset where the span starts in articles.text", "812", False),
    Column("end", _int, "character offset where the span ends (exclusive)", "835", False),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (
        Table(
            "articles",
            "one row per distinct article (same normalised text = one article)",
            (
                Column("article_id", _str, "hash of the normalised text", "3f9c0a…", False),
                Column(
                    "source_path",
                    _str,
                    "input path relative to --input, or the URL",
                    "000_8dd3.txt",
                    False,
                ),
                Column(
                    "lang",
                    _str,
                    "ISO 639-1 language code from langdetect ('und' if unknown)",
                    "fr",
                    False,
                ),
                Column("lang_confidence", pa.float64(), "langdetect probability of `lang`", "0.99"),
                Column(
                    "extracted",
                    pa.bool_(),
                    "true when the extractors ran (language is fr, pl or vi)",
                    "true",
                    False,
                ),
                Column("story_id", _str, "story this article belongs to (see stories)", "a1b2…"),
                Column("title", _str, "article title", "Khẩn trương kiện toàn…"),
                Column("url", _str, "URL the article was read from, if known", "https://…"),
                Column(
                    "source_url",
                    _str,
                    "URL of the original paper ('Source:' line)",
                    "https://nhandan.vn/…",
                ),
                Column("paper", _str, "original paper from the source line", "Báo Nhân Dân"),
                Column("published_date", _date, "publication date, null if unknown", "2025-10-10"),
                Column("text", _str, "normalised text that every start/end indexes", "…", False),
                Column("text_sha256", _str, "SHA-256 of text", "3f9c0a…", False),
                Column("duplicates", _int, "number of other inputs with the same text", "0", False),
                Column("duplicate_paths", _strs, "source paths of those other inputs", "[]"),
                Column("warnings", _strs, "loading warnings (e.g. encoding fallback)", "[]"),
            ),
            ("article_id",),
        ),
        Table(
            "stories",
            "translations and versions of one story, grouped across languages",
            (
                Column("story_id", _str, "hash of the member article_ids", "a1b2…", False),
                Column("languages", _strs, "languages of the members, sorted", "['fr', 'pl']"),
                Column("article_count", _int, "number of member articles", "2", False),
                Column("title", _str, "French (or original) title", "…"),
                Column(
                    "group_key",
                    _str,
                    "weakest evidence that grouped it: source_url (the same page, its Source: "
                    "or credit URL), slug (the same title slug), near_duplicate (a version in "
                    "one language), anchors (a translation: shared numbers, dates, decrees, "
                    "names), single",
                    "source_url",
                ),
                Column(
                    "group_score",
                    pa.float64(),
                    "lowest score among the links of that kind: 1.0 for source_url and slug, "
                    "the share of the smaller text's word 5-grams found in the other for "
                    "near_duplicate, the rarity-weighted anchor score for anchors; null for "
                    "single",
                    "0.87",
                ),
            ),
            ("story_id",),
        ),
        Table(
            "decrees",
            "distinct Vietnamese document numbers cited anywhere",
            (
                Column("decree_id", _str, "hash of the canonical number", "7c1e…", False),
                Column(
                    "number",
                    _str,
                    "canonical number, Vietnamese letters restored",
                    "38/2025/QĐ-UBND",
                    False,
                ),
                Column(
                    "doc_type",
                    _str,
                    "document type code; `Luật` or `NQ` for a National Assembly law or resolution "
                    "(`56/2024/QH15`), `QH` when the text does not say which",
                    "QĐ",
                ),
                Column("issuer", _str, "issuing body code", "UBND"),
                Column("year", _int, "year inside the number or of issue", "2025"),
                Column("issue_date", _date, "issue date when some article states it", "2025-06-30"),
            ),
            ("decree_id",),
        ),
        Table(
            "decree_mentions",
            "each place an article cites a document number",
            (
                Column("article_id", _str, "article that cites it", "3f9c…", False),
                Column("decree_id", _str, "see decrees", "7c1e…", False),
                Column("number", _str, "canonical number", "72-NQ/TW", False),
                Column("raw", _str, "text as written", "n°72-NQ/TW", False),
                Column("issue_date", _date, "issue date stated next to this mention", "2025-09-09"),
                *_OFFSETS,
            ),
            ("article_id", "start", "end"),
        ),
        Table(
            "date_mentions",
            "every date expression, normalised at its precision",
            (
                Column("article_id", _str, "article", "3f9c…", False),
                Column("raw", _str, "text as written", "30 octobre 2025", False),
                Column(
                    "value",
                    _str,
                    "ISO value: day, month, year, YYYY-Qn or interval A/B",
                    "2025-10-30",
                    False,
                ),
                Column("precision", _str, "day, month, year, quarter or interval", "day", False),
                *_OFFSETS,
            ),
            ("article_id", "start", "end"),
        ),
        Table(
            "deadlines",
            "dates governed by a deadline cue",
            (
                Column("article_id", _str, "article", "3f9c…", False),
                Column("raw", _str, "cue and date as written", "avant le 30 octobre 2025", False),
                Column("cue", _str, "cue words as written", "avant le"),
                Column(
                    "relation",
                    _str,
                    "before (strictly), by (no later than) or in (during)",
                    "before",
                    False,
                ),
                Column("value", _str, "ISO date value at its precision", "2025-10-30", False),
                Column("due_date", _date, "last allowed day", "2025-10-29", False),
                *_OFFSETS,
            ),
            ("article_id", "start", "end"),
        ),
        Table(
            "officials",
            "distinct people holding public or Party office",
            (
                Column("person_id", _str, "hash of the folded name", "5d2a…", False),
                Column("name", _str, "ASCII-folded name (Đ→D)", "Tran Cam Tu", False),
                Column(
                    "name_native",
                    _str,
                    "name with diacritics when some text has them",
                    "Trần Cẩm Tú",
                ),
                Column(
                    "titles", _strs, "distinct titles as written, sorted", "['Secrétaire général']"
                ),
            ),
            ("person_id",),
        ),
        Table(
            "official_mentions",
            "each mention of an official in an article",
            (
                Column("article_id", _str, "article", "3f9c…", False),
                Column("person_id", _str, "see officials", "5d2a…", False),
                Column("name", _str, "ASCII-folded name", "To Lam", False),
                Column(
                    "title", _str, "title as written, null for a bare repeat", "Secrétaire général"
                ),
                Column("raw", _str, "text as written", "le Secrétaire général To Lam", False),
                *_OFFSETS,
            ),
            ("article_id", "start", "end"),
        ),
        Table(
            "commitments",
            "one row per distinct obligation per story, merged across languages",
            (
                Column("commitment_id", _str, "hash of story and content", "9e0f…", False),
                Column("story_id", _str, "story", "a1b2…", False),
                Column(
                    "actor",
                    _str,
                    "who must act, English canonical name when known",
                    "Ministry of Health",
                    False,
                ),
                Column("action", _str, "what must be done, as written", "achever …", False),
                Column("deadline_value", _str, "deadline ISO value", "2025-10-30"),
                Column("deadline_relation", _str, "before, by or in", "before"),
                Column("due_date", _date, "last allowed day", "2025-10-29"),
                Column(
                    "decree_number", _str, "canonical number of the decree it serves", "72-NQ/TW"
                ),
                Column(
                    "directed_by", _str, "official who directed it (folded name)", "Le Thanh Long"
                ),
                Column("languages", _strs, "languages that state it", "['fr', 'pl']"),
                Column("conflict", _str, "what the languages disagree on, if anything", ""),
            ),
            ("commitment_id",),
        ),
        Table(
            "commitment_evidence",
            "each sentence, in each language, that states a commitment",
            (
                Column("commitment_id", _str, "see commitments", "9e0f…", False),
                Column("article_id", _str, "article", "3f9c…", False),
                Column("lang", _str, "language of the sentence", "pl", False),
                Column("sentence", _str, "the sentence as written", "…", False),
                *_OFFSETS,
            ),
            ("commitment_id", "article_id", "start"),
        ),
        Table(
            "rejects",
            "inputs that could not be used, with the reason",
            (
                Column("source_path", _str, "input path or URL", "bad/empty.txt", False),
                Column("reason", _str, "short machine-readable reason", "empty", False),
                Column("detail", _str, "what was wrong and what to do", "0 bytes", False),
            ),
            ("source_path", "reason"),
        ),
        Table(
            "fetch_log",
            "nightly job: every download of a page and every failed feed, sitemap or list",
            (
                Column("night", _int, "manifest version of the night that logged it", "12", False),
                Column("source", _str, "source name from the nightly config", "vietnam-fr", False),
                Column("url", _str, "URL requested", "https://www.vietnam.vn/fr/…", False),
                Column("final_url", _str, "URL after redirects", "https://www.vietnam.vn/fr/…"),
                Column("kind", _str, "page, feed, sitemap or urls", "page", False),
                Column("status", _int, "HTTP status, null when no answer", "200"),
                Column(
                    "error",
                    _str,
                    "short reason, null on success: timeout, http_error, "
                    "too_large, not_html, robots, host_not_allowed, private_address, …",
                    "timeout",
                ),
                Column("detail", _str, "what went wrong, in words", "HTTP 503"),
                Column(
                    "time",
                    pa.timestamp("s", tz="UTC"),
                    "when it was fetched (UTC)",
                    "2025-10-16 02:00:05",
                    False,
                ),
            ),
            ("night", "source", "url", "time"),
        ),
    )
}


def table(name: str) -> Table:
    """The declared table ``name``; raises KeyError with the known names."""
    try:
        return TABLES[name]
    except KeyError:
        raise KeyError(f"unknown table {name!r}; known: {', '.join(TABLES)}") from None


_SQL_TYPES: dict[pa.DataType, str] = {
    pa.string(): "VARCHAR",
    pa.large_string(): "VARCHAR",
    pa.int64(): "BIGINT",
    pa.int32(): "INTEGER",
    pa.float64(): "DOUBLE",
    pa.bool_(): "BOOLEAN",
    pa.date32(): "DATE",
}


def sql_type(arrow_type: pa.DataType) -> str:
    """DuckDB type of an Arrow type used in the schema: ``list<string>`` → ``VARCHAR[]``."""
    if pa.types.is_list(arrow_type) or pa.types.is_large_list(arrow_type):
        return sql_type(arrow_type.value_type) + "[]"
    if pa.types.is_timestamp(arrow_type):
        return "TIMESTAMP WITH TIME ZONE" if arrow_type.tz else "TIMESTAMP"
    try:
        return _SQL_TYPES[arrow_type]
    except KeyError:
        raise TypeError(f"no DuckDB type declared for Arrow type {arrow_type}") from None
