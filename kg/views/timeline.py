"""Project timeline: rows = projects (optionally programmes), columns = report years, cells
coloured by the most advanced status stated that year.

``write_timeline_html`` writes a self-contained page (inline CSS/JS, no network request, rows
sortable client-side, evidence on hover); ``write_timeline_svg`` a static SVG for print. Both are
deterministic and escape all report text.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from .model import MENTIONED_STYLE, STATUS_STYLES, TYPE_STYLES, NodeInfo, ViewModel, sort_key_latin, write_page

TEMPLATES = Path(__file__).parent / "templates"


@dataclass(frozen=True)
class _Cell:
    year: int
    status: str | None       # status local name, "" when mentioned without one, None if absent
    color: str
    text: str                # short label shown in the cell
    tip: str                 # plain-text hover text (escaped when written)


@dataclass(frozen=True)
class _Row:
    node: NodeInfo
    order: int
    name_key: str
    cells: tuple[_Cell, ...]
    tip: str


def _rows(model: ViewModel, include_programmes: bool) -> tuple[list[int], list[_Row]]:
    kinds = {"Project", "Programme"} if include_programmes else {"Project"}
    years = list(model.years)
    chosen = [n for n in model.nodes if n.type in kinds and n.years]
    # What recurs comes first: most report years, then the earliest first year, then by name.
    chosen.sort(key=lambda n: (-len(n.years), n.years[0], sort_key_latin(n.pinyin or n.label), n.label, n.id))
    rows = []
    for order, n in enumerate(chosen):
        cells = []
        for y in years:
            if y not in n.years:
                cells.append(_Cell(y, None, "", "", ""))
                continue
            status = n.status_by_year.get(y)
            style = STATUS_STYLES.get(status, MENTIONED_STYLE) if status else MENTIONED_STYLE
            sentence, report = n.evidence_by_year.get(y, (None, None))
            if sentence is None and y == n.years[-1]:
                sentence, report = n.evidence, n.evidence_report
            tip = f"{n.label} · {y}: " + (f"{style['zh']} {status}" if status
                                          else f"{MENTIONED_STYLE['zh']} mentioned")
            if sentence:
                tip += f"\n“{sentence}”"
            if report:
                tip += f"\n— {report}"
            cells.append(_Cell(y, status or "", style["color"], style["zh"], tip))
        tip = f"{n.label}" + (f" ({n.pinyin})" if n.pinyin else "") + f"\n{n.cls} · {n.type}"
        tip += "\n" + ", ".join(str(y) for y in n.years)
        if n.evidence:
            tip += f"\n“{n.evidence}”" + (f"\n— {n.evidence_report}" if n.evidence_report else "")
        rows.append(_Row(n, order, sort_key_latin(n.pinyin or n.label), tuple(cells), tip))
    return years, rows


def _legend() -> list[dict[str, str]]:
    items = [{"name": s, "zh": v["zh"], "color": v["color"]} for s, v in STATUS_STYLES.items()]
    items.append({"name": "mentioned", "zh": MENTIONED_STYLE["zh"],
                  "color": MENTIONED_STYLE["color"]})
    return items


def _text_color(background: str) -> str:
    r, g, b = (int(background[i:i + 2], 16) for i in (1, 3, 5))
    return "#000000" if (0.299 * r + 0.587 * g + 0.114 * b) > 140 else "#ffffff"


def timeline_html(model: ViewModel, *, include_programmes: bool = False, fragment: bool = False,
                  element_id: str = "kg-timeline", title: str | None = None) -> str:
    """The timeline page (or an embeddable fragment) as a string."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    if not element_id.replace("-", "").replace("_", "").isalnum():
        raise ValueError("element_id must be letters, digits, '-' or '_'")
    years, rows = _rows(model, include_programmes)
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    env.filters["fg"] = _text_color
    css = (TEMPLATES / "timeline.css").read_text(encoding="utf-8")
    js = (TEMPLATES / "timeline.js").read_text(encoding="utf-8")
    return env.get_template("timeline.html.j2").render(
        fragment=fragment, element_id=element_id, years=years, rows=rows,
        title=title or ("项目进度时间线 Project timeline"
                        + (" (含规划与政策 with programmes)" if include_programmes else "")),
        legend=_legend(), type_styles=TYPE_STYLES,
        app_css=css.replace("#ROOT", "#" + element_id), app_js=js,
    )


def write_timeline_html(model: ViewModel, path: str | Path, *,
                        include_programmes: bool = False) -> Path:
    """Write the self-contained, sortable timeline page and return its path."""
    return write_page(path, timeline_html(model, include_programmes=include_programmes))


