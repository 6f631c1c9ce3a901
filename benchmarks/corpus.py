"""A corpus of N report files and what kg does with it: per stage characters per second, peak
RSS, store load rate and the saved queries' latency (figures in docs/benchmarks.md).

The corpus is the five seed files under other prefecture-level cities of the gazetteer (their
names and provinces put in place of 张家界 and 湖南) and, once the cities run out, shifted back
by five years at a time, with a manifest.csv. Every measurement runs in a fresh process with a
cache folder of its own; peak RSS is the largest of the process and its children (getrusage).

    .venv/bin/python benchmarks/corpus.py --reports 200
    .venv/bin/python benchmarks/corpus.py --reports 1000 --runs jobs2,rebuild,add
    .venv/bin/python benchmarks/corpus.py --reports 200 --profile 40   # cProfile of extraction

Runs: ``tokenise`` (single-process spaCy + jieba tokenisation of the same text, the yardstick of
issue 13), ``extract`` (every file read, cleaned and extracted in one process, the pipeline made
first, as ``kg extract`` does: target 2 of issue 13), ``jobs1`` and ``jobs2`` (``kg build`` with
an empty cache), ``rebuild`` (the same build again, nothing changed: every file from the cache),
``add`` (``kg add --jobs 2`` of one new file onto the ``jobs2`` store) and ``queries`` (each saved query
on the built store, median of 3).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_CITY, SEED_SHORT, SEED_PROVINCE, SEED_PROVINCE_SHORT = "张家界市", "张家界", "湖南省", "湖南"
# Places whose reports are kept for an independent check: no generated report is about them.
RESERVED = ("怀化", "湘西", "益阳", "黄梅", "曲靖", "玉林", "遂宁", "洛阳", "重庆", "张家界")
YEAR = re.compile(r"(?<!\d)(20[0-3]\d)(?!\d)")
RUNS = ("tokenise", "extract", "jobs1", "jobs2", "rebuild", "cached", "add", "queries")


def cities() -> list[tuple[str, str, str, str]]:
    """(code, city, short name, province) of every prefecture-level city (…市) in the gazetteer."""
    from kg.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    out = []
    for division in sorted(gazetteer.divisions, key=lambda d: d.code):
        if division.level != "prefecture" or not division.name.endswith("市"):
            continue
        if any(name in division.name for name in RESERVED):
            continue
        province = gazetteer.parent(division)
        if province is None or province.level != "province" or province.name.endswith("市"):
            continue
        short = division.short_names[0] if division.short_names else division.name[:-1]
        out.append((division.code, division.name, short, province.name))
    return out


def generate(folder: Path, files: int) -> int:
    """Write ``files`` report files and their manifest.csv into ``folder``; returns characters."""
    with (SEEDS / "manifest.csv").open(encoding="utf-8", newline="") as handle:
        seeds = list(csv.DictReader(handle))
    places = cities()
    folder.mkdir(parents=True, exist_ok=True)
    rows, chars = [], 0
    for number in range(files):
        seed = seeds[number % len(seeds)]
        combination = number // len(seeds)
        code, city, short, province = places[combination % len(places)]
        shift = -5 * (combination // len(places))
        text = (SEEDS / seed["file"]).read_text(encoding="utf-8")
        province_short = province.removesuffix("省").removesuffix("自治区")
        text = text.replace(SEED_CITY, city).replace(SEED_SHORT, short)
        text = text.replace(SEED_PROVINCE, province).replace(SEED_PROVINCE_SHORT, province_short)
        text = YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
        name = f"{code[:6]}-{int(seed['report_year']) + shift}-{seed['file'].split('-', 2)[-1]}"
        (folder / name).write_text(text, encoding="utf-8")
        chars += len(text)
        years = lambda value: "-".join(str(int(y) + shift) for y in value.split("-"))  # noqa: E731
        rows.append({**seed, "file": name, "city": city, "province": province,
                     "report_year": int(seed["report_year"]) + shift,
                     "reviewed_years": years(seed["reviewed_years"]), "planned_years": years(seed["planned_years"]),
                     "original_name": seed["file"], "quirks": seed["quirks"]})
    with (folder / "manifest.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(seeds[0].keys()), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    return chars


_CHILD = r"""
import json, os, resource, sys, time
run, corpus, work = sys.argv[1], sys.argv[2], sys.argv[3]
started = time.perf_counter()
result = {}
if run == "tokenise":
    import spacy
    from kg.reading import read_source
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    texts = [read_source(p).text for p in sorted(os.scandir(corpus), key=lambda e: e.name) if p.name.endswith(".txt")]
    begin, cpu = time.perf_counter(), time.process_time()
    tokens = sum(len(nlp.make_doc(t)) for t in texts)
    result = {"stages": {"tokenise": time.perf_counter() - begin}, "cpu": time.process_time() - cpu, "tokens": tokens}
