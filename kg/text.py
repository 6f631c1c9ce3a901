"""Cleaning report text for analysis without losing the original.

OCR'd newspaper print arrives with traditional characters, hard line breaks inside words,
letter-spaced runs (``安 全 风 险``), markdown emphasis and paragraphs printed twice. :func:`clean`
returns the analysed text together with an offset map, so that every span found in the cleaned
text maps back to an exact span of the input: ``original[start:end]`` is what the reader sees.

Every change is a per-character decision (keep, replace by one character, or drop), which is what
keeps the map exact. Conversion to simplified characters is done character for character for the
same reason.
"""

from __future__ import annotations

import bisect
import functools
import html
import itertools
import re
import statistics
import unicodedata
from array import array
from dataclasses import dataclass, field

import numpy

from kg.resources import load_toml
from kg.triggers import trigger_class

_SPACES = " \t\u3000\u00a0\u2002\u2003\u2009\u200b\ufeff"
_SPACE = re.compile(f"[{re.escape(_SPACES)}]")
_CJK_PUNCT = "，。、；：！？（）“”‘’《》〈〉【】…—·()"


@dataclass(frozen=True, slots=True)
class Paragraph:
    """A paragraph of the cleaned text: ``text[start:end]`` (no line break inside)."""

    index: int
    start: int
    end: int
    duplicate_of: int | None = None


