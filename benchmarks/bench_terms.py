"""Throughput and peak memory of files → term table: kurils vs CountVectorizer vs NLTK.

Run by hand: `.venv/bin/python benchmarks/bench_terms.py [--articles N] [--corpus DIR]`.
Each contender runs in a fresh process over the same files; "kurils, prepared corpus" is kurils
again with the corpus prepared beforehand (stored, untimed, in DIR.prepared beside the corpus;
see `kurils.prepared`), as in a second run over the same files. Peak memory is that process's
maximum resident set size. Needs the `bench` dependency group (scikit-learn), which kurils itself
does not depend on: `uv sync --group bench`."""

from __future__ import annotations

import argparse
import multiprocessing
import os
import resource
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from synthetic import write_corpus


def kurils_terms(folder: Path, cache: Path | bool = False) -> int:
    import kurils

    started = time.perf_counter()
    corpus = kurils.load_corpus(folder, metadata=False, cache=cache)
    loaded = time.perf_counter()
    n_terms = len(kurils.term_frequencies(corpus))
    print(
        f"  (kurils: load {loaded - started:.2f} s, term_frequencies "
        f"{time.perf_counter() - loaded:.2f} s)",
        flush=True,
    )
    return n_terms


def kurils_prepared(folder: Path) -> int:
    """The same on a prepared corpus (`kurils.prepared`, stored by `main` beforehand): every
    file is still read and hashed to find the entry; the tables are read, not cleaned again."""
    return kurils_terms(folder, cache=Path(f"{folder}.prepared"))


def count_vectorizer(folder: Path) -> int:
    from sklearn.feature_extraction.text import CountVectorizer

    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    vectorizer = CountVectorizer(stop_words="english")
    matrix = vectorizer.fit_transform(texts)
    totals = matrix.sum(axis=0)
    return int(totals.shape[1])


def nltk_treebank(folder: Path) -> int:
    # word_tokenize needs the punkt data (a download); its per-sentence tokenizer needs none.
    from nltk import FreqDist
    from nltk.tokenize import TreebankWordTokenizer

    tokenizer = TreebankWordTokenizer()
    counts: Counter = FreqDist()
    for path in sorted(folder.glob("*.txt")):
        counts.update(w.lower() for w in tokenizer.tokenize(path.read_text(encoding="utf-8")))
    return len(counts)


CONTENDERS = {
    "kurils": (kurils_terms, ("kurils", "kurils.terms", "kurils.text", "nltk.tokenize.punkt")),
    "kurils, prepared corpus": (
        kurils_prepared,
        ("kurils", "kurils.terms", "kurils.text", "nltk.tokenize.punkt"),
    ),
    "CountVectorizer": (count_vectorizer, ("sklearn.feature_extraction.text",)),
    "NLTK Treebank + FreqDist": (nltk_treebank, ("nltk", "nltk.tokenize")),
}


def _measure(name: str, folder: str, queue) -> None:
    import importlib

    function, modules = CONTENDERS[name]
    started = time.perf_counter()
    for module in modules:
        importlib.import_module(module)
    imported = time.perf_counter()
    n_terms = function(Path(folder))
    seconds = time.perf_counter() - imported
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((name, imported - started, seconds, peak_mb, n_terms))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=5000, help="synthetic articles to write")
    parser.add_argument("--corpus", type=Path, help="existing folder of .txt files instead")
    args = parser.parse_args()
    folder = args.corpus or Path(f"/tmp/kurils-bench-{args.articles}")
    if args.corpus is None and not folder.exists():
        write_corpus(folder, args.articles)
    megabytes = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
    n_files = len(list(folder.glob("*.txt")))
    print(f"corpus: {folder} ({n_files} files, {megabytes:.1f} MB)")
    print(f"{'contender':26} {'import s':>8} {'run s':>7} {'MB/s':>6} {'peak MB':>8} {'terms':>7}")
    os.environ["KURILS_PROGRESS"] = "0"  # no progress bar between the figures
    import kurils  # the prepared corpus, stored here, untimed

    kurils.load_corpus(folder, metadata=False, cache=Path(f"{folder}.prepared"))
    context = multiprocessing.get_context("spawn")
    for name in CONTENDERS:
        queue = context.Queue()
        process = context.Process(target=_measure, args=(name, str(folder), queue))
        process.start()
        process.join()
        if process.exitcode != 0:
            print(f"{name:26} failed (exit code {process.exitcode}; `uv sync --group bench`?)")
            continue
        result = queue.get()
        _, import_s, seconds, peak_mb, n_terms = result
        print(
            f"{name:26} {import_s:8.2f} {seconds:7.2f} {megabytes / seconds:6.1f} "
            f"{peak_mb:8.0f} {n_terms:7d}"
        )


if __name__ == "__main__":
    main()
