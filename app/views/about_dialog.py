"""Help ▸ About: the app's name and version, the Python/Qt/PySide versions, where the data lives, and the
licences of the components the app ships with (texts in resources/licenses/)."""
from __future__ import annotations

import importlib
import platform
import sqlite3
import warnings
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Callable

import PySide6
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (QAbstractItemView, QDialog, QDialogButtonBox, QFormLayout, QHeaderView, QLabel,
                               QPlainTextEdit, QSplitter, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from app import APP_NAME, __version__, paths
from app.resources import resource_path
from app.views.i18n import fmt

CHINESE_NAME = "社群运营工作台"


@dataclass(frozen=True)
class Component:
    name: str
    licence: str
    file: str                            # under resources/ (licenses/…, or the font's own OFL.txt)
    distributions: tuple[str, ...] = ()  # the Python distributions it stands for (pip's names)
    module: str = ""                     # where __version__ is, when the build has no package metadata
    version_of: Callable[[], str] | None = None

    def version(self) -> str:
        if self.version_of is not None:
            return self.version_of()
        for name in self.distributions[:1]:
            try:
                return metadata.version(name)
            except metadata.PackageNotFoundError:   # a frozen build without the package's metadata
                pass
        if self.module:
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # some packages deprecate __version__
                    return str(getattr(importlib.import_module(self.module), "__version__", ""))
            except ImportError:
                pass
        return ""


# What the app ships with: its own code, the Python runtime, the packages it imports and what they require
# (`pip show`: sqlite-utils, matplotlib and openpyxl pull in the rest; sqlite-utils' command-line extras
# tabulate and click-default-group are never imported, so the frozen build leaves them out), SQLite, the font.
COMPONENTS = (
    Component("Community Desk", "MIT", "licenses/community-desk.txt", ("community-desk",),
              version_of=lambda: __version__),
    Component("Python", "PSF-2.0", "licenses/python.txt", version_of=platform.python_version),
    Component("Qt", "LGPL-3.0", "licenses/qt-pyside6.txt", version_of=qVersion),
    Component("PySide6 / Shiboken6", "LGPL-3.0", "licenses/qt-pyside6.txt",
              ("PySide6-Essentials", "shiboken6"), version_of=lambda: PySide6.__version__),
    Component("SQLite", "Public domain", "licenses/sqlite.txt", version_of=lambda: sqlite3.sqlite_version),
    Component("sqlite-utils", "Apache-2.0", "licenses/sqlite-utils.txt", ("sqlite-utils",)),
    Component("sqlite-fts4", "Apache-2.0", "licenses/sqlite-utils.txt", ("sqlite-fts4",)),
    Component("click", "BSD-3-Clause", "licenses/click.txt", ("click",)),
    Component("pluggy", "MIT", "licenses/pluggy.txt", ("pluggy",), "pluggy"),
    Component("python-dateutil", "BSD-3-Clause / Apache-2.0", "licenses/python-dateutil.txt",
              ("python-dateutil",), "dateutil"),
    Component("tzdata", "Apache-2.0", "licenses/tzdata.txt", ("tzdata",), "tzdata"),
    Component("matplotlib", "Matplotlib License (PSF-based)", "licenses/matplotlib.txt", ("matplotlib",),
              "matplotlib"),
    Component("NumPy", "BSD-3-Clause", "licenses/numpy.txt", ("numpy",), "numpy"),
    Component("Pillow", "MIT-CMU (HPND)", "licenses/pillow.txt", ("pillow",), "PIL"),
    Component("contourpy", "BSD-3-Clause", "licenses/contourpy.txt", ("contourpy",), "contourpy"),
    Component("cycler", "BSD-3-Clause", "licenses/cycler.txt", ("cycler",), "cycler"),
    Component("kiwisolver", "BSD-3-Clause", "licenses/kiwisolver.txt", ("kiwisolver",), "kiwisolver"),
    Component("fontTools", "MIT", "licenses/fonttools.txt", ("fonttools",), "fontTools"),
    Component("pyparsing", "MIT", "licenses/pyparsing.txt", ("pyparsing",), "pyparsing"),
    Component("packaging", "Apache-2.0 OR BSD-2-Clause", "licenses/packaging.txt", ("packaging",), "packaging"),
    Component("openpyxl", "MIT", "licenses/openpyxl.txt", ("openpyxl",), "openpyxl"),
    Component("et-xmlfile", "MIT", "licenses/et-xmlfile.txt", ("et-xmlfile",), "et_xmlfile"),
    Component("lxml", "BSD-3-Clause", "licenses/lxml.txt", ("lxml",), "lxml"),
    Component("defusedxml", "PSF-2.0", "licenses/defusedxml.txt", ("defusedxml",), "defusedxml"),
    Component("pyahocorasick", "BSD-3-Clause", "licenses/pyahocorasick.txt", ("pyahocorasick",)),
    Component("Noto Sans CJK SC", "OFL-1.1", "fonts/OFL.txt", version_of=lambda: ""),
)
# Required by a bundled package but not in the app: only sqlite-utils' command line uses them (and pip).
NOT_BUNDLED = ("click-default-group", "tabulate", "pip")


def licence_text(component: Component) -> str:
    path = resource_path(*component.file.split("/"))
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return fmt(QCoreApplication.translate("AboutDialog", "The licence text is missing from this build (%1)."),
                   path)


class AboutDialog(QDialog):
    def __init__(self, database_path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        app_name = self.tr(APP_NAME)
        self.setWindowTitle(fmt(QCoreApplication.translate("MainWindow", "About %1"), app_name))
        self.resize(720, 640)
        layout = QVBoxLayout(self)
        title = QLabel(fmt("<h2>%1 %2</h2>", app_name, __version__))
        title.setObjectName("aboutTitle")
        title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(title)
        tagline = QLabel(fmt(self.tr("%1 — a workstation for community operators: members, content, "
                                     "activities, moderation, dashboard and reports in one file."),
                             CHINESE_NAME if app_name != CHINESE_NAME else APP_NAME))
        tagline.setWordWrap(True)
        layout.addWidget(tagline)
        form = QFormLayout()
        self.facts: dict[str, QLabel] = {}
        location = str(database_path) if database_path else QCoreApplication.translate("MainWindow",
                                                                                       "No community file is open")
        for key, caption, value in (
                ("version", self.tr("Version:"), __version__),
                ("runtime", self.tr("Built with:"), fmt(self.tr("Python %1 · Qt %2 · PySide6 %3"),
                                                         platform.python_version(), qVersion(), PySide6.__version__)),
                ("database", self.tr("Community file:"), location),
                ("data", self.tr("App data folder:"), str(paths.app_data_dir())),
                ("log", self.tr("Crash log:"), str(paths.log_file()))):
            label = QLabel(value)
            label.setObjectName(f"about_{key}")
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setWordWrap(True)
            self.facts[key] = label
            form.addRow(caption, label)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Components and their licences:")))
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.table = QTableWidget(len(COMPONENTS), 3)
        self.table.setObjectName("componentsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Component"), self.tr("Version"), self.tr("Licence")])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        for row, component in enumerate(COMPONENTS):
            for column, text in enumerate((component.name, component.version(), component.licence)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.licence_view = QPlainTextEdit()
        self.licence_view.setObjectName("licenceText")
        self.licence_view.setReadOnly(True)
        self.licence_view.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        splitter.addWidget(self.table)
        splitter.addWidget(self.licence_view)
        splitter.setSizes([260, 200])
        layout.addWidget(splitter, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(self.tr("Copy details"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.setObjectName("copyAbout")
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(lambda row, *_a: self.show_licence(row))
        self.table.selectRow(0)

    def show_licence(self, row: int) -> None:
        if 0 <= row < len(COMPONENTS):
            self.licence_view.setPlainText(licence_text(COMPONENTS[row]))

    def component_names(self) -> list[str]:
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]

    def details(self) -> str:
        """What a person pastes into a support message: the version, the runtime and the paths."""
        lines = [f"{APP_NAME} {__version__}", self.facts["runtime"].text(),
                 f"{platform.system()} {platform.release()} ({platform.machine()})"]
        lines += [self.facts[key].text() for key in ("database", "data", "log")]
        return "\n".join(lines)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details())
