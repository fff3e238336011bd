"""The review's plan edits and the correction record, as plain functions (no Qt)."""

from __future__ import annotations

import copy

import pytest
from helpers_ui import sample_plan

from desktop.core import review_edits as E
from desktop.core.parse import read_target


def test_typed_targets_are_read_by_the_parsers_reader():
    read = E.parse_targets("达到90%；90%以上；新建2.8万张床位；不少于500张", [], 2024)
    assert [(t.value, t.unit, t.comparator) for t in read] == [
        (90, "%", ">="), (90, "%", ">="), (28000, "张", None), (500, "张", ">=")]
    assert read[2].subject == "床位"
    # the same reader as the parser's: one typed part gives what the parser gives for it
    for text in ("老年人助餐点覆盖率达到90%以上", "3-5个", "不低于75%"):
        (ours,) = E.parse_targets(text, [], 2024)
        theirs = read_target(text, 2024)
        assert theirs is not None and ours == theirs and ours.text == text


def test_an_unchanged_target_text_keeps_its_parsed_target():
    old = sample_plan().tasks[3].targets
    again = E.parse_targets(E.targets_text(old), old)
    assert again == old                  # subject and deadline from the parse are not lost


@pytest.mark.parametrize("text, words", [("很多很多", "没有数字"), ("2024年", "读不出量化指标")])
def test_a_target_that_cannot_be_read_is_refused_with_the_reason(text, words):
    with pytest.raises(E.EditError) as caught:
        E.parse_targets(f"不少于500张；{text}", [])
    assert words in caught.value.message and text in caught.value.message


def test_deadline_title_and_short_name_checks():
    assert E.check_deadline(" 2024-12-31 ") == "2024-12-31"
    assert E.check_deadline("") is None
    # the wording a plan uses, with its year, as the parser reads it (what a doubt quotes)
    assert E.check_deadline("2024年3月底前") == "2024-03-31"
    assert E.check_deadline("2024年底") == "2024-12-31"
    assert E.check_deadline("2024年3月1日") == "2024-03-01"
    assert E.check_deadline("2024/12/31") == E.check_deadline("2024.12.31") == "2024-12-31"     # as typed (ux55)
    for bad in ("2024-02-30", "2024年2月30日", "2024年3月底前完成培训", "下周"):
        with pytest.raises(E.EditError, match="不是日期"):
            E.check_deadline(bad)
    for no_year in ("年底", "3月底前"):                    # no year, and no plan's year to take: asked for
        with pytest.raises(E.EditError, match="没有写年份"):
            E.check_deadline(no_year)
    with pytest.raises(E.EditError, match="不能为空"):
        E.check_title("  ")
    assert E.check_short_name(" 老年食堂 ") == "老年食堂"
    with pytest.raises(E.EditError, match="太长"):
        E.check_short_name("长" * (E.SHORT_NAME_LIMIT + 1))


def test_merge_keeps_the_name_given_first():
    plan = sample_plan()
    plan.tasks[0].lead_units = ["民政局"]
    E.add_missing_units(plan)
    E.merge_units(plan, "市民政局", ["民政局"])
    assert plan.tasks[0].lead_units == ["市民政局"]
    unit = next(u for u in plan.units if u.name == "市民政局")
    assert "民政局" in unit.aliases and not any(u.name == "民政局" for u in plan.units)


def test_problems_say_where_to_act():
    plan = sample_plan()
    plan.tasks[0].lead_units = ["市民政厅"]
    E.add_missing_units(plan)
    problems = E.task_problems(plan, plan.tasks[0])
    unknown = next(p for p in problems if "市民政厅" in p)
    assert "右侧单位列表" in unknown and "合并为同一单位" in unknown
    group = sample_plan()
    group.units[-1].members = []
    empty = next(p for p in E.task_problems(group, group.tasks[0]) if "一组单位" in p)
    assert "填写单位组成员" in empty and "单位名册" not in empty


def test_corrections_between_the_parse_and_the_review():
    parsed = sample_plan()
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[0].title = "凝聚共识"
    reviewed.tasks[2].deadline = "2024-10-31"
    reviewed.tasks[3].short_name = "养老床位"
    found = E.corrections_between(parsed, reviewed)
    assert set(found) == {"二.一.1", "二.二.3", "二.二.4"}
    assert found["二.一.1"]["title"] == E.Correction("凝聚共识", "凝聚社会共识")
    assert found["二.二.3"]["deadline"] == E.Correction("2024-10-31", "2024-12-31")
    assert list(found["二.二.4"]) == ["short_name"]


