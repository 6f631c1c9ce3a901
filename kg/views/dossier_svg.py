"""The inline SVG of the city dossier: target-against-result charts and the map of places.

Charts take indicator observations shaped like the ``kg indicators --format json`` objects
(``../shared/CONTRACT.md``): indicator, label, city, report, year, kind, measure, value, unit,
qualifier, sentence, start, end. All text is escaped; the output is deterministic.
"""

from __future__ import annotations

import html
import math
from collections import defaultdict
from dataclasses import dataclass

#: Qualifiers that make a target a ceiling (CPI 3%以内); 左右 is a band, anything else a floor.
AT_MOST = frozenset({"以内", "以下", "不超过", "低于", "控制在"})
ABOUT = frozenset({"左右"})
#: 左右 means within half a percentage point for rates; for amounts, within this share of the target.
ABOUT_RATE_POINTS = 0.5
ABOUT_LEVEL_SHARE = 0.01

OUTCOME_STYLES = {
    "met": {"color": "#1a9850", "zh": "达成"},
    "missed": {"color": "#d73027", "zh": "未达成"},
    "unknown": {"color": "#4575b4", "zh": "无从比较"},
}
MEASURE_ZH = {"growth": "增速", "average_growth": "年均增速", "level": "总量", "share": "比重"}


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _num(value: float) -> str:
    return f"{value:,.2f}".rstrip("0").rstrip(".") if value % 1 else f"{value:,.0f}"


@dataclass(frozen=True)
class Verdict:
    year: int
    target: dict | None
    actual: dict | None
    outcome: str  # met | missed | unknown


@dataclass(frozen=True)
class Chart:
    key: str
    label: str
    indicator: str | None
    measure: str
    unit: str
    verdicts: tuple[Verdict, ...]

    @property
    def missed(self) -> int:
        return sum(v.outcome == "missed" for v in self.verdicts)

    @property
    def judged(self) -> int:
        return sum(v.outcome != "unknown" for v in self.verdicts)


def outcome(target: dict | None, actual: dict | None) -> str:
    """met / missed / unknown: the target's qualifier decides (以上 at least, 以内 at most, 左右 within
    half a point for rates and 1% for amounts)."""
    if not target or not actual or target.get("value") is None or actual.get("value") is None:
        return "unknown"
    goal, result = float(target["value"]), float(actual["value"])
    qualifier = target.get("qualifier") or ""
    if qualifier in AT_MOST:
        return "met" if result <= goal else "missed"
    if qualifier in ABOUT:
        band = ABOUT_RATE_POINTS if target.get("measure") in ("growth", "average_growth") or target.get("unit") == "%" else abs(goal) * ABOUT_LEVEL_SHARE
        return "met" if abs(result - goal) <= band + 1e-9 else "missed"
    return "met" if result >= goal - 1e-9 else "missed"


def charts(observations: list[dict], report_years: dict[str, int]) -> list[Chart]:
    """One chart per indicator, measure and unit that has a target: per year the target (from the
    report nearest before the year: that year's plan beats an older five-year plan) and the result
    (from the first report that states it: the next year's review)."""
    groups: dict[tuple, list[dict]] = defaultdict(list)
    for o in observations:
        if o.get("value") is None or o.get("kind") not in ("target", "actual"):
            continue
        groups[(o.get("indicator") or o.get("label") or "", o.get("measure") or "", o.get("unit") or "")].append(o)
    out = []
    for (key, measure, unit), group in groups.items():
        if not any(o["kind"] == "target" for o in group):
            continue
        verdicts = []
        for year in sorted({int(o["year"]) for o in group}):
            targets = [o for o in group if o["kind"] == "target" and int(o["year"]) == year]
            actuals = [o for o in group if o["kind"] == "actual" and int(o["year"]) == year]
            target = min(targets, key=lambda o: (-report_years.get(o["report"], 0), o["report"], o.get("start", 0)), default=None)
            actual = min(actuals, key=lambda o: (report_years.get(o["report"], 0), o["report"], o.get("start", 0)), default=None)
            verdicts.append(Verdict(year, target, actual, outcome(target, actual)))
        labels = sorted({o.get("label") or key for o in group}, key=lambda l: (-sum(o.get("label") == l for o in group), l))
        out.append(Chart(f"{key}|{measure}|{unit}", labels[0], next((o.get("indicator") for o in group if o.get("indicator")), None),
                         measure, unit, tuple(verdicts)))
    # Judged charts first (most missed first), then by indicator code and label.
    out.sort(key=lambda c: (c.judged == 0, -c.missed, c.indicator is None, c.indicator or "", c.label, c.key))
    return out


