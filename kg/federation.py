"""Which remote services a SPARQL query calls (``SERVICE``), found without running it, so that the
endpoint can refuse federation before the query engine sends any request.

The query is read the way a SPARQL parser reads it: ``\\uXXXX`` escapes are decoded first (they may
spell a keyword), then strings, IRIs, comments, variables and language tags are skipped, and a bare
word ``SERVICE`` is the keyword. Its target is an IRI, a prefixed name (expanded with the query's
``PREFIX`` declarations and the endpoint's default prefixes) or a variable (unknown until run time).
The reading errs on the side of finding a service. One spelling is ambiguous to a reader without
the grammar: ``<`` as "less than" can open what looks like an IRI, ``FILTER(?a<?b)SERVICE:x#>``;
an "IRI" that holds a ``)`` and then the word SERVICE counts as a service of unknown address.
"""

from __future__ import annotations

import re

_CODEPOINT = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_TOKEN = re.compile(
    r"""
      (?P<skip>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"
              |'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*"
              |\#[^\n]*|@[A-Za-z0-9-]+)
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][\w\u00B7-\U0010FFFF]+)
    | (?P<number>\d+\.?\d*(?:[eE][+-]?\d+)?)
    | (?P<word>(?:[A-Za-z_\u00B7-\U0010FFFF:%]|\\.)(?:[\w\u00B7-\U0010FFFF:.%-]|\\.)*)
    | (?P<other>\S)
    """,
    re.VERBOSE | re.DOTALL,
)


def _decode_codepoints(text: str) -> str:
    def char(match: re.Match) -> str:
        try:
            return chr(int(match.group(1) or match.group(2), 16))
        except ValueError:
            return match.group(0)

    return _CODEPOINT.sub(char, text)


_HIDDEN_SERVICE = re.compile(r"\).*(?<![A-Za-z])SERVICE(?![A-Za-z])", re.IGNORECASE | re.DOTALL)


def _tokens(query: str) -> list[tuple[str, str]]:
    return [(m.lastgroup, m.group()) for m in _TOKEN.finditer(_decode_codepoints(query)) if m.lastgroup != "skip"]


def services(query: str, prefixes: dict[str, str] | None = None) -> list[str | None]:
    """The IRIs of the services ``query`` calls, in order; ``None`` for a service named by a
    variable or by a prefixed name whose prefix is not declared."""
    declared = dict(prefixes or {})
    tokens = _tokens(query)
    found: list[str | None] = []
    for at, (kind, text) in enumerate(tokens):
        if kind == "iri" and _HIDDEN_SERVICE.search(text):
            found.append(None)
        if kind != "word":
            continue
        keyword = text.upper()
        if keyword == "PREFIX" and at + 2 < len(tokens) and tokens[at + 1][1].endswith(":") and tokens[at + 2][0] == "iri":
            declared[tokens[at + 1][1][:-1]] = tokens[at + 2][1][1:-1]
        elif keyword == "SERVICE":
            target = at + 1
            if target < len(tokens) and tokens[target][1].upper() == "SILENT":
                target += 1
            found.append(_target(tokens[target] if target < len(tokens) else ("other", ""), declared))
    return found


def _target(token: tuple[str, str], declared: dict[str, str]) -> str | None:
    kind, text = token
    if kind == "iri":
        return text[1:-1]
    if kind == "word" and ":" in text:
        prefix, _, local = text.partition(":")
        if prefix in declared:
            return declared[prefix] + re.sub(r"\\(.)", r"\1", local)
    return None


def refusal(query: str, allowed: tuple[str, ...], prefixes: dict[str, str] | None = None) -> str | None:
    """Why ``query`` may not run on an endpoint that allows the services under the IRI prefixes
    ``allowed`` (none: federation is off), or ``None`` when it may."""
    called = services(query, prefixes)
    if not called:
        return None
    if not allowed:
        return "SERVICE (federated query) is disabled on this endpoint: it sends no request to other servers (start it with --allow-service URL-PREFIX to allow some)"
    for iri in called:
        if iri is None:
            return "SERVICE needs a literal IRI here (not a variable or an undeclared prefix): only services under the allowed prefixes may be called"
        if not any(iri.startswith(prefix) for prefix in allowed):
            return f"SERVICE <{iri}> is not allowed on this endpoint: allowed are services under {', '.join(allowed)}"
    return None
