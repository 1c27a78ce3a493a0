"""Loading inputs: discovery, .txt / .html / .jsonl readers, rejects with reasons.

Every reader returns ``Article`` or ``Reject`` records; nothing raises past
:func:`load_file` or :func:`load_unit`, so one bad file never stops a run.

A large JSONL file is split into parts of a few records (:func:`plan_inputs`), each
read on its own by a worker (:func:`load_part`), with the same results, line numbers
included, as reading the file whole.
"""

from __future__ import annotations

import codecs
import json
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import lxml.etree
import lxml.html

from pipeline.ids import sha256_hex
from pipeline.ingest.decode import NotText, decode_bytes, foreign_signature, normalise_text
from pipeline.ingest.language import identify_language
from pipeline.ingest.portal import clean_portal_text
from pipeline.records import Article, Reject
from pipeline.settings import DEFAULT_MAX_BYTES, LARGE_HTML_CHARS, MIN_LETTERS

SUFFIXES = (".txt", ".html", ".htm", ".jsonl")


@dataclass(frozen=True, slots=True)
class LoadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class JsonlPart:
    """Some lines of a plain UTF-8 JSONL file: its bytes ``[start, end)``, cut after a
    newline, whose first line is line ``first_line`` of the file; ``records`` of them
    are not blank. A worker reads only these bytes (:func:`load_part`)."""

    path: Path
    start: int
    end: int
    first_line: int
    records: int


#: What one worker loads: a whole input file or a part of a JSONL file.
WorkUnit = Path | JsonlPart


@dataclass(frozen=True, slots=True)
class Discovered:
    files: tuple[Path, ...]
    rejects: tuple[Reject, ...]
    ignored: int


def discover(root: Path) -> Discovered:
    """Input files under ``root`` (or ``root`` itself), sorted, loops and hidden files skipped.

    Hidden files and folders and files with other suffixes are counted as ignored (the
    CLI reports how many); unreadable directories and
    symlink loops become rejects.
    """
    if root.is_file():
        return Discovered((root,), (), 0)
    files: list[Path] = []
    rejects: list[Reject] = []
    ignored = 0
    seen_dirs: set[tuple[int, int]] = set()

    def on_error(err: OSError) -> None:
        rejects.append(Reject(_rel(Path(err.filename or "?"), root), "unreadable", str(err)))

    for dirpath, dirnames, filenames in os.walk(root, onerror=on_error, followlinks=True):
        here = Path(dirpath)
        st = here.stat()
        if (st.st_dev, st.st_ino) in seen_dirs:
            rejects.append(Reject(_rel(here, root), "symlink_loop", "directory visited twice"))
            dirnames[:] = []
            continue
        seen_dirs.add((st.st_dev, st.st_ino))
        hidden = [d for d in dirnames if d.startswith(".")]
        ignored += len(hidden)  # a hidden folder counts once, its files are not walked
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if name.startswith("."):
                ignored += 1
                continue
            if name.lower().endswith(SUFFIXES):
                files.append(here / name)
            else:
                ignored += 1
    return Discovered(tuple(sorted(files, key=lambda p: _rel(p, root))), tuple(rejects), ignored)


class Unreadable(Exception):
    """An input that cannot be read as a file; ``reason`` is a short code for ``rejects``."""

    def __init__(self, reason: str, detail: str) -> None:
        super().__init__(detail)
        self.reason, self.detail = reason, detail


