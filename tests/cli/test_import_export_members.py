"""import members / export members as a scheduler or a person runs them."""
from __future__ import annotations

import csv
import hashlib
import sqlite3
import zipfile
from pathlib import Path

import openpyxl
import pytest

from tests.cli.test_cli import run
from tests.helpers import scalar

HEADER = "姓名,昵称,手机号,微信号,邮箱,入群时间,所属分组,标签,备注,鞋码\n"
GOOD = [
    "张伟,晨跑达人,+86 138-0013-8000,zw_run,zw@qq.com,2024/3/5,跑步,马拉松、志愿者,,42\n",
    "王芳,,13900139000,,wf@163.com,2024年3月6日,瑜伽|健身,,,37\n",
    ",Lina,13700137000,,,2024.3.7,跑步,,,\n",
]
BAD = [
    "赵敏,,1.38001E+10,,,2024-03-08,健身,,,\n",       # Excel mangled the phone
    ",,13600136000,,,2024-03-09,,,,\n",               # neither name nor nickname
    "钱进,,,,not-an-email,2024-02-30,,,,\n",          # bad email (and a date that does not exist)
]


def members_file(tmp_path: Path, lines: list[str], encoding: str = "utf-8-sig") -> Path:
    path = tmp_path / "名单.csv"
    path.write_text(HEADER + "".join(lines), encoding=encoding)
    return path


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    path = tmp_path / "c.cdesk"
    assert run("--db", str(path), "demo", "--members", "20").returncode == 0
    return path


def count(path: Path) -> int:
    return scalar(path, "SELECT count(*) FROM members")


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_any_invalid_row_means_nothing_is_written(db_file: Path, tmp_path: Path):
    source = members_file(tmp_path, GOOD + BAD)
    before = digest(db_file)
    done = run("--db", str(db_file), "import", "members", str(source))
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert lines[0].startswith("error: 3 invalid rows") and "nothing was written" in lines[0]
    assert any(l.startswith("row 5: ") and "scientific notation" in l for l in lines)
    assert any(l.startswith("row 6: ") and "no name or nickname" in l for l in lines)
    assert any(l.startswith("row 7: ") and "email" in l for l in lines)
    assert "Traceback" not in done.stderr
    assert count(db_file) == 20
    assert digest(db_file) == before
    assert not (tmp_path / "名单.rejects.csv").exists()


def test_skip_invalid_imports_the_rest_and_writes_rejects(db_file: Path, tmp_path: Path):
    source = members_file(tmp_path, GOOD + BAD)
    done = run("--db", str(db_file), "import", "members", str(source), "--skip-invalid")
    assert done.returncode == 0, done.stderr
    assert "3 new members" in done.stdout and "3 invalid" in done.stdout
    assert count(db_file) == 23
    rejects = tmp_path / "名单.rejects.csv"
    with rejects.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[0][:3] == ["row", "reason", "姓名"]
    assert [r[0] for r in rows[1:]] == ["5", "6", "7"]
    assert "scientific notation" in rows[1][1]
    conn = sqlite3.connect(db_file)
    phone, groups = conn.execute(
        "SELECT phone, (SELECT group_concat(s.name) FROM member_sub_communities l JOIN sub_communities s "
        "ON s.id = l.sub_community_id WHERE l.member_id = m.id) FROM members m WHERE display_name = '张伟' "
        "ORDER BY id DESC").fetchone()
    assert phone == "13800138000" and groups == "跑步"
    custom = conn.execute("SELECT value FROM member_custom_fields WHERE name = '鞋码' ORDER BY value").fetchall()
    assert custom == [("37",), ("42",)]
    conn.close()


def test_dry_run_reports_without_writing(db_file: Path, tmp_path: Path):
    source = members_file(tmp_path, GOOD)
    before = digest(db_file)
    done = run("--db", str(db_file), "import", "members", str(source), "--dry-run")
    assert done.returncode == 0, done.stderr
    assert "3 new members" in done.stdout and "dry run" in done.stdout
    assert digest(db_file) == before


