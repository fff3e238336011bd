"""``entry``: monthly entries without the window (rv70b finding 11) — set, article, submit, reopen, show on the demo
workspace and on a plan from plans-dev; every refusal in Chinese, exit 2, the workspace byte-identical."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop.__main__ import main
from desktop.store import entries as E, open_workspace, queries as Q

UNIT, MONTH = "市民政局", "2024-12"          # the demo enters 2024-01 … 2024-11; December is empty
DEV_DIR = Path(__file__).resolve().parent.parent.parent / "shared" / "plans-dev"
if not DEV_DIR.is_dir():
    DEV_DIR = Path("/work/shared/plans-dev")
JIADING = DEV_DIR / "06_jiading-2024-haimian-chengshi-quanyu-tuijin-shishi-fangan.txt"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["--db", str(path), "demo"]) == 0
    return path


@pytest.fixture
def db(demo_file, tmp_path, capsys) -> Path:
    path = tmp_path / "w.sqlite"
    shutil.copyfile(demo_file, path)
    capsys.readouterr()
    return path


def entry(db: Path, *args: str) -> int:
    """The command's exit code; argparse's refusals (a month 2024-13) leave through SystemExit."""
    try:
        return main(["entry", *args, "--db", str(db)])
    except SystemExit as exc:
        return int(exc.code or 0)


def saved(db: Path, unit: str = UNIT, month: str = MONTH) -> dict[str, dict]:
    """The unit's month as the store holds it: task key → entry."""
    with open_workspace(db, create=False, readonly=True) as ws:
        unit_id = Q.unit_id(ws, Q.current_plan_id(ws), unit)
        return {e["task_key"]: e for e in E.entries(ws, unit_id=unit_id, month=month)}


def refused(db: Path, capsys, args: list[str], words: str) -> None:
    before = db.read_bytes()
    assert entry(db, *args) == 2
    err = capsys.readouterr().err
    assert "错误：" in err and words in err, err
    assert db.read_bytes() == before


def test_set_keeps_what_is_not_given_and_show_prints_it_in_chinese(db, capsys):
    at = ["--unit", UNIT, "--month", MONTH, "--task", "二.二.4"]
    assert entry(db, "set", *at, "--progress", "完成改造点位20处", "--problems", "协调周期长",
                 "--next", "抓好收尾", "--status", "推进中", "--value", "1=530") == 0
    assert "已保存为草稿" in capsys.readouterr().out
    assert entry(db, "set", *at, "--problems", "", "--status", "已完成",
                 "--value", "无障碍设施改造点位=五百四十") == 0
    row = saved(db)["二.二.4"]
    assert (row["progress"], row["problems"], row["next_steps"], row["status"], row["state"]) == \
        ("完成改造点位20处", "", "抓好收尾", "done", "draft")
    assert list(row["values"].values()) == [540.0]
    capsys.readouterr()
    assert entry(db, "show", "--unit", UNIT, "--month", MONTH) == 0
    out = capsys.readouterr().out
    assert "市民政局 2024-12 月度填报：草稿" in out
    block = out.split("二.二.4 ")[1].split("\n\n")[0]
    assert "状态：已完成" in block and "本月进展：完成改造点位20处" in block and "下步打算：抓好收尾" in block
    assert "指标 1. 无障碍设施改造点位（不少于500处）：本月累计 540处（上月累计 510处）" in block
    assert "二.一.1 凝聚社会共识\n  （未填）" in out


def test_submit_asks_like_the_window_then_locks_and_reopen_unlocks(db, capsys, tmp_path):
    at = ["--unit", UNIT, "--month", MONTH]
    assert entry(db, "set", *at, "--task", "二.一.1", "--progress", "召开推进会") == 0
    body = tmp_path / "正文.txt"
    body.write_text("本月召开推进会一次。", encoding="utf-8")
    assert entry(db, "article", *at, "--title", "我市召开适老化推进会", "--body-file", str(body),
                 "--author", "李明") == 0
    capsys.readouterr()
    # the page's warnings (tasks not filled) are its question: without --yes nothing is submitted
    refused(db, capsys, ["submit", *at], "还有 9 项任务本月没有填写")
    assert entry(db, "submit", *at, "--yes") == 0
    assert "已提交（1 项任务），本月已锁定" in capsys.readouterr().out
    assert saved(db)["二.一.1"]["state"] == "submitted"
    refused(db, capsys, ["set", *at, "--task", "二.一.1", "--progress", "改"], "已提交并锁定")
    refused(db, capsys, ["article", *at, "--title", "又一篇", "--body", "正文"], "已提交并锁定")
    refused(db, capsys, ["submit", *at], "无需再次提交")
    refused(db, capsys, ["reopen", *at, "--reason", " "], "需要写明原因")
    assert entry(db, "show", *at) == 0
    out = capsys.readouterr().out
    assert "已提交（" in out and "1. 我市召开适老化推进会（撰稿：李明）" in out
    assert entry(db, "reopen", *at, "--reason", "进展写漏了") == 0
    assert entry(db, "set", *at, "--task", "二.一.1", "--progress", "召开推进会两次") == 0
    assert saved(db)["二.一.1"]["revision"] == 2


def test_a_month_with_nothing_written_is_refused_on_submit(db, capsys):
    at = ["--unit", UNIT, "--month", MONTH]
    refused(db, capsys, ["submit", *at], "还没有填写任何任务的进展")
    assert entry(db, "set", *at, "--task", "二.一.1", "--status", "推进中") == 0   # a status, no words
    refused(db, capsys, ["submit", *at], "还没有填写任何任务的进展")


