"""installer/community-desk.spec, run with stand-ins for PyInstaller's build classes: what it would build."""
from __future__ import annotations

import re
import shutil
import sys
import types
from pathlib import Path

import pytest

from tests.installer.locations import INSTALLER, ROOT


class Recorder:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps every call's arguments."""

    def __init__(self):
        self.calls: dict[str, list[tuple[tuple, dict]]] = {}

    def build_class(self, name: str):
        recorder = self

        class Target:
            def __init__(self, *args, **kwargs):
                recorder.calls.setdefault(name, []).append((args, kwargs))
                self.args, self.kwargs = args, kwargs
                self.datas = list(kwargs.get("datas", []))
                self.binaries, self.pure, self.scripts = [], [], []

        Target.__name__ = name
        return Target


def app_modules() -> list[str]:
    return sorted(".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
                  for path in (ROOT / "app").rglob("*.py"))


def run_spec(root: Path, monkeypatch, platform: str = "linux") -> Recorder:
    """Execute the spec found under root/installer as PyInstaller would, on *platform*."""
    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package: app_modules() if package == "app" else []
    hooks.copy_metadata = lambda name: [(f"/site-packages/{name}.dist-info", f"{name}.dist-info")]
    for name in ("PyInstaller", "PyInstaller.utils"):      # PyInstaller need not be installed
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setattr(sys, "platform", platform)
    recorder = Recorder()
    spec = root / "installer" / "community-desk.spec"
    scope = {name: recorder.build_class(name) for name in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")}
    scope.update(SPECPATH=str(spec.parent), __file__=str(spec), __name__="__main__")
    exec(compile(spec.read_text(encoding="utf-8"), str(spec), "exec"), scope)
    return recorder


@pytest.fixture
def project_copy(tmp_path: Path) -> Path:
    """A tree with the real spec and resources but its own pyproject version."""
    root = tmp_path / "project"
    (root / "installer").mkdir(parents=True)
    shutil.copy(INSTALLER / "community-desk.spec", root / "installer")
    shutil.copytree(ROOT / "resources" / "icons", root / "resources" / "icons")
    (root / "resources" / "translations").mkdir(parents=True)
    (root / "resources" / "translations" / "community_desk_zh_CN.qm").write_bytes(b"qm")
    (root / "resources" / "translations" / "community_desk_zh_CN.ts").write_text("<TS/>")
    (root / "resources" / "fonts").mkdir()
    (root / "resources" / "fonts" / "Face.otf").write_bytes(b"font")
    (root / "app").mkdir()
    (root / "app" / "__main__.py").write_text("")
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    (root / "pyproject.toml").write_text(re.sub(r'(?m)^version = ".*"$', 'version = "9.8.7"', text, count=1),
                                         encoding="utf-8")
    return root


def test_the_mac_bundle_takes_its_version_from_pyproject_and_opens_cdesk_files(project_copy, monkeypatch):
    from app.paths import DB_SUFFIX

    recorder = run_spec(project_copy, monkeypatch, "darwin")
    (_args, bundle), = recorder.calls["BUNDLE"]
    plist = bundle["info_plist"]
    assert bundle["version"] == plist["CFBundleShortVersionString"] == "9.8.7"
    assert bundle["name"] == "Community Desk.app" and bundle["icon"].endswith("community-desk.icns")
    (document,) = plist["CFBundleDocumentTypes"]
    (declared,) = plist["UTExportedTypeDeclarations"]
    assert document["LSItemContentTypes"] == [declared["UTTypeIdentifier"]]
    assert declared["UTTypeTagSpecification"]["public.filename-extension"] == [DB_SUFFIX.lstrip(".")]
    (_args, exe), = recorder.calls["EXE"]
    assert exe["console"] is False and exe["icon"].endswith(".icns")


def fake_versioninfo() -> types.ModuleType:
    """PyInstaller's win32 version-resource classes (importable on Windows only) as plain recorders."""
    module = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct",
                 "VarFileInfo", "VarStruct"):
        module.__dict__[name] = type(name, (), {
            "__init__": lambda self, *args, **kwargs: setattr(self, "parts", (args, kwargs)),
            "__repr__": lambda self: f"{type(self).__name__}{self.parts!r}"})
    return module


def test_the_windows_exe_and_its_version_resource_carry_the_pyproject_version(project_copy, monkeypatch):
    win32 = types.ModuleType("PyInstaller.utils.win32")
    win32.versioninfo = fake_versioninfo()
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32", win32)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", win32.versioninfo)
    recorder = run_spec(project_copy, monkeypatch, "win32")
    window, console = (kwargs for _args, kwargs in recorder.calls["EXE"])
    assert (window["name"], window["console"]) == ("community-desk", False)
    assert (console["name"], console["console"]) == ("community-desk-cli", True)
    assert window["icon"].endswith("community-desk.ico") and Path(window["icon"]).exists()
    resource = repr(window["version"])
    assert "filevers': (9, 8, 7, 0)" in resource and "('ProductVersion', '9.8.7')" in resource
    assert "BUNDLE" not in recorder.calls


def test_one_folder_build_of_the_app_with_every_resource(monkeypatch):
    recorder = run_spec(ROOT, monkeypatch, "linux")
    (args, analysis), = recorder.calls["Analysis"]
    assert args[0] == [str(ROOT / "app" / "__main__.py")]
    (_args, exe), = recorder.calls["EXE"]
    assert exe["exclude_binaries"] is True                  # one folder: COLLECT gathers the libraries
    (collect_args, collect), = recorder.calls["COLLECT"]
    assert collect["name"] == "community-desk" and exe["name"] == "community-desk"
    shipped = {str(Path(dest) / Path(source).name) for source, dest in analysis["datas"]}
    expected = {str(Path("resources") / path.relative_to(ROOT / "resources"))
                for path in (ROOT / "resources").rglob("*") if path.is_file() and path.suffix != ".ts"}
    assert expected and expected <= shipped
    assert not any(name.endswith(".ts") for name in shipped)
    assert "community-desk.dist-info" in {dest for _source, dest in analysis["datas"]}   # app.__version__


def test_modules_imported_by_name_are_hidden_imports(monkeypatch):
    """Child-process job targets ('module:function' strings) and matplotlib's Qt backend."""
    recorder = run_spec(ROOT, monkeypatch)
    (_args, analysis), = recorder.calls["Analysis"]
    hidden = set(analysis["hiddenimports"])
    targets = set()
    for path in (ROOT / "app").rglob("*.py"):
        targets.update(re.findall(r'_TARGET = "([\w.]+):\w+"', path.read_text(encoding="utf-8")))
    assert "app.services.report" in targets and targets <= hidden
    assert {"matplotlib.backends.backend_qtagg", "openpyxl", "lxml.etree", "ahocorasick"} <= hidden
    assert {"tkinter", "PySide6.QtWebEngineCore", "pytest"} <= set(analysis["excludes"])


def test_the_build_refuses_to_start_without_compiled_translations(project_copy, monkeypatch):
    (project_copy / "resources" / "translations" / "community_desk_zh_CN.qm").unlink()
    with pytest.raises(SystemExit, match="make translations"):
        run_spec(project_copy, monkeypatch)
