"""``package import FOLDER`` imports every package file directly in the folder, each on its own line, with the
same checks and exit codes as files named one by one (ux62: 「2025年#材料（定稿）：已拒绝——这是一个文件夹，不是交换包
文件。」); a folder with no package gets a clear message and exit 2, and the workspace is left as it was."""

from __future__ import annotations

import hashlib

from helpers_exchange import JUNE, MAY

from desktop.commands import run


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_folder_imports_each_package_in_it(world, tmp_path, capsys):
    folder = tmp_path / "报送 材料" / "2025年#材料（定稿）"
    folder.mkdir(parents=True)
    first, second = world.unit(0), world.unit(1)
    first.enter_month(MAY)
    second.enter_month(JUNE)
    first.export(folder / f"{first.name} 2024年5月 #报送（定稿）.luoshi", MAY)
    second.export(folder / f"{second.name} 2024年6月 #报送.luoshi", JUNE)
    (folder / "说明.docx").write_bytes(b"not a package")           # other files are not packages to refuse
    (folder / "旧版").mkdir()
    first.export(folder / "旧版" / "不读子文件夹.luoshi", MAY)       # sub-folders are not read
    code = run(["package", "import", str(folder), "--db", str(world.office.path)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "文件夹“2025年#材料（定稿）”：找到 2 个交换包文件（.luoshi），逐个导入。" in out
    assert f"{first.name} 2024年5月 #报送（定稿）.luoshi：已导入" in out
    assert f"{second.name} 2024年6月 #报送.luoshi：已导入" in out
    assert "不读子文件夹" not in out and "说明.docx" not in out
    assert "共 2 个文件：导入 2 个，无变化 0 个，拒绝 0 个。" in out
    # the same folder again: nothing changes, exit 0
    assert run(["package", "import", str(folder), "--db", str(world.office.path)]) == 0
    assert "无变化 2 个" in capsys.readouterr().out


def test_a_refused_package_in_a_folder_exits_2_and_the_others_still_come_in(world, tmp_path, capsys):
    folder = tmp_path / "报送 材料"
    folder.mkdir()
    u = world.unit(0)
    u.enter_month(MAY)
    u.export(folder / "好.luoshi", MAY)
    (folder / "坏.luoshi").write_text("垃圾", encoding="utf-8")
    code = run(["package", "import", str(folder), "--db", str(world.office.path)])
    captured = capsys.readouterr()
    assert code == 2
    assert "好.luoshi：已导入" in captured.out and "坏.luoshi：已拒绝——不是 zip 文件" in captured.err
    assert "拒绝 1 个" in captured.out


def test_a_folder_without_packages_is_said_and_changes_nothing(world, tmp_path, capsys):
    folder = tmp_path / "2025年#材料（定稿）"
    folder.mkdir()
    (folder / "说明.docx").write_bytes(b"x")
    (folder / "子文件夹").mkdir()
    (folder / "子文件夹" / "a.luoshi").write_bytes(b"x")
    office = world.office.path
    world.office.close()
    before = _digest(office)
    code = run(["package", "import", str(folder), "--db", str(office)])
    captured = capsys.readouterr()
    assert code == 2
    assert "文件夹“2025年#材料（定稿）”中没有交换包文件（.luoshi），未导入任何内容。" in captured.err
    assert "子文件夹不会被读取" in captured.err
    assert _digest(office) == before
    # and beside a package named on its own: that one comes in, the empty folder still makes it exit 2
    u = world.unit(0)
    u.enter_month(MAY)
    package = u.export(tmp_path / "单独.luoshi", MAY)
    code = run(["package", "import", str(folder), str(package), "--db", str(office)])
    captured = capsys.readouterr()
    assert code == 2 and "单独.luoshi：已导入" in captured.out and "没有交换包文件" in captured.err


def test_the_plan_package_counts_the_units_as_the_revision_s_import_did(tmp_path, capsys):
    """ux62: 「单位 28 个」 in the plan package where the import said 26 — the package counted two units named only on a
    task the revision dropped. Now the export and the unit's import say the import's count, and name the rest."""
    from desktop.core.parse import parse_text
    from desktop.store import open_workspace, plans

    v1 = ("某区2025年重点工作任务分工方案\n\n一、重点任务\n\n（一）做好就业服务。牵头单位：区人社局。"
          "全年新增城镇就业600人以上。\n\n（二）推动规上工业增长。牵头单位：区统计局。规上工业增加值增长6%。\n\n"
          "（三）推进老旧小区改造。牵头单位：区住建局。完成3个老旧小区改造。\n\n某区人民政府办公室\n2025年2月10日\n")
    v2 = v1.replace("（二）推动规上工业增长。牵头单位：区统计局。规上工业增加值增长6%。\n\n", "")
    office = tmp_path / "office.sqlite"
    ws = open_workspace(office)
    try:
        plans.save_plan(ws, parse_text(v1), backup=False)
        result = plans.save_reimport(ws, plans.prepare_reimport(ws, parse_text(v2)), backup=False)
    finally:
        ws.close()
    assert result.units == 2 and result.tasks_withdrawn == 1
    package = tmp_path / "方案包.luoshi"
    assert run(["package", "plan", "--db", str(office), "--out", str(package)]) == 0
    out = capsys.readouterr().out
    assert "任务 2 项，单位 2 个（另有 1 个单位只在已撤销的任务中，未计入）。" in out, out
    assert run(["package", "import", str(package), "--db", str(tmp_path / "unit.sqlite")]) == 0
    out = capsys.readouterr().out
    assert "已建立方案：任务 2 项，单位 2 个（另有 1 个单位只在已撤销的任务中，未计入）" in out, out
