"""Property tests (hypothesis) for every extractor and the decree parser.

For any Unicode string: never raises, offsets lie inside the text and the span
equals ``text[start:end]``, values are valid ISO at their precision, canonical
decree numbers re-parse to themselves. ``make fuzz`` runs the same properties
with the long ``fuzz`` profile.
"""

from __future__ import annotations

import os
import re
from datetime import date
from urllib.parse import urldefrag, urljoin

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from pipeline.article.dates import extract_dates, first_day, last_day
from pipeline.article.deadlines import extract_deadlines
from pipeline.article.decrees import extract_decrees, parse_decree_number
from pipeline.article.officials import extract_officials
from pipeline.lang import SUPPORTED
from pipeline.nightly.config import Politeness
from pipeline.nightly.safety import Blocked, check_url
from pipeline.nightly.sources import _base_site, _site, keep_link

settings.register_profile(
    "ci", max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile(
    "fuzz", max_examples=20_000, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Fragments the grammars react to, so that random text often comes close to a match.
FRAGMENTS = [
    "le ",
    "avant le ",
    "d'ici fin ",
    "au plus tard le ",
    "przed ",
    "do końca ",
    "najpóźniej do ",
    "trước ngày ",
    "chậm nhất ",
    "ngày ",
    "tháng ",
    "năm ",
    "quý IV/",
    "kwartał ",
    "trimestre ",
    "octobre ",
    "października ",
    "październiku ",
    "grudniem ",
    "2025",
    "2026",
    "31",
    "30",
    "12",
    "/",
    "-",
    ".",
    " r.",
    " roku",
    "QĐ-UBND",
    "NQ/TW",
    "NQ-CP",
    "TT-BYT",
    "n°",
    "nr ",
    "số ",
    "Secrétaire général ",
    "vice-Premier ministre ",
    "Phó Thủ tướng ",
    "wicepremier ",
    "Trần Cẩm Tú",
    "Le Thanh Long",
    "Nguyễn",
    "Photo : ",
    "giai đoạn ",
    "période ",
    "w latach ",
    " ",
    "\n",
    ", ",
    "; ",
    "–",
    "Đ",
    "đ",
    "0",
    "9",
    "1er ",
]
texts = st.one_of(
    st.text(max_size=300),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=4)), max_size=40).map("".join),
)
langs = st.sampled_from(SUPPORTED)
published = st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2035, 12, 31)))

ISO = re.compile(
    r"^(?:\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-Q[1-4]|"
    r"(?:\d{4}(?:-\d{2}(?:-\d{2})?)?)/(?:\d{4}(?:-\d{2}(?:-\d{2})?)?))$"
)


def _spans_ok(text: str, items: list) -> None:
    for item in items:
        assert 0 <= item.start < item.end <= len(text)
        assert text[item.start : item.end] == item.raw


@given(texts, langs)
def test_property_decrees(text: str, lang: str) -> None:
    found = extract_decrees(text, lang)
    _spans_ok(text, found)
    for d in found:
        assert parse_decree_number(d.number)[0] == d.number  # canonical re-parses to itself
        if d.issue_date:
            date.fromisoformat(d.issue_date)


@given(texts, langs, published)
def test_property_dates_and_deadlines(text: str, lang: str, pub: date | None) -> None:
    found = extract_dates(text, lang, pub)
    _spans_ok(text, found)
    for m in found:
        assert ISO.match(m.value), m
        assert first_day(m.value) <= last_day(m.value)
    for dl in extract_deadlines(text, lang, found):
        assert 0 <= dl.start < dl.end <= len(text) and text[dl.start : dl.end] == dl.raw
        assert dl.relation in {"before", "by", "in"} and ISO.match(dl.value)
        assert isinstance(dl.due_date, date)


@given(texts, langs)
def test_property_officials(text: str, lang: str) -> None:
    found = extract_officials(text, lang)
    _spans_ok(text, found)
    for o in found:
        assert o.name.isascii() and o.name.strip() == o.name and o.person_id


@given(st.text(max_size=60))
def test_property_decree_parser(raw: str) -> None:
    parsed = parse_decree_number(raw)
    if parsed is not None:
        canonical = parsed[0]
        assert parse_decree_number(canonical)[0] == canonical


_SCHEMES = st.sampled_from(["http://", "https://", "HTTPS://", "ftp://", "//", "/", ""])
_HOSTS = st.sampled_from(
    ["vietnam.vn", "www.vietnam.vn", "evil.example", "127.0.0.1:8000", "u:p@vietnam.vn", ""]
)
_URL_PIECES = st.sampled_from(
    ["/", "a", "é", "%20", ".", "..", "?", "?q=1", "#", "#x", ";p", "\\", " ", "\t", "&", "="]
)


def _keep_link_reference(link: str, base: str, politeness: Politeness) -> str | None:
    """keep_link without its fast path: urljoin, urldefrag and check_url on every link."""
    absolute = urldefrag(urljoin(base, link.strip()))[0]
    try:
        host = check_url(absolute, allow_hosts=politeness.allow_hosts)
    except Blocked:
        return None
    if politeness.allow_hosts:
        return absolute
    return absolute if _site(host) == _base_site(base) else None


@settings(max_examples=400, deadline=None)
@given(
    scheme=_SCHEMES,
    host=_HOSTS,
    pieces=st.lists(_URL_PIECES, max_size=6),
    base=st.sampled_from(["https://www.vietnam.vn/fr/sitemap.xml", "http://127.0.0.1:8000/s"]),
    allow=st.sampled_from([(), ("vietnam.vn",)]),
)
def test_property_keep_link_fast_path(
    scheme: str, host: str, pieces: list[str], base: str, allow: tuple
) -> None:
    link, politeness = scheme + host + "".join(pieces), Politeness(allow_hosts=allow)
    try:
        expected = _keep_link_reference(link, base, politeness)
    except ValueError:  # urllib rejects the link: so must keep_link
        with pytest.raises(ValueError):
            keep_link(link, base, politeness)
        return
    assert keep_link(link, base, politeness) == expected
