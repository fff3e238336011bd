"""Round 46 second wave (q46c): classes of the page openings from outside Shanghai (plans-next216–219) read in the
parser — unnumbered stage paragraphs 「准备阶段(4月6日—4月10日):…」 under a numbered section (``run_together.
named_stages``, round 33), and a preamble's campaign span that ends on a bare month 「自即日起至2023年8月,」
(``activity_spans.CAMPAIGN``, round 37)."""

from __future__ import annotations

from desktop.core.parse import parse_text

STAGES = ("某镇扬尘治理工作方案\n一、工作目标\n通过集中整治，使全镇空气质量明显改善。\n二、时间安排\n"
          "{a}\n{b}\n")


def _stage_plan(a: str, b: str):
    return parse_text(STAGES.format(a=a, b=b))


def test_unnumbered_stages_with_dates_and_work_are_tasks_and_phases():
    plan = _stage_plan("动员部署阶段(5月6日—5月10日):制定具体方案，对辖区内工地排查摸底，建立台账。",
                       "整改提升阶段(5月11日—6月30日):按照台账逐项整改，限期完成。")
    assert [t.number for t in plan.tasks] == ["动员部署阶段", "整改提升阶段"]
    assert [p.name for p in plan.phases] == ["动员部署阶段", "整改提升阶段"]


def test_one_stage_line_alone_stays_the_sections_text():
    plan = _stage_plan("动员部署阶段(5月6日—5月10日):制定具体方案，对辖区内工地排查摸底，建立台账。",
                       "各村要按时上报整治进度。")
    assert not any("阶段" in t.number for t in plan.tasks)


def test_stage_names_without_dates_or_without_work_stay_text():
    plan = _stage_plan("动员部署阶段:制定具体方案，对辖区内工地排查摸底，建立台账。",
                       "整改提升阶段:按照台账逐项整改，限期完成。")
    assert not any("阶段" in t.number for t in plan.tasks)
    plan = _stage_plan("动员部署阶段(5月6日—5月10日):", "整改提升阶段(5月11日—6月30日):")
    assert not any("阶段" in t.number for t in plan.tasks)


SPAN = ("某街道消防安全综合治理工作方案\n为消除火灾隐患，街道决定自即日起至2023年{end}，在全街道范围内组织开展"
        "消防安全综合治理。\n一、工作任务\n（一）开展隐患排查。对辖区内小区逐一检查，建立台账。\n"
        "（二）加强宣传教育。组织志愿者入户宣传。\n二、工作要求\n（一）加强组织领导。明确专人负责。\n")


def _deadlines(end: str) -> list[str | None]:
    return [t.deadline for t in parse_text(SPAN.format(end=end)).tasks]


def test_a_campaign_span_ending_on_a_bare_month_dates_the_items_to_its_last_day():
    assert set(_deadlines("8月")) == {"2023-08-31"}
    assert set(_deadlines("8月底")) == {"2023-08-31"}          # (as before)


def test_a_span_ending_inside_a_month_is_no_bare_month():
    # 「至8月中旬」 names no last day of the month: not read as the month's end
    assert "2023-08-31" not in _deadlines("8月中旬")


# a rules page copied on one line by a site whose converter writes every 一 as 壹, its chapters numbered as points
# 「壹、總則」「二。採購與驗收」 and run into their first articles
RULES = ("壹、總則第壹條為進壹步加強應急物資管理,制定本細則。第二條本細則所稱物資包括帳篷、救生衣和編織袋。"
         "第三條物資由市應急局統壹調撥,任何單位不得挪用。{chapter}第四條物資的采購由市應急局負責,按照定額有計劃地進行。"
         "第五條各倉庫應當建立物資臺帳,有專人負責。第六條市財政局負責安排物資管理經費。")


def test_big_form_one_and_point_numbered_chapters_in_a_run_on_rules_page():
    plan = parse_text(RULES.format(chapter="二。采購與儲存"))
    assert [t.number for t in plan.tasks][-4:] == ["3", "4", "5", "6"]
    assert all(t.path == [] for t in plan.tasks)            # (the chapters are no points over the articles)
    four = next(t for t in plan.tasks if t.number == "4")
    assert four.title.startswith("物資的采購")              # (given back as written)
    assert "市應急局" in four.responsible_units
    assert all("采購與儲存" not in t.title for t in plan.tasks)


def test_a_point_that_no_article_follows_at_once_stays_in_the_articles_text():
    # 「二。」 here closes a sentence of 第三條 and is followed by a sentence, not by 第四條: no chapter
    plan = parse_text(RULES.format(chapter="二。物資應當定期檢查,發現問題及時處理。"))
    three = next(t for t in plan.tasks if t.number == "3")
    assert "定期檢查" in three.text
    assert "4" in [t.number for t in plan.tasks]


def test_a_big_form_one_in_a_simplified_amount_reads_as_one():
    from desktop.core.parse.script import fold
    assert fold("补助人民币壹万元") == "补助人民币一万元"
    assert fold("贰万元") == "贰万元"                          # (only the big form of 一)


# a notice that issues a list bare 「现将…印发。」 (the list its 附件), its own work in the next paragraph
NOTICE = ("关于下发第一批充电设施建设名单的通知\n各区发展改革委:\n"
          "为加快居民小区充电设施建设,我委组织各企业进行了现场勘查,现将符合建设条件的第一批小区{issue}\n"
          "请各区发展改革委组织承建企业加快建设进度,确保10月底前完成。各承建单位要按照规范高标准完成建设任务。\n"
          "附件:第一批小区汇总表\n2019年6月11日\n")


def test_a_bare_issuing_line_opens_the_notices_own_paragraph_of_work():
    plan = parse_text(NOTICE.format(issue="印发。"))
    assert len(plan.tasks) == 1
    assert plan.tasks[0].responsible_units == ["各区发展改革委"]


