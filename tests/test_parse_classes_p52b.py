"""Round 52 first wave (p52b), structure: a task table whose rows carry no number, printed as running text with only
spaces between its cells (``spaced_rows``): the header's column words stand inside a line, the rows run on after
them, each row's task, unit cells (a name the cell wrapped over two pieces is one name), an empty 配合 cell left out
and a time cell. Near misses: a paragraph with spaces, a numbered table's header, a header whose rows do not fit.
Made-up texts."""

from __future__ import annotations

from desktop.core.parse import parse_text


def rows(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(t.title, t.lead_units + t.responsible_units, t.deadline) for t in parse_text(text).tasks]


TABLE = ("附件 某县2021年河道保洁行动责任清单 工作任务和内容 责任单位 配合单位 完成时间 负责河道保洁工作的宣传发动,"
         "在广播电视开设专栏,曝光乱倒垃圾行为.\n\n"
         "县委宣传部 持续开展 负责河道保洁工作的督办和考核. 县委县政府 督查室 持续开展 "
         "负责清理河道沿岸垃圾堆放点,建立长效保洁机制. 县水利局 县环卫所 6月底前完成 清理任务 "
         "负责查处向河道倾倒建筑渣土的行为,加强夜间巡查. 县城市 管理局 11月底前 "
         "负责整治沿河养殖污染,督促养殖户建设治污设施")


def test_a_run_on_table_with_no_numbers_gives_a_task_a_row():
    got = rows(TABLE)
    assert [t[0][:8] for t in got] == ["负责河道保洁工作", "负责河道保洁工作", "负责清理河道沿岸", "负责查处向河道倾",
                                       "负责整治沿河养殖"]
    assert got[0][1] == ["县委宣传部"]
    assert got[1][1] == ["县委县政府督查室"]              # a name the cell wrapped: one name
    assert got[2][1] == ["县水利局", "县环卫所"]          # the 配合 cell beside the 责任 cell
    assert got[3][1] == ["县城市管理局"]
    assert got[4][1] == []                                # the last row, cut before its cells


def test_the_time_cell_dates_its_row_with_the_title_year():
    got = rows(TABLE)
    assert got[0][2] is None                              # 持续开展: no date
    assert got[2][2] == "2021-06-30"                      # 6月底前完成 清理任务 (the cell wrapped)
    assert got[3][2] == "2021-11-30"


def test_two_columns_only_task_and_units():
    text = ("某镇防汛责任分工 主要任务 责任单位 配合单位 负责防汛物资的储备和调运工作. 镇应急办 "
            "负责危险地段的巡查和群众转移工作. 镇派出所 各村委会 负责汛期道路的抢通保畅工作. 镇交管站")
    got = rows(text)
    assert [g[1] for g in got] == [["镇应急办"], ["镇派出所", "各村委会"], ["镇交管站"]]


def test_near_miss_a_paragraph_with_spaces_stays_prose():
    text = ("某县河道保洁工作方案\n一、工作任务\n"
            "各单位要明确 责任单位 和 完成时间 ,县水利局负责河道巡查,确保按期完成。\n"
            "二、工作要求\n加强督查。")
    tasks = parse_text(text).tasks
    assert len(tasks) == 1 and "各单位要明确责任单位和完成时间,县水利局" in tasks[0].text


def test_near_miss_a_numbered_header_is_not_read_here():
    # 序号 before the column words: a numbered table, the readers of numbered rows take it
    from desktop.core.parse.spaced_rows import spaced_run_table
    line = "序号 主要任务 主要内容 责任单位 1 加强管理 负责巡查工作. 县水利局 2 强化保障 负责经费保障. 县财政局"
    assert spaced_run_table([line], 0) is None


def test_near_miss_a_header_whose_words_are_not_followed_by_rows():
    from desktop.core.parse.spaced_rows import spaced_run_table
    line = "附件 工作任务 责任单位 完成时间 见下表"
    assert spaced_run_table([line, "", "表略"], 0) is None


# --- lists inside an article that give no work (``given_lists``) ------------------------------------------------

RULES = "某区公共设施建设管理办法\n第一条 为规范管理，制定本办法。\n"


def articles(body: str) -> list[tuple[str, str]]:
    return [(t.number, t.title) for t in parse_text(RULES + body + "第九条 本办法自发布之日起施行。\n").tasks]


def test_what_a_paper_contains_named_before_its_verb_is_the_articles_text():
    got = articles("第二条 各企业应当建立健全设施管理制度，报区建管委备案。企业设施管理制度主要内容应当包括；\n"
                   "（一）设施管理的基本原则；\n（二）日常管理部门和管理流程；\n（三）档案管理制度。\n")
    assert [n for n, _ in got if n == "2"] == ["2"] and not any(n in ("一", "二", "三") for n, _ in got)


def test_what_a_notice_and_a_drawing_show_are_the_articles_text():
    got = articles("第三条（公示内容）\n公示内容应符合以下规定。\n公告应包括以下内容：\n（一）项目的地址和用地范围;\n"
                   "（二）公示期限和收集意见的途径。\n平面图应标注以下内容：\n（一）用地面积和建筑面积;\n（二）建筑高度和层数。\n"
                   "图纸规格不宜小于100厘米×70厘米。\n")
    assert [n for n, _ in got].count("3") == 1 and not any(n in ("一", "二") for n, _ in got)


