"""Stated figures: indicator observations (``patterns/indicators.toml``).

A figure is a number with a unit (8%, 550亿元, 4830万人次). It is read with the clause before it:
the noun phrase that opens the clause is the indicator (地区生产总值), the verb between them says
whether the figure is a growth rate (增长, 下降: a fall is a negative value) or a level (达, 实现), and
words around the number qualify it (以上, 左右, 力争). A clause that opens with its verb (…1360亿元，
增长9.4%) speaks of the indicator before it. A 分别 coordination gives each value its own indicator:
the list before it (游客接待量、旅游总收入分别增长9.5%、10%), a word that stands for several
(城乡居民 → 城镇居民, 农村居民), or the figures just before (…17840元，…8150元，分别增长11.5%和10.8%).

Whether a figure is a target or an actual value comes from the section (a plan states targets) and
from target words before it in its sentence (力争, 预期目标); the year it is about is written
(2020年GDP达到…) or follows from the section (see :func:`figure_year`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

import ahocorasick_rs

from kg.extractors.base import report_sentences
from kg.extractors.numerals import Numerals
from kg.triggers import trigger_rules
from kg.resources import load_toml

_CLAUSE_BREAK = "，。；：,;:！？!?\n—…"
# 3,456.7: thousands separated by commas (the cleaner keeps a comma between digits); else plain digits.
_NUMBER = r"(?:(?<![\d.．,])\d{1,3}(?:,\d{3})+(?!\d)|(?<![\d.．])\d+)(?:[.．]\d+)?"
_EXPLICIT_YEAR = re.compile(r"(20\d{2}|19\d{2})\s*年(?:底|末|全年)?(?:的)?$")
_YEAR_IN_CLAUSE = re.compile(r"(?:^|到|至|在|于)(20\d{2})\s*年")
_PERIOD = re.compile(r"(?:19|20)\d{2}\s*年?\s*(?:至|到|—|-)\s*((?:19|20)\d{2})\s*年")


@dataclass(frozen=True, slots=True)
class Figure:
    """One stated figure, in cleaned-text offsets of its piece. ``year`` is resolved by
    :func:`figure_year` from ``year_ref`` and the report's years."""

    start: int
    end: int
    label: str
    code: str | None
    kind: str  # target | actual
    measure: str  # growth | average_growth | level | share
    value: float
    unit: str
    normalised: float
    base_unit: str
    qualifier: str | None
    year_ref: str  # "explicit:2020" | "review" | "plan" | "plan-end" | "plan-end:2025" | "last-year" | "this-year"
    rule: str
    # a target only because it stands in a plan section (no 力争 or 目标 before it): see :func:`figure_kind`
    section_target: bool = False


class Indicators:
    """The standard indicators: codes, labels and variants."""

    def __init__(self, config: dict):
        self.labels = {item["code"]: item["label"] for item in config["indicator"]}
        variants = [(variant, item["code"]) for item in config["indicator"] for variant in item["variants"]]
        self.variants = sorted(variants, key=lambda pair: (-len(pair[0]), pair[0]))
        self._upper_variants = [(variant.upper(), code) for variant, code in self.variants]
        # The variants in one automaton, each as its first place in that order (see code)
        first: dict[str, int] = {}
        for i, (variant, _code) in enumerate(self._upper_variants):
            first.setdefault(variant, i)
        self._variant_order = list(first.values())
        self._variant_automaton = ahocorasick_rs.AhoCorasick(list(first)) if first and "" not in first else None
        # The variants by their last character, in the same order: only those can end a label.
        self.variants_ending: dict[str, list[str]] = {}
        for variant, _code in self.variants:
            self.variants_ending.setdefault(variant[-1:], []).append(variant)
        self.modifiers = tuple(config["qualified"]["modifiers"])
        self.share_of, self.share_words = config["qualified"]["share_of"], tuple(config["qualified"]["share_words"])

    def code(self, label: str) -> str | None:
        """The standard code of a label that contains a variant, unless a modifier stands right
        before the variant (工业固定资产投资 is not 固定资产投资) or the label is a share of it
        (民营经济占地区生产总值比重)."""
        upper = label.upper()
        if self._variant_automaton is not None:
            # only the variants the label holds, found in one pass, tried in the same order
            present = sorted({self._variant_order[i] for i, _start, _end in
                              self._variant_automaton.find_matches_as_indexes(upper, overlapping=True)})
            variants = [self._upper_variants[i] for i in present]
        else:
            variants = self._upper_variants
        for variant, code in variants:
            position = upper.find(variant)
            if position >= 0:
                before = upper[:position]
                if before.endswith(self.modifiers):
                    return None
                if self.share_of in before and upper.rstrip("的").endswith(self.share_words):
                    return None
                return code
        return None


