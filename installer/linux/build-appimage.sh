#!/usr/bin/env bash
# Linux AppImage: dist/Community_Desk-<version>-<arch>.AppImage from the frozen folder dist/community-desk/
# (installer/freeze.sh makes it).
#
#   installer/linux/build-appimage.sh           lay out the AppDir and pack it with appimagetool
#   installer/linux/build-appimage.sh --appdir  only lay out build/appimage/CommunityDesk.AppDir
#                                                (try it: build/appimage/CommunityDesk.AppDir/AppRun)
#
# appimagetool is not in Debian's archive: download appimagetool-x86_64.AppImage from
# https://github.com/AppImage/appimagetool/releases, chmod +x it, and put it on PATH as `appimagetool`
# or point APPIMAGETOOL at it. Without FUSE (containers, CI) run it with APPIMAGE_EXTRACT_AND_RUN=1.
# The AppImage runs on distributions whose glibc is at least the build machine's: build on the oldest
# distribution you support.
set -euo pipefail
cd "$(dirname "$0")/../.."
source installer/common.sh
frozen=dist/community-desk
require_frozen

version=$(project_version)
arch=$(uname -m)
appdir=build/appimage/CommunityDesk.AppDir
rm -rf build/appimage
mkdir -p "$appdir/usr/lib" "$appdir/usr/share/applications" "$appdir/usr/share/mime/packages" \
         "$appdir/usr/share/icons/hicolor/scalable/apps"

cp -R "$frozen" "$appdir/usr/lib/community-desk"
cat > "$appdir/AppRun" <<'APPRUN'
#!/bin/sh
# The AppImage's entry point: the frozen app inside the mounted image, with every argument.
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/community-desk/community-desk" "$@"
APPRUN
chmod +x "$appdir/AppRun"

# The AppDir's own .desktop (appimagetool requires it at the top) and the icon it names.
sed -e '/^TryExec=/d' installer/linux/community-desk.desktop > "$appdir/community-desk.desktop"
echo "X-AppImage-Version=$version" >> "$appdir/community-desk.desktop"
cp "$appdir/community-desk.desktop" "$appdir/usr/share/applications/"
cp resources/icons/community-desk-256.png "$appdir/community-desk.png"
ln -sf community-desk.png "$appdir/.DirIcon"
cp installer/linux/community-desk-mime.xml "$appdir/usr/share/mime/packages/community-desk.xml"
cp resources/icons/community-desk.svg "$appdir/usr/share/icons/hicolor/scalable/apps/"
for png in resources/icons/community-desk-*.png; do
    size=${png##*-}; size=${size%.png}
    mkdir -p "$appdir/usr/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$appdir/usr/share/icons/hicolor/${size}x${size}/apps/community-desk.png"
done
echo "$appdir laid out"
[ "${1:-}" = --appdir ] && exit 0

tool=${APPIMAGETOOL:-appimagetool}
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "error: appimagetool not found; download it from https://github.com/AppImage/appimagetool/releases" \
         "and put it on PATH or set APPIMAGETOOL (see the top of $0)" >&2
    exit 1
fi
out=dist/Community_Desk-$version-$arch.AppImage
ARCH=$arch "$tool" --no-appstream "$appdir" "$out"
echo "$out: $(du -h "$out" | cut -f1)"
