"""Mends of a read-only review of round 24's p36 branch (plans-next37/-38 classes): bands joined by 或, a short
plan whose sections are named by its topic, the rhythm of the clause that sends, a title with its publish day, the
size of what the work builds, a label's number before a colon, procedures that are no duty, a section that only
hands the plan's numbered tasks out, a secondment's term cap, a status or watermark beside the title, and 年度 as
an adjective. Each with the reviewer's wording, another, and the near-misses the p36 rule was made for."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.duties import find_duties
from desktop.core.parse.targets import find_targets
from desktop.core.parse.titles import find_title


def _figures(text: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, None, relaxed=True)]


# -- 1. two aims joined by 或: both kept; bands joined by 或 that pick out cases stay none ----------------------

def test_two_aims_joined_by_or_keep_the_first():
    assert (5e9, "元") in _figures("全年完成固定资产投资50亿元或年度计划的100%以上。")
    assert (3000.0, "户") in _figures("力争年内新增市场主体3000户或增幅达到10%的目标。")
    assert (5.0, "%") in _figures("确保全区PM2.5年均浓度下降5%或达到35微克/立方米的目标。")
    assert _figures("力争每个行业培育1家或2家年产值超亿元的龙头企业。")[:1] == [(1.0, "家")]
    assert (1.0, "个") in _figures("每个街镇建成1个或2个以上的示范点。")
    assert (80.0, "个") in _figures("全年新建充电桩80个或完成市下达计划的120%。")


def test_bands_joined_by_or_still_pick_out_cases():
    # round 31 (mt31), CONVENTIONS.md thresholds: both bounds joined by 或 are each joined to 以上: targets (100万 of
    # money read as 元) — where they pick the objects of work; inside the noun naming the kind a rule covers
    # 「…以上的建设工程，必须办理…」 they are a class (Round 52 rulings on x237_01, by Round 51's governing line)
    assert _figures("投资额100万以上或建筑面积300平方米以上的建设工程，必须办理施工许可。") == []
    # (and where they pick the objects of work: Round 58 rulings: a band inside the noun of the class a piece of work
    # picks is a class)
    assert _figures("对建筑面积1000平方米以上或投资额500万元以上的项目实施重点监管。") == []
    assert (5.0, "家") in _figures("力争培育年产值10亿元以上或税收1亿元以上的龙头企业5家。")
    assert _figures("对年用水量1万吨以上或年用电量100万千瓦时以上的企业开展能源审计。") == []


# -- 2. a short plan whose sections are named by its topic but hold the work ------------------------------------

def _check_plan(third: str, body: str, first: str = "检查目的", second: str = "检查范围") -> str:
    return "\n\n".join([
        "某镇关于开展消防安全大排查的工作方案",
        "为切实做好消防安全工作，决定开展消防安全大排查，现制定方案如下。",
        f"一、{first}", "通过开展大排查，全面排查消防隐患，坚决遏制较大火灾事故发生。",
        f"二、{second}", "全镇范围内所有人员密集场所、出租房屋和小微企业。",
        f"三、{third}", body])


_DATED = ("重点排查消防通道、消防设施和电气线路情况。排查分两个阶段进行，2024年7月31日前完成单位自查，"
          "8月31日前完成镇级督查。")
_DUTIES = ("镇安监办负责组织对全镇人员密集场所开展全覆盖排查，2024年8月31日前完成。\n\n"
           "镇派出所负责对出租房屋开展排查，建立隐患台账，限期整改到位。")


def test_a_topic_section_that_holds_dated_work_is_a_task():
    assert parse_text(_check_plan("检查内容及时间", _DATED)).tasks
    assert parse_text(_check_plan("排查时间和内容", _DATED)).tasks


def test_a_topic_section_that_gives_units_duties_is_a_task():
    assert parse_text(_check_plan("组织机构", _DUTIES)).tasks
    assert parse_text(_check_plan("实施时间", _DUTIES, "目的意义", "实施范围")).tasks


def test_a_page_cut_after_its_topic_sections_stays_without_tasks():
    roster = "成立消防安全大排查领导小组，镇长任组长，分管副镇长任副组长。"
    assert parse_text(_check_plan("领导小组", roster)).tasks == []


# -- 3. the rhythm of the clause that sends, before a clause that meets or oversees ----------------------------

def test_the_sending_clause_sets_the_rhythm_before_a_meeting_clause():
    assert [d.every for d in find_duties("每周开展一次联合执法检查，每月5日前报送执法情况。", 2024)] == ["month"]
    assert [d.every for d in find_duties("每年开展一次督办，每月报送整改台账。", 2024)] == ["month"]
    duties = find_duties("专班每周召开一次例会，每月向区政府报告工作进展。", 2024)
    assert duties and duties[0].every == "month"


def test_a_meeting_clause_keeps_its_rhythm_where_nothing_is_sent():
    duties = find_duties("每周开展一次检查，每月通报一次检查结果。", 2024)
    assert duties and duties[0].every == "month"


# -- 4. a title with its publish day -----------------------------------------------------------------------------

def test_a_title_with_its_publish_day_keeps_the_title():
    text = ("某区2024年防汛防台工作方案 2024-05-10\n\n来源：区应急管理局\n\n为做好防汛工作，制定本方案。\n\n"
            "一、工作目标\n\n确保安全。")
    assert find_title(text) == "某区2024年防汛防台工作方案"
    text = text.replace("某区2024年防汛防台工作方案 2024-05-10", "某街道垃圾分类实施方案2023-9-1")
    assert find_title(text) == "某街道垃圾分类实施方案"


def test_a_post_line_is_still_no_title():
    text = ("活动方案2018-08-03三水老师\n\n某小学读书节活动方案\n\n为营造书香校园，制定本方案。\n\n"
            "一、活动目标\n\n培养习惯。")
    assert find_title(text) == "某小学读书节活动方案"


# -- 5. the size of what the work builds, made of parts --------------------------------------------------------

def test_the_size_of_what_the_work_builds_is_a_target():
    for sentence, figure in (("全市形成由1000个网格组成的基层治理体系。", (1000.0, "个")),
                             ("构建由30个部门组成的联动机制。", (30.0, "个")),
                             ("招募由500名志愿者组成的服务队。", (500.0, "名")),
                             ("健全由12家成员单位组成的联席会议制度。", (12.0, "家")),
                             ("布设包括120个点位组成的监测网络。", (120.0, "个")),
                             ("完善由200名网格员组成的巡查队伍。", (200.0, "名"))):
        assert figure in _figures(sentence), sentence


def test_the_parts_of_a_subject_are_still_no_target():
    assert _figures("评价体系包含16个二级指标和6个加分指标组成。") == []
    assert _figures("专家组由5名专家构成。") == []
    assert _figures("考核指标体系包括8个一级指标构成。") == []


# -- 6. a label's number before a colon, and a ratio ----------------------------------------------------------

def test_a_labels_number_before_a_colon_keeps_the_count():
    assert (30.0, "个") in _figures("项目1：30个村完成农村公路提档升级。")
    assert (500.0, "户") in _figures("行动2：500户完成危房改造。")
    assert (100.0, "个") in _figures("重点任务 1：100个小区完成加装电梯。")
    assert (500.0, "户") in _figures("1:500户完成改造。")


def test_a_ratios_second_term_is_still_no_target():
    assert _figures("以1：5万比例尺为主开展地质调查。") == []
    assert _figures("按1:1比例配套资金。") == []


# -- 7. procedures that are no duty ------------------------------------------------------------------------------

def test_what_is_done_to_a_thing_or_an_applicants_papers_are_no_duty():
    for sentence in ("对超期服役设备按要求报废处置。", "项目实施方案按要求报批后组织实施。",
                     "申请人在申报时同时提交营业执照复印件等材料。", "企业在办理登记时同步提交承诺书。",
                     "申请人应同时提交身份证明材料。", "各单位按要求报请区政府审定。"):
        assert find_duties(sentence, 2024) == [], sentence


def test_a_sending_each_time_or_as_laid_down_stays_a_duty():
    for sentence in ("各单位发现问题要立即处置，同时报告区应急管理局。", "检查结果同时抄送区纪委监委。",
                     "整改完成后按规定报送区住建委。", "各街镇同步报区应急局备案。"):
        assert find_duties(sentence, 2024), sentence


# -- 8. a section that hands the plan's numbered tasks out, or asks every unit at once ----------------------------

def _market(fourth: str, lines: list[str]) -> str:
    return "\n\n".join([
        "某区关于加强农贸市场管理工作的通知", "各街镇、区各有关部门：",
        "一、深入开展环境整治", "集中清理市场内外乱堆乱放，规范摊位设置，改造排水设施，确保市场环境整洁有序。",
        "二、健全长效管理机制", "建立市场巡查、问题交办和整改销项制度，推动问题及时整改到位。",
        "三、强化监督检查", "（一）开展日常巡查。每月对各市场开展一次巡查，发现问题当场交办。",
        "（二）开展专项检查。围绕食品安全、消防安全开展专项检查，严肃查处违法行为。",
        "四、" + fourth] + lines)


def test_a_section_that_hands_out_numbered_tasks_is_no_task():
    lines = ["区商务委负责第一项任务，做好统筹协调。", "区市场监管局负责第二项、第三项任务。",
             "各街镇负责辖区内相关工作的落实。"]
    titles = [t.title for t in parse_text(_market("明确职责分工，加强协调配合", lines)).tasks]
    assert not any("职责" in t for t in titles)


def test_a_section_ending_on_every_unit_is_no_task():
    lines = ["区商务委负责牵头协调农贸市场管理工作。", "区市场监管局负责食品安全监督检查。",
             "各部门要加强协作，形成合力。"]
    titles = [t.title for t in parse_text(_market("压实职责分工，形成工作合力", lines)).tasks]
    assert not any("职责" in t for t in titles)


def test_a_section_dividing_work_among_units_stays_a_task():
    lines = ["区商务委负责牵头协调农贸市场标准化改造和日常管理工作。",
             "区市场监管局负责市场内食品安全和计量器具的监督检查。",
             "各街镇按照属地管理要求，做好辖区市场周边环境整治工作。"]
    titles = [t.title for t in parse_text(_market("压实职责分工，形成工作合力", lines)).tasks]
    assert "压实职责分工，形成工作合力" in titles


# -- 9. a secondment's term cap with words between ---------------------------------------------------------------

def test_a_secondments_term_cap_with_words_between_is_no_target():
    # round 31 (mt31), CONVENTIONS.md thresholds: a term's ceiling joined to 不超过 / 不得超过 is a target
    assert _figures("挂职锻炼时间不超过1年。") == [(1.0, "年")]
    assert _figures("抽调人员工作时间不得超过3个月。") == [(3.0, "个月")]
    assert _figures("借调干部在岗期限原则上不超过6个月。") == [(6.0, "个月")]


def test_a_stay_to_reach_is_still_a_target():
    assert (2.0, "年") in _figures("选派干部驻村时间不少于2年。")


# -- 10. a status line under the title; a shop's marks after it ---------------------------------------------------

def test_other_status_lines_join_the_title():
    for status in ("（修订版）", "（讨论稿）", "（试行稿）"):
        text = "\n\n".join(["关于印发《某区垃圾分类工作考核办法》的通知", "各街镇：",
                            "现将《某区垃圾分类工作考核办法》印发给你们，请认真贯彻执行。",
                            "某区垃圾分类工作考核办法", status, "一、总则", "为推进垃圾分类工作，制定本办法。"])
        assert find_title(text) == "某区垃圾分类工作考核办法" + status


def test_a_shops_marks_after_a_one_line_title_are_left_out():
    body = (" 一、加强党的建设。全面落实从严治党主体责任，扎实开展主题教育，持续加强基层组织建设，"
            "推动党建工作与中心工作深度融合。")
    assert find_title("乡镇2020年工作计划 第1页共3页" + body) == "乡镇2020年工作计划"
    assert find_title("社区2021年工作计划（下载后可任意编辑）" + body) == "社区2021年工作计划"


# -- 11. 年度 as an adjective sets no rhythm -------------------------------------------------------------------

def test_yearly_as_an_adjective_sets_no_rhythm():
    assert [d.every for d in find_duties("各街镇每月开展自查，年度考核结果报送区委组织部。", 2024)] == ["month"]
    assert [d.every for d in find_duties("各单位每季度开展评估，年度任务完成情况报送区发改委。", 2024)] == ["quarter"]


def test_each_year_still_sets_a_yearly_rhythm():
    assert find_duties("各单位每年度报送工作总结至区政府办。", 2024)[0].every == "year"
