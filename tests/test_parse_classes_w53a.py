"""Round 53 second wave (w53a): tasks a page's opening hid — a later page that opens inside its list under a site's
lines (``text_ends.page_starts_mid_list``: the tail of the item before closed by its units labels, a law site's name
over the issuing notice's title, a page its title numbers as a later one), a procedure's steps 第一步… under a point
(``ordinal_run_ins.step_items``), and a notice's paragraphs after 「…通知如下。」 (``notice_paragraphs``, every one
a task, round 38)."""

from __future__ import annotations

from desktop.core.parse import parse_text

CHUNK_TAIL = (
    "欢迎来到某某文库\n页数:4页\n"
    "某镇村庄环境整治行动方案,确保村容村貌明显改观。牵头单位:镇建设办。责任单位:镇农业办、镇财政所。"
    "7、河塘清淤整治。对全镇主要河塘进行清淤疏浚,恢复河塘蓄水功能,做到水清岸绿。牵头单位:镇水利站。责任单位:各村委会。"
    "8、乱堆乱放整治。对房前屋后的柴草、杂物进行集中清理,做到堆放整齐有序。牵头单位:镇城管中队。"
    "9、违章搭建整治。对沿路违章搭建的棚舍进行全面排查,依法予以拆除。牵头单位:镇规划办。\n")

LIST_ITEMS = ("  7、县安委会每年组织召开道路交通安全工作会议。\n\n"
              "  8、每年6月30日前向市人民政府报告上半年工作情况。\n\n"
              "  9、组织开展道路交通安全宣传教育活动。\n")


def _numbers(text: str) -> list[str]:
    return [t.number for t in parse_text(text).tasks]


def test_a_page_opening_in_the_tail_of_an_item_closed_by_its_units_goes_on_with_its_list():
    plan = parse_text(CHUNK_TAIL)
    assert [t.number for t in plan.tasks] == ["7", "8", "9"]
    assert plan.tasks[0].lead_units == ["镇水利站"]
    assert plan.tasks[0].responsible_units == ["各村委会"]


def test_near_miss_a_short_sentence_with_no_units_over_the_list_is_no_item_tail():
    text = ("欢迎来到某某文库\n页数:4页\n某镇村庄环境整治行动方案,本镇地处山区,村庄分散。\n"
            "7、河塘清淤整治。对全镇主要河塘进行清淤疏浚,恢复河塘蓄水功能,做到水清岸绿。牵头单位:镇水利站。\n"
            "8、乱堆乱放整治。对房前屋后的柴草、杂物进行集中清理,做到堆放整齐有序。牵头单位:镇城管中队。\n"
            "9、违章搭建整治。对沿路违章搭建的棚舍进行全面排查,依法予以拆除。牵头单位:镇规划办。\n")
    assert _numbers(text) == []


def test_a_page_its_title_numbers_as_a_later_one_goes_on_with_its_list_under_the_site_lines():
    text = ("某某文库◆记住我\n\n某县乡风文明建设专项行动实施方案(第2/2页)\n\nadmin 分享 时间: 共计5200个字,"
            "预计阅读时长15分钟\n\n"
            "2.加大社会宣传力度。面向群众发布倡议书,在村委设立公示栏,通过多种渠道广泛宣传。"
            "〔责任单位:县文明办、县民政局〕\n\n"
            "3.注重典型示范引领。在全县开展先进典型选树,培育不少于2个重点示范乡镇。〔责任单位:县文明办、团县委〕\n")
    assert _numbers(text) == ["2", "3"]


def test_near_miss_the_same_site_lines_without_a_later_page_number_open_no_list():
    text = ("某某文库◆记住我\n\n某县乡风文明建设专项行动实施方案\n\nadmin 分享 时间: 共计5200个字,"
            "预计阅读时长15分钟\n\n"
            "2.加大社会宣传力度。面向群众发布倡议书,在村委设立公示栏,通过多种渠道广泛宣传。\n\n"
            "3.注重典型示范引领。在全县开展先进典型选树,培育不少于2个重点示范乡镇。\n")
    assert _numbers(text) == []


def test_a_law_sites_name_and_the_issuing_notices_title_over_a_list_opening_at_item_7():
    text = "法律信息网--中国法律信息搜索网\n某县人民政府关于印发某县道路交通安全综合治理实施方案的通知\n\n" + LIST_ITEMS
    assert _numbers(text) == ["7", "8", "9"]


def test_near_miss_an_attachment_label_over_a_list_opening_at_item_7_is_no_list_of_tasks():
    assert _numbers("附件:\n" + LIST_ITEMS) == []


STEPS = ("某县教育局控辍保学劝返工作方案\n为做好控辍保学工作,制定本方案。\n一、工作目标\n确保适龄儿童少年全部入学。\n"
         "二、工作流程\n第一步:3月2日由班主任负责入户动员劝返;\n"
         "第二步:经班主任劝返仍未返校的,3月5日由学校分管领导带领班主任入户劝返;\n"
         "第三步:经两次劝返仍未返校的,由乡镇政府向家长下达督促入学通知书。\n"
         "三、工作要求\n各学校要高度重视,落实责任。\n")


