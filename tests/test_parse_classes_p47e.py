"""Round 47 (p47e): dates, targets and deadlines the tuned sets missed, by class.

- A year opening a sentence of an item 「2021年，组织开展…专项检查」 dates it whatever its verb, and a clause opening
  with its year and the work done in it 「…，2028年逐步扩大至全市范围」 too (Round 46 rulings, decided: a year inside
  an item that says when its own work is done); near misses: a past fact, a year of a document or plan, a cut-off.
- A year clause with a change set against a base 「,2018年非电煤炭消费总量比2015年削减3%以上」 dates its figures.
- An activity's time section headed by its theme first 「二、活动主题、时间」; an item's own day standing as a clause
  after its purpose 「…,9月19日,统一组织…」 or in a site's field with its hours 「宣传点:6月3日上午9:00-12:00」.
- A labelled units bracket closing with its time 「(牵头单位:A;责任单位:B、C,6月底完成)」: the task's deadline.
- Score bands that pick who a step applies to 「信用评价85分及以上的企业」 (Round 47 rulings, decided) are targets;
  grade bands 「…为优秀」 and a band joined to a rank 「…并在…排名前三的」 stay none.
- A stage task titled by its number over its dated head 「第一阶段:…摸底阶段(2018年6月至12月)」: the bracket's end.
- A named day's date in brackets then 前 「宣传周的第一个工作日(6月12日)前」: a limit.
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.targets import find_targets


def deadlines(text: str) -> dict[str, str | None]:
    return {"/".join([*t.path, t.number]): t.deadline for t in parse_text(text).tasks}


def figures(sentence: str) -> list[tuple[float, str]]:
    return [(t.value, t.unit) for t in find_targets(sentence, 2024, relaxed=True)]


_PLAN = "某区耕地保护工作方案\n\n一、主要任务\n\n"
_SIGNED = "\n某区人民政府\n2021年3月1日\n"


def test_a_year_opening_a_sentence_dates_the_item_whatever_its_verb():
    got = deadlines(_PLAN + "（一）开展耕地监测。\n\n每半年开展一次耕地监测评价。2021年，组织开展撂荒地专项检查。"
                            "（责任单位：区农业农村委）\n\n（二）加强宣传。各街镇要加强宣传引导。\n" + _SIGNED)
    assert got["一/一"] == "2021-12-31"
    assert got["一/二"] is None


def test_a_year_sentence_near_misses():
    # a past fact, and work that runs on from its year (on the line under the heading too), date nothing
    got = deadlines(_PLAN + "（一）开展耕地监测。\n\n每半年开展一次监测评价。2021年，全区已组织开展撂荒地专项检查。\n\n"
                            "（二）推进整治。\n\n2021年，启动首批整治，此后每年整治一批。\n\n"
                            "（三）排查隐患。\n\n2021年，全面排查已建、在建工程的消防手续。\n" + _SIGNED)
    assert got["一/一"] is None
    assert got["一/二"] is None
    assert got["一/三"] == "2021-12-31"     # 已建 names the things, no past fact


def test_a_clause_opening_with_its_year_and_the_work_done_in_it():
    text = ("某市2026年公园提质实施方案\n\n二、主要任务\n\n"
            "（一）盘活公园房屋资源。支持公园对配套用房进行评估。在6座公园先行启动试点，2028年逐步扩大至全市范围。\n\n"
            "（二）优化公园管理。在6座公园先行启动试点，2025年以来已推广至10座公园。\n\n"
            "（三）完善评估制度。对照《2027年公园建设要点》完成评估。\n")
    got = deadlines(text)
    assert got["二/一"] == "2028-12-31"
    assert got["二/二"] is None          # a past fact (以来, 已)
    assert got["二/三"] is None          # a year of a document's title


def test_a_year_clause_with_a_change_against_a_base_dates_its_figure():
    text = ("某市2018年大气治理实施计划\n\n一、重点任务\n\n"
            "1.控制煤炭消费总量。实施煤炭消费总量控制,2018年非电煤炭消费总量比2015年削减3%以上。\n\n"
            "2.控制煤炭质量。实施低硫配煤工程,煤炭含硫量比上年降低。\n")
    got = deadlines(text)
    assert got["一/1"] == "2018-12-31"
    assert got["一/2"] is None


_ACTIVITY = "某县教育系统2020年安全生产月活动方案\n\n一、活动目的\n\n增强师生安全意识。\n\n"


def test_a_time_section_headed_by_its_theme_first():
    text = _ACTIVITY + ("二、活动主题、时间\n主题:消除事故隐患,筑牢安全防线;\n时间:2020年6月1日—6月30日。\n"
                        "三、活动内容\n(一)制订实施方案。各校要及时制定活动方案。\n(二)开展隐患排查。各校要全面排查安全隐患。\n")
    assert set(deadlines(text).values()) == {"2020-06-30"}


def test_a_theme_section_without_a_time_dates_nothing():
    text = _ACTIVITY + ("二、活动主题、口号\n主题:消除事故隐患,筑牢安全防线;\n口号:安全第一。\n"
                        "三、活动内容\n(一)制订实施方案。各校要及时制定活动方案。\n")
    assert set(deadlines(text).values()) == {None}


def test_an_items_own_day_standing_as_a_clause_after_its_purpose():
    text = ("某市2020年国防教育日系列活动实施方案\n\n一、指导思想\n\n增强全民国防观念。\n\n二、活动内容\n\n"
            "1、举办国防教育图片展活动。为提高全民国防意识,9月19日,统一组织国防教育宣传展板,集中在市广场展示。\n\n"
            "2、组织征文活动。为提高全民国防意识,9月19日前,各单位上报征文。\n\n"
            "3、组织宣讲。为提高全民国防意识,9月19日,《国防教育条例》正式施行。\n")
    got = deadlines(text)
    assert got["二/1"] == "2020-09-19"
    assert got["二/3"] is None            # a rule's start, no event held


def test_an_items_own_day_in_a_sites_field_with_its_hours():
    text = ("某街道2018年禁毒宣传月活动实施方案\n\n一、活动主题\n\n珍爱生命，远离毒品。\n\n三、宣传实施方案\n\n"
            "(一)集中宣传活动。西门集中宣传点:6月3日上午9:00-12:00牵头单位:某街道办事处。\n\n"
            "(二)入户宣传活动。入户宣传点:6月3日前完成宣传品发放准备。\n")
    got = deadlines(text)
    assert got["三/一"] == "2018-06-03"


def test_a_labelled_bracket_closing_with_its_time():
    text = ("某州2020年优化营商环境工作计划\n\n一、深化改革\n\n"
            "1.加大简政放权力度。承接好省下放行政许可事项。(牵头单位:州审批服务局;责任单位:州司法局、州委编办,6月底完成)\n\n"
            "2.推进一网通办。全面推行网上办理。(牵头单位:州政务服务中心;责任单位:州数据局、州发改委)\n")
    tasks = {"/".join([*t.path, t.number]): t for t in parse_text(text).tasks}
    assert tasks["一/1"].deadline == "2020-06-30"
    assert tasks["一/1"].lead_units == ["州审批服务局"]
    assert not any("完成" in u for u in tasks["一/1"].responsible_units)
    assert tasks["一/2"].deadline is None
    assert "州发改委" in tasks["一/2"].responsible_units


def test_score_bands_that_pick_who_a_step_applies_to():
    assert (85.0, "分") in figures("对信用评价85分及以上的企业，在行政审批中给予优先办理。")
    assert (65.0, "分") in figures("对信用评价65分以下的企业，实行限制市场准入。")
    assert (20.0, "分") in figures("在一个记分周期内累计被记分值达到12分不足20分时，管理中心应向其出具告知书。")


def test_score_band_near_misses():
    assert figures("得分90分以上为优秀，60分以下为不合格。") == []
    assert figures("分值为86分及以上并在全区排名前三的小区给予奖励。") == []
    assert figures("D级企业主要包括执法积分＞80分的企业。") == []
    assert figures("本项满分100分。") == []
    assert figures("综合得分在60分以下的，确定为不合格等次。") == []    # the grade after 的 and a comma


def test_a_stage_titled_by_its_number_over_its_dated_head():
    text = ("县景区专项整治实施方案\n\n一、工作目标\n\n净化旅游环境。\n\n四、工作步骤\n\n"
            "第一阶段:宣传摸底阶段(2018年6月至12月)结合实际,制定工作方案,深入调查摸底。\n"
            "第二阶段:打击处理阶段(2019年1月至12月)严厉打击违法行为。\n"
            "\n五、保障措施\n\n（一）加强领导。成立工作专班。\n")
    got = deadlines(text)
    assert got["四/第一阶段"] == "2018-12-31"
    assert got["四/第二阶段"] == "2019-12-31"
    assert got["五/一"] is None


def test_a_numbered_stage_near_misses():
    from desktop.core.parse.task_dates import numbered_stage_end
    assert numbered_stage_end("第一阶段", "第一阶段:宣传摸底阶段(2018年6月至12月)结合实际。", None) == "2018-12-31"
    assert numbered_stage_end("第三阶段", "第三阶段:总结提升阶段 建立长效机制。", 2018) is None     # no dated bracket
    assert numbered_stage_end("宣传发动", "宣传发动(2018年6月至12月)结合实际。", 2018) is None      # no stage number


def test_a_named_days_date_in_brackets_then_qian():
    from desktop.core.parse.dates import find_deadlines
    found = find_deadlines("宣传周的第一个工作日(6月12日)前,各单位要悬挂宣传条幅。", 2010)
    assert [d.date for d in found] == ["2010-06-12"]
    assert [d.date for d in find_deadlines("于“校园日”（9月12日）之前完成布置。", 2010)] == ["2010-09-12"]
    # near misses: the bracket dates a period, or the day itself with no limit
    assert find_deadlines("宣传周(6月12日至18日)期间开展宣传。", 2010) == []
    assert find_deadlines("在宣传周首日(6月12日)举行启动仪式。", 2010) == []
