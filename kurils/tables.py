"""Result tables: built from rows without holding them all as Python objects, and written as
CSV with a stable row order, float format and line endings.

`save_table` is, with `plots.save_figure`, the only writer a notebook calls."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path

import pandas as pd

__all__ = ["frame_from_rows", "save_table"]

CHUNK_ROWS = 100_000


def frame_from_rows(
    rows: Iterable[tuple], columns: list[str], chunk_rows: int = CHUNK_ROWS
) -> pd.DataFrame:
    """``pd.DataFrame(list(rows), columns=columns)``, built `chunk_rows` rows at a time: only
    one chunk of rows exists as Python objects at once (text is then held as Arrow strings),
    which keeps long results of large corpora small in memory. Same values and dtypes."""
    rows = iter(rows)
    chunks = []
    while chunk := list(itertools.islice(rows, chunk_rows)):
        chunks.append(pd.DataFrame(chunk, columns=columns))
    if len(chunks) <= 1:
        return chunks[0] if chunks else pd.DataFrame(columns=columns)
    table = pd.concat(chunks, ignore_index=True)
    # A column missing in a whole chunk came out as objects there: infer it over all rows.
    mixed = [c for c in columns if table[c].dtype == object]
    return table.astype({c: pd.Series(list(table[c])).dtype for c in mixed}) if mixed else table


FLOAT_FORMAT = "%.6g"


def save_table(table: pd.DataFrame, folder: str | Path, name: str) -> Path:
    """Write `table` to ``folder/name.csv`` (UTF-8, ``\\n`` line ends, floats as ``%.6g``, no
    index) so that the same table gives the same bytes; return the path."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.csv"
    table.to_csv(
        path, index=False, float_format=FLOAT_FORMAT, lineterminator="\n", encoding="utf-8"
    )
    return path
