"""Failure classes of tests/data/plans-next48/-next50 taken in round 25 (p42): a bar table whose first column
names each row's subject in words no task column uses (专项整治行业名称 | 时间安排 | 责任单位 |), with units parted
by blanks and full-width bars; a 附表 of one-cell lines inside an item, after which the item's numbering goes on.
Each class with made-up wordings of other plans (the real cases are scored by tests/test_parse_score.py), and
near-misses that must not fire."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.read import convert_text_tables


def _tasks(text: str) -> dict[str, tuple[str, list[str], list[str], str | None]]:
    return {t.key: (t.title, t.lead_units, t.responsible_units, t.deadline) for t in parse_text(text).tasks}


# -- a. a bar table headed by a name column, a time column and a unit column: each row a task ---------------------

_HEAD = "某街道2023年消防安全专项检查工作计划\n为做好全年消防工作，制定本计划。\n一、检查安排\n"


def test_a_named_rows_with_a_time_and_a_unit_column_are_tasks():
    text = _HEAD + ("检查场所类别 | 检查时间 | 牵头单位 | 配合单位 |\n"
                    "高层住宅 | 3月份 | 街道应急办 | 派出所 社区居委会 |\n"
                    "商场超市 | 5月份 | 街道市场所 | 消防中队 |\n"
                    "二、工作要求\n（一）街道应急办负责汇总检查情况。\n")
    got = _tasks(text)
    rows = [v for k, v in got.items() if k.startswith("一.")]
    assert [r[0] for r in rows] == ["高层住宅", "商场超市"]
    assert rows[0][1] == ["街道应急办"] and rows[0][2] == ["派出所", "社区居委会"]
    assert rows[0][3] == "2023-03-31" and rows[1][3] == "2023-05-31"


def test_a_full_width_bars_read_as_bars():
    text = _HEAD + ("项目名称｜完成时限｜责任单位｜\n"
                    "更换灭火器｜6月底前｜物业办｜\n"
                    "疏通消防通道｜9月底前｜城管中队｜\n")
    rows = [v for k, v in _tasks(text).items() if k.startswith("一.")]
    assert [(r[0], r[2], r[3]) for r in rows] == [("更换灭火器", ["物业办"], "2023-06-30"),
                                                  ("疏通消防通道", ["城管中队"], "2023-09-30")]


def test_a_units_with_blanks_only_split_when_each_is_a_unit():
    out = convert_text_tables("整治对象 | 时间安排 | 责任单位 |\n小餐饮 | 4月份 | 市场所 城管中队 |\n"
                              "农贸市场 | 5月份 | 市场所 每月两次 |\n")
    assert "责任单位:市场所、城管中队" in out
    assert "责任单位:市场所 每月两次" in out      # 每月两次 is no unit: the cell stays as written


def test_a_no_time_column_or_no_unit_column_is_no_task_table():
    # a roster (names, posts, phones) and a schedule without units stay as they are
    roster = "姓名 | 职务 | 责任单位 | 联系时间 |\n张三 | 站长 | 安监站 | 工作日 |\n"
    assert convert_text_tables(roster) == roster
    schedule = "阶段名称 | 时间安排 | 主要工作 |\n动员部署 | 3月份 | 制定方案 |\n"
    assert convert_text_tables(schedule) == schedule
    units_only = "片区名称 | 责任单位 | 联系电话 |\n东片 | 城管中队 | 12345 |\n"
    assert convert_text_tables(units_only) == units_only


def test_a_first_column_a_time_is_no_name_column():
    text = "检查时间 | 检查单位 | 检查结果 |\n3月份 | 安监站 | 合格 |\n"
    assert convert_text_tables(text) == text


def test_a_figures_in_the_first_column_are_no_name():
    text = "2023年目标 | 完成时间 | 责任单位 |\n50% | 年底 | 区发改委 |\n"
    assert convert_text_tables(text) == text


# -- b. a 附表 inside an item: the numbering goes on after its one-cell lines -------------------------------------

_CELLS = ("附表：简化审批事项目录\n\n事项类别\n\n原办理方式\n\n简化后方式\n\nA-1道路\n\n审批\n\n备案\n\n"
          "B-2管线\n\n审批\n\n告知承诺\n\n")


def test_b_a_table_inside_an_item_does_not_end_the_plan():
    text = ("某区审批改革实施方案\n一、改革措施\n（一）简化审批\n1、道路工程\n"
            "（1）区建设局负责简化道路审批。目录见附表。\n" + _CELLS
            + "（2）区规划局负责推行告知承诺。\n2、区水务局负责管线联合验收。\n二、保障措施\n"
            "（一）区审改办负责督促检查。\n")
    got = _tasks(text)
    assert "一.一.1.2" in got and got["一.一.1.2"][2] == ["区规划局"]
    assert "一.一.2" in got
    assert "二.一" in got
    assert not any("A-1" in v[0] or "审批" == v[0] for v in got.values())


def test_b_an_appendix_after_the_plan_still_ends_it():
    # the plan's last item, then 附表 whose rows are numbered anew (1 / 2): the plan's appendix
    text = ("某区审批改革实施方案\n一、改革措施\n（一）区建设局负责简化道路审批。\n（二）区规划局负责推行告知承诺。\n"
            "附表：任务分解表\n序号\n任务\n责任单位\n1\n编制目录\n区建设局\n")
    got = _tasks(text)
    assert set(got) >= {"一.一", "一.二"}
    assert all(k.startswith("一.") for k in got)


def test_b_a_table_followed_by_prose_ends_the_plan():
    # after the cells a long paragraph, not the numbering: the appendix and what follows are not the items
    text = ("某区审批改革实施方案\n一、改革措施\n（一）简化审批\n（1）区建设局负责简化道路审批。\n" + _CELLS
            + "本目录由区审改办负责解释，自发布之日起施行，各部门应当按照目录要求做好衔接工作，确保改革平稳推进。\n"
            "（2）区规划局负责推行告知承诺。\n")
    got = _tasks(text)
    assert "一.一.2" not in got
