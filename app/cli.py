"""community-desk: the GUI when given no command, headless jobs otherwise.

Exit codes: 0 success; 1 a user-level problem (one line on stderr, no traceback); 2 wrong usage.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Callable

from app import DB_SUFFIX, __version__

EXIT_OK, EXIT_USER, EXIT_USAGE = 0, 1, 2


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text}")
    return value


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="community-desk",
        description="Community Desk (社群运营工作台): a workstation for community operators. "
                    "Without a command it opens the window.")
    parser.add_argument("--db", metavar="PATH", help="database file (default: the one in your app-data folder)")
    parser.add_argument("--operator", metavar="NAME", help="who is making changes (default: the stored name)")
    parser.add_argument("--journal-mode", choices=("auto", "wal", "delete"), default=None,
                        help="override the journal mode (auto: WAL on a local disk, rollback journal on shares)")
    parser.add_argument("--self-test", action="store_true",
                        help="start the window, open every tab, close; exit 0 when all is well")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = commands.add_parser("demo", help="fill an empty database with a realistic demo community")
    demo.add_argument("--members", type=_positive_int, default=500, help="number of members (default 500)")
    demo.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    demo.add_argument("--no-activity", dest="activity", action="store_false",
                      help="members only: skip the demo activity (messages, check-ins, events, purchases) "
                           "and the lifecycle figures computed from it")
    demo.set_defaults(handler=cmd_demo, creates=True)

    importing = commands.add_parser("import", help="import members (and more) from files")
    what = importing.add_subparsers(dest="what", metavar="WHAT", required=True)
    members = what.add_parser("members", help="import members from a .csv or .xlsx file")
    members.add_argument("file", help="the .csv or .xlsx file (UTF-8, GBK/GB18030 or UTF-16 CSV)")
    members.add_argument("--skip-invalid", action="store_true",
                         help="import the valid rows; write the invalid ones to FILE.rejects.csv")
    members.add_argument("--dry-run", action="store_true", help="report what would happen; write nothing")
    members.add_argument("--encoding", help="the CSV's encoding when detection guesses wrong (e.g. gb18030)")
    members.add_argument("--ignore-unknown-columns", action="store_true",
                         help="drop columns that are not recognised instead of keeping them as custom fields")
    members.set_defaults(handler=cmd_import_members, creates=False)

    events = what.add_parser("events", help="import activity events from a chat export or a CSV")
    events.add_argument("file", help="Telegram result.json, DiscordChatExporter JSON/CSV, WeChat CSV, "
                                     "QQ text export, or a generic CSV (member, time, kind, amount)")
    events.add_argument("--format", default="auto",
                        choices=("auto", "telegram", "discord-json", "discord-csv", "wechat-csv", "qq-txt", "csv"))
    events.add_argument("--date-format", metavar="STRPTIME",
                        help="date format of a DiscordChatExporter CSV, e.g. '%%d-%%b-%%y %%I:%%M %%p'")
    events.add_argument("--tz", metavar="ZONE", help="time zone of exports without one (default: this computer's)")
    events.set_defaults(handler=cmd_import_events, creates=False)

    words = what.add_parser("words", help="add or update sensitive words from a .csv or .xlsx file")
    words.add_argument("file", help="columns word, level (red/yellow/blue, 红/黄/蓝, or allow), category")
    words.set_defaults(handler=cmd_import_words, creates=False)

    scan = commands.add_parser("scan", help="scan message events not yet scanned for sensitive words; open cases")
    scan.add_argument("--all", dest="rescan_all", action="store_true",
                      help="rescan every message (after the word lists changed); no message gets two cases")
    scan.add_argument("--json", action="store_true",
                      help='print {"scanned": N, "cases": {"red": r, "yellow": y, "blue": b}} for this run')
    scan.set_defaults(handler=cmd_scan, creates=False)

    exporting = commands.add_parser("export", help="export members (and more) to files")
    what = exporting.add_subparsers(dest="what", metavar="WHAT", required=True)
    members = what.add_parser("members", help="one row per member, with a header row")
    members.add_argument("--out", required=True, metavar="FILE", help="a .xlsx or .csv file")
    members.set_defaults(handler=cmd_export_members, creates=False)
    content = what.add_parser("content", help="the content calendar as .ics (calendar apps) or .xlsx")
    content.add_argument("--out", required=True, metavar="FILE", help="a .ics or .xlsx file")
    _range_options(content, "item")
    content.set_defaults(handler=cmd_export_content, creates=False)
    activities = what.add_parser("activities", help="one row per activity with its figures, as .xlsx")
    activities.add_argument("--out", required=True, metavar="FILE", help="a .xlsx file")
    _range_options(activities, "activity")
    activities.set_defaults(handler=cmd_export_activities, creates=False)

    stats = commands.add_parser("stats", help="community figures for a date range")
    stats.add_argument("--from", dest="start", metavar="DATE", help="first day (default: the first event)")
    stats.add_argument("--to", dest="end", metavar="DATE", help="last day (default: today)")
    stats.add_argument("--tz", metavar="ZONE",
                       help="time zone of the days (default: the community's, set in the dashboard, else this computer's)")
    stats.add_argument("--json", action="store_true", help="print the figures as JSON")
    stats.set_defaults(handler=cmd_stats, creates=False)

    report = commands.add_parser("report", help="the operations report: an .xlsx workbook for managers")
    report.add_argument("--from", dest="start", metavar="DATE", help="first day (default: 6 days before --to)")
    report.add_argument("--to", dest="end", metavar="DATE", help="last day (default: yesterday, the last full day)")
    report.add_argument("--out", required=True, metavar="FILE", help="the .xlsx file to write")
    report.add_argument("--sub-community", dest="sub_community", metavar="NAME",
                        help="only this sub-community's members (its name or id)")
    report.add_argument("--no-mask", dest="mask", action="store_false",
                        help="write phone numbers, WeChat IDs and emails in full (recorded in the change log)")
    report.add_argument("--lang", choices=("en", "zh_CN"),
                        help="the report's language (default: the app's language, else the system's)")
    report.add_argument("--tz", metavar="ZONE",
                        help="time zone of the days (default: the community's, set in the dashboard, else this computer's)")
    report.set_defaults(handler=cmd_report, creates=False)

    recompute = commands.add_parser("recompute", help="points from events, RFM segments, tiers and churn warnings")
    recompute.add_argument("--as-of", dest="as_of", metavar="DATE", help="the day to compute for (default: today, UTC)")
    recompute.set_defaults(handler=cmd_recompute, creates=False)

    backup = commands.add_parser("backup", help="back up the file with SQLite's backup API (safe while others write)")
    backup.add_argument("--out", metavar="FILE", help="the backup file (default: a new file in the local backups "
                                                      "folder, rotated)")
    backup.add_argument("--list", action="store_true", help="list the backups in the local backups folder instead")
    backup.set_defaults(handler=cmd_backup, creates=False)

    restore = commands.add_parser("restore", help="replace the file's contents with a backup (a backup of the "
                                                  "current contents is taken first)")
    restore.add_argument("backup_file", metavar="FILE", help="the backup to restore")
    restore.set_defaults(handler=cmd_restore, creates=False)

    check = commands.add_parser("check", help="integrity check, schema version, journal mode, row counts")
    check.add_argument("--json", action="store_true", help="print the report as JSON")
    check.set_defaults(handler=cmd_check, creates=False)
    return parser


def _database_path(args: argparse.Namespace) -> Path:
    if args.db:
        return Path(args.db).expanduser()
    from app.paths import default_database_path

    path = default_database_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def open_database(args: argparse.Namespace, *, create: bool):
    from app.models.database import Database
    from app.paths import backups_dir, resolve_operator
    from app.services.backups import folder_for

    from app.paths import stored_journal_mode

    journal = args.journal_mode or stored_journal_mode()
    path = _database_path(args)
    return Database(path, operator=resolve_operator(args.operator), create=create, journal_mode=journal,
                    backup_dir=folder_for(path, backups_dir()))


def cmd_demo(args: argparse.Namespace) -> int:
    from app.services.demo import COMMUNITY_NAME
    from app.services.demo_community import build_demo_community

    with open_database(args, create=True) as db:
        built = build_demo_community(db, members=args.members, seed=args.seed, with_activity=args.activity)
        line = f"{db.path}: demo community {COMMUNITY_NAME} with {built.members} members"
        line += f", {built.content_items} content items"
        if args.activity:
            line += f", {built.events:,} activity events, {built.activities} activities, {built.cases} moderation cases"
        print(line)
    return EXIT_OK


def cmd_import_members(args: argparse.Namespace) -> int:
    from app.services.member_import import ImportOptions, describe, import_members

    options = ImportOptions(encoding=args.encoding, skip_invalid=args.skip_invalid, dry_run=args.dry_run,
                            keep_unknown=not args.ignore_unknown_columns)
    with open_database(args, create=False) as db:
        report = import_members(db, args.file, options)
    if report.rejected and not args.skip_invalid:
        print(f"error: {len(report.rejected)} invalid rows in {args.file}; nothing was written "
              f"(fix them, or use --skip-invalid)", file=sys.stderr)
        for line in describe(report):
            print(line, file=sys.stderr)
        return EXIT_USER
    print(report.summary())
    if report.encoding:
        print(f"encoding: {report.encoding}")
    for line in describe(report):
        print(line)
    if report.rejects_file:
        print(f"invalid rows written to {report.rejects_file}")
    return EXIT_OK


def cmd_import_events(args: argparse.Namespace) -> int:
    from app.services.metrics import zone
    from app.services.moderation_scan import import_and_scan, scan_summary

    zone(args.tz)  # refuse an unknown zone before reading anything
    with open_database(args, create=False) as db:
        report = import_and_scan(db, args.file, args.format, date_format=args.date_format, tz=args.tz)
    print(report.summary())
    if report.scan is not None and not report.scan.no_words:
        print(scan_summary(report.scan))
    return EXIT_OK


def cmd_import_words(args: argparse.Namespace) -> int:
    from app.services.moderation_words import import_words

    with open_database(args, create=False) as db:
        result = import_words(db, args.file)
    print(result.summary())
    return EXIT_OK


def cmd_scan(args: argparse.Namespace) -> int:
    from app.services.moderation_scan import scan_messages, scan_summary

    with open_database(args, create=False) as db:
        report = scan_messages(db, rescan_all=args.rescan_all)
    if args.json:
        print(json.dumps(report.as_json()))
    else:
        print(scan_summary(report))
    return EXIT_OK


def _day(text: str | None, option: str):
    if text is None:
        return None
    from app.services.fields import FieldError, parse_date

    try:
        return parse_date(text)
    except FieldError as exc:
        raise UsageError(f"{option}: {exc}") from None


class UsageError(Exception):
    """A malformed option value: argparse's exit 2 with the message."""


