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
from rawi.text import analyse


def explain(text: str) -> None:
    extractor = Extractor()
    doc = Document(source="explain", text=text)
    doc.paragraphs = paragraph_spans(text)
    facts = extractor(doc)
    analysis = analyse(doc)
    names = {e.id: e.name for e in facts.entities}
    print("mentions:", [(m.text, m.how, names.get(m.entity, m.entity)) for m in facts.mentions])
    tokens = analysis.tokens
    from rawi.extract.mentions import ActorMention

    mentions = [ActorMention(m.start, m.end, m.entity, m.how, m.text) for m in facts.mentions]
    cover = covering(tokens, mentions)
    args = arguments(tokens, cover, 0, len(tokens), text)
    print("args:", [(a.mention.text, a.first, a.prep) for a in args])
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
