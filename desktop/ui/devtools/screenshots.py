"""Save a picture of every main screen on the demo workspace (uses Qt):
``python -m desktop.ui.devtools.screenshots OUTDIR``.

Uses QWidget.grab(), so it works offscreen (needs a CJK font installed, e.g. fonts-noto-cjk).
The demo is pinned to a day inside its plan (setting ``as_of``) so the dashboard has
deadlines to show. For what a person sees on a real X screen use
../shared/tools/screenshot.sh with ``python -m desktop --demo``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from desktop import paths

UNIT = "市民政局"      # the unit whose screens are shown (the demo's first liaison)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    from desktop.store import open_workspace, queries
    from desktop.ui.prompts import Prompts

    app, path = demo_app()
    ws = open_workspace(path)
    ws.set_setting("as_of", ws.setting("as_of", "2024-12-06"))
    office = _shoot_window(app, ws, out, "office", Prompts)
    unit = queries.unit_id(ws, queries.current_plan_id(ws), UNIT)
    if unit is not None:
        ws.set_setting("role", "unit")
        ws.set_setting("unit_id", str(unit))
        _shoot_window(app, ws, out, "unit", Prompts)
        ws.set_setting("role", "office")
    _shoot_dialogs(app, ws, out)
    ws.close()
    del office
    from desktop.ui.devtools import screenshots_exchange

    screenshots_exchange.shoot(app, path, out)      # conflicts, key changes, backups, a returned month
    from desktop.ui.devtools import draft_shot

    draft_shot.shoot(app, path, out / "draft-editor.png")
    return 0


def demo_app():
    """The QApplication (offscreen, translated) and the demo workspace, built once per folder."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("LUOSHI_HOME", tempfile.mkdtemp(prefix="luoshi-shots-"))
    from desktop.demo import build_demo
    from desktop.ui.app import install_translators, make_app

    app = make_app()
    install_translators(app)
    path = Path(os.environ["LUOSHI_HOME"]) / "demo.luoshi.sqlite"
    if not path.exists():
        build_demo(path)
    return app, path


def _shoot_dialogs(app, ws, out: Path) -> None:
    """The first-run role dialog and the review of seed 000 as parsed (if the seed is at hand)."""
    from desktop.ui.first_run import RoleDialog
    from desktop.ui.prompts import Prompts
    from desktop.ui.review import ReviewDialog
    from desktop.ui.session import Session

    session = Session.load(ws)
    role = RoleDialog(session, Prompts())
    role.show()
    app.processEvents()
    role.grab().save(str(out / "first-run-role.png"))
    print(out / "first-run-role.png")
    role.close()
    shoot_roster(app, session, out / "roster.png")
    seeds = sorted(paths.resource("tests", "data", "seeds").glob("000_*.txt"))
    if not seeds:
        return
    from desktop.core.parse import parse_file

    review = ReviewDialog(parse_file(seeds[0]), Prompts())
    review.show()                             # shown first: showing fits it to the (offscreen) screen
    review.resize(1350, 688)                  # a 1366×768 screen less the taskbar and the title bar
    app.processEvents()
    review.grab().save(str(out / "import-review.png"))
    print(out / "import-review.png")
    review.close()


def shoot_roster(app, session, target: Path) -> None:
    """设置 → 单位名册 at the office, at 1366×768's usable size, the first group selected."""
    from desktop.ui.prompts import Prompts
    from desktop.ui.roster_dialog import RosterDialog

    dialog = RosterDialog(session, Prompts())
    dialog.show()
    group = next((r["unit"].name for r in dialog.model.rows if r["unit"].is_group), "")
    if group:
        dialog.select(group)
    app.processEvents()
    dialog.grab().save(str(target))
    print(target)
    dialog.close()


def _shoot_window(app, ws, out: Path, who: str, prompts_cls) -> object:
    from desktop.store import queries
    from desktop.ui.app import window_settings
    from desktop.ui.main_window import MainWindow

    window = MainWindow(ws, prompts=prompts_cls(), settings=window_settings(), first_run=False)
    window.resize(1360, 860)
    window.show()
    app.processEvents()
    tabs = window.ui.tabs
    for index, name in enumerate(("dashboard", "tasks", "monthly")):
        if not tabs.isTabEnabled(index):
            continue
        window.show_page(name)
        if name == "monthly":
            page = window.monthly
            page.ui.monthCombo.setCurrentIndex(max(0, page.ui.monthCombo.findData("2024-11")))
            with_targets = next((i for i, r in enumerate(page.tasks.rows)
                                 if queries.task_detail(ws, r["id"])["targets"]), 0)
            page.ui.taskList.setCurrentIndex(page.tasks.index(with_targets, 0))
        if name == "tasks":
            first = window.tasks.model.index_of_task(next(iter(window.tasks.model.by_task), -1))
            if first.isValid():
                window.tasks.ui.taskTree.setCurrentIndex(first)
        app.processEvents()
        target = out / f"{who}-{name}.png"
        window.grab().save(str(target))
        print(target)
    window.close()
    return window


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