elif run == "extract":
    from kg.documents import load_document, manifest_for
    from kg.nlp import create_pipeline
    from pathlib import Path
    create_pipeline()
    paths = sorted(Path(corpus).glob("*.txt"))
    begin, cpu = time.perf_counter(), time.process_time()
    mentions = sum(len(load_document(p, manifest_for(p)).mentions) for p in paths)
    result = {"stages": {"extract": time.perf_counter() - begin}, "cpu": time.process_time() - cpu, "mentions": mentions}
elif run == "queries":
    from kg.queries import apply_params, saved_queries, run_query, rows
    from kg.store import open_store
    db = open_store(work + "/store")
    timings = {}
    for saved in saved_queries():
        times = []
        for _ in range(3):
            begin = time.perf_counter()
            answer = run_query(db, saved.text)
            count = len(rows(answer)[1]) if not isinstance(answer, bool) else 1
            times.append(time.perf_counter() - begin)
        timings[saved.name] = {"seconds": sorted(times)[1], "rows": count}
    result = {"queries": timings}
else:
    import kg.api
    if run == "add":
        summary = kg.api.add([sys.argv[4]], out=work + "/exports", store=work + "/store", jobs=2, quiet=True)
    else:
        jobs = 1 if run == "jobs1" else 2
        summary = kg.api.build([corpus], out=work + "/exports", store=work + "/store", jobs=jobs, quiet=True)
    result = {"stages": summary.stages, "peak_mb": summary.peak_mb, "quads": summary.triples, "documents": summary.documents}
