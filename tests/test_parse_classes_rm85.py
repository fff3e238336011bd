"""Round 31 review of m85 (rm85): the near misses of m85's date, phase and duty rules a user importing other plans
would meet — a bracketed month after the paper or the figure the work makes, quarters written in digits or across a
year, a time-limit label closing an item, a unit organising applicants' filings, an account sent on with 报 alone, a
yearly round before a sending that keeps no date, 定期 on publicity or the past, windows and counted stages before the
plan's year."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.date_spans import month_range
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.duties import find_duties
from desktop.core.parse.schedule import counted_stages, find_phases


def _dates(text: str, year: int | None = 2025) -> list[str]:
    return [d.date for d in find_deadlines(text, year)]


def _duties(text: str, year: int | None = 2024) -> list[tuple[str | None, str | None]]:
    return [(d.every, d.due) for d in find_duties(text, year)]


def _phases(text: str, year: int | None = 2024) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.start, p.end) for p in find_phases(text, year)}


# -- 1. a bracketed month after the paper the work makes, or the figure it reaches, is the item's date

def test_a_month_after_the_paper_the_work_makes_is_its_date():
    assert _dates("研究制定《某区扬尘污染防治管理办法》（2025年6月）。") == ["2025-06-30"]
    assert _dates("出台《关于加强物业管理的实施意见》（2025年9月）") == ["2025-09-30"]
    assert _dates("修订完善《某区突发事件应急预案》（2025年10月）。") == ["2025-10-31"]
    assert _dates("制定并印发《垃圾分类实施方案》（2025年3月）。") == ["2025-03-31"]


def test_a_month_after_the_figure_the_work_reaches_is_its_date():
    assert _dates("完成老旧小区改造50个（2025年12月）。") == ["2025-12-31"]
    assert _dates("新建公共充电桩500个（2025年12月）") == ["2025-12-31"]
    assert _dates("区生态环境局新建空气质量监测站10个，覆盖率达到100%（2025年9月）。") == ["2025-09-30"]
    assert _dates("培育示范合作社8家（2025年11月）；") == ["2025-11-30"]


def test_a_cited_rule_or_a_standing_figure_stays_no_date():
    for text in ("严格执行《某市大气污染防治条例》（2025年10月）。", "对照《某市物业管理办法》（2025年3月）。",
                 "全区现有公共充电桩5000个（2025年6月）。", "已建成示范小区12个（2025年9月）。",
                 "全区共有养老机构36家（2025年6月）。", "全市充电设施覆盖率达到95%（2025年6月）。"):
        assert _dates(text) == [], text


def test_the_paper_the_work_makes_dates_its_item_in_a_plan():
    plan = parse_text("某区2025年扬尘治理工作方案\n一、重点任务\n"
                      "（一）完善制度。研究制定《某区扬尘管理办法》（2025年6月）。\n"
                      "（二）建设监测网络。新建空气质量监测站10个（2025年9月）。\n（三）严格执法。严格执行《某市大气污染防治条例》"
                      "（2025年10月）。\n")
    assert [t.deadline for t in plan.tasks] == ["2025-06-30", "2025-09-30", None]


# -- 2. quarters written in digits, or running into the next year

def test_quarters_in_digits_are_no_months():
    assert _phases("第2-3季度为集中整治阶段。") == {"集中整治阶段": ("2024-04", "2024-09")}
    assert month_range("（2024年1-3季度）", None) == ("2024-01", "2024-09")
    assert month_range("（2024年2-3月）", None) == ("2024-02", "2024-03")


def test_quarters_running_into_the_next_year_span_the_stage():
    assert _phases("2024年第四季度至2025年第一季度为集中整治阶段。") == {"集中整治阶段": ("2024-10", "2025-03")}
    assert _phases("2024年四季度至2025年一季度为冬季攻坚期。")["冬季攻坚期"] == ("2024-10", "2025-03")
    # (one quarter, its year written, stays itself)
    assert _phases("2025年第一季度为试运行过渡期。")["试运行过渡期"] == ("2025-01", "2025-03")


# -- 3. a time-limit label closing an item is no page cut

def test_a_time_limit_label_closing_the_item_keeps_its_date():
    head = "某区2025年安全生产专项整治工作方案\n一、工作任务\n（一）开展排查\n各街镇于2025年3月底前完成摸底。\n"
    for label in ("完成时限：在2025年12月底前", "完成时间：于2025年12月31日前", "时间节点: 在2025年12月底前"):
        plan = parse_text(head + label + "\n（二）推进整治\n各街镇于2025年6月底前完成整治。\n")
        assert plan.tasks[0].deadline == "2025-12-31", label
    # (the clause the page cut, no label: the date before it stands)
    cut = parse_text(head.replace("摸底。\n", "摸底，区应急局于2025年12月31日前"))
    assert cut.tasks[0].deadline == "2025-03-31"


# -- 4. a unit organising or guiding the applicants' filings keeps the duty

def test_a_unit_organising_applicants_filings_is_a_duty():
    assert _duties("各街镇指导符合条件的企业于每年3月底前向区商务局申报。") == [("year", None)]
    assert _duties("各区负责组织有意向的单位在每年年底前向市领导小组申报。") == [("year", None)]
    assert _duties("各区经信局动员辖区企业于每年6月底前向市经信局申报。") == [("year", None)]


def test_a_filing_with_a_commission_or_a_government_is_a_duty_as_with_a_bureau():
    assert _duties("各区应在每年年底前向市发展改革委申报次年项目。") == [("year", None)]
    assert _duties("各区商务委组织企业于每年3月底前向市商务委申报。") == [("year", None)]
    assert _duties("各区须向市住建委申报。") == [(None, None)]
    assert _duties("各街镇应向区政府申报改造计划。") == [(None, None)]
    for text in ("请符合条件的企业于每年3月底前向区商务委申报。", "企业应向区发展改革委申报。"):
        assert find_duties(text, 2024) == [], text


def test_the_applicants_own_filing_stays_no_duty():
    for text in ("请符合条件的企业于每年3月底前向区商务局申报。", "有意向的单位可在每年年底前向领导小组申报。",
                 "申请人应在每年年底前向区民政局申报。"):
        assert find_duties(text, 2024) == [], text


# -- 5. an account sent on as the work's last step, with 报 alone

def test_an_account_sent_with_bao_alone_is_a_duty():
    assert _duties("各街镇开展排查，并将排查情况报区安委办。") == [(None, None)]
    assert _duties("区市场监管局组织抽检，同时将抽检结果报市市场监管局。") == [(None, None)]
    for text in ("各街镇开展排查，并将排查情况报区政府审批。", "各街镇开展排查，并将结果报请区政府同意。",
                 "各街镇组织排查，并将排查结果通报各村居。"):
        assert find_duties(text, 2024) == [], text


# -- 6. a yearly round before a sending that keeps no date: the sending's own time

def test_a_prompt_or_event_timed_sending_after_a_yearly_round_keeps_no_rhythm():
    assert _duties("每年开展一次检查。发现问题的，各街镇应及时报告区政府。") == [(None, None)]
    assert _duties("专项资金每年拨付一次。各街镇须在资金拨付后30日内将使用情况报区财政局。") == [(None, None)]
    # (a dated sending after it stays yearly, as m85 reads it)
    assert _duties("区应急局每年组织一次应急演练。各街镇于6月底前将演练方案报区应急局。") == [("year", None)]


# -- 7. 定期 on publicity or on what was done is no review duty

def test_regular_publicity_or_a_past_review_is_no_duty():
    for text in ("定期总结推广典型经验。", "定期总结宣传先进做法。", "区住建委定期研究解决了一批难题。"):
        assert find_duties(text, 2024) == [], text
    for text in ("领导小组定期研究解决重大问题。", "各部门定期研究了解群众诉求。", "定期总结工作推进情况。"):
        assert _duties(text) == [(None, None)], text


# -- 8. windows and counted stages before the plan's year are recalled, no stages

def test_a_window_before_the_plans_year_is_no_phase():
    for text in ("在试运行期（2023年3月至6月）取得成效的基础上，全面推开。",
                 "该办法试行期（2021年1月至2022年12月）已满。"):
        assert _phases(text) == {}, text
    assert _phases("老系统宽限期（2024年1月至3月）内仍可使用。") == {"宽限期": ("2024-01", "2024-03")}
    assert _phases("设置半年（2023年7月1日至2024年6月30日）的过渡期。") == {"过渡期": ("2023-07", "2024-06")}


def test_counted_stages_before_the_plans_year_are_recalled():
    recalled = "2023年我区开展了试点，一是试点阶段（2023年1月至6月），二是推广阶段（2023年7月至12月），取得明显成效。"
    assert counted_stages(recalled, 2024) == []
    ahead = ("一是动员部署阶段（2024年1月至3月）；二是集中推进阶段（2024年4月至10月）；"
             "三是总结验收阶段（2024年11月至12月）。")
    assert [p.name for p in counted_stages(ahead, 2024)] == ["动员部署阶段", "集中推进阶段", "总结验收阶段"]
