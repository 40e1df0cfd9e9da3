"""The Dask engine: kurils' per-document steps run partition by partition on a Dask cluster.

Loading and every analysis call the same pandas functions on each partition; aggregates are
combined exactly (counts add up), so their tables equal the single-process ones."""

from __future__ import annotations

import glob
import operator
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pandas as pd

from kurils.corpus import (
    CLEANING_COLUMNS,
    DOC_COLUMNS,
    NOTE_COLUMNS,
    Corpus,
    CorpusWarning,
    Loader,
    _no_documents,
    _typed,
    assemble,
    duplicate_notes,
    find_duplicates,
    load_units,
    sort_notes,
)
from kurils.sources import (
    ARTICLE_SUFFIXES,
    CorpusError,
    collect_units,
    read_metadata,
    unmatched_metadata,
)

__all__ = [
    "get_client",
    "is_dask",
    "load_corpus_dask",
    "map_documents",
    "reduce_documents",
    "to_pandas",
]


def is_dask(frame: object) -> bool:
    """True for a Dask DataFrame or Series."""
    return type(frame).__module__.startswith("dask")


def to_pandas(frame: Any) -> Any:
    """A pandas result as it is; a Dask one computed (partitions in order)."""
    return frame.compute() if is_dask(frame) else frame


def local_cluster():
    """A Dask cluster on this machine: two single-threaded worker processes (the analyses are
    pure Python, so processes, not threads, run them in parallel)."""
    from distributed import LocalCluster

    return LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)


def get_client(client: Any = None):
    """A ``distributed.Client``: the one given, one connected to a scheduler address such as
    ``tcp://host:8786``, a new `local_cluster` for ``"local"``; for None the current client,
    else a new local cluster."""
    from distributed import Client, default_client

    if client == "local":
        return Client(local_cluster())
    if isinstance(client, str):
        return Client(client)
    if client is not None:
        return client
    try:
        return default_client()
    except ValueError:
        return Client(local_cluster())


def _load_chunk(units: list[tuple], max_bytes: int, table: pd.DataFrame | None) -> tuple:
    """Load one partition's documents: docs, rejected, cleaning, notes and duplicate keys."""
    loader = Loader(max_bytes=max_bytes)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CorpusWarning)  # the driver warns for every rejection
        load_units(units, loader)
    docs = assemble(loader, table)
    keys = pd.DataFrame(
        {
            "doc_id": docs["doc_id"],
            "path": docs["path"],
            "key": [loader.keys[doc_id] for doc_id in docs["doc_id"]],
        }
    )
    return (
        docs,
        pd.DataFrame(loader.rejected, columns=["path", "reason"]),
        loader.cleaning_frame(),
        pd.DataFrame(loader.notes, columns=NOTE_COLUMNS),
        keys,
    )


def _mark_duplicates(docs: pd.DataFrame, duplicates: dict[str, str]) -> pd.DataFrame:
    return docs.assign(duplicate_of=docs["doc_id"].map(duplicates).astype("string"))


def _glob_units(pattern: str) -> list[tuple]:
    files = sorted(
        Path(p) for p in glob.glob(pattern, recursive=True) if p.endswith(ARTICLE_SUFFIXES)
    )
    return [("file", file.stem, str(file)) for file in files]


