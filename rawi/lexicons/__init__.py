"""Loaders for rawi's data files (TSV/YAML). Python reads them; it does not spell them out."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from pathlib import Path

from rawi.errors import DataFileError

LEXICON_DIR = Path(str(resources.files("rawi") / "lexicons"))


@dataclass(frozen=True, slots=True)
class Row:
    path: str
    line: int
    fields: dict[str, str]


def read_tsv(path: Path, required: tuple[str, ...]) -> Iterator[Row]:
    """Rows of a TSV lexicon: '#' lines are comments, the first other line names the columns.

    Raises DataFileError naming file, line and field when a required field is empty.
    """
    header: list[str] | None = None
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, start=1):
            line = line.rstrip("\n")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
            if header is None:
                header = cells
                missing = [c for c in required if c not in header]
                if missing:
                    raise DataFileError(str(path), lineno, f"header lacks column(s) {missing}")
                continue
            row = {k: (cells[i].strip() if i < len(cells) else "") for i, k in enumerate(header)}
            for name in required:
                if not row.get(name):
                    raise DataFileError(str(path), lineno, f"field '{name}' is empty")
            yield Row(str(path), lineno, row)


@cache
def word_list(name: str) -> frozenset[str]:
    """A one-word-a-line lexicon file (``#`` lines are comments), in normal form."""
    from rawi.arabic import normalize

    path = LEXICON_DIR / name
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot be read ({exc.strerror})") from None
    return frozenset(normalize(line.strip()) for line in lines if line.strip() and not line.startswith("#"))


@cache
def month_table() -> dict[str, tuple[int, str]]:
    """Normalised month name -> (month number, calendar)."""
    from rawi.arabic import name_key

    table: dict[str, tuple[int, str]] = {}
    for row in read_tsv(LEXICON_DIR / "months.tsv", ("name", "month", "calendar")):
        try:
            month = int(row.fields["month"])
        except ValueError:
            raise DataFileError(row.path, row.line, "field 'month' is not a number") from None
        if not 1 <= month <= 12:
            raise DataFileError(row.path, row.line, "field 'month' is not within 1..12")
        calendar = row.fields["calendar"]
        if calendar not in ("gregorian", "hijri"):
            raise DataFileError(row.path, row.line, "field 'calendar' must be gregorian or hijri")
        table[name_key(row.fields["name"])] = (month, calendar)
    return table


@cache
def line_cues(name: str) -> dict[str, list[str]]:
    """A cue lexicon file `<name>.tsv` (columns: cue, kind) as kind -> normalised cues."""
    from rawi.arabic import name_key

    cues: dict[str, list[str]] = {}
    for row in read_tsv(LEXICON_DIR / f"{name}.tsv", ("cue", "kind")):
        cues.setdefault(row.fields["kind"], []).append(name_key(row.fields["cue"]))
    return cues
