#!/usr/bin/env bash
# `make installer-check` (CI): build the Linux bundle, install it from its tarball into a scratch
# prefix the way a user would, and start the installed frozen app with --self-test offscreen, in
# Chinese, away from the source tree and the venv. Exits non-zero when any step or check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
source installer/common.sh
if [ "$(uname -s)" != Linux ]; then
    echo "error: installer-check builds the Linux bundle; on $(uname -s) run make installer" >&2
    exit 1
fi

started=$SECONDS
installer/freeze.sh
GZIP_LEVEL=1 installer/linux/build-tarball.sh       # a quick pack: this tarball is only unpacked again
version=$(project_version)
tarball=dist/community-desk-$version-linux-$(uname -m).tar.gz

scratch=$(mktemp -d "${TMPDIR:-/tmp}/community-desk-check.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
tar -C "$scratch" -xzf "$tarball"
HOME=$scratch/home PREFIX=$scratch/prefix "$scratch"/community-desk-*/install.sh >/dev/null
if command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$scratch/prefix/share/applications/community-desk.desktop"
fi

# A first start for a Chinese-speaking user: the language setting says zh_CN.
mkdir -p "$scratch/config/CommunityDesk"
printf '[ui]\nlanguage=zh_CN\n\n[operator]\nname=self-test\n' > "$scratch/config/CommunityDesk/Community Desk.conf"
cd "$scratch"
self_test_started=$SECONDS
env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV HOME="$scratch/home" XDG_CONFIG_HOME="$scratch/config" \
    XDG_DATA_HOME="$scratch/data" QT_QPA_PLATFORM=offscreen "$scratch/prefix/bin/community-desk" --self-test
echo "installer-check passed: frozen self-test $((SECONDS - self_test_started)) s, whole check $((SECONDS - started)) s"
