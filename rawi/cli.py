"""The `rawi` command: wires the stages together. Imported by nothing."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import click
from sqlalchemy.exc import SQLAlchemyError
from tqdm import tqdm

from rawi import __version__
from rawi.cli_store import COMMANDS as STORE_COMMANDS
from rawi.cli_store import db_option, store_at
from rawi.document import Document
from rawi.errors import InputError, RawiError
from rawi.evaluation import gold_documents, load_gold, score_document, total
from rawi.facts import Facts
from rawi.store.load import is_current, store_facts
from rawi.text import analyse

if TYPE_CHECKING:
    from rawi.extract import Extractor


def _documents(
    paths: tuple[str, ...], encoding: str | None, failures: list[InputError]
) -> Iterator[Document]:
    """Every readable document; failures are reported on stderr and collected."""
    from rawi.ingest import iter_inputs, read_document  # not loaded for the store's queries

    for item in iter_inputs(paths):
        try:
            if isinstance(item, InputError):
                raise item
            yield read_document(item, encoding=encoding)
        except InputError as exc:
            failures.append(exc)
            click.echo(f"rawi: skipped {exc}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="rawi")
@click.option(
    "--registry",
    "registries",
    multiple=True,
    envvar="RAWI_REGISTRY",
    type=click.Path(exists=True),
    help="Extra actor registry file or folder (YAML, or FollowTheMoney JSON lines); repeatable. "
    "Also read from RAWI_REGISTRY (paths separated by ':').",
)
@click.pass_context
def main(ctx: click.Context, registries: tuple[str, ...]) -> None:
    """rawi (راوي) reads Arabic news reports and builds a sourced graph of who
    funds, shelters, arms, meets and allies with whom."""
    ctx.obj = {"registries": [p for item in registries for p in item.split(os.pathsep) if p]}


def _extractor(ctx: click.Context) -> Extractor:
    """The extractor with the shipped registry plus the user's; a bad registry file stops here."""
    from rawi.extract import Extractor  # not loaded for the store's queries

    try:
        return Extractor(registry_files=ctx.obj["registries"])
    except RawiError as exc:
        raise click.ClickException(str(exc)) from None


@main.command("extract")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8"),
    default="-",
    help="Write the facts JSON Lines here (default: standard output).",
)
@click.option(
    "--encoding", default=None, help="Decode every input with this encoding instead of detecting it."
)
@click.pass_context
def extract_command(
    ctx: click.Context, paths: tuple[str, ...], output: IO[str], encoding: str | None
) -> None:
    """Extract facts from PATHS (files, folders, globs, or - for standard input).

    Writes one facts object per document (corpus/FORMAT.md) as JSON Lines. Inputs
    may be text pasted from a web page, saved HTML pages, or JSON Lines of
    {"url", "html"|"text", "published"?} records. A document that fails is
    reported on standard error and the batch goes on; the exit status is 1 when
    any failed.
    """
    extract = _extractor(ctx)
    failures: list[InputError] = []
    done = 0
    for doc in _documents(paths, encoding, failures):
        facts = extract(doc)
        output.write(facts.to_json_line())
        done += 1
    output.flush()
    click.echo(f"rawi: {done} document(s) extracted, {len(failures)} failed", err=True)
    if failures:
        sys.exit(1)


