"""The `rawi` commands that read and judge the knowledge store, and export it.

`rawi ingest` lives in cli.py beside `extract`, since both run the extractor.
"""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click
from sqlalchemy import Connection, func, select

from rawi.errors import RawiError
from rawi.store import Store, default_db, open_store, queries
from rawi.store import analyst as decide
from rawi.store.exports import FORMATS, writers
from rawi.store.fusion import CREDIBILITY, Edge, edges, names, with_claims
from rawi.store.schema import claims, documents, entities, mentions
from rawi.store.schema import edges as edges_table
from rawi.store.upkeep import rebuild_all

F = TypeVar("F", bound=Callable[..., Any])


def db_option(command: F) -> F:
    return click.option(
        "--db",
        envvar="RAWI_DB",
        default=None,
        help=f"The store: a SQLite file path or a postgresql:// URL (default: RAWI_DB, else {default_db()}).",
    )(command)


def output_options(command: F) -> F:
    command = click.option("--csv", "as_csv", is_flag=True, help="Print CSV for machines.")(command)
    return click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")(command)


@contextmanager
def store_at(db: str | None) -> Iterator[Store]:
    try:
        store = open_store(db)
    except RawiError as exc:
        raise click.ClickException(str(exc)) from None
    try:
        yield store
    except RawiError as exc:
        raise click.ClickException(str(exc)) from None
    finally:
        store.close()


@contextmanager
def reading(db: str | None) -> Iterator[Connection]:
    with store_at(db) as store, store.reading() as conn:
        yield conn


@contextmanager
def deciding(db: str | None) -> Iterator[Connection]:
    with store_at(db) as store, store.transaction() as conn:
        yield conn


def emit(rows: list[dict[str, Any]], columns: list[str], as_json: bool, as_csv: bool) -> None:
    """Rows as an aligned table for people, or JSON / CSV for machines."""
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2, default=str))
        return
    if as_csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=columns, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(
            {c: " ← ".join(r[c]) if c == "chain" else _cell(r.get(c)) for c in columns} for r in rows
        )
        return
    if not rows:
        click.echo("(nothing)")
        return
    cells = [[" ← ".join(r[c]) if c == "chain" else _cell(r.get(c)) for c in columns] for r in rows]
    widths = [min(60, max(len(c), *(len(row[i]) for row in cells))) for i, c in enumerate(columns)]
    click.echo("  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)))
    for row in cells:
        click.echo("  ".join(v[:w].ljust(w) for v, w in zip(row, widths, strict=True)))


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


EDGE_COLUMNS = [
    "source_name",
    "type",
    "modes",
    "target_name",
    "claims",
    "affirmed",
    "hedged",
    "denied",
    "corroboration",
    "contested",
    "rating",
    "first",
    "last",
    "id",
]
CLAIM_COLUMNS = [
    "id",
    "date",
    "type",
    "mode",
    "source",
    "target",
    "parties",
    "polarity",
    "modality",
    "chain",
    "verdict",
    "rating",
    "outlet",
    "evidence_text",
]


def _edge_rows(conn: Connection, found: list[Edge]) -> list[dict[str, Any]]:
    label = names(conn, [e.source for e in found] + [e.target for e in found])
    rows = [e.to_json(label) for e in found]
    for row in rows:
        row["modes"] = ",".join(row["modes"])
    return rows


@click.command("actors")
@click.argument("query", required=False)
@click.option("--limit", default=20, show_default=True)
@db_option
@output_options
def actors_command(query: str | None, limit: int, db: str | None, as_json: bool, as_csv: bool) -> None:
    """Actors in the store whose names contain QUERY (Arabic or English, spelling-tolerant);
    without QUERY, the most mentioned."""
    with reading(db) as conn:
        emit(
            queries.find_actors(conn, query, limit),
            ["id", "kind", "name", "registry_id", "wikidata", "mentions"],
            as_json,
            as_csv,
        )


@click.command("actor")
@click.argument("actor")
@click.option("--limit", default=50, show_default=True, help="Relations shown per side (0: all).")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")
def actor_command(actor: str, limit: int, db: str | None, as_json: bool) -> None:
    """One actor: its names, roles, and relations out and in with their claims,
    corroboration, contested flags and ratings (reliability A–F + credibility 1–6).
    ACTOR is a number from `rawi actors`, a registry id or a name."""
    with reading(db) as conn:
        found = queries.profile(conn, queries.resolve(conn, actor), limit or None)
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False, indent=2))
        return
    click.echo(f"#{found['id']} {found['name']}  ({found['kind']}, registry {found['registry_id'] or '-'})")
    click.echo("names: " + "، ".join(found["names"]))
    for role in found["roles"]:
        click.echo(
            f"role: {role['person_name']} — {role['role']} — {role['organization_name']} ({role['documents']} doc)"
        )
    for heading, key in (("relations out", "out"), ("relations in", "in"), ("joint", "with")):
        shown = f" (the {len(found[key])} most claimed)" if len(found[key]) < found[f"{key}_total"] else ""
        click.echo(f"── {heading}: {found[f'{key}_total']}{shown}")
        for e in found[key]:
            flag = "  CONTESTED" if e["contested"] else ""
            modes = f"/{','.join(e['modes'])}" if e["modes"] else ""
            click.echo(
                f"  {e['source_name']} —{e['type']}{modes}→ {e['target_name']}: {e['claims']} claims, "
                f"{e['corroboration']} independent, {e['rating']}, {e['first'] or '?'}…{e['last'] or '?'}{flag}"
            )