result["seconds"] = time.perf_counter() - started
# CPU seconds of this process and of its finished children (the build's workers): on a shared
# machine, wall times stretch with the load; CPU seconds much less
for who, name in ((resource.RUSAGE_SELF, "cpu_self"), (resource.RUSAGE_CHILDREN, "cpu_children")):
    usage = resource.getrusage(who)
    result[name] = round(usage.ru_utime + usage.ru_stime, 1)
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
result["peak_rss_mb"] = round(max(own, children) / 1024)
print(json.dumps(result))
"""


def corpus_or_generated(corpus: Path | None, work: str, files: int) -> Path:
    """The folder a benchmark reads: the one given (``--corpus``), or ``files`` reports generated under ``work``."""
    if corpus is not None:
        return corpus
    folder = Path(work) / "corpus"
    generate(folder, files)
    return folder


def measure(run: str, corpus: Path, work: Path, cache: Path, *extra: str) -> dict:
    env = {**os.environ, "KG_CACHE": str(cache)}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", _CHILD, run, str(corpus), str(work), *extra], cwd=ROOT,
                            env=env, capture_output=True, text=True, check=False)
    if result.returncode:
        raise SystemExit(f"{run} failed:\n{result.stderr}")
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    figures["wall"] = time.perf_counter() - started  # with the interpreter's start-up and imports
    return figures


def profile(corpus: Path, top: int) -> None:
    """cProfile of extracting every file of ``corpus`` in one process (the pipeline made first)."""
    import cProfile
    import pstats

    from kg.documents import load_document, manifest_for
    from kg.nlp import create_pipeline

    create_pipeline()
    paths = sorted(corpus.glob("*.txt"))
    profiler = cProfile.Profile()
    profiler.enable()
    for path in paths:
        load_document(path, manifest_for(path))
    profiler.disable()
    stats = pstats.Stats(profiler)
    stats.sort_stats("tottime").print_stats(top)
    stats.sort_stats("cumulative").print_stats(top)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reports", type=int, default=200, help="report files in the corpus (default 200)")
    parser.add_argument("--runs", default=",".join(RUNS), help=f"comma-separated, of {', '.join(RUNS)}")
    parser.add_argument("--work", type=Path, help="folder for the corpus, stores and caches (default: temporary)")
    parser.add_argument("--profile", type=int, metavar="TOP", help="only profile the extraction; print the TOP entries")
    args = parser.parse_args()
    runs = [r for r in args.runs.split(",") if r]
    unknown = set(runs) - set(RUNS)
    if unknown:
        parser.error(f"unknown runs: {', '.join(sorted(unknown))}")
    work = args.work or Path(tempfile.mkdtemp(prefix="kg-corpus-"))
    try:
        corpus = work / "corpus"
        shutil.rmtree(corpus, ignore_errors=True)
        chars = generate(corpus, args.reports)
        extra = work / "extra"
        shutil.rmtree(extra, ignore_errors=True)
        generate(extra, args.reports + 1)
        added = extra / sorted(p.name for p in extra.glob("*.txt") if not (corpus / p.name).exists())[0]
        print(f"corpus: {args.reports} files, {chars:,} characters, in {corpus}", flush=True)
        if args.profile:
            profile(corpus, args.profile)
            return
        results: dict[str, dict] = {}
        for run in runs:
            name = "jobs2" if run in ("rebuild", "add", "queries") else run
            cache = work / ("cache-jobs2" if run == "cached" else f"cache-{name}")
            extra_args = ()
            if run == "add":
                shutil.copy(added, corpus.parent / added.name)
                extra_args = (str(corpus.parent / added.name),)
            results[run] = figures = measure(run, corpus, work / name, cache, *extra_args)
            report(run, figures, chars)
        summary(results, chars)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)


def report(run: str, figures: dict, chars: int) -> None:
    if run == "queries":
        for name, q in figures["queries"].items():
            print(f"  query {name:12s} {q['seconds'] * 1000:8.1f} ms  {q['rows']:7d} rows", flush=True)
        return
    stages = ", ".join(f"{k} {v:.1f} s" for k, v in figures.get("stages", {}).items())
    rate = chars / figures["seconds"] if run != "add" else 0
    line = f"{run:9s} {figures['seconds']:7.1f} s in process, {figures['wall']:7.1f} s wall, peak RSS {figures['peak_rss_mb']} MB"
    if "cpu_self" in figures:
        line += f", CPU {figures['cpu_self']} s + {figures['cpu_children']} s in child processes"
    if rate:
        line += f", {rate:,.0f} characters/s"
    if "quads" in figures:
        store = figures["stages"].get("store")
        line += f", {figures['quads']:,} quads" + (f", store load {figures['quads'] / store:,.0f} quads/s" if store else "")
    print(f"{line}\n  stages: {stages}", flush=True)
    if figures.get("peak_mb"):
        print("  peak RSS by the end of each stage: " + ", ".join(f"{k} {v} MB" for k, v in figures["peak_mb"].items()), flush=True)


def summary(results: dict[str, dict], chars: int) -> None:
    tokenise = results.get("tokenise", {}).get("stages", {}).get("tokenise")
    jobs1, jobs2 = results.get("jobs1"), results.get("jobs2")
    if jobs2 and tokenise:
        print(f"build --jobs 2 / tokenisation: {jobs2['seconds'] / tokenise:.2f}x (target <= 1.5x)")
    if jobs1 and jobs2:
        print(f"speed-up --jobs 1 -> --jobs 2: {jobs1['seconds'] / jobs2['seconds']:.2f}x (target >= 1.7x)")
    if jobs1 and tokenise:
        extract = jobs1["stages"]["extract"]
        print(f"extraction (--jobs 1) / tokenisation: {tokenise / extract:.2f}x the speed (target >= 1.0x)")
    if "extract" in results and tokenise:
        extract = results["extract"]["stages"]["extract"]
        print(f"extraction (one process) / tokenisation: {tokenise / extract:.2f}x the speed (target >= 1.0x)")
        # CPU time as well: on a shared machine the two runs may not get the same share of a core
        cpu = results["tokenise"]["cpu"] / results["extract"]["cpu"]
        print(f"the same in CPU seconds: {results['tokenise']['cpu']:.1f} / {results['extract']['cpu']:.1f} = {cpu:.2f}x")
    if jobs2 and "rebuild" in results:
        print(f"rebuild, nothing changed / first build: {results['rebuild']['seconds'] / jobs2['seconds']:.0%} (target <= 10%)")
    if jobs2 and "cached" in results:
        print(f"build from the extraction cache / first build: {results['cached']['seconds'] / jobs2['seconds']:.0%}")
    if jobs2 and "add" in results:
        print(f"kg add of one file / first build: {results['add']['seconds'] / jobs2['seconds']:.0%}")


if __name__ == "__main__":
    main()
