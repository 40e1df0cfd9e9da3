"""Progress bars for long loads and analyses: a text bar on standard error for 1,000 documents
or more. Off inside Dask workers and when ``KURILS_PROGRESS=0`` (the runner sets it, so executed
notebooks hold no timings)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TypeVar

__all__ = ["MIN_DOCUMENTS", "progress"]

MIN_DOCUMENTS = 1000
T = TypeVar("T")


def _in_dask_worker() -> bool:
    if "distributed" not in sys.modules:
        return False
    from distributed import get_worker

    try:
        get_worker()
    except ValueError:
        return False
    return True


def progress(items: Iterable[T], total: int, what: str) -> Iterable[T]:
    """`items`, with a progress bar labelled `what` when there are `MIN_DOCUMENTS` or more."""
    if total < MIN_DOCUMENTS or os.environ.get("KURILS_PROGRESS") == "0" or _in_dask_worker():
        return items
    from tqdm import tqdm  # the text bar: no widget library needed in a notebook

    return tqdm(items, total=total, desc=what, unit="doc", leave=False, mininterval=1.0)
