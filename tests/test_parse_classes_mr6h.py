"""Round 28 (mr6h): mends of the review of h6 — a task table's group rows (大气污染防治) and its 合计 row take no units
from the row above; a one-cell-a-line table with no 序号 whose row leaves an empty cell out is realigned (or, when
it cannot be, not read at all rather than read into the last task); A./B. runs are items only where an item names
its unit (not grades, kinds, scopes); a sentence on the year before ends where the plan's own aim begins
(在此基础上 / 新引进 / 年均 / 再), and 争取 or a year after 较 is no aim there; indented A./B. items."""
from __future__ import annotations

from desktop.core.parse import parse_text


def _tasks(text: str):
    return [(t.number, t.title, t.responsible_units) for t in parse_text(text).tasks]


# --- 1. a task table's group rows and closing 合计 row ------------------------------------------------------------

_GROUPED = ("某区2025年生态环境保护重点任务清单\n\n"
            "序号 | 工作任务 | 责任单位 | 完成时限\n"
            " | {g1} |  | \n"
            "1 | 完成燃煤锅炉淘汰20台 | 区生态环境分局 | 2025年6月底\n"
            "2 | 完成餐饮油烟治理300家 | 区市场监管局 | 2025年9月底\n"
            " | {g2} |  | \n"
            "3 | 完成黑臭水体整治5条 | 区水务局 | 2025年10月底\n"
            "4 | 新建污水管网20公里 | 区住建局 | 2025年12月底\n"
            "{tail}")


def test_group_rows_take_no_units():
    for g1, g2 in (("大气污染防治", "水污染防治"), ("一是大气方面", "二是水环境方面"), ("蓝天保卫战", "碧水保卫战")):
        plan = parse_text(_GROUPED.format(g1=g1, g2=g2, tail=" | 合计 |  | \n"))
        assert [(t.number, t.responsible_units) for t in plan.tasks] == [
            ("1", ["区生态环境分局"]), ("2", ["区市场监管局"]), ("3", ["区水务局"]), ("4", ["区住建局"])], g2
        assert not any("重复" in w for w in plan.warnings)


def test_merged_row_with_its_time_still_takes_the_units_above():
    plan = parse_text(_GROUPED.format(g1="大气污染防治", g2="水污染防治",
                                      tail=" | 开展管网排查 |  | 2025年11月底\n"))
    assert [(t.number, t.responsible_units, t.deadline) for t in plan.tasks][-1] == ("4", ["区住建局"], "2025-11-30")


# --- 2. a table one cell a line with no 序号: a row leaving out an empty cell --------------------------------------

_HEAD = ["任务名称", "完成时限", "责任领导", "牵头单位", "配合单位", "备注"]


def _cell_plan(cells: list[str]):
    return parse_text("某县2025年优化营商环境重点任务清单\n\n" + "\n".join(cells)
                      + "\n\n某县人民政府办公室\n2025年3月1日\n")


