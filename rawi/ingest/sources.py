"""Where documents come from: files, folders (recursively), globs, standard input, JSON Lines.

Each input becomes a RawInput (bytes plus what is known of it) or an InputError;
neither stops the batch.
"""

from __future__ import annotations

import glob
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from rawi.errors import InputError

DOCUMENT_SUFFIXES = {".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson"}
SKIPPED_SUFFIXES = (".gold.json",)  # annotations beside the reports of a corpus


@dataclass(frozen=True, slots=True)
class RawInput:
    source: str  # path, "path#line" for JSON Lines records, or "<stdin>"
    raw: bytes | None = None  # bytes to decode, or
    text: str | None = None  # text already decoded (JSON records)
    kind: str = "auto"  # auto | text | html
    url: str | None = None
    published: str | None = None


def _walk(root: Path) -> Iterator[Path]:
    for path in sorted(root.rglob("*")):
        if (
            path.is_file()
            and path.suffix.lower() in DOCUMENT_SUFFIXES
            and not path.name.endswith(SKIPPED_SUFFIXES)
            and not path.name.startswith(".")
        ):
            yield path


def expand(paths: Iterable[str]) -> Iterator[Path | InputError | str]:
    """Paths named on the command line → files (folders walked, globs expanded), or '-'."""
    for name in paths:
        if name == "-":
            yield "-"
            continue
        path = Path(name)
        if path.is_dir():
            yield from _walk(path)
        elif path.is_file():
            yield path
        elif any(ch in name for ch in "*?["):
            matches = sorted(glob.glob(name, recursive=True))
            if not matches:
                yield InputError(name, "no file matches this pattern")
            for match in matches:
                mp = Path(match)
                if mp.is_dir():
                    yield from _walk(mp)
                elif not mp.name.endswith(SKIPPED_SUFFIXES):
                    yield mp
        else:
            yield InputError(name, "no such file or folder", fix="check the path")


def _records(source: str, lines: Iterable[bytes]) -> Iterator[RawInput | InputError]:
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source}#{lineno}"
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError) as exc:
            yield InputError(where, f"not a JSON object ({exc})", fix="one JSON object per line")
            continue
        if not isinstance(record, dict):
            yield InputError(where, "not a JSON object", fix="one JSON object per line")
            continue
        html, text = record.get("html"), record.get("text")
        if not isinstance(html, str) and not isinstance(text, str):
            yield InputError(
                where, 'record has neither "html" nor "text"', fix='give {"url", "html"|"text", "published"?}'
            )
            continue
        url = record.get("url") if isinstance(record.get("url"), str) else None
        published = record.get("published") if isinstance(record.get("published"), str) else None
        yield RawInput(
            source=(url and f"{where} {url}") or where,
            text=html if isinstance(html, str) else text,
            kind="html" if isinstance(html, str) else "text",
            url=url,
            published=published,
        )


def _is_jsonl(name: str, head: bytes) -> bool:
    if name.lower().endswith((".jsonl", ".ndjson")):
        return True
    return head.lstrip().startswith(b"{") and b'"' in head[:200]


def iter_inputs(paths: Iterable[str]) -> Iterator[RawInput | InputError]:
    """Every document named by ``paths``, in order; errors are yielded, not raised."""
    for item in expand(paths):
        if isinstance(item, InputError):
            yield item
            continue
        if item == "-":
            data = sys.stdin.buffer.read()
            if _is_jsonl("-", data[:200]):
                yield from _records("<stdin>", data.splitlines())
            else:
                yield RawInput(source="<stdin>", raw=data)
            continue
        assert isinstance(item, Path)
        try:
            if item.suffix.lower() in (".jsonl", ".ndjson"):
                with item.open("rb") as fh:
                    yield from _records(str(item), fh)
                continue
            data = item.read_bytes()
        except OSError as exc:
            yield InputError(str(item), f"cannot be read ({exc.strerror})")
            continue
        kind = "html" if item.suffix.lower() in (".html", ".htm", ".xhtml") else "auto"
        yield RawInput(source=str(item), raw=data, kind=kind)
