"""Round 54, second wave (w54d): figures that are no targets and targets missed, by class — read through
``find_targets`` (a task's text is read relaxed, as ``tasks`` reads it).

- the span a piece of work is given 「用3个月左右时间」「集中2个月时间」 (round 33: a duration, no comparison word);
- places counted, then each given the work 「9个郊区各设置…」 (rounds 33 / 38: which places, no count to reach), and
  the worded count each is given, closing its bracket 「不少于一个）」 (round 30's line);
- a property band inside the noun of a class of thing, past a quoted title and 要求 「功率超过130千瓦、且不满足《…》
  …要求的…船」 (Round 58: a class);
- a price per measure alone in brackets after the places it picks 「居住区(物业费1元/平米以上)」 (a class);
- a sentence opening with now 「目前，…确定5家…」 (round 33: present figures);
- units: 平方厘米 an area, 「1亿人民币」 no count of persons;
- an activity's one day in a time section that lists more fields 「三、活动时间、地点、参加人员」 over 「1.时间:…」
  (round 42 continued: the day is the activity's span);
- the time a fee relief is in force 「2025年底前…暂免收“基本电费”」 (rounds 45, 47: no deadline).
"""

from __future__ import annotations

import pytest

from desktop.core.parse.activity_spans import activity_span_end
from desktop.core.parse.dates import find_deadlines
from desktop.core.parse.targets import find_targets


def _figures(text: str) -> list[tuple[float, str, str | None]]:
    return [(t.value, t.unit, t.comparator) for t in find_targets(text, 2024, relaxed=True)]


@pytest.mark.parametrize("text", [
    "各村委会要集中 2 个月时间，组织开展植树造林的宣传发动。",
    "力争用3年左右时间，全面完成老旧小区改造。",
    "决定用4个月的时间，在全镇范围内开展集中整治。",
])
def test_the_span_the_work_is_given_is_no_target(text):
    assert _figures(text) == []


@pytest.mark.parametrize(("text", "figure"), [
    # near misses: an aim shortened to a span, a span with its bar, the work's own count after the span
    ("审批时间压缩至2个月。", (2.0, "个月", None)),
    ("整治周期不超过3个月。", (3.0, "个月", "<=")),
    ("用4个月时间新建3个社区驿站。", (3.0, "个", None)),
])
def test_a_span_set_as_an_aim_or_a_count_after_the_span_stays(text, figure):
    assert figure in _figures(text)


def test_places_counted_then_each_given_work_are_no_target_and_the_worded_bar_is():
    found = _figures("各区落实底泥消纳场地（6个郊区各设置消纳场地不少于一个）。")
    assert (1.0, "个", ">=") in found
    assert all(v != 6.0 for v, _, _ in found)


@pytest.mark.parametrize(("text", "figure"), [
    # near misses: places made, then each given work; places counted with no 各
    ("新建3个社区驿站，各配备2名专职人员。", (3.0, "个", None)),
    ("在20个村新建文化广场。", (20.0, "个", None)),
])
def test_places_made_or_counted_without_each_stay(text, figure):
    assert figure in _figures(text)


def test_a_worded_count_with_no_bar_closing_its_bracket_is_no_target():
    assert _figures("各区落实场地（设置一个）。") == []


@pytest.mark.parametrize("text", [
    "2025年1月1日起，单台柴油发动机输出功率超过200千瓦、且不满足《船舶污染排放标准》第二阶段限值要求的内河船舶，"
    "均应配备受电设施。",
    "符合“发动机输出功率超过200千瓦、且不满足《船舶污染排放标准》限值要求的内河船舶”条件的，应当使用岸电。",
])
def test_a_property_band_inside_the_noun_of_a_class_past_a_title_is_no_target(text):
    assert all(u != "千瓦" for _, u, _ in _figures(text))


def test_the_stay_in_the_same_rule_stays_a_target():
    found = _figures("功率超过200千瓦、且不满足《船舶污染排放标准》限值要求的内河船舶，靠泊超过3小时的，应当使用岸电。")
    assert (3.0, "小时", ">") in found
    assert all(u != "千瓦" for _, u, _ in found)


def test_a_power_reached_stays():
    assert (7.0, "千瓦", ">=") in _figures("确保新建充电桩功率不低于7千瓦。")


def test_a_price_band_in_brackets_after_the_places_it_picks_is_no_target():
    assert _figures("实行物业管理的小区(物业费2元/平米以上)，由物业服务企业负责公共区域消杀。") == []


@pytest.mark.parametrize(("text", "figure"), [
    ("物业费收取标准不低于2元/平米。", (2.0, "元", ">=")),
    ("培育龙头企业（新增30家以上）。", (30.0, "家", ">=")),
])
def test_a_price_set_or_an_aim_in_brackets_stays(text, figure):
    assert figure in _figures(text)


def test_a_sentence_opening_with_now_states_what_stands():
    assert _figures("目前，经招标确定3家服务机构作为本年度技术服务供应商，将结合实际推进服务工作。") == []


@pytest.mark.parametrize(("text", "figure"), [
    # near misses: the clause that aims after now; a modal in the clause; no comma after 目前
    ("目前，全区已建成驿站12个，到2026年底建成20个。", (20.0, "个", None)),
    ("目前，各街道要新建驿站不少于3个。", (3.0, "个", ">=")),
    ("目前全区新建驿站3个。", (3.0, "个", None)),
])
def test_an_aim_after_now_stays(text, figure):
    assert figure in _figures(text)


def test_square_centimetres_are_an_area_and_renminbi_no_persons():
    assert (1.0, "平方厘米", "<") in _figures("通风口必须加网罩（网眼面积小于1平方厘米）。")
    assert (200000000.0, "", None) in _figures("保险机构共同提供2亿人民币的共享保障额度。")
    assert (100000.0, "人", None) in _figures("服务10万人民群众。")


# ---- the activity's one day, in a time section that lists more fields, its time field numbered (round 42 continued)

_SECTION = ("一、活动主题\n植树添绿，美化家园。\n三、{head}\n1.时间:2025年3月14日 上午9:00—11:00\n2.地点:某村五组。\n"
            "3.参加人员:乡机关全体干部职工。\n四、活动内容\n1.开展集中义务植树。\n")


@pytest.mark.parametrize("head", ["活动时间、地点、参加人员", "活动时间、地点", "活动时间和参加对象"])
def test_the_one_day_of_a_time_section_listing_more_fields_ends_the_activity(head):
    assert activity_span_end(_SECTION.format(head=head), 2025) == "2025-03-14"


def test_a_section_naming_no_time_gives_no_day():
    # near miss: 地点、参加人员 with no time in the heading: no activity span
    assert activity_span_end(_SECTION.format(head="地点、参加人员").replace("1.时间:", "1.集合:"), 2025) is None


# ---- the time a fee relief is in force is no deadline (round 45: a validity; round 47: a time of force)


@pytest.mark.parametrize(("text", "dates"), [
    ("2024年底前本市充电设施建设项目暂免收“容量电费”，并执行一般工商业电价。", []),
    ("2024年6月底前对小微企业减半征收水利建设基金。", []),
    # near misses: the relief as work to be done by then; work before the relief
    ("2024年底前完成减免政策兑现。", ["2024-12-31"]),
    ("2024年底前建成充电设施，并免收服务费。", ["2024-12-31"]),
])
def test_a_fee_relief_in_force_to_a_date_dates_no_work(text, dates):
    assert [d.date for d in find_deadlines(text, 2023)] == dates
