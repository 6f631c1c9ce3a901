"""Interactive network view: a self-contained (offline) vis-network page built with pyvis.

``build_network`` returns a :class:`pyvis.network.Network` (a :class:`KGNetwork`) holding the
nodes, edges and options, for notebooks; ``write_network_html`` writes the page. The page inlines
vis-network 9.1.2 (shipped inside pyvis) and its own small script: it makes no network request,
works from ``file://``, in an ``<iframe>`` and in a notebook.

Layout is computed in Python (networkx, fixed seed) and physics is off, so large graphs are
interactive as soon as they are drawn. Every string that comes from report text travels as JSON
in a ``<script type="application/json">`` block (``<``, ``>``, ``&`` escaped) and is put into the
page with ``textContent`` only.
"""

from __future__ import annotations

import html
import json
import math
from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

import networkx as nx
import pyvis
from pyvis.network import Network

from kg.vocab import ENTITY_TYPES

from .model import (
    EDGE_KINDS,
    EDGE_STYLES,
    MENTIONED_STYLE,
    STATUS_STYLES,
    TYPE_STYLES,
    EdgeInfo,
    NodeInfo,
    ViewModel,
    sort_key_latin,
    write_page,
)

TEMPLATES = Path(__file__).parent / "templates"
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"

#: Seed of the spring layout (same model -> same coordinates -> same bytes).
LAYOUT_SEED = 7
#: Focus: a 1-hop neighbourhood smaller than this is widened to 2 hops.
FOCUS_SMALL = 12
#: Pixels per sqrt(node) of a component's radius.
PIXELS_PER_NODE = 42.0


# --------------------------------------------------------------------------------------------
# selection


def _adjacency(nodes: Iterable[str], edges: Iterable[EdgeInfo]) -> dict[str, set[str]]:
    adj: dict[str, set[str]] = {n: set() for n in nodes}
    for e in edges:
        if e.source in adj and e.target in adj:
            adj[e.source].add(e.target)
            adj[e.target].add(e.source)
    return adj


def resolve_focus(model: ViewModel, focus: str) -> str:
    """The id of the entity named by ``focus``: an id (IRI), else a label, else a pinyin."""
    by_id = {n.id: n for n in model.nodes}
    if focus in by_id:
        return focus
    for pred in (lambda n: n.label == focus,
                 lambda n: n.label.casefold() == focus.casefold(),
                 lambda n: sort_key_latin(n.pinyin).replace(" ", "")
                 == sort_key_latin(focus).replace(" ", "")):
        hits = sorted((n for n in model.nodes if pred(n)),
                      key=lambda n: (-len(n.years), n.id))
        if hits:
            return hits[0].id
    raise KeyError(f"no entity with id or label {focus!r}")


