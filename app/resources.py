"""Locate files under resources/, from a source tree or a frozen (PyInstaller) build."""
from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


CJK_FONT_FILE = ("fonts", "NotoSansCJKsc-Regular.otf")
CJK_FONT_FAMILY = "Noto Sans CJK SC"
