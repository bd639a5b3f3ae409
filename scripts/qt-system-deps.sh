#!/usr/bin/env bash
# qt-system-deps.sh PYTHON offscreen|xcb
# Checks that the shared libraries Qt needs are present; on Debian/Ubuntu as root
# installs the missing ones, elsewhere prints exactly what to install.
exec "$1" "$(dirname "$0")/qt_system_deps.py" "${2:-offscreen}"
