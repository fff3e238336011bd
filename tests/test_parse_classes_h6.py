"""Round 28 (h6): classes found by a hunt over made-up county, town, school and hospital plans — a monthly
sending written 「于次月5日前将上月…报送」, a half-yearly sending beside a one-off summary, a summary's day beside
the half year it covers, a year-before outturn 「去年全县完成…」 read as a goal, an hour of the clock 「至23点」 read
as a figure, a task table's row whose unit cell is empty or merged with the row above, a task table one cell a line
with no 序号 column, and items marked 其一，/其二， or A./B./C.; each with other wordings and the near misses that
must stay as they were."""
from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.duties import find_duties

_PLAN = ("某县2025年某某工作方案\n\n"
         "一、重点任务\n"
         "（一）开展甲工作。{item}（责任单位：县民政局）\n"
         "（二）开展乙工作。（责任单位：县财政局）\n"
         "二、工作要求\n"
         "{tail}\n\n"
         "某县人民政府办公室\n"
         "2025年3月1日\n")


def _plan(item: str = "", tail: str = "加强领导。"):
    return parse_text(_PLAN.format(item=item, tail=tail))


def _duties(sentence: str):
    return [(d.kind, d.due, d.every) for d in find_duties(sentence, 2025)]


# --- a monthly sending written 「次月X日前…上月/本月…」 -------------------------------------------------------------

def test_next_month_day_with_last_month_is_monthly():
    assert _duties("各村（社区）于次月5日前将上月防汛工作情况报镇应急办。") == [("other", None, "month")]
    assert _duties("上月工作进展于次月3日前报送县住建局。") == [("other", None, "month")]
    assert ("monthly_info", None, "month") in _duties("各乡镇于次月5日前报送本月工作信息。")


def test_next_month_near_misses():
    # a quarter's sending stays quarterly; a one-off after an event names no month
    assert _duties("各乡镇每季度结束后次月10日前报送上季度工作进展。") == [("quarterly_report", None, "quarter")]
    assert all(e != "month" for _k, _d, e in _duties("活动结束后，于次月5日前报送活动总结。"))


# --- 每半年 beside a one-off summary; a summary's day beside the half year it covers ----------------------------------

def test_half_yearly_progress_beside_the_years_summary_by_its_day():
    got = _duties("各学校每半年向区教育局报送一次工作进展情况，工作总结于12月10日前报送区教育局。")
    assert ("year_end_report", "2025-12-10", None) in got
    assert ("other", None, "year") in got
    assert all(k != "half_year_summary" for k, _d, _e in got)


def test_half_year_summary_still_read():
    assert _duties("各单位于6月20日前报送半年工作总结。") == [("half_year_summary", "2025-06-20", None)]
    assert ("half_year_summary", "2025-06-30", None) in _duties("各乡镇每半年报送一次工作总结。")


def test_summary_day_beats_the_half_year_it_covers():
    got = _duties("各单位于7月10日前报送上半年工作总结，次年1月10日前报送全年工作总结。")
    assert ("half_year_summary", "2025-07-10", None) in got
    assert ("year_end_report", "2026-01-10", None) in got
    got = _duties("各单位于7月5日前报送上半年工作总结，12月5日前报送全年工作总结。")
    assert ("half_year_summary", "2025-07-05", None) in got
    # with no day written, the half year's end stays the due date
    got = _duties("各单位上半年工作总结于6月底前报送，全年工作总结于12月底前报送。")
    assert ("half_year_summary", "2025-06-30", None) in got


# --- what was done the year before is no goal ----------------------------------------------------------------------

def _plan_targets(goal: str):
    text = ("某县2025年招商引资工作方案\n\n一、目标任务\n" + goal + "\n二、重点任务\n"
            "（一）开展产业链招商。（责任单位：县商务局）\n（二）开展以商招商。（责任单位：县工商联）\n\n"
            "某县人民政府办公室\n2025年3月1日\n")
    plan = parse_text(text)
    return sorted(t.value for t in plan.plan_targets + [t for k in plan.tasks for t in k.targets])


def test_last_years_outturn_is_no_target():
    assert _plan_targets("全年引进亿元以上项目20个。去年全县完成引进项目18个，到位资金43.2亿元。") == [20]
    assert _plan_targets("上年度全县完成植树造林1.2万亩。全年完成植树造林2万亩。") == [20000]


