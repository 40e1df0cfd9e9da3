"""Scale: wall time and peak memory of kurils on synthetic corpora of growing size, in one
process and on a two-worker Dask LocalCluster, beside scikit-learn's CountVectorizer.

Run by hand: `.venv/bin/python benchmarks/bench_scale.py --sizes 1000 10000` (after
`uv sync --group bench`). Each measurement runs in a fresh process; peak memory is the
maximum resident set size of that process (for Dask: the driver and the largest worker)."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus

STEPS = ("load+term_frequencies", "quotes", "time_expressions", "stance_scores")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _single(folder: str, queue) -> None:
    import kurils

    times = {}
    started = time.perf_counter()
    corpus = kurils.load_corpus(folder, metadata=False)
    kurils.term_frequencies(corpus)
    times["load+term_frequencies"] = time.perf_counter() - started
    for step in STEPS[1:]:
        started = time.perf_counter()
        getattr(kurils, step)(corpus)
        times[step] = time.perf_counter() - started
    queue.put((times, _peak_mb()))


def _dask(folder: str, queue) -> None:
    from distributed import Client, LocalCluster

    import kurils

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        times = {}
        started = time.perf_counter()
        corpus = kurils.load_corpus(
            folder, metadata=False, engine="dask", client=client, partition_size=500
        )
        kurils.term_frequencies(corpus)
        times["load+term_frequencies"] = time.perf_counter() - started
        for step in STEPS[1:]:
            started = time.perf_counter()
            getattr(kurils, step)(corpus).to_parquet(
                f"{folder}.{step}.parquet"
            )  # written, not held
            times[step] = time.perf_counter() - started
        workers = client.run(_peak_mb)
    queue.put((times, max([_peak_mb(), *workers.values()])))


def _count_vectorizer(folder: str, queue) -> None:
    from sklearn.feature_extraction.text import CountVectorizer

    started = time.perf_counter()
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(folder).glob("*.txt"))]
    CountVectorizer(stop_words="english").fit_transform(texts).sum(axis=0)
    queue.put(({"load+term_frequencies": time.perf_counter() - started}, _peak_mb()))


ENGINES = {"one process": _single, "dask, 2 workers": _dask, "CountVectorizer": _count_vectorizer}


def _cell(times: dict, step: str, megabytes: float) -> str:
    """Seconds of one step (and MB/s for loading and counting), or blank."""
    if step not in times:
        return f"{'':>22}"
    rate = f"{megabytes / times[step]:>4.1f}" if step == STEPS[0] else "    "
    return f"{times[step]:>16.1f} s{rate}"


def _measure(target, folder: Path):
    os.environ["KURILS_PROGRESS"] = "0"  # no progress bars between the figures
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    process = context.Process(target=target, args=(str(folder), queue))
    process.start()
    process.join()
    if process.exitcode != 0:
        return None
    return queue.get()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument(
        "--engines", nargs="+", choices=list(ENGINES), default=list(ENGINES), help="what to run"
    )
    args = parser.parse_args()
    print(
        f"{'articles':>8} {'MB':>6} {'engine':16} "
        + " ".join(f"{s:>22}" for s in STEPS)
        + f" {'peak MB':>8}",
        flush=True,
    )
    for size in args.sizes:
        folder = Path(f"/tmp/kurils-scale-{size}")
        if not folder.exists():
            write_corpus(folder, size)
        megabytes = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
        measured = {}
        for name, target in ENGINES.items():
            if name not in args.engines:
                continue
            result = _measure(target, folder)
            if result is None:
                print(f"{size:>8} {megabytes:>6.1f} {name:16} failed (see the traceback above)")
                continue
            times, peak = measured[name] = result
            cells = " ".join(_cell(times, step, megabytes) for step in STEPS)
            print(f"{size:>8} {megabytes:>6.1f} {name:16} {cells} {peak:>8.0f}", flush=True)
        _summary(measured)


def _summary(measured: dict) -> None:
    """The two ratios the targets are about, when both sides were measured."""
    single, spread, vectorizer = (measured.get(n, ({}, 0))[0] for n in ENGINES)
    if single and spread:
        ratio = sum(single.values()) / sum(spread.values())
        print(f"{'':>32}two Dask workers vs one process, all four steps: {ratio:.2f}x")
    if single and vectorizer:
        ratio = vectorizer[STEPS[0]] / single[STEPS[0]]
        print(f"{'':>32}files -> term table, one process vs CountVectorizer: {ratio:.2f}x")


if __name__ == "__main__":
    main()
