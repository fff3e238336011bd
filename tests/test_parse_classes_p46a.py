"""Round 46 (p46a): page openings printed as one line or with headings glued to their items — unnumbered headings
glued to their 1、 lists, a page number glued to a first item, run-in 一是…二是… that divide a section's work, a
notice's paragraphs of work after a forwarding sentence or glued addressees, focus points that only name kinds of
violation, (一) items under a plan whose points are 1、, a roster point, and a point run into the line before."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _rows(text: str) -> list[tuple[list[str], str]]:
    return [(t.path, t.number) for t in parse_text(text).tasks]


# ---- unnumbered headings glued to their lists, the page on one line (glued_lists.split_glued_lists) ----------------
_GLUED = ("镇河道管理制度1、河长为本辖区河道管理第一责任人,负责组织巡河工作。2、组织村干部清理河道垃圾。"
          "3、及时上报河道污染情况.4、督促各村落实保洁经费。河道办主要职责1、贯彻执行上级有关河道管理的规定。"
          "2、制定本镇河道保洁方案。3、组织河道保洁队伍开展日常保洁工作。4、检查各村河道保洁情况。"
          "河道巡查制度1、巡查人员每周巡查河道一次,发现问题及时处理。2、汛期,巡查人员每日巡查一次并做好记录.3、巡查记"
          "录")


def test_headings_glued_to_their_lists_on_one_line_are_sections():
    rows = _rows(_GLUED)
    assert [(p, n) for p, n in rows if p == ["河道办主要职责"]] == [(["河道办主要职责"], str(k)) for k in range(1, 5)]
    assert [n for p, n in rows if p == ["河道巡查制度"]] == ["1", "2", "3"]
    assert [n for p, n in rows if p == ["镇河道管理制度"]] == ["1", "2", "3", "4"]


def test_a_body_duties_heading_glued_to_its_list_gives_its_units():
    plan = parse_text(_GLUED)
    duty = next(t for t in plan.tasks if t.path == ["河道办主要职责"] and t.number == "2")
    assert duty.responsible_units == ["河道办"]


def test_glued_headings_with_their_colons_are_sections_too():
    text = _GLUED.replace("河道办主要职责1、", "河道办主要职责:1、").replace("河道巡查制度1、", "河道巡查制度:1、")
    rows = _rows(text)
    assert [n for p, n in rows if p == ["河道办主要职责"]] == ["1", "2", "3", "4"]
    assert [n for p, n in rows if p == ["河道巡查制度"]] == ["1", "2", "3"]


def test_one_glued_list_alone_is_left_as_written():
    # near miss: one heading over one list — no run of headings that restart at 1
    text = "镇河道管理制度1、河长为本辖区河道管理第一责任人,负责组织巡河工作。2、组织村干部清理河道垃圾。" * 1 + \
           "3、及时上报河道污染情况。4、督促各村落实保洁经费,确保河道整洁。" + "各村要加强宣传教育,营造良好氛围。" * 8
    assert not any(t.path and t.path[0] == "镇河道管理制度" for t in parse_text(text).tasks)


def test_a_numbered_heading_glued_to_its_list_is_no_unnumbered_heading():
    # near miss: 「(三)基本原则1.」 — the heading has its own number; the lists stay under their numbered headings
    text = ("某镇饮水安全管理制度一、总则(一)目的为加强管理,制定本制度。(二)基本原则1.以人为本原则:保障饮水安全。"
            "2.政府主导原则:强化政府责任,加大投入。二、管理职责(一)政府职责1.县级人民政府负责本行政区域内饮水安全工作的"
            "组织领导和统筹协调。2.乡镇人民政府负责本辖区内饮水安全工程建设与运行管理的具体组织实施。(二)部门职责1.水"
            "利部门"
            ":负责饮水工程的规划、设计、建设和运行管理。2.卫生健康部门:负责饮用水卫生监督监测工作。")
    assert not any(t.path and t.path[0].startswith("(") for t in parse_text(text).tasks)


# ---- a page number glued to a list's first item (glued_lists.page_glued_items) ------------------------------------
_PAGED = ("1大气污染综合防治方案为加强大气污染防治,提高空气质量,结合我乡实际,制定本方案。一、工作目标以改善大气环境质"
          "量为"
          "重心,在全乡范围内开展大气污染专项整治,切实改善全乡环境面貌。二、明确责任、细化分工、履行“党政同责,一岗双责〞"
          "21、乡党委每月至少召开一次专题会议,研究部署大气污染防治工作。2、乡政府主要负责人每月至少两次到现场督查。3"
          "、对"
          "上级交办的问题要明确专人负责,确保整改到位。4、乡纪委对工作不力的部门进行约谈问责。三、主要内容3〔一〕开展"
          "秸秆"
          "禁烧专项整治,实行全面禁烧监管,对发生的燃烧现象进行记录,对不听劝诫的人员依法进行曝光,对负有监管责任的责任人"
          "进行"
          "处分,并在乡村干部会议上进行通报。通过村大喇叭播送、微信矩阵大力宣传,建立网格化监管长效机制。")


def test_a_page_number_glued_to_a_first_item_is_set_apart():
    rows = _rows(_PAGED)
    assert [n for p, n in rows if p == ["二"]] == ["1", "2", "3", "4"]


def test_item_21_going_on_a_list_keeps_its_number():
    # near miss: 「…。21、」 after item 20 is item 21, no page number
    items = "".join(f"{k}、组织开展第{k}项检查工作,确保检查到位。" for k in range(1, 21))
    text = "某镇安全检查工作方案为做好安全检查工作,制定本方案。" + items + \
        "21、做好检查总结工作。22、及时上报检查情况。23、建立检查台账。"
    numbers = [n for _p, n in _rows(text)]
    assert "21" in numbers and numbers.count("1") == 1


# ---- run-in 一是…二是… dividing a section's work (ordinal_run_ins) -------------------------------------------------
_RUN_IN = ("关于做好防灾减灾宣传周工作的通知\n各镇人民政府,区政府各工作部门:\n现就有关事项通知如下:\n一、活动安排\n"
           "(一)5月11日至17日,各街镇组织开展防灾减灾主题宣传活动。\n(二)5月12日,由区民政局牵头在中心广场开展集中宣传"
           "。\n"
           "二、工作要求和任务\n各街镇、各部门要高度重视,加强领导。一是由区应急局牵头,区工信局等部门配合,深入企业宣传"
           "安全"
           "生产知识;二是由区交警大队牵头,区交通局等部门配合,深入车站宣传交通安全知识;三是由区教育局牵头,深入学校开展"
           "应急疏散演练。\n")


def test_run_ins_each_with_a_lead_of_their_own_are_the_sections_items():
    plan = parse_text(_RUN_IN)
    under = [t for t in plan.tasks if t.path == ["二"]]
    assert [t.number for t in under] == ["一", "二", "三"]
    assert [t.lead_units for t in under] == [["区应急局"], ["区交警大队"], ["区教育局"]]


def test_run_in_paragraphs_at_line_starts_with_their_leads_are_items():
    text = ("某镇冬季大气污染防治工作分工\n一、防治扬尘污染\n一是开展清洁行动。牵头单位:县爱卫办。每周组织一次清洁行"
            "动。\n"
            "二是治理施工工地扬尘。牵头单位:县住建局。施工工地必须落实防尘措施。\n"
            "三是强化渣土车管理。牵头单位:县执法局。严厉查处渣土车遗撒。\n二、防治燃煤污染\n(一)加强散煤管控。\n"
            "(二)取缔燃煤锅炉。\n")
    assert [n for p, n in _rows(text) if p == ["一"]] == ["一", "二", "三"]


def test_run_ins_worded_yi_yao_with_doers_of_their_own_are_items_too():
    text = _RUN_IN
    for n, body in (("一", "区应急局"), ("二", "区交警大队"), ("三", "区教育局")):
        text = text.replace(f"{n}是由{body}牵头", f"{n}要由{body}负责")
    assert [n for p, n in _rows(text) if p == ["二"]] == ["一", "二", "三"]


def test_run_ins_of_one_doer_stay_one_task():
    # near miss: every run-in is the same body's work (or names none): the parts of one task (round 36)
    text = ("某市养老机构消防整改工作通知\n一、开展自查自纠\n(一)各区民政局要组织自查。\n(二)各区民政局要建立台账。\n"
            "二、推进重点问题整改\n一是针对值班人员持证不足问题。各区民政局要对值班人员进行排摸,分批组织培训。\n"
            "二是针对灶台未安装灭火装置问题。各区民政局要推动安装灶台自动灭火装置。\n三、推动科技赋能\n"
            "各区民政局要推广智慧消防系统。\n")
    assert not any(t.path == ["二"] for t in parse_text(text).tasks)


def test_run_ins_inside_a_points_own_paragraph_stay_its_text():
    # near miss: 「三、办理建议提案要讲求实效。…一是…二是…」 — the point's line holds its own sentences
    text = ("某区建议提案办理通知\n一、提高认识。各承办单位要高度重视办理工作。\n二、落实责任。各承办单位要明确分管领"
            "导。\n"
            "三、办理建议提案要讲求实效。一是由区政府办牵头,做好沟通协商;二是由区督查室牵头,加强跟踪督办。\n")
    assert [t.path for t in parse_text(text).tasks if t.path] == []


# ---- a notice's paragraphs of work (notice_paragraphs) -------------------------------------------------------------
def test_a_forwarding_sentence_closing_the_occasions_paragraph_opens_the_work():
    text = ("关于做好防灾减灾日有关工作的通知\n各村(社区)、镇直各单位:\n今年5月12日是全国防灾减灾日,5月11日至17日为防灾"
            "减灾宣传周。现将县减灾委员会办公室《关于做好防灾减灾日有关工作的通知》转发给你们,请结合实际,认真贯彻落实"
            "。\n"
            "根据县减灾委员会办公室的统一部署,各村(社区)要紧紧围绕主题,精心组织开展防灾减灾宣传教育活动,提高群众防灾"
            "意识。要广泛开展科普宣传教育,不断扩大宣传活动的覆盖面和影响力。要加强防范应对准备,提高处置保障能力和水平"
            "\n")
    plan = parse_text(text)
    assert len(plan.tasks) == 1 and plan.tasks[0].number.startswith("根据县减灾委员会办公室")


def test_addressees_glued_to_the_body_make_one_task():
    text = ("关于划定校园周边摊贩经营范围的通知\n综治委各成员单位,各中小学校、幼儿园: 为了维护校园周边治安秩序,经研究"
            ",决定"
            "对辖区内各中小学、幼儿园周边划定食品摊贩的经营范围,现规定校园周边禁止流动食品摊贩经营,发文即日起实行。请"
            "认真贯彻执行。 各学校要加强学生的安全教育,发现摊贩及时劝离;"
            "乡综治办负责牵头,联合有关部门对拒不听劝的摊贩开展集中整治,加强日常巡查,确保校园周边秩序得到净化。\n"
            "某某乡人民政府 2017年11月9日\n")
    plan = parse_text(text)
    assert [t.number for t in plan.tasks] == ["综治委各成员单位"]
    assert plan.tasks[0].lead_units == ["乡综治办"]


def test_a_notice_that_only_forwards_gives_no_task():
    # near miss: addressees, then a background paragraph with no work in it
    text = ("关于转发某某文件的通知\n各村(社区)、镇直各单位:\n今年5月12日是全国防灾减灾日,主题是人人讲安全、个个会应急,"
            "5月11日至17日为防灾减灾宣传周,全国各地将开展形式多样的宣传活动,现予以通报,供参考。\n某某镇人民政府\n")
    assert parse_text(text).tasks == []


# ---- focus points that only name kinds of violation (given_lists) -------------------------------------------------
_FOCUS = ("某街道电动自行车消防安全整治方案\n一、工作目标\n全面排查整治电动自行车违规停放、充电现象。\n二、组织领导\n"
          "成立领导小组,办公室设在街道安监站。\n三、{head}\n(一)违规在楼梯间、疏散走道停放充电{a}。\n"
          "(二)违规在商铺内停放充电{a}。\n(三)充电设施设置不规范的{b}。\n各社区要积极开展网格化排查工作,做好宣传发动"
          "。\n"
          "四、治理步骤\n(一)动员部署阶段(4月25日前)各社区要结合实际制定方案。\n")


def test_focus_points_that_only_name_violations_make_the_point_one_task():
    rows = _rows(_FOCUS.format(head="治理重点", a="行为", b="问题"))
    assert ([], "三") in rows and not any(p == ["三"] for p, _n in rows)


def test_focus_points_that_give_work_stay_items():
    # near miss: the points are work to do (开展…行动), not kinds of violation
    text = _FOCUS.format(head="治理重点", a="行为专项整治行动", b="问题开展排查")
    assert [n for p, n in _rows(text) if p == ["三"]] == ["一", "二", "三"]


# ---- (一) items under a plan whose points are 1、 (headings.build_items) ------------------------------------------
def test_bracket_items_under_an_arabic_point_nest_under_it():
    text = ("关于开展村庄清洁行动的通知\n各村:\n现就有关事宜通知如下:\n1、 时间安排\n2025年1月10日开始,2月28日结束。\n"
            "2、 行动目标\n以村庄清洁为主题,提升村民生活质量。\n3、 重点任务\n(一)开展净美庭院行动。组织群众开展庭院"
            "大扫除。\n"
            "(二)开展村道清洁行动。组织清理村道垃圾。\n")
    rows = _rows(text)
    assert (["3"], "一") in rows and (["3"], "二") in rows


def test_bracket_items_after_a_paragraph_point_stay_their_own():
    # near miss: 3、 holds a paragraph of its own before （一）: the brackets are not its items
    text = ("关于开展村庄清洁行动的通知\n1、 时间安排\n2025年1月10日开始。\n3、 重点任务\n各村要高度重视。\n"
            "(一)开展净美庭院行动。组织群众开展庭院大扫除。\n(二)开展村道清洁行动。组织清理村道垃圾。\n")
    assert not any(p == ["3"] for p, _n in _rows(text))


# ---- a roster point, a point run into the line before ------------------------------------------------------------
def test_a_roster_point_is_no_task():
    text = ("乡镇道路交通安全检查方案\n为做好安全检查,特制定本方案。\n一、成立检查小组\n组长:\n参加单位:农业服务中心"
            "、安监所、"
            "派出所、交警队\n二、检查内容\n(一)检查农村道路安全隐患,督促整改。\n(二)检查农村客运车辆超载行为,依法查处"
            "。\n"
            "三、工作要求\n各单位要高度重视,认真组织开展检查,确保检查工作取得实效,及时上报检查情况。\n")
    assert ([], "一") not in _rows(text)


def test_a_point_run_in_after_a_blank_and_its_first_item_after_a_colon():
    text = ("某乡镇安全生产月工作方案\n一、指导思想以安全发展为主线,普及安全知识。\n"
            "二、活动主题 加强安全法治,保障安全生产 三、主要活动内容 活动在全镇同时开展。主要内容是: 1、宣传条幅。在"
            "主要道路"
            "悬挂宣传条幅。\n2、宣传挂图。\n各生产单位订购宣传挂图,张挂在公共场所。\n3、开展安全知识培训。\n镇将组织"
            "各单位进行培训。\n")
    assert [n for p, n in _rows(text) if p == ["三"]] == ["1", "2", "3"]


# ---- a one-line page's first heading run into a table header, or its first item cut by the page's end -------------
_TABLE_LINE = ("某病防治攻坚行动工作目标和责任分解一览表重点任务行动目标指标要求责任部门2019年2020年一、强化组织领导"
               "为行动的实施"
               "提供组织保障。1.各级人民政府成立防治工作领导小组。2.各级人民政府结合实际制定本地区的实施方案。各级人"
               "民政府落实。"
               "二、专项治理行动摸清用人单位危害基本情况。1.研究出台本地区的专项调查技术方案,启动专项调查工作。2.纳入"
               "治理范围的"
               "用人单位危害申报率达到80%以上,定期检测率达到80%以上。")


def test_a_first_heading_run_into_a_tables_year_columns_is_read():
    rows = _rows(_TABLE_LINE)
    assert [n for p, n in rows if p == ["二"]] == ["1", "2"] and [n for p, n in rows if p == ["一"]] == ["1", "2"]


def test_a_year_then_a_quarter_list_is_no_heading():
    # near miss: 「2020年一、二季度」 — a number after the 、, no heading's words
    text = ("某区工作计划为做好全年工作,制定本计划。一、主要任务2019年2020年一、二季度完成项目立项。要加强统筹协调,确"
            "保按期完成。"
            "二、保障措施各单位要加强组织领导,落实工作责任,确保各项任务按时完成,切实提高工作实效。")
    assert not any(t.title.startswith("二季度") for t in parse_text(text).tasks)


def test_a_first_item_run_into_its_heading_where_the_page_ends_inside_it():
    text = ("某县秸秆禁烧工作方案为推进秸秆禁烧工作,结合我县实际,特制定本方案。一、指导思想坚持疏堵结合,全面提升秸秆"
            "综合利用水平。"
            "二、工作目标力争全县秸秆综合利用率不低于84%。三、工作措施(一)加强领导,明确责任1.成立县秸秆禁烧和综合利用"
            "工作领导小组,"
            "负责全县秸秆禁烧和综合利用指导工作,实行县级领导包乡镇的考核机制。领导小组人员")
    assert (["三", "一"], "1") in _rows(text)


# ---- an unnumbered page whose paragraph opens with a body given work (notice_paragraphs._body_led) -----------------
_BODY_PAGE = ("食品安全宣传周活动方案\n“尚德守法 食品安全让生活更美好”。\n"
              "全面深入宣传贯彻食品安全的重大决策部署,树立责任意识,营造浓厚的食品安全社会共治氛围,推动监管执法能力不断提升。\n"
              "各市食品安全委员会办公室要结合本地区实际,紧紧围绕宣传周主题,同步举行宣传周分会场活动,组织开展好本地区的启动"
              "仪式,充分发挥各类社会团体和新闻媒体的作用。\n{tail}")


def test_a_paragraph_that_opens_with_a_body_given_work_is_a_task():
    plan = parse_text(_BODY_PAGE.format(tail=""))
    assert [t.number[:8] for t in plan.tasks] == ["各市食品安全委员"]
    assert plan.tasks[0].lead_units == ["各市食品安全委员会办公室"] or plan.tasks[0].responsible_units


def test_a_body_led_paragraph_before_one_that_gives_no_work_is_left():
    # near miss: the paragraphs after it include background with no work: the page is left whole (as notices are)
    tail = "本次宣传周活动得到了社会各界的广泛关注和积极参与,取得了良好的社会效果,群众满意度进一步提升。\n"
    assert parse_text(_BODY_PAGE.format(tail=tail)).tasks == []


def test_short_lines_over_lists_under_bracket_items_stay_those_items_text():
    # near miss: 保洁事项 / 巡查制度 over 1、 lists inside （一） — the item's own parts, no unnumbered sections
    text = ("某镇河道管理工作方案\n（一）加强河道保洁\n保洁事项\n1、组织开展河道日常保洁。\n2、及时清理河道垃圾。\n"
            "巡查制度\n"
            "1、保洁人员每日巡查一次。\n2、发现问题及时上报。\n（二）强化督查考核\n镇河长办要定期督查各村河道保洁情况。\n")
    paths = [t.path for t in parse_text(text).tasks]
    assert ["保洁事项"] not in paths and ["巡查制度"] not in paths and ["一"] in paths
