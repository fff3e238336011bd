"""What the Windows build is made of, checked where it can be on Linux (issue 14): the icon,
the version resource and the build script. PowerShell and PyInstaller's Windows side are not
here, so the script is read, not run."""

from __future__ import annotations

import re
import struct
import sys
from pathlib import Path

from desktop import __version__

ROOT = Path(__file__).resolve().parent.parent
BUILD = ROOT / "build"


def test_icon_holds_png_images_from_16_to_256():
    data = (BUILD / "luoshi.ico").read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind) == (0, 1) and count >= 4
    sizes = []
    for i in range(count):
        w, h, _, _, planes, bits, length, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * i)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + length <= len(data)
        sizes.append(w or 256)
    assert {16, 32, 48, 256} <= set(sizes)
    assert (ROOT / "desktop" / "data" / "luoshi.png").read_bytes()[:4] == b"\x89PNG"


class _Recorder:
    """Stands in for PyInstaller's versioninfo classes: keeps what the file builds."""

    def __init__(self, name):
        self.name = name

    def __call__(self, *args, **kwargs):
        return {"type": self.name, "args": args, "kwargs": kwargs}


def test_version_resource_names_the_program_version_and_publisher(tmp_path):
    sys.path.insert(0, str(BUILD))
    try:
        import make_version_file
    finally:
        sys.path.remove(str(BUILD))
    out = make_version_file.write("luoshi.exe", tmp_path / "v.txt")
    text = out.read_text(encoding="utf-8")
    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
             "VarFileInfo", "VarStruct")
    info = eval(text, {n: _Recorder(n) for n in names})            # the file is one Python expression
    strings = {s["args"][0]: s["args"][1] for s in info["kwargs"]["kids"][0]["args"][0][0]["args"][1]}
    assert strings["ProductName"].startswith("落实") and strings["FileDescription"].startswith("落实")
    assert strings["FileVersion"] == strings["ProductVersion"] == __version__
    assert strings["CompanyName"] and strings["OriginalFilename"] == "luoshi.exe"
    major, minor, *_ = (int(p) for p in re.findall(r"\d+", __version__))
    assert info["kwargs"]["ffi"]["kwargs"]["filevers"][:2] == (major, minor)
    assert make_version_file.numbers("1.2.0rc1") == (1, 2, 0, 0)


def test_spec_gives_both_windows_executables_icon_and_version():
    spec = (BUILD / "luoshi.spec").read_text(encoding="utf-8")
    assert 'make_version_file.write(f"{name}.exe")' in spec and "luoshi.ico" in spec
    assert '**windows_extras.get("luoshi", {})' in spec and '**windows_extras["luoshi-cli"]' in spec
    assert '"docs" / "guide.html"' in spec and "screenshots/" in spec     # the guide and the pictures it shows


def test_build_script_stops_at_the_first_failure_and_leaves_the_session_alone():
    raw = (BUILD / "build_bundle.ps1").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "Windows PowerShell 5.1 needs the BOM to read the Chinese"
    script = raw.decode("utf-8-sig")
    code = [line for line in script.splitlines() if not line.lstrip().startswith("#")]
    body = "\n".join(code)
    assert '$ErrorActionPreference = "Stop"' in body
    assert "Activate" not in body and 'Scripts\\python.exe"' in body           # no activation
    # every native command runs inside Invoke-Step, which exits on a non-zero exit code
    natives = [line for line in code if re.match(r"\s*& \$python|\s*& \(Join-Path \$dist", line)]
    assert natives and all("Invoke-Step" in code[code.index(line) - 1] or "Invoke-Step" in line for line in natives)
    assert "if ($LASTEXITCODE -ne 0)" in body and "exit $LASTEXITCODE" in body
    # the session is as it was: location popped, variables restored, in a finally
    assert "Push-Location" in body and "finally" in body and "Pop-Location" in body
    assert "$saved" in body and "Remove-Item \"Env:$name\"" in body
    assert "cd " not in body and "Set-Location" not in body
    # both executables are started
    assert 'luoshi-cli.exe") --demo --smoke' in body and '"luoshi.exe") -ArgumentList "--demo", "--smoke"' in body
    assert "$gui.ExitCode -ne 0" in body


def test_glibc_floor_reads_the_newest_symbol_version(tmp_path):
    import shutil

    import pytest

    if shutil.which("objdump") is None or not Path("/bin/ls").is_file():
        pytest.skip("objdump (binutils) is not installed")
    sys.path.insert(0, str(BUILD))
    try:
        import glibc_floor
    finally:
        sys.path.remove(str(BUILD))
    shutil.copy("/bin/ls", tmp_path / "ls")
    (tmp_path / "notes.txt").write_text("not an ELF file")
    top, found = glibc_floor.floor(tmp_path)
    assert top >= (2, 2) and [p.name for _, p in found] == ["ls"]
    assert glibc_floor.main([str(tmp_path)]) == 0
