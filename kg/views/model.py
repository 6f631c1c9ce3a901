"""The view model: what the network and timeline views show, read from the store with SPARQL.

Follows ``docs/data-model.md``: entities live in the named graph ``B graph/entities``, the
ontology in ``B graph/ontology`` and each report (its sentences and mentions) in
``B graph/report/{id}``. Everything is sorted by IRI so that the same store always gives the same
view model (and therefore byte-identical HTML).
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

import pyoxigraph

from kg.vocab import DEFAULT_BASE, ENTITY_TYPES, PREFIXES, STATUSES

KG_NS = PREFIXES["kg"]
_SCHEMA = PREFIXES["schema"]

#: Edge kinds, in the order used by legends and controls.
EDGE_KINDS = ("locatedIn", "partOf", "connects", "coMentioned")

#: The class tree of docs/data-model.md ("Classes"), used when the ontology graph is absent.
#: child local name -> parent local name (``None`` for the five top-level types).
FALLBACK_PARENTS: dict[str, str | None] = {
    "Project": None, "Place": None, "Programme": None, "Organization": None, "Event": None,
    "TransportProject": "Project", "Highway": "TransportProject", "Railway": "TransportProject",
    "Airport": "TransportProject", "Road": "TransportProject", "Bridge": "TransportProject",
    "WaterProject": "Project", "EnergyProject": "Project", "IndustrialProject": "Project",
    "TourismProject": "Project", "PublicFacility": "Project", "UrbanProject": "Project",
    "DigitalProject": "Project",
    "AdministrativeArea": "Place", "Country": "AdministrativeArea",
    "Province": "AdministrativeArea", "Prefecture": "AdministrativeArea",
    "County": "AdministrativeArea", "Town": "AdministrativeArea", "Village": "AdministrativeArea",
    "ScenicArea": "Place", "Waterbody": "Place", "Region": "Place",
    "Campaign": "Programme", "Reform": "Programme", "Strategy": "Programme",
    "InstitutionalSystem": "Programme", "Slogan": "Programme", "Policy": "Programme",
    "GovernmentBody": "Organization", "Enterprise": "Organization",
}

#: schema.org classes that stand for a top-level type (kg:Place ≡ schema:Place, and the kg
#: classes for organisations and events are subclasses of the schema.org ones).
_SCHEMA_TYPES = {
    _SCHEMA + "Place": "Place",
    _SCHEMA + "Organization": "Organization",
    _SCHEMA + "Event": "Event",
}


#: Display styles shared by the views (colour-blind-safe Tableau 10 / ColorBrewer colours).
TYPE_STYLES: dict[str, dict[str, str]] = {
    "Project": {"color": "#e15759", "zh": "项目"},
    "Place": {"color": "#4e79a7", "zh": "地点"},
    "Programme": {"color": "#59a14f", "zh": "规划与政策"},
    "Organization": {"color": "#f28e2b", "zh": "机构"},
    "Event": {"color": "#b07aa1", "zh": "事件"},
}
STATUS_STYLES: dict[str, dict[str, str]] = {
    "Planned": {"color": "#dadaeb", "zh": "谋划"},
    "Preparatory": {"color": "#9e9ac8", "zh": "前期"},
    "Started": {"color": "#fdae6b", "zh": "开工"},
    "UnderConstruction": {"color": "#e6550d", "zh": "在建"},
    "Completed": {"color": "#74c476", "zh": "建成"},
    "InOperation": {"color": "#238b45", "zh": "运营"},
}
#: colour of a year in which an entity is mentioned without a stated status
MENTIONED_STYLE = {"color": "#d9d9d9", "zh": "提及"}
EDGE_STYLES: dict[str, dict] = {
    "locatedIn": {"color": "#7f7f7f", "dashes": True, "arrow": True, "zh": "位于"},
    "partOf": {"color": "#8c564b", "dashes": [2, 4], "arrow": True, "zh": "属于"},
    "connects": {"color": "#17becf", "dashes": False, "arrow": True, "zh": "连接"},
    "coMentioned": {"color": "#aec7e8", "dashes": False, "arrow": False, "zh": "同句提及"},
}


@dataclass(frozen=True)
class NodeInfo:
    """One entity as the views show it."""

    id: str                                   #: the entity IRI
    label: str                                #: Chinese label (skos:prefLabel @zh)
    type: str                                 #: Project | Place | Programme | Organization | Event
    cls: str                                  #: local name of the most specific class
    pinyin: str                               #: skos:prefLabel @zh-Latn-pinyin (or computed)
    years: tuple[int, ...]                    #: report years that mention it, ascending
    status_by_year: dict[int, str]            #: most advanced status stated in each year
    evidence: str | None                      #: sentence of the latest mention
    evidence_report: str | None               #: title of that mention's report
    #: per report year: (sentence, report title) of the mention that sets that year's status
    #: (or of the first mention of that year when none states a status).
    evidence_by_year: dict[int, tuple[str | None, str | None]] = field(
        default_factory=dict, compare=True)


@dataclass(frozen=True)
class EdgeInfo:
    """One edge: a link of the entities graph or a co-mention."""

    source: str
    target: str
    kind: str                                 #: locatedIn | partOf | connects | coMentioned
    weight: int                               #: 1, or the number of shared sentences
    #: coMentioned only: number of shared sentences per report year.
    weight_by_year: dict[int, int] = field(default_factory=dict)


@dataclass
class ViewModel:
    nodes: list[NodeInfo]
    edges: list[EdgeInfo]

    def node(self, node_id: str) -> NodeInfo:
        for n in self.nodes:
            if n.id == node_id:
                return n
        raise KeyError(node_id)

    @property
    def years(self) -> tuple[int, ...]:
        """All report years of the model, ascending."""
        return tuple(sorted({y for n in self.nodes for y in n.years}))


def status_rank(status: str) -> int:
    """Rank of a status local name in the default order (unknown statuses rank lowest)."""
    try:
        return STATUSES.index(status)
    except ValueError:
        return -1


def local_name(iri: str) -> str:
    for sep in ("#", "/"):
        if sep in iri:
            iri = iri.rsplit(sep, 1)[1]
    return iri


def _year(value: str | None) -> int | None:
    """Year of an ``xsd:gYear`` (or date/integer) lexical form."""
    if not value:
        return None
    v = value.strip()
    sign = -1 if v.startswith("-") else 1
    digits = ""
    for ch in v.lstrip("+-"):
        if not ch.isdigit():
            break
        digits += ch
    return sign * int(digits) if digits else None


def _val(term) -> str | None:
    return None if term is None else term.value


def _select(store: pyoxigraph.Store, query: str):
    prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
    return store.query(prologue + query)


def pinyin_of(label: str) -> str:
    """Pinyin with tone marks, used when the store has no ``@zh-Latn-pinyin`` label."""
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:  # pragma: no cover - pypinyin is a dependency
        return ""
    return " ".join(s for s in lazy_pinyin(label, style=Style.TONE, errors="default") if s.strip())


def sort_key_latin(text: str) -> str:
    """Tone-less lower-case key (``Sānglóng`` -> ``sanglong``) for sorting by pinyin."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# --------------------------------------------------------------------------------------------
