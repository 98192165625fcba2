"""Benchmark: documents/second and peak memory of `rawi extract`, beside just reading.

Builds a synthetic corpus (default 5,000 reports of ~700 words) by recombining
the paragraphs of the dev corpus and the seed into pasted-text pages and saved
HTML pages, then times, each in a fresh process and ``--repeat`` times:

  read      read the bytes and decode them (the floor: the cost of just reading)
  normalise read, decode, find the main text, normalise the Arabic
  extract   the whole of `rawi extract` (what a user runs), facts written to a file
  stages    (with --stages) where extract's time goes: reading the page, analysing the text
            (tokens, sentences), finding the actors and dates, the events, writing the facts

for each build asked for with ``--builds``: ``pure`` (the Python source, as developers run
it) and ``compiled`` (the same source compiled with mypyc by `make compiled`, into
build/compiled), and prints the median documents/second (by the clock, and by the CPU time the
process was given: on a shared machine the clock counts the time other jobs held
the core, the CPU time does not), the peak resident memory, and for extract the
actor mentions recognised per second. The extract timing includes
loading the registry (about 1-2 s) once per run.
Run: python benchmarks/bench_extract.py [--docs 5000] [--repeat 3] [--stages] [--builds pure,compiled]
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
COMPILED = ROOT / "build" / "compiled"  # where `make compiled` installs the mypyc build

PASTED = """{site}
الرئيسية | سياسة | اقتصاد | رياضة | منوعات | فيديو
الأحد {day} مارس 2024 - 10:{day:02d}

سياسة

{headline}

{body}

الوسوم: سياسة | أخبار
شارك الخبر: فيسبوك | تويتر | واتساب
اقرأ أيضاً
- ارتفاع أسعار الذهب في التعاملات المسائية
- الأرصاد تحذر من موجة حر

