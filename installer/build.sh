#!/usr/bin/env bash
# `make installer`: build what this OS can build (installer/README.md).
#   Linux   dist/community-desk/ (one folder) and dist/community-desk-<version>-linux-<arch>.tar.gz,
#           plus the AppImage when appimagetool is found (APPIMAGETOOL or PATH)
#   macOS   "dist/Community Desk.app" and dist/community-desk-<version>-macos-<arch>.dmg
#   Windows run installer\windows\build.ps1 in PowerShell (PyInstaller, then Inno Setup)
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh

case "$(uname -s)" in
    Linux)
        installer/freeze.sh
        installer/linux/build-tarball.sh
        if command -v "${APPIMAGETOOL:-appimagetool}" >/dev/null 2>&1; then
            installer/linux/build-appimage.sh
        else
            echo "AppImage skipped: appimagetool not found (installer/linux/build-appimage.sh says where to get it)"
        fi ;;
    Darwin)
        installer/macos/build-dmg.sh ;;
    MINGW* | MSYS* | CYGWIN*)
        echo "On Windows build the setup.exe with PowerShell:" >&2
        echo "  powershell -ExecutionPolicy Bypass -File installer\\windows\\build.ps1" >&2
        exit 1 ;;
    *)
        echo "error: no installer recipe for $(uname -s)" >&2
        exit 1 ;;
esac
