"""Issue 10's failure classes of the plan parser: the schedule: phases, deadlines, reporting duties and
dates.

Each class on a short text of its own, then the real case (the scorer covers whole plans:
tests/test_parse_score.py)."""

from __future__ import annotations

import pytest
from helpers_parse import units

from desktop.core.parse import parse_text

# --- 7. phases ------------------------------------------------------------------------------

def test_phases_with_month_only_and_from_the_plan_year():
    plan = parse_text("2017年某区整治方案\n一、任务\n（一）整治。（区公安分局负责）\n二、工作步骤\n"
                      "（一）动员部署阶段（8月31日前）\n部署工作。\n（二）排查整治阶段（9月1日至11月30日）\n开展排查。\n"
                      "（三）巩固提高阶段（12月）\n检查验收。\n")
    assert [(p.name, p.start, p.end) for p in plan.phases] == [
        ("动员部署阶段", None, "2017-08"), ("排查整治阶段", "2017-09", "2017-11"),
        ("巩固提高阶段", "2017-12", "2017-12")]


def test_quarter_steps_are_phases_and_deadlines():
    plan = parse_text("2026年某区实事项目实施方案\n一、实施步骤\n(一)第一季度：做好立项。\n(二)第二季度：完成审批。\n")
    assert [(p.name, p.start, p.end) for p in plan.phases] == [("第一季度", "2026-01", "2026-03"),
                                                             ("第二季度", "2026-04", "2026-06")]
    assert [t.deadline for t in plan.tasks] == ["2026-03-31", "2026-06-30"]


# --- 8. duties ------------------------------------------------------------------------------

def test_duties_in_the_notice_closing_paragraphs_and_relative_deadlines():
    plan = parse_text("关于印发某区方案的通知\n各单位：\n请于每季度最后一个月的30日前报送工作进展。\n"
                      "某区人民政府\n2018年11月16日\n"
                      "某区方案\n一、任务\n（一）制定办法。在本意见印发之日起30日内出台实施办法。（区人社局负责）\n"
                      "（二）加强督查。（区督查室负责）\n各单位每月19日前报送月度小结；12月18日前报送工作总结。\n")
    got = {(d.every, d.due) for d in plan.duties}
    assert (None, "2018-12-18") in got or ("quarter", None) in got
    assert ("quarter", None) in got and ("month", None) in got
    assert any(d.due == "2018-12-18" for d in plan.duties)
    assert plan.tasks[0].deadline == "2018-12-16"


def test_a_reporting_duty_is_not_a_target():
    """每月报送信息1篇以上 is a duty (it shows in the duties), not an indicator on the dashboard."""
    plan = parse_text("关于推进某项工作的实施方案\n一、工作任务\n"
                      "1.推进老年食堂建设。新建老年食堂100个。（责任单位：市民政局）\n"
                      "二、保障措施\n（一）明确工作责任。各责任单位明确1名同志作为联络员，"
                      "原则上各单位每月向领导小组办公室报送信息1篇以上。\n（二）加强经费保障。安排专项资金不少于500万元。")
    subjects = [t.subject for t in plan.plan_targets]
    assert not any("报送" in s for s in subjects), subjects
    assert [t.text for t in plan.plan_targets] == ["安排专项资金不少于500万元"]   # a real figure still read
    assert [t.value for t in plan.tasks[0].targets] == [100]
    assert any(d.every == "month" for d in plan.duties)


# --- 7b. phases written as the dated steps of a measures section ------------------------------

def test_dated_steps_under_a_measures_section_are_phases():
    plan = parse_text("某市人民政府办公室关于开展小区治理工作的通知\n某政办发〔2019〕3号\n各区：\n"
                      "一、工作任务\n1.严格配建。\n2.规范使用。\n三、工作措施\n"
                      "1.摸底排查。各区全面摸底，于2019年4月底前完成。\n"
                      "2.全面整改。原则上于2019年6月底前完成移交；2020年12月底前完成竣工验收。\n"
                      "3.监督评估。加强督导。\n")
    assert [(p.name, p.start, p.end) for p in plan.phases] == [
        ("摸底排查", None, "2019-04"), ("全面整改", None, "2020-12"), ("监督评估", None, None)]
    assert not any("只写了月份" in w for w in plan.warnings)


