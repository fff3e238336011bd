"""Page openings from outside Shanghai (round 47, p47a): the structure classes a site's page brings.

1. A run of numbered items whose head the page lost 「二、时间 / (a site's hidden block) / 2、活动形式。…」: the only
   deeper numbering on the page says nothing of how deep the plan numbers its work, so its childless points over a
   paragraph are read as on a page of points (rounds 34 early and 36: a childless point that gives work is a task).
"""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.sentence_units import doer_units


def _tasks(text: str) -> list[tuple[str, list[str]]]:
    return [(t.title[:6], t.responsible_units) for t in parse_text(text).tasks]


# ---- 1. a headless run: the site hid the run's head and its parent ----

HIDDEN = ("某镇读书月活动方案\n\n为推进全民阅读，制定本方案。\n\n一、工作分工\n\n活动日常事务由镇文化站办理，"
          "保障场地、书籍等具体需要，确保活动有序开展。\n\n二、活动安排\n\n会员登录后可查看全文\n\n"
          "3、读书分享。各村组织群众交流读书心得，评选优秀读者。\n\n五、工作总结\n\n镇文化站在活动结束后对"
          "全镇读书月情况进行总结，并对表现突出的村予以通报表扬。\n")


def test_points_beside_a_headless_run_are_tasks():
    tasks = _tasks(HIDDEN)
    assert [t for t, _ in tasks] == ["工作分工", "读书分享", "工作总结"]
    assert tasks[0][1] == ["镇文化站"]


def test_a_bare_heading_cut_at_the_page_end_stays_none():
    tasks = _tasks(HIDDEN + "\n六、工作要\n")
    assert [t for t, _ in tasks] == ["工作分工", "读书分享", "工作总结"]


def test_a_run_that_starts_at_one_keeps_its_points_sections():
    # near miss: 「1、」「2、」 printed whole — the plan numbers its work in items, the childless points stay sections
    text = HIDDEN.replace("会员登录后可查看全文\n\n3、读书分享。", "1、读书分享。").replace(
        "评选优秀读者。\n", "评选优秀读者。\n\n2、图书漂流。各村设立漂流点，开展图书漂流。\n")
    # (工作分工 names its doer by rule 2, a task either way; 工作总结 names none: a section here)
    assert [t for t, _ in _tasks(text)] == ["工作分工", "读书分享", "图书漂流"]


def test_unit_paragraphs_under_a_point_are_no_headless_run():
    # near miss: paragraphs led by their unit under 三、职责分工 are no numbered run (no number of their own):
    # 一、工作目标 stays a section, as before
    text = ("某镇防疫工作方案\n一、工作目标\n确保全镇不发生疫情，保障生产安全。\n二、强化领导\n镇成立领导小组，"
            "组长由镇长担任，成员由各站所负责人组成。\n三、职责分工\n农服中心：负责疫情监测和防疫物资供应工作。\n"
            "财政所：负责防控经费保障，将经费列入预算。\n")
    assert _tasks(text) == [("强化领导", []), ("职责分工", ["农服中心", "财政所"])]


def test_a_science_association_before_handling_is_one_name():
    # 「由X科协办理」: 科协 is the body's last word, 办理 the verb (not 协办 + 理)
    assert doer_units("日常工作由县粮油科协办理。")[1] == ["县粮油科协"]
    assert doer_units("具体事务由农业科协办理，确保顺利开展。")[1] == ["农业科协"]
    # near miss: 协办 as the verb after a body stays the verb
    assert doer_units("由区文化局协办，区教育局主办。")[1] == ["区文化局"]