def test_a_procedures_steps_under_a_point_are_its_items():
    tasks = [t for t in parse_text(STEPS).tasks if t.path == ["二"]]
    assert [t.title[:6] for t in tasks] == ["3月2日由班", "经班主任劝返", "经两次劝返仍"]
    assert tasks[2].responsible_units == ["乡镇政府"]


def test_near_miss_named_steps_dated_in_brackets_stay_the_schedules_stages():
    text = ("某县全民健身活动方案\n为推进全民健身活动,制定本方案。\n一、活动目标\n全民参与,人人健身。\n二、实施步骤\n"
            "第一步，宣传发动（2025年3月）。各乡镇广泛宣传。\n第二步，组织实施（2025年4月至9月）。各乡镇组织开展活动。\n"
            "第三步，总结评比（2025年10月）。各乡镇总结经验。\n")
    plan = parse_text(text)
    assert [p.name for p in plan.phases] == ["第一步：宣传发动", "第二步：组织实施", "第三步：总结评比"]
    assert not [t for t in plan.tasks if t.path == ["二"]]


def test_near_miss_a_lone_first_step_is_no_list():
    text = STEPS.replace("第二步:", "二是").replace("第三步:", "三是")
    assert not [t for t in parse_text(text).tasks if t.path == ["二"] and t.title.startswith("3月2日")]


NOTICE = ("某市人民政府办公室关于做好国庆节日氛围营造工作的通知\n各区人民政府,市政府各部门:\n"
          "  为营造喜庆祥和的节日氛围,现就有关事宜通知如下。\n"
          "  各机关、企事业单位、学校于9月28日前,必须在门前悬挂国旗、灯笼和彩旗。\n"
          "  由市文明办牵头,对主要街道、广场、车站出入口全部悬挂国旗、彩旗。\n"
          "  由市城管局负责,对所有路灯、景观灯进行检修,确保9月30日晚全部开启。\n"
          "  由市交通局负责,切实做好公交站台、出租车站点的国旗插挂工作。\n")


def test_a_notices_paragraphs_after_its_lead_in_closed_by_a_stop_are_each_a_task():
    tasks = parse_text(NOTICE).tasks
    assert len(tasks) == 4
    assert tasks[0].title.startswith("各机关、企事业单位") and not tasks[0].lead_units
    assert tasks[1].lead_units == ["市文明办"]


def test_near_miss_a_report_of_facts_after_the_lead_in_leaves_the_paragraphs_as_before():
    text = NOTICE.replace("各机关、企事业单位、学校于9月28日前,必须在门前悬挂国旗、灯笼和彩旗。",
                          "今年国庆期间,全市共悬挂国旗三万余面,各界群众反响良好,节日氛围浓厚。")
    assert [t.lead_units for t in parse_text(text).tasks] == [["市城管局"], ["市交通局"]]


PAGE_AT_BRACKET = ("某市人民政府办公厅关于清明节开展纪念活动的通知\n\n"
                   "  (三)全市纪念活动的协调联系、检查落实工作由市民政局负责,公安、林业部门要积极配合。"
                   "各区人民政府要对辖区内"
                   "的纪念设施作一次全面检查,及时做好修缮保护工作。\n\n  三、加强组织领导,确保纪念活动安全有序开展\n\n"
                   "  清明节期间开展纪念活动,各地政府和民政部门要加强领导,统筹安排,认真组织实施;要认真落实安全措施,"
                   "制定突发事件的处置预案,对群众进行防火安全教育。\n")


def test_a_page_opening_at_a_deeper_item_before_its_first_point_leaves_the_childless_point_a_task():
    tasks = parse_text(PAGE_AT_BRACKET).tasks
    assert [t.title[:4] for t in tasks] == ["全市纪念", "加强组织"]
    assert tasks[1].responsible_units == ["各地政府", "民政部门"]


def test_near_miss_a_point_beside_a_point_over_its_own_items_stays_a_section():
    text = PAGE_AT_BRACKET.replace("  (三)", "  一、活动内容\n\n  (一)").replace("三、加强", "二、加强")
    assert [t.title[:4] for t in parse_text(text).tasks] == ["全市纪念"]


SCAN = ("某镇森林防火巡查方案\n一、巡查工作安排及要求L村镇办、林业站:各安排1名干部每天在全镇范围机动巡查,"
        "发现火情及时上报。"
        "2.各村委会:每天定时循环播放森林防火音频,在主要村道悬挂宣传横幅。3.镇消防队:每天在全镇范围机动巡查,发现露天焚烧"
        "立即扑灭。\n二、工作要求\n各单位要高度重视。\n")


def test_a_scans_letter_for_a_lists_first_number_before_its_2_and_3_is_read_as_1():
    tasks = [t for t in parse_text(SCAN).tasks if t.path == ["一"]]
    assert [t.number for t in tasks] == ["1", "2", "3"]
    assert tasks[0].responsible_units == ["村镇办", "林业站"]


def test_near_miss_a_letter_among_words_with_no_run_of_2_and_3_stays_a_letter():
    text = SCAN.replace("2.各村委会", "各村委会").replace("3.镇消防队", "镇消防队")
    assert not [t for t in parse_text(text).tasks if t.number == "1"]
