"""Where a database file lives decides its journal mode.

WAL needs shared memory on one host, so it is only safe on a local disk. On a
network share or inside a synced folder the rollback journal is used instead.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

LOCAL, NETWORK, SYNCED = "local", "network", "synced"

NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "9p", "afs", "ncpfs",
    "fuse.sshfs", "sshfs", "davfs", "fuse.davfs2", "fuse.rclone", "glusterfs", "ceph",
}
# Folder names of the common sync clients (Chinese ones included: 坚果云 is Nutstore).
SYNC_MARKERS = (
    "dropbox", "onedrive", "google drive", "googledrive", "icloud drive", "icloud~",
    "mobile documents", "nutstore", "坚果云", "baidunetdisk", "百度网盘", "box sync", "seafile",
    "syncthing", "pcloud", "mega", "wpsdrive", "wps云盘", "腾讯微云", "weiyun",
)


def _linux_fs_type(path: Path) -> str:
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return ""
    best, fstype = "", ""
    target = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
            best, fstype = mount_point, parts[2]
    return fstype


def _windows_is_remote(path: Path) -> bool:
    text = str(path)
    if text.startswith("\\\\"):
        return True
    import ctypes  # Windows only

    drive = os.path.splitdrive(text)[0] + "\\"
    DRIVE_REMOTE = 4
    return ctypes.windll.kernel32.GetDriveTypeW(drive) == DRIVE_REMOTE


def classify(path: str | os.PathLike) -> str:
    """Return LOCAL, NETWORK or SYNCED for the folder holding *path*."""
    resolved = Path(os.path.abspath(path))
    lowered = str(resolved).lower()
    if any(marker in lowered for marker in SYNC_MARKERS):
        return SYNCED
    if sys.platform.startswith("win"):
        return NETWORK if _windows_is_remote(resolved) else LOCAL
    if sys.platform.startswith("linux"):
        probe = resolved if resolved.exists() else resolved.parent
        return NETWORK if _linux_fs_type(probe) in NETWORK_FILESYSTEMS else LOCAL
    if sys.platform == "darwin" and str(resolved).startswith("/Volumes/"):
        # Mounted shares live under /Volumes; so do USB disks, where the rollback
        # journal is also the safer choice.
        return NETWORK
    return LOCAL


def journal_mode_for(location: str) -> str:
    return "wal" if location == LOCAL else "delete"
