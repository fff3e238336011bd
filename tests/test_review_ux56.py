"""What a new clerk hit reviewing three plans never seen here (ux56): one item shown under three numbers
(decimal headings), the document's own number moving a task out of its group, a unit corrected away staying
in the plan's list, an indicator's own name invisible before saving."""

from __future__ import annotations

import pytest
from helpers_ui import FakePrompts
from PySide6.QtCore import Qt

from desktop.core import review_edits as E
from desktop.core.model import Heading, ParsedPlan, Target, Task, Unit, shown_number

EDIT = Qt.ItemDataRole.EditRole
TIP = Qt.ItemDataRole.ToolTipRole


def _review(qtbot, plan):
    from desktop.ui.review import ReviewDialog

    dialog = ReviewDialog(plan, FakePrompts())
    qtbot.addWidget(dialog)
    return dialog


def decimal_plan() -> ParsedPlan:
    """槐荫区地震应急预案 as the parser reads it: 1 总则 over 1.1…1.4, 2 组织体系 over 2.1."""
    titles = {"1.1": "编制目的", "1.2": "编制依据", "2.1": "区抗震救灾指挥部组成"}
    return ParsedPlan(
        title="槐荫区地震应急预案",
        headings=[Heading(1, [], "1", "总则"), Heading(2, ["1"], "1.1", "编制目的"),
                  Heading(2, ["1"], "1.2", "编制依据"), Heading(1, [], "2", "组织体系"),
                  Heading(2, ["2"], "2.1", "区抗震救灾指挥部组成")],
        tasks=[Task([n[0]], n, t, t, level=2) for n, t in titles.items()])


def outline_plan() -> ParsedPlan:
    """通山县 任务分解 p5: 十六 over 61–64, then 六、 over （十七） over 65."""
    tasks = [Task(["十六"], str(n), f"任务{n}", f"任务{n}。", lead_units=["县科经局"]) for n in (61, 62, 63, 64)]
    tasks.append(Task(["六", "十七"], "65", "坚持教育优先发展", "坚持教育优先发展。", lead_units=["县教育局"]))
    return ParsedPlan(title="分解", headings=[Heading(2, [], "十六", "更大力度强科创"), Heading(1, [], "六", "民生"),
                                            Heading(2, ["六"], "十七", "办好人民满意教育")],
                      tasks=tasks, units=[Unit("县科经局"), Unit("县教育局")])


# -- 1. one item, three numbers --------------------------------------------------------------------------

def test_a_decimal_number_is_shown_as_the_document_prints_it(qtbot):
    from desktop.ui.review_model import COL_NUMBER

    assert shown_number(["2"], "2.1") == "2.1" and shown_number(["2", "2.1"], "2.1.1") == "2.1.1"
    assert shown_number(["一"], "1.1") == "一.1.1"          # an outline numeral above the decimals stays
    assert shown_number(["二", "一"], "1") == "二.一.1"
    dialog = _review(qtbot, decimal_plan())
    model = dialog.model
    assert [model.index(r, COL_NUMBER).data() for r in range(3)] == ["1.1", "1.2", "2.1"]


def test_a_typed_decimal_number_keeps_the_task_where_it_was(qtbot):
    from desktop.ui.review_model import COL_NUMBER

    dialog = _review(qtbot, decimal_plan())
    model, task = dialog.model, dialog.working.tasks[2]
    assert model.setData(model.index(2, COL_NUMBER), "2.1", EDIT)            # what the document prints: no change
    assert (task.path, task.number) == (["2"], "2.1")
    assert model.setData(model.index(2, COL_NUMBER), "2.2", EDIT)
    assert (task.path, task.number) == (["2"], "2.2")
    assert model.index(2, COL_NUMBER).data() == "2.2"
    assert "小数编号" in model.index(2, COL_NUMBER).data(TIP)
    assert not model.setData(model.index(2, COL_NUMBER), "1.2", EDIT)         # another task's: refused
    assert "编号“1.2”已经用于任务“编制依据”（第 2 行）" in model.last_error


def test_the_task_tree_shows_the_documents_decimal_number():
    from desktop.ui.task_tree import build_tree

    plan = decimal_plan()
    headings = [{"key": ".".join([*h.path, h.number]), "level": h.level, "path": h.path, "number": h.number,
                 "title": h.title} for h in plan.headings]
    tasks = [{"id": n + 1, "key": t.key, "path": t.path, "number": t.number, "level": t.level, "title": t.title,
              "position": n} for n, t in enumerate(plan.tasks)]
    root, by_task = build_tree(headings, tasks)
    assert [c.label() for c in root.children] == ["1、总则", "2、组织体系"]
    assert [c.label() for c in root.children[0].children] == ["1.1 编制目的", "1.2 编制依据"]
    assert by_task[3].label() == "2.1 区抗震救灾指挥部组成" and by_task[3].parent is root.children[1]


