"""Evaluating the extractors against a gold standard (``docs/annotation.md``).

Entity level: per report, the set of (type, entity) the extractors find against the gold set; an
extracted entity matches a gold entity of the same type when a label or surface of one is the
label or a variant of the other. Mention level: exact character spans and type, on the reports
that have mention-level gold. Precision, recall and F1 per type, plus the misses and false hits.

Cross-year merges: within one city, gold rows of different reports with the same type and label
name one thing. Over every pair of found gold entities of different reports of one city, the
extractors' resolution (``kg.resolve.resolution_key``) either gives them one node or two; pairwise
precision and recall of "one node" against the gold say whether merges can be trusted.

Per rule (the ``kg:extractedBy`` value of a mention): how many mentions it made, and how many of
the entities it helped find are true (a gold entity) or false hits, so that a rule which fires
once and nowhere else, or mostly wrongly, shows up.
"""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import Document, check_report_ids
from kg.reading import InputError, refuse_unreadable
from kg.resolve import Aliases, resolution_key
from kg.text import clean
from kg.vocab import ENTITY_TYPES

#: The gold splits of other cities' reports (``gold/README.md``): each holds its report texts.
SPLITS = ("dev", "test")
SPLIT_TEXTS = "texts"

_SPACE = re.compile(r"\s+")


#: Kind words after a programme name that annotators and extractors keep or drop differently
#: (信访问题源头治理三年攻坚 / …三年攻坚行动): names are compared without them too.
_KIND_SUFFIXES = ("专项行动", "行动", "活动", "模式", "工作")


def _norm(text: str) -> str:
    return _SPACE.sub("", text).strip("“”\"'")


def _names(*texts: str) -> set[str]:
    """The names a label or surface answers to: as written, and as the pipeline reads it (simplified
    characters, without the pinyin a site prints after them: 傳染病醫(yī)院 is 传染病医院), each also
    without a trailing kind word."""
    names = set()
    for text in texts:
        for name in {_norm(text), _norm(clean(text).text)}:
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
class RuleHits:
    mentions: int = 0
    true: int = 0  # entities it found (alone or with other rules) that are gold entities
    false: int = 0  # entities it found that are false hits

    def as_dict(self) -> dict:
        return {"mentions": self.mentions, "true": self.true, "false": self.false}