# --------------------------------------------------------------------------------------------
# SVG


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _text_width(text: str, size: float) -> float:
    """Rough advance width: CJK and full-width characters are one em, others ~0.6 em."""
    return sum(size if ord(c) > 0x2E80 else 0.6 * size for c in text)


def timeline_svg(model: ViewModel, *, include_programmes: bool = False,
                 title: str | None = None) -> str:
    """A static SVG of the timeline (same rows and colours as the HTML page)."""
    years, rows = _rows(model, include_programmes)
    font = 13
    pad = 16
    row_h = 24
    col_w = 64
    labels = [r.node.label for r in rows] or [""]
    label_w = min(max(_text_width(s, font) for s in labels) + 16, 360)
    cls_w = min(max((_text_width(r.node.cls, 11) for r in rows), default=0) + 12, 160)
    title = title or "项目进度时间线 Project timeline"
    legend = _legend()
    grid_x = pad + label_w + cls_w
    width = max(grid_x + col_w * len(years) + pad,
                pad * 2 + sum(_text_width(f"{i['zh']} {i['name']}", 11) + 34 for i in legend))
    top = pad + 24  # title
    legend_y = top
    head_y = legend_y + 28
    body_y = head_y + row_h
    height = body_y + row_h * len(rows) + pad
    out: list[str] = []
    out.append('<?xml version="1.0" encoding="UTF-8"?>\n')
    out.append(f'<svg xmlns="http://www.w3.org/2000/svg" width="{width:.0f}" '
               f'height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
               f'font-family="Noto Sans CJK SC, Source Han Sans SC, PingFang SC, '
               f'Microsoft YaHei, sans-serif" font-size="{font}">\n')
    out.append(f'<title>{_esc(title)}</title>\n')
    out.append(f'<rect width="{width:.0f}" height="{height:.0f}" fill="#ffffff"/>\n')
    out.append(f'<text x="{pad}" y="{pad + 14}" font-size="16" font-weight="bold">'
               f'{_esc(title)}</text>\n')
    # legend
    x = float(pad)
    for item in legend:
        out.append(f'<rect x="{x:.1f}" y="{legend_y + 2}" width="14" height="14" '
                   f'fill="{item["color"]}" stroke="#666666" stroke-width="0.5"/>')
        label = f"{item['zh']} {item['name']}"
        out.append(f'<text x="{x + 18:.1f}" y="{legend_y + 13}" font-size="11">'
                   f'{_esc(label)}</text>\n')
        x += _text_width(label, 11) + 34
    # header
    for i, y in enumerate(years):
        cx = grid_x + col_w * i + col_w / 2
        out.append(f'<text x="{cx:.1f}" y="{head_y + 16}" text-anchor="middle" '
                   f'font-weight="bold">{y}</text>\n')
    out.append(f'<line x1="{pad}" y1="{body_y}" x2="{width - pad:.0f}" y2="{body_y}" '
               f'stroke="#999999"/>\n')
    # rows
    for j, row in enumerate(rows):
        ry = body_y + row_h * j
        if j % 2:
            out.append(f'<rect x="{pad}" y="{ry}" width="{width - 2 * pad:.0f}" '
                       f'height="{row_h}" fill="#f6f6f6"/>\n')
        out.append(f'<g><title>{_esc(row.tip)}</title>'
                   f'<text x="{pad + 4}" y="{ry + 16}">{_esc(row.node.label)}</text>'
                   f'<text x="{pad + label_w:.1f}" y="{ry + 16}" font-size="11" '
                   f'fill="#666666">{_esc(row.node.cls)}</text></g>\n')
        for i, cell in enumerate(row.cells):
            if cell.status is None:
                continue
            cx = grid_x + col_w * i
            out.append(f'<g><title>{_esc(cell.tip)}</title>'
                       f'<rect x="{cx + 2:.1f}" y="{ry + 3}" width="{col_w - 4}" '
                       f'height="{row_h - 6}" rx="3" fill="{cell.color}" stroke="#666666" '
                       f'stroke-width="0.5"/>'
                       f'<text x="{cx + col_w / 2:.1f}" y="{ry + 16}" text-anchor="middle" '
                       f'font-size="11" fill="{_text_color(cell.color)}">{_esc(cell.text)}'
                       f'</text></g>\n')
    out.append('</svg>\n')
    return "".join(out)


def write_timeline_svg(model: ViewModel, path: str | Path, *,
                       include_programmes: bool = False) -> Path:
    """Write the static timeline SVG and return its path."""
    return write_page(path, timeline_svg(model, include_programmes=include_programmes))


__all__ = ["timeline_html", "timeline_svg", "write_timeline_html", "write_timeline_svg"]
