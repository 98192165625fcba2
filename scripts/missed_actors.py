"""Development aid: list the gold actors of a corpus folder that rawi does not find."""

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


if __name__ == "__main__":
    (affiliations if "--affiliations" in sys.argv else main)("../shared/corpus/dev")
