from app.models import location


def test_sync_clients_are_recognised():
    for path in ("/home/li/Dropbox/社群/c.cdesk", "C:/Users/li/OneDrive/c.cdesk", "/home/li/坚果云/c.cdesk",
                 "/Users/li/Library/Mobile Documents/com~apple~CloudDocs/c.cdesk"):
        assert location.classify(path) == location.SYNCED, path
    assert location.journal_mode_for(location.SYNCED) == "delete"


def test_network_filesystem_from_mount_table(monkeypatch, tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/vda / ext4 rw 0 0\n//nas/team /mnt/team cifs rw 0 0\n"
                      "/dev/sdb1 /media/li/U盘 vfat rw 0 0\n")
    real_path = location.Path

    def fake_path(value):
        return mounts if value == "/proc/mounts" else real_path(value)

    monkeypatch.setattr(location, "Path", fake_path)
    assert location._linux_mount(real_path("/mnt/team/ops/c.cdesk")) == ("/mnt/team", "cifs")
    assert location._linux_mount(real_path("/mnt/teamwork/c.cdesk")) == ("/", "ext4")
    assert location.classify("/mnt/team/ops/c.cdesk") == location.NETWORK
    assert location.classify("/media/li/U盘/c.cdesk") == location.REMOVABLE
    assert location.classify("/mnt/teamwork/c.cdesk") == location.LOCAL
    assert location.journal_mode_for(location.LOCAL) == "wal"
    assert location.journal_mode_for(location.REMOVABLE) == "delete"
    assert location.journal_mode_for(location.NETWORK) == "delete"


def test_conflicted_copies_of_the_common_sync_clients_are_found(tmp_path):
    copies = ["community (王芳's conflicted copy 2024-03-05).cdesk",            # Dropbox
              "community (conflicted copy 2024-03-05 101010).cdesk",           # Nextcloud
              "community-LAPTOP-7.cdesk",                                      # OneDrive
              "community (1).cdesk",                                           # Google Drive
              "community.sync-conflict-20240305-101010-ABCDEFG.cdesk",         # Syncthing
              "community (SFConflict wang@corp 2024-03-05-10-10-10).cdesk",    # Seafile
              "community_冲突副本.cdesk"]                                       # 坚果云
    innocent = ["community.cdesk-journal", "community-backup-20241101-1200.cdesk", "other.cdesk",
                "communityx.cdesk", "community (1).xlsx", "community_备份.cdesk"]
    for name in ["community.cdesk", *copies, *innocent]:
        (tmp_path / name).write_text("x")
    found = {p.name for p in location.conflicted_copies(tmp_path / "community.cdesk")}
    assert found == set(copies)
    assert location.conflicted_copies(tmp_path / "missing-folder" / "c.cdesk") == []
