"""Documents in: a RawInput (bytes or text, from a file, folder, stdin or record) → Document."""

from __future__ import annotations

import re

from rawi.dates import date_from_url
from rawi.document import Document, PartialDate, content_hash
from rawi.errors import InputError
from rawi.ingest.decode import decode
from rawi.ingest.html import from_html
from rawi.ingest.pasted import from_pasted
from rawi.ingest.sources import RawInput, iter_inputs

__all__ = ["RawInput", "iter_inputs", "read_document"]

_HTML_SNIFF = re.compile(r"<(?:!doctype html|html|body|article|head)[\s>]", re.I)


def read_document(item: RawInput, *, encoding: str | None = None) -> Document:
    """Decode, find the main text and metadata. Raises InputError for this input only."""
    if item.text is not None:
        text, used = item.text, "utf-8"
        digest = content_hash(item.text.encode("utf-8"))
    elif item.raw is not None:
        if not item.raw.strip():
            raise InputError(item.source, "is empty")
        text, used = decode(item.raw, item.source, encoding=encoding)
        digest = content_hash(item.raw)
    else:
        raise InputError(item.source, "has no content")
    is_html = item.kind == "html" or (item.kind == "auto" and bool(_HTML_SNIFF.search(text[:2000])))
    make = from_html if is_html else from_pasted
    doc = make(text, source=item.source, encoding=used, raw_hash=digest, url=item.url)
    if not doc.text.strip():
        raise InputError(item.source, "holds no article text once page furniture is removed")
    if item.published:
        try:
            doc.published, doc.published_text = PartialDate.from_iso(item.published), item.published
        except (ValueError, TypeError):
            raise InputError(
                item.source,
                f'"published" is not an ISO date: {item.published!r}',
                fix="use YYYY, YYYY-MM or YYYY-MM-DD",
            ) from None
    if doc.published is None and doc.url:
        doc.published = date_from_url(doc.url)
        doc.published_text = doc.url if doc.published else None
    return doc
