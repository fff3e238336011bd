"""Issue 10's failure classes, each on a short text of its own (the corpus scorer covers them
on whole plans: tests/test_parse_score.py)."""

from __future__ import annotations

import pytest

from desktop.core.model import Task
from desktop.core.parse import parse_file, parse_text
from desktop.core.parse.read import read_plan_file
from desktop.core.parse.shortname import suggest_short_name
from desktop.core.parse.targets import read_target


def units(plan):
    return [(t.key, t.lead_units, t.responsible_units) for t in plan.tasks]


# --- 1. plans without units, plans cut off ----------------------------------------------

def test_a_plan_naming_no_units_imports_from_a_file(tmp_path):
    p = tmp_path / "plan.txt"
    p.write_text("2024年某镇工作方案\n一、工作目标\n二、主要任务\n（一）整治河道。\n（二）清理垃圾。\n",
                 encoding="utf-8")
    plan = parse_file(p)
    assert [t.key for t in plan.tasks] == ["二.一", "二.二"]
    assert all(not t.lead_units and not t.responsible_units for t in plan.tasks)
    assert any("列中逐项填写" in w for w in plan.warnings)        # says where: the review table


def test_a_plan_cut_off_inside_a_bracket_keeps_what_is_there():
    plan = parse_text("某市方案\n一、任务\n1.建设中心。（牵头单位：市民政局；责任单位：市财政局）\n"
                      "2.加强宣传。做好解读（牵头单位：市委宣传部；责任单位：市")
    assert units(plan) == [("一.1", ["市民政局"], ["市财政局"]), ("一.2", ["市委宣传部"], [])]
    assert any("括号中间中断" in w and "一.2" in w for w in plan.warnings)


# --- 2. lead conventions -------------------------------------------------------------------

@pytest.mark.parametrize("rule", ["列第一位者为工作牵头单位或汇总单位", "排在第一位的部门为牵头部门，下同"])
def test_first_listed_lead_rules(rule):
    plan = parse_text(f"某市方案\n一、任务\n（一）稳就业。（人社局、财政局负责，{rule}）\n"
                      "（二）促创业。（财政局、人社局负责）\n")
    assert units(plan) == [("一.一", ["人社局"], ["财政局"]), ("一.二", ["财政局"], ["人社局"])]
    assert all("第一位" not in u.name and u.name != "下同" for u in plan.units)


def test_role_words_in_brackets():
    plan = parse_text("某市方案\n一、任务\n（一）甲。（市民政局负责）\n（二）乙。（市发改委会同市财政局负责）\n"
                      "（三）丙。（市商务局牵头，市税务局参与）\n（四）丁。（商务部指导，供销合作总社参与）\n"
                      "（五）戊。（负责部门：市卫健委；适用范围：全市养老机构）\n（六）己。（农业农村部、工业和信息化部牵头负责）\n")
    assert units(plan) == [
        ("一.一", [], ["市民政局"]), ("一.二", ["市发改委"], ["市财政局"]), ("一.三", ["市商务局"], ["市税务局"]),
        ("一.四", [], ["供销合作总社"]), ("一.五", [], ["市卫健委"]),
        ("一.六", ["农业农村部", "工业和信息化部"], [])]


def test_units_as_item_headings():
    plan = parse_text("某街道方案\n一、工作目标\n提升水平。\n二、职责分工\n1.街道消委办。牵头开展关爱工作。\n"
                      "2.派出所。配合开展排查。\n3.吴泾、塘湾派出所：负责巡查。\n4.区建管委、区交通委等建设主管部门：负责督促。\n"
                      "三、工作要求\n（一）加强领导。\n")
    assert units(plan)[:4] == [("二.1", [], ["街道消委办"]), ("二.2", [], ["派出所"]),
                               ("二.3", [], ["吴泾、塘湾派出所"]), ("二.4", [], ["区建管委", "区交通委"])]
    # a heading that only looks like a unit, alone among its siblings, is not one
    plan = parse_text("某区方案\n一、任务\n1.建设综合服务中心。完成选址。\n2.加强宣传。\n")
    assert units(plan) == [("一.1", [], []), ("一.2", [], [])]


# --- 3. words that are not units, compound names ------------------------------------------

def test_phrases_are_not_units_and_compound_names_stay_whole():
    plan = parse_text("某省方案\n（列第一位者为牵头单位）\n一、任务\n"
                      "（一）甲。（省民政厅、省财政厅等，各县（市、区）政府（管委会）按职责分工负责）\n"
                      "（二）乙。（省教育厅负责，下同）\n（三）丙。（省住建厅负责，不再做分工）\n")
    assert units(plan) == [("一.一", ["省民政厅"], ["省财政厅", "各县（市、区）政府（管委会）"]),
                           ("一.二", ["省教育厅"], []), ("一.三", ["省住建厅"], [])]
    assert not {"管委会", "下同", "不再做分工", "按职责分工负责"} & {u.name for u in plan.units}


# --- 4. units for a run of items, section units inherited -----------------------------------

def test_units_after_a_run_of_items_belong_to_all_of_them():
    plan = parse_text("某局方案\n一、任务\n（一）管道整治\n1.压实主体责任。督促企业。\n2.强化检验。做好检验。\n"
                      "3.落实属地监管。开展排摸。（市局特种设备处牵头，各单位按职责分工负责，以下各项工作均需要各单位负责，不再单独列出）\n"
                      "（二）气瓶整治\n1.开展检查。依法查处。（市局特种设备处牵头）\n")
    assert units(plan) == [("一.一.1", ["市局特种设备处"], ["各单位"]), ("一.一.2", ["市局特种设备处"], ["各单位"]),
                           ("一.一.3", ["市局特种设备处"], ["各单位"]), ("一.二.1", ["市局特种设备处"], ["各单位"])]


