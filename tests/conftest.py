"""Shared fixtures: one real build of the seed corpus through the command line, reused by the
end-to-end tests (a build takes about 20 seconds), and the pipeline run on single sentences
(``extract``), used by the extractor tests."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from kg.extractors.base import Candidate

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))

# Every build in the tests extracts afresh (a cached extraction would hide a difference between
# two runs); the cache's own tests name a folder of their own.
os.environ["KG_CACHE"] = "off"


@dataclass
class Built:
    out: Path
    store: Path
    stdout: str

    def kg(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        return run_kg(*args, "--store", str(self.store), check=check) if _takes_store(args) else run_kg(*args, check=check)


def _takes_store(args) -> bool:
    args = [a for a in args if a != "--debug"]  # kg --debug show …
    return args and args[0] in {"recurring", "query", "show", "validate", "viz", "timeline", "serve"}


def run_kg(*args: str, check: bool = True, env: dict | None = None, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run the kg command line as a user would (``python -m kg.cli`` = the ``kg`` script)."""
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        timeout=900,
    )
    if check and result.returncode != 0:
        raise AssertionError(f"kg {' '.join(args)} failed ({result.returncode}):\n{result.stderr}")
    return result


def pytest_sessionstart(session):
    """With KG_REQUIRE_BROWSER set (scripts/test.sh), a missing browser is an error, not a skip."""
    if os.environ.get("KG_REQUIRE_BROWSER"):
        import browser

        reason = browser.unavailable_reason()
        if reason:
            raise pytest.UsageError(f"browser tests cannot run: {reason}")


@pytest.fixture(scope="session")
def chromium():
    """A headless Chromium shared by the browser tests (skipped when there is none)."""
    import browser

    reason = browser.unavailable_reason()
    if reason is not None:
        pytest.skip(reason)
    with browser.browser() as launched:
        yield launched


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> Built:
    """``kg build`` of seeds/ into a temporary exports folder and store."""
    base = tmp_path_factory.mktemp("build")
    out, store = base / "exports", base / "store"
    result = run_kg("build", "--out", str(out), "--store", str(store), "--exports", "all")
    return Built(out=out, store=store, stdout=result.stdout)


@pytest.fixture(scope="session")
def recurring_json(built) -> list[dict]:
    return json.loads(built.kg("recurring", "--format", "json", "--min-years", "1").stdout)


# -- the pipeline on single sentences (extractor tests) ----------------------------------------------


@dataclass
class Result:
    """What the pipeline made of one sentence (the ``extract`` fixture)."""

    doc: object

    @property
    def text(self) -> str:
        return self.doc._.clean.text

    @property
    def mentions(self) -> list[Candidate]:
        return [span._.kg for span in self.doc.spans["kg"]]

    def of_type(self, type_: str) -> list[Candidate]:
        return [c for c in self.mentions if c.type == type_]

    def labels(self, type_: str) -> list[str]:
        return [c.label for c in self.of_type(type_)]

    def one(self, label: str) -> Candidate:
        [found] = [c for c in self.mentions if c.label == label]
        return found

    def relations(self, predicate: str) -> list[tuple[str, str]]:
        return [(r.source.label, r.target.label) for r in self.doc._.kg_relations if r.predicate == predicate]


@pytest.fixture(scope="module")
def nlp():
    import kg.nlp

    return kg.nlp.create_pipeline()


def _extractor(nlp):
    import kg.documents
    import kg.nlp
    import kg.sections
    import kg.text

    context = kg.documents.context_for("张家界市")

    def run(sentence: str, section: str = "review") -> Result:
        cleaned = kg.text.clean(sentence)
        sections = kg.sections.sectionize(cleaned, section)
        return Result(kg.nlp.run(nlp, cleaned, sections, context))

    return run


@pytest.fixture(scope="module")
def extract(nlp):
    """``extract(sentence, section)``: run the pipeline on one sentence of a Zhangjiajie report."""
    return _extractor(nlp)


@pytest.fixture(scope="module")
def extract_learned():
    """``extract`` with the learned span tagger (``kg_spans``, off by default) switched on."""
    import kg.nlp

    return _extractor(kg.nlp.create_pipeline({"kg_spans": {"enabled": True}}))
