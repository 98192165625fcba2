"""The questions analysts ask of the store, answered as plain dicts and Edge objects."""

from __future__ import annotations

from collections.abc import Iterable
from itertools import pairwise
from typing import Any

from rapidfuzz import fuzz, process
from sqlalchemy import Connection, and_, func, or_, select

from rawi.arabic import name_key
from rawi.store import StoreError
from rawi.store.fusion import (
    UNGRADED,
    Edge,
    Key,
    cluster,
    edges,
    entity_values,
    grades,
    linked_claims,
    names,
    verdicts,
)
from rawi.store.schema import (
    actor_links,
    affiliations,
    claim_links,
    claim_sources,
    claims,
    documents,
    entities,
    entity_names,
    mentions,
)
from rawi.store.schema import (
    edges as edges_table,
)

FUZZY_CUTOFF = 80  # rapidfuzz WRatio: enough to forgive a letter or two, not to pair strangers


def find_actors(conn: Connection, query: str | None = None, limit: int = 20) -> list[dict[str, Any]]:
    """Canonical entities whose names contain QUERY (Arabic or English, normalised), or
    failing that resemble it; without QUERY, the most mentioned. Best first."""
    canon = entities.c.canonical_id
    if query:
        key = name_key(query)
        hits = conn.execute(
            select(canon, entity_names.c.name_key)
            .join(entity_names, entity_names.c.entity_id == entities.c.id)
            .where(entity_names.c.name_key.contains(key, autoescape=True))
        ).all()
        score: dict[int, int] = {}
        for entity, name in hits:
            rank = 3 if name == key else 2 if name.startswith(key) else 1
            score[entity] = max(score.get(entity, 0), rank)
        if not score:
            score = _fuzzy(conn, key)
    else:
        score = {}
    counts = _mention_counts(conn, list(score) if query else None, limit)
    ranked = sorted(counts if not query else score, key=lambda e: (-score.get(e, 0), -counts.get(e, 0), e))
    found = _describe(conn, ranked[:limit])
    for row in found:
        row["mentions"] = counts.get(row["id"], 0)
    return found


def find_actors_by_id(conn: Connection, ids: list[int]) -> list[dict[str, Any]]:
    """These canonical entities described, the most mentioned first."""
    counts = _mention_counts(conn, ids, len(ids))
    found = _describe(conn, sorted(ids, key=lambda e: (-counts.get(e, 0), e)))
    for row in found:
        row["mentions"] = counts.get(row["id"], 0)
    return found


def _fuzzy(conn: Connection, key: str) -> dict[int, int]:
    pairs = conn.execute(
        select(entities.c.canonical_id, entity_names.c.name_key).join(
            entity_names, entity_names.c.entity_id == entities.c.id
        )
    ).all()
    choices = [name for _, name in pairs]
    best = process.extract(key, choices, scorer=fuzz.WRatio, score_cutoff=FUZZY_CUTOFF, limit=50)
    return {pairs[index][0]: 1 for _, _, index in best}


def _mention_counts(conn: Connection, ids: list[int] | None, limit: int) -> dict[int, int]:
    query = (
        select(entities.c.canonical_id, func.count(mentions.c.id))
        .join(mentions, mentions.c.entity_id == entities.c.id)
        .group_by(entities.c.canonical_id)
    )
    if ids is not None:
        query = query.where(entities.c.canonical_id.in_(ids))
    else:
        query = query.order_by(func.count(mentions.c.id).desc()).limit(limit)
    return dict(conn.execute(query).all())


def _describe(conn: Connection, ids: list[int]) -> list[dict[str, Any]]:
    if not ids:
        return []
    rows = {
        r["id"]: dict(r)
        for r in conn.execute(
            select(
                entities.c.id, entities.c.kind, entities.c.name, entities.c.registry_id, entities.c.wikidata
            ).where(entities.c.id.in_(ids))
        ).mappings()
    }
    return [rows[i] for i in ids if i in rows]