# --- 5. numbering: unnumbered section headings ----------------------------------------------

def test_unnumbered_section_headings():
    plan = parse_text("2023年某区专项整治方案\n总体要求\n坚持安全第一。\n工作安排\n"
                      "（一）集中攻坚阶段。2023年11月底前完成整治。\n"
                      "（二）巩固提升阶段。2024年3月底前完成复查。\n工作要求\n（一）加强领导。成立专班。\n")
    assert [t.key for t in plan.tasks] == ["工作安排.一", "工作安排.二", "工作要求.一"]
    assert [(p.name, p.end) for p in plan.phases] == [("集中攻坚阶段", "2023-11"), ("巩固提升阶段", "2024-03")]
    assert not any("重复" in w for w in plan.warnings)


# --- 6. task tables one cell a line ---------------------------------------------------------

def test_task_table_flattened_one_cell_a_line():
    plan = parse_text("某区行动方案\n一、任务\n（一）推进更新。（责任单位：区建管委）\n"
                      "（二）加强保障。（责任单位：区财政局）\n"
                      "附件：重点任务清单\n序号\n工作任务\n推进单位\n1\n推进走马塘片区规划研究\n区规划资源局、区发展改革委\n"
                      "2\n完成既有多层住宅加装电梯700台\n3\n推进海绵城市建设，40%的区域达到要求。\n区绿化市容局\n"
                      "片区\n面积\n4.42\n")
    table = [(t.key, t.responsible_units) for t in plan.tasks if t.path == ["附件"]]
    assert table == [("附件.1", ["区规划资源局", "区发展改革委"]), ("附件.2", ["区规划资源局", "区发展改革委"]),
                     ("附件.3", ["区绿化市容局"])]
    assert [(x.value, x.unit) for x in plan.tasks[3].targets] == [(700, "台")]


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


# --- 9. targets -----------------------------------------------------------------------------

def test_every_growth_rate_in_a_list_with_its_whole_subject():
    plan = parse_text("2024年某市工作要点\n一、主要目标\n地区生产总值增长6%左右，规模以上工业增加值增长7%左右，"
                      "固定资产投资增长8%左右，社会消费品零售总额增长7.5%左右，一般公共预算收入增长5%左右，"
                      "城乡居民收入增长6.5%左右。\n二、任务\n（一）抓工业。（市经信局负责）\n")
    got = [(t.subject, t.value) for t in plan.plan_targets]
    assert len(got) == 6
    assert ("规模以上工业增加值", 7) in got and ("城乡居民收入", 6.5) in got


@pytest.mark.parametrize("phrase,value,unit,comparator,subject", [
    ("达到90%", 90, "%", ">=", ""),
    ("养老机构护理型床位占比90%以上", 90, "%", ">=", "养老机构护理型床位占比"),
    ("新建2.8万张床位", 28000, "张", None, "床位"),
    ("培训1万名护理员", 10000, "名", None, "护理员"),
    ("不少于580张", 580, "张", ">=", ""),
    ("控制在3%以内", 3, "%", "<=", ""),
    ("不超过5%", 5, "%", "<=", ""),
    ("建成3-5个示范点", 3, "个", ">=", "示范点"),
])
def test_the_one_target_reader(phrase, value, unit, comparator, subject):
    t = read_target(phrase)
    assert t is not None and (t.value, t.unit, t.comparator) == (value, unit, comparator)
    assert t.text == phrase                      # the plan's own writing of the number stays
    if subject:
        assert t.subject == subject


@pytest.mark.parametrize("phrase", ["", "加强领导", "2024年", "第十四届"])
def test_the_target_reader_declines_what_is_no_target(phrase):
    assert read_target(phrase) is None


# --- short name, file reading ----------------------------------------------------------------

def test_short_name_is_suggested_and_kept_in_json():
    assert suggest_short_name("推进养老服务立法") == "养老服务立法"
    assert suggest_short_name("建设街道养老服务中心") == "街道养老服务中心"
    plan = parse_text("某市方案\n一、任务\n（一）推进养老服务立法。（市民政局负责）\n")
    task = plan.tasks[0]
    assert task.short_name == "养老服务立法"
    data = task.to_json()
    assert data["short_name"] == "养老服务立法"
    assert Task.from_json(data) == task
    old = {k: v for k, v in data.items() if k != "short_name"}
    assert Task.from_json(old).short_name == ""


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path, encoding):
    text = "某县养老服务工作方案\n一、主要任务\n（一）建设养老服务中心。（县民政局负责）\n"
    p = tmp_path / "plan.txt"
    p.write_bytes(text.encode(encoding))
    assert read_plan_file(p) == text
    assert parse_file(p).tasks[0].responsible_units == ["县民政局"]