@dataclass
class CleanText:
    """The cleaned text, its paragraphs and the map back into ``original``."""

    original: str
    text: str
    offsets: array  # offsets[i] = index in original of text[i]; one extra entry = len(original)
    paragraphs: list[Paragraph] = field(default_factory=list)
    # original index → end of what the character there stands for, where that is more than one
    # character (&ldquo; is one “)
    ends: dict[int, int] = field(default_factory=dict)

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map the cleaned span [start, end) to the original span that covers it."""
        if end <= start:
            position = self.offsets[start]
            return position, position
        last = self.offsets[end - 1]
        return self.offsets[start], self.ends.get(last, last + 1)

    def surface(self, start: int, end: int) -> str:
        """The original text behind a cleaned span."""
        begin, stop = self.to_original(start, end)
        return self.original[begin:stop]


@functools.cache
def _settings() -> dict:
    config = load_toml("patterns", "text.toml")
    layout = config["layout"]
    return {
        "punctuation": config["punctuation"],
        # the characters that _normalize_char may change (a plain space stays one: of the spaces,
        # only the others; a space is kept in the class if the punctuation table maps it)
        "may_normalize": re.compile(
            "[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e"
            + re.escape("".join(config["punctuation"]) + _SPACES.replace(" ", ""))
            + "]"
        ),
        "terminal": layout["terminal"],
        "closing": layout["closing"],
        "paragraph_start": re.compile(layout["paragraph_start"]),
        "list_entry": re.compile(layout["list_entry"]),
        "figure_end": re.compile(layout["figure_end"]),
        "figure_goes_on": re.compile(layout["figure_goes_on"]),
        "figure_start": re.compile(layout["figure_start"]),
        "continued_line_chars": layout["continued_line_chars"],
        "narrow_column_chars": layout["narrow_column_chars"],
        "narrow_column_fill": layout["narrow_column_fill"],
        "narrow_column_min_lines": layout["narrow_column_min_lines"],
        "narrow_paragraph_factor": layout.get("narrow_paragraph_factor"),
        "letter_spaced_min": layout["letter_spaced_min"],
        "duplicate_min_chars": layout["duplicate_min_chars"],
        "markup": [re.compile(pattern, re.M) for pattern in config["markup"]["strip"]],
        # matches somewhere in a line exactly when one of the patterns does
        "any_markup": re.compile("|".join(f"(?:{pattern})" for pattern in config["markup"]["strip"]), re.M),
        "loose_markup": _loose_markup(config["markup"]["strip"]),
        # a character one of which every line where a markup pattern matches holds (kg/triggers.py)
        "markup_trigger": trigger_class(re.compile("|".join(f"(?:{pattern})" for pattern in config["markup"]["strip"]), re.M)),
        "html_tags": re.compile(config["markup"]["html_tags"]),
        "html_entities": re.compile(config["markup"]["html_entities"]),
        "lost_quote": config["markup"].get("lost_quote"),
        "lost_quote_max_chars": config["markup"].get("lost_quote_max_chars", 0),
        "max_passes": layout["max_passes"],
    }


class _Conversions:
    """OpenCC conversions applied in turn (``[script] opencc`` in ``text.toml``)."""

    def __init__(self, configs: list[str]):
        import opencc

        self.converters = [opencc.OpenCC(config) for config in configs]

    def convert(self, text: str) -> str:
        for converter in self.converters:
            text = converter.convert(text)
        return text


@functools.cache
def _t2s() -> _Conversions:
    return _Conversions(load_toml("patterns", "text.toml")["script"]["opencc"])


def to_simplified(text: str) -> str:
    """Simplified characters, one output character per input character; Taiwan and Hong Kong
    variant forms are read as their standard characters.

    OpenCC converts phrase by phrase, which is better for ambiguous characters but may change the
    length; a line whose length would change is converted character by character instead.
    """
    converter = _t2s()
    # OpenCC's phrases never span a line break: when the whole text converts without changing any
    # line's length (the line breaks stay where they were), it is what converting line by line gives.
    whole = converter.convert(text)
    if whole == text or (len(whole) == len(text) and _line_breaks(whole) == _line_breaks(text)):
        return whole
    out = []
    for line in text.splitlines(keepends=True):
        converted = converter.convert(line)
        if len(converted) != len(line):
            converted = "".join(c if len(c := converter.convert(ch)) == 1 else ch for ch in line)
        out.append(converted)
    return "".join(out)


#: What ``str.splitlines`` cuts at.
_LINE_BREAK = re.compile("\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]")


def _line_breaks(text: str) -> list[int]:
    return [match.start() for match in _LINE_BREAK.finditer(text)]


def is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0002ffff"


def _normalize_char(ch: str, before: str, after: str, punctuation: dict[str, str]) -> str:
    """Width and punctuation normalization of one character (never changes the length)."""
    if "\uff10" <= ch <= "\uff19" or "\uff21" <= ch <= "\uff3a" or "\uff41" <= ch <= "\uff5a" or ch in "\uff05\uff0e":
        return unicodedata.normalize("NFKC", ch)  # full-width digits and letters, ％ and ．
    if ch in punctuation:
        if ch in ",:." and before.isdigit() and after.isdigit():
            return ch
        return punctuation[ch]
    if ch in _SPACES:
        return " "
    return ch


def clean(original: str) -> CleanText:
    """Clean ``original`` for analysis; see the module docstring.

    The repair steps are applied until the text stops changing (at most ``max_passes`` times):
    joining lines or stripping markup can make a decision that was not visible before (two short
    lines that together look like a column, a space that only now stands next to punctuation), and
    repeating until nothing changes is what makes ``clean(clean(x).text).text == clean(x).text``.
    """
    settings = _settings()
    text, offsets, ends = original, None, {}
    for _ in range(settings["max_passes"]):
        repaired, pass_offsets, widths = _repair(text, settings)
        for i, width in widths.items():  # in this pass's input; mapped to the original
            first, last = (offsets[i], offsets[i + width - 1]) if offsets is not None else (i, i + width - 1)
            ends[first] = ends.get(last, last + 1)
        if offsets is not None:
            pass_offsets = _int_array(numpy.asarray(offsets)[numpy.asarray(pass_offsets)])
        offsets = pass_offsets
        if repaired == text:
            break
        text = repaired
    result = CleanText(original=original, text=text, offsets=offsets, ends=ends)
    result.paragraphs = _paragraphs(text, settings["duplicate_min_chars"])
    return result


def _repair(original: str, settings: dict) -> tuple[str, array, dict[int, int]]:
    """One pass of every repair step: the repaired text, per character its index in ``original``,
    and the characters that stand for more than one of ``original`` (index → how many)."""
    simplified = to_simplified(original)
    n = len(original)
    keep = bytearray(b"\x01") * n
    replace: dict[int, str] = {}
    widths: dict[int, int] = {}

    punctuation = settings["punctuation"]
    lines = _lines(simplified)
    _line_steps(simplified, lines, keep, replace, widths, settings)
    if settings["lost_quote"] and settings["lost_quote"] in simplified:
        _read_lost_quotes(simplified, keep, replace, widths, settings)
    _join_lines(simplified, lines, keep, replace, settings)

    # Most characters are kept as they are: copy them in one go (as code points), then visit only
    # those that a repair replaces or that normalisation may change (each stays one character).
    kept = numpy.flatnonzero(numpy.frombuffer(keep, dtype=numpy.uint8))
    chars = numpy.frombuffer(simplified.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)[kept]
    changing = {match.start() for match in settings["may_normalize"].finditer(simplified)} | set(replace)
    changing = sorted(i for i in changing if keep[i])
    for i, at in zip(changing, kept.searchsorted(changing).tolist()):
        chars[at] = ord(replace.get(i) or _normalize_char(
            simplified[i], simplified[i - 1] if i else "", simplified[i + 1] if i + 1 < n else "", punctuation
        ))
    offsets = _int_array(kept)  # 4 bytes an offset: a build holds every document's
    offsets.append(n)
    return chars.tobytes().decode("utf-32-le", "surrogatepass"), offsets, widths


def _line_steps(
    text: str, lines: list[tuple[int, int]], keep: bytearray, replace: dict[int, str], widths: dict[int, int], settings: dict
) -> None:
    """The repair steps of each line: html, markup, letter spacing, spaces. A step is called only on a
    line it may change: html's where the text holds a < or an &, markup's on the lines that may hold
    some, the letter spacing and the spaces where the line holds a space (they drop only spaces)."""
    punctuation = settings["punctuation"]
    marked = _lines_with_markup(text, lines, settings)
    html = "<" in text or "&" in text
    spaced = _SPACE.search
    for number, (start, end) in enumerate(lines):
        if html:
            _read_html(text, start, end, keep, replace, widths, settings)
        if marked is None or number in marked:
            _strip_markup(text, start, end, keep, settings)
        if spaced(text, start, end) is not None:
            _collapse_letter_spacing(text, start, end, keep, settings)
            _collapse_spaces(text, start, end, keep, punctuation)


def _int_array(values: numpy.ndarray) -> array:
    """``array("i", values.tolist())`` without a Python int per value: the values' bytes as C ints."""
    return array("i", values.astype(numpy.intc).tobytes())


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line's content, whitespace trimmed; blank lines are skipped."""
    spans = []
    for match in re.finditer(r"[^\n\r]+", text):
        start, end = match.span()
        while start < end and text[start] in _SPACES:
            start += 1
        while end > start and text[end - 1] in _SPACES:
            end -= 1
        if start < end:
            spans.append((start, end))
    return spans


