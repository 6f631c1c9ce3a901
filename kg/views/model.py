"""The view model: what the network and timeline views show, read from the store with SPARQL.

Follows ``docs/data-model.md``: entities live in the named graph ``B graph/entities``, the
ontology in ``B graph/ontology`` and each report (its sentences and mentions) in
``B graph/report/{id}``. Everything is sorted by IRI so that the same store always gives the same
view model (and therefore byte-identical HTML).
"""

from __future__ import annotations

import hashlib
import pickle
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path

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
# report summaries


#: Version of :class:`ReportSummary`'s content: part of every cached summary's key.
SUMMARY_FORMAT = 1

#: A mention as the views compare them: ``(key, sentence text, report, report title)``, where
#: ``key`` = (0 when the report has a Chinese title else 1, report, begin index, mention IRI):
#: the first of equals in this order gives a year its evidence.
Candidate = tuple[tuple[int, str, int, str], str | None, str, str | None]

_MENTIONS_QUERY = """SELECT ?m ?e ?y ?ry ?status ?sent ?text ?report ?title ?begin WHERE {{
    GRAPH <{graph}> {{
        ?m itsrdf:taIdentRef ?e .
        OPTIONAL {{ ?m kg:reportYear ?y }}
        OPTIONAL {{ ?m kg:status ?status FILTER NOT EXISTS {{ ?m kg:namesPhase ?phase }} }}  # a phase's status
        OPTIONAL {{ ?m nif:beginIndex ?begin }}
        OPTIONAL {{ ?m nif:sentence ?sent . OPTIONAL {{ ?sent nif:anchorOf ?text }} }}
        OPTIONAL {{ ?m kg:report ?report .
                    OPTIONAL {{ ?report dcterms:title ?title }}
                    OPTIONAL {{ ?report kg:reportYear ?ry }} }}
    }}
}}"""


@dataclass
class ReportSummary:
    """What the views take from one report graph, whatever the rest of the store holds.

    ``evidence``: per (entity IRI, report year), the first mention (in :data:`Candidate` order)
    of each stated status (by status IRI) and, under ``""``, the first mention of all.
    ``pairs``: per pair of entity IRIs (sorted), the sentences naming both, per year."""

    evidence: dict[tuple[str, int], dict[str, Candidate]]
    pairs: dict[tuple[str, str], dict[int, int]]


_MENTIONS_VARIABLES = ("m", "e", "y", "ry", "status", "sent", "text", "report", "title", "begin")


def summarise_report(store: pyoxigraph.Store, graph: str, report_prefix: str) -> ReportSummary:
    """The :class:`ReportSummary` of the report graph ``graph``."""
    solutions = (tuple(sol[name] for name in _MENTIONS_VARIABLES)
                 for sol in _select(store, _MENTIONS_QUERY.format(graph=graph)))
    return _summary(solutions, graph, report_prefix)


_IDENT = PREFIXES["itsrdf"] + "taIdentRef"
_REPORT_YEAR = KG_NS + "reportYear"
_STATUS = KG_NS + "status"
_NAMES_PHASE = KG_NS + "namesPhase"
_BEGIN = PREFIXES["nif"] + "beginIndex"
_SENTENCE = PREFIXES["nif"] + "sentence"
_ANCHOR = PREFIXES["nif"] + "anchorOf"
_REPORT = KG_NS + "report"
_TITLE = PREFIXES["dcterms"] + "title"
_SUMMARY_PREDICATES = frozenset((_IDENT, _REPORT_YEAR, _STATUS, _NAMES_PHASE, _BEGIN, _SENTENCE, _ANCHOR, _REPORT, _TITLE))


def summarise_quads(quads, graph: str, report_prefix: str) -> ReportSummary:
    """:func:`summarise_report` of the report graph whose quads are ``quads``, without a store:
    the solutions of :data:`_MENTIONS_QUERY` made here (its optional parts share no variable but
    ``?m``, so its solutions are, per mention and entity, every combination of their values)."""
    values: dict = defaultdict(lambda: defaultdict(list))  # subject -> predicate IRI -> objects
    named = pyoxigraph.NamedNode(graph)
    for quad in quads:
        predicate = quad.predicate.value
        if predicate in _SUMMARY_PREDICATES and quad.graph_name == named:
            values[quad.subject][predicate].append(quad.object)
    none: dict = {}
    return _summary(_solutions(values, none), graph, report_prefix)


