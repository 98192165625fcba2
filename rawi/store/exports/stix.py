"""A STIX 2.1 bundle made with the `stix2` library (OpenCTI, MISP).

Armed groups (the registry's armed_groups file) are threat-actors; other actors are
identities. Each fused edge is a relationship whose confidence follows the Admiralty
credibility mapping of STIX 2.1's appendix; each report a `report` object holding what
it claims; each denial an `opinion` of strong disagreement by the denier. Ids are
derived from rawi's keys, so the same store exports the same ids every time.
"""

from __future__ import annotations

import hashlib
import uuid
from pathlib import Path
from typing import Any

import stix2
from sqlalchemy import Connection

from rawi.store.exports import Snapshot, snapshot
from rawi.store.fusion import Edge

NAMESPACE = "rawi"
EPOCH = "2024-01-01T00:00:00Z"  # fixed creation time of rawi's own objects, so exports are stable
CONFIDENCE = {1: 90, 2: 70, 3: 50, 4: 30, 5: 10}  # STIX 2.1 appendix A, Admiralty credibility
IDENTITY_CLASS = {"person": "individual", "organization": "organization", "state": "organization"}
RELATIONSHIP_TYPE = {
    "AID": "supports",
    "ASSAULT": "attacks",
    "ACCUSE": "accuses",
    "AGREE": "agrees-with",
    "CONSULT": "meets-with",
    "COOPERATE": "cooperates-with",
    "COERCE": "coerces",
    "THREATEN": "threatens",
    "SANCTION": "sanctions",
    "REJECT": "rejects",
    "REQUEST": "requests",
    "SUPPORT": "endorses",
    "CONCEDE": "concedes-to",
    "RETREAT": "retreats-from",
    "MOBILIZE": "mobilizes-against",
    "PROTEST": "protests-against",
}


def _id(kind: str, *key: Any) -> str:
    """A stable id: STIX wants version-4 UUIDs for these objects, so the bits of a hash of
    rawi's key are stamped as version 4 rather than drawn at random."""
    digest = hashlib.sha256("|".join(str(k) for k in (NAMESPACE, *key)).encode()).digest()
    return f"{kind}--{uuid.UUID(bytes=digest[:16], version=4)}"


def _timestamp(date: str | None, fallback: str) -> str:
    if date and len(date) >= 4 and date[:4].isdigit():
        parts = [*date.split("-"), "01", "01"][:3]
        return f"{parts[0]}-{parts[1]:0>2}-{parts[2]:0>2}T00:00:00Z"
    return fallback


# rawi's fusion figures ride on each relationship as top-level properties, declared by an
# extension definition as STIX 2.1 asks (section 7.3).
RAWI = stix2.Identity(
    id=_id("identity", "rawi"), name="rawi", identity_class="system", created=EPOCH, modified=EPOCH
)
EXTENSION = stix2.ExtensionDefinition(
    id=_id("extension-definition", "fusion", 1),
    created_by_ref=RAWI.id,
    created=EPOCH,
    modified=EPOCH,
    name="rawi fused claims",
    description="PLOVER type, Admiralty rating, independent sources and contest of a fused edge",
    schema="x_rawi_plover: PLOVER event type; x_rawi_rating: reliability A-F + credibility 1-6; "
    "x_rawi_corroboration: number of independent primary sources; x_rawi_contested: denied by some source",
    version="1.0.0",
    extension_types=["toplevel-property-extension"],
    extension_properties=["x_rawi_plover", "x_rawi_rating", "x_rawi_corroboration", "x_rawi_contested"],
)


def actor(entity: dict[str, Any]) -> stix2.ThreatActor | stix2.Identity:
    names = [n for n in entity["names"] if n != entity["name"]]
    if entity.get("category") == "armed_groups":
        return stix2.ThreatActor(
            id=_id("threat-actor", entity["entity_key"]), name=entity["name"], aliases=names or None
        )
    return stix2.Identity(
        id=_id("identity", entity["entity_key"]),
        name=entity["name"],
        identity_class=IDENTITY_CLASS.get(entity["kind"], "unknown"),
        description=("also: " + "، ".join(names[:20])) if names else None,
    )


def relationship(edge: Edge, refs: dict[int, str], names: dict[int, str]) -> stix2.Relationship:
    return stix2.Relationship(
        id=_id("relationship", edge.id),
        relationship_type=RELATIONSHIP_TYPE.get(edge.type, "related-to"),
        source_ref=refs[edge.source],
        target_ref=refs[edge.target],
        description=(
            f"{names[edge.source]} {edge.type}{'/' + ','.join(edge.modes) if edge.modes else ''} "
            f"{names[edge.target]}: {edge.claims_count} claims, {edge.corroboration} independent sources"
            + (", contested" if edge.contested else "")
        ),
        confidence=CONFIDENCE.get(edge.credibility),
        start_time=_timestamp(edge.first, "") or None,
        allow_custom=True,
        extensions={EXTENSION.id: {"extension_type": "toplevel-property-extension"}},
        x_rawi_plover=edge.type,
        x_rawi_rating=edge.rating,
        x_rawi_corroboration=edge.corroboration,
        x_rawi_contested=edge.contested,
    )


def objects(snap: Snapshot) -> list[Any]:
    refs: dict[int, str] = {}
    out: list[Any] = [RAWI, EXTENSION]
    for entity_id, entity in snap.entities.items():
        obj = actor(entity)
        refs[entity_id] = obj.id
        out.append(obj)
    names = {i: e["name"] for i, e in snap.entities.items()}
    per_document: dict[int, set[str]] = {}
    for edge in snap.edges:
        rel = relationship(edge, refs, names)
        out.append(rel)
        for claim in edge.claims:
            row = snap.claims[claim.claim_id]
            per_document.setdefault(row["document_id"], set()).update(
                (rel.id, refs[edge.source], refs[edge.target])
            )
            if claim.polarity == "denied" and claim.verdict != "rejected":
                out.append(
                    stix2.Opinion(
                        id=_id("opinion", claim.claim_key, edge.id),
                        opinion="strongly-disagree",
                        object_refs=[rel.id],
                        authors=row["chain"][-1:] or None,
                        explanation=row["evidence_text"],
                    )
                )
    for doc_id, refs_of_doc in sorted(per_document.items()):
        doc = snap.documents[doc_id]
        out.append(
            stix2.Report(
                id=_id("report", doc["doc_key"]),
                name=doc.get("title") or doc.get("source") or doc["doc_key"],
                published=_timestamp(doc.get("published"), doc["ingested_at"]),
                report_types=["threat-report"],
                object_refs=sorted(refs_of_doc),
                external_references=[{"source_name": doc.get("outlet") or "report", "url": doc["url"]}]
                if doc.get("url")
                else None,
            )
        )
    return out


def write(conn: Connection, path: Path) -> int:
    found = objects(snapshot(conn))
    bundle = stix2.Bundle(objects=found, allow_custom=True)
    path.write_text(bundle.serialize(pretty=True, ensure_ascii=False), encoding="utf-8")
    return len(found)