def test_a_plan_that_is_a_task_table_one_cell_a_line():
    plan = parse_text("2024年政府工作报告重点工作任务分解表\n序号\n工作任务\n牵头单位\n配合单位\n完成时限\n"
                      "1\n地区生产总值增长6%左右。\n市发改委\n市统计局\n2024年12月\n"
                      "2\n新建2.8万张养老床位。\n市民政局\n市财政局、市住建局\n2024年11月底前\n")
    assert [(t.key, t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks] == [
        ("1", ["市发改委"], ["市统计局"], "2024-12-31"), ("2", ["市民政局"], ["市财政局", "市住建局"], "2024-11-30")]
    assert [(x.value, x.unit, x.text) for x in plan.tasks[1].targets] == [(28000, "张", "新建2.8万张养老床位")]


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


# --- titles broken over lines (HTML <br> in a web copy) ---------------------------------------

@pytest.mark.parametrize("head,title", [
    ("某省人民政府关于做好\n\n当前促进就业工作的若干意见\n\n某政发〔2024〕3号\n\n各市人民政府：",
     "某省人民政府关于做好当前促进就业工作的若干意见"),
    ("某市人民政府办公室关于全面推行\n行政执法公示制度\n执法全过程记录制度的指导意见\n某政办发〔2024〕8号",
     "某市人民政府办公室关于全面推行行政执法公示制度执法全过程记录制度的指导意见"),
    ("某市人民政府办公室关于开展\n城镇小区治理工作的通知\n某政办发〔2024〕9号",
     "某市人民政府办公室关于开展城镇小区治理工作的通知"),
    # a notice issuing a plan: the plan's name
    ("某市人民政府办公室关于印发“无废城市”建设\n试点工作方案的通知\n某政办发〔2024〕1号", "“无废城市”建设试点工作方案"),
    ("某区人民政府办公室关于转发区建管委《某区城市更新\n行动方案（2023-2025年）》的通知\n各街道：",
     "某区城市更新行动方案（2023-2025年）"),
])
def test_a_title_broken_over_lines_is_read_whole(head, title):
    plan = parse_text(head + "\n一、任务\n（一）整治河道。（市水务局负责）\n（二）清理垃圾。（市城管局负责）\n")
    assert plan.title == title


def test_the_real_two_line_titles_of_the_dev_set():
    from parse_score import DEV_DIR
    if not DEV_DIR.is_dir():
        pytest.skip("plans-dev is not here")
    text = (DEV_DIR / "05_guofa-2019-zonghe-baoshuiqu-ruogan-yijian.txt").read_text(encoding="utf-8")
    assert parse_text(text).title == "国务院关于促进综合保税区高水平开放高质量发展的若干意见"


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


# --- 9b. plan-level figures: the count in the title, the money put in -------------------------

def test_the_count_in_the_title_and_the_funds_are_plan_targets():
    plan = parse_text("2026年某区为老旧小区内既有的40个充电场所加装消防设施实施方案\n一、工作目标\n改善消防安全。\n"
                      "二、经费保障\n每个场所建设费用以10万元计，共需经费约400万元，由区级财政承担。\n"
                      "三、实施步骤\n(一)第一季度：做好立项。\n(二)第二季度：完成审批。\n")
    got = {(t.value, t.unit) for t in plan.plan_targets}
    assert {(40, "个"), (4000000, "元")} <= got
    # a year or a plan period in the title is no target
    plan = parse_text("某区文物保护三年行动计划（2024—2026年）\n一、任务\n（一）调查。\n（二）保护。\n")
    assert plan.plan_targets == []


def test_the_real_plan_figures_of_the_dev_set():
    from parse_score import DEV_DIR
    if not DEV_DIR.is_dir():
        pytest.skip("plans-dev is not here")
    plan = parse_text((DEV_DIR / "09_hongkou-2026-diandongche-chongdian-xiaofang-shishi-fangan.txt")
                      .read_text(encoding="utf-8"))
    assert {(40, "个"), (4000000, "元")} <= {(t.value, t.unit) for t in plan.plan_targets}


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


def test_an_approximate_count_is_a_plan_figure():
    plan = parse_text("某市试点工作方案\n一、总体要求\n（一）试点范围。选择10个左右有条件、有基础的城市开展试点。\n"
                      "二、试点任务\n（一）建设平台。（省政务办负责）\n（二）形成规范。（省政务办负责）\n")
    assert (10, "个") in {(t.value, t.unit) for t in plan.plan_targets}
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR / "c03_guoban-2018-wufei-chengshi-shidian-fangan.txt").read_text(encoding="utf-8"))
    assert (10, "个") in {(t.value, t.unit) for t in plan.plan_targets}


# --- styles of motion-handling plans and 政府工作报告 breakdowns -------------------------------

def test_motion_handling_labels_and_steps():
    plan = parse_text("关于市政协十三届三次会议第0123号提案办理工作方案\n一、办理任务\n"
                      "（一）加快养老设施建设。（主办单位：市民政局；会办单位：市财政局、市自然资源和规划局）\n"
                      "（二）完善医养结合。（主办单位：市卫健委；协办单位：市医保局；责任领导：张三；督办单位：市政府督查室）\n"
                      "二、办理步骤\n（一）交办阶段（3月）：召开交办会。\n（二）答复阶段（10月底前）：书面答复提案人。\n")
    assert units(plan)[:2] == [("一.一", ["市民政局"], ["市财政局", "市自然资源和规划局"]),
                               ("一.二", ["市卫健委"], ["市医保局"])]
    assert [p.name for p in plan.phases] == ["交办阶段", "答复阶段"]