@click.command("facts")
@click.option("--source", help="Only edges from this actor.")
@click.option("--target", help="Only edges to this actor.")
@click.option("--type", "types", multiple=True, help="Only this PLOVER type (repeatable).")
@click.option("--since", help="Only edges with a claim dated on or after this (YYYY, YYYY-MM or YYYY-MM-DD).")
@click.option("--contested", is_flag=True, help="Only edges some sources deny.")
@click.option("--limit", default=50, show_default=True)
@db_option
@output_options
def facts_command(
    source: str | None,
    target: str | None,
    types: tuple[str, ...],
    since: str | None,
    contested: bool,
    limit: int,
    db: str | None,
    as_json: bool,
    as_csv: bool,
) -> None:
    """Fused facts (edges): every claim of the same type between the same actors, with
    counts, independent sources, contest and rating; the most claimed first."""
    with reading(db) as conn:
        found = edges(
            conn,
            source=[queries.resolve(conn, source)] if source else None,
            target=[queries.resolve(conn, target)] if target else None,
            types=types or None,
            since=since,
            limit=None if contested else limit,
        )
        if contested:
            found = [e for e in found if e.contested]
        emit(_edge_rows(conn, found[:limit]), EDGE_COLUMNS, as_json, as_csv)


@click.command("claims")
@click.option("--by", "by", help="Only claims this source (outlet, agency, official) carries.")
@click.option("--about", help="Only claims in which this actor takes part.")
@click.option("--limit", default=100, show_default=True)
@db_option
@output_options
def claims_command(
    by: str | None, about: str | None, limit: int, db: str | None, as_json: bool, as_csv: bool
) -> None:
    """Claims, one per statement in one document, with their chain of sources, polarity,
    modality (blank: told as done), analyst verdict and the words that make them."""
    with reading(db) as conn:
        if by:
            rows = queries.claims_by(conn, queries.resolve(conn, by), limit)
        elif about:
            rows = queries.timeline(conn, queries.resolve(conn, about), limit)
        else:
            rows = queries.claim_rows(
                conn, claims.c.id.in_(select(claims.c.id).order_by(claims.c.id).limit(limit))
            )
        emit(rows, CLAIM_COLUMNS, as_json, as_csv)