@functools.cache
def load_indicators() -> Indicators:
    return Indicators(load_toml("patterns", "indicators.toml"))


class IndicatorExtractor:
    def __init__(self):
        config = load_toml("patterns", "indicators.toml")
        self.indicators = Indicators(config)
        self.expansions = config["expansions"]
        self.units = {unit: (base, float(factor)) for unit, (base, factor) in config["units"].items()}
        self.count_units = frozenset(config["count_units"]["units"])
        self.range_joiners = tuple(config["range"]["joiners"])
        self.numerals = Numerals(list(self.units))
        unit_pattern = "|".join(re.escape(u) for u in sorted(self.units, key=lambda u: (-len(u), u)))
        shared = config["shared_unit"]
        joiner_pattern = "|".join(re.escape(j) for j in shared["joiners"])
        partial_pattern = "|".join(re.escape(p) for p in sorted(shared["partials"], key=len, reverse=True))
        before = config["qualifiers"]["before"]
        self.after = sorted(config["qualifiers"]["after"], key=len, reverse=True)
        before_pattern = "|".join(re.escape(q) for q in sorted(before, key=len, reverse=True))
        after_pattern = "|".join(re.escape(q) for q in self.after)
        inside_pattern = "|".join(re.escape(q) for q in config["qualifiers"]["inside"])
        # The rest of a 、-joined run of numbers after a figure (6000万、7000万、8000万大关).
        self.run = re.compile(rf"(?:\s*(?:{joiner_pattern})\s*{_NUMBER}(?:{inside_pattern})?\s*(?:{unit_pattern})?)*")
        self.figure = re.compile(
            rf"(?:(?P<before>{before_pattern})\s*)?(?P<number>{_NUMBER})(?P<inside>{inside_pattern})?\s*"
            rf"(?:(?P<partial>{partial_pattern})?(?=(?:{joiner_pattern})\s*{_NUMBER}(?:{inside_pattern})?\s*(?P<shared>{unit_pattern}))"
            rf"|(?P<unit>{unit_pattern}))"
            rf"(?:\s*(?P<after>{after_pattern}))?"
        )
        verbs = config["verbs"]
        self.growth = sorted(verbs["growth"], key=len, reverse=True)
        self.negative = tuple(verbs["negative"])
        self.average = tuple(verbs["average"])
        self.level = sorted(verbs["level"], key=len, reverse=True)
        self.milestone_verbs = tuple(config["figure"]["milestone_verbs"])
        self.noun_suffixes = tuple(verbs["noun_suffixes"])
        verbs = {*self.growth, *self.level, *self.milestone_verbs}
        self.verb = re.compile("|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True)))
        self.gloss = re.compile(config["text"]["gloss"])
        self.target_words = tuple(config["kind"]["target"])
        self.target_in_clause = tuple(config["kind"]["target_in_clause"])
        self.five_year = tuple(config["kind"]["five_year"])
        self.five_year_plans = config["kind"]["five_year_plans"]
        self.year_opener = re.compile(config["year"]["opener"])
        self.base_markers = tuple(config["year"]["base_markers"])
        self.multiple_units = frozenset(config["year"]["multiple_units"])
        self.other_place_gap = re.compile(config["figure"]["other_place_gap"])
        label = config["label"]
        self.strip_leading = sorted(label["strip_leading"], key=len, reverse=True)
        self.min_chars, self.max_chars = label["min_chars"], label["max_chars"]
        self.not_indicators = re.compile("|".join(label["not_indicators"]))
        self.never_indicators = re.compile("|".join(label["never_indicators"]))
        self.counted_rate = tuple(label["counted_rate"])
        self.followers = tuple(config["figure"]["followers"])
        self.cuts = tuple(config["label"]["cuts"])
        self.basis = re.compile(config["label"]["basis"])
        self.comparison = tuple(config["label"]["comparison"])
        self.milestones = tuple(config["figure"]["milestones"])
        self.passed = tuple(config["figure"]["passed"])
        self.to_verbs = tuple(config["figure"]["to_verbs"])
        table = config["table"]
        column = rf"(?:(?:19|20)\d{{2}}\s*年)?(?:{'|'.join(map(re.escape, table['target_columns']))}|{'|'.join(map(re.escape, table['result_columns']))})"
        self.table_header = re.compile(rf"^.*({column})\s*({column})", re.S)  # the last pair of columns
        self.target_columns = tuple(table["target_columns"])
        self.result_marker = re.compile(table["result_marker"])
        self.cell_start = re.compile(table["cell_start"])
        self.prose = re.compile(table["prose"])
        # the rules tried on whole sentences: only on a sentence that holds a character one of
        # their matches needs (kg/triggers.py)
        trigger_rules(self, "figure", "table_header")

    # -- the pipeline component ---------------------------------------------------------------

    def __call__(self, doc) -> list[Figure]:
        found = []
        paragraph, carried = None, None  # the year a sentence opened with (2020年，…), for the rest of its paragraph
        previous, previous_label = "", ""  # the line before, and the indicator its last figure is of
        table = None  # the columns of a table printed one cell per line, while reading its rows
        for sentence, text in self._sentences(doc):
            if sentence.section == "glossary":
                continue
            if table is not None and self.prose.search(text):
                table = None
            if table is not None:
                figures = self._table_row(table, text, sentence.section)
                found.extend(replace(f, start=f.start + sentence.start, end=f.end + sentence.start) for f in figures)
                previous = text
                continue
            table, rest = self._table_columns(previous, text)
            if table is not None:  # a first row run into the header: 目标全年实绩地区生产总值7%左右
                figures = [replace(f, start=f.start + rest, end=f.end + rest) for f in self._table_row(table, text[rest:], sentence.section)]
                found.extend(replace(f, start=f.start + sentence.start, end=f.end + sentence.start) for f in figures)
                previous = text
                continue
            if sentence.paragraph != paragraph:
                paragraph, carried = sentence.paragraph, None
            opener = self.year_opener.match(text)
            carried = opener.group(1) if opener else carried
            if not opener and any(word in text for word in self.five_year):
                carried = None  # 五年来，…: the sentence speaks of a period, not of the year above
            figures = self._with_label_line(previous, text, sentence.section, previous_label)
            previous, previous_label = text, (figures[-1].label if figures else "")
            if carried and not opener:
                figures = [self._carry_year(f, carried) for f in figures]
            found.extend(replace(f, start=f.start + sentence.start, end=f.end + sentence.start) for f in figures)
        return found

    def _sentences(self, doc) -> list:
        """The report's sentences; a document that is only a news item (记者从…获悉, no report
        section at all) quotes the place's own figures, and is read as a review of them."""
        sentences = list(report_sentences(doc))
        if sentences:
            return sentences
        text = doc._.clean.text
        return [(replace(s, section="review"), text[s.start : s.end])
                for s in doc._.sections.sentences if s.section == "other" and not s.duplicate]

    def _with_label_line(self, previous: str, text: str, section: str, previous_label: str = "") -> list[Figure]:
        """The figures of a sentence; one that opens with its verb (增长5.3%左右) under a line that
        is only a label (全年GDP, a news graphic's label above its figure) is read with that label,
        and one after a sentence cut at its semicolon (…生产总值601.7亿元，…第3位；年均增长10.3%) with the
        indicator of that sentence's last figure."""
        previous = previous.strip()
        label = "" if previous[-1:] in "。！？；;" else re.split(rf"[{_CLAUSE_BREAK}。]", previous)[-1]
        if previous[-1:] in "；;" and previous_label:
            label = previous_label
        if re.search(r"\d", label):  # 完成地方一般公共预算收入33.2亿元 / 增长10.5%: the level's indicator
            label = re.split(r"\d", label, maxsplit=1)[0]
            label = label if self.indicators.code(label) else ""
        label = self._standard_tail(label)  # 推动经济发展回升向好全年GDP: a line run into the one before
        if self.verb.match(text) and self.min_chars <= len(label) <= self.max_chars:
            joined = self.sentence_figures(label + text, section)
            return [replace(f, start=f.start - len(label), end=f.end - len(label)) for f in joined if f.start >= len(label)]
        return self.sentence_figures(text, section)

    # -- a table printed one cell per line --------------------------------------------------------

    def _table_columns(self, previous: str, text: str) -> tuple[dict | None, int]:
        """The columns of a table whose header ends with a target and a result column (指标名称 / 目标 /
        全年实绩, one cell per line, the lines run together): each column's kind and year (its own,
        2019年目标, else the year of the table's title, 表1:2018年…目标完成情况)."""
        joined = previous.strip() + text
        header = self.table_header.match(joined)
        if not header or header.end() <= len(joined) - len(text) or self.prose.search(text):
            return None, 0
        title_year = re.search(r"((?:19|20)\d{2})\s*年", joined[: header.start(1)])
        columns = []
        for name in header.groups():
            year = re.match(r"((?:19|20)\d{2})", name)
            kind = "target" if name.endswith(self.target_columns) else "actual"
            year = year.group(1) if year else (title_year.group(1) if title_year else None)
            columns.append((kind, f"explicit:{year}" if year else ("plan" if kind == "target" else "review")))
        if columns[0][0] == columns[1][0]:
            return None, 0
        return {"columns": columns, "label": "", "next": 0}, header.end() - (len(joined) - len(text))

    def _table_row(self, table: dict, text: str, section: str) -> list[Figure]:
        """The figures of one line (or of lines run together) of a table: a row opens with its label
        (规上工业增加值7%以上) and its cells follow in column order (预计7.3%左右 on the next line, or
        9%16.2% run together); a cell marked as a result (预计占比12.4‰) is the result column's."""
        cells, start = [], 0
        for match in self.figure.finditer(text):
            if match.start() < start:
                continue
            if self.cell_start.match(text[match.end() :]):  # 9%16.2%: the next cell runs on
                cells.append((start, match.end()))
                start = match.end()
        cells.append((start, len(text)))
        out = []
        for a, b in cells:
            cell = text[a:b]
            opening = self.cell_start.match(cell)
            if opening and table["label"]:  # a cell without a label: the row's next column
                sign = -1 if opening.group("sign") else 1
                shift = opening.end("sign") if opening.group("sign") else opening.start("digits")
                read = self.sentence_figures(table["label"] + cell[shift:], section)
                signed = shift - 1 if sign < 0 else shift  # the span of 预计-3%左右 holds its sign
                read = [replace(f, start=f.start - len(table["label"]) + a + signed, end=f.end - len(table["label"]) + a + shift,
                                value=sign * f.value, normalised=sign * f.normalised, label=table["label"])
                        for f in read if f.start >= len(table["label"])]
                column = table["next"]
            else:
                read = [replace(f, start=f.start + a, end=f.end + a) for f in self.sentence_figures(cell, section)]
                if not read:
                    continue
                table["label"] = read[0].label
                column = 1 if self.result_marker.search(text[a : a + read[0].start - a]) else 0
                column = column if table["columns"][column][0] == "actual" or column == 0 else 0
            for figure in read[:1]:
                if column >= len(table["columns"]):
                    continue
                kind, year_ref = table["columns"][column]
                out.append(replace(figure, kind=kind, year_ref=year_ref, section_target=False, rule="indicators.table"))
            table["next"] = column + 1
        return out

    def _carry_year(self, figure: Figure, year: str) -> Figure:
        """2020年，全市…。经济总量占全区比重…提升至21.3%: a year-long figure without a year of its own
        is about the year the paragraph opened with."""
        if figure.kind == "actual" and figure.year_ref == "review" and figure.measure != "average_growth":
            return replace(figure, year_ref=f"explicit:{year}")
        if figure.section_target and figure.year_ref == "plan":  # 2022年，…预计全年… in a 2023 plan: see figure_kind
            return replace(figure, year_ref=f"explicit:{year}")
        return figure

    # -- one sentence -------------------------------------------------------------------------

    def sentence_figures(self, text: str, section: str) -> list[Figure]:
        """The figures of one sentence (offsets into ``text``); spelled-out numerals (百分之八) are
        read as digits."""
        rewritten = self.numerals.rewrite(text)
        if rewritten is None:
            return self._unglossed_figures(text, section)
        read, origin = rewritten
        return [replace(f, start=origin[f.start], end=origin[f.end - 1] + 1) for f in self._unglossed_figures(read, section)]

    def _unglossed_figures(self, text: str, section: str) -> list[Figure]:
        if not self.gloss.search(text):
            return self._read(text, section)
        position, pieces = 0, []  # the stretches outside pinyin glosses
        for match in self.gloss.finditer(text):
            pieces.append((position, match.start()))
            position = match.end()
        pieces.append((position, len(text)))
        kept = [i for a, b in pieces for i in range(a, b)]
        read = "".join(text[a:b] for a, b in pieces)
        return [replace(f, start=kept[f.start], end=kept[f.end - 1] + 1) for f in self._read(read, section)]

    def _read(self, text: str, section: str) -> list[Figure]:
        figures: list[Figure] = []
        group: list[tuple[re.Match, str, str]] = []  # a 分别 coordination being read
        group_labels: list[str] = []
        previous_end = 0
        last_label = ""  # the indicator the sentence last spoke of
        rejected_end = 0  # where the last number that is no figure ended
        coordinated: list[str] = []  # the indicators of the coordination just read
        for match in self.figure.finditer(text):
            if not self._stands_alone(text, match):
                continue
            unit = self._unit(match)
            clause_start = max(_clause_start(text, match.start()), previous_end)
            joiner = text[previous_end : match.start()]
            if rejected_end and rejected_end == previous_end and joiner.strip() in ("、", "和", "及", "与"):
                previous_end = rejected_end = match.end()  # 村集体收入全部达45万元、55万元: the rest of a run that is no figure
                continue
            if group and previous_end and (joiner.strip() in ("、", "和", "及", "与", "") or joiner.strip() in self.to_verbs):
                verb_text = group[-1][1]
                group.append((match, verb_text, ""))
                previous_end = match.end()
                continue
            coordinated = []
            if group:
                read = self._coordination(group, group_labels, figures, text, section)
                figures.extend(read)
                coordinated = [f.label for f in read] if len(read) == len(group) > 1 else []
                group, group_labels = [], []
            if figures and figures[-1].end == previous_end and joiner.strip() in self.range_joiners:
                figures.append(self._range_bound(figures[-1], match, text, section))  # 增长8%-8.5%
                previous_end = match.end()
                continue
            before = text[clause_start : match.start()]
            label_text, verb = self._split_clause(before)
            if self.other_place_gap.search(before):
                previous_end = rejected_end = match.end()  # 高于全省1.3个百分点: a gap to another place
                continue
            if (coordinated and verb and not self._clean_label(label_text)
                    and text[previous_end:clause_start].strip() in _CLAUSE_BREAK
                    and self._run_length(text, match) == len(coordinated)):
                group, group_labels = [(match, verb, "")], coordinated  # …年均分别增长14.1%、22.1%，达4270亿元、500.36亿元
                previous_end = match.end()
                continue
            if "分别" in before:
                group = [(match, verb, label_text)]
                head = label_text.split("分别", 1)[0] if "分别" in label_text else label_text
                # 年均分别增长: a head of words that name no indicator speaks of the figures before
                group_labels = self._expand_list(head) or [
                    part for part in self._labels(head) if len(self._clean_label(part)) >= self.min_chars] or [""]
                if group_labels == [""] and not figures and clause_start > 1:
                    group_labels = self._subject_labels(text, clause_start - 1) or group_labels
                previous_end = match.end()
                continue
            label = self._clean_label(re.split(r"[、]", label_text)[-1])
            whole = self._clean_label(label_text)
            if not self.indicators.code(label) and self.indicators.code(whole):
                label = whole  # 新增城镇就业、农村劳动力转移就业10万人: the list names one indicator
            rule = "indicators.clause"
            if verb in self.milestone_verbs:  # 地区生产总值跨越5000亿元，达5600亿元
                last_label, previous_end = label or last_label, match.end()
                continue
            if label.startswith(self.comparison):
                label = ""  # 较十二五末提高6.4个百分点: compared with itself
            between = text[previous_end:clause_start]
            if last_label and (between.strip(" ") in _CLAUSE_BREAK or self._only_qualifier(between)) and not label:
                label, rule = last_label, "indicators.previous"  # …1360亿元，增长9.4%
            if not label and clause_start > 1:
                label, rule = self._previous_clause_label(text, clause_start - 1), "indicators.previous-clause"
                if not self._is_indicator(label, unit) and last_label and sum(between.count(c) for c in "，,；;") <= 2:
                    label, rule = last_label, "indicators.previous"  # …2886.3亿元，居全省第二位，年均增长10.9%
            label = self._trim_run_on(label)
            if label.endswith(self.counted_rate):
                label = re.sub(r"^\d+\s*个", "", label)  # 52个国控省控断面水质优良率100%
            if not self._is_indicator(label, unit):
                previous_end = rejected_end = match.end()
                continue
            last_label = label
            figures.append(self._figure(match, label, verb, text, section, rule))
            previous_end = match.end()
        if group:
            figures.extend(self._coordination(group, group_labels, figures, text, section))
        return [f for f, after in zip(figures, [*figures[1:], None]) if not self._passed_on_the_way(f, after)]

    def _passed_on_the_way(self, figure: Figure, after: Figure | None) -> bool:
        """突破2000亿元，达2085亿元: the first is a milestone passed on the way to the level stated next."""
        return (after is not None and figure.qualifier in self.passed and after.rule == "indicators.previous"
                and after.label == figure.label and after.unit == figure.unit and figure.measure == after.measure == "level"
                and after.value >= figure.value)

    def _coordination(self, group, labels: list[str], earlier: list[Figure], text: str, section: str) -> list[Figure]:
        if len(group) == len(labels) + 1 > 2 and self._page_number(group[0][0]):
            group = group[1:]  # 分别增长\n\n2、6.3%、9.2%: a page number printed inside the sentence
        n = len(group)
        verb = group[0][1]
        if n == 1 and len(labels) > 1:  # 旅游接待人次、旅游总收入分别增长40%左右: one value for each
            match = group[0][0]
            return [self._figure(match, self._clean_label(label), verb, text, section, "indicators.coordination-shared")
                    for label in labels if self._is_indicator(self._clean_label(label), self._unit(match))]
        if len(labels) == 1 and n > 1:
            labels = self._expand(labels[0], n) or labels
        rule = "indicators.coordination"
        if len(labels) < n and len(earlier) >= n and not any(labels):
            labels, rule = [f.label for f in earlier[-n:]], "indicators.coordination-previous"
        if len(labels) < n and labels and n % len(labels) == 0:
            labels = labels * (n // len(labels))  # 分别由19473元、7094元增加到28151元、11213元
        starts = max((i for i, (m, _v, _l) in enumerate(group) if self._starts_change(text, m)), default=-1)
        out = []
        for i, (match, _verb, _label) in enumerate(group):
            label = self._trim_run_on(self._clean_label(labels[min(i, len(labels) - 1)])) if labels else ""
            if self._is_indicator(label, self._unit(match)):
                figure = self._figure(match, label, verb, text, section, rule)
                if i <= starts and not figure.year_ref.startswith("explicit:"):
                    figure = replace(figure, year_ref="review-start")
                out.append(figure)
        return out

    def _run_length(self, text: str, match: re.Match) -> int:
        """How many numbers a 、-run starting at ``match`` holds (4026.6亿元、303.4亿元: 2)."""
        return len(re.findall(_NUMBER, text[match.start() : self.run.match(text, match.end()).end()]))

    def _subject_labels(self, text: str, end: int) -> list[str]:
        """The indicators listed at the head of the clause before ``end`` when it states no figure of
        its own (地区生产总值、一般公共预算收入迈上4000亿、300亿两大台阶，分别达到…)."""
        clause = re.split(r"\d", text[_clause_start(text, end) : end], maxsplit=1)[0]
        label_text, verb = self._split_clause(clause)
        rank = self.not_indicators.search(clause)
        if not verb and rank and rank.start() > 0:  # A、B跃居全省第二位，分别达到…: a rank after the list
            label_text, verb = clause[: rank.start()], rank.group()
        labels = [self._clean_label(part) for part in self._labels(label_text)] if verb else []
        return labels if len(labels) > 1 and all(len(label) >= self.min_chars for label in labels) else []

    def _expand_list(self, head: str) -> list[str] | None:
        """城镇、农村居民人均可支配收入: a list whose first part shares the words of the last."""
        for word, parts in self.expansions.items():
            if re.search("[、和及与]", word) and word in head:
                return [head.replace(word, part) for part in parts]
        return None

    def _page_number(self, match: re.Match) -> bool:
        """A bare whole number of at most three digits that takes its unit from the next one."""
        number = match.group("number")
        return bool(match.group("shared")) and not match.group("partial") and number.isdigit() and len(number) <= 3

    def _range_bound(self, lower: Figure, match: re.Match, text: str, section: str) -> Figure:
        """The upper bound of a range (8%-8.5%): the lower bound's indicator, measure, kind and year."""
        upper = self._figure(match, lower.label, "", text, section, "indicators.range")
        value = -upper.value if lower.value < 0 else upper.value
        return replace(upper, value=value, normalised=value * self.units[self._unit(match)][1], measure=lower.measure,
                       kind=lower.kind, year_ref=lower.year_ref, qualifier=upper.qualifier or lower.qualifier)

    def _expand(self, label: str, n: int) -> list[str] | None:
        for word, parts in self.expansions.items():
            if word in label and n % len(parts) == 0:  # 分别由A、B增加到C、D: the parts in turn
                return [label.replace(word, part) for part in parts]
        return None

    def _unit(self, match: re.Match) -> str:
        return match.group("unit") or match.group("shared")

    def _figure(self, match: re.Match, label: str, verb: str, text: str, section: str, rule: str) -> Figure:
        unit = self._unit(match)
        base_unit, factor = self.units[unit]
        value = float(match.group("number").replace("．", ".").replace(",", ""))
        if verb not in self.growth and label.endswith(tuple(self.growth)):
            verb = next(v for v in self.growth if label.endswith(v))  # 涨幅控制在3%以内
            label = label[: -len(verb)] or label
        growth = verb in self.growth or unit == "个百分点"
        if growth and verb.startswith(self.negative):
            value = -value
        measure = "growth" if growth else ("share" if base_unit in ("%", "‰") else "level")
        clause_before = text[max(text.rfind(c, 0, match.start()) for c in _CLAUSE_BREAK) + 1 : match.start()]
        if growth and any(word in clause_before or word in verb for word in self.average):
            measure = "average_growth"  # 年均增长10%: a rate over a period, not one year's growth
        qualifier = match.group("before") or match.group("inside") or match.group("after")
        if match.group("before") and match.group("after"):
            qualifier = match.group("after")
        sentence_before = text[: match.start()]
        stated_target = any(w in sentence_before for w in self.target_words) or any(w in clause_before for w in self.target_in_clause)
        kind = "target" if section in ("plan", "outlook") or stated_target else "actual"
        if qualifier is None and kind == "target":
            qualifier = next((w for w in self.target_in_clause if w in clause_before), None)
        return Figure(
            start=match.start(),
            end=match.end(),
            label=label,
            code=self.indicators.code(label),
            kind=kind,
            measure=measure,
            value=value,
            unit=unit.replace("％", "%"),
            normalised=value * factor,
            base_unit=base_unit,
            qualifier=qualifier,
            year_ref=self._year_ref(text, match, kind, section),
            rule=rule,
            section_target=kind == "target" and not stated_target,
        )

    def _year_ref(self, text: str, match: re.Match, kind: str, section: str) -> str:
        clause_start = max(text.rfind(c, 0, match.start()) for c in _CLAUSE_BREAK) + 1
        right_before = text[clause_start : match.start()]
        written = _EXPLICIT_YEAR.search(right_before) or _YEAR_IN_CLAUSE.search(right_before)
        if written and not self._base_year(right_before, written, match):
            return f"explicit:{written.group(1)}"
        sentence_before = text[: match.start()]
        years = list(_YEAR_IN_CLAUSE.finditer(sentence_before))
        if years and kind == "target":
            return f"explicit:{years[-1].group(1)}"  # 到2025年，…达到…
        if self._starts_change(text, match):
            return "review-start"  # 从24433元增加到36700元
        period = list(_PERIOD.finditer(sentence_before))
        if period and kind == "actual":
            return f"explicit:{period[-1].group(1)}"  # 2016 至 2019 年期间，…年均增长19.55%
        opener = self.year_opener.match(text)
        if opener and kind == "actual":
            return f"explicit:{opener.group(1)}"  # 2020年，全市地区生产总值完成4726.3亿元
        if kind == "target":
            if section in ("plan", "outlook"):
                named = [end for plan, end in self.five_year_plans.items() if plan in text]
                if named:
                    return f"plan-end:{max(named)}"
                if any(w in text for w in self.five_year):
                    return "plan-end"
            return "plan"
        if "去年" in sentence_before:
            return "last-year"
        return "review"

    # -- the clause before a figure -----------------------------------------------------------

    def _base_year(self, right_before: str, written: re.Match, match: re.Match) -> bool:
        """为2010年的1.91倍: the written year is the base of a multiple, not the figure's year."""
        return (self._unit(match) in self.multiple_units
                and right_before[: written.start(1)].rstrip().endswith(self.base_markers))

    def _split_clause(self, before: str) -> tuple[str, str]:
        """(label text, verb) of the clause text before a number."""
        matches = [m for m in self.verb.finditer(before) if not before.startswith(self.noun_suffixes, m.end())]
        if not matches:
            return before, ""
        verb = matches[-1]
        after = self._clean_label(before[verb.end() :])
        if len(after) >= self.min_chars:
            return after, ""  # 实现地区生产总值1360亿元: the verb opens the clause
        # 地区生产总值增长8%: the verb nearest to the number is the figure's.
        return before[: verb.start()], verb.group()

    def _only_qualifier(self, text: str) -> bool:
        """（预计数，下同），: nothing but a parenthesis and punctuation between two figures."""
        return not re.sub(r"[（(][^）)]*[）)]|[\s，。；：,;:]", "", text)

    def _previous_clause_label(self, text: str, end: int) -> str:
        """The indicator that opens the clause before ``end`` (辖内财政收入迈过千亿大关，达1330亿元)."""
        start = max(text.rfind(c, 0, end) for c in _CLAUSE_BREAK) + 1
        clause = re.split(r"\d", text[start:end], maxsplit=1)[0]
        label, _verb = self._split_clause(clause)
        if _verb:
            return self._clean_label(label)
        return self._clean_label(clause)

    def _labels(self, text: str) -> list[str]:
        parts = [p for p in re.split(r"[、和及与]", text) if p.strip()]
        return parts or [""]

    def _clean_label(self, text: str) -> str:
        text = self.basis.sub("", text.strip(" \u3000、"))
        for cut in self.cuts:
            position = text.find(cut)
            if position > 0:
                text = text[:position]
        text = re.sub(r"^[（(]?[0-9一二三四五六七八九十]+[)）、.]", "", text)  # 8）确保…: an item number
        text = re.sub(r"^[—\-（(]+|[（(]+$", "", text)
        text = re.sub(r"[（(][^（()）]*[）)]$", "", text)  # 生产总值（预计，下同）
        changed = True
        while changed and text:
            changed = False
            for word in self.strip_leading:
                if text.startswith(word) and len(text) > len(word):
                    text, changed = text[len(word) :], True
                    break
            stripped = re.sub(r"^(?:20\d{2}|19\d{2})\s*年", "", text)
            stripped = re.sub(r"(?:20\d{2}|19\d{2})\s*年(?:的)?$", "", stripped)
            if stripped != text:
                text, changed = stripped, True
        for word in ("分别", "同比", "比上年", "预计", "年均", "全年", "达", "的"):
            if text.endswith(word):
                text = text[: -len(word)]
        text = text.strip(" \u3000")
        return "" if text in self.strip_leading else text  # 预计年突破3400亿元: words that name nothing

    def _trim_run_on(self, label: str) -> str:
        """A label too long to be one that ends with a standard indicator (…奋进之年综合实力再攀新高
        地区生产总值, lines run together without punctuation) is that indicator."""
        return label if len(label) <= self.max_chars else self._standard_tail(label)

    def _standard_tail(self, label: str) -> str:
        """The standard indicator a label ends with, else the label."""
        for variant in self.indicators.variants_ending.get(label[-1:], ()):
            if label.endswith(variant):
                return self._clean_label(label[len(label) - len(variant) :])
        return label

    def _is_indicator(self, label: str, unit: str) -> bool:
        if not (self.min_chars <= len(label) <= self.max_chars):
            return False
        if self.not_indicators.search(label) and not self.indicators.code(label):
            return False
        if self.never_indicators.search(label):
            return False
        if unit in self.count_units and not self.indicators.code(label):
            return False
        return True

    def _starts_change(self, text: str, match: re.Match) -> bool:
        """从 28% 上升到 57.7%: the figure is the value a change starts from."""
        return text[match.end() : match.end() + 12].lstrip().startswith(self.to_verbs)

    def _stands_alone(self, text: str, match: re.Match) -> bool:
        """A figure ends a phrase (8%，; 8%、10%; 8%和10%); 10亿元以上项目 or 3000亿元台阶 describe
        something else."""
        if match.group("shared") and not match.group("shared").startswith(match.group("partial") or ""):
            return False  # 3万、5亿元: the first number's unit is not the one written after
        end = match.end()
        following = text[end : end + 8]
        if text[self.run.match(text, end).end() :].startswith(self.milestones):
            return False  # 连破6000万、7000万大关: each number of the run is a milestone
        if not following or following.startswith(self.followers):
            return True
        if any(following.startswith(verb) and re.match(rf"\s*{_NUMBER}", text[end + len(verb) :]) for verb in self.growth):
            return True  # 33.2亿元增长10.5%: a level and its growth run together (lines joined)
        # 增长10.7%规上工业增加值增长19%: figures run together without punctuation; the next
        # clause names a standard indicator before its own number.
        next_clause = re.match(rf"[^{_CLAUSE_BREAK}\d]{{2,{self.max_chars}}}(?=\d)", text[end:])
        return bool(next_clause) and self.indicators.code(next_clause.group()) is not None


def _clause_start(text: str, end: int) -> int:
    """Where the clause that ends at ``end`` starts; a break inside brackets (生产总值（预计，下同）) is
    no clause break."""
    start = max(text.rfind(c, 0, end) for c in _CLAUSE_BREAK) + 1
    opening = max(text.rfind("（", 0, start), text.rfind("(", 0, start))
    closing = max(text.rfind("）", 0, start), text.rfind(")", 0, start))
    if opening > closing and any(c in text[start:end] for c in "）)"):
        return _clause_start(text, opening)
    return start


def figure_kind(figure: Figure, year: int, report_year: int, planned: tuple[int, ...]) -> str:
    """A figure's kind once its year is known: a plan section's figure about a year before the plan
    (2022年，…预计全年地区生产总值增长6%左右 opening a 2023 news item on the plan) reports that year's
    result, unless words before it make it a target (力争, 预期目标)."""
    if figure.section_target and year < min(planned or (report_year,)):
        return "actual"
    return figure.kind


def figure_year(year_ref: str, report_year: int, reviewed: tuple[int, ...], planned: tuple[int, ...]) -> int:
    """The year a figure is about: a written year; else a review's figures are about the last
    reviewed year (a five-year review's totals too), a plan's about the plan year, a five-year
    plan's about its end year (the manifest's years; without them, the year before the report
    and the report's year), a named five-year plan's (plan-end:2015) about the year it ends."""
    if year_ref.startswith("explicit:"):
        return int(year_ref.split(":", 1)[1])
    reviewed = reviewed or (report_year - 1,)
    planned = planned or (report_year,)
    if year_ref == "review":
        return max(reviewed)
    if year_ref == "review-start":
        return min(reviewed) - 1
    if year_ref == "last-year":
        return report_year - 1
    if year_ref.startswith("plan-end:"):  # a named five-year plan: its end, unless already past
        return max(int(year_ref.split(":", 1)[1]), min(planned))
    if year_ref == "plan-end":
        return max(planned) if len(planned) > 1 else report_year + 4
    return min(planned)