def select(model: ViewModel, *, focus: str | None = None, year: int | None = None,
           types: Iterable[str] | str | None = None, max_nodes: int | None = None) -> ViewModel:
    """The part of ``model`` a view shows. Filters apply in the order year, types, focus,
    max_nodes.

    * ``year``: entities mentioned in that report year; co-mention edges of that year only
      (weighted by that year's sentences), links between the kept entities.
    * ``types``: top-level types to keep (``Project``, ``Place``, ...).
    * ``focus``: an entity (id or label) and its neighbours within 1 hop, or 2 hops when the
      1-hop neighbourhood has fewer than ``FOCUS_SMALL`` nodes.
    * ``max_nodes``: keep the most important nodes: most report years, then highest degree,
      then id (the focus entity is always kept).
    """
    nodes = list(model.nodes)
    edges = list(model.edges)

    if year is not None:
        year = int(year)
        nodes = [n for n in nodes if year in n.years]
        kept: list[EdgeInfo] = []
        for e in edges:
            if e.kind == "coMentioned":
                w = e.weight_by_year.get(year, 0)
                if w:
                    kept.append(EdgeInfo(e.source, e.target, e.kind, w, {year: w}))
            else:
                kept.append(e)
        edges = kept

    if types is not None:
        wanted = {types} if isinstance(types, str) else set(types)
        canon = {t.casefold(): t for t in ENTITY_TYPES}
        unknown = sorted(t for t in wanted if t.casefold() not in canon)
        if unknown:
            raise ValueError(f"unknown type(s) {unknown}; expected some of {ENTITY_TYPES}")
        wanted = {canon[t.casefold()] for t in wanted}
        nodes = [n for n in nodes if n.type in wanted]

    ids = {n.id for n in nodes}
    edges = [e for e in edges if e.source in ids and e.target in ids]

    focus_id = None
    if focus is not None:
        focus_id = resolve_focus(model, focus)
        if focus_id not in ids:
            raise KeyError(f"entity {focus!r} is not in the selected graph (year/types)")
        adj = _adjacency(ids, edges)
        keep = {focus_id} | adj[focus_id]
        if len(keep) < FOCUS_SMALL:
            keep |= {m for n in list(keep) for m in adj[n]}
        nodes = [n for n in nodes if n.id in keep]
        ids = keep
        edges = [e for e in edges if e.source in ids and e.target in ids]

    if max_nodes is not None:
        if max_nodes < 1:
            raise ValueError("max_nodes must be at least 1")
        if len(nodes) > max_nodes:
            adj = _adjacency(ids, edges)
            ranked = sorted(nodes, key=lambda n: (n.id != focus_id, -len(n.years),
                                                  -len(adj[n.id]), n.id))
            ids = {n.id for n in ranked[:max_nodes]}
            nodes = [n for n in nodes if n.id in ids]
            edges = [e for e in edges if e.source in ids and e.target in ids]

    return ViewModel(nodes=sorted(nodes, key=lambda n: n.id),
                     edges=sorted(edges, key=lambda e: (e.source, e.target,
                                                        EDGE_KINDS.index(e.kind))))


# --------------------------------------------------------------------------------------------
# layout