def cmd_stats(args: argparse.Namespace) -> int:
    from app.services.metrics import basic_stats, community_zone

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    with open_database(args, create=False) as db:
        figures = basic_stats(db, start, end, community_zone(db, args.tz))
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
    else:
        width = max(map(len, figures))
        for key, value in figures.items():
            print(f"{key:<{width}}  {'–' if value is None else value}")
    return EXIT_OK


def cmd_export_members(args: argparse.Namespace) -> int:
    from app.services.member_export import export_members

    with open_database(args, create=False) as db:
        count = export_members(db, args.out)
    print(f"{count} members written to {args.out}")
    return EXIT_OK


def _range_options(parser: argparse.ArgumentParser, noun: str) -> None:
    """--from / --to (local days) and --tz of a ranged export."""
    parser.add_argument("--from", dest="start", metavar="DATE", help=f"first day (default: the first {noun})")
    parser.add_argument("--to", dest="end", metavar="DATE", help=f"last day (default: the last {noun})")
    parser.add_argument("--tz", metavar="ZONE", help="the community's time zone (default: this computer's)")


def _export_range(args: argparse.Namespace, check_request, export, noun: str) -> int:
    """export content / export activities: check the request, then write the local days --from..--to."""
    from app.services.metrics import zone

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    tz = zone(args.tz)
    check_request(args.out, start, end)  # before opening the file
    with open_database(args, create=False) as db:
        count = export(db, args.out, start, end, tz=tz)
    print(f"{count} {noun} written to {args.out}")
    return EXIT_OK


