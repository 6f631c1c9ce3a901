"""Evaluating the extractors against a gold standard (``docs/annotation.md``).

Entity level: per report, the set of (type, entity) the extractors find against the gold set; an
extracted entity matches a gold entity of the same type when a label or surface of one is the
label or a variant of the other. Mention level: exact character spans and type, on the reports
that have mention-level gold. Precision, recall and F1 per type, plus the misses and false hits.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import Document
from kg.reading import InputError, refuse_unreadable
from kg.vocab import ENTITY_TYPES

_SPACE = re.compile(r"\s+")


#: Kind words after a programme name that annotators and extractors keep or drop differently
#: (信访问题源头治理三年攻坚 / …三年攻坚行动): names are compared without them too.
_KIND_SUFFIXES = ("专项行动", "行动", "活动", "模式", "工作")


def _norm(text: str) -> str:
    return _SPACE.sub("", text).strip("“”\"'")


def _names(*texts: str) -> set[str]:
    names = set()
    for text in texts:
        name = _norm(text)
        names.add(name)
        for suffix in _KIND_SUFFIXES:
            if name.endswith(suffix) and len(name) > len(suffix) + 1:
                names.add(name[: -len(suffix)])
    return names


@dataclass
class GoldEntity:
    report: str
    type: str
    cls: str
    label: str
    names: frozenset[str]


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Evaluation:
    entity: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    mention: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (report, type, label)
    false_hits: list[tuple[str, str, str]] = field(default_factory=list)
    mention_misses: list[tuple[str, int, int, str, str]] = field(default_factory=list)
    mention_false_hits: list[tuple[str, int, int, str, str]] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "entity": {t: self.entity[t].as_dict() for t in ENTITY_TYPES if t in self.entity},
            "mention": {t: self.mention[t].as_dict() for t in ENTITY_TYPES if t in self.mention},
            "misses": [list(m) for m in sorted(self.misses)],
            "false_hits": [list(m) for m in sorted(self.false_hits)],
            "mention_misses": [list(m) for m in sorted(self.mention_misses)],
            "mention_false_hits": [list(m) for m in sorted(self.mention_false_hits)],
        }


def read_gold_entities(folder: Path) -> list[GoldEntity]:
    entities = []
    for path in sorted(folder.glob("entities*.csv")):
        refuse_unreadable(path)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                try:
                    label = _norm(row["label"])
                    variants = [v for v in (row.get("variants") or "").split("|") if v.strip()]
                    names = frozenset(_names(label, *variants))
                    entities.append(GoldEntity(row["report"].strip(), row["type"].strip(), row["class"].strip(), label, names))
                except KeyError as error:
                    raise InputError(f"{path}:{line}: missing column {error}") from None
    if not entities:
        raise InputError(f"{folder}: no gold entities (entities*.csv)")
    return entities


def read_gold_mentions(folder: Path) -> list[tuple[str, int, int, str, str]]:
    """(document, start, end, type, label) rows of every mentions*.csv."""
    rows = []
    for path in sorted(folder.glob("mentions*.csv")):
        refuse_unreadable(path)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                rows.append((row["document"].strip(), int(row["start"]), int(row["end"]), row["type"].strip(), _norm(row["label"])))
    return rows


def evaluate(documents: list[Document], gold_folder: Path) -> Evaluation:
    gold = read_gold_entities(gold_folder)
    result = Evaluation()
    reports = sorted({g.report for g in gold})
    by_report: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        by_report[document.report_id].append(document)
    for report in reports:
        _entity_level(report, [g for g in gold if g.report == report], by_report.get(report, []), result)
    gold_mentions = read_gold_mentions(gold_folder)
    annotated = {m[0] for m in gold_mentions}
    for document in documents:
        if document.doc_id in annotated:
            _mention_level(document, [m for m in gold_mentions if m[0] == document.doc_id], result)
    return result


def _entity_level(report: str, gold: list[GoldEntity], documents: list[Document], result: Evaluation) -> None:
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    for document in documents:
        for mention in document.mentions:
            if mention.sentence.section == "other":
                continue
            candidate = mention.candidate
            found[(candidate.type, _norm(candidate.label))].update(_names(candidate.label, mention.text))
    matched_gold: set[int] = set()
    for (type_, label), names in sorted(found.items()):
        hit = next(
            (i for i, g in enumerate(gold) if g.type == type_ and i not in matched_gold and (names & g.names)),
            None,
        )
        if hit is None:
            hit = next((i for i, g in enumerate(gold) if g.type == type_ and names & g.names), None)
            if hit is not None:
                continue  # a second extracted node for a gold entity already matched: a split, not a false hit
            result.entity[type_].fp += 1
            result.false_hits.append((report, type_, label))
        else:
            matched_gold.add(hit)
            result.entity[type_].tp += 1
    for i, g in enumerate(gold):
        if i not in matched_gold:
            result.entity[g.type].fn += 1
            result.misses.append((report, g.type, g.label))


def _mention_level(document: Document, gold: list[tuple[str, int, int, str, str]], result: Evaluation) -> None:
    extracted = {(m.start, m.end, m.candidate.type): m for m in document.mentions if m.sentence.section != "other"}
    expected = {(start, end, type_): label for _doc, start, end, type_, label in gold}
    for key in sorted(extracted.keys() | expected.keys()):
        start, end, type_ = key
        if key in extracted and key in expected:
            result.mention[type_].tp += 1
        elif key in extracted:
            result.mention[type_].fp += 1
            result.mention_false_hits.append((document.doc_id, start, end, type_, extracted[key].text))
        else:
            result.mention[type_].fn += 1
            result.mention_misses.append((document.doc_id, start, end, type_, expected[key]))


def report_text(evaluation: Evaluation, show: int = 30) -> str:
    lines = ["entity level"]
    lines += _score_lines(evaluation.entity)
    if evaluation.mention:
        lines += ["", "mention level (exact span and type)"]
        lines += _score_lines(evaluation.mention)
    for title, items in (("misses", evaluation.misses), ("false hits", evaluation.false_hits)):
        lines += ["", f"{title} ({len(items)}):"]
        lines += [f"  {r} {t} {l}" for r, t, l in sorted(items)[:show]]
        if len(items) > show:
            lines.append(f"  … {len(items) - show} more (--format json lists all)")
    return "\n".join(lines)


def _score_lines(scores: dict[str, Score]) -> list[str]:
    lines = [f"  {'type':13s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}"]
    for type_ in ENTITY_TYPES:
        if type_ in scores:
            s = scores[type_]
            lines.append(f"  {type_:13s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    return lines
