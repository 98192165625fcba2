from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from rawi.errors import GoldError
from rawi.evaluation import gold_documents, score_document, total

GOLD: dict[str, Any] = {
    "id": "t1",
    "published": "2024-09-13",
    "actors": {
        "irgc": {"kind": "organization", "names": ["الحرس الثوري", "IRGC"]},
        "aq": {"kind": "organization", "names": ["القاعدة", "تنظيم القاعدة"]},
        "tal": {"kind": "organization", "names": ["طالبان"]},
        "un": {"kind": "organization", "names": ["الأمم المتحدة"]},
        "iran": {"kind": "state", "names": ["إيران", "طهران"]},
        "qaani": {"kind": "person", "names": ["قاآني"]},
    },
    "events": [
        {
            "type": "AID",
            "mode": "economic",
            "source": "irgc",
            "target": "aq",
            "polarity": "asserted",
            "attributed_to": "un",
            "when": "2021-10",
            "evidence": "يمول الحرس القاعدة",
        },
        {
            "type": "CONSULT",
            "participants": ["irgc", "aq", "tal"],
            "polarity": "asserted",
            "attributed_to": None,
            "when": None,
            "evidence": "التقوا",
        },
        {
            "type": "AID",
            "mode": "sanctuary",
            "source": "iran",
            "target": "aq",
            "polarity": "denied",
            "attributed_to": "iran",
            "when": None,
            "evidence": "نفت إيران",
        },
        {
            "type": "COOPERATE",
            "participants": ["tal", "aq"],
            "optional": True,
            "polarity": "asserted",
            "attributed_to": None,
            "when": None,
            "evidence": "تعاون",
        },
    ],
    "affiliations": [{"person": "qaani", "organization": "irgc", "role": "commander"}],
}
TEXT = "يمول الحرس القاعدة التقوا نفت إيران تعاون"
ENTITIES = [
    {"id": "e1", "name": "Islamic Revolutionary Guard Corps", "names": ["الحرس الثوري"]},
    {"id": "e2", "name": "al-Qaeda", "names": ["القاعدة"]},
    {"id": "e3", "name": "Taliban", "names": ["طالبان"]},
    {"id": "e4", "name": "United Nations", "names": ["الأمم المتحدة"]},
    {"id": "e5", "name": "Iran", "names": ["إيران"]},
    {"id": "e6", "name": "Esmail Qaani", "names": ["إسماعيل قاآني", "قاآني"]},
]


def perfect() -> dict[str, Any]:
    return {
        "document": {"text": TEXT, "published": "2024-09-13"},
        "entities": ENTITIES,
        "events": [
            {
                "type": "AID",
                "mode": "economic",
                "source": "e1",
                "target": "e2",
                "polarity": "asserted",
                "attribution": ["e4"],
                "when": {"start": "2021-10"},
            },
            {
                "type": "CONSULT",
                "participants": ["e1", "e2", "e3"],
                "polarity": "asserted",
                "attribution": [],
                "when": None,
            },
            {
                "type": "AID",
                "mode": "sanctuary",
                "source": "e5",
                "target": "e2",
                "polarity": "denied",
                "attribution": ["e5"],
                "when": None,
            },
        ],
        "affiliations": [{"person": "e6", "organization": "e1", "role": "commander"}],
    }


def test_perfect_system_scores_one() -> None:
    m = score_document(perfect(), GOLD).counts.metrics()
    for key in (
        "fact_precision",
        "fact_recall",
        "fact_f1",
        "claim_recall",
        "mode_accuracy",
        "time_accuracy",
        "actor_recall",
        "affiliation_precision",
        "affiliation_recall",
        "evidence_in_text",
        "published_date_accuracy",
    ):
        assert m[key] == 1.0, key


def test_empty_system_scores_zero() -> None:
    m = score_document(
        {"document": {}, "entities": [], "events": [], "affiliations": []}, GOLD
    ).counts.metrics()
    assert m["fact_recall"] == 0.0 and m["fact_f1"] == 0.0 and m["claim_recall"] == 0.0
    assert m["fact_precision"] is None  # nothing claimed, nothing wrong
    assert m["actor_recall"] == 0.0 and m["affiliation_recall"] == 0.0