# ontology


def _class_tree(store: pyoxigraph.Store, onto_graph: str) -> dict[str, set[str]]:
    """class IRI -> direct superclass IRIs, from the ontology graph (empty when absent)."""
    parents: dict[str, set[str]] = defaultdict(set)
    q = f"""SELECT ?c ?d WHERE {{ GRAPH <{onto_graph}> {{
                ?c rdfs:subClassOf ?d . FILTER(isIRI(?c) && isIRI(?d)) }} }}"""
    for sol in _select(store, q):
        parents[sol["c"].value].add(sol["d"].value)
    q = f"""SELECT ?c ?d WHERE {{ GRAPH <{onto_graph}> {{
                ?c owl:equivalentClass ?d . FILTER(isIRI(?c) && isIRI(?d)) }} }}"""
    for sol in _select(store, q):  # treat equivalence as subclass both ways
        parents[sol["c"].value].add(sol["d"].value)
        parents[sol["d"].value].add(sol["c"].value)
    q = f"""SELECT ?c WHERE {{ GRAPH <{onto_graph}> {{ ?c a owl:Class . FILTER(isIRI(?c)) }} }}"""
    for sol in _select(store, q):
        parents.setdefault(sol["c"].value, set())
    return dict(parents)


def _fallback_tree() -> dict[str, set[str]]:
    tree: dict[str, set[str]] = {}
    for child, parent in FALLBACK_PARENTS.items():
        tree[KG_NS + child] = {KG_NS + parent} if parent else set()
    return tree


def _ancestors(cls: str, tree: dict[str, set[str]]) -> set[str]:
    seen: set[str] = set()
    stack = [cls]
    while stack:
        for p in sorted(tree.get(stack.pop(), ())):
            if p not in seen:
                seen.add(p)
                stack.append(p)
    seen.discard(cls)
    return seen