def read_bounded(path: Path, max_bytes: int, start: int = 0, length: int | None = None) -> bytes:
    """The bytes of regular file ``path`` (or ``length`` bytes from ``start``), never more
    than ``max_bytes`` read: the one reader of every input.

    Opened without blocking and checked with ``fstat`` on the open file: a FIFO, a
    socket or a device (a link to ``/dev/zero``) is refused before any read, whatever
    its name, and the size limit counts the bytes actually read, not ``st_size`` (a file
    that grows while read is still cut off). Raises :class:`Unreadable`.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError as err:
        raise Unreadable("unreadable", f"{err.strerror or err}; check permissions") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            kind = _file_kind(st.st_mode)
            raise Unreadable("not_a_file", f"{kind}, not a regular file; not read")
        if length is None and st.st_size > max_bytes:
            raise Unreadable(
                "too_large",
                f"{st.st_size} bytes > limit {max_bytes} (raise --max-bytes to accept it)",
            )
        want = max_bytes + 1 if length is None else min(length, max_bytes + 1)
        chunks: list[bytes] = []
        got = 0
        if start:
            os.lseek(fd, start, os.SEEK_SET)
        while got < want:
            chunk = os.read(fd, min(1 << 20, want - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
    except OSError as err:
        raise Unreadable("unreadable", f"{err.strerror or err}; check permissions") from None
    finally:
        os.close(fd)
    if got > max_bytes:
        raise Unreadable(
            "too_large",
            f"more than {max_bytes} bytes read, limit {max_bytes} (the file grew while read?)",
        )
    return b"".join(chunks)


def _file_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISDIR, "a folder"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def plan_inputs(files: Iterable[Path], max_bytes: int, records_per_part: int) -> Iterator[WorkUnit]:
    """The work units of ``files``, in order: each file whole, except a JSONL file of
    more than ``records_per_part`` records, which is split into parts of about that
    many records (see :func:`split_jsonl`). Only line offsets are kept, never text."""
    for path in files:
        parts = split_jsonl(path, max_bytes, records_per_part)
        if parts is not None and len(parts) > 1:
            yield from parts
        else:
            yield path


def unit_weight(unit: WorkUnit) -> int:
    """The size of a work unit for batching and progress: 1 per file, or the part's
    records."""
    return unit.records if isinstance(unit, JsonlPart) else 1


def split_jsonl(path: Path, max_bytes: int, records_per_part: int) -> list[JsonlPart] | None:
    """``path`` cut after a line end into parts of at least ``records_per_part``
    non-blank lines (the last part may have fewer), or None where it must be read whole.

    Splitting never changes what is read: a part's text is its bytes decoded as UTF-8,
    and the parts' lines (``str.splitlines``, numbered from ``first_line``) are the
    whole file's. So only plain UTF-8 files are split (with or without a UTF-8 BOM);
    anything :func:`decode_bytes` would reject or decode otherwise (another BOM, a
    binary signature, invalid UTF-8) is read whole, as is a file over ``max_bytes``, an
    unreadable one and any file but ``.jsonl``: :func:`load_file` then gives the same
    articles and rejects as ever. Reads the file line by line; keeps no text.
    """
    if path.suffix.lower() != ".jsonl":
        return None
    try:
        st = path.stat()
        if not stat.S_ISREG(st.st_mode) or st.st_size > max_bytes:
            return None  # a FIFO or device is never opened here (read_bounded refuses it)
        with open(path, "rb") as handle:
            head = handle.read(8)
            if foreign_signature(head):
                return None
            start = len(codecs.BOM_UTF8) if head.startswith(codecs.BOM_UTF8) else 0
            handle.seek(start)
            parts: list[JsonlPart] = []
            part_start = offset = start
            first_line = line = 1  # the number of the next line
            records = 0
            for chunk in handle:  # ends after each b"\n", never inside a UTF-8 character
                line += 1  # one line each (lines end at "\n" only, see _jsonl_lines)
                records += 1 if chunk.decode("utf-8").strip() else 0
                offset += len(chunk)
                if offset - start > max_bytes:
                    return None  # grew past the limit while split: read whole (rejected)
                if records >= records_per_part and chunk.endswith(b"\n"):
                    parts.append(JsonlPart(path, part_start, offset, first_line, records))
                    part_start, first_line, records = offset, line, 0
    except (OSError, UnicodeDecodeError):
        return None
    if records or not parts:
        parts.append(JsonlPart(path, part_start, offset, first_line, records))
    if not sum(part.records for part in parts):
        return None  # blank: read whole, for its "empty" reject
    return parts


def load_unit(unit: WorkUnit, root: Path, options: LoadOptions) -> list[Article | Reject]:
    """Read one work unit (see :func:`plan_inputs`); never raises."""
    if isinstance(unit, JsonlPart):
        return load_part(unit, root)
    return load_file(unit, root, options)


def load_part(part: JsonlPart, root: Path) -> list[Article | Reject]:
    """The records of one part of a JSONL file, exactly as :func:`load_file` reads them
    from the whole file. Never raises."""
    rel = _rel(part.path, root)
    size = part.end - part.start
    try:
        data = read_bounded(part.path, size, part.start, size)
    except Unreadable as err:
        return [Reject(rel, err.reason, err.detail)]
    if len(data) < size:  # truncated since it was split
        last = part.first_line + data.count(b"\n")
        return [
            Reject(
                f"{rel}:{part.first_line}",
                "changed_while_read",
                f"{part.records} record(s) from line {part.first_line} not read: the file "
                f"changed while it was read ({len(data)} of {size} bytes there, up to line "
                f"{last}); run again once it is complete",
            )
        ]
    try:  # fails only if the file changed since it was split
        return list(_jsonl_records(data.decode("utf-8"), rel, part.first_line))
    except Exception as err:
        return [Reject(rel, "load_error", f"{type(err).__name__}: {err}")]


def load_file(path: Path, root: Path, options: LoadOptions) -> list[Article | Reject]:
    """Read one input file into articles (a JSONL file may hold many) or rejects.

    Never raises: an unexpected failure becomes a ``load_error`` reject.
    """
    rel = _rel(path, root)
    try:
        if outside := _outside(path, root):
            return [Reject(rel, "outside_input", outside)]
        return _load_file(path, rel, options)
    except Exception as err:  # a parser bug or hostile input must not stop the run
        return [Reject(rel, "load_error", f"{type(err).__name__}: {err}")]


def _outside(path: Path, root: Path) -> str | None:
    """Why ``path`` (a link) is not read: its target lies outside the ``--input`` folder.
    A single file given as ``--input`` is read wherever it points."""
    if not root.is_dir() or not (path.is_symlink() or _has_linked_parent(path, root)):
        return None
    target, base = path.resolve(), root.resolve()
    if target == base or base in target.parents:
        return None
    return f"a link to {_display(str(target))}, outside --input; not read (copy the file in)"


def _has_linked_parent(path: Path, root: Path) -> bool:
    parent = path.parent
    while parent != root and parent != parent.parent:
        if parent.is_symlink():
            return True
        parent = parent.parent
    return False


def _load_file(path: Path, rel: str, options: LoadOptions) -> list[Article | Reject]:
    try:
        data = read_bounded(path, options.max_bytes)
    except Unreadable as err:
        return [Reject(rel, err.reason, err.detail)]
    if path.suffix.lower() == ".jsonl":
        return list(_load_jsonl(data, rel))
    try:
        decoded = decode_bytes(data)
    except NotText as err:
        return [Reject(rel, err.reason, err.detail)]
    warnings = (decoded.warning,) if decoded.warning else ()
    if path.suffix.lower() in (".html", ".htm") or _looks_like_html(decoded.text):
        return [article_from_html(decoded.text, rel, warnings=warnings)]
    return [make_article(decoded.text, rel, warnings=warnings)]


def make_article(
    raw_text: str,
    source_path: str,
    *,
    url: str | None = None,
    title: str | None = None,
    published: date | None = None,
    lang: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Article | Reject:
    """Normalise, clean and identify the language of one article's text."""
    cleaned = clean_portal_text(normalise_text(raw_text))
    if not cleaned.text.strip():
        return Reject(source_path, "empty", "no text left after cleaning")
    letters = sum(map(str.isalpha, cleaned.text[: MIN_LETTERS * 50]))
    if letters < MIN_LETTERS:
        return Reject(
            source_path, "too_short", f"{letters} letter(s) after cleaning; not an article"
        )
    # A language the source states is taken as is (confidence 1.0), without detection.
    detected, confidence = (lang, 1.0) if lang else identify_language(cleaned.text)
    digest = sha256_hex(cleaned.text)
    return Article(
        article_id=digest[:16],
        source_path=source_path,
        text=cleaned.text,
        text_sha256=digest,
        lang=detected,
        lang_confidence=confidence,
        title=title or cleaned.title,
        url=url,
        source_url=cleaned.source_url,
        paper=cleaned.paper,
        published_date=published or cleaned.published,
        no_official_spans=cleaned.no_official_spans,
        warnings=warnings,
    )


