"""Analysts' decisions: merging and splitting entities, reviewing claims, grading sources.

Every decision is a new row with its time, analyst and note; undoing one marks it undone.
Nothing here edits or deletes evidence, and extraction never touches these rows.
"""

from __future__ import annotations

import getpass
from typing import Any

from sqlalchemy import Connection, insert, select, update

from rawi.store import StoreError
from rawi.store.fusion import Edge
from rawi.store.load import now
from rawi.store.schema import (
    claim_reviews,
    claims,
    edge_sources,
    edges,
    entities,
    entity_merges,
    source_grades,
)
from rawi.store.upkeep import keys_of_claims, rebuild, rebuild_involving

VERDICTS = ("confirmed", "rejected", "note")
GRADES = "ABCDEF"  # Admiralty reliability: A reliable … E unreliable, F cannot be judged


def analyst() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "analyst"


def _active_merges(conn: Connection) -> dict[int, int]:
    rows = conn.execute(
        select(entity_merges.c.entity_id, entity_merges.c.into_id)
        .where(entity_merges.c.undone_at.is_(None))
        .order_by(entity_merges.c.id)
    )
    return dict(rows.all())


def _refresh_canonical(conn: Connection) -> None:
    """Set every entity's canonical id from the merges in force."""
    merged = _active_merges(conn)

    def root(entity: int) -> int:
        seen = set()
        while entity in merged and entity not in seen:
            seen.add(entity)
            entity = merged[entity]
        return entity

    stale = conn.execute(select(entities.c.id).where(entities.c.canonical_id != entities.c.id)).scalars()
    for entity in set(stale) | set(merged):
        conn.execute(update(entities).where(entities.c.id == entity).values(canonical_id=root(entity)))


def canonical(conn: Connection, entity: int) -> int:
    return int(conn.execute(select(entities.c.canonical_id).where(entities.c.id == entity)).scalar_one())


def merge(conn: Connection, entity: int, into: int, note: str | None = None) -> None:
    """Make ENTITY stand for INTO everywhere (its names, claims and edges)."""
    before = {canonical(conn, entity), canonical(conn, into)}
    if len(before) == 1:
        raise StoreError(f"entity {entity} already stands for {into}; nothing to merge")
    conn.execute(
        insert(entity_merges).values(
            entity_id=entity, into_id=canonical(conn, into), analyst=analyst(), note=note, created_at=now()
        )
    )
    _refresh_canonical(conn)
    rebuild_involving(conn, before)


def split(conn: Connection, entity: int, note: str | None = None) -> list[tuple[int, int]]:
    """Undo the merge of ENTITY into another, or else every merge into ENTITY.
    Returns the (entity, into) pairs undone; the merge rows stay as history."""
    merged = _active_merges(conn)
    undone = (
        [(entity, merged[entity])] if entity in merged else [(e, i) for e, i in merged.items() if i == entity]
    )
    if not undone:
        raise StoreError(f"entity {entity} is not merged with any other; nothing to split")
    for member, into in undone:
        conn.execute(
            update(entity_merges)
            .where(
                entity_merges.c.entity_id == member,
                entity_merges.c.into_id == into,
                entity_merges.c.undone_at.is_(None),
            )
            .values(undone_at=now(), note=(note or None))
        )
    _refresh_canonical(conn)
    rebuild_involving(
        conn, {e for pair in undone for e in pair} | {canonical(conn, into) for _, into in undone}
    )
    return undone


def claim_by_ref(conn: Connection, ref: str) -> dict[str, Any]:
    """A claim by its number or (a prefix of at least 6 characters of) its key."""
    query = select(claims.c.id, claims.c.claim_key, claims.c.type, claims.c.evidence_text)
    if ref.isdigit():
        rows = conn.execute(query.where(claims.c.id == int(ref))).mappings().all()
    elif len(ref) >= 6:
        rows = conn.execute(query.where(claims.c.claim_key.startswith(ref))).mappings().all()
    else:
        rows = []
    if len(rows) != 1:
        found = "no claim" if not rows else f"{len(rows)} claims"
        raise StoreError(
            f"{found} match {ref!r}; give the claim number shown by `rawi claims` or `rawi timeline`"
        )
    return dict(rows[0])


def review(conn: Connection, ref: str, verdict: str, note: str | None = None) -> dict[str, Any]:
    """Record an analyst's judgement of a claim; returns the claim judged."""
    if verdict not in VERDICTS:
        raise StoreError(f"verdict {verdict!r} must be one of {', '.join(VERDICTS)}")
    if verdict == "note" and not note:
        raise StoreError("a note needs its text: --note TEXT")
    claim = claim_by_ref(conn, ref)
    conn.execute(
        insert(claim_reviews).values(
            claim_key=claim["claim_key"], verdict=verdict, note=note, analyst=analyst(), created_at=now()
        )
    )
    if verdict != "note":
        rebuild(conn, keys_of_claims(conn, [claim["id"]]))
    return claim


def reviews_of(conn: Connection, claim_key: str) -> list[dict[str, Any]]:
    rows = conn.execute(
        select(claim_reviews).where(claim_reviews.c.claim_key == claim_key).order_by(claim_reviews.c.id)
    )
    return [dict(r) for r in rows.mappings()]


def grade(conn: Connection, entity: int, letter: str, note: str | None = None) -> None:
    """Grade a source's reliability (Admiralty A–F); earlier grades stay as its history."""
    letter = letter.upper()
    if len(letter) != 1 or letter not in GRADES:
        raise StoreError(f"grade {letter!r} must be one letter of {GRADES} (A reliable … F cannot be judged)")
    source = canonical(conn, entity)
    key = conn.execute(select(entities.c.entity_key).where(entities.c.id == source)).scalar_one()
    conn.execute(
        insert(source_grades).values(
            entity_key=key, grade=letter, note=note, analyst=analyst(), created_at=now()
        )
    )
    # the edges this source affirms take its new grade
    sourced = select(edge_sources.c.edge_id).where(edge_sources.c.source_id == source)
    rebuild(
        conn, [Edge.from_row(row).key for row in conn.execute(select(edges).where(edges.c.id.in_(sourced)))]
    )


def grade_history(conn: Connection, entity: int) -> list[dict[str, Any]]:
    key = conn.execute(
        select(entities.c.entity_key).where(entities.c.id == canonical(conn, entity))
    ).scalar_one()
    rows = conn.execute(
        select(source_grades).where(source_grades.c.entity_key == key).order_by(source_grades.c.id)
    )
    return [dict(r) for r in rows.mappings()]
