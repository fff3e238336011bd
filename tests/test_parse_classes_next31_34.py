"""Failure classes of tests/data/plans-next31 and plans-next34 (page openings of plans from outside Shanghai, see
their BASELINE.md), round 24: each class written again in made-up wordings of the same shape, with the near-misses
that must not fire."""

from __future__ import annotations

import pytest

from desktop.core.parse import find_targets, parse_text
from desktop.core.parse.declarations import find_declaration
from desktop.core.parse.normalise import light
from desktop.core.parse.site_pages import strip_preview_chunks
from desktop.core.parse.titles import _blurbed_heading

_WORK = ("一、工作目标\n全面完成年度任务。\n二、工作任务\n（一）开展排查。各村全面排查隐患。\n"
         "（二）落实整改。各村逐项整改到位。\n")


# class 1: a one-line text's title glued to a shop's page number (1某乡…方案) or a site's word (…方案范文), or run
# into a preamble that opens with 根据


@pytest.mark.parametrize("line, title", [
    ("1某乡2013年茶叶基地建设实施方案根据《某区2013年农业产业基地建设目标》,完成300亩茶叶基地任务,特制定本方案:"
     "一、指导思想以完成基地建设任务为指导。二、工作要求1、加强领导。2、落实责任。", "某乡2013年茶叶基地建设实施方案"),
    ("2024年某县农村道路交通安全专项整治方案范文为切实加强农村道路交通安全管理,预防和减少事故,制定本方案。"
     "一、工作目标 事故起数明显下降。二、工作措施 (一)开展排查。各乡镇全面排查隐患。",
     "2024年某县农村道路交通安全专项整治方案"),
    ("某镇秋季森林防火工作方案根据县森林防火指挥部的部署,结合我镇实际,制定本方案。一、工作目标 确保不发生较大火灾。"
     "二、工作措施 (一)加强巡查。各村组织巡山。", "某镇秋季森林防火工作方案"),
])
def test_a_one_line_texts_title_without_the_sites_number_or_word(line, title):
    assert parse_text(line).title == title


def test_a_title_that_opens_with_a_count_keeps_it():
    line = ("1号文件落实工作方案为认真落实省委1号文件精神,推进乡村振兴,制定本方案。一、工作目标 全面完成任务。"
            "二、工作措施 (一)加强领导。各乡镇成立专班。")
    assert parse_text(line).title == "1号文件落实工作方案"


# class 2: a preview's chunks 1、 2、 3、 whose first opens with the plan's title, its preamble and its 一、 section


def test_a_preview_whose_first_chunk_holds_the_title_and_the_first_section():
    body = "加强组织领导,压实各方责任,确保各项工作落到实处," * 8
    text = ("1、某镇开展安全生产大检查实施方案 根据区委、区政府的部署安排,结合我镇实际,制定此实施方案。 "
            f"一、总体要求 {body}把\n"
            f"2、各项工作统筹推进。{body};\n3、2024年,建立长效机制,进一步")
    out = strip_preview_chunks(text)
    assert not any(line.startswith(("1、", "2、", "3、")) for line in out.split("\n"))


def test_a_plans_own_numbered_paragraphs_are_no_preview_chunks():
    para = "各村要组织力量开展排查整治,建立台账,逐项销号,确保问题整改到位," * 6
    text = f"1、开展排查。{para}。\n2、落实整改。{para}。\n3、巩固提升。{para}。"
    assert strip_preview_chunks(text) == text


# class 3: a stage whose window's year the page masks, written as the day it ends by


@pytest.mark.parametrize("window", ["__年3月10日之前", "20__年4月底前", "XX年5月15日前"])
def test_a_stage_whose_masked_window_ends_by_a_day_is_kept_undated(window):
    text = (f"某县禁放工作方案\n四、明晰步骤,扎实推进各项工作\n（一）宣传动员阶段（{window}）。"
            "主要任务是:制定方案,广泛宣传")
    assert [(p.name, p.start, p.end) for p in parse_text(text).phases] == [("宣传动员阶段", None, None)]


# class 4: a numbered stage's heading run into its date and its text (1.交办阶段3月10日前各承办单位…)


@pytest.mark.parametrize("step, start, end", [
    ("1.交办阶段3月10日前各承办单位应完成登记。", None, "2022-03"),
    ("（一）办理阶段4月1日-6月30日各承办单位逐件办理。", "2022-04", "2022-06"),
])
def test_a_numbered_stage_run_into_its_date(step, start, end):
    text = f"某区2022年建议提案办理工作安排\n一、办理时限\n办理工作分两个阶段进行。\n{step}\n"
    phases = parse_text(text).phases
    assert [(p.start, p.end) for p in phases if p.name in step] == [(start, end)]


