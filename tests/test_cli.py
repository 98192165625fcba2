from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RAWI = [sys.executable, "-m", "rawi.cli"]


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*RAWI, *args], input=stdin, capture_output=True, check=False)


def test_every_subcommand_has_help() -> None:
    for cmd in ("extract", "eval", "show"):
        out = run(cmd, "--help")
        assert out.returncode == 0 and b"Usage" in out.stdout


def test_extract_writes_one_facts_object_per_document_and_reports_failures(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(
        "عنوان الخبر عن الاجتماع في طهران\n\nقال المتحدث إن الاجتماع عقد في طهران.\n", encoding="utf-8"
    )
    (tmp_path / "empty.txt").write_bytes(b"   \n")
    (tmp_path / "legacy.txt").write_bytes(
        "عنوان الخبر عن الاجتماع في دمشق\n\nقال المتحدث إن الاجتماع عقد في دمشق أمس.\n".encode("cp1256")
    )
    out_file = tmp_path / "facts.jsonl"
    out = run("extract", str(tmp_path), "-o", str(out_file))
    assert out.returncode == 1  # one document failed
    assert b"empty.txt" in out.stderr and b"2 document(s) extracted, 1 failed" in out.stderr
    rows = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert [Path(r["document"]["source"]).name for r in rows] == ["good.txt", "legacy.txt"]
    legacy = rows[1]["document"]
    assert legacy["encoding"] == "cp1256" and "دمشق أمس" in legacy["text"]
    for row in rows:
        assert set(row) >= {"document", "entities", "events", "affiliations"}


def test_extract_reads_standard_input() -> None:
    text = "عنوان الخبر عن الاجتماع في طهران\n\nقال المتحدث إن الاجتماع عقد في طهران.\n"
    out = run("extract", "-", stdin=text.encode("utf-8"))
    assert out.returncode == 0
    (row,) = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert row["document"]["source"] == "<stdin>" and "عقد في طهران" in row["document"]["text"]


def test_show_prints_what_was_read(seed_path: Path) -> None:
    out = run("show", str(seed_path))
    assert out.returncode == 0
    assert "2024-09-13" in out.stdout.decode() and "جريدة الأمة" in out.stdout.decode()
    found = run("show", "--facts", str(seed_path)).stdout.decode()
    assert "Esmail Qaani — commander — Quds Force" in found
    assert "AID/economic: Islamic Revolutionary Guard Corps → al-Qaeda (asserted; per the outlet)" in found


def test_user_registry_from_option_and_bad_registry_message(tmp_path: Path) -> None:
    mine = tmp_path / "mine.yaml"
    mine.write_text(
        "- id: galaxy_front\n  kind: organization\n  name: Galaxy Front\n  ar: [جبهة المجرة]\n",
        encoding="utf-8",
    )
    report = tmp_path / "r.txt"
    report.write_text(
        "عنوان الخبر عن الجبهة اليوم\n\nأعلنت جبهة المجرة مسؤوليتها عن الهجوم في اليمن.\n", encoding="utf-8"
    )
    out = run("--registry", str(mine), "extract", str(report))
    assert out.returncode == 0
    (row,) = [json.loads(line) for line in out.stdout.decode().splitlines()]
    assert "galaxy_front" in {e["registry_id"] for e in row["entities"]}
    listed = run("--registry", str(mine), "registry", "المجرة")
    assert b"galaxy_front" in listed.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("- id: x\n  kind: group\n  name: X\n  ar: [س]\n", encoding="utf-8")
    out = run("--registry", str(bad), "extract", str(report))
    assert out.returncode != 0 and b"bad.yaml:2" in out.stderr and b"kind" in out.stderr
