"""The import benchmark runs, imports every package, and reports time and sizes."""

from __future__ import annotations

from desktop.devtools.bench.exchange_bench import bench_import


def test_bench_import_small(tmp_path):
    result = bench_import(20, tmp_path)
    assert result["n_units"] == 20
    assert result["entries"] == 20 * 10
    assert result["total_bytes"] > 20 * 500
    assert result["mean_package_bytes"] == result["total_bytes"] // 20
    assert result["seconds"] > 0              # its goal (≤ 5 s for 100) is judged by `bench`, not here
    assert 0 < result["floor_seconds"] < result["seconds"]
