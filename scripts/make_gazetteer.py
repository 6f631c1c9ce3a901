#!/usr/bin/env python3
"""Regenerate ``kg/resources/gazetteer/divisions.tsv`` from the divisions shipped with ``cpca``.

The PyPI package ``cpca`` (MIT) ships ``cpca/resources/adcodes.csv``: one row per administrative
division (12-digit code, name, longitude, latitude) for provinces, prefectures and counties. This
script reads that file directly -- it does not import ``cpca``, which would pull in pandas -- and
writes a tab-separated table with the level, the parent and the short forms a report would use.

Rules (all general, no per-city lists):

* Placeholder rows that are not places (``市辖区``, ``县``, ``省直辖县级行政区划``, …) are dropped.
* The level is read off the first six digits of the code: ``PP0000`` province, ``PPCC00``
  prefecture, ``PPCCDD`` county.
* The parent is derived from the code (province = first 2 digits, prefecture = first 4); when that
  ancestor does not exist (county-level units of the direct-administered municipalities, or
  province-administered units like 仙桃市 under a dropped ``4290`` placeholder), the nearest existing
  ancestor is used.
* Short forms strip one generic suffix (省, 市, 自治州, 县, 旗, 矿区, …) and then the ethnic-group
  names in front of it (``ethnic_groups.txt``, longest first): 湘西土家族苗族自治州 -> 湘西,
  管城回族区 -> 管城. A short form must have at least two characters, must differ from the full
  name and must not itself be an ethnic-group name (鄂伦春自治旗 keeps only its full name); banners
  named by a position (乌拉特前旗) keep only their full name. Autonomous prefectures, counties
  and banners also get the informal short form + 州/县/旗 (湘西州, 通道县).
* A short form that is another division's full name is dropped (it would make the full name
  ambiguous).
* cpca's table predates recent changes (宁乡县 became 宁乡市 in 2017, with a new code). With
  ``--current WHEEL`` (a downloaded jionlp wheel, Apache-2.0, whose ``china_location.txt`` is
  newer), every county-level division that jionlp has and cpca does not is brought in: where a
  county of the same prefecture has the same short form, it is that county renamed (new code and
  name, the former full name kept as a surface so older reports still match) when the change goes
  the only way it does (县 → 市 → 区; the other way round jionlp has the older form); otherwise it
  is added. Development zones (statistical codes 71–79: 石家庄高新技术产业开发区) are not divisions and
  are left out.

Run from the repository root::

    .venv/bin/python scripts/make_gazetteer.py --current /tmp/jionlp-1.5.31-py2.py3-none-any.whl
"""

from __future__ import annotations

import argparse
import csv
import importlib.metadata
import importlib.util
import io
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = ROOT / "kg" / "resources" / "gazetteer"
OUT = OUT_DIR / "divisions.tsv"
ETHNIC_GROUPS = OUT_DIR / "ethnic_groups.txt"
#: Changes after the newest source (State Council approvals, with their year), applied last.
CHANGES = OUT_DIR / "division_changes.tsv"

COLUMNS = ("code", "name", "level", "parent_code", "short_names", "lon", "lat")

#: Rows of adcodes.csv that are grouping placeholders, not places.
PLACEHOLDER_NAMES = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})

#: Generic suffixes, stripped once, longest match first. ``新区`` is a district suffix too
#: (浦东新区 -> 浦东, 滨海新区 -> 滨海); without it 浦东新区 would give 浦东新.
SUFFIXES = tuple(
    sorted(
        ["特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "林区", "特区", "新区", "矿区",
         "省", "市", "盟", "县", "区", "旗"],
        key=len,
        reverse=True,
    )
)
#: A compound suffix is only stripped when it leaves a stem of at least this many characters;
#: otherwise the next (shorter) suffix is tried: 清新区 -> 清新 (not 清), 碑林区 -> 碑林. 林区 as a
#: division type exists only for 神农架林区, while ``…林`` + 区 is a common district name (万柏林区,
#: 西林区), so a two-character stem before 林区 is read as ``…林`` + 区.
MIN_STEM = {"林区": 3}
#: Autonomous divisions are also written as short form + the plain generic (湘西州, 通道县).
INFORMAL_GENERIC = {"自治州": "州", "自治县": "县", "自治旗": "旗"}
#: A banner (旗) named by its position in a league keeps only its full name: 乌拉特前旗 and
#: 阿拉善左旗 are never written 乌拉特前 or 阿拉善左.
BANNER_POSITIONS = ("前", "中", "后", "左", "右")
#: Not an ethnic group but stands where one would: 龙胜各族自治县 -> 龙胜.
GENERIC_ETHNIC_TOKENS = ("各族",)