def cmd_export_content(args: argparse.Namespace) -> int:
    from app.services.content_export import check_request, export_content
    return _export_range(args, check_request, export_content, "content items")


def cmd_export_activities(args: argparse.Namespace) -> int:
    from app.services.activity_export import check_request, export_activities
    return _export_range(args, check_request, export_activities, "activities")


def cmd_report(args: argparse.Namespace) -> int:
    from datetime import datetime, timedelta

    from app.services.metrics import community_zone
    from app.services.report import ReportRequest, check_request, report_language, write_report

    start, end = _day(args.start, "--from"), _day(args.end, "--to")
    language = args.lang or report_language(_app_language())
    with open_database(args, create=False) as db:
        tz = community_zone(db, args.tz)
        end = end or datetime.now(tz).date() - timedelta(days=1)
        start = start or end - timedelta(days=6)
        request = ReportRequest(start, end, _sub_community_id(db, args.sub_community), args.mask, language, args.tz)
        check_request(db, args.out, request)
        written = write_report(db, args.out, request)
    rows = ", ".join(f"{sheet.title} {sheet.rows:,}" for sheet in written.sheets)
    print(f"report {start.isoformat()}..{end.isoformat()} written to {args.out} ({rows})")
    if not args.mask:
        print("contact details written in full; recorded in the change log")
    return EXIT_OK