# -- 2. the document's own number keeps the task in its group ---------------------------------------------

def test_a_typed_own_number_keeps_its_headings(qtbot):
    from desktop.ui.review_model import COL_NUMBER

    dialog = _review(qtbot, outline_plan())
    model, task = dialog.model, dialog.working.tasks[4]
    assert model.index(4, COL_NUMBER).data() == "六.十七.65"
    assert model.setData(model.index(4, COL_NUMBER), "66", EDIT)
    assert (task.path, task.number) == (["六", "十七"], "66")
    tip = model.index(4, COL_NUMBER).data(TIP)
    assert "按本级编号读" in tip and "六.十七.66" in tip
    assert model.setData(model.index(4, COL_NUMBER), "十七.67", EDIT)         # the path's tail: the rest kept
    assert (task.path, task.number) == (["六", "十七"], "67")
    assert model.setData(model.index(4, COL_NUMBER), "十六.65", EDIT)         # a full path moves it
    assert (task.path, task.number) == (["十六"], "65")
    assert "完整编号" in model.index(4, COL_NUMBER).data(TIP)


def test_a_typed_own_number_another_task_has_is_still_refused():
    plan = outline_plan()
    with pytest.raises(E.EditError) as refused:
        E.check_number(plan, 0, "62")                                         # 十六.62 is row 2's
    assert "编号“十六.62”已经用于任务“任务62”（第 2 行）" in refused.value.message
    assert E.check_number(plan, 4, "61") == ["六", "十七", "61"]              # 61 under 十七 is free


# -- 3. a unit corrected away leaves the plan's list -------------------------------------------------------

def articles_plan() -> ParsedPlan:
    """菏泽 管理办法 第三条 as the parser reads it: one unit misread, one group that is no group."""
    task = Task([], "3", "市直行业主管部门是市级项目的责任主体", "…",
                responsible_units=["市直行业主管部门", "县区政府和市行业主管部门", "各责任主体"])
    group_warning = ("“各责任主体”代表一组单位，方案没有列出具体包括哪些单位：请在核对方案时，"
                     "于右侧单位列表中选中它，按“填写单位组成员”补充，或保存后在“设置 → 单位名册”中列出成员："
                     "成员单位才有这些任务，报送才会被接收。")
    return ParsedPlan(title="菏泽市扩大内需投资项目管理办法", tasks=[task],
                      units=[Unit("市直行业主管部门"), Unit("县区政府和市行业主管部门"),
                             Unit("各责任主体", is_group=True),
                             Unit("市审计局")],          # listed elsewhere in the plan: no task names it
                      warnings=[group_warning])


def test_units_corrected_away_leave_the_list_and_typed_names_join_it(qtbot):
    from desktop.ui.review_model import COL_LEAD, COL_RESPONSIBLE

    dialog = _review(qtbot, articles_plan())
    model = dialog.model
    assert model.setData(model.index(0, COL_RESPONSIBLE), "市直行业主管部门、县区政府、市行业主管部门", EDIT)
    assert model.setData(model.index(0, COL_LEAD), "发展改革部门", EDIT)
    names = [u.name for u in dialog.plan().units]
    assert names == ["市直行业主管部门", "市审计局", "县区政府", "市行业主管部门", "发展改革部门"]
    assert "5 个单位" in dialog.ui.summaryLabel.text()
    assert not any("各责任主体" in w for w in dialog.plan().warnings)
    assert all("各责任主体" not in dialog.ui.warningsList.item(i).text() for i in range(dialog.ui.warningsList.count()))
    assert [dialog.ui.unitsList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(dialog.ui.unitsList.count())] == names
    # typed names are units now; one a character off a known unit's may be that unit: still asked
    assert [p for p in model.problems[0] if "不在单位名单" in p] == [E.UNKNOWN_UNIT.format(name="市行业主管部门")]
    dialog.undo_stack.undo()
    dialog.undo_stack.undo()                                                # undo brings them back
    assert [u.name for u in dialog.plan().units][:4] == ["市直行业主管部门", "县区政府和市行业主管部门", "各责任主体",
                                                         "市审计局"]
    assert any("各责任主体" in w for w in dialog.plan().warnings)


def test_a_typed_name_near_a_known_unit_is_still_asked_about(qtbot):
    from desktop.ui.review_model import COL_RESPONSIBLE

    dialog = _review(qtbot, articles_plan())
    model = dialog.model
    assert model.setData(model.index(0, COL_RESPONSIBLE), "市直行业主管部门、市直行业主管部", EDIT)
    assert any("“市直行业主管部”不在单位名单中" in p for p in model.problems[0])


