"""Resolving mentions to entities: the same thing under different names in different reports is
one node.

A mention's resolution key is what it names, independently of which other reports exist, so that
entity IRIs stay the same when a report is added: a division code for administrative areas,
otherwise the entity type with the normalised canonical label.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kg.documents import Document, Mention, context_for, slug
from kg.reading import InputError
from kg.gazetteer import load_gazetteer
from kg.lexicon import chinese_number, load_lexicon
from kg.nlp import Relation
from kg.resources import load_toml
from kg.vocab import ENTITY_TYPES

_SPACE = re.compile(r"\s+")
_QUOTES = str.maketrans("", "", "“”‘’\"'「」『』")

#: Depth of each class below its top-level type, for choosing the most specific one.
_GENERIC_CLASSES = {"Project", "Place", "Programme", "Organization", "Event", "AdministrativeArea"}


@dataclass
class Entity:
    key: str
    type: str
    iri: str
    classes: Counter = field(default_factory=Counter)
    labels: Counter = field(default_factory=Counter)
    surfaces: set[str] = field(default_factory=set)
    mentions: list[tuple[Document, Mention]] = field(default_factory=list)
    definition: str | None = None
    code: str | None = None
    extra_reports: set[str] = field(default_factory=set)  # reports about it that do not name it
    merges: dict[str, set[str]] = field(default_factory=dict)  # rule → surfaces it brought in

    @property
    def cls(self) -> str:
        specific = {c: n for c, n in self.classes.items() if c not in _GENERIC_CLASSES} or self.classes
        return max(sorted(specific), key=lambda c: specific[c])

    @property
    def label(self) -> str:
        if self.code:
            division = load_gazetteer().by_code(self.code)
            if division:
                return division.name
        return max(sorted(self.labels), key=lambda l: (self.labels[l], len(l)))

    @property
    def alt_labels(self) -> list[str]:
        main = self.label
        return sorted({*self.labels, *self.surfaces} - {main})

    @property
    def years(self) -> list[int]:
        return sorted({document.year for document, _ in self.mentions})


@dataclass(frozen=True)
class EntityLink:
    source: Entity
    predicate: str
    target: Entity
    rule: str


def normalise(label: str) -> str:
    return _SPACE.sub("", label).translate(_QUOTES)


@dataclass(frozen=True)
class Key:
    """What a mention names: equal keys are one entity. ``name`` is what the IRI is made of and
    ``rule`` says which rule made the key (recorded with every merge)."""

    key: str
    name: str
    rule: str


@functools.cache
def _rules() -> dict:
    config = load_toml("patterns", "resolution.toml")
    return {
        "pairs": re.compile(config["numbered_pairs"]),
        "numerals": config["numerals"],
        "counted_number": re.compile(config["counted_number"]),
        "city_types": frozenset(config["city_prefix_types"]),
        "city_rest": config["city_prefix_min_rest"],
        "core_types": frozenset(config["core_types"]),
        "families": {cls: family for family, classes in config["core_families"].items() for cls in classes},
        "kind_endings": {type_: tuple(words) for type_, words in config.get("kind_endings", {}).items()},
        "kind_rest": config.get("kind_endings_min_rest", 3),
        "optional": {type_: tuple(words) for type_, words in config.get("optional_words", {}).items()},
        "optional_start_rest": config["optional_start_min_rest"],
        "contractions": tuple((long, short) for long, short in config["contractions"]),
        "scoped_types": frozenset(config["city_scoped_types"]),
        "shared_place_classes": frozenset(config["city_shared_place_classes"]),
        "shared_core_families": frozenset(config["city_shared_core_families"]),
        "local_core": re.compile(config["city_local_core"]),
        "local_region_endings": tuple(config["city_local_region_endings"]),
    }


def resolution_key(mention: Mention, city: str = "", aliases: Aliases | None = None) -> Key:
    """The key of a mention, from its own label, type and report city only (and the curated
    aliases, which are about names, not reports)."""
    candidate = mention.candidate
    key = label_key(candidate.type, candidate.cls, candidate.label, city, candidate.key)
    if aliases and (aliases.same or aliases.different):  # most corpora have no alias file
        key = aliases.apply(candidate.type, candidate.cls, (candidate.label, mention.text), city, key)
    return key


@functools.lru_cache(maxsize=1 << 16)  # a corpus names the same things in report after report
def label_key(type_: str, cls: str, label: str, city: str = "", code: str | None = None) -> Key:
    """The key the rules of ``resolution.toml`` give a name of type ``type_``."""
    rules = _rules()
    if code:
        return Key(f"{type_}:{code}", normalise(label), "division-code")
    written = normalise(label)
    label = rules["counted_number"].sub(lambda m: str(chinese_number(m.group())), written)
    if type_ == "Programme" and rules["pairs"].match(label):
        short = "".join(ch for ch in label if ch not in rules["numerals"])
        return Key(f"Programme:{short}", short, "slogan-abbreviation")
    rule = "same-label" if label == written else "counted-number"
    for long, short in rules["contractions"]:
        if long in label:
            label, rule = label.replace(long, short), "contraction"
    prefixed = False
    if type_ in rules["city_types"]:
        for prefix in _city_names(city):
            if label.startswith(prefix) and len(label) - len(prefix) >= rules["city_rest"]:
                label, rule, prefixed = label[len(prefix) :], "city-prefix", True
                break
    for ending in rules["kind_endings"].get(type_, ()):
        if label.endswith(ending) and len(label) - len(ending) >= rules["kind_rest"]:
            label, rule = label[: -len(ending)], "kind-ending"
            break
    for word in rules["optional"].get(type_, ()):
        if label.startswith(word) and len(label) - len(word) >= rules["optional_start_rest"]:
            label, rule = label[len(word) :], "optional-word"
        if word in label[1:]:
            label, rule = label[0] + label[1:].replace(word, ""), "optional-word"
    if type_ in rules["core_types"]:
        core = _proper_core(label)
        if core:
            family = rules["families"].get(cls, "works")
            shared = family in rules["shared_core_families"] and not rules["local_core"].match(core)
            return _in_city(Key(f"{type_}:{family}:{core}", core, "proper-core"), city, not shared)
    return _in_city(Key(f"{type_}:{label}", label, rule), city, _city_own(type_, cls, label, prefixed))


def _in_city(key: Key, city: str, local: bool) -> Key:
    """The key of a name that is the report city's own carries the city: two cities' 人民医院 are two."""
    return Key(f"{key.key}@{city}", key.name, key.rule) if local and city else key


def _city_own(type_: str, cls: str, label: str, prefixed: bool) -> bool:
    """Whether a name is the report city's own: it holds no real place the gazetteer knows (广州南站, 长江经济带 and
    张家界武陵源景区 do), and it was written after the city's name, or it is a work's or place's name that is no
    region, unless one named as a part of a city (城南新区)."""
    rules = _rules()
    if not prefixed and type_ not in rules["scoped_types"]:
        return False
    lexicon = load_lexicon()
    if any(word in lexicon.names for word in lexicon.segment(label)):
        return False
    return prefixed or cls not in rules["shared_place_classes"] or label.endswith(rules["local_region_endings"])


# -- curated aliases ------------------------------------------------------------------------------

ALIAS_FILE = "aliases.csv"
_ALIAS_COLUMNS = ("rule", "type", "label", "variant", "reason")


@dataclass
class Aliases:
    """Curated merges (``same``: ``variant`` is another name of ``label``) and splits
    (``different``: never one entity, whatever the rules say), from ``aliases.csv`` files."""

    same: dict[tuple[str, str], tuple[str, str]] = field(default_factory=dict)  # (type, variant) → (label, where)
    different: dict[tuple[str, str], list[tuple[str, str]]] = field(default_factory=dict)  # (type, name) → [(other, where)]

    def apply(self, type_: str, cls: str, names: tuple[str, ...], city: str, key: Key) -> Key:
        normalised = [normalise(name) for name in names]
        for name in normalised:
            target = self.same.get((type_, name))
            if target:
                label, where = target
                merged = label_key(type_, cls, label, city)
                return Key(merged.key, merged.name, f"alias-file {where}")
        for name in normalised:
            for other, where in self.different.get((type_, name), ()):
                if label_key(type_, cls, other, city).key == key.key and normalise(other) != name:
                    return Key(f"{type_}:{name}", name, f"alias-file {where}")
        return key

    def update(self, other: Aliases) -> None:
        self.same.update(other.same)
        for pair, others in other.different.items():
            self.different.setdefault(pair, []).extend(o for o in others if o not in self.different.get(pair, []))


def read_aliases(path: Path) -> Aliases:
    """The aliases of one file; a bad row is a one-line :class:`InputError` naming file and line."""
    aliases = Aliases()
    try:
        with path.open(encoding="utf-8-sig", newline="") as handle:
            reader = csv.DictReader(handle)
            missing = [c for c in _ALIAS_COLUMNS[:4] if c not in (reader.fieldnames or [])]
            if missing:
                raise InputError(f"{path}: missing column(s) {', '.join(missing)} (need {','.join(_ALIAS_COLUMNS)})")
            for line, row in enumerate(reader, start=2):
                rule, type_ = (row.get("rule") or "").strip(), (row.get("type") or "").strip()
                label, variant = normalise(row.get("label") or ""), normalise(row.get("variant") or "")
                where = f"{path.name}:{line}"
                if rule not in ("same", "different"):
                    raise InputError(f"{path}:{line}: rule must be 'same' or 'different', not {rule!r}")
                if type_ not in ENTITY_TYPES:
                    raise InputError(f"{path}:{line}: type must be one of {', '.join(ENTITY_TYPES)}, not {type_!r}")
                if not label or not variant or label == variant:
                    raise InputError(f"{path}:{line}: label and variant must be two different names")
                if rule == "same":
                    aliases.same[(type_, variant)] = (label, where)
                else:
                    aliases.different.setdefault((type_, label), []).append((variant, where))
                    aliases.different.setdefault((type_, variant), []).append((label, where))
    except OSError as error:
        raise InputError(f"{path}: cannot read aliases ({error.strerror or error})") from None
    except (UnicodeDecodeError, csv.Error) as error:
        raise InputError(f"{path}: not a UTF-8 CSV file ({error})") from None
    return aliases


def aliases_for(paths) -> Aliases:
    """The aliases of the folders the report files are in (``aliases.csv`` next to them)."""
    aliases = Aliases()
    for folder in sorted({Path(p).resolve().parent for p in paths}):
        if (folder / ALIAS_FILE).is_file():
            aliases.update(read_aliases(folder / ALIAS_FILE))
    return aliases


def _city_names(city: str) -> tuple[str, ...]:
    if not city:
        return ()
    short = re.sub(r"(市|地区|自治州|州|盟)$", "", city)
    return (city, short) if short != city else (city,)


def _proper_core(label: str) -> str | None:
    """The first word of a project name that names it: not a place, not a head or a generic word
    (中国翠谷植物提取产业园 → 翠谷, 500千伏输变电工程 → 500千伏)."""
    lexicon = load_lexicon()
    words = lexicon.segment(label)
    for i, word in enumerate(words):
        if lexicon.tag(word) == "ns" or word in lexicon.generic:
            continue
        if word.isdigit() or re.fullmatch(r"[\d.]+", word):
            unit = words[i + 1] if i + 1 < len(words) else ""
            return word + unit if unit and not lexicon.is_proper(unit) else word
        if lexicon.is_proper(word) and len(word) >= 2 and not _is_head(word):
            return _without_glued_generic(word, words[i + 1 :], lexicon)
    return None


def _without_glued_generic(word: str, rest: list[str], lexicon) -> str:
    """A name without the generic character the segmenter glued to its end when it begins the next
    word (亿胜新|材料 is 亿胜 + 新材料, as in 亿胜|石英|新|材料)."""
    last = word[-1]
    if len(word) >= 3 and rest and last in lexicon.generic and lexicon.is_common(rest[0]):
        return word[:-1]
    return word


@functools.cache
def _heads() -> frozenset[str]:
    config = load_toml("patterns", "projects.toml")
    return frozenset(surface for group in config["head"] for surface in group["surfaces"])


def _is_head(word: str) -> bool:
    """A head, or a word that ends with a head of two or more characters (looked up suffix by suffix)."""
    heads = _heads()
    return word in heads or any(word[i:] in heads for i in range(len(word) - 1))


def entity_iri(base: str, type_: str, key: str, label: str) -> str:
    digest = hashlib.sha1(key.encode("utf-8")).hexdigest()[:6]
    return f"{base}entity/{type_.lower()}/{slug(label)[:60].strip('-')}-{digest}"


def resolve(
    documents: list[Document], base: str, aliases: Aliases | None = None
) -> tuple[list[Entity], dict[int, Entity], list[EntityLink], dict[str, Entity]]:
    """Entities (sorted by IRI), the entity of every mention (by ``id(mention)``), links, and the
    entity of each report's city (by city name). ``aliases`` force or forbid merges."""
    entities: dict[str, Entity] = {}
    of_mention: dict[int, Entity] = {}
    for document in documents:
        for mention in document.mentions:
            candidate = mention.candidate
            resolved = resolution_key(mention, document.city, aliases)
            key = resolved.key
            entity = entities.get(key)
            if entity is None:
                entity = entities[key] = Entity(key=key, type=candidate.type, iri=entity_iri(base, candidate.type, key, resolved.name))
            entity.classes[candidate.cls] += 1
            entity.labels[normalise(candidate.label)] += 1
            surface = normalise(mention.text)
            entity.surfaces.add(surface)
            entity.merges.setdefault(resolved.rule, set()).add(surface)
            entity.mentions.append((document, mention))
            entity.code = entity.code or candidate.code
            if candidate.definition and not entity.definition:
                entity.definition = candidate.definition
            of_mention[id(mention)] = entity
    cities = _cities(documents, entities, base)
    links = _links(documents, of_mention, entities)
    return sorted(entities.values(), key=lambda e: e.iri), of_mention, links, cities


