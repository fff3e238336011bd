"""Round 48 (r48c): structure — a table of contents in decimal numbers before the body, decimal headings that open
with a Roman level (5.4.1Ⅳ级…), and （1） items under a decimal heading as its children."""

from __future__ import annotations

import pytest

from desktop.core.parse import parse_text

TOC = ("某市防汛应急预案\n目录\n1.总则\n1.1目的\n1.2适用范围\n2.组织体系\n2.1指挥机构\n2.2工作机构\n"
       "3.处置\n3.1响应\n3.2保障\n\n"
       "1.总则\n1.1目的\n为做好防汛工作，保障群众安全，制定本预案。\n1.2适用范围\n本预案适用于本市防汛工作。\n"
       "2.组织体系\n2.1指挥机构\n市防汛指挥部负责统一指挥全市防汛工作。\n2.2工作机构\n市水务局负责指挥部日常工作。\n"
       "3.处置\n3.1响应\n市水务局组织开展巡查，及时报告险情。\n3.2保障\n市财政局负责落实防汛经费。\n")


def paths(plan):
    return [tuple(t.path) + (t.number,) for t in plan.tasks]


def test_a_decimal_table_of_contents_is_not_read_as_tasks():
    plan = parse_text(TOC)
    body = parse_text(TOC.split("\n\n", 1)[0].split("\n")[0] + "\n" + TOC.split("\n\n", 1)[1])
    assert paths(plan) == paths(body)
    # (1.总则's points are general provisions, no tasks — round 48's x220_02; read so since p70c, round 70, for a
    # 总则 printed with a point 「1.总则」 as for 「1总则」)
    assert paths(plan) == [("2", "2.1"), ("2", "2.2"), ("3", "3.1"), ("3", "3.2")]
    assert any("目录" in w for w in plan.warnings)
    assert "市财政局" in [u for t in plan.tasks for u in t.lead_units + t.responsible_units]


def test_near_miss_a_short_heading_list_not_repeated_is_kept():
    # the headings never come again with text: no contents, the lines are the plan's own (short) items
    # (1.总则's points are general provisions since p70c, round 70: the other chapters' six points are counted)
    text = ("某镇工作要点\n1.总则\n1.1目的\n1.2范围\n2.任务\n2.1巡查\n2.2报告\n3.保障\n3.1经费\n3.2队伍\n")
    plan = parse_text(text)
    assert not any("目录" in w for w in plan.warnings)
    assert len(plan.tasks) >= 4


LEVELS = ("某区地质灾害应急预案\n1.总则\n1.1目的\n为做好应急处置工作，制定本预案。\n1.2原则\n坚持人民至上。\n"
          "2.应急响应\n2.1响应分级\n按灾害程度分为四级。\n2.2响应行动\n"
          "2.2.1Ⅳ级应急响应\n由区应急局启动Ⅳ级响应，采取下列措施：\n（1）区应急局组织开展会商研判。\n（2）派出工作组赶赴现场。\n"
          "2.2.2 Ⅲ级应急响应\n由区政府启动Ⅲ级响应：\n（1）区政府成立现场指挥部。\n（2）区公安分局维护现场秩序。\n"
          "2.2.3 I级应急响应\n（1）请求上级支援。\n（2）区民政局安置受灾群众。\n")


def test_decimal_headings_with_a_roman_level_hold_their_items():
    plan = parse_text(LEVELS)
    by_path = {"/".join(t.path + [t.number]): t for t in plan.tasks}
    # the （1）（2） items sit under their level's heading, not under 2.
    # (1.总则's points are general provisions, no tasks, since p70c, round 70: the items are read after 2.1)
    assert [k for k in by_path if not k.startswith("1/")][1:] == [f"2/2.2/2.2.{n}/{k}" for n in (1, 2, 3)
                                                                  for k in (1, 2)]
    assert by_path["2/2.2/2.2.1/1"].responsible_units == ["区应急局"]


def test_near_miss_a_bracket_item_after_a_sibling_bracket_stays_its_sibling():
    # （二） after （一） 1.1 1.2: a sibling of （一）, not a child of 1.2
    text = ("某区工作方案\n一、重点任务\n（一）完善机制\n1.1建立台账。区住建局负责建立台账。\n"
            "1.2定期通报。区住建局每月通报。\n"
            "（二）加强督查。区督查室负责督查落实情况。\n")
    plan = parse_text(text)
    tasks = {"/".join(t.path + [t.number]): t for t in plan.tasks}
    assert list(tasks) == ["一/一/1.1", "一/一/1.2", "一/二"]
    assert tasks["一/二"].responsible_units == ["区督查室"]


