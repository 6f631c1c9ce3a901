"""Interactive network view: a self-contained (offline) vis-network page built with pyvis.

``build_network`` returns a :class:`pyvis.network.Network` (a :class:`KGNetwork`) holding the
nodes, edges and options, for notebooks; ``write_network_html`` writes the page. The page inlines
vis-network 9.1.2 (shipped inside pyvis) and its own small script: it makes no network request,
works from ``file://``, in an ``<iframe>`` and in a notebook.

Layout is computed in Python (networkx, fixed seed) and physics is off, so large graphs are
interactive as soon as they are drawn. Every string that comes from report text travels as JSON
in a ``<script type="application/json">`` block (``<``, ``>``, ``&`` escaped) and is put into the
page with ``textContent`` only (labels are drawn on the canvas by the page's own script).

A page holds at most ``DEFAULT_MAX_NODES`` entities unless told otherwise and opens on
``DEFAULT_TYPES`` with their typed links; co-mentions, the other types and groups by place or type
are toggles in the page (docs/views.md).
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
#: Distance between neighbouring nodes, in graph pixels (each node gets SPACING² of room).
SPACING = 60.0
#: Nodes a page holds unless told otherwise (the most important ones; the others are counted
#: per type and per place): vis-network draws this many in well under 3 s.
DEFAULT_MAX_NODES = 1500
#: A page keeps at most this many co-mention edges per node (the heaviest): more are a hairball
#: at any threshold, and they would make up most of a big page's bytes.
COMENTIONS_PER_NODE = 4
#: Types drawn when the page opens; the others are one click away in the legend.
DEFAULT_TYPES = ("Project", "Place", "Programme")


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
    * ``max_nodes``: keep the most important nodes, the types taking turns so that every type
      gets an equal share (or all its nodes when it has fewer): within a type, most report
      years, then highest degree, then id (the focus entity is always kept).
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

    chosen = ViewModel(nodes=sorted(nodes, key=lambda n: n.id),
                       edges=sorted(edges, key=lambda e: (e.source, e.target,
                                                          EDGE_KINDS.index(e.kind))))
    return most_important(chosen, max_nodes, focus_id) if max_nodes is not None else chosen


def most_important(model: ViewModel, max_nodes: int, keep: str | None = None) -> ViewModel:
    """At most ``max_nodes`` nodes of ``model`` and the edges between them (the ``max_nodes``
    rule of :func:`select`; ``keep`` is always kept)."""
    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    if len(model.nodes) <= max_nodes:
        return model
    adj = _adjacency((n.id for n in model.nodes), model.edges)
    by_type: dict[str, list[NodeInfo]] = defaultdict(list)
    for n in sorted(model.nodes, key=lambda n: (n.id != keep, -len(n.years), -len(adj[n.id]),
                                                n.id)):
        by_type[n.type].append(n)
    order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    turns = sorted(((n.id != keep, rank, order.get(t, len(order)), n.id)
                    for t, members in by_type.items() for rank, n in enumerate(members)))
    ids = {turn[3] for turn in turns[:max_nodes]}
    return ViewModel(nodes=[n for n in model.nodes if n.id in ids],
                     edges=[e for e in model.edges if e.source in ids and e.target in ids])


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
    """Pixel coordinates for every node. Deterministic.

    Every edge pulls (typed links harder than co-mentions), so entities named together sit
    together even when co-mention edges are hidden. Each connected component gets a spring
    layout; components are packed around the largest one on widening rings, and the entities
    with no edge at all fill a sunflower-shaped band around them (grouped by type), so nothing
    trails below the graph as a grid and the whole picture fits one screen."""
    graph = nx.Graph()
    graph.add_nodes_from(sorted(n.id for n in model.nodes))
    weights: dict[tuple[str, str], float] = defaultdict(float)
    for e in model.edges:
        if e.source == e.target:
            continue
        key = tuple(sorted((e.source, e.target)))
        weights[key] += (1.0 + math.log(e.weight)) if e.kind == "coMentioned" else 3.0
    for (a, b), w in sorted(weights.items()):
        graph.add_edge(a, b, weight=w)

    comps = sorted((sorted(c) for c in nx.connected_components(graph)),
                   key=lambda c: (-len(c), c[0]))
    groups = [c for c in comps if len(c) > 1]
    singletons = [c[0] for c in comps if len(c) == 1]
    coords: dict[str, tuple[float, float]] = {}
    circles: list[tuple[float, float, float]] = []
    for comp in groups:
        sub = nx.Graph()
        sub.add_nodes_from(comp)
        sub.add_weighted_edges_from(
            (a, b, graph[a][b]["weight"]) for a in comp for b in sorted(graph[a]) if a < b)
        pos = _component_layout(sub, seed)
        radius = SPACING * math.sqrt(len(comp) / math.pi)
        if len(comp) > 30:
            pos = _even_disc(pos)
        else:  # a small spring layout is not a full disc: give it a little more room
            radius = max(radius * 1.3, SPACING * 0.6)
        cx, cy = _free_spot(circles, radius + SPACING / 2)
        circles.append((cx, cy, radius + SPACING / 2))
        for v in comp:
            px, py = pos[v]
            coords[v] = (cx + px * radius, cy + py * radius)

    # the band of unlinked entities: sorted by type then id, so each type forms a ring
    type_order = {t: i for i, t in enumerate(ENTITY_TYPES)}
    kinds = {n.id: n.type for n in model.nodes}
    singletons.sort(key=lambda v: (type_order.get(kinds[v], len(type_order)), v))
    inner = max((math.hypot(x, y) + r for x, y, r in circles), default=0.0)
    inner += SPACING / 2 if circles else 0.0
    golden = math.pi * (3.0 - math.sqrt(5.0))
    for i, v in enumerate(singletons):  # SPACING² of room per node, as inside the components
        rho = math.sqrt(inner * inner + SPACING * SPACING / math.pi * (i + 0.5))
        coords[v] = (rho * math.cos(i * golden), rho * math.sin(i * golden))
    if not coords:
        return {}
    xs = [c[0] for c in coords.values()]
    ys = [c[1] for c in coords.values()]
    ox, oy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    return {v: (int(round(px - ox)), int(round(py - oy))) for v, (px, py) in coords.items()}


def _even_disc(pos: dict[str, tuple[float, float]]) -> dict[str, tuple[float, float]]:
    """The same layout with nodes spread evenly over the unit disc: each keeps its angle and its
    rank in distance from the centre. A spring layout of a big component crowds its hubs and their
    many neighbours into the middle; spread out, they get room for their labels."""
    if not pos:
        return {}
    cx = sum(x for x, _ in pos.values()) / len(pos)
    cy = sum(y for _, y in pos.values()) / len(pos)
    order = sorted(pos, key=lambda v: (math.hypot(pos[v][0] - cx, pos[v][1] - cy), v))
    out: dict[str, tuple[float, float]] = {}
    for rank, v in enumerate(order):
        angle = math.atan2(pos[v][1] - cy, pos[v][0] - cx)
        rho = math.sqrt((rank + 0.5) / len(order))  # equal area per node
        out[v] = (rho * math.cos(angle), rho * math.sin(angle))
    return out


def _free_spot(circles: list[tuple[float, float, float]], radius: float) -> tuple[float, float]:
    """Centre of a circle of ``radius`` that overlaps none of ``circles``: the first free spot on
    rings of growing distance around the first circle (angles from a fixed start: deterministic).
    Each ring's spots are checked against all the circles at once: a corpus has thousands."""
    import numpy as np

    if not circles:
        return 0.0, 0.0
    placed = np.array(circles)
    cx, cy, reach = placed[:, 0], placed[:, 1], placed[:, 2] + radius
    distance = circles[0][2] + radius
    while True:
        slots = max(6, int(2 * math.pi * distance / max(radius, 1.0)))
        angles = [-math.pi / 2 + 2 * math.pi * k / slots for k in range(slots)]
        xs = np.array([distance * math.cos(angle) for angle in angles])
        ys = np.array([distance * math.sin(angle) for angle in angles])
        free = (np.hypot(xs[:, None] - cx, ys[:, None] - cy) >= reach).all(axis=1)
        if free.any():
            k = int(free.argmax())
            return float(xs[k]), float(ys[k])
        distance += radius * 0.5


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
    return 7 + 3 * min(len(n.years), 12)