def test_an_issuing_line_that_goes_on_is_no_lead_in():
    # 「现将…印发,并就有关事项说明如下」 is no bare issuing line ending its paragraph: nothing is read as before
    from desktop.core.parse.notice_paragraphs import _ISSUED
    assert _ISSUED.search("我委进行了勘查,现将符合条件的小区印发。")
    assert not _ISSUED.search("我委进行了勘查,现将符合条件的小区印发,并就有关事项说明。")
    assert not _ISSUED.search("现将有关情况通报如下。")


# a document site's preview that lists its page images by the file's name, then the text in chunk lines 1、 2、
PAGED = ("某镇秸秆禁烧实施方案_第1页\n某镇秸秆禁烧实施方案_第2页\n免费预览已结束,剩余2页可下载查看\n\n文档简介\n\n"
         "1、某镇秸秆禁烧实施方案为做好我镇的秸秆禁烧工作,防治大气污染,结合我镇实际,制定本方案。一、指导思想坚持疏堵结合。"
         "二、工作目标全镇不发生露天焚烧秸秆现象,减少大气环\n\n"
         "2、境污染。三、职责分工(一)农业部门:负责推广秸秆综合利用新方法,加大禁烧宣传和巡查。"
         "(二)公安部门:负责依法打击蓄意焚烧秸秆的行为,协同有关部门依法监管。\n")


def test_a_paged_previews_chunk_numbers_are_no_items():
    plan = parse_text(PAGED)
    assert [t.path + [t.number] for t in plan.tasks] == [["三", "一"], ["三", "二"]]


def test_a_plan_whose_own_paragraphs_are_numbered_keeps_them():
    text = PAGED.replace("_第2页", "_目录")
    from desktop.core.parse.site_pages import PAGED as paged
    assert paged.search(PAGED) and not paged.search(text)


# an item whose number the page lost but for its closing bracket 「)开展警示教育。」 after （一）
LOST = ("某局安全生产月活动方案\n一、活动内容\n（一）加强专题学习。要把学习安全生产论述作为重要内容。\n"
        "{second}开展警示教育。各企业要组织观看安全生产月主题宣传片。\n二、工作要求\n（一）加强领导。各单位要明确专人负责。\n")


def test_a_bare_closing_bracket_after_a_numbered_item_is_the_next_number():
    plan = parse_text(LOST.format(second=")"))
    two = next(t for t in plan.tasks if t.path == ["一"] and t.number == "二")
    assert two.responsible_units == ["各企业"]
    one = next(t for t in plan.tasks if t.path == ["一"] and t.number == "一")
    assert "警示教育" not in one.text


def test_a_bare_closing_bracket_whose_number_stands_elsewhere_stays_text():
    # （二） printed further on under the same point: the 「)」 line is no lost number
    text = LOST.format(second=")").replace("二、工作要求\n（一）",
                                           "（二）严格考核。各单位要按时考核。\n二、工作要求\n（一）")
    from desktop.core.parse.run_together import lost_bracket_numbers
    assert lost_bracket_numbers(text) == text
    assert lost_bracket_numbers("总则\n)开展警示教育。\n") == "总则\n)开展警示教育。\n"


# a garbled page on one line: the cover, the tail of a lost item 2, then items 3、–5、 of a lost section run on after
# its stop, then the next section 四、
GARBLED = ("某镇人民政府关于印发春运平安管理方案的通知各村、镇辖各单位:为确保春运期间道路平安畅通,"
           "为群众欢度节日创造良好的道路交通环境,按照市、区相关文件精神要求,结合本镇春运工作实际,现将方案印发给你们,请认真组织实施。"
           "附:某镇春运平安管理方案 主题词:春运 方案 某镇党政办公室印发 的车辆要收回有关牌证,严禁参加营运。"
           "{three}维护好车站的社会治安和秩序,派出所要坚决予以打击。4、交通管理站负责督促参运车辆按序排班,严禁窜线经营。"
           "5、各村要组织人员深入村组,宣讲交通安全常识。四、具体措施(一)开展宣传教育各村要提前部署宣传工作。")


def test_a_run_whose_first_numbers_the_page_lost_is_read_from_where_it_starts():
    plan = parse_text(GARBLED.format(three="3、"))
    keys = [".".join([*t.path, t.number]) for t in plan.tasks]
    assert keys[:3] == ["3", "4", "5"]
    assert "四.一" in keys
    four = next(t for t in plan.tasks if t.number == "4")
    assert four.responsible_units == ["交通管理站"]


def test_two_numbers_after_a_stop_are_no_lost_run():
    # 3、 and 4、 alone (no third number in order): the page's words, as before
    plan = parse_text(GARBLED.format(three="3、").replace("5、各村", "各村"))
    assert not any(t.number == "3" and not t.path for t in plan.tasks)


def test_a_sites_tip_list_that_lost_its_first_item_stays_the_sites():
    # 「友情提示」 over 2、 3、 4、 whole lines (the site's list, its 1、 lost), over a plan in one long line
    text = ("某镇安全排查方案.docx\n友情提示\n2、文件下载后,可能会被浏览器默认打开,此种情况可以保存网页到桌面再下载。\n"
            "3、本站不支持迅雷下载,请使用电脑自带的浏览器下载本站资源。\n4、本站资源下载后的文档无水印,下载后原文更清晰。\n"
            "某镇安全排查方案一、工作任务(一)排查隐患。各村要对辖区内场所逐一排查,建立台账。(二)整改落实。"
            "各村要对排查出的隐患限期整改。\n")
    assert not any(not t.path and t.number in ("2", "3", "4") for t in parse_text(text).tasks)
