#!/usr/bin/env bash
# render-deps.sh
# LibreOffice (headless Calc) and poppler-utils for tests/unit/test_report_render.py, which renders a
# report to PDF and looks at the pages. On Debian/Ubuntu as root installs what is missing; prints one
# line and never fails the build: without the tools that test skips and says why.
# `make test` calls it when CI=true or RENDER_DEPS=1.
set -u

missing=()
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
for tool in pdfinfo pdffonts pdftotext pdftoppm; do
    if ! command -v "$tool" >/dev/null 2>&1; then missing+=(poppler-utils); break; fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "render test: soffice and poppler-utils are installed" >&2
    exit 0
fi

if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "render test will skip: install ${missing[*]} (apt-get install --no-install-recommends ${missing[*]})" >&2
    exit 0
fi

log=$(mktemp)
started=$SECONDS
export DEBIAN_FRONTEND=noninteractive
if apt-get update -q >"$log" 2>&1 &&
   apt-get install -y -q --no-install-recommends "${missing[@]}" >>"$log" 2>&1; then
    echo "render test: installed ${missing[*]} in $((SECONDS - started)) s" >&2
else
    echo "render test will skip: apt-get could not install ${missing[*]}: $(grep -E '^(E|W):' "$log" | tail -n 1)" >&2
fi
rm -f "$log"
exit 0
