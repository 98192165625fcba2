"""The actor registry: YAML files a user can read and extend (see lexicons/actors/README.md).

Loading validates every entry and names the file, line and field of any bad one.
Files load in order; an entry whose id was seen before extends its names and
overrides its other fields, so a user's file can correct a shipped one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from rawi.errors import DataFileError
from rawi.lexicons import LEXICON_DIR

KINDS = ("person", "organization", "state", "location", "other")
OTHER_LANGUAGES = ("fa", "he", "ur", "ps", "tr", "ku", "fr", "ru")  # other-language names
LIST_FIELDS = (
    "ar",
    "short",
    "en",
    *OTHER_LANGUAGES,
    "capital",
    "seats",
    "regime",
    "demonym",
    "demonym_plural",
)
TEXT_FIELDS = ("id", "kind", "name", "wikidata", "part_of", "country", "note", "iso", "category")
KNOWN_FIELDS = (*TEXT_FIELDS, *LIST_FIELDS, "roles")
_ID = re.compile(r"^[a-z0-9][a-z0-9_.\-]*$")
_WIKIDATA = re.compile(r"^Q[1-9]\d*$")
BUILTIN_DIR = LEXICON_DIR / "actors"


@dataclass(frozen=True, slots=True)
class Role:
    role: str
    org: str
    since: str | None = None
    until: str | None = None


@dataclass(slots=True)
class Actor:
    id: str
    kind: str
    name: str
    ar: list[str] = field(default_factory=list)
    short: list[str] = field(default_factory=list)
    en: list[str] = field(default_factory=list)
    fa: list[str] = field(default_factory=list)
    he: list[str] = field(default_factory=list)
    ur: list[str] = field(default_factory=list)
    ps: list[str] = field(default_factory=list)
    tr: list[str] = field(default_factory=list)
    ku: list[str] = field(default_factory=list)
    fr: list[str] = field(default_factory=list)
    ru: list[str] = field(default_factory=list)
    capital: list[str] = field(default_factory=list)
    seats: list[str] = field(default_factory=list)
    regime: list[str] = field(default_factory=list)
    demonym: list[str] = field(default_factory=list)
    demonym_plural: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    wikidata: str | None = None
    part_of: str | None = None
    country: str | None = None
    iso: str | None = None
    note: str | None = None
    category: str = ""  # the file it comes from (armed_groups, media ...) or its own field
    source: str = ""  # file:line of its definition

    @property
    def full_names(self) -> list[str]:
        """Names that identify the actor alone (not short forms, not metonyms)."""
        return [*self.ar, *self.en, *(n for lang in OTHER_LANGUAGES for n in getattr(self, lang))]

    @property
    def all_names(self) -> list[str]:
        return [*self.full_names, *self.short]


class Registry:
    """Actors by id, with the links between them."""

    def __init__(self, actors: Iterable[Actor]) -> None:
        self.actors: dict[str, Actor] = {a.id: a for a in actors}

    def __len__(self) -> int:
        return len(self.actors)

    def __contains__(self, actor_id: object) -> bool:
        return actor_id in self.actors

    def __getitem__(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def get(self, actor_id: str | None) -> Actor | None:
        return self.actors.get(actor_id) if actor_id else None

    def state_of(self, actor_id: str) -> str | None:
        """The state an actor belongs to, following part_of and country links."""
        seen: set[str] = set()
        current = self.get(actor_id)
        while current is not None and current.id not in seen:
            if current.kind == "state":
                return current.id
            seen.add(current.id)
            nxt = current.country or current.part_of
            current = self.get(nxt)
        return None

    def parent_state(self, actor_id: str) -> str | None:
        """The state an organ is part of (following part_of links only)."""
        for ancestor in self.ancestors(actor_id):
            found = self.get(ancestor)
            if found is not None and found.kind == "state":
                return found.id
        return None

    def ancestors(self, actor_id: str) -> list[str]:
        out: list[str] = []
        current = self.get(actor_id)
        while current is not None and current.part_of and current.part_of not in out:
            out.append(current.part_of)
            current = self.get(current.part_of)
        return out


def _text(value: Any, where: tuple[str, int], name: str) -> str:
    if isinstance(value, (int, float)) and name in ("since", "until"):
        return str(value)
    if not isinstance(value, str) or not value.strip():
        raise DataFileError(where[0], where[1], f"field '{name}' must be a non-empty text")
    return value.strip()


def _texts(value: Any, where: tuple[str, int], name: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        raise DataFileError(where[0], where[1], f"field '{name}' must be a list of names")
    return [_text(v, where, name) for v in value]


# libyaml's parser (when PyYAML has it) reads the registry about four times faster than
# the pure-Python one; its error messages differ, so a file it rejects is read again the
# pure-Python way to report what rawi always reported.
_FAST_LOADER: type[yaml.SafeLoader] | None = getattr(yaml, "CSafeLoader", None)


def _entries(path: Path) -> Iterator[tuple[int, dict[str, int], Any]]:
    """(line, {field: line}, value) for each list item of a YAML registry file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(str(path), None, f"cannot be read ({exc})") from None
    if _FAST_LOADER is not None:
        try:
            # all read before the first is given, so that a late error cannot follow entries
            entries = list(_read_entries(path, text, _FAST_LOADER))
        except yaml.YAMLError:
            pass
        else:
            yield from entries
            return
    try:
        yield from _read_entries(path, text, yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise DataFileError(
            str(path), mark.line + 1 if mark else None, f"is not valid YAML ({getattr(exc, 'problem', exc)})"
        ) from None


def _read_entries(
    path: Path, text: str, loader_class: type[yaml.SafeLoader]
) -> Iterator[tuple[int, dict[str, int], Any]]:
    loader = loader_class(text)
    try:
        root = loader.get_single_node()
        if root is None:
            return
        if not isinstance(root, yaml.SequenceNode):
            raise DataFileError(
                str(path), root.start_mark.line + 1, "a registry file is a YAML list of entries ('- id: ...')"
            )
        for item in root.value:
            lines = {}
            if isinstance(item, yaml.MappingNode):
                lines = {k.value: v.start_mark.line + 1 for k, v in item.value}
            yield item.start_mark.line + 1, lines, loader.construct_object(item, deep=True)
    finally:
        loader.dispose()


def _actor(path: Path, line: int, lines: dict[str, int], data: Any, category: str) -> Actor:
    if not isinstance(data, dict):
        raise DataFileError(str(path), line, "an entry must be a mapping with id, kind, name, ar")

    def at(name: str) -> tuple[str, int]:
        return (str(path), lines.get(name, line))

    unknown = sorted(set(data) - set(KNOWN_FIELDS))
    if unknown:
        raise DataFileError(
            str(path),
            lines.get(unknown[0], line),
            f"unknown field '{unknown[0]}' (known: {', '.join(KNOWN_FIELDS)})",
        )
    for required in ("id", "kind", "name"):
        if required not in data:
            raise DataFileError(str(path), line, f"entry lacks field '{required}'")
    actor_id = _text(data["id"], at("id"), "id")
    if not _ID.match(actor_id):
        raise DataFileError(*at("id"), f"field 'id' {actor_id!r} must be lower-case ASCII, digits, _ . -")
    kind = _text(data["kind"], at("kind"), "kind")
    if kind not in KINDS:
        raise DataFileError(*at("kind"), f"field 'kind' {kind!r} must be one of {', '.join(KINDS)}")
    actor = Actor(
        id=actor_id,
        kind=kind,
        name=_text(data["name"], at("name"), "name"),
        category=str(data.get("category") or category),
        source=f"{path}:{line}",
    )
    for name in LIST_FIELDS:
        setattr(actor, name, _texts(data.get(name), at(name), name))
    for name in ("wikidata", "part_of", "country", "note", "iso"):
        if data.get(name) is not None:
            setattr(actor, name, _text(data[name], at(name), name))
    if actor.wikidata and not _WIKIDATA.match(actor.wikidata):
        raise DataFileError(*at("wikidata"), f"field 'wikidata' {actor.wikidata!r} is not a Q-id")
    roles = data.get("roles") or []
    if not isinstance(roles, list):
        raise DataFileError(*at("roles"), "field 'roles' must be a list of {role, org, since?, until?}")
    for role in roles:
        if not isinstance(role, dict) or "role" not in role or "org" not in role:
            raise DataFileError(*at("roles"), "each role needs 'role' and 'org'")
        actor.roles.append(
            Role(
                _text(role["role"], at("roles"), "role"),
                _text(role["org"], at("roles"), "org"),
                _text(role["since"], at("roles"), "since") if role.get("since") else None,
                _text(role["until"], at("roles"), "until") if role.get("until") else None,
            )
        )
    if kind != "state" and (actor.capital or actor.regime):
        raise DataFileError(str(path), line, "capital and regime belong to states only")
    if kind not in ("state", "organization") and actor.demonym:
        raise DataFileError(str(path), line, "demonym belongs to states and organisations (أممي) only")
    if not actor.full_names:
        raise DataFileError(str(path), line, "entry has no names: give 'ar' (and 'en')")
    return actor


def _merge(old: Actor, new: Actor) -> Actor:
    for name in LIST_FIELDS:
        merged = list(dict.fromkeys([*getattr(old, name), *getattr(new, name)]))
        setattr(new, name, merged)
    if not new.roles:
        new.roles = old.roles
    return new


def registry_files(extra: Iterable[str | Path] = ()) -> list[Path]:
    files = sorted(BUILTIN_DIR.glob("*.yaml"))
    for item in extra:
        path = Path(item)
        if path.is_dir():
            files += sorted(path.glob("*.yaml"))
        elif path.suffix.lower() in (".json", ".jsonl", ".ftm") or path.is_file():
            files.append(path)
        else:
            raise DataFileError(str(path), None, "no such registry file or folder")
    return files


def load_registry(extra: Iterable[str | Path] = (), *, builtin: bool = True) -> Registry:
    """The shipped registry plus ``extra`` files (YAML, or FollowTheMoney JSON lines)."""
    from rawi.lexicons.ftm import read_ftm

    actors: dict[str, Actor] = {}
    lines_of: dict[str, tuple[str, dict[str, int], int]] = {}
    paths = registry_files(extra) if builtin else registry_files(extra)[len(registry_files()) :]
    for path in paths:
        if path.suffix.lower() in (".json", ".jsonl", ".ftm"):
            found: Iterable[Actor] = read_ftm(path)
            for actor in found:
                actors[actor.id] = _merge(actors[actor.id], actor) if actor.id in actors else actor
            continue
        for line, lines, data in _entries(path):
            actor = _actor(path, line, lines, data, path.stem)
            if actor.id in actors:
                prior = actors[actor.id]
                if prior.source.split(":")[0] == str(path):
                    raise DataFileError(
                        str(path),
                        line,
                        f"id {actor.id!r} is defined twice in this file "
                        f"(first at line {prior.source.rsplit(':', 1)[1]})",
                    )
                actor = _merge(prior, actor)
            actors[actor.id] = actor
            lines_of[actor.id] = (str(path), lines, line)
    registry = Registry(actors.values())
    _check_links(registry, lines_of)
    return registry


def _check_links(registry: Registry, lines_of: dict[str, tuple[str, dict[str, int], int]]) -> None:
    for actor in registry.actors.values():
        path, lines, line = lines_of.get(actor.id, (actor.source, {}, None))
        for name in ("part_of", "country"):
            ref = getattr(actor, name)
            if ref and ref not in registry:
                raise DataFileError(
                    path,
                    lines.get(name, line),
                    f"field '{name}' names {ref!r}, which no registry entry defines",
                )
        for role in actor.roles:
            if role.org not in registry:
                raise DataFileError(
                    path,
                    lines.get("roles", line),
                    f"role '{role.role}' names org {role.org!r}, which no entry defines",
                )
