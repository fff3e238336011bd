"""Round 39 class: a unit heading whose text 会同 others gives them as responsible with it
(CONVENTIONS "Round 39 rulings" → Headings), whatever the heading's form — run in 「（一）县X局。…」,
run in with a colon 「1.县X局：负责…」, or a heading line of its own over its paragraph; the objects of
指导／督促 are no units, nor is a partner in a case 「发生…的，会同B…」 (rule 3) or another subject's 会同.
Made-up snippets written the way plans write."""

from __future__ import annotations

from desktop.core.parse import parse_text


def _units(text: str) -> dict[str, tuple[list[str], list[str]]]:
    return {t.key: (t.lead_units, t.responsible_units) for t in parse_text(text).tasks}


PLAN = ("某县城市排水管理体制改革实施方案\n\n为理顺排水管理体制，制定本方案。\n\n一、工作目标\n\n"
        "2026年底前建成统一的排水管理体系。\n\n二、职责分工\n\n{one}\n\n{two}\n\n三、保障措施\n\n加强组织领导。\n")


def test_a_heading_line_of_its_own_gives_the_bodies_its_paragraph_huitong():
    got = _units(PLAN.format(one="（一）县应急局\n\n会同县水务局指导县排水公司做好防汛应急处置工作。",
                             two="（二）县财政局\n\n负责保障排水设施运行维护经费。"))
    assert got["二.一"] == (["县应急局"], ["县水务局"])        # (县排水公司, the object of 指导: no unit)
    assert got["二.二"] == ([], ["县财政局"])


def test_a_heading_run_in_with_a_colon_gives_its_partners():
    got = _units(PLAN.format(one="（一）县城管局：负责统筹推进全县生活垃圾分类工作；负责会同县商务局、各乡镇共同推进"
                                 "再生资源回收体系建设。",
                             two="（二）县教育局：负责推进学校生活垃圾分类工作。"))
    assert got["二.一"] == (["县城管局"], ["县商务局", "各乡镇"])
    assert got["二.二"] == ([], ["县教育局"])


def test_a_case_or_another_subjects_huitong_gives_no_partner():
    got = _units(PLAN.format(one="（一）县应急局\n\n负责统筹全县排水应急管理。发生重大内涝险情的，"
                                 "会同县公安局实施交通管制。",
                             two="（二）县水务局\n\n负责排水设施日常养护。县排水公司应会同各乡镇开展管网排查。"))
    assert got["二.一"] == ([], ["县应急局"])                   # (a case, rule 3)
    assert got["二.二"] == ([], ["县水务局"])                   # (县排水公司's 会同, not the heading's body's)
