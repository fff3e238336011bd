"""Files where clerks find them (issue 14): save dialogs start in Documents or the last folder
used for that kind of file, never in the hidden data folder; every export offers its folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers_ui import FakePrompts, make_workspace, open_window

from desktop import paths
from desktop.ui import doc_files


class SavePrompts(FakePrompts):
    def __init__(self, **answers):
        super().__init__(**answers)
        self.proposed: list[Path] = []

    def save_file(self, parent, title, name, filters):
        self.proposed.append(Path(name))
        return super().save_file(parent, title, name, filters)


@pytest.fixture
def office(qtbot, tmp_path, monkeypatch):
    docs = tmp_path / "我的文档"
    docs.mkdir()
    monkeypatch.setattr(doc_files, "documents_dir", lambda: docs)
    opened: list[Path] = []
    monkeypatch.setattr(doc_files, "open_folder", lambda path: opened.append(path) or True)
    workspace = paths.default_workspace()            # in the app's own data folder
    ws, plan = make_workspace(workspace)
    ws.close()
    return workspace, docs, opened


def test_exports_start_in_documents_then_in_the_folder_last_used(qtbot, tmp_path, office):
    workspace, docs, opened = office
    chosen = tmp_path / "报送材料"
    chosen.mkdir()
    prompts = SavePrompts(save_file=[chosen / "方案包.luoshi", chosen / "台账.xlsx", None, None],
                          exported=["folder", ""])
    window = open_window(qtbot, workspace, prompts, role="office")
    window.exchange.export_plan()
    qtbot.waitUntil(lambda: window.exchange.written is not None, timeout=10000)
    window.reports.export("ledger")
    qtbot.waitUntil(lambda: window.reports.made is not None, timeout=20000)
    first_plan, first_ledger = prompts.proposed
    assert first_plan.parent == docs and first_ledger.parent == docs
    assert paths.data_dir() not in first_plan.parents
    # 打开所在文件夹 after the package: the folder is shown
    assert opened == [chosen / "方案包.luoshi"]
    assert prompts.exported_paths == [chosen / "方案包.luoshi", chosen / "台账.xlsx"]

    # the next time, each kind starts where the user put it last
    window.exchange.export_plan()
    window.reports.export("ledger")
    assert [p.parent for p in prompts.proposed[2:]] == [chosen, chosen]


def test_a_remembered_folder_that_is_gone_falls_back_to_documents(tmp_path, office):
    workspace, docs, _ = office
    gone = tmp_path / "U盘" / "x.luoshi"
    doc_files.remember_folder("receipt", gone)
    assert doc_files.save_folder("receipt", workspace) == docs
    gone.parent.mkdir()
    assert doc_files.suggested_path("receipt", "回执.luoshi", workspace) == gone.parent / "回执.luoshi"
    (gone.parent / "回执.luoshi").write_bytes(b"x")            # never proposes to overwrite
    assert doc_files.suggested_path("receipt", "回执.luoshi", workspace).name == "回执 (2).luoshi"


def test_every_export_goes_through_the_one_helper():
    """报送包, 方案包, 回执, 台账, 报送情况, 工作信息: no save dialog is opened another way."""
    ui = Path(doc_files.__file__).parent
    direct = [p.name for p in ui.glob("*.py") if "prompts.save_file(" in p.read_text(encoding="utf-8")
              and p.name not in {"doc_files.py", "draft_dialog.py"}]
    assert direct == []
