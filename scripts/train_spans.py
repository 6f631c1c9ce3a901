"""Train the learned span tagger (kg/extractors/learned.py) on the gold, or cross-validate it against
the rules on the dev split (issue 12, docs/evaluation.md "A learned span tagger (round 13)").

    python scripts/train_spans.py train [--out kg/resources/models/spans.crfsuite]
    python scripts/train_spans.py cv [--folds 5] [--json cv.json]

Training data: the dev split's reports (gold/dev) and the seeds (gold/entities-*.csv), every gold
label and variant projected onto the cleaned text (learned.project_spans). The CV folds are by city
(one city's years stay together); the seeds are always in training. Never reads gold/test.
"""

from __future__ import annotations

import argparse
import csv
import json
import pickle
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import _names, _norm  # noqa: E402
from kg.extractors import learned  # noqa: E402
from kg.extractors.base import Candidate  # noqa: E402
from kg.text import clean  # noqa: E402

SCORED = ("Project", "Place", "Programme", "Organization", "Event")
COMBINED = ("Project", "Place", "Programme")


@dataclass
class Report:
    report: str
    split: str  # dev | seeds
    texts: list[str] = field(default_factory=list)  # cleaned text of each document
    sentences: list[list[tuple[int, int, list]]] = field(default_factory=list)  # per document: (start, end, words)
    candidates: list[list[Candidate]] = field(default_factory=list)  # per document: every rule candidate (after retyping)
    gold: list[tuple[str, str, str, list[str]]] = field(default_factory=list)  # (type, class, label, variants)


def _gold_rows(folder: Path) -> dict[str, list]:
    rows = defaultdict(list)
    for path in sorted(folder.glob("entities*.csv")):
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                variants = [v for v in (row.get("variants") or "").split("|") if v.strip()]
                rows[row["report"].strip()].append((row["type"].strip(), row["class"].strip(), _norm(row["label"]), variants))
    return rows


#: Overrides of the kg_spans component's configuration (pipeline-cv --config).
OVERRIDES: dict = {}


def pipeline(model: str | None = None):
    """The kg pipeline (kg/resources/pipeline.toml) with the learned tagger off, or on with ``model``."""
    from kg.nlp import create_pipeline

    if model is None:
        return create_pipeline({"kg_spans": {"enabled": False}})
    return create_pipeline({"kg_spans": {"enabled": True, "model": str(model), **OVERRIDES}})


def analyse(path: Path, nlp):
    """(report id, cleaned text, report sentences with their words, candidates before the mentions
    are settled, the mentions) of one file, as kg.documents.load_document reads it; the words are
    those the extractors (and the learned tagger) read (learned.sentence_words)."""
    from kg.documents import context_for, detect_city, detect_year, manifest_for, report_id
    from kg.extractors.base import report_sentences
    from kg.lexicon import load_lexicon
    from kg.nlp import DocumentContext, _remember_sentence_words, mention_candidates
    from kg.reading import read_source
    from kg.sections import sectionize

    source = read_source(path)
    meta = manifest_for(path)
    first = clean(source.text)
    city = meta.city or detect_city(first.text)
    year = meta.year or detect_year(first.text)
    context = context_for(city)
    sections = sectionize(first, meta.initial_section)
    lexicon = load_lexicon()
    doc = nlp.make_doc(first.text)  # as kg.nlp.run, keeping the sentences' words before they are forgotten
    doc._.clean, doc._.sections = first, sections
    doc._.context = DocumentContext(city, year, context.division_codes)
    doc._.kg_candidates = []
    _remember_sentence_words(doc)
    try:
        doc = nlp(doc)
        sentences = [(sentence.start, sentence.end, learned.sentence_words(lexicon, text))
                     for sentence, text in report_sentences(doc) if sentence.end > sentence.start]
    finally:
        lexicon.forget_segments()
    return report_id(city, year), first.text, sentences, list(doc._.kg_candidates), mention_candidates(doc)


def prepare(cache: Path) -> list[Report]:
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    reports: dict[str, Report] = {}
    nlp = pipeline()
    for split, gold_folder, texts in (("dev", ROOT / "gold/dev", ROOT / "gold/dev/texts"), ("seeds", ROOT / "gold", ROOT / "seeds")):
        gold = _gold_rows(gold_folder)
        for path in sorted(texts.glob("*.txt")):
            report, text, sentences, candidates, _mentions = analyse(path, nlp)
            if report not in gold:
                continue
            entry = reports.setdefault(report, Report(report, split, gold=gold[report]))
            entry.texts.append(text)
            entry.sentences.append(sentences)
            entry.candidates.append(candidates)
            print(f"analysed {path.name}", file=sys.stderr)
    result = [reports[r] for r in sorted(reports)]
    cache.write_bytes(pickle.dumps(result))
    return result


