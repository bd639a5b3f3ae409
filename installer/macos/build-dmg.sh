#!/usr/bin/env bash
# macOS: "dist/Community Desk.app" and dist/community-desk-<version>-macos-<arch>.dmg (drag to Applications).
#
#   installer/macos/build-dmg.sh          (or `make installer` on a Mac)
#
# Needs: macOS 13+ with the Xcode command-line tools (hdiutil, codesign), Python 3.11+ in .venv with
# '.[build]' installed (make installer does it). The .app is built for the Python's architecture
# (arm64 or x86_64); build once on each to ship both.
# Optional, for Gatekeeper:
#   CODESIGN_IDENTITY="Developer ID Application: Name (TEAMID)"  sign the .app (hardened runtime)
#   NOTARY_PROFILE=profile-name      notarize the .dmg with `xcrun notarytool` (a keychain profile made
#                                    by `xcrun notarytool store-credentials`) and staple the ticket
# Unsigned builds open after right-click ▸ Open (or System Settings ▸ Privacy & Security ▸ Open Anyway).
set -euo pipefail
cd "$(dirname "$0")/../.."
source installer/common.sh
if [ "$(uname -s)" != Darwin ]; then
    echo "error: build-dmg.sh runs on macOS (it needs hdiutil)" >&2
    exit 1
fi

installer/freeze.sh                                   # PyInstaller: the BUNDLE section makes the .app
app="dist/Community Desk.app"
[ -d "$app" ] || { echo "error: $app was not built" >&2; exit 1; }
version=$(project_version)
arch=$(uname -m)
dmg=dist/community-desk-$version-macos-$arch.dmg

# The frozen app must start and pass its own checks before it is packed.
QT_QPA_PLATFORM=offscreen "$app/Contents/MacOS/community-desk" --self-test

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$app"
    codesign --verify --deep --strict "$app"
fi

staging=$(mktemp -d)
trap 'rm -rf "$staging"' EXIT
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
rm -f "$dmg"
hdiutil create -volname "Community Desk $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"

if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
echo "$dmg: $(du -h "$dmg" | cut -f1)"