@main.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option(
    "--facts",
    "from_facts",
    is_flag=True,
    help="PATHS are facts JSON Lines (from `rawi extract` or a batch job): store them as they are.",
)
@click.option("--force", is_flag=True, help="Extract and store again even documents stored already.")
@click.option("--encoding", default=None, help="Decode every input with this encoding.")
@click.pass_context
def ingest_command(
    ctx: click.Context,
    paths: tuple[str, ...],
    db: str | None,
    from_facts: bool,
    force: bool,
    encoding: str | None,
) -> None:
    """Extract PATHS and store their facts in the knowledge store.

    Idempotent: a document already stored (same content, or same canonical URL and
    content) is skipped; a changed version of a stored URL replaces its claims, while
    analysts' reviews and merges stay. Each document is stored in its own transaction,
    so an interrupted batch resumes where it stopped when run again.
    """
    failures: list[InputError] = []
    outcomes: dict[str, int] = {"stored": 0, "replaced": 0, "unchanged": 0}
    with store_at(db) as store:
        extract = None if from_facts else _extractor(ctx)
        found = _facts_records(paths, failures) if from_facts else _documents(paths, encoding, failures)
        for item in tqdm(found, desc="ingest", unit="doc", disable=None):
            try:
                with store.transaction(bulk=True) as conn:
                    if isinstance(item, Document):
                        if not force and is_current(conn, item.to_json()):
                            outcomes["unchanged"] += 1
                            continue
                        assert extract is not None
                        item = extract(item).to_json()
                    outcomes[store_facts(conn, item, force=force)] += 1
            except (RawiError, SQLAlchemyError, KeyError, TypeError, ValueError) as exc:
                where = item.source if isinstance(item, Document) else item.get("document", {}).get("source")
                failures.append(InputError(str(where), f"not stored: {type(exc).__name__}: {exc}"))
                click.echo(f"rawi: skipped {failures[-1]}", err=True)
    summary = ", ".join(f"{n} {what}" for what, n in outcomes.items())
    click.echo(f"rawi: {summary}, {len(failures)} failed → {store.url}", err=True)
    if failures:
        sys.exit(1)


def _facts_records(paths: tuple[str, ...], failures: list[InputError]) -> Iterator[dict[str, Any]]:
    """Facts objects from JSON Lines files; a bad line is reported with its place and skipped."""
    for path in paths:
        try:
            handle = sys.stdin if path == "-" else open(path, encoding="utf-8")  # noqa: SIM115
        except OSError as exc:
            failures.append(InputError(path, f"cannot read: {exc.strerror}"))
            click.echo(f"rawi: skipped {failures[-1]}", err=True)
            continue
        with handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                    if not isinstance(record, dict) or "content_hash" not in record.get("document", {}):
                        raise ValueError("not a facts object (no document.content_hash)")
                except ValueError as exc:
                    failures.append(
                        InputError(f"{path}:{number}", f"{exc}; each line must be a facts object")
                    )
                    click.echo(f"rawi: skipped {failures[-1]}", err=True)
                    continue
                yield record


@main.command("show")
@click.argument("paths", nargs=-1, required=True)
@click.option("--text/--no-text", default=False, help="Print each document's main text too.")
@click.option("--removed/--no-removed", default=False, help="List the furniture lines dropped.")
@click.option("--facts/--no-facts", default=False, help="Extract and list actors, affiliations and events.")
@click.option("--encoding", default=None, help="Decode every input with this encoding.")
@click.pass_context
def show_command(
    ctx: click.Context, paths: tuple[str, ...], text: bool, removed: bool, facts: bool, encoding: str | None
) -> None:
    """Show what rawi reads in PATHS: date, outlet, title, sentences, furniture removed,
    and with --facts what it finds: actors, affiliations, events with their sources."""
    extract = _extractor(ctx) if facts else None
    failures: list[InputError] = []
    for doc in _documents(paths, encoding, failures):
        analysis = analyse(doc)
        click.echo(f"── {doc.source}")
        click.echo(
            f"   published  {doc.published.iso() if doc.published else '-'}"
            f"   ({doc.published_text or 'no date found'})"
        )
        click.echo(f"   outlet     {doc.outlet or '-'}")
        click.echo(f"   title      {doc.title or '-'}")
        click.echo(
            f"   encoding   {doc.encoding}   format {doc.format}   "
            f"{len(doc.text)} chars, {len(analysis.sentences)} sentences, "
            f"{len(analysis.tokens)} tokens, {len(doc.removed)} furniture lines removed"
        )
        if removed:
            for why, line in doc.removed:
                click.echo(f"   - [{why}] {line}")
        if text:
            click.echo(doc.text)
        if extract is not None:
            _echo_facts(extract(doc))
    if failures:
        sys.exit(1)


