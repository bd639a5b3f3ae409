#!/usr/bin/env bash
# Linux: dist/community-desk-<version>-linux-x86_64.tar.gz from the frozen folder dist/community-desk/
# (installer/freeze.sh makes it; `make installer` runs both).
#
# The tarball unpacks to community-desk-<version>-linux-x86_64/ holding:
#   app/          the one-folder app (run app/community-desk directly, no install needed)
#   share/        the menu entry, the .cdesk MIME type, the icons (hicolor sizes and the SVG)
#   install.sh    installs into ~/.local (command, menu entry, icon, file type); --uninstall removes
set -euo pipefail
cd "$(dirname "$0")/../.."
source installer/common.sh
frozen=dist/community-desk
require_frozen

version=$(project_version)
arch=$(uname -m)
name=community-desk-$version-linux-$arch
stage=build/tarball/$name
rm -rf "build/tarball"
mkdir -p "$stage/share/applications" "$stage/share/mime/packages" "$stage/share/icons/hicolor/scalable/apps"

cp -R "$frozen" "$stage/app"
cp installer/linux/install.sh "$stage/install.sh"
chmod +x "$stage/install.sh"
cp installer/linux/community-desk.desktop "$stage/share/applications/"
cp installer/linux/community-desk-mime.xml "$stage/share/mime/packages/community-desk.xml"
cp resources/icons/community-desk.svg "$stage/share/icons/hicolor/scalable/apps/"
for png in resources/icons/community-desk-*.png; do
    size=${png##*-}; size=${size%.png}
    mkdir -p "$stage/share/icons/hicolor/${size}x${size}/apps"
    cp "$png" "$stage/share/icons/hicolor/${size}x${size}/apps/community-desk.png"
done

started=$SECONDS
level=${GZIP_LEVEL:-6}           # installer-check packs with 1: three times faster, 8 % larger
tar --owner=0 --group=0 --numeric-owner -C build/tarball -cf - "$name" | gzip "-$level" > "dist/$name.tar.gz"
rm -rf build/tarball
echo "dist/$name.tar.gz: $(du -h "dist/$name.tar.gz" | cut -f1) (packed in $((SECONDS - started)) s)"