@cache
def _trafilatura_extract():  # noqa: ANN202 - trafilatura's function, imported lazily
    """``trafilatura.bare_extraction`` and its date parameters. Imported on the first HTML
    page, not at start-up: 0.16 s that a run of text and JSONL files never needs.

    Publication dates come from the page's metadata, URL and markup only: htmldate's
    extensive search guesses from free text (it would take a deadline in the body for the
    publication date) and loads dateparser's 200 locales on first use (~2 s per process)."""
    import trafilatura
    from trafilatura.settings import set_date_params

    return trafilatura.bare_extraction, set_date_params(extensive=False)


def article_from_html(
    html: str,
    source_path: str,
    *,
    url: str | None = None,
    title: str | None = None,
    published: date | None = None,
    lang: str | None = None,
    warnings: tuple[str, ...] = (),
) -> Article | Reject:
    """Main text of an HTML page (trafilatura, comments excluded) as an article; used for
    ``.html`` inputs, JSONL ``html`` records and the pages the nightly job fetches.
    A page over ``LARGE_HTML_CHARS`` (trafilatura's time grows faster than its size)
    gets the plain text of its ``<article>``, ``<main>`` or ``<body>`` blocks instead,
    with a warning on the article."""
    large = len(html) > LARGE_HTML_CHARS
    page = _large_page_text(html, source_path) if large else _page_text(html, source_path, url)
    if isinstance(page, Reject):
        return page
    if large:
        warnings = (
            *warnings,
            f"HTML of {len(html) / 1e6:.1f} M characters: plain text of its main blocks, "
            "not trafilatura (whose time grows faster than the page)",
        )
    head = title or page.title
    body = page.body
    text = f"{head}\n\n{body}" if head and not body.startswith(head) else body
    return make_article(
        text,
        source_path,
        url=url or page.url,
        title=head,
        published=published if published is not None else _parse_iso_date(page.date),
        lang=lang,
        warnings=warnings,
    )