def _cities(documents: list[Document], entities: dict[str, Entity], base: str) -> dict[str, Entity]:
    """The place node of every report's city, created when the text never names it."""
    gazetteer = load_gazetteer()
    cities = {}
    for document in documents:
        codes = context_for(document.city, document.meta.province).division_codes
        if not codes:
            continue
        division = gazetteer.by_code(codes[0])
        key = f"Place:{division.code}"
        entity = entities.get(key)
        if entity is None:
            entity = entities[key] = Entity(key=key, type="Place", iri=entity_iri(base, "Place", key, division.name))
            entity.classes[division.ontology_class] += 1
            entity.labels[division.name] += 1
            entity.code = division.code
        entity.extra_reports.add(document.report_id)
        cities[document.city] = entity
    return cities


def _links(documents, of_mention, entities: dict[str, Entity]) -> list[EntityLink]:
    by_candidate = {}
    for document in documents:
        for mention in document.mentions:
            by_candidate[id(mention.candidate)] = of_mention[id(mention)]
    seen: dict[tuple[str, str, str], EntityLink] = {}
    for document in documents:
        for relation in document.relations:
            _add_link(seen, by_candidate.get(id(relation.source)), relation, by_candidate.get(id(relation.target)))
    # The division hierarchy: each division is located in its nearest ancestor that is in the graph.
    gazetteer = load_gazetteer()
    by_code = {e.code: e for e in entities.values() if e.code}
    for code, entity in sorted(by_code.items()):
        division = gazetteer.by_code(code)
        for ancestor in gazetteer.ancestors(division) if division else []:
            if ancestor.code in by_code:
                link = EntityLink(entity, "locatedIn", by_code[ancestor.code], "gazetteer")
                seen.setdefault((entity.iri, "locatedIn", by_code[ancestor.code].iri), link)
                break
    return sorted(seen.values(), key=lambda l: (l.source.iri, l.predicate, l.target.iri))


def _add_link(seen, source: Entity | None, relation: Relation, target: Entity | None) -> None:
    if source is None or target is None or source is target:
        return
    key = (source.iri, relation.predicate, target.iri)
    seen.setdefault(key, EntityLink(source, relation.predicate, target, relation.rule))
