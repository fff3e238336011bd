"""The progress box never comes back on top of the message that reports the result (issue 14)."""

from __future__ import annotations

import pytest
from helpers_ui import FakePrompts
from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest

from desktop.errors import UserError
from desktop.ui import ops


class WatchingPrompts(FakePrompts):
    """A message box that stays open longer than the progress box's show delay, and records
    whether the progress box came back while it was open."""

    def __init__(self) -> None:
        super().__init__()
        self.op: ops.Op | None = None
        self.seen: list[tuple[bool, int]] = []

    def _look(self) -> None:
        dialog = self.op.dialog
        timers = [t for t in dialog.findChildren(QTimer) if t.isActive()]
        # wait out the box's own show timer (Qt arms it for 4 s in the constructor)
        QTest.qWait(max([t.remainingTime() for t in timers], default=0) + 200)
        armed = len(timers)
        self.seen.append((dialog.isVisible(), armed))

    def info(self, parent, title, text):
        super().info(parent, title, text)
        self._look()

    def warn(self, parent, title, text):
        super().warn(parent, title, text)
        self._look()


@pytest.mark.parametrize("fails", [False, True])
def test_progress_box_stays_hidden_under_the_result_message(qtbot, fails):
    prompts = WatchingPrompts()

    def work(progress):
        if fails:
            raise UserError("文件被其他程序占用。")
        return "ok"

    op = ops.run_op(None, work, label="测试", prompts=prompts,
                    on_done=lambda value: prompts.info(None, "完成", value))
    prompts.op = op
    with qtbot.waitSignal(op.finished, timeout=10000):
        pass
    assert prompts.seen == [(False, 0)]