@pytest.mark.parametrize("table", [
    "序号\n工作任务\n责任领导\n牵头单位\n责任单位\n完成时限\n"
    "1\n新建农村公路50公里。\n张三\n县交通运输局\n各乡镇人民政府\n2024年12月\n"
    "2\n改造老旧小区10个。\n李四副县长、王五\n县住建局\n县财政局、城关镇\n2024年10月底前\n",
    "| 序号 | 工作任务 | 责任领导 | 牵头单位 | 责任单位 | 完成时限 |\n|---|---|---|---|---|---|\n"
    "| 1 | 新建农村公路50公里。 | 张三 | 县交通运输局 | 各乡镇人民政府 | 2024年12月 |\n"
    "| 2 | 改造老旧小区10个。 | 李四副县长、王五 | 县住建局 | 县财政局、城关镇 | 2024年10月底前 |\n",
])
def test_a_breakdown_table_with_a_leaders_column(table):
    plan = parse_text("某县2024年政府工作报告重点工作任务分解表\n" + table)
    assert [(t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks] == [
        (["县交通运输局"], ["各乡镇人民政府"], "2024-12-31"), (["县住建局"], ["县财政局", "城关镇"], "2024-10-31")]
    assert not {"张三", "李四副县长", "王五"} & {u.name for u in plan.units}


@pytest.mark.parametrize("bracket,lead,resp", [
    ("（区生态环境局牵头落实，各街道配合）", ["区生态环境局"], ["各街道"]),
    ("（区人社局牵头实施，区民政局协助落实）", ["区人社局"], ["区民政局"]),
    ("（区应急局、各街道按职责分工负责，区应急局牵头）", ["区应急局"], ["各街道"]),   # no unit twice
    ("（区政务服务中心负责牵头，区大数据局共同推进）", ["区政务服务中心"], ["区大数据局"]),
])
def test_role_words_written_with_their_verbs(bracket, lead, resp):
    plan = parse_text(f"某区方案\n一、任务\n1.改善环境。{bracket}\n2.加强宣传。（区委宣传部负责）\n")
    assert units(plan)[0] == ("一.1", lead, resp)


def test_a_task_table_one_cell_a_line_with_numbered_group_rows():
    plan = parse_text("某县人民政府关于印发2024年政府工作报告重点工作任务分解方案的通知\n某政发〔2024〕2号\n各乡镇：\n"
                      "附件\n2024年政府工作报告重点工作任务分解方案\n序号\n工作任务\n牵头单位\n责任单位\n完成时限\n"
                      "一、稳增长\n1\n地区生产总值增长6.5%左右。\n县发改局\n县统计局、各乡镇\n2024年12月底\n"
                      "2\n固定资产投资增长8%。\n县发改局\n县住建局、\n县交通运输局\n2024年12月底\n"
                      "二、惠民生\n3\n新增城镇就业1200人。\n县人社局\n各乡镇\n2024年11月底\n")
    assert [(t.key, t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks] == [
        ("1", ["县发改局"], ["县统计局", "各乡镇"], "2024-12-31"),
        ("2", ["县发改局"], ["县住建局", "县交通运输局"], "2024-12-31"),
        ("3", ["县人社局"], ["各乡镇"], "2024-11-30")]


# --- 9c. thresholds that say who qualifies are not targets ------------------------------------

@pytest.mark.parametrize("sentence", [
    "重点支持单户担保金额500万元及以下的小微企业。",
    "有条件的地方可对单户担保金额500万元及以下、平均担保费率不超过1%的担保业务给予补贴。",
    "对150张以上床位的养老机构开展检查。",
])
def test_a_threshold_that_says_who_qualifies_is_no_target(sentence):
    plan = parse_text(f"某省方案\n一、任务\n（一）支持小微企业。{sentence}（省财政厅负责）\n"
                      "（二）加强宣传。（省委宣传部负责）\n")
    assert not [t for t in plan.tasks[0].targets if t.value in (5000000, 150)]


def test_the_real_thresholds_of_the_corpus():
    from parse_score import CORPUS_DIR
    path = CORPUS_DIR / "c08_guoban-2019-zhengfuxing-rongzi-danbao-zhidao-yijian.txt"
    if not path.is_file():
        pytest.skip("c08 is not in the corpus yet")
    plan = parse_text(path.read_text(encoding="utf-8"))
    assert not [t for task in plan.tasks for t in task.targets if t.value == 5000000]


@pytest.mark.parametrize("head,title", [
    # the 文号 above the title (county documents)
    ("某政办发〔2021〕5号\n县人民政府办公室关于\n对2021年重点工作\n进行责任分解的通知\n各镇人民政府,县政府各部门:",
     "县人民政府办公室关于对2021年重点工作进行责任分解的通知"),
    # a web page's metadata block names it
    ("| 索 引 号:123456/2019-00448 | 效力状态: |\n| 发文单位:某市人民政府办公室 | 成文日期:2019年03月08日 |\n"
     "| 标 题: 某市人民政府办公室关于办理代表建议的通知 |\n我要收藏\n文章分享\n各承办单位:",
     "某市人民政府办公室关于办理代表建议的通知"),
])
def test_titles_above_which_something_stands(head, title):
    plan = parse_text(head + "\n一、任务\n（一）整治河道。（市水务局负责）\n（二）清理垃圾。（市城管局负责）\n")
    assert plan.title == title


@pytest.mark.parametrize("sentence", [
    "对不属于本单位职责范围的建议，必须在接到承办通知后7个工作日内退回市政府办公室，注明退回理由",
    "各承办单位要在交办之日起3个月内答复代表",
])
def test_a_sending_within_so_many_days_is_a_duty(sentence):
    plan = parse_text("关于办理代表建议的通知\n各承办单位：\n一、明确责任\n（一）认真研读建议。\n"
                      f"（二）尽快办理。{sentence}。\n")
    assert any(sentence[:12] in d.text for d in plan.duties)


def test_a_table_of_measures_with_a_guiding_column_and_rows_left_out():
    plan = parse_text("国务院办公厅关于推广改革举措的通知\n国办发〔2018〕126号\n各省人民政府：\n"
                      "一、推广的主要内容\n（一）知识产权保护方面2项。\n（二）管理体制创新方面1项。\n"
                      "附件：改革举措推广清单\n附件\n改革举措推广清单\n"
                      "序号\n改革举措\n主 要 内 容\n指导部门\n推广范围\n一、知识产权保护方面（共2项）\n"
                      "1\n专利保险机制\n开发包括专利代理责任险在内的险种。\n国家知识产权局、中国银保监会\n全国\n"
                      "2\n技术调查官制度\n法院审理知识产权案件时，可以引入技术调查官。\n最高人民法院\n8个改革试验区域\n"
                      "二、管理体制创新方面（共3项）\n"          # rows 3 and 4 left out of the page
                      "5\n职称评审自主权\n将职称评审自主权下放给地方高校。\n教育部\n全国\n")
    rows = [t for t in plan.tasks if t.path == ["附件"]]
    assert [(t.number, t.title, t.lead_units, t.responsible_units) for t in rows] == [
        ("1", "专利保险机制", [], []), ("2", "技术调查官制度", [], []), ("5", "职称评审自主权", [], [])]
    assert not any(t.targets for t in rows)                     # 推广范围 8个改革试验区域 is a scope
    assert {u.name for u in plan.units} == set()                # 指导部门 guide; they are not the doers


def test_the_real_table_of_measures_of_the_corpus():
    from parse_score import CORPUS_DIR
    path = CORPUS_DIR / "c07_guoban-2018-dierpi-zhichi-chuangxin-gaige-jucuo-tongzhi.txt"
    if not path.is_file():
        pytest.skip("c07 is not in the corpus yet")
    rows = [t for t in parse_text(path.read_text(encoding="utf-8")).tasks if t.path == ["附件"]]
    assert [t.number for t in rows] == [str(n) for n in [*range(1, 15), 21, 22, 23]]


@pytest.mark.parametrize("sentence,kept", [
    ("军民深度融合方面6项。", []),
    ("科技金融创新方面（共5项）。", []),
    ("完成重点项目30项。", [30]),                              # a count the work must reach stays
    ("推广改革举措不少于6项。", [6]),
    ("出台支持政策10项。", [10]),
])
def test_how_many_measures_a_document_lists_is_no_target(sentence, kept):
    plan = parse_text(f"某省推广通知\n一、推广内容\n（一）{sentence}\n（二）加强领导。\n")
    assert [t.value for t in plan.tasks[0].targets] == kept


def test_the_real_count_of_measures_of_the_corpus():
    from parse_score import CORPUS_DIR
    path = CORPUS_DIR / "c07_guoban-2018-dierpi-zhichi-chuangxin-gaige-jucuo-tongzhi.txt"
    if not path.is_file():
        pytest.skip("c07 is not in the corpus yet")
    plan = parse_text(path.read_text(encoding="utf-8"))
    assert not [t for task in plan.tasks if task.path == ["一"] for t in task.targets]


# --- 8e. dates written relative to the plan's year, quarters, halves --------------------------

@pytest.mark.parametrize("words,date", [
    ("今年6月底前完成", "2024-06-30"), ("今年年底前完成", "2024-12-31"), ("明年3月底前完成", "2025-03-31"),
    ("年内完成", "2024-12-31"), ("第三季度完成", "2024-09-30"), ("三季度末前完成", "2024-09-30"),
    ("2025年一季度前完成", "2025-03-31"), ("上半年完成", "2024-06-30"), ("10月份前完成", "2024-09-30"),
    ("争取三年内实现全覆盖", None), ("每季度报送一次", None), ("前三季度完成投资", None), ("今年以来成效明显", None),
    ("年内持续推进", None), ("每年第一季度开展检查", None), ("每年上半年召开会议", None),
])
def test_relative_years_quarters_and_halves(words, date):
    plan = parse_text(f"2024年某县工作方案\n一、任务\n（一）建设。{words}。（县发改局负责）\n"
                      "（二）宣传。（县委宣传部负责）\n")
    assert plan.tasks[0].deadline == date


def test_leaders_on_a_line_of_their_own_and_roles_written_as_a_sentence():
    plan = parse_text("2021年某省重点任务分工方案\n一、主要预期目标\n1.地区生产总值增长6%以上。\n\n"
                      "分管省领导:林克庆\n\n部门分工:省发展改革委牵头,各地、各部门配合。\n\n2.进出口实现正增长。\n\n分管省领导:张新\n\n"
                      "部门分工:省商务厅牵头,海关总署广东分署配合。\n")
    assert units(plan) == [("一.1", ["省发展改革委"], ["各地", "各部门"]), ("一.2", ["省商务厅"], ["海关总署广东分署"])]
    assert not {"林克庆", "张新"} & {u.name for u in plan.units}


@pytest.mark.parametrize("bracket,lead,resp", [
    ("（省发展改革委牵头，省财政厅、省商务厅）", ["省发展改革委"], ["省财政厅", "省商务厅"]),
    # people's roles first, then the lead, then a list the page cuts off inside
    ("（分管副省长、协管副秘书长负责,省发展改革委牵头,省工业和信息化厅、省", ["省发展改革委"], ["省工业和信息化厅"]),
])
def test_units_after_the_lead_take_part(bracket, lead, resp):
    plan = parse_text(f"某省方案\n一、任务\n（一）稳增长。{bracket}\n")
    assert units(plan) == [("一.一", lead, resp)]


def test_the_real_report_breakdowns_of_the_corpus():
    from parse_score import CORPUS_DIR
    p04 = CORPUS_DIR / "p04_guangdong-2021-sheng-zhengfu-gongzuo-baogao-zhongdian-renwu-fengong-fangan.txt"
    plan = parse_text(p04.read_text(encoding="utf-8"))
    assert plan.title == "2021年省《政府工作报告》重点任务分工方案"
    assert units(plan)[0] == ("一.1", ["省发展改革委"], ["各地", "各部门"])


def test_a_lead_in_prose_is_not_a_units_list():
    """「由A牵头，定期召开联席会议」 ends in work, not in a role: no units; in a bracket it is the lead."""
    rest = "\n（二）宣传。（区委宣传部负责）\n"
    prose = parse_text("某区方案\n一、任务\n（一）建立机制。由区政府办公室牵头，定期召开联席会议。" + rest)
    assert units(prose)[0] == ("一.一", [], [])
    bracket = parse_text("某区方案\n一、任务\n（一）建立机制。（区政府办公室牵头，定期召开联席会议）" + rest)
    assert units(bracket)[0] == ("一.一", ["区政府办公室"], [])


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


# --- round 2: a task table pasted one row a line after the notice that issues it ---------------

def test_a_task_table_one_row_a_line_after_a_signed_notice():
    """The notice's own points (一、…三、) end at its signature and date; the table after it — a header
    whose cells are letter-spaced (工 作 任 务), rows of number, task and unit separated by spaces, a
    task with a space of its own — is the plan's task list."""
    plan = parse_text("某省人民政府办公厅关于印发2024年重点指标任务分工的通知\n各市人民政府，省直有关部门：\n"
                      "现将任务分工印发给你们，并通知如下：\n一、各有关部门要抓紧制定工作方案。\n"
                      "二、各牵头部门每季度末将进展情况报送省政府督查室。\n某省人民政府办公厅\n2024年3月1日\n"
                      "2024年重点指标任务分工\n序号 工 作 任 务 牵头单位\n1 地区生产总值增长6%左右 省发展改革委\n"
                      "2 新增城镇就业 80万人以上 省人力资源社会保障厅\n3 完成造林100万亩 省林业局\n")
    assert [(t.key, t.lead_units, [(x.value, x.unit) for x in t.targets]) for t in plan.tasks] == [
        ("1", ["省发展改革委"], [(6.0, "%")]), ("2", ["省人力资源社会保障厅"], [(800000.0, "人")]),
        ("3", ["省林业局"], [(1000000.0, "亩")])]
    assert any("督查室" in d.text for d in plan.duties)        # the notice's points still give duties


def test_without_a_signature_the_points_keep_their_items():
    plan = parse_text("某区方案\n一、任务\n1.整治河道。（区水务局负责）\n2.清理垃圾。（区城管局负责）\n"
                      "二、要求\n1.加强领导。（区政府办负责）\n")
    assert [t.key for t in plan.tasks] == ["一.1", "一.2", "二.1"]


def test_the_real_table_one_row_a_line_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    tuning = CORPUS_DIR.parent / "plans-heldout"
    path = tuning / "x07_guoban-2016-zhengfu-gongzuo-baogao-lianghua-zhibiao-renwu-fengong.txt"
    plan = parse_text(path.read_text(encoding="utf-8"))
    assert [t.key for t in plan.tasks] == [str(n) for n in range(1, 11)]
    assert (plan.tasks[2].lead_units, plan.tasks[5].lead_units) == (["财政部"], ["工业和信息化部"])


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


# --- round 2: the first-listed rule in a bracket after the last unit ---------------------------

@pytest.mark.parametrize("units_line", [
    "责任单位:市经信局、市财政局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)",
    "（市经信局、市财政局、市税务局〔排在第一位的为牵头部门，下同〕）",
])
def test_a_rule_bracket_after_the_last_unit_keeps_that_unit(units_line):
    plan = parse_text(f"某市方案\n一、任务\n1.支持企业。做好工作。\n{units_line}\n"
                      "2.稳物价。做好。\n责任单位:市发展改革委、市市场监管局\n")
    assert units(plan) == [("一.1", ["市经信局"], ["市财政局", "市税务局"]),
                           ("一.2", ["市发展改革委"], ["市市场监管局"])]


def test_the_real_rule_bracket_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    tuning = CORPUS_DIR.parent / "plans-heldout"
    plan = parse_text((tuning / "x01_huzhou-2020-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie.txt")
                      .read_text(encoding="utf-8"))
    assert units(plan)[0] == ("一.1", ["市经信局"],
                              ["市财政局", "市发展改革委", "市人力社保局", "市金融办", "市税务局"])


# --- round 2: measures of weight, volume and energy after 万/亿 ----------------------------------

@pytest.mark.parametrize("phrase,value,unit", [
    ("出口备货50.5万公斤", 505000, "公斤"), ("年发电量1.2亿千瓦时", 120000000, "千瓦时"),
    ("新增装机20万千瓦", 200000, "千瓦"), ("河道清淤5万立方米", 50000, "立方米"),
    ("集装箱吞吐量300万标准箱", 3000000, "标准箱"),
])
def test_a_measure_after_wan_is_the_unit(phrase, value, unit):
    target = read_target(phrase)
    assert target is not None and (target.value, target.unit) == (value, unit)


def test_the_real_weights_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR.parent / "plans-heldout" / "x03_yaoan-2023-yanye-gongzuo-yijian.txt")
                      .read_text(encoding="utf-8"))
    found = {(t.value, t.unit) for task in plan.tasks for t in task.targets}
    assert {(8650000, "公斤"), (8145000, "公斤"), (505000, "公斤")} <= found