@pytest.mark.parametrize("items", [
    # measures with full sentences as headings: no steps
    "1.严格落实企业主体责任。2019年4月底前完成。\n2.加强部门协同监管。2019年6月底前完成。\n",
    # one dated item only
    "1.摸底排查。2019年4月底前完成。\n2.全面整改。加强整改。\n",
    # dates running backwards are not a sequence of steps
    "1.摸底排查。2019年9月底前完成。\n2.全面整改。2019年4月底前完成。\n",
])
def test_measures_that_are_not_steps_give_no_phases(items):
    plan = parse_text("某市工作方案\n一、工作措施\n" + items)
    assert plan.phases == []


def test_the_real_steps_of_the_dev_set():
    from parse_score import DEV_DIR
    if not DEV_DIR.is_dir():
        pytest.skip("plans-dev is not here")
    text = (DEV_DIR / "04_guoban-2019-xiaoqu-peitao-youeryuan-zhili-tongzhi.txt").read_text(encoding="utf-8")
    assert [(p.name, p.end) for p in parse_text(text).phases] == [
        ("摸底排查", "2019-04"), ("全面整改", "2020-12"), ("监督评估", None)]


# --- 8b. the date of a report is the duty's, not the task's deadline ---------------------------

def test_a_report_date_is_not_the_task_deadline():
    plan = parse_text("2023年某区专项整治方案\n一、工作任务\n（一）全面排查。2023年9月底前完成排查。（区民政局负责）\n"
                      "（二）加强报送。各机构每月15日前报送进展情况，2024年3月底前报送专项整治工作总结。（区民政局负责）\n"
                      "（三）编制方案。2023年10月底前编制完成并报区政府审定。（区民政局负责）\n")
    assert [t.deadline for t in plan.tasks] == ["2023-09-30", None, "2023-10-31"]
    assert any(d.due == "2024-03-31" for d in plan.duties)          # the date stays with the duty


def test_the_real_report_date_of_the_dev_set():
    from parse_score import DEV_DIR
    if not DEV_DIR.is_dir():
        pytest.skip("plans-dev is not here")
    plan = parse_text((DEV_DIR / "11_fengxian-2023-yanglao-jigou-ranqi-anquan-zhuanxiang-zhengzhi-fangan.txt")
                      .read_text(encoding="utf-8"))
    task = next(t for t in plan.tasks if t.title.startswith("加强工作报送"))
    assert task.deadline is None
    assert any(d.due == "2024-03-31" for d in plan.duties)


# --- 8c. work that spans years of the plan period ----------------------------------------------

@pytest.mark.parametrize("title,sentence,deadline", [
    ("某区文物保护三年行动计划（2024—2026年）", "历时三年全面调查区内不可移动文物。", "2026-12-31"),
    ("2025年某市老旧小区改造方案", "用3年左右时间基本完成改造。", "2027-12-31"),
    ("2025年某市老旧小区改造方案", "利用两年时间完成整治。", "2026-12-31"),
    ("2025年某市奖励办法", "在两年之内给予奖励。", None),               # a duration, not the work's span
])
def test_work_spanning_years_ends_with_them(title, sentence, deadline):
    plan = parse_text(f"{title}\n一、任务\n（一）调查。{sentence}\n（二）保护。加强保护。\n")
    assert plan.tasks[0].deadline == deadline


def test_the_real_span_of_the_dev_set():
    from parse_score import DEV_DIR
    if not DEV_DIR.is_dir():
        pytest.skip("plans-dev is not here")
    plan = parse_text((DEV_DIR / "08_yangpu-2024-shenghuo-xiudai-wenwu-sannian-xingdong-jihua.txt")
                      .read_text(encoding="utf-8"))
    assert next(t for t in plan.tasks if t.key == "四.一.1").deadline == "2026-12-31"


# --- 8d. duties without a date: filing with, and materials collected by, an office ------------

def test_filing_and_collecting_are_duties_without_a_date():
    plan = parse_text("某市工作方案\n一、任务\n（一）下放权限。有关事项交由项目承担单位自主决定，"
                      "由单位主管部门报项目管理部门备案。（市科技局负责）\n（二）开展排查。区文保所负责收集各单位工作方案、自查报告等相关材料。（区文旅局负责）\n"
                      "（三）规范审批。项目在立项、核准、备案等阶段落实要求。（区发改委负责）\n")
    texts = [d.text for d in plan.duties]
    assert any("报项目管理部门备案" in t for t in texts) and any("收集各单位工作方案" in t for t in texts)
    assert not any("核准、备案等阶段" in t for t in texts)       # 备案 as a stage of approval is no duty
    assert all(d.due is None and d.every is None for d in plan.duties)


