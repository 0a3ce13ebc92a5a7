"""`make bench` itself: a quick run (small sizes, few runs) writes every figure with its
runs, and the product and the baseline really did the same work (the run checks it and
fails otherwise). The goals are not judged here: speed is measured by `make bench`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_quick_bench_run_writes_every_figure(tmp_path):
    env = {**os.environ, "B24SIM_BENCH_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "tests.benchmarks.run", "--quick"], cwd=ROOT,
                          env=env, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Traceback" not in done.stderr
    res = json.loads((tmp_path / "results-quick.json").read_text())
    for key in ("startup_ratio", "startup_ready_seconds", "flow_seconds", "flow_seconds_cold",
                "processing_ratio_1k", "processing_ratio_4k", "processing_growth_4k_over_1k",
                "table_open_ms_4k", "gui_rss_mb_4k", "processing_lock_ms_4k",
                "processing_poll_wait_p99_ms_4k",
                *(() if "postgres: skipped" in done.stderr
                  else ("processing_ratio_1k_postgres", "postgres_two_worker_speedup"))):
        figure = res[key]
        assert figure["min"] <= figure["median"] <= figure["max"], (key, figure)
        assert figure["min"] > 0, (key, figure)
    growth = res["processing_growth_4k_over_1k"]
    # Each growth is a 4k run over the 1k run next to it.
    assert len(growth["pairs_seconds"]) == len(growth["runs"]) == 2
    for (small, big), ratio in zip(growth["pairs_seconds"], growth["runs"], strict=True):
        assert ratio == pytest.approx(big / small)
    assert set(res["processing_per_request_us"]) == {"1000", "4000"}
    assert res["cores"] == os.cpu_count()
    assert "| processing_growth_4k_over_1k" in done.stdout
    # Scratch databases are cleaned up; only the results stay.
    assert not list((tmp_path / "work").glob("*.db"))
