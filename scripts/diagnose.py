"""Development aid: list the gold actors of a corpus folder that rawi does not find
(--events: every gold event found or missed, and the system's wrong facts;
--affiliations: affiliations missed and wrong). The folder defaults to ../shared/corpus/dev."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from rawi.evaluation import _actor_index, _map_entities, gold_documents
from rawi.extract import Extractor
from rawi.ingest import iter_inputs, read_document


def main(folder: str) -> None:
    extractor = Extractor()
    for report, gold_path in gold_documents(Path(folder)):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = read_document(next(iter(iter_inputs([str(report)]))))  # type: ignore[arg-type]
        facts = extractor(doc).to_json()
        found = set(_map_entities(facts["entities"], _actor_index(gold)).values())
        for actor_id, actor in gold["actors"].items():
            if actor_id not in found:
                print(gold["id"], actor_id, actor["kind"], " | ".join(actor["names"]))


def affiliations(folder: str) -> None:
    """Gold affiliations missed and system affiliations that match none."""
    extractor = Extractor()
    for report, gold_path in gold_documents(Path(folder)):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        doc = read_document(next(iter(iter_inputs([str(report)]))))  # type: ignore[arg-type]
        facts = extractor(doc).to_json()
        mapping = _map_entities(facts["entities"], _actor_index(gold))
        names = {e["id"]: e["name"] for e in facts["entities"]}
        system = {
            (mapping.get(a["person"]), mapping.get(a["organization"])): a for a in facts["affiliations"]
        }
        for a in gold.get("affiliations", []):
            if (a["person"], a["organization"]) not in system:
                print(gold["id"], "MISSED", a["person"], a["organization"], a["role"])
        gold_pairs = {(a["person"], a["organization"]) for a in gold.get("affiliations", [])}
        for pair, a in system.items():
            if pair not in gold_pairs:
                print(
                    gold["id"],
                    "WRONG",
                    names[a["person"]],
                    "->",
                    names[a["organization"]],
                    a["role"],
                    "|",
                    a["evidence"]["text"][:80],
                )


def events(folder: str, only: str | None = None) -> None:
    """Per document: gold facts missed (with evidence) and system facts wrong (with evidence)."""
    from rawi.evaluation import _event_actors, _same_actors

    extractor = Extractor()
    for report, gold_path in gold_documents(Path(folder)):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        if only and gold["id"] != only:
            continue
        doc = read_document(next(iter(iter_inputs([str(report)]))))  # type: ignore[arg-type]
        facts = extractor(doc).to_json()
        mapping = _map_entities(facts["entities"], _actor_index(gold))
        names = {e["id"]: e["name"] for e in facts["entities"]}

        def resolve(x: str | None, mapping: dict[str, str] = mapping) -> str | None:
            return mapping.get(x) if x else None

        sys_keys = []
        for ev in facts["events"]:
            for k in _event_actors(ev, resolve):
                sys_keys.append((ev, k))
        for g in gold["events"]:
            keys = [k for k in _event_actors(g, lambda x: x) if k]
            types = {g["type"], *g.get("alt_types", [])}
            hit = [
                ev
                for ev, k in sys_keys
                if k and ev["type"] in types and any(_same_actors(k, gk) for gk in keys)
            ]
            tag = "ok " if hit else "MISS"
            if hit:

                def fit(ev: dict, g: dict = g) -> int:  # type: ignore[type-arg]
                    att = [resolve(a) for a in ev.get("attribution", [])]
                    return (ev["polarity"] == g["polarity"]) + (
                        (att[-1] if att else None) == g.get("attributed_to")
                    )

                h = max(hit, key=fit)
                att = [resolve(a) for a in h.get("attribution", [])]
                extra = f" | sys pol={h['polarity']} att={att[-1:]} mode={h['mode']} when={(h.get('when') or {}).get('start')}"
            else:
                extra = ""
            print(
                f"{gold['id']} {tag} {g['type']}/{g.get('mode')} {g.get('source') or g.get('participants')}->{g.get('target', '')} "
                f"pol={g['polarity']} att={g.get('attributed_to')} when={g.get('when')}{' OPT' if g.get('optional') else ''} :: {g['evidence'][:70]}{extra}"
            )
        for ev, k in sys_keys:
            ok = k and any(
                ev["type"] in {g["type"], *g.get("alt_types", [])}
                and any(_same_actors(k, gk) for gk in _event_actors(g, lambda x: x) if gk)
                for g in gold["events"]
            )
            if not ok:
                who = (
                    f"{names.get(ev.get('source'))}->{names.get(ev.get('target'))}"
                    if ev.get("source")
                    else str([names[p] for p in ev["participants"]])
                )
                print(
                    f"{gold['id']} WRONG {ev['type']}/{ev['mode']} [{ev['trigger']['text']}] {who} :: {ev['evidence']['text'][:90]}"
                )


if __name__ == "__main__":
    # python scripts/diagnose.py [--events|--affiliations] [FOLDER] [DOC_ID]
    rest = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = next((a for a in rest if Path(a).is_dir()), "../shared/corpus/dev")
    only = next((a for a in rest if not Path(a).is_dir()), None)
    if "--affiliations" in sys.argv:
        affiliations(folder)
    elif "--events" in sys.argv:
        events(folder, only)
    else:
        main(folder)
