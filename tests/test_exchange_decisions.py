"""The office's decisions on a received month, headless: ``package accept|return`` work on any
month received in a package and refuse, in Chinese with exit code 2 and the workspace unchanged,
when there is nothing to accept or return. At the unit: when a month was last exported (未发送/已发送)."""

from __future__ import annotations

import pytest
from helpers_exchange import JUNE, MAY, hold_conflict

from desktop.commands import run
from desktop.exchange import merge
from desktop.store import entries as E
from desktop.store.receipts import month_states


def _refused(world, capsys, args: list[str], words: str) -> None:
    before = world.office_dump()
    assert run(["package", *args, "--db", str(world.office.path)]) == 2
    captured = capsys.readouterr()
    assert words in captured.err and captured.out == ""
    assert world.office_dump() == before


def test_accept_and_return_any_received_month_and_refuse_otherwise(world, tmp_path, capsys):
    u = world.unit(0)
    u.enter_month(MAY)
    u.enter_month(JUNE)
    world.import_office(u.export(tmp_path / "may-june.luoshi", MAY, to=JUNE))
    name = u.name
    # nothing received for July; a month that is not a month
    _refused(world, capsys, ["accept", "--unit", name, "--month", "2024-07"], f"还没有收到“{name}”2024-07 的报送包")
    _refused(world, capsys, ["return", "--unit", name, "--month", "2024-07", "--reason", "缺"], "还没有收到")
    _refused(world, capsys, ["accept", "--unit", "不存在的单位", "--month", MAY], "方案中没有单位“不存在的单位”")
    _refused(world, capsys, ["return", "--unit", name, "--month", MAY, "--reason", "  "], "退回需要写明原因")
    with pytest.raises(SystemExit) as bad_month:
        run(["package", "accept", "--db", str(world.office.path), "--unit", name, "--month", "2024-13"])
    assert bad_month.value.code == 2 and "月份“2024-13”无效" in capsys.readouterr().err

    # both received months, in any order: June accepted, May returned then (resent) accepted
    assert run(["package", "accept", "--db", str(world.office.path), "--unit", name, "--month", JUNE]) == 0
    assert f"已接受“{name}”{JUNE} 第1版" in capsys.readouterr().out
    _refused(world, capsys, ["accept", "--unit", name, "--month", JUNE], "已经接受，没有新收到的版本可接受")
    assert run(["package", "return", "--db", str(world.office.path), "--unit", name, "--month", MAY,
                "--reason", "数据缺失"]) == 0
    assert "已退回" in capsys.readouterr().out
    _refused(world, capsys, ["accept", "--unit", name, "--month", MAY], "已退回修改，须等该单位重新报送后再接受")
    # the office may still return an accepted month (it changed its mind), with a reason
    assert run(["package", "return", "--db", str(world.office.path), "--unit", name, "--month", JUNE,
                "--reason", "复核发现指标有误"]) == 0
    capsys.readouterr()
    states = {r["month"]: (r["state"], r["reason"]) for r in month_states(world.office)}
    assert states == {MAY: ("returned", "数据缺失"), JUNE: ("returned", "复核发现指标有误")}

    E.reopen_month(u.ws, u.unit_id, MAY, "按退回意见更正")
    u.enter_month(MAY, note="（更正）")
    world.import_office(u.export(tmp_path / "may2.luoshi", MAY))
    assert merge.refusals(world.office, name, MAY) == {"accept": "", "return": ""}
    assert run(["package", "accept", "--db", str(world.office.path), "--unit", name, "--month", MAY]) == 0
    assert f"已接受“{name}”{MAY} 第2版" in capsys.readouterr().out


def test_refusals_name_the_reason_for_each_decision(world, tmp_path):
    u = world.unit(1)
    assert merge.refusals(world.office, u.name, MAY)["accept"].startswith(f"还没有收到“{u.name}”{MAY}")
    u.enter_month(MAY)
    world.import_office(u.export(tmp_path / "may.luoshi", MAY))
    assert merge.refusals(world.office, u.name, MAY) == {"accept": "", "return": ""}
    # a unit workspace is not the office: nothing to decide there
    why = merge.refusals(u.ws, u.name, MAY)
    assert why["accept"] == why["return"] and "不是办公室端" in why["accept"]
    with pytest.raises(Exception, match="不是办公室端"):
        merge.accept_month(u.ws, u.name, MAY)


def test_a_month_is_unsent_until_exported_and_again_after_a_resubmit(world, tmp_path):
    u = world.unit(0)
    u.enter_month(MAY)
    assert E.month_sent(u.ws, u.unit_id, MAY) is None
    written = u.export(tmp_path / "may.luoshi", MAY)
    sent = E.month_sent(u.ws, u.unit_id, MAY)
    assert sent is not None and sent["revision"] == 1 and sent["file_name"] == written.name
    E.reopen_month(u.ws, u.unit_id, MAY, "补充")
    assert E.month_sent(u.ws, u.unit_id, MAY) is None          # reopened: the exported version is old
    E.submit_month(u.ws, u.unit_id, MAY)
    assert E.month_sent(u.ws, u.unit_id, MAY) is None          # resubmitted, not yet exported
    u.export(tmp_path / "may2.luoshi", MAY)
    assert E.month_sent(u.ws, u.unit_id, MAY)["revision"] == 2
    assert E.month_sent(u.ws, u.unit_id, JUNE) is None
    # only a workspace that reports by packages has months waiting to be sent
    assert E.sends_packages(u.ws, u.plan_id) and not E.sends_packages(world.office, world.office_plan_id)
    # a workspace from before exports were kept: its audit trail tells what went out
    u.ws.conn.execute("DELETE FROM exchange_exports")
    assert E.month_sent(u.ws, u.unit_id, MAY)["file_name"] == "may2.luoshi"
    E.reopen_month(u.ws, u.unit_id, MAY, "再补充")
    E.submit_month(u.ws, u.unit_id, MAY)
    assert E.month_sent(u.ws, u.unit_id, MAY) is None          # submitted after the last package


def test_a_held_conflict_is_named_before_anything_else(world, tmp_path, capsys):
    u = world.unit(2)
    hold_conflict(world, u, tmp_path)                               # held beside the accepted one
    assert "有待处理的版本冲突" in merge.refusals(world.office, u.name, MAY)["accept"]
    _refused(world, capsys, ["accept", "--unit", u.name, "--month", MAY], "有待处理的版本冲突")
