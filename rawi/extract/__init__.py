"""From an analysed Document to Facts. Each step is a plain function over the analysis."""

from __future__ import annotations

from rawi.document import Document
from rawi.facts import Facts
from rawi.text import analyse

EXTRACTOR_VERSION = "rawi-0.1.0"


def extract(doc: Document) -> Facts:
    """All facts rawi finds in one document.

    The foundation stage analyses the text (normal form, sentences, tokens); actor
    recognition and event extraction add their findings to the Facts it returns.
    """
    analyse(doc)
    return Facts(document=doc)
