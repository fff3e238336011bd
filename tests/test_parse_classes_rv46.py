"""Review of round 46 (rv46): the parser changes of p46a … p46f and al48, mended where a search ran over more text
than it reads (bounded, answers unchanged) — each test asserts what the reader returns, on a long run-together text
too; their time is measured by `python -m desktop bench` (nasty_time_fields, nasty_defines, nasty_cut_item), never
timed in a test."""

from __future__ import annotations

from desktop.core.parse.given_lists import _DEFINES
from desktop.core.parse.heading_markers import _cut_inside, split_inline


# ---- heading_markers._cut_inside: the first item a page cut off, read on the text's last 601 characters -----------
def test_a_first_item_cut_by_the_page_end_is_read_at_the_text_end():
    text = "（一）加强领导,明确责任1.成立工作领导小组,负责统筹协调全镇创建工作,领导小组人员"
    end = text.index("1.") + 2
    assert _cut_inside(text, end)
    assert _cut_inside(text + "   \n  ", end)                 # (the blanks a page leaves after them)
    assert "\n1.成立工作领导小组" in "\n" + split_inline(text).split("\n", 1)[1]


def test_near_misses_of_a_cut_item_stay_as_they_were():
    head = "（一）加强领导,明确责任1."
    end = len(head)
    assert not _cut_inside(head + "成立工作领导小组,负责统筹协调全镇创建工作。", end)    # (it ends with its stop)
    assert not _cut_inside(head + "成立工作领导小组,负责统筹" * 60, end)               # (over 600: no cut item)
    assert not _cut_inside(head + "成立工作领导小组,负责统筹" * 60 + "   ", end)
    assert not _cut_inside(head + "成立工作领导小组。2、统筹协调全镇创建工作领导小组人员", end)  # (a number after it)


def test_the_cut_item_reader_reads_a_window_on_a_long_text():
    """It reads the text after the item within its window (it copied all of it per call before): an item running on
    past the window is no cut item, whatever the text's length (time: the bench's nasty_cut_item)."""
    head = "（一）加强领导,明确责任1."
    assert not _cut_inside(head + "成立工作领导小组负责统筹协调全镇创建工作" * 20000, len(head))


# ---- given_lists._DEFINES: a definition over its kinds, read within its sentence's first 300 characters ----------
def test_a_definition_over_its_kinds_is_found():
    assert _DEFINES.search("本条例所称城市更新，是指在本市建成区内对城市空间形态和功能进行持续改善的活动，具体包括：")
    assert _DEFINES.search("本办法所称维修养护，是指对设施的日常保养和维修，主要包括：\n")


def test_near_misses_of_a_definition_stay_as_they_were():
    assert not _DEFINES.search("本条例所称城市更新，是指在本市建成区内开展的建设活动。具体包括：")  # (a new sentence)
    assert not _DEFINES.search("城市更新主要包括：")                                                 # (no 所称…是指)
    assert not _DEFINES.search("本条例所称城市更新，是指在本市建成区内开展的建设活动，包括下列内容")  # (no colon)


def test_the_definition_reader_reads_its_sentence_s_first_300_characters():
    """A lead-in further than 300 characters from 是指 is not this definition's (time: the bench's nasty_defines)."""
    piece = "本条例所称城市更新是指在本市建成区内开展持续改善城市空间形态和功能的活动，"
    assert _DEFINES.search(piece * 800 + "具体如下") is None
    assert _DEFINES.search(piece + "具体包括：")


# ---- time_fields: a time field's first sentence read within its first 400 characters, no copy per field ----------
def test_a_time_field_in_the_preamble_or_the_opening_points_gives_the_span_end():
    from desktop.core.parse.time_fields import time_field_end
    assert time_field_end("", "根据有关要求(时间:2016年11月1日至2017年3月31日),结合我镇实际,制定本方案。", 2016) \
        == "2017-03-31"
    body = ("一、工作目标时段和保障范围\n（一）工作目标。\n确保安全。\n（二）工作时段。\n自即日起至11月15日。\n"
            "二、工作要求\n加强领导。")
    assert time_field_end(body, "", 2022) == "2022-11-15"


def test_near_misses_of_a_time_field_stay_as_they_were():
    from desktop.core.parse.time_fields import time_field_end
    # (two fields that disagree, a page's 发布时间 stamp: no span)
    assert time_field_end("", "时间:2016年11月1日至2017年3月31日。时间:2017年5月1日至6月30日。", 2016) is None
    assert time_field_end("", "发布时间:2016年11月1日至2017年3月31日", 2016) is None
    # (the span's end past the field's first sentence is not its own)
    assert time_field_end("", "时间:全年。" + "各村按照要求做好工作" * 50 + "，2017年3月31日前完成", 2016) is None


def test_many_time_fields_that_disagree_give_no_span():
    """A preamble of many dated fields (time: the bench's nasty_time_fields) gives no one span."""
    from desktop.core.parse.time_fields import time_field_end
    preamble = "".join(f"第{j}场培训，时间：{1 + j % 12}月{1 + j % 28}日，地点在镇会议室，请各村安排人员参加"
                       for j in range(600))
    assert time_field_end("", preamble, 2024) is None


# ---- a scheme's rate as a multiple of a base: the figure reader's (rate_terms) alone, read once --------------------
def test_a_multiple_of_a_base_is_one_target():
    from desktop.core.parse.targets import find_targets

    def figures(text: str) -> list[tuple[float, str]]:
        return [(t.value, t.unit) for t in find_targets(text, 2022)]
    assert figures("对超出定额的部分，按照基准供水价格标准的3倍加收水费。") == [(3.0, "倍")]
    assert figures("由区财政局按所在村农业水价的1.2倍收取。") == [(1.2, "倍")]
    assert figures("补助标准以常规项目设计费1.5-2.0倍为基准。") == [(1.5, "倍")]
    # (near misses: a ratio of the past, a multiple no one charges or pays by)
    assert figures("全区游客人数是上年的1.5倍。") == []
    assert figures("按照教练车总数的20%进行配备。") == []