TASK = ["--unit", UNIT, "--month", MONTH, "--task"]
REFUSALS = [
    (["set", "--unit", "某某局", "--month", MONTH, "--task", "二.一.1", "--progress", "x"], "方案中没有单位“某某局”"),
    (["set", "--unit", UNIT, "--month", "2024-13", "--task", "二.一.1", "--progress", "x"], "月份“2024-13”无效"),
    (["set", *TASK, "九.九.9", "--progress", "x"], "方案中没有编号为“九.九.9”的任务"),
    (["set", *TASK, "二.二.5", "--progress", "x"], "不是“市民政局”的任务"),
    (["set", *TASK, "二.一.1", "--value", "1=5"], "没有量化指标"),
    (["set", *TASK, "二.二.6", "--value", "3=5"], "没有指标“3”"),
    (["set", *TASK, "二.二.6", "--value", "门球场=5"], "它的指标：1. 既有住宅加装电梯（不少于300部）"),
    (["set", *TASK, "二.二.6", "--value", "1=很多"], "“很多”不是数字"),
    (["set", *TASK, "二.二.6", "--value", "1=5公顷"], "既有住宅加装电梯"),
    (["set", *TASK, "二.二.6", "--value", "45"], "应写成 指标=数值"),
    (["set", *TASK, "二.二.6", "--status", "完成"], "应为未启动、推进中、已完成、滞后之一"),
    (["set", *TASK, "二.二.6"], "请至少给出一项要填写的内容"),
    (["set", "--unit", "领导小组各成员单位", "--month", MONTH, "--task", "二.一.1", "--progress", "x"], "是单位组"),
    (["set", "--unit", UNIT, "--month", "2024-10", "--task", "二.一.1", "--progress", "x"], "已提交并锁定"),
    (["article", "--unit", UNIT, "--month", MONTH, "--title", " ", "--body", "x"], "信息标题不能为空"),
    (["article", "--unit", UNIT, "--month", MONTH, "--title", "t", "--body-file", "没有这个文件.txt"], "不存在"),
    (["reopen", "--unit", UNIT, "--month", MONTH, "--reason", "改"], "还没有提交"),
    (["show", "--unit", "某某局", "--month", MONTH], "方案中没有单位“某某局”"),
]


@pytest.mark.parametrize("args,words", REFUSALS, ids=[" ".join(a) for a, _ in REFUSALS])
def test_refusals_exit_2_say_what_to_do_and_change_nothing(db, capsys, args, words):
    refused(db, capsys, args, words)


def test_a_body_file_in_gbk_is_refused_with_how_to_save_it(db, capsys, tmp_path):
    body = tmp_path / "gbk.txt"
    body.write_bytes("本月召开推进会。".encode("gbk"))
    refused(db, capsys, ["article", "--unit", UNIT, "--month", MONTH, "--title", "t", "--body-file", str(body)],
            "不是 UTF-8 编码")


def test_a_unit_workspace_enters_only_its_own_months(db, capsys):
    with open_workspace(db, create=False) as ws:
        ws.set_setting("role", "unit")
        ws.set_setting("unit_id", str(Q.unit_id(ws, Q.current_plan_id(ws), UNIT)))
    refused(db, capsys, ["set", "--unit", "市残联", "--month", MONTH, "--task", "二.一.1", "--progress", "x"],
            "只能填报本单位的进展")
    assert entry(db, "set", *TASK, "二.一.1", "--progress", "本单位的进展") == 0


def test_entry_is_listed_among_the_commands(capsys):
    with pytest.raises(SystemExit):
        main(["--help"])
    assert "entry" in capsys.readouterr().out


@pytest.mark.skipif(not JIADING.is_file(), reason="plans-dev not here")
def test_a_plans_dev_plan_whose_tasks_name_units(tmp_path, capsys):
    db = tmp_path / "jiading.sqlite"
    assert main(["plan", "import", str(JIADING), "--db", str(db)]) == 0
    capsys.readouterr()
    at = ["--unit", "区水务局", "--month", "2024-11"]
    # 二.二.1, 二.三.1 … all end in 1: the bare numeral names none of them
    refused(db, capsys, ["set", *at, "--task", "1", "--progress", "x"], "有几项任务编号都是“1”")
    # 附件.3 has two targets called the same: named, refused; by their numbers, taken
    refused(db, capsys, ["set", *at, "--task", "附件.3", "--value", "建设用地面积达到海绵城市建设目标要求=60"],
            "请写指标的序号")
    assert entry(db, "set", *at, "--task", "附件.3", "--progress", "新增达标面积", "--value", "1=55",
                 "--value", "2=60") == 0
    assert entry(db, "set", *at, "--task", "二.五.1", "--value", "洪水标准=50") == 0
    rows = saved(db, "区水务局", "2024-11")
    assert sorted(rows["附件.3"]["values"].values()) == [55.0, 60.0]
    assert list(rows["二.五.1"]["values"].values()) == [50.0]
    refused(db, capsys, ["set", *at, "--task", "二.一.1", "--progress", "x"], "不是“区水务局”的任务")
    capsys.readouterr()
    assert entry(db, "submit", *at, "--yes") == 0
    assert "已提交（2 项任务）" in capsys.readouterr().out
