"""Score facts against a gold folder, as ``corpus/FORMAT.md`` defines.

System entities map to gold actors by shared normalised names; events reduce to
distinct facts (type, source, target) or unordered participant pairs; optional
gold facts neither help nor hurt.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

from rawi.arabic import name_key
from rawi.errors import GoldError

SPEECH_ACTS = {"ACCUSE", "THREATEN", "REJECT", "REQUEST", "PROTEST"}
GOLD_SUFFIX = ".gold.json"

# A fact's actors: ("d", source, target) for directed, ("u", a, b) with a <= b for pairs.
Actors = tuple[str, str, str]


@dataclass
class Counts:
    """Numerators and denominators; add them across documents, then take ratios."""

    fact_tp: int = 0
    fact_sys: int = 0
    fact_gold_found: int = 0
    fact_gold: int = 0
    claims_ok: int = 0
    claims_gold: int = 0
    mode_ok: int = 0
    time_ok: int = 0
    matched_events: int = 0
    actors_found: int = 0
    actors_gold: int = 0
    entities_matched: int = 0
    entities_sys: int = 0
    aff_tp: int = 0
    aff_sys: int = 0
    aff_gold_found: int = 0
    aff_gold: int = 0
    evidence_in_text: int = 0
    evidence_gold: int = 0
    date_ok: int = 0
    date_gold: int = 0

    def add(self, other: Counts) -> None:
        for name in self.__dataclass_fields__:
            setattr(self, name, getattr(self, name) + getattr(other, name))

    def metrics(self) -> dict[str, float | None]:
        def ratio(a: int, b: int) -> float | None:
            return round(a / b, 4) if b else None

        p, r = ratio(self.fact_tp, self.fact_sys), ratio(self.fact_gold_found, self.fact_gold)
        if p and r:
            f1: float | None = round(2 * p * r / (p + r), 4)
        else:  # an empty system scores 0, not "undefined", once there is gold to find
            f1 = 0.0 if r is not None else None
        return {
            "fact_precision": p,
            "fact_recall": r,
            "fact_f1": f1,
            "claim_recall": ratio(self.claims_ok, self.claims_gold),
            "mode_accuracy": ratio(self.mode_ok, self.matched_events),
            "time_accuracy": ratio(self.time_ok, self.matched_events),
            "actor_precision": ratio(self.entities_matched, self.entities_sys),
            "actor_recall": ratio(self.actors_found, self.actors_gold),
            "affiliation_precision": ratio(self.aff_tp, self.aff_sys),
            "affiliation_recall": ratio(self.aff_gold_found, self.aff_gold),
            "evidence_in_text": ratio(self.evidence_in_text, self.evidence_gold),
            "published_date_accuracy": ratio(self.date_ok, self.date_gold),
        }


@dataclass
class DocScore:
    id: str
    counts: Counts
    missed_facts: list[str] = field(default_factory=list)
    wrong_facts: list[str] = field(default_factory=list)


def load_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise GoldError(f"{path}: cannot be read as JSON ({exc})") from None
    if not isinstance(gold, dict):
        raise GoldError(f"{path}: is not a JSON object (see corpus/FORMAT.md)")
    for key in ("actors", "events"):
        if not isinstance(gold.get(key), (dict, list)):
            raise GoldError(f"{path}: lacks '{key}' (see corpus/FORMAT.md)")
    for i, event in enumerate(gold["events"]):
        if "type" not in event or not ("participants" in event or "source" in event):
            raise GoldError(f"{path}: event {i} needs 'type' and 'source'/'target' or 'participants'")
    result: dict[str, Any] = gold
    return result


def gold_documents(folder: Path) -> list[tuple[Path, Path]]:
    """(report file, gold file) pairs of a gold folder."""
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder (pass the folder holding *.gold.json files)")
    pairs = []
    for gold in sorted(folder.glob(f"*{GOLD_SUFFIX}")):
        stem = gold.name[: -len(GOLD_SUFFIX)]
        reports = [p for p in folder.glob(f"{stem}.*") if not p.name.endswith(GOLD_SUFFIX)]
        if not reports:
            raise GoldError(f"{gold}: no report file {stem}.txt or {stem}.html beside it")
        pairs.append((reports[0], gold))
    if not pairs:
        raise GoldError(f"{folder}: holds no *{GOLD_SUFFIX} files")
    return pairs


def _actor_index(gold: dict[str, Any]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for actor_id, actor in gold["actors"].items():
        for name in actor.get("names", []):
            index.setdefault(name_key(name), set()).add(actor_id)
    return index


def _map_entities(entities: list[dict[str, Any]], index: dict[str, set[str]]) -> dict[str, str]:
    """System entity id → gold actor id (the gold actor sharing most of its names)."""
    mapping: dict[str, str] = {}
    for ent in entities:
        votes: dict[str, int] = {}
        for name in {name_key(n) for n in [ent.get("name", ""), *ent.get("names", [])]}:
            for actor in index.get(name, ()):
                votes[actor] = votes.get(actor, 0) + 1
        if votes:
            mapping[ent["id"]] = max(sorted(votes), key=lambda a: votes[a])
    return mapping


def _directed(a: str, b: str) -> Actors:
    return ("d", a, b)


def _pair(a: str, b: str) -> Actors:
    return ("u", *sorted((a, b)))  # type: ignore[return-value]


def _event_actors(event: dict[str, Any], resolve: Any) -> list[Actors | None]:
    """The actor keys of an event; None where an actor maps to no gold actor."""
    participants = [p for p in event.get("participants") or [] if p]
    if participants:
        mapped = [resolve(p) for p in participants]
        return [(_pair(a, b) if a and b and a != b else None) for a, b in combinations(mapped, 2)]
    src, tgt = resolve(event.get("source")), resolve(event.get("target"))
    if src and tgt and src != tgt:
        return [_directed(src, tgt)]
    return [None]


def _same_actors(sys_key: Actors, gold_key: Actors) -> bool:
    if "u" in (sys_key[0], gold_key[0]):
        return sorted(sys_key[1:]) == sorted(gold_key[1:])
    return sys_key == gold_key


def _when(event: dict[str, Any]) -> str | None:
    when = event.get("when")
    if isinstance(when, dict):
        return when.get("start")
    return when if isinstance(when, str) else None


def score_document(facts: dict[str, Any], gold: dict[str, Any]) -> DocScore:
    counts = Counts()
    index = _actor_index(gold)
    entity_map = _map_entities(facts.get("entities", []), index)

    def resolve(entity_id: str | None) -> str | None:
        return entity_map.get(entity_id) if entity_id else None

    # Actors and entities
    counts.actors_gold = len(gold["actors"])
    counts.actors_found = len(set(entity_map.values()))
    counts.entities_sys = len(facts.get("entities", []))
    counts.entities_matched = len(entity_map)

    # Gold facts: key → (types accepted, optional?)
    gold_events = gold["events"]
    gold_facts: list[tuple[Actors, set[str], bool, dict[str, Any]]] = []
    for ev in gold_events:
        types = {ev["type"], *ev.get("alt_types", [])}
        for key in _event_actors(ev, lambda x: x if x in gold["actors"] else None):
            if key:
                gold_facts.append((key, types, bool(ev.get("optional")), ev))

    # System facts (distinct)
    sys_events = facts.get("events", [])
    sys_facts: dict[tuple[str, Actors], list[dict[str, Any]]] = {}
    for ev in sys_events:
        for key in _event_actors(ev, resolve):
            if key is None:
                continue
            sys_facts.setdefault((ev["type"], key), []).append(ev)
    score = DocScore(id=str(gold.get("id", "")), counts=counts)
    for (etype, key), _evs in sys_facts.items():
        matches = [g for g in gold_facts if etype in g[1] and _same_actors(key, g[0])]
        if not matches:
            counts.fact_sys += 1
            score.wrong_facts.append(f"{etype} {key[1]}->{key[2]}")
        elif any(not opt for _, _, opt, _ in matches):
            counts.fact_sys += 1
            counts.fact_tp += 1
    # events with an actor outside the gold count as false positives, once each
    counts.fact_sys += sum(1 for e in sys_events if None in _event_actors(e, resolve))

    # Recall over distinct required gold facts (primary type)
    required: dict[tuple[str, Actors], set[str]] = {}
    for key, types, optional, ev in gold_facts:
        if not optional:
            required.setdefault((ev["type"], key), set()).update(types)
    for (etype, key), types in required.items():
        counts.fact_gold += 1
        if any(t in types and _same_actors(k, key) for (t, k) in sys_facts):
            counts.fact_gold_found += 1
        else:
            score.missed_facts.append(f"{etype} {key[1]}->{key[2]}")

    # Claims, modes and times, per required gold event
    for ev in gold_events:
        if ev.get("optional"):
            continue
        counts.claims_gold += 1
        types = {ev["type"], *ev.get("alt_types", [])}
        keys = [k for k in _event_actors(ev, lambda x: x if x in gold["actors"] else None) if k]
        candidates = [
            s
            for (t, k), evs in sys_facts.items()
            if t in types and any(_same_actors(k, g) for g in keys)
            for s in evs
        ]
        if not candidates:
            continue
        counts.matched_events += 1
        if any(s.get("mode") == ev.get("mode") for s in candidates):
            counts.mode_ok += 1
        if any(_when(s) == ev.get("when") for s in candidates):
            counts.time_ok += 1
        wanted = ev.get("attributed_to")
        polarity = ev.get("polarity", "asserted")
        for s in candidates:
            chain = s.get("attribution") or []
            said_by = resolve(chain[-1]) if chain else None
            own_act = wanted is not None and wanted == ev.get("source")
            attribution_ok = said_by == wanted or (not chain and (ev["type"] in SPEECH_ACTS or own_act))
            if attribution_ok and s.get("polarity", "asserted") == polarity:
                counts.claims_ok += 1
                break

    # Affiliations
    gold_aff = {(a["person"], a["organization"]) for a in gold.get("affiliations", [])}
    sys_aff = set()
    for a in facts.get("affiliations", []):
        sys_aff.add((resolve(a.get("person")), resolve(a.get("organization"))))
    counts.aff_gold = len(gold_aff)
    counts.aff_sys = len(sys_aff)
    counts.aff_tp = len(sys_aff & gold_aff)
    counts.aff_gold_found = counts.aff_tp

    # Document layer: evidence inside the extracted text, publication date
    text = " ".join(facts.get("document", {}).get("text", "").split())
    for ev in gold_events:
        if ev.get("evidence"):
            counts.evidence_gold += 1
            if " ".join(ev["evidence"].split()) in text:
                counts.evidence_in_text += 1
    if gold.get("published"):
        counts.date_gold = 1
        counts.date_ok = int(facts.get("document", {}).get("published") == gold["published"])
    return score


def total(scores: Iterable[DocScore]) -> Counts:
    counts = Counts()
    for s in scores:
        counts.add(s.counts)
    return counts
