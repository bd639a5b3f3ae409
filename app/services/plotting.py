"""matplotlib with the bundled CJK font, so Chinese chart labels never render as boxes.

Imported only when the first chart is drawn (matplotlib is slow to import).
"""
from __future__ import annotations

from functools import lru_cache

from app.resources import CJK_FONT_FAMILY, CJK_FONT_FILE, resource_path


@lru_cache(maxsize=1)
def configure_matplotlib() -> str:
    import matplotlib
    from matplotlib import font_manager

    font_manager.fontManager.addfont(str(resource_path(*CJK_FONT_FILE)))
    matplotlib.rcParams["font.family"] = "sans-serif"
    matplotlib.rcParams["font.sans-serif"] = [CJK_FONT_FAMILY, "DejaVu Sans"]
    matplotlib.rcParams["axes.unicode_minus"] = False  # the CJK face lacks U+2212
    return CJK_FONT_FAMILY
