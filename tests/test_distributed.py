"""The Dask engine on a real LocalCluster of two worker processes: the same tables as the
single-process engine, partition boundaries, duplicates, rejects and undated documents
included."""

from __future__ import annotations

import warnings

import pandas as pd
import pytest

import kurils
from kurils.distributed import is_dask
from tests.conftest import FIXTURES, SEEDS

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client():
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as connected,
    ):
        yield connected


def _both(path, client, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", kurils.CorpusWarning)
        single = kurils.load_corpus(path, **kwargs)
        spread = kurils.load_corpus(path, engine="dask", client=client, partition_size=3, **kwargs)
    return single, spread


def _same(left: pd.DataFrame, right, *, check_dtype: bool = True) -> None:
    right = right.compute() if is_dask(right) else right
    left, right = left.reset_index(drop=True), right.reset_index(drop=True)
    if not check_dtype:  # missing is missing, whether None or NaN
        left, right = (f.astype(object).where(f.notna(), None) for f in (left, right))
    pd.testing.assert_frame_equal(left, right, check_dtype=check_dtype)


@pytest.mark.parametrize("path", [FIXTURES / "mixed", SEEDS], ids=["mixed", "seeds"])
def test_loading_gives_the_same_corpus(client, path):
    single, spread = _both(path, client)
    assert is_dask(spread.docs) and spread.docs.npartitions > 1
    for name in ("docs", "rejected", "cleaning", "notes"):
        _same(getattr(single, name), getattr(spread, name))
    if path.name == "mixed":  # a duplicate across partitions, a reject, an undated document
        docs = spread.docs.compute().set_index("doc_id")
        assert docs.loc["reuters_copy", "duplicate_of"] == "reuters"
        assert list(spread.rejected["path"].str.rsplit("/", n=1).str[-1]) == ["empty.txt"]
        assert "no publication date in the text or the metadata" in set(spread.notes["note"])


def test_aggregates_are_identical(client):
    single, spread = _both(SEEDS, client)
    _same(kurils.term_frequencies(single), kurils.term_frequencies(spread))
    _same(
        kurils.term_frequencies(single, by="outlet"), kurils.term_frequencies(spread, by="outlet")
    )
    late = ["003_eea530126d1362db"]
    _same(kurils.keyness(single, late), kurils.keyness(spread, late))
    after = spread.docs["published"] >= "2022-02-24"
    _same(
        kurils.keyness(single, single.docs["published"] >= "2022-02-24"),
        kurils.keyness(spread, after),
    )
    _same(kurils.collocations(single), kurils.collocations(spread))
    _same(kurils.stance_shift(single, "2022-02-24"), kurils.stance_shift(spread, "2022-02-24"))
    _same(kurils.timeline(single), kurils.timeline(spread))
    _same(kurils.place_naming(single), kurils.place_naming(spread))
    names = ["japan", "Northern Territories", "peace treaty"]
    pd.testing.assert_frame_equal(
        kurils.document_term_matrix(single, names), kurils.document_term_matrix(spread, names)
    )


def test_row_level_results_are_dask_frames_with_the_same_rows(client):
    single, spread = _both(FIXTURES / "mixed", client)
    for function in (
        kurils.quotes,
        kurils.stance_scores,
        kurils.time_expressions,
        kurils.tokens,
        kurils.sentences,
        kurils.distinctive_terms,
    ):
        result = function(spread)
        assert is_dask(result), function.__name__
        # Equal values; a column's dtype is inferred per partition (all-missing → object).
        _same(function(single), result, check_dtype=False)
    _same(
        kurils.kwic(single, "peace treaty"), kurils.kwic(spread, "peace treaty"), check_dtype=False
    )


def test_a_glob_of_text_files(client):
    corpus = kurils.load_corpus(
        str(FIXTURES / "articles" / "*_page.txt"), engine="dask", client=client
    )
    assert sorted(corpus.docs["doc_id"].compute()) == [
        "kremlin_page",
        "mainichi_page",
        "moscowtimes_page",
        "nhk_page",
        "rt_page",
    ]


def test_row_level_results_write_to_parquet(client, tmp_path):
    _, spread = _both(FIXTURES / "mixed", client)
    kurils.stance_scores(spread).to_parquet(tmp_path / "scores")
    kurils.quotes(spread).to_parquet(tmp_path / "quotes")
    scores = pd.read_parquet(tmp_path / "scores")
    assert len(scores) == len(kurils.stance_scores(spread).compute()) > 0
    assert str(scores["cooperation"].dtype) == "float64"
