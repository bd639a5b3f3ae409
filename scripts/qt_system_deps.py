"""Find the system libraries Qt's platform plugin needs and name the packages.

Qt itself only says "could not load the Qt platform plugin" and blames the wrong
library; ldd on the plugin names the real missing ones.
"""
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Debian/Ubuntu package for each library Qt's plugins load.
DEBIAN_PACKAGES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libgobject-2.0.so.0": "libglib2.0-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb.so.1": "libxcb1",
    "libSM.so.6": "libsm6",
    "libICE.so.6": "libice6",
}
# Always wanted with the xcb plugin although ldd does not list it (loaded at run time).
XCB_RUNTIME = ["libxcb-cursor0", "xauth"]


def package_for(lib: str) -> str:
    if lib in DEBIAN_PACKAGES:
        return DEBIAN_PACKAGES[lib]
    m = re.fullmatch(r"libxcb-([a-z-]+)\.so\.(\d+)", lib)
    if m:
        return f"libxcb-{m.group(1)}{m.group(2)}"
    return ""


def missing_libraries(platform: str) -> list[str]:
    import PySide6  # the package only; it loads no Qt library

    qt = Path(PySide6.__file__).parent / "Qt"
    plugin = qt / "plugins" / "platforms" / f"libq{platform}.so"
    targets = [plugin, qt / "lib" / "libQt6Widgets.so.6"]
    missing: set[str] = set()
    for target in targets:
        if not target.exists():
            continue
        out = subprocess.run(["ldd", str(target)], capture_output=True, text=True).stdout
        missing.update(re.findall(r"^\s*(\S+) => not found", out, re.M))
    return sorted(missing)


def main() -> int:
    platform = sys.argv[1] if len(sys.argv) > 1 else "offscreen"
    if not sys.platform.startswith("linux") or not shutil.which("ldd"):
        return 0
    missing = missing_libraries(platform)
    wanted = {package_for(lib) for lib in missing}
    unknown = [lib for lib in missing if not package_for(lib)]
    if platform == "xcb" and shutil.which("dpkg-query"):
        for pkg in XCB_RUNTIME:
            ok = subprocess.run(["dpkg-query", "-W", "-f=${Status}", pkg],
                                capture_output=True, text=True).stdout
            if "install ok installed" not in ok:
                wanted.add(pkg)
    wanted.discard("")
    if not wanted and not unknown:
        return 0
    print(f"Qt ({platform}) needs system libraries that are missing: {', '.join(missing) or ', '.join(sorted(wanted))}",
          file=sys.stderr)
    apt = shutil.which("apt-get")
    if wanted and apt and os.geteuid() == 0:
        print(f"Installing: {' '.join(sorted(wanted))}", file=sys.stderr)
        env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
        subprocess.run([apt, "update", "-q"], check=False, env=env, stdout=subprocess.DEVNULL)
        done = subprocess.run([apt, "install", "-y", "-q", "--no-install-recommends", *sorted(wanted)],
                              env=env, stdout=subprocess.DEVNULL)
        if done.returncode == 0 and not [l for l in missing_libraries(platform) if package_for(l)]:
            return 0
        print("apt-get could not install them; see its output above.", file=sys.stderr)
        return 1
    if wanted:
        hint = "sudo apt-get install --no-install-recommends" if apt else "install the packages providing"
        print(f"Run: {hint} {' '.join(sorted(wanted))}", file=sys.stderr)
    if unknown:
        print(f"Install the packages that provide: {' '.join(unknown)}", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
