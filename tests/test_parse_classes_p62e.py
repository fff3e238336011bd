"""Round 62 (p62e): page furniture taken for a plan's title, a preview's chunk cut after a closing quote, a span
written with 一 for its dash, dates that pick which things a rule covers, and undated sendings (负责向…报告…情况,
「将…信息共享至B」, 「并报…工作组审核」). Made-up texts of each form, and near misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import span_end
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.duties import find_duties

_FILLER = "，各村要广泛发动群众，采取多种形式开展宣传，营造浓厚的社会氛围，确保活动取得实效，切实把好事办好" * 3


# --- (1) a preview's chunks, one cut right after a closing quote --------------------------------------------

def _chunks(second_end: str) -> str:
    one = ("1、某镇重阳节慰问活动方案 今年是…，为弘扬尊老敬老传统，结合我镇实际，制定本方案。 一、活动目的 " + _FILLER
           + "。 二、活动时间 活动时间为")
    two = ("2、:10月1日至10月31日 三、活动内容 (一)开展敬老宣传活动。各村委会要精心部署" + _FILLER
           + "。 (二)开展走访慰问活动。各村要开展“一帮一" + second_end)
    three = "3、活动,即帮扶一个困难老人,看望一个空巢老人等系列活动。(三)开展志愿服务活动。组织志愿者上门服务。"
    return "\n".join([one, two, three]) + "\n"


def test_a_preview_chunk_cut_after_a_closing_quote_is_run_on_and_its_chunk_marks_left_out():
    plan = parse_text(_chunks("”"))
    assert plan.title == "某镇重阳节慰问活动方案"
    titles = [t.title for t in plan.tasks]
    assert titles[:3] == ["开展敬老宣传活动", "开展走访慰问活动", "开展志愿服务活动"]


def test_a_chunk_ending_in_a_quote_that_closes_a_sentence_is_no_cut():
    # (「…。”」: the sentence ends inside the quote, the page is no preview cut there)
    from desktop.core.parse.site_pages import _OPEN_END
    assert _OPEN_END.search("开展“一帮一”") is not None
    assert _OPEN_END.search("他说：“好。”") is None
    assert _OPEN_END.search("开展活动。") is None


# --- (2) a page's furniture before or over the title ----------------------------------------------------------

def test_a_shop_banner_with_a_file_tag_and_its_reference_note_is_no_part_of_a_run_on_title():
    text = ("重阳活动方案doc 2021年3月2日 文档仅供参考某县 重阳节文艺活动实施方案为了让全县老人度过一个欢乐的节日,"
            "特制定如下实施方案。一、指导思想 以…为指导" + _FILLER + "。二、活动内容 各乡镇要组织开展文艺演出。\n")
    assert parse_text(text).title.replace(" ", "") == "某县重阳节文艺活动实施方案"


def test_an_essay_sites_running_head_before_a_run_on_title_is_left_out():
    text = ("工作范文总结 “我们的节日·端午节”主题活动方案 为大力弘扬传统文化,决定组织开展系列主题活动,具体方案如下: "
            "一、活动目的 " + _FILLER + "。 二、活动内容 (一)开展端午节宣传活动。局属各单位要大力宣传。\n")
    assert parse_text(text).title == "“我们的节日·端午节”主题活动方案"


def test_a_shops_count_run_in_before_the_title_is_left_out_but_a_title_opening_with_1_plus_x_keeps_it():
    text = ("5120+ 2021年国庆节安全保卫工作实施方案\n\n文档介绍\n\n5120+ 2021年国庆节安全保卫工作实施方案 "
            "为保障国庆节期间群众安全,结合实际,制定本方案。 一、总体目标 " + _FILLER + "。\n")
    assert parse_text(text).title == "2021年国庆节安全保卫工作实施方案"
    kept = "某校1+X证书制度试点工作方案\n为推进试点工作，制定本方案。\n一、工作目标\n完成试点。\n"
    assert parse_text(kept).title == "某校1+X证书制度试点工作方案"


def test_a_sites_copy_button_and_sidebar_heading_are_never_the_title():
    text = "正文复制\n\n安全生产检查制度\n一、社区居委会应每月开展一次安全检查。\n二、物业公司应配合检查。\n"
    assert parse_text(text).title == "安全生产检查制度"


def test_a_pieces_mark_in_round_brackets_is_left_out_and_its_model_text_word_kept():
    text = ("村庄绿化方案范文\n推荐文章\n村庄绿化方案范文3篇\n下面是小编整理的村庄绿化方案范文,希望能够帮助到大家。\n"
            "村庄绿化方案范文(精选篇1)\n为进一步加快推进村庄绿化,结合实际,制定本方案。\n一、活动时间\n"
            "1、3月12日开展植树节活动。\n2、3月开展村庄绿化建设活动。\n")
    assert parse_text(text).title == "村庄绿化方案范文"


def test_a_collections_page_list_gives_the_name_without_its_count_or_page():
    text = ("道路整治实施方案(三篇)_第1页\n道路整治实施方案(三篇)_第2页\n道路整治实施方案(三篇)_第3页\n"
            "已阅读3页,还剩9页未读 继续免费阅读\n\n下载本文档\n\n文档简介\n\n"
            "第12页共12页道路整治实施方案为加快道路整治,现制定实施方案如下:一、指导思想以…为指导,改善村容村貌。"
            "二、主要目标1、道路硬化。完成道路硬化。2、亮化。配备路灯。\n")
    assert parse_text(text).title == "道路整治实施方案"


# --- (3) a span written with 一 for its dash ----------------------------------------------------------------

def test_a_span_written_with_yi_for_its_dash_ends_on_its_last_day():
    assert span_end("2024年4月1日一2024年6月30日", 2024) == "2024-06-30"
    assert span_end("2024年4月1日一6月30日", 2024) == "2024-06-30"
    text = ("某镇2024年春季禁种铲毒工作实施方案\n为做好禁种铲毒工作，制定本方案。\n一、时间安排\n"
            "2024年4月1日一2024年6月30日。\n二、工作措施\n（一）开展宣传。各村要开展禁种宣传。\n"
            "（二）开展踏查。各村要组织开展踏查。\n")
    plan = parse_text(text)
    assert [t.deadline for t in plan.tasks] == ["2024-06-30", "2024-06-30"]


def test_a_day_followed_by_yi_and_no_month_is_no_span():
    # (「6月1日一次」: a count, no dash)
    from desktop.core.parse.activity_spans import SPAN
    assert SPAN.search("2024年6月1日一次性完成清理") is None
    assert SPAN.search("2024年6月1日一2024年6月3日") is not None


# --- (4) dates that pick which things a rule covers ---------------------------------------------------------

def test_an_included_day_before_its_qian_is_read_as_the_limit():
    assert [d.date for d in find_deadlines("各单位于2026年9月30日（含）前完成整改。", 2025)] == ["2026-09-30"]
    assert [d.date for d in find_deadlines("2026年9月30日（含）前完成整改。", 2025)] == ["2026-09-30"]


def test_dates_that_pick_the_things_done_by_then_are_no_deadline():
    picked = ("2012年6月1日（含）前签订租赁合同，并在2016年3月31日（含）前已取得施工许可证的配套用房，免收租金。")
    assert find_deadlines(picked, 2023) == []
    assert find_deadlines("2016年3月31日前已取得建设工程施工许可证的项目，免收费用。", 2023) == []
    assert find_deadlines("2012年6月1日前签订租赁合同的用房，免收租金。", 2023) == []
    # (the plan's own work by a day, joined to more work: still due)
    due = find_deadlines("2025年6月30日前完成排查，并在2025年9月30日前完成整改。", 2025)
    assert [d.date for d in due] == ["2025-06-30", "2025-09-30"]


# --- (5) undated sendings ------------------------------------------------------------------------------------

def _undated(s: str) -> list[tuple[str | None, str | None]]:
    return [(d.due, d.every) for d in find_duties(s, 2024)]


def test_a_standing_report_to_the_body_above_is_an_undated_duty():
    assert _undated("负责向上级防汛指挥机构报告防汛工作情况。") == [(None, None)]
    assert _undated("3.负责向区应急管理局报告安全生产工作情况,传达上级指令。") == [(None, None)]
    # (负责 a body's own work with no sending: none)
    assert _undated("负责组织开展防汛检查和隐患排查。") == []


def test_records_shared_to_the_body_that_uses_them_are_an_undated_duty():
    assert _undated("区市场监管部门依法办理变更登记后将变更登记信息共享至区规划资源部门。") == [(None, None)]
    assert _undated("企业股权变化时，区市场监管部门向企业提示相关要求并将申请信息共享至区规划资源部门。") \
        == [(None, None)]
    # (sharing among the subjects themselves, with no receiver: no sending)
    assert _undated("区消防、应急、住建等部门应当加强对企业基础信息、监管信息等数据的共享。") == []


def test_a_first_opinion_sent_up_to_the_plans_working_group_is_an_undated_duty():
    assert _undated("村委提出初审意见，由村委负责人签字确认，并报镇专项工作组审核。") == [(None, None)]
    # (a party's own application to the group: no duty)
    assert _undated("申请人应当向镇专项工作组提交申请材料。") == []
