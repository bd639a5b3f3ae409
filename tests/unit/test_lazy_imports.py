"""Start-up imports only what the first screen needs: the slow libraries load when first used (issue 12)."""
import json
import os
import subprocess
import sys

SLOW = ("openpyxl", "matplotlib", "numpy", "sqlite_utils", "PIL")


def test_opening_the_window_module_loads_no_slow_library():
    code = ("import json, sys; import app.cli; from app.views import gui; "
            f"print(json.dumps([m for m in {SLOW!r} if m in sys.modules]))")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_the_libraries_still_load_where_they_are_used(tmp_path):
    from app.models.database import Database

    with Database(tmp_path / "c.cdesk", operator="t", create=True) as db:
        assert "members" in db.table_names()          # sqlite-utils, made on first use