def resolve(conn: Connection, ref: str, *, canonical: bool = True) -> int:
    """The entity meant by REF: its number, its registry id, or its best name match; the
    entity it stands for after merges unless CANONICAL is false."""
    ref = ref.strip()
    column = entities.c.canonical_id if canonical else entities.c.id
    if ref.isdigit():
        row = conn.execute(select(column).where(entities.c.id == int(ref))).first()
        if row:
            return int(row[0])
        raise StoreError(f"no entity number {ref}; find it with `rawi actors QUERY`")
    row = conn.execute(
        select(column).where(or_(entities.c.registry_id == ref, entities.c.entity_key == ref))
    ).first()
    if row:
        return int(row[0])
    found = find_actors(conn, ref, limit=5)
    if not found:
        raise StoreError(f"no actor matches {ref!r}; list them with `rawi actors`")
    return int(found[0]["id"])


def profile(conn: Connection, entity: int, limit: int | None = 50) -> dict[str, Any]:
    """Names, roles, and relations out, in and joint of a canonical entity: the LIMIT most
    claimed of each, with the totals."""
    ids = cluster(conn, [entity])
    described = _describe(conn, [entity])
    if not described:
        raise StoreError(f"no entity number {entity}")
    found = described[0]
    found["names"] = sorted(
        set(conn.execute(select(entity_names.c.name).where(entity_names.c.entity_id.in_(ids))).scalars())
    )
    found["merged"] = sorted(i for i in ids if i != entity)
    found["roles"] = roles(conn, ids)
    e = edges_table.c
    sides = {
        "out": and_(e.directed.is_(True), e.source_id == entity),
        "in": and_(e.directed.is_(True), e.target_id == entity),
        "with": and_(e.directed.is_(False), or_(e.source_id == entity, e.target_id == entity)),
    }
    related: dict[str, list[Edge]] = {}
    for side, where in sides.items():
        query = select(edges_table).where(e.claims > 0, where).order_by(e.claims.desc(), e.id).limit(limit)
        related[side] = [Edge.from_row(row) for row in conn.execute(query)]
        total = conn.execute(
            select(func.count()).select_from(edges_table).where(e.claims > 0, where)
        ).scalar_one()
        found[f"{side}_total"] = total
    label = names(conn, {x for side in related.values() for edge in side for x in (edge.source, edge.target)})
    for side, found_edges in related.items():
        found[side] = [edge.to_json(label) for edge in found_edges]
    return found


def roles(conn: Connection, ids: list[int] | None) -> list[dict[str, Any]]:
    """Who holds which role in which organisation, with the number of documents saying so;
    only roles touching IDS unless None."""
    person, org = entities.alias("person"), entities.alias("org")
    query = (
        select(
            person.c.canonical_id.label("person"),
            org.c.canonical_id.label("organization"),
            affiliations.c.role,
            func.count().label("documents"),
        )
        .join(person, person.c.id == affiliations.c.person_id)
        .join(org, org.c.id == affiliations.c.organization_id)
        .group_by(person.c.canonical_id, org.c.canonical_id, affiliations.c.role)
    )
    if ids is not None:
        query = query.where(or_(affiliations.c.person_id.in_(ids), affiliations.c.organization_id.in_(ids)))
    found = [dict(r) for r in conn.execute(query).mappings()]
    label = names(conn, [r["person"] for r in found] + [r["organization"] for r in found])
    for row in found:
        row["person_name"], row["organization_name"] = label[row["person"]], label[row["organization"]]
    return sorted(found, key=lambda r: -int(r["documents"]))


