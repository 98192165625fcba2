"""The compiled build (`make compiled`: the same source compiled with mypyc, into
build/compiled) gives exactly the facts the Python source gives, on every report we have
gold for. mypyc changes how some Python runs (native classes, fixed-width ints in places),
so this is checked, not assumed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
COMPILED = ROOT / "build" / "compiled"
SHARED = ROOT.parent / "shared"
FOLDERS = [SHARED / "seeds", SHARED / "corpus" / "dev", *sorted((ROOT / "benchmarks" / "heldout").glob("?"))]

# Prints which file the events module came from, then the facts of every report, one JSON line each.
EXTRACT = """
import sys
sys.path.insert(0, sys.argv[1])
import rawi.extract.events
from rawi.extract import Extractor
from rawi.ingest import iter_inputs, read_document
from rawi.errors import RawiError
print(rawi.extract.events.__file__)
extractor = Extractor()
for item in iter_inputs(sys.argv[2:]):
    try:
        doc = read_document(item)
    except RawiError:  # the gold files
        continue
    sys.stdout.write(extractor(doc).to_json_line())
"""


def facts_from(build: Path) -> tuple[str, list[str]]:
    out = subprocess.run(
        [sys.executable, "-c", EXTRACT, str(build), *map(str, FOLDERS)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT.parent,  # not the source folder, which would come first on sys.path
    )
    module, *lines = out.stdout.splitlines()
    return module, lines


@pytest.mark.skipif(
    not (COMPILED / ".built").exists() and not os.environ.get("CI"),
    reason="no compiled build: run `make compiled` (CI always builds and checks it)",
)
def test_the_compiled_build_gives_the_same_facts() -> None:
    assert (COMPILED / ".built").exists(), "CI runs `make test`, which builds build/compiled first"
    compiled_module, compiled = facts_from(COMPILED)
    source_module, source = facts_from(ROOT)
    assert compiled_module.endswith(".so") and source_module.endswith(".py")
    assert len(compiled) == len(source) >= 30  # the seeds, dev and the held-out sets
    differing = [k for k, (a, b) in enumerate(zip(compiled, source, strict=True)) if a != b]
    assert not differing, f"{len(differing)} reports differ, the first: {compiled[differing[0]][:300]}"
