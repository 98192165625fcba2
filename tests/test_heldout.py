"""The held-out reports (benchmarks/heldout): their gold files load, and the document layer
holds on pages rawi was not built on — every gold evidence inside the extracted text, every
publication date right. Their event scores are measured, not held to floors: a floor would
make them one more set to tune on (see benchmarks/heldout/README.md)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

HELDOUT = Path(__file__).resolve().parents[1] / "benchmarks" / "heldout"


# Actor recall each set had when it was first scored, as its floor: d, written blind by a
# helper, was the first set whose actors rawi mostly but not all knew (0.80; its errors were
# read later, to fix general causes); e, written blind by another helper, had 0.81 and its
# missed actors are not read, so that e keeps measuring (benchmarks/heldout/README.md).
ACTOR_RECALL = {"a": 0.9, "b": 0.9, "c": 0.9, "d": 0.8, "e": 0.8}


@pytest.mark.parametrize("name", sorted(ACTOR_RECALL))
def test_the_document_layer_holds_on_unseen_pages(name: str) -> None:
    out = subprocess.run(
        [sys.executable, "-m", "rawi.cli", "eval", str(HELDOUT / name), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    metrics = json.loads(out.stdout)["metrics"]
    assert metrics["evidence_in_text"] == 1.0
    assert metrics["published_date_accuracy"] == 1.0
    assert metrics["actor_recall"] >= ACTOR_RECALL[name]
