"""The Arabic text layer: a normalised view with offsets, sentences, tokens with clitics."""

from __future__ import annotations

from dataclasses import dataclass

from rawi.arabic import NormalText, normalize_with_map
from rawi.document import Document, Span
from rawi.text.sentences import split_sentences
from rawi.text.tokens import Segmentation, Token, tokenize

__all__ = ["Analysis", "Segmentation", "Token", "analyse", "split_sentences", "tokenize"]


@dataclass(slots=True)
class Analysis:
    """Views over one Document's text; every span is an offset into ``doc.text``."""

    doc: Document
    normal: NormalText
    sentences: list[Span]
    tokens: list[Token]

    def sentence_tokens(self, sentence: Span) -> list[Token]:
        return [t for t in self.tokens if sentence.start <= t.start and t.end <= sentence.end]


def analyse(doc: Document) -> Analysis:
    return Analysis(
        doc=doc,
        normal=normalize_with_map(doc.text),
        sentences=split_sentences(doc.text, doc.paragraphs or None),
        tokens=tokenize(doc.text),
    )