@dataclass(frozen=True, slots=True)
class _PageText:
    """What a reader of HTML found: the main text, and the page's own metadata."""

    body: str
    title: str | None = None
    url: str | None = None
    date: str | None = None  # ISO, as the page states it


def _page_text(html: str, source_path: str, url: str | None) -> _PageText | Reject:
    """The page's main text and metadata, by trafilatura."""
    bare_extraction, page_date_only = _trafilatura_extract()
    try:
        doc = bare_extraction(
            html,
            url=url,
            include_comments=False,
            include_tables=True,
            with_metadata=True,
            date_extraction_params=page_date_only,
        )
    except (RecursionError, ValueError) as err:  # pathological nesting, broken markup
        return Reject(source_path, "bad_html", f"HTML could not be parsed: {err}")
    body = getattr(doc, "text", None) if doc is not None else None
    if not body or not body.strip():
        return Reject(source_path, "no_main_text", "trafilatura found no article text in HTML")
    return _PageText(
        body, getattr(doc, "title", None), getattr(doc, "url", None), getattr(doc, "date", None)
    )


_BLOCKS = ("h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "blockquote", "pre")
_FURNITURE = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form")


def _large_page_text(html: str, source_path: str) -> _PageText | Reject:
    """The text blocks of a very large page in document order (linear in its size)."""
    try:
        root = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError) as err:
        return Reject(source_path, "bad_html", f"HTML could not be parsed: {err}")
    for element in list(root.iter(*_FURNITURE)):
        element.drop_tree()
    main = next(iter(root.iter("article", "main")), None)
    main = main if main is not None else root.find("body")
    if main is None:
        main = root
    blocks = [" ".join(el.text_content().split()) for el in main.iter(*_BLOCKS)]
    body = "\n\n".join(b for b in blocks if b) or " ".join(main.text_content().split())
    if not body:
        return Reject(source_path, "no_main_text", "no text in the large HTML page")
    return _PageText(body, (root.findtext(".//title") or "").strip() or None)


def _looks_like_html(text: str) -> bool:
    """HTML saved under another name: starts with a doctype or an <html> tag."""
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html")) or (
        head.startswith("<") and "<body" in text[:5000].lower()
    )