MIN_SHORT = 2


def adcodes_path() -> Path:
    spec = importlib.util.find_spec("cpca")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("cpca is not installed in this interpreter (pip install cpca)")
    for location in spec.submodule_search_locations:
        path = Path(location) / "resources" / "adcodes.csv"
        if path.is_file():
            return path
    sys.exit("cpca is installed but cpca/resources/adcodes.csv was not found")


def read_data_lines(path: Path) -> list[str]:
    lines = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            lines.append(line)
    return lines


def ethnic_tokens(groups: list[str]) -> list[str]:
    """Ethnic names as they appear in division names, with and without 族, longest first.

    博尔塔拉蒙古自治州 and 伊犁哈萨克自治州 use the name without 族; one-character stems (回, 苗)
    never appear without 族 and are left out, so they cannot eat the end of a place name.
    """
    tokens = set(groups) | set(GENERIC_ETHNIC_TOKENS)
    for group in groups:
        stem = group.removesuffix("族")
        if len(stem) >= MIN_SHORT:
            tokens.add(stem)
    return sorted(tokens, key=lambda t: (-len(t), t))


def level_of(code: str) -> str:
    if code[2:] == "0" * 10:
        return "province"
    if code[4:] == "0" * 8:
        return "prefecture"
    return "county"


def parent_of(code: str, level: str, existing: set[str]) -> str:
    if level == "province":
        return ""
    candidates = []
    if level == "county":
        candidates.append(code[:4] + "0" * 8)
    candidates.append(code[:2] + "0" * 10)
    for candidate in candidates:
        if candidate in existing:
            return candidate
    raise SystemExit(f"{code}: no existing ancestor among {candidates}")


def short_names(name: str, tokens: list[str], ethnic_names: set[str]) -> list[str]:
    suffix = next(
        (s for s in SUFFIXES if name.endswith(s) and len(name) - len(s) >= MIN_STEM.get(s, MIN_SHORT)),
        None,
    )
    if suffix is None:
        return []
    stem = name[: -len(suffix)]
    # Ethnic names before 自治州/自治县/… and before plain 区 (管城回族区 -> 管城), repeatedly.
    stripped = True
    while stripped:
        stripped = False
        for token in tokens:
            if stem.endswith(token) and len(stem) - len(token) >= MIN_SHORT:
                stem = stem[: -len(token)]
                stripped = True
                break
    if suffix.endswith("旗") and stem.endswith(BANNER_POSITIONS):
        return []
    if len(stem) < MIN_SHORT or stem == name or stem in ethnic_names:
        return []
    forms = [stem]
    if suffix in INFORMAL_GENERIC:
        forms.append(stem + INFORMAL_GENERIC[suffix])
    return forms


def current_counties(wheel: Path) -> list[tuple[str, str]]:
    """(12-digit code, name) of every county-level division in jionlp's china_location.txt."""
    with zipfile.ZipFile(wheel) as outer:
        member = next(n for n in outer.namelist() if n.endswith("dictionary/china_location.zip"))
        with zipfile.ZipFile(io.BytesIO(outer.read(member))) as inner:
            text = inner.read("china_location.txt").decode("utf-8")
    counties = []
    for raw in text.splitlines():
        fields = raw.lstrip("\t").split("\t")
        depth = len(raw) - len(raw.lstrip("\t"))
        if depth == 2 and len(fields) >= 2 and re.fullmatch(r"\d{6}", fields[1]):
            counties.append((fields[1] + "000000", fields[0]))
    return counties


def _rank(name: str) -> int:
    """县 (and 旗) become 市, and 县 or 市 become 区; never the other way round."""
    return 2 if name.endswith("区") else 1 if name.endswith("市") else 0