def _drop(keep: bytearray, start: int, end: int) -> None:
    keep[start:end] = b"\x00" * (end - start)


def _read_html(
    text: str, start: int, end: int, keep: bytearray, replace: dict[int, str], widths: dict[int, int], settings: dict
) -> None:
    """<p>…</p> and &ldquo;…&rdquo;: tags dropped, an entity replaced by its character (kept on
    the entity's first character, the rest dropped)."""
    line = text[start:end]
    if "<" in line:
        for match in settings["html_tags"].finditer(line):
            _drop(keep, start + match.start(), start + match.end())
    if "&" in line:
        for match in settings["html_entities"].finditer(line):
            decoded = html.unescape(match.group())
            if len(decoded) != 1 or decoded in "&<>":
                continue
            replace[start + match.start()] = " " if decoded in _SPACES else decoded
            widths[start + match.start()] = len(match.group())
            _drop(keep, start + match.start() + 1, start + match.end())


def _read_lost_quotes(text: str, keep: bytearray, replace: dict[int, str], widths: dict[int, int], settings: dict) -> None:
    """;;1133;;工程: pairs of a page's stand-in for lost quotation marks, in the text's order, read as “ and ” (kept on
    the stand-in's first character, the rest dropped); a stand-in without a partner near enough is left as it is."""
    mark, near = settings["lost_quote"], settings["lost_quote_max_chars"]
    at = [m.start() for m in re.finditer(re.escape(mark), text) if all(keep[m.start() : m.end()])]  # not in a dropped entity
    i = 0
    while i + 1 < len(at):
        opening, closing = at[i], at[i + 1]
        if closing - opening - len(mark) < 1 or closing - opening - len(mark) > near:
            i += 1  # nothing quoted, or too far: this one is no opening mark
            continue
        for position, quote in ((opening, "“"), (closing, "”")):
            replace[position] = quote
            widths[position] = len(mark)
            _drop(keep, position + 1, position + len(mark))
        i += 2


