"""The catalogue of extractor rules (``patterns/rules.toml``): each rule by the name it gives its
mentions (the ``kg:extractedBy`` value), what it does and the data it reads."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

from kg.resources import load_toml


@dataclass(frozen=True)
class Rule:
    name: str  # the kg:extractedBy value, e.g. "projects.head.context"
    does: str
    data: tuple[str, ...]  # "patterns/projects.toml:context.phase", "gazetteer/towns.tsv"


@functools.cache
def load_rules() -> dict[str, Rule]:
    return {
        name: Rule(name, entry["does"], tuple(entry.get("data", ())))
        for name, entry in load_toml("patterns", "rules.toml")["rules"].items()
    }


def missing_data(rule: Rule) -> list[str]:
    """The data references of ``rule`` that name no file under kg/resources, or no key in it."""
    missing = []
    for reference in rule.data:
        path, _, key = reference.partition(":")
        if not resources.files("kg.resources").joinpath(*path.split("/")).is_file():
            missing.append(reference)
            continue
        if key:
            value = load_toml(*path.split("/"))
            for part in key.split("."):
                if not isinstance(value, dict) or part not in value:
                    missing.append(reference)
                    break
                value = value[part]
    return missing