def test_the_real_undated_duties_of_the_corpus():
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR / "h03_guoban-2018-keyan-zizhuquan-luoshi-tongzhi.txt").read_text(encoding="utf-8"))
    assert any("报项目管理部门备案" in d.text for d in plan.duties)


# --- styles of motion-handling plans and 政府工作报告 breakdowns -------------------------------

def test_motion_handling_labels_and_steps():
    plan = parse_text("关于市政协十三届三次会议第0123号提案办理工作方案\n一、办理任务\n"
                      "（一）加快养老设施建设。（主办单位：市民政局；会办单位：市财政局、市自然资源和规划局）\n"
                      "（二）完善医养结合。（主办单位：市卫健委；协办单位：市医保局；责任领导：张三；督办单位：市政府督查室）\n"
                      "二、办理步骤\n（一）交办阶段（3月）：召开交办会。\n（二）答复阶段（10月底前）：书面答复提案人。\n")
    assert units(plan)[:2] == [("一.一", ["市民政局"], ["市财政局", "市自然资源和规划局"]),
                               ("一.二", ["市卫健委"], ["市医保局"])]
    assert [p.name for p in plan.phases] == ["交办阶段", "答复阶段"]


@pytest.mark.parametrize("sentence", [
    "对不属于本单位职责范围的建议，必须在接到承办通知后7个工作日内退回市政府办公室，注明退回理由",
    "各承办单位要在交办之日起3个月内答复代表",
])
def test_a_sending_within_so_many_days_is_a_duty(sentence):
    plan = parse_text("关于办理代表建议的通知\n各承办单位：\n一、明确责任\n（一）认真研读建议。\n"
                      f"（二）尽快办理。{sentence}。\n")
    assert any(sentence[:12] in d.text for d in plan.duties)


# --- 8e. dates written relative to the plan's year, quarters, halves --------------------------

@pytest.mark.parametrize("words,date", [
    ("今年6月底前完成", "2024-06-30"), ("今年年底前完成", "2024-12-31"), ("明年3月底前完成", "2025-03-31"),
    ("年内完成", "2024-12-31"), ("第三季度完成", "2024-09-30"), ("三季度末前完成", "2024-09-30"),
    ("2025年一季度前完成", "2024-12-31"), ("上半年完成", "2024-06-30"), ("10月份前完成", "2024-09-30"),
    ("争取三年内实现全覆盖", None), ("每季度报送一次", None), ("前三季度完成投资", None), ("今年以来成效明显", None),
    ("年内持续推进", None), ("每年第一季度开展检查", None), ("每年上半年召开会议", None),
])
def test_relative_years_quarters_and_halves(words, date):
    plan = parse_text(f"2024年某县工作方案\n一、任务\n（一）建设。{words}。（县发改局负责）\n"
                      "（二）宣传。（县委宣传部负责）\n")
    assert plan.tasks[0].deadline == date


def test_an_undated_filing_takes_the_date_the_thing_filed_is_done():
    plan = parse_text("2024年某区海绵城市方案\n一、任务\n（一）编制系统方案。编制海绵城市系统方案，"
                      "系统方案经专家评审后报市住建委备案。2026年底前，完成达标区域系统方案编制。（责任单位：区建管委）\n（二）加强宣传。（责任单位：区委宣传部）\n")
    assert [(d.kind, d.due) for d in plan.duties] == [("plan_filing", "2026-12-31")]
    plan = parse_text("2024年某区方案\n一、任务\n（一）编制方案。方案报市住建委备案。2026年底前，完成公园建设。"
                      "（责任单位：区建管委）\n（二）加强宣传。（责任单位：区委宣传部）\n")
    assert [(d.kind, d.due) for d in plan.duties] == [("plan_filing", None)]   # another thing done then


def test_the_real_filing_of_the_dev_set():
    from parse_score import DEV_DIR
    if not DEV_DIR.is_dir():
        pytest.skip("plans-dev is not here")
    plan = parse_text((DEV_DIR / "06_jiading-2024-haimian-chengshi-quanyu-tuijin-shishi-fangan.txt")
                      .read_text(encoding="utf-8"))
    assert any(d.kind == "plan_filing" and d.due == "2026-12-31" for d in plan.duties)


# --- round 2: a roles bracket that ends with the task's time ----------------------------------