def _lines_with_markup(text: str, lines: list[tuple[int, int]], settings: dict) -> set[int] | None:
    """The numbers of the lines in which a markup pattern may match (None: any line may): the
    lines holding one of the characters every match needs (``markup_trigger``, read from the
    patterns), else those that one search of the whole text with every pattern unanchored touches
    (a looser test than the patterns themselves, so no line where one matches is left out)."""
    trigger = settings["markup_trigger"]
    if trigger is not None:
        search = trigger.search
        return {number for number, (start, end) in enumerate(lines) if search(text, start, end)}
    loose = settings["loose_markup"]
    if loose is None or not lines:
        return None
    starts = [start for start, _end in lines]
    marked: set[int] = set()
    for match in loose.finditer(text):
        low, high = match.start(), max(match.end(), match.start() + 1)
        # every line the match touches
        first = max(bisect.bisect_right(starts, low) - 1, 0)
        for number in range(first, bisect.bisect_left(starts, high)):
            if lines[number][1] > low:
                marked.add(number)
    return marked


def _loose_markup(patterns: list[str]) -> re.Pattern | None:
    """The markup patterns in one, each without its leading ^ (None if a pattern is anchored
    anywhere else: then every line is checked)."""
    loose = []
    for pattern in patterns:
        rest = pattern[1:] if pattern.startswith("^") else pattern
        if re.search(r"(?<!\[)\^|\$", rest):
            return None
        loose.append(f"(?:{rest})")
    return re.compile("|".join(loose)) if loose else None


def _strip_markup(text: str, start: int, end: int, keep: bytearray, settings: dict) -> None:
    line = text[start:end]
    if not settings["any_markup"].search(line):
        return  # most lines: one search instead of one per pattern
    for pattern in settings["markup"]:
        for match in pattern.finditer(line):
            _drop(keep, start + match.start(), start + match.end())


_LETTER_TOKEN = r"(?:[\u3400-\u9fff，。、；：！？“”（）《》%]|[0-9][0-9.,%]*)"


@functools.cache
def _letter_spaced_pattern(minimum: int) -> re.Pattern:
    token = _LETTER_TOKEN
    return re.compile(rf"{token}(?:[ \u3000]+{token}){{{minimum - 1},}}")


def _collapse_letter_spacing(text: str, start: int, end: int, keep: bytearray, settings: dict) -> None:
    """安 全 风 险 → 安全风险: drop the single spaces inside runs of single characters."""
    line = text[start:end]
    if " " not in line and "\u3000" not in line and settings["letter_spaced_min"] > 1:
        return  # a run of two or more needs a space
    for match in _letter_spaced_pattern(settings["letter_spaced_min"]).finditer(line):
        run = match.group()
        singles = sum(1 for token in run.split() if len(token) == 1 and is_cjk(token))
        if singles < settings["letter_spaced_min"]:
            continue
        for offset, ch in enumerate(run):
            if ch in " \u3000":
                keep[start + match.start() + offset] = 0


def _collapse_spaces(text: str, start: int, end: int, keep: bytearray, punctuation: dict[str, str]) -> None:
    """Drop spaces next to CJK punctuation and after a number, and all but one space of a run.

    A single space between two words is kept: in OCR'd print it often stands for lost quotation
    marks (``持续推进 铁腕治旅，``), which the programme extractor uses. Neighbours are judged as
    they will read after cleaning: markup already dropped, half-width punctuation made full-width.
    """
    i = start
    while space := _SPACE.search(text, i, end):
        i = space.start()
        if not keep[i]:
            i += 1
            continue
        j = i
        while j < end and (text[j] in _SPACES or not keep[j]):
            j += 1
        k = i - 1  # the last character kept before the run, spaces aside
        while k >= start and (not keep[k] or text[k] in _SPACES):
            k -= 1
        previous_kept = punctuation.get(text[k], text[k]) if k >= start else ""
        after = text[j] if j < end else ""
        after = punctuation.get(after, after)
        if previous_kept in _CJK_PUNCT or after in _CJK_PUNCT or not previous_kept or not after:
            _drop_spaces(text, keep, i, j)
        elif previous_kept.isdigit() and is_cjk(after):
            _drop_spaces(text, keep, i, j)  # 500 千伏, 82 户: a number and its unit
        else:
            _drop_spaces(text, keep, i + 1, j)
        i = j


def _drop_spaces(text: str, keep: bytearray, start: int, end: int) -> None:
    for i in range(start, end):
        if text[i] in _SPACES:
            keep[i] = 0


def _visible(text: str, start: int, end: int, keep: bytearray) -> str:
    if keep.find(0, start, end) < 0:
        return text[start:end]  # most lines: nothing dropped
    return "".join(itertools.compress(text[start:end], keep[start:end]))


def _ends_sentence(line: str, settings: dict) -> bool:
    stripped = line.rstrip(settings["closing"] + " ")
    return bool(stripped) and stripped[-1] in settings["terminal"]