def gold_names(report: Report) -> list[tuple[str, str]]:
    names = []
    for type_, _cls, label, variants in report.gold:
        for name in (label, *variants):
            for form in {_norm(name), _norm(clean(name).text)}:
                names.append((form, type_))
    return names


def training_sequences(reports: list[Report], stats: dict | None = None):
    for report in reports:
        names = gold_names(report)
        found = set()
        for text, sentences in zip(report.texts, report.sentences):
            spans = learned.project_spans(text, names)
            found |= {text[s:e] for s, e, _t in spans}
            starts = sorted(spans)
            for start, end, words in sentences:
                inside = [(s - start, e - start, t) for s, e, t in starts if s >= start and e <= end]
                yield learned.sentence_features(text[start:end], words), learned.tags_for(end - start, inside)
        if stats is not None:
            for type_, _cls, label, variants in report.gold:
                forms = {_norm(n) for n in (label, *variants)} | {_norm(clean(n).text) for n in (label, *variants)}
                stats[type_][0 if forms & found else 1] += 1


# -- scoring: kg.evaluate's entity level, on candidates ------------------------------------------


def score_report(report: Report, chosen_by_doc: list[list[Candidate]], scores: dict) -> None:
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for text, chosen in zip(report.texts, chosen_by_doc):
        for c in chosen:
            found[(c.type, _norm(c.label))].update(_names(c.label, text[c.start : c.end]))
    gold = [(t, frozenset(_names(label, *variants))) for t, _cls, label, variants in report.gold]
    matched: set[int] = set()
    for (type_, _label), names in sorted(found.items()):
        hit = next((i for i, (t, g) in enumerate(gold) if t == type_ and i not in matched and names & g), None)
        if hit is None:
            if next((i for i, (t, g) in enumerate(gold) if t == type_ and names & g), None) is None:
                scores[type_][1] += 1  # fp
        else:
            matched.add(hit)
            scores[type_][0] += 1  # tp
    for i, (t, _g) in enumerate(gold):
        if i not in matched:
            scores[t][2] += 1  # fn


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


# -- cross-validation ------------------------------------------------------------------------------


def _rank():
    from kg.resources import load_toml

    for component in load_toml("pipeline.toml")["components"]:
        if component["factory"] == "kg_mentions":
            return {t: i for i, t in enumerate(component["config"]["priority"])}
    return {t: i for i, t in enumerate(learned.TYPES)}


def tag_report(tagger: learned.SpanTagger, report: Report) -> list[dict]:
    """Per document: the CRF's best spans with their probability, and each rule candidate's scores."""
    out = []
    for text, sentences, candidates in zip(report.texts, report.sentences, report.candidates):
        spans, cand_scores = [], {}
        for start, end, words in sentences:
            tags = tagger.tag(learned.sentence_features(text[start:end], words))
            n = end - start
            for s, e, t in learned.spans_of(tags):
                spans.append((start + s, start + e, t, tagger.span_probability(s, e, t, n)))
            for i, c in enumerate(candidates):
                if c.start >= start and c.end <= end:
                    cand_scores[i] = (tagger.span_probability(c.start - start, c.end - start, c.type, n),
                                      tagger.type_coverage(c.start - start, c.end - start, c.type))
        out.append({"spans": spans, "scores": cand_scores})
    return out


def combine(report: Report, tagged: list[dict], rank, add: dict[str, float] | None, veto: dict[str, float] | None,
            veto_kind: int = 0, crf_only: bool = False) -> list[list[Candidate]]:
    from kg.nlp import settle_overlaps

    chosen_by_doc = []
    for text, candidates, tags in zip(report.texts, report.candidates, tagged):
        if crf_only:
            chosen_by_doc.append([Candidate(s, e, t, t, text[s:e], "learned.crf") for s, e, t, _p in tags["spans"]])
            continue
        kept = [c for i, c in enumerate(candidates)
                if not (veto and c.type in veto and i in tags["scores"] and tags["scores"][i][veto_kind] < veto[c.type]
                        and not learned._nested(c, candidates))]
        chosen = settle_overlaps(kept, rank)
        if add:
            extra = [Candidate(s, e, t, t, text[s:e], "learned.crf") for s, e, t, p in tags["spans"]
                     if t in add and p >= add[t] and not any(c.start < e and s < c.end for c in chosen)]
            if extra:
                chosen = settle_overlaps(kept + extra, rank)
        chosen_by_doc.append(chosen)
    return chosen_by_doc


