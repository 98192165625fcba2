"""Development aid: how rawi reads one sentence — arguments, cues, triggers, events.

python scripts/explain.py "وواشنطن تتهم الحركة بانتهاك اتفاق الدوحة"
"""

from __future__ import annotations

import sys

from rawi.document import Document
from rawi.extract import Extractor
from rawi.extract.attribution import find_scopes
from rawi.extract.clauses import arguments, find_triggers
from rawi.extract.mentions import covering
from rawi.ingest.pasted import paragraph_spans


def explain(text: str) -> None:
    extractor = Extractor()
    doc = Document(source="explain", text=text)
    doc.paragraphs = paragraph_spans(text)
    facts = extractor(doc)
    reading = extractor.read(doc)  # what the events are read from, as extract_events sees it
    tokens = reading.analysis.tokens
    names = {e.id: e.name for e in facts.entities}
    print("mentions:", [(m.text, m.how, names.get(m.entity, m.entity)) for m in facts.mentions])
    cover = covering(tokens, reading.mentions)
    for k, m in enumerate(cover):  # titles and appositions that describe a person: no arguments
        if m is not None and any(s <= m.start and m.end <= e for s, e in reading.described):
            cover[k] = None
    args = arguments(tokens, cover, 0, len(tokens), text)
    print("args:", [(a.mention.text, a.first, a.prep) for a in args])
    print("described:", [text[s:e] for s, e in reading.described])
    scopes = find_scopes(tokens, 0, len(tokens), args, [])
    print("scopes:", [(s.start, s.end, s.chain, s.polarity, s.cue_first) for s in scopes])
    print(
        "triggers:",
        [
            (tokens[t.first].text, t.first, t.entry.type, t.entry.frame, t.verb, t.enclitic)
            for t in find_triggers(tokens, 0, len(tokens), set())
        ],
    )
    for e in facts.events:
        who = (
            f"{names.get(e.source)} -> {names.get(e.target)}"
            if e.source
            else [names[p] for p in e.participants]
        )
        print(
            "EVENT",
            e.type,
            e.mode,
            who,
            e.polarity,
            e.modality or "",
            [names[a] for a in e.attribution],
            e.when.start if e.when else None,
            "|",
            e.trigger.text if e.trigger else "",
        )


if __name__ == "__main__":
    explain(" ".join(sys.argv[1:]))
