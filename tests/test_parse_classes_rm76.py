"""Review of p76's rules (round 29, rm76): made-up near-misses each rule must not fire on, and other wordings it
must still read — never a set's own words."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

_TAIL = ("三、工作要求各单位要高度重视，加强组织领导，明确责任分工，细化工作措施，确保各项工作按时保质完成，"
         "坚决杜绝敷衍塞责。")


# --- paragraphs headed by announced kinds (kind_paragraphs) -----------------------------------------------------------

def test_an_items_own_classification_in_a_plan_set_out_on_lines_keeps_its_item():
    # a plan on lines, one item's long paragraph announcing two kinds of a thing: the item stays one task, its units
    # from its label; the kinds are no items and no units
    text = ("某县2025年食品安全监管工作方案\n一、工作目标\n全年不发生重大食品安全事故。\n二、重点任务\n"
            "（一）实行分类监管。根据风险等级，将全县餐饮单位分为重点单位、一般单位两类，实行差异化监管，确保监管"
            "全覆盖、无死角，切实提升监管效能，守住不发生系统性区域性食品安全风险的底线，让人民群众吃得放心、安心。"
            "重点单位:学校食堂、养老机构食堂等，每月至少检查一次，检查结果录入监管系统，发现问题限期整改到位；"
            "一般单位:其他餐饮单位，每季度至少检查一次，由各乡镇市场监管所具体负责。牵头单位：县市场监管局；"
            "责任单位：各乡镇人民政府。\n（二）开展专项整治。由县市场监管局牵头，县公安局配合，严厉打击食品违法行为。\n"
            "三、保障措施\n各单位要加强组织领导。\n")
    plan = parse_text(text)
    assert [t.title for t in plan.tasks] == ["实行分类监管", "开展专项整治"]
    assert plan.tasks[0].lead_units == ["县市场监管局"]
    assert not any(u in ("重点单位", "一般单位") for t in plan.tasks for u in t.responsible_units)


@pytest.mark.parametrize("announce, paragraphs", [
    # grades of an assessment: thresholds, no kinds of one thing
    ("考核结果分为优秀、良好、合格和不合格四档，与绩效报酬挂钩。",
     "优秀:得分90分以上，按标准发放绩效报酬；良好:得分80分至89分；合格:得分60分至79分；不合格:得分60分以下。"),
    # penalties by severity
    ("根据情节，将违规行为分为一般、较重和严重三类，依法分别处理。",
     "一般:责令改正，给予警告；较重:处200元以上500元以下罚款；严重:处500元以上1000元以下罚款。"),
])
def test_grades_and_severities_a_sentence_announces_are_no_items(announce, paragraphs):
    text = ("某镇2025年村级工作考核办法为推动各项工作落实，制定本办法。一、考核内容包括党建、经济发展、社会治理等"
            "方面，由镇党政办负责组织。二、考核结果运用考核实行百分制，" + announce + paragraphs + _TAIL)
    plan = parse_text(text + "\n")
    assert not any(t.title.startswith(("优秀", "良好", "一般", "较重", "严重")) for t in plan.tasks)
    assert any("镇党政办" in t.responsible_units for t in plan.tasks)


def test_zone_paragraphs_keep_the_pages_sections_and_title():
    # the page's run-in sections before (一、 二、) and after (三、) the zones are still read; its title too
    text = ("某县畜禽养殖区域划定方案为加强畜禽养殖污染防治，特制定本方案。一、工作目标到2025年底完成划定工作。"
            "二、工作任务为科学规划养殖布局，将全县分成禁养区、适养区两个区域，实行分区管理。"
            "禁养区:饮用水水源保护区、城镇居民区等区域，禁止建设养殖场，已建的依法关闭或搬迁。"
            "适养区:禁养区以外的区域，新建养殖场须配套粪污处理设施，达标排放。"
            "三、保障措施各乡镇要加强组织领导，确保工作落实到位。由县生态环境局负责监督检查。\n")
    plan = parse_text(text)
    assert plan.title == "某县畜禽养殖区域划定方案"
    paths = {t.text[:3]: t.path for t in plan.tasks}
    assert "禁养区" in paths and "适养区" in paths
    assert any("县生态环境局" in t.responsible_units for t in plan.tasks)


# --- standing sendings (duties._STANDING_SEND) ------------------------------------------------------------------------

def _duties(item: str) -> list[str]:
    plan = parse_text("某镇2024年防汛工作方案\n一、工作任务\n（一）" + item + "\n（二）加强宣传，提高群众防汛意识。\n")
    return [d.text for d in plan.duties]


@pytest.mark.parametrize("item", [
    "镇应急办负责处置，向县应急管理局报告处置结果。",
    "镇民政办负责低保审核，向县民政局报送审核结果。",
    "镇卫生院负责，向县卫健委上报疫情信息。",
    "由镇经发办牵头，梳理重点项目，上报县发展改革委。",
    "由镇团委牵头，评选优秀青年志愿者，上报团县委。",
])
def test_standing_sendings_in_other_wordings_are_duties(item):
    assert any(item[:6] in d for d in _duties(item))


@pytest.mark.parametrize("item", [
    "2023年镇农技站负责全镇虫情监测，向县农业农村局报告虫情情况15次。",   # a past count
    "镇水利站负责水情监测，累计向县水务局报送汛情信息120余条。",          # a past total
    "由镇农业办牵头，组织申报，上报省级示范合作社。",                      # a nomination, no body sent to
    "由镇农业办牵头，遴选村庄，上报市级美丽乡村示范村。",
    "由镇规划办牵头，编制村庄规划，上报县人民政府，经批准后组织实施。",    # a request for approval
    "由镇规划办牵头，编制村庄规划，上报县人民政府审批。",
])
def test_standing_sending_near_misses_of_review(item):
    assert _duties(item) == []


# --- titles run into a preamble opening 针对… (file_titles.FIRST_SENTENCE) -------------------------------------------

@pytest.mark.parametrize("opening", ["认真落实安全隐患整改方案针对检查发现的问题",
                                     "认真落实安全隐患整改方案为进一步加强安全管理",
                                     "各村要结合实际细化整改方案针对突出问题"])
def test_a_call_to_carry_a_plan_out_is_no_title(opening):
    text = (opening + "，逐项建立台账，明确整改时限和责任人，确保按期整改到位。一、加强组织领导，成立工作专班，"
            "由镇应急办牵头。二、强化督查，定期通报整改进展，对整改不力的严肃问责。\n")
    assert not parse_text(text).title.startswith(("认真", "各村"))


def test_a_one_line_pages_title_before_针对_is_still_read():
    text = ("某镇安全隐患排查整治工作方案针对近期安全生产形势，为切实消除隐患，特制定本方案。一、加强组织领导，"
            "成立工作专班，由镇应急办牵头。二、强化督查，定期通报整改进展，对整改不力的严肃问责。\n")
    assert parse_text(text).title == "某镇安全隐患排查整治工作方案"


# --- one-cell-a-line tables with a bar after each cell (text_tables._unnumbered_cell_table) -------------------------

def _barred(cells: list[str]) -> str:
    return "\n".join(c + " |" for c in cells)


def test_a_barred_table_of_figures_with_a_name_column_is_no_tasks():
    text = ("某县2025年生态环境保护工作要点\n"
            + _barred(["名称", "计量单位", "2025年目标", "责任单位", "森林覆盖率", "%", "45", "县林业局",
                       "空气优良天数比例", "%", "90", "县生态环境局"])
            + "\n一、加强组织领导\n县林业局要加强造林绿化。\n")
    assert not any(t.title.startswith(("森林覆盖率", "空气优良")) for t in parse_text(text).tasks)


def test_a_blank_barred_form_is_no_tasks():
    text = ("某县2025年乡村振兴项目申报通知\n一、申报要求\n各乡镇于3月底前报送项目。\n附件：项目申报表\n"
            + _barred(["项目名称", "申报单位", "建设内容", "联系人", "联系电话"])
            + "\n填表说明：由申报单位如实填写。\n")
    assert [t.title for t in parse_text(text).tasks] == ["申报要求"]


def test_a_barred_summary_of_past_work_is_no_tasks():
    text = ("某县2024年重点项目推进情况\n"
            + _barred(["项目名称", "责任单位", "建设内容", "完成情况", "县一中扩建", "县教育局", "新建教学楼1栋",
                       "已完工", "城东污水厂", "县水务局", "新建日处理1万吨污水厂", "已完成80%"]) + "\n")
    assert not parse_text(text).tasks


def test_a_village_named_table_reads_its_rows():
    text = ("某县2025年包村工作安排\n"
            + _barred(["村庄名称", "责任单位", "工作内容", "东风村", "县农业农村局",
                       "帮助发展特色种植产业，建设蔬菜大棚。", "红旗村", "县交通运输局",
                       "硬化村内道路3公里，完善路灯设施。"]) + "\n")
    assert [(t.title, t.responsible_units) for t in parse_text(text).tasks] == [
        ("东风村", ["县农业农村局"]), ("红旗村", ["县交通运输局"])]