@click.command("contradictions")
@db_option
@output_options
def contradictions_command(db: str | None, as_json: bool, as_csv: bool) -> None:
    """Facts that some sources affirm or suspect and others deny."""
    with reading(db) as conn:
        found = queries.contradictions(conn)
        if as_json or as_csv:
            emit(_edge_rows(conn, found), EDGE_COLUMNS, as_json, as_csv)
            return
        for edge in with_claims(conn, found):
            row = _edge_rows(conn, [edge])[0]
            click.echo(f"{row['source_name']} —{edge.type}→ {row['target_name']}  ({edge.rating})")
            rows = queries.claim_rows(conn, claims.c.id.in_([c.claim_id for c in edge.claims]))
            for claim in rows:
                said = " ← ".join(claim["chain"]) or "?"
                click.echo(f"  [{claim['id']}] {claim['polarity']:<8} per {said}: «{claim['evidence_text']}»")


@click.command("path")
@click.argument("start")
@click.argument("goal")
@click.option("--max-hops", default=4, show_default=True)
@db_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON for machines.")
def path_command(start: str, goal: str, max_hops: int, db: str | None, as_json: bool) -> None:
    """How two actors connect: the shortest chain of facts between them."""
    with reading(db) as conn:
        chain = queries.path(conn, queries.resolve(conn, start), queries.resolve(conn, goal), max_hops)
        if chain is None:
            raise click.ClickException(f"no connection within {max_hops} hops")
        label = names(conn, chain)
        steps = _edge_rows(conn, queries.edges_between(conn, chain))
    if as_json:
        click.echo(
            json.dumps({"actors": [label[e] for e in chain], "edges": steps}, ensure_ascii=False, indent=2)
        )
        return
    click.echo(" → ".join(label[e] for e in chain))
    for step in steps:
        click.echo(
            f"  {step['source_name']} —{step['type']}→ {step['target_name']} ({step['claims']} claims)"
        )


@click.command("neighbourhood")
@click.argument("actor")
@click.option("--hops", default=2, show_default=True)
@click.option(
    "--per-actor", default=50, show_default=True, help="Strongest links followed from each actor (0: all)."
)
@db_option
@output_options
def neighbourhood_command(
    actor: str, hops: int, per_actor: int, db: str | None, as_json: bool, as_csv: bool
) -> None:
    """The actors within HOPS facts of ACTOR, following each actor's strongest links."""
    with reading(db) as conn:
        around = queries.neighbourhood(conn, queries.resolve(conn, actor), hops, per_actor or None)
        found = queries.find_actors_by_id(conn, sorted(around))
    emit(found, ["id", "kind", "name", "registry_id", "mentions"], as_json, as_csv)


@click.command("timeline")
@click.argument("actor")
@click.option("--limit", default=200, show_default=True, help="The first claims shown (0: all).")
@db_option
@output_options
def timeline_command(actor: str, limit: int, db: str | None, as_json: bool, as_csv: bool) -> None:
    """What is claimed of ACTOR, in order of the events' dates (else the reports')."""
    with reading(db) as conn:
        emit(
            queries.timeline(conn, queries.resolve(conn, actor), limit or None),
            CLAIM_COLUMNS,
            as_json,
            as_csv,
        )


@click.command("merge")
@click.argument("entity")
@click.argument("into")
@click.option("--note", help="Why they are one.")
@db_option
def merge_command(entity: str, into: str, note: str | None, db: str | None) -> None:
    """Treat ENTITY as INTO everywhere (reversible with `rawi split`)."""
    with deciding(db) as conn:
        a, b = queries.resolve(conn, entity, canonical=False), queries.resolve(conn, into)
        decide.merge(conn, a, b, note)
        label = names(conn, [a, b])
    click.echo(f"merged #{a} {label[a]} into #{b} {label[b]}")


