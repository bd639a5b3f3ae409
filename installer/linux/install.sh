#!/bin/sh
# Install Community Desk for this user, no root needed:
#   ./install.sh                 into ~/.local (PREFIX=/some/dir ./install.sh for elsewhere)
#   ./install.sh --uninstall     remove it again (your community files and settings stay)
# Puts the app in PREFIX/lib/community-desk, a community-desk command in PREFIX/bin, the menu entry,
# the icon and the .cdesk file type in PREFIX/share. Shipped in the tarball (build-tarball.sh).
set -eu

here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
app=$prefix/lib/community-desk
bin=$prefix/bin/community-desk
share=$prefix/share
desktop=$share/applications/community-desk.desktop
mime=$share/mime/packages/community-desk.xml
icon_sizes="16 24 32 48 64 128 256 512"

refresh_caches() {
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$share/mime" >/dev/null 2>&1 || true; fi
    if command -v update-desktop-database >/dev/null 2>&1; then update-desktop-database -q "$share/applications" || true; fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then gtk-update-icon-cache -q -t "$share/icons/hicolor" || true; fi
}

uninstall() {
    rm -rf "$app"
    rm -f "$bin" "$desktop" "$mime" "$share/icons/hicolor/scalable/apps/community-desk.svg"
    for size in $icon_sizes; do rm -f "$share/icons/hicolor/${size}x${size}/apps/community-desk.png"; done
    refresh_caches
    echo "Community Desk removed from $prefix (community files and settings are kept)."
}

case "${1:-}" in
    --uninstall) uninstall; exit 0 ;;
    "") ;;
    *) echo "usage: $0 [--uninstall]   (PREFIX=$prefix)" >&2; exit 2 ;;
esac

if [ ! -x "$here/app/community-desk" ]; then
    echo "error: $here/app/community-desk is missing; run install.sh from the unpacked tarball" >&2
    exit 1
fi

mkdir -p "$prefix/lib" "$prefix/bin" "$share/applications" "$share/mime/packages"
rm -rf "$app.new"
cp -R "$here/app" "$app.new"
cp "$here/install.sh" "$app.new/install.sh"        # ./install.sh --uninstall from there later
rm -rf "$app"
mv "$app.new" "$app"
ln -sf "$app/community-desk" "$bin"

# The menu entry starts the installed executable by its full path (PREFIX/bin may not be on PATH
# in the desktop session); a path the Exec key would need to escape falls back to PATH.
case "$app" in
    *[\ \"\'\\\$\`]*) exec_path=community-desk ;;
    *) exec_path=$app/community-desk ;;
esac
sed -e "s|^Exec=community-desk|Exec=$exec_path|" -e "s|^TryExec=community-desk|TryExec=$exec_path|" \
    "$here/share/applications/community-desk.desktop" > "$desktop"
cp "$here/share/mime/packages/community-desk.xml" "$mime"
for size in $icon_sizes; do
    mkdir -p "$share/icons/hicolor/${size}x${size}/apps"
    cp "$here/share/icons/hicolor/${size}x${size}/apps/community-desk.png" "$share/icons/hicolor/${size}x${size}/apps/"
done
mkdir -p "$share/icons/hicolor/scalable/apps"
cp "$here/share/icons/hicolor/scalable/apps/community-desk.svg" "$share/icons/hicolor/scalable/apps/"
refresh_caches

echo "Community Desk installed in $app"
echo "Start it from the applications menu, or run: $bin"
case ":$PATH:" in
    *":$prefix/bin:"*) ;;
    *) echo "($prefix/bin is not on your PATH yet; it usually is after you log in again)" ;;
esac
echo "Remove it with: $app/install.sh --uninstall"
