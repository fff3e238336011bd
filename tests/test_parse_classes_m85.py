"""Round 31 (m85): dates, phases and duties — the round-30 review of p85 mended as classes, and the date, phase and
duty classes of plans-next91/93/94/95/97 (other wordings of each class, and near misses that must not change)."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.date_spans import month_range, quarters_range
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.duties import find_duties
from desktop.core.parse.schedule import find_phases
from desktop.core.parse.task_dates import title_phase_end


def _dates(text: str, year: int | None = 2025) -> list[str]:
    return [d.date for d in find_deadlines(text, year)]


def _duties(text: str, year: int | None = 2024) -> list[tuple[str | None, str | None]]:
    return [(d.every, d.due) for d in find_duties(text, year)]


def _phases(text: str, year: int | None = 2024) -> dict[str, tuple[str | None, str | None]]:
    return {p.name: (p.start, p.end) for p in find_phases(text, year)}


# -- 1. a bracketed month is the item's deadline only where it closes the item's work

def test_a_stage_month_closing_the_item_is_its_deadline():
    assert _dates("梳理制定年度清单，并及时通知相关企业（2025年3月）。") == ["2025-03-31"]
    assert _dates("组织开展现场查看，督促企业完成补充说明（2025年5月）") == ["2025-05-31"]
    assert _dates("各区完成自查并报送材料（2025年6月）；") == ["2025-06-30"]
    # a paper the work issues may be named last
    assert _dates("经整改仍不满足条件的，不予延续换发《港口经营许可证》（2025年6月）。") == ["2025-06-30"]


def test_a_cited_rules_edition_or_a_figures_month_is_no_deadline():
    for text in ("严格执行《上海市绿化条例》（2025年10月）。", "按照《某市物业管理办法》（2025年3月）。",
                 "落实《关于加强充电设施管理的通知》（2025年6月）", "全区现有公共充电桩5000个（2025年6月）。",
                 "全市充电设施覆盖率达到95%（2025年6月）。", "已建成示范小区12个（2025年9月）。"):
        assert _dates(text) == [], text


def test_a_bracketed_month_closing_a_sentence_inside_the_item_is_no_deadline():
    assert _dates("各街镇开展排查（2025年8月）。\n完善台账，做好后续管理。") == []
    assert _dates("制定工作方案（2025年4月）。各单位抓好落实。") == []
    # (a month before the plan's year is no stage of it)
    assert _dates("梳理制定清单，通知相关企业（2023年3月）。") == []


# -- 2. quarters listed before one 季度: a stage over them all

def test_listed_quarters_span_the_stage():
    assert _phases("第二、三季度为集中整治阶段，第四季度为总结验收阶段。") == {
        "集中整治阶段": ("2024-04", "2024-09"), "总结验收阶段": ("2024-10", "2024-12")}
    assert _phases("二至三季度为集中攻坚期。")["集中攻坚期"] == ("2024-04", "2024-09")
    assert _phases("第一季度、第二季度为集中整治阶段。") == {"集中整治阶段": ("2024-01", "2024-06")}
    assert month_range("（2024年第二季度至第三季度）", None) == ("2024-04", "2024-09")
    assert _phases("2025年第一、二季度作为试运行过渡期。")["试运行过渡期"] == ("2025-01", "2025-06")
    assert month_range("（2024年第二、三季度）", None) == ("2024-04", "2024-09")
    assert quarters_range("第二、三季度：集中整治", 2024) == ("2024-04", "2024-09")
    assert title_phase_end("第二、三季度：集中整治", 2024) == "2024-09-30"
    assert title_phase_end("三至四季度：巩固提升", 2024) == "2024-12-31"


def test_a_single_quarter_stays_one_quarter():
    assert _phases("第三季度为集中整治阶段。") == {"集中整治阶段": ("2024-07", "2024-09")}
    assert quarters_range("第一季度：摸底排查", 2024) == ("2024-01", "2024-03")
    assert quarters_range("摸底排查", 2024) is None
    assert _phases("每季度为一个周期。") == {}
    # (before the quarter: the end of the one before — Round 77's x302_01 decided, Round 81's p59e-1)
    assert month_range("（2024年第三季度前完成）", None) == (None, "2024-06")
    assert title_phase_end("第一季度：摸底排查", 2024) == "2024-03-31"


def test_listed_quarters_as_stage_headings():
    plan = parse_text("某区2024年老旧小区改造工作方案\n一、工作任务\n（一）改造小区。区住建委负责完成10个小区改造。\n"
                      "二、实施步骤\n（一）第一季度：摸底排查。各街镇开展摸底。\n（二）第二、三季度：集中整治。各街镇全面整治。\n"
                      "（三）第四季度：总结验收。区住建委组织验收。\n")
    spans = {p.name: (p.start, p.end) for p in plan.phases}
    assert spans["第二、三季度"] == ("2024-04", "2024-09")
    assert spans["第一季度"] == ("2024-01", "2024-03")


# -- 3. an applicant's filing is no duty of the plan's units

def test_an_applicants_yearly_filing_is_no_duty():
    for text in ("请符合条件的企业于每年3月底前向区商务局申报。",
                 "符合条件的企业应在每年年底前向领导小组申报次年项目。",
                 "有需求的企业须在每年6月底前向区经委申报。", "申请人应在每年年底前向区民政局申报。"):
        assert find_duties(text, 2024) == [], text


def test_a_units_yearly_filing_stays_a_duty():
    assert _duties("各街镇应在每年年底前向领导小组申报次年项目。") == [("year", None)]
    assert _duties("请各区于每年3月底前向市商务局申报。") == [("year", None)]
    # (an applicant's filing beside a sending of the units: the sentence still sends)
    assert _duties("各街镇应在每年年底前组织企业向区商务局申报，并将情况报送区政府。")
    # (round 32 (p32t), CONVENTIONS.md 'a regulated party's filing is no duty': the firm's own filing and sending to a
    # regulator 「企业应在每年年底前向区商务局申报，并将情况报送区政府」 is the policy's content, no duty)
    assert not _duties("企业应在每年年底前向区商务局申报，并将情况报送区政府。")


# -- 4. 定期 with no period: a review or coordination of the work is a duty with no rhythm

def test_a_regular_review_with_no_period_is_a_duty():
    for text in ("建立工作会议机制，定期研究并协调解决项目推进中的问题。", "各成员单位定期对推进工作进行总结评估。",
                 "区住建委定期研判工作推进情况。", "领导小组定期协调解决重大问题。"):
        assert _duties(text) == [(None, None)], text


def test_other_regular_work_is_no_duty():
    for text in ("各街镇定期开展巡查。", "定期对消防设施进行检修。", "定期跟踪评估实施效果。", "不定期进行研究。",
                 "定期组织学习研究。", "（三）做好定期总结归纳"):
        assert find_duties(text, 2024) == [], text
    # (a heading over the sentence that sends: the sentence's duty only)
    assert _duties("（三）做好定期总结归纳。各牵头部门按季度报送阶段性总结。") == [("quarter", None)]


# -- 5. a window the plan sets, dated beside its name, is a phase

def test_a_dated_window_is_a_phase():
    assert _phases("设置一年（2022年1月1日至2022年12月31日）的过渡期，过渡期内两种资质均可使用。", 2022) == {
        "过渡期": ("2022-01", "2022-12")}
    assert _phases("设置半年（2024年7月1日至12月31日）的缓冲期。") == {"缓冲期": ("2024-07", "2024-12")}
    assert _phases("新系统试运行期（2024年3月至6月），各单位双轨运行。") == {"试运行期": ("2024-03", "2024-06")}


def test_other_periods_in_brackets_are_no_phase():
    assert _phases("政策有效期（2024年1月1日至2026年12月31日）。") == {}
    assert _phases("主汛期（6月至9月）加强巡查。") == {}
    assert _phases("设置一定的过渡期，过渡期内两种资质均可使用。") == {}


# -- 6. a yearly round set in the sentence before

def test_a_sending_after_a_yearly_round_is_yearly():
    assert _duties("项目库调整工作每年开展一次。各区需在6月底前将申报材料报送市局。") == [("year", None)]
    assert _duties("目录每年集中调整一次。各部门于10月底前提出调整申请，经审核后上报区政府。") == [("year", None)]


def test_no_yearly_round_before_keeps_the_date():
    assert _duties("各区需在6月底前将材料报送市局。") == [(None, "2024-06-30")]
    # (the year written: a sending due that day; the round in another paragraph: none of this sentence's)
    assert _duties("项目申报工作每年开展一次。各区需在2024年6月底前将申报材料报送市局。") == [(None, "2024-06-30")]
    assert _duties("全区每年开展一次检查。\n各区需在6月底前将材料报送市局。") == [(None, "2024-06-30")]


# -- 7. duties timed by an event, and filings as a rule lays down

def test_an_account_sent_before_an_event_is_a_duty():
    # (round 32 (p32t), CONVENTIONS.md 'a regulated party's filing is no duty': a builder's or contractor's account
    # sent to its regulator is the rule's content (plans-next95 x95_02 aligned by al32); a plan unit's stays a duty)
    for text in ("区住建委应当在建设工程发包前，按规定报送园林绿化工程项目信息。",
                 "各街镇应当在开工前，按规定报送施工进度情况。",
                 "区建设管理中心应当在工程竣工验收后，按要求上报项目建设数据。"):
        assert _duties(text) == [(None, None)], text
    for text in ("建设单位应当在建设工程发包前，按规定报送园林绿化工程项目信息。",
                 "施工单位应当在开工前，按规定报送施工进度情况。"):
        assert _duties(text) == [], text


def test_a_filing_as_a_rule_lays_down_is_a_duty():
    # (round 32 (p32t): the builder's own 备案 with its regulator is a regulated party's filing, no duty)
    assert _duties("建设单位应当按《上海市建设工程竣工结算文件备案管理办法》的规定进行竣工结算文件备案。") == []
    assert _duties("区建设管理中心应当按《上海市建设工程竣工结算文件备案管理办法》的规定进行竣工结算文件备案。") \
        == [(None, None)]
    assert _duties("养护单位应按照有关规定办理养护合同备案。") == [(None, None)]


def test_an_applicants_papers_stay_no_duty():
    for text in ("申请人在申报时同时提交营业执照复印件等材料。", "企业在办理登记时同步提交承诺书。",
                 "申请人应同时提交身份证明材料。", "企业在办理登记后按规定提交承诺书。",
                 "企业应当按规定办理登记手续。"):
        assert find_duties(text, 2024) == [], text


# -- 8. plans-next97: duties not found or not timed, stages in running text, a date the page cut

def test_the_months_work_on_the_month_before_is_monthly():
    assert _duties("县自然资源局要在本月完成上一个月下发图斑的核查汇总，并上报核查情况。") == [("month", None)]
    assert _duties("各街道于当月10日前报送上个月巡查情况。") == [("month", None)]


def test_an_account_sent_on_as_the_works_last_step_is_a_duty():
    assert _duties("县自然资源局将适时开展约谈问责，督促限期整改，并将约谈情况报告市卫片办。") == [(None, None)]
    assert _duties("区住建委组织验收，同时将验收结果抄送区财政局。") == [(None, None)]
    for text in ("各街镇开展排查，并将结果作为考核依据。", "各街镇开展排查，并将排查情况报区政府审批。"):
        assert find_duties(text, 2024) == [], text


def test_a_summary_or_return_finished_by_a_day_is_a_duty():
    assert _duties("5月20日前，做好迎接检查验收准备，5月底前完成整组总结和民兵分队数质量统计报表工作。", 2020) == [
        (None, "2020-05-31")]
    assert _duties("各街镇于11月30日前完成年度统计报表。") == [(None, "2024-11-30")]
    for text in ("12月底前全面完成改造任务。", "各单位已完成年度总结。", "10月底前完成排查整治。"):
        assert find_duties(text, 2024) == [], text


def test_papers_handed_up_are_sent():
    assert find_duties("同时上交狂犬病防制半年总结和全年总结。", 2024)
    assert find_duties("各乡镇于12月10日前上交年度工作报告。", 2024)
    for text in ("各单位按规定上交国库。", "项目收益按比例上交财政。"):
        assert find_duties(text, 2024) == [], text


_PAGE = ("…对前一阶段的工作进行检查。二是集中整治阶段(2010年12月1日至2011年1月7日)。各地开展检查。"
         "三是总结评估阶段(2011年1月8日至2011年1月23日)。各地对未解决的问题进行“回头看”。\n"
         "二、工作要求\n（一）加强领导。各地要高度重视。\n（二）协调配合。各部门要密切配合。\n")


def test_stages_counted_in_running_text_before_the_items_are_phases():
    spans = {p.name: (p.start, p.end) for p in parse_text(_PAGE).phases}
    assert spans["总结评估阶段"] == ("2011-01", "2011-01")
    assert spans["集中整治阶段"] == ("2010-12", "2011-01")


def test_a_past_stage_the_preamble_recalls_is_no_phase():
    plan = parse_text("某区2024年垃圾分类工作方案\n在试点阶段（2022年1月至6月）取得成效的基础上，制定本方案。\n"
                      "一、工作任务\n（一）推进分类。区绿化市容局负责。\n（二）完善设施。各街镇负责。\n")
    assert plan.phases == []


def test_a_date_the_page_cut_is_not_the_items_deadline():
    text = ("某市专项整治实施方案\n一、工作任务\n（一）加强部署。各县区负责。\n（二）明确时限要求\n"
            "各县区在2017年9月15日前完成综合测算摸底，报市人民政府审批。在2017年9月31日前")
    assert parse_text(text).tasks[-1].deadline == "2017-09-15"
    # (the same date with its work written, or a label's date closing the item, stays)
    whole = text + "全面完成整治。"
    assert parse_text(whole).tasks[-1].deadline == "2017-09-30"