def test_row_missing_its_note_cell_is_realigned():
    cells = [*_HEAD, "推行企业开办一网通办", "2025年6月底", "张三", "县市场监管局", "县政务服务中心", "省级试点",
             "开展涉企收费专项清理", "2025年10月底", "王五", "县发改局", "县财政局",
             "推进信用体系建设", "2025年12月底", "赵六", "县发改局", "县人民银行", "持续推进"]
    plan = _cell_plan(cells)
    assert [(t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks] == [
        (["县市场监管局"], ["县政务服务中心"], "2025-06-30"), (["县发改局"], ["县财政局"], "2025-10-31"),
        (["县发改局"], ["县人民银行"], "2025-12-31")]


def test_row_missing_its_second_unit_cell_is_realigned():
    cells = [*_HEAD[:5], "推行企业开办一网通办", "2025年6月底", "张三", "县市场监管局", "县政务服务中心",
             "开展涉企收费专项清理", "2025年10月底", "王五", "县发改局",
             "推进信用体系建设", "2025年12月底", "赵六", "县发改局", "县人民银行"]
    plan = _cell_plan(cells)
    assert [(t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks] == [
        (["县市场监管局"], ["县政务服务中心"], "2025-06-30"), (["县发改局"], [], "2025-10-31"),
        (["县发改局"], ["县人民银行"], "2025-12-31")]


def test_row_that_cannot_be_realigned_reads_no_table():
    # two cells missing in one row: the rows after it are not folded into the last task read (nor its date taken)
    cells = [*_HEAD, "推行企业开办一网通办", "2025年6月底", "张三", "县市场监管局", "县政务服务中心", "省级试点",
             "压减工程建设项目审批时间", "2025年9月底", "县住建局",
             "开展涉企收费专项清理", "2025年10月底", "王五", "县发改局", "县财政局", "市级考核",
             "推进信用体系建设", "2025年12月底", "赵六", "县发改局", "县人民银行", "持续推进"]
    plan = _cell_plan(cells)
    assert not any(t.deadline == "2025-10-31" and "压减" in t.title for t in plan.tasks)
    assert plan.tasks == [] and plan.warnings


# --- 3. A./B. runs: items where they name their units ----------------------------------------------------------

def test_letter_runs_of_grades_kinds_and_scopes_stay_text():
    text = ("某县2025年某某工作方案\n\n一、整治范围\nA.危险化学品企业；\nB.烟花爆竹经营单位；\nC.建筑施工企业。\n"
            "二、重点任务\n（一）开展隐患排查。（责任单位：县应急局）\n（二）开展执法检查。（责任单位：县住建局）\n"
            "三、评价标准\n按照评分结果分为：\nA.优秀（90分以上）；\nB.良好（80-89分）；\nC.合格（60-79分）。\n"
            "四、工作要求\nA.压实主体责任，县卫健委牵头抓总；\nB.强化督导考核，县督查室定期督查。\n")
    assert [t[0] for t in _tasks(text)] == ["一", "二"]


def test_indented_letter_items_with_units_are_items():
    for indent in ("\u3000\u3000", "  ", "\t"):
        text = ("某街道2025年平安建设工作方案\n\n一、主要任务\n"
                f"{indent}A.开展矛盾排查。由街道综治中心负责。\n{indent}B.加强治安防控。由派出所负责。\n"
                f"{indent}C.开展平安宣传。（责任单位：街道宣传办）\n")
        assert [(n, u) for n, _t, u in _tasks(text)] == [
            ("1", ["街道综治中心"]), ("2", ["派出所"]), ("3", ["街道宣传办"])], repr(indent)


# --- 4./5. the year before: where the plan's own aim starts ------------------------------------------------------

def _plan_targets(goal: str):
    text = ("某县2025年招商引资工作方案\n\n一、目标任务\n" + goal + "\n二、重点任务\n"
            "（一）开展产业链招商。（责任单位：县商务局）\n（二）开展以商招商。（责任单位：县工商联）\n\n"
            "某县人民政府办公室\n2025年3月1日\n")
    plan = parse_text(text)
    return sorted(t.value for t in plan.plan_targets + [t for k in plan.tasks for t in k.targets])


def test_aim_after_the_year_before_without_an_aim_word():
    assert _plan_targets("上年度签约项目12个，在此基础上新签约项目15个。") == [15]
    assert _plan_targets("去年引进项目10个，新引进项目12个。") == [12]
    assert _plan_targets("去年全县新建公厕20座，在此基础上新建公厕30座。") == [30]
    assert _plan_targets("去年全县地区生产总值增长6.5%，年均增长保持在6%以上。") == [6]
    assert _plan_targets("去年全县新建学校3所，再新建学校2所。") == [2]


def test_year_before_near_misses():
    # 新增 in the opening clause is what was done then; 争取 there is money got; a year after 较 is compared with
    assert _plan_targets("去年新增就业1200人，城镇登记失业率3.5%。") == []
    assert _plan_targets("上一年度全县争取专项债券12亿元，确保全年争取专项债券15亿元。") == [1.5e9]
    assert _plan_targets("去年全县引进项目18个，较2023年增长20%。") == []
    assert _plan_targets("过去一年全县引进项目18个，到位资金43.2亿元。") == []


# --- 6. 次月N日前 is monthly only with 上月/本月 in its own clause ---------------------------------------------------

def _duties(sentence: str):
    from desktop.core.parse.duties import find_duties
    return [(d.kind, d.due, d.every) for d in find_duties(sentence, 2025)]


def test_next_month_one_offs_are_not_monthly():
    for s in ("请各单位于本月25日前将工作方案报送县文明办，次月10日前报送工作进展。",
              "各地要于当月底前完成排查，次月5日前报送排查情况。",
              "各单位请于活动结束后次月5日前将本月活动总结报送县委宣传部。"):
        assert all(e != "month" for _k, _d, e in _duties(s)), s


def test_next_month_with_the_month_reported_stays_monthly():
    assert _duties("各单位于次月5日之前将上月工作情况报送县委办。") == [("other", None, "month")]
    assert ("monthly_info", None, "month") in _duties("各乡镇于次月5日前报送本月工作信息。")


# --- 10. an hour of the clock in other wordings -------------------------------------------------------------------

def _targets(item: str):
    plan = parse_text("某县2025年某某工作方案\n\n一、重点任务\n（一）开展甲工作。" + item + "（责任单位：县民政局）\n"
                      "（二）开展乙工作。（责任单位：县财政局）\n")
    return [t.value for t in plan.tasks[0].targets]


def test_clock_hours_in_other_wordings():
    for item in ("延时服务至晚间8点。", "延长至次日凌晨2点。", "推迟至22点以后。", "提前到早上7点30分。"):
        assert _targets(item) == [], item


def test_clock_hour_near_misses_keep_figures():
    assert _targets("夜间营业至22时以上的商户不少于500户。") == [500]
    assert _targets("每天开放不少于12小时。") == [12]
    assert _targets("建成便民服务点15个。") == [15]


# --- 9. a top-level phase with its time label; 12. a count's subject that is only a date and a verb -----------------

def test_phase_items_with_a_time_label_are_no_tasks():
    plan = parse_text("某县2025年农村人居环境整治工作方案\n\n"
                      "一、开展村庄清洁行动。全面清理农村生活垃圾。（责任单位：县农业农村局；完成时限：2025年6月底）\n"
                      "二、推进农村改厕。完成农村户厕改造2000户。（责任单位：县卫健委；完成时限：2025年10月底）\n"
                      "三、动员部署阶段。召开动员会议，制定实施方案。（完成时间：2025年3月底）\n"
                      "四、集中整治阶段。各乡镇全面开展整治。（完成时间：2025年4月至10月）\n"
                      "五、开展乙工作。（责任单位：县财政局；完成时限：2025年12月底）\n")
    assert [t.number for t in plan.tasks] == ["一", "二", "五"]


def test_count_subject_of_only_a_date_and_verb_is_empty():
    assert [(t.value, t.subject) for t in _plan_item("6月底前完成三个。")] == [(3, "")]
    assert [(t.value, t.subject) for t in _plan_item("年底前新建两个。")] == [(2, "")]
    assert [(t.value, t.subject) for t in _plan_item("新增社区养老服务站三个。")] == [(3, "社区养老服务站")]


def _plan_item(item: str):
    return parse_text("某县2025年某某工作方案\n\n一、重点任务\n（一）开展甲工作。" + item + "（责任单位：县民政局）\n"
                      "（二）开展乙工作。（责任单位：县财政局）\n").tasks[0].targets


# --- 7. a written month beats only the half year or quarter a summary covers --------------------------------------

def test_work_date_does_not_beat_the_sendings_year_end():
    assert ("other", "2025-12-31", None) in _duties(
        "各单位于10月底前完成自查后于年底前报送自查报告，次年1月底前报送全年工作落实情况。")
    assert ("other", "2025-12-31", None) in _duties(
        "各单位于9月30日前完成整改并于年底前报送整改情况，次年1月10日前报送年度工作总结。")
    assert ("half_year_summary", "2025-07-10", None) in _duties(
        "各单位于7月10日前报送上半年工作总结，次年1月10日前报送全年工作总结。")
