"""`kg build --dask ADDRESS` on a real Dask LocalCluster gives the exports of a local build."""

from __future__ import annotations

import pytest
from conftest import SEED_FILES, run_kg

distributed = pytest.importorskip("distributed", reason="kg[dask] is not installed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  host="127.0.0.1") as local:
        yield local


@pytest.mark.slow
def test_dask_build_is_byte_identical(built, cluster, tmp_path):
    out, store = tmp_path / "exports", tmp_path / "store"
    result = run_kg("build", "--dask", cluster.scheduler_address, "--out", str(out), "--store", str(store),
                    "--exports", "all")
    assert "reports: 4" in result.stdout
    expected = {p.name: p.read_bytes() for p in built.out.iterdir()}
    assert {p.name: p.read_bytes() for p in out.iterdir()} == expected


def test_unreachable_scheduler_is_a_one_line_error(tmp_path):
    result = run_kg("build", SEED_FILES[0].as_posix(), "--dask", "tcp://127.0.0.1:9", "--out", str(tmp_path / "o"),
                    "--store", str(tmp_path / "s"), check=False)
    assert result.returncode == 1  # a runtime error, not a usage error
    assert result.stderr.count("\n") == 1 and "cannot reach the scheduler" in result.stderr
    assert not (tmp_path / "o").exists()
