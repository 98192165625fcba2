"""Import actors from a FollowTheMoney entity file (JSON lines, e.g. an OpenSanctions export).

Each line is ``{"id", "schema", "properties": {...}}``. Names come from name,
alias, weakAlias and previousName; the kind from the schema; Wikidata from
wikidataId. Ids are prefixed ``ftm.`` so they never clash with shipped ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from rawi.errors import DataFileError
from rawi.lexicons.registry import Actor

SCHEMA_KINDS = {
    "Person": "person",
    "Organization": "organization",
    "Company": "organization",
    "PublicBody": "organization",
    "LegalEntity": "organization",
    "Country": "state",
    "Address": "location",
}
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_PERSIAN = re.compile(r"[پچژگکی]")


def _values(props: dict[str, Any], *keys: str) -> list[str]:
    out: list[str] = []
    for key in keys:
        value = props.get(key) or []
        out += [
            v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str) and v.strip()
        ]
    return out


def read_ftm(path: Path) -> Iterator[Actor]:
    try:
        fh = path.open(encoding="utf-8")
    except OSError as exc:
        raise DataFileError(str(path), None, f"cannot be read ({exc.strerror})") from None
    with fh:
        for lineno, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataFileError(str(path), lineno, f"is not a JSON object ({exc.msg})") from None
            if not isinstance(data, dict) or "schema" not in data or "id" not in data:
                raise DataFileError(str(path), lineno, "an FtM entity needs 'id' and 'schema'")
            kind = SCHEMA_KINDS.get(str(data["schema"]))
            if kind is None:
                continue  # relationships, documents and the like are not actors
            props = data.get("properties") or {}
            if not isinstance(props, dict):
                raise DataFileError(str(path), lineno, "field 'properties' must be an object")
            names = _values(props, "name", "alias", "weakAlias", "previousName")
            if not names:
                raise DataFileError(str(path), lineno, "field 'properties.name' is empty")
            latin = [n for n in names if not _ARABIC.search(n)]
            arabic = [n for n in names if _ARABIC.search(n) and not _PERSIAN.search(n)]
            persian = [n for n in names if _PERSIAN.search(n)]
            wikidata = _values(props, "wikidataId")
            ident = "ftm." + re.sub(r"[^a-z0-9_.\-]", "-", str(data["id"]).lower())
            yield Actor(
                id=ident,
                kind=kind,
                name=(latin or names)[0],
                ar=arabic,
                en=latin,
                fa=persian,
                wikidata=wikidata[0] if wikidata and wikidata[0].startswith("Q") else None,
                category="ftm",
                source=f"{path}:{lineno}",
            )