def nice_ticks(lo: float, hi: float, count: int = 4) -> list[float]:
    """Round axis ticks (1, 2 or 5 × 10ⁿ apart) from at or below ``lo`` to at or above ``hi``."""
    if hi - lo < 1e-9:
        lo, hi = lo - max(abs(lo) * 0.1, 1.0), hi + max(abs(hi) * 0.1, 1.0)
    raw = (hi - lo) / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    start = math.floor(lo / step) * step
    ticks = []
    value = start
    while value < hi + step - 1e-9:
        ticks.append(round(value, 10))
        value += step
    return ticks


def _point_tip(kind: str, o: dict, year: int) -> str:
    word = "目标 target" if kind == "target" else "实际 result"
    text = f"{year} {word}: {_num(float(o['value']))}{o.get('unit') or ''}{o.get('qualifier') or ''}"
    if o.get("sentence"):
        text += f"\n“{o['sentence']}”"
    return text + (f"\n— {o['report']}" if o.get("report") else "")


def chart_svg(chart: Chart, width: int = 300, height: int = 170) -> str:
    """Targets as hollow rings on a dashed line, results as dots on a solid line coloured by
    outcome; a missed year gets a red band and a ✕."""
    left, right, top, bottom = 46, 8, 14, 26
    years = [v.year for v in chart.verdicts]
    span_years = list(range(min(years), max(years) + 1))
    values = [float(o["value"]) for v in chart.verdicts for o in (v.target, v.actual) if o]
    ticks = nice_ticks(min(values), max(values))
    lo, hi = ticks[0], ticks[-1]
    plot_w, plot_h = width - left - right, height - top - bottom
    inset = 14  # keeps the first and last points off the axis labels
    step = (plot_w - 2 * inset) / max(len(span_years) - 1, 1)

    def x(year: int) -> float:
        return left + inset + (span_years.index(year) * step if len(span_years) > 1 else plot_w / 2 - inset)

    def y(value: float) -> float:
        return top + plot_h * (hi - value) / (hi - lo)

    title = f"{chart.label} {MEASURE_ZH.get(chart.measure, chart.measure)} ({chart.unit})"
    out = [f'<svg class="kg-chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="{_esc(title)}" data-key="{_esc(chart.key)}">',
           f"<title>{_esc(title)}</title>"]
    for v in chart.verdicts:
        if v.outcome == "missed":
            out.append(f'<rect class="miss-band" x="{x(v.year) - step / 2 if len(span_years) > 1 else left:.1f}" y="{top}" '
                       f'width="{step if len(span_years) > 1 else plot_w:.1f}" height="{plot_h}" fill="#fde0dd"/>')
    for value in ticks:
        out.append(f'<line x1="{left}" x2="{width - right}" y1="{y(value):.1f}" y2="{y(value):.1f}" stroke="#e3e3e3"/>'
                   f'<text x="{left - 4}" y="{y(value) + 4:.1f}" text-anchor="end" font-size="10" fill="#666">{_esc(_num(value))}</text>')
    for year in span_years:
        out.append(f'<text x="{x(year):.1f}" y="{height - 10}" text-anchor="middle" font-size="11" fill="#333">{year}</text>')
    for kind, dash, color in (("target", ' stroke-dasharray="4 3"', "#777"), ("actual", "", "#4575b4")):
        points = [(v.year, float(getattr(v, kind)["value"])) for v in chart.verdicts if getattr(v, kind)]
        if len(points) > 1:
            path = " ".join(f"{x(a):.1f},{y(b):.1f}" for a, b in points)
            out.append(f'<polyline class="line {kind}" points="{path}" fill="none" stroke="{color}" stroke-width="1.5"{dash}/>')
    for v in chart.verdicts:
        if v.target:
            out.append(f'<g><title>{_esc(_point_tip("target", v.target, v.year))}</title>'
                       f'<circle class="pt target" data-year="{v.year}" cx="{x(v.year):.1f}" cy="{y(float(v.target["value"])):.1f}" r="5" '
                       f'fill="#fff" stroke="#555" stroke-width="2"/></g>')
        if v.actual:
            color = OUTCOME_STYLES[v.outcome]["color"]
            cx, cy = x(v.year), y(float(v.actual["value"]))
            out.append(f'<g><title>{_esc(_point_tip("actual", v.actual, v.year))}</title>'
                       f'<circle class="pt actual {v.outcome}" data-year="{v.year}" cx="{cx:.1f}" cy="{cy:.1f}" r="4.5" fill="{color}"/></g>')
            if v.outcome == "missed":
                out.append(f'<text x="{cx + 7:.1f}" y="{cy - 6:.1f}" font-size="12" font-weight="bold" fill="{color}">✕</text>')
    out.append("</svg>")
    return "".join(out)


