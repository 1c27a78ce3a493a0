"""Language identification: deterministic, fr/pl/vi/en and others."""

from __future__ import annotations

import pytest

from pipeline.ingest.language import identify_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            "Le Comité populaire provincial a demandé aux hôpitaux de terminer les travaux "
            "avant la fin de l'année.",
            "fr",
        ),
        ("Le vice-Premier ministre a présidé hier une réunion sur la santé publique.", "fr"),
        (
            "Komitet Ludowy prowincji zobowiązał szpitale do zakończenia prac przed końcem roku.",
            "pl",
        ),
        ("Wicepremier przewodniczył wczoraj posiedzeniu w sprawie ochrony zdrowia.", "pl"),
        ("Ủy ban nhân dân tỉnh yêu cầu các bệnh viện hoàn thành công việc trước cuối năm.", "vi"),
        ("Phó Thủ tướng chủ trì cuộc họp về y tế công cộng vào sáng hôm qua.", "vi"),
        ("The provincial People's Committee asked hospitals to finish the work by year end.", "en"),
        ("省人民委員会は病院に年末までに作業を完了するよう求めた。", "ja"),
    ],
)
def test_identifies(text: str, lang: str) -> None:
    assert identify_language(text)[0] == lang


def test_deterministic() -> None:
    text = "Hà Nội và Paris, Warszawa; 2025."
    assert len({identify_language(text) for _ in range(20)}) == 1


@pytest.mark.parametrize("text", ["", "12/10/2025 - 45 %", "   "])
def test_nothing_to_say(text: str) -> None:
    assert identify_language(text) == ("und", 0.0)
