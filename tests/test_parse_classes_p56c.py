"""Round 56 (p56c): contingency plans (应急预案) in a decimal outline — a chapter with nothing numbered under it
(「6 保障措施」 over its own paragraphs, between 「5」 over 5.1–5.2 and 「7」 over 7.1–7.2; written with a space after
the number or none) is a heading, and a leaf of the outline as its siblings' 5.1 / 7.1 are: a task (plans-next220's
x220_02, round 48). ``heading_markers.decimal_lines`` reads the bare number in the outline's own run and order;
``decimal_chapters.childless_chapters`` adds it to the tasks. A bare number out of the run (a figure line, a row of
a list after the outline) is none."""

from __future__ import annotations

from desktop.core.parse import parse_text
from desktop.core.parse.heading_markers import decimal_lines


def _plan(sep: str, chapter6: str = "", tail: str = "") -> str:
    return (f"某区城市内涝灾害应急预案\n"
            f"1{sep}总则\n1.1{sep}编制目的\n为有效应对内涝灾害，制定本预案。\n1.2{sep}适用范围\n本预案适用于本区内涝灾害。\n"
            f"2{sep}预防准备\n区水务局会同各街道组织开展排水设施隐患排查，及时整改发现的问题。\n"
            f"3{sep}组织体系\n3.1{sep}指挥机构\n区防汛指挥部负责统一指挥本区内涝灾害应对工作。\n"
            f"3.2{sep}工作机构\n区水务局负责组织排水设施抢修。\n"
            f"4{sep}应急处置\n4.1{sep}先期处置\n区城运中心接报后，组织联动单位开展先期处置。\n"
            f"4.2{sep}信息发布\n区政府新闻办负责组织内涝灾害信息发布。\n"
            f"{chapter6}"
            f"5{sep}附则\n5.1{sep}预案解释\n本预案由区水务局负责解释。\n5.2{sep}实施时间\n本预案自2031年1月1日起施行。\n"
            f"{tail}")


def _tasks(text: str) -> dict[str, list[str]]:
    return {"/".join([*t.path, t.number]): t.responsible_units + t.lead_units for t in parse_text(text).tasks}


def test_a_childless_chapter_over_its_paragraph_is_a_task_with_a_space_after_its_number():
    got = _tasks(_plan(" "))
    assert "2" in got
    assert sorted(got["2"]) == ["区水务局", "各街道"]
    assert {"3/3.1", "3/3.2", "4/4.1", "4/4.2"} <= set(got)
    assert got["3/3.2"] == ["区水务局"]


def test_a_childless_chapter_is_a_task_with_no_space_after_its_number():
    got = _tasks(_plan(""))
    assert "2" in got
    assert sorted(got["2"]) == ["区水务局", "各街道"]
    assert "3/3.1" in got and "4/4.2" in got


def test_two_childless_chapters_in_a_row_and_a_closing_one():
    text = ("某区自然灾害救助应急预案\n"
            "1 总则\n1.1 编制目的\n为做好救助工作，制定本预案。\n1.2 适用范围\n本预案适用于本区。\n"
            "2 组织体系\n区减灾委员会办公室负责与相关部门的沟通联络、信息通报等工作。\n"
            "3 救助准备\n区民政局及时组织储备救灾物资，做好调运准备。\n"
            "4 灾后救助\n4.1 过渡期救助\n区民政局负责组织过渡期生活救助。\n"
            "4.2 冬春救助\n各街镇负责组织冬春救助需求调查。\n"
            "5 应急保障\n区财政局负责落实救灾资金，保障救助工作开展。\n")
    got = _tasks(text)
    assert got["2"] == ["区减灾委员会办公室"]
    assert got["3"] == ["区民政局"]
    assert got["5"] == ["区财政局"]
    assert got["4/4.1"] == ["区民政局"] and got["4/4.2"] == ["各街镇"]
    assert len(got) == 5          # 2, 3, 4.1, 4.2, 5 — 总则's 1.1 and 1.2 are general provisions (Round 72 rulings)