def test_wrong_polarity_attribution_mode_and_extra_facts() -> None:
    facts = perfect()
    facts["events"][0]["attribution"] = []  # outlet's voice instead of the UN's
    facts["events"][0]["mode"] = "military"
    facts["events"][0]["when"] = {"start": "2021"}
    facts["events"][2]["polarity"] = "asserted"
    facts["events"].append({"type": "ASSAULT", "source": "e5", "target": "e3", "polarity": "asserted"})
    facts["events"].append({"type": "ASSAULT", "source": "e5", "target": "zz", "polarity": "asserted"})
    facts["events"].append({"type": "COOPERATE", "participants": ["e3", "e2"]})  # optional: no effect
    counts = score_document(facts, GOLD).counts
    # gold facts: AID irgc>aq, CONSULT x3 pairs, AID iran>aq = 5 required
    assert (counts.fact_gold, counts.fact_gold_found) == (5, 5)
    # system: 5 correct + ASSAULT iran>tal (wrong) + one event with an unknown actor
    assert (counts.fact_tp, counts.fact_sys) == (5, 7)
    assert (counts.claims_ok, counts.claims_gold) == (1, 3)  # only the meeting is still right
    assert (counts.mode_ok, counts.time_ok, counts.matched_events) == (2, 2, 3)


def test_directed_facts_need_the_right_direction_and_speech_acts_need_no_source() -> None:
    gold = dict(
        GOLD,
        events=[
            {
                "type": "ACCUSE",
                "source": "iran",
                "target": "aq",
                "polarity": "asserted",
                "attributed_to": "iran",
                "evidence": "x",
            }
        ],
    )
    backwards = {"entities": ENTITIES, "events": [{"type": "ACCUSE", "source": "e2", "target": "e5"}]}
    assert score_document(backwards, gold).counts.fact_gold_found == 0
    right = {
        "entities": ENTITIES,
        "events": [
            {"type": "ACCUSE", "source": "e5", "target": "e2", "polarity": "asserted", "attribution": []}
        ],
    }
    counts = score_document(right, gold).counts
    assert counts.fact_gold_found == 1 and counts.claims_ok == 1


def test_alt_types_are_accepted() -> None:
    gold = dict(
        GOLD,
        events=[
            {"type": "AGREE", "alt_types": ["COOPERATE"], "participants": ["tal", "aq"], "evidence": "x"}
        ],
    )
    facts = {"entities": ENTITIES, "events": [{"type": "COOPERATE", "participants": ["e2", "e3"]}]}
    c = score_document(facts, gold).counts
    assert (c.fact_tp, c.fact_sys, c.fact_gold_found) == (1, 1, 1)


def test_totals_add_documents() -> None:
    a = score_document(perfect(), GOLD)
    b = score_document({"entities": [], "events": []}, GOLD)
    assert total([a, b]).metrics()["fact_recall"] == 0.5


def test_bad_gold_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(GoldError, match="holds no"):
        gold_documents(tmp_path)
    (tmp_path / "x.gold.json").write_text("{}", encoding="utf-8")
    with pytest.raises(GoldError, match="no report file"):
        gold_documents(tmp_path)


def test_eval_command_on_a_hand_made_folder(tmp_path: Path) -> None:
    (tmp_path / "r1.txt").write_text(
        "عنوان الخبر عن التمويل اليوم\n\nيمول الحرس القاعدة منذ سنوات طويلة في المنطقة.\n", encoding="utf-8"
    )
    (tmp_path / "r1.gold.json").write_text(json.dumps(GOLD, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-m", "rawi.cli", "eval", str(tmp_path), "--json", "--per-doc"],
        capture_output=True,
        text=True,
        check=True,
    )
    report = json.loads(out.stdout)
    assert report["documents"] == 1 and "t1" in report["per_document"]
    assert set(report["metrics"]) >= {
        "fact_f1",
        "claim_recall",
        "mode_accuracy",
        "time_accuracy",
        "actor_recall",
        "affiliation_recall",
    }
