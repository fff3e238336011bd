#!/usr/bin/env bash
# Build the one-folder bundle into build/dist/luoshi (Linux). Windows: see README.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=${LUOSHI_VENV:-$PWD/.venv}
"$VENV/bin/python" -m pip install -q -e ".[build]" -c build/constraints.txt
"$VENV/bin/python" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath build/dist --workpath build/work build/luoshi.spec
echo "bundle: build/dist/luoshi ($(du -sh build/dist/luoshi | cut -f1))"