def claim_rows(
    conn: Connection, where: Any, *, order_by_date: bool = False, limit: int | None = None
) -> list[dict[str, Any]]:
    """Claims with their document, parties, chain, verdict and rating: in order of storing,
    or of the event's date (else the report's); the first LIMIT."""
    when = func.coalesce(claims.c.when_start, documents.c.published)
    order = [when.is_(None), when, claims.c.id] if order_by_date else [claims.c.id]
    query = (
        select(
            claims.c.id,
            claims.c.claim_key,
            claims.c.type,
            claims.c.mode,
            claims.c.polarity,
            claims.c.modality,
            claims.c.source_id,
            claims.c.target_id,
            claims.c.primary_source_id,
            claims.c.when_start,
            claims.c.when_end,
            claims.c.evidence_text,
            claims.c.evidence_start,
            claims.c.evidence_end,
            claims.c.confidence,
            documents.c.id.label("document_id"),
            documents.c.url,
            documents.c.source.label("document_source"),
            documents.c.outlet,
            documents.c.published,
            documents.c.title,
        )
        .join(documents, documents.c.id == claims.c.document_id)
        .where(where)
        .order_by(*order)
        .limit(limit)
    )
    found = [dict(r) for r in conn.execute(query).mappings()]
    _add_parties(conn, found)
    judged = verdicts(conn, [r["claim_key"] for r in found])
    for row in found:
        row["verdict"] = judged.get(row["claim_key"])
        row["date"] = row["when_start"] or row["published"]
    _add_ratings(conn, found)
    return found


def _add_ratings(conn: Connection, found: list[dict[str, Any]]) -> None:
    """Each claim's rating: its primary source's grade and the credibility of the fact it
    bears on ("B2"); claims with one side unnamed have no fact and only the grade."""
    keys: dict[int, Key] = {}
    for start in range(0, len(found), 500):
        batch = [r["id"] for r in found[start : start + 500]]
        keys.update((c.claim_id, c.key) for c in linked_claims(conn, claims.c.id.in_(batch)))
    e = edges_table.c
    credibility: dict[Key, int] = {}
    wanted = list(set(keys.values()))
    for start in range(0, len(wanted), 300):
        batch_keys = wanted[start : start + 300]
        near = select(edges_table).where(
            e.type.in_({k[0] for k in batch_keys}),
            e.source_id.in_({k[1] for k in batch_keys}),
            e.target_id.in_({k[2] for k in batch_keys}),
        )
        for stored in conn.execute(near):
            edge = Edge.from_row(stored)
            credibility[edge.key] = edge.credibility
    graded = grades(conn)
    for claim in found:
        grade = graded.get(claim["primary_source_id"] or 0, UNGRADED)
        key = keys.get(claim["id"])
        claim["rating"] = f"{grade}{credibility[key]}" if key in credibility else grade


def _add_parties(conn: Connection, found: list[dict[str, Any]]) -> None:
    """Names of each claim's source, target, parties and chain, as their canonical entities."""
    ids = [r["id"] for r in found]
    chains: dict[int, list[int]] = {}
    parties: dict[int, set[int]] = {}
    for start in range(0, len(ids), 500):
        batch = ids[start : start + 500]
        for claim, entity in conn.execute(
            select(claim_sources.c.claim_id, claim_sources.c.entity_id)
            .where(claim_sources.c.claim_id.in_(batch))
            .order_by(claim_sources.c.claim_id, claim_sources.c.position)
        ):
            chains.setdefault(claim, []).append(entity)
        for claim, a, b in conn.execute(
            select(claim_links.c.claim_id, claim_links.c.a_id, claim_links.c.b_id).where(
                claim_links.c.claim_id.in_(batch)
            )
        ):
            parties.setdefault(claim, set()).update((a, b))
    raw = {e for c in chains.values() for e in c} | {e for p in parties.values() for e in p}
    raw |= {r[side] for r in found for side in ("source_id", "target_id", "primary_source_id") if r[side]}
    canon = _canonical_of(conn, raw)
    label = names(conn, canon.values())
    for row in found:
        for side in ("source_id", "target_id", "primary_source_id"):
            row[side] = canon.get(row[side]) if row[side] else None
        row["source"] = label.get(row["source_id"]) if row["source_id"] else None
        row["target"] = label.get(row["target_id"]) if row["target_id"] else None
        row["chain"] = list(dict.fromkeys(label[canon[e]] for e in chains.get(row["id"], [])))
        row["parties"] = sorted({label[canon[e]] for e in parties.get(row["id"], set())})


def _canonical_of(conn: Connection, ids: Iterable[int]) -> dict[int, int]:
    return entity_values(conn, ids, entities.c.canonical_id)


