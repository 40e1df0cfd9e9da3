"""Corpus overview tables: the document list, the cleaning report, what needs attention.

Pure functions from a `Corpus` to small DataFrames, for notebook 00 and for users."""

from __future__ import annotations

import pandas as pd

from kurils import outlets
from kurils.corpus import Corpus
from kurils.distributed import to_pandas

__all__ = ["cleaning_summary", "document_table", "outlet_sides"]


def document_table(corpus: Corpus) -> pd.DataFrame:
    """One row per document, for reading: doc_id, outlet, published, published_source,
    dateline, n_words, duplicate_of, n_removed_lines, headline. A pandas table for a Dask
    corpus too (it holds no text)."""
    docs = to_pandas(corpus.docs.drop(columns="text"))
    removed = to_pandas(corpus.cleaning.groupby("doc_id").size()).rename("n_removed_lines")
    table = docs.join(removed, on="doc_id")
    table["n_removed_lines"] = table["n_removed_lines"].fillna(0).astype("int64")
    columns = [
        "doc_id",
        "outlet",
        "published",
        "published_source",
        "dateline",
        "n_words",
        "duplicate_of",
        "n_removed_lines",
        "headline",
    ]
    return table[columns].reset_index(drop=True)


def cleaning_summary(corpus: Corpus) -> pd.DataFrame:
    """Removed lines counted by document and rule: doc_id, then one column per rule (sorted),
    then total. Documents from which nothing was removed have a row of zeros."""
    cleaning = to_pandas(corpus.cleaning[["doc_id", "rule"]])
    counts = pd.crosstab(cleaning["doc_id"], cleaning["rule"])
    counts = counts.reindex(to_pandas(corpus.docs["doc_id"]), fill_value=0)
    counts = counts[sorted(counts.columns)]
    counts["total"] = counts.sum(axis=1)
    counts.columns.name = None
    return counts.reset_index().rename(columns={"index": "doc_id"})


def outlet_sides(corpus: Corpus) -> pd.Series:
    """The side of each document's outlet (japan / russia / other), indexed by doc_id."""
    docs = to_pandas(corpus.docs[["doc_id", "outlet"]])
    sides = [outlets.outlet_side(outlet) for outlet in docs["outlet"].astype(object)]
    return pd.Series(sides, index=docs["doc_id"], name="side")
