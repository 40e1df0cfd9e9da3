"""Load a corpus of news articles: files or table rows → clean documents with metadata.

The only module that reads input files; unusable inputs are recorded in `Corpus.rejected`."""

from __future__ import annotations

import hashlib
import json
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from kurils.clean import DecodeError, clean_article, decode_bytes
from kurils.metadata import extract_metadata

__all__ = ["Corpus", "CorpusError", "CorpusWarning", "load_corpus"]

DOC_COLUMNS = [
    "doc_id",
    "path",
    "sha256",
    "headline",
    "outlet",
    "published",
    "published_source",
    "dateline",
    "text",
    "n_words",
    "encoding",
    "duplicate_of",
    "url",
]
TABLE_SUFFIXES = (".csv", ".jsonl", ".parquet")
METADATA_FILE = "metadata.csv"
OVERRIDABLE = ("headline", "outlet", "published", "dateline", "url")
MAX_BYTES = 5_000_000
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


class CorpusError(Exception):
    """Raised when a corpus cannot be loaded at all; the message names the path and the reason."""


class CorpusWarning(UserWarning):
    """Warned for each input that was rejected or needs a reader's attention."""


@dataclass
class Corpus:
    """Documents and everything that happened while loading them.

    Attributes
    ----------
    docs : DataFrame
        One row per accepted document: doc_id, path, sha256, headline, outlet, published,
        published_source, dateline, text, n_words, encoding, duplicate_of, url.
    rejected : DataFrame
        path, reason: inputs that could not be used.
    cleaning : DataFrame
        doc_id, line_no, rule, text: every line removed by the cleaner and why.
    notes : DataFrame
        doc_id, path, note: accepted documents that need attention (no date, duplicate,
        legacy encoding, metadata that matched nothing).
    source : str
        The path the corpus was loaded from.
    """

    docs: pd.DataFrame
    rejected: pd.DataFrame = field(default_factory=lambda: pd.DataFrame(columns=["path", "reason"]))
    cleaning: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["doc_id", "line_no", "rule", "text"])
    )
    notes: pd.DataFrame = field(
        default_factory=lambda: pd.DataFrame(columns=["doc_id", "path", "note"])
    )
    source: str = ""

    def __len__(self) -> int:
        return len(self.docs)

    def __repr__(self) -> str:
        return (
            f"<Corpus {self.source!r}: {len(self.docs)} documents, {len(self.rejected)} rejected>"
        )


@dataclass
class _Loader:
    max_bytes: int
    rows: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    cleaning: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)

    def reject(self, path: str, reason: str) -> None:
        warnings.warn(f"{path}: {reason}", CorpusWarning, stacklevel=4)
        self.rejected.append({"path": path, "reason": reason})

    def add(self, doc_id: str, path: str, raw: bytes, given: dict | None = None) -> None:
        """Decode, clean and describe one document, or reject it with the reason."""
        if len(raw) > self.max_bytes:
            self.reject(path, f"too large: {len(raw):,} bytes (limit {self.max_bytes:,})")
            return
        try:
            text, encoding = decode_bytes(raw)
        except DecodeError as error:
            self.reject(path, str(error))
            return
        article = clean_article(text)
        if not article.paragraphs and not article.headline:
            self.reject(path, "no text left after removing page furniture")
            return
        meta = extract_metadata(article)
        body = article.text
        row = {
            "doc_id": doc_id,
            "path": path,
            "sha256": hashlib.sha256(raw).hexdigest(),
            "headline": meta.headline,
            "outlet": meta.outlet,
            "published": pd.Timestamp(meta.published) if meta.published else pd.NaT,
            "published_source": "text" if meta.published else None,
            "dateline": meta.dateline,
            "text": body,
            "n_words": len(_WORD.findall(body)),
            "encoding": encoding,
            "duplicate_of": None,
            "url": None,
        }
        for key, value in (given or {}).items():
            if _present(value):
                row[key] = value
        self.rows.append(row)
        if encoding not in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
            self.note(doc_id, path, f"not UTF-8: decoded as {encoding}")
        self.cleaning.extend(
            {"doc_id": doc_id, "line_no": r.line_no, "rule": r.rule, "text": r.text}
            for r in article.removed
        )

    def note(self, doc_id: str, path: str, note: str) -> None:
        self.notes.append({"doc_id": doc_id, "path": path, "note": note})


def _present(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and pd.isna(value)) and value != ""


