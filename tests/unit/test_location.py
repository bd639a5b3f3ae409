from app.models import location


def test_sync_clients_are_recognised():
    for path in ("/home/li/Dropbox/社群/c.cdesk", "C:/Users/li/OneDrive/c.cdesk", "/home/li/坚果云/c.cdesk",
                 "/Users/li/Library/Mobile Documents/com~apple~CloudDocs/c.cdesk"):
        assert location.classify(path) == location.SYNCED, path
    assert location.journal_mode_for(location.SYNCED) == "delete"


def test_network_filesystem_from_mount_table(monkeypatch, tmp_path):
    mounts = tmp_path / "mounts"
    mounts.write_text("/dev/vda / ext4 rw 0 0\n//nas/team /mnt/team cifs rw 0 0\n")
    real_path = location.Path

    def fake_path(value):
        return mounts if value == "/proc/mounts" else real_path(value)

    monkeypatch.setattr(location, "Path", fake_path)
    assert location._linux_fs_type(real_path("/mnt/team/ops/c.cdesk")) == "cifs"
    assert location._linux_fs_type(real_path("/mnt/teamwork/c.cdesk")) == "ext4"
    assert location.journal_mode_for(location.LOCAL) == "wal"
