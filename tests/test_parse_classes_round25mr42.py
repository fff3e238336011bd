"""Mends of round 25's review of p42 (mr42): each rule p42 added, read in other wordings, and its near-misses.
Made-up plans only (the real cases are scored by tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.read import _blank_units
from desktop.core.parse.site_pages import strip_site_terms
from desktop.core.parse.unit_duties import fold_unit_lists

_HEAD = "某县2025年重点工作实施方案\n一、主要任务\n"


def _tasks(text: str) -> dict[str, tuple[str, list[str], list[str], str | None, list[float]]]:
    return {t.key: (t.title, t.lead_units, t.responsible_units, t.deadline, [x.value for x in t.targets])
            for t in parse_text(text).tasks}


# 1. a bracket after 项目/企业/场所 is a size band only when it opens with a size word and holds no aim verb
def test_1_an_aim_in_brackets_after_the_things_stays_a_target():
    got = _tasks(_HEAD + "（一）招引制造业项目（投资5000万元以上）。（县商务局牵头）\n"
                         "（二）培育专精特新企业（新增12家以上）。（县科技局牵头）\n"
                         "（三）改造公共停车场所（新增车位800个以上）。（县住建局牵头）\n"
                         "（四）新建标准厂房（面积5万平方米以上）。（县工信局牵头）\n")
    assert got["一.一"][4] == [50000000.0]
    assert got["一.二"][4] == [12.0]
    assert got["一.三"][4] == [800.0]
    assert got["一.四"][4] == [50000.0]


def test_1_a_size_band_opening_with_a_size_word_is_still_no_target():
    got = _tasks(_HEAD + "（一）排查大型商业综合体项目（建筑面积5万平方米以上）消防隐患。（县消防救援大队牵头）\n"
                         "（二）检查重点企业（占地面积100亩以上）安全台账。（县应急局牵头）\n")
    # (round 31 (mt31), CONVENTIONS.md thresholds: the size band in brackets is joined to 以上: a target)
    assert got["一.一"][4] != [] and got["一.二"][4] != []


# 9. a time in a rule's name only when the name follows the time directly
def test_9_a_time_then_a_verb_then_a_rule_is_a_target():
    got = _tasks(_HEAD + "（一）将不动产登记时间压缩至5个工作日并推行限时办结制度。（县自然资源局牵头）\n"
                         "（二）落实72小时食品留样制度。（县市场监管局牵头）\n"
                         "（三）审批时限压缩到2个工作日，健全首问负责制度。（县政务服务中心牵头）\n")
    assert got["一.一"][4] == [5.0]
    assert got["一.二"][4] == []
    assert got["一.三"][4] == [2.0]


# 2./3. stage tables and inspection-group tables are no task rows; the prose items keep their units
def test_2_a_stage_table_with_a_unit_column_is_no_task_list():
    got = _tasks("某镇2025年消防安全大排查工作方案\n一、步骤安排\n"
                 "实施步骤 | 时间安排 | 责任单位 |\n宣传发动 | 4月1日至4月10日 | 镇安办 |\n"
                 "集中整治 | 4月11日至6月30日 | 各村 |\n二、工作任务\n（一）开展隐患排查。（镇应急办牵头）\n")
    assert all(not k.startswith("一.") for k in got)
    assert got["二.一"][1] == ["镇应急办"]


def test_3_an_inspection_group_table_is_no_task_list():
    got = _tasks("某市2025年食品安全督查工作方案\n一、督查分组\n"
                 "检查组 | 检查时间 | 牵头单位 | 成员单位 |\n第一组 | 5月 | 市市场监管局 | 市卫健委 |\n"
                 "第二组 | 6月 | 市农业农村局 | 市商务局 |\n二、工作任务\n（一）开展抽检。（市市场监管局牵头）\n")
    assert all(not k.startswith("一.") for k in got)


def test_2_a_task_table_named_by_its_subject_still_reads():
    got = _tasks("某街道2025年消防检查工作计划\n一、检查安排\n"
                 "检查场所类别 | 检查时间 | 牵头单位 |\n高层住宅 | 3月份 | 街道应急办 |\n")
    assert got["一.1"][0] == "高层住宅" and got["一.1"][3] == "2025-03-31"


# 4. a span in a time column: the work is done by its end
def test_4_a_span_in_the_time_column_gives_its_end():
    got = _tasks("某县2025年安全检查工作方案\n一、检查安排\n"
                 "检查对象 | 检查时间 | 责任单位 |\n农贸市场 | 2025年4月1日至6月30日 | 县市场监管局 |\n"
                 "加油站 | 7月～9月 | 县商务局 |\n学校 | 10月到11月 | 县教育局 |\n"
                 "医院 | 2025年12月底前 | 县卫健委 |\n")
    assert [got[k][3] for k in ("一.1", "一.2", "一.3", "一.4")] == \
        ["2025-06-30", "2025-09-30", "2025-11-30", "2025-12-31"]


# 5. a 负责… bracket after a unit is what that unit answers for, never a unit
def test_5_a_duty_note_in_brackets_is_no_unit():
    got = _tasks(_HEAD + "（一）整治占道经营。\n责任单位：各镇人民政府（负责本辖区）、县城管局（负责城区）\n")
    assert got["一.一"][2] == ["各镇人民政府", "县城管局"]
    folded = _tasks(_HEAD + "（一）整治占道经营。\n责任单位：\n(1)各镇人民政府负责本辖区；\n(2)县城管局负责城区。\n")
    assert folded["一.一"][2] == ["各镇人民政府", "县城管局"]


# 6./7. the folded list: numbered in other ways; a line that is work stops the fold (none of the list folds)
def test_7_other_numberings_of_the_unit_list_fold():
    for a, b in (("1.", "2."), ("（一）", "（二）"), ("①", "②"), ("1、", "2、")):
        text = f"责任单位：\n{a}县住建局负责老旧小区；\n{b}县水务局负责河道。"
        assert fold_unit_lists(text) == "责任单位：县住建局（负责老旧小区）、县水务局（负责河道）", a


def test_6_a_work_line_in_the_list_is_no_place():
    text = "责任单位：\n(1)县住建局负责老旧小区；\n(2)县教育局负责制定校园周边整治方案并组织实施。"
    assert fold_unit_lists(text) == text
    text = "牵头单位：\n1.县交通局负责开展国道沿线排查；\n2.县公安局负责城区。"
    assert fold_unit_lists(text) == text


# 8. a unit wrapped in its cell is one unit; units parted by blanks stay apart
def test_8_a_sub_office_after_its_unit_is_one_unit():
    assert _blank_units("县人民政府 办公室") == "县人民政府办公室"
    assert _blank_units("县公安局 治安大队") == "县公安局治安大队"
    assert _blank_units("县农业农村局 畜牧站") == "县农业农村局畜牧站"
    assert _blank_units("安监站 安监所") == "安监站、安监所"
    assert _blank_units("县公安局 县交通局") == "县公安局、县交通局"
    assert _blank_units("县应急局 各乡镇") == "县应急局、各乡镇"


# 10. repealed documents are no title; a person slot under other names is no unit
def test_10_a_repealed_document_is_no_title():
    for tail in ("予以作废", "同时失效", "已经失效", "已废止", "予以撤回"):
        text = (f"各镇人民政府，县直各单位：\n《某县城乡环境整治方案（2019-2021年）》{tail}。"
                "现将《某县城乡环境提升实施方案》印发给你们。\n一、工作任务\n（一）开展垃圾治理。（县住建局牵头）\n")
        assert parse_text(text).title == "某县城乡环境提升实施方案", tail
    text = ("各镇人民政府：\n《某县城乡环境提升实施方案》已经县政府同意，现印发给你们。\n"
            "一、工作任务\n（一）治理。（县住建局牵头）\n")
    assert parse_text(text).title == "某县城乡环境提升实施方案"


def test_10_other_person_slots_are_no_units():
    got = _tasks(_HEAD + "（一）开展河道清理。（责任单位:县水务局;联系人;王某）\n"
                         "（二）开展绿化提升。（责任单位：县林业局；具体负责人；刘某）\n")
    assert got["一.一"][2] == ["县水务局"]
    assert got["一.二"][2] == ["县林业局"]
    got = _tasks(_HEAD + "（一）开展河道清理。（责任单位:县水务局）\n"
                         "（二）开展道路整治。\n责任单位：县交通局、县公安局；负责人；陈某\n")
    assert got["一.二"][2] == ["县交通局", "县公安局"]


# 11. viewer figures only above the title; 护送 is no filing
def test_11_figure_lines_in_the_body_stay():
    body = "某县2025年消防工作方案\n一、工作目标\n各月检查数：\n- 10\n- 20\n- 30\n二、工作任务\n"
    assert strip_site_terms(body) == body
    top = "- 0\n- 约 9页\n- 举报\n某县2025年消防工作方案\n一、工作目标\n"
    assert strip_site_terms(top).startswith("某县2025年消防工作方案")


def test_11_escorting_to_an_office_is_no_filing():
    duties = parse_text(_HEAD + "（一）加强督查。县督查室负责护送检查组至现场办公室备案资料查阅。（县督查室牵头）\n"
                                "（二）规范备案。各乡镇应将方案送县住建局备案。（县住建局牵头）\n").duties
    texts = [d.text for d in duties]
    assert not any("护送" in t for t in texts)
    # (round 32 (p32t): the sender a plan unit — a regulated party's filing is no duty)
    assert any("送县住建局备案" in t for t in texts)
