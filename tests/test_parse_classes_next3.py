"""Failure classes of tests/data/plans-next3 (page openings of plans from outside Shanghai, see its
BASELINE.md): each class written again in made-up wordings of the same shape."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def rows(plan):
    return [(t.number, t.lead_units, t.responsible_units) for t in plan.tasks]


# class 2: the next item run on after the unit bracket that closes an item


@pytest.mark.parametrize("close", ["（市住建局负责）", "(市住建局负责)", "（责任单位：市住建局）"])
def test_an_item_run_on_after_a_unit_bracket_is_split_off(close):
    text = ("某市2024年重点工作责任分工\n一、主要目标\n"
            f"（一）新建保障性住房3000套。{close}（二）城镇新增就业5万人。（市人社局负责）\n"
            "（三）空气优良天数比例达到85%。（市生态环境局负责）\n")
    plan = parse_text(text)
    assert [t.number for t in plan.tasks] == ["一", "二", "三"]
    assert plan.tasks[0].responsible_units == ["市住建局"]
    assert plan.tasks[1].responsible_units == ["市人社局"]
    assert plan.tasks[1].title.startswith("城镇新增就业")


def test_digit_items_run_on_and_the_cut_last_item_stays_a_task():
    text = ("某县重点工作分工意见\n一、推进项目建设\n（一）抓好重点项目。\n"
            "1.推进20个县级重点项目,年度投资50亿元。(县发改局主办,县财政局、县自然资源局协办)2.加快"
            "工业园区标准厂房建设,年内交付10万平方米。(县工信局主办,县住建局协办)\n"
            "3.围绕农产品加工、新材料等产业开展招")
    plan = parse_text(text)
    assert [t.key for t in plan.tasks] == ["一.一.1", "一.一.2", "一.一.3"]
    assert rows(plan)[:2] == [("1", ["县发改局"], ["县财政局", "县自然资源局"]),
                              ("2", ["县工信局"], ["县住建局"])]


def test_a_number_after_a_bracket_that_names_no_unit_is_not_split():
    # 「（试行）2.」: not a unit bracket; 「（见附件）2」 neither
    text = ("某区实施方案\n一、重点任务\n1.制定管理办法（试行）2.0版本于年内发布。（区司法局负责）\n"
            "2.开展专项检查。（区市场监管局负责）\n")
    plan = parse_text(text)
    assert [t.number for t in plan.tasks] == ["1", "2"]
    assert plan.tasks[0].responsible_units == ["区司法局"]


# class 3: （X主办，Y、Z协办）


@pytest.mark.parametrize("bracket, lead, resp", [
    ("（市交通局主办，市公安局、市城管局协办）", ["市交通局"], ["市公安局", "市城管局"]),
    ("(区教育局主办,区卫健委协办)", ["区教育局"], ["区卫健委"]),
    ("（县农业农村局、县水利局主办，各乡镇协办）", ["县农业农村局", "县水利局"], ["各乡镇"]),
])
def test_host_and_assisting_units_are_lead_and_responsible(bracket, lead, resp):
    text = f"某市实施方案\n一、重点任务\n1.开展道路整治。{bracket}\n2.推进校园安全建设。（市教育局负责）\n"
    plan = parse_text(text)
    assert plan.tasks[0].lead_units == lead
    assert plan.tasks[0].responsible_units == resp


def test_the_role_words_themselves_are_no_units():
    text = ("某市议案办理通知\n各承办（主办、协办）单位:\n一、明确责任\n（一）收到建议后认真研读。\n"
            "（二）按时答复代表。\n")
    plan = parse_text(text)
    assert all("主办" not in u and "协办" not in u for t in plan.tasks for u in t.responsible_units + t.lead_units)


# class 1: a page that ends after the plan's opening sections holds no task


@pytest.mark.parametrize("sections", [
    ["一、指导思想\n以高质量发展为主线，统筹推进各项工作。", "二、基本原则\n——坚持统筹兼顾。\n——坚持问题导向。"],
    ["一、总体要求\n按照省委部署，全面推进改革。", "二、目标任务\n到2025年，基本建成服务体系。"],
    ["一、充分认识做好这项工作的重要意义\n做好这项工作关系群众切身利益。"],
    ["一、主要目标\n2023年年底前，完成设施建设。"],
])
def test_opening_sections_alone_are_no_tasks(sections):
    plan = parse_text("某县乡村振兴实施方案\n" + "\n".join(sections) + "\n")
    assert plan.tasks == []
    assert any("没有找到任何工作任务" in w for w in plan.warnings)


def test_sections_of_work_without_units_are_still_tasks():
    text = ("某镇工作方案\n一、指导思想\n坚持为民服务。\n二、开展环境整治\n年内清理垃圾点20处。\n"
            "三、推进道路硬化\n完成村道硬化10公里。\n")
    plan = parse_text(text)
    # (一、指导思想 beside them stays a task where no unit is named anywhere: readers of other sets
    # count such sections so; only a page holding nothing but opening sections has none)
    assert [t.number for t in plan.tasks][-2:] == ["二", "三"]


# class 5: a list run inside one paragraph after a colon is the paragraph's, not the plan's items


def test_a_colon_list_inside_a_paragraph_is_not_items():
    text = ("某乡农业工作计划\n一、推广农业新技术\n加强与农科院合作，使良种覆盖率达到90%以上。\n"
            "明年重点推广：1、水稻旱育稀植技术。2、测土配方施肥。3、果树病虫害绿色防控\n"
            "二、发展特色种植\n扩大设施蔬菜面积500亩。\n")
    plan = parse_text(text)
    assert [t.number for t in plan.tasks] == ["一", "二"]
    assert [t.value for t in plan.tasks[0].targets] == [90.0]


def test_items_run_into_one_line_are_still_split():
    # a web page that ran the whole body into one line: there the inline numbers are the items
    text = ("某镇工作计划\n今年重点做好以下工作：一、环境整治。年内清理垃圾点20处。（镇城建办负责）"
            "二、道路硬化。完成村道硬化10公里。（镇交通办负责）三、安全生产。开展检查12次。（镇安监办负责）\n")
    plan = parse_text(text)
    assert [t.number for t in plan.tasks] == ["一", "二", "三"]


def test_a_heading_over_items_that_name_units_is_no_task_itself():
    # the （一）…（三） goals name their units, so tasks sit at the （一） level; under 二、 a （一） heading
    # holds 1. 2. items with their own units: the heading is not a task beside them
    text = ("某市重点工作分工意见\n一、主要目标\n（一）地区生产总值增长6%。（市发改委负责）\n"
            "（二）一般公共预算收入增长5%。（市财政局负责）\n（三）城镇新增就业3万人。（市人社局负责）\n"
            "二、推进项目建设\n（一）抓好重点项目。\n1.推进100个市级重点项目。（市发改委主办，市住建局协办）\n"
            "2.加快产业园区建设。（市工信局主办，市商务局协办）\n")
    plan = parse_text(text)
    assert [t.key for t in plan.tasks] == ["一.一", "一.二", "一.三", "二.一.1", "二.一.2"]


# class 6: titles on web pages and broken over lines

BODY = "一、重点任务\n1.开展环境整治。（镇城建办负责）\n2.推进道路硬化。（镇交通办负责）\n"


def test_a_breadcrumb_line_is_not_part_of_the_title():
    plan = parse_text("首页 > 政务公开 > 正文\n\n乡农业计划\n\n" + BODY)
    assert plan.title == "乡农业计划"


def test_a_title_broken_before_its_period_is_joined():
    text = ("某乡人民政府\n某乡饮水安全工作规划\n(2021-2025年)及实施意见\n为保障群众饮水安全，制定本规划。\n" + BODY)
    assert parse_text(text).title == "某乡饮水安全工作规划(2021-2025年)及实施意见"


def test_the_plan_title_broken_below_the_notice_that_cites_it_whole():
    text = ("某县人民政府关于印发《某县养老服务体系建设规划(2021-2025年)及实施意见》的通知\n"
            "各乡镇人民政府：\n现将规划印发给你们。\n某县人民政府\n2021年3月1日\n"
            "某县养老服务体系建设规划\n(2021-2025年)及实施意见\n" + BODY)
    assert parse_text(text).title == "某县养老服务体系建设规划(2021-2025年)及实施意见"


def test_a_period_line_that_lost_its_opening_bracket_joins_the_title():
    text = "某市\n2022518\n某市乡村振兴三年行动计划\n2022―2024年)\n为推进乡村振兴，制定本计划。\n" + BODY
    assert parse_text(text).title == "某市乡村振兴三年行动计划(2022―2024年)"


def test_a_notice_issuing_two_plans_is_the_title():
    notice = "某省人民政府办公厅关于印发《全省水利建设实施方案》和《全省水土保持实施方案》的通知"
    plan = parse_text("某某法规网--法规信息网\n" + notice + "\n" + BODY)
    assert plan.title == notice


# class 4: a group of governments written with 、 stays one unit


@pytest.mark.parametrize("bracket, unit", [
    ("（省交通厅、有关市、县政府负责）", "有关市、县政府"),
    ("（省水利厅、相关市、区政府负责）", "相关市、区政府"),
    ("（省水利厅、沿线市、县人民政府负责）", "沿线市、县人民政府"),
])
def test_the_governments_of_some_cities_and_counties_are_one_group(bracket, unit):
    plan = parse_text(f"某省稳增长措施\n一、扩大投资\n1.加快公路建设,投资20亿元。{bracket}\n"
                      "2.推进水利建设。（省水利厅负责）\n")
    assert unit in plan.tasks[0].responsible_units
    assert not any(u in ("有关市", "相关市", "沿线市", "县政府", "区政府") for u in plan.tasks[0].responsible_units)


def test_cities_named_bare_before_one_shared_government_word():
    plan = parse_text("某省稳增长措施\n一、扩大投资\n1.推进机场建设。（省机场集团、大连、锦州、丹东市政府负责）\n"
                      "2.推进港口建设。（省交通厅负责）\n")
    assert plan.tasks[0].responsible_units == ["省机场集团", "大连、锦州、丹东市政府"]


# classes 8 and 9: thresholds, spans and which-ones are no targets; 「创办N家以上的X」 is one


def targets_of(sentence):
    plan = parse_text(f"某镇工作计划\n一、重点工作\n1.{sentence}（镇经发办负责）\n2.开展培训。（镇农办负责）\n")
    return [(t.value, t.unit) for t in plan.tasks[0].targets]


def test_the_bar_counted_things_must_pass_is_no_target():
    found = targets_of("壮大集体经济，新增5个村年经营收入超过20万元。")
    # round 31 (mt31), CONVENTIONS.md thresholds: the bar the villages pass is joined to 超过: a target beside the count
    assert (5.0, "个") in found and (200000.0, "元") in found


def test_a_span_of_years_is_no_target():
    assert (2.0, "年") not in targets_of("争取用2年时间，实现每个村都有一名大学生。")
    assert not any(u == "年" for _v, u in targets_of("争取用2-3年时间，完成全部改造。"))


def test_years_qualifying_which_ones_are_no_target():
    # round 31 (mt31), CONVENTIONS.md thresholds: 「5年以上未发展党员的村」 is joined to 以上: a target; a span with
    # no word stays none
    assert (5.0, "年") in targets_of("完成辖区内5年以上未发展党员的村清零工作。")
    assert not any(u == "年" for _v, u in targets_of("用3-5年时间完成清零工作。"))


def test_a_count_right_after_the_verb_then_de_is_the_aim():
    assert (8.0, "家") in targets_of("力争创办8家以上的村级合作社。")


def test_holdings_said_of_a_place_are_no_targets():
    from desktop.core.parse.targets import sentence_targets
    found = sentence_targets("3万亩的草场和5千亩的水面是全乡最大的优势", None, relaxed=True)
    assert found == []
    kept = sentence_targets("到2025年,全乡改造农房1200户,新建道路8公里", None, relaxed=True)
    assert [(t.value, t.unit) for t in kept] == [(1200.0, "户"), (8.0, "公里")]
