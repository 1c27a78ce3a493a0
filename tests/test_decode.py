"""Decoding: UTF-8 with or without BOM, fallbacks with a warning, clear rejects."""

from __future__ import annotations

import codecs

import pytest

from pipeline.ingest.decode import NotText, decode_bytes, normalise_text

VI = "Bộ Y tế phải hoàn thành trước ngày 31/12/2025."
PL = "Ministerstwo Zdrowia musi zakończyć wdrażanie przed 30 listopada 2025 r."
FR = "Le ministère de la Santé doit achever la réforme avant le 30 octobre 2025, déclaré hier."


@pytest.mark.parametrize(
    ("data", "text", "warned"),
    [
        (VI.encode("utf-8"), VI, False),
        (codecs.BOM_UTF8 + VI.encode("utf-8"), VI, False),
        (VI.encode("utf-16"), VI, False),  # BOM included by the codec
        (FR.encode("utf-16-le"), FR, True),
        (FR.encode("cp1252"), FR, True),
        (PL.encode("iso-8859-2"), PL, True),
    ],
)
def test_decodes(data: bytes, text: str, warned: bool) -> None:
    decoded = decode_bytes(data)
    assert normalise_text(decoded.text) == text
    assert (decoded.warning is not None) is warned


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t \n", "empty"),
        (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "not_text"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n" + bytes(200), "not_text"),
        (b"\x1f\x8b\x08\x00" + bytes(range(256)), "not_text"),
        (bytes(range(256)) * 8, "not_text"),
    ],
)
def test_rejects_with_reason(data: bytes, reason: str) -> None:
    with pytest.raises(NotText) as err:
        decode_bytes(data)
    assert err.value.reason == reason
    assert err.value.detail


def test_utf8_error_names_the_byte() -> None:
    decoded = decode_bytes("Łódź et Hà Nội".encode()[:-1] + b"\xff rest of text here")
    assert decoded.warning and "0xff" in decoded.warning


def test_normalise_text() -> None:
    raw = "Nghi\u0323 quye\u0302\u0301t\u00a0s\u1ed1\u200b 72\r\nfin\x00\x83"
    assert normalise_text(raw) == "Nghị quyết số 72\nfin"
