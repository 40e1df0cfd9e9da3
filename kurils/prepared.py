"""Prepared corpora: a loaded corpus kept as Parquet, so that loading the same files again (the
runner's four notebooks, a notebook re-run) reads tables instead of cleaning every article.

An entry is keyed by everything a load depends on: the path as given, every file's bytes (below a
folder, with its relative path), `max_bytes`, a metadata file's bytes, and the kurils source code
itself; a change to any of them is a new entry. The newest `KEEP` entries are kept."""

from __future__ import annotations

import hashlib
import os
import shutil
import warnings
from pathlib import Path

import pandas as pd

import kurils

__all__ = ["CACHE_ENV", "cache_key", "read_prepared", "write_prepared"]

CACHE_ENV = "KURILS_CACHE"
KEEP = 4
TABLES = ("docs", "rejected", "cleaning", "notes")


def _update_with_file(digest: hashlib._Hash, path: Path) -> None:
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)


def cache_key(source: Path, metadata: object, max_bytes: int) -> str | None:
    """The entry key of loading `source` with these arguments, or None when the load cannot be
    keyed (metadata given as a DataFrame)."""
    if isinstance(metadata, pd.DataFrame):
        return None
    digest = hashlib.sha256()
    code = Path(kurils.__file__).parent
    for part in sorted(code.glob("*.py")) + sorted(code.glob("*.yaml")):
        digest.update(part.name.encode() + b"\0")
        _update_with_file(digest, part)
    digest.update(f"{source.resolve()}\0{max_bytes}\0{metadata!r}\0".encode())
    if isinstance(metadata, (str, Path)) and Path(metadata).is_file():
        _update_with_file(digest, Path(metadata))
    files = sorted(p for p in source.rglob("*") if p.is_file()) if source.is_dir() else [source]
    for file in files:
        digest.update(f"\0{file.relative_to(source) if source.is_dir() else file.name}\0".encode())
        _update_with_file(digest, file)
    return digest.hexdigest()


def read_prepared(folder: str | Path, key: str) -> dict[str, pd.DataFrame] | None:
    """The tables of entry `key`, or None when there is none. Rejected inputs are warned about
    again, as loading them did."""
    from kurils.corpus import CorpusWarning

    entry = Path(folder) / key
    if not (entry / "complete").exists():
        return None
    tables = {name: pd.read_parquet(entry / f"{name}.parquet") for name in TABLES}
    os.utime(entry)  # most recently used
    for path, reason in zip(tables["rejected"]["path"], tables["rejected"]["reason"], strict=True):
        warnings.warn(f"{path}: {reason}", CorpusWarning, stacklevel=3)
    return tables


def write_prepared(folder: str | Path, key: str, tables: dict[str, pd.DataFrame]) -> None:
    """Store `tables` as entry `key` (written aside, then renamed into place), and remove all
    but the `KEEP` most recently used entries."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    partial = folder / f".{key}.{os.getpid()}"
    shutil.rmtree(partial, ignore_errors=True)
    partial.mkdir()
    for name in TABLES:
        tables[name].to_parquet(partial / f"{name}.parquet", index=False)
    (partial / "complete").touch()
    try:
        partial.rename(folder / key)
    except OSError:  # another process stored the same entry first
        shutil.rmtree(partial, ignore_errors=True)
    entries = sorted(
        (p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(".")),
        key=lambda p: p.stat().st_mtime,
    )
    for old in entries[:-KEEP]:
        shutil.rmtree(old, ignore_errors=True)
