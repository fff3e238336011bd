"""Round 40 (p40e): titles, sendings written 将…报, plan targets and dates of round 39's blind sets. Made-up snippets
written the way such pages and plans are printed, each with near misses that must not change."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _title(text: str) -> str:
    return parse_text(text).title


BODY = ("为进一步做好全镇环境整治工作,结合工作实际,制定本方案。\n\n一、工作目标\n\n全面完成整治任务。\n\n"
        "二、工作措施\n\n(一)加强宣传。各村要广泛宣传。\n")


# ---- titles -------------------------------------------------------------------------------------------------------

def test_title_opening_with_a_day_number_is_no_heading():
    # 「3.8妇女节活动方案」 under a site's breadcrumbs and over the poster's name: the day, not an item number 3.
    text = "范文网>实用范文>策划方案>\n\n3.8妇女节活动方案\n\n小李分享\n\n" + BODY
    assert _title(text) == "3.8妇女节活动方案"


def test_title_numbered_heading_is_still_no_title():
    # near miss: 「3.开展…」 is an item, never the title
    text = "3.开展妇女节活动方案\n\n小李分享\n\n" + BODY
    assert _title(text) != "3.开展妇女节活动方案"


def test_title_broken_over_lines_under_a_format_tag():
    text = ("欢迎来到某某文档网。\n来源:某某文档网\nword\n\n某学校关于校园安全\n\n工作实施方案\n\n"
            "根据上级文件精神,为进一步做好校园安全工作,现结合我校实际,制定方案如下:\n\n一、组织领导\n\n成立领导小组。\n")
    assert _title(text) == "某学校关于校园安全工作实施方案"


def test_title_in_square_brackets_with_a_record_number():
    text = "[2035,2021年某镇开展植树节志愿活动实施方案]\n\n2021-03-01 | 浏览次数:\n\n" + BODY
    assert _title(text) == "2021年某镇开展植树节志愿活动实施方案"


def test_title_in_square_brackets_without_a_plan_word_stays():
    # near miss: a bracketed line that names no plan is not unwrapped as a file name
    text = "[2035,某镇新闻动态]\n\n" + BODY
    assert _title(text) != "某镇新闻动态"


def test_title_of_a_plan_shown_under_a_report_file():
    text = ("2023年某镇禁烧工作总结.doc\n《2023年某镇禁烧工作总结.doc》由会员分享,可在线阅读,更多相关请在某网上搜索。\n"
            "1、某镇禁烧工作总结 某镇秋季秸秆禁烧 工作方案 各村委会,镇各部门: 为切实做好秸秆禁烧工作,改善空气质量,"
            "制定本方案。 一、工作目标 全镇不烧一把火。 二、工作措施 加强巡查。\n")
    assert _title(text) == "某镇秋季秸秆禁烧工作方案"


def test_title_of_a_report_file_with_no_plan_in_its_preview():
    # near miss: the preview opens with the report itself: the file's name stays the title
    text = ("2023年某镇禁烧工作总结.doc\n《2023年某镇禁烧工作总结.doc》由会员分享,可在线阅读,更多相关请在某网上搜索。\n"
            "1、2023年以来,我镇认真开展秸秆禁烧工作,取得了明显成效。 一、主要做法 加强巡查。\n")
    assert _title(text) == "2023年某镇禁烧工作总结"


def test_title_over_a_collection_repeated_into_its_addressees():
    text = ("社区文明创建工作实施方案\n\n合集下载\n  1. 1、下载文档前请自行甄别文档内容的完整性。\n\n"
            "社区文明创建工作实施方案社区各网格:\n\n为深入推进文明创建工作,结合社区实际,制定本方案。\n\n"
            "一、工作目标\n\n创建文明社区。\n")
    assert _title(text) == "社区文明创建工作实施方案"


def test_title_own_line_broken_with_guanyu_under_its_notice():
    text = ("关于印发《加强某区镇级河道保洁队伍建设的指导意见》的通知\n\n各镇人民政府:\n\n"
            "现将《加强某区镇级河道保洁队伍建设的指导意见》印发给你们,请参照执行。\n\n某区水务局\n\n2021年5月6日\n\n"
            "关于加强某区镇级河道\n\n保洁队伍建设的指导意见\n\n"
            "为进一步加强河道保洁工作,提出如下意见。\n\n一、总体要求\n\n全面加强保洁。\n")
    assert _title(text) == "关于加强某区镇级河道保洁队伍建设的指导意见"


def test_title_one_line_page_without_space_in_it():
    text = ("2021全国爱眼日主题及宣传活动方案 2021年6月6日,是第26个“全国爱眼日”。为做好我区宣传活动,结合工作实际,"
            "制定如下方案: 一、活动内容 (一)开展义诊活动。由区卫健委牵头,组织开展义诊活动。 (二)开展宣传活动。各街道"
            "要广泛宣传爱眼知识,在社区、学校、医院设立宣传点,发放宣传资料,普及用眼卫生常识。 (三)开展筛查活动。各学校要"
            "组织学生开展视力筛查,建立视力健康档案。 二、工作要求 各单位要高度重视,认真组织,确保活动取得实效。\n")
    assert len(text) > 200 and _title(text) == "2021全国爱眼日主题及宣传活动方案"


def test_title_of_a_compilation_run_into_its_first_article():
    text = ("冬季森林防火工作方案3篇 冬季森林防火工作方案 1 为切实做好冬季森林防火工作,确保森林资源安全,制定本方案。"
            " 一、工作目标 全年不发生重大森林火灾。 二、工作措施 加强巡查。\n")
    assert _title(text) == "冬季森林防火工作方案"
    text2 = ("版权说明:本文档由用户提供并上传\n文档简介\n冬季森林防火工作方案2024(通用5篇)冬季森林防火工作方案2023篇1"
             "为切实做好冬季森林防火工作,制定本方案。一、工作目标全年不发生重大森林火灾。\n")
    assert _title(text2) == "冬季森林防火工作方案"


# ---- duties: a plan unit's sending written 「A（要）将…报B」 ---------------------------------------------------------

def _duties(text: str) -> list[str]:
    return [d.text for d in parse_text(text).duties]


PLAN = "为规范项目审核工作,制定本办法。\n\n一、审核程序\n\n{}\n\n二、工作要求\n\n各部门要加强协作。\n"


def test_duty_unit_sends_its_opinion_for_decision():
    text = PLAN.format("区财政局组织专家召开评审会，区财政局将评审意见报区政府审定。")
    assert any("将评审意见报区政府审定" in d for d in _duties(text))


def test_duty_villages_send_their_list_to_the_leading_group():
    text = PLAN.format("各村要将巡查人员确定情况,以名单的形式上报镇防火工作领导小组。")
    assert any("巡查人员确定情况" in d for d in _duties(text))


def test_duty_units_send_their_account_to_a_federation():
    text = PLAN.format("3.各单位要将活动开展情况于活动结束后三天内以书面形式报区妇联。")
    assert any("活动开展情况" in d for d in _duties(text))


def test_duty_near_misses_are_no_sendings():
    # an approval asked for, a circular of praise, an inspection filing, an applicant's filing: no duty
    for sentence in ("区财政局将项目情况报区政府审批。",
                     "市政府将对各地工作开展情况进行考核,通报表彰一批先进单位。",
                     "施工单位应将检测报告纳入报验资料。",
                     "申请人应将申请材料报区商务委。"):
        assert not any(sentence[:8] in d for d in _duties(PLAN.format(sentence))), sentence


# ---- plan targets: a goal named in quotes; a temperature to reach -------------------------------------------------

def _plan_targets(text: str) -> set[tuple[float, str]]:
    plan = parse_text(text)
    return {(t.value, t.unit) for t in plan.plan_targets} | {(t.value, t.unit) for k in plan.tasks for t in k.targets}


GOALS = ("某区关于推进充电设施建设的实施意见\n\n{}\n\n一、指导思想\n\n{}\n\n二、主要任务\n\n"
         "(一)加快建设。由区发展改革委牵头,各街镇配合,推进充电桩建设。\n\n(二)加强管理。由区交通委负责,规范运营。\n")


def test_plan_target_named_in_quotes_in_the_preamble():
    text = GOALS.format("为确保完成“新建30个公共充电示范站”的年度工作目标,结合本区实际,提出如下意见。",
                        "坚持以人民为中心,推进充电设施建设。")
    assert (30.0, "个") in _plan_targets(text)


def test_plan_target_named_in_quotes_in_a_section_of_aims():
    text = GOALS.format("为推进充电设施建设,提出如下意见。",
                        '紧紧围绕"公共充电桩覆盖率不低于85%、快充比例不低于40%、零安全事故的目标,加强组织领导。')
    assert {(85.0, "%"), (40.0, "%")} <= _plan_targets(text)


def test_quoted_name_without_a_goal_gives_no_target():
    # near miss: a slogan in quotes, no 的目标 after it
    text = GOALS.format("为推进充电设施建设,提出如下意见。", "深入开展“30分钟充电圈”建设,加强组织领导。")
    assert (30.0, "分钟") not in _plan_targets(text)


def test_temperature_to_reach_is_a_target_and_a_case_is_not():
    text = ("某县冬季供暖保障工作方案\n\n为做好供暖工作,制定本方案。\n\n一、工作目标\n\n"
            "将居民室内温度由往年的16℃提升至18℃。\n\n"
            "二、工作措施\n\n(一)加强调度。县住建局负责,室外温度在零下10℃以下时,热源厂满负荷运行,管网温度约为60℃。\n")
    got = _plan_targets(text)
    assert (18.0, "℃") in got and (16.0, "℃") not in got and (60.0, "℃") not in got and (10.0, "℃") not in got


# ---- dates: a campaign's span in its time section or its aims ----------------------------------------------------

def _deadlines(text: str) -> dict[str, str | None]:
    return {t.key: t.deadline for t in parse_text(text).tasks}


SEASON = ("某县2021年冬季供暖保障方案\n\n为做好我县2021-2022年采暖期供热保障工作,特制定本方案。\n\n一、总体目标\n\n"
          "确保群众温暖过冬。\n\n二、时间安排\n\n{}\n\n三、责任分工\n\n1、县住建局:督促供热企业加强管理,开展督导检查。\n\n"
          "2、县市场监管局:负责供热收费监督检查。\n")


def test_time_section_from_now_to_a_season_end_in_brackets():
    got = _deadlines(SEASON.format("即日起至供暖期(2022年3月15日)结束。"))
    assert got["三.1"] == "2022-03-15" and got["三.2"] == "2022-03-15"


def test_time_section_from_now_without_a_day_gives_none():
    # near miss: a season named without its day dates nothing
    assert _deadlines(SEASON.format("即日起至供暖期结束。"))["三.1"] is None


AIMS = ("某街道秋冬季秸秆禁烧工作方案\n\n为做好秸秆禁烧工作,制定本方案。\n\n一、总体要求\n\n强化禁烧管控。\n\n"
        "二、工作目标\n\n"
        "{}\n\n三、主要任务\n\n(一)建立网格化监管机制。各村要划定网格,明确网格长,落实监管责任。\n\n"
        "(二)加强宣传引导。各村要广泛宣传禁烧政策。\n")


def test_aims_opening_with_the_campaign_span_date_the_items():
    text = AIMS.format("1.从20xx年10月至2022年5月,全街实行秸秆全面禁烧,力争实现零火点。")
    assert _deadlines(text)["三.一"] == "2022-05-31"


def test_aims_with_a_goal_year_only_date_nothing():
    # near miss: 「到2022年5月」 is when a goal is reached, no span of the action
    text = AIMS.format("1.到2022年5月,全街秸秆综合利用率达到90%以上。")
    assert _deadlines(text)["三.一"] is None


def test_plan_target_in_a_run_in_goal_heading_lead():
    text = ("某区项目建设攻坚行动方案\n\n为加快重点项目建设,制定本方案。\n\n一、组织领导\n\n成立领导小组。\n\n"
            "二、目标任务以新城为主战场,以工业项目为重点,奋力拼搏半年,确保完成今年8.5亿元投资任务。\n\n"
            "(一)园区建设\n\n1、加快新城建设。由区发改委负责,推进基础设施建设。\n\n"
            "2、加快工业园区建设。由区经信局负责,推进标准厂房建设。\n")
    assert (850000000.0, "元") in _plan_targets(text)


def test_run_in_goal_heading_without_a_goal_sentence_gives_no_target():
    # near miss: the lead names how the work is split, no amount to complete
    text = ("某区项目建设攻坚行动方案\n\n为加快重点项目建设,制定本方案。\n\n一、组织领导\n\n成立领导小组。\n\n"
            "二、目标任务以新城为主战场,以3个工业园区为重点,全面推进。\n\n"
            "(一)园区建设\n\n1、加快新城建设。由区发改委负责,推进基础设施建设。\n\n"
            "2、加快工业园区建设。由区经信局负责,推进标准厂房建设。\n")
    assert (3.0, "个") not in _plan_targets(text)


def test_title_the_notice_line_gives_the_name_the_body_shortens():
    text = ("某镇《护林行动》实施方案\n\n2024-07-09\n\n关于印发《某镇2018年“护林行动”实施方案》的通知\n\n各村委会:\n\n"
            "《某2018年“护林行动”实施方案》已经镇领导小组审议通过,现印发给你们,请认真贯彻执行。\n")
    assert _title(text) == "某镇2018年“护林行动”实施方案"
    # near miss: the body's name differs by more than a character or two: its own
    text2 = text.replace("《某2018年“护林行动”实施方案》已经", "《某镇2018年护林行动工作计划》已经")
    assert _title(text2) == "某镇2018年护林行动工作计划"
