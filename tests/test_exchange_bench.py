"""The import benchmark runs, imports every package, and reports time and sizes."""

from __future__ import annotations

from desktop.exchange.bench import bench_import


def test_bench_import_small(tmp_path):
    result = bench_import(20, tmp_path)
    assert result["n_units"] == 20
    assert result["entries"] == 20 * 10
    assert result["total_bytes"] > 20 * 500
    assert result["mean_package_bytes"] == result["total_bytes"] // 20
    assert 0 < result["seconds"] < 5          # the goal is 5 s for 100 packages
    assert 0 < result["floor_seconds"] < result["seconds"]
