#!/usr/bin/env bash
# Sourced by the installer scripts (from the project root): what they all need.
PY=${PY:-.venv/bin/python}
export PY

# The app's version, from pyproject.toml (the spec and the Windows script read it there too).
project_version() {
    "$PY" -c 'import tomllib; print(tomllib.load(open("pyproject.toml", "rb"))["project"]["version"])'
}

# Stop unless installer/freeze.sh has made the one-folder app.
require_frozen() {
    [ -x dist/community-desk/community-desk ] || {
        echo "error: dist/community-desk is missing; run installer/freeze.sh first" >&2
        exit 1
    }
}