def scores_of(reports, tagged_by_report, rank, **kwargs) -> dict[str, list[int]]:
    scores = defaultdict(lambda: [0, 0, 0])
    for report in reports:
        score_report(report, combine(report, tagged_by_report[report.report], rank, **kwargs), scores)
    return scores


ADD_GRID = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)
VETO_GRID = (0.0, 0.02, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5)


def choose(reports, tagged, rank, type_: str, kind: str, veto_kind: int = 0) -> float:
    """The threshold of ``kind`` (add | veto) for ``type_`` with the best F1 of that type on ``reports``
    (ties: the most conservative)."""
    grid = ADD_GRID if kind == "add" else VETO_GRID
    best, best_f1 = (1.01 if kind == "add" else 0.0), -1.0
    ordered = sorted(grid, reverse=(kind == "add"))  # conservative first
    for t in ordered:
        args = {"add": {type_: t}, "veto": None} if kind == "add" else {"add": None, "veto": {type_: t}, "veto_kind": veto_kind}
        f1 = prf(*scores_of(reports, tagged, rank, **args)[type_])[2]
        if f1 > best_f1 + 1e-9:
            best, best_f1 = t, f1
    return best


def cross_validate(reports: list[Report], folds: int, work: Path) -> dict:
    rank = _rank()
    dev = [r for r in reports if r.split == "dev"]
    seeds = [r for r in reports if r.split == "seeds"]
    cities = sorted({r.report.rsplit("-", 1)[0] for r in dev})
    fold_of = {city: i % folds for i, city in enumerate(cities)}
    tagged: dict[str, list[dict]] = {}
    for k in range(folds):
        held = [r for r in dev if fold_of[r.report.rsplit("-", 1)[0]] == k]
        train_on = [r for r in dev if fold_of[r.report.rsplit("-", 1)[0]] != k] + seeds
        model = work / f"fold{k}.crfsuite"
        learned.train(training_sequences(train_on), str(model))
        tagger = learned.SpanTagger(str(model))
        for r in held:
            tagged[r.report] = tag_report(tagger, r)
        print(f"fold {k}: {len(held)} held out, {len(train_on)} trained on, model {model.stat().st_size} bytes", file=sys.stderr)
    (work / "tagged.pkl").write_bytes(pickle.dumps(tagged))
    return evaluate_folds(dev, tagged, fold_of, folds, rank)


def sweep(dev, tagged, rank) -> dict:
    """Over all held-out reports: each type's scores at every add and veto threshold (not a choice: a picture)."""
    rows = {}
    for t in COMBINED:
        rows[t] = {"add": {a: scores_of(dev, tagged, rank, add={t: a}, veto=None)[t] for a in ADD_GRID},
                   "veto-span": {v: scores_of(dev, tagged, rank, add=None, veto={t: v})[t] for v in VETO_GRID},
                   "veto-cover": {v: scores_of(dev, tagged, rank, add=None, veto={t: v}, veto_kind=1)[t] for v in VETO_GRID}}
    return rows


def evaluate_folds(dev, tagged, fold_of, folds, rank) -> dict:
    by_fold = [[r for r in dev if fold_of[r.report.rsplit("-", 1)[0]] == k] for k in range(folds)]
    table = {}
    table["rules"] = scores_of(dev, tagged, rank, add=None, veto=None)
    table["crf"] = scores_of(dev, tagged, rank, add=None, veto=None, crf_only=True)
    chosen_thresholds = defaultdict(list)
    for name, kinds in (("add", ("add",)), ("veto-span", ("veto",)), ("veto-cover", ("veto",)), ("add+veto-span", ("add", "veto"))):
        veto_kind = 1 if name == "veto-cover" else 0
        pooled = defaultdict(lambda: [0, 0, 0])
        for k in range(folds):
            others = [r for j in range(folds) if j != k for r in by_fold[j]]
            add = {t: choose(others, tagged, rank, t, "add") for t in COMBINED} if "add" in kinds else None
            veto = {t: choose(others, tagged, rank, t, "veto", veto_kind) for t in COMBINED} if "veto" in kinds else None
            chosen_thresholds[name].append({"add": add, "veto": veto})
            fold_scores = scores_of(by_fold[k], tagged, rank, add=add, veto=veto, veto_kind=veto_kind)
            for t, s in fold_scores.items():
                pooled[t] = [a + b for a, b in zip(pooled[t], s)]
        table[name] = pooled
    return {"table": {name: {t: list(s) for t, s in scores.items()} for name, scores in table.items()},
            "thresholds": chosen_thresholds, "folds": {c: f for c, f in fold_of.items()}, "sweep": sweep(dev, tagged, rank)}


