"""The one place where a candidate's type changes (``patterns/retyping.toml``).

Extractors say what a phrase names by its own words; whether a school or a hospital is a work being
built or an institution acting depends on the sentence around it and on the status found for it, so
it is decided here, after every extractor and the status tagger have run:
- ``[partner]``: an institution right after a partner word acts as a body (与长沙理工大学等校地合作);
  its mention's rule gets ``.partner`` (``projects.head.partner``);
- ``[institution]``: a facility the clause neither builds nor gives a status to is the institution
  acting (雨露学校研学), unless an extractor marked it as being set up (``Candidate.built``) or it is a
  venue (会展中心, 广场: a work where things happen); its rule stays the one that found it.
"""

from __future__ import annotations

import bisect

from kg.extractors.base import Candidate
from kg.extractors.status import clause
from kg.resources import load_toml


class Retyper:
    def __init__(self, patterns: str = "retyping.toml"):
        config = load_toml("patterns", patterns)
        partner = config["partner"]
        self.partner_words = tuple(partner["words"])
        self.partner_heads = tuple(partner["heads"])
        self.partner_window = partner["window"]
        self.partner_class = partner["becomes"]
        institution = config["institution"]
        self.institution_classes = frozenset(institution["classes"])
        self.institution_class = institution["becomes"]
        self.works = tuple(institution["works"])
        self.venues = tuple(institution.get("venues", []))

    def retype(self, text: str, start: int, end: int, candidate: Candidate) -> None:
        """Retype ``candidate``, found at [start, end) of the sentence ``text``, if the sentence says so."""
        if candidate.type != "Project":
            return
        before = text[max(0, start - self.partner_window) : start]
        if candidate.label.endswith(self.partner_heads) and before.endswith(self.partner_words):
            candidate.type, candidate.cls, candidate.status = "Organization", self.partner_class, None
            candidate.rule += ".partner"
            return
        if candidate.label.endswith(self.venues):
            return  # 博览会在国际会展中心开幕: a venue is a work, not a body acting (the session's own hall is none: projects.toml session_venue)
        if candidate.status is None and candidate.cls in self.institution_classes and not candidate.built:
            lo, hi = clause(text, start, end)
            if not any(word in text[lo:hi] for word in self.works):
                candidate.type, candidate.cls = "Organization", self.institution_class

    def __call__(self, doc, candidates: list[Candidate]) -> None:
        sentences = doc._.sections.sentences
        starts = [s.start for s in sentences]
        text = doc._.clean.text
        for candidate in candidates:
            if candidate.type != "Project":
                continue
            index = bisect.bisect_right(starts, candidate.start) - 1
            if index < 0:
                continue
            sentence = sentences[index]
            self.retype(
                text[sentence.start : sentence.end],
                candidate.start - sentence.start,
                candidate.end - sentence.start,
                candidate,
            )
