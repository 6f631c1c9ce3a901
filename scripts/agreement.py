#!/usr/bin/env python3
"""Agreement of two annotations of the same reports: ``scripts/agreement.py GOLD_A GOLD_B [--types ...] [--list]``.

GOLD_A and GOLD_B are folders of ``entities-*.csv`` (``report,type,class,label,variants``). Only reports that have
rows in both are compared. B's rows are matched against A's per report and type exactly as ``kg eval`` matches an
extractor's entities against the gold (``kg.evaluate.read_gold_entities``, whose names are ``_names`` of the label
and its variants, and ``kg.evaluate.match_entities``): a B row is a hit when one of its names is a name of an A row
of the same type not yet matched; a second B row for an A row already matched is a split (neither hit nor false).
Printed per type: P / R / F1 of B against A (A is the reference), tp / fp / fn and the splits. F1 is the pairwise
agreement (symmetric up to splits); no kappa, since entity spans have no fixed set of negatives. The class column
is not scored (as in ``kg eval``). ``--list`` prints every disagreement (only-A, only-B rows).
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.evaluate import Score, match_entities, read_gold_entities  # noqa: E402
from kg.vocab import ENTITY_TYPES  # noqa: E402


def agreement(folder_a: Path, folder_b: Path, types=ENTITY_TYPES, reports: set[str] | None = None):
    """Scores per type, the splits per type and the disagreements: (report, type, label, 'A' or 'B')."""
    gold_a, gold_b = read_gold_entities(folder_a), read_gold_entities(folder_b)
    common = _reports(folder_a, gold_a) & _reports(folder_b, gold_b)
    if reports is not None:
        common &= reports
    scores: dict[str, Score] = defaultdict(Score)
    splits: dict[str, int] = defaultdict(int)
    only: list[tuple[str, str, str, str]] = []
    for report in sorted(common):
        a = [g for g in gold_a if g.report == report and g.type in types]
        found: dict[tuple[str, str], set[str]] = defaultdict(set)
        for g in gold_b:
            if g.report == report and g.type in types:
                found[(g.type, g.label)] |= g.names
        matches, missed = match_entities(found, a)
        for (type_, label), hit, split in matches:
            if hit is None:
                scores[type_].fp += 1
                only.append((report, type_, label, "B"))
            elif split:
                splits[type_] += 1
            else:
                scores[type_].tp += 1
        for i in missed:
            scores[a[i].type].fn += 1
            only.append((report, a[i].type, a[i].label, "A"))
    for type_ in types:
        scores[type_]  # every asked type gets a row
    return sorted(common), scores, splits, only


def _reports(folder: Path, gold) -> set[str]:
    """The reports a folder annotates: those with rows, and those with a file ``entities-<report>.csv`` of no
    rows (an excerpt where the annotator found nothing is annotated, not absent)."""
    files = {p.stem[len("entities-"):] for p in folder.glob("entities-*.csv")}
    return {g.report for g in gold} | files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold_a", type=Path, help="the reference annotation (folder of entities-*.csv)")
    parser.add_argument("gold_b", type=Path, help="the second annotation")
    parser.add_argument("--types", nargs="*", default=list(ENTITY_TYPES))
    parser.add_argument("--list", action="store_true", help="print every row only one annotator has")
    args = parser.parse_args(argv)
    reports, scores, splits, only = agreement(args.gold_a, args.gold_b, tuple(args.types))
    print(f"{len(reports)} reports in both; B against A")
    print(f"  {'type':13s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s} {'split':>5s} {'A':>5s} {'B':>5s}")
    total = Score()
    for type_ in args.types:
        s = scores[type_]
        total.tp, total.fp, total.fn = total.tp + s.tp, total.fp + s.fp, total.fn + s.fn
        print(f"  {type_:13s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d} "
              f"{splits[type_]:5d} {s.tp + s.fn:5d} {s.tp + s.fp + splits[type_]:5d}")
    s = total
    print(f"  {'all':13s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d} "
          f"{sum(splits.values()):5d}")
    if args.list:
        for report, type_, label, side in only:
            print(f"{side} only\t{report}\t{type_}\t{label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
