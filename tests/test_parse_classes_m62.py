"""Classes a read-only misfire hunt (h5) found with made-up plan openings from outside Shanghai, mended in
round 27 (m62): prose unit sentences (class 5), a unit label after a comma inside an item (class 6), short
unit names in a bare bracket and public farms (class 8), unit lists parted by spaces and a double space between
two labels of one bracket (class 9), and a person's bracket on a unit's name (class 13).
Every text here is made up; the wordings differ from the hunt's. Near-misses that must not fire are tested
beside each class."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

HEAD = "某县2025年某项工作实施方案\n\n一、主要任务\n"


def units(clause: str) -> tuple[list[str], list[str]]:
    """(lead, responsible) of an item whose text ends with ``clause``; a sibling names a unit of its own."""
    plan = parse_text(HEAD + "（一）推进甲项整治。" + clause + "\n（二）推进乙项整治。完成验收，由县林业局负责。\n")
    task = plan.tasks[0]
    return task.lead_units, task.responsible_units


def first(text: str):
    return parse_text(text).tasks[0]


# -- class 5: prose unit sentences -----------------------------------------------------------------

@pytest.mark.parametrize(("clause", "lead", "resp"), [
    # the lead and those responsible, then when (the time stays the task's)
    ("县住建局牵头，各街道负责，9月15日前完成清理。", ["县住建局"], ["各街道"]),
    ("县民政局牵头，各乡镇配合，年底前完成。", ["县民政局"], ["各乡镇"]),
    # those who carry the work out after the lead
    ("由县卫健局牵头，各卫生院具体实施。", ["县卫健局"], ["各卫生院"]),
    ("由镇农业服务中心牵头，各社区具体落实。", ["镇农业服务中心"], ["各社区"]),
    # the item's whole work, then its units
    ("该项任务由县司法局牵头负责，各乡镇配合。", ["县司法局"], ["各乡镇"]),
    # a leader by post and name leads: no unit; the unit after him is responsible
    ("由常务副县长王某某牵头，县发改局负责。", [], ["县发改局"]),
    # the last sentence opens with the unit doing the work
    ("由县文旅局负责组织演出。", [], ["县文旅局"]),
    ("8月底前，由镇综治办负责完成摸底。", [], ["镇综治办"]),
    ("由院感科组织全院培训。", [], ["院感科"]),
])
def test_prose_unit_sentences_in_other_wordings(clause, lead, resp):
    assert units(clause) == (lead, resp)


def test_the_time_after_the_units_stays_the_tasks_deadline():
    plan = parse_text(HEAD + "（一）推进甲项整治。县住建局牵头，各街道负责，9月15日前完成清理。\n"
                             "（二）推进乙项整治。完成验收，由县林业局负责。\n")
    assert plan.tasks[0].deadline == "2025-09-15"


@pytest.mark.parametrize("clause", [
    "由于县财政局负责资金保障，进度加快。",          # 由于: because, no unit
    "由各乡镇负责的道路全部完成硬化。",              # 由…负责的: what they answer for, a noun phrase
    "由县教育局负责人带队开展检查。",                # 负责人: a person
    "由县长张某牵头，定期调度。",                    # a person alone
    "坚持属地管理，乡镇负责，6月30日前完成整改。",    # a principle
    "此项工作由县长张某同志亲自抓。",
])
def test_prose_near_misses_give_no_unit(clause):
    assert units(clause) == ([], [])


def test_the_organisation_department_is_no_unit_then_organising():
    assert units("由县委组织部负责考核。") == ([], ["县委组织部"])


# -- class 6: a unit label after a comma -----------------------------------------------------------

@pytest.mark.parametrize(("clause", "lead", "resp"), [
    ("完成台账建设，责任单位：县商务局。", [], ["县商务局"]),
    ("整治率达到100%，牵头单位：县城管局，配合单位：各社区。", ["县城管局"], ["各社区"]),
    ("每季度巡查1次，责任部门：设备管理部", [], ["设备管理部"]),
])
def test_a_label_after_a_comma_names_the_units(clause, lead, resp):
    assert units(clause) == (lead, resp)


@pytest.mark.parametrize("clause", [
    "压实工作责任，责任单位：要切实担起职责。",
    "明确牵头部门，牵头部门：各部门要加强协作配合。",
])
def test_a_label_after_a_comma_opening_a_sentence_is_prose(clause):
    assert units(clause) == ([], [])


def test_run_on_items_each_with_a_comma_label():
    # (the whole text in one line, as a web copy gives it: the items are split by their numbers)
    plan = parse_text("某镇2025年消防工作要点\n一、整治隐患。1、开展出租房排查，排查率100%，责任单位：镇消防站；"
                      "2、整治电动车充电，责任单位：镇应急办、镇派出所；3、开展宣传，责任单位：各村。"
                      "二、提升能力。1、组建志愿消防队，责任单位：镇团委。\n")
    assert [t.responsible_units for t in plan.tasks] == [["镇消防站"], ["镇应急办", "镇派出所"], ["各村"], ["镇团委"]]


# -- class 8: short names in a bare bracket; public farms; quoted 两委 -----------------------------

@pytest.mark.parametrize(("clause", "resp"), [
    ("（各组）", ["各组"]),
    ("（妇联）", ["妇联"]),
    ("（各校、县教育局）", ["各校", "县教育局"]),
])
def test_short_bodies_in_a_bare_bracket(clause, resp):
    assert units(clause) == ([], resp)


@pytest.mark.parametrize("clause", ["（全区）", "（城区）", "（各地）", "（试行）", "（本级）"])
def test_short_places_and_levels_in_a_bare_bracket_are_no_units(clause):
    assert units(clause) == ([], [])


def test_a_county_farm_heading_its_line_is_a_unit():
    plan = parse_text("某县2025年春季育苗工作方案\n一、任务分解\n1.城关镇：育苗200亩\n2.河口乡：育苗150亩\n"
                      "3.县良种场：育苗300亩\n")
    assert [t.responsible_units for t in plan.tasks] == [["城关镇"], ["河口乡"], ["县良种场"]]


def test_a_quoted_village_committee_is_a_unit():
    assert units("责任单位：村“两委”。") == ([], ["村“两委”"])


# -- class 9: lists parted by spaces; a double space between labels ---------------------------------

@pytest.mark.parametrize(("clause", "lead", "resp"), [
    ("责任单位：县水利局 县财政局 各乡镇", [], ["县水利局", "县财政局", "各乡镇"]),
    ("（牵头单位：县交通局  责任单位：各乡（镇））", ["县交通局"], ["各乡（镇）"]),
    ("（牵头单位：县交通局 配合单位：各村（社区））", ["县交通局"], ["各村（社区）"]),
])
def test_space_parted_lists_and_labels(clause, lead, resp):
    assert units(clause) == (lead, resp)


def test_a_space_before_a_time_label_or_work_is_no_list():
    assert units("责任单位：县水利局  完成时限：2025年8月底") == ([], ["县水利局"])
    assert units("责任单位：县水利局 县长 张某") != ([], ["县水利局", "县长"])


# -- class 13: a person's bracket is the unit's note ----------------------------------------------

@pytest.mark.parametrize(("clause", "resp"), [
    ("责任单位：县应急局（联系人：李某，电话：0000-7654321）", ["县应急局"]),
    ("（责任单位：县应急局（责任人：李某））", ["县应急局"]),
    ("责任单位：县应急局（责任人：李某）、县消防大队（责任人：赵某）", ["县应急局", "县消防大队"]),
])
def test_a_persons_bracket_is_no_part_of_the_name(clause, resp):
    assert units(clause) == ([], resp)


def test_a_group_heading_with_its_person_names_the_unit():
    plan = parse_text("某镇2025年防汛工作方案\n一、分工\n（一）镇水利站（联系人：孙某）\n1.巡查堤防，每周2次。\n"
                      "2.储备物资。\n（二）镇卫生院（联系人：钱某）\n3.组建医疗队。\n")
    assert [t.responsible_units for t in plan.tasks] == [["镇水利站"], ["镇水利站"], ["镇卫生院"]]
