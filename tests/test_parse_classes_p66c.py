"""Round 66 (p66c), from plans-next344 (township and village 责任书, 制度 and plans on 范文／document sites): a
pledge's later page opening at item 3、 under its paged title and the site's post line, a bare page mark after a
pledge's title, a rule of a few childless articles one of which names its unit, a pledge's or a system's shared file
naming the piece, a stage span whose end day lacks 日, a graded case run into its 由-clause, and a rhythm's event
count after 了. Made-up texts of each form, and near misses that must not read so."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _titles(plan) -> list[str]:
    return [t.title for t in plan.tasks]


# --- (1) a pledge's page 2 opening at item 3、 under its paged title and the site's post line ---------------------

_PAGE_TWO = ("某镇消防安全目标责任书(2)\n\n"
             "责任书2020-03-05王老师\n\n"
             "  3、每月召开一次消防安全例会,研究火灾防范措施。\n\n"
             "  4、组织开展消防安全宣传和培训工作。\n\n"
             "  5、每季度至少向镇政府报告一次本单位消防安全工作情况。\n\n"
             "  二、考核办法\n\n"
             "  1、各村委会要根据本责任书制订本村的消防工作计划。\n\n"
             "  2、本责任书考核工作由镇安办负责组织实施。\n")


def test_pledge_page_two_opens_inside_its_list():
    plan = parse_text(_PAGE_TWO)
    titles = _titles(plan)
    assert any(t.startswith("每月召开一次消防安全例会") for t in titles)
    assert any(t.startswith("组织开展消防安全宣传") for t in titles)
    assert len(plan.tasks) == 5
    assert plan.title == "某镇消防安全目标责任书"


def test_a_lead_in_over_item_three_is_no_page_opening():
    # near miss: a sentence of the plan's own (a lead-in) above 「3、」 — no page's furniture, the list is not read on
    text = ("某镇消防安全目标责任书\n\n为做好消防工作,各村要做到以下几点,现将有关要求明确如下:\n\n"
            "  3、每月召开一次消防安全例会,研究火灾防范措施。\n\n"
            "  4、组织开展消防安全宣传和培训工作。\n\n"
            "  二、考核办法\n\n  1、各村委会要制订本村的消防工作计划。\n\n  2、考核工作由镇安办负责组织实施。\n")
    plan = parse_text(text)
    assert not any(t.startswith("每月召开一次消防安全例会") for t in _titles(plan))


# --- (2) a rule of childless articles, one naming its unit, the others persons' work -----------------------------

_SYSTEM = ("《村级护林员巡山制度.docx》由会员分享,可在线阅读。\n"
           "为加强村级护林管理,结合实际,特制定本制度。第一条 本制度适用于村级护林员开展巡山工作。"
           "第二条 村级护林员每人一本巡山日志,每月开展巡山检查两次以上。"
           "第三条 在巡山中,护林员需要详细记录巡山时间、地点和发现的问题,发现火情须立即报告。"
           "第四条 镇林业站牵头,对护林员巡山日志进行抽查,年底进行统一考核。\n")


def test_childless_articles_are_alike_beside_one_naming_its_unit():
    plan = parse_text(_SYSTEM)
    titles = _titles(plan)
    assert any(t.startswith("村级护林员每人一本巡山日志") for t in titles)
    assert any(t.startswith("在巡山中") for t in titles)
    lead = next(t for t in plan.tasks if "抽查" in t.title)
    assert lead.lead_units == ["镇林业站"]
    assert plan.title == "村级护林员巡山制度"


def test_articles_naming_their_bodies_leave_a_provision_out():
    # near miss: most articles name their doers in prose; the one stating what the funds are for is no task
    text = ("某区专项资金管理办法\n"
            "第一条 为规范专项资金管理,制定本办法。\n"
            "第二条 专项资金主要用于城区基础设施和公共服务设施建设。\n"
            "第三条 区发展改革委牵头,会同区财政局编制年度资金计划。\n"
            "第四条 区财政局负责按照计划拨付资金,并加强资金监管。\n"
            "第五条 区审计局依法对资金使用情况进行审计监督。\n")
    plan = parse_text(text)
    assert not any(t.startswith("专项资金主要用于") for t in _titles(plan))


# --- (3) a stage span whose end day is printed without 日 -------------------------------------------------------

def test_stage_span_end_day_without_ri():
    text = ("某镇关于开展文明创建活动的实施方案\n一、活动目标\n提升群众文明素质。\n二、活动步骤\n"
            "(一)宣传发动阶段(2015年4月20日-5月12)。镇宣传办要制作宣传展板,组织开展宣传活动。\n"
            "(二)集中开展阶段(2015年5月13日-10月31日)。各村要组织开展环境整治活动。\n")
    plan = parse_text(text)
    first = next(t for t in plan.tasks if "宣传展板" in t.text or "宣传发动" in t.title)
    assert first.deadline == "2015-05-12"


def test_stage_span_month_only_keeps_month_end():
    # near miss: a span to a month with no day 「…-5月」 ends at the month's end
    text = ("某镇关于开展文明创建活动的实施方案\n一、活动目标\n提升群众文明素质。\n二、活动步骤\n"
            "(一)宣传发动阶段(2015年4月20日-5月)。镇宣传办要制作宣传展板,组织开展宣传活动。\n"
            "(二)集中开展阶段(2015年6月-10月)。各村要组织开展环境整治活动。\n")
    plan = parse_text(text)
    first = next(t for t in plan.tasks if "宣传展板" in t.text or "宣传发动" in t.title)
    assert first.deadline == "2015-05-31"


# --- (4) a graded case run into its 由-clause -------------------------------------------------------------------

def test_graded_cases_run_into_their_by_clauses():
    text = ("一、保洁范围\n门前道路及两侧。\n"
            "二、处罚办法对于不履行保洁责任的,情节较轻的由村委会进行批评教育;"
            "情节严重的由镇城管中队依法予以处罚。\n")
    plan = parse_text(text)
    task = next(t for t in plan.tasks if "处罚办法" in t.title or "批评教育" in t.text)
    assert task.responsible_units == ["村委会", "镇城管中队"]


def test_a_case_with_a_comma_before_its_by_clause_stays_a_contingency():
    # near miss: the plan's own work names A; a case's 「…的，由B…」 is a contingency (rule 3), B no doer
    text = ("一、保洁范围\n门前道路及两侧。\n"
            "二、日常保洁。镇环卫所负责每日清扫门前道路,确需调整清扫时间的,由村委会另行安排。\n")
    plan = parse_text(text)
    task = next(t for t in plan.tasks if "日常保洁" in t.title)
    assert "村委会" not in task.responsible_units + task.lead_units


# --- (5) a rhythm's event count after the verb's 了 --------------------------------------------------------------

def test_rhythm_count_after_le():
    plan = parse_text("一、总则\n二、奖惩。对各户进行检查。每半年召开了一次户主评议会。\n")
    task = plan.tasks[-1]
    assert [(t.value, t.unit) for t in task.targets] == [(1.0, "次")]


def test_past_tally_after_le_is_no_target():
    plan = parse_text("一、总则\n二、奖惩。去年已召开了一次户主评议会。\n")
    assert plan.tasks[-1].targets == []


# --- (6) a modal's ceiling and a margin below a named level ----------------------------------------------------

def test_margin_below_a_named_level_is_a_target():
    plan = parse_text("一、总则\n二、汛期水库水位应低于警戒线1.5米。\n")
    assert [(t.value, t.unit, t.comparator) for t in plan.tasks[-1].targets] == [(1.5, "米", "<")]


def test_a_level_described_with_de_is_no_margin():
    # near miss: a 的-phrase between the word and the figure 「高于路面的护栏1米处」: a place, no margin
    plan = parse_text("一、总则\n二、对高于路面的护栏1米处进行加固。\n")
    assert plan.tasks[-1].targets == []


# --- (7) an issuer's line of a title split over three lines, and a crumb line over the page's heading ------------

def test_issuer_line_of_a_title_split_over_three_lines():
    text = ("第一篇:中共某某镇委员会关于开展“讲文明、树新风”实施方案\n"
            "中共某某镇委员会\n关于开展“讲文明、树新风”\n活动的实施方案\n"
            "根据上级要求,结合我镇实际,制定如下方案。\n一、活动目标\n提升文明素质。\n"
            "二、活动内容\n(一)各村要开展文明家庭评选活动。\n(二)镇文化站要组织文艺演出。\n")
    assert parse_text(text).title == "中共某某镇委员会关于开展“讲文明、树新风”活动的实施方案"


def test_a_letterhead_over_a_one_line_title_stays_out():
    # near miss: the issuer's name over a title printed whole on one line is its letterhead
    text = ("某某镇人民政府\n关于开展“讲文明、树新风”活动的实施方案\n"
            "根据上级要求,结合我镇实际,制定如下方案。\n一、活动目标\n提升文明素质。\n"
            "二、活动内容\n(一)各村要开展文明家庭评选活动。\n(二)镇文化站要组织文艺演出。\n")
    assert parse_text(text).title == "关于开展“讲文明、树新风”活动的实施方案"


def test_issuer_line_printed_nowhere_with_the_title_is_a_letterhead():
    # near miss: the same three lines with no line that runs the issuer into 关于…: its letterhead, left out
    text = ("某某县教育局\n关于开展“讲文明、树新风”\n活动的实施方案\n"
            "根据上级要求,结合我县实际,制定如下方案。\n一、活动目标\n提升文明素质。\n"
            "二、活动内容\n(一)各校要开展文明班级评选活动。\n(二)县青少年宫要组织文艺演出。\n")
    assert parse_text(text).title == "关于开展“讲文明、树新风”活动的实施方案"


def test_crumb_line_over_the_page_heading():
    text = ("某某范文网 >> 村级消防安全责任书范文\n\n村级消防安全责任书范文\n\n小编:\n\n"
            "为加强消防工作,特签订此责任书。\n一、工作职责\n(一)村委会要每月开展一次消防检查。\n"
            "(二)村委会要组织开展消防宣传。\n")
    assert parse_text(text).title == "村级消防安全责任书范文"


def test_crumb_line_naming_another_page_gives_no_title_of_it():
    # near miss: the crumb names a column, not the heading below it
    text = ("某某范文网 >> 责任书大全\n\n村级消防安全责任书\n\n"
            "为加强消防工作,特签订此责任书。\n一、工作职责\n(一)村委会要每月开展一次消防检查。\n"
            "(二)村委会要组织开展消防宣传。\n")
    assert parse_text(text).title != "责任书大全"


# --- (8) sendings: 按规定的程序和时限上报, and a report fed back to a chief of the chief system --------------

def test_sending_as_laid_down_with_its_way_named():
    plan = parse_text("一、总则\n二、发生事故时,组织抢救,并按规定的程序和时限上报事故处理情况。\n")
    assert any("上报事故处理情况" in d.text for d in plan.duties)


def test_building_as_laid_down_is_no_sending():
    # near miss: 按规定的标准 over a verb of building, nothing sent
    plan = parse_text("一、总则\n二、按规定的标准建设垃圾收集设施。\n")
    assert plan.duties == []


def test_result_fed_back_to_a_chief():
    plan = parse_text("一、总则\n二、村级林长须在5个工作日内将处理结果反馈至镇级林长。\n")
    assert any("反馈至镇级林长" in d.text for d in plan.duties)


def test_result_fed_back_to_the_public_is_no_duty():
    # near miss: told to the public, no body or chief receiving it
    plan = parse_text("一、总则\n二、村级林长要将巡林情况反馈给群众。\n")
    assert plan.duties == []


# --- (9) the base a work is drawn on ---------------------------------------------------------------------------

def test_base_of_the_work_is_no_target():
    plan = parse_text("一、总则\n二、以26个村为基础,划分若干个禁烧网格。\n")
    assert plan.tasks[-1].targets == []


def test_count_of_the_work_itself_stays_a_target():
    # near miss: the grid cells the item builds, its own number
    plan = parse_text("一、总则\n二、以村为单位建立26个禁烧网格。\n")
    assert [(t.value, t.unit) for t in plan.tasks[-1].targets] == [(26.0, "个")]


# --- (10) a page's run: 「行政许可制度」 is no option, and its last line a catch-all ----------------------------------

_RUN = ("某乡消防安全目标责任书(2)\n\n"
        "  3、每月召开一次消防安全例会,研究火灾防范措施。\n\n"
        "  4、依法执行消防行政许可制度,从源头制止不具备条件的场所开业。\n\n"
        "  5、组织开展消防安全宣传和培训工作。\n\n"
        "  6、负责乡政府、乡消防办的其他事项。\n\n"
        "  二、考核办法\n\n  1、各村委会要制订本村的消防工作计划。\n\n  2、考核工作由乡安办负责组织实施。\n")


def test_licensing_system_is_no_option():
    assert any(t.startswith("依法执行消防行政许可制度") for t in _titles(parse_text(_RUN)))


def test_top_level_run_ends_in_a_catch_all():
    titles = _titles(parse_text(_RUN))
    assert not any(t.startswith("负责乡政府") for t in titles)


def test_an_option_is_still_dropped_beside_acts():
    # near miss: a line that only allows 「可…」 beside lines of acts under one heading
    text = ("一、活动内容\n（一）开展一次消防演练。\n（二）组织消防知识竞赛。\n（三）可邀请消防员到校讲解。\n"
            "二、活动要求\n各校要认真组织。\n")
    assert not any(t.startswith("可邀请") for t in _titles(parse_text(text)))


def test_a_last_line_naming_its_own_work_is_a_task():
    # near miss: the run's last line names an act of its own, no catch-all
    text = _RUN.replace("负责乡政府、乡消防办的其他事项", "负责乡政府消防车辆的日常维护")
    assert any(t.startswith("负责乡政府消防车辆") for t in _titles(parse_text(text)))