def importance(model: ViewModel) -> dict[str, float]:
    """How much a node matters for labels: report years, typed links, and (damped) sentences
    shared with other entities."""
    score = {n.id: float(len(n.years)) for n in model.nodes}
    for e in model.edges:
        gain = math.log2(1 + e.weight) / 2 if e.kind == "coMentioned" else 1.0
        for end in (e.source, e.target):
            if end in score:
                score[end] += gain
    return score


def importance_ranks(model: ViewModel) -> dict[str, int]:
    """0 for the most important node, 1 for the next...: the page labels nodes in this order
    wherever their labels do not collide, so zoomed out only the important ones are named."""
    score = importance(model)
    return {v: i for i, v in enumerate(sorted(score, key=lambda v: (-score[v], v)))}


def home_places(model: ViewModel) -> dict[str, str]:
    """The place each entity is grouped under when the page clusters by place: a place is its
    own group; another entity joins the place it is located in (``locatedIn``), else the place
    it shares most sentences with. Entities with neither have no group."""
    kind = {n.id: n.type for n in model.nodes}
    years = {n.id: len(n.years) for n in model.nodes}
    located: dict[str, list[str]] = defaultdict(list)
    shared: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for e in model.edges:
        if e.kind == "locatedIn" and kind.get(e.target) == "Place" and kind.get(e.source):
            located[e.source].append(e.target)
        elif e.kind == "coMentioned":
            for a, b in ((e.source, e.target), (e.target, e.source)):
                if kind.get(b) == "Place" and kind.get(a) not in (None, "Place"):
                    shared[a][b] += e.weight
    home: dict[str, str] = {}
    for n in model.nodes:
        if n.type == "Place":
            home[n.id] = n.id
        elif located.get(n.id):
            home[n.id] = min(located[n.id], key=lambda p: (-years[p], p))
        elif shared.get(n.id):
            home[n.id] = min(shared[n.id], key=lambda p: (-shared[n.id][p], p))
    return home


