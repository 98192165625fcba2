"""Score floors on ../shared/corpus/dev that CI holds rawi to.

Actors and affiliations are at the floors their issue sets; the event metrics are
held just under where they stand, so that no change makes them worse unnoticed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

FLOORS = {
    "evidence_in_text": 1.0,
    "published_date_accuracy": 1.0,
    "actor_recall": 0.95,
    "affiliation_recall": 0.8,
    "affiliation_precision": 0.8,
    # issue 4 asks at least 0.8 / 0.7 / 0.75 / 0.75; held a little under where they stand
    "fact_f1": 0.89,
    "claim_recall": 0.785,
    "mode_accuracy": 0.86,
    "time_accuracy": 0.765,  # a share of matched events: more facts found, each undated, lower it
}


@pytest.fixture(scope="module")
def dev_metrics(dev_dir: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "rawi.cli", "eval", str(dev_dir), "--json"],
        capture_output=True,
        text=True,
        check=True,
    )
    metrics: dict[str, float] = json.loads(out.stdout)["metrics"]
    return metrics


@pytest.mark.parametrize(("metric", "floor"), sorted(FLOORS.items()))
def test_dev_score_floor(dev_metrics: dict[str, float], metric: str, floor: float) -> None:
    assert dev_metrics[metric] is not None and dev_metrics[metric] >= floor, (metric, dev_metrics[metric])


def test_every_required_seed_event_is_found(dev_dir: Path) -> None:
    """The seed report (dev-000): every fact of the gold that is not optional."""
    out = subprocess.run(
        [sys.executable, "-m", "rawi.cli", "eval", str(dev_dir), "--json", "--per-doc"],
        capture_output=True,
        text=True,
        check=True,
    )
    seed = json.loads(out.stdout)["per_document"]["dev-000"]
    assert seed["fact_recall"] == 1.0
