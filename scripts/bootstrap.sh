#!/usr/bin/env bash
# Create or refresh the project's virtual environment: bootstrap.sh VENV_DIR
set -euo pipefail
venv=${1:-.venv}
python=${PYTHON:-python3}

if ! command -v "$python" >/dev/null 2>&1; then
  echo "error: $python not found; Community Desk needs Python 3.11 or newer." >&2
  exit 1
fi
if ! "$python" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  echo "error: $("$python" --version 2>&1) is too old; Community Desk needs Python 3.11 or newer." >&2
  exit 1
fi
# A venv whose interpreter no longer runs (moved, or Python upgraded) is rebuilt.
if [ -d "$venv" ] && ! "$venv/bin/python" -c 'import sys' >/dev/null 2>&1; then
  echo "Rebuilding $venv: its interpreter no longer runs."
  rm -rf "$venv"
fi
if [ ! -d "$venv" ]; then
  echo "Creating $venv with $("$python" --version 2>&1)"
  "$python" -m venv "$venv"
fi
"$venv/bin/python" -m pip install --quiet --upgrade pip
"$venv/bin/python" -m pip install --quiet -e '.[test]'
touch "$venv/.installed"
echo "$venv is ready."