def claims_by(conn: Connection, entity: int, limit: int | None = None) -> list[dict[str, Any]]:
    """Claims whose chain of sources includes ENTITY (an outlet, an agency, an official)."""
    ids = cluster(conn, [entity])
    said = select(claim_sources.c.claim_id).where(claim_sources.c.entity_id.in_(ids))
    return claim_rows(conn, claims.c.id.in_(said), limit=limit)


def timeline(conn: Connection, entity: int, limit: int | None = None) -> list[dict[str, Any]]:
    """Claims in which ENTITY takes part, by the date of the event (else of the report)."""
    ids = cluster(conn, [entity])
    involved = (
        select(claim_links.c.claim_id)
        .where(claim_links.c.a_id.in_(ids))
        .union(
            select(claim_links.c.claim_id).where(claim_links.c.b_id.in_(ids)),
            # a claim with one side unnamed links no pair
            select(claims.c.id).where(claims.c.source_id.in_(ids)),
            select(claims.c.id).where(claims.c.target_id.in_(ids)),
        )
    )
    return claim_rows(conn, claims.c.id.in_(involved), order_by_date=True, limit=limit)


def contradictions(conn: Connection) -> list[Edge]:
    """Edges that some sources affirm or suspect and others deny."""
    e = edges_table.c
    query = select(edges_table).where(e.claims > 0, e.denied > 0, e.affirmed + e.hedged > 0)
    return [Edge.from_row(row) for row in conn.execute(query.order_by(e.claims.desc(), e.id))]


def neighbours(conn: Connection, frontier: set[int]) -> dict[int, set[int]]:
    """The canonical entities linked to each of FRONTIER by claims that count."""
    found: dict[int, set[int]] = {e: set() for e in frontier}
    wanted = list(frontier)
    links = actor_links.c
    for start in range(0, len(wanted), 500):
        query = select(links.actor_id, links.other_id).where(links.actor_id.in_(wanted[start : start + 500]))
        for actor, other in conn.execute(query):
            found[actor].add(other)
    return found


def strongest_neighbours(conn: Connection, entity: int, limit: int) -> set[int]:
    """The LIMIT actors with the most claims linking them to ENTITY."""
    links = actor_links.c
    query = select(links.other_id).where(links.actor_id == entity).order_by(links.claims.desc()).limit(limit)
    return set(conn.execute(query).scalars())


def neighbourhood(conn: Connection, entity: int, hops: int = 2, per_actor: int | None = 50) -> set[int]:
    """Every actor within HOPS facts of ENTITY (itself excluded), following from each actor
    its PER_ACTOR most linked actors (None: all, which near a hub is the whole graph)."""
    seen, frontier = {entity}, {entity}
    for _ in range(hops):
        if per_actor is None:
            reached = set().union(*neighbours(conn, frontier).values())
        else:
            reached = set().union(*(strongest_neighbours(conn, node, per_actor) for node in frontier))
        frontier = reached - seen
        seen |= frontier
    return seen - {entity}


def path(conn: Connection, start: int, goal: int, max_hops: int = 4) -> list[int] | None:
    """The shortest chain of actors from START to GOAL over fused edges (either direction)."""
    if start == goal:
        return [start]
    came_from: dict[int, int | None] = {start: None}
    frontier, hops = {start}, 0
    while frontier and hops < max_hops:
        hops += 1
        nxt: set[int] = set()
        for here, near in neighbours(conn, frontier).items():
            for there in sorted(near):
                if there not in came_from:
                    came_from[there] = here
                    nxt.add(there)
        if goal in came_from:
            chain = [goal]
            while (step := came_from[chain[-1]]) is not None:
                chain.append(step)
            return chain[::-1]
        frontier = nxt
    return None


def edges_between(conn: Connection, chain: list[int]) -> list[Edge]:
    """The edges joining each step of a path."""
    found = []
    for here, there in pairwise(chain):
        found += [e for e in edges(conn, involving=[here]) if {e.source, e.target} == {here, there}]
    return found