def _solutions(values: dict, none: dict):
    for m, of_m in list(values.items()):
        if _IDENT not in of_m:
            continue
        years = of_m.get(_REPORT_YEAR) or [None]
        # a phase's status is not the mention's (FILTER NOT EXISTS { ?m kg:namesPhase ?phase })
        statuses = (of_m.get(_STATUS) or [None]) if _NAMES_PHASE not in of_m else [None]
        begins = of_m.get(_BEGIN) or [None]
        sentences = [(sent, text) for sent in of_m.get(_SENTENCE, ())
                     for text in values.get(sent, none).get(_ANCHOR) or [None]] or [(None, None)]
        reports = [(report, title, report_year) for report in of_m.get(_REPORT, ())
                   for title in values.get(report, none).get(_TITLE) or [None]
                   for report_year in values.get(report, none).get(_REPORT_YEAR) or [None]] or [(None, None, None)]
        for e in of_m[_IDENT]:
            for y in years:
                for status in statuses:
                    for begin in begins:
                        for sent, text in sentences:
                            for report, title, report_year in reports:
                                yield m, e, y, report_year, status, sent, text, report, title, begin


def _summary(solutions, graph: str, report_prefix: str) -> ReportSummary:
    """The summary of a report graph from the solutions of :data:`_MENTIONS_QUERY` (tuples in the
    order of :data:`_MENTIONS_VARIABLES`, None for an unbound variable)."""
    rows = set()
    titles: dict[str, list[tuple[str, str]]] = defaultdict(list)  # report -> (title, language)
    for m, e, y, ry, status, sent, text, report_term, title_term, begin in solutions:
        year = _year(_val(y)) or _year(_val(ry))
        if year is None:
            continue
        title_lang = (title_term.language or "") if title_term is not None else ""
        report = _val(report_term) or graph[len(report_prefix):]
        if title_term is not None:
            titles[report].append((title_term.value, title_lang))
        rows.add((
            _val(m), _val(e), year, _val(status), _val(sent),
            _val(text), report, int(begin.value) if begin is not None else -1,
        ))
    # A report is ranked by its titles (one in Chinese first) and gives a mention the first of
    # them: its Chinese ones, then any, in code point order
    first_title: dict[str, str | None] = {}
    rank: dict[str, int] = {}
    for report, named in titles.items():
        rank[report] = 0 if any(lang.lower().startswith("zh") for _, lang in named) else 1
        shown = [(0 if lang.lower().startswith("zh") else 1, title) for title, lang in named if title]
        first_title[report] = min(shown)[1] if shown else None
    evidence: dict[tuple[str, int], dict[str, Candidate]] = defaultdict(dict)
    sentences: dict[str, set[str]] = defaultdict(set)
    sentence_year: dict[str, int] = {}
    for m, e, year, status, sent, text, report, begin in rows:
        candidate = ((rank.get(report, 1), report, begin, m or ""), text, report, first_title.get(report))
        found = evidence[(e, year)]
        for which in ("", status) if status else ("",):
            if which not in found or _before(candidate, found[which]):
                found[which] = candidate
        if sent is not None:
            sentences[sent].add(e)
            sentence_year[sent] = min(year, sentence_year.get(sent, year))
    pairs: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for sent, named in sentences.items():
        for a, b in combinations(sorted(named), 2):
            pairs[(a, b)][sentence_year[sent]] += 1
    return ReportSummary(evidence=dict(evidence), pairs={k: dict(v) for k, v in pairs.items()})


def _before(candidate: Candidate, other: Candidate) -> bool:
    """Whether ``candidate`` comes first (by its key; a mention of two sentences by their text)."""
    return (candidate[0], candidate[1] or "") < (other[0], other[1] or "")


class _Evidence:
    """Per (entity, year), across reports: the mention that states the most advanced status
    (the first of equals), else the first mention; each year's evidence and status from it."""

    def __init__(self, ranks: dict[str, int]):
        self.ranks = ranks
        self.stated: dict[str, dict[int, tuple[int, Candidate, str]]] = defaultdict(dict)
        self.first: dict[str, dict[int, Candidate]] = defaultdict(dict)

    def add(self, entity: str, year: int, candidates: dict[str, Candidate]) -> None:
        first = self.first[entity]
        if year not in first or _before(candidates[""], first[year]):
            first[year] = candidates[""]
        stated = self.stated[entity]
        for status, candidate in candidates.items():
            if not status:
                continue
            rank = self.ranks.get(status, -1)
            held = stated.get(year)
            # the most advanced status; of equals, the first mention
            if held is None or rank > held[0] or (rank == held[0] and (
                    _before(candidate, held[1]) or (not _before(held[1], candidate) and status < held[2]))):
                stated[year] = (rank, candidate, status)

    def of(self, entity: str) -> tuple[dict[int, str], dict[int, tuple[str | None, str | None]]]:
        status_by_year: dict[int, str] = {}
        evidence_by_year: dict[int, tuple[str | None, str | None]] = {}
        stated = self.stated.get(entity, {})
        for year, first in sorted(self.first.get(entity, {}).items()):
            best = first
            if year in stated:
                best = stated[year][1]
                status_by_year[year] = local_name(stated[year][2])
            _key, text, report, title = best
            evidence_by_year[year] = (text, title or (local_name(report) if report else None))
        return status_by_year, evidence_by_year