RULES = ("某区公共停车场管理办法\n第一条 为了加强公共停车场管理，根据有关规定，制定本办法。\n"
         "第二条 区交通委负责全区公共停车场的监督管理工作。\n第三条 区城管执法局负责查处违法停车行为。\n"
         "第四条 区市场监管局应当加强停车收费监督检查。\n{extra}第六条 {last}\n")


def numbers(plan):
    return [t.number for t in plan.tasks]


def test_the_rules_own_implementation_as_a_closing_article_is_no_task():
    # Round 48 rulings (decided): 「本办法由A负责组织实施」 as the whole of a closing article is a general provision
    for last in ("本办法由区交通委负责组织实施。",
                 "本办法由区交通委负责组织实施。区交通委可以依据本办法制定操作细则。"):
        plan = parse_text(RULES.format(extra="", last=last))
        assert numbers(plan) == ["2", "3", "4"], last


def test_near_miss_an_implementing_article_that_gives_work_stays_a_task():
    plan = parse_text(RULES.format(extra="", last="本办法由区交通委负责组织实施，区交通委应当每年对执行情况进行检查。"))
    assert numbers(plan) == ["2", "3", "4", "6"]


IN_FORCE = "本办法自2025年1月1日起施行。"


@pytest.mark.parametrize("fifth,kept", [
    # round 40: 鼓励 names no doer; a purpose clause 「为了…，」 before it changes nothing
    ("第五条 为了更好发挥停车资源作用，鼓励机关企事业单位错时开放内部停车场。", False),
    ("第五条 为了更好发挥停车资源作用，区交通委应当推动机关企事业单位错时开放内部停车场。", True),     # near miss
    # a fund's 使用范围 is a scope article (round 30), unless it gives work
    ("第五条（使用范围）\n专项资金是指用于公共停车场建设的支出，具体包括建设费、设备费、其他费用等。", False),
    ("第五条（使用范围）\n专项资金用于公共停车场建设。区财政局负责专项资金的拨付和监督。", True),       # near miss
])
def test_an_article_of_no_work_among_articles_of_work(fifth, kept):
    plan = parse_text(RULES.format(extra=fifth + "\n", last=IN_FORCE))
    assert numbers(plan) == ["2", "3", "4"] + (["5"] if kept else [])


PROGRAMME = ("某社区爱眼日活动方案\n一、活动主题\n关爱眼健康\n二、活动环节\n"
             "第一项{c}眼科专家健康讲座\n讲座内容由区眼科医院确定。\n第二项{c}健康知识有奖问答\n1、共计10题。\n2、奖品由社区提供。\n"
             "第三项{c}免费视力筛查\n区眼科医院安排医生现场筛查。\n三、其他事项\n1、社区卫生服务中心做好组织工作。\n")


def test_segments_numbered_di_n_xiang_with_a_colon_are_items():
    for colon in (":", "："):
        plan = parse_text(PROGRAMME.format(c=colon))
        keys = ["/".join(t.path + [t.number]) for t in plan.tasks]
        assert keys[:4] == ["二/一", "二/二/1", "二/二/2", "二/三"], keys
        assert plan.tasks[0].title.startswith("眼科专家健康讲座")


def test_near_miss_di_n_xiang_in_a_sentence_is_text():
    # 「第一项工作是…」: an ordinal inside a sentence, no colon after it — no numbering
    text = ("某社区工作方案\n一、重点工作\n（一）开展宣传。\n第一项工作是张贴海报，由社区居委会负责。\n"
            "（二）组织义诊。由社区卫生服务中心负责。\n")
    plan = parse_text(text)
    assert ["/".join(t.path + [t.number]) for t in plan.tasks] == ["一/一", "一/二"]


CONTENT = ("某街道爱耳日活动方案\n一、活动主题\n爱耳护耳，健康听力\n二、活动内容\n{content}\n"
           "三、活动地点\n街道社区会议室\n"
           "四、其他事项\n1、社区卫生服务中心做好组织工作。\n2、街道办事处做好宣传海报。\n")


def keys(plan):
    return ["/".join(t.path + [t.number]) for t in plan.tasks]


def test_a_content_point_that_carries_out_an_activity_with_jinxing_is_a_task():
    plan = parse_text(CONTENT.format(content="3月3日上午，区人民医院专家将来到社区，进行爱耳日健康宣教和义诊活动。"))
    assert keys(plan)[0] == "二"


def test_near_miss_a_content_point_that_only_names_the_topic_is_no_task():
    plan = parse_text(CONTENT.format(content="本次活动内容为听力健康知识，面向社区老年居民。"))
    assert "二" not in keys(plan)


