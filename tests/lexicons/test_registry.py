from __future__ import annotations

import json
from pathlib import Path

import pytest

from rawi.errors import DataFileError
from rawi.lexicons.registry import load_registry


@pytest.fixture(scope="module")
def shipped():  # type: ignore[no-untyped-def]
    return load_registry()


def test_shipped_registry_covers_what_the_issue_asks(shipped) -> None:  # type: ignore[no-untyped-def]
    kinds: dict[str, int] = {}
    for actor in shipped.actors.values():
        kinds[actor.kind] = kinds.get(actor.kind, 0) + 1
    assert len(shipped) > 800
    assert kinds["state"] >= 193 and kinds["person"] >= 200
    for actor_id in (
        "irgc",
        "irgc_qf",
        "alqaeda",
        "aqap",
        "isis",
        "iskp",
        "houthis",
        "hezbollah",
        "hamas",
        "pij",
        "pmf",
        "kataib_hezbollah",
        "hts",
        "sdf",
        "pkk",
        "taliban",
        "haqqani_network",
        "al_shabaab",
        "jnim",
        "rsf",
        "wagner",
        "africa_corps",
        "un",
        "unsc",
        "arab_league",
        "gcc",
        "african_union",
        "eu",
        "nato",
        "iaea",
        "reuters",
        "telegraph",
        "esmail_qaani",
        "saif_al_adel",
        "hossein_amir_abdollahian",
    ):
        assert actor_id in shipped, actor_id


def test_links_between_actors(shipped) -> None:  # type: ignore[no-untyped-def]
    assert shipped["irgc_qf"].part_of == "irgc"
    assert shipped.parent_state("irgc_qf") == "iran"
    assert shipped["aqap"].part_of == "alqaeda"
    qaani = shipped["esmail_qaani"]
    assert any(r.org == "irgc_qf" and r.role == "commander" and r.since == "2020" for r in qaani.roles)
    iran = shipped["iran"]
    assert "طهران" in iran.capital and "نظام الملالي" in iran.regime and "إيراني" in iran.demonym
    assert "البيت الأبيض" in shipped["usa"].seats


def write(tmp_path: Path, text: str, name: str = "mine.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("text", "line", "message"),
    [
        ("- id: x\n  kind: group\n  name: X\n  ar: [س]\n", 2, "field 'kind'"),
        ("- id: X Y\n  kind: person\n  name: X\n  ar: [س]\n", 1, "field 'id'"),
        ("- id: x\n  kind: person\n  name: X\n  ar: [س]\n  colour: red\n", 5, "unknown field 'colour'"),
        ("- id: x\n  kind: person\n  name: X\n", 1, "no names"),
        ("- id: x\n  kind: person\n  name: X\n  ar: [س]\n  wikidata: 12\n", 5, "field 'wikidata'"),
        ("- id: x\n  kind: person\n  name: X\n  ar: [س]\n  part_of: nowhere\n", 5, "'nowhere'"),
        (
            "- id: x\n  kind: person\n  name: X\n  ar: [س]\n  roles:\n    - {role: leader, org: nothing}\n",
            6,
            "'nothing'",
        ),
        (
            "- id: x\n  kind: person\n  name: X\n  ar: [س]\n- id: x\n  kind: person\n  name: Y\n  ar: [ص]\n",
            5,
            "twice",
        ),
        ("- id: x\n  kind: person\n  name: X\n  ar: [س\n", 5, "not valid YAML"),
        ("id: x\n", 1, "YAML list"),
    ],
)
def test_bad_entries_name_file_line_and_field(tmp_path: Path, text: str, line: int, message: str) -> None:
    path = write(tmp_path, text)
    with pytest.raises(DataFileError) as caught:
        load_registry([path])
    assert caught.value.path == str(path)
    assert caught.value.line == line
    assert message in str(caught.value)


def test_user_files_add_actors_and_extend_shipped_ones(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        """
- id: galaxy_front
  kind: organization
  name: Galaxy Front
  ar: [جبهة المجرة]
  country: yemen
- id: houthis
  kind: organization
  name: Houthis
  ar: [الجماعة الحوثية المسلحة]
""",
    )
    registry = load_registry([path])
    assert registry["galaxy_front"].country == "yemen"
    assert "الجماعة الحوثية المسلحة" in registry["houthis"].ar
    assert "أنصار الله" in registry["houthis"].ar  # shipped names kept


def test_followthemoney_entities_are_imported(tmp_path: Path) -> None:
    rows = [
        {
            "id": "NK-abc",
            "schema": "Person",
            "properties": {
                "name": ["Saif al-Adel", "سيف العدل"],
                "alias": ["محمد صلاح الدين زيدان"],
                "wikidataId": ["Q123"],
            },
        },
        {"id": "NK-org", "schema": "Organization", "properties": {"name": ["Shadow Fund", "صندوق الظل"]}},
        {"id": "NK-rel", "schema": "Ownership", "properties": {"owner": ["NK-abc"]}},
    ]
    path = tmp_path / "sanctions.ftm.json"
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows), encoding="utf-8")
    registry = load_registry([path])
    person = registry["ftm.nk-abc"]
    assert person.kind == "person" and person.wikidata == "Q123"
    assert "سيف العدل" in person.ar and "Saif al-Adel" in person.en
    assert registry["ftm.nk-org"].kind == "organization"
    assert "ftm.nk-rel" not in registry


def test_bad_ftm_line_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text(
        '{"id": "a", "schema": "Person", "properties": {"name": ["A"]}}\n{oops\n', encoding="utf-8"
    )
    with pytest.raises(DataFileError, match=r"bad.json:2"):
        load_registry([path])