@click.command("split")
@click.argument("entity")
@click.option("--note", help="Why they are not one.")
@db_option
def split_command(entity: str, note: str | None, db: str | None) -> None:
    """Undo the merge of ENTITY (a number from `rawi actor`), or every merge into it."""
    with deciding(db) as conn:
        undone = decide.split(conn, queries.resolve(conn, entity, canonical=False), note)
        label = names(conn, [e for pair in undone for e in pair])
    for member, into in undone:
        click.echo(f"split #{member} {label[member]} from #{into} {label[into]}")


@click.command("review")
@click.argument("claim")
@click.option("--confirm", "verdict", flag_value="confirmed", help="The claim is right.")
@click.option("--reject", "verdict", flag_value="rejected", help="The claim is wrong; it stops counting.")
@click.option("--note", help="The analyst's note (alone, it only annotates).")
@db_option
def review_command(claim: str, verdict: str | None, note: str | None, db: str | None) -> None:
    """Judge CLAIM (its number from `rawi claims`): confirm, reject or annotate it. The
    judgement is kept beside the evidence and survives re-extraction."""
    with deciding(db) as conn:
        judged = decide.review(conn, claim, verdict or "note", note)
    click.echo(f"claim {judged['id']} ({judged['type']}): {verdict or 'noted'}")


@click.command("grade")
@click.argument("source")
@click.argument("grade", required=False)
@click.option("--note", help="Why this grade.")
@db_option
def grade_command(source: str, grade: str | None, note: str | None, db: str | None) -> None:
    """Grade SOURCE's reliability on the Admiralty scale (A reliable, B usually reliable,
    C fairly reliable, D not usually reliable, E unreliable, F cannot be judged); without
    GRADE, show its grades so far."""
    with deciding(db) as conn:
        entity = queries.resolve(conn, source)
        if grade:
            decide.grade(conn, entity, grade, note)
        history = decide.grade_history(conn, entity)
        label = names(conn, [entity])[entity]
    for row in history:
        click.echo(
            f"{label}: {row['grade']}  {row['created_at']}  {row['analyst'] or ''}  {row['note'] or ''}"
        )
    if not history:
        click.echo(f"{label}: not graded (counts as F)")


@click.command("stats")
@db_option
def stats_command(db: str | None) -> None:
    """What the store holds."""
    with store_at(db) as store, store.reading() as conn:
        counts = {
            table.name: conn.execute(select(func.count()).select_from(table)).scalar_one()
            for table in (documents, entities, mentions, claims, edges_table)
        }
        click.echo(f"store {store.url}")
        for name, count in counts.items():
            click.echo(f"  {name:<10} {count}")
        click.echo("credibility: " + "; ".join(f"{k} {v}" for k, v in CREDIBILITY.items()))


@click.command("export")
@click.option("--format", "fmt", type=click.Choice(FORMATS), required=True, help="What to write.")
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    required=True,
    help="The file to write (a folder for neo4j).",
)
@db_option
def export_command(fmt: str, output: Path, db: str | None) -> None:
    """Write the fused graph for other tools: FollowTheMoney (ftm), STIX 2.1 (stix),
    GraphML/GEXF for Gephi, Neo4j bulk-import CSV (neo4j), one CSV row per claim (csv),
    or the facts JSON Lines (jsonl)."""
    with reading(db) as conn:
        count = writers()[fmt](conn, output)
    click.echo(f"rawi: wrote {count} {fmt} records to {output}", err=True)


@click.command("reindex")
@db_option
def reindex_command(db: str | None) -> None:
    """Rebuild the fused edges from the stored claims (after upgrading rawi, or if an
    interrupted tool left them out of step). Claims and analysts' decisions are untouched."""
    with deciding(db) as conn:
        count = rebuild_all(conn)
    click.echo(f"rawi: {count} edges rebuilt")


COMMANDS = [
    reindex_command,
    export_command,
    actors_command,
    actor_command,
    facts_command,
    claims_command,
    contradictions_command,
    path_command,
    neighbourhood_command,
    timeline_command,
    merge_command,
    split_command,
    review_command,
    grade_command,
    stats_command,
]