@pytest.mark.parametrize("sentence", ["工作分三个阶段4月底前完成全部任务。", "在整改阶段3月底前各村完成自查。"])
def test_a_stage_named_in_a_sentence_with_a_date_is_no_phase(sentence):
    text = f"某区2022年建议提案办理工作安排\n一、办理要求\n{sentence}\n二、工作措施\n（一）加强领导。\n"
    assert parse_text(text).phases == []


# class 5: a stage's time labelled 时间: with its windows (the first is the stage's), the dash typed 一


def test_the_numeral_one_between_two_days_is_a_dash():
    assert light("时间:6月1日一6月20日") == "时间:6月1日-6月20日"
    assert light("5月1日一天内完成") == "5月1日一天内完成"


def test_a_stage_labelled_with_its_time_takes_its_first_window():
    text = ("2022年秸秆禁烧工作方案\n一、工作步骤\n"
            "（一）宣传发动阶段。时间:夏收前(5月25日一6月3日)、秋收前(9月15日一9月25日)。"
            "召开会议,部署工作。\n（二）集中禁烧阶段。时间:夏收期间(6月4日一6月28日)、秋收期间(9月26日一10月30日)。"
            "各村落实包保责任。\n")
    phases = {p.name: (p.start, p.end) for p in parse_text(text).phases}
    assert phases == {"宣传发动阶段": ("2022-05", "2022-06"), "集中禁烧阶段": ("2022-06", "2022-06")}


@pytest.mark.parametrize("opening", ["时间为5月25日至6月3日,", "5月25日至6月3日,", "时间：5月25日—6月3日。"])
def test_a_stages_window_written_first_in_its_text(opening):
    text = (f"2022年秸秆禁烧工作方案\n一、工作步骤\n（一）宣传发动阶段。{opening}召开会议,部署工作。\n"
            "（二）集中禁烧阶段。各村落实包保责任。\n")
    phases = {p.name: (p.start, p.end) for p in parse_text(text).phases}
    assert phases["宣传发动阶段"] == ("2022-05", "2022-06")


def test_a_stage_whose_text_opens_with_a_single_day_has_no_window():
    text = ("2022年秸秆禁烧工作方案\n一、工作步骤\n（一）宣传发动阶段。5月25日召开会议,部署工作。\n"
            "（二）集中禁烧阶段。各村落实包保责任。\n")
    phases = {p.name: (p.start, p.end) for p in parse_text(text).phases}
    assert phases.get("宣传发动阶段", (None, None))[0] is None


# class 6: hours of a watch kept round the clock are no target


@pytest.mark.parametrize("clause", ["坚持24小时巡回检查", "实行24小时巡防", "落实24小时值勤", "安排专人24小时看守"])
def test_hours_of_a_watch_are_no_target(clause):
    assert find_targets(f"各村要{clause},防止发生焚烧现象。", 2021, relaxed=True) == []


def test_hours_of_training_stay_a_target():
    assert [t.value for t in find_targets("每名网格员年内培训不少于40小时。", 2021, relaxed=True)] == [40]


# class 7: a bracket at an item's end saying where a paper is kept or sent is no units bracket


@pytest.mark.parametrize("note", ["(存各医疗机构)", "（存放各乡镇卫生院）", "(报送县卫健委)", "（留存各村委会）"])
def test_a_note_on_where_a_paper_is_kept_is_no_unit(note):
    decl = find_declaration(f"4月底前完成资料整理:医疗废物处置协议复印件;医疗废物转移联单{note}。")
    assert decl is None or (decl.lead, decl.resp) == ([], [])


@pytest.mark.parametrize("units, names", [("(县卫健委、县医保局)", ["县卫健委", "县医保局"]),
                                          ("（交通运输局、公安局）", ["交通运输局", "公安局"])])
def test_a_units_bracket_at_an_items_end_stays(units, names):
    decl = find_declaration(f"开展医疗废物处置专项检查{units}")
    assert decl is not None and decl.resp == names


# class 8: a one-line text's section heading is its title's opening words (二、实施范围全乡共… / 一、…及指标坚持…的原则)


def test_a_run_in_goal_section_gives_the_plans_figures():
    line = ("某镇2023年动物防疫实施方案一、防疫病种及指标坚持预防为主、应免尽免的原则,对3种动物疫病实行强制免疫。"
            "畜禽群体免疫密度常年保持在95%以上。二、基地建设范围全镇面积800亩。三、组织实施(一)制定方案。各村制定方案。"
            "(二)开展免疫。各村组织免疫。")
    found = {(t.value, t.unit) for t in parse_text(line).plan_targets}
    assert (95, "%") in found and (800, "亩") in found