# --- round 2: limits of a procedure and caseload bands are no targets ---------------------------

@pytest.mark.parametrize("sentence,kept", [
    ("合法性审核时间一般不少于5个工作日，最长不超过15个工作日。", []),
    ("企业开办时间压缩至3个工作日以内。", [(3.0, "个工作日", "<=")]),       # a shortened limit is the aim
    ("主办10件以下的单位走访率达到100%，11—49件的达到75%以上，50件以上的达到50%以上。",
     [(100.0, "%", ">="), (75.0, "%", ">="), (50.0, "%", ">=")]),
    ("超过100人的企业达到15%。", [(100.0, "人", ">"), (15.0, "%", ">=")]),  # a threshold in the text, not a band
])
def test_procedure_limits_and_caseload_bands(sentence, kept):
    plan = parse_text(f"某县方案\n一、任务\n（一）规范办理。{sentence}（县政府办负责）\n"
                      "（二）加强宣传。（县委宣传部负责）\n")
    assert [(t.value, t.unit, t.comparator) for t in plan.tasks[0].targets] == kept


def test_the_real_limits_and_bands_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    tuning = CORPUS_DIR.parent / "plans-heldout"
    x05 = parse_text((tuning / "x05_guoban-2018-guifanxing-wenjian-hefaxing-shenhe-zhidao-yijian.txt")
                     .read_text(encoding="utf-8"))
    assert not [t for task in x05.tasks for t in task.targets if "工作日" in t.unit]
    x02 = parse_text((tuning / "x02_weixian-2024-renda-jianyi-zhengxie-tian-banli-tongzhi.txt")
                     .read_text(encoding="utf-8"))
    assert not [t for task in x02.tasks for t in task.targets if t.unit == "件"]