def test_a_revision_keeps_corrections_and_names_the_ones_it_touches():
    parsed = sample_plan()
    reviewed = copy.deepcopy(parsed)
    reviewed.tasks[0].title = "凝聚共识"                          # the document will change this too
    reviewed.tasks[2].deadline = "2024-10-31"                     # the document leaves this alone
    reviewed.tasks[3].targets.append(E.parse_targets("新建2.8万张床位", [])[0])   # an added target
    stored = E.corrections_between(parsed, reviewed)

    revised = sample_plan()
    revised.tasks[0].title = "凝聚全社会共识"
    revised.tasks[1].deadline = "2024-09-30"                      # a change nobody corrected
    plan, conflicts = E.apply_corrections(revised, stored)
    assert plan.tasks[0].title == "凝聚共识"                      # kept by default
    assert plan.tasks[2].deadline == "2024-10-31"                 # kept, silently
    assert len(plan.tasks[3].targets) == 3                        # the added target stays
    assert plan.tasks[1].deadline == "2024-09-30"                 # the document's change comes in
    (conflict,) = conflicts
    assert (conflict.key, conflict.field, conflict.corrected, conflict.document_before,
            conflict.document_now) == ("二.一.1", "title", "凝聚共识", "凝聚社会共识", "凝聚全社会共识")
    assert "您改为“凝聚共识”" in conflict.text() and "新方案“凝聚全社会共识”" in conflict.text()
    E.take_document(plan, conflicts)
    assert plan.tasks[0].title == "凝聚全社会共识"
    # the document now says what the person wrote: nothing to decide
    agreeing = sample_plan()
    agreeing.tasks[0].title = "凝聚共识"
    assert E.apply_corrections(agreeing, stored)[1] == []


def test_unit_merges_are_laid_over_a_revision():
    revised = sample_plan()
    revised.tasks[1].lead_units = ["市民政局", "民政局"]
    E.add_missing_units(revised)
    plan, _ = E.apply_corrections(revised, {}, aliases={"市民政局": ["民政局"]})
    assert plan.tasks[1].lead_units == ["市民政局"]


def test_task_changes_say_what_changed():
    plan = sample_plan()
    before = {k: E.task_fields(t) for k, t in zip(E.task_keys(plan.tasks), plan.tasks, strict=True)}
    before["二.一.2"]["text"] = plan.tasks[1].text
    revised = sample_plan()
    revised.tasks[1].text = "理清职能职责，压实责任。"
    revised.tasks[2].deadline = "2024-09-30"
    revised.tasks.pop(0)
    lines = E.task_changes(before, revised)
    assert "二.二.3 推进适老化改造：完成时限“2024-12-31”→“2024-09-30”" in lines
    assert any(line.startswith("二.一.2") and E.TEXT_CHANGED in line for line in lines)
    assert any(line.startswith("原二.一.1") and "撤销" in line for line in lines)


def test_task_keys_keep_repeated_numerals_apart():
    plan = sample_plan()
    plan.tasks[1].number = "1"
    assert E.task_keys(plan.tasks)[:2] == ["二.一.1", "二.一.1#2"]


def test_a_name_printed_as_an_alias_is_no_row_to_check():
    # (round 37: a task keeps a unit's name as its item prints it; the registry has already joined it to the
    # unit, so the row says so but is not tinted nor counted as one to check)
    from desktop.core.parse import parse_text

    plan = parse_text("方案\n一、任务\n1.医养结合。（牵头单位：市卫健委；责任单位：市医保局）\n"
                      "2.长期护理。（牵头单位：市医疗保障局；责任单位：市卫生健康委）\n")
    assert plan.tasks[1].lead_units == ["市医疗保障局"]
    problems = E.task_problems(plan, plan.tasks[1], doubts=False)
    assert E.ALIAS_UNIT.format(name="市医疗保障局", canonical="市医保局") in problems
    assert not any(E.tints_row(p) for p in problems)
    assert E.rows_to_check(plan) == []
