"""Benchmark: bulk ingest into the store, and the analysts' questions on a large store.

Builds synthetic facts (what `rawi extract` writes) for N documents of ~700 words: actors
drawn from a pool of 3,000 with a Zipf law (a few hubs, a long tail), 12 events and 40
mentions per document, a fifth of events attributed to one of 60 agencies, a tenth
hedged and a twentieth denied, 300 outlets. Then:

  parse    just json.loads of each facts line (the floor: the cost of reading the input)
  ingest   store_facts, one transaction per document, as `rawi ingest --facts` does;
           documents/second and peak memory at 10%, 50% and 100% of the documents
  query    on the resulting store: `rawi actor X` (queries.profile: names, roles, the 50
           strongest relations of each side with totals) and the two-hop neighbourhood
           (following the 50 strongest links of each actor), for the biggest hub, a
           mid-ranked actor and a tail actor; median of 5 runs each, in milliseconds

Run: python benchmarks/bench_store.py --docs 100000 [--db postgresql://...] [--keep PATH]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from rawi.store import Store, open_store
from rawi.store.load import store_facts
from rawi.store.queries import neighbourhood, profile, resolve
from rawi.store.schema import claims

TYPES = [
    "AID",
    "ASSAULT",
    "ACCUSE",
    "AGREE",
    "CONSULT",
    "COOPERATE",
    "COERCE",
    "THREATEN",
    "SANCTION",
    "REJECT",
]
WORDS = [
    "قال",
    "المسؤول",
    "إن",
    "الهجوم",
    "الذي",
    "وقع",
    "في",
    "المدينة",
    "أدى",
    "إلى",
    "مقتل",
    "عدد",
    "من",
    "المدنيين",
    "وأضاف",
    "أن",
    "التحقيق",
    "مستمر",
]


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def synthetic_facts(n: int, rng: random.Random, actors: list[str], weights: list[float]) -> dict[str, Any]:
    text = " ".join(rng.choice(WORDS) for _ in range(700)) + f" {n}"
    picked = list(dict.fromkeys(rng.choices(actors, weights, k=10)))
    agencies = [f"agency{rng.randrange(60)}"]
    local = {name: f"e{i + 1}" for i, name in enumerate(picked + agencies)}
    entities = [
        {"id": local[a], "kind": "organization", "name": a, "names": [a, f"{a} alias"], "registry_id": a}
        for a in picked + agencies
    ]
    events = []
    for i in range(12):
        a, b = rng.sample(picked, 2) if len(picked) > 1 else (picked[0], agencies[0])
        start = rng.randrange(0, len(text) - 80)
        roll = rng.random()
        events.append(
            {
                "id": f"v{i + 1}",
                "type": rng.choice(TYPES),
                "mode": None,
                "source": local[a],
                "target": local[b],
                "participants": [],
                "polarity": "denied" if roll < 0.05 else "hedged" if roll < 0.15 else "asserted",
                "attribution": [local[agencies[0]]] if rng.random() < 0.2 else [],
                "when": {
                    "start": f"20{rng.randrange(10, 25)}-0{rng.randrange(1, 10)}",
                    "end": None,
                    "text": "",
                },
                "where": None,
                "evidence": {"text": text[start : start + 80], "start": start, "end": start + 80},
                "confidence": 0.5,
            }
        )
    mentions = [
        {
            "start": 4 * j,
            "end": 4 * j + 3,
            "text": text[4 * j : 4 * j + 3],
            "entity": local[rng.choice(picked)],
        }
        for j in range(40)
    ]
    return {
        "document": {
            "source": f"synthetic/{n}.txt",
            "url": f"https://news{n % 300}.example/{n}",
            "title": f"report {n}",
            "published": "2024-03-01",
            "outlet": f"outlet{n % 300}",
            "language": "ar",
            "content_hash": hashlib.sha256(text.encode()).hexdigest(),
            "text": text,
        },
        "entities": entities,
        "mentions": mentions,
        "events": events,
        "affiliations": [],
    }


def timed(fn: Any, repeat: int = 5) -> float:
    runs = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        runs.append((time.perf_counter() - start) * 1000)
    return statistics.median(runs)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=10000)
    parser.add_argument("--db", help="store URL or path (default: a new SQLite file in a temporary folder)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--queries-only", action="store_true", help="only the queries, on the store --db holds"
    )
    args = parser.parse_args()
    if args.queries_only:
        store = open_store(args.db)
        queries(store)
        return
    rng = random.Random(args.seed)
    actors = [f"actor{i}" for i in range(3000)]
    weights = [1 / (rank + 1) ** 1.1 for rank in range(len(actors))]
    work = tempfile.mkdtemp(prefix="rawi-bench-")
    facts_path = Path(work) / "facts.jsonl"
    with facts_path.open("w", encoding="utf-8") as handle:
        for n in range(args.docs):
            handle.write(json.dumps(synthetic_facts(n, rng, actors, weights), ensure_ascii=False) + "\n")
    size = facts_path.stat().st_size / 2**20
    print(f"facts: {args.docs} documents, {size:.0f} MiB of JSON Lines")

    start = time.perf_counter()
    with facts_path.open(encoding="utf-8") as handle:
        for line in handle:
            json.loads(line)
    parse = time.perf_counter() - start
    print(f"parse    {args.docs / parse:9.0f} docs/s")

    store = open_store(args.db or str(Path(work) / "store.sqlite"))
    checkpoints = {args.docs // 10, args.docs // 2, args.docs}
    start = time.perf_counter()
    with facts_path.open(encoding="utf-8") as handle:
        for n, line in enumerate(handle, 1):
            with store.transaction(bulk=True) as conn:
                store_facts(conn, json.loads(line))
            if n in checkpoints:
                elapsed = time.perf_counter() - start
                print(f"ingest   {n / elapsed:9.0f} docs/s after {n} documents, peak {peak_mib():.0f} MiB")
    queries(store)


def queries(store: Store) -> None:
    with store.reading() as conn:
        stored = conn.execute(select(func.count()).select_from(claims)).scalar_one()
    print(f"store    {store.dialect}, {stored} claims")
    for label, name in (("hub", "actor0"), ("mid", "actor100"), ("tail", "actor2000")):
        with store.reading() as conn:
            actor = resolve(conn, name)
            found = profile(conn, actor)
            one = timed(lambda: profile(conn, actor))  # noqa: B023
            reach = len(neighbourhood(conn, actor, hops=2))
            two = timed(lambda: neighbourhood(conn, actor, hops=2))  # noqa: B023
            total = found["out_total"] + found["in_total"] + found["with_total"]
        print(
            f"query    {label:<5} {name:<10} {total:6d} edges: actor {one:7.1f} ms; "
            f"two-hop, 50 strongest links per actor: {reach} actors, {two:7.1f} ms"
        )
    store.close()


if __name__ == "__main__":
    main()
