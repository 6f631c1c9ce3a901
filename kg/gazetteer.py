"""The gazetteer: China's administrative divisions and other named places, loaded from data files.

Files under ``kg/resources/gazetteer/``:

* ``divisions.tsv``: provinces, prefectures and counties with their parent and short forms,
  generated from the ``cpca`` package by ``scripts/make_gazetteer.py``;
* ``short_name_stoplist.txt``: surfaces that are ordinary words (通道, 和平, 城区) and must not be
  matched on their own;
* ``named_places.tsv``: regions, water bodies and scenic areas (粤港澳大湾区, 澧水, 天门山);
* ``countries.tsv``: the world's countries (美国, 韩国 / 大韩民国), in the same format, generated
  from ``jionlp`` by ``scripts/make_places_data.py``;
* ``foreign_cities.tsv``: the capitals and major cities of the world's countries but China (曼谷, 莫斯科), in the
  same format, from the same script;
* ``former_names.tsv``: former names of renamed prefectures (大庸 for 张家界市), matched as short forms;
* ``towns.tsv``: the township-level divisions (镇, 乡, 街道) of every county, from the same script.
  Towns are only matched inside the report's own city (:meth:`Gazetteer.towns_in`).

This module only loads and answers look-ups; finding surfaces in running text is the place
extractor's job (it can start from :meth:`Gazetteer.surfaces`).
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources

PACKAGE = "kg.resources"
FOLDER = "gazetteer"
DIVISIONS_FILE = "divisions.tsv"
STOPLIST_FILE = "short_name_stoplist.txt"
NAMED_PLACES_FILE = "named_places.tsv"
COUNTRIES_FILE = "countries.tsv"
FOREIGN_CITIES_FILE = "foreign_cities.tsv"
TOWNS_FILE = "towns.tsv"
FORMER_NAMES_FILE = "former_names.tsv"
ETHNIC_GROUPS_FILE = "ethnic_groups.txt"
NATIONAL_BODIES_FILE = "national_bodies.tsv"
COMPANIES_FILE = "companies.tsv"

DIVISION_COLUMNS = ("code", "name", "level", "parent_code", "short_names", "lon", "lat")
NAMED_PLACE_COLUMNS = ("name", "class", "aliases", "province_code")
TOWN_COLUMNS = ("county_code", "towns")
#: What a town's name ends in, stripped (longest first) to give the short form 三合 for 三合镇;
#: the ethnic-group name before 乡 goes too (金岩土家族乡 -> 金岩).
TOWN_SUFFIXES = ("街道", "苏木", "镇", "乡")

#: Division level -> ontology class (``kg:Province`` …).
LEVEL_CLASSES = {"province": "Province", "prefecture": "Prefecture", "county": "County"}
#: Classes of :class:`NamedPlace`.
NAMED_PLACE_CLASSES = frozenset({"ScenicArea", "Waterbody", "Region", "Country", "AdministrativeArea"})

DIVISION = "division"
NAMED = "named"


@dataclass(frozen=True)
class Division:
    """An administrative division; ``code`` is the 12-digit statistical division code."""

    code: str
    name: str
    level: str
    parent_code: str | None
    short_names: tuple[str, ...]
    lon: float | None
    lat: float | None

    @property
    def ontology_class(self) -> str:
        """``Province``, ``Prefecture`` or ``County``."""
        return LEVEL_CLASSES[self.level]


@dataclass(frozen=True)
class Town:
    """A township-level division (镇, 乡, 街道) of the county (or nearest known ancestor) ``parent_code``."""

    name: str
    parent_code: str
    short_names: tuple[str, ...]


@dataclass(frozen=True)
class NamedPlace:
    """A place that is not an administrative division: a region, water body, scenic area or country."""

    name: str
    cls: str
    aliases: tuple[str, ...]
    province_code: str | None


class Gazetteer:
    """Divisions and named places, with look-ups by code and by surface."""

    def __init__(
        self,
        divisions: Iterable[Division],
        named_places: Iterable[NamedPlace] = (),
        stoplist: Iterable[str] = (),
        towns: dict[str, str] | None = None,
        ethnic_groups: Iterable[str] = (),
    ) -> None:
        self.divisions: tuple[Division, ...] = tuple(sorted(divisions, key=lambda d: d.code))
        self.named_places: tuple[NamedPlace, ...] = tuple(named_places)
        self.stoplist: frozenset[str] = frozenset(stoplist)
        self._by_code = {d.code: d for d in self.divisions}
        self._by_name: dict[str, list[Division]] = {}
        self._by_short: dict[str, list[Division]] = {}
        for division in self.divisions:
            self._by_name.setdefault(division.name, []).append(division)
            for short in division.short_names:
                self._by_short.setdefault(short, []).append(division)
        # county code -> comma-separated town names, parsed on first use (towns_in)
        self._town_rows: dict[str, str] = dict(towns or {})
        self._towns: dict[str, tuple[Town, ...]] = {}
        self._town_index: dict[str, list[str]] | None = None
        self._row_town_cache: dict[str, tuple[Town, ...]] = {}
        self._towns_by_short: dict[str, dict[str, list[Town]]] = {}
        groups = set(ethnic_groups)
        self._ethnic_tokens = tuple(
            sorted(groups | {g.removesuffix("族") for g in groups if len(g) > 2}, key=len, reverse=True)
        )
        self._named_by_surface: dict[str, list[NamedPlace]] = {}
        for place in self.named_places:
            for surface in dict.fromkeys((place.name, *place.aliases)):
                self._named_by_surface.setdefault(surface, []).append(place)

    def by_code(self, code: str) -> Division | None:
        return self._by_code.get(code)

    def lookup(self, surface: str, *, include_stoplisted: bool = False) -> list[Division]:
        """Divisions a surface can name: full-name matches first, then short-form matches.

        A short form shared by several divisions (永定: 永定区 in 张家界 and in 龙岩) returns all
        of them, in code order; :meth:`disambiguate` picks one. Surfaces in the stoplist return
        nothing unless ``include_stoplisted`` is set.
        """
        if surface in self.stoplist and not include_stoplisted:
            return []
        found = list(self._by_name.get(surface, ()))
        found += [d for d in self._by_short.get(surface, ()) if d not in found]
        return found

    def towns_in(self, code: str) -> tuple[Town, ...]:
        """Towns inside the division ``code`` (a county, prefecture or province)."""
        if code not in self._towns:
            outer = self.by_code(code)
            found: list[Town] = []
            if outer is not None:
                # the rows whose county (or nearest known ancestor) is ``outer`` or lies inside it, in
                # the table's order: read from an index of every row's enclosing divisions, made once,
                # instead of testing every row of the table against ``outer`` (one scan per city)
                for county_code in self._rows_inside().get(outer.code, ()):
                    found.extend(self._row_towns(county_code))
            self._towns[code] = tuple(found)
        return self._towns[code]

    def _rows_inside(self) -> dict[str, list[str]]:
        """Division code → the county codes of the town table that lie inside it (or are it), in
        the table's order; a row lies inside its nearest known division and that one's ancestors."""
        if self._town_index is None:
            index: dict[str, list[str]] = {}
            for county_code in self._town_rows:
                parent = self._nearest(county_code)
                if parent is None:
                    continue
                for enclosing in dict.fromkeys(d.code for d in (parent, *self.ancestors(parent))):
                    index.setdefault(enclosing, []).append(county_code)
            self._town_index = index
        return self._town_index

    def _row_towns(self, county_code: str) -> tuple[Town, ...]:
        """The towns of one row of the town table (parsed once)."""
        towns = self._row_town_cache.get(county_code)
        if towns is None:
            parent = self._nearest(county_code)
            towns = []
            for name in self._town_rows[county_code].split(","):
                shorts = (self.town_short_name(name), self.town_without_ethnic_group(name))
                towns.append(Town(name, parent.code, tuple(s for s in shorts if s and s not in self.stoplist)))
            towns = self._row_town_cache[county_code] = tuple(towns)
        return towns

    def towns_by_short_name(self, code: str) -> dict[str, list[Town]]:
        """Short form (三合 of 三合镇) or full name → the towns inside ``code`` written so (made once
        per division)."""
        if code not in self._towns_by_short:
            by_short: dict[str, list[Town]] = {}
            for town in self.towns_in(code):
                for short in {self.town_short_name(town.name), town.name} - {None}:
                    by_short.setdefault(short, []).append(town)
            self._towns_by_short[code] = by_short
        return self._towns_by_short[code]

    def town_short_name(self, name: str) -> str | None:
        """三合镇 -> 三合, 金岩土家族乡 -> 金岩, 沙堤街道 -> 沙堤; ``None`` when fewer than 2 characters remain."""
        stem = name
        for suffix in TOWN_SUFFIXES:
            if stem.endswith(suffix):
                stem = stem[: -len(suffix)]
                break
        stem = self._without_ethnic_groups(stem)
        return stem if len(stem) >= 2 and stem != name else None

    def _without_ethnic_groups(self, stem: str) -> str:
        """化作苗族彝族 -> 化作: every ethnic group at the end, one after the other (a township of two groups)."""
        stripped = True
        while stripped:
            stripped = False
            for token in self._ethnic_tokens:
                if stem.endswith(token) and len(stem) - len(token) >= 2:
                    stem, stripped = stem[: -len(token)], True
                    break
        return stem

    def town_without_ethnic_group(self, name: str) -> str | None:
        """卸甲坪土家族乡 -> 卸甲坪乡, 化作苗族彝族乡 -> 化作乡: an ethnic township written without its groups keeps its 乡;
        ``None`` for other towns."""
        for suffix in TOWN_SUFFIXES:
            if name.endswith(suffix):
                stem = name[: -len(suffix)]
                bare = self._without_ethnic_groups(stem)
                return bare + suffix if bare != stem else None
        return None

    def _nearest(self, code: str) -> Division | None:
        """The division ``code``, or its nearest ancestor in the table (codes of new counties)."""
        for candidate in (code, code[:4] + "0" * 8, code[:2] + "0" * 10):
            if candidate in self._by_code:
                return self._by_code[candidate]
        return None

    def lookup_named(self, surface: str) -> list[NamedPlace]:
        """Named places whose name or alias is ``surface``."""
        return list(self._named_by_surface.get(surface, ()))

    def parent(self, division: Division) -> Division | None:
        return self._by_code.get(division.parent_code) if division.parent_code else None

    def own_divisions(self, codes: Iterable[str]) -> dict[str, Division]:
        """Level → division for a report's own divisions (its city and the city's ancestors):
        what 市, 省 or 县 mean in its text."""
        own: dict[str, Division] = {}
        for code in codes:
            division = self.by_code(code)
            if division is not None:
                own.setdefault(division.level, division)
        return own

    def ancestors(self, division: Division) -> list[Division]:
        """Parent, grandparent, …: nearest first, ending at the province."""
        chain = []
        current = self.parent(division)
        while current is not None and current not in chain:
            chain.append(current)
            current = self.parent(current)
        return chain

    def contains(self, outer: Division, inner: Division) -> bool:
        """Whether ``inner`` is ``outer`` or lies inside it."""
        return inner == outer or outer in self.ancestors(inner)

    def surfaces(self) -> list[tuple[str, str, str]]:
        """Every matchable surface as ``(surface, kind, key)``, sorted.

        ``kind`` is ``"division"`` (key: the code) for full names and allowed short forms, or
        ``"named"`` (key: the place's name) for named places and their aliases. Stoplisted
        division surfaces are left out; named places are curated and always included.
        """
        found: set[tuple[str, str, str]] = set()
        for division in self.divisions:
            for surface in (division.name, *division.short_names):
                if surface and surface not in self.stoplist:
                    found.add((surface, DIVISION, division.code))
        for place in self.named_places:
            for surface in (place.name, *place.aliases):
                if surface:
                    found.add((surface, NAMED, place.name))
        return sorted(found)

    def disambiguate(
        self, candidates: Iterable[Division], context_codes: Iterable[str]
    ) -> Division | None:
        """The division a mention most likely means, or ``None`` when it cannot tell.

        1. Candidates inside (or equal to) a context division (e.g. the report's city) win; when
           several contexts match, the most specific (deepest) context decides.
        2. Otherwise a single candidate is returned as it is, and among several, the only one at
           prefecture level or above (吉林 in a report from elsewhere: the province and the city
           are both candidates, so ``None``; 河南: the province, not 河南蒙古族自治县).
        """
        pool = list(dict.fromkeys(candidates))
        if not pool:
            return None
        contexts = [d for d in (self.by_code(c) for c in context_codes) if d is not None]
        best_depth = -1
        inside: list[Division] = []
        for candidate in pool:
            depths = [len(self.ancestors(c)) for c in contexts if self.contains(c, candidate)]
            if not depths:
                continue
            depth = max(depths)
            if depth > best_depth:
                best_depth, inside = depth, [candidate]
            elif depth == best_depth:
                inside.append(candidate)
        if inside:
            pool = inside
        if len(pool) == 1:
            return pool[0]
        high = [d for d in pool if d.level in ("province", "prefecture")]
        return high[0] if len(high) == 1 else None


def _data_lines(text: str, filename: str, columns: tuple[str, ...]):
    """``(line_number, fields)`` for each data row; checks the header and the field count."""
    header_seen = False
    for number, raw in enumerate(text.splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        fields = raw.split("\t")
        if not header_seen:
            if tuple(fields) != columns:
                raise ValueError(
                    f"{_where(filename, number)}: expected the header {' '.join(columns)!r}, "
                    f"found {raw!r}"
                )
            header_seen = True
            continue
        if len(fields) != len(columns):
            raise ValueError(
                f"{_where(filename, number)}: expected {len(columns)} tab-separated fields, "
                f"found {len(fields)}"
            )
        yield number, fields
    if not header_seen:
        raise ValueError(f"{_where(filename)}: no header line {' '.join(columns)!r}")


def _where(filename: str, line: int | None = None) -> str:
    path = f"kg/resources/{FOLDER}/{filename}"
    return f"{path}:{line}" if line is not None else path


def _code(value: str, filename: str, line: int, *, optional: bool = False) -> str | None:
    if not value and optional:
        return None
    if len(value) != 12 or not value.isdigit():
        raise ValueError(f"{_where(filename, line)}: {value!r} is not a 12-digit division code")
    return value


def _float(value: str, filename: str, line: int) -> float | None:
    if not value:
        return None
    try:
        return float(value)
    except ValueError:
        raise ValueError(f"{_where(filename, line)}: {value!r} is not a number") from None


def _names(value: str) -> tuple[str, ...]:
    return tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))


def parse_divisions(text: str, filename: str = DIVISIONS_FILE) -> list[Division]:
    divisions: dict[str, Division] = {}
    lines: dict[str, int] = {}
    for number, fields in _data_lines(text, filename, DIVISION_COLUMNS):
        code, name, level, parent, shorts, lon, lat = (f.strip() for f in fields)
        code = _code(code, filename, number)
        if code in divisions:
            raise ValueError(f"{_where(filename, number)}: duplicate code {code}")
        if not name:
            raise ValueError(f"{_where(filename, number)}: empty name")
        if level not in LEVEL_CLASSES:
            raise ValueError(
                f"{_where(filename, number)}: level {level!r} is not one of {sorted(LEVEL_CLASSES)}"
            )
        divisions[code] = Division(
            code=code,
            name=name,
            level=level,
            parent_code=_code(parent, filename, number, optional=True),
            short_names=_names(shorts),
            lon=_float(lon, filename, number),
            lat=_float(lat, filename, number),
        )
        lines[code] = number
    for division in divisions.values():
        if division.parent_code is not None and division.parent_code not in divisions:
            raise ValueError(
                f"{_where(filename, lines[division.code])}: parent {division.parent_code} of "
                f"{division.code} is not in the file"
            )
    return list(divisions.values())


def parse_named_places(
    text: str, filename: str = NAMED_PLACES_FILE, province_codes: Iterable[str] | None = None
) -> list[NamedPlace]:
    """Named places; with ``province_codes``, each non-empty province_code must be one of them."""
    known = None if province_codes is None else set(province_codes)
    places: list[NamedPlace] = []
    seen: set[str] = set()
    for number, fields in _data_lines(text, filename, NAMED_PLACE_COLUMNS):
        name, cls, aliases, province = (f.strip() for f in fields)
        if not name:
            raise ValueError(f"{_where(filename, number)}: empty name")
        if name in seen:
            raise ValueError(f"{_where(filename, number)}: duplicate name {name}")
        if cls not in NAMED_PLACE_CLASSES:
            raise ValueError(
                f"{_where(filename, number)}: class {cls!r} is not one of "
                f"{sorted(NAMED_PLACE_CLASSES)}"
            )
        province_code = _code(province, filename, number, optional=True)
        if province_code is not None and known is not None and province_code not in known:
            raise ValueError(
                f"{_where(filename, number)}: province_code {province_code} is not a province "
                f"in {DIVISIONS_FILE}"
            )
        seen.add(name)
        places.append(
            NamedPlace(
                name=name,
                cls=cls,
                aliases=tuple(a for a in _names(aliases) if a != name),
                province_code=province_code,
            )
        )
    return places


def with_former_names(divisions: list[Division], text: str, filename: str = FORMER_NAMES_FILE) -> list[Division]:
    """The divisions with the former names of ``former_names.tsv`` added to their short forms."""
    former: dict[str, tuple[str, ...]] = {}
    for number, (code, names, _renamed) in _data_lines(text, filename, ("code", "former_names", "renamed")):
        former[_code(code, filename, number)] = _names(names)
    return [
        dataclasses.replace(d, short_names=tuple(dict.fromkeys((*d.short_names, *former[d.code])))) if d.code in former else d
        for d in divisions
    ]


def parse_towns(text: str, filename: str = TOWNS_FILE) -> dict[str, str]:
    """County code -> its towns, comma-separated (split lazily by :meth:`Gazetteer.towns_in`)."""
    rows: dict[str, str] = {}
    for number, (code, names) in _data_lines(text, filename, TOWN_COLUMNS):
        rows[_code(code.strip(), filename, number)] = names.strip()
    return rows


def parse_word_list(text: str) -> list[str]:
    words = []
    for raw in text.splitlines():
        word = raw.split("#", 1)[0].strip()
        if word:
            words.append(word)
    return words


def _read(filename: str) -> str:
    return resources.files(PACKAGE).joinpath(FOLDER, filename).read_text(encoding="utf-8")


@functools.cache
def load_gazetteer() -> Gazetteer:
    """The gazetteer from ``kg/resources/gazetteer/``, loaded once."""
    divisions = with_former_names(parse_divisions(_read(DIVISIONS_FILE)), _read(FORMER_NAMES_FILE))
    provinces = [d.code for d in divisions if d.level == "province"]
    places = parse_named_places(_read(NAMED_PLACES_FILE), province_codes=provinces)
    countries = parse_named_places(_read(COUNTRIES_FILE), COUNTRIES_FILE)
    cities = parse_named_places(_read(FOREIGN_CITIES_FILE), FOREIGN_CITIES_FILE)
    known = {p.name for p in places}
    places += [c for c in countries if c.name not in known]
    known |= {c.name for c in countries}
    places += [c for c in cities if c.name not in known]
    stoplist = parse_word_list(_read(STOPLIST_FILE))
    towns = parse_towns(_read(TOWNS_FILE))
    ethnic = parse_word_list(_read(ETHNIC_GROUPS_FILE))
    return Gazetteer(divisions, places, stoplist, towns, ethnic)


@functools.cache
def load_national_bodies() -> dict[str, str]:
    """Surface (name or abbreviation) → name of the central bodies in ``national_bodies.tsv``."""
    return _named_with_aliases(NATIONAL_BODIES_FILE)


@functools.cache
def load_companies() -> dict[str, str]:
    """Surface (name or short name) → name of the well-known enterprises in ``companies.tsv``."""
    return _named_with_aliases(COMPANIES_FILE)


def _named_with_aliases(filename: str) -> dict[str, str]:
    named: dict[str, str] = {}
    for _number, (name, aliases) in _data_lines(_read(filename), filename, ("name", "aliases")):
        for surface in (name, *_names(aliases)):
            named[surface] = name
    return named


__all__ = [
    "DIVISION", "Division", "Gazetteer", "NAMED", "NamedPlace", "Town", "load_gazetteer",
    "load_companies", "load_national_bodies", "parse_divisions", "parse_named_places", "parse_towns",
]