def _join_lines(
    text: str, lines: list[tuple[int, int]], keep: bytearray, replace: dict[int, str], settings: dict
) -> None:
    """Decide, between every two lines, whether the break is a paragraph break or print layout."""
    if not lines:
        _drop(keep, 0, len(text))
        return
    _drop(keep, 0, lines[0][0])
    _drop(keep, lines[-1][1], len(text))
    widths = [end - start for start, end in lines]
    column = statistics.median(widths)
    narrow = column < settings["narrow_column_chars"] and len(lines) >= settings["narrow_column_min_lines"]
    # What a line shows: the loop below only changes what lies between lines.
    visible = [_visible(text, start, end, keep) for start, end in lines]
    for index, ((a_start, a_end), (b_start, b_end)) in enumerate(zip(lines, lines[1:])):
        a, b = visible[index], visible[index + 1]
        if _continues(text[a_start:a_end], text[b_start:b_end], a, b, narrow, column, settings):
            _drop(keep, a_end, b_start)
            if a and b and a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum() \
                    and not (a[-1].isdigit() and (b[0].isdigit() or b[0] in ".．")):  # 2\n0.6%: one number
                keep[a_end] = 1
                replace[a_end] = " "
        else:
            newline = text.find("\n", a_end, b_start)
            if newline < 0:
                newline = a_end
            _drop(keep, a_end, b_start)
            keep[newline] = 1
            replace[newline] = "\n"


def _continues(raw_a: str, raw_b: str, a: str, b: str, narrow: bool, column: float, settings: dict) -> bool:
    if not a or not b:
        return False
    if _ends_sentence(a, settings) or settings["paragraph_start"].match(b):
        return False
    if raw_a.lstrip().startswith("#") or raw_b.lstrip().startswith("#"):
        return False  # a markdown heading stands on its own line
    if settings["figure_start"].match(b):
        return True  # 地区生产总值增长\n7.5%: a line that opens with a percentage ends the sentence above
    if settings["figure_end"].search(a) and not settings["figure_goes_on"].match(b):
        return False  # a news graphic's list: 增长5.3%左右\n一般公共预算收入增长4.4%
    if not narrow and len(b) < settings["continued_line_chars"] and not any(ch in _CJK_PUNCT for ch in b):
        return False  # a short line without punctuation is a heading, not the rest of a sentence
    if a.count("“") > a.count("”") or a.count("（") + a.count("(") > a.count("）") + a.count(")"):
        return True  # an open quotation or bracket goes on in the next line
    if narrow:
        factor = settings["narrow_paragraph_factor"]
        if factor and len(b) >= factor * settings["narrow_column_chars"] and settings["paragraph_start"].match(a):
            return False  # a numbered heading above a paragraph far wider than any column: the heading ends
        return len(raw_a) >= settings["narrow_column_fill"] * column
    return len(a) >= settings["continued_line_chars"] or bool(settings["list_entry"].match(a))


def _paragraphs(text: str, duplicate_min: int) -> list[Paragraph]:
    paragraphs: list[Paragraph] = []
    seen: dict[str, int] = {}
    earlier_keys: dict[int, str] = {}
    by_prefix: dict[str, list[tuple[str, int]]] = {}
    position = 0
    for index, chunk in enumerate(text.split("\n")):
        start, end = position, position + len(chunk)
        position = end + 1
        key = re.sub(r"\s+", "", chunk)
        duplicate = None
        if len(key) >= duplicate_min:
            duplicate = seen.get(key)
            if duplicate is None:
                for earlier_key, earlier in by_prefix.get(key[:duplicate_min], ()):
                    if earlier_key.startswith(key):
                        duplicate = earlier
                        break
            if duplicate is None and paragraphs and paragraphs[-1].duplicate_of is not None:
                # the rest of a repeated paragraph that the print broke in two
                earlier = paragraphs[-1].duplicate_of
                if key in earlier_keys.get(earlier, "") or key in earlier_keys.get(earlier + 1, ""):
                    duplicate = earlier
            if duplicate is None:
                seen[key] = index
                by_prefix.setdefault(key[:duplicate_min], []).append((key, index))
        elif key and paragraphs and paragraphs[-1].duplicate_of is not None:
            # a short paragraph (a heading) inside a run of repeated paragraphs is repeated too
            following = paragraphs[-1].duplicate_of + 1
            if earlier_keys.get(following) == key:
                duplicate = following
        earlier_keys[index] = key
        paragraphs.append(Paragraph(index=index, start=start, end=end, duplicate_of=duplicate))
    return paragraphs
