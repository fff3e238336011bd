"""Round 48's end-of-round review (rv48): the mends it asked for, each with its near miss."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.account_reports import _PASSED_ON
from desktop.core.parse.page_title_marks import blank_menu
from desktop.core.parse.plan_year import ordinal_year


def test_two_sending_verbs_joined_either_way_pass_papers_on() -> None:
    assert _PASSED_ON.search("区发展改革委负责上报或转报项目可行性研究报告")
    assert _PASSED_ON.search("由各街道转报或报送市民政局")
    assert _PASSED_ON.search("经审核后上报、转报市财政局")
    # (near miss: a body's own sending alone passes nothing on)
    assert not _PASSED_ON.search("区发展改革委负责上报项目可行性研究报告")


def test_a_menu_under_home_is_blanked_but_a_title_after_a_long_run_stays() -> None:
    lines = ["首页", "图片新闻", "各地方案", "经普知识", "关于开展统计开放日活动的通知"]
    blank_menu(lines)
    assert lines == ["", "", "", "", "关于开展统计开放日活动的通知"]
    # (near miss: past the most lines a menu holds, a short line is kept — it may be the page's own title)
    lines = ["首页", *(["栏目名称"] * 9), "工作要点"]
    blank_menu(lines)
    assert lines[-1] == "工作要点" and lines[:9] == [""] * 9


def test_the_days_current_names_give_their_edition_year() -> None:
    assert ordinal_year("今年3月24日是第29个“世界防治结核病日”。") == 2024
    assert ordinal_year("20**年6月10日是第18个文化和自然遗产日。") == 2023
    # (near miss: an edition of no known day dates nothing)
    assert ordinal_year("今年是第5个年头。") is None


def test_items_around_a_named_day_are_dated_once_the_plan_dates_it() -> None:
    text = ("关于开展世界人口日宣传活动的通知\n2024年7月11日是第35个世界人口日。\n"
            + "".join(f"（{i}）在世界人口日前后开展宣传活动，由市卫生健康委负责。\n" for i in range(1, 41)))
    tasks = parse_text(text).tasks
    assert len(tasks) == 40 and {t.deadline for t in tasks} == {"2024-07-31"}