# --- round 2: titles of breakdowns, of notices issuing two plans, of web pages -------------------

@pytest.mark.parametrize("head,title", [
    # a notice issuing two breakdowns, its own title not on the page: the first one it names
    ("各区县人民政府,市直各单位:\n《2020年政府工作报告重点工作责任分解》和《十方面民生实事责任分解》已经市政府同意,现印发给你们。\n"
     "某市人民政府办公室\n2020年5月22日", "2020年政府工作报告重点工作责任分解"),
    # a web page: its metadata names the document (名称:), then its own title line, then the title
    # broken over two lines above the addressees
    ("索引号:000014348/2024-1\n名称:某县人民政府办公室关于做好建议提案办理工作的通知\n主题分类:建议提案\n"
     "某县人民政府办公室关于做好建议提案办理工作的通知\n某县人民政府办公室\n关于做好建议提案办理工作的通知\n各乡镇政府:",
     "某县人民政府办公室关于做好建议提案办理工作的通知"),
    ("某县人民政府办公室关于做好建议提案办理工作的通知\n某县人民政府办公室\n关于做好建议提案办理工作的通知\n各乡镇政府:",
     "某县人民政府办公室关于做好建议提案办理工作的通知"),
])
def test_titles_of_breakdowns_and_web_pages(head, title):
    plan = parse_text(head + "\n一、任务\n（一）整治河道。（市水务局负责）\n（二）清理垃圾。（市城管局负责）\n")
    assert plan.title == title


