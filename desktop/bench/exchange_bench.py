"""import_100_packages_s and import_1000_packages_s: one month from each of 100 / 1,000 units
imported at the office, against opening, parsing and inserting the same payloads bare."""

from __future__ import annotations

import tempfile
from pathlib import Path

from desktop.bench import Result, row


def run() -> dict[str, Result]:
    from desktop.exchange.bench import bench_import

    out: dict[str, Result] = {}
    with tempfile.TemporaryDirectory(prefix="luoshi-exchange-") as tmp:
        small = bench_import(100, Path(tmp) / "100")
        large = bench_import(1000, Path(tmp) / "1000")
    for n, figures in ((100, small), (1000, large)):
        out[f"import_{n}_packages_s"] = row(
            figures["seconds"], "s", figures["floor_seconds"],
            goal="≤ 5 s" if n == 100 else "≤ 10× the 100-package time",
            floor_what="unzip + json + insert into one plain table, no checks or signatures",
            total_mb=round(figures["total_bytes"] / 2**20, 2),
            mean_package_kb=round(figures["mean_package_bytes"] / 1024, 1), entries=figures["entries"])
    out["import_1000_vs_100"] = row(large["seconds"] / small["seconds"], "×", goal="≤ 10×")
    return out