@pytest.mark.parametrize("bracket,lead,resp,deadline", [
    ("（国务院各部门分别负责,年内持续推进）", [], ["国务院各部门"], "2020-12-31"),
    ("（省发展改革委牵头，省财政厅配合，2020年9月底前完成）", ["省发展改革委"], ["省财政厅"], "2020-09-30"),
    ("（市财政局负责，长期坚持）", [], ["市财政局"], None),
])
def test_a_roles_bracket_ending_with_the_time(bracket, lead, resp, deadline):
    """政府工作报告 breakdowns write who and when in one bracket; an item beside it without units
    under the same heading (the page cut it off) is a task like its sibling."""
    plan = parse_text(f"2020年某方案\n一、主要预期目标\n1.稳就业。做好工作。{bracket}\n"
                      "2.稳物价。居民消费价格涨幅3%左右\n")
    assert [(t.key, t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks] == [
        ("一.1", lead, resp, deadline), ("一.2", [], [], None)]
    assert not any("无法识别为日期" in w for w in plan.warnings)


def test_the_real_roles_and_time_bracket_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    tuning = CORPUS_DIR.parent / "plans-heldout"
    plan = parse_text((tuning / "x08_guofa-2020-zhengfu-gongzuo-baogao-zhongdian-gongzuo-bumen-fengong-yijian.txt")
                      .read_text(encoding="utf-8"))
    first = plan.tasks[0]
    assert (first.responsible_units, first.deadline) == (["国务院各部门"], "2020-12-31")
    assert len(plan.tasks) == 2


# --- round 2: of two dates in one item, the one the work is done by ------------------------------

@pytest.mark.parametrize("item,deadline", [
    # round 34: several dates in one item, the latest is the item's deadline (the others are steps) — save a
    # 回头看 after the whole work done (Round 98 rulings, Dates: plans-dev 11 binds; p69f)
    ("2024年3月底前，全面完成专项整治。2024年6月前，开展“回头看”。", "2024-03-31"),
    ("2024年3月底前，开展排查。2024年9月底前，基本完成整改。", "2024-09-30"),
    ("2024年3月底前开展排查，2024年9月底前开展复查。", "2024-09-30"),      # no completion: the latest
    ("6月底前完成招标，2024年11月底前上线运行。", "2024-11-30"),          # a step done is not the work done
])
def test_the_date_the_work_is_done_by(item, deadline):
    plan = parse_text(f"2024年某区方案\n一、任务\n（一）整治燃气隐患。{item}（区民政局负责）\n"
                      "（二）加强宣传。（区委宣传部负责）\n")
    assert plan.tasks[0].deadline == deadline


def test_the_real_completion_date_of_the_dev_set():
    from parse_score import DEV_DIR
    if not DEV_DIR.is_dir():
        pytest.skip("plans-dev is not here")
    plan = parse_text((DEV_DIR / "11_fengxian-2023-yanglao-jigou-ranqi-anquan-zhuanxiang-zhengzhi-fangan.txt")
                      .read_text(encoding="utf-8"))
    # Round 98 rulings, Dates (plans-dev binds): 「2024年3月底前，全面完成…整治。2024年6月前，开展“回头看”」 is due
    # by the whole work done, the 回头看 a step after it (p69f; was round 34's latest, 2024-05-31)
    assert next(t.deadline for t in plan.tasks if t.title.startswith("巩固提升阶段")) == "2024-03-31"


# --- round 2: two dated sendings in one sentence -------------------------------------------------

def test_two_dated_sendings_in_one_sentence_are_two_duties():
    plan = parse_text("2021年某市方案\n一、任务\n（一）制定方案。各牵头单位制定实施方案，经主要负责人审签后，"
                      "于2021年1月31日前报送市政府办公室审核，2月5日前报送市督查考评办公室。（市政府办公室负责）\n"
                      "（二）加强宣传。各单位于6月20日前完成自查，6月30日前报送自查报告。（市委宣传部负责）\n")
    assert [(d.due, d.text[-10:]) for d in plan.duties] == [
        ("2021-01-31", "报送市政府办公室审核"), ("2021-02-05", "报送市督查考评办公室"),
        ("2021-06-30", "30日前报送自查报告")]


def test_the_real_sendings_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR.parent / "plans-heldout"
                       / "x06_ezhou-2021-zhengfu-gongzuo-baogao-mubiao-renwu-zeren-fenjie-tongzhi.txt")
                      .read_text(encoding="utf-8"))
    assert {"2021-01-31", "2021-02-05"} <= {d.due for d in plan.duties}


