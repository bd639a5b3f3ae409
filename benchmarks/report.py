"""One way to print a benchmark row, for each benchmark's own main()."""
from __future__ import annotations


def seconds(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def amount(value: float | None, unit: str = "s") -> str:
    """A row's figure in its unit: seconds (the default), "MB" or "B"."""
    if value is None:
        return "–"
    if unit == "s":
        return seconds(value)
    return f"{value:,.0f} {unit}" if value >= 10 else f"{value:.1f} {unit}"


def app_and_baseline(row: dict) -> tuple[str, str]:
    """A row's app and baseline figures as text: rows in seconds give app_s/baseline_s, others unit/app/baseline."""
    unit = row.get("unit", "s")
    if unit == "s":
        return seconds(row.get("app_s")), seconds(row.get("baseline_s"))
    return amount(row.get("app"), unit), amount(row.get("baseline"), unit)


def print_rows(rows: list[dict]) -> None:
    for row in rows:
        ratio = row.get("ratio")
        note = f"; {row['note']}" if row.get("note") else ""
        app, baseline = app_and_baseline(row)
        print(f"{row['figure']}: app {app}, baseline {baseline}"
              + (f", ratio {ratio:.2f}×" if ratio is not None else "") + f" (target {row.get('target', '')}{note})")


def sized_main(prog: str, sizes: dict, run, argv: list[str] | None = None) -> int:
    """The command line of a benchmark with --size small|full: run it and print its rows."""
    import argparse

    parser = argparse.ArgumentParser(prog=prog)
    parser.add_argument("--size", choices=tuple(sizes), default="small")
    print_rows(run(parser.parse_args(argv).size))
    return 0


def median_time(fn, repeats: int = 5) -> float:
    """The median wall time of fn() over *repeats* runs (these machines are noisy)."""
    import statistics
    import time

    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return statistics.median(times)
