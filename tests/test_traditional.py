"""A report in traditional characters gives the same entities as its simplified original.

The copy is made with OpenCC (s2t, and s2tw and s2hk for the Taiwan and Hong Kong forms) and read
as a file, as a user would give it; offsets of the copy's mentions point into the traditional text."""

from __future__ import annotations

import opencc
import pytest

from conftest import SEEDS
from kg.documents import load_document, manifest_for

SEED_NAMES = sorted(path.name for path in SEEDS.glob("*.txt"))


@pytest.mark.parametrize("name", SEED_NAMES)
@pytest.mark.parametrize("script", ["s2t", "s2tw", "s2hk"])  # standard, Taiwan and Hong Kong forms
def test_a_traditional_copy_gives_the_same_entities_and_spans(tmp_path, name, script):
    original = SEEDS / name
    copy = tmp_path / name
    traditional = opencc.OpenCC(script).convert(original.read_text(encoding="utf-8"))
    copy.write_text(traditional, encoding="utf-8")
    meta = manifest_for(original)

    def found(document):
        return sorted((m.candidate.type, m.candidate.label, m.start, m.end, m.candidate.status) for m in document.mentions)

    simplified_doc, traditional_doc = load_document(original, meta), load_document(copy, meta)
    assert found(traditional_doc) == found(simplified_doc)
    assert all(traditional[m.start : m.end] == m.text for m in traditional_doc.mentions)