def test_the_real_titles_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    tuning = CORPUS_DIR.parent / "plans-heldout"
    x01 = parse_text((tuning / "x01_huzhou-2020-zhengfu-gongzuo-baogao-zhongdian-gongzuo-zeren-fenjie.txt")
                     .read_text(encoding="utf-8"))
    assert x01.title == "2020年政府工作报告重点工作责任分解"
    x02 = parse_text((tuning / "x02_weixian-2024-renda-jianyi-zhengxie-tian-banli-tongzhi.txt")
                     .read_text(encoding="utf-8"))
    assert x02.title == "魏县人民政府办公室关于做好2024年人大代表建议政协提案办理工作的通知"


# --- round 2: of two dates in one item, the one the work is done by ------------------------------

@pytest.mark.parametrize("item,deadline", [
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


# --- round 2: the lead paragraph of a goals section that holds tasks ------------------------------

def test_the_lead_paragraph_of_a_goals_section_holds_plan_figures():
    plan = parse_text("某区方案\n一、目标任务\n全区避难场所中，等级场所面积应不少于总量的30%。\n"
                      "（一）到2025年，全区人均避难面积达到2.3平方米。（区民防办负责）\n"
                      "（二）到2035年，全区人均避难面积达到3平方米。（区民防办负责）\n")
    assert [(t.value, t.unit) for t in plan.plan_targets] == [(30.0, "%")]
    assert [t.key for t in plan.tasks] == ["一.一", "一.二"]


def test_the_real_lead_paragraph_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR.parent / "plans-heldout"
                       / "x04_fengxian-2022-yingji-binan-changsuo-jianshe-shishi-fangan.txt")
                      .read_text(encoding="utf-8"))
    assert (30.0, "%") in {(t.value, t.unit) for t in plan.plan_targets}


# --- round 2: a sentence opening with its year sets that year's figures --------------------------

@pytest.mark.parametrize("sentence,deadline", [
    ("\n2023年，全县种植烟叶6.4万亩，收购865万公斤。", "2023-12-31"),
    ("全县种植烟叶6.4万亩。2019年，全县已建成基地3个。", None),      # not opening a paragraph
    ("\n2019年，全县已建成基地3个。", None),                          # a year before the plan's: what was done
    ("\n2023年，种植烟叶。", None),                                    # no figure
])
def test_a_year_opening_the_figures_is_their_deadline(sentence, deadline):
    plan = parse_text(f"2023年某县意见\n一、目标\n（一）目标任务。{sentence}（县农业农村局负责）\n"
                      "（二）宣传。（县委宣传部负责）\n")
    assert plan.tasks[0].deadline == deadline


def test_the_real_year_opening_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR.parent / "plans-heldout" / "x03_yaoan-2023-yanye-gongzuo-yijian.txt")
                      .read_text(encoding="utf-8"))
    assert next(t.deadline for t in plan.tasks if t.title.startswith("目标任务")) == "2023-12-31"


@pytest.mark.parametrize("table,rows", [
    # every header cell letter-spaced
    ("序 号 工 作 任 务 牵 头 单 位\n1 地区生产总值增长6%左右 省发展改革委\n2 新增城镇就业80万人 省人社厅\n",
     [("1", ["省发展改革委"], []), ("2", ["省人社厅"], [])]),
    # the last unit column listing several units with spaces; a task cell with a space of its own
    ("序号 工作任务 牵头单位 责任单位\n1 地区生产总值增长6%左右 县发改局 县统计局 县财政局\n"
     "2 新增城镇 就业1200人 县人社局 各乡镇\n",
     [("1", ["县发改局"], ["县统计局", "县财政局"]), ("2", ["县人社局"], ["各乡镇"])]),
])
def test_variants_of_a_table_one_row_a_line(table, rows):
    plan = parse_text("2024年重点任务分工\n" + table)
    assert units(plan) == rows


