#!/usr/bin/env bash
# The one-folder frozen app: dist/community-desk/ (on macOS also "dist/Community Desk.app").
#   PY=.venv/bin/python installer/freeze.sh
# `make installer` and `make installer-check` call it; the packaging scripts start from its output.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh

if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    echo "error: PyInstaller is missing; run: $PY -m pip install -e '.[build]' (make installer does)" >&2
    exit 1
fi
# PyInstaller reads Linux binaries with objdump (binutils); a fresh Debian as root gets it here.
if [ "$(uname -s)" = Linux ] && ! command -v objdump >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing binutils (PyInstaller needs objdump)" >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends binutils >/dev/null ||
            { apt-get update -q >/dev/null && DEBIAN_FRONTEND=noninteractive \
                apt-get install -y -q --no-install-recommends binutils >/dev/null; }
    else
        echo "error: PyInstaller needs objdump: install binutils (sudo apt-get install binutils)" >&2
        exit 1
    fi
fi
"$PY" scripts/translations.py build          # the .qm files the bundle ships (from the committed .ts)

started=$SECONDS
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath dist --workpath build/pyinstaller \
    installer/community-desk.spec
echo "frozen in $((SECONDS - started)) s: dist/community-desk $(du -sh dist/community-desk | cut -f1)"
