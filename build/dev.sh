#!/usr/bin/env bash
# Set up everything a developer (or CI) needs, then run the app or the tests.
#   bash build/dev.sh run    — set up, build the demo workspace, open the client on it
#   bash build/dev.sh test   — set up, type-check core, store, exchange and reports (mypy), run the whole test suite offscreen
#   bash build/dev.sh setup  — set up only
# Works on a fresh Debian/Ubuntu machine as root (installs the Qt system libraries and a
# CJK font when missing) or as a user who already has them.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV=${LUOSHI_VENV:-$ROOT/.venv}
action=${1:-run}
shift || true

say() { printf '%s\n' "$*" >&2; }

# Qt's runtime libraries on a bare Debian 12 (shared/ENVIRONMENT.md), a CJK font so Chinese
# is not drawn as boxes, and venv support for the system Python.
SYSTEM_PACKAGES=(libglib2.0-0 libgl1 libegl1 libfontconfig1 libxkbcommon0 libdbus-1-3
                 fonts-wqy-zenhei)
# A real X screen needs these too (only for `run` with a DISPLAY, and for screenshots).
X_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-render-util0
            libxcb-shape0 libxkbcommon-x11-0)

find_python() {
  for candidate in python3.11 python3.12 python3; do
    if command -v "$candidate" >/dev/null 2>&1 &&
       "$candidate" -c 'import sys; sys.exit(0 if (3, 11) <= sys.version_info[:2] < (3, 13) else 1)' 2>/dev/null; then
      command -v "$candidate"; return 0
    fi
  done
  return 1
}

missing_debs() {
  command -v dpkg-query >/dev/null 2>&1 || return 0
  local pkg
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || echo "$pkg"
  done
}

install_system_packages() {
  command -v apt-get >/dev/null 2>&1 || return 0
  local wanted=("${SYSTEM_PACKAGES[@]}")
  [ -n "${DISPLAY:-}" ] && wanted+=("${X_PACKAGES[@]}")
  local py; py=$(find_python || true)
  if [ -z "$py" ]; then wanted+=(python3 python3-venv); fi
  if [ -n "$py" ] && ! "$py" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    wanted+=("python3-venv" "python$("$py" -c 'import sys; print(f"{sys.version_info[0]}.{sys.version_info[1]}")')-venv")
  fi
  local missing; missing=$(missing_debs "${wanted[@]}" | tr '\n' ' ')
  [ -z "${missing// /}" ] && return 0
  if [ "$(id -u)" -eq 0 ]; then
    say "安装系统依赖：$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    say "缺少系统依赖：$missing"
    say "请让管理员执行：sudo apt-get install -y --no-install-recommends $missing"
    say "（继续尝试；如果 Qt 无法启动，就是缺这些库。）"
  fi
}

setup() {
  install_system_packages
  local py; py=$(find_python) || { say "需要 Python 3.11 或 3.12（Debian 12：apt-get install python3 python3-venv）。"; exit 1; }
  if [ ! -x "$VENV/bin/python" ]; then
    say "创建虚拟环境：$VENV"
    "$py" -m venv "$VENV"
  fi
  # Re-install only when pyproject.toml changed since the last set-up.
  local stamp="$VENV/.luoshi-installed"
  if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ] || [ build/constraints.txt -nt "$stamp" ]; then
    say "安装 Python 依赖（pyproject.toml，版本按 build/constraints.txt 固定）……"
    "$VENV/bin/python" -m pip install -q --upgrade pip >/dev/null
    "$VENV/bin/python" -m pip install -q -e ".[test]" -c build/constraints.txt
    touch "$stamp"
  fi
}

case "$action" in
  setup)
    setup ;;
  run)
    setup
    exec "$VENV/bin/python" -m desktop --demo "$@" ;;
  test)
    setup
    # the linters first (pyproject.toml [tool.ruff]): a finding fails the run like a failed test
    say "代码检查（ruff）：整个仓库"
    "$VENV/bin/ruff" check .
    export QT_QPA_PLATFORM=offscreen
    # the lower layers type-check strictly (pyproject.toml [tool.mypy]); an error fails the run
    say "类型检查（mypy）：desktop/core desktop/store desktop/exchange desktop/reports"
    "$VENV/bin/python" -m mypy desktop/core desktop/store desktop/exchange desktop/reports
    # pytest exits 5 when it collected no test: that is a failure here too.
    exec "$VENV/bin/python" -m pytest -q -p no:cacheprovider "$@" ;;
  *)
    say "用法：bash build/dev.sh [run|test|setup]"; exit 2 ;;
esac
