"""The row rules of ``decrees`` and ``officials``, shared by a full run and the nightly job."""

from __future__ import annotations

from collections import Counter
from datetime import date

from pipeline import rows
from pipeline.records import DecreeMention, Extraction, OfficialMention


def decree(number: str, year: int | None, issue_date: str | None) -> DecreeMention:
    return DecreeMention(number, "NQ", "CP", year, issue_date, number, 0, len(number))


def official(name_native: str | None, title: str | None) -> OfficialMention:
    return OfficialMention("p1", "Dao Hong Lan", name_native, title, "raw", 0, 3)


def test_decree_row_takes_the_date_stated_most_often_then_the_earliest() -> None:
    row = rows.decree_row(
        "586/NQ-CP", "NQ", "CP", None, Counter({"2024-03-06": 2, "2024-03-05": 2, "2023-01-01": 1})
    )
    assert row == {
        "decree_id": rows.decree_id("586/NQ-CP"),
        "number": "586/NQ-CP",
        "doc_type": "NQ",
        "issuer": "CP",
        "year": 2024,  # none in the number: the issue date's
        "issue_date": date(2024, 3, 5),
    }
    assert (
        rows.decree_row("1/2025/NQ-CP", "NQ", "CP", 2025, Counter({"2024-12-30": 1}))["year"]
        == 2025
    )
    assert rows.decree_row("586/NQ-CP", "NQ", "CP", None, Counter())["issue_date"] is None


def test_decree_table_builds_its_rows_with_decree_row() -> None:
    table = rows.DecreeTable()
    table.add(Extraction("a", decrees=(decree("586/NQ-CP", None, "2024-03-06"),)))
    table.add(Extraction("b", decrees=(decree("586/NQ-CP", 2023, "2024-03-05"),)))
    table.add(Extraction("c", decrees=(decree("586/NQ-CP", 2023, None),)))
    counts = Counter({"2024-03-06": 1, "2024-03-05": 1})
    assert table.rows() == [rows.decree_row("586/NQ-CP", "NQ", "CP", None, counts)]


def test_official_row_and_table_keep_the_smallest_native_name_and_sorted_titles() -> None:
    row = rows.official_row(
        "p1", "Dao Hong Lan", [None, "Đào Hồng Lân", "Đào Hồng Lan"], ["b", None, "a", "b"]
    )
    assert row == {
        "person_id": "p1",
        "name": "Dao Hong Lan",
        "name_native": "Đào Hồng Lan",
        "titles": ["a", "b"],
    }
    assert rows.official_row("p1", "Dao Hong Lan", [None], [None])["name_native"] is None
    table = rows.OfficialTable()
    table.add(Extraction("a", officials=(official("Đào Hồng Lân", "b"), official(None, None))))
    table.add(Extraction("b", officials=(official("Đào Hồng Lan", "a"),)))
    assert table.rows() == [row]


class _FakeTransaction:
    """Empty committed tables; keeps what ``replace`` is given."""

    def __init__(self) -> None:
        self.rows: dict[str, list[dict]] = {}

    def select(self, name: str, columns: list[str], where: str, values: object) -> list[dict]:
        if name != "decree_mentions":
            return []
        return [{"number": "15/NQ-CP", "issue_date": None}]

    def replace(self, name: str, *, column: str, remove: object, rows: list[dict]) -> int:
        self.rows[name] = rows
        return 0


def test_nightly_decree_row_takes_the_first_mention_not_the_last() -> None:
    from pipeline.nightly.apply import _update_decrees

    first = Extraction("a1", decrees=(decree("15/NQ-CP", 2023, None),))
    second = Extraction("a2", decrees=(decree("15/NQ-CP", 2024, None),))
    tx = _FakeTransaction()
    _update_decrees(tx, [first, second])  # the caller passes them in article_id order
    assert [r["year"] for r in tx.rows["decrees"]] == [2023]
