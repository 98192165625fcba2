"""Saved web pages: trafilatura finds the article; metadata from tags, JSON-LD, <time>, URL.

trafilatura keeps the body but not the headline, which counts as part of the
report (CODEBOOK: "the headline counts"), so the page's <h1> (or its title)
leads the text. Dates in visible Arabic are read by rawi.dates, which
trafilatura cannot do.
"""

from __future__ import annotations

import json
import re
from typing import Any

import trafilatura
from lxml import html as lxml_html  # type: ignore[import-untyped]

from rawi.dates import date_from_url, parse_date
from rawi.document import Document, PartialDate
from rawi.errors import ExtractionError
from rawi.ingest.pasted import clean_pasted, line_spans, outlet_from_footer

_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datePublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)

_DATE_META_KEYS = frozenset(k.lower() for k in _DATE_META)


def _tree(page: str) -> Any:
    try:
        return lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return None


def _iso(value: str) -> PartialDate | None:
    compact = re.fullmatch(r"\s*((?:19|20)\d\d)(0[1-9]|1[0-2])([0-2]\d|3[01])\s*", value)
    if compact:
        return PartialDate(*(int(g) for g in compact.groups()))
    m = re.match(r"\s*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", value)
    if not m:
        return parse_date(value)
    year, month, day = m.group(1), m.group(2), m.group(3)
    return PartialDate(int(year), int(month) if month else None, int(day) if day and month else None)


def _published(tree: Any, url: str | None) -> tuple[PartialDate | None, str | None]:
    """Publication date: meta tags, JSON-LD, <time>, the URL, then a visible date line."""
    if tree is not None:
        for meta in tree.iter("meta"):
            key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
            if key in _DATE_META_KEYS and meta.get("content"):
                found = _iso(meta.get("content"))
                if found:
                    return found, meta.get("content")
        for script in tree.iter("script"):
            if (script.get("type") or "").lower() != "application/ld+json" or not script.text:
                continue
            try:
                data = json.loads(script.text)
            except json.JSONDecodeError:
                continue
            for item in data if isinstance(data, list) else [data]:
                if isinstance(item, dict) and isinstance(item.get("datePublished"), str):
                    found = _iso(item["datePublished"])
                    if found:
                        return found, item["datePublished"]
        for time in tree.iter("time"):
            value = time.get("datetime") or time.text_content()
            found = _iso(value) if value else None
            if found:
                return found, value
    from_url = date_from_url(url) if url else None
    if from_url:
        return from_url, url
    if tree is not None:  # a visible date line near the top of the page
        for el in tree.iter("span", "div", "p", "li", "small"):
            text = el.text_content().strip()
            if 6 <= len(text) <= 80:
                found = parse_date(text)
                if found and found.day:
                    return found, text
    return None, None


def _headline(tree: Any, meta_title: str | None) -> str | None:
    if tree is not None:
        for h1 in tree.iter("h1"):
            text = " ".join(h1.text_content().split())
            if len(text.split()) >= 3:
                return text
        for meta in tree.iter("meta"):
            if meta.get("property") == "og:title" and meta.get("content"):
                return " ".join(meta.get("content").split())
    if meta_title:
        return re.split(r"\s[|–—-]\s", meta_title)[0].strip()
    return None


_BRAND_CLASSES = ("site-title", "site-name", "logo", "brand", "site-logo")


def _site_name(tree: Any, meta_site: str | None, title: str | None) -> str | None:
    """og:site_name, else the page's brand element, else its copyright line."""
    if tree is None:
        return meta_site
    for meta in tree.iter("meta"):
        if meta.get("property") == "og:site_name" and meta.get("content"):
            return str(meta.get("content")).strip()
    if meta_site and meta_site != title and len(meta_site.split()) <= 5:
        return meta_site
    for el in tree.iter():
        classes = str(el.get("class") or "").lower()
        if any(c in classes for c in _BRAND_CLASSES):
            chunks = [t.strip() for t in el.itertext() if t.strip()]
            if chunks and 1 <= len(chunks[0].split()) <= 5:
                return str(chunks[0])
    for el in tree.iter("footer", "p", "div"):
        text = " ".join(el.text_content().split())
        if "©" in text and len(text) < 200:
            found = outlet_from_footer(text)
            if found:
                return found
    return None


def from_html(page: str, *, source: str, encoding: str, raw_hash: str, url: str | None = None) -> Document:
    result: Any = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=True,
        favor_precision=False,
        deduplicate=False,
    )
    extracted: Any = result.as_dict() if result is not None else None
    if not extracted or not (extracted.get("text") or "").strip():
        raise ExtractionError(
            source,
            "no article text found in this page",
            fix="check that it is an article page, or pass its text instead",
        )
    tree = _tree(page)
    url = url or extracted.get("url")
    title = _headline(tree, extracted.get("title"))
    published, published_text = _published(tree, url)
    # trafilatura's body goes through the same furniture filter as pasted text:
    # it keeps, e.g., a "share" line or a date line that sits inside <article>.
    cleaned = clean_pasted(("" if not title else title + "\n\n") + extracted["text"])
    lines = cleaned.lines
    if published is None and cleaned.published is not None:
        published, published_text = cleaned.published, cleaned.published_text
    body = "\n\n".join(lines)
    doc = Document(
        source=source,
        text=body,
        encoding=encoding,
        content_hash=raw_hash,
        url=url,
        title=title or cleaned.title,
        published=published,
        published_text=published_text,
        outlet=_site_name(tree, extracted.get("sitename"), title) or cleaned.outlet,
        format="html",
        removed=cleaned.removed,
    )
    doc.paragraphs = line_spans(lines)
    return doc
