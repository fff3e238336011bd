"""A small real revision (m62a): a district plan of 13 tasks imported and corrected in the review, then its revised
text — 四.2/四.7 deadlines moved, 四.4 dated 「10月底前」 for its first target only, 四.11 dropped, a new 四.12 — read
over it. The clerk's corrections are made as the review makes them (``ReviewModel`` cell edits are these same
functions): 四.12 统计监测 numbered 12A by the clerk, 四.5's lead unit and 四.9's title fixed."""

from __future__ import annotations

from pathlib import Path

DATA = Path(__file__).parent / "data" / "revision_m62a"


def first_import(ws):
    """Plan v1 read, corrected as the clerk did in the review, saved; the saved result."""
    from desktop.core.parse import parse_file
    from desktop.store.plans import prepare_reimport, save_reimport

    reimport = prepare_reimport(ws, parse_file(DATA / "plan_v1.txt"))
    tasks = {t.key: t for t in reimport.plan.tasks}
    tasks["四.12"].number = "12A"                       # the clerk's own number: 统计监测 goes with 四.12's work
    tasks["四.5"].lead_units = ["区卫生健康局"]            # the bureau's registered name
    tasks["四.9"].title = "扩大普惠型养老服务供给"
    return save_reimport(ws, reimport, source_name="plan_v1.txt")


def revision(ws):
    """Plan v2 read over the saved plan, as the review opens it (``Reimport``)."""
    from desktop.core.parse import parse_file
    from desktop.store.plans import prepare_reimport

    return prepare_reimport(ws, parse_file(DATA / "plan_v2.txt"))