def apply_current(rows: dict, formers: dict, wheel: Path, tokens: list[str], ethnic_names: set[str]) -> tuple[int, int]:
    """Rename and add the county-level divisions jionlp knows and cpca does not (see above)."""
    renamed = added = 0
    for code, name in current_counties(wheel):
        if code in rows or level_of(code) != "county" or 70 <= int(code[4:6]) <= 79:
            continue  # 71–79 are the statistical codes of development zones, not divisions
        stem = (short_names(name, tokens, ethnic_names) or [name])[0]
        same = [
            old for old, (old_name, _lon, _lat) in rows.items()
            if old[:4] == code[:4] and level_of(old) == "county" and old not in formers.values()
            and (short_names(old_name, tokens, ethnic_names) or [old_name])[0] == stem
        ]
        if len(same) == 1 and _rank(name) <= _rank(rows[same[0]][0]):
            continue  # the same county in its older form (a county never turns back into 县)
        if len(same) == 1:
            old_name, lon, lat = rows.pop(same[0])
            rows[code] = (name, lon, lat)
            formers[code] = old_name
            renamed += 1
        else:
            rows[code] = (name, "", "")
            added += 1
    return renamed, added


def apply_changes(rows: dict, formers: dict, lines: list[str]) -> int:
    """Rename or set up the divisions of ``division_changes.tsv`` (see there), as ``apply_current`` does."""
    changed = 0
    for line in lines[1:]:  # the first line is the header
        code, name, former_code, former_name, _year, _approval = line.split("\t")
        if code in rows and rows[code][0] == name:
            if former_code != code and former_code not in rows:
                formers[code] = former_name  # the source has the change: the former full name stays a surface
                changed += 1
            continue
        if former_code not in rows or rows[former_code][0] != former_name:
            sys.exit(f"{CHANGES}: {former_code} {former_name} is not in the source")
        _old, lon, lat = rows.pop(former_code)
        rows[code] = (name, lon, lat)
        formers[code] = former_name
        changed += 1
    return changed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--current", type=Path, help="a jionlp wheel whose newer county data is brought in")
    args = parser.parse_args()
    source = adcodes_path()
    version = importlib.metadata.version("cpca")
    groups = read_data_lines(ETHNIC_GROUPS)
    if len(groups) != 55 or len(set(groups)) != 55:
        sys.exit(f"{ETHNIC_GROUPS}: expected 55 distinct ethnic minorities, found {len(set(groups))}")
    tokens = ethnic_tokens(groups)
    ethnic_names = set(groups) | {g.removesuffix("族") for g in groups}

    rows: dict[str, tuple[str, str, str]] = {}
    dropped = 0
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for record in reader:
            code, name = record["adcode"].strip(), record["name"].strip()
            if len(code) != 12 or not code.isdigit():
                sys.exit(f"{source}: bad adcode {code!r}")
            if code[6:] != "000000":
                sys.exit(f"{source}: {code} is below county level")
            if name in PLACEHOLDER_NAMES:
                dropped += 1
                continue
            previous = rows.get(code)
            row = (name, record["longitude"].strip(), record["latitude"].strip())
            if previous is not None and previous[0] != name:
                sys.exit(f"{source}: {code} is both {previous[0]} and {name}")
            rows[code] = row

    formers: dict[str, str] = {}
    note = ""
    if args.current:
        renamed, added = apply_current(rows, formers, args.current, tokens, ethnic_names)
        note = f"; counties renamed ({renamed}) and added ({added}) from {args.current.name} (Apache-2.0)"

    changed = apply_changes(rows, formers, read_data_lines(CHANGES))
    note += f"; {changed} later changes from {CHANGES.name}"

    existing = set(rows)
    full_names = {name for name, _, _ in rows.values()}
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", encoding="utf-8", newline="\n") as out:
        out.write(f"# source: cpca {version} adcodes.csv (MIT){note}; regenerate with scripts/make_gazetteer.py\n")
        out.write("\t".join(COLUMNS) + "\n")
        for code in sorted(rows):
            name, lon, lat = rows[code]
            level = level_of(code)
            parent = parent_of(code, level, existing)
            shorts = [s for s in short_names(name, tokens, ethnic_names) if s not in full_names]
            if code in formers and formers[code] not in full_names:
                shorts.append(formers[code])  # the former full name (宁乡县 for 宁乡市)
            out.write("\t".join([code, name, level, parent, ",".join(shorts), lon, lat]) + "\n")
    print(f"wrote {len(rows)} divisions to {OUT.relative_to(ROOT)} (dropped {dropped} placeholder rows{note})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