# --- round 3 (tuned on tests/data/plans-fresh too): a table one cell a line, each cell with its bar --

@pytest.mark.parametrize("header", [
    # the header names columns the task does not need (进展, 说明), and a unit column in words of its own
    "序号 |\n工作任务 |\n分管 领导 |\n牵头 单位 |\n责任主体与协同单位 |\n1-6月进展 |\n说明 |\n",
    # plain 牵头单位 / 配合单位, no leader, bars doubled
    "序号 ||\n主要任务 ||\n牵头单位 ||\n配合单位 ||\n",
])
def test_a_table_one_cell_a_line_with_a_bar_after_each_cell(header):
    rows = ("7 |\n新建口袋公园12个。 |\n张三 |\n区绿化市容局 |\n区建管委、各街镇 |\n已完成8个。 |\n||\n"
            "8 |\n改造老旧小区30个。 |\n李四 |\n区房管局 |\n区财政局 |\n已开工。 |\n|\n")
    if "分管" not in header:
        rows = rows.replace("张三 |\n", "").replace("李四 |\n", "").replace("已完成8个。 |\n", "")\
            .replace("已开工。 |\n", "")
    plan = parse_text("2024年区民生实事项目推进情况\n" + header + rows)
    assert units(plan) == [("7", ["区绿化市容局"], ["区建管委", "各街镇"]), ("8", ["区房管局"], ["区财政局"])]
    assert [(t.value, t.unit) for t in plan.tasks[0].targets] == [(12.0, "个")]   # 已完成8个 is progress


def test_the_real_barred_table_of_the_tuning_set():
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR.parent / "plans-fresh"
                       / "f06_chongchuan-2023-qu-zhengfu-zhongdian-minsheng-shishi-xiangmu-biao.txt")
                      .read_text(encoding="utf-8"))
    assert [t.key for t in plan.tasks] == ["24", "25", "26"]
    assert plan.tasks[1].lead_units == ["城管局"] and "环卫处" in plan.tasks[1].responsible_units


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


@pytest.mark.parametrize("page", [
    # the page's heading drops the district; the document's own title is broken over two lines
    "落实河长制的工作方案\n发布：2020-05-01 浏览：120\n某区人民政府办公室\n2020 年 5 月 1 日\n— 2 —\n"
    "某区落实河长制\n的工作方案\n",
    # on one line, after a page number
    "落实河长制的工作方案\n栏目：方案\n- 3 -\n某区落实河长制的工作方案\n",
])
def test_a_page_heading_gives_way_to_the_fuller_own_title(page):
    plan = parse_text(page + "一、任务\n（一）整治河道。（区水务局负责）\n")
    assert plan.title == "某区落实河长制的工作方案"


def test_a_heading_without_a_fuller_title_below_stays():
    plan = parse_text("落实河长制的工作方案\n一、任务\n（一）整治河道。（区水务局负责）\n"
                      "（二）落实河长制的工作方案要求的巡河。（区水务局负责）\n")
    assert plan.title == "落实河长制的工作方案"


def test_the_real_titles_of_round_3():
    from parse_score import CORPUS_DIR
    fresh = CORPUS_DIR.parent / "plans-fresh"
    titles = {name: parse_text((fresh / name).read_text(encoding="utf-8")).title for name in (
        "f01_shijingshan-2019-xinshidai-jiedao-gongzuo-renwu-fenjie-fangan.txt",
        "f02_caidian-2023-zhengfu-gongzuo-baogao-mubiao-renwu-zeren-fenjie.txt",
        "f03_leshan-2020-zhengfu-gongzuo-baogao-zhongdian-gongzuo-renwu-fengong-fangan.txt")}
    assert list(titles.values()) == ["石景山区贯彻落实《关于加强新时代街道工作的意见》的任务分解方案",
                                     "2023年区《政府工作报告》确定的主要目标任务责任分解方案",
                                     "《政府工作报告》重点工作任务分工方案"]


# --- round 3: a unit's name cut by the end of the text ---------------------------------------------

@pytest.mark.parametrize("last_line,lead,resp", [
    ("责任单位:区", [], []),
    ("牵头单位：市发展改革委\n责任单位：市财政局、市", ["市发展改革委"], ["市财政局"]),
    ("责任单位：县住建局、县交", [], ["县住建局"]),
])
def test_a_unit_cut_by_the_end_of_the_text_is_dropped_and_warned(last_line, lead, resp):
    plan = parse_text("2023年某区目标任务分解方案\n一、主要目标\n（一）地区生产总值增长7%\n责任单位:区发展和改革局\n"
                      f"（二）固定资产投资增长12%以上\n{last_line}\n")
    assert units(plan)[-1] == ("一.二", lead, resp)
    assert any("中断" in w and "一.二" in w for w in plan.warnings)


def test_a_whole_last_unit_gives_no_such_warning():
    plan = parse_text("2023年某区目标任务分解方案\n一、主要目标\n（一）地区生产总值增长7%\n责任单位:区发展和改革局\n")
    assert units(plan) == [("一.一", [], ["区发展和改革局"])]
    assert not any("中断" in w for w in plan.warnings)


def test_the_real_cut_unit_of_round_3():
    from parse_score import CORPUS_DIR
    plan = parse_text((CORPUS_DIR.parent / "plans-fresh"
                       / "f02_caidian-2023-zhengfu-gongzuo-baogao-mubiao-renwu-zeren-fenjie.txt")
                      .read_text(encoding="utf-8"))
    last = plan.tasks[-1]
    assert last.title.startswith("工业投资增长12%") and not last.lead_units and not last.responsible_units


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
