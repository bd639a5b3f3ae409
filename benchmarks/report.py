"""One way to print a benchmark row, for each benchmark's own main()."""
from __future__ import annotations


def seconds(value: float | None) -> str:
    if value is None:
        return "–"
    return f"{value * 1000:.1f} ms" if value < 1 else f"{value:.2f} s"


def print_rows(rows: list[dict]) -> None:
    for row in rows:
        ratio = row.get("ratio")
        note = f"; {row['note']}" if row.get("note") else ""
        print(f"{row['figure']}: app {seconds(row.get('app_s'))}, baseline {seconds(row.get('baseline_s'))}"
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
