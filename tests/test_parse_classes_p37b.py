"""Round 37 page-opening classes (p37b): item numbers with no mark under unit headings 「(一)县X局(7月7日)」 over an
unnumbered paragraph then 「2…」「3…」, lines led by a broken space entity 「&bsp;」 (round 37 rulings: the paragraph
before 2 is item 1, the heading's body is the items' unit and its day their deadline); a plan run together on one
line (a two-phrase heading run into its item 1, an activity's aim then its fields as one task, a childless point
between sections of work); a list of classes of objects under an item (its text); a site's keyword banner and its
traditional-script chrome never the title. Made-up snippets written the way copied pages are written."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.normalise import light
from desktop.core.parse.run_in_headings import bare_digit_items


def by_key(plan):
    return {"/".join([*t.path, t.number]): t for t in plan.tasks}


# --- 1. bare item numbers under unit headings ------------------------------------------------------------------------

DAYS = ("2021年全民健身周系列活动安排\n"
        "&bsp;\n"
        "&bsp;一、活动时间:8月2日至8日\n"
        "&bsp;二、承办单位\n"
        "&bsp;(一)区文化体育局(8月2日)\n"
        "&bsp;&bsp;&bsp;在中心广场举办全民健身启动仪式,组织健身团队进行展示,发放科学健身宣传资料。\n"
        "&bsp;&bsp;&bsp;2组织开展社会体育指导员进社区活动,为居民提供健身指导服务。\n"
        "&bsp;&bsp;&bsp;3开放区体育馆等公共体育场馆,方便群众参加健身活动。\n"
        "&bsp;(二)区卫生健康委员会(8月3日)\n"
        "&bsp;&bsp;&bsp;组织医务人员开展运动健康义诊,宣传慢性病运动干预知识。\n"
        "&bsp;&bsp;2举办运动与健康知识讲座,引导群众科学健身。\n"
        "&bsp;&bsp;&bsp;3开展国民体质监测活动,为群众提供体质测试服务。\n"
        "&bsp;(三)区教育局(8月4日)\n"
        "&bsp;&bsp;组织各中小学开展校园体育开放日活动,邀请家长参加亲子运动项目。\n")


def test_entities_are_spaces():
    assert light("&bsp;&bsp;一、活动时间").strip() == "一、活动时间"
    assert light("&nbsp&nbsp;二、").strip() == "二、"
    # (an ampersand in a name stays: 研究与试验发展(R&D)经费)
    assert light("研究与试验发展(R&D)经费投入") == "研究与试验发展(R&D)经费投入"


def test_bare_numbers_under_unit_headings_are_items_of_the_heading_unit_and_day():
    got = by_key(parse_text(DAYS))
    assert {"二/一/1", "二/一/2", "二/一/3", "二/二/1", "二/二/2", "二/三/1"} <= set(got)
    assert got["二/一/1"].title.startswith("在中心广场举办")
    assert got["二/一/2"].title.startswith("组织开展社会体育指导员")
    for key in ("二/一/1", "二/一/2", "二/一/3"):
        assert got[key].responsible_units == ["区文化体育局"]
        assert got[key].deadline == "2021-08-02"
    assert got["二/二/2"].responsible_units == ["区卫生健康委员会"]
    assert got["二/二/2"].deadline == "2021-08-03"
    assert got["二/三/1"].responsible_units == ["区教育局"]
    assert got["二/三/1"].deadline == "2021-08-04"


def test_a_unit_heading_with_and_inside_one_name():
    text = DAYS.replace("区卫生健康委员会", "区工业和信息化局")
    got = by_key(parse_text(text))
    assert got["二/二/1"].responsible_units == ["区工业和信息化局"]


def test_counts_and_lone_numbers_stay_text():
    # a count or a measure after the number (2人 / 3层) and a short line (a score's row) are no items
    lines = ["(一)组织保障", "各村要明确专人负责,确保工作落实到位。", "2人一组开展入户走访,做好登记。",
             "3层以上的房屋要重点排查,逐户登记造册。"]
    assert bare_digit_items(lines) == lines
    lines = ["三、评分标准", "1企业能力(20分)", "2设备先进性(15分)"]
    assert bare_digit_items(lines) == lines
    # one bare 2 alone, or a run from 3, is no list
    lines = ["(一)区教育局", "组织开展宣传活动,发放宣传资料。", "2组织开展培训,提高从业人员能力。"]
    assert bare_digit_items(lines) == lines


def test_two_paragraphs_before_two_are_not_item_one():
    lines = ["(一)区教育局", "各学校要高度重视,加强组织领导。", "组织开展宣传活动,发放宣传资料。",
             "2组织开展培训,提高从业人员能力。", "3开展专项督导,推动各项措施落实。"]
    assert bare_digit_items(lines) == lines


def test_bare_numbers_from_one():
    lines = ["二、工作措施", "1加强宣传引导,营造良好氛围。", "2强化督促检查,确保工作落实。"]
    assert bare_digit_items(lines) == ["二、工作措施", "1、加强宣传引导,营造良好氛围。",
                                       "2、强化督促检查,确保工作落实。"]


# --- 2. a plan run together on one line -------------------------------------------------------------------------------

ONE_LINE = ("某镇全民义务植树活动方案为做好我镇义务植树工作,结合我镇实际,特制订本方案。 一、活动目标及安排 "
            "1、计划完成植树3000株。2、参加对象:镇机关干部、各村委会。 3、植树时间:2022年3月10日至3月20日。"
            "4、植树地点:沿河绿化带、镇区主干道两侧。二、提高认识,加强宣传发动各村委会要重视义务植树工作,"
            "广泛宣传植树造林的重要意义,营造全民参与的良好氛围,共同做好本年度义务植树工作。 "
            "三、精准施策,确保苗木成活1、强化管护。植树后要及时浇水,落实专人管护,确保成活率达到90%以上。"
            "2、严格验收。镇农业服务中心要组织开展成活率验收,对验收不合格的地块及时补植。")


def test_a_plan_on_one_line():
    got = by_key(parse_text(ONE_LINE))
    assert set(got) == {"一", "二", "三/1", "三/2"}
    assert [(t.value, t.unit) for t in got["一"].targets] == [(3000, "株")]
    assert got["一"].deadline == "2022-03-20"
    assert got["二"].title.startswith("提高认识")
    assert got["三/1"].title == "强化管护"


def test_fields_all_labelled_still_fold_and_work_lines_do_not():
    # every line work of its own (no time or place field): items, no block
    text = ("一、工作措施\n1、加强宣传。各村要开展宣传。\n2、强化排查。各村要开展排查。\n"
            "3、落实整改。各村要落实整改。\n4、严格考核。镇政府组织考核。\n二、工作要求\n各村要高度重视。\n")
    got = by_key(parse_text(text))
    assert {"一/1", "一/2", "一/3", "一/4"} <= set(got)


def test_a_heading_with_commas_in_its_text_is_not_split():
    # 「二、…，到2025年1、…」: a sentence, not a two-phrase heading, before a number with a figure
    text = ("一、总体要求\n各村要提高认识。\n二、主要任务\n加强宣传,营造氛围。1、开展宣传。各村要发放资料。"
            "2、开展培训。"
            "各村要组织培训。\n")
    got = by_key(parse_text(text))
    assert {"二/1", "二/2"} <= set(got)


# --- 3. a list of classes of objects under an item -------------------------------------------------------------------

CLASSES = ("一、工作目标\n全面消除隐患。\n二、主要任务\n(一)组织排查摸底\n"
           "1.排查范围。对全镇范围内的房屋进行排查,2023年6月底前完成排查摸底。重点排查以下四类房屋:\n"
           "(1)4层以上,聚集人流20人以上的房屋;\n(2)用于教育、医疗、养老的房屋;\n(3)改变用途的房屋;\n(4)擅自改建的\n"
           "2.分类整治。各村要对排查发现的隐患房屋逐一建立台账,落实整治措施。\n")


def test_a_list_of_classes_is_the_item_text():
    got = by_key(parse_text(CLASSES))
    assert "二/一/1" in got and "二/一/2" in got
    assert not any(k.startswith("二/一/1/") for k in got)
    assert "用于教育、医疗、养老的房屋" in got["二/一/1"].text
    assert got["二/一/1"].deadline == "2023-06-30"


def test_a_list_of_work_after_a_counted_lead_in_stays_items():
    # the lines are work, not classes of the noun counted
    text = CLASSES.replace("(2)用于教育、医疗、养老的房屋;", "(2)各村要组织开展排查并建立台账;")
    got = by_key(parse_text(text))
    assert "二/一/1/2" in got


# --- 4. a site's keyword banner and chrome never the title -----------------------------------------------------------

BANNER = ("某某一区二区-某某一区-某某精品短视频下载-某某亚洲一区-某某视频\n\n手機版 | 網站導航\n某某網 > 專題 >\n\n"
          "關于加強清明期間野外用火管理的緊急通知\n\n某縣林業局 | 2023-03-28\n\n各鄉鎮人民政府:\n"
          "一、加強宣傳。各鄉鎮要組織開展森林防火宣傳。\n二、強化巡查。各鄉鎮要組織開展巡查。\n")


def test_a_keyword_banner_is_not_the_title():
    assert parse_text(BANNER).title == "關于加強清明期間野外用火管理的緊急通知"


def test_a_title_with_its_site_name_stays():
    text = ("某区2023年防汛工作方案-某区人民政府网\n一、加强组织领导。区应急局负责统筹协调。\n"
            "二、强化排查。各街道要开展排查。\n")
    assert parse_text(text).title == "某区2023年防汛工作方案"


def test_a_safeguard_section_between_work_stays_no_task():
    # 「五、经费保障」 between sections of work, its heading no work to do: a section, no task
    text = ("一、工作目标\n全面完成充电设施改造。\n二、主要任务\n(一)排查摸底。各街道要开展排查。\n"
            "(二)组织改造。各街道要组织改造。\n"
            "三、经费保障\n改造费用以每处10万元计,共需经费约400万元,由区级财政承担。\n"
            "四、工作要求\n(一)强化组织领导。各单位要加强组织领导。\n(二)加强督查。各单位要开展督查。\n")
    got = by_key(parse_text(text))
    assert "三" not in got


def test_a_deadline_and_contacts_under_a_heading_stay_items():
    # 「（一）截止日期」「（二）联系方式」: not an activity's aim and fields
    text = ("一、申报要求\n各单位要按要求申报。\n二、时间安排及联系方式\n（一）截止日期\n2025年8月6日前完成网上申报。\n"
            "（二）联系方式\n1.某区住建委标准处\n联系人：张某\n2.某区市场管理站\n联系人：李某\n")
    got = by_key(parse_text(text))
    assert "二/一" in got
