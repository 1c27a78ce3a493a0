"""Large JSONL files are split into parts of ``BATCH_FILES`` records, processed as
separate batches: the tables are byte-identical to reading each file whole, with 1 or 2
workers, rejects (line numbers, reasons, details) included."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from pipeline.ingest import load
from pipeline.ingest.load import (
    JsonlPart,
    LoadOptions,
    discover,
    load_file,
    load_unit,
    plan_inputs,
    split_jsonl,
)
from pipeline.records import Article, Reject
from pipeline.run import BATCH_FILES, RunConfig, plan_batches, run
from pipeline.schema import TABLES

FR = (
    "Le ministère de la Santé doit achever la réforme des hôpitaux avant le 30 octobre 2025, "
    "a déclaré le vice-Premier ministre lors d'une réunion à Hanoï."
)
PL = (
    "Ministerstwo Zdrowia musi zakończyć reformę szpitali przed 30 listopada 2025 r., "
    "powiedział wicepremier podczas posiedzenia w Hanoi."
)
VI = (
    "Bộ Y tế phải hoàn thành cải cách bệnh viện trước ngày 31/12/2025, Phó Thủ tướng "
    "phát biểu tại cuộc họp ở Hà Nội."
)
HTML = (
    "<html><head><title>Réforme</title></head><body><nav>Accueil</nav>"
    f"<article><h1>Réforme</h1><p>{FR}</p><p>Les provinces transmettront leurs plans "
    "d'ici fin 2025.</p></article></body></html>"
)
MAX_BYTES = 100_000


def _text(i: int) -> str:
    return f"{(FR, PL, VI)[i % 3]} Note {i}."


def _lines(n: int) -> list[str]:
    """``n`` JSONL lines: text records with bad lines, blank lines and traps among them."""
    special = {
        5: "{not json",
        9: json.dumps({"url": "https://x.vn/no-text"}),
        10: "",
        11: "   ",
        # U+2028 is a line break for str.splitlines, not for JSONL: one record (issue 21)
        14: json.dumps(
            {"url": "https://x.vn/ls", "text": "a\u2028b " + _text(14)}, ensure_ascii=False
        ),
        20: json.dumps({"text": _text(20), "published": "yesterday"}),
        33: json.dumps({"url": "https://x.vn/typed", "text": 42}),
        40: json.dumps({"url": "https://x.vn/dup", "text": _text(3)}),  # duplicate of 3
        50: json.dumps({"url": "https://x.vn/html", "html": HTML, "lang": "fr"}),
        64: json.dumps(["a", "list"]),
        70: "[" * 5000,  # JSON nested too deep: RecursionError, a load_error of its line
        95: json.dumps({"text": _text(95), "title": "Sans URL"}),  # source: feed.jsonl:LINE
    }
    plain = (
        json.dumps({"url": f"https://x.vn/{i}", "text": _text(i)}, ensure_ascii=False)
        for i in range(n)
    )
    return [special.get(i, line) for i, line in enumerate(plain)]


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    src = tmp_path_factory.mktemp("jsonl") / "in"
    src.mkdir()
    (src / "feed.jsonl").write_text("\n".join(_lines(100)) + "\n", encoding="utf-8")
    # Not plain UTF-8: read whole, decoded by detection as before.
    latin = [json.dumps({"text": f"{FR} Note {i}."}, ensure_ascii=False) for i in range(40)]
    latin[6] = "{not json"
    (src / "latin.jsonl").write_bytes(("\n".join(latin) + "\n").encode("cp1252"))
    (src / "pdf.jsonl").write_bytes(b"%PDF-1.7\n" + "\n".join(_lines(40)).encode())
    big = [json.dumps({"url": f"https://x.vn/big/{i}", "text": _text(i) * 40}) for i in range(40)]
    (src / "big.jsonl").write_text("\n".join(big), encoding="utf-8")  # over MAX_BYTES
    (src / "note.txt").write_text(_text(7), encoding="utf-8")
    assert (src / "big.jsonl").stat().st_size > MAX_BYTES > (src / "feed.jsonl").stat().st_size
    return src


def _run(src: Path, out: Path, workers: int, executor: str = "local") -> dict[str, bytes]:
    config = RunConfig(src, out, MAX_BYTES, workers=workers, executor=executor, progress=False)
    run(config)
    return {name: (out / f"{name}.parquet").read_bytes() for name in TABLES}


@pytest.fixture(scope="module")
def unsplit(
    inputs: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, bytes], Path]:
    """The tables with every file read whole, as before splitting existed."""
    out = tmp_path_factory.mktemp("unsplit")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(load, "split_jsonl", lambda *args: None)
        batches = plan_batches(discover(inputs).files, MAX_BYTES)
        assert all(isinstance(unit, Path) for batch in batches for unit in batch)
        return _run(inputs, out, 1), out


def test_large_jsonl_is_planned_as_several_batches(inputs: Path) -> None:
    files = discover(inputs).files
    batches = plan_batches(files, MAX_BYTES)
    parts = [u for batch in batches for u in batch if isinstance(u, JsonlPart)]
    assert {p.path.name for p in parts} == {"feed.jsonl"}  # the others are read whole
    assert len(parts) == 4
    full = [batch for batch in batches if sum(load.unit_weight(u) for u in batch) >= BATCH_FILES]
    assert len(full) >= 3  # the first three parts fill a batch each
    # contiguous byte ranges covering the file, numbered from the first line of each
    feed = inputs / "feed.jsonl"
    assert parts[0].start == 0 and parts[-1].end == feed.stat().st_size
    assert all(a.end == b.start for a, b in zip(parts, parts[1:], strict=False))
    assert [p.first_line for p in parts] == [1, 35, 67, 99]
    assert [p.records for p in parts] == [32, 32, 32, 2]
    assert sum(p.records for p in parts) == 98  # 100 lines, 2 blank


@pytest.mark.parametrize(("executor", "workers"), [("local", 1), ("local", 2), ("dask", 2)])
def test_tables_identical_split_or_whole_and_for_any_worker_count(
    inputs: Path,
    unsplit: tuple[dict[str, bytes], Path],
    tmp_path: Path,
    executor: str,
    workers: int,
) -> None:
    expected, _ = unsplit
    got = _run(inputs, tmp_path, workers, executor)
    assert [name for name in TABLES if got[name] != expected[name]] == []


def test_rejects_keep_their_lines_and_reasons(unsplit: tuple[dict[str, bytes], Path]) -> None:
    import pandas as pd

    _, out = unsplit
    rejects = pd.read_parquet(out / "rejects.parquet")
    got = dict(zip(rejects["source_path"], rejects["reason"], strict=True))
    assert got == {
        "feed.jsonl:6": "bad_json",
        "feed.jsonl:10": "bad_record",
        "feed.jsonl:34": "bad_record",
        "feed.jsonl:65": "bad_record",
        "feed.jsonl:71": "load_error",
        "latin.jsonl:7": "bad_json",
        "pdf.jsonl": "not_text",
        "big.jsonl": "too_large",
    }
    articles = pd.read_parquet(out / "articles.parquet")
    assert "feed.jsonl:96" in set(articles["source_path"])
    duplicates = articles.set_index("source_path")["duplicates"]
    assert duplicates["https://x.vn/3"] == 2  # line 41 of feed.jsonl, line 4 of latin.jsonl
    assert duplicates["https://x.vn/7"] == 1  # note.txt


def _load_whole(path: Path) -> list[Article | Reject]:
    return load_file(path, path.parent, LoadOptions())


def _load_split(path: Path, per_part: int = 3) -> tuple[list[Article | Reject], int]:
    units = list(plan_inputs([path], LoadOptions().max_bytes, per_part))
    items = [item for unit in units for item in load_unit(unit, path.parent, LoadOptions())]
    return items, sum(isinstance(unit, JsonlPart) for unit in units)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("lf.jsonl", "\n".join(_lines(24)) + "\n"),
        ("crlf.jsonl", "\r\n".join(_lines(24)) + "\r\n"),
        ("no_final_newline.jsonl", "\n".join(_lines(24))),
        ("bom.jsonl", "\ufeff" + "\n".join(_lines(24)) + "\n"),
        ("blank_lines.jsonl", "\n\n" + "\n\n\n".join(_lines(24)) + "\n \n"),
    ],
)
def test_parts_read_like_the_whole_file(tmp_path: Path, name: str, data: str) -> None:
    path = tmp_path / name
    path.write_bytes(data.encode("utf-8"))
    items, parts = _load_split(path)
    assert parts > 3
    assert items == _load_whole(path)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("utf16.jsonl", codecs.BOM_UTF16_LE + "\n".join(_lines(24)).encode("utf-16-le"), None),
        (
            "cp1252.jsonl",
            ("\n".join(_lines(24)) + "\n")
            .encode("utf-8")
            .replace("ministère".encode(), "ministère".encode("cp1252")),
            None,
        ),  # fmt: skip
        ("pdf.jsonl", b"%PDF" + "\n".join(_lines(24)).encode(), "not_text"),
        ("gzip.jsonl", b"\x1f\x8b" + "\n".join(_lines(24)).encode(), "not_text"),
        ("blank.jsonl", b"\n \n\t\n" * 20, "empty"),
    ],
)
def test_files_not_plain_utf8_are_read_whole(
    tmp_path: Path, name: str, data: bytes, reason: str | None
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    assert split_jsonl(path, LoadOptions().max_bytes, 3) is None
    items, parts = _load_split(path)
    assert parts == 0 and items == _load_whole(path)
    if reason:
        assert [getattr(item, "reason", None) for item in items] == [reason]
    else:
        assert sum(isinstance(item, Article) for item in items) > 10


def test_too_large_jsonl_is_one_reject(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(_lines(24)), encoding="utf-8")
    assert split_jsonl(path, 1000, 3) is None
    (item,) = load_file(path, tmp_path, LoadOptions(max_bytes=1000))
    assert isinstance(item, Reject) and item.reason == "too_large"


def test_a_failing_record_is_a_reject_of_its_line_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(_lines(24)), encoding="utf-8")
    real = load.make_article

    def flaky(text: str, source_path: str, **kwargs: object) -> Article | Reject:
        if "Note 13." in text:
            raise KeyError("boom")
        return real(text, source_path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(load, "make_article", flaky)
    items, _ = _load_split(path)
    assert items == _load_whole(path)
    failed = [i for i in items if isinstance(i, Reject) and i.reason == "load_error"]
    assert [(r.source_path, r.detail) for r in failed] == [
        ("feed.jsonl:14", "line 14: KeyError: 'boom'")
    ]
    assert sum(isinstance(item, Article) for item in items) == 19  # 22 items, 3 rejects
