"""The Qt binding survives heavy use, and the bundled CJK font draws Chinese in charts."""
from __future__ import annotations

import subprocess
import sys
import warnings


from app.resources import CJK_FONT_FILE, resource_path

# Tens of thousands of calls that return None: PySide6 6.12.0 on Python 3.11 aborts the
# interpreter (Fatal Python error: none_dealloc) after a few thousand of these.
NONE_CALLS = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(60_000):
    label.setText("x")        # returns None
    label.setToolTip("y")     # returns None
    label.update()            # returns None
print("survived", flush=True)
"""


def test_qt_binding_survives_tens_of_thousands_of_none_returning_calls():
    done = subprocess.run([sys.executable, "-c", NONE_CALLS], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "survived" in done.stdout


def test_pinned_binding_avoids_the_crashing_release():
    import PySide6

    version = tuple(int(p) for p in PySide6.__version__.split(".")[:2])
    if sys.version_info < (3, 12):
        assert version < (6, 12), f"PySide6 {PySide6.__version__} aborts on Python 3.11"


def test_bundled_font_file_is_the_simplified_chinese_face():
    from fontTools.ttLib import TTFont

    font = TTFont(resource_path(*CJK_FONT_FILE), lazy=True)
    assert font["name"].getDebugName(1) == "Noto Sans CJK SC"
    cmap = font.getBestCmap()
    assert all(ord(ch) in cmap for ch in "社群运营工作台跑步瑜伽")


def test_matplotlib_draws_chinese_without_missing_glyphs(tmp_path):
    import matplotlib

    matplotlib.use("Agg")
    from app.services.plotting import configure_matplotlib

    family = configure_matplotlib()
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots()
    ax.set_title("日活跃成员 DAU")
    ax.bar(["跑步", "健身", "瑜伽"], [3, -1, 2])
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" would raise
        fig.savefig(tmp_path / "chart.png")
    plt.close(fig)
    from matplotlib import font_manager

    used = font_manager.findfont(font_manager.FontProperties(family=["sans-serif"]))
    assert family == "Noto Sans CJK SC" and used.endswith(CJK_FONT_FILE[-1])
    assert (tmp_path / "chart.png").stat().st_size > 1000
