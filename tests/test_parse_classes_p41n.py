"""Round 41 (p41n), titles and targets. A notice whose cover quotes the plan under a name (现将《…》印发给你们) that
is never printed as a title line (the plan a table, or printed in other words) is titled by its own 关于印发…的通知
line; a 关于印发…分解表 notice
names a table, no plan. Made-up snippets written the way such covers are printed, each with near misses that must
not change."""

from __future__ import annotations

from desktop.core.parse import parse_text

_TASKS = """一、加快产业升级。推动先进制造业集群发展。
牵头单位：区发展改革委
责任单位：区经委
二、优化营商环境。深化“一网通办”改革。
牵头单位：区政务服务办
"""

UNPRINTED = """某区人民政府办公室关于印发2024年区政府工作报告重点工作责任分工的通知
各街道办事处，区政府各部门：
为抓好2024年区政府工作报告所列重点工作的落实，经区政府同意，现将《2024年区政府工作报告所列重点工作责任分工》印发给你们，请认真贯彻执行。
某区人民政府办公室
2024年3月5日
""" + _TASKS

PRINTED = """某区人民政府办公室关于印发2024年区政府工作报告重点工作责任分工的通知
各街道办事处，区政府各部门：
经区政府同意，现将《2024年区政府工作报告重点工作责任分工》印发给你们，请认真贯彻执行。
某区人民政府办公室
2024年3月5日
2024年区政府工作报告重点工作责任分工
""" + _TASKS

BROKEN = """关于印发《全面推进城乡融合加快农业农村现代化的实施方案》的通知
各镇人民政府，区各部门：
现将《全面推进城乡融合加快农业农村现代化的实施方案》印发给你们，请结合实际认真贯彻执行。
某区管理委员会
2024年3月5日
全面推进城乡融合
加快农业农村现代化的实施方案
""" + _TASKS

METADATA_ROW = """标 题 | 区人民政府办公室关于印发2024年区政府工作报告目标任务责任分解方案的通知 |
区人民政府办公室关于印发2024年区政府工作报告目标任务责任分解方案的通知
各街道办事处，区政府各部门：
现将《2024年区〈政府工作报告〉目标任务分解方案》印发给你们，请认真贯彻执行。
""" + _TASKS


def test_a_quoted_name_never_printed_gives_the_notice_title() -> None:
    assert parse_text(UNPRINTED).title == "某区人民政府办公室关于印发2024年区政府工作报告重点工作责任分工的通知"


def test_a_quoted_name_printed_on_its_own_line_stays() -> None:
    assert parse_text(PRINTED).title == "2024年区政府工作报告重点工作责任分工"


def test_a_name_printed_over_two_lines_stays() -> None:
    assert parse_text(BROKEN).title == "全面推进城乡融合加快农业农村现代化的实施方案"


def test_a_metadata_row_is_no_notice_line() -> None:
    assert parse_text(METADATA_ROW).title == "区人民政府办公室关于印发2024年区政府工作报告目标任务责任分解方案的通知"


TABLE_LABEL = """标 题: | 某县人民政府办公室关于印发2024年政府工作报告重点工作任务分解表的通知 | ||
发布机构: | 某县政府办公室 | ||
各乡镇人民政府，县直各单位：
请各单位按照分解表抓好落实。
""" + _TASKS

PLAN_LABEL = TABLE_LABEL.replace("任务分解表的通知", "任务分解方案的通知")


def test_a_labelled_notice_issuing_a_table_is_the_title() -> None:
    assert parse_text(TABLE_LABEL).title == "某县人民政府办公室关于印发2024年政府工作报告重点工作任务分解表的通知"


def test_a_labelled_notice_issuing_a_plan_gives_the_plan() -> None:
    assert parse_text(PLAN_LABEL).title == "2024年政府工作报告重点工作任务分解方案"


# an essay site's collection: its heading with the count, then the first piece's label
_PIECE_BODY = """为切实做好园区安全生产工作，结合实际，制定本方案。
一、活动时间。2025年6月1日至6月30日。
二、活动内容。园区各企业开展隐患排查整治。
"""

