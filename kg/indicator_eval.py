"""Evaluating the stated figures against gold annotations (``gold/indicators/README.md``).

Value level: in each file, an extracted figure matches a gold figure with the same value, unit,
kind (target/actual) and year; each gold figure is matched once. Precision and recall per split
(a gold row's ``split`` column, else the file name's prefix: ``dev-``, ``test-``, or ``seed`` for
the seed reports), plus how often a
matched figure also has the gold's standard code and measure. A ``passages.csv`` beside the gold
limits a file's scoring to the character ranges annotated there (the seeds are annotated in their
indicator passages, not in full).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import Document
from kg.evaluate import Score
from kg.reading import InputError

_KEY_FIELDS = ("value", "unit", "kind", "year")


@dataclass(frozen=True)
class GoldFigure:
    file: str
    label: str
    indicator: str
    year: int
    kind: str
    measure: str
    value: float
    unit: str
    qualifier: str
    split: str


@dataclass
class IndicatorEvaluation:
    scores: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    code_agree: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    measure_agree: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return {
            "splits": {split: score.as_dict() for split, score in sorted(self.scores.items())},
            "code_agreement": {s: {"agree": a, "matched": n} for s, (a, n) in sorted(self.code_agree.items())},
            "measure_agreement": {s: {"agree": a, "matched": n} for s, (a, n) in sorted(self.measure_agree.items())},
            "misses": self.misses,
            "false_hits": self.false_hits,
        }


def split_of(file: str, given: str | None = None) -> str:
    """The split a gold file belongs to: its ``split`` column, else the file name's prefix."""
    if given:
        return given
    for prefix in ("dev", "test"):
        if file.startswith(prefix + "-"):
            return prefix
    return "seed"


def read_gold(folder: Path) -> tuple[list[GoldFigure], dict[str, list[tuple[int, int]]]]:
    """The gold figures of every ``*.csv`` in ``folder`` (but ``passages.csv``) and the passages."""
    figures, passages = [], defaultdict(list)
    files = sorted(p for p in Path(folder).glob("*.csv") if p.name != "passages.csv")
    if not files:
        raise InputError(f"{folder}: no gold figure files (*.csv)")
    for path in files:
        with path.open(encoding="utf-8", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                try:
                    figures.append(GoldFigure(row["file"], row["label"], row["indicator"], int(row["year"]), row["kind"],
                                              row["measure"], float(row["value"]), row["unit"], row["qualifier"],
                                              split_of(row["file"], row.get("split"))))
                except (KeyError, ValueError) as error:
                    raise InputError(f"{path}:{line}: bad gold row ({error})") from None
    scope = Path(folder) / "passages.csv"
    if scope.is_file():
        with scope.open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                passages[row["file"]].append((int(row["start"]), int(row["end"])))
    return figures, dict(passages)


def evaluate_indicators(documents: list[Document], folder: Path) -> IndicatorEvaluation:
    gold, passages = read_gold(folder)
    by_file: dict[str, list[GoldFigure]] = defaultdict(list)
    for figure in gold:
        by_file[figure.file].append(figure)
    result = IndicatorEvaluation()
    for document in sorted(documents, key=lambda d: d.source.path.name):
        name = document.source.path.name
        if name not in by_file:
            continue
        split = by_file[name][0].split
        ranges = passages.get(name)
        extracted = [o for o in document.observations if ranges is None or any(a <= o.start < b for a, b in ranges)]
        remaining = list(by_file.pop(name))
        score = result.scores[split]
        for item in extracted:
            f = item.figure
            match = next((g for g in remaining if abs(g.value - f.value) < 1e-9 and g.unit == f.unit
                          and g.kind == f.kind and g.year == item.year), None)
            if match is None:
                score.fp += 1
                result.false_hits.append(f"{name}: {f.label} {f.value:g}{f.unit} {f.kind} {item.year} ({item.text})")
                continue
            remaining.remove(match)
            score.tp += 1
            result.code_agree[split][0] += (match.indicator or None) == f.code
            result.code_agree[split][1] += 1
            result.measure_agree[split][0] += match.measure == f.measure
            result.measure_agree[split][1] += 1
        score.fn += len(remaining)
        result.misses.extend(f"{name}: {g.label} {g.value:g}{g.unit} {g.kind} {g.year}" for g in remaining)
    for name, left in sorted(by_file.items()):  # gold for a file that was not read
        result.scores[left[0].split].fn += len(left)
        result.misses.extend(f"{name} (not read): {g.label} {g.value:g}{g.unit}" for g in left)
    return result


def report_text(result: IndicatorEvaluation) -> str:
    lines = ["split   gold  found  matched  precision  recall  code-agree  measure-agree"]
    for split, score in sorted(result.scores.items()):
        code, measure = result.code_agree[split], result.measure_agree[split]
        lines.append(
            f"{split:<6}  {score.tp + score.fn:>4}  {score.tp + score.fp:>5}  {score.tp:>7}  {score.precision:>9.3f}"
            f"  {score.recall:>6.3f}  {code[0]:>4}/{code[1]:<5}  {measure[0]:>4}/{measure[1]}"
        )
    if result.misses:
        lines.append("misses:")
        lines.extend(f"  {m}" for m in result.misses)
    if result.false_hits:
        lines.append("false hits:")
        lines.extend(f"  {m}" for m in result.false_hits)
    return "\n".join(lines)
