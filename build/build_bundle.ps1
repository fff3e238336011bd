# Build the one-folder bundle on Windows into build\dist\luoshi (PowerShell, no admin rights).
#   py -3.11 -m venv .venv ; .\.venv\Scripts\Activate.ps1 ; .\build\build_bundle.ps1
$ErrorActionPreference = "Stop"
Set-Location (Split-Path $PSScriptRoot -Parent)
$python = if (Test-Path .venv\Scripts\python.exe) { ".venv\Scripts\python.exe" } else { "python" }
& $python -m pip install -q -e ".[build]"
& $python build\compile_forms.py
& $python build\translations.py
# luoshi.exe is the windowed client; luoshi-cli.exe runs the subcommands in a console.
& $python -m PyInstaller --noconfirm --clean --log-level WARN --distpath build\dist --workpath build\work build\luoshi.spec
$env:QT_QPA_PLATFORM = "offscreen"
& build\dist\luoshi\luoshi-cli.exe --demo --smoke
if ($LASTEXITCODE -ne 0) { throw "frozen smoke start failed" }
Write-Host "bundle: build\dist\luoshi"
