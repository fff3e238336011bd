# Build the one-folder bundle on Windows into build\dist\luoshi (PowerShell 5.1 or 7, no admin
# rights), then start both executables once. From the repository root:
#   py -3.11 -m venv .venv
#   powershell -ExecutionPolicy Bypass -File build\build_bundle.ps1
# The venv's python.exe is called by its path: nothing is activated, and the session's
# environment (variables, current folder) is as it was when the script ends, even on failure.
# The first step that fails stops the script with its exit code. Saved as UTF-8 with a BOM:
# Windows PowerShell 5.1 reads a script without one in the ANSI code page.
param([string]$Venv = "")

$ErrorActionPreference = "Stop"
Set-StrictMode -Version 3

$root = Split-Path $PSScriptRoot -Parent
if (-not $Venv) { $Venv = if ($env:LUOSHI_VENV) { $env:LUOSHI_VENV } else { Join-Path $root ".venv" } }
$python = Join-Path $Venv "Scripts\python.exe"
if (-not (Test-Path $python)) {
    Write-Host "找不到 $python。请先在仓库根目录运行：py -3.11 -m venv .venv" -ForegroundColor Red
    exit 2
}

# Native programs do not throw: each step checks its exit code and stops the build.
function Invoke-Step([string]$What, [scriptblock]$Command) {
    Write-Host "== $What"
    & $Command
    if ($LASTEXITCODE -ne 0) {
        Write-Host "失败：$What（退出码 $LASTEXITCODE）" -ForegroundColor Red
        exit $LASTEXITCODE
    }
}

$saved = @{ QT_QPA_PLATFORM = $env:QT_QPA_PLATFORM; LUOSHI_HOME = $env:LUOSHI_HOME }
$scratch = Join-Path ([System.IO.Path]::GetTempPath()) ("luoshi-build-" + [guid]::NewGuid().ToString("N"))
Push-Location $root
try {
    Invoke-Step "安装依赖" { & $python -m pip install -q -e ".[build]" -c build\constraints.txt }
    Invoke-Step "编译界面" { & $python build\compile_forms.py }
    Invoke-Step "编译翻译" { & $python build\translations.py }
    # luoshi.exe is the windowed client; luoshi-cli.exe runs the subcommands in a console.
    Invoke-Step "PyInstaller" {
        & $python -m PyInstaller --noconfirm --clean --log-level WARN --distpath build\dist `
            --workpath build\work build\luoshi.spec
    }

    # Smoke tests, in a scratch data folder so the build machine's own workspace is untouched.
    New-Item -ItemType Directory -Path $scratch | Out-Null
    $env:LUOSHI_HOME = $scratch
    $env:QT_QPA_PLATFORM = "offscreen"
    $dist = Join-Path $root "build\dist\luoshi"
    Invoke-Step "启动测试 luoshi-cli.exe" { & (Join-Path $dist "luoshi-cli.exe") --demo --smoke }
    # The windowed exe has no console: Start-Process waits for it and gives its exit code.
    Write-Host "== 启动测试 luoshi.exe"
    $gui = Start-Process -FilePath (Join-Path $dist "luoshi.exe") -ArgumentList "--demo", "--smoke" `
        -Wait -PassThru -NoNewWindow
    if ($gui.ExitCode -ne 0) {
        Write-Host "失败：luoshi.exe --demo --smoke（退出码 $($gui.ExitCode)）" -ForegroundColor Red
        exit $gui.ExitCode
    }
    $docx = Join-Path $scratch "half.docx"
    Invoke-Step "生成报告 luoshi-cli.exe" {
        & (Join-Path $dist "luoshi-cli.exe") report half-year --db (Join-Path $scratch "data\demo.luoshi.sqlite") `
            --year 2024 --unit 市民政局 --out $docx
    }
    if (-not (Test-Path $docx)) { Write-Host "失败：没有生成 $docx" -ForegroundColor Red; exit 1 }
    Write-Host "bundle: build\dist\luoshi"
}
finally {
    Pop-Location
    foreach ($name in $saved.Keys) {
        if ($null -eq $saved[$name]) { Remove-Item "Env:$name" -ErrorAction SilentlyContinue }
        else { Set-Item "Env:$name" $saved[$name] }
    }
    if (Test-Path $scratch) { Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue }
}
