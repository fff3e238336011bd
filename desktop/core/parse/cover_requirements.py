"""Whether an attached task table names its units in its own columns (``column_units``).

A covering notice 「…现印发给你们…有关事项通知如下：」 beside the 附件 「…任务分解表」 it issues: its rows take
their units from the table's 牵头单位／责任单位 cells. m65d also dropped the notice's own duty points
(压实工作责任／按时报送情况／强化督促检查) as requirements here; that was taken back the same round:
Round 76 reads a cover point that tells the units to send reports as a task (round 55's x248_01), and
the made-up test of that ruling (tests/test_parse_classes_p58f.py) failed. A ruling decides the
tester's notice first (ux64 finding 7).
"""

from __future__ import annotations

from desktop.core.model import Task


def column_units(rows: list[Task]) -> bool:
    """Every task of the attached table takes its units from the table's unit columns (its source the cells
    「(牵头单位:…;责任单位:…)」), not from a list's headings or its prose."""
    return bool(rows) and all(t.source.startswith(("(牵头单位:", "(责任单位:")) for t in rows)