def pipeline_cv(reports: list[Report], folds: int, models: Path) -> dict:
    """The pipeline itself, with the learned tagger as configured in pipeline.toml and each fold's
    model (``models``/fold<k>.crfsuite, from ``cv``), on that fold's held-out dev reports; and
    without the tagger (the rules)."""
    by_report = {r.report: r for r in reports if r.split == "dev"}
    cities = sorted({r.rsplit("-", 1)[0] for r in by_report})
    fold_of = {city: i % folds for i, city in enumerate(cities)}
    rules_nlp = pipeline()
    mentions = {"rules": defaultdict(list), "rules+crf": defaultdict(list)}
    paths = sorted((ROOT / "gold/dev/texts").glob("*.txt"))
    for k in range(folds):
        nlp = pipeline(models / f"fold{k}.crfsuite")
        for path in paths:
            report, _text, _s, _c, chosen = analyse(path, rules_nlp)
            if report not in by_report or fold_of[report.rsplit("-", 1)[0]] != k:
                continue
            mentions["rules"][report].append(chosen)
            mentions["rules+crf"][report].append(analyse(path, nlp)[4])
    table = {}
    for name, found in mentions.items():
        scores = defaultdict(lambda: [0, 0, 0])
        for report, chosen_by_doc in found.items():
            score_report(by_report[report], chosen_by_doc, scores)
        table[name] = {t: list(s) for t, s in scores.items()}
    return {"table": table}


def render(result: dict) -> str:
    lines = [f"{'setting':16s} " + " ".join(f"{t:>22s}" for t in SCORED),
             f"{'':16s} " + " ".join(f"{'P     R     F1':>22s}" for _ in SCORED)]
    for name, scores in result["table"].items():
        cells = []
        for t in SCORED:
            p, r, f = prf(*scores.get(t, [0, 0, 0]))
            cells.append(f"{p:.3f} {r:.3f} {f:.3f}".rjust(22))
        lines.append(f"{name:16s} " + " ".join(cells))
    for t, kinds in result.get("sweep", {}).items():
        for kind, points in kinds.items():
            lines.append(f"{t} {kind}: " + "  ".join(f"{k}:{prf(*s)[2]:.3f}({s[0]}/{s[1]}/{s[2]})" for k, s in points.items()))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("command", choices=["train", "cv", "pipeline-cv", "stats"])
    parser.add_argument("--out", type=Path, default=ROOT / "kg/resources/models/spans.crfsuite")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--json", type=Path)
    parser.add_argument("--data", type=Path, help="cache of the analysed reports (a pickle; made when missing)")
    parser.add_argument("--types", default="Project,Place,Programme", help="cv: the types whose additions and vetoes are tried (comma-separated)")
    parser.add_argument("--config", type=json.loads, default={}, help='pipeline-cv: JSON overrides of the kg_spans configuration, e.g. {"triggers": []}')
    parser.add_argument("--models", type=Path, help="pipeline-cv: the folder of a cv run's fold models")
    parser.add_argument("--tagged", type=Path, help="cv: score the held-out taggings of an earlier run (its tagged.pkl) instead of training")
    args = parser.parse_args()
    globals()["COMBINED"] = tuple(args.types.split(","))
    work = Path(tempfile.mkdtemp(prefix="kg-spans-"))
    reports = prepare(args.data or work / "data.pkl")
    if args.command == "stats":
        stats = defaultdict(lambda: [0, 0])
        sequences = list(training_sequences(reports, stats))
        print(f"sequences {len(sequences)}, characters {sum(len(f) for f, _ in sequences)}")
        for t, (found, missing) in sorted(stats.items()):
            print(f"{t:13s} gold rows {found + missing:5d}, no span found {missing:4d}")
    elif args.command == "train":
        args.out.parent.mkdir(parents=True, exist_ok=True)
        learned.train(training_sequences(reports), str(args.out))
        print(f"{args.out}: {args.out.stat().st_size} bytes")
    elif args.command == "pipeline-cv":
        OVERRIDES.update(args.config)
        result = pipeline_cv(reports, args.folds, args.models)
        print(render(result))
        if args.json:
            args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1))
    else:
        if args.tagged:
            dev = [r for r in reports if r.split == "dev"]
            cities = sorted({r.report.rsplit("-", 1)[0] for r in dev})
            fold_of = {city: i % args.folds for i, city in enumerate(cities)}
            result = evaluate_folds(dev, pickle.loads(args.tagged.read_bytes()), fold_of, args.folds, _rank())
        else:
            result = cross_validate(reports, args.folds, work)
        print(f"work folder {work}", file=sys.stderr)
        print(render(result))
        if args.json:
            args.json.write_text(json.dumps(result, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
