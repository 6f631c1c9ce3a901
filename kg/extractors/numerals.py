"""Chinese numerals written out (百分之八, 一千二百亿元, 两个百分点) as Arabic figures.

Reports mostly print figures in digits, but speeches and news copies spell some out. The
indicator extractor reads a rewritten sentence in which such numerals are digits, and maps every
character back to the sentence it came from.
"""

from __future__ import annotations

import re

_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_POWERS = {"十": 10, "百": 100, "千": 1000}
# 万 and 亿 are left to the unit (一千二百亿元 is 1200 亿元); a lone 一 is too often a word (最后一公里).
_NUMERAL = ("(?:[二两三四五六七八九十]|一(?=[零〇一二两三四五六七八九十百千点]))"
            "[零〇一二两三四五六七八九十百千]*(?:点[零〇一二三四五六七八九]+)?")
_WHOLE = "[零〇一二两三四五六七八九十百千]"
# A match starts with one of these (百分之…, or a numeral's first character): a cheap scan first.
_STARTS = re.compile("[一二两三四五六七八九十百]")
# 一万三千: a numeral with 万 or 亿 inside is not rewritten, nor any part of it.
_AROUND = "[零〇一二两三四五六七八九十百千万亿]"


def numeral_value(text: str) -> float:
    """The value of a numeral without 万/亿: 一千二百 → 1200, 八点五 → 8.5, 十五 → 15."""
    whole, _, fraction = text.partition("点")
    total, digit = 0, None
    for char in whole:
        if char in _DIGITS:
            digit = _DIGITS[char] if digit is None else digit * 10 + _DIGITS[char]
        else:
            total += (1 if digit is None else digit) * _POWERS[char]
            digit = None
    total += digit or 0
    if fraction:
        return total + float("0." + "".join(str(_DIGITS[c]) for c in fraction))
    return float(total)


def _digits(value: float) -> str:
    return str(int(value)) if value == int(value) else repr(value)


class Numerals:
    """Rewrites the spelled-out numerals of a text that stand before one of ``units``."""

    def __init__(self, units: list[str]):
        unit = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
        self.pattern = re.compile(
            rf"百分之(?P<percent>{_NUMERAL}|一(?!{_WHOLE})|\d+(?:\.\d+)?)"
            rf"|(?<!{_AROUND})(?<!第)(?P<number>{_NUMERAL})(?!{_WHOLE})(?=(?:{unit})(?!{_WHOLE}))"
        )

    def rewrite(self, text: str) -> tuple[str, list[int]] | None:
        """(the text with digits, the original offset of each of its characters), or None when
        there is nothing to rewrite."""
        if not _STARTS.search(text) or not self.pattern.search(text):
            return None
        out, positions, position = [], [], 0
        for match in self.pattern.finditer(text):
            out.append(text[position : match.start()])
            positions.extend(range(position, match.start()))
            spelled = match.group("percent") or match.group("number")
            number = spelled if spelled[0].isdigit() else _digits(numeral_value(spelled))
            written = number + ("%" if match.group("percent") else "")
            out.append(written)  # every new character maps into the span; the last to its end
            positions.extend(min(match.start() + i, match.end() - 1) for i in range(len(written) - 1))
            positions.append(match.end() - 1)
            position = match.end()
        out.append(text[position:])
        positions.extend(range(position, len(text)))
        return "".join(out), positions