def load_corpus(
    path: str | Path,
    metadata: str | Path | pd.DataFrame | bool | None = None,
    *,
    max_bytes: int = MAX_BYTES,
) -> Corpus:
    """Load news articles into a `Corpus`.

    Parameters
    ----------
    path
        A folder of ``.txt`` files (searched recursively; ``doc_id`` is the path below the
        folder without ``.txt``), or a ``.csv`` / ``.jsonl`` / ``.parquet`` file with a ``text``
        column and optional ``doc_id``, ``headline``, ``outlet``, ``published``, ``url``.
    metadata
        Curated facts that override what is read from the text: a CSV path or DataFrame keyed
        by ``doc_id`` or ``file``, with any of ``headline``, ``outlet``, ``published``,
        ``dateline``, ``url``. ``None`` uses ``metadata.csv`` inside a corpus folder when there
        is one; ``False`` uses none.
    max_bytes
        Files larger than this are rejected as not being a single article.

    Returns
    -------
    Corpus
        ``docs`` (one row per accepted document, sorted by ``doc_id``), ``rejected``,
        ``cleaning`` and ``notes``; see `Corpus`.

    Raises
    ------
    CorpusError
        When the path does not exist, is of an unsupported type, or yields no usable document.
    """
    source = Path(path)
    loader = _Loader(max_bytes=max_bytes)
    if source.is_dir():
        _load_folder(source, loader)
        if metadata is None and (source / METADATA_FILE).is_file():
            metadata = source / METADATA_FILE
    elif source.is_file() and source.suffix.lower() in TABLE_SUFFIXES:
        _load_table(source, loader)
    elif source.is_file() and source.suffix.lower() == ".txt":
        loader.add(source.stem, str(source), source.read_bytes())
    elif not source.exists():
        raise CorpusError(f"{source}: no such file or folder")
    else:
        raise CorpusError(
            f"{source}: unsupported corpus type {source.suffix!r} "
            f"(use a folder of .txt files or a {', '.join(TABLE_SUFFIXES)} file)"
        )
    if not loader.rows:
        reasons = "; ".join(f"{r['path']}: {r['reason']}" for r in loader.rejected[:5])
        raise CorpusError(f"{source}: no usable document" + (f" ({reasons})" if reasons else ""))
    docs = pd.DataFrame(loader.rows).sort_values("doc_id", kind="stable").reset_index(drop=True)
    if metadata is not None and metadata is not False:
        docs = _apply_metadata(docs, metadata, loader)
    docs = _finish(docs, loader)
    return Corpus(
        docs=docs,
        rejected=pd.DataFrame(loader.rejected, columns=["path", "reason"]),
        cleaning=pd.DataFrame(loader.cleaning, columns=["doc_id", "line_no", "rule", "text"]),
        notes=pd.DataFrame(loader.notes, columns=["doc_id", "path", "note"]),
        source=str(source),
    )


def _load_folder(folder: Path, loader: _Loader) -> None:
    for file in sorted(folder.rglob("*")):
        relative = file.relative_to(folder)
        if file.is_dir() or any(part.startswith(".") for part in relative.parts):
            continue
        if file.suffix.lower() == ".txt":
            loader.add(relative.with_suffix("").as_posix(), str(file), file.read_bytes())
        elif file.name != METADATA_FILE and not file.name.upper().startswith("README"):
            loader.reject(str(file), f"not a .txt article (unsupported type {file.suffix!r})")


def _load_table(table: Path, loader: _Loader) -> None:
    frame = _read_table(table)
    if "text" not in frame.columns:
        raise CorpusError(f"{table}: no 'text' column (columns: {', '.join(map(str, frame))})")
    for i, record in enumerate(frame.to_dict("records")):
        doc_id = (
            str(record["doc_id"]) if _present(record.get("doc_id")) else f"{table.stem}_{i:06d}"
        )
        where = f"{table}#row={i}"
        text = record["text"]
        if not isinstance(text, str) or not text.strip():
            loader.reject(where, "row without text")
            continue
        given = {key: record.get(key) for key in OVERRIDABLE if key in record}
        if _present(given.get("published")):
            given["published"] = _parse_date(given["published"], where, loader, doc_id)
            given["published_source"] = "metadata" if _present(given["published"]) else None
        loader.add(doc_id, where, text.encode("utf-8"), given)


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


def _parse_date(value: object, where: str, loader: _Loader, doc_id: str) -> pd.Timestamp | None:
    try:
        stamp = pd.Timestamp(value)
    except (ValueError, TypeError):
        stamp = pd.NaT
    if pd.isna(stamp):
        loader.note(doc_id, where, f"published {value!r} is not a date: ignored")
        return None
    return stamp.tz_localize(None).normalize() if stamp.tzinfo else stamp.normalize()


def _apply_metadata(
    docs: pd.DataFrame, metadata: str | Path | pd.DataFrame, loader: _Loader
) -> pd.DataFrame:
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
        keys = table["file"].astype(str).str.replace(r"\.txt$", "", regex=True)
    else:
        raise CorpusError(f"{where}: metadata needs a 'doc_id' or 'file' column")
    positions = {doc_id: i for i, doc_id in enumerate(docs["doc_id"])}
    docs = docs.copy()
    for key, record in zip(keys, table.to_dict("records"), strict=True):
        if key not in positions:
            loader.note(key, where, "metadata row matches no document")
            continue
        i = positions[key]
        for column in OVERRIDABLE:
            value = record.get(column)
            if not _present(value):
                continue
            if column == "published":
                value = _parse_date(value, where, loader, key)
                if value is None:
                    continue
                docs.at[i, "published_source"] = "metadata"
            docs.at[i, column] = value
    return docs


def _finish(docs: pd.DataFrame, loader: _Loader) -> pd.DataFrame:
    """Flag duplicates and undated documents; fix the column types and order."""
    first_seen: dict[str, str] = {}
    duplicate_of = []
    for doc_id, path, text in zip(docs["doc_id"], docs["path"], docs["text"], strict=True):
        key = hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()
        original = first_seen.setdefault(key, doc_id)
        duplicate_of.append(original if original != doc_id else None)
        if original != doc_id:
            loader.note(doc_id, path, f"duplicate: same text as {original}")
    docs["duplicate_of"] = duplicate_of
    for doc_id, path, published in zip(
        docs["doc_id"], docs["path"], docs["published"], strict=True
    ):
        if pd.isna(published):
            loader.note(doc_id, path, "no publication date in the text or the metadata")
    docs["published"] = pd.to_datetime(docs["published"]).astype("datetime64[ns]")
    docs["n_words"] = docs["n_words"].astype("int64")
    for column in ("headline", "outlet", "published_source", "dateline", "duplicate_of", "url"):
        docs[column] = docs[column].astype("string")
    return docs[DOC_COLUMNS]
