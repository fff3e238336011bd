"""Round 46 (p46c): dates, targets and duties a careful reader finds (CONVENTIONS.md rulings cited at each test).
Made-up short texts in each class's shape, with near misses that must stay as they were."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.duties import find_duties
from desktop.core.parse.targets import find_targets
from desktop.core.parse.time_fields import time_field_end


def deadlines(text: str) -> dict[str, str | None]:
    return {t.key: t.deadline for t in parse_text(text).tasks}


# --- a campaign span stated once in a time field of the opening points (Round 37, Round 44 decided) -------------

SUB_FIELD = ("某区应急管理局关于做好节日期间安全生产工作的通知\n2023年9月20日\n"
             "一、工作目标和时段\n（一）工作目标。\n确保节日期间安全形势稳定。\n（二）工作时段。\n自即日起至10月31日。\n"
             "二、具体措施\n（一）危化企业。\n各区应急管理局要组织开展检查。\n"
             "（二）冶金企业。\n相关企业要组织开展自查，全面排查隐患。\n")


def test_a_sub_point_time_field_dates_every_undated_item():
    got = deadlines(SUB_FIELD)
    assert got["二.一"] == got["二.二"] == "2023-10-31"


def test_a_time_field_inside_one_work_item_dates_no_other_item():
    # near miss: the 时段 field stands under a work section, not an opening one — the item's own
    text = SUB_FIELD.replace("一、工作目标和时段\n（一）工作目标。\n确保节日期间安全形势稳定。\n",
                             "一、重点工作\n（一）集中检查。\n各区应急管理局要组织开展检查。\n")
    text = text.replace("（二）工作时段。", "（二）检查时段。")
    got = deadlines(text)
    assert got["二.一"] is None and got["二.二"] is None


def test_a_figure_numbered_time_point_with_start_and_end():
    text = ("某街道关于开展村庄清洁行动的通知\n各村:\n街道办决定开展村庄清洁行动，现通知如下:\n"
            "1、 时间安排\n2024年12月10日开始,2025年1月20日结束。\n2、 重点任务\n"
            "（一）开展庭院清洁。各村要组织群众开展庭院大扫除。\n（二）开展河道清洁。各村要组织清理河道垃圾。\n")
    got = deadlines(text)
    assert [d for k, d in got.items() if "时间" not in k and d] and all(
        d == "2025-01-20" for k, d in got.items() if k not in ("1",))


def test_a_heading_naming_the_time_last_among_its_fields():
    text = ("某局2021年“安全生产月”活动实施方案\n2021年5月28日\n一、活动主题和时间安排\n"
            "活动以“落实责任”为主题，于6月1日至6月30日统一开展。\n二、活动内容\n"
            "（一）开展安全培训\n组织全系统开展安全生产培训。\n（二）开展应急演练\n组织各单位开展应急演练。\n")
    got = deadlines(text)
    assert got["二.一"] == got["二.二"] == "2021-06-30"


def test_a_lost_dash_between_two_days():
    text = ("某镇2016年安全生产月活动方案\n一、活动主题\n强化安全基础。\n二、活动时间\n"
            "全镇活动于6月1日??6月30日在各单位同时开展。\n三、活动内容\n"
            "1、开办宣传专栏。各部门要利用广播开设专栏。\n2、开展咨询活动。各企业要组织职工参加咨询日活动。\n")
    got = deadlines(text)
    assert got["三.1"] == got["三.2"] == "2016-06-30"


def test_a_time_field_in_the_preamble_brackets():
    text = ("某镇冬季大气污染防治工作分工\n2016年11月5日\n"
            "根据《县冬季大气污染防治工作方案》有关要求(时间:2016年11月1日至2017年3月31日),结合我镇实际,明确分工如下:\n"
            "一、防治扬尘污染\n县牵头单位:县住建局,镇对接单位:镇规建办。工作要求:施工工地必须落实围挡措施。\n"
            "二、防治燃煤污染\n县牵头单位:县商务局,镇对接单位:镇企业办。工作要求:取缔燃煤锅炉。\n")
    got = deadlines(text)
    assert got["一"] == got["二"] == "2017-03-31"


def test_a_site_stamp_is_no_time_field():
    # near miss: 「发布时间：」 is the page's stamp, not a span set for the work
    text = ("某镇冬季大气污染防治工作分工\n发布时间:2016年11月1日至2017年3月31日\n"
            "一、防治扬尘污染\n镇规建办要落实围挡措施。\n二、防治燃煤污染\n镇企业办要取缔燃煤锅炉。\n")
    assert set(deadlines(text).values()) == {None}


def test_a_recurring_item_keeps_no_deadline_under_the_span():
    # Round 38: recurring items keep no deadline under a campaign's span; the one-off item takes its end
    text = ("某镇冬季防治工作分工\n2016年11月5日\n"
            "根据县方案有关要求(时间:2016年11月1日至2017年3月31日),结合我镇实际,明确分工如下:\n"
            "一、开展清洁行动\n从11月起,每周组织一次全镇清洁行动,清理积存垃圾。\n"
            "二、取缔燃煤锅炉\n镇企业办要取缔燃煤锅炉。\n")
    got = deadlines(text)
    assert got == {"一": None, "二": "2017-03-31"}


def test_a_time_field_over_stages_is_no_one_span():
    # near miss: stages under the time point are phases, each read where it stands
    text = ("某区专项整治方案\n2022年3月1日\n一、整治时间\n（一）动员部署阶段（3月1日至3月10日）\n"
            "（二）集中整治阶段（3月11日至6月30日）\n二、整治内容\n（一）清理违法广告。各街道要组织清理。\n")
    body = text.split("\n", 2)[2]
    assert time_field_end(body, "", 2022) is None


def test_two_time_fields_that_disagree_give_no_span():
    body = ("一、工作时段\n2022年3月1日至6月30日。\n二、具体措施\n（一）清理广告。\n（二）检查时段。\n"
            "3月1日至3月31日。\n")
    assert time_field_end(body.replace("（二）检查时段。\n3月1日至3月31日。\n", ""), "", 2022) == "2022-06-30"
    assert time_field_end(body.replace("二、具体措施", "二、工作时间"), "", 2022) is None


# --- a five-year period naming what a noun counts dates nothing (x209_04; rounds 38 / 45) ---------------------------

def test_a_five_year_period_before_a_noun_is_no_deadline():
    assert find_deadlines("严格“十四五”期间用水总量、用水效率控制指标,实行计划用水。", 2021) == []
    assert find_deadlines("结合“十五五”期间海绵城市建设计划，开展规划修编。", 2025) == []


def test_a_five_year_period_the_work_is_done_in_stays_a_deadline():
    # near misses: a time adverbial 「期间，」, 「期间完成」, 「在…期间」 and 「十五五末」 keep their year's end
    for text in ("“十四五”期间，全面完成老旧小区改造。", "“十四五”期间完成200个小区改造。",
                 "在“十四五”期间建成一批示范点。", "确保“十四五”末建成区面积达到80%。"):
        assert [d.date for d in find_deadlines(text, 2021)] == ["2025-12-31"], text


# --- a year inside an item saying when its own work is done (Round 46 decided, x209_04 三/(一)/2) -------------------

def test_a_mid_item_year_with_a_verb_of_creating_is_its_deadline():
    text = "推进节水型社会建设,大力推进高效节水灌溉;实施工业节水改造,2022年创建省级节水型企业5家;推进节水型机关建设。"
    assert [d.date for d in find_deadlines(text, 2022)] == ["2022-12-31"]


def test_a_past_year_or_a_year_that_names_a_thing_dates_nothing():
    # near misses: a year before the plan's (what was done) and a year naming a plan 「2022年工作要点」
    assert find_deadlines("巩固成果,2020年创建省级节水型企业5家的基础上继续推进。", 2022) == []
    assert find_deadlines("对照2022年工作要点,推进节水型机关建设。", 2022) == []


def test_a_year_end_naming_an_event_is_no_deadline():
    # 「于10月开展年末跟踪指导」: 年末 names the guidance, the item's own month dates it (x206_04 二/（八）)
    assert find_deadlines("我委将于10月开展年末跟踪指导。", 2025) == []
    text = ("某委2025年工作要求\n2025年1月27日\n一、工作要求\n（一）加强跟踪指导。请各区强化日常管理。"
            "我委将组织专家开展专项指导，并于10月开展年末跟踪指导。\n（二）加强宣传。请各区开展宣传活动。\n")
    assert deadlines(text)["一.一"] == "2025-10-31"


def test_a_year_end_the_work_is_done_by_stays():
    # near miss: 「年底前完成」「年末，组织…」 are the work's time
    assert [d.date for d in find_deadlines("年底前完成全部改造。", 2025)] == ["2025-12-31"]
    assert [d.date for d in find_deadlines("年末组织开展一次检查。", 2025)] == ["2025-12-31"]


def test_whole_year_opening_a_clause_with_its_result_is_the_plans_year():
    # Round 39: 「全年」 is the plan's year (x211_03 二/(一)/1)
    text = "淘汰禁燃区内的煤饼加工销售,全年洁净煤使用比例完成省、市下达的目标任务。"
    assert [d.date for d in find_deadlines(text, 2018)] == ["2018-12-31"]


def test_whole_year_as_a_span_of_work_is_no_deadline():
    # near misses: 「全年推进」 (work kept up through the year) and 「全年每辆车补贴」 (a rate)
    assert find_deadlines("各街道全年推进垃圾分类宣传。", 2018) == []
    assert find_deadlines("对新能源车辆,全年每辆车补贴1万元。", 2018) == []


# --- a policy's own rate written as a multiple (round 25: a policy's own rate; round 32: a range's lower edge) -------

def figures(text: str, year: int = 2022) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(text, year)]


def test_a_multiple_of_a_base_price_charged_is_a_target():
    assert (1.3, "倍") in figures("超过定额30%的水量，按照基准水价的1.3倍收取。")
    assert figures("对超出部分按照基准价格的2倍加收水费。") == [(2.0, "倍")]
    assert figures("补助标准以常规项目设计费1.2-1.8倍为基准参考。") == [(1.2, "倍")]


def test_a_multiple_that_states_growth_or_the_past_is_no_target():
    # near miss: a ratio of the past 「是上年的1.5倍」 (a growth aim 「增长1倍」 is read as 增长10% is — a target, since
    # 倍 became a unit of the figure reader, p46f)
    assert figures("全区游客人数是上年的1.5倍。") == []
    assert figures("力争产值比上年增长1倍。") == [(1.0, "倍")]


# --- banners hung, a range at its lower edge (round 32); supplies collected or ordered are means (Round 44) ---------

def test_banners_hung_are_counted_at_a_ranges_lower_edge():
    assert figures("各村在主要街道悬挂宣传标语1—3幅。", 2019) == [(1.0, "幅")]
    assert figures("每个村至少悬挂标语2幅。", 2019) == [(2.0, "幅")]


def test_a_width_is_no_banner_count():
    # near miss: 幅度 / 降幅 are no unit of banners
    assert figures("各单位要大幅度减少排放。", 2019) == []


def test_supplies_ordered_or_collected_are_means():
    text = "宣传挂图。\n各个生产单位订购安全生产宣传挂图20幅,张挂在人流集中的公共场所。"
    assert find_targets(text, 2018, relaxed=True) == []
    # near miss: a count of work done stays a target
    assert [(t.value, t.unit) for t in find_targets("各村完成改造厕所20座。", 2018, relaxed=True)] == [(20.0, "座")]


# --- counts in Chinese numerals with their bar: 一期以上 (round 30 / 35), 最多只能…两个 (a ceiling) ---

def test_events_in_chinese_numerals_with_a_floor_after():
    got = find_targets("各企业要举办一期以上的安全知识专题培训。", 2018)
    assert [(t.value, t.unit, t.comparator) for t in got] == [(1.0, "期", ">=")]


def test_a_phase_of_a_project_is_no_count():
    # near misses: 「二期工程」 names a project's phase; 「每年举办一期」 a rhythm with no bar
    assert figures("建设二期工程。", 2018) == []
    # (w52d: Round 60 rulings, turned (rounds 49, 58 over w51d's scope): a rhythm's events are the item's own number)
    assert figures("每年举办一期培训班。", 2018) == [(1.0, "期")]


def test_a_ceiling_on_what_one_may_take_on_at_once():
    got = find_targets("项目负责人最多只能同时承担三个项目。", 2026)
    assert [(t.value, t.unit, t.comparator) for t in got] == [(3.0, "个", "<=")]
    assert figures("项目负责人同时承担三个项目。", 2026) == []      # near miss: no bar, a statement


# --- duties: a quarter's days in a step of several sendings; the sending's own day over a goal's (x206_04) ---------

def test_a_sending_by_each_quarters_day_is_quarterly():
    text = ("请各区于2月底前报送重点项目汇总表，3月20日、6月20日、9月20日、12月10日前报送各季度项目进展表，"
            "11月前录入信息系统。")
    got = {d.text[:6]: (d.due, d.every) for d in find_duties(text, 2025)}
    assert got["3月20日、"] == (None, "quarter")
    assert got["请各区于2月"] == ("2025-02-28", None)      # near miss: a one-off sending keeps its day


def test_a_sendings_own_day_over_a_goal_year_in_its_sentence():
    text = "持续完善建设计划，确保“十五五”末建成区面积达到80%，请各区于4月底前报送计划建成区的电子文件。"
    assert [(d.due, d.every) for d in find_duties(text, 2025)] == [("2025-04-30", None)]
    # near miss: a sending with no day of its own keeps the sentence's latest date
    text = "确保“十五五”末建成区面积达到80%，并将有关情况报送市住建委。"
    assert all(d.due != "2025-04-30" for d in find_duties(text, 2025))


def test_a_case_found_and_reported_is_an_undated_duty():
    # Round 44: a sending the rules ask of the bodies they task when a case arises
    text = "街道办事处应当加强对风貌区的日常巡查；发现违法建设行为的，应当及时制止并报告区城管执法局。"
    assert [(d.due, d.every) for d in find_duties(text, 2025)] == [(None, None)]


def test_a_case_found_and_dealt_with_sends_nothing():
    # near miss: found and dealt with on the spot, nothing sent
    assert find_duties("街道办事处应当加强日常巡查；发现违法建设行为的，应当及时制止并依法查处。", 2025) == []


def test_a_schedule_heading_run_in_with_its_one_span():
    text = ("某镇2023年河道清漂专项行动方案\n一、总体目标\n改善河流水质。\n"
            "三、实施计划4月10日一5月10日,全镇各村自行组织开展清理工作。\n"
            "四、责任分工\n镇河长办负责监督指导。各村负责组织清理。\n")
    got = deadlines(text)
    assert got["四"] == "2023-05-10"


def test_a_schedule_heading_over_stages_is_no_span():
    # near miss: 「实施计划」 over dated stages — phases, each read where it stands
    body = ("一、实施计划\n（一）动员阶段：4月10日至4月20日。\n（二）整治阶段：4月21日至5月10日。\n"
            "二、责任分工\n各村负责组织清理。\n")
    assert time_field_end(body, "", 2023) is None


def test_a_fines_band_is_no_target():
    # round 32: what a breach costs is a penalty, no target (x207_02 第四十一条)
    text = ("违反本条例规定擅自改建的，由区房屋管理部门责令限期改正，"
            "并可以处该建筑重置价百分之三以上百分之十以下的罚款。")
    assert figures(text, 2011) == []
    assert figures("垃圾无害化处置率达到95%以上。", 2011) == [(95.0, "%")]      # near miss: 处置率 is no fine


def test_a_paragraph_under_a_heading_line_opening_with_the_plans_year():
    # Round 44 decided: an item opening with a year outside a steps section is due at that year's end
    text = ("某区2026年节能减排重点工作安排\n二、重点工作\n（一）加快推进能源转型\n"
            "2026年新增光伏装机规模3000千瓦以上。推动光伏工程。\n"
            "（二）新增用户水表\n2026年起，新装水表原则上统一安装智能水表。\n")
    got = deadlines(text)
    assert got["二.一"] == "2026-12-31"
    assert got["二.二"] is None            # near miss: 「2026年起」 is a start