# --- round 2: a sentence opening with its year sets that year's figures --------------------------

@pytest.mark.parametrize("sentence,deadline", [
    ("\n2023年，全县种植烟叶6.4万亩，收购865万公斤。", "2023-12-31"),
    ("全县种植烟叶6.4万亩。2019年，全县已建成基地3个。", None),      # not opening a paragraph
    ("\n2019年，全县已建成基地3个。", None),                          # a year before the plan's: what was done
    # (no figure: the year still dates the work, Round 44 / Round 46 rulings, decided — aligned in round 47, p47e)
    ("\n2023年，种植烟叶。", "2023-12-31"),
])
def test_a_year_opening_the_figures_is_their_deadline(sentence, deadline):
    plan = parse_text(f"2023年某县意见\n一、目标\n（一）目标任务。{sentence}（县农业农村局负责）\n"
                      "（二）宣传。（县委宣传部负责）\n")
    assert plan.tasks[0].deadline == deadline


def test_the_real_year_opening_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    text = (CORPUS_DIR.parent / "plans-heldout" / "x03_yaoan-2023-yanye-gongzuo-yijian.txt").read_text(encoding="utf-8")
    # (w50a: in the whole plan 目标任务 is an aims item, no task — Round 49 rulings, governs; the page's opening alone,
    # cut before its work, keeps it, and its year still dates it)
    plan = parse_text(text[:text.index("二、")])
    assert next(t.deadline for t in plan.tasks if t.title.startswith("目标任务")) == "2023-12-31"
    assert not [t for t in parse_text(text).tasks if t.title.startswith("目标任务")]


# --- round 3: a day the month does not have; a sending within a month to another unit -------------

@pytest.mark.parametrize("words,date", [
    ("2008年9月31日前", "2008-09-30"),
    ("2023年2月30日前", "2023-02-28"),
    ("2024年2月30日前", "2024-02-29"),
    ("6月31日前", "2024-06-30"),               # the plan's year
])
def test_a_day_the_month_does_not_have_is_its_last_day_and_warned(words, date):
    plan = parse_text(f"2024年某区方案\n一、任务\n（一）整治河道，{words}完成。（区水务局负责）\n"
                      f"二、要求\n各单位须在{words}将总结报送区政府办公室。\n")
    assert plan.tasks[0].deadline == date
    assert [d.due for d in plan.duties] == [date]
    assert any("不存在" in w and date in w for w in plan.warnings)


def test_a_real_day_gives_no_such_warning():
    plan = parse_text("2024年某区方案\n一、任务\n（一）整治河道，9月30日前完成。（区水务局负责）\n")
    assert plan.tasks[0].deadline == "2024-09-30"
    assert not any("不存在" in w for w in plan.warnings)


@pytest.mark.parametrize("sentence", [
    "会办单位应积极配合，将本单位意见于1个月内函告主办单位",
    "协办单位要在一个月内将意见书面告知主办单位",
    "各成员单位于10个工作日内将修改意见反馈牵头单位",
])
def test_a_sending_to_another_unit_within_a_time_is_a_duty(sentence):
    plan = parse_text("关于办理代表建议的通知\n各承办单位：\n一、明确责任\n（一）认真研读建议。\n"
                      f"（二）尽快办理。{sentence}。\n")
    assert any(sentence[:12] in d.text for d in plan.duties)


def test_the_real_impossible_date_and_relative_limit_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR.parent / "plans-fresh" / "f09_shi-2008-renda-jianyi-zhengxie-tian-banli-tongzhi.txt")
                      .read_text(encoding="utf-8"))
    assert any("9月31日前" in d.text and d.due == "2008-09-30" for d in plan.duties)
    assert any("函告主办单位" in d.text for d in plan.duties)
    assert any("2008年9月31日" in w for w in plan.warnings)


# --- round 3: titles — a year before the issued plan's marks, two plans in one notice, a page heading
# shortened from the document's own title below it -----------------------------------------------