class _Classifier:
    """Maps classes to (top-level type, specificity)."""

    def __init__(self, tree: dict[str, set[str]]):
        self.tree = tree
        self._cache: dict[str, tuple[str | None, int]] = {}

    def classify(self, cls: str) -> tuple[str | None, int]:
        if cls not in self._cache:
            anc = _ancestors(cls, self.tree) | {cls}
            top = next((t for t in ENTITY_TYPES if KG_NS + t in anc), None)
            depth = len(anc) - 1
            if top is None:
                top = next((_SCHEMA_TYPES[a] for a in sorted(anc) if a in _SCHEMA_TYPES), None)
                depth = -1
            self._cache[cls] = (top, depth)
        return self._cache[cls]


# --------------------------------------------------------------------------------------------
# loading


def load_view_model(store: pyoxigraph.Store, base: str = DEFAULT_BASE) -> ViewModel:
    """Read the view model from a store that follows docs/data-model.md."""
    entities_graph = base + "graph/entities"
    onto_graph = base + "graph/ontology"
    report_prefix = base + "graph/report/"

    # ---- class tree: the ontology graph, else (or for classes it lacks) the documented tree
    tree = _fallback_tree()
    onto = _class_tree(store, onto_graph)
    if onto:
        tree.update(onto)
    classifier = _Classifier(tree)

    # ---- status ranks
    ranks = {KG_NS + s: i for i, s in enumerate(STATUSES)}
    q = f"""SELECT ?s ?r WHERE {{ GRAPH <{onto_graph}> {{ ?s kg:statusRank ?r }} }}"""
    for sol in _select(store, q):
        try:
            ranks[sol["s"].value] = int(float(sol["r"].value))
        except ValueError:
            pass

    # ---- entities and their classes
    types: dict[str, list[str]] = defaultdict(list)
    q = f"""SELECT ?e ?c WHERE {{ GRAPH <{entities_graph}> {{
                ?e a ?c . FILTER(isIRI(?e) && isIRI(?c)) }} }}"""
    for sol in _select(store, q):
        types[sol["e"].value].append(sol["c"].value)

    node_type: dict[str, tuple[str, str]] = {}
    for e, classes in types.items():
        if KG_NS + "ProjectPhase" in classes:
            continue  # a phase is drawn as its project (its status is the phase's, not the project's)
        best: tuple[int, str, str] | None = None  # (specificity, class, top)
        for c in sorted(set(classes)):
            top, depth = classifier.classify(c)
            if top is None:
                continue
            if best is None or depth > best[0]:
                best = (depth, c, top)
        if best is not None:
            node_type[e] = (best[2], local_name(best[1]))

    # ---- labels
    labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    q = f"""SELECT ?e ?p ?l WHERE {{ GRAPH <{entities_graph}> {{
                VALUES ?p {{ skos:prefLabel rdfs:label }}
                ?e ?p ?l . FILTER(isLiteral(?l)) }} }}"""
    for sol in _select(store, q):
        e = sol["e"].value
        if e not in node_type:
            continue
        lit = sol["l"]
        lang = (lit.language or "").lower()
        kind = "pref" if sol["p"].value.endswith("prefLabel") else "label"
        if lang.startswith("zh-latn"):
            labels[e]["pinyin" if kind == "pref" else "pinyin_label"].append(lit.value)
        elif lang.startswith("zh") or not lang:
            labels[e][kind + "_zh"].append(lit.value)
        else:
            labels[e][kind + "_other"].append(lit.value)

    # ---- mentions
    mentions: dict[str, list[dict]] = defaultdict(list)
    sentence_entities: dict[str, set[str]] = defaultdict(set)
    sentence_year: dict[str, int] = {}
    q = f"""SELECT ?g ?m ?e ?y ?ry ?status ?sent ?text ?report ?title ?begin WHERE {{
        GRAPH ?g {{
            ?m itsrdf:taIdentRef ?e .
            OPTIONAL {{ ?m kg:reportYear ?y }}
            OPTIONAL {{ ?m kg:status ?status FILTER NOT EXISTS {{ ?m kg:namesPhase ?phase }} }}  # a phase's status
            OPTIONAL {{ ?m nif:beginIndex ?begin }}
            OPTIONAL {{ ?m nif:sentence ?sent . OPTIONAL {{ ?sent nif:anchorOf ?text }} }}
            OPTIONAL {{ ?m kg:report ?report .
                        OPTIONAL {{ ?report dcterms:title ?title }}
                        OPTIONAL {{ ?report kg:reportYear ?ry }} }}
        }}
        FILTER(STRSTARTS(STR(?g), "{report_prefix}"))
    }}"""
    seen_rows: set[tuple] = set()
    for sol in _select(store, q):
        e = _val(sol["e"])
        if e not in node_type:
            continue
        year = _year(_val(sol["y"])) or _year(_val(sol["ry"]))
        if year is None:
            continue
        title_term = sol["title"]
        title_lang = (title_term.language or "") if title_term is not None else ""
        status = _val(sol["status"])
        row = (
            _val(sol["m"]), e, year, status, _val(sol["sent"]), _val(sol["text"]),
            _val(sol["report"]), _val(title_term), title_lang,
            int(sol["begin"].value) if sol["begin"] is not None else -1,
            _val(sol["g"]),
        )
        if row in seen_rows:
            continue
        seen_rows.add(row)
        mentions[e].append({
            "m": row[0], "year": year, "status": status, "sent": row[4], "text": row[5],
            "report": row[6] or row[10][len(report_prefix):], "title": row[7],
            "title_lang": title_lang, "begin": row[9],
        })
        if row[4] is not None:
            sentence_entities[row[4]].add(e)
            sentence_year.setdefault(row[4], year)

    # ---- nodes
    nodes: list[NodeInfo] = []
    for e in sorted(node_type):
        top, cls = node_type[e]
        lab = labels.get(e, {})

        def first(*keys: str) -> str | None:
            for k in keys:
                vals = lab.get(k)
                if vals:
                    return sorted(vals)[0]
            return None

        label = first("pref_zh", "label_zh", "pref_other", "label_other") or local_name(e)
        pinyin = first("pinyin", "pinyin_label") or pinyin_of(label)

        by_year: dict[int, list[dict]] = defaultdict(list)
        for m in mentions.get(e, ()):
            by_year[m["year"]].append(m)
        status_by_year: dict[int, str] = {}
        evidence_by_year: dict[int, tuple[str | None, str | None]] = {}
        for y in sorted(by_year):
            ms = by_year[y]

            def title_pref(m: dict) -> tuple:
                # prefer a Chinese title, then any; then the first mention in reading order
                return (0 if m["title_lang"].lower().startswith("zh") else 1,
                        m["report"] or "", m["begin"], m["m"] or "", m["title"] or "")

            ms.sort(key=title_pref)
            stated = [m for m in ms if m["status"]]
            if stated:
                best = max(stated, key=lambda m: ranks.get(m["status"], -1))
                # max() keeps the first of equal ranks: the first in reading order
                status_by_year[y] = local_name(best["status"])
            else:
                best = ms[0]
            # a report may have several titles: take the preferred one of that report
            title = next((m["title"] for m in ms
                          if m["report"] == best["report"] and m["title"]), None)
            evidence_by_year[y] = (best["text"], title or (local_name(best["report"])
                                                           if best["report"] else None))
        years = tuple(sorted(by_year))
        evidence, evidence_report = evidence_by_year[years[-1]] if years else (None, None)
        nodes.append(NodeInfo(
            id=e, label=label, type=top, cls=cls, pinyin=pinyin, years=years,
            status_by_year=status_by_year, evidence=evidence, evidence_report=evidence_report,
            evidence_by_year=evidence_by_year,
        ))

    # ---- edges: links between entities
    ids = set(node_type)
    edges: list[EdgeInfo] = []
    q = f"""SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH <{entities_graph}> {{
                VALUES ?p {{ kg:locatedIn kg:partOf kg:connects }}
                ?s ?p ?o . FILTER(isIRI(?o)) }} }}"""
    links = set()
    for sol in _select(store, q):
        s, o = sol["s"].value, sol["o"].value
        if s in ids and o in ids and s != o:
            links.add((s, o, local_name(sol["p"].value)))
    for s, o, kind in links:
        edges.append(EdgeInfo(source=s, target=o, kind=kind, weight=1))

    # ---- edges: co-mentions in one sentence
    co: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for sent, ents in sentence_entities.items():
        for a, b in combinations(sorted(ents), 2):
            co[(a, b)][sentence_year[sent]] += 1
    for (a, b), per_year in co.items():
        edges.append(EdgeInfo(source=a, target=b, kind="coMentioned",
                              weight=sum(per_year.values()),
                              weight_by_year=dict(sorted(per_year.items()))))

    edges.sort(key=lambda ed: (ed.source, ed.target, EDGE_KINDS.index(ed.kind)))
    return ViewModel(nodes=nodes, edges=edges)


__all__ = [
    "EDGE_KINDS", "EDGE_STYLES", "MENTIONED_STYLE", "STATUS_STYLES", "TYPE_STYLES", "EdgeInfo",
    "NodeInfo", "ViewModel", "load_view_model", "local_name", "pinyin_of", "sort_key_latin", "status_rank",
    "write_page",
]


def write_page(path, text: str):
    """Write a view (HTML or SVG) as UTF-8 with LF line ends, creating folders; return its path."""
    from pathlib import Path

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
    return path
