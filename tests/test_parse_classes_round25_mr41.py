"""Findings of the read-only review of p41 (task tables with a category column before 序号, measures in a cell,
aim columns, a cut last row, counted events, written materials sent, lost 《) mended by mr41, each with OTHER
wordings than the review's and near-misses that must not fire.

F2  measures 「1、…」「2、…」 one a line in a row are a list, not group headings (nor a unit cell); the row's
    unit cell is still read as the next category where cells are set off by blank lines (F1 left)
F4  the aim column: 目标 over 指标, the later year over the earlier
F5  an aim cell's decimals (5.5%, 1.2万人) are no numbered steps
F6  counted events in a rhythm or a past tally are no targets
F7  a written account sent on, told as done (取得良好成效), is no duty
F8  a last row is cut only with a sign of the cut
F9  a title whose 《 is on the line above
F11 港元 / 日元 / 美金 / 英镑
"""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.read import table_lines
from desktop.core.parse.targets import find_targets

_TOP = ("某县2024年乡村振兴工作方案\n\n一、工作目标\n\n农村面貌明显改善。\n\n二、保障措施\n\n"
        "各单位要加强领导。\n\n附件\n\n")


def _table(cells: list[str]) -> list[tuple[str, list[str], list[str], str | None]]:
    p = parse_text(_TOP + "\n\n".join(cells) + "\n")
    return [(t.title, t.lead_units, t.responsible_units, t.deadline) for t in p.tasks]


def test_f2_measure_list_in_a_row_kept_with_its_unit():
    got = _table(["领域", "序号", "项目名称", "具体措施", "牵头单位", "民生服务", "1", "幸福食堂",
                  "1、在每个社区新建老年助餐点10个", "2、推行助餐上门配送服务机制", "县民政局", "2", "健康驿站",
                  "1、组织医生定期下乡巡回义诊", "2、为常住居民建立电子健康档案", "3", "便民超市", "统筹布局便民网点",
                  "县商务局"])
    assert len(got) == 3
    assert "新建老年助餐点10个" in got[0][0] and "巡回义诊" in got[1][0]     # the measures are not wiped
    assert all(not any(u.startswith(("1", "2")) for u in g[1] + g[2]) for g in got)


def _aims(rows: list[list[str]]) -> list[list[tuple[float, str]]]:
    text = "某区2024年重点工作任务分解方案\n\n附件\n\n" + "\n".join(table_lines(rows)) + "\n"
    return [[(g.value, g.unit) for g in t.targets] for t in parse_text(text).tasks]


def test_f4_this_years_aim_over_last_years():
    assert _aims([["序号", "任务名称", "2023年目标", "2024年目标", "责任单位"],
                  ["1", "外贸进出口", "3亿元", "4亿元", "区商务局"],
                  ["2", "新增市场主体", "800户", "900户", "区市场监管局"]]) == [[(4e8, "元")], [(900.0, "户")]]


def test_f4_aim_value_over_indicator_name():
    got = _aims([["序号", "任务名称", "指标", "目标值", "责任单位"],
                 ["1", "稳增长", "固定资产投资增速", "8%", "区发改局"],
                 ["2", "惠民生", "新增城镇就业", "3000人", "区人社局"]])
    assert got == [[(8.0, "%")], [(3000.0, "人")]]


def test_f4_one_aim_column_unchanged():
    got = _aims([["序号", "任务名称", "指标要求", "责任单位"],
                 ["1", "稳增长", "增长6%", "区发改局"], ["2", "惠民生", "新增就业3000人", "区人社局"]])
    assert got == [[(6.0, "%")], [(3000.0, "人")]]


def test_f5_decimal_aims_kept_but_steps_still_left_out():
    got = _aims([["序号", "任务名称", "目标值", "责任单位"],
                 ["1", "控制失业率", "4.5%以内", "区人社局"], ["2", "新增就业", "2.3万人", "区人社局"],
                 ["3", "优化服务", "1.建立台账 2.定期走访", "区工信局"]])
    assert got[0] == [(4.5, "%")] and got[1] == [(23000.0, "人")] and got[2] == []


def _counted(s: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(s, 2024)]


def test_f6_rhythms_and_past_tallies_of_events_no_targets():
    # (w52d: Round 60 rulings, turned (rounds 49, 58 over w51d's scope): a rhythm's events are the item's own number)
    assert _counted("每季度组织两场政策宣讲会。") == [(2.0, "场")]
    for s in ["2022年全年共举办四场对接会，今年继续开展。",
              "今年以来已经举办三场技能竞赛。", "上年举办两场项目推介会，效果良好。", "累计举办五场培训班。"]:
        assert _counted(s) == [], s


def test_f6_planned_events_still_counted():
    assert _counted("计划举办三场项目推介会。") == [(3.0, "场")]
    assert _counted("全年组织两场应急演练。") == [(2.0, "场")]


_DUTY = ("某区2024年工作方案\n\n一、工作任务\n（一）推进工作。完成培训100人次。（牵头单位：区民政局）\n\n"
         "二、工作要求\n")


def test_f7_written_account_told_as_done_no_duty():
    p = parse_text(_DUTY + "2023年各街道均撰写书面总结报告并汇总至区民政局，取得显著成效。\n")
    assert p.duties == []


def test_f7_written_sending_still_a_duty():
    p = parse_text(_DUTY + "各街道要形成书面总结材料汇总至区民政局，确保取得明显成效。\n")
    assert len(p.duties) == 1


def test_f9_title_whose_opening_mark_is_on_the_line_above():
    p = parse_text("各镇人民政府：\n《2024年农村人居环境整治\n提升行动实施方案》和《考核细则》已经县政府同意，"
                   "现印发给你们。\n\n一、主要任务\n\n（一）推进厕所革命。（县农业农村局牵头）\n")
    assert p.title == "2024年农村人居环境整治提升行动实施方案"


def test_f11_foreign_currencies():
    assert _counted("实际利用外资达到2亿港元。") == [(2e8, "港元")]
    assert _counted("对外投资达到500万日元。") == [(5e6, "日元")]
    assert _counted("开展港元结算业务。") == []
