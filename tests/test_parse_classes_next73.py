"""Classes found on plans-next73/74 (and the titles of next69/next70), round 28 — made-up wordings, never the
sets' own words."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _notice(plan_title: str, body: str) -> str:
    return ("某区农业农村委关于印发《" + plan_title.replace("（", "(").replace("）", ")") + "》的通知\n\n"
            "各镇人民政府，各有关单位：\n\n为推进美丽乡村建设，我委制定了《" + plan_title + "》，现印发给你们，"
            "请结合实际，认真贯彻执行。\n\n附件：\n\n1." + plan_title + "\n\n2.农村公厕建设技术导则\n\n"
            "某区农业农村委\n\n2025年3月2日\n\n附件1\n\n" + plan_title + "\n\n" + body)


_BODY = ("为改善农村人居环境，制定本计划。\n\n一、基本原则\n\n（一）因地制宜\n\n各镇要结合实际确定建设方式。\n\n"
         "（二）注重实效\n\n坚持建管并重，确保长效运行。\n\n二、主要任务\n\n（一）建设农村公厕\n\n"
         "2025年底前，新建农村公厕40座。\n\n（二）开展长效管护\n\n建立公厕管护制度，落实保洁人员。\n\n"
         "附件2\n\n农村公厕建设技术导则\n\n一、选址要求\n\n1.选址。公厕应选在村民集中处。\n\n2.朝向。宜坐北朝南。\n")


@pytest.mark.parametrize("title", ["某区农村公厕建设三年行动计划（2025—2027年）",
                                   "某区公厕建设三年行动计划（2025-2027）", "某区农村公厕建设实施方案（试行）",
                                   "某区农村公厕建设工作方案（2025年）"])
def test_a_notice_issuing_a_plan_whose_title_ends_with_its_years_or_draft(title):
    # the notice lists its 附件 1. 2.; the plan under 附件1 is read, not the list nor 附件2's guideline
    plan = parse_text(_notice(title, _BODY))
    got = [(t.path, t.number) for t in plan.tasks]
    assert (["二"], "一") in got and (["二"], "二") in got
    assert not any(t.text.startswith("选址") for t in plan.tasks)
    assert any(g.value == 40 for t in plan.tasks for g in t.targets)


def test_an_attached_list_or_table_with_a_year_is_no_plan():
    # 附件1 is a 名单（2025年）: no plan's title, the notice stays as it was read
    text = _notice("某区农村公厕建设三年行动计划（2025—2027年）", _BODY).replace(
        "附件1\n\n某区农村公厕建设三年行动计划（2025—2027年）", "附件1\n\n某区农村公厕建设名单（2025年）")
    plan = parse_text(text)
    assert not any(t.number == "二" and t.path == ["二"] for t in plan.tasks) or len(plan.tasks) >= 1


@pytest.mark.parametrize("first,second", [("1.2025年5月底前，", "2.2025年8月底前，"),
                                          ("1．2025年5月底前，", "2．2025年8月底前，"),
                                          ("1、2025年5月前，", "2、2025年8月前，"),
                                          ("（1）2025年5月底前，", "（2）2025年8月底前，")])
def test_a_step_number_glued_to_its_year(first, second):
    text = (f"某镇河道整治工作方案\n一、工作步骤\n（一）排查阶段\n{first}各村完成河道排查，建立问题清单。\n"
            f"{second}各村完成问题整改。\n（二）验收阶段\n2025年11月，镇里组织验收。\n")
    plan = parse_text(text)
    steps = [(t.number, t.deadline[:7] if t.deadline else None) for t in plan.tasks if t.path == ["一", "一"]]
    assert [n for n, _ in steps] == ["1", "2"]
    assert steps[0][1] in ("2025-05", "2025-04") and steps[1][1] in ("2025-08", "2025-07")


def test_a_figure_after_an_item_number_is_no_item_where_the_numbering_does_not_go_on():
    # 「1.5万户」 under an item 3. is a figure in the item's text, not an item 1.
    text = "某区工作方案\n一、重点任务\n1.推进改造。\n2.开展宣传。\n3.扩大受益面。其中\n1.5万户家庭完成改造。\n"
    plan = parse_text(text)
    assert [t.number for t in plan.tasks] == ["1", "2", "3"]


@pytest.mark.parametrize("section", ["四、计划安排", "四、推进计划", "四、工作计划"])
def test_named_stages_under_any_section_title_are_phases(section):
    text = (f"某区口袋公园建设行动计划（2025-2026年）\n一、主要任务\n（一）建设口袋公园\n新建口袋公园20个。\n"
            f"（二）提升管护水平\n落实日常管护。\n{section}\n（一）准备阶段\n1.2025年3月底前，各街道完成选址。\n"
            "2.2025年4月底前，完成设计方案。\n（二）建设阶段\n1.2025年10月底前，完成一批口袋公园建设。\n"
            "2.2026年10月底前，全部建成。\n（三）总结阶段\n2026年12月，各街道进行总结。\n五、保障措施\n（一）加强领导\n"
            "各街道要高度重视。\n（二）强化考核\n纳入年度考核。\n")
    # (a plan that ends on （三）总结阶段 loses its paragraph to the closing paragraphs: not this class, left)
    plan = parse_text(text)
    phases = {p.name: p.end for p in plan.phases}
    assert phases.get("准备阶段") == "2025-04" and phases.get("建设阶段") == "2026-10"
    assert phases.get("总结阶段") == "2026-12"


def test_stages_with_units_in_their_heading_brackets_stay_as_they_were():
    # （一）方案制定阶段（1-2月） with a unit's work under it: not named stages alone — nothing new read
    text = ("某区2025年违法用地整治实施方案\n一、整治安排\n（一）方案制定阶段（1-2月）\n各街镇制定本辖区实施方案。\n"
            "（二）整治推进阶段（11月中旬前）\n各街镇完成整治任务的80%。\n")
    plan = parse_text(text)
    assert len(plan.tasks) == 2


def _targets(sentence: str) -> list[tuple[float, str]]:
    plan = parse_text("某区工作方案\n一、重点任务\n1.推进工作。" + sentence + "（牵头单位：区绿化局）\n"
                      "2.开展宣传。（牵头单位：区宣传部）\n")
    return [(g.value, g.unit) for g in plan.tasks[0].targets]


@pytest.mark.parametrize("sentence", ["在5个重点街道、12个社区中推广垃圾分类示范做法。",
                                      "在2个产业园区、6条主干道路当中全面推行绿色照明。",
                                      "在4个试点镇中积极探索宅基地有偿退出。"])
def test_counted_places_the_work_is_done_in_are_no_targets(sentence):
    assert _targets(sentence) == []


@pytest.mark.parametrize("sentence,want", [("在新建的10个公园中推广白玉兰种植。", (10.0, "个")),
                                           ("在10个以上街道中开展试点。", (10.0, "个")),
                                           ("在全区建成30个口袋公园。", (30.0, "个")),
                                           ("在2个区中选择5个街道开展试点。", (5.0, "个")),
                                           ("在3个月内完成整改。", (3.0, "个月"))])
def test_counts_made_reached_or_picked_stay_targets(sentence, want):
    assert want in _targets(sentence)


def _title(first_line: str, body_title: str, sentence_name: str) -> str:
    text = (f"{first_line}\n\n各区人民政府，各有关单位：\n\n市发展改革委制定了《{sentence_name}》，现印发给你们，"
            f"请认真执行。\n\n某市发展和改革委员会\n\n2025年6月1日\n\n{body_title}\n\n为推进工作，制定本方案。\n\n"
            "一、主要任务\n\n（一）优化审批。各区发展改革委负责。\n\n（二）加强服务。各区商务委负责。\n")
    return parse_text(text).title


def test_angle_marks_nested_in_a_notice_line_are_the_plans_own_quotes():
    name = "某市贯彻落实《关于促进消费扩容提质的若干措施》的实施方案"
    nested = name.replace("《", "〈").replace("》", "〉")
    assert _title(f"关于印发《{nested}》的通知", name, nested) == name


def test_a_half_width_status_bracket_on_the_notice_line_is_the_plans_full_width_one():
    name = "某市老旧电梯更新改造工作方案（修订稿）"
    line = "某市发展和改革委员会关于印发 某市老旧电梯更新改造 工作方案(修订稿)的通知"
    assert _title(line, "某市老旧电梯更新改造\n工作方案\n（修订稿）", name) == name


def test_a_half_width_bracket_stays_where_the_plan_writes_it_so():
    name = "某市老旧电梯更新改造工作方案(2025-2027年)"
    assert _title(f"关于印发《{name}》的通知", name, name) == name


@pytest.mark.parametrize("inner", ["国家发展改革委 市场监管总局关于开展涉企收费专项检查工作的通知",
                                   "省商务厅关于做好2025年促消费工作的函"])
def test_a_forwarded_notice_is_no_plans_name(inner):
    line = f"关于转发《{inner}》的通知"
    assert _title(line, "", inner).replace(" ", "") == line.replace(" ", "")


def test_a_forwarded_plan_keeps_its_own_name():
    name = "某区加强住宅小区综合治理三年行动计划"
    assert _title(f"某区人民政府办公室关于转发区房管局《{name}》的通知", name, name) == name


@pytest.mark.parametrize("sentence,want", [("共改善3000人口的饮水条件。", [(3000.0, "人")]),
                                           ("惠及2万人口。", [(20000.0, "人")]),
                                           ("每万人口拥有床位5张。", [(5.0, "张")]),
                                           ("服务5万人口的社区卫生中心。", [])])
def test_people_a_work_reaches_counted_as_renkou(sentence, want):
    assert _targets(sentence) == want



# --- mends of the r73 review (round 28): other wordings and near-misses


@pytest.mark.parametrize("sentence", ["建设覆盖5万人口的区域医疗中心。", "每个社区卫生服务中心覆盖3万人口。",
                                      "按照每个站点覆盖约1万人口的标准布局。", "原则上服务半径覆盖1.5万人口以上。",
                                      "新建的文化站覆盖周边2万人口。"])
def test_the_people_a_facility_covers_are_its_catchment_no_target(sentence):
    assert _targets(sentence) == []


@pytest.mark.parametrize("sentence,want", [("惠及全区30万人口。", (300000.0, "人")),
                                           ("解决农村2.5万人口饮水安全问题。", (25000.0, "人")),
                                           ("辐射带动周边10万人口。", (100000.0, "人")),
                                           ("受益本县约8000人口。", (8000.0, "人"))])
def test_people_reached_with_place_words_between_verb_and_count(sentence, want):
    assert want in _targets(sentence)


@pytest.mark.parametrize("sentence,want", [("2025年底前，在不少于20个社区中开展试点。", (20.0, "个")),
                                           ("在至少10个街道中推广“一网统管”模式。", (10.0, "个")),
                                           ("在不低于30个行政村当中全面推行垃圾分类。", (30.0, "个"))])
def test_a_bar_before_the_count_of_places_keeps_it(sentence, want):
    assert want in _targets(sentence)


@pytest.mark.parametrize("sentence,want", [("在20所高中开展心理健康教育试点。", (20.0, "所")),
                                           ("在全市30所初中推广课后服务。", (30.0, "所")),
                                           ("在10所初中开展“双减”试点。", (10.0, "所"))])
def test_a_school_named_with_zhong_closes_no_list_of_places(sentence, want):
    assert want in _targets(sentence)


@pytest.mark.parametrize("sentence", ["在全区200所中小学中推广垃圾分类教育。", "在3个集中区中推广。",
                                      "在2个区中推广并在5个街道中开展示范。", "在2个区中推广，在5个街道中开展示范。",
                                      "在已完成改造的15个小区中推广物业管理。", "在已经建成的6个公园中推广白玉兰种植。",
                                      "在8所高中中开展生涯教育。"])
def test_each_list_of_places_after_zai_is_where_the_work_goes(sentence):
    assert _targets(sentence) == []


@pytest.mark.parametrize("sentence,want", [("在5个街道中建成10个示范点。", [(10.0, "个")]),
                                           ("在3个园区中打造2个标杆项目。", [(2.0, "个")]),
                                           ("在已建成的8个公园和新建的10个公园中推广。", [(10.0, "个")])])
def test_things_made_in_the_places_are_counted_the_places_not(sentence, want):
    assert _targets(sentence) == want


def _phase_names(section: str, stages: list[str], tail: str) -> list[str]:
    text = ("某区教育质量提升工作方案\n" + section + "\n"
            + "".join(f"（{n}）{s}\n{tail}\n" for n, s in zip("一二三", stages, strict=False))
            + "五、保障措施\n（一）加强领导\n各单位要高度重视。\n（二）强化考核\n纳入年度考核。\n")
    return [p.name for p in parse_text(text).phases]


@pytest.mark.parametrize("section,stages,tail", [
    ("一、重点任务", ["学前教育阶段", "义务教育阶段", "高中阶段"], "扩大优质教育资源。区教育局负责。"),
    ("一、分类管理", ["急性发病阶段", "康复阶段"], "对患者开展分类服务。各街道负责。"),
    ("一、分类施策", ["学前教育阶段", "义务教育阶段"], "扩大优质教育资源。（牵头单位：区教育局）"),
    ("一、分类施策", ["学前教育阶段", "义务教育阶段"], "扩大优质教育资源。")])
def test_named_stages_that_are_tasks_or_undated_kinds_are_no_phases(section, stages, tail):
    assert _phase_names(section, stages, tail) == []


def test_named_stages_undated_under_a_schedule_title_stay_phases():
    names = _phase_names("一、实施步骤", ["准备阶段", "实施阶段", "总结阶段"], "各街道按要求推进。")
    assert names == ["准备阶段", "实施阶段", "总结阶段"]


@pytest.mark.parametrize("title", ["某区农村公厕建设三年行动计划（2025—2027年度）", "某区公厕建设实施方案（2025年版）",
                                   "某区公厕建设实施方案（草案）", "某区公厕建设实施方案（送审稿）",
                                   "某区公厕建设实施方案（讨论稿）", "某区公厕建设实施方案（修订版）",
                                   "某区公厕建设工作方案（2025年修订）", "某区公厕建设三年行动方案【2025-2027年】"])
def test_a_notice_issuing_a_plan_whose_title_ends_with_an_edition_or_draft(title):
    plan = parse_text(_notice(title, _BODY))
    got = [(t.path, t.number) for t in plan.tasks]
    assert (["二"], "一") in got and (["二"], "二") in got
    assert not any("导则" in t.text for t in plan.tasks)


@pytest.mark.parametrize("issuer", ["省农业农村厅", "市人民政府办公厅"])
def test_a_forwarded_notice_issuing_a_plan_is_titled_by_the_plan(issuer):
    name = "某省农村公厕建设三年行动方案"
    inner = f"{issuer}关于印发{name}的通知"
    text = (f"关于转发《{inner}》的通知\n\n各镇人民政府：\n\n现将《{inner}》转发给你们，请认真贯彻执行。\n\n"
            f"某区农业农村委\n\n2025年3月2日\n\n{name}\n\n为推进工作，制定本方案。\n\n一、主要任务\n\n"
            "（一）优化审批。各区发展改革委负责。\n\n（二）加强服务。各区商务委负责。\n")
    assert parse_text(text).title == name


def test_a_forwarded_notice_of_work_stays_the_forwarding_line():
    inner = "省商务厅关于做好2025年促消费工作的通知"
    line = f"关于转发《{inner}》的通知"
    assert _title(line, "", inner).replace(" ", "") == line