def test_thresholds_that_bring_a_rule_on_are_the_articles_text_and_its_targets():
    tasks = parse_text(RULES + "第二条 企业实施的工程项目，其施工和采购达到下列标准之一的，必须依法组织招标。\n"
                       "（一）施工单项合同估算价在300万元人民币以上；\n（二）货物采购单项合同估算价在150万元人民币以上。\n"
                       "第九条 本办法自发布之日起施行。\n").tasks
    second = [t for t in tasks if t.number == "2"]
    assert len(second) == 1 and not any(t.number in ("一", "二") for t in tasks)
    assert sorted(t.value for t in second[0].targets) == [1500000, 3000000]


def test_near_miss_a_list_of_work_under_a_threshold_lead_stays_items():
    # lines that give bodies work are items, whatever the lead-in says
    tasks = parse_text(RULES + "第二条 项目达到下列标准之一的，按以下分工办理：\n"
                       "（一）投资在500万元以上的，由区发展改革委负责审批；\n（二）投资在500万元以下的，由区建管委负责审批。\n"
                       "第九条 本办法自发布之日起施行。\n").tasks
    assert [t.number for t in tasks if t.number in ("一", "二")] == ["一", "二"]


def test_projects_a_rule_covers_named_first_are_the_articles_text():
    got = articles("第二条 下列建设项目免予设计方案审核：\n"
                   "（一）临时项目和建筑面积三百平方米以下的建设项目，但临街的建设项目除外；\n"
                   "（二）由区政府确定可以免予审核的建设项目；\n（三）建筑物的大修工程。\n"
                   "免予审核的项目，区规划部门应当一并告知建设单位。\n")
    assert [n for n, _ in got].count("2") == 1 and not any(n in ("一", "二", "三") for n, _ in got)


def test_near_miss_projects_named_first_with_work_lines_stay_items():
    got = articles("第二条 下列建设项目按以下要求推进：\n（一）区建管委负责完成道路改造工程；\n"
                   "（二）各街道负责推进老旧小区改造。\n")
    assert [n for n, _ in got if n in ("一", "二")] == ["一", "二"]


# --- an item after a number the page lost, cut by the page's end (``heading_markers._digest_item``) ----------------

# (a page copied without its breaks: the whole plan on one line)
CUT = ("某市改善空气质量工作方案\n为持续改善空气质量,特制订本方案。一、工作目标2022年空气质量持续改善。二、工作任务"
       "(一)打好污染防治攻坚战1.做好重污染天气应对。"
       "加强监测预报,细化减排措施。(责任单位:市生态环境局)2.提升企业环保绩效水平。组织企业创建绩效企业。"
       "(责任单位:市发改委、市经信局){tail}")


def test_an_item_after_a_lost_number_cut_by_the_page_is_an_item():
    tasks = parse_text(CUT.format(tail="4.积极开展燃煤锅炉整治。推")).tasks
    assert [t.number for t in tasks] == ["1", "2", "4"]
    assert tasks[2].title.startswith("积极开展燃煤锅炉整治") and tasks[1].responsible_units == ["市发改委", "市经信局"]


def test_near_miss_a_figure_after_the_bracket_running_on_stays_text():
    # more than a cut item's few words after the bracket, going on to another sentence: the text of item 2
    tail = ("4个区县开展燃煤锅炉整治,淘汰燃煤小锅炉,推进清洁能源替代,加快集中供热管网建设,"
            "全面完成治理任务并报市生态环境局备案。")
    tasks = parse_text(CUT.format(tail=tail)).tasks
    assert [t.number for t in tasks] == ["1", "2"]


# --- an organisation point whose bodies set up are given work (``childless_points.organisation_work``) ------------

ORG = ("某镇流浪犬集中整治工作方案\n一、指导思想\n以规范管理为目标，建立长效管理机制。\n二、组织领导\n{org}\n"
       "三、职责分工\n"
       "1、派出所负责养犬登记和违法养犬的查处。\n2、兽医站负责犬只的免疫和检疫工作。\n")


def test_an_organisation_point_giving_its_bodies_work_is_a_task():
    org = ("镇政府成立集中整治工作领导小组，下设办公室，办公室设在综治中心，具体负责整治工作的组织部署和督导检查工作。"
           "各村（社区）、相关部门也要成立相应的工作机构、明确联络员，负责做好各自辖区的整治相关工作。")
    tasks = parse_text(ORG.format(org=org)).tasks
    assert [t.number for t in tasks] == ["二", "1", "2"]
    assert tasks[0].responsible_units == ["各村（社区）", "相关部门"]


def test_near_miss_an_organisation_point_that_only_sets_up_the_group_is_none():
    org = "镇政府成立集中整治工作领导小组，由镇长任组长，分管副镇长任副组长，各村支部书记为成员。"
    assert [t.number for t in parse_text(ORG.format(org=org)).tasks] == ["1", "2"]
