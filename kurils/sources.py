"""What a corpus is read from: a folder of article files, a table of texts (CSV, JSONL,
Parquet) with optional fields, and the curated metadata file that overrides facts read from text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import pandas as pd

if TYPE_CHECKING:
    from kurils.corpus import Loader

__all__ = [
    "CorpusError",
    "apply_metadata",
    "collect_units",
    "present",
    "read_metadata",
    "unmatched_metadata",
]

TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
ARTICLE_SUFFIXES = (".txt", ".html", ".htm")
METADATA_FILE = "metadata.csv"
OVERRIDABLE = ("headline", "outlet", "published", "dateline", "url")


class CorpusError(Exception):
    """Raised when a corpus cannot be loaded at all; the message names the path and the reason."""


def present(value: object) -> bool:
    """True for a given value: not None, NaN or the empty string."""
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and value != ""


def collect_units(source: Path, metadata: object, loader: Loader) -> tuple[list[tuple], object]:
    """What to load: ("file", doc_id, path) or ("row", doc_id, where, text, given) units, in
    doc_id order for folders and row order for tables; unusable files go to `loader.rejected`.
    Returns the units and the metadata to apply (a folder's own metadata.csv by default)."""
    if source.is_dir():
        units = _folder_units(source, loader)
        if metadata is None and (source / METADATA_FILE).is_file():
            metadata = source / METADATA_FILE
        return units, metadata
    if source.is_file() and source.suffix.lower() in TABLE_SUFFIXES:
        return _table_units(source, loader), metadata
    if source.is_file() and source.suffix.lower() in ARTICLE_SUFFIXES:
        return [("file", source.stem, str(source))], metadata
    if not source.exists():
        raise CorpusError(f"{source}: no such file or folder")
    raise CorpusError(
        f"{source}: unsupported corpus type {source.suffix!r} "
        f"(use a folder of .txt or .html files or a {', '.join(TABLE_SUFFIXES)} file)"
    )


def _folder_units(folder: Path, loader: Loader) -> list[tuple]:
    units = []
    for file in sorted(folder.rglob("*")):
        relative = file.relative_to(folder)
        if file.is_dir() or any(part.startswith(".") for part in relative.parts):
            continue
        if file.suffix.lower() in ARTICLE_SUFFIXES:
            units.append(("file", relative.with_suffix("").as_posix(), str(file)))
        elif file.name != METADATA_FILE and not file.name.upper().startswith("README"):
            loader.reject(
                str(file), f"not an article file: .txt or .html (unsupported type {file.suffix!r})"
            )
    return units


def _table_units(table: Path, loader: Loader) -> list[tuple]:
    units = []
    frame = _read_table(table)
    if "text" not in frame.columns:
        raise CorpusError(f"{table}: no 'text' column (columns: {', '.join(map(str, frame))})")
    for i, record in enumerate(frame.to_dict("records")):
        doc_id = str(record["doc_id"]) if present(record.get("doc_id")) else f"{table.stem}_{i:06d}"
        where = f"{table}#row={i}"
        text = record["text"]
        if not isinstance(text, str) or not text.strip():
            loader.reject(where, "row without text")
            continue
        given = {key: record.get(key) for key in OVERRIDABLE if key in record}
        if present(given.get("published")):
            given["published"] = parse_date(given["published"], where, loader, doc_id)
            given["published_source"] = "metadata" if present(given["published"]) else None
        units.append(("row", doc_id, where, text, given))
    return units


def _read_table(table: Path) -> pd.DataFrame:
    suffix = table.suffix.lower()
    try:
        if suffix == ".csv":
            return pd.read_csv(table, dtype=str, keep_default_na=False, encoding="utf-8-sig")
        if suffix == ".parquet":
            return pd.read_parquet(table)
        records = []
        for n, line in enumerate(table.read_text(encoding="utf-8-sig").splitlines(), start=1):
            if line.strip():
                try:
                    records.append(json.loads(line))
                except json.JSONDecodeError as error:
                    raise CorpusError(f"{table}: line {n} is not JSON ({error.msg})") from None
        return pd.DataFrame(records)
    except (UnicodeDecodeError, ValueError, OSError) as error:
        raise CorpusError(f"{table}: cannot be read as {suffix[1:]} ({error})") from None


def parse_date(value: object, where: str, loader: Loader, doc_id: str) -> pd.Timestamp | None:
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        stamp = pd.NaT
    if pd.isna(stamp):
        loader.note(doc_id, where, f"published {value!r} is not a date: ignored")
        return None
    return stamp.tz_localize(None).normalize() if stamp.tzinfo else stamp.normalize()


def read_metadata(metadata: object) -> pd.DataFrame | None:
    """The curated metadata as a table keyed by ``doc_id`` (None when there is none)."""
    if metadata is None or metadata is False:
        return None
    where = "metadata" if isinstance(metadata, pd.DataFrame) else str(metadata)
    if isinstance(metadata, pd.DataFrame):
        table = metadata.astype(object).where(metadata.notna(), "")
    else:
        try:
            table = pd.read_csv(metadata, dtype=str, keep_default_na=False, comment="#")
        except (OSError, ValueError) as error:
            raise CorpusError(f"{metadata}: cannot read metadata ({error})") from None
    if "doc_id" in table.columns:
        keys = table["doc_id"].astype(str)
    elif "file" in table.columns:
        keys = table["file"].astype(str).str.replace(r"\.(?:txt|html?)$", "", regex=True)
    else:
        raise CorpusError(f"{where}: metadata needs a 'doc_id' or 'file' column")
    return table.assign(doc_id=keys.to_numpy(), _source=where)


def unmatched_metadata(table: pd.DataFrame, doc_ids: set[str]) -> list[dict]:
    """Notes for metadata rows that name no document."""
    return [
        {"doc_id": key, "path": where, "note": "metadata row matches no document"}
        for key, where in zip(table["doc_id"], table["_source"], strict=True)
        if key not in doc_ids
    ]


def apply_metadata(docs: pd.DataFrame, table: pd.DataFrame, loader: Loader) -> pd.DataFrame:
    positions = {doc_id: i for i, doc_id in enumerate(docs["doc_id"])}
    docs = docs.copy()
    for record in table.to_dict("records"):
        key, where = record["doc_id"], record["_source"]
        if key not in positions:
            continue
        i = positions[key]
        for column in OVERRIDABLE:
            value = record.get(column)
            if not present(value):
                continue
            if column == "published":
                value = parse_date(value, where, loader, key)
                if value is None:
                    continue
                docs.at[i, "published_source"] = "metadata"
            docs.at[i, column] = value
    return docs
