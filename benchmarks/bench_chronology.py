"""Throughput and accuracy of kurils.time_expressions against dateparser.search_dates.

Run by hand: `.venv/bin/python benchmarks/bench_chronology.py [--articles N]` after
`uv sync --group bench` (dateparser is not a kurils dependency). Accuracy is measured on the
hand-made table of tests/test_chronology.py (values compared at the gold precision)."""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "benchmarks")]

from synthetic import write_corpus  # noqa: E402

from kurils.timexpr import document_expressions  # noqa: E402
from tests.test_chronology import CASES  # noqa: E402


def _kurils(text: str, published: date | None) -> list[str]:
    return [e.value for e in document_expressions(text, published) if e.value]


def _dateparser(text: str, published: date | None) -> list[datetime]:
    from dateparser.search import search_dates

    settings = (
        {"RELATIVE_BASE": datetime.combine(published, datetime.min.time())} if published else {}
    )
    return [found for _, found in (search_dates(text, languages=["en"], settings=settings) or [])]


def _held_out() -> list[tuple[str, date, list[str]]]:
    """Sentences in other outlets' styles, annotated by hand and never used to tune kurils."""
    import csv

    with open(ROOT / "tests" / "fixtures" / "time_annotations.csv", encoding="utf-8") as handle:
        return [
            (row["text"], date.fromisoformat(row["published"]), row["values"].split(";"))
            for row in csv.DictReader(handle)
        ]


def _score(predict, cases) -> tuple[float, float]:
    """Precision and recall of values, each gold value matched at its own precision."""
    n_predicted = n_correct_predicted = n_gold = n_found = 0
    for text, published, gold in cases:
        predicted = predict(text, published)
        as_text = [p if isinstance(p, str) else p.date().isoformat() for p in predicted]
        n_predicted += len(as_text)
        n_gold += len(gold)
        n_correct_predicted += sum(any(_same(p, g) for g in gold) for p in as_text)
        n_found += sum(any(_same(p, g) for p in as_text) for g in gold)
    return n_correct_predicted / max(n_predicted, 1), n_found / max(n_gold, 1)


def _same(predicted: str, gold: str) -> bool:
    """A prediction matches when it agrees with the gold value as far as the gold states it
    (dateparser always gives a full date: "1956" matches any day of 1956)."""
    return predicted[: len(gold)] == gold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=300)
    args = parser.parse_args()
    folder = Path(f"/tmp/kurils-bench-chrono-{args.articles}")
    if not folder.exists():
        write_corpus(folder, args.articles)
    texts = [p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))]
    megabytes = sum(len(t.encode()) for t in texts) / 1e6
    published = date(2020, 7, 3)
    print(
        f"corpus: {len(texts)} synthetic articles, {megabytes:.2f} MB; accuracy: the "
        f"{len(CASES)} cases of the test table and {len(_held_out())} held-out sentences"
    )
    table = [(t, p, [v for _, v, _, _ in expected if v]) for t, p, expected in CASES]
    held_out = _held_out()
    print(
        f"{'tagger':12} {'seconds':>8} {'MB/s':>6}   {'test table P/R/F1':>18}   "
        f"{'held-out P/R/F1':>16}"
    )
    for name, function in (("kurils", _kurils), ("dateparser", _dateparser)):
        started = time.perf_counter()
        for text in texts:
            function(text, published)
        seconds = time.perf_counter() - started
        scores = []
        for cases in (table, held_out):
            precision, recall = _score(function, cases)
            f1 = 2 * precision * recall / max(precision + recall, 1e-9)
            scores.append(f"{precision:.2f}/{recall:.2f}/{f1:.2f}")
        print(
            f"{name:12} {seconds:8.2f} {megabytes / seconds:6.2f}   {scores[0]:>18}   "
            f"{scores[1]:>16}"
        )


if __name__ == "__main__":
    main()
