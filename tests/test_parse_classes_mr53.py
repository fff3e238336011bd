"""Round 26 mend of the r53 review of p53 (sending dates, role parties, places sections, dated stages, the figure a
change starts from, 各县、市直 groups): each finding's wording, other wordings of it, and near-misses that must stay."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets
from desktop.core.parse.units import split_units


def _deadlines(page: str) -> dict[str, str | None]:
    return {t.key: t.deadline for t in parse_text(page).tasks}


def _units(page: str) -> dict[str, list[str]]:
    return {t.key: t.responsible_units for t in parse_text(page).tasks}


# -- findings 1, 2: a later date whose clause does the work (完成并报送 / 形成…并备案 / 报告编制) is the work's

def test_a_later_day_of_work_done_and_sent_stays_the_deadline():
    page = ("二、重点任务\n"
            "（一）实施改造。分两批推进：第一批2025年6月30日前完成，第二批2025年12月31日前完成并报送验收材料。\n"
            "（二）建立机制。2025年9月30日前完成，2025年11月30日前形成长效管理制度并报县政府备案。\n"
            "（三）建设站点。一期工程2025年6月30日前完成，二期工程2025年12月31日前建成并备案。\n"
            "（四）开展普查。2025年6月30日前完成；2025年12月31日前完成普查报告编制。\n"
            "（五）推进许可。2025年6月30日前完成，2025年12月31日前全面提交排污许可证申请。\n"
            "（六）修订制度。2025年5月31日前完成，2025年8月31日前制定管理办法并报区政府审定。\n")
    got = _deadlines(page)
    assert got == {"二.一": "2025-12-31", "二.二": "2025-11-30", "二.三": "2025-12-31", "二.四": "2025-12-31",
                   "二.五": "2025-12-31", "二.六": "2025-08-31"}, got


def test_a_sending_after_the_day_the_work_is_done_by_is_still_no_deadline():
    page = ("二、重点任务\n"
            "（一）开展评估。2025年10月20日前完成；评估报告请于2025年10月25日前报送县住建局。\n"
            "（二）开展摸底。2025年3月31日前完成，摸底结果于2025年4月10日前报送县住建局。\n"
            "（三）开展自查。2025年9月30日前完成，2025年10月15日前将自查报告上报区应急局。\n"
            "（四）开展调查。2025年8月31日前完成，调查结果于2025年9月10日前向区政府报告。\n")
    assert _deadlines(page) == {"二.一": "2025-10-20", "二.二": "2025-03-31", "二.三": "2025-09-30",
                                "二.四": "2025-08-31"}


# -- finding 13: a labelled 完成时限 is never a sending's day ----------------------------------------------------------

def test_a_labelled_deadline_is_kept_beside_a_sending_in_the_body():
    page = ("二、重点任务\n（一）开展摸底。各镇摸底情况报送县住建局，摸底工作2025年3月31日前完成。"
            "（牵头单位：县住建局；责任单位：各镇；完成时限：2025年6月30日）\n"
            "（二）开展排查。排查结果上报区应急局，排查2025年4月30日前完成。"
            "（牵头单位：区应急局；责任单位：各街道；完成时限：2025年9月底）\n"
            "（三）实施改造。对排查出的危房分类改造。（牵头单位：县住建局；责任单位：各镇；完成时限：2025年12月31日）\n")
    assert _deadlines(page) == {"二.一": "2025-06-30", "二.二": "2025-09-30", "二.三": "2025-12-31"}


# -- finding 3: a clause led by a project party still counts among the led clauses

def test_a_party_clause_keeps_the_bodies_of_a_divided_item():
    page = ("二、重点任务\n（一）推进改造。街道办事处负责组织实施。区房管局负责技术指导。产权单位负责配合改造。\n"
            "（二）推进加装电梯。区房管局负责统筹推进。街道办事处负责组织实施。施工单位负责安全文明施工。\n"
            "（三）加强检测。区生态环境局负责在线监测。镇环保办负责日常巡查。第三方检测机构负责数据真实性。\n")
    # round 31: CONVENTIONS.md rule 2 — 「A负责…」 with A a kind of body (产权单位, 施工单位, 第三方检测机构) is a doer
    # like the named ones: every clause's body, in order
    assert _units(page) == {"二.一": ["街道办事处", "区房管局", "产权单位"],
                            "二.二": ["区房管局", "街道办事处", "施工单位"],
                            "二.三": ["区生态环境局", "镇环保办", "第三方检测机构"]}


def test_two_led_clauses_and_a_plain_sentence_make_no_units():
    page = ("二、重点任务\n（一）推进改造。街道办事处负责组织实施。产权单位负责配合改造。做好群众工作。\n"
            "（二）完善设施。新建站点5个。\n")
    # round 31: CONVENTIONS.md rule 2 — both 「A负责…」 clauses give their bodies; the plain sentence adds none
    assert _units(page)["二.一"] == ["街道办事处", "产权单位"]
    assert _units(page)["二.二"] == []


# -- findings 6, 7: a section of key areas ----------------------------------------------------------------------------

def test_places_under_a_key_areas_section_with_a_tail_name_no_units():
    for head in ("三、重点片区建设任务", "三、重点区域。", "三、重点板块发展布局"):
        page = (f"某区商业发展三年行动方案\n\n{head}\n（一）滨江商务区核心区。打造国际商务集聚区。\n"
                "（二）朱家角古镇。推进古镇文旅融合发展。\n（三）临港科创小镇。建设区域商业中心。\n")
        assert all(not names for names in _units(page).values()), head


def test_bodies_heading_items_under_a_key_areas_section_keep_their_units():
    page = ("某区商业发展三年行动方案\n\n三、重点区域\n（一）区商务委。负责统筹推进商圈建设，制定年度计划。\n"
            "（二）区规划资源局。负责商业用地规划保障。\n（三）各街道。负责辖区内商业网点建设。\n")
    assert _units(page) == {"三.一": ["区商务委"], "三.二": ["区规划资源局"], "三.三": ["各街道"]}


# -- finding 8: dated stages in other wordings ------------------------------------------------------------------------

_TASKS = ("某镇2025年市容整治方案\n\n一、重点任务\n"
          "（一）提升市容环境。整治占道经营。（牵头单位：区城管局；责任单位：各街道）\n"
          "（二）规范交通秩序。整治乱停乱放。（牵头单位：区公安分局；责任单位：各街道）\n二、工作步骤\n")


def test_stages_dated_in_other_wordings_are_phases_not_tasks():
    for stages in ("（一）宣传发动阶段（2025年3月）。召开动员会。\n（二）集中整治阶段（2025年4月—9月）。全面推进。\n"
                   "（三）总结验收阶段（年底前）。组织验收。\n",
                   "（一）宣传发动（2025年3月）。召开动员会。\n（二）集中整治（2025年4月—9月）。全面推进。\n"
                   "（三）总结验收（2025年10月—12月）。组织验收。\n",
                   "（一）宣传发动阶段：2025年3月。召开动员会。\n（二）集中整治阶段：2025年4月—9月。全面推进。\n"
                   "（三）总结验收阶段：2025年10月—12月。组织验收。\n"):
        plan = parse_text(_TASKS + stages)
        assert [t.key for t in plan.tasks] == ["一.一", "一.二"], stages
        assert len(plan.phases) == 3, stages


def test_undated_steps_stay_tasks():
    plan = parse_text(_TASKS + "（一）召开动员会议（全镇）。部署整治工作。\n（二）开展联合执法检查。形成问题清单。\n")
    assert [t.key for t in plan.tasks] == ["一.一", "一.二", "二.一", "二.二"]


# -- finding 9: the figure a change starts from, other wordings -------------------------------------------------------

def _figures(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, 2025, relaxed=True)]


def test_the_old_figure_of_a_change_in_other_wordings_is_no_target():
    assert _figures("将达标率由2024年的85%提高到95%以上。") == [(95.0, "%")]
    assert _figures("审批事项由现在的20项精简至8项。") == [(8.0, "项")]
    assert _figures("审批环节由6个精简为3个。") == [(3.0, "个")]
    assert _figures("补贴标准从每户2000元提高至3000元。") == [(3000.0, "元")]
    assert _figures("电价由每千瓦时0.8元降至0.6元。") == [(0.6, "元")]
    assert _figures("财政补助比例由市级承担50%提高到市级承担70%。") == [(70.0, "%")]


def test_figures_after_from_or_by_that_start_no_change_stay():
    assert _figures("由各区负责完成200个，年底前完成。") == [(200.0, "个")]
    assert _figures("从10月1日起新增示范点3个。") == [(3.0, "个")]
    assert _figures("由市财政补助50%，区财政补助50%。") == [(50.0, "%"), (50.0, "%")]


# -- finding 12: the city's own bodies after a group of counties ------------------------------------------------------

def test_city_own_bodies_after_a_group_of_counties_are_units_of_their_own():
    assert split_units("各县、市直有关单位")[0] == ["各县", "市直有关单位"]
    assert split_units("各县、市级有关部门")[0] == ["各县", "市级有关部门"]
    assert split_units("各县、市属国有企业")[0] == ["各县", "市属国有企业"]


def test_groups_of_counties_and_cities_stay_one_name():
    for words in ("各县、市教育局", "各县、市人民政府", "各县、市、区政府", "各县、市民政局"):
        assert split_units(words)[0] == [words], words