def _fr_numpy(graph: nx.Graph, seed: int, iterations: int = 50,
              block: int = 512) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold (networkx's dense algorithm: same forces, start, cooling) for large
    components, without SciPy and in bounded memory: repulsion is computed in row blocks with
    a matrix product, attraction on the edge list."""
    import numpy as np

    order = list(graph)
    index = {v: i for i, v in enumerate(order)}
    n = len(order)
    src = np.array([index[u] for u, v in graph.edges()], dtype=np.int64)
    dst = np.array([index[v] for u, v in graph.edges()], dtype=np.int64)
    wts = np.array([w for _, _, w in graph.edges(data="weight", default=1.0)], dtype=np.float32)
    rng = np.random.RandomState(seed)
    pos = rng.rand(n, 2).astype(np.float32)
    k = np.float32(math.sqrt(1.0 / n))
    k2 = k * k
    t = 0.1
    dt = t / (iterations + 1)
    disp = np.empty((n, 2), dtype=np.float32)
    for _ in range(iterations):
        x = np.ascontiguousarray(pos[:, 0])
        y = np.ascontiguousarray(pos[:, 1])
        for s in range(0, n, block):
            e = min(n, s + block)
            d2 = np.subtract.outer(x[s:e], x)           # |xi - xj|²
            d2 *= d2
            dy = np.subtract.outer(y[s:e], y)
            dy *= dy
            d2 += dy
            np.maximum(d2, np.float32(1e-4), out=d2)
            np.divide(k2, d2, out=d2)                   # repulsion k²/d² along (xi - xj)
            d2[np.arange(e - s), np.arange(s, e)] = 0   # no self-repulsion
            disp[s:e] = pos[s:e] * d2.sum(axis=1)[:, None] - d2 @ pos
        delta = pos[src] - pos[dst]                     # attraction w·d/k along (xi - xj)
        pull = (wts * np.sqrt((delta * delta).sum(axis=1)) / k)[:, None] * delta
        np.subtract.at(disp, src, pull)
        np.add.at(disp, dst, pull)
        length = np.maximum(np.sqrt((disp * disp).sum(axis=1)), np.float32(0.01))
        pos += disp * (np.float32(t) / length)[:, None]
        t -= dt
    pos -= pos.mean(axis=0)
    pos /= max(float(np.abs(pos).max()), 1e-9)
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in index.items()}


def _component_layout(graph: nx.Graph, seed: int) -> dict[str, tuple[float, float]]:
    """Positions in [-1, 1]² for one connected component."""
    n = graph.number_of_nodes()
    nodes = list(graph)
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    if n == 2:
        return {nodes[0]: (-1.0, 0.0), nodes[1]: (1.0, 0.0)}
    if n >= 500:
        # networkx needs SciPy for 500+ nodes and its dense solver needs O(n²) memory: use the
        # blocked numpy version (the same everywhere, so output does not depend on SciPy).
        return _fr_numpy(graph, seed)
    pos = nx.spring_layout(graph, seed=seed, iterations=100 if n < 200 else 60, weight="weight")
    return {v: (float(p[0]), float(p[1])) for v, p in pos.items()}


def compute_layout(model: ViewModel, seed: int = LAYOUT_SEED) -> dict[str, tuple[int, int]]:
    """Pixel coordinates for every node: a spring layout per connected component, components
    packed in rows (largest first), singletons in a grid at the end. Deterministic."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(n.id for n in model.nodes))
    weights: dict[tuple[str, str], float] = defaultdict(float)
    for e in model.edges:
        if e.source == e.target:
            continue
        key = tuple(sorted((e.source, e.target)))
        weights[key] += (1.0 + math.log(e.weight)) if e.kind == "coMentioned" else 2.0
    for (a, b), w in sorted(weights.items()):
        graph.add_edge(a, b, weight=w)

    comps = sorted((sorted(c) for c in nx.connected_components(graph)),
                   key=lambda c: (-len(c), c[0]))
    placed: list[tuple[list[str], dict[str, tuple[float, float]], float]] = []
    for comp in comps:
        sub = nx.Graph()
        sub.add_nodes_from(comp)
        sub.add_weighted_edges_from(
            (a, b, graph[a][b]["weight"]) for a in comp for b in sorted(graph[a]) if a < b)
        pos = _component_layout(sub, seed)
        # big components get more room: their spring layout crowds the hubs in the middle
        spread = 1.35 if len(comp) > 50 else 1.0 if len(comp) > 2 else 0.9
        radius = PIXELS_PER_NODE * math.sqrt(len(comp)) * spread
        placed.append((comp, pos, radius))

    # shelf packing: rows no wider than ~ the side of a square holding all components
    cell = [2 * r + 2 * PIXELS_PER_NODE for _, _, r in placed]
    row_width = max(max(cell, default=0.0), math.sqrt(sum(c * c for c in cell)) * 1.2)
    coords: dict[str, tuple[float, float]] = {}
    x = y = row_h = 0.0
    for (comp, pos, radius), size in zip(placed, cell):
        if x > 0 and x + size > row_width:
            x, y, row_h = 0.0, y + row_h, 0.0
        cx, cy = x + size / 2, y + size / 2
        for v in comp:
            px, py = pos[v]
            coords[v] = (cx + px * radius, cy + py * radius)
        x += size
        row_h = max(row_h, size)
    if not coords:
        return {}
    xs = [c[0] for c in coords.values()]
    ys = [c[1] for c in coords.values()]
    ox, oy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {v: (int(round(px - ox)), int(round(py - oy))) for v, (px, py) in coords.items()}


# --------------------------------------------------------------------------------------------
# pyvis network


def _node_text(n: NodeInfo) -> str:
    """Plain-text tooltip (HTML-escaped, so it is safe in any renderer that uses innerHTML).
    The page itself builds a richer tooltip from the kg* fields with textContent."""
    lines = [f"{n.label} ({n.pinyin})" if n.pinyin else n.label, f"{n.cls} · {n.type}"]
    if n.years:
        lines.append("年份 years: " + ", ".join(str(y) for y in n.years))
    if n.status_by_year:
        lines.append("状态 status: " + "; ".join(f"{y} {s}" for y, s in
                                                sorted(n.status_by_year.items())))
    if n.evidence:
        lines.append(f"“{n.evidence}”" + (f" — {n.evidence_report}" if n.evidence_report else ""))
    return html.escape("\n".join(lines))


def _edge_text(e: EdgeInfo) -> str:
    text = f"{EDGE_STYLES[e.kind]['zh']} {e.kind}"
    if e.kind == "coMentioned":
        text += f" × {e.weight}"
        if e.weight_by_year:
            text += " (" + ", ".join(f"{y}: {w}" for y, w in sorted(e.weight_by_year.items())) + ")"
    return text


def node_size(n: NodeInfo) -> int:
    return 8 + 5 * min(len(n.years), 12)


def _vis_options(n_nodes: int) -> dict:
    big = n_nodes > 500
    return {
        "autoResize": True,
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": LAYOUT_SEED},
        "interaction": {
            "hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big, "hideEdgesOnZoom": big,
            "multiselect": True, "navigationButtons": False, "keyboard": False,
        },
        "nodes": {
            "shape": "dot", "borderWidth": 1,
            "font": {"size": 18, "face": "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC',"
                                          "'Microsoft YaHei',sans-serif", "color": "#222222"},
            "scaling": {"label": {"drawThreshold": 6}},
        },
        "groups": {t: {"color": {"background": st["color"], "border": "#333333",
                                 "highlight": {"background": st["color"], "border": "#000000"},
                                 "hover": {"background": st["color"], "border": "#000000"}}}
                   for t, st in TYPE_STYLES.items()},
        "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 1.5, "dashes": False,
                  "color": {"color": EDGE_STYLES["coMentioned"]["color"], "highlight": "#333333",
                            "hover": "#555555", "inherit": False, "opacity": 0.9},
                  "arrows": {"to": {"enabled": False, "scaleFactor": 0.5}}},
    }


