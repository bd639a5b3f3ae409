"""The Linux menu entry, the .cdesk MIME type, the icons, and install.sh run into a scratch prefix."""
from __future__ import annotations

import configparser
import os
import shlex
import shutil
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app.paths import DB_SUFFIX
from tests.installer.locations import INSTALLER, ROOT

LINUX = INSTALLER / "linux"
DESKTOP = LINUX / "community-desk.desktop"
MIME_XML = LINUX / "community-desk-mime.xml"
MIME_NS = "{http://www.freedesktop.org/standards/shared-mime-info}"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def desktop_entry(path: Path = DESKTOP) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str          # keys are case-sensitive: Name[zh_CN]
    parser.read(path, encoding="utf-8")
    return dict(parser["Desktop Entry"])


def exec_arguments(entry: dict[str, str], file: str | None) -> list[str]:
    """The arguments a launcher passes: %f becomes the file, or nothing when started from the menu."""
    return [arg.replace("%f", file or "") for arg in shlex.split(entry["Exec"])][1:]


def mime_type() -> ET.Element:
    (element,) = ET.parse(MIME_XML).getroot().findall(f"{MIME_NS}mime-type")
    return element


def test_desktop_entry_names_the_app_in_chinese_and_english():
    entry = desktop_entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Community Desk" and entry["Name[zh_CN]"] == "社群运营工作台"
    assert entry["Comment"] and "社群" in entry["Comment[zh_CN]"]
    assert entry["Icon"] == "community-desk" and entry["Exec"].split()[0] == "community-desk"
    assert mime_type().get("type") in entry["MimeType"].split(";")


def test_desktop_entry_opens_a_file_and_starts_without_one():
    from app.cli import build_parser

    entry = desktop_entry()
    opened = build_parser().parse_args(exec_arguments(entry, f"/home/李娜/社群{DB_SUFFIX}"))
    assert opened.db == f"/home/李娜/社群{DB_SUFFIX}" and opened.command is None
    plain = build_parser().parse_args(exec_arguments(entry, None))
    assert not plain.db and plain.command is None            # the default community file


@pytest.mark.skipif(not shutil.which("desktop-file-validate"), reason="desktop-file-utils is not installed")
def test_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True, text=True)
    assert done.returncode == 0 and not done.stdout.strip(), done.stdout + done.stderr


def test_mime_type_claims_the_database_suffix():
    element = mime_type()
    assert [glob.get("pattern") for glob in element.findall(f"{MIME_NS}glob")] == [f"*{DB_SUFFIX}"]
    assert element.find(f"{MIME_NS}sub-class-of").get("type") == "application/vnd.sqlite3"
    comments = {c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text for c in element.findall(f"{MIME_NS}comment")}
    assert comments[None] == "Community Desk database" and comments["zh_CN"] == "社群运营工作台数据文件"


@pytest.mark.skipif(not shutil.which("update-mime-database"), reason="shared-mime-info is not installed")
def test_mime_database_compiles_the_type(tmp_path):
    (tmp_path / "packages").mkdir()
    shutil.copy(MIME_XML, tmp_path / "packages" / "community-desk.xml")
    done = subprocess.run(["update-mime-database", str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0 and "error" not in done.stderr.lower(), done.stderr
    assert f"{mime_type().get('type')}:*{DB_SUFFIX}" in (tmp_path / "globs2").read_text()


def test_icons_are_generated_at_every_size():
    from PIL import Image

    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        with Image.open(icons / f"community-desk-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            assert image.getpixel((size // 2, size // 2))[3] == 255     # drawn, not a blank canvas
            assert image.getpixel((0, 0))[3] == 0                       # rounded corner: transparent
    with Image.open(icons / "community-desk.ico") as ico:
        assert {(16, 16), (32, 32), (48, 48), (256, 256)} <= set(ico.info["sizes"])
    with Image.open(icons / "community-desk.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"]


def test_window_icon_offers_every_size(qapp):
    from app.views.app_icon import ICON_SIZES as SIZES, app_icon

    sizes = {(size.width(), size.height()) for size in app_icon().availableSizes()}
    assert sizes == {(s, s) for s in SIZES} and set(SIZES) == set(ICON_SIZES)


def fake_tarball(tmp_path: Path) -> Path:
    """The tarball's layout (see build-tarball.sh) around a stand-in executable."""
    stage = tmp_path / "community-desk-0.0.0-linux-x86_64"
    (stage / "app").mkdir(parents=True)
    program = stage / "app" / "community-desk"
    program.write_text("#!/bin/sh\necho \"started with $*\"\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    shutil.copy(LINUX / "install.sh", stage / "install.sh")
    share = stage / "share"
    (share / "applications").mkdir(parents=True)
    shutil.copy(DESKTOP, share / "applications")
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME_XML, share / "mime" / "packages" / "community-desk.xml")
    for size in ICON_SIZES:
        folder = share / "icons" / "hicolor" / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy(ROOT / "resources" / "icons" / f"community-desk-{size}.png", folder / "community-desk.png")
    (share / "icons" / "hicolor" / "scalable" / "apps").mkdir(parents=True)
    shutil.copy(ROOT / "resources" / "icons" / "community-desk.svg", share / "icons" / "hicolor" / "scalable" / "apps")
    return stage


def test_install_sh_installs_into_the_prefix_and_uninstalls(tmp_path):
    stage = fake_tarball(tmp_path)
    prefix = tmp_path / "prefix"
    env = dict(os.environ, HOME=str(tmp_path / "home"), PREFIX=str(prefix))
    done = subprocess.run(["sh", str(stage / "install.sh")], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    started = subprocess.run([str(prefix / "bin" / "community-desk"), "--version"], capture_output=True, text=True)
    assert started.stdout.strip() == "started with --version"
    entry = desktop_entry(prefix / "share" / "applications" / "community-desk.desktop")
    assert entry["Exec"] == f"{prefix}/lib/community-desk/community-desk --db=%f"
    assert (prefix / "share" / "icons" / "hicolor" / "48x48" / "apps" / "community-desk.png").exists()
    assert (prefix / "share" / "mime" / "packages" / "community-desk.xml").exists()

    removed = subprocess.run(["sh", str(prefix / "lib" / "community-desk" / "install.sh"), "--uninstall"],
                             env=env, capture_output=True, text=True)
    assert removed.returncode == 0, removed.stderr
    left = {p.relative_to(prefix).as_posix() for p in prefix.rglob("*") if p.is_file() or p.is_symlink()}
    assert not [p for p in left if "community-desk" in p], left


def test_shell_scripts_parse():
    for script in [*INSTALLER.glob("*.sh"), *LINUX.glob("*.sh"), *(INSTALLER / "macos").glob("*.sh")]:
        shell = "sh" if script.read_text().startswith("#!/bin/sh") else "bash"
        done = subprocess.run([shell, "-n", str(script)], capture_output=True, text=True)
        assert done.returncode == 0, f"{script.name}: {done.stderr}"
        assert os.access(script, os.X_OK), f"{script.name} is not executable"
