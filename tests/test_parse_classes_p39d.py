"""Round 39, p39d (dates, duties): 「全年」 as the plan's year, 「每年底」 a yearly rhythm, 「每1周」 a weekly rhythm,
two dated sendings ending with the last, a campaign span 「即日起至…」 or 「自…起，利用一个月时间」 in the preamble, an
activity span labelled twice, 「在放假前」 the holiday the plan fixes. Made-up snippets written the way plans write."""

from desktop.core.parse import parse_text
from desktop.core.parse.activity_spans import activity_span_end, campaign_end, holiday_eve, own_day
from desktop.core.parse.counted_dates import months_deadline
from desktop.core.parse.dates import deadline_from_words, find_deadlines
from desktop.core.parse.duty_sentences import rhythm_of


def _dates(text: str, year: int = 2024) -> list[str]:
    return [d.date for d in find_deadlines(text, year)]


def test_whole_year_is_the_plans_year():
    assert _dates("确保全年新建停车泊位300个，完成改造小区12个。") == ["2024-12-31"]
    assert _dates("力争全年培育家庭农场5个。") == ["2024-12-31"]
    assert deadline_from_words("全年", 2025)[0].date == "2025-12-31"
    # near-misses: work kept up all year, a named year, the grade of a result — no deadline
    assert _dates("全年推进垃圾分类宣传工作。") == []
    assert _dates("2023年全年开展巡查。") == []
    assert _dates("确保全年达标率达到95%以上，为合格；不满足则为不合格。") == []
    assert _dates("有害垃圾收运补贴以车辆为单位，全年每辆车补贴15万元。") == []
    assert _dates("（3）全年废水日均排放量大于250吨且小于等于2500吨。") == []


def test_a_whole_year_cell_in_a_table_one_cell_a_line():
    text = ("2025年街道重点工作责任清单\n序号 |\n重点工作 |\n责任单位 |\n完成时限 |\n"
            "1 |\n推进老旧小区综合改造，完善配套设施。 |\n街道城建办 |\n全年 |\n"
            "2 |\n开展背街小巷环境整治，提升市容面貌。 |\n街道城管中队 |\n2025年6月底前 |\n")
    plan = parse_text(text)
    assert [t.deadline for t in plan.tasks] == ["2025-12-31", "2025-06-30"]


def test_a_yearly_rhythm_is_no_deadline():
    assert _dates("每年底，由区住建委牵头组织开展评估。") == []
    assert _dates("年底前，由区住建委牵头完成评估。") == ["2024-12-31"]


def test_each_one_week_is_weekly():
    assert rhythm_of("每1周通报各街道案件发生情况") == "week"
    assert rhythm_of("每一周报送工作进展") == "week"
    assert rhythm_of("每周五前报送工作进展") == "week"
    assert rhythm_of("每1月报送工作进展") != "week"


def test_two_dated_sendings_end_with_the_last():
    text = ("二、工作要求\n1、各社区要制定整治方案，于2024年5月20日前报街道办备案。并与2024年10月31日前将整治工作总结"
            "报街道办。\n")
    plan = parse_text(text)
    assert plan.tasks[0].deadline == "2024-10-31"
    # near-miss: the work's own date stays where the summary is not joined as its last step
    text = ("二、工作要求\n1、各社区要于2024年5月20日前完成排查整改，形成台账，各社区将排查情况报街道办。\n")
    assert parse_text(text).tasks[0].deadline == "2024-05-20"


def test_months_counted_from_a_start_month():
    assert months_deadline("区政府决定自2024年3月起，利用一个月时间，在全区开展整治。", None).date == "2024-04-30"
    assert months_deadline("自11月起，用两个月时间集中整治", 2020).date == "2021-01-31"
    assert months_deadline("自2024年3月起，在全区开展整治。", 2024) is None
    assert campaign_end("县政府决定自2024年3月起,利用一个月时间,在全县集中开展专项行动。", 2024) == "2024-04-30"


def test_campaign_from_today_without_from():
    assert campaign_end("根据上级部署,即日起至2025年1月底,在全市范围内继续开展专项工作。", 2024) == "2025-01-31"
    # near-miss: how long a rule is in force
    assert campaign_end("本通知即日起至2025年1月底施行。", 2024) is None


def test_an_activity_span_labelled_twice_is_one_span():
    body = "三、活动时间\n活动时间。2024年6月1日至30日。\n四、活动内容\n(一)开展宣传。\n"
    assert activity_span_end(body, 2024) == "2024-06-30"
    body = "三、活动时间\n2024年6月1日至30日。\n(一)活动时间:2024年7月1日至10日。\n"
    assert activity_span_end(body, 2024) is None


def test_a_day_after_an_arrangement_is_the_activitys_own():
    assert own_day("开展咨询日活动。根据区安委办统一安排,6月16日区卫健委将派出人员参加现场咨询。", 2024) == "2024-06-16"
    assert own_day("开展咨询日活动。根据区安委办统一安排,6月16日前报送名单。", 2024) is None


def test_before_the_holiday_is_the_holiday_the_plan_fixes():
    body = ("一、假期安排\n2月10日(星期六)至17日(星期六)放假,共8天。\n二、工作要求\n"
            "(一)各科室在放假前要组织一次安全检查。\n")
    assert holiday_eve("各科室在放假前要组织一次安全检查。", body, 2024) == "2024-02-10"
    body2 = "一、放假时间安排。“五一”放假时间从5月1日至5日,共5天。\n"
    assert holiday_eve("放假前,各村要做好环境卫生工作。", body2, 2024) == "2024-05-01"
    # near-misses: no holiday's days fixed; a masked year; the work not dated by the holiday
    plain = "二、工作要求\n放假前,各村要做好环境卫生工作。\n"
    assert holiday_eve("放假前,各村要做好环境卫生工作。", plain, 2024) is None
    assert holiday_eve("放假前,保卫处要组织检查。", "一、学校从20xx年1月17日(星期六)起放假6周\n", 2024) is None
    assert holiday_eve("各科室要做好排班安排。", body, 2024) is None
