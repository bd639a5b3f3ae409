"""The window's care for the open file: checks on open (damage, daily backup), where the file lives (synced
folder, conflicted copies), Backup now / Back up to… / Restore…, and recovering a damaged file."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox

from app.models import location
from app.models.database import Database
from app.models.errors import CorruptError, UserError
from app.paths import DB_SUFFIX
from app.services import backups
from app.views.dialog_parts import report_job_failure
from app.views.export_runner import ExportRunner
from app.views.locale_format import date_text, date_time, time_text
from app.views.worker import damage_reports
from app.views.i18n import error_text, fmt

if TYPE_CHECKING:
    from app.views.main_window import MainWindow


def open_checks(db: Database, progress, cancelled) -> tuple[str, backups.BackupInfo | None]:
    """Job: quick_check the file; when it is sound and no daily backup was taken today, take one. Backups taken
    before a schema upgrade (by the models layer, on open) are rotated here."""
    verdict = db.quick_check()
    if verdict != "ok" or db.read_only:
        return verdict, None
    backups.rotate(db.backup_dir, "before-migration")
    if not backups.daily_due(db.backup_dir):
        return verdict, None
    return verdict, backups.backup_now(db, kind="daily", progress=progress, cancelled=cancelled)


class StorageGuard(QObject):
    checked = Signal(str)     # the quick_check verdict of the file just opened

    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window
        self.last_backup = QLabel()
        self.last_backup.setObjectName("statusBackup")
        self.runner = ExportRunner(window, progress_name="backupProgress", cancel_name="backupCancel",
                                   cancel_text=self.tr("Cancel"), started_text=self.tr("Backing up to %1…"),
                                   cancelled_text=self.tr("Backup cancelled; nothing was written."),
                                   failed_text=self.tr("The backup failed."))
        self.runner.started.connect(lambda text: window.statusBar().showMessage(text))
        self.runner.finished.connect(lambda text: window.statusBar().showMessage(text, 10_000))
        self.runner.succeeded.connect(self._backed_up)
        bar = window.statusBar()
        bar.addPermanentWidget(self.runner.progress)
        bar.addPermanentWidget(self.runner.cancel_button)
        bar.addPermanentWidget(self.last_backup)
        self.open_restore_dialog = None
        damage_reports.found.connect(self.damage_found)

    @property
    def db(self) -> Database | None:
        return self.window.db

    # -- on open ------------------------------------------------------------------------
    def file_opened(self, db: Database) -> None:
        """Warn about where the file lives, then check it (and take the daily backup) off the GUI thread."""
        self.window.notices.clear()
        self._show_last_backup()
        self._warn_about_location(db)
        if db.read_only:
            self._show_damaged(db.read_only_reason or "")
            return
        self.window.jobs.start(db, open_checks, on_done=self._checked, on_failed=self._check_failed)

    def _checked(self, result: tuple[str, backups.BackupInfo | None]) -> None:
        verdict, daily = result
        if daily is not None:
            self._backed_up(daily)
        self.checked.emit(verdict)
        if verdict != "ok":
            self.damage_found(verdict)

    def damage_found(self, what: str) -> None:
        """The check on open, or any job, found the file damaged: reopen it read-only (once) with the offer to
        restore; the tabs show what can still be read."""
        if self.db is None or self.db.read_only:
            return
        reason = fmt(self.tr("%1 is damaged (%2). It is open read-only so nothing more is lost."),
                     self.db.path.name, what[:300])
        self.window.open_database(self.db.path, read_only_reason=reason)

    def _check_failed(self, message: str, details: str) -> None:
        if details:
            report_job_failure(self.window, self.tr("Checking the file"), message, details)
        else:   # a busy file or a failed daily backup: say so, the file stays open
            self.window.statusBar().showMessage(fmt(self.tr("The daily backup was not taken: %1"), message), 15_000)

    def _warn_about_location(self, db: Database) -> None:
        notices = self.window.notices
        if db.location == location.SYNCED:
            notices.show_notice("synced", self.tr(
                "This file is in a synced folder. If two people change it at the same time, the sync service can "
                "split it into two copies and one side's changes go missing from the other. For a team, keep the "
                "file on a shared network drive; for one person, this is fine."))
        elif db.location == location.REMOVABLE:
            notices.show_notice("removable", self.tr(
                "This file is on a removable disk. Do not unplug it while Community Desk is open."))
        copies = location.conflicted_copies(db.path)
        if copies:
            names = "\n".join(p.name for p in copies)
            notices.show_notice("conflicted", fmt(self.tr(
                "%1 conflicted copies of this file are in its folder (made by a sync service when two computers "
                "changed it at once). Changes in them are not in this file. Open one to compare, then delete it."),
                len(copies)), tooltip=names,
                actions=(("noticeOpenCopy", self.tr("Open a copy…"), lambda: self._open_copy(copies)),))

    def _open_copy(self, copies: list[Path]) -> None:
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Open a conflicted copy"), str(copies[0]),
                                              self.window._file_filter())
        if path:
            self.window.open_database(path)

    # -- damage -------------------------------------------------------------------------
    def _show_damaged(self, reason: str) -> None:
        good = backups.latest_good(self.db.backup_dir) if self.db else None
        actions = []
        if good is not None:
            actions.append(("noticeRestoreLatest", fmt(self.tr("Restore the backup of %1"), date_time(good.taken_at)),
                            lambda: self.replace_damaged(good.path)))
        actions.append(("noticeRestoreOther", self.tr("Restore from…"), self.restore_dialog_for_damaged))
        self.window.notices.show_notice("damaged", reason, level="error", actions=tuple(actions), closable=False)

    def offer_restore_for(self, path: Path, error: CorruptError) -> bool:
        """Opening *path* failed because it is damaged: offer the latest good backup. True if restored and open."""
        good = backups.latest_good(backups.folder_for(path, self.window.backup_root())) \
            if self.window.backup_root() else None
        if good is None:
            return False
        answer = QMessageBox.question(
            self.window, self.tr("The community file is damaged"),
            fmt(self.tr("%1\n\nRestore the backup of %2? The damaged file is kept beside it."), error_text(error),
                date_time(good.taken_at)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._replace_and_open(path, good.path)

    def replace_damaged(self, source: Path) -> bool:
        if self.db is None:
            return False
        path = self.db.path
        self.window.close_database()
        return self._replace_and_open(path, source)

    def _replace_and_open(self, path: Path, source: Path) -> bool:
        try:
            kept = backups.replace_damaged(path, source)
        except UserError as exc:
            self.window.show_error(self.tr("Restore"), error_text(exc))
            self.window.open_database(path, read_only_reason=self.tr("The file is damaged; it is open read-only."))
            return False
        opened = self.window.open_database(path)
        if opened:
            self.window.statusBar().showMessage(fmt(self.tr("Restored. The damaged file is kept as %1"), kept.name))
        return opened

    def restore_dialog_for_damaged(self) -> None:
        if self.db is None:
            return
        path, _ = QFileDialog.getOpenFileName(self.window, self.tr("Choose a backup file"), str(self.db.backup_dir),
                                              self.tr("Community Desk backups (*.sqlite *.cdesk *.db);;All files (*)"))
        if path:
            self.replace_damaged(Path(path))

    # -- File menu ----------------------------------------------------------------------
    def backup_now(self) -> None:
        """File ▸ Back up now: into this file's local backups folder."""
        if self.db is not None and not self.runner.running:
            self.runner.start(self.window.jobs, self.db,
                              lambda db, progress, cancelled: backups.backup_now(db, progress=progress,
                                                                                 cancelled=cancelled),
                              str(self.db.backup_dir), self._done_text, self._failed)

    def backup_to_dialog(self) -> None:
        """File ▸ Back up to…: a file the person chooses."""
        if self.db is None or self.runner.running:
            return
        stamp = datetime.now().strftime("%Y%m%d-%H%M")
        suggested = Path.home() / f"{self.db.path.stem}-backup-{stamp}{DB_SUFFIX}"
        path, _ = QFileDialog.getSaveFileName(self.window, self.tr("Back up the community file"), str(suggested),
                                              self.window._file_filter())
        if path:
            self.backup_to(Path(path))

    def backup_to(self, target: Path):
        if self.db is None:
            return None
        return self.runner.start(self.window.jobs, self.db,
                                 lambda db, progress, cancelled: backups.backup_now(db, target=target, progress=progress,
                                                                                    cancelled=cancelled),
                                 str(target), self._done_text, self._failed)

    def restore_dialog(self):
        """File ▸ Restore from backup…"""
        if self.db is None or self.runner.running:
            return None
        if self.db.read_only:
            self.restore_dialog_for_damaged()
            return None
        from app.views.restore_dialog import RestoreDialog

        dialog = RestoreDialog(self.db.path, self.db.backup_dir, self.window)
        dialog.accepted.connect(lambda: self.restore(dialog.chosen_path()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.open_restore_dialog = dialog
        return dialog

    def restore(self, source: Path | None):
        if self.db is None or source is None:
            return None
        runner = self.runner
        runner.started_text = self.tr("Restoring from %1…")
        job = runner.start(self.window.jobs, self.db,
                           lambda db, progress, cancelled: backups.restore(db, source, progress=progress,
                                                                           cancelled=cancelled),
                           source.name, lambda safety: fmt(self.tr("Restored from %1. The previous contents are in "
                                                                   "%2."), source.name, safety.path.name), self._failed)
        runner.started_text = self.tr("Backing up to %1…")
        job.signals.finished.connect(lambda _safety: self.window.data_changed())
        return job

    def _done_text(self, info: backups.BackupInfo) -> str:
        if info.kind == "before-restore":
            return ""
        return fmt(self.tr("Backed up to %1 (checked)"), info.path)

    def _backed_up(self, info) -> None:
        if isinstance(info, backups.BackupInfo) and info.kind != "before-restore":
            self._show_last_backup()

    def _failed(self, message: str, details: str) -> None:
        report_job_failure(self.window, self.tr("Backup"), message, details)

    def _show_last_backup(self) -> None:
        found = backups.list_backups(self.db.backup_dir) if self.db is not None else []
        if not found:
            self.last_backup.setText(self.tr("No backup yet") if self.db is not None else "")
            return
        newest = found[0]
        taken = newest.taken_at.astimezone()
        when = time_text(taken) if taken.date() == datetime.now().astimezone().date() else date_text(taken.date())
        self.last_backup.setText(fmt(self.tr("Last backup %1"), when))
        self.last_backup.setToolTip(str(newest.path))
