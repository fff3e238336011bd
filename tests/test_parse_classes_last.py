"""Issue 10 round 8: the failure classes of tests/data/plans-last (its BASELINE.md; tuned on from
round 8), each on a short text of its own, then the real case (the scorer covers whole plans:
tests/test_parse_score.py)."""

from __future__ import annotations

from pathlib import Path

from desktop.core.parse import parse_file, parse_text

LAST = Path(__file__).parent / "data" / "plans-last"


def _last(prefix: str):
    return parse_file(next(LAST.glob(prefix + "_*.txt")))


# --- 5. a second role label inside a units bracket: 支撑/协作 units take part, they do not lead ------

def test_supporting_units_in_the_bracket_are_responsible_not_leads():
    plan = parse_text("一、推进城镇更新\n1.推进旧住房改造。完成改造12个小区。（牵头单位：县住建局、县规划局，"
                      "支撑单位：县财政局、县发改委）\n2.推进街巷整治。整治5条街巷。（牵头单位：县城管局，"
                      "协作单位：县交通局）\n")
    first, second = plan.tasks
    assert first.lead_units == ["县住建局", "县规划局"]
    assert first.responsible_units == ["县财政局", "县发改委"]
    assert second.lead_units == ["县城管局"]
    assert second.responsible_units == ["县交通局"]


def test_e18_supporting_units_are_no_leads():
    plan = _last("e18")
    leads = [u for t in plan.tasks for u in t.lead_units]
    assert leads and not any("支撑" in u for u in leads)
    assert any(t.responsible_units for t in plan.tasks)


# --- 8. a cooperating-units line 主要协作单位: under the 牵头责任单位: line ---------------------------

def test_a_cooperating_units_line_is_read():
    plan = parse_text("一、改善公共服务\n1.建成社区卫生服务站3个。\n牵头责任单位:镇卫生院\n"
                      "主要协作单位:镇财政所、镇民政办\n2.完成适龄儿童接种率95%。\n牵头责任单位:镇卫生院\n"
                      "主要协作单位:各村委会\n")
    first, second = plan.tasks
    assert first.lead_units == ["镇卫生院"]
    assert first.responsible_units == ["镇财政所", "镇民政办"]
    assert second.responsible_units == ["各村委会"]


def test_e17_cooperating_units_are_read():
    plan = _last("e17")
    assert sum(1 for t in plan.tasks if t.responsible_units) >= 5


# --- 9. A、B分别牵头: every unit before 分别牵头 leads ------------------------------------------------

def test_units_that_each_lead_their_part_all_lead():
    plan = parse_text("一、稳定就业\n1.开展职业技能培训5000人次。\n责任单位:县人社局、县农业农村局分别牵头\n"
                      "2.新增城镇就业3000人。(县人社局、县发改局分别牵头)\n")
    first, second = plan.tasks
    assert first.lead_units == ["县人社局", "县农业农村局"]
    assert second.lead_units == ["县人社局", "县发改局"]
    assert not any("分别" in u for t in plan.tasks for u in t.lead_units + t.responsible_units)


def test_e08_each_leads():
    plan = _last("e08")
    units = [u for t in plan.tasks for u in t.lead_units + t.responsible_units]
    assert "市农业农村局" in units and not any(u.endswith("分别") for u in units)


# --- 1. an item marker written as a word and its number (任务N：), its text on the next line ------------

def test_word_numbered_items_with_their_text_on_the_next_line_are_tasks():
    plan = parse_text("一、完善规划体系\n行动1：强化规划引领\n——任务1：编制街区控制性详细规划\n"
                      "。完成4个街区的规划编制。\n——任务2：开展规划实施评估\n。形成年度评估报告。\n"
                      "二、盘活存量土地\n行动2：推进低效用地处置\n——任务3：处置低效工业用地\n"
                      "。全年处置低效工业用地120公顷。\n")
    assert [t.title for t in plan.tasks] == ["编制街区控制性详细规划", "开展规划实施评估", "处置低效工业用地"]
    assert [[*t.path, t.number] for t in plan.tasks] == [["一", "1", "1"], ["一", "1", "2"], ["二", "2", "3"]]


def test_one_word_numbered_in_chinese_numerals_gives_the_items():
    plan = parse_text("一、重点任务\n任务一：建设智慧社区平台\n年底前建成覆盖全镇的服务平台。\n"
                      "任务二：完善养老服务设施\n新增日间照料中心2个。\n")
    assert [t.title for t in plan.tasks] == ["建设智慧社区平台", "完善养老服务设施"]


def test_a_single_word_numbered_line_is_no_item():
    plan = parse_text("一、重点任务\n1.建设智慧社区平台。年底前建成。\n2.完善养老服务设施。新增2个。\n"
                      "任务1：不单列\n")
    assert [t.title for t in plan.tasks] == ["建设智慧社区平台", "完善养老服务设施"]


def test_e19_the_21_tasks_are_read():
    plan = _last("e19")
    assert len(plan.tasks) == 21
    assert plan.tasks[0].title.startswith("协同开展")


# --- 12. a leap day without its year: the plan's year comes from the page's 成文日期 cell ---------------

def test_the_date_in_the_cell_after_its_label_dates_the_plan_and_its_leap_day():
    plan = parse_text("文號: | 某政辦函〔2024〕4號 | 成文日期: | 2024-02-04 |\n一、工作任務\n"
                      "(一)匯總點位數據。各單位要在2月29日前完成點位數據匯總。(市統計局負責)\n"
                      "(二)開展復核。各單位要在3月31日前完成復核。(市統計局負責)\n")
    assert plan.date == "2024-02-04"
    assert plan.tasks[0].deadline == "2024-02-29"


def test_e12_the_leap_day_deadline():
    plan = _last("e12")
    assert plan.date == "2024-02-04"
    assert plan.tasks[0].deadline == "2024-02-29"