def test_a_bare_number_out_of_the_outline_run_is_no_heading():
    # (「3家单位…」 a figure; 「9 某项」 after 「5」: the run skips, a row of some list, not chapter 6)
    # (the outline reads its lines with their spaces gone: 「2组织」 as printed 「2 组织」)
    lines = ["1总则", "1.1目的", "1.2范围", "2组织", "2.1机构", "2.2职责", "3家单位参加演练",
             "4附则", "4.1解释", "4.2实施", "9某项说明", "区应急局负责。"]
    got = decimal_lines(lines)
    assert 6 not in got             # 3家…: a figure before 家, no heading
    assert 10 not in got            # 9 after 4: out of the run
    assert got[3] == (2,) and got[7] == (4,)


def test_a_childless_chapter_line_with_no_paragraph_is_no_task():
    text = _plan(" ", tail="6 附件\n")
    got = _tasks(text)
    assert "6" not in got
    assert "2" in got


def test_a_bare_chapter_between_its_neighbours_is_a_heading():
    lines = ["1总则", "1.1目的", "1.2范围", "2预防准备", "区水务局负责排查。", "3组织", "3.1机构", "3.2职责"]
    assert decimal_lines(lines)[3] == (2,)
    # (…not where the next chapter's number skips one: 「2」 then 「5」)
    skipped = ["1总则", "1.1目的", "1.2范围", "2预防准备", "区水务局负责排查。", "5组织", "5.1机构", "5.2职责"]
    assert 3 not in decimal_lines(skipped)


# --- a heading naming the role a section's bodies play 「2.2 工作部门」「2.3 联动机构」 (no level, no field of work),
# over a paragraph opening with a body at its level that gives work to bodies of its own: the heading is no unit, the
# paragraph's doers are (``body_kinds.role_heading``); a field's kind 「燃气管理部门」 over its own bodies at their
# levels heads the part as before (round 28)

ROLES = ("某区危险货物运输事故应急预案\n"
         "1 总则\n1.1 编制目的\n为有效应对运输事故，制定本预案。\n1.2 适用范围\n本预案适用于本区。\n"
         "2 组织体系\n2.1 区运输事故应急指挥部\n区运输事故应急指挥部负责统一指挥本区运输事故应急处置。\n"
         "2.2 工作部门\n区交通委会同事发地街道负责本区危险货物运输事故的应急处置。\n"
         "其他有关部门按照职责，由相关部门履行应急处置职责。\n"
         "2.3 联动机构\n区应急联动中心设在区城运中心，作为本区应急联动的指挥平台。"
         "各联动单位在各自职责范围内，负责先期处置。\n"
         "3 附则\n3.1 预案解释\n本预案由区交通委负责解释。\n3.2 实施时间\n本预案自2031年1月1日起施行。\n")


def _by_title(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.title: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


def test_a_role_heading_over_named_bodies_gives_the_paragraphs_doers():
    got = _by_title(ROLES)
    assert got["工作部门"] == (["区交通委"], ["事发地街道", "相关部门"])     # (the lead apart from the others)
    assert got["联动机构"] == ([], ["各联动单位"])


def test_a_fields_kind_over_its_own_bodies_at_their_levels_stays_the_unit():
    text = ("某市餐饮场所燃气安全工作方案\n一、工作目标\n全面提升餐饮场所燃气安全水平。\n二、责任分工\n"
            "（一）燃气管理部门\n市燃气管理部门负责公布报警装置清单。区燃气管理部门应加强日常监督管理。\n"
            "（二）市场监管部门\n市市场监管局负责报警装置产品质量监督抽查。\n"
            "（三）卫生健康部门\n各医疗机构负责做好燃气事故伤员的救治工作。\n")
    units = {t.title: t.responsible_units for t in parse_text(text).tasks}
    assert units["燃气管理部门"] == ["燃气管理部门"]
    assert units["卫生健康部门"] == ["卫生健康部门"]      # (a group 各… opens the paragraph, no body at its level)
