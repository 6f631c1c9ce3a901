#!/usr/bin/env python3
"""Regenerate ``towns.tsv``, ``countries.tsv`` and ``foreign_cities.tsv`` in ``kg/resources/gazetteer/`` from JioNLP's data.

The PyPI package ``jionlp`` (Apache-2.0) ships two dictionaries this script reads straight out of
the wheel (it does not import jionlp, which pulls in many dependencies):

* ``jionlp/dictionary/china_location.zip`` -> ``china_location.txt``: China's five-level
  divisions, indented by tabs (province, prefecture, county with their 6-digit codes, then towns and
  villages by name). Only the township level is kept: towns (镇), townships (乡, 民族乡), subdistricts
  (街道) and sumu (苏木), grouped by county. Farms, development zones and other township-level units
  that are not divisions are left out. Villages are not kept (hundreds of thousands of names; the
  place extractor finds them by their last word).
* ``jionlp/dictionary/world_location.txt``: the world's countries by continent, with their full
  official names (中国 / 中华人民共和国, 韩国 / 大韩民国 …). Written as ``Country`` rows in the
  ``named_places.tsv`` format, the full name and a few common short forms as aliases. The same lines give each
  country's capital and its major cities (泰国: 曼谷, 清迈 …), written as ``AdministrativeArea`` rows of
  ``foreign_cities.tsv`` (China's own cities are divisions of ``divisions.tsv``), except a name that is also a
  country's (新加坡) or an ordinary word or a person's name in Chinese text (``CITY_NOT_NAMES``).

Get the wheel with pip and run from the repository root::

    pip download --no-deps jionlp==1.5.31 -d /tmp/jionlp
    .venv/bin/python scripts/make_places_data.py /tmp/jionlp/jionlp-1.5.31-py2.py3-none-any.whl
"""

from __future__ import annotations

import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "kg" / "resources" / "gazetteer"
TOWNS = OUT_DIR / "towns.tsv"
COUNTRIES = OUT_DIR / "countries.tsv"
FOREIGN_CITIES = OUT_DIR / "foreign_cities.tsv"

LOCATION_ZIP = "jionlp/dictionary/china_location.zip"
WORLD = "jionlp/dictionary/world_location.txt"

#: What a township-level division's name ends in.
TOWN_SUFFIXES = ("镇", "乡", "街道", "苏木")

#: Common short forms the source does not list (the full short name stays the label).
COUNTRY_ALIASES = {
    "印度尼西亚": ["印尼"],
    "阿拉伯联合酋长国": ["阿联酋"],
    "沙特": ["沙特阿拉伯"],
    "澳大利亚": ["澳洲"],
    "新西兰": ["纽西兰"],
    "菲律宾": [],
    "马来西亚": ["大马"],
    "巴布亚新几内亚": ["巴新"],
    "美国": ["美利坚"],
}
#: Cities of the source whose names Chinese text writes more often as an ordinary word or a person's name (万象 "all
#: things", 汉堡 "hamburger", 亚历山大 a given name), or that are no city (好望角, a cape).
CITY_NOT_NAMES = {"万象", "汉堡", "亚历山大", "亚伦", "维多利亚", "圣约翰", "圣乔治", "好望角"}
#: The home country, whose cities are divisions.
HOME_COUNTRY = "中国"
#: Names in the source that are not how Chinese text writes the country.
COUNTRY_RENAMES = {"刚果(金)": "刚果民主共和国", "刚果(布)": "刚果共和国"}


def read_towns(archive: zipfile.ZipFile) -> dict[str, list[str]]:
    inner = zipfile.ZipFile(io.BytesIO(archive.read(LOCATION_ZIP)))
    text = inner.read("china_location.txt").decode("utf-8")
    towns: dict[str, list[str]] = {}
    county = None
    for raw in text.splitlines():
        line = raw.rstrip("\r\n ")
        depth = len(line) - len(line.lstrip("\t"))
        fields = line.strip().split("\t")
        if depth == 2:
            # Taiwan's counties come without a code: their towns cannot be placed and are skipped.
            has_code = len(fields) == 3 and re.fullmatch(r"\d{6}", fields[1])
            county = fields[1] + "000000" if has_code else None
        elif depth < 2:
            county = None
        elif depth == 3 and county is not None:
            name = fields[0]
            if name.endswith(TOWN_SUFFIXES) and len(name) >= 2 and name not in towns.setdefault(county, []):
                towns[county].append(name)
    return {code: names for code, names in towns.items() if names}


def read_countries(archive: zipfile.ZipFile) -> list[tuple[str, list[str]]]:
    countries = []
    for raw in archive.read(WORLD).decode("utf-8").splitlines():
        fields = [f.strip() for f in raw.split("\t")]
        if len(fields) < 3:
            continue  # a continent heading (亚洲:)
        short, full = fields[0], fields[1]
        short = COUNTRY_RENAMES.get(short, short)
        aliases = [a for a in [full, *COUNTRY_ALIASES.get(short, [])] if a and a != short]
        countries.append((short, aliases))
    return countries


def read_cities(archive: zipfile.ZipFile, countries: list[tuple[str, list[str]]]) -> list[str]:
    """The capitals and major cities of the world's countries but China, in the source's order, each once."""
    country_names = {n for name, aliases in countries for n in (name, *aliases)}
    cities: list[str] = []
    for raw in archive.read(WORLD).decode("utf-8").splitlines():
        fields = [f.strip() for f in raw.split("\t")]
        if len(fields) < 3 or fields[0] == HOME_COUNTRY:
            continue
        for city in [fields[2], *(fields[3].split("/") if len(fields) > 3 else [])]:
            if city and city not in cities and city not in country_names and city not in CITY_NOT_NAMES:
                cities.append(city)
    return cities


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        sys.exit(__doc__)
    wheel = Path(argv[1])
    with zipfile.ZipFile(wheel) as archive:
        towns = read_towns(archive)
        countries = read_countries(archive)
        cities = read_cities(archive, countries)
    source = wheel.name
    with TOWNS.open("w", encoding="utf-8", newline="\n") as out:
        out.write(f"# source: {source} china_location.txt (Apache-2.0); regenerate with scripts/make_places_data.py\n")
        out.write("# Township-level divisions (镇, 乡, 街道, 苏木) of each county, comma-separated.\n")
        out.write("county_code\ttowns\n")
        for code in sorted(towns):
            out.write(f"{code}\t{','.join(towns[code])}\n")
    with COUNTRIES.open("w", encoding="utf-8", newline="\n") as out:
        out.write(f"# source: {source} world_location.txt (Apache-2.0); regenerate with scripts/make_places_data.py\n")
        out.write("name\tclass\taliases\tprovince_code\n")
        for name, aliases in countries:
            out.write(f"{name}\tCountry\t{','.join(aliases)}\t\n")
    with FOREIGN_CITIES.open("w", encoding="utf-8", newline="\n") as out:
        out.write(f"# source: {source} world_location.txt (Apache-2.0); regenerate with scripts/make_places_data.py\n")
        out.write("# Capitals and major cities of the world's countries but China (not a country's name, nor CITY_NOT_NAMES).\n")
        out.write("name\tclass\taliases\tprovince_code\n")
        for name in cities:
            out.write(f"{name}\tAdministrativeArea\t\t\n")
    print(f"wrote {sum(map(len, towns.values()))} towns in {len(towns)} counties, {len(countries)} countries and {len(cities)} cities")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
