"""Round 44 (r44a): an item number that lost its mark inside a run-on line (a document site's chunk line)."""

from desktop.core.parse import parse_text
from desktop.core.parse.bare_numbers import bare_item
from desktop.core.parse.heading_markers import split_inline

_RUN_ON = ("某镇道路安全整治方案 为加强全镇道路安全工作,现制定方案如下。 一、工作目标 全面加强全镇道路安全治理。 "
           "二、主要任务 (一)健全安全治理机制1.建立三级治理机制。4月底前要建立镇、村、组三级治理机制。"
           "(责任单位:交管站、劝导站) 2充实专业队伍。6月底前,各村要配齐专兼职劝导员。(责任单位:交管站、各村、派出所) "
           "(二)加强重点车辆治理 3.严查违法载人行为。每月组织开展集中整治。(责任单位:派出所)")


def test_bare_number_after_units_bracket_opens_the_next_item() -> None:
    plan = parse_text(_RUN_ON)
    titles = [t.title for t in plan.tasks]
    assert any(t.startswith("建立三级治理机制") for t in titles)
    second = next(t for t in plan.tasks if t.title.startswith("充实专业队伍"))
    assert second.responsible_units == ["交管站", "各村", "派出所"]
    first = next(t for t in plan.tasks if t.title.startswith("建立三级治理机制"))
    assert first.responsible_units == ["交管站", "劝导站"]
    assert any(t.title.startswith("严查违法载人行为") for t in plan.tasks)


def test_split_inline_sets_the_bare_item_on_its_own_line() -> None:
    text = "(一)健全机制1.建立机制。按时完成。(责任单位:交管站) 2充实队伍。各村配齐人员。(责任单位:派出所)"
    lines = split_inline(text).split("\n")
    assert "2、充实队伍。各村配齐人员。(责任单位:派出所)" in lines


def test_count_after_units_bracket_is_no_item() -> None:
    # near misses: a count or measure after the bracket, a number out of order, no units bracket before it
    assert bare_item("(责任单位:各镇) 2个乡镇开展示范创建。", 10, 2) is None
    assert bare_item("(责任单位:各镇) 2万元用于补助。", 10, 2) is None
    assert bare_item("(责任单位:各镇) 5充实队伍。", 10, 2) is None
    assert bare_item("全镇共有 2充实队伍。", 5, 2) is None
    text = "(一)健全机制1.建立机制。按时完成。(责任单位:交管站) 2个村开展试点。"
    assert "\n2个村" not in split_inline(text)



_RULES = ("某区产业引导基金管理办法\n\n第一章  总则\n\n第一条  为规范引导基金管理，根据有关规定，制定本办法。\n\n"
          "第二章  管理架构\n\n第二条  联席会议的主要职责：\n\n（一）审议引导基金发展规划；\n\n"
          "（二）审定年度投资计划。\n\n"
          "第三条  引导基金管理机构应当按照投资计划开展投资工作。\n\n"
          "第三章  投资管理\n\n第四条  对单个子基金的出资规模不得超过引导基金总规模的20%。\n\n"
          "第五条  基金管理机构完成项目遴选、尽职调查等工作后执行投资方案。\n\n"
          "第四章  附则\n\n第六条  本办法自印发之日起施行。\n")


def _article_titles(text: str) -> list[str]:
    return [t.title for t in parse_text(text).tasks]


def test_subjectless_article_capping_a_figure_is_a_task() -> None:
    titles = _article_titles(_RULES)
    assert "对单个子基金的出资规模不得超过引导基金总规模的20%" in titles
    assert "引导基金管理机构应当按照投资计划开展投资工作" in titles


def test_articles_without_a_cap_stay_as_read() -> None:
    # near misses: 不得 with no figure, a decision with no cap, the closing article
    for text in (_RULES.replace("不得超过引导基金总规模的20%", "不得重复申报"),
                 # (「报A审定」: A receives the decision, rule 3 — 「由联席会议审定」 names a doer since q47a,
                 # round 34's 由A＋any verb of doing, and an article naming a unit is a task by that)
                 _RULES.replace("不得超过引导基金总规模的20%", "报联席会议审定")):
        titles = _article_titles(text)
        assert not any(t.startswith("对单个子基金") for t in titles)
        assert "引导基金管理机构应当按照投资计划开展投资工作" in titles
    titles = _article_titles(_RULES)
    assert not any(t.startswith("本办法") for t in titles)
    # 「第五条 基金管理机构完成项目遴选…后执行投资方案」 was a step with no work word here; since round 53 a
    # party named by its kind that does work in an article is its doer by any verb of doing, modal or not
    # ("Round 62 rulings", round 54's r48b; "Round 44 rulings, written early": the subject of a verb of doing in an
    # article) — 执行 is one, so the article is a task (p53a's kinds with p53d's acting_articles)
    assert any(t.startswith("基金管理机构完成项目遴选") for t in titles)