def _report_graphs(store: pyoxigraph.Store, report_prefix: str) -> list[str]:
    return sorted(g.value for g in store.named_graphs()
                  if isinstance(g, pyoxigraph.NamedNode) and g.value.startswith(report_prefix))


class ReportSummaries:
    """Report summaries, made from the store or read from the cache folder (``views/``) by a key
    over the graph's IRI and its key; ``folder=None`` keeps none."""

    def __init__(self, folder: Path | None):
        self.folder = folder

    def _entry(self, graph: str, key: str) -> Path:
        digest = hashlib.sha256(f"kg-views {SUMMARY_FORMAT}\0{graph}\0{key}".encode()).hexdigest()
        return self.folder / "views" / digest[:2] / f"{digest}.summary"

    def get(self, store: pyoxigraph.Store, graph: str, report_prefix: str, key: str | None) -> ReportSummary:
        entry = self._entry(graph, key) if self.folder is not None and key else None
        if entry is not None:
            try:
                with entry.open("rb") as handle:
                    summary = pickle.load(handle)
                if isinstance(summary, ReportSummary):
                    return summary
            except Exception:  # noqa: BLE001 - absent or damaged: made again and replaced
                pass
        summary = summarise_report(store, graph, report_prefix)
        if entry is not None:
            self._put(entry, summary)
        return summary

    def keep(self, graph: str, report_prefix: str, key: str | None, quads) -> None:
        """Make and keep the summary of the report graph whose quads are ``quads`` (its N-Quads
        lines, or those parsed: a summary depends on its graph only, see :func:`summarise_quads`),
        unless it is kept already. The build's workers call this as they make the report graphs,
        so that the views stage reads each summary instead of querying the store for it."""
        if self.folder is None or not key or (entry := self._entry(graph, key)).is_file():
            return
        if isinstance(quads, bytes):
            quads = pyoxigraph.parse(quads, format=pyoxigraph.RdfFormat.N_QUADS)
        self._put(entry, summarise_quads(quads, graph, report_prefix))

    @staticmethod
    def _put(entry: Path, summary: ReportSummary) -> None:
        from kg.cache import write_entry

        write_entry(entry, lambda stream: pickle.dump(summary, stream, protocol=pickle.HIGHEST_PROTOCOL))


# --------------------------------------------------------------------------------------------
# loading


def load_view_model(store: pyoxigraph.Store, base: str = DEFAULT_BASE, *,
                    graph_keys: dict[str, str | None] | None = None,
                    cache_folder: Path | None = None) -> ViewModel:
    """Read the view model from a store that follows docs/data-model.md.

    The report graphs are read one at a time into a :class:`ReportSummary` each, and only the
    summaries' aggregate is kept, so memory follows the entities, not the mentions. With
    ``graph_keys`` (a key per named graph that changes whenever the graph does, as the build
    records them) and ``cache_folder``, each summary is kept in the cache and read back by a
    later build while its graph's key stays the same (``kg add`` summarises the new report only).
    """
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

    # ---- mentions, one report graph at a time (or its summary from the cache): the views keep
    # per (entity, year) the mention that sets it and per pair of entities the shared sentences
    summaries = ReportSummaries(cache_folder)
    best = _Evidence(ranks)
    co: dict[tuple[str, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for graph in _report_graphs(store, report_prefix):
        summary = summaries.get(store, graph, report_prefix, (graph_keys or {}).get(graph))
        for (e, year), candidates in summary.evidence.items():
            if e in node_type:
                best.add(e, year, candidates)
        for (a, b), per_year in summary.pairs.items():
            if a in node_type and b in node_type:
                for year, count in per_year.items():
                    co[(a, b)][year] += count
        del summary

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

        status_by_year, evidence_by_year = best.of(e)
        by_year = evidence_by_year
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

    # ---- edges: co-mentions in one sentence (counted per report above)
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