def _load_jsonl(data: bytes, rel: str) -> Iterator[Article | Reject]:
    try:
        decoded = decode_bytes(data)
    except NotText as err:
        yield Reject(rel, err.reason, err.detail)
        return
    yield from _jsonl_records(decoded.text, rel, 1)


def _jsonl_records(text: str, rel: str, first_line: int) -> Iterator[Article | Reject]:
    """The records of ``text``, lines numbered from ``first_line``. A record that makes
    a reader fail (a parser bug, JSON nested too deep) is a ``load_error`` reject of its
    own line: the file's other records are still read."""
    for number, line in enumerate(_jsonl_lines(text), start=first_line):
        if not line.strip():
            continue
        where = f"{rel}:{number}"
        try:
            item = _jsonl_record(line, where, number)
        except Exception as err:  # a parser bug or hostile input must not stop the run
            item = Reject(where, "load_error", f"line {number}: {type(err).__name__}: {err}")
        yield item


def _jsonl_lines(text: str) -> list[str]:
    """The lines of a JSONL text: ends at ``"\n"`` (``"\r\n"`` too) only. Not
    ``str.splitlines``: JSON strings may hold U+2028, U+2029 or U+0085 raw."""
    lines = text.split("\n")
    if lines and not lines[-1]:
        lines.pop()
    return [line[:-1] if line.endswith("\r") else line for line in lines]


#: Lone UTF-16 surrogates (``"\ud800"`` in JSON): not encodable as UTF-8.
_SURROGATES = re.compile("[\ud800-\udfff]")


def _jsonl_record(line: str, where: str, number: int) -> Article | Reject:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        return Reject(where, "bad_json", f"line {number}: {err.msg} at column {err.colno}")
    problem = _jsonl_problem(record)
    if problem:
        return Reject(where, "bad_record", f"line {number}: {problem}")
    replaced = [
        key
        for key in ("url", "text", "html", "published", "lang", "title")
        if isinstance(record.get(key), str) and _SURROGATES.search(record[key])
    ]
    for key in replaced:
        record[key] = _SURROGATES.sub("\ufffd", record[key])
    if isinstance(record.get("lang"), str):
        record["lang"] = _language_code(record["lang"])
    published = _parse_iso_date(record.get("published"))
    warnings: tuple[str, ...] = ()
    if record.get("published") and published is None:
        warnings = (f"unparsed published {record['published']!r}",)
    if replaced:
        warnings += (f"lone surrogate(s) in {', '.join(replaced)} replaced by U+FFFD",)
    url, title, lang = record.get("url"), record.get("title"), record.get("lang")
    source = url or where
    read, body = (make_article, record["text"]) if record.get("text") else (
        article_from_html, record["html"])  # fmt: skip
    return read(body, source, url=url, title=title, published=published, lang=lang,
                warnings=warnings)  # fmt: skip


def _jsonl_problem(record: object) -> str | None:
    if not isinstance(record, dict):
        return f"expected a JSON object, got {type(record).__name__}"
    if not record.get("text") and not record.get("html"):
        return "needs a non-empty 'text' or 'html' field"
    for key in ("url", "text", "html", "published", "lang", "title"):
        if record.get(key) is not None and not isinstance(record[key], str):
            return f"field {key!r} must be a string, got {type(record[key]).__name__}"
    return None


def _language_code(value: str) -> str | None:
    """``FR``, ``fr-FR``, ``fr_FR`` → ``fr``; blank → None (detected).

    >>> _language_code("fr-FR"), _language_code(" PL "), _language_code("")
    ('fr', 'pl', None)
    """
    code = re.split(r"[-_]", value.strip(), maxsplit=1)[0].lower()
    return code or None


def _parse_iso_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def _rel(path: Path, root: Path) -> str:
    base = root if root.is_dir() else root.parent
    try:
        return _display(path.relative_to(base).as_posix())
    except ValueError:
        return _display(path.as_posix())


def _display(name: str) -> str:
    """A file name as valid text: bytes that are not UTF-8 (kept by Python as lone
    surrogates, which Arrow cannot write) are shown as ``\\xNN``."""
    if not _SURROGATES.search(name):
        return name
    return os.fsencode(name).decode("utf-8", errors="backslashreplace")