def test_last_years_outturn_near_misses():
    # the aim after it in the same sentence, and a comparison with last year, stay
    assert _plan_targets("去年完成改造15个，今年力争完成改造20个。") == [20]
    assert 2 in _plan_targets("力争全年引进项目20个，比去年增加2个。")
    assert 20000 in _plan_targets("全年完成植树造林2万亩，较去年增加5000亩。")
    # a year with a comma may open the first step of a plan of several years: its figures stay
    assert _plan_targets("2025年，全县引进项目20个。") == [20]
    assert 18 in _plan_targets("2024年，全县新建5G基站18个。到2026年，累计建成5G基站60个。")


# --- an hour of the clock ----------------------------------------------------------------------------------------

def test_clock_hour_is_no_target():
    assert _plan("延长公共交通运营时间至23点。").tasks[0].targets == []
    assert [t.value for t in _plan("图书馆开放时间延长至晚上9点，年接待读者10万人次。").tasks[0].targets] == [100000]


def test_clock_hour_near_misses():
    assert [t.value for t in _plan("新建便民服务点15个。").tasks[0].targets] == [15]
    assert [t.value for t in _plan("夜间营业至22时以上的商户不少于500户。").tasks[0].targets] == [500]


# --- a task table's row with its unit cell empty -----------------------------------------------------------------

def test_table_row_with_empty_unit_cell_is_kept():
    plan = parse_text("某区2025年生态环境保护重点任务\n\n"
                      "序号 | 工作任务 | 责任单位 | 完成时限\n"
                      "1 | 完成燃煤锅炉淘汰20台 | 区生态环境分局 | 2025年6月底\n"
                      "2 | 完成餐饮油烟治理300家 |  | 2025年9月底\n"
                      "3 | 完成工地扬尘在线监测全覆盖 | 区住建局 | 2025年12月底\n")
    assert [t.number for t in plan.tasks] == ["1", "2", "3"]
    assert plan.tasks[1].responsible_units == [] and plan.tasks[1].deadline == "2025-09-30"


def test_unitless_top_items_without_a_time_label_stay_out():
    # 一、…（责任单位） 二、保障 with a time label: a safeguard, no task; 三、 with no label either
    plan = parse_text("某县2025年某某工作方案\n\n"
                      "一、开展甲工作。（责任单位：县民政局；完成时限：2025年6月底）\n"
                      "二、加强组织保障。（完成时限：长期）\n"
                      "三、加强宣传引导。各部门要广泛宣传。\n"
                      "四、开展乙工作。（责任单位：县财政局；完成时限：2025年9月底）\n")
    assert [t.number for t in plan.tasks] == ["一", "四"]


# --- 其一，/其二， and A./B./C. items --------------------------------------------------------------------------------

def _items(lines: list[str]):
    text = "某街道2025年平安建设工作方案\n\n一、主要任务\n" + "\n".join(lines) + "\n"
    return [(t.number, t.responsible_units) for t in parse_text(text).tasks]


def test_qi_items():
    assert _items(["其一，开展矛盾排查。由街道综治中心负责。", "其二，加强治安防控。由派出所负责。",
                   "其三，开展平安宣传。由街道宣传办负责。"]) == \
        [("1", ["街道综治中心"]), ("2", ["派出所"]), ("3", ["街道宣传办"])]
    assert len(_items(["其一：开展甲工作。（责任单位：县民政局）", "其二：开展乙工作。（责任单位：县财政局）"])) == 2


def test_letter_items():
    for a, b in (("A. ", "B. "), ("A、", "B、"), ("（A）", "（B）"), ("Ａ．", "Ｂ．")):
        assert _items([f"{a}开展甲工作。（责任单位：县民政局）", f"{b}开展乙工作。（责任单位：县财政局）"]) == \
            [("1", ["县民政局"]), ("2", ["县财政局"])], a


def test_qi_and_letter_near_misses():
    # 其一是… inside the prose, a lone 其二, A级 / A、B两类 words: no items
    text = ("某县2025年某某工作方案\n\n一、主要任务\n（一）开展甲工作。（责任单位：县民政局）\n"
            "其一是加强领导，其二是压实责任。\n"
            "A级景区要开展自查。\n"
            "A、B两类企业全部纳入监管。\n"
            "（二）开展乙工作。（责任单位：县财政局）\n")
    assert [t.number for t in parse_text(text).tasks] == ["一", "二"]


# --- a task table one cell a line with no 序号 column ------------------------------------------------------------

