"""Writing result tables: CSV with a stable row order, float format and line endings.

`save_table` is, with `plots.save_figure`, the only writer a notebook calls."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["save_table"]

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
