"""Round 62 (m62b, finding 4): on first start on a PC without the official fonts, the notice is a bar above the
tabs that the clerk closes — not a dialog over the dashboard — and it still says what to install and where."""

from __future__ import annotations

from helpers_ui import FakePrompts, make_workspace, open_window

STOCK_WINDOWS = frozenset({"SimSun", "NSimSun", "SimHei", "KaiTi", "FangSong", "Microsoft YaHei"})
OFFICIAL = STOCK_WINDOWS | {"仿宋_GB2312", "楷体_GB2312", "方正小标宋简体"}


def _window(qtbot, tmp_path, monkeypatch, installed):
    from desktop.ui import fonts

    monkeypatch.setattr(fonts, "installed_families", lambda: installed)
    ws, _ = make_workspace(tmp_path / "w.sqlite")
    ws.close()
    prompts = FakePrompts()
    return open_window(qtbot, tmp_path / "w.sqlite", prompts, role="office"), prompts


def test_missing_fonts_are_said_in_a_bar_that_leaves_the_dashboard_usable(qtbot, tmp_path, monkeypatch):
    window, prompts = _window(qtbot, tmp_path, monkeypatch, STOCK_WINDOWS)
    assert not window.ui.fontsBar.isVisible()              # nothing said before the check runs
    message = window.check_fonts()
    assert message and prompts.said == []                   # no dialog over the work
    bar = window.ui.fontsBar
    assert bar.isVisible() and window.dashboard.isVisible() and window.ui.tabs.isEnabled()
    text = window.ui.fontsBarLabel.text()
    # what to install, what the program does meanwhile, where to change it, and how to install without admin rights
    assert "方正小标宋简体、仿宋_GB2312、楷体_GB2312" in text and "系统字体" in text and "设置 → 公文字体" in text
    assert "双击打开后点“安装”" in text and "不需要管理员权限" in text
    assert bar.geometry().bottom() < window.ui.tabs.geometry().top()     # above the tabs, covering nothing
    # its button opens the same choices as 设置 → 公文字体
    menu = window.ui.fontsBarSettingsButton.menu()
    assert menu is not None and [a.text() for a in menu.actions()] == [a.text() for a in window.font_actions.values()]
    window.ui.fontsBarCloseButton.click()
    assert not bar.isVisible() and window.dashboard.isVisible()
    assert window.check_fonts() == "" and not bar.isVisible()       # said once on this PC


def test_no_bar_where_the_official_fonts_are_installed(qtbot, tmp_path, monkeypatch):
    window, prompts = _window(qtbot, tmp_path, monkeypatch, OFFICIAL)
    assert window.check_fonts() == ""
    assert not window.ui.fontsBar.isVisible() and prompts.said == []