def _app_language() -> str:
    """The app's language setting (Settings ▸ language), else the system locale's name."""
    import locale
    import os

    from app import paths

    try:
        stored = str(paths.settings().value(paths.LANGUAGE_KEY, "") or "")
    except Exception:          # no Qt settings backend: fall back to the environment
        stored = ""
    return stored or os.environ.get("LC_ALL") or os.environ.get("LC_MESSAGES") or os.environ.get("LANG") \
        or (locale.getlocale()[0] or "")


def _sub_community_id(db, name: str | None) -> int | None:
    """A sub-community by name (or id); UserError naming the choices when there is none."""
    if name is None:
        return None
    from app.models.errors import UserError
    from app.models.members import sub_community_names

    groups = sub_community_names(db)
    for group_id, group_name in groups:
        if group_name == name or str(group_id) == name.strip():
            return group_id
    known = "、".join(n for _i, n in groups) or "none"
    raise UserError("there is no sub-community %1 (known: %2)", repr(name), known)


def cmd_recompute(args: argparse.Namespace) -> int:
    from app.services.lifecycle import recompute

    as_of = _day(args.as_of, "--as-of")
    with open_database(args, create=False) as db:
        report = recompute(db, as_of)
    print(f"recomputed as of {report.as_of}")
    for line in report.lines():
        print(line)
    return EXIT_OK


def cmd_backup(args: argparse.Namespace) -> int:
    from app.services import backups

    with open_database(args, create=False) as db:
        if args.list:
            found = backups.list_backups(db.backup_dir)
            print(f"Backups of {db.path} in {db.backup_dir}: {len(found)}")
            for info in found:
                local = info.taken_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
                print(f"  {local}  {info.kind:<16} {info.size / 1e6:>8.1f} MB  {info.path}")
            return EXIT_OK
        info = backups.backup_now(db, target=Path(args.out) if args.out else None)
    print(f"backed up {db.path} to {info.path} ({info.size / 1e6:.1f} MB, checked ok)")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from app.services import backups

    with open_database(args, create=False) as db:
        safety = backups.restore(db, Path(args.backup_file))
    print(f"restored {db.path} from {args.backup_file}; its previous contents are in {safety.path}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    with open_database(args, create=False) as db:
        report = db.check()
    if args.json:
        print(json.dumps({
            "path": report.path, "healthy": report.healthy, "integrity": report.integrity,
            "schema_version": report.schema_version, "app_schema_version": report.app_schema_version,
            "journal_mode": report.journal_mode, "location": report.location, "rows": report.row_counts,
        }, ensure_ascii=False, indent=2))
    else:
        print(f"Database:       {report.path}")
        print(f"Integrity:      {report.integrity}")
        print(f"Schema version: {report.schema_version} (this app: {report.app_schema_version})")
        print(f"Journal mode:   {report.journal_mode} ({report.location} disk)")
        print("Rows:")
        for table, count in report.row_counts.items():
            print(f"  {table:<24} {count:>10,}")
    if not report.healthy:
        print(f"error: {report.path} is not healthy: integrity {report.integrity!r}", file=sys.stderr)
        return EXIT_USER
    return EXIT_OK


def _opened_file_as_db(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """`community-desk FILE.cdesk` (how file managers and the installers' associations open a file) means
    `--db FILE.cdesk`: a last argument naming a community file, with no command given."""
    commands = {name for action in parser._subparsers._group_actions for name in action.choices} \
        if parser._subparsers else set()
    if argv and argv[-1].lower().endswith(DB_SUFFIX) and not commands.intersection(argv) \
            and (len(argv) == 1 or argv[-2] != "--db"):
        return [*argv[:-1], "--db", argv[-1]]
    return argv


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(_opened_file_as_db(parser, list(sys.argv[1:] if argv is None else argv)))
    if args.command is None:
        from app.views.gui import run_gui  # Qt widgets only when a window is wanted

        return run_gui(args)
    if args.self_test:
        parser.error("--self-test takes no command")
    from app.models.errors import UserError

    handler: Callable[[argparse.Namespace], int] = args.handler
    try:
        return handler(args)
    except UserError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USER
    except UsageError as exc:
        parser.error(str(exc))
    except KeyboardInterrupt:
        print("interrupted; nothing was written", file=sys.stderr)
        return EXIT_USER


if __name__ == "__main__":
    sys.exit(main())
