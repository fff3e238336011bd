"""A unit's submission made under an older version of the plan (m54u, rv54u's H1): the office's
revision may have given its task numbers to other tasks, so a package whose task titles differ
from the stored ones is refused in Chinese — what to do, exit 2, the workspace unchanged — and a
conflict held before the revision and adopted after it is refused the same way. The revision here is
not sent yet, so the message asks the office to send its plan package (r55a), not the unit to update."""

from __future__ import annotations

import pytest
from helpers_exchange import MAY, hold_conflict, office_inserts_a_task

from desktop.commands import run
from desktop.errors import UserError
from desktop.exchange import merge
from desktop.store.receipts import open_conflicts

ADVICE = "请先导出方案包（文件 → 导出方案包，命令行 package plan）发给该单位，待其导入后重新报送"
UNSENT = "本办公室在上次发出方案包之后修改了方案，还没有发给各单位（任务“"


def test_a_package_under_the_old_numbers_is_refused_with_exit_2_and_nothing_written(world, tmp_path, capsys):
    u = world.unit(0)
    u.enter_month(MAY)
    package = u.export(tmp_path / "may.luoshi", MAY)
    office_inserts_a_task(world)
    before = world.office_dump()
    assert run(["package", "import", str(package), "--db", str(world.office.path)]) == 2
    err = capsys.readouterr().err
    assert UNSENT in err and ADVICE in err and "该单位的报送基于旧版方案" not in err, err
    assert "建设老年食堂" in err
    assert world.office_dump() == before


def test_a_package_under_the_same_plan_is_still_imported(world, tmp_path, capsys):
    u = world.unit(1)
    u.enter_month(MAY)
    package = u.export(tmp_path / "may.luoshi", MAY)
    assert run(["package", "import", str(package), "--db", str(world.office.path)]) == 0


def test_a_conflict_held_over_the_revision_is_not_adopted_onto_the_renumbered_tasks(world, tmp_path):
    u = world.unit(2)
    hold_conflict(world, u, tmp_path)
    [held] = open_conflicts(world.office, unit_id=u.unit_id, month=MAY)
    office_inserts_a_task(world)
    before = world.office_dump()
    with pytest.raises(UserError) as refused:
        merge.resolve_conflict(world.office, held["id"], keep="incoming")
    assert UNSENT in refused.value.message and "保留已接受的版本" in refused.value.message
    assert world.office_dump() == before
    merge.resolve_conflict(world.office, held["id"], keep="current")      # the way out still works
