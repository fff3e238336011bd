"""Round 49 second wave, w49b: deadlines from spans, ranges and relative times (classes read on the blind sets of
round 49: made-up texts in each class's shape, with near misses that must stay as they were)."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import campaign_end, days_line_end, own_day
from desktop.core.parse.counted_dates import months_deadline
from desktop.core.parse.date_spans import marks_lost_end
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.duties import find_duties
from desktop.core.parse.named_day_spans import stated_day_month
from desktop.core.parse.plan_year import ordinal_year
from desktop.core.parse.task_dates import day_in_stage, rhythm_first, stage_span_end


# --- 1. the edition printed straight before the day's name fixes the plan's year (Round 52 on x238_02, 53 on x241_01)
def test_an_edition_before_the_days_name_gives_the_year() -> None:
    assert ordinal_year("第40届“世界标准日”宣传活动方案\n一、活动时间") == 2009
    assert ordinal_year("为做好第二十届防治碘缺乏病宣传日活动，制定本方案。") == 2013
    assert ordinal_year("关于开展第10个全国爱耳日活动的通知") == 2009
    # (a sentence stating the edition wins: 今年…是第N个)
    assert ordinal_year("今年3月3日是第18次“全国爱耳日”。回顾第17次全国爱耳日的经验。") == 2017


def test_an_edition_of_no_known_day_or_two_editions_give_no_year() -> None:
    assert ordinal_year("为做好第三届读书活动月工作，制定本方案。") is None
    # (two editions the plan names, neither stated as this year's: no one year)
    assert ordinal_year("总结第22届世界标准日的经验，做好第23届世界标准日宣传。") is None
    # (an ordinal not written straight before the name: 第5个 counts something else)
    assert ordinal_year("开展第5个片区的世界标准日宣传。") is None


def test_items_under_a_dated_span_take_the_editions_year() -> None:
    text = ("第45届“世界标准日”宣传活动方案\n10月14日是世界标准日，为做好宣传，制订本方案。\n"
            "一、活动时间\n10月8日-10月20日\n二、活动内容\n1、开展标准进社区宣传活动；\n2、开展企业标准化调研活动；\n")
    tasks = parse_text(text).tasks
    assert [t.deadline for t in tasks] == ["2014-10-20", "2014-10-20"]


# --- 2. a span whose days the page masked is read at its month (Round 53 rulings on x238_04) --------------------------
def test_a_masked_span_of_days_is_read_at_its_month() -> None:
    assert marks_lost_end("2021年9月X日至X日。", None) == "2021-09-30"
    assert marks_lost_end("9月×日-10月×日", 2021) == "2021-10-31"
    # (near misses: a span printed whole is no lost one; a masked day with no year known reads nothing)
    assert marks_lost_end("9月1日至9月5日", 2021) is None
    assert marks_lost_end("9月X日至X日", None) is None


def test_a_run_in_activity_date_label_dates_the_items() -> None:
    text = ("2021年爱眼日宣传活动方案\n一、活动主题 关爱眼健康。二、活动日期2021年6月X日至X日。三、活动安排\n"
            "1.各乡镇要设置宣传点，发放宣传资料。\n2.各医院要开展义诊活动。\n")
    assert [t.deadline for t in parse_text(text).tasks] == ["2021-06-30", "2021-06-30"]


# --- 3. a start day and months counted from it, the page's commas doubled (Round 39 rulings; x241_08) -------------
def test_months_counted_from_a_start_day_with_doubled_commas() -> None:
    d = months_deadline("决定从4月1日起,,利用一个月时间,,开展造林工作", 2017)
    assert d is not None and d.date == "2017-05-31"
    d = months_deadline("自2020年3月起，用两个月时间开展排查", None)
    assert d is not None and d.date == "2020-05-31"
    # (near miss: a start with no time counted dates nothing)
    assert months_deadline("决定从4月1日起,开展造林工作", 2017) is None


# --- 4. a year inside the name of the check the work is to pass dates nothing (Round 55 rulings on x241_08) -----------
def test_a_year_naming_the_check_passed_is_no_deadline() -> None:
    assert find_deadlines("按要求完成造林任务，确保在2017年造林检查验收顺利通过。", 2017) == []
    assert find_deadlines("力争在2023年全市运动会上取得好成绩。", 2023) == []
    # (near misses: the year the work is done in, and a check passed by a year's end, stay deadlines)
    assert [d.date for d in find_deadlines("确保在2025年顺利通过国家验收。", 2024)] == ["2025-12-31"]
    assert [d.date for d in find_deadlines("确保在2025年底前通过验收。", 2024)] == ["2025-12-31"]


# --- 5. the months a preamble decides for the campaign, its end month with its own year (Round 45; x243_02) ---------
def test_a_decided_span_of_months_with_both_years_ends_the_campaign() -> None:
    assert campaign_end("市局决定于2021年3月至2021年9月，在全市组织开展专项整治工作。", 2021) == "2021-09-30"
    assert campaign_end("县政府决定于2020年11月至2021年2月，在全县开展冬季攻坚行动。", 2020) == "2021-02-28"
    assert campaign_end("镇政府决定于3月集中在全镇范围内开展清洁活动。", 2021) == "2021-03-31"
    # (near misses: a span of years too far apart, and a day decided for a meeting, end nothing)
    assert campaign_end("决定于2018年3月至2021年9月，在全市组织开展普查。", 2018) is None
    assert campaign_end("定于3月5日召开动员大会。", 2021) is None


# --- 6. an item whose first clause sends on a rhythm keeps no span's end (rounds 38, 40; x243_02 三/（二）/3) ---------
def test_a_rhythm_sending_item_takes_no_stage_or_campaign_span() -> None:
    text = ("关于开展消防专项整治的实施方案\n市局决定于2021年3月至2021年9月，在全市组织开展消防专项整治工作。\n"
            "一、工作步骤\n（一）检查阶段（2021年4—6月）\n1.各区消防救援大队要对辖区内场所开展全覆盖检查。\n"
            "2.各区消防救援大队要在次月5日前将上月的检查情况报市消防救援支队。\n"
            "二、工作要求\n（一）各区要加强组织领导，落实责任。\n")
    got = {t.title[:12]: t.deadline for t in parse_text(text).tasks}
    assert list(got.values()) == ["2021-06-30", None, "2021-09-30"]
    assert rhythm_first("各区要在次月5日前将上月的检查情况报市局") and rhythm_first("每月5日前报送进度")
    # (near miss: a one-off step first, the rhythm in a later clause — dated by the span, round 40)
    assert not rhythm_first("各区要开展全覆盖检查，每月5日前报送进度")


# --- 7. a stage's span of days in one month ends on its day; a bare day under it is in its month (round 37; x241_07) --
def test_a_stage_span_of_days_ends_on_its_last_day() -> None:
    assert stage_span_end("宣传动员阶段(2019年5月6日—9日)", 2019) == "2019-05-09"
    assert stage_span_end("集中整治阶段（5月10日至6月20日）", 2019) == "2019-06-20"
    # (near miss: a span of months ends at its month's end)
    assert stage_span_end("集中整治阶段（5月至6月）", 2019) == "2019-06-30"


def test_a_bare_day_under_a_dated_stage_is_in_the_stages_month() -> None:
    assert day_in_stage("由街道办事处在8日前制作宣传牌10块", "2019-05-09") == "2019-05-08"
    # (near misses: a day past the stage's end, a day of a rhythm, two days: none)
    assert day_in_stage("由街道办事处在20日前制作宣传牌", "2019-05-09") is None
    assert day_in_stage("各单位于每月5日前报送进度", "2019-05-09") is None
    assert day_in_stage("6日前制作宣传牌，8日前摆放到位", "2019-05-09") is None
    text = ("马路市场整治方案\n为改善环境，制定本方案。\n一、工作步骤\n(一)宣传动员阶段(2019年5月6日—9日)\n"
            "1.由街道办事处在8日前制作宣传牌10块，摆放在醒目位置。\n2.街道办事处抽调5人开展巡查劝导。\n")
    assert [t.deadline for t in parse_text(text).tasks] == ["2019-05-08", "2019-05-09"]


# --- 8. the year's own work announced with 今年 (Round 55 rulings on x241_02 三) --------------------------------------
def test_this_years_announced_work_is_due_within_the_year() -> None:
    got = find_deadlines("今年我市将组织开展示范医院评估工作，各地要做好准备。", 2020)
    assert [d.date for d in got] == ["2020-12-31"]
    assert [d.date for d in find_deadlines("今年要全面开展消防标准化建设。", 2020)] == ["2020-12-31"]
    # (near misses: the year's theme, a past span and work not announced by 将／要 date nothing)
    assert find_deadlines("今年的主题是“健康生活”。", 2020) == []
    assert find_deadlines("今年以来，我市已组织开展评估。", 2020) == []
    assert find_deadlines("今年我市的重点是加强宣传。", 2020) == []


# --- 9. an item stating its named week's date and naming it for its work (Round 51 on x210_05; x241_02 一) ------------
def test_an_item_stating_its_named_weeks_date_is_dated_by_its_month() -> None:
    text = "每年9月10-16日为“全民节水周”，各地要以全民节水周为契机，开展节水宣传。"
    assert stated_day_month(text, 2020) == "2020-09-30"
    assert stated_day_month("6月5日是“世界环境日”。各单位要在世界环境日组织宣传。", 2020) == "2020-06-30"
    # (near misses: the date stated but the day not named again for the work; no year known)
    assert stated_day_month("每年9月10-16日为“全民节水周”。各地要开展节水宣传。", 2020) is None
    assert stated_day_month(text, None) is None


def test_a_decided_month_takes_its_own_sentences_year() -> None:
    # (the sentence's own year over a site's headline year, round 42; 开展 cut to 开 at the sentence's end)
    pre = "2018 年 3 月 5 日是第 55 个学雷锋日,为推动志愿服务,经研究,决定在 3 月份开。"
    assert campaign_end(pre, 2023) == "2018-03-31"
    assert campaign_end("经研究，决定在3月份开展学雷锋活动。", 2021) == "2021-03-31"
    # (near miss: a month decided for a meeting opened, not the campaign: 开会)
    assert campaign_end("经研究，决定在3月份开会部署。", 2021) is None


# --- 10. this edition's day opening an item's sentence is its own day (round 37; x241_01 三/2) ------------------------
def test_this_editions_day_opening_a_sentence_is_the_items_own() -> None:
    assert own_day("启动仪式。\n本次9月20日现场设在市民广场,要精心布置。", 2020) == "2020-09-20"
    # (near miss: 本次 before a span is no one day)
    assert own_day("启动仪式。\n本次9月20日至25日在市民广场开展宣传。", 2020) is None


# --- 11. a bare line of the activity's days, its label lost (round 48 on x226_06; x238_05) ---------------------------
def test_a_bare_line_of_days_ends_the_activity() -> None:
    assert days_line_end("宣传活动计划\n2020年9月18、19、20日。\n各县区卫生局。\n") == "2020-09-20"
    assert days_line_end("方案\n2020年9月28日至10月3日\n") == "2020-10-03"
    # (near misses: one day alone (a page's date), two such lines, a day inside a sentence)
    assert days_line_end("方案\n2020年9月18日\n") is None
    assert days_line_end("2020年9月18、19日\n2020年10月8、9日\n") is None
    assert days_line_end("定于2020年9月18、19日开展宣传。\n") is None


# --- 12. duties: a sending as laid down with what is sent named between, a joined filing (round 48; x239_04, x237_02) -
def test_a_sending_as_laid_down_with_its_object_between_is_a_duty() -> None:
    got = find_duties("区执法大队作出处罚决定后，应当按要求将处罚决定信息报送市信用信息平台。", 2021)
    assert [(d.kind, d.due) for d in got] == [("other", None)]
    # (near miss: 按要求 before work that sends nothing)
    assert find_duties("区执法大队应当按要求将处罚决定信息在网站上公开。", 2021) == []


def test_a_plan_bodys_result_filed_with_a_plan_body_is_a_duty() -> None:
    got = find_duties("项目决算由行业主管部门审核、出具决算批复，并向区财政局备案;其余报区财政局审核。", 2024)
    assert [(d.kind, d.due) for d in got] == [("other", None)]
    # (near misses: an enterprise's own filing, and a filing not joined to the work)
    assert find_duties("企业应编制应急预案，并向区应急管理局备案。", 2024) == []
    assert find_duties("区应急管理局负责应急预案备案工作。", 2024) == []