class KGNetwork(Network):
    """A pyvis Network that renders the offline kg page (its own template, vis-network inlined).

    ``generate_html`` / ``write_html`` / ``show`` work as in pyvis; ``to_html(fragment=True)``
    gives an embeddable fragment; in a notebook the object displays itself in a sandboxed
    ``<iframe srcdoc>`` (no file, no server, no network)."""

    def __init__(self, *args, title: str = "政府工作报告知识图谱", **kwargs):
        kwargs.setdefault("cdn_resources", "in_line")
        kwargs.setdefault("height", "640px")
        kwargs.setdefault("width", "100%")
        kwargs.setdefault("directed", True)  # no O(E²) duplicate check; arrows set per edge
        super().__init__(*args, **kwargs)
        self.heading = title
        self.kg_meta: dict = {"years": [], "total_nodes": 0, "total_edges": 0}

    # -- rendering
    def to_html(self, *, fragment: bool = False, element_id: str = "kg-network",
                height: str | None = None) -> str:
        return render_network_page(self, fragment=fragment, element_id=element_id,
                                   height=height)

    def generate_html(self, name="index.html", local=True, notebook=False):  # noqa: D401
        self.html = self.to_html()
        return self.html

    def write_html(self, name, local=True, notebook=False, open_browser=False):
        path = Path(name)
        path.write_text(self.generate_html(), encoding="utf-8", newline="\n")
        if open_browser:  # pragma: no cover - interactive
            import webbrowser
            webbrowser.open(path.resolve().as_uri())

    def show(self, name, local=True, notebook=True):
        self.write_html(name, open_browser=not notebook)
        if notebook:
            from IPython.display import IFrame
            return IFrame(name, width=self.width, height=self.height)
        return None

    def _repr_html_(self) -> str:
        page = self.to_html(height="100vh")
        return (f'<iframe sandbox="allow-scripts" style="width:{html.escape(str(self.width))};'
                f'height:{html.escape(str(self.height))};border:1px solid #ddd" '
                f'srcdoc="{html.escape(page, quote=True)}"></iframe>')