def test_a_unit_the_clerk_merged_or_filled_in_the_list_stays(qtbot):
    from desktop.ui.review_model import COL_RESPONSIBLE

    plan = articles_plan()
    dialog = _review(qtbot, plan)
    E.set_members(dialog.working, "各责任主体", ["市交通局", "市水利局"])
    E.merge_units(dialog.working, "县区政府和市行业主管部门", ["县区人民政府和市行业主管部门"])
    model = dialog.model
    assert model.setData(model.index(0, COL_RESPONSIBLE), "市直行业主管部门", EDIT)
    names = [u.name for u in dialog.plan().units]
    assert "各责任主体" in names and "县区政府和市行业主管部门" in names


# -- 4. an indicator's own name is seen before saving ------------------------------------------------------

SENTENCE = "力争新认定国家高新技术企业8家，新增备案科技型中小企业65家、专精特新“小巨人”企业2家、省级“单项冠军”企业1家"


def targets_plan() -> ParsedPlan:
    """通山 63 as the parser reads it: the 2家 target named after the 单项冠军 sentence part."""
    targets = [Target(SENTENCE, 8, "家", None, None, "国家高新技术企业"),
               Target(SENTENCE, 65, "家", None, None, "备案科技型中小企业"),
               Target(SENTENCE, 2, "家", None, None, "省级“单项冠军”企业1家"),
               Target(SENTENCE, 1, "家", None, None, "省级“单项冠军”企业"),
               Target("占比不低于75%", 75, "%", ">=", None, "护理型床位占比")]
    task = Task(["十六"], "63", "健全企业技术创新激励机制", SENTENCE, lead_units=["县科经局"], targets=targets)
    return ParsedPlan(title="分解", headings=[Heading(2, [], "十六", "更大力度强科创")], tasks=[task],
                      units=[Unit("县科经局")])


def test_the_targets_cell_names_each_target_and_keeps_the_sentence_in_its_tooltip(qtbot):
    from desktop.ui.review_model import COL_TARGETS

    dialog = _review(qtbot, targets_plan())
    model = dialog.model
    index = model.index(0, COL_TARGETS)
    assert index.data() == ("国家高新技术企业 8家；备案科技型中小企业 65家；省级“单项冠军”企业1家 2家；"
                            "省级“单项冠军”企业 1家；护理型床位占比 不少于75%")
    assert f"原文：{SENTENCE}" in index.data(TIP)
    before = list(dialog.working.tasks[0].targets)
    # the clerk puts the right name on the 2家 target; the others, unchanged, keep what the parser read
    typed = index.data(EDIT).replace("省级“单项冠军”企业1家 2家", "专精特新“小巨人”企业2家")
    assert model.setData(index, typed, EDIT), model.last_error
    after = dialog.working.tasks[0].targets
    assert [(t.subject, t.value) for t in after] == [
        ("国家高新技术企业", 8), ("备案科技型中小企业", 65), ("专精特新“小巨人”企业", 2), ("省级“单项冠军”企业", 1),
        ("护理型床位占比", 75)]
    assert after[0] is before[0] and after[1] is before[1] and after[3] is before[3] and after[4] is before[4]
    assert after[4].comparator == ">=" and after[0].text == SENTENCE


def test_the_task_pages_indicator_box_shows_four_rows_at_1366x768(qtbot, tmp_path):
    from helpers_ui import open_window

    from desktop.store import open_workspace
    from desktop.store.plans import save_plan

    plan = targets_plan()
    ws = open_workspace(tmp_path / "w.sqlite")
    save_plan(ws, plan)
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="office", as_of="")
    window.resize(1366, 740)
    page = window.show_page("tasks")
    window.show()
    qtbot.wait(100)
    tree = page.ui.taskTree
    task_index = tree.model().index(0, 0, tree.model().index(0, 0))
    tree.setCurrentIndex(task_index)
    qtbot.wait(100)
    view = page.ui.targetsView
    assert view.model().rowCount() == 5
    shown = [r for r in range(5) if 0 <= view.rowViewportPosition(r)
             and view.rowViewportPosition(r) + view.rowHeight(r) <= view.viewport().height()]
    assert len(shown) >= 4, (view.viewport().height(), [view.rowHeight(r) for r in range(5)])
    window.close()


def test_the_task_edit_dialog_names_the_documents_decimal_number(qtbot, tmp_path):
    from desktop.store import open_workspace
    from desktop.store.plans import save_plan
    from desktop.ui.task_edit import TaskEditDialog

    ws = open_workspace(tmp_path / "w.sqlite")
    plan_id = save_plan(ws, decimal_plan()).plan_id
    task_id = ws.conn.execute("SELECT id FROM tasks WHERE plan_id = ? AND title = ?",
                              (plan_id, "区抗震救灾指挥部组成")).fetchone()[0]
    dialog = TaskEditDialog(ws, task_id, FakePrompts())
    qtbot.addWidget(dialog)
    assert dialog.ui.headLabel.text().startswith("<b>2.1</b>")
    ws.close()