_CELLS = ["任务名称", "完成时限", "责任领导", "牵头单位", "配合单位", "备注",
          "建设智慧停车场3处", "2025年9月底", "张明", "区城管局", "区交警大队", "新建项目",
          "改造农贸市场2个", "2025年6月底", "李华", "区市场监管局", "各街道", "续建项目"]


def test_unnumbered_cell_table_rows_are_tasks():
    plan = parse_text("某区2025年重点工作任务分解\n\n" + "\n".join(_CELLS) + "\n")
    assert [(t.lead_units, t.responsible_units, t.deadline) for t in plan.tasks] == [
        (["区城管局"], ["区交警大队"], "2025-09-30"), (["区市场监管局"], ["各街道"], "2025-06-30")]
    # the leader's name is no unit
    assert all("张明" not in t.lead_units + t.responsible_units for t in plan.tasks)


def test_unnumbered_cell_table_near_misses():
    # a row whose cells do not fit (a merged unit cell: the time where a unit should be) is not read as one
    cells = _CELLS[:6] + ["建设智慧停车场3处", "2025年9月底", "张明", "区交警大队", "新建项目",
                          "改造农贸市场2个", "2025年6月底", "李华", "区市场监管局", "各街道", "续建项目"]
    plan = parse_text("某区2025年重点工作任务分解\n\n" + "\n".join(cells) + "\n")
    assert not any(t.lead_units == ["区交警大队"] and t.responsible_units == ["新建项目"] for t in plan.tasks)
    # a heading 「工作任务」 over prose is no table
    plan = parse_text("某县2025年某某工作方案\n\n工作任务\n责任单位要高度重视。\n"
                      "一、开展甲工作。（责任单位：县民政局）\n二、开展乙工作。（责任单位：县财政局）\n")
    assert [t.number for t in plan.tasks] == ["一", "二"]


# --- a task table's row whose 序号 and unit cells are merged with the row above's ------------------------------------

def test_row_merged_with_the_row_above_takes_its_units():
    plan = parse_text("某县2025年重点工作任务分解表\n\n"
                      "序号 | 工作任务 | 责任单位 | 完成时限\n"
                      "1 | 新建农村公路50公里 | 县交通运输局 | 2025年11月底\n"
                      "2 | 新改建户厕1000座 | 县农业农村局 | 2025年10月底\n"
                      " | 治理农村生活污水村庄10个 |  | 2025年12月底\n"
                      "3 | 新建村级综合服务站5个 | 县民政局 | 2025年9月底\n")
    assert [(t.number, t.responsible_units, t.deadline) for t in plan.tasks] == [
        ("1", ["县交通运输局"], "2025-11-30"), ("2", ["县农业农村局"], "2025-10-31"),
        ("2", ["县农业农村局"], "2025-12-31"), ("3", ["县民政局"], "2025-09-30")]


def test_numbered_row_with_empty_unit_cell_takes_none():
    # its own 序号: its unit cell is empty, not merged — no unit is taken from the row above
    plan = parse_text("某县2025年重点工作任务分解表\n\n"
                      "序号 | 工作任务 | 责任单位 | 完成时限\n"
                      "1 | 新建农村公路50公里 | 县交通运输局 | 2025年11月底\n"
                      "2 | 治理农村生活污水村庄10个 |  | 2025年12月底\n"
                      "3 | 新建村级综合服务站5个 | 县民政局 | 2025年9月底\n")
    assert [t.responsible_units for t in plan.tasks] == [["县交通运输局"], [], ["县民政局"]]


# --- a count in Chinese numerals after what it counts --------------------------------------------------------------

def test_cn_count_after_its_noun_names_it():
    assert [(t.value, t.subject) for t in _plan("新增社区养老服务站三个。").tasks[0].targets] == [(3, "社区养老服务站")]
    assert [(t.value, t.subject) for t in _plan("每学期开展安全教育活动不少于两次。").tasks[0].targets] == \
        [(2, "每学期开展安全教育活动")]


def test_cn_count_subject_near_misses():
    # a count before its noun keeps the noun after it; a time word alone names nothing
    assert [(t.value, t.subject) for t in _plan("建成三个示范社区。").tasks[0].targets] == [(3, "示范社区")]
    assert [(t.value, t.subject) for t in _plan("举办夜间文旅活动，全年不少于三十场。").tasks[0].targets] == [(30, "")]
