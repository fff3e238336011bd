"""Shared builders for the client and dashboard tests: a small plan, a workspace, a fake prompt
service, a main window. Holds no tests (pytest does not collect ``helpers_*``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop.core.model import Duty, Heading, ParsedPlan, Phase, Target, Task, Unit

UNITS = ["市民政局", "市住房和城市更新局", "市残联", "市卫健委", "市财政局", "各区人民政府"]


def sample_plan() -> ParsedPlan:
    """Four tasks under two groups, a group of units, an alias, targets, phases and duties."""
    return ParsedPlan(
        title="老年友好型城市建设工作方案", doc_number="测政办〔2024〕1号", issuer="测试市人民政府办公厅",
        date="2024-03-01",
        headings=[Heading(1, [], "二", "工作任务"), Heading(2, ["二"], "一", "健全工作机制"),
                  Heading(2, ["二"], "二", "加快设施建设")],
        tasks=[
            Task(["二", "一"], "1", "凝聚社会共识", "加强适老化改造工作调研。",
                 lead_units=["市民政局"], responsible_units=["领导小组各成员单位"],
                 source="（牵头单位：市民政局；责任单位：领导小组各成员单位）"),
            Task(["二", "一"], "2", "明确责任分工", "理清职能职责。",
                 lead_units=["市民政局", "市卫生健康委"], responsible_units=["市财政局"],
                 source="（牵头单位：市民政局、市卫生健康委；责任单位：市财政局）"),
            Task(["二", "二"], "3", "推进适老化改造", "完成2000户特殊困难家庭的适老化改造。",
                 lead_units=["市住房和城市更新局"], responsible_units=["各区人民政府", "市残联"],
                 targets=[Target("完成2000户", 2000, "户", ">=", "2024-12-31", "适老化改造")],
                 deadline="2024-12-31", source="（牵头单位：市住房和城市更新局；责任单位：各区人民政府、市残联）"),
            Task(["二", "二"], "4", "建设养老床位", "家庭养老照护床位不少于500张，护理型床位占比不低于75%。",
                 lead_units=["市民政局"], responsible_units=["市卫健委"],
                 targets=[Target("不少于500张", 500, "张", ">=", "2024-11-30", "家庭养老照护床位"),
                          Target("不低于75%", 75, "%", ">=", None, "护理型床位占比")],
                 deadline="2024-06-30", source="（牵头单位：市民政局；责任单位：市卫健委）"),
        ],
        phases=[Phase("动员部署阶段", "2024-01", "2024-03"), Phase("办理落实阶段", "2024-04", "2024-09"),
                Phase("总结汇报阶段", "2024-10", "2024-12")],
        duties=[Duty("monthly_info", None, "month", "每月报送信息1篇以上"),
                Duty("half_year_summary", "2024-06-30", None, "6月底前报送半年工作小结"),
                Duty("year_end_report", "2024-11-30", None, "11月底前报送工作总结")],
        units=[Unit("市民政局"), Unit("市住房和城市更新局"), Unit("市残联"),
               Unit("市卫健委", aliases=["市卫生健康委"]), Unit("市财政局"),
               Unit("各区人民政府", note="含开发区"),
               Unit("领导小组各成员单位", is_group=True,
                    members=["市民政局", "市住房和城市更新局", "市残联", "市卫健委", "市财政局"])],
        warnings=["第2项任务的“市卫生健康委”与“市卫健委”可能是同一单位"],
        source_text="测试方案原文",
    )


def make_workspace(path: Path, plan: ParsedPlan | None = None):
    """A workspace at ``path`` holding ``plan`` (the sample by default); returns (ws, plan_id)."""
    from desktop.store import open_workspace
    from desktop.store.plans import save_plan

    ws = open_workspace(path)
    result = save_plan(ws, plan or sample_plan(), source_name="sample.txt", backup=False)
    return ws, result.plan_id


def unit(ws, plan_id: int, name: str) -> int:
    from desktop.store.queries import unit_id

    found = unit_id(ws, plan_id, name)
    assert found is not None, name
    return found


def task_id(ws, plan_id: int, key: str) -> int:
    row = ws.conn.execute("SELECT id FROM tasks WHERE plan_id = ? AND key = ?", (plan_id, key)).fetchone()
    assert row, key
    return int(row[0])


class FakePrompts:
    """Stands in for desktop.ui.prompts.Prompts: answers from queues, records what was said."""

    def __init__(self, **answers: Any) -> None:
        self.answers = {k: list(v) if isinstance(v, list) else [v] for k, v in answers.items()}
        self.said: list[tuple[str, str]] = []
        self.exported_paths: list[Path] = []

    def _next(self, kind: str, default: Any) -> Any:
        queue = self.answers.get(kind)
        return queue.pop(0) if queue else default

    def info(self, parent, title: str, text: str) -> None:
        self.said.append(("info", text))

    def warn(self, parent, title: str, text: str) -> None:
        self.said.append(("warn", text))

    def exported(self, parent, title: str, text: str, path: Path, *, can_open: bool = False) -> str:
        """After an export: answers from ``exported`` ("open", "folder", ""); a test written
        for the older yes/no question ("现在打开吗") still answers through ``ask``."""
        self.said.append(("ask" if can_open else "info", text))
        self.exported_paths.append(path)
        answer = self._next("exported", None)
        if answer is None:
            answer = "open" if can_open and self._next("ask", True) else ""
        return answer

    def ask(self, parent, title: str, text: str) -> bool:
        self.said.append(("ask", text))
        return bool(self._next("ask", True))

    def offer(self, parent, title: str, text: str, action: str, later: str = "稍后", *, back: bool = False) -> bool:
        self.said.append(("offer", f"{text}［{action}］"))
        return bool(self._next("offer", False))

    def pick(self, parent, title: str, text: str, choices: list[str], *, default: int = 0, back: int = -1) -> str:
        """Answers from ``pick`` (a choice's text, or its index); unanswered, Enter: ``default``."""
        self.said.append(("pick", text + "［" + "／".join(choices) + "］"))
        answer = self._next("pick", default)
        return choices[answer] if isinstance(answer, int) else answer

    def text(self, parent, title: str, label: str, value: str = "") -> str | None:
        self.said.append(("text", label))
        return self._next("text", None)

    def choose(self, parent, title: str, label: str, items: list[str]) -> str | None:
        self.said.append(("choose", label + "：" + "、".join(items)))
        return self._next("choose", None)

    def open_file(self, parent, title: str, filters: str) -> Path | None:
        return self._next("open_file", None)

    def open_files(self, parent, title: str, filters: str) -> list[Path]:
        return self._next("open_files", [])

    def save_file(self, parent, title: str, name: str, filters: str) -> Path | None:
        return self._next("save_file", None)

    def texts(self, kind: str) -> list[str]:
        return [text for k, text in self.said if k == kind]


def open_window(qtbot, path: Path, prompts: FakePrompts, *, role: str = "", unit_name: str = "",
                first_run: bool = False, as_of: str = "2024-07-10"):
    """A MainWindow over the workspace at ``path``, with role, unit and "today" set."""
    from PySide6.QtCore import QSettings

    from desktop.store import open_workspace
    from desktop.store.queries import current_plan_id, unit_id
    from desktop.ui.main_window import MainWindow

    ws = open_workspace(path)
    if role:
        ws.set_setting("role", role)
    if unit_name:
        found = unit_id(ws, current_plan_id(ws), unit_name)
        ws.set_setting("unit_id", str(found))
    if as_of:
        ws.set_setting("as_of", as_of)
    settings = QSettings(str(path.parent / "window.ini"), QSettings.Format.IniFormat)
    window = MainWindow(ws, prompts=prompts, settings=settings, first_run=first_run)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def import_through_the_client(qtbot, window, prompts: FakePrompts, path: Path, *, until_review: bool = False):
    """文件 → 导入工作方案 on ``path`` as a clerk does it (browse, 下一步); returns the flow once
    the reading is done (``until_review``: once the review dialog shows)."""
    prompts.answers.setdefault("open_file", []).append(path)
    window.import_plan()
    flow = window.first_run_flow
    qtbot.waitUntil(lambda: flow.import_dialog is not None and flow.import_dialog.isVisible())
    qtbot.mouseClick(flow.import_dialog.ui.browseButton, _left())
    qtbot.mouseClick(flow.import_dialog.next_button, _left())
    if until_review:
        qtbot.waitUntil(lambda: flow.review_dialog is not None and flow.review_dialog.isVisible(), timeout=15000)
    else:
        qtbot.waitUntil(lambda: flow.op is not None and flow.op.done, timeout=15000)
    return flow


def _left() -> Any:
    from PySide6.QtCore import Qt

    return Qt.MouseButton.LeftButton