def test_a_run_in_principles_section_gives_no_figures():
    line = ("某镇2023年动物防疫实施方案一、基本原则坚持预防为主,全镇现有养殖户120户。"
            "二、组织实施(一)制定方案。各村制定方案。"
            "(二)开展免疫。各村组织免疫。")
    assert all(t.value != 120 for t in parse_text(line).plan_targets)


# class 9: an essay site's blurb names the text's heading below it, which the title is (not the site's heading)


def test_the_heading_the_blurb_names_is_the_title():
    text = ("当前位置:某某文秘网>公文范文>2024年度城区餐饮油烟整治工作方案(精选文档)\n\n"
            "2024年度城区餐饮油烟整治工作方案(精选文档)\n\n时间:2024-05-01 来源:网友投稿\n\n"
            "下面是小编为大家整理的2023年度城区餐饮油烟整治工作方案(精选文档),供大家参考。\n\n"
            "2023年度城区餐饮油烟整治工作方案(精选文档)\n\n" + _WORK)
    assert parse_text(text).title == "2023年度城区餐饮油烟整治工作方案"


def test_a_blurb_naming_another_heading_changes_nothing():
    text = ("2024年度城区餐饮油烟整治工作方案\n\n下面是小编为大家整理的城区整治方案范文,供大家参考。\n\n" + _WORK)
    assert parse_text(text).title == "2024年度城区餐饮油烟整治工作方案"


# class 10: a sending in a stage whose window is written with its days is due by the window's end


def test_a_sending_in_a_stage_with_a_window_of_days_is_due_at_its_end():
    text = ("2024年某县防溺水专项行动方案\n一、时间步骤\n（一）动员部署阶段（4月10日-4月30日）。各学校进行专题部署。\n"
            "（二）总结提高阶段（11月1日-11月20日）。各学校要总结经验,形成书面总结并报送县教育局。\n")
    duties = [d for d in parse_text(text).duties if "书面总结" in d.text]
    assert [d.due for d in duties] == ["2024-11-20"]          # (the window's last day, see test_parse_classes_mends37)


# class 11: a task list divided by bodies: a bare unit heading over its numbered tasks


def test_a_unit_heading_under_a_task_list_gives_its_tasks_the_unit():
    text = "某区防溺水专项行动方案\n四、基本任务清单\n（一）区教育局\n1.督促学校部署专项行动。\n2.开展明查暗访"
    rows = {t.key: t.responsible_units for t in parse_text(text).tasks}
    assert rows == {"四.一.1": ["区教育局"], "四.一.2": ["区教育局"]}


def test_a_heading_under_a_task_list_that_names_no_unit_gives_none():
    text = "某区防溺水专项行动方案\n四、基本任务清单\n（一）宣传教育\n1.督促学校部署专项行动。\n2.开展明查暗访"
    assert all(t.responsible_units == [] for t in parse_text(text).tasks)


def test_a_blurbed_heading_of_two_titles_is_not_the_title():
    text = ("城区油烟治理方案范文 城区餐饮油烟整治工作方案\n\n"
            "下面是小编为大家整理的城区油烟治理方案范文 城区餐饮油烟整治工作方案,"
            "供大家参考。\n\n城区油烟治理方案范文 城区餐饮油烟整治工作方案\n\n城区餐饮油烟整治工作方案\n\n" + _WORK)
    assert parse_text(text).title == "城区餐饮油烟整治工作方案"


def test_a_blurbed_heading_over_the_texts_own_heading_is_not_taken():
    lines = ["下面是小编为大家整理的2024年城区餐饮油烟整治工作方案(精选文档),供大家参考。", "",
             "2024年城区餐饮油烟整治工作方案(精选文档)", "", "某区城区餐饮油烟整治工作方案", "", "一、工作目标"]
    assert _blurbed_heading(lines) == ""
    assert _blurbed_heading(lines[:4] + lines[6:]) == "2024年城区餐饮油烟整治工作方案(精选文档)"


def test_a_run_in_principles_section_that_names_goals_is_no_goal_section():
    line = ("某镇2023年动物防疫实施方案一、工作原则坚持目标导向,全镇现有养殖户120户。"
            "二、组织实施(一)制定方案。各村制定方案。(二)开展免疫。各村组织免疫。")
    assert all(t.value != 120 for t in parse_text(line).plan_targets)


@pytest.mark.parametrize("title", ["1季度重点工作推进方案", "1号文件落实工作方案"])
def test_a_title_opening_with_a_counted_one_keeps_it(title):
    line = (f"{title}为认真落实上级部署,推进重点工作,制定本方案。一、工作目标 全面完成任务。"
            "二、工作措施 (一)加强领导。各乡镇成立专班。")
    assert parse_text(line).title == title