@pytest.mark.parametrize("head,title", [
    ("2024年《区〈政府工作报告〉重点任务分解方案》已报经区政府同意，现印发给你们。",
     "2024年区《政府工作报告》重点任务分解方案"),
    ("现将2022年度《全市安全生产工作要点》印发给你们，请认真贯彻执行。", "2022年度全市安全生产工作要点"),
    ("《2024年全县河长制工作要点》已经县政府同意，现印发给你们。", "2024年全县河长制工作要点"),   # already inside
    ("《〈政府工作报告〉重点工作任务分工方案》《统筹做好防汛救灾工作责任分工方案》已经市政府同意，现印发给你们。",
     "《政府工作报告》重点工作任务分工方案"),                                              # the first of two
    ("《城市更新行动方案》和《老旧小区改造方案》已经区政府同意，现印发给你们。", "城市更新行动方案"),
])
def test_the_plan_a_notice_issues_with_its_year_and_first(head, title):
    plan = parse_text(f"各街道、各部门：\n{head}\n一、任务\n（一）整治河道。（区水务局负责）\n")
    assert plan.title == title


# --- round 3: a quarterly rhythm in other words; a sending in a step stamped with its month ---------

@pytest.mark.parametrize("sentence", [
    "从2023年第二季度起，各牵头单位要在每个季度第1个月的20日前，将责任事项完成情况报市人民政府督查室",
    "各责任单位于每一季度末将工作进展报送县政府办公室",
    "各单位要逐季将落实情况报区督查室",
])
def test_a_quarterly_rhythm_in_other_words(sentence):
    plan = parse_text(f"关于印发2023年某市工作方案的通知\n各单位：\n一、任务\n（一）整治河道。（市水务局负责）\n"
                      f"二、要求\n{sentence}。\n")
    assert [d.every for d in plan.duties if sentence[:10] in d.text] == ["quarter"]


@pytest.mark.parametrize("step,due", [
    ("（二）数据资料收集（2021年9月）。各相关部门按要求提供指标数据资料，建立基础数据库。", "2021-09-30"),
    ("（三）材料报送（11月）。各街镇将自查材料报送区住建委。", "2021-11-30"),
    ("（三）材料报送（2021年10—11月）。各街镇将自查材料报送区住建委。", "2021-11-30"),
])
def test_a_sending_in_a_step_stamped_with_its_month_is_due_then(step, due):
    plan = parse_text("2021年某区城市体检工作方案\n一、工作任务\n（一）整治河道。（区水务局负责）\n二、工作步骤\n"
                      f"（一）建立工作机制（2021年8月）。编制工作方案。\n{step}\n")
    assert any(d.due == due for d in plan.duties), [(d.text, d.due) for d in plan.duties]


@pytest.mark.parametrize("step", [
    "（二）数据资料收集（2021年9月）。各部门为群众提供便捷服务。",      # 提供 a service: no sending
    "（二）数据资料收集。各相关部门按要求提供指标数据资料。",            # no stamp, no date: no duty
])
def test_no_duty_without_a_sending_or_a_date(step):
    plan = parse_text("2021年某区城市体检工作方案\n一、工作任务\n（一）整治河道。（区水务局负责）\n二、工作步骤\n"
                      f"{step}\n")
    assert not plan.duties


def test_the_real_rhythm_and_step_duties_of_round_3():
    from parse_score import CORPUS_DIR
    fresh = CORPUS_DIR.parent / "plans-fresh"
    wuhan = parse_text((fresh / "f07_wuhan-2023-zhengfu-gongzuo-baogao-mubiao-renwu-zeren-fenjie-tongzhi.txt")
                       .read_text(encoding="utf-8"))
    assert any("每个季度第1个月" in d.text and d.every == "quarter" for d in wuhan.duties)
    chongming = parse_text((fresh / "f11_chongming-2021-chengshi-tijian-gongzuo-fangan.txt")
                           .read_text(encoding="utf-8"))
    assert any("提供指标数据资料" in d.text and d.due == "2021-09-30" for d in chongming.duties)


# --- round 4 (plans-unseen class 3): a weekday after the day, the year only in a Chinese-numeral date

@pytest.mark.parametrize("sentence,due,sent", [
    ("于5月8日（星期三）前报送区政府办公室", "2024-05-08", True),
    ("请于6月28日(周五)前将方案报送县督查室", "2024-06-28", True),
    ("2024年9月30日（星期一）前完成验收", "2024-09-30", False),
])
def test_a_day_with_its_weekday_is_a_deadline(sentence, due, sent):
    plan = parse_text("各镇人民政府，县政府各部门：\n现将有关事项通知如下：\n一、细化方案。各牵头单位要制定实施方案，"
                      + sentence + "。\n二、加强督查。县督查室适时开展督查。\n某县人民政府办公室\n二〇二四年四月十日\n")
    assert plan.tasks[0].deadline == due
    assert (due in [d.due for d in plan.duties]) == sent       # a sending is also the notice's duty