def _echo_facts(found: Facts) -> None:
    names = {e.id: e.names[0] if e.names and not e.registry_id else e.name for e in found.entities}
    click.echo(f"   actors     {len(found.entities)}: " + "، ".join(names[e.id] for e in found.entities[:25]))
    for a in found.affiliations:
        click.echo(f"   role       {names[a.person]} — {a.role} — {names[a.organization]}")
    for e in found.events:
        who = (
            f"{names[e.source]} → {names[e.target]}"
            if e.source and e.target
            else " + ".join(names[p] for p in e.participants)
        )
        said = " ← ".join(names[a] for a in e.attribution) or "the outlet"
        when = f", {e.when.start}" if e.when and e.when.start else ""
        told = f"{e.polarity}, {e.modality}" if e.modality else e.polarity
        click.echo(f"   {e.type}/{e.mode or '-'}: {who} ({told}; per {said}{when})")
        click.echo(f"      «{e.evidence.text}»")


@main.command("eval")
@click.argument("gold_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option("--per-doc", is_flag=True, help="Print a row per document.")
@click.option("--json", "as_json", is_flag=True, help="Print the metrics as JSON.")
@click.option("--encoding", default=None, help="Decode every report with this encoding.")
@click.pass_context
def eval_command(
    ctx: click.Context, gold_dir: Path, per_doc: bool, as_json: bool, encoding: str | None
) -> None:
    """Extract the reports of GOLD_DIR and score them against their *.gold.json files.

    Metrics are those of corpus/FORMAT.md: fact precision/recall/F1, claim recall,
    mode and time accuracy, actor and affiliation precision/recall, plus two checks
    of the document layer (gold evidence inside the extracted text, publication date).
    """
    from rawi.ingest import iter_inputs, read_document

    try:
        pairs = gold_documents(gold_dir)
    except RawiError as exc:
        raise click.ClickException(str(exc)) from None
    extract = _extractor(ctx)
    scores = []
    for report, gold_path in pairs:
        gold = load_gold(gold_path)
        try:
            doc = read_document(next(iter(iter_inputs([str(report)]))), encoding=encoding)  # type: ignore[arg-type]
            facts: dict[str, Any] = extract(doc).to_json()
        except InputError as exc:
            click.echo(f"rawi: {exc}", err=True)
            facts = {"document": {}, "entities": [], "events": [], "affiliations": []}
        scores.append(score_document(facts, gold))
    overall = total(scores).metrics()
    if as_json:
        out: dict[str, Any] = {"documents": len(scores), "metrics": overall}
        if per_doc:
            out["per_document"] = {s.id: s.counts.metrics() for s in scores}
        click.echo(json.dumps(out, ensure_ascii=False, indent=2))
        return
    if per_doc:
        cols = (
            "fact_f1",
            "claim_recall",
            "actor_recall",
            "affiliation_recall",
            "evidence_in_text",
            "published_date_accuracy",
        )
        click.echo("document   " + "  ".join(f"{c[:12]:>12}" for c in cols))
        for s in scores:
            m = s.counts.metrics()
            click.echo(f"{s.id:<10} " + "  ".join(_fmt(m[c]).rjust(12) for c in cols))
    click.echo(f"rawi eval over {len(scores)} documents of {gold_dir}")
    for name, value in overall.items():
        click.echo(f"  {name:<26} {_fmt(value)}")


@main.command("registry")
@click.argument("query", required=False)
@click.pass_context
def registry_command(ctx: click.Context, query: str | None) -> None:
    """Check the actor registry (shipped files plus --registry ones) and count its entries;
    with QUERY, list the actors whose names contain it (Arabic or English)."""
    from rawi.arabic import name_key

    registry = _extractor(ctx).registry
    if query:
        key = name_key(query)
        for actor in registry.actors.values():
            if any(key in name_key(n) for n in [actor.name, *actor.all_names]):
                names = "، ".join(actor.ar[:3])
                click.echo(f"{actor.id:<32} {actor.kind:<12} {actor.name}  {names}  ({actor.source})")
        return
    kinds: dict[str, int] = {}
    for actor in registry.actors.values():
        kinds[actor.kind] = kinds.get(actor.kind, 0) + 1
    click.echo(f"{len(registry)} actors: " + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items())))


def _fmt(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


for _command in STORE_COMMANDS:
    main.add_command(_command)


if __name__ == "__main__":
    main()