RUN_IN = ("某市海洋日宣传活动方案\n一、活动安排\n(一)市局组织的活动1、发表署名文章。6月8日在日报发表文章。"
          "{b}2、媒体宣传。"
          "邀请电视台进行宣传报道。(宣传科负责)\n")


def test_an_item_run_on_after_the_unit_bracket_under_a_run_in_first_item_is_split():
    plan = parse_text(RUN_IN.format(b="(海洋管理科负责,局办公室配合)"))
    tasks = {"/".join(t.path + [t.number]): t for t in plan.tasks}
    assert list(tasks)[:2] == ["一/一/1", "一/一/2"], list(tasks)
    assert tasks["一/一/1"].lead_units == ["海洋管理科"]
    assert tasks["一/一/2"].title.startswith("媒体宣传")


def test_near_miss_a_bracket_that_names_no_unit_leaves_the_number_in_the_text():
    # 「(6月8日前)2、」: the bracket declares no unit — the 2、 is not split off by the unit-bracket reader
    plan = parse_text(RUN_IN.format(b="(见附件1)"))
    assert "一/一/2" not in ["/".join(t.path + [t.number]) for t in plan.tasks]


FILLER = "深入宣传安全生产的重要论述 贯彻落实安全生产工作的重大决策部署 切实增强师生安全生产意识 着力提升安全素质 " * 6
ONE_LINE = ("2019年某县教育系统安全生产月活动工作安排\n"
            f"各学校 现就有关事项通知如下 一 总体思路 {FILLER}二 主要内容 活动时间为 6 月 1 日至 30 日 活动内容如下 "
            "一 举行安全生产月启动仪式 拟于 6 月 3 日举行启动仪式 "
            "二 开展隐患排查 县教育局组织各学校开展校园安全隐患排查 "
            f"三 工作要求 {FILLER}\n")


def test_a_one_line_page_with_no_punctuation_is_read_by_its_bare_numbers():
    plan = parse_text(ONE_LINE)
    keys = ["/".join(t.path + [t.number]) for t in plan.tasks]
    assert "二/一" in keys and "二/二" in keys, keys
    assert plan.tasks[keys.index("二/一")].deadline == "2019-06-03"


def test_near_miss_a_one_line_page_with_punctuation_keeps_bare_numbers_as_text():
    # a comma or a stop anywhere on the line: the punctuation is there, a bare 「一 」 is no mark
    plan = parse_text(ONE_LINE.replace("现就有关事项通知如下", "现就有关事项通知如下。"))
    assert "二/一" not in ["/".join(t.path + [t.number]) for t in plan.tasks]


ARTICLES = ("某区项目储备管理办法\n第一条 为规范项目储备管理，制定本办法。第二条 区发改委负责储备库的日常管理。"
            "第三条 区发改委应当做好以下工作：(一)每年组织一次项目申报，汇总各部门需求。(二)会同区财政局审核申报项目。"
            "(三)调整项目的，按以下程序办理：1、区发改委书面通知项目单位。2、区财政局核定调整后的投资。"
            "第四条 区财政局负责安排项目资金。第五条 本办法自2025年1月1日起施行。\n")


def test_an_article_list_run_on_in_a_one_line_page_gives_its_items():
    lines = parse_text(ARTICLES)
    printed = parse_text(ARTICLES.replace("第", "\n第").replace("(", "\n(")
                         .replace("1、", "\n1、").replace("2、", "\n2、"))
    assert ["/".join(t.path + [t.number]) for t in lines.tasks] == \
        ["/".join(t.path + [t.number]) for t in printed.tasks]
    assert "3/三/2" in ["/".join(t.path + [t.number]) for t in lines.tasks]


def test_near_miss_a_bracket_number_inside_a_sentence_stays_text():
    # 「按第(一)项规定」: a number after a word, not after a colon or a stop — no item
    text = ARTICLES.replace("(三)调整项目的，按以下程序办理：1、区发改委书面通知项目单位。"
                            "2、区财政局核定调整后的投资。",
                            "项目调整按第(一)项规定办理。")
    keys = ["/".join(t.path + [t.number]) for t in parse_text(text).tasks]
    assert "3/一" in keys and "3/二" in keys and not any(k.startswith("3/三") for k in keys), keys


def test_an_entry_into_force_with_a_bracketed_aside_in_the_name_is_no_task():
    plan = parse_text(RULES.format(extra="", last="本实施（操作）细则自发布之日起实施。"))
    assert numbers(plan) == ["2", "3", "4"]


def test_near_miss_an_entry_into_force_that_also_gives_work_stays_a_task():
    last = "本实施（操作）细则自发布之日起实施。区交通委应当同时公布收费标准并组织培训。"
    plan = parse_text(RULES.format(extra="", last=last))
    assert numbers(plan) == ["2", "3", "4", "6"]
