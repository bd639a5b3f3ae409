"""Render the app icon's .png sizes, .ico and .icns from resources/icons/community-desk.svg.

    .venv/bin/python installer/make_icons.py

Run it after editing the SVG and commit what it writes (the build does not run it). QtSvg draws
every size from the vector, so small sizes are crisp rather than downscaled; Pillow packs the
Windows .ico and the macOS .icns (it writes both on any OS).
"""
from __future__ import annotations

import io
import os
import sys
from pathlib import Path

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "community-desk.svg"
NAME = "community-desk"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)   # 1024 is 512@2x; rendered, not kept as a .png


def render(size: int) -> bytes:
    """The SVG drawn at size×size on a transparent background, as PNG bytes."""
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        raise SystemExit(f"error: {SVG} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(buffer.data())


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 (QPainter needs it)
    images = {size: Image.open(io.BytesIO(render(size))).convert("RGBA")
              for size in sorted(set(PNG_SIZES) | set(ICO_SIZES) | set(ICNS_SIZES))}
    written = []
    for size in PNG_SIZES:
        path = ICONS / f"{NAME}-{size}.png"
        images[size].save(path, optimize=True)
        written.append(path)
    ico = ICONS / f"{NAME}.ico"
    images[256].save(ico, format="ICO", sizes=[(s, s) for s in ICO_SIZES],
                     append_images=[images[s] for s in ICO_SIZES if s != 256])
    icns = ICONS / f"{NAME}.icns"
    images[1024].save(icns, format="ICNS", append_images=[images[s] for s in ICNS_SIZES if s != 1024])
    written += [ico, icns]
    for path in written:
        print(f"{path.relative_to(ICONS.parent.parent)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
