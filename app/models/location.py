"""Where a database file lives decides its journal mode, and what to warn about.

WAL needs shared memory on one host, so it is only safe on a local disk. On a
network share, inside a synced folder or on a removable disk the rollback journal
(with synchronous=FULL) is used instead. Sync clients fork a file that two people
change at once into "conflicted copies" beside it; those are found by name.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import re

LOCAL, NETWORK, SYNCED, REMOVABLE = "local", "network", "synced", "removable"

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


# File systems of USB sticks and memory cards (a local disk uses ext4/xfs/btrfs/apfs/ntfs...).
REMOVABLE_FILESYSTEMS = {"vfat", "msdos", "exfat", "fuseblk"}
REMOVABLE_MOUNT_ROOTS = ("/media/", "/run/media/", "/mnt/usb")


def _linux_mount(path: Path) -> tuple[str, str]:
    """(mount point, file system type) of the mount holding *path*."""
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return "", ""
    best, fstype = "", ""
    target = str(path)
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(mount_point) > len(best):
            best, fstype = mount_point, parts[2]
    return best, fstype


def _windows_drive(path: Path) -> str:
    text = str(path)
    if text.startswith("\\\\"):
        return NETWORK
    import ctypes  # Windows only

    drive = os.path.splitdrive(text)[0] + "\\"
    DRIVE_REMOVABLE, DRIVE_REMOTE = 2, 4
    kind = ctypes.windll.kernel32.GetDriveTypeW(drive)
    return NETWORK if kind == DRIVE_REMOTE else REMOVABLE if kind == DRIVE_REMOVABLE else LOCAL


def classify(path: str | os.PathLike) -> str:
    """Return LOCAL, NETWORK, SYNCED or REMOVABLE for the folder holding *path*."""
    resolved = Path(os.path.abspath(path))
    lowered = str(resolved).lower()
    if any(marker in lowered for marker in SYNC_MARKERS):
        return SYNCED
    if sys.platform.startswith("win"):
        return _windows_drive(resolved)
    if sys.platform.startswith("linux"):
        probe = resolved if resolved.exists() else resolved.parent
        mount_point, fstype = _linux_mount(probe)
        if fstype in NETWORK_FILESYSTEMS:
            return NETWORK
        if fstype in REMOVABLE_FILESYSTEMS or (mount_point + "/").startswith(REMOVABLE_MOUNT_ROOTS):
            return REMOVABLE
        return LOCAL
    if sys.platform == "darwin" and str(resolved).startswith("/Volumes/"):
        # Mounted shares and USB disks both live under /Volumes; the rollback journal suits both.
        return NETWORK
    return LOCAL


def journal_mode_for(location: str) -> str:
    return "wal" if location == LOCAL else "delete"


# How sync clients name the copy they make when two machines changed a file at once:
#   Dropbox      "community (王芳's conflicted copy 2024-03-05).cdesk"
#   Nextcloud    "community (conflicted copy 2024-03-05 101010).cdesk"
#   OneDrive     "community-LAPTOP-7.cdesk"  (the other machine's name appended)
#   Google Drive "community (1).cdesk"
#   Syncthing    "community.sync-conflict-20240305-101010-ABCDEFG.cdesk"
#   Seafile      "community (SFConflict wang@corp 2024-03-05-10-10-10).cdesk"
#   坚果云        "community_冲突副本.cdesk" / "community (冲突 …).cdesk"
#   Baidu/WPS    "community(1).cdesk" / "community_副本.cdesk"
_CONFLICT_MARKERS = re.compile(
    r"conflicted copy|sync-conflict|sfconflict|conflict|冲突|副本|\(\d+\)$|-[A-Za-z0-9][A-Za-z0-9_-]*$",
    re.IGNORECASE)

_BACKUP = re.compile(r"backup|备份|before-|daily|manual", re.IGNORECASE)


def conflicted_copies(path: str | os.PathLike) -> list[Path]:
    """Files beside *path* that look like a sync client's conflicted copy of it, newest first."""
    target = Path(os.path.abspath(path))
    stem, suffix = target.stem, target.suffix
    found = []
    try:
        siblings = list(target.parent.iterdir())
    except OSError:
        return []
    for sibling in siblings:
        if sibling == target or not sibling.is_file() or sibling.suffix.lower() != suffix.lower():
            continue
        rest = sibling.name[len(stem):-len(suffix) or None] if sibling.name.startswith(stem) else ""
        if sibling.name.startswith(stem + ".sync-conflict-"):
            rest = sibling.name[len(stem):]
        if rest and rest[0] in " _-.(（" and _CONFLICT_MARKERS.search(rest.strip()) and not _BACKUP.search(rest):
            found.append(sibling)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)