def _start_view(model: ViewModel) -> list[str]:
    """The nodes the page first zooms to: the largest connected group when most nodes are
    scattered singletons (whose grid would otherwise shrink everything out of reading size)."""
    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in model.nodes)
    graph.add_edges_from((e.source, e.target) for e in model.edges if e.source != e.target)
    if graph.number_of_nodes() < 50:
        return []
    largest = max(nx.connected_components(graph), key=lambda c: (len(c), min(c)))
    return sorted(largest) if len(largest) < graph.number_of_nodes() else []


def build_network(model: ViewModel, *, focus: str | None = None, year: int | None = None,
                  types: Iterable[str] | str | None = None, max_nodes: int | None = None,
                  title: str | None = None, height: str = "640px") -> KGNetwork:
    """A pyvis Network of (a selection of) the model, laid out and styled; see :func:`select`."""
    sub = select(model, focus=focus, year=year, types=types, max_nodes=max_nodes)
    coords = compute_layout(sub)
    if title is None:
        title = "政府工作报告知识图谱"
        if year is not None:
            title += f" · {int(year)}"
        if focus is not None:
            title += f" · {model.node(resolve_focus(model, focus)).label}"
    net = KGNetwork(title=title, height=height)
    for n in sub.nodes:
        x, y = coords[n.id]
        node = {
            "id": n.id, "label": n.label, "group": n.type, "size": node_size(n), "x": x, "y": y,
            "title": _node_text(n),
            "kgType": n.type, "kgClass": n.cls, "kgPinyin": n.pinyin, "kgYears": list(n.years),
            "kgStatus": {str(y): s for y, s in sorted(n.status_by_year.items())},
            "kgEvidence": n.evidence, "kgReport": n.evidence_report,
        }
        net.nodes.append(node)
        net.node_ids.append(n.id)
        net.node_map[n.id] = node
    max_w = max((e.weight for e in sub.edges if e.kind == "coMentioned"), default=1)
    for i, e in enumerate(sub.edges):
        st = EDGE_STYLES[e.kind]
        # coMentioned (most edges) takes the global edge style; links override it
        edge = {"id": f"e{i}", "from": e.source, "to": e.target}
        if e.kind == "coMentioned":
            width = 1 + 5 * math.log1p(e.weight) / math.log1p(max_w) if max_w > 1 else 1
            years = sorted(e.weight_by_year)
            edge.update(width=round(width, 2), title=_edge_text(e), kgKind=e.kind,
                        kgWeight=e.weight, kgYears=years,
                        kgYearWeights=[e.weight_by_year[y] for y in years])
        else:
            edge.update(width=1.5, color=st["color"], dashes=st["dashes"],
                        arrows="to" if st["arrow"] else "", title=_edge_text(e),
                        kgKind=e.kind, kgWeight=e.weight, kgYears=[], kgYearWeights=[])
        net.edges.append(edge)
    net.options = _vis_options(len(sub.nodes))
    net.kg_meta = {
        "start_view": _start_view(sub),
        "years": list(model.years), "total_nodes": len(model.nodes),
        "total_edges": len(model.edges),
        "filters": {"focus": focus, "year": year,
                    "types": ([types] if isinstance(types, str) else sorted(types))
                    if types is not None else None,
                    "max_nodes": max_nodes},
    }
    return net


def write_network_html(model: ViewModel, path: str | Path, *, focus: str | None = None,
                       year: int | None = None, types: Iterable[str] | str | None = None,
                       max_nodes: int | None = None, title: str | None = None) -> Path:
    """Write the self-contained network page and return its path."""
    net = build_network(model, focus=focus, year=year, types=types, max_nodes=max_nodes,
                        title=title)
    return write_page(path, net.to_html())


