"""installer/windows/community-desk.iss: read as Inno Setup reads it (sections, entries, #define)."""
from __future__ import annotations

import re
import shlex
from pathlib import Path

from app.paths import DB_SUFFIX
from tests.installer.locations import INSTALLER

ISS = INSTALLER / "windows" / "community-desk.iss"


def read_iss() -> tuple[dict[str, str], dict[str, list[str]]]:
    """The #define values and each section's lines (comments and blank lines dropped)."""
    raw = ISS.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "the .iss must be UTF-8 with a BOM for its Chinese messages"
    defines: dict[str, str] = {}
    sections: dict[str, list[str]] = {}
    current = None
    for line in raw.decode("utf-8-sig").splitlines():
        line = line.strip()
        if not line or line.startswith(";"):
            continue
        if match := re.fullmatch(r'#define (\w+) "(.*)"', line):
            defines.setdefault(match[1], match[2])
        elif match := re.fullmatch(r"\[(\w+)\]", line):
            current = match[1]
            sections[current] = []
        elif current and not line.startswith("#"):
            sections[current].append(line)
    return defines, sections


def expand(text: str, defines: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: defines[m[1]], text)


def entry(line: str, defines: dict[str, str]) -> dict[str, str]:
    """'Root: HKA; Subkey: "a"; ...' as a dict, quotes undone ("" is one quote), {#Define}s expanded."""
    fields = {}
    for name, quoted, bare in re.findall(r'(\w+):\s*(?:"((?:[^"]|"")*)"|([^;]*))(?:;|$)', line):
        fields[name] = expand(quoted.replace('""', '"') if quoted else bare.strip(), defines)
    return fields


def setup_values() -> dict[str, str]:
    _defines, sections = read_iss()
    return dict(line.split("=", 1) for line in sections["Setup"])


def test_cdesk_files_open_with_the_app():
    from app.cli import build_parser

    defines, sections = read_iss()
    assert defines["DbExt"] == DB_SUFFIX
    registry = [entry(line, defines) for line in sections["Registry"]]
    assert all(item["Root"] == "HKA" and item["Tasks"] == "associate" for item in registry)
    keys = {item["Subkey"]: item for item in registry}
    prog_id = defines["ProgId"]
    assert keys[rf"Software\Classes\{DB_SUFFIX}"]["ValueData"] == prog_id
    assert keys[rf"Software\Classes\{prog_id}"]["Flags"] == "uninsdeletekey"       # gone on uninstall
    command = keys[rf"Software\Classes\{prog_id}\shell\open\command"]["ValueData"]
    program, *arguments = shlex.split(command.replace("\\", "/"))
    assert program == "{app}/community-desk.exe"
    opened = build_parser().parse_args([a.replace("%1", "C:/Users/李娜/社群.cdesk") for a in arguments])
    assert opened.db == "C:/Users/李娜/社群.cdesk" and opened.command is None
    assert setup_values()["ChangesAssociations"] == "yes"


def test_uninstall_is_declared():
    defines, sections = read_iss()
    setup = setup_values()
    assert setup["Uninstallable"] == "yes"
    assert expand(setup["UninstallDisplayIcon"], defines) == r"{app}\community-desk.exe"
    icons = [entry(line, defines) for line in sections["Icons"]]
    assert any(icon["Filename"] == "{uninstallexe}" for icon in icons)
    for item in (entry(line, defines) for line in sections["Registry"]):   # the ProgId key takes its subkeys
        inside_prog_id = item["Subkey"].startswith(rf"Software\Classes\{defines['ProgId']}" + "\\")
        assert inside_prog_id or item["Flags"].startswith("uninsdelete"), item


def test_per_user_or_admin_install_with_start_menu_and_optional_desktop_icon():
    defines, sections = read_iss()
    setup = setup_values()
    assert setup["PrivilegesRequired"] == "lowest" and "dialog" in setup["PrivilegesRequiredOverridesAllowed"]
    assert setup["DefaultDirName"].startswith("{autopf}")
    tasks = {entry(line, defines)["Name"]: entry(line, defines) for line in sections["Tasks"]}
    assert tasks["desktopicon"]["Flags"] == "unchecked"
    icons = [entry(line, defines) for line in sections["Icons"]]
    assert any(icon["Name"].startswith("{group}") and icon["Filename"] == r"{app}\community-desk.exe" for icon in icons)
    assert any(icon["Name"].startswith("{autodesktop}") and icon.get("Tasks") == "desktopicon" for icon in icons)
    (files,) = [entry(line, defines) for line in sections["Files"]]
    assert "recursesubdirs" in files["Flags"] and files["Source"].endswith("*")
    assert (ISS.parent / defines["SourceDir"].replace("\\", "/")).resolve() == INSTALLER.parent / "dist" / "community-desk"
    assert (ISS.parent / setup["SetupIconFile"].replace("\\", "/")).exists()


def test_setup_speaks_english_and_simplified_chinese():
    defines, sections = read_iss()
    languages = [entry(line, defines)["Name"] for line in sections["Languages"]]
    assert languages == ["english", "chinesesimplified"]
    messages: dict[str, dict[str, str]] = {}
    for line in sections["CustomMessages"]:
        key, text = line.split("=", 1)
        language, name = key.split(".", 1)
        messages.setdefault(name, {})[language] = text
    assert messages and all(set(texts) == set(languages) for texts in messages.values()), messages
    assert messages["ShortcutName"]["chinesesimplified"] == "社群运营工作台"
    assert messages["AssocTask"]["english"].count("%1") == messages["AssocTask"]["chinesesimplified"].count("%1") == 1
