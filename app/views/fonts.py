"""Register the bundled CJK font so Chinese never renders as boxes."""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import CJK_FONT_FILE, resource_path


def register_cjk_font(app: QApplication) -> str:
    """Load the bundled face and append it to the app font's families as a fallback.

    The system's own UI face stays first (Microsoft YaHei or PingFang where present);
    glyphs it lacks come from Noto Sans CJK SC, named explicitly so that a Japanese
    face is never picked for Chinese text.
    """
    font_id = QFontDatabase.addApplicationFont(str(resource_path(*CJK_FONT_FILE)))
    if font_id < 0:
        raise RuntimeError(f"cannot load the bundled font {resource_path(*CJK_FONT_FILE)}")
    family = QFontDatabase.applicationFontFamilies(font_id)[0]
    font = QFont(app.font())
    families = [f for f in font.families() if f != family] or [font.family()]
    font.setFamilies([*families, family])
    app.setFont(font)
    return family