def network_html(model: ViewModel, *, fragment: bool = False, element_id: str = "kg-network",
                 height: str | None = None, **filters) -> str:
    """The page (or, with ``fragment=True``, an embeddable ``<div>`` + ``<style>`` +
    ``<script>`` block) as a string."""
    return build_network(model, **filters).to_html(fragment=fragment, element_id=element_id,
                                                   height=height)


# --------------------------------------------------------------------------------------------
# page rendering


def safe_json(obj) -> str:
    """JSON that can sit inside ``<script>`` (and an HTML attribute-free context) as is:
    ``<``, ``>``, ``&``, U+2028/9 escaped, keys in the given order, no NaN."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    if name.startswith("vis-network"):
        text = (VIS_DIR / name).read_text(encoding="utf-8")
    else:
        text = (TEMPLATES / name).read_text(encoding="utf-8")
    # no source-map fetch by developer tools; the licence header stays
    text = "\n".join(line for line in text.split("\n")
                     if not line.startswith(("//# sourceMappingURL", "/*# sourceMappingURL")))
    for bad in ("</script", "</style", "<!--"):
        if bad in text.lower():  # cannot happen with the pinned files; be loud if it does
            text = text.replace(bad, bad.replace("</", "<\\/").replace("<!--", "<\\!--"))
    return text


def _legend_data() -> dict:
    return {
        "types": [{"name": t, "zh": TYPE_STYLES[t]["zh"], "color": TYPE_STYLES[t]["color"]}
                  for t in ENTITY_TYPES],
        "kinds": [{"name": k, "zh": EDGE_STYLES[k]["zh"], "color": EDGE_STYLES[k]["color"],
                   "dashes": bool(EDGE_STYLES[k]["dashes"])} for k in EDGE_KINDS],
        "statuses": [{"name": s, "zh": v["zh"], "color": v["color"]}
                     for s, v in STATUS_STYLES.items()],
        "mentioned": MENTIONED_STYLE,
    }


def render_network_page(net: Network, *, fragment: bool = False,
                        element_id: str = "kg-network", height: str | None = None) -> str:
    """Render any pyvis Network (kg nodes carry kg* fields) with the offline template."""
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    if not element_id.replace("-", "").replace("_", "").isalnum():
        raise ValueError("element_id must be letters, digits, '-' or '_'")
    # the page builds tooltips from the kg* fields: drop the plain-text copies
    nodes = [{k: v for k, v in n.items() if k != "title"} if "kgType" in n else n
             for n in net.nodes]
    edges = [{k: v for k, v in e.items() if k != "title"} if "kgKind" in e else e
             for e in net.edges]
    options = net.options if isinstance(net.options, dict) else json.loads(net.options.to_json())
    meta = getattr(net, "kg_meta", {}) or {}
    years = meta.get("years") or sorted({y for n in nodes for y in n.get("kgYears", [])})
    data = {
        "nodes": nodes, "edges": edges, "options": options, "years": years,
        "legend": _legend_data(), "title": net.heading or "",
        "totalNodes": meta.get("total_nodes", len(nodes)),
        "totalEdges": meta.get("total_edges", len(net.edges)),
        "filters": meta.get("filters") or {},
        "startView": meta.get("start_view") or [],
    }
    env = Environment(loader=FileSystemLoader(str(TEMPLATES)),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      keep_trailing_newline=True)
    template = env.get_template("network.html.j2")
    return template.render(
        fragment=fragment, element_id=element_id, title=net.heading or "",
        height=height or ("100%" if not fragment else str(net.height)),
        data_json=safe_json(data), vis_js=_asset("vis-network.min.js"),
        vis_css=_asset("vis-network.css"), app_js=_asset("network.js"),
        app_css=_asset("network.css").replace("#ROOT", "#" + element_id),
    )


__all__ = [
    "KGNetwork", "build_network", "compute_layout", "network_html", "render_network_page",
    "resolve_focus", "safe_json", "select", "write_network_html",
]
