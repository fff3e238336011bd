"""Mends of round 24's p37 rules (tests/test_parse_classes_next31_34.py), after a read-only review: what else those
rules matched in a real plan. Each mend: the reviewer's snippet and another wording, and the near-misses that must
still read as before."""

from __future__ import annotations

import pytest

from desktop.core.parse import find_targets, parse_text
from desktop.core.parse.declarations import find_declaration

_WORK = ("一、工作目标\n完成网格划分20个。\n二、主要任务\n（一）划分网格。完成网格划分20个（街道办负责）。\n")


# 1. hours of a round-the-clock watch are no target; a yearly total of hours on patrol is one


@pytest.mark.parametrize("sentence, value", [
    ("每名护林员全年完成1200小时巡护。", 1200),
    ("全年完成300小时巡检飞行。", 300),
    ("每名网格员累计完成200小时巡回检查。", 200),
    ("每支队伍年内完成500小时巡防。", 500),
])
def test_a_yearly_total_of_patrol_hours_is_a_target(sentence, value):
    assert [t.value for t in find_targets(sentence, 2024, relaxed=True)] == [value]


@pytest.mark.parametrize("clause", ["重点时段坚持24小时巡回检查", "节假日实行48小时巡防", "坚持12小时值勤"])
def test_a_round_the_clock_watch_stays_no_target(clause):
    assert find_targets(f"各村要{clause},防止发生火情。", 2024, relaxed=True) == []


# 2. a sending with no date of its own in a stage stamped with a window of days is due on the window's last day


@pytest.mark.parametrize("window, due", [("11月21日-12月10日", "2024-12-10"), ("9月1日至9月25日", "2024-09-25"),
                                         ("2024年10月", "2024-10-31")])
def test_a_sending_in_a_stage_is_due_on_its_windows_last_day(window, due):
    text = ("某县2024年安全生产大检查工作方案\n一、工作目标\n全面排查安全隐患。\n二、工作步骤\n"
            "（一）动员部署阶段（11月1日-11月5日）。各乡镇召开动员会议。\n"
            f"（二）总结提高阶段（{window}）。各单位要认真总结，形成书面总结并报送县安委办。\n")
    duties = [d for d in parse_text(text).duties if "书面总结" in d.text]
    assert [d.due for d in duties] == [due]


# 3. a one-line text's section on how things stand (一、基本情况… / 一、工作概况…) holds past figures, no goals


@pytest.mark.parametrize("heading", ["基本情况", "工作概况", "发展基础"])
def test_a_run_in_section_on_how_things_stand_gives_no_plan_targets(heading):
    line = (f"某县2024年农村改厕工作实施方案为深入推进农村人居环境整治,结合我县实际,制定本方案。一、{heading}全县共有"
            "行政村120个,已完成改厕3.5万户,卫生厕所普及率达到85%,工作基础较好。二、主要任务(一)推进改厕。2024年完成"
            "改厕2000户(县农业农村局牵头,各乡镇负责)。(二)加强管护。建立管护站20个(县农业农村局负责)。")
    assert [(t.value, t.unit) for t in parse_text(line).plan_targets] == []


def test_a_section_on_how_things_stand_on_its_own_line_gives_no_plan_targets():
    text = ("某县2024年农村改厕工作实施方案\n一、基本情况\n全县已完成改厕3.5万户,普及率达到85%。\n"
            "二、主要任务\n（一）推进改厕。2024年完成改厕2000户（县农业农村局负责）。\n")
    assert parse_text(text).plan_targets == []


def test_a_goal_section_run_into_one_line_still_gives_the_plans_figures():
    line = ("某县2024年农村改厕工作实施方案为深入推进农村人居环境整治,制定本方案。一、工作目标2024年完成改厕2000户,"
            "普及率达到90%。二、主要任务(一)推进改厕。完成改厕2000户(县农业农村局负责)。")
    assert sorted(t.value for t in parse_text(line).plan_targets) == [90, 2000]


# 4. a task that names the stage it falls in (在…阶段 / 加快…阶段) is no stage's heading


def test_a_task_naming_its_stage_is_no_phase():
    text = ("某县农村人居环境整治工作方案\n一、主要任务\n1.在集中整治阶段5月底前完成垃圾清理（县城管局负责）。\n"
            "2.加快项目前期阶段2024年6月底前完成立项（县发改局负责）。\n3.推进验收阶段10月底前完成验收（县农业农村局负责）。\n")
    assert parse_text(text).phases == []


def test_a_numbered_stage_run_into_its_date_stays_a_phase():
    text = "某区2024年建议提案办理工作安排\n一、办理时限\n1.交办阶段3月10日前各承办单位领取任务。\n"
    assert [(p.name, p.end) for p in parse_text(text).phases] == [("交办阶段", "2024-03")]