# -- the map -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class MapPlace:
    label: str
    cls: str
    lon: float
    lat: float
    mentions: int
    years: tuple[int, ...]


PLACE_COLORS = {"Prefecture": "#4e79a7", "County": "#f28e2b", "Town": "#59a14f", "Village": "#b07aa1"}


def map_svg(places: list[MapPlace], width: int = 640, height: int = 460) -> str:
    """Places as points in an equirectangular projection around their mean latitude (no outlines:
    no offline boundary data ships with kg), sized by the number of mentions."""
    if not places:
        return ""
    margin = 40
    mean_lat = sum(p.lat for p in places) / len(places)
    squeeze = math.cos(math.radians(mean_lat))
    xs = [p.lon * squeeze for p in places]
    ys = [p.lat for p in places]
    span = max(max(xs) - min(xs), max(ys) - min(ys), 0.05)
    scale = min((width - 2 * margin) / span, (height - 2 * margin) / span)
    cx0 = (max(xs) + min(xs)) / 2
    cy0 = (max(ys) + min(ys)) / 2

    def at(place: MapPlace) -> tuple[float, float]:
        return width / 2 + (place.lon * squeeze - cx0) * scale, height / 2 - (place.lat - cy0) * scale

    out = [f'<svg class="kg-map" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'viewBox="0 0 {width} {height}" role="img" aria-label="地点 places">',
           f'<rect width="{width}" height="{height}" fill="#f7f9fb" stroke="#d0d7de"/>']
    # a scale bar: km per degree of longitude at the mean latitude
    km = 111.32 * squeeze / scale * 100
    out.append(f'<line x1="{margin}" x2="{margin + 100}" y1="{height - 16}" y2="{height - 16}" stroke="#333" stroke-width="2"/>'
               f'<text x="{margin + 104}" y="{height - 12}" font-size="11" fill="#333">{km:.0f} km</text>'
               f'<text x="{width - 10}" y="20" text-anchor="end" font-size="13" fill="#333">N ↑</text>')
    ordered = sorted(places, key=lambda p: (-p.mentions, p.label))
    label_y = _spread_labels([(at(p)[0] + 5 + 2 * math.sqrt(p.mentions), at(p)[1] + 4, _text_width(p.label, 12)) for p in ordered])
    for place, text_y in reversed(list(zip(ordered, label_y))):  # the most mentioned last, on top
        px, py = at(place)
        radius = 3 + 2 * math.sqrt(place.mentions)
        tip = f"{place.label} ({place.cls})\n{place.lon:.4f}°E {place.lat:.4f}°N\n{place.mentions} 次提及 mentions: " + ", ".join(map(str, place.years))
        out.append(f'<g class="place"><title>{_esc(tip)}</title>'
                   f'<circle class="pt place" cx="{px:.1f}" cy="{py:.1f}" r="{radius:.1f}" fill="{PLACE_COLORS.get(place.cls, "#9c755f")}" '
                   f'fill-opacity="0.8" stroke="#fff"/>'
                   f'<text x="{px + radius + 3:.1f}" y="{text_y:.1f}" font-size="12" fill="#222">{_esc(place.label)}</text></g>')
    out.append("</svg>")
    return "".join(out)


def _text_width(text: str, size: float) -> float:
    return sum(size if ord(c) > 0x2E80 else 0.6 * size for c in text)


def _spread_labels(boxes: list[tuple[float, float, float]], line: float = 14) -> list[float]:
    """Baselines for labels at (x, y, width), moved down one line at a time until they overlap no
    label placed before (labels are placed in the order given: the most mentioned first)."""
    placed: list[tuple[float, float, float]] = []
    out = []
    for x, y, width in boxes:
        while any(abs(y - py) < line and x < px + pw and px < x + width for px, py, pw in placed):
            y += line
        placed.append((x, y, width))
        out.append(y)
    return out
