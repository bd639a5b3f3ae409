"""make bench: run every benchmark module and print one table (and write it as JSON).

Each module benchmarks/bench_*.py offers run(size: str) -> list[dict] with keys
figure, app_s, baseline_s, ratio, target (and optionally ok, note); a figure in another unit than seconds gives
unit ("MB", "B") with app and baseline instead of app_s and baseline_s. The full size uses one community of
1,000,000 members and 10,000,000 events (benchmarks/dashboard_data.py), generated once and cached under /tmp.
"""
from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import sys
import time
from pathlib import Path

from benchmarks.report import app_and_baseline

HERE = Path(__file__).resolve().parent


def discover(only: list[str]) -> list[str]:
    names = sorted(m.name for m in pkgutil.iter_modules([str(HERE)]) if m.name.startswith("bench_"))
    return [n for n in names if not only or any(o in n for o in only)]




def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make bench")
    parser.add_argument("--size", choices=("small", "full"), default="small",
                        help="small: a quick run; full: 1,000,000 members and 10,000,000 events")
    parser.add_argument("--only", nargs="*", default=[], help="run only benchmarks whose name contains one of these")
    parser.add_argument("--json", default=str(HERE / "results" / "latest.json"), help="where to write the table")
    args = parser.parse_args(argv)
    rows = []
    spent: dict[str, float] = {}
    run_started = time.perf_counter()
    for name in discover(args.only):
        module = importlib.import_module(f"benchmarks.{name}")
        if not hasattr(module, "run"):
            continue
        started = time.perf_counter()
        print(f"… {name} ({args.size})", file=sys.stderr, flush=True)
        for row in module.run(args.size):
            rows.append({"benchmark": name, **row})
        spent[name] = time.perf_counter() - started
        print(f"  done in {spent[name]:.1f} s", file=sys.stderr, flush=True)
    header = f"{'figure':<52} {'app':>11} {'baseline':>11} {'ratio':>8}  target"
    print(header)
    print("-" * len(header))
    for row in rows:
        ratio = row.get("ratio")
        app, baseline = app_and_baseline(row)
        verdict = {True: "✓", False: "✗"}.get(row.get("ok"), " ")
        print(f"{row['figure']:<52} {app:>11} {baseline:>11} {(f'{ratio:.2f}×' if ratio is not None else '–'):>8}"
              f"  {verdict} {row.get('target', '')}")
    total = time.perf_counter() - run_started
    misses = [row for row in rows if row.get("ok") is False]
    print(f"\n{len(rows)} figures, {len(misses)} short of target; {total / 60:.1f} min in all ("
          + ", ".join(f"{name.removeprefix('bench_')} {seconds:.0f} s" for name, seconds in spent.items()) + ")")
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"size": args.size, "seconds": total, "benchmark_seconds": spent, "rows": rows}, ensure_ascii=False, indent=2),
                   encoding="utf-8")
    print(f"\nwritten to {out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