@dataclass
class Evaluation:
    entity: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    mention: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))
    misses: list[tuple[str, str, str]] = field(default_factory=list)  # (report, type, label)
    false_hits: list[tuple[str, str, str]] = field(default_factory=list)
    mention_misses: list[tuple[str, int, int, str, str]] = field(default_factory=list)
    mention_false_hits: list[tuple[str, int, int, str, str]] = field(default_factory=list)
    merge: dict[str, Score] = field(default_factory=lambda: defaultdict(Score))  # by type, and "all"
    split_pairs: list[tuple[str, str, str, str, str]] = field(default_factory=list)  # (type, report, label, report, label)
    false_merges: list[tuple[str, str, str, str, str]] = field(default_factory=list)
    rules: dict[str, RuleHits] = field(default_factory=lambda: defaultdict(RuleHits))

    def as_dict(self, rules: bool = False) -> dict:
        hits = {"rules": {rule: self.rules[rule].as_dict() for rule in sorted(self.rules)}} if rules else {}
        return {
            **hits,
            "entity": {t: self.entity[t].as_dict() for t in ENTITY_TYPES if t in self.entity},
            "mention": {t: self.mention[t].as_dict() for t in ENTITY_TYPES if t in self.mention},
            "merge": {t: self.merge[t].as_dict() for t in (*ENTITY_TYPES, "all") if t in self.merge},
            "split_pairs": [list(m) for m in sorted(self.split_pairs)],
            "false_merges": [list(m) for m in sorted(self.false_merges)],
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


def read_gold_clusters(folder: Path) -> dict[tuple[str, str], str]:
    """``(type, label) → label`` from every clusters*.csv: gold labels of different reports that
    name the same thing (``same_as`` is the label the thing is known by)."""
    same: dict[tuple[str, str], str] = {}
    for path in sorted(folder.glob("clusters*.csv")):
        refuse_unreadable(path)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for line, row in enumerate(csv.DictReader(handle), start=2):
                try:
                    same[(row["type"].strip(), _norm(row["label"]))] = _norm(row["same_as"])
                except KeyError as error:
                    raise InputError(f"{path}:{line}: missing column {error}") from None
    return same


def read_gold_mentions(folder: Path) -> list[tuple[str, int, int, str, str]]:
    """(document, start, end, type, label) rows of every mentions*.csv."""
    rows = []
    for path in sorted(folder.glob("mentions*.csv")):
        refuse_unreadable(path)
        with path.open(encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                rows.append((row["document"].strip(), int(row["start"]), int(row["end"]), row["type"].strip(), _norm(row["label"])))
    return rows


def split_folders(gold_root: Path, split: str) -> tuple[Path, Path]:
    """(gold folder, report texts folder) of a split of ``gold_root``."""
    folder = gold_root / split
    texts = folder / SPLIT_TEXTS
    if not texts.is_dir():
        raise InputError(f"{folder}: no split {split!r} here (expected {texts})")
    return folder, texts


def evaluate(documents: list[Document], gold_folder: Path, aliases: Aliases | None = None) -> Evaluation:
    check_report_ids(documents)
    gold = read_gold_entities(gold_folder)
    result = Evaluation()
    reports = sorted({g.report for g in gold})
    by_report: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        by_report[document.report_id].append(document)
    nodes: dict[tuple[str, str], set[str]] = {}  # (report, gold label + type) → keys of the nodes found for it
    for report in reports:
        _entity_level(report, [g for g in gold if g.report == report], by_report.get(report, []), result, nodes, aliases)
    _merge_level(gold, nodes, read_gold_clusters(gold_folder), result)
    gold_mentions = read_gold_mentions(gold_folder)
    annotated = {m[0] for m in gold_mentions}
    for document in documents:
        if document.doc_id in annotated:
            _mention_level(document, [m for m in gold_mentions if m[0] == document.doc_id], result)
    return result


def _entity_level(report: str, gold: list[GoldEntity], documents: list[Document], result: Evaluation,
                  nodes: dict[tuple[str, str], set[str]], aliases: Aliases | None) -> None:
    found: dict[tuple[str, str], set[str]] = defaultdict(set)
    keys: dict[tuple[str, str], set[str]] = defaultdict(set)
    rules: dict[tuple[str, str], set[str]] = defaultdict(set)
    for document in documents:
        for mention in document.mentions:
            if mention.sentence.section == "other":
                continue
            candidate = mention.candidate
            found[(candidate.type, _norm(candidate.label))].update(_names(candidate.label, mention.text))
            keys[(candidate.type, _norm(candidate.label))].add(resolution_key(mention, document.city, aliases).key)
            rules[(candidate.type, _norm(candidate.label))].add(candidate.rule)
            result.rules[candidate.rule].mentions += 1
    matches, missed = match_entities(found, gold)
    for (type_, label), hit, split in matches:
        if hit is None:
            _tally(result, rules[(type_, label)], true=False)
            result.entity[type_].fp += 1
            result.false_hits.append((report, type_, label))
        elif split:
            # a second extracted node for a gold entity already matched: a split, not a false hit
            nodes[(report, _gold_id(gold[hit]))] |= keys[(type_, label)]
            _tally(result, rules[(type_, label)], true=True)
        else:
            _tally(result, rules[(type_, label)], true=True)
            result.entity[type_].tp += 1
            nodes.setdefault((report, _gold_id(gold[hit])), set()).update(keys[(type_, label)])
    for i in missed:
        result.entity[gold[i].type].fn += 1
        result.misses.append((report, gold[i].type, gold[i].label))


def match_entities(found: dict[tuple[str, str], set[str]], gold: list[GoldEntity]
                   ) -> tuple[list[tuple[tuple[str, str], int | None, bool]], list[int]]:
    """Entity-level matching of one report: each found (type, label) with the names it answers to is matched to
    the first gold row of its type, not yet matched, that shares a name (a true hit); failing that, to one already
    matched (a split: neither true nor false); else it is a false hit (index None). Returns the matches in
    label order and the indices of the gold rows nothing matched (misses). ``kg eval`` and
    ``scripts/agreement.py`` count with it."""
    matched_gold: set[int] = set()
    matches = []
    for key, names in sorted(found.items()):
        type_ = key[0]
        hit = next((i for i, g in enumerate(gold) if g.type == type_ and i not in matched_gold and names & g.names), None)
        if hit is not None:
            matched_gold.add(hit)
            matches.append((key, hit, False))
            continue
        hit = next((i for i, g in enumerate(gold) if g.type == type_ and names & g.names), None)
        matches.append((key, hit, hit is not None))
    return matches, [i for i in range(len(gold)) if i not in matched_gold]


def _tally(result: Evaluation, rules: set[str], true: bool) -> None:
    for rule in rules:
        if true:
            result.rules[rule].true += 1
        else:
            result.rules[rule].false += 1


def _gold_id(entity: GoldEntity) -> str:
    return f"{entity.type}:{entity.label}"


def _city_of(report: str) -> str:
    return report.rsplit("-", 1)[0]


def _merge_level(gold: list[GoldEntity], nodes: dict[tuple[str, str], set[str]],
                 same_as: dict[tuple[str, str], str], result: Evaluation) -> None:
    """Pairwise merge precision and recall over the found gold entities of different reports of
    one city: the gold says one thing when type and label agree (after ``same_as``, the cluster
    gold), the extractors when the two share a node."""
    found = sorted({(g.report, _gold_id(g), g.type, g.label) for g in gold if (g.report, _gold_id(g)) in nodes})
    for i, (report_a, id_a, type_a, label_a) in enumerate(found):
        for report_b, id_b, type_b, label_b in found[i + 1 :]:
            if report_a == report_b or type_a != type_b or _city_of(report_a) != _city_of(report_b):
                continue
            same_in_gold = same_as.get((type_a, label_a), label_a) == same_as.get((type_b, label_b), label_b)
            same_in_graph = bool(nodes[(report_a, id_a)] & nodes[(report_b, id_b)])
            pair = (type_a, report_a, label_a, report_b, label_b)
            for score in (result.merge[type_a], result.merge["all"]):
                if same_in_gold and same_in_graph:
                    score.tp += 1
                elif same_in_graph:
                    score.fp += 1
                elif same_in_gold:
                    score.fn += 1
            if same_in_graph and not same_in_gold:
                result.false_merges.append(pair)
            elif same_in_gold and not same_in_graph:
                result.split_pairs.append(pair)


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
    if evaluation.merge:
        lines += ["", "cross-year merges (pairs of found entities of one city in different reports: one node or two)"]
        lines += _score_lines(evaluation.merge, (*ENTITY_TYPES, "all"))
    sections = [("misses", evaluation.misses), ("false hits", evaluation.false_hits)]
    lines += _item_lines(sections, show, lambda item: " ".join(item))
    merges = [("split across years", evaluation.split_pairs), ("false merges", evaluation.false_merges)]
    lines += _item_lines(merges, show, lambda p: f"{p[0]} {p[1]} {p[2]} / {p[3]} {p[4]}")
    return "\n".join(lines)


def rules_text(evaluation: Evaluation) -> str:
    """Per rule: mentions made, and true and false entities found, most false hits first."""
    lines = ["", "rules (kg:extractedBy): mentions, entities found that are gold (true) or not (false)",
             f"  {'rule':48s} {'mentions':>8s} {'true':>5s} {'false':>5s} {'P':>6s}"]
    order = sorted(evaluation.rules.items(), key=lambda item: (-item[1].false, -item[1].mentions, item[0]))
    for rule, hits in order:
        judged = hits.true + hits.false
        precision = f"{hits.true / judged:6.3f}" if judged else f"{'-':>6s}"
        lines.append(f"  {rule:48s} {hits.mentions:8d} {hits.true:5d} {hits.false:5d} {precision}")
    return "\n".join(lines)


def _item_lines(sections, show: int, render) -> list[str]:
    lines = []
    for title, items in sections:
        lines += ["", f"{title} ({len(items)}):"]
        lines += [f"  {render(item)}" for item in sorted(items)[:show]]
        if len(items) > show:
            lines.append(f"  … {len(items) - show} more (--format json lists all)")
    return lines


def _score_lines(scores: dict[str, Score], order=ENTITY_TYPES) -> list[str]:
    lines = [f"  {'type':13s} {'P':>6s} {'R':>6s} {'F1':>6s} {'tp':>5s} {'fp':>5s} {'fn':>5s}"]
    for type_ in order:
        if type_ in scores:
            s = scores[type_]
            lines.append(f"  {type_:13s} {s.precision:6.3f} {s.recall:6.3f} {s.f1:6.3f} {s.tp:5d} {s.fp:5d} {s.fn:5d}")
    return lines
