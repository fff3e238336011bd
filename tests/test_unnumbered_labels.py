"""Round 52, seen as a user (x258_04 imported): a duty table flattened to a body's name over its paragraph gives tasks
the plan does not number. Their number is their first words (their place in the plan), and the task list showed
「区公安分局、区公安分局」; the short name of 「区教育局\\n负责高考…」 began with the line break."""
from __future__ import annotations

import pytest

from desktop.core.model import level_numeral, numbered_title
from desktop.core.parse import parse_text
from desktop.core.parse.shortname import suggest_short_name


@pytest.mark.parametrize(("number", "title", "shown"), [
    ("区公安分局", "区公安分局", "区公安分局"),                      # unnumbered: the title once
    ("区住建局负责扬尘治理", "区住建局负责扬尘治理工作", "区住建局负责扬尘治理工作"),
    ("3", "加强扬尘治理", "3. 加强扬尘治理"),                         # near misses: a numeral stays
    ("十二", "十二五规划评估", "十二. 十二五规划评估"),                 # (a numeral whose title starts alike)
    ("第五条", "第五条所列事项的审核", "第五条. 第五条所列事项的审核"),
    ("", "总体要求", "总体要求"),
])
def test_a_number_is_shown_before_the_title_unless_it_is_the_titles_own_words(number, title, shown):
    assert numbered_title(number, title) == shown


def test_the_tree_uses_the_levels_numeral():
    assert numbered_title("二", "重点任务", "{}、") == "二、重点任务"
    assert numbered_title("区教育局", "区教育局", "（{}）") == "区教育局"


@pytest.mark.parametrize(("level", "shown"), [
    (1, "二、重点任务"), (2, "（二）重点任务"), (3, "二. 重点任务"), (4, "（二）重点任务"), (None, "二 重点任务"),
])
def test_a_task_shown_alone_reads_its_number_as_its_level_prints_it(level, shown):
    # round 53, seen as a user (ux53): the task pane headed eight different （一） items 「一. …」, like sections of
    # their own, while the tree beside it showed （一）; the pane and the month's page now print the level's numeral
    assert numbered_title("二", "重点任务", level_numeral(level)) == shown


_DUTY_TABLE = "\n".join([
    "中考、高考保障 职责分工",
    "",
    "区公安分局",
    "",
    "维护考点周边安全、网上不良信息检查、试卷运送保管安全保障。",
    "",
    "区教育局",
    "",
    "负责高考、中考的具体组织、实施和协调工作;对各考区的考试准备工作进行全面检查。",
    "",
    "区卫计委",
    "",
    "考点及相关医院医疗服务、高考体检保障。",
])


def test_a_short_name_after_a_units_own_line_holds_no_line_break():
    plan = parse_text(_DUTY_TABLE)
    assert [t.title for t in plan.tasks] == ["区公安分局", "区教育局", "区卫计委"]
    for task in plan.tasks:
        assert task.short_name and "\n" not in task.short_name and task.short_name == task.short_name.strip()
    assert plan.tasks[0].short_name == "维护考点周边安全"


def test_a_short_name_after_a_unit_on_the_same_line_is_as_before():
    # the near miss: 「区教育局：负责…」 on one line read the sentence after the unit already
    assert suggest_short_name("区教育局", "区教育局：组织开展考点安全检查", ["区教育局"]) == \
        suggest_short_name("区教育局", "区教育局\n组织开展考点安全检查", ["区教育局"])
