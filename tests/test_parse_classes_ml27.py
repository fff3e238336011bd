"""Review findings left from round 27 (r63 6/8/9/10/11/12, r6d 6/7/10/11, r6m 6/10/11, r64 12, r62 10), each read
in other wordings than the reviewer's snippet, with near misses that must not fire. All made-up text."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text
from desktop.core.parse.duty_headings import duty_list_holder, lead_in_units
from desktop.core.parse.headings import Item
from desktop.core.parse.list_tables import attached_rows
from desktop.core.parse.stage_names import time_first_step
from desktop.core.parse.targets import find_targets
from desktop.core.parse.year_turn import clause_dates

FIRE = "某区消防安全责任制实施细则\n\n一、总体要求\n\n（一）压实责任。区消防安全委员会统筹全区消防工作。\n\n"


def _resp(plan):
    return {t.title: t.responsible_units for t in plan.tasks}


# -- r63 6: a lead-in's duty opening with its own bureau and a verb of its duty the subject reader did not list

@pytest.mark.parametrize("duty,unit", [
    ("区财政局保障消防经费", "区财政局"), ("区市场监管局监督检查电动自行车产品质量", "区市场监管局"),
    ("区规划资源局审核消防规划", "区规划资源局"), ("区城管执法局查处违法建筑", "区城管执法局"),
    ("区公安分局依法查处消防违法行为", "区公安分局"), ("区人社局核查培训补贴发放情况", "区人社局"),
    ("区税务局受理税收优惠申请", "区税务局"), ("区民政局负有养老机构消防监管职责", "区民政局"),
])
@pytest.mark.parametrize("lead_in", ["二、区政府各部门履行下列职责", "二、区政府应当履行下列职责："])
def test_a_duty_opening_with_its_own_bureau_keeps_that_bureau(lead_in, duty, unit):
    plan = parse_text(FIRE + f"{lead_in}\n\n（一）{duty}。\n\n（二）区教育局把消防教育纳入课程。\n")
    assert _resp(plan)[duty] == [unit]


@pytest.mark.parametrize("duty", ["配合区消防救援支队开展火灾调查", "组织开展消防宣传", "保障辖区消防经费"])
def test_a_duty_with_no_bureau_of_its_own_stays_the_lead_ins(duty):
    plan = parse_text(FIRE + f"二、街道办事处履行下列职责：\n\n（一）{duty}。\n\n（二）开展防火巡查。\n")
    assert _resp(plan)[duty] == ["街道办事处"]


@pytest.mark.parametrize("duty", ["区委督查室督查落实情况", "区委宣传部宣传消防知识"])
def test_a_body_whose_name_holds_a_verb_is_not_cut_at_it(duty):
    # (督查 / 宣传 are no verbs after a subject: 区委督查室 / 区委宣传部 are whole names, never 区委)
    plan = parse_text(FIRE + f"二、区政府各部门履行下列职责\n\n（一）{duty}。\n\n（二）区教育局把消防教育纳入课程。\n")
    assert "区委" not in _resp(plan)[duty]


# -- r63 8: 对 / 指导 a newly set up body in a lead-in

@pytest.mark.parametrize("line,want", [
    ("区民政局对新设立的养老机构履行下列监督职责：", ["区民政局"]),
    ("区市场监管局对新成立的食品企业履行下列监管职责：", ["区市场监管局"]),
    ("区应急局指导新成立的街道安全生产委员会履行下列职责：", ["街道安全生产委员会"]),
    ("区应急局牵头组建的专家组履行下列职责：", ["专家组"]),
    ("经区政府批准成立的区安全生产委员会履行下列职责：", ["区安全生产委员会"]),
])
def test_the_body_a_lead_in_sets_up_or_acts_on(line, want):
    assert lead_in_units(line) == want


def test_an_abroad_office_is_no_subject_before_dui():
    # (区对口支援办: 对 inside a name, after no body's ending)
    assert lead_in_units("区对口支援办履行下列职责：") == ["区对口支援办"]


# -- r63 9 / 10: the field between a body and the duty words of a heading

def _holder(title):
    item = Item(kind=1, number="一", value=1, body=title)
    item.children = [Item(kind=2, number="一", value=1, body="开展检查。", parent=item)]
    return duty_list_holder(item)


@pytest.mark.parametrize("title,want", [
    ("各乡镇卫生院防疫工作职责", "各乡镇卫生院"), ("各中小学校园安全工作职责", "各中小学"),
    ("各镇乡村振兴工作职责", "各镇"), ("各镇村庄整治工作职责", "各镇"),
    ("各街道消防工作责任", "各街道"), ("各乡镇安全生产工作职责", "各乡镇"),
])
def test_a_field_is_cut_off_at_a_body_not_inside_one(title, want):
    assert _holder(title) == want


def test_sibling_group_headings_each_name_their_bodies():
    plan = parse_text("某区卫生健康工作责任清单\n\n一、总体要求\n\n（一）压实责任。区卫健委统筹全区工作。\n\n"
                      "二、各乡镇卫生院防疫工作职责\n\n（一）开展预防接种。\n\n（二）落实预检分诊。\n\n"
                      "三、各乡镇安全生产工作职责\n\n（一）推进隐患排查。\n\n四、各街道消防工作责任\n\n（一）开展入户登记。\n")
    got = {t.title: t.responsible_units for t in plan.tasks}
    assert got["开展预防接种"] == ["各乡镇卫生院"]
    assert got["推进隐患排查"] == ["各乡镇"]
    assert got["开展入户登记"] == ["各街道"]


# -- r63 11: a rhythm (每两年开展1次) is no target; a count done once (3年内，完成1次…) is; a quota to fill is

# (Round 59 rulings, governs over round 35's floor: the events a rhythm holds are counted work, 1 次 included, with
# no comparison word — these are targets now)
@pytest.mark.parametrize("text", ["每两年开展1次全面评估。", "每三年组织1次应急演练。", "3年内，开展1次专项督导。"])
def test_a_rhythm_s_held_event_is_counted(text):
    assert [(t.value, t.unit) for t in find_targets(text, 2025)] == [(1.0, "次")]


@pytest.mark.parametrize("text,value", [
    ("3年内，完成1次全区消防规划修编。", 1), ("每两年至少开展1次评估。", 1),
    ("将全区网格员核定为500名，2025年底前全部到岗。", 500), ("编制核定为63人，2026年底前配齐。", 63),
])
def test_a_count_to_reach_is_a_target(text, value):
    assert [t.value for t in find_targets(text, 2025)] == [value]


@pytest.mark.parametrize("text", ["编制核定额度为63辆。", "目前核定编制为40人，实有35人。"])
def test_a_quota_held_is_no_target(text):
    assert find_targets(text, 2025) == []


# -- r63 12: a design limit in millimetres written with its sign or a bare comparison

@pytest.mark.parametrize("text,value", [("水封深度≥50mm。", 50), ("排水管管径不小于100mm。", 100),
                                        ("检查井盖厚度不低于30毫米。", 30)])
def test_a_design_limit_with_its_sign_is_read(text, value):
    assert [t.value for t in find_targets(text, 2025)] == [value]


@pytest.mark.parametrize("text", ["采用DN100mm管道。", "管径100mm的管道采用螺纹连接。"])
def test_a_kind_in_millimetres_is_no_target(text):
    assert find_targets(text, 2025) == []


# round 32 (p32t), CONVENTIONS.md round-32 rulings, comparison words: ≥／≤ (and 超过) join the line — a threshold that
# picks the objects or triggers a step in millimetres is a target like any other (「管径≤100mm的」 is the ruling's)
# (Round 58 rulings: a band inside the noun of the class a piece of work picks is a class:
# 「积水深度超过15厘米的路段」「管径≤100mm的管道」 are classes now; a trigger 「…时」 stays)
@pytest.mark.parametrize("text", ["积水深度≥15厘米时启动预警。", "积水深度超过15厘米时实施交通管制。"])
def test_a_trigger_or_a_kind_in_millimetres_joined_to_the_line_is_a_target(text):
    assert len(find_targets(text, 2025)) == 1


@pytest.mark.parametrize("text", ["暴雨期间积水深度超过15厘米的路段实施交通管制。", "管径≤100mm的管道采用螺纹连接。"])
def test_a_band_in_millimetres_inside_the_noun_of_a_class_is_no_target(text):
    assert find_targets(text, 2025) == []


def test_a_trigger_joined_to_the_line_is_a_target():
    # round 31 (mt31), CONVENTIONS.md thresholds: 「降雨量超过50毫米，启动…」 a threshold that triggers a step,
    # joined to 超过
    assert [(t.value, t.unit) for t in find_targets("降雨量超过50毫米，启动应急响应。", 2025)] == [(50.0, "毫米")]


# -- r6d 6 / 7: time-headed steps and clauses in other time words

@pytest.mark.parametrize("title,name,when", [
    ("2025年3月底前，县整治办牵头制定方案。", "制定方案", "2025年3月底前"),
    ("10月，县整治办会同县督查室组织验收。", "组织验收", "10月"),
    ("4月-9月，各乡镇、各部门按照职责分工全面开展整治。", "全面开展整治", "4月-9月"),
    ("4-10月，全面开展筛查。", "全面开展筛查", "4-10月"),
    ("11月中下旬，组织验收。", "组织验收", "11月中下旬"),
    ("7、8月份，组织宣传活动。", "组织宣传活动", "7、8月份"),
    ("二季度，完成改厕任务。", "完成改厕任务", "二季度"),
    ("6月，各村开展自查。", "开展自查", "6月"),
])
def test_a_time_headed_step_is_named_by_its_work(title, name, when):
    assert time_first_step(title) == (name, when)


@pytest.mark.parametrize("title", ["6月，各村庄开展环境清洁。", "6月，镇村两级开展自查。"])
def test_a_step_opening_with_no_unit_keeps_its_words(title):
    got = time_first_step(title)
    assert got is not None and got[0] == title.split("，")[1].rstrip("。")


@pytest.mark.parametrize("text,date", [
    ("4-10月，全面开展筛查。", "2025-10-31"), ("二季度，完成改厕1000户。", "2025-06-30"),
    ("第三季度末，完成验收。", "2025-09-30"), ("11月中下旬，组织验收。", "2025-11-20"),
    ("7、8月份，组织宣传活动。", "2025-08-31"), ("1、2月，召开动员会。", "2025-02-28"),
])
def test_a_clause_time_in_other_words(text, date):
    assert [d.date for d in clause_dates(text, 2025)] == [date]


@pytest.mark.parametrize("text", ["一季度，全县已完成投资2亿元。", "第一季度，每月开展1次巡查。",
                                  "1-6月，全县共排查隐患320处，已全部整改。"])
def test_a_clause_time_of_what_was_done_or_recurs_is_none(text):
    assert clause_dates(text, 2025) == []


# -- r6d 10: no dangling comma where a dated clause's units are cut out

def test_a_dated_clause_keeps_no_dangling_comma():
    plan = parse_text("某街道2025年全民健身月活动方案\n一、活动内容\n"
                      "（一）健身展演。5月18日在街道文化广场举办，由街道文体中心负责，各社区配合。\n"
                      "（二）趣味运动会。6月底在街道体育馆举行，由街道工会牵头。\n")
    assert [t.text for t in plan.tasks] == ["健身展演。5月18日在街道文化广场举办。",
                                            "趣味运动会。6月底在街道体育馆举行。"]
    assert plan.tasks[0].lead_units == ["街道文体中心"] and plan.tasks[1].lead_units == ["街道工会"]


# -- r6d 11: this year's goal is due at the year's end

@pytest.mark.parametrize("text", ["今年全县计划完成植树造林2万亩。", "今年，全县力争新增就业1000人。",
                                  "本年度确保完成改厕1000户。"])
def test_this_years_goal_is_due_at_its_end(text):
    assert [t.deadline for t in find_targets(text, 2025)] == ["2025-12-31"]


def test_a_step_date_this_year_keeps_its_own_date():
    assert [t.deadline for t in find_targets("今年6月底前完成改造30个。", 2025)] == ["2025-06-30"]


# -- r6m 6: a person leads by post (no name, two posts, the name first); a body whose name opens as a post

PERSON = ("某县2025年某项工作实施方案\n\n一、主要任务\n（一）推进甲项整治。{s}\n"
          "（二）推进乙项整治。完成验收，由县林业局负责。\n")


@pytest.mark.parametrize("s", ["由分管副县长牵头，县发改局负责。", "由副县长牵头，县发改局负责。",
                               "由县委常委、副县长王某某牵头，县发改局负责。", "由王某某副县长牵头，县发改局负责。",
                               "由常务副县长挂帅，县发改局负责。"])
def test_a_person_leads_and_the_unit_after_does_the_work(s):
    task = parse_text(PERSON.format(s=s)).tasks[0]
    assert (task.lead_units, task.responsible_units) == ([], ["县发改局"])


@pytest.mark.parametrize("s,lead", [("由市长江办牵头，各区负责。", "市长江办"),
                                    ("由县长办牵头，各乡镇负责。", "县长办"),
                                    ("由县委办牵头，县发改局负责。", "县委办")])
def test_a_body_named_like_a_post_still_leads(s, lead):
    assert parse_text(PERSON.format(s=s)).tasks[0].lead_units == [lead]


# -- r6m 10: a person in a unit's bracket, and a heading's bracket of its person and partners

@pytest.mark.parametrize("bracket", ["（局长王某某）", "（联系人王某，电话1234567）", "（联系人：王某）",
                                     "（副主任李某）", "（责任人张某）"])
def test_a_person_bracket_is_a_note_on_the_unit(bracket):
    task = parse_text(PERSON.format(s=f"（责任单位：县教育局{bracket}）")).tasks[0]
    assert task.responsible_units == ["县教育局"]


def test_a_bracket_of_words_is_kept_in_the_name():
    assert parse_text(PERSON.format(s="（责任单位：各乡镇（街道））")).tasks[0].responsible_units == ["各乡镇（街道）"]


def test_a_units_heading_with_its_person_and_partners_leads():
    plan = parse_text("某镇2025年防汛工作方案\n一、职责分工\n（一）镇水利站（责任人：孙某；配合单位：各村）\n"
                      "1.开展汛前检查。\n2.组织抢险演练。\n（二）镇派出所（分管领导：李某；协办单位：各村、镇综治办）\n1.维护治安秩序。\n"
                      "（三）镇卫生院（联系人：赵某）\n1.做好医疗救护。\n")
    got = [(t.lead_units, t.responsible_units) for t in plan.tasks]
    assert got == [(["镇水利站"], ["各村"]), (["镇水利站"], ["各村"]), (["镇派出所"], ["各村", "镇综治办"]),
                   ([], ["镇卫生院"])]


def test_a_task_with_a_person_bracket_names_no_heading_unit():
    # (the bracket after a task's words, not after a unit: its partners only)
    task = parse_text(PERSON.format(s="开展检查（责任人：孙某；配合单位：各村）")).tasks[0]
    assert task.lead_units == [] and task.responsible_units == ["各村"]


# -- r6m 11: a step's figure inside the time label

@pytest.mark.parametrize("s", ["（牵头单位：区商务局\n完成时限：2025年底（上半年完成50%））",
                               "（牵头单位：区商务局；完成时限：2025年底前，上半年完成50%）"])
def test_a_step_figure_in_the_time_label_is_a_target(s):
    task = parse_text(PERSON.format(s=s)).tasks[0]
    assert task.deadline == "2025-12-31"
    # round 34: progress shares in a time cell are steps of the schedule, not targets; the deadline is the final date
    assert [(t.value, t.deadline) for t in task.targets] == []


def test_a_time_label_with_no_figure_adds_no_target():
    task = parse_text(PERSON.format(s="（牵头单位：区商务局；完成时限：2025年12月（每月调度））")).tasks[0]
    assert task.targets == []


# -- r64 12: a header in two rows, the first a header itself

@pytest.mark.parametrize("table", [
    "序号 | 工作任务 | 责任单位 | | 完成时限\n | | 牵头单位 | 配合单位 |\n"
    "1 | 推进一网通办 | 区政务服务办 | 区大数据中心 | 2025年6月底\n"
    "2 | 压缩开办企业时间 | 区市场监管局 | 区税务局 | 2025年12月底\n",
    "序号 | 工作任务 | 责任单位 | 时间安排 | | \n牵头单位 | 配合单位 | 启动时间 | 完成时间 |\n"
    "1 | 推进一网通办 | 区政务服务办 | 区大数据中心 | 2025年1月 | 2025年6月底\n"
    "2 | 压缩开办企业时间 | 区市场监管局 | 区税务局 | 2025年3月 | 2025年12月底\n",
])
def test_a_two_row_header_parts_its_grouped_columns(table):
    plan = parse_text("某区营商环境优化任务清单\n\n" + table)
    assert [(t.title, t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks] == [
        ("推进一网通办", ["区政务服务办"], ["区大数据中心"], "2025-06-30"),
        ("压缩开办企业时间", ["区市场监管局"], ["区税务局"], "2025-12-31")]


def test_a_one_row_header_over_its_rows_is_read_as_before():
    plan = parse_text("某区营商环境优化任务清单\n\n序号 | 工作任务 | 牵头单位 | 配合单位 | 完成时限\n"
                      "1 | 推进一网通办 | 区政务服务办 | 区大数据中心 | 2025年6月底\n")
    assert [(t.title, t.lead_units) for t in plan.tasks] == [("推进一网通办", ["区政务服务办"])]


# -- r62 10: a project list numbered （1）

def test_a_project_list_numbered_in_brackets():
    cells = ["类别", "项目", "主要任务", "牵头单位", "配合单位", "一、完善设施网络",
             "（1）建设综合为老服务中心", "每个街道建成一家综合为老服务中心。", "区民政局", "各街道",
             "（2）推进助餐点建设", "新增社区助餐点20个。", "区民政局", "区市场监管局",
             "（3）开展护理员培训", "每年培训养老护理员500人次。", "区人社局", "各街道"]
    rows = attached_rows("\n\n".join(cells))
    assert [(r.number, r.text.split("\n")[0], r.lead, r.resp) for r in rows] == [
        ("1", "建设综合为老服务中心", ["区民政局"], ["各街道"]),
        ("2", "推进助餐点建设", ["区民政局"], ["区市场监管局"]),
        ("3", "开展护理员培训", ["区人社局"], ["各街道"])]
