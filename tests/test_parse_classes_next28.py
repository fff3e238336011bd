"""Failure classes of tests/data/plans-next28/ BASELINE.md (and the titles it shares with -next26/-next13) taken in
round 22 (parser29), each with made-up wordings of the same shape (the real cases are scored by
tests/test_parse_score.py)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.titles import find_title

# -- 1. titles on document and essay sites ---------------------------------------------------------------------


def test_a_compilation_tail_with_its_own_words_is_not_the_title():
    text = ("手机阅读\n\n垃圾分类推进方案(实用6篇)\n\n格式:DOC 上传日期:2024-03-01 页码:5\n"
            "垃圾分类推进方案(实用6篇)\n\n以下是小编整理的方案,希望对大家有帮助。\n\n垃圾分类推进方案篇二\n\n"
            "为推进生活垃圾分类,结合实际,制定本方案。\n一、工作目标\n")
    assert find_title(text) == "垃圾分类推进方案"


def test_a_compilation_counted_in_chinese_numerals():
    text = "农村改厕工作方案（汇总十篇）\n\n农村改厕工作方案\n为推进农村改厕,制定本方案。\n一、目标\n"
    assert find_title(text) == "农村改厕工作方案"
    assert find_title("某某工作方案\n某某工作方案（三篇汇编）\n为推进…,特制定本方案。\n") == "某某工作方案"


def test_a_compilation_files_first_article_names_the_document():
    text = ("社区防疫专项行动方案(四篇汇编).docx\n-\n资源ID:123\n全文页数:20页\n"
            "社区防疫专项行动方案(四篇汇编).docx\n"
            "街道开展社区消杀防疫工作实施方案一、指导思想以人民健康为中心,坚持预防为主,全面落实各项防控措施,"
            "进一步压实属地责任,切实做好社区消杀防疫工作,确保辖区群众生命安全和身体健康。二、工作目标\n")
    assert find_title(text) == "街道开展社区消杀防疫工作实施方案"


def test_a_title_over_two_lines_at_the_top_of_the_text():
    text = ("某市打造“一次办好”营商服务品牌\n创建营商环境示范市三年行动方案\n"
            "为深入贯彻落实优化营商环境条例,制定本方案。\n一、指导思想\n")
    assert find_title(text) == "某市打造“一次办好”营商服务品牌创建营商环境示范市三年行动方案"


def test_a_page_heading_above_a_full_title_is_not_joined():
    text = "资讯详情\n中共某省委某省人民政府关于做好乡村振兴重点工作的实施意见\n为做好…,提出如下意见。\n一、总体要求\n"
    assert find_title(text) == "中共某省委某省人民政府关于做好乡村振兴重点工作的实施意见"


def test_an_annexed_plan_in_a_run_in_page_two():
    body = "经研究,定于2012年5月至9月在全省开展整治行动。" * 8
    text = (f"|\n[接上页] 某某厅 二〇一二年四月三日 附件: 某江干流非法采砂专项整治工作方案 根据省政府部署,{body}"
            " 一、指导思想 深入贯彻…\n")
    assert parse_text(text).title == "某江干流非法采砂专项整治工作方案"


def test_an_annex_list_in_a_run_in_line_is_no_title():
    body = "现将有关事项通知如下。" * 30
    assert find_title(f"{body}附件:1.某某工作方案 2.某某清单根据…\n") == ""


def test_a_preview_chunk_number_before_a_run_in_title():
    first = ("1、某县建筑施工企业安全风险分级管控实施方案为建立安全风险分级管控机制,落实企业主体责任,"
             "坚决防范重特大事故,根据上级文件要求,特制定本方案。一、工作目标年底前建立风险数据库"
             + "。进一步完善隐患排查治理制度" * 8 + "。进一步完善隐患排查治")
    text = first + "\n2、理制度。二、主要任务(一)全面开展风险辨识。企业要以装置为单元开展辨识。\n"
    # (the preview is read as such in normalise: a bare find_title of the raw text knows no chunks)
    assert parse_text(text).title == "某县建筑施工企业安全风险分级管控实施方案"


# -- 2. phases named by their step words ------------------------------------------------------------------------

def test_an_ordinal_stage_named_in_a_bracket_before_its_masked_window():
    text = ("某村秸秆禁烧工作方案\n一、工作安排\n(一)第一阶段(宣传发动阶段)(20__年5月10日-20__年5月31日)\n"
            "1、召开动员会议,部署禁烧工作。\n2、张贴禁烧通告。\n(二)第二阶段(巡查管控阶段)(20__年6月1日-20__年6月30日)\n"
            "1、开展全天候巡查。\n")
    phases = parse_text(text).phases
    assert [p.name for p in phases][:2] == ["第一阶段：宣传发动阶段", "第二阶段：巡查管控阶段"], phases
    assert all(p.start is None and p.end is None for p in phases[:2]), phases


def test_a_stage_headed_by_its_dates_with_its_name_in_the_bracket_after():
    text = ("某县校园食品安全排查方案\n一、总体目标\n确保校园食品安全。\n二、时间安排\n"
            "(一)9月1日-9月10日(摸底排查阶段)。各学校对食堂进行全面排查。\n"
            "(二)9月11日-9月30日(集中整改阶段)。各学校对排查出的问题逐项整改。\n")
    names = [p.name for p in parse_text(text).phases]
    assert "摸底排查阶段" in names and "集中整改阶段" in names, names


def test_a_stage_named_after_its_ordinal_dated_by_the_campaigns_window():
    text = ("某省湖泊清障专项行动方案\n经研究,定于2013年4月至9月在全省开展湖泊清障专项行动,特制定方案如下:\n"
            "一、指导思想\n坚持依法治湖。\n二、行动目标\n清除非法设施。\n三、组织安排\n行动分两个阶段。"
            "第一阶段:集中清障(4月10日至6月30日)由各市组织实施。第二阶段:督查验收(7月1日至9月30日)由省厅组织。\n")
    phases = {p.name: (p.start, p.end) for p in parse_text(text).phases}
    assert phases.get("第一阶段：集中清障") == ("2013-04", "2013-06"), phases


# -- 3. a campaign's aims and scope sections (二、整治目标 / 三、整治范围) are no tasks ----------------------------

def test_a_campaigns_aims_and_scope_are_not_tasks():
    text = ("某市非法捕捞专项整治方案\n为打击非法捕捞,制定本方案。\n一、指导思想\n坚持依法治渔。\n"
            "二、整治目标\n通过专项整治,遏制非法捕捞势头。\n三、整治范围\n全市各重点水域。\n"
            "四、整治重点\n对涉渔船舶进行清理整顿;对非法捕捞行为进行专项打击。\n"
            "五、组织安排\n由市农业农村局会同各区联合组织,分两个阶段完成。\n")
    titles = [t.title for t in parse_text(text).tasks]
    assert not any(t.startswith(("整治目标", "整治范围")) for t in titles), titles


# -- 4. duties: the reporting asked for as work to do well; a list of dated sendings cut by the page ------------

def test_reporting_asked_for_as_work_to_do_well_is_a_duty():
    text = ("某镇非遗保护工作计划\n一、落实责任\n1、各村明确一名联络员。\n"
            "2、定期开展走访调查,并做好资料的整理、报送、归档工作。\n")
    assert any("报送" in d.text for d in parse_text(text).duties)


def test_reporting_in_traditional_characters():
    text = "某鎮古建築保護計劃\n一、落實責任\n1、對全鎮古建築開展巡查,並做好信息的收集、上報工作。\n2、加強宣傳。\n"
    assert any("上報" in d.text or "上报" in d.text for d in parse_text(text).duties)


def test_a_list_of_dated_sendings_cut_by_the_page():
    text = ("某市消防安全大排查方案\n一、工作要求\n(一)加强领导。各单位要高度重视。\n"
            "(二)及时报送。各单位排查方案于5月底前报市消安委办;\n每月20日前将《排查整治情况统计表》报送市消安委办;\n"
            "11月30日前将排查整治工作")
    texts = [d.text for d in parse_text(text).duties]
    assert any(t.startswith("11月30日前将排查整治") for t in texts), texts


def test_a_finished_sentence_opening_with_a_date_is_no_cut_sending():
    text = ("某市消防安全大排查方案\n一、工作要求\n(一)及时报送。每月20日前将《统计表》报送市消安委办;\n"
            "11月30日前将排查整治工作全面完成。\n")
    assert not any(d.text.startswith("11月30日前将排查整治") for d in parse_text(text).duties)


def test_a_sites_note_that_a_user_uploaded_the_text_is_no_duty():
    text = "某镇年度工作计划\n导语:某镇年度工作计划一文来源于网友上传,不代表本站观点。\n一、加强宣传\n1、开展宣传。\n"
    assert not any("网友上传" in d.text for d in parse_text(text).duties)


# -- 5. a decimal point typed as a full stop before a rate ------------------------------------------------------

def test_a_rate_whose_point_is_a_full_stop():
    text = ("某乡森林防火工作方案\n一、工作目标\n全乡森林火灾受害率控制在0。6‰以内,林木病虫害成灾率控制在3。5%以下。\n"
            "二、主要任务\n1、加强巡查。\n")
    got = {(t.value, t.unit) for t in parse_text(text).plan_targets}
    assert (0.6, "‰") in got and (3.5, "%") in got, got


def test_a_sentence_ending_in_a_number_then_a_new_sentence_is_kept():
    from desktop.core.parse.normalise import light
    assert light("全年完成任务共12。5月底前完成验收。") == "全年完成任务共12。5月底前完成验收。"


# -- 6. a document preview in chunks 「1、」「2、」 cut mid-sentence, without a site banner (plans-next26 x26_02,
#       plans-next13 r07) -----------------------------------------------------------------------------------------

def _chunked_preview() -> str:
    pad = "持续强化监管,压实企业主体责任,推动安全生产形势持续稳定向好" * 6
    one = ("1、某市建材企业安全风险分级管控实施方案为建立风险分级管控机制,特制定本方案。一、工作目标到2025年底,"
           f"全市建材企业风险辨识率达到100%。{pad}进一步完善隐")
    two = (f"2、患排查治理制度。二、建立风险管控体系(一)全面开展风险辨识。企业要组织全员开展风险辨识。{pad}"
           "(二)科学评定风险等级。企业要按照可能性和严重性评定风险等")
    return f"{one}\n{two}\n3、级,实行分级管控。\n"


def test_a_chunked_preview_without_a_banner_is_read_through_its_chunks():
    plan = parse_text(_chunked_preview())
    assert plan.title == "某市建材企业安全风险分级管控实施方案"
    titles = [t.title for t in plan.tasks]
    assert titles and all(t.startswith(("全面开展", "科学评定")) for t in titles), titles


def test_a_plans_own_numbered_paragraphs_are_no_chunks():
    para = "各部门要加强协调配合,形成工作合力,确保各项任务按期完成" * 5
    text = f"某县工作方案\n1、加强组织领导。{para}。\n2、强化督查考核。{para}。\n3、营造良好氛围。{para}。\n"
    assert len(parse_text(text).tasks) == 3


def test_goals_run_into_their_heading_are_the_plans():
    pad = "坚持以人民为中心,大力推进村级集体经济持续较快发展" * 6
    one = (f"1、关于发展壮大村级集体经济的意见为进一步发展壮大村级集体经济,提出如下意见。一、指导思想{pad}"
           f"为乡村振兴提供坚强保\n2、障。二、目标任务通过三年努力,到2021年底,全县薄弱村消除40%;到2022年底,薄弱村消除80%。{pad}。"
           "三、主要途径(一)发展物业经济。各乡镇要统一规划建设标准厂房。(二)发展服务经济。各村要领办服务实体,开展有偿服")
    got = {(t.value, t.unit) for t in parse_text(one + "\n3、务。\n").plan_targets}
    assert (40, "%") in got and (80, "%") in got, got


def test_a_preview_page_number_before_a_notice_title():
    pad = "坚持问题导向,注重工作实效,推动各项任务落地见效" * 8
    text = (f"1、1关 于 实 施 某 某 工 作 的 意 见为进一步推进某某工作,提出如下意见。一、总体要求{pad}确保取得实\n"
            "2、效。二、主要任务(一)加强组织领导。各乡镇要成立工作专班。(二)强化督查考核。县督查室要定期督查。\n")
    assert parse_text(text).title == "关于实施某某工作的意见"


def test_goals_run_into_a_heading_over_tasks_are_the_plans():
    text = ("某县强村计划\n一、目标任务通过三年努力,到2022年底,村均年经常性收入达到150万元以上,"
            "经营性收入50万元以上的村占比达到40%以上。\n"
            "(一)发展物业经济。各乡镇要统一建设标准厂房。\n(二)发展服务经济。各村要领办服务实体。\n")
    got = {(t.value, t.unit) for t in parse_text(text).plan_targets}
    assert (40, "%") in got and (1500000, "元") in got, got


# -- round 22 review of parser29 (mends6): misreads its rules made, each with another wording -----

_BODY = ("为进一步加强管理,制定本方案。\n一、工作任务\n（一）开展隐患排查。（牵头单位：县教育局）\n"
         "（二）加强安全教育。（牵头单位：县公安局）\n")


def test_a_writers_name_or_a_banner_above_the_title_is_not_its_first_half():
    for top, title in (("某某县人民政府门户网站", "校园安全专项整治工作方案"),
                       ("某某县人民政府办公室文件", "某某县校园安全专项整治工作方案"),
                       ("国网某某县供电公司", "迎峰度夏安全生产专项行动方案"),
                       ("某某县公安局交通警察大队", "道路交通安全专项整治工作方案"),
                       ("某某县第一人民医院党总支", "清廉医院建设工作方案"),
                       ("内部资料注意妥善保存", "某县校园安全专项整治工作方案"),
                       ("某某市自来水有限公司", "供水管网漏损治理工作方案"),          # (another wording)
                       ("某某镇中心卫生院党支部", "作风建设提升年活动实施方案")):
        assert find_title(f"{top}\n{title}\n\n{_BODY}") == title, top


def test_the_first_half_of_a_title_is_still_joined():
    got = find_title(f"某某县教育系统2024年\n校园安全专项整治工作方案\n{_BODY}")
    assert got == "某某县教育系统2024年校园安全专项整治工作方案"
    got = find_title(f"某区推进“放管服”改革\n优化政务服务三年行动方案\n{_BODY}")
    assert got == "某区推进“放管服”改革优化政务服务三年行动方案"


def test_a_sending_that_only_qualifies_the_work_is_no_duty():
    for s in ("区数据局要做好企业上报数据的核验工作,确保数据准确", "做好企业自行报告事项的审核工作",
              "各单位要做好专题调研报告撰写工作", "做好管线单位通过“挖掘道路一件事”报送相对应许可事项的审批工作",
              "各街道要做好群众报送线索的核查工作"):                                      # (another wording)
        text = f"某区营商环境工作方案\n一、重点任务\n（一）规范检查。{s}。（牵头单位：区市场监管局）\n"
        assert not parse_text(text).duties, s
    text = "某区营商环境工作方案\n一、重点任务\n（一）规范检查。各单位要做好信息的收集、整理、报送、归档工作。\n"
    assert any("报送" in d.text for d in parse_text(text).duties)


def test_a_whole_last_line_after_a_dated_sending_is_no_cut_sending():
    for last in ("12月20日前将整治成效纳入乡镇年度综合考核", "12月20日前将整治经验做法在全县推广",
                 "12月25日前将典型案例汇编成册在全市印发"):                           # (another wording)
        text = ("某县农村人居环境整治工作方案\n一、工作任务\n（一）清理垃圾。（牵头单位：县住建局）\n二、工作要求\n"
                f"11月30日前，各乡镇将工作总结报送县农业农村局\n{last}")
        assert not any(d.text.startswith(last[:6]) for d in parse_text(text).duties), last


def test_a_full_stop_between_a_count_and_a_rate_is_no_decimal_point():
    text = ("某市旅游景区提升工作方案\n一、工作目标\n到年底，全市4A级以上景区游客满意度达到95%以上。"
            "其中新增就业200。60%以上岗位面向本地农民。景区厕所改造率达到100。\n")
    got = {t.value for t in parse_text(text).plan_targets}
    assert 60 in got and 200.6 not in got, got
    text = "某县人才工作方案\n一、工作目标\n全年引进人才150。80%以上为本科学历。\n"       # (another wording)
    assert 150.8 not in {t.value for t in parse_text(text).plan_targets}
    text = "某县林业工作方案\n一、工作目标\n受害率控制在0。8‰以内，成活率达到95。5%。\n"
    assert {0.8, 95.5} <= {t.value for t in parse_text(text).plan_targets}


def _paragraph(head: str, units: str) -> str:
    body = "建立健全村收集、镇转运、县处理的收运处置体系，配齐保洁人员和收运设施，推行垃圾分类减量，" * 3
    return f"{head}。{body}到年底实现覆盖率达到100%　{units}"


def test_a_plans_own_numbered_paragraphs_ending_in_their_units_are_no_chunks():
    text = "\n".join([
        "1、" + _paragraph("加强农村生活垃圾治理", "牵头单位：县住建局　责任单位：各乡镇人民政府"),
        "2、" + _paragraph("推进农村厕所革命", "牵头单位：县农业农村局　责任单位：县卫健局、各乡镇人民政府"),
        "3、治理农村生活污水。完成20个村污水治理　牵头单位：县生态环境分局"])
    assert len(parse_text(text).tasks) == 3
    text = "\n".join([                                                                  # (another wording)
        "1、" + _paragraph("整治河道", "责任部门：县水利局"), "2、" + _paragraph("清理河岸", "责任部门：各乡镇"),
        "3、开展巡查。建立河长巡河制度"])
    assert len(parse_text(text).tasks) == 3


def test_a_first_tasks_heading_is_no_title_outside_a_preview():
    text = ("1、研究制定工作方案。为确保整治工作有序推进，县住建局要会同有关部门在3月底前研究制定具体实施方案，"
            "明确责任分工和时间节点，报县政府审定后印发实施。\n2、开展集中整治。各乡镇要组织力量对辖区内违法建设进行全面排查。\n"
            "3、建立长效机制。总结整治经验，完善日常巡查制度。\n")
    assert parse_text(text).title == ""
    text = ("1、制定实施细则。为确保各项措施落地见效，县发改局要在4月底前牵头制定实施细则，明确各部门职责分工和"
            "完成时限，"
            "报县政府同意后印发。\n2、加强督促检查。县督查室要定期督查。\n")          # (another wording)
    assert parse_text(text).title == ""


def test_a_part_of_a_plan_or_the_count_of_its_parts_keeps_the_title():
    for line, title in (("某市“十四五”规划纲要实施方案（第三篇）", "某市“十四五”规划纲要实施方案（第三篇）"),
                        ("某县“书香城市”建设行动方案（共五篇）", "某县“书香城市”建设行动方案"),
                        ("某区生态文明建设实施方案（第2篇）", "某区生态文明建设实施方案（第2篇）"),  # (another)
                        ("某区生态文明建设实施方案(共3篇)", "某区生态文明建设实施方案")):
        assert find_title(f"{line}\n\n{_BODY}") == title, line


def test_a_heading_of_aims_and_work_holds_tasks():
    text = ("某县校园周边环境整治工作方案\n一、指导思想\n深入贯彻落实上级部署。\n二、整治目标和任务\n"
            "开展校园周边环境集中整治，取缔无证摊点，清理网吧，组织各部门每周联合巡查一次。\n"
            "三、整治范围和重点\n全县中小学校周边200米范围内的商店、摊点；由县城管局牵头组织集中清理。\n"
            "四、工作措施\n各部门要加强协作，形成合力。\n")
    titles = [t.title for t in parse_text(text).tasks]
    assert any(t.startswith("整治目标和任务") for t in titles), titles
    assert any(t.startswith("整治范围和重点") for t in titles), titles
    text = text.replace("整治目标和任务", "治理目标及措施")                                  # (another wording)
    assert any(t.title.startswith("治理目标及措施") for t in parse_text(text).tasks)


def test_a_heading_that_names_goals_without_a_goal_sentence_gives_no_targets():
    text = ("某县农村人居环境整治工作方案\n一、指导思想\n以新思想为指导。\n二、工作目标任务分解及责任分工安排\n"
            "全县共分解为15项重点任务，确保完成率达到100%。\n（一）推进厕所革命。完成改厕3000户。（牵头单位：县农业农村局）\n"
            "（二）治理生活垃圾。建设转运站5座。（牵头单位：县住建局）\n三、保障措施\n"
            "（一）目标任务完成情况纳入年度综合考核，考核结果占部门绩效分值的10%。\n（二）强化宣传。\n")
    assert not parse_text(text).plan_targets
    text = text.replace("二、工作目标任务分解及责任分工安排", "二、总体目标任务分解落实及进度安排")  # (another wording)
    assert not parse_text(text).plan_targets


def test_a_span_up_to_now_does_not_date_the_plans_stages():
    steps = ("一、工作任务\n（一）清理垃圾。（牵头单位：县住建局）\n二、实施步骤\n"
             "第一阶段（动员部署阶段）（3月1日—3月15日）：召开动员会。\n第二阶段（集中整治阶段）（3月16日—6月30日）：全面整治。\n")
    for opening in ("2018年5月至今，全县已累计清理垃圾3万吨，但仍存在不少问题。",
                    "自2018年5月以来，全县已累计清理垃圾3万吨。",
                    "2019年3月至今，全市共排查隐患1200处。"):                                      # (another wording)
        plan = parse_text(f"某县城乡环境综合整治工作方案\n{opening}为巩固成果，制定本方案。\n{steps}")
        assert not any((p.start or "").startswith(("2018", "2019")) for p in plan.phases), opening
    plan = parse_text(f"某县城乡环境综合整治工作方案\n2018年5月至今，全县已累计清理垃圾3万吨。"
                      f"经研究，定于2021年3月至6月开展集中整治。\n{steps}")
    assert [p.start for p in plan.phases][:1] == ["2021-03"], plan.phases


def test_a_stage_with_a_bracket_of_no_dates_takes_the_dates_after_its_colon():
    text = ("某县2024年安全生产大检查工作方案\n为深入开展大检查，制定本方案。\n一、工作任务\n"
            "（一）开展自查。（牵头单位：县应急局）\n二、实施步骤\n第一阶段（宣传发动阶段）（由各乡镇组织实施）：3月1日至3月15日，召开动员会。\n"
            "第二阶段（集中整治阶段）（4月1日—6月30日）：全面整治。\n"
            "第三阶段（总结验收阶段）（县安委办负责）：11月1日至11月30日，开展验收。\n")  # (another wording: the third)
    phases = {p.name: (p.start, p.end) for p in parse_text(text).phases}
    assert phases.get("第一阶段：宣传发动阶段") == ("2024-03", "2024-03"), phases
    assert phases.get("第三阶段：总结验收阶段") == ("2024-11", "2024-11"), phases
