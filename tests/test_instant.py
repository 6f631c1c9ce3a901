"""The commands that only read the store do not import the extraction pipeline (spaCy, jieba) nor
rdflib and pyshacl: each runs in a fresh interpreter, which then lists what it imported. A module
check, not a timing (the timings are in docs/benchmarks.md)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from conftest import ROOT

HEAVY = ("spacy", "jieba", "rjieba", "rdflib", "pyshacl", "thinc", "pypinyin", "opencc")

# Runs one command through the command line's entry point in this interpreter, then prints the
# heavy modules it imported. `kg serve` runs in a thread: the script asks it one query and for one
# entity page, and leaves.
SCRIPT = r"""
import json, os, sys, threading, time, urllib.request, urllib.parse, contextlib, io
args = json.loads(sys.argv[1])
heavy = json.loads(sys.argv[2])
from kg.cli import main
if args[0] == "serve":
    # The server runs in the main thread (it sets signal handlers); a thread asks it one query
    # and for one entity page, reports the modules and ends the process.
    out = io.StringIO()
    def check():
        for _ in range(1200):
            if "SPARQL endpoint: " in out.getvalue():
                break
            time.sleep(0.05)
        url = out.getvalue().split("SPARQL endpoint: ", 1)[1].split()[0]
        opener = urllib.request.build_opener(urllib.request.ProxyHandler({}))
        query = urllib.parse.urlencode({"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"})
        assert opener.open(url + "?" + query, timeout=60).status == 200
        page = url.rsplit("/sparql", 1)[0] + "/entity/" + urllib.parse.quote("桑龙高速")
        assert opener.open(page, timeout=60).status == 200
        print(json.dumps(sorted(m for m in heavy if m in sys.modules)), file=sys.__stdout__, flush=True)
        os._exit(0)
    threading.Thread(target=check, daemon=True).start()
    sys.stdout = out
    main(args, standalone_mode=False)
else:
    with contextlib.redirect_stdout(io.StringIO()):
        try:
            main(args, standalone_mode=False)
        except SystemExit as exit:
            assert not exit.code, exit.code
print(json.dumps(sorted(m for m in heavy if m in sys.modules)), file=sys.__stdout__)
"""


def imported_heavy(*args: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, json.dumps(list(args)), json.dumps(HEAVY)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize(
    "command",
    [
        ["--help"],
        ["queries"],
        ["recurring", "--format", "json"],
        ["show", "桑龙高速"],
        ["query", "--name", "recurring", "--format", "json"],
        ["query", "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"],
        ["serve", "--port", "0"],
    ],
    ids=lambda c: " ".join(c[:2]),
)
def test_reading_commands_import_no_pipeline(built, command):
    args = [*command]
    if command[0] != "--help" and command[0] != "queries":
        args += ["--store", str(built.store)]
    if command[0] == "serve":
        args += ["--pages", str(built.out)]
    assert imported_heavy(*args) == []


def test_the_check_sees_a_heavy_import(built, tmp_path):
    """The same check on `kg extract` does find spaCy and jieba: the test can fail."""
    sample = tmp_path / "report.txt"
    sample.write_text("2024年张家界市政府工作报告\n一、过去一年工作回顾\n张家界市加快建设桑龙高速。\n", encoding="utf-8")
    found = imported_heavy("extract", str(sample))
    assert "spacy" in found and "jieba" in found
