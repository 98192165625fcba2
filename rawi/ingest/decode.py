"""Bytes to text: UTF-8 (with or without BOM), UTF-16, windows-1256, ISO-8859-6."""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from rawi.errors import DecodingError

# Legacy encodings Arabic pages are still found in, tried when UTF-8 fails.
LEGACY = ("cp1256", "iso8859_6")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_HTML_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", re.I)


def _utf16_without_bom(raw: bytes) -> str | None:
    """UTF-16 text without a BOM has one byte of each pair nearly constant: the high
    byte of its script's block (0x06 for Arabic, 0x00 for Latin). Such bytes are
    valid UTF-8 too, so this is checked first."""
    sample = raw[:4000]
    if len(sample) < 8 or len(sample) % 2:
        return None
    for name, high in (("utf-16-le", sample[1::2]), ("utf-16-be", sample[0::2])):
        common = high.count(0x00) + high.count(0x06)  # bytes.count: no loop in Python
        if common > 0.9 * len(high) and high.count(0x06) > 0.3 * len(high):
            return name
    return None


def decode(raw: bytes, source: str, *, encoding: str | None = None) -> tuple[str, str]:
    """Decode a document's bytes; returns (text, encoding name).

    Raises DecodingError when no encoding fits, so that one document fails alone."""
    if encoding:
        try:
            return raw.decode(encoding), encoding
        except (UnicodeDecodeError, LookupError) as exc:
            raise DecodingError(
                source, f"cannot be decoded as {encoding}: {exc}", fix="check the --encoding value"
            ) from None
    for bom, name in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if raw.startswith(bom):
            try:
                return raw.decode(name), name
            except UnicodeDecodeError as exc:
                raise DecodingError(
                    source,
                    f"starts with a {name} byte-order mark but is "
                    f"not valid {name} ({exc.reason} at byte {exc.start})",
                    fix="re-save the file as UTF-8",
                ) from None
    utf16 = _utf16_without_bom(raw)
    if utf16:
        try:
            return raw.decode(utf16), utf16
        except UnicodeDecodeError:
            pass
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if raw.count(b"\x00") > len(raw) // 4:  # UTF-16 without a BOM
        for name in ("utf-16-le", "utf-16-be"):
            try:
                text = raw.decode(name)
            except UnicodeDecodeError:
                continue
            if _ARABIC.search(text) or text.isascii():
                return text, name
        raise DecodingError(
            source,
            "looks binary (many NUL bytes) and is not UTF-16",
            fix="pass a text, HTML or JSON Lines file",
        )
    declared = _HTML_CHARSET.search(raw[:4096])
    if declared:
        name = declared.group(1).decode("ascii").lower()
        try:
            return raw.decode(name), name
        except (UnicodeDecodeError, LookupError):
            pass
    best = from_bytes(raw, cp_isolation=list(LEGACY)).best()
    if best is not None and best.encoding in LEGACY:
        return str(best), best.encoding
    for name in LEGACY:  # strict decoding as the last try
        try:
            text = raw.decode(name)
        except UnicodeDecodeError:
            continue
        if _ARABIC.search(text):
            return text, name
    raise DecodingError(
        source,
        "is not UTF-8, UTF-16, windows-1256 or ISO-8859-6",
        fix="convert it to UTF-8 or pass --encoding NAME",
    )
