"""The monthly page's task list is readable at 1366×768: whole titles on wrapped lines, no horizontal scroll
bar, the 「[未填]／[推进中]」 tag never cut in two (ux64 finding 8)."""

from __future__ import annotations

from helpers_plan import sample_plan
from helpers_ui import FakePrompts, make_workspace, open_window
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QStyleOptionViewItem

LONG = "新建街道养老服务综合体6个、社区老年人服务中心（站）30个，实现街道养老服务综合体全覆盖"


def _page(qtbot, tmp_path):
    plan = sample_plan()
    plan.tasks[2].title = LONG                 # led by 市民政局
    ws, _ = make_workspace(tmp_path / "w.sqlite", plan)
    ws.close()
    window = open_window(qtbot, tmp_path / "w.sqlite", FakePrompts(), role="unit", unit_name="市民政局",
                         as_of="2024-03-20")
    window.resize(1366, 768)
    qtbot.waitUntil(lambda: window.width() == 1366)
    window.show_page("monthly")
    qtbot.wait(50)
    return window.monthly


def _lines(text: str, font, width: float) -> list[str]:
    """How Qt breaks ``text`` into lines of ``width`` pixels."""
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        lines.append(text[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return lines


def test_long_titles_wrap_inside_the_list(qtbot, tmp_path):
    page = _page(qtbot, tmp_path)
    view, model = page.ui.taskList, page.tasks
    assert page.ui.taskList.width() < 400                     # the list is as narrow as ux64 saw it
    row = next(i for i, r in enumerate(model.rows) if r["title"] == LONG)
    qtbot.waitUntil(lambda: view.visualRect(model.index(row, 0)).height() > 0)
    assert view.horizontalScrollBar().maximum() == 0 and not view.horizontalScrollBar().isVisible()
    line = view.fontMetrics().height()
    width = view.viewport().width()
    for i in range(model.rowCount()):
        rect = view.visualRect(model.index(i, 0))
        assert rect.left() >= 0 and rect.right() <= width, (i, rect, width)
    long_rect = view.visualRect(model.index(row, 0))
    assert long_rect.height() >= 2 * line                    # the whole title, on two lines or more
    # the whole title and its tag are still there to read, plain (for the tooltip, copying, searching)
    shown = model.data(model.index(row, 0))
    assert shown == f"二.二.3 {LONG}　[未填]" and model.data(model.index(row, 0), 3) == shown     # 3: ToolTipRole


def _painted(view, index) -> str:
    """The text the list's delegate paints and measures for ``index``."""
    option = QStyleOptionViewItem()
    view.itemDelegate().initStyleOption(option, index)
    return option.text


def test_the_status_tag_is_never_cut_in_two(qtbot, tmp_path):
    page = _page(qtbot, tmp_path)
    model, font = page.tasks, page.ui.taskList.font()
    text = _painted(page.ui.taskList, model.index(0, 0))
    assert text.replace("\u2060", "") == model.data(model.index(0, 0))
    for width in range(120, 420, 7):
        lines = [line.replace("\u2060", "") for line in _lines(text, font, width)]
        assert any("[未填]" in line for line in lines), (width, lines)
    # without the joiners Qt would break inside the tag at some of those widths: the check checks something
    bare = text.replace("\u2060", "")
    assert any(not any("[未填]" in line for line in _lines(bare, font, w)) for w in range(120, 420, 7))
