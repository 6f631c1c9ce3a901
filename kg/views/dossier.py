"""The city dossier: one self-contained HTML page about one city's reports.

What the reports promised and what they delivered: target-against-result charts per indicator,
the project promises with their fates (:mod:`kg.promises`), the project timeline
(:mod:`kg.views.timeline`), a map of the places with coordinates, and what changed between each
pair of consecutive reports. Everything is read from the store with SPARQL; the page is inline
HTML, CSS, SVG and the timeline's few lines of script, escapes all report text, makes no request
and is byte-identical for the same store.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyoxigraph as ox

from kg.queries import QueryError, term_text
from kg.vocab import PREFIXES, STATUSES

from .dossier_svg import OUTCOME_STYLES, Chart, MapPlace, chart_svg, charts, map_svg
from .model import STATUS_STYLES, load_view_model, write_page

TEMPLATES = Path(__file__).parent / "templates"

FATE_STYLES = {
    "delivered": {"color": "#1a9850", "zh": "已兑现"},
    "progressing": {"color": "#fdae61", "zh": "推进中"},
    "stalled": {"color": "#d73027", "zh": "停滞"},
    "dropped": {"color": "#878787", "zh": "未再提及"},
    "open": {"color": "#d9d9d9", "zh": "待观察"},
}
_RANK = {status: rank for rank, status in enumerate(STATUSES)}


@dataclass(frozen=True)
class Report:
    id: str
    year: int
    title: str


@dataclass(frozen=True)
class Change:
    before: Report
    after: Report
    new: tuple[tuple[str, str], ...]          #: (label, status in the later report or "")
    gone: tuple[tuple[str, str], ...]         #: (label, last status stated)
    moved: tuple[tuple[str, str, str], ...]   #: (label, status before, status after)


@dataclass
class Dossier:
    city: str
    reports: list[Report]
    charts: list[Chart]
    figures_available: bool
    promises: list[dict]
    changes: list[Change]
    places: list[MapPlace]
    places_outside: list[str]
    timeline: str = ""
    fate_counts: dict[str, int] = field(default_factory=dict)


def _select(store: ox.Store, sparql: str):
    return store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)


def city_reports(store: ox.Store, city: str) -> tuple[str, str, list[Report]]:
    """(city label, city IRI, reports by year) of the city called ``city`` (张家界市 or 张家界)."""
    found: dict[str, tuple[str, list[Report]]] = {}
    for row in _select(store, """
        SELECT ?report ?year ?title ?city ?label WHERE {
          ?report a kg:Report ; kg:reportYear ?year ; kg:city ?city .
          ?city skos:prefLabel ?label FILTER(LANG(?label) = "zh")
          OPTIONAL { ?report dcterms:title ?title }
        }"""):
        label = term_text(row["label"])
        entry = found.setdefault(row["city"].value, (label, []))
        report_id = row["report"].value.rsplit("/report/", 1)[-1]
        entry[1].append(Report(report_id, int(term_text(row["year"])[:4]), term_text(row["title"])))
    wanted = city.strip()
    for iri, (label, reports) in sorted(found.items()):
        if wanted in (label, re.sub(r"(市|地区|自治州|州|盟)$", "", label)):
            unique = {r.id: r for r in reports}
            return label, iri, sorted(unique.values(), key=lambda r: (r.year, r.id))
    known = ", ".join(sorted(label for label, _ in found.values())) or "none"
    raise QueryError(f"no reports of {city!r} in the store (cities: {known})")


def _values(reports: list[Report], base: str) -> str:
    return " ".join(f"<{base}report/{r.id}>" for r in reports)


def project_sightings(store: ox.Store, reports: list[Report], base: str) -> dict[str, dict]:
    """Per project IRI: label, class and the status each report states (review beats plan, then
    the most advanced; "" when named without one)."""
    by_id = {r.id: r for r in reports}
    out: dict[str, dict] = {}
    for row in _select(store, f"""
        SELECT ?report ?entity ?label ?class ?section ?status WHERE {{
          VALUES ?report {{ {_values(reports, base)} }}
          ?m kg:report ?report ; itsrdf:taIdentRef ?entity ; kg:section ?section .
          OPTIONAL {{ ?m kg:status ?status FILTER NOT EXISTS {{ ?m kg:namesPhase ?phase }} }}  # a phase's status
          ?entity a ?class ; skos:prefLabel ?label FILTER(LANG(?label) = "zh")
          ?class rdfs:subClassOf* kg:Project .
        }}"""):
        entity = out.setdefault(row["entity"].value, {"label": term_text(row["label"]),
                                                      "class": row["class"].value.rsplit("#", 1)[-1], "by_report": {}})
        report = by_id[row["report"].value.rsplit("/report/", 1)[-1]]
        status = row["status"].value.rsplit("#", 1)[-1] if row["status"] else ""
        review = row["section"].value.endswith("#review")
        best = entity["by_report"].get(report.id)
        rank = (review, _RANK.get(status, -1)) if status else (False, -2)
        if best is None or rank > best[0]:
            entity["by_report"][report.id] = (rank, status)
    for entity in out.values():
        entity["by_report"] = {r: s for r, (_rank, s) in entity["by_report"].items()}
    return out


def changes(reports: list[Report], projects: dict[str, dict]) -> list[Change]:
    """New projects, projects no longer named and status changes between consecutive reports."""
    out = []
    for before, after in zip(reports, reports[1:]):
        new, gone, moved = [], [], []
        for entity in projects.values():
            said = entity["by_report"]
            if after.id in said and before.id not in said:
                new.append((entity["label"], said[after.id]))
            elif before.id in said and after.id not in said:
                gone.append((entity["label"], said[before.id]))
            elif before.id in said and said[before.id] != said[after.id] and said[after.id]:
                moved.append((entity["label"], said[before.id], said[after.id]))
        out.append(Change(before, after, tuple(sorted(set(new))), tuple(sorted(set(gone))), tuple(sorted(set(moved)))))
    return out


def places(store: ox.Store, reports: list[Report], base: str, city_iri: str) -> tuple[list[MapPlace], list[str]]:
    """The places with coordinates that the reports name: those inside the city (by division code)
    for the map, the names of those outside it."""
    city_code = next((term_text(r["code"]) for r in _select(store, f"SELECT ?code WHERE {{ <{city_iri}> kg:divisionCode ?code }}")), "")
    prefix = re.sub(r"(00)+$", "", city_code)
    inside, outside = [], []
    for row in _select(store, f"""
        SELECT ?entity ?label ?class ?code ?lon ?lat (COUNT(DISTINCT ?m) AS ?n)
               (GROUP_CONCAT(DISTINCT STR(?year); separator=" ") AS ?years) WHERE {{
          VALUES ?report {{ {_values(reports, base)} }}
          ?m kg:report ?report ; itsrdf:taIdentRef ?entity ; kg:reportYear ?year .
          ?entity schema:longitude ?lon ; schema:latitude ?lat ; kg:divisionCode ?code ; a ?class ;
                  skos:prefLabel ?label FILTER(LANG(?label) = "zh")
        }} GROUP BY ?entity ?label ?class ?code ?lon ?lat ORDER BY ?label ?entity"""):
        label, code = term_text(row["label"]), term_text(row["code"])
        if prefix and not code.startswith(prefix):
            outside.append(label)
            continue
        inside.append(MapPlace(label, row["class"].value.rsplit("#", 1)[-1], float(term_text(row["lon"])),
                               float(term_text(row["lat"])), int(term_text(row["n"])),
                               tuple(sorted({int(y[:4]) for y in term_text(row["years"]).split()}))))
    return inside, sorted(set(outside))


def indicator_figures(store: ox.Store, city: str) -> list[dict] | None:
    """The indicator observations of the city from ``kg.api.indicators`` (issue 16, part 1), or
    None when this build of kg does not extract figures yet."""
    from kg import api

    indicators = getattr(api, "indicators", None)
    if indicators is None:
        return None
    return indicators(store=store, city=city)


def load_dossier(store: ox.Store, city: str, figures: list[dict] | None = None) -> Dossier:
    """Everything the page shows. ``figures`` overrides the indicator observations (tests,
    notebooks); by default they come from :func:`indicator_figures`."""
    from kg import api
    from kg.views.timeline import timeline_html

    label, city_iri, reports = city_reports(store, city)
    base = f"{city_iri.split('/entity/', 1)[0]}/"
    if figures is None:
        figures = indicator_figures(store, label)
    available = figures is not None
    report_years = {r.id: r.year for r in reports}
    observations = [o for o in figures or [] if o.get("city") in (None, "", label)]
    projects = project_sightings(store, reports, base)
    promised = api.promises(store, city=label)
    inside, outside = places(store, reports, base, city_iri)
    dossier = Dossier(label, reports, charts(observations, report_years), available, promised,
                      changes(reports, projects), inside, outside)
    dossier.fate_counts = {fate: sum(p["fate"] == fate for p in promised) for fate in FATE_STYLES}
    model = load_view_model(store, base)
    years = {r.year for r in reports}
    nodes = [replace(n, years=tuple(y for y in n.years if y in years)) for n in model.nodes if n.id in projects]
    model = replace(model, nodes=[n for n in nodes if n.years], edges=[])
    dossier.timeline = timeline_html(model, fragment=True, element_id="kg-dossier-timeline",
                                     title=f"{label} 项目进度时间线 Project timeline")
    return dossier


def dossier_html(dossier: Dossier) -> str:
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(str(TEMPLATES)), autoescape=select_autoescape(default=True, default_for_string=True),
                      keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True)
    return env.get_template("dossier.html.j2").render(
        d=dossier,
        chart_svgs=[(chart, chart_svg(chart)) for chart in dossier.charts],
        map_svg=map_svg(dossier.places),
        css=(TEMPLATES / "dossier.css").read_text(encoding="utf-8"),
        fate_styles=FATE_STYLES, status_styles=STATUS_STYLES, outcome_styles=OUTCOME_STYLES,
    )


def write_dossier_html(dossier: Dossier, path: str | Path) -> Path:
    return write_page(path, dossier_html(dossier))


__all__ = ["Dossier", "FATE_STYLES", "dossier_html", "indicator_figures", "load_dossier", "write_dossier_html"]
