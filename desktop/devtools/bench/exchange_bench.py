"""import_100_packages_s and import_1000_packages_s: one month from each of 100 / 1,000 units
imported at the office, against opening, parsing and inserting the same payloads bare.

``bench_import`` builds the office workspace and the packages (not timed), then times
``importer.import_files`` over all of them: every package verified in full (hashes,
signature, plan, unit, key) and applied in its own transaction. ``floor_seconds`` is the
simplest comparable work (``floors.package_rows``), timed right beside it.
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from desktop.devtools.bench import Result, floors, row
from desktop.devtools.exchange_plan import MONTH, make_plan, month_payload, unit_names


def run() -> dict[str, Result]:
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


def bench_import(n_units: int, workdir: Path) -> dict[str, Any]:
    """Import one month from each of ``n_units`` units at the office; time and sizes."""
    from desktop.exchange import format as fmt, importer, keys, plan_package
    from desktop.store import entries as E, open_workspace
    from desktop.store.plans import save_plan

    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    plan = make_plan(n_units)
    office = open_workspace(workdir / f"office-{n_units}.sqlite")
    try:
        plan_id = save_plan(office, plan, backup=False).plan_id
        plan_package.export_plan(office, workdir / "plan.luoshi", plan_id=plan_id)
        ident = fmt.plan_identity(office, plan_id)
        packages: list[Path] = []
        month = month_payload(plan)
        folder = workdir / f"packages-{n_units}"
        folder.mkdir(exist_ok=True)
        for name in unit_names(n_units):
            key = keys.generate_identity()
            written = fmt.write_package(
                folder / f"{name}-{MONTH}.luoshi", kind="submission", plan=ident,
                sender=fmt.Sender("unit", name, key.public_key, key.fingerprint), sign=key.sign,
                members={fmt.PAYLOAD: fmt.canonical_json({"unit": name, "months": [month]})},
                summary={"months": [{"month": MONTH, "revision": 1}]})
            packages.append(written.path)
        total_bytes = sum(p.stat().st_size for p in packages)
        floor = floors.package_rows(packages, workdir)
        t0 = time.perf_counter()
        outcomes = importer.import_files(office, packages)
        seconds = time.perf_counter() - t0
        refused = [o.line() for o in outcomes if not o.ok]
        if refused:
            raise RuntimeError("bench packages refused: " + refused[0])
        entries = len(E.entries(office))
        expected = n_units * len(plan.tasks)
        if entries != expected:
            raise RuntimeError(f"bench: {entries} entries at the office, expected {expected}")
    finally:
        office.close()
    return {"n_units": n_units, "seconds": round(seconds, 3), "floor_seconds": round(floor, 3),
            "per_package_ms": round(seconds * 1000 / n_units, 2), "total_bytes": total_bytes,
            "mean_package_bytes": total_bytes // n_units, "entries": entries}


if __name__ == "__main__":                       # python -m desktop.devtools.bench.exchange_bench [n ...]
    import sys
    for n in [int(a) for a in sys.argv[1:]] or [100]:
        with tempfile.TemporaryDirectory() as tmp:
            print(bench_import(n, Path(tmp)))
