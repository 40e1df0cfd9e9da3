"""The whole job: wall time of `kurils run` on a synthetic corpus and the peak memory of each
notebook's kernel.

Run by hand: `.venv/bin/python benchmarks/bench_run.py --size 10000` (the corpus is written to
/tmp/kurils-scale-SIZE when missing, as by bench_scale.py; outputs go to a temporary folder).
The resident set size of every process below `kurils run` is sampled every second; a kernel is
named by the notebook folder it runs in."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus

PAGE_MIB = os.sysconf("SC_PAGE_SIZE") / 2**20


def _tree(pid: int) -> set[int]:
    """`pid` and every process below it."""
    parents = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parents[int(entry.name)] = int(
                    (entry / "stat").read_text().rsplit(")", 1)[1].split()[1]
                )
            except (OSError, IndexError, ValueError):
                continue
    tree, frontier = set(), {pid}
    while frontier:
        tree |= frontier
        frontier = {child for child, parent in parents.items() if parent in frontier} - tree
    return tree


def _sample(pid: int, peaks: dict[str, float]) -> None:
    for process in _tree(pid):
        try:
            rss = int(Path(f"/proc/{process}/statm").read_text().split()[1]) * PAGE_MIB
            cmdline = Path(f"/proc/{process}/cmdline").read_bytes()
            cwd = os.readlink(f"/proc/{process}/cwd")
        except OSError:
            continue
        name = Path(cwd).name if b"ipykernel" in cmdline else "kurils run (driver)"
        if b"ipykernel" in cmdline or process == pid:
            peaks[name] = max(peaks.get(name, 0.0), rss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000, help="articles (default: %(default)s)")
    args = parser.parse_args()
    folder = Path(f"/tmp/kurils-scale-{args.size}")
    if not folder.exists():
        write_corpus(folder, args.size)
    kurils = Path(sys.executable).with_name("kurils")
    with tempfile.TemporaryDirectory() as out, open(Path(out) / "log", "w+") as log:
        started = time.perf_counter()
        run = subprocess.Popen(
            [str(kurils), "run", "--corpus", str(folder), "--out", str(Path(out) / "outputs")],
            stdout=log,
            stderr=log,  # a file, not a pipe: progress bars would fill a pipe and stall the run
        )
        peaks: dict[str, float] = {}
        while run.poll() is None:
            _sample(run.pid, peaks)
            time.sleep(1)
        wall = time.perf_counter() - started
        log.seek(0)
        print("\n".join(line for line in log.read().splitlines() if line.startswith("ran:")))
    print(f"\n{args.size:,} articles: kurils run {wall:.0f} s wall, exit {run.returncode}")
    print(f"{'process':24} {'peak MiB':>9}")
    for name, peak in sorted(peaks.items()):
        print(f"{name:24} {peak:9.0f}")


if __name__ == "__main__":
    main()