def load_corpus_dask(
    path: str | Path,
    metadata: object = None,
    *,
    max_bytes: int,
    client: Any = None,
    partition_size: int = 1000,
) -> Corpus:
    """`kurils.load_corpus` with ``engine="dask"``: docs and cleaning as Dask DataFrames (one
    partition per `partition_size` documents, kept in the cluster's memory), rejected and
    notes as pandas tables. Duplicates are found across the whole corpus."""
    client = get_client(client)
    driver = Loader(max_bytes=max_bytes)
    if any(char in str(path) for char in "*?["):
        units = _glob_units(str(path))
        if not units:
            raise CorpusError(f"{path}: no .txt or .html file matches")
    else:
        units, metadata = collect_units(Path(path), metadata, driver)
    table = read_metadata(metadata)
    chunks = [units[i : i + partition_size] for i in range(0, len(units), partition_size)] or [[]]
    parts = [client.submit(_load_chunk, chunk, max_bytes, table, pure=False) for chunk in chunks]
    small = client.gather([client.submit(operator.itemgetter(1, 3, 4), p) for p in parts])
    records = driver.rejected + [row for r, _, _ in small for row in r.to_dict("records")]
    rejected = pd.DataFrame(records, columns=["path", "reason"])
    for where, reason in zip(rejected["path"], rejected["reason"], strict=True):
        if where not in {r["path"] for r in driver.rejected}:
            warnings.warn(f"{where}: {reason}", CorpusWarning, stacklevel=3)
    keys = pd.concat([k for _, _, k in small], ignore_index=True)
    if keys.empty:
        raise _no_documents(path, rejected.to_dict("records"))
    duplicates = find_duplicates(keys)
    notes = driver.notes + [row for _, n, _ in small for row in n.to_dict("records")]
    notes += duplicate_notes(keys, duplicates)
    if table is not None:
        notes += unmatched_metadata(table, set(keys["doc_id"]))
    meta = _typed(pd.DataFrame(columns=DOC_COLUMNS))
    with _pandas_dtypes():
        return _frames(client, parts, meta, rejected, notes, duplicates, path)


def _pandas_dtypes():
    """Keep pandas' own dtypes in Dask frames (no conversion to pyarrow strings), so results
    compare equal to the single-process ones."""
    import dask

    return dask.config.set({"dataframe.convert-string": False})


def _frames(client, parts, meta, rejected, notes, duplicates, path) -> Corpus:
    import dask.dataframe as dd

    docs = dd.from_delayed(
        [client.submit(operator.itemgetter(0), p) for p in parts], meta=meta, verify_meta=False
    )
    docs = docs.map_partitions(_mark_duplicates, duplicates, meta=meta)
    cleaning = dd.from_delayed(
        [client.submit(operator.itemgetter(2), p) for p in parts],
        meta=pd.DataFrame(columns=CLEANING_COLUMNS),
        verify_meta=False,
    )
    notes_table = sort_notes(pd.DataFrame(notes, columns=NOTE_COLUMNS))
    return Corpus(
        docs=docs, rejected=rejected, cleaning=cleaning, notes=notes_table, source=str(path)
    )


# The contract's column names fix their types (every other column is text).
_COLUMN_TYPES = {
    **dict.fromkeys(["start", "end", "sent_id", "line_no", "count", "n_words"], "int64"),
    **dict.fromkeys(["speech", "is_stop"], "bool"),
    **dict.fromkeys(["cooperation", "tone", "position", "share", "tfidf"], "float64"),
    "published": "datetime64[ns]",
}


def _apply(part: pd.DataFrame, function: Callable, dtypes: dict, kwargs: dict) -> pd.DataFrame:
    return function(part, **kwargs).astype(dtypes)


def map_documents(docs, function: Callable, **kwargs: Any):
    """A row-level analysis on a Dask docs frame: `function` (the pandas version) applied to
    each partition; a Dask DataFrame with the same columns, typed alike in every partition
    (text columns as pandas' "string"), ready to compute or to write with ``to_parquet``."""
    columns = function(docs._meta, **kwargs).columns
    dtypes = {column: _COLUMN_TYPES.get(column, "string") for column in columns}
    meta = pd.DataFrame(columns=columns).astype(dtypes)
    with _pandas_dtypes():
        return docs.map_partitions(_apply, function, dtypes, kwargs, meta=meta)


def reduce_documents(docs, function: Callable, **kwargs: Any) -> list:
    """The results of `function` on each partition of a Dask docs frame, computed."""
    import dask

    return list(
        dask.compute(*[dask.delayed(function)(part, **kwargs) for part in docs.to_delayed()])
    )
