from __future__ import annotations

import codecs

import pytest

from rawi.errors import DecodingError
from rawi.ingest.decode import decode

TEXT = "قالت وزارة الخارجية الأمريكية إن النظام الإيراني سمح لتنظيم القاعدة بتسهيل أنشطته عبر إيران."


@pytest.mark.parametrize(
    ("raw", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8-sig"),
        (TEXT.encode("utf-16"), "utf-16"),  # with BOM
        (TEXT.encode("utf-16-le"), "utf-16-le"),  # without BOM
        (TEXT.encode("cp1256"), "cp1256"),
        (TEXT.encode("iso8859_6"), None),  # cp1256 or iso8859_6: both decode it exactly
    ],
)
def test_encodings_of_arabic_text(raw: bytes, encoding: str | None) -> None:
    text, used = decode(raw, "x.txt")
    assert text == TEXT
    if encoding:
        assert used == encoding


def test_windows_1256_page_with_letters_iso_lacks() -> None:
    text = "گزارش پژوهش: چين — «تحقيق»"  # گ پ ژ چ exist in cp1256, not in ISO-8859-6
    decoded, used = decode(text.encode("cp1256"), "x.txt")
    assert decoded == text and used == "cp1256"


def test_declared_html_charset_is_used() -> None:
    page = '<html><head><meta charset="windows-1256"></head><body>مرحبا</body></html>'
    text, used = decode(page.encode("cp1256"), "x.html")
    assert "مرحبا" in text and used == "windows-1256"


def test_undecodable_input_is_an_error_naming_the_file() -> None:
    with pytest.raises(DecodingError, match=r"blob.bin.*(binary|UTF-16)"):
        decode(bytes(range(256)) * 20 + b"\x00" * 3000, "blob.bin")


def test_bad_explicit_encoding_says_what_to_do() -> None:
    with pytest.raises(DecodingError, match="--encoding"):
        decode("عربي".encode(), "a.txt", encoding="ascii")
