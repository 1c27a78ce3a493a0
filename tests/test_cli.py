"""The researcher's story: `python -m pipeline extract` on a copy of corpus/."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.cli import main
from pipeline.schema import TABLES

S1_URL = "https://example.com/vn/ho-so-benh-an-dien-tu-lich-trinh-post1001.html"


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> Path:
    root = tmp_path_factory.mktemp("e2e")
    src = root / "corpus"
    shutil.copytree(corpus_dir, src)
    (src / "zz_copy_of_fr.txt").write_bytes((src / "sample_fr_dossiers_medicaux.txt").read_bytes())
    (src / "empty.txt").write_bytes(b"")
    (src / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (src / "latin1.txt").write_bytes(
        "Le ministère de la Santé a publié hier un nouveau guide pour les hôpitaux.".encode(
            "latin-1"
        )
    )
    out = root / "out"
    assert main(["extract", "--input", str(src), "--output", str(out), "--no-progress"]) == 0
    return out


def read(out: Path, name: str) -> pd.DataFrame:
    return pd.read_parquet(out / f"{name}.parquet")


def test_every_contract_table_is_written(extracted: Path) -> None:
    assert sorted(p.stem for p in extracted.glob("*.parquet")) == sorted(TABLES)


def test_articles(extracted: Path) -> None:
    arts = read(extracted, "articles").set_index("source_path")
    assert sorted(arts.index) == sorted(
        [
            "latin1.txt",
            "sample_fr_dossiers_medicaux.txt",
            "sample_fr_sante_provinciale.txt",
            "sample_pl_dokumentacja_medyczna.txt",
            "sample_pl_szczepienia.txt",
            "sample_vi_ho_so_benh_an.txt",
        ]
    )
    assert arts["lang"].to_dict() == {
        "latin1.txt": "fr",
        "sample_fr_dossiers_medicaux.txt": "fr",
        "sample_fr_sante_provinciale.txt": "fr",
        "sample_pl_dokumentacja_medyczna.txt": "pl",
        "sample_pl_szczepienia.txt": "pl",
        "sample_vi_ho_so_benh_an.txt": "vi",
    }
    fr = arts.loc["sample_fr_dossiers_medicaux.txt"]
    assert fr["published_date"] == date(2025, 10, 16)
    assert fr["source_url"] == S1_URL and fr["paper"] == "Báo Tin Mẫu"
    assert fr["duplicates"] == 1 and list(fr["duplicate_paths"]) == ["zz_copy_of_fr.txt"]
    assert "Même catégorie" not in fr["text"] and "No videos available" not in fr["text"]
    assert pd.isna(arts.loc["sample_pl_szczepienia.txt", "published_date"])
    assert list(arts.loc["latin1.txt", "warnings"])  # decoded by detection, said so


def test_rejects(extracted: Path) -> None:
    rejects = read(extracted, "rejects").set_index("source_path")["reason"].to_dict()
    assert rejects == {"empty.txt": "empty", "photo.txt": "not_text"}


def test_offsets_index_the_stored_text(extracted: Path) -> None:
    texts = read(extracted, "articles").set_index("article_id")["text"]
    for name in ("decree_mentions", "date_mentions", "deadlines", "official_mentions"):
        table = read(extracted, name)
        assert len(table), name
        for row in table.itertuples():
            assert texts[row.article_id][row.start : row.end] == row.raw, (name, row)
    evidence = read(extracted, "commitment_evidence")
    for row in evidence.itertuples():
        assert texts[row.article_id][row.start : row.end] == row.sentence


def test_same_output_bytes_twice(extracted: Path, tmp_path: Path) -> None:
    out = tmp_path / "again"
    assert (
        main(
            [
                "extract",
                "--input",
                str(extracted.parent / "corpus"),
                "--output",
                str(out),
                "--no-progress",
            ]
        )
        == 0
    )
    for name in TABLES:
        assert (out / f"{name}.parquet").read_bytes() == (
            extracted / f"{name}.parquet"
        ).read_bytes(), name


def test_bad_arguments_exit_64(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["extract", "--input", str(tmp_path / "missing")]) == 64
    assert "no such file or folder" in capsys.readouterr().err


def test_help_explains_every_option(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["extract", "--help"])
    text = capsys.readouterr().out
    for option in ("--input", "--output", "--workers", "--executor", "--max-bytes"):
        assert option in text
