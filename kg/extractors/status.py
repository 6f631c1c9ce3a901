"""Project status from the verbs around a mention (``patterns/status.toml``).

The clause around a mention (between commas, semicolons and full stops; a 、-list stays whole) is
searched for status cues. The nearest strong cue wins, a tie going to the cue after the name;
generic progress verbs (推进, 加快) count only when nothing stronger is there. In plan and outlook
sections a start or completion verb states a target, so the status is Planned.
"""

from __future__ import annotations

import bisect
import re

from kg.extractors.base import Candidate
from kg.resources import load_toml

_CLAUSE_END = re.compile(r"[，；。！？：,;!?]")


class StatusTagger:
    def __init__(self):
        config = load_toml("patterns", "status.toml")
        self.strong = self._pattern(config["cues"])
        self.weak = self._pattern(config["weak"])
        self.targets = frozenset(config["plan"]["targets"])
        self.target_markers = tuple(config["target"]["markers"])

    @staticmethod
    def _pattern(cues: dict[str, list[str]]) -> tuple[re.Pattern, dict[str, str]]:
        status_of = {cue: status for status, words in cues.items() for cue in words}
        words = sorted(status_of, key=lambda w: (-len(w), w))
        return re.compile("|".join(map(re.escape, words))), status_of

    def status(self, text: str, start: int, end: int, section: str) -> str | None:
        """The status a clause of ``text`` states for the name at [start, end)."""
        clause_start, clause_end = clause(text, start, end)
        status = self._nearest(self.strong, text, clause_start, clause_end, start, end)
        status = status or self._nearest(self.weak, text, clause_start, clause_end, start, end)
        if status in self.targets and (
            section in ("plan", "outlook") or any(m in text[clause_start:start] for m in self.target_markers)
        ):
            return "Planned"
        return status

    @staticmethod
    def _nearest(cues, text: str, lower: int, upper: int, start: int, end: int) -> str | None:
        pattern, status_of = cues
        best = None
        for match in pattern.finditer(text, lower, upper):
            if match.start() < end and match.end() > start:
                continue  # inside the name itself
            after = match.start() >= end
            distance = match.start() - end if after else start - match.end()
            rank = (distance, not after)
            if best is None or rank < best[0]:
                best = (rank, status_of[match.group()])
        return best[1] if best else None

    def __call__(self, doc, candidates: list[Candidate]) -> None:
        sentences = doc._.sections.sentences
        starts = [s.start for s in sentences]
        for candidate in candidates:
            if candidate.type != "Project" or candidate.nested:
                continue  # 翠谷产业园 in 翠谷产业园路网工程全面开工: the cue is the outer work's
            index = bisect.bisect_right(starts, candidate.start) - 1
            if index < 0:
                continue
            sentence = sentences[index]
            text = doc._.clean.text[sentence.start : sentence.end]
            start, end = candidate.start - sentence.start, candidate.end - sentence.start
            candidate.status = self.status(text, start, end, sentence.section)


def clause(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the clause around [start, end): between commas, semicolons and stops."""
    clause_start = max((m.end() for m in _CLAUSE_END.finditer(text, 0, start)), default=0)
    following = _CLAUSE_END.search(text, end)
    return clause_start, following.start() if following else len(text)
