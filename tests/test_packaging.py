"""Packaging: a wheel built from the repository installs into a fresh virtual environment and
works from any folder (the ontology and SHACL shapes travel inside the package)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from conftest import ROOT, SEEDS

import kg.rdf


def test_the_ontology_is_read_from_inside_the_package():
    assert kg.rdf.ONTOLOGY_DIR.parent == Path(kg.rdf.__file__).resolve().parent
    assert (kg.rdf.ONTOLOGY_DIR / "kg.ttl").read_bytes() == (ROOT / "ontology" / "kg.ttl").read_bytes()
    assert (kg.rdf.ONTOLOGY_DIR / "shapes.ttl").read_bytes() == (ROOT / "ontology" / "shapes.ttl").read_bytes()


def run(*args, cwd: Path, env: dict | None = None) -> subprocess.CompletedProcess:
    result = subprocess.run(list(map(str, args)), cwd=cwd, capture_output=True, text=True, timeout=900, env=env)
    assert result.returncode == 0, f"{' '.join(map(str, args))} failed:\n{result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    return result


@pytest.mark.slow
def test_a_wheel_installs_and_builds_from_another_folder(tmp_path):
    """``pip wheel .``, then ``pip install`` of the wheel (with its dependencies, from the
    configured package index) in a fresh venv, then ``kg build`` and ``kg validate`` run from an
    unrelated folder: nothing may be read from the repository."""
    wheels = tmp_path / "wheels"
    run(sys.executable, "-m", "pip", "wheel", ROOT, "--no-deps", "--quiet", "-w", wheels, cwd=tmp_path)
    (wheel,) = wheels.glob("kg-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "kg/ontology/kg.ttl" in names and "kg/ontology/shapes.ttl" in names
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    run(venv / "bin" / "python", "-m", "pip", "install", "--quiet", wheel, cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    where = run(venv / "bin" / "python", "-c", "import kg.rdf; print(kg.rdf.ONTOLOGY_DIR)", cwd=elsewhere, env=env).stdout
    assert Path(where.strip()).is_relative_to(venv), where  # the installed copy, not the repository
    report = elsewhere / "zhangjiajie-2021.txt"
    report.write_bytes((SEEDS / "zhangjiajie-2021.txt").read_bytes())
    built = run(venv / "bin" / "kg", "build", report.name, cwd=elsewhere, env=env)
    assert "reports: 1 (zhangjiajie-2021) from 1 file" in built.stdout
    assert (elsewhere / "exports" / "kg.trig").is_file()
    validated = run(venv / "bin" / "kg", "validate", cwd=elsewhere, env=env)
    assert "conforms" in validated.stdout


def test_the_command_line_contract_is_in_the_repository():
    """docs/cli.md documents every command, and the README points to it (not outside the repo)."""
    from kg.cli import main

    text = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    missing = [name for name in main.commands if f"`kg {name}" not in text]
    assert not missing, f"commands missing from docs/cli.md: {missing}"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/cli.md" in readme and "../shared" not in readme