@pytest.mark.parametrize("closing", ["二○○九年三月二日\n", "某区人民政府\n二〇〇九年三月二日\n（此件公开发布）\n"])
def test_the_year_of_a_dated_duty_comes_from_a_chinese_numeral_date(closing):
    plan = parse_text("各镇人民政府，区政府各部门：\n一、各牵头单位要明确联系人，于3月20日(星期五)前上报区督查组。\n"
                      "二、每季度末将进展情况报区督查组。\n附件：任务分解表\n" + closing)
    assert plan.date == "2009-03-02"
    assert plan.tasks[0].deadline == "2009-03-20"
    assert [d.due for d in plan.duties if d.due] == ["2009-03-20"]


# --- round 4 (plans-unseen class 4): a yearly rhythm is no deadline --------------------------

@pytest.mark.parametrize("sentence", [
    "各单位要遵循“年初公布、年中检查、年底兑现”的原则，狠抓落实。",
    "区政府办公室按照“年初建账、逐月查账、年底交账”的要求加强督查。",
    "实行“月初安排、月中调度、年底考核”的工作机制。",
    "坚持年初定目标、每季抓推进、年末看成效。",
])
def test_a_yearly_rhythm_is_no_deadline(sentence):
    # a liaison officer tracks dates the work is due: a principle or an office's oversight rhythm is none
    plan = parse_text("2024年某区重点工作通知\n一、落实责任\n" + sentence + "\n二、加强配合\n各单位密切配合。\n")
    assert plan.tasks[0].deadline is None


@pytest.mark.parametrize("sentence", [
    "每月报送进展，年底前建成。",
    "每月报送进展、年底建成。",
    "年初启动、年中推进、年底前全面完成。",
    "年底前完成改造。",
])
def test_a_year_end_that_is_a_deadline_stays_one(sentence):
    plan = parse_text("2024年某区重点工作通知\n一、落实责任\n" + sentence + "\n二、加强配合\n各单位密切配合。\n")
    assert plan.tasks[0].deadline == "2024-12-31"


def test_the_real_weekday_chinese_year_and_rhythms_of_round_4():
    from parse_score import CORPUS_DIR
    unseen = CORPUS_DIR.parent / "plans-unseen"
    plan = parse_text(next(unseen.glob("u07_*.txt")).read_text(encoding="utf-8"))
    assert plan.tasks[0].deadline == "2007-04-20"
    assert "2007-04-20" in [d.due for d in plan.duties]
    plan = parse_text(next(unseen.glob("u08_*.txt")).read_text(encoding="utf-8"))
    assert [t.deadline for t in plan.tasks] == [None, None, None]


# -- round 22 (parser31): one reader of a step's date in its heading's bracket (date_spans.heading_bracket) ---

def test_heading_bracket_is_the_one_reader_of_a_steps_date_in_its_heading():
    from desktop.core.parse.date_spans import heading_bracket, heading_date
    from desktop.core.parse.task_dates import phase_window, title_phase_end
    assert heading_bracket("动员部署阶段（2025年3月底前）") == "2025年3月底前"
    # the step's text may follow its bracket after a colon, on the same line
    assert heading_bracket("集中整治阶段(6月10日—6月15日):从市场、交通等部门抽调人员") == "6月10日—6月15日"
    for none in ("整治工作（牵头单位：区住建委）", "长效机制", "（一）全面部署（2020年12月9日前）",
                 "推进（一网通办）改革"):
        assert heading_bracket(none) is None
    # the day a step is done by; a span's last day where asked (a phase a task's title names)
    assert heading_date("中期评估（2025年第二季度前完成）", 2025) == "2025-03-31"   # (Round 81's p59e-1)
    assert heading_date("巩固提升阶段（9-11月）", 2025) is None
    assert heading_date("巩固提升阶段（9-11月）", 2025, span=True) == "2025-11-30"
    assert heading_date("整治工作（3年内）", 2025) is None
    assert phase_window("宣传发动（7月初）") == "7月初" and title_phase_end("宣传发动（7月初）", 2025) == "2025-07-31"
    assert phase_window("中期评估（2025年第二季度前完成）") is None
