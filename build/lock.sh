#!/usr/bin/env bash
# Write build/constraints.txt: the exact versions that pyproject's ranges resolve to today, from a
# fresh virtual environment (test and build extras). Run after changing a dependency; commit it.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 -m venv "$tmp/venv"
"$tmp/venv/bin/python" -m pip install -q --upgrade pip >/dev/null
"$tmp/venv/bin/python" -m pip install -q -e ".[test,build]"
{
  echo "# Exact versions a fresh machine installs (build/dev.sh and build/build_bundle.sh pass this to pip"
  echo "# with -c), so CI and a new developer test what was tested. Regenerate after changing pyproject's"
  echo "# dependencies: bash build/lock.sh"
  "$tmp/venv/bin/python" -m pip freeze --exclude-editable | grep -v -i '^luoshi'
} > build/constraints.txt
echo "build/constraints.txt: $(grep -vc '^#' build/constraints.txt) packages"
