"""The app's icon for windows and the taskbar, from the .png sizes in resources/icons/.

PNGs rather than the SVG: they need no image-format plugin, so a frozen build can never lose them.
"""
from __future__ import annotations

from PySide6.QtGui import QIcon

from app.resources import resource_path

ICON_NAME = "community-desk"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource_path("icons", f"{ICON_NAME}-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def apply_app_icon(app) -> None:
    """Every window's icon, and the .desktop file that names the app on Linux (Wayland takes the
    icon from there, installer/linux/community-desk.desktop)."""
    app.setWindowIcon(app_icon())
    app.setDesktopFileName(ICON_NAME)