def comention_threshold(model: ViewModel) -> int:
    """Default minimum weight of the co-mention edges the page shows when they are switched on:
    the smallest that keeps them no more numerous than the nodes."""
    weights = sorted((e.weight for e in model.edges if e.kind == "coMentioned"), reverse=True)
    limit = max(1, len(model.nodes))
    if len(weights) <= limit:
        return 1
    return weights[limit] + 1  # every edge heavier than the (limit+1)-th heaviest


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


def build_network(model: ViewModel, *, focus: str | None = None, year: int | None = None,
                  types: Iterable[str] | str | None = None,
                  max_nodes: int | None = DEFAULT_MAX_NODES, title: str | None = None,
                  height: str = "640px") -> KGNetwork:
    """A pyvis Network of (a selection of) the model, laid out and styled; see :func:`select`.
    ``max_nodes=None`` keeps every node; the nodes left out are counted per type and per place
    in the page."""
    whole = select(model, focus=focus, year=year, types=types)
    sub = whole if max_nodes is None else most_important(
        whole, max_nodes, resolve_focus(model, focus) if focus is not None else None)
    comentions = [e for e in sub.edges if e.kind == "coMentioned"]
    if len(comentions) > COMENTIONS_PER_NODE * len(sub.nodes):
        heaviest = sorted(comentions, key=lambda e: (-e.weight, e.source, e.target))
        dropped = set(map(id, heaviest[COMENTIONS_PER_NODE * len(sub.nodes):]))
        sub = ViewModel(nodes=sub.nodes, edges=[e for e in sub.edges if id(e) not in dropped])
    coords = compute_layout(sub)
    ranks = importance_ranks(sub)
    homes = home_places(sub)
    kept = {n.id for n in sub.nodes}
    omitted_types: dict[str, int] = defaultdict(int)
    omitted_here: dict[str, int] = defaultdict(int)
    if len(kept) < len(whole.nodes):
        whole_homes = home_places(whole)
        for n in whole.nodes:
            if n.id not in kept:
                omitted_types[n.type] += 1
                if whole_homes.get(n.id) in kept:
                    omitted_here[whole_homes[n.id]] += 1
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
            "title": _node_text(n), "kgRank": ranks[n.id],
            "kgType": n.type, "kgClass": n.cls, "kgPinyin": n.pinyin, "kgYears": list(n.years),
            "kgStatus": {str(y): s for y, s in sorted(n.status_by_year.items())},
            "kgEvidence": n.evidence, "kgReport": n.evidence_report,
            "kgHome": homes.get(n.id), "kgOmitted": omitted_here.get(n.id, 0),
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
            edge.update(width=2, color=st["color"], dashes=st["dashes"],
                        arrows="to" if st["arrow"] else "", title=_edge_text(e),
                        kgKind=e.kind, kgWeight=e.weight, kgYears=[], kgYearWeights=[])
        net.edges.append(edge)
    net.options = _vis_options(len(sub.nodes))
    shown_types = ([types] if isinstance(types, str) else sorted(types)) \
        if types is not None else None
    net.kg_meta = {
        "years": list(model.years), "total_nodes": len(model.nodes),
        "total_edges": len(model.edges),
        "filters": {"focus": focus, "year": year, "types": shown_types,
                    "max_nodes": max_nodes},
        # a page asked for some types (or one entity's neighbourhood) shows all it holds
        "default_types": list(DEFAULT_TYPES) if types is None and focus is None else None,
        "comention_min": comention_threshold(sub), "comention_max": max_w,
        "omitted": {t: omitted_types[t] for t in ENTITY_TYPES if omitted_types.get(t)},
    }
    return net


def write_network_html(model: ViewModel, path: str | Path, *, focus: str | None = None,
                       year: int | None = None, types: Iterable[str] | str | None = None,
                       max_nodes: int | None = DEFAULT_MAX_NODES,
                       title: str | None = None) -> Path:
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
        "defaultTypes": meta.get("default_types"),
        "comentionMin": meta.get("comention_min", 1),
        "comentionMax": meta.get("comention_max", 1),
        "omitted": meta.get("omitted") or {},
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
    "DEFAULT_MAX_NODES", "DEFAULT_TYPES", "KGNetwork", "build_network", "comention_threshold",
    "compute_layout", "home_places", "importance", "importance_ranks", "most_important", "network_html",
    "render_network_page", "resolve_focus", "safe_json", "select", "write_network_html",
]