NAMED_PIECE = """某某文档网
港区安全生产月活动方案(精选3篇)
方案一:某港区“零事故”安全生产月活动方案
""" + _PIECE_BODY

REPEATING_LABEL = """当前位置: 某某文档网 > 党团工作 >
2024年耕地保护整治工作方案5篇
篇一:2024年耕地保护整治工作方案
1 -
耕地流出问题排查整改工作方案
""" + _PIECE_BODY

NO_COLLECTION = """某港区安全生产月活动方案
方案一:某港区“零事故”安全生产月活动方案
""" + _PIECE_BODY


def test_a_collections_first_piece_is_titled_by_its_label() -> None:
    assert parse_text(NAMED_PIECE).title == "某港区“零事故”安全生产月活动方案"


def test_a_label_repeating_the_heading_gives_the_title_below_it() -> None:
    assert parse_text(REPEATING_LABEL).title == "耕地流出问题排查整改工作方案"


def test_a_label_without_a_counted_heading_changes_nothing() -> None:
    assert parse_text(NO_COLLECTION).title == "某港区安全生产月活动方案"


# a bar on a unitless index (容积率 / 郁闭度 / 系数 / 指数) is a target; no bar, a range, a unit or a version is not
def _bars(sentence: str) -> list[tuple[float, str, str | None]]:
    from desktop.core.parse.targets import find_targets
    return [(t.value, t.unit, t.comparator) for t in find_targets(sentence, 2025)]


def test_a_floor_on_a_plot_ratio_is_a_target() -> None:
    got = _bars("推动存量工业用地提质增效，工业用地容积率原则上不低于2.5，研发用地容积率不低于3.5。")
    assert (2.5, "", ">=") in got and (3.5, "", ">=") in got


def test_a_band_after_a_canopy_density_is_a_target() -> None:
    assert (0.3, "", ">=") in _bars("新造林地连续面积2亩以上、郁闭度0.3以上的区域纳入森林面积统计。")


def test_an_index_without_a_bar_a_range_a_unit_or_a_version_is_none() -> None:
    assert not any(u == "" for _, u, _ in _bars("对容积率1.8的地块实行差别化供地。"))
    assert not any(u == "" for _, u, _ in _bars("径流系数在0.3-0.6之间的地块，分类管控。"))
    assert not any(u == "" for _, u, _ in _bars("外墙传热系数≤0.5W/（㎡·K）。"))
    assert not any(u == "" for _, u, _ in _bars("全面推广智能工厂2.0版，打造标杆企业。"))


# rounds of a check (轮 / 轮次) and flags (面) are counted units; 轮换 / 面积 / 面向 are words
def test_rounds_and_flags_are_counted() -> None:
    assert (3.0, "轮", ">=") in _bars("每季度至少完成3轮全覆盖隐患排查，落实整改责任。")
    assert (80.0, "面", ">=") in _bars("沿线悬挂横幅不少于10条，插放彩旗不少于80面。")


def test_words_made_with_round_or_face_are_no_units() -> None:
    assert not any(u in ("轮", "面") for _, u, _ in _bars("值守人员实行2轮换班制度。"))
    assert not any(u in ("轮", "面") for _, u, _ in _bars("推动2面向社会开放的服务中心建设。"))


def test_a_run_together_page_is_never_a_collection_heading():
    # the heading is one short line; a page run onto one 40 KB line is not searched whole (bench nasty_numbering went
    # 70 → 180 ms when it was) and gives no piece title, while the short heading over its label still does
    from desktop.core.parse.collection_pieces import first_piece_title
    assert first_piece_title("安全生产月活动方案5篇 " + "1." * 20000 + "\n方案一：化工园区安全生产月活动方案\n") == ""
    piece = "化工园区安全生产月活动方案"
    assert first_piece_title(f"安全生产月活动方案5篇\n方案一：{piece}\n") == piece
