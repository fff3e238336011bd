"""A district's submission after the office corrected a task's title on its own side and has not sent
the plan package since (r55a): the office owns the plan, so a package whose only difference is a
title the office changed since its last package is taken (matched by the title the office last sent,
kept with the task); where the office's unsent change renumbered the tasks it is still refused, and
the message says what the office must do — export and send the plan package — not that the unit is
behind. A unit that has not imported a package the office did send is refused as before; a title the
unit corrected on its own side is sent as the office's."""

from __future__ import annotations

from helpers_exchange import MAY, office_inserts_a_task

from desktop.commands import run
from desktop.exchange import plan_package
from desktop.store import entries as E, plans as P, queries as Q

OFFICE_ADVICE = "本办公室在上次发出方案包之后修改了方案"
SEND_IT = "请先导出方案包（文件 → 导出方案包，命令行 package plan）发给该单位"
UNIT_BEHIND = "该单位的报送基于旧版方案"


def _office_task(world, title: str) -> int:
    return next(t.id for t in Q.tasks(world.office, world.office_plan_id) if t.title == title)


def _office_corrects_a_title(world, u, tmp_path):
    """The unit sends May; the office then corrects the title of the unit's first task. Returns
    (the package, the unit's task, the office's task id)."""
    u.enter_month(MAY)
    package = u.export(tmp_path / "may.luoshi", MAY)
    first = Q.tasks(u.ws, u.plan_id, unit=u.unit_id)[0]
    task = _office_task(world, first.title)
    P.edit_task(world.office, task, {"title": first.title + "（办公室修改）"})
    return package, first, task


def test_a_title_the_office_corrected_since_its_last_package_does_not_refuse_the_units_month(world, tmp_path, capsys):
    u = world.unit(0)
    package, first, task = _office_corrects_a_title(world, u, tmp_path)
    assert run(["package", "import", str(package), "--db", str(world.office.path)]) == 0, capsys.readouterr().err
    (entry,) = [e for e in E.entries(world.office, unit_id=Q.unit_id(world.office, world.office_plan_id, u.name),
                                     month=MAY) if e["task_id"] == task]
    assert entry["progress"] == f"{u.name}{MAY}{first.title}进展"          # on the task it was written for
    assert Q.task_detail(world.office, task)["title"] == first.title + "（办公室修改）"   # the office's title stays


def test_the_same_submission_is_refused_once_the_office_has_sent_the_corrected_title(world, tmp_path, capsys):
    u = world.unit(1)
    package, _first, _task = _office_corrects_a_title(world, u, tmp_path)
    plan_package.export_plan(world.office, tmp_path / "plan2.luoshi")        # sent: the unit is behind now
    before = world.office_dump()
    assert run(["package", "import", str(package), "--db", str(world.office.path)]) == 2
    err = capsys.readouterr().err
    assert UNIT_BEHIND in err and "请先向该单位发送最新的方案包" in err and OFFICE_ADVICE not in err, err
    assert world.office_dump() == before


def test_a_renumbering_the_office_has_not_sent_is_refused_saying_the_office_must_send_the_package(
        world, tmp_path, capsys):
    u = world.unit(2)
    u.enter_month(MAY)
    package = u.export(tmp_path / "may.luoshi", MAY)
    office_inserts_a_task(world)                                               # not sent yet
    before = world.office_dump()
    assert run(["package", "import", str(package), "--db", str(world.office.path)]) == 2
    err = capsys.readouterr().err
    assert OFFICE_ADVICE in err and SEND_IT in err and UNIT_BEHIND not in err, err
    assert world.office_dump() == before


def test_a_sent_record_not_written_by_us_is_read_as_none_the_refusal_names_both_ways_out(world, tmp_path, capsys):
    u = world.unit(0)
    package, _first, _task = _office_corrects_a_title(world, u, tmp_path)
    world.office.set_setting(f"plan_sent_tasks:{world.office_plan_id}", "{not json")
    before = world.office_dump()
    assert run(["package", "import", str(package), "--db", str(world.office.path)]) == 2
    err = capsys.readouterr().err
    assert SEND_IT in err and "请先向该单位发送最新的方案包" in err, err
    assert world.office_dump() == before


def test_a_title_the_unit_corrected_on_its_own_side_is_sent_as_the_offices(world, tmp_path, capsys):
    u = world.unit(1)
    first = Q.tasks(u.ws, u.plan_id, unit=u.unit_id)[0]
    P.edit_task(u.ws, first.id, {"title": first.title + "（单位修改）"})
    u.enter_month(MAY)
    package = u.export(tmp_path / "may.luoshi", MAY)
    assert run(["package", "import", str(package), "--db", str(world.office.path)]) == 0, capsys.readouterr().err
    task = _office_task(world, first.title)
    office_unit = Q.unit_id(world.office, world.office_plan_id, u.name)
    (entry,) = [e for e in E.entries(world.office, unit_id=office_unit, month=MAY) if e["task_id"] == task]
    assert entry["progress"].startswith(f"{u.name}{MAY}{first.title}（单位修改）进展")
    assert Q.tasks(u.ws, u.plan_id, unit=u.unit_id)[0].title == first.title + "（单位修改）"   # the unit's stays