# 5. a one-line text whose title opens with a 1 of its own (1村1品 / 1中 / 1区) keeps it


@pytest.mark.parametrize("title", ["1村1品特色产业发展实施方案", "1中2024年校园安全工作方案", "1镇1业产业培育实施方案",
                                   "1县1策帮扶工作方案"])
def test_a_title_opening_with_a_one_of_its_own_keeps_it(title):
    line = (f"{title}根据县委部署,结合实际,制定本方案。一、工作目标培育特色村10个。"
            "二、主要任务(一)培育特色产业。培育特色村10个(县农业农村局负责)。")
    assert parse_text(line).title == title


def test_a_shops_page_number_before_a_title_is_still_dropped():
    line = ("1杨村乡2013年茶叶基地建设实施方案根据区委部署,结合实际,制定本方案。一、工作目标完成基地300亩。"
            "二、主要任务(一)建设基地。完成基地300亩(乡农办负责)。")
    assert parse_text(line).title == "杨村乡2013年茶叶基地建设实施方案"


# 6. a bracket that ends by saying where a paper is kept (…留存 / …存档 / …备案) is no units bracket


@pytest.mark.parametrize("note", ["（各医疗机构留存）", "(乡镇政府存档)", "（县卫健委备案）", "(各村委会备查)"])
def test_a_note_ending_in_where_a_paper_is_kept_is_no_unit(note):
    decl = find_declaration(f"建立医疗废物转移联单制度{note}。")
    assert decl is None or (decl.lead, decl.resp) == ([], [])


@pytest.mark.parametrize("units, names", [("（县档案馆、县卫健委）", ["县档案馆", "县卫健委"]),
                                          ("(县不动产登记中心)", ["县不动产登记中心"])])
def test_a_units_bracket_of_keepers_stays(units, names):
    decl = find_declaration(f"开展档案专项检查{units}")
    assert decl is not None and decl.resp == names


# 7. a unit heading over a task list: its tasks with no bracket of their own are its, not a sibling's unit's


@pytest.mark.parametrize("section", ["二、重点任务清单", "三、部门职责分工"])
def test_a_unit_headings_tasks_without_a_bracket_keep_the_headings_unit(section):
    text = (f"某区2024年校园安全工作方案\n一、工作目标\n实现校园安全事故零发生。\n{section}\n（一）区教体局\n"
            "1.开展校园安全隐患排查。\n2.落实校园安保经费，配备保安100名（区财政局负责）。\n"
            "（二）区卫健局\n1.开展食堂卫生检查。\n")
    rows = {t.key: t.responsible_units for t in parse_text(text).tasks}
    assert rows["二.一.1" if section.startswith("二") else "三.一.1"] == ["区教体局"]
    assert rows["二.一.2" if section.startswith("二") else "三.一.2"] == ["区财政局"]


def test_units_after_a_plain_sections_last_item_still_cover_the_section():
    text = ("某区2024年校园安全工作方案\n一、主要任务\n（一）加强校园安全\n1.开展校园安全隐患排查。\n"
            "2.落实校园安保经费。\n（区教体局、区财政局负责）\n（二）加强食品安全\n1.开展食堂卫生检查（区卫健局负责）。\n")
    rows = {t.key: t.responsible_units for t in parse_text(text).tasks}
    assert rows.get("一.一.1", rows.get("一.一")) == ["区教体局", "区财政局"]


# 8. a stage whose masked-year window is the day it ends by stays undated as an item of a schedule section


@pytest.mark.parametrize("window", ["__年1月5日之前", "20__年3月底前"])
def test_a_masked_stage_item_of_a_schedule_section_is_undated(window):
    text = ("某县2024年爱国卫生运动工作方案\n一、工作目标\n全面改善环境卫生。\n二、实施步骤\n"
            "（一）宣传发动阶段。5月1日至5月15日，召开动员会议。\n"
            f"（二）准备工作阶段（{window}）。各单位制定方案。\n")
    phases = {p.name: (p.start, p.end) for p in parse_text(text).phases}
    assert phases["准备工作阶段"] == (None, None)
    assert phases["宣传发动阶段"] == ("2024-05", "2024-05")


# 9. an essay site's blurb in other words (以下是本站为您整理的…,仅供参考。)


@pytest.mark.parametrize("blurb", ["以下是本站为您整理的2022年度社区治理工作方案,仅供参考。",
                                   "下面是某某文秘网编辑为大家收集的2022年度社区治理工作方案,希望对您有帮助。"])
def test_a_blurb_in_other_words_names_the_title(blurb):
    text = f"2023年度社区治理工作方案\n{blurb}\n2022年度社区治理工作方案\n为加强社区治理,制定本方案。\n" + _WORK
    assert parse_text(text).title == "2022年度社区治理工作方案"