اترك تعليقاً
لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *
جميع الحقوق محفوظة © 2024 {site}
"""

HTML = """<!DOCTYPE html><html lang="ar" dir="rtl"><head><meta charset="utf-8">
<title>{headline} | {site}</title><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="2024-03-{day:02d}T10:00:00+03:00"></head>
<body><header><nav><ul><li>الرئيسية</li><li>سياسة</li><li>اقتصاد</li></ul></nav></header>
<main><article><h1>{headline}</h1>{paragraphs}<div class="share">شارك: فيسبوك | تويتر</div></article>
<aside class="related"><h3>اقرأ أيضاً</h3><ul><li>ارتفاع أسعار الذهب</li></ul></aside></main>
<footer>© 2024 {site}</footer></body></html>"""


def use_build(build: str) -> None:
    """Import rawi from the build asked for, and make sure that is the one imported."""
    sys.path.insert(0, str(COMPILED if build == "compiled" else ROOT))
    import rawi.extract.events

    compiled = not rawi.extract.events.__file__.endswith(".py")
    if compiled != (build == "compiled"):
        raise SystemExit(f"asked for the {build} build, but imported {rawi.extract.events.__file__}")


def stale_sources() -> list[str]:
    """The source files whose copy in the compiled build differs (or is missing)."""
    return [
        str(path.relative_to(ROOT))
        for path in sorted((ROOT / "rawi").rglob("*.py"))
        if not (copy := COMPILED / path.relative_to(ROOT)).is_file() or copy.read_bytes() != path.read_bytes()
    ]


def source_paragraphs() -> list[str]:
    sys.path.insert(0, str(ROOT))
    from rawi.ingest import iter_inputs, read_document

    paragraphs: list[str] = []
    for item in iter_inputs([str(SHARED / "corpus" / "dev"), str(SHARED / "seeds")]):
        doc = read_document(item)  # type: ignore[arg-type]
        paragraphs += [p.of(doc.text) for p in doc.paragraphs if len(p.of(doc.text).split()) > 12]
    return paragraphs


def build_corpus(folder: Path, count: int, words: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    paragraphs = source_paragraphs()
    total_words = 0
    for i in range(count):
        chosen: list[str] = []
        while sum(len(p.split()) for p in chosen) < words:
            chosen.append(rng.choice(paragraphs))
        total_words += sum(len(p.split()) for p in chosen)
        site, day = f"موقع الأخبار {i % 37}", 1 + i % 28
        headline = " ".join(chosen[0].split()[:12])
        if i % 5 == 0:
            page = HTML.format(
                site=site, day=day, headline=headline, paragraphs="".join(f"<p>{p}</p>" for p in chosen)
            )
            (folder / f"doc-{i:05d}.html").write_text(page, encoding="utf-8")
        else:
            page = PASTED.format(site=site, day=day, headline=headline, body="\n\n".join(chosen))
            (folder / f"doc-{i:05d}.txt").write_text(page, encoding="utf-8")
    return total_words // count


def stage(mode: str, folder: str, build: str) -> None:
    """Run one mode in this process and print JSON with seconds and peak RSS."""
    use_build(build)
    from rawi.arabic import normalize_with_map
    from rawi.extract import extract
    from rawi.ingest import iter_inputs, read_document
    from rawi.ingest.decode import decode

    start = time.perf_counter()
    cpu_start = time.process_time()
    docs = 0
    mentions = 0
    if mode == "read":
        for item in iter_inputs([folder]):
            decode(item.raw or b"", item.source)  # type: ignore[union-attr]
            docs += 1
    elif mode == "normalise":
        for item in iter_inputs([folder]):
            normalize_with_map(read_document(item).text)  # type: ignore[arg-type]
            docs += 1
    else:
        with open(Path(folder).parent / "facts.jsonl", "w", encoding="utf-8") as out:
            for item in iter_inputs([folder]):
                facts = extract(read_document(item))  # type: ignore[arg-type]
                out.write(facts.to_json_line())
                docs += 1
                mentions += len(facts.mentions)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(
        json.dumps(
            {
                "docs": docs,
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "peak_mib": peak_mib,
                "mentions": mentions,
            }
        )
    )


STAGES = ("read page", "analyse text", "actors, dates", "events", "write facts")


def stage_times(folder: str, build: str) -> None:
    """Time each stage of extraction per report in this process (CPU time) and print JSON
    with the milliseconds a report of each."""
    use_build(build)
    from rawi.extract import Extractor
    from rawi.extract.entities import affiliation_records, build_entities, event_records
    from rawi.extract.events import extract_events
    from rawi.facts import Facts
    from rawi.ingest import iter_inputs, read_document
    from rawi.text import analyse

    clock = time.process_time
    loading = clock()
    extractor = Extractor()
    loading = clock() - loading
    spent = dict.fromkeys(STAGES, 0.0)
    docs = 0
    with open(Path(folder).parent / "facts.jsonl", "w", encoding="utf-8") as out:
        for item in iter_inputs([folder]):
            t0 = clock()
            doc = read_document(item)  # type: ignore[arg-type]
            t1 = clock()
            analysis = analyse(doc)
            t2 = clock()
            reading = extractor.read_analysed(analysis)
            t3 = clock()
            found = extract_events(
                reading.analysis, reading.mentions, extractor.registry, reading.described, reading.dates
            )
            t4 = clock()
            entities, mentions = build_entities(reading.mentions, extractor.registry)
            facts = Facts(
                document=doc,
                entities=entities,
                mentions=mentions,
                affiliations=affiliation_records(reading.affiliations, entities, doc, extractor.registry),
                events=event_records(found, entities, doc, extractor.registry),
            )
            out.write(facts.to_json_line())
            t5 = clock()
            for name, seconds in zip(STAGES, (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4), strict=True):
                spent[name] += seconds
            docs += 1
    print(json.dumps({"load_s": loading} | {name: 1000 * seconds / docs for name, seconds in spent.items()}))


def print_stages(folder: Path, repeat: int, build: str) -> None:
    runs = []
    for _ in range(repeat):
        out = subprocess.run(
            [sys.executable, __file__, "--stage", "stages", "--folder", str(folder), "--build", build],
            capture_output=True,
            text=True,
            check=True,
        )
        runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
    medians = {name: statistics.median(r[name] for r in runs) for name in STAGES}
    total = sum(medians.values())
    loading = statistics.median(r["load_s"] for r in runs)
    print(
        f"\nwhere extract's time goes, {build} build (CPU ms a report, medians of {repeat} runs; total {total:.2f} ms, "
        f"and {loading:.2f} s once a run to load the registry)"
    )
    for name, ms in medians.items():
        print(f"  {name:<14} {ms:>6.2f} ms  {100 * ms / total:>5.1f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--words", type=int, default=700)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--modes", default="read,normalise,extract")
    parser.add_argument("--stages", action="store_true", help="also print where extract's time goes")
    parser.add_argument(
        "--builds", default="pure", help="pure, compiled (run `make compiled` first) or pure,compiled"
    )
    parser.add_argument("--build", help=argparse.SUPPRESS)
    parser.add_argument("--stage", help=argparse.SUPPRESS)
    parser.add_argument("--folder", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage == "build":
        print(build_corpus(Path(args.folder), args.docs, args.words))
        return
    if args.stage == "stages":
        stage_times(args.folder, args.build)
        return
    if args.stage:
        stage(args.stage, args.folder, args.build)
        return
    builds = args.builds.split(",")
    if "compiled" in builds and (stale := stale_sources()):
        raise SystemExit(
            f"the compiled build is missing or older than the source ({len(stale)} files differ, "
            f"first {stale[0]}): run `make compiled` first"
        )
    # This process stays small and imports nothing of rawi: Linux carries a parent's
    # peak memory into the children it forks, which would hide theirs.
    with tempfile.TemporaryDirectory(prefix="rawi-bench-") as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        built = subprocess.run(
            [
                sys.executable,
                __file__,
                "--stage",
                "build",
                "--folder",
                str(folder),
                "--docs",
                str(args.docs),
                "--words",
                str(args.words),
            ],
            capture_output=True,
            text=True,
            check=True,
        )
        mean_words = int(built.stdout.strip().splitlines()[-1])
        size_mib = sum(p.stat().st_size for p in folder.iterdir()) / 2**20
        print(
            f"corpus: {args.docs} documents (1 in 5 saved HTML), ~{mean_words} words each, "
            f"{size_mib:.1f} MiB; {args.repeat} runs per mode, medians"
        )
        print(
            f"{'mode':<10} {'build':<9} {'docs/s':>10} {'ms/doc':>8} {'cpu docs/s':>11} {'cpu ms/doc':>11} "
            f"{'peak MiB':>9} {'mentions/s':>11}"
        )
        for mode, build in ((mode, build) for build in builds for mode in args.modes.split(",")):
            runs = []
            for _ in range(args.repeat):
                out = subprocess.run(
                    [sys.executable, __file__, "--stage", mode, "--folder", str(folder), "--build", build],
                    capture_output=True,
                    text=True,
                    check=True,
                )
                runs.append(json.loads(out.stdout.strip().splitlines()[-1]))
            rate = statistics.median(r["docs"] / r["seconds"] for r in runs)
            cpu_rate = statistics.median(r["docs"] / r["cpu_seconds"] for r in runs)
            peak = statistics.median(r["peak_mib"] for r in runs)
            mention_rate = statistics.median(r["mentions"] / r["seconds"] for r in runs)
            shown = f"{mention_rate:>11.0f}" if mention_rate else f"{'-':>11}"
            print(
                f"{mode:<10} {build:<9} {rate:>10.1f} {1000 / rate:>8.2f} {cpu_rate:>11.1f} {1000 / cpu_rate:>11.2f} "
                f"{peak:>9.1f} {shown}"
            )
        if args.stages:
            for build in builds:
                print_stages(folder, args.repeat, build)


if __name__ == "__main__":
    main()
