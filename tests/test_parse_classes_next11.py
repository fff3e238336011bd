"""Failure classes of tests/data/plans-next11/BASELINE.md (round 14, parser15), each with made-up
wordings of the same shape (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text

# class 1: a 政府工作报告 task-breakdown table flattened one cell a line (a cell may keep its 「 |」), the task
# column named in words the header list lacks, a column of spaced-out persons, then the units
SPACED_TABLE = ("某市2026年《政府工作报告》重点工作任务分解表\n附件\n某市2026年《政府工作报告》重点工作任务分解表\n"
                "序号 |\n主要工作事项 |\n分 管 市领导 |\n牵头责任单位 |\n责任单位 |\n"
                "41 |\n新建城市公园5个，改造老旧小区120个，推进城市更新。 |\n张 华 |\n市住建局 |\n市各有关单位 |\n"
                "42 |\n推动高标准农田建设，新增高标准农田3万亩。 |\n王 小明李 强 |\n市农业农村局 |\n市财政局 |\n")


def test_a_breakdown_table_with_a_spaced_leader_column_gives_its_rows_units():
    plan = parse_text(SPACED_TABLE)
    rows = {t.number: t for t in plan.tasks}
    assert sorted(rows) == ["41", "42"]
    assert rows["41"].lead_units == ["市住建局"]
    assert rows["41"].title.startswith("新建城市公园")
    assert rows["42"].lead_units == ["市农业农村局"]
    assert rows["42"].responsible_units == ["市财政局"]
    assert not any("张" in u or "李强" in u for t in plan.tasks for u in t.lead_units + t.responsible_units)


# the first of two unit columns said to be the main one (主要责任单位 | 协同配合单位) leads
MAIN_TABLE = ("某县2026年重点工作任务清单\n\n序号\n\n重点工作事项\n\n首要责任单位\n\n协同责任单位\n\n"
              "1\n\n新建乡镇污水处理站8座。\n\n县生态环境分局\n\n县住建局、县水利局\n\n"
              "2\n\n完成农村公路提质改造60公里。\n\n县交通运输局\n\n县财政局\n")


def test_a_main_unit_column_before_a_second_unit_column_is_the_lead():
    plan = parse_text(MAIN_TABLE)
    rows = {t.number: t for t in plan.tasks}
    assert sorted(rows) == ["1", "2"]
    assert rows["1"].lead_units == ["县生态环境分局"]
    assert rows["1"].responsible_units == ["县住建局", "县水利局"]
    assert rows["2"].lead_units == ["县交通运输局"]
    assert rows["2"].responsible_units == ["县财政局"]


# a bureau's selection of a wider breakdown table: group rows 一、… whose titles hold a comma, rows whose
# numbers jump (its own rows only), unit cells ending in a full stop, the last row cut with no units
SELECTION = ("某县卫生健康委2026年政府工作报告重点工作任务分解表\n\n"
             "序号\n\n重点工作任务\n\n主要责任单位\n\n协同配合单位\n\n"
             "一、稳住经济大盘，推动高质量发展\n\n"
             "5\n\n社会消费品零售总额增长6%左右。\n\n县商务局\n\n县发改委、县市场监管局,各镇人民政府。\n\n"
             "二、办好民生实事,提升群众获得感\n\n三、守牢安全底线、护航平安建设,维护社会稳定\n\n"
             "41\n\n推进紧密型县域医共体建设，提升基层医疗服务能力。\n\n县卫生健康委\n\n县医保局。\n\n"
             "44\n\n实施公共卫生服务提升行动，新建村卫生室12个。\n\n县卫生健康委\n\n县财政局、县疾控中心。\n\n"
             "47\n\n完善院前急救网络建设，急救平均反应时间缩短至")


def test_a_selection_of_a_breakdown_table_reads_its_rows_past_comma_group_rows_and_jumps():
    plan = parse_text(SELECTION)
    rows = {t.number: t for t in plan.tasks}
    assert sorted(rows, key=int) == ["5", "41", "44", "47"]
    assert rows["5"].lead_units == ["县商务局"]
    assert rows["5"].responsible_units == ["县发改委", "县市场监管局", "各镇人民政府"]
    assert rows["41"].responsible_units == ["县医保局"]
    assert rows["44"].responsible_units == ["县财政局", "县疾控中心"]
    assert rows["47"].lead_units == [] and rows["47"].responsible_units == []     # cut: no units of the row above


def test_a_pages_name_field_naming_a_task_table_is_the_title_not_the_site_line():
    page = ("某县住建局\n当前位置: 首页 > 政府信息公开 > 县住建局\n发布机构: 某县住建局\n"
            "名称: 某县住建局2026年重点工作责任分工表\n文号:\n发布日期: 2026-03-02\n"
            "某县住建局2026年重点工作责任分工表\n序号\n重点工作任务\n牵头单位\n配合单位\n"
            "1\n完成城镇老旧小区改造15个。\n县住建局\n各镇人民政府\n")
    assert parse_text(page).title == "某县住建局2026年重点工作责任分工表"


# class 6: a target in a concentration unit (a mass per volume), not a bare 立方米 or nothing
def test_a_concentration_target_keeps_its_compound_unit():
    plan = parse_text("某市2027年碧水行动方案\n一、主要目标\n（一）改善水质。到2027年，城镇污水处理厂出水总磷浓度"
                      "不高于0.3毫克/升，全市臭氧平均浓度控制在150微克/立方米以内。（责任单位：市生态环境局）\n")
    found = {(t.value, t.unit) for task in plan.tasks for t in task.targets}
    assert (0.3, "毫克/升") in found and (150.0, "微克/立方米") in found
    assert not any(t.unit == "立方米" for task in plan.tasks for t in task.targets)


# class 4: a year and month with what is done then (2026年9月建成) is a deadline; a month alone is not
def test_a_year_and_month_before_a_done_verb_is_a_deadline():
    from desktop.core.parse.dates import find_deadlines
    assert [d.date for d in find_deadlines("2026年9月建成县级污水处理中心，投入运行。", 2026)] == ["2026-09-30"]
    assert [d.date for d in find_deadlines("2025年3月全面完成排查整治。", 2025)] == ["2025-03-31"]
    assert find_deadlines("2026年9月召开推进会，部署相关工作。", 2026) == []