def test_gbk_file_and_reimport_adds_nothing_twice(db_file: Path, tmp_path: Path):
    source = members_file(tmp_path, GOOD, encoding="gb18030")
    done = run("--db", str(db_file), "import", "members", str(source))
    assert done.returncode == 0, done.stderr
    assert "encoding: gb18030" in done.stdout
    assert count(db_file) == 23
    done = run("--db", str(db_file), "import", "members", str(source))
    assert done.returncode == 0 and "0 new members, 3 merged" in done.stdout
    assert count(db_file) == 23


def test_duplicates_merge_without_overwriting(db_file: Path, tmp_path: Path):
    first = members_file(tmp_path, GOOD[:1])
    assert run("--db", str(db_file), "import", "members", str(first)).returncode == 0
    second = tmp_path / "second.csv"
    second.write_text("name,phone,email,tags,notes\n张大伟,13800138000,other@qq.com,新人,爱越野\n", encoding="utf-8")
    done = run("--db", str(db_file), "import", "members", str(second))
    assert done.returncode == 0, done.stderr
    assert "1 merged into existing" in done.stdout
    assert "kept 'zw@qq.com'" in done.stdout and "kept '张伟'" in done.stdout
    conn = sqlite3.connect(db_file)
    row = conn.execute("SELECT display_name, email, notes, version FROM members WHERE phone = '13800138000'").fetchall()
    tags = [r[0] for r in conn.execute("SELECT t.name FROM member_tags l JOIN tags t ON t.id = l.tag_id "
                                       "JOIN members m ON m.id = l.member_id WHERE m.phone = '13800138000' ORDER BY 1")]
    conn.close()
    assert row == [("张伟", "zw@qq.com", "爱越野", 2)]
    assert sorted(tags) == sorted(["马拉松", "志愿者", "新人"])


def test_a_missing_or_unreadable_file_is_one_line(db_file: Path, tmp_path: Path):
    done = run("--db", str(db_file), "import", "members", str(tmp_path / "nope.csv"))
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
    fake = tmp_path / "fake.xlsx"
    fake.write_text("not a zip")
    done = run("--db", str(db_file), "import", "members", str(fake))
    assert done.returncode == 1 and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr


def test_export_keeps_formula_looking_names_as_text(db_file: Path, tmp_path: Path):
    hostile = tmp_path / "hostile.csv"
    hostile.write_text('name,nickname,phone\n"=HYPERLINK(""http://x"",""点我"")",@SUM(1),13500135000\n'
                       "+cmd,-2+3,13500135001\n", encoding="utf-8")
    assert run("--db", str(db_file), "import", "members", str(hostile)).returncode == 0
    xlsx, csv_out = tmp_path / "out.xlsx", tmp_path / "out.csv"
    for target in (xlsx, csv_out):
        done = run("--db", str(db_file), "export", "members", "--out", str(target))
        assert done.returncode == 0, done.stderr
        assert "22 members written" in done.stdout
    sheet = openpyxl.load_workbook(xlsx).active
    header = [c.value for c in sheet[1]]
    assert header[:3] == ["ID", "Name", "Nickname"]
    cells = {c.value: c for row in sheet.iter_rows(min_row=2) for c in row[1:3]}
    for text in ('=HYPERLINK("http://x","点我")', "@SUM(1)", "+cmd", "-2+3"):
        assert cells[text].data_type == "s"
    with zipfile.ZipFile(xlsx) as archive:
        assert "<f>" not in archive.read("xl/worksheets/sheet1.xml").decode()
    with csv_out.open(encoding="utf-8-sig", newline="") as stream:
        names = [r[1] for r in csv.reader(stream)]
    assert "'=HYPERLINK(\"http://x\",\"点我\")" in names and "'+cmd" in names
    assert len(names) == 23


def test_export_needs_a_known_format(db_file: Path, tmp_path: Path):
    done = run("--db", str(db_file), "export", "members", "--out", str(tmp_path / "x.pdf"))
    assert done.returncode == 1 and ".xlsx or .csv" in done.stderr
