"""Round 32 (p32s): structure and phase classes of plans-next98–103's BASELINE.md and the round-32 rulings, each in
other made-up wordings of the class, with the near misses that must not change; the real plans are scored by
tests/test_parse_score.py."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text


def _titles(plan) -> list[str]:
    return [t.title for t in plan.tasks]


# class 1: a list 「包括：1.…；2.…」 inside an item's sentence is the item's text, not items of the plan
def test_a_list_after_a_sentence_inside_an_item_is_its_text():
    text = ("某区农田水利项目管理办法\n一、项目实施\n（一）项目申报。项目单位按年度计划编制申报材料。\n"
            "（二）资料归档。各项目单位要建立项目档案。归档资料包括：1.立项批复；2.设计图纸；3.招标文件；4.验收报告等。\n"
            "（三）竣工验收。项目完工后组织竣工验收。\n二、资金管理\n（一）资金拨付。按工程进度拨付资金。\n"
            "（二）资金监管。专款专用，严禁挪用。\n")
    plan = parse_text(text)
    assert len(plan.tasks) == 5
    filed = next(t for t in plan.tasks if t.title.startswith("资料归档"))
    assert "设计图纸" in filed.text and "验收报告" in filed.text


def test_a_list_a_heading_opens_with_included_is_the_items_text():
    text = ("某街道安全培训工作方案\n一、工作任务\n（一）组织培训。街道安监所负责组织全员培训。\n"
            "（二）培训内容包括：1、安全生产法规；2、岗位操作规程；3、应急处置知识。\n"
            "（三）考核评估。街道安监所负责培训考核。\n")
    plan = parse_text(text)
    assert len(plan.tasks) == 3
    assert any("岗位操作规程" in t.text for t in plan.tasks if t.title.startswith("培训内容"))


@pytest.mark.parametrize(("section", "first_step"), [
    # near misses: the colon closes the heading itself (a stage and its date; a measures heading), its steps are items
    ("一、实施步骤\n（一）动员部署阶段（5月1日至5月10日）：1、召开全镇动员大会；2、发放宣传资料；3、悬挂宣传横幅。\n"
     "（二）集中整治阶段（5月11日至6月30日）：1、清理乱堆乱放；2、拆除违章搭建。\n", "拆除违章搭建"),
    ("一、主要措施\n（一）宣传引导：1、社区居委会负责入户宣传；2、物业公司负责设置分类桶；3、志愿者负责桶边督导。\n"
     "（二）考核评比。社区居委会负责每月评比。\n", "物业公司负责设置分类桶"),
])
def test_a_headings_steps_after_its_colon_are_still_items(section: str, first_step: str):
    titles = _titles(parse_text("某镇环境整治工作方案\n" + section))
    assert any(t.startswith(first_step) for t in titles)


# class 2: a page that opens inside a section (its heading on the page before): the runs before the page's first
# section heading are one section, so a units line after one run does not make the other runs' items no tasks
PAGE = ("2.对辖区内重点企业开展一次全面检查。\n3.对检查中发现的问题建立整改台账。\n"
        "（五）加强宣传引导\n1.各乡镇设置宣传栏，张贴宣传标语。\n2.利用广播电视开展专题宣传。\n"
        "以上工作由县委宣传部牵头，县文明办配合。\n"
        "（六）强化日常监管\n1.每月开展一次巡查，发现问题及时处置。\n2.对重点区域实行网格化管理。\n"
        "3.县市场监管局负责建立投诉举报处理机制。\n"
        "四、保障措施\n（一）加强组织领导。各单位要高度重视。\n（二）强化督查考核。将工作纳入年度考核。\n")


def test_runs_of_a_cut_section_after_a_units_line_are_tasks():
    titles = _titles(parse_text(PAGE))
    for words in ("对辖区内重点企业", "对检查中发现的问题", "各乡镇设置宣传栏", "每月开展一次巡查", "对重点区域实行",
                  "县市场监管局负责建立"):
        assert any(t.startswith(words) for t in titles), words


def test_the_units_line_still_covers_only_its_run():
    plan = parse_text(PAGE)
    by = {t.title[:6]: t for t in plan.tasks}
    assert by["各乡镇设置宣"].lead_units == ["县委宣传部"]
    assert by["每月开展一次"].lead_units == [] and "县委宣传部" not in by["每月开展一次"].responsible_units


def test_a_safeguards_section_after_the_cut_one_stays_no_tasks():
    # near miss: the section headed on the page (四、保障措施) is its own, and its items naming no unit stay rules
    titles = _titles(parse_text(PAGE))
    assert not any(t.startswith(("加强组织领导", "强化督查考核")) for t in titles)



# class 3: stages listed as numbered items under 「分以下三个阶段（步骤）」, each its name and 「时间为…」: phases,
# not tasks
def _stages_plan(lead_in: str, tail: str = "") -> str:
    return ("2019年全民健身月活动方案\n一、活动安排\n" + lead_in + "\n"
            "1、启动仪式，时间为4月1日。\n2、各单位健身比赛，时间为4月2日-4月25日。" + tail + "\n"
            "3、总结表彰，时间为4月30日。\n"
            "二、活动要求\n1、各单位要精心组织，确保活动安全。\n2、县体育局负责活动的统筹协调。\n")


def test_stages_listed_under_a_counted_lead_in_are_phases_with_their_dates():
    plan = parse_text(_stages_plan("全民健身月活动分以下三个阶段进行："))
    phases = {p.name: (p.start, p.end) for p in plan.phases}
    assert phases == {"启动仪式": ("2019-04", "2019-04"), "各单位健身比赛": ("2019-04", "2019-04"),
                      "总结表彰": ("2019-04", "2019-04")}
    assert not any(t.title.startswith(("启动仪式", "总结表彰")) for t in plan.tasks)
    assert any(t.title.startswith("县体育局负责") for t in plan.tasks)


def test_steps_counted_another_way_are_phases_too():
    plan = parse_text(_stages_plan("活动分为三个步骤："))
    assert [p.name for p in plan.phases] == ["启动仪式", "各单位健身比赛", "总结表彰"]


def test_a_stage_with_its_work_written_under_it_stays_a_task_as_well():
    plan = parse_text(_stages_plan("全民健身月活动分以下三个阶段进行：",
                                   "各单位组织开展广播操、拔河、跳绳等比赛项目，评选优秀组织奖。"))
    assert "各单位健身比赛" in [p.name for p in plan.phases]
    assert any(t.title.startswith("各单位健身比赛") for t in plan.tasks)


def test_items_with_a_time_clause_but_no_counted_lead_in_are_not_stages():
    # near miss: no 「分…个阶段」 lead-in: items with a time are work items, not the schedule
    plan = parse_text(_stages_plan("重点做好以下工作："))
    assert not any(p.name == "启动仪式" for p in plan.phases)
    assert any(t.title.startswith("启动仪式") for t in plan.tasks)


# a page that lost its digit 1: 「、X」 over 「2、Y」 is item 1 (and 「()X」 over 「(2)Y」); a bare 「、」 with no 2
# stays text
def test_a_first_item_that_lost_its_number_is_read_as_one():
    text = ("某镇爱国卫生月活动方案\n一、活动内容\n、各村开展环境卫生大扫除。\n2、各学校开展健康知识讲座。\n"
            "3、卫生院开展义诊活动。\n二、工作要求\n&bsp;三、活动步骤\n、宣传发动\n()召开动员会议。\n(2)张贴宣传标语。\n"
            "2、集中整治\n")
    plan = parse_text(text)
    assert any(t.title.startswith("各村开展环境卫生大扫除") for t in plan.tasks)
    assert any(t.title.startswith("召开动员会议") for t in plan.tasks)


def test_a_line_opening_with_a_mark_and_no_second_item_stays_text():
    text = ("某镇爱国卫生月活动方案\n一、活动内容\n（一）各村开展环境卫生大扫除。\n、各户清理房前屋后。\n"
            "（二）各学校开展健康知识讲座。\n")
    plan = parse_text(text)
    assert len(plan.tasks) == 2
    assert "清理房前屋后" in plan.tasks[0].text


# class 4 (round-32 ruling, a trailing paragraph): a paragraph after a run's last item that speaks of the run is the
# run's units line, whatever the items' kind; any other paragraph giving work is the last item's body
def _run_plan(line: str, items: str = "") -> str:
    return ("某区背街小巷整治方案\n一、主要任务\n" + (items or "（一）整治乱堆乱放。清理沿街堆物。\n"
            "（二）规范店招店牌。统一设置标准。\n（三）修复破损路面。\n") + line + "\n二、保障措施\n（一）加强领导。\n")


def _units(plan) -> list[tuple[list[str], list[str]]]:
    return [(t.lead_units, t.responsible_units) for t in plan.tasks[:3]]


def test_a_units_line_after_a_run_of_bracketed_items_covers_the_run():
    plan = parse_text(_run_plan("以上工作由区城管局牵头，区住建委、各街道配合。"))
    assert _units(plan) == [(["区城管局"], ["区住建委", "各街道"])] * 3


def test_a_units_line_naming_a_doer_only_covers_the_run():
    plan = parse_text(_run_plan("上述任务由各街道负责。"))
    assert _units(plan) == [([], ["各街道"])] * 3


def test_a_units_line_keeps_its_partners_named_by_fields_sharing_one_head():
    items = "1.开展交通安全进校园活动。\n2.制作播出交通安全公益广告。\n"
    plan = parse_text(_run_plan("上述工作由区委宣传部牵头，公安、教育、司法行政等有关部门配合。", items))
    assert [t.responsible_units for t in plan.tasks[:2]] == [["公安、教育、司法行政等有关部门"]] * 2
    assert [t.lead_units for t in plan.tasks[:2]] == [["区委宣传部"]] * 2


def test_a_count_that_is_not_the_runs_does_not_cover_it():
    # near miss: 「以上两项工作」 after a run of three: not the run's line (left to the last item, as before)
    plan = parse_text(_run_plan("以上两项工作由区城管局负责。"))
    assert plan.tasks[0].responsible_units == []


def test_another_paragraph_after_the_last_item_is_its_body():
    # near miss: a paragraph that gives work, not speaking of the run: the last item's body (its doer its unit)
    items = ("（一）整治乱堆乱放。区城管局负责清理沿街堆物。\n（二）规范店招店牌。区市场监管局负责统一设置标准。\n"
             "（三）修复破损路面。\n")
    plan = parse_text(_run_plan("区住建委负责组织修复破损路面，区交通委配合。", items))
    assert _units(plan) == [([], ["区城管局"]), ([], ["区市场监管局"]), ([], ["区住建委", "区交通委"])]


# class 5 (plans-next100 class 4): a childless section headed as work whose text opens with the plan's guiding thought
# is the plan's aims, not a task; the same heading over work stays one (near miss)
@pytest.mark.parametrize(("opening", "a_task"), [
    ("以习近平新时代中国特色社会主义思想为指导，全面贯彻落实党中央决策部署。\n"
     "坚持改革创新。持续深化放管服改革。\n", False),
    ("各街道要通过召开动员会、发放宣传册等方式，广泛宣传优化营商环境政策。\n", True),
])
def test_an_action_headed_section_of_the_guiding_thought_is_no_task(opening: str, a_task: bool):
    text = ("某区优化营商环境工作方案\n一、提升思想认识水平\n" + opening +
            "二、深化审批制度改革\n（一）优化审批服务。压缩审批时限。\n（二）推行告知承诺。减少证明材料。\n"
            "三、强化要素保障\n（一）保障企业用地。盘活存量土地。\n（二）保障企业用工。开展招聘活动。\n")
    titles = _titles(parse_text(text))
    assert any(t.startswith("提升思想认识") for t in titles) == a_task
    assert any(t.startswith("优化审批服务") for t in titles)
