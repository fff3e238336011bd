"""Save a picture of the draft editor on the demo workspace:
``python -m desktop.ui.devtools.draft_shot [OUT.png]`` (default docs/screenshots/draft-editor.png).

desktop.ui.devtools.screenshots takes it with the other screens; it draws offscreen with QWidget.grab()
and shows 市民政局's half-year summary with a sentence of 三、工作进展 selected.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

UNIT = "市民政局"


def shoot(app, demo: Path, out: Path) -> Path:
    """The draft editor on a copy of the demo workspace (its settings are changed), saved to ``out``."""
    from desktop.reports.documents import draft
    from desktop.store import open_workspace
    from desktop.store.queries import current_plan_id, unit_id
    from desktop.ui.draft_dialog import DraftDialog
    from desktop.ui.prompts import Prompts
    from desktop.ui.session import Session

    path = Path(tempfile.mkdtemp(prefix="luoshi-draft-shot-")) / demo.name
    shutil.copy(demo, path)
    ws = open_workspace(path)
    ws.set_setting("as_of", "2024-07-10")
    ws.set_setting("role", "unit")
    ws.set_setting("unit_id", str(unit_id(ws, current_plan_id(ws), UNIT)))
    session = Session.load(ws)
    report = draft("half-year", path, 2024, UNIT, today=session.today)
    dialog = DraftDialog(report, session, Prompts())
    dialog.resize(1360, 840)
    dialog.show()
    app.processEvents()
    # a task's paragraph of 三、工作进展, the cursor in its second sentence: its source below
    part = next(p for p in dialog.model.all_parts()
                if p.block is not None and p.block.style == "body" and len(p.sentences) > 1
                and p.parent is not None and p.parent.section is not None
                and p.parent.section.heading.endswith("工作进展"))
    dialog.select_part(part)
    app.processEvents()
    cursor = dialog.ui.editor.textCursor()
    cursor.setPosition(len(part.sentences[0].text) + 3)
    dialog.ui.editor.setTextCursor(cursor)
    app.processEvents()
    out.parent.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(out))
    dialog.close()
    ws.close()
    return out


def main(argv: list[str]) -> int:
    from desktop.ui.devtools.screenshots import demo_app

    app, demo = demo_app()
    print(shoot(app, demo, Path(argv[0] if argv else "docs/screenshots/draft-editor.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
