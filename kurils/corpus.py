"""Load a corpus of news articles: files or table rows → clean documents with metadata.

With `kurils.sources` (which finds the inputs and reads tables and metadata) the only module
that reads input files; unusable inputs are recorded in `Corpus.rejected`."""

from __future__ import annotations

import hashlib
import os
import re
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

import pandas as pd

from kurils.clean import clean_article
from kurils.decode import DecodeError, decode_bytes
from kurils.language import LANGUAGE_SAMPLE, language_problem, script_of
from kurils.markup import html_to_text, looks_like_html
from kurils.metadata import extract_metadata
from kurils.prepared import CACHE_ENV, TABLES, cache_key, read_prepared, write_prepared
from kurils.progress import progress
from kurils.sources import (
    CorpusError,
    apply_metadata,
    collect_units,
    present,
    read_metadata,
    unmatched_metadata,
)

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
CLEANING_COLUMNS = ["doc_id", "line_no", "rule", "text"]
NOTE_COLUMNS = ["doc_id", "path", "note"]
# A page left with its headline alone: an expired story over its readers' comments, a gallery
HEADLINE_ONLY_NOTE = (
    "headline only: no paragraph of the story left after removing page furniture (the cleaning "
    "report lists every line taken)"
)
HTML_NOTE = (
    "HTML: converted to text (one line per block element; the cleaning report's line numbers "
    "count lines of that text)"
)
MAX_BYTES = 5_000_000
_WORD = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")


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
        legacy encoding, a headline alone with no paragraph, metadata that matched nothing).
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
class Loader:
    """Collects what loading documents produced: rows, rejections, removed lines, notes. Every
    `FLUSH_ROWS` documents the rows so far become a DataFrame (text held as Arrow strings), so
    a large corpus never exists twice in memory, once as Python objects and once as a table."""

    max_bytes: int
    rows: list[dict] = field(default_factory=list)
    rejected: list[dict] = field(default_factory=list)
    cleaning: list[dict] = field(default_factory=list)
    notes: list[dict] = field(default_factory=list)
    keys: dict[str, str] = field(default_factory=dict)  # doc_id → `text_key`, for duplicates
    n_docs: int = 0
    _frames: list[pd.DataFrame] = field(default_factory=list)
    _removed: list[pd.DataFrame] = field(default_factory=list)

    FLUSH_ROWS = 5000

    def _flush(self) -> None:
        if self.rows:
            self._frames.append(pd.DataFrame(self.rows))
            self._removed.append(pd.DataFrame(self.cleaning, columns=CLEANING_COLUMNS))
            self.rows, self.cleaning = [], []

    def docs_frame(self) -> pd.DataFrame:
        """The rows of every loaded document, in loading order."""
        self._flush()
        return pd.concat(self._frames, ignore_index=True)

    def cleaning_frame(self) -> pd.DataFrame:
        """Every removed line: doc_id, line_no, rule, text."""
        self._flush()
        if not self._removed:
            return pd.DataFrame(columns=CLEANING_COLUMNS)
        return pd.concat(self._removed, ignore_index=True).astype(
            {"line_no": "int64", "doc_id": "str", "rule": "str", "text": "str"}
        )

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
        html = looks_like_html(text)
        if html:
            text = html_to_text(text)
        # Judged before cleaning (which keeps a Russian page's Russian lines) and after it (an
        # English menu around a German article); a page of several scripts, none of them most
        # of it, only after (an English statement under its menu of languages)
        problem = language_problem(text)
        if problem is not None and script_of(text[:LANGUAGE_SAMPLE]) == "MIXED":
            problem = None
        article = clean_article(text) if problem is None else None
        if article is not None and not article.paragraphs and not article.headline:
            problem = "no text left after removing page furniture"
        elif article is not None:
            problem = language_problem(article.text)
        if problem is not None:
            self.reject(path, problem)
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
            "url": meta.url,
        }
        for key, value in (given or {}).items():
            if present(value):
                row[key] = value
        self.rows.append(row)
        self.keys[doc_id] = text_key(body)
        self.n_docs += 1
        if encoding not in ("utf-8", "utf-8-sig", "utf-16", "utf-32"):
            self.note(doc_id, path, f"not UTF-8: decoded as {encoding}")
        if html:
            self.note(doc_id, path, HTML_NOTE)
        if not article.paragraphs:
            self.note(doc_id, path, HEADLINE_ONLY_NOTE)
        self.cleaning.extend(
            {"doc_id": doc_id, "line_no": r.line_no, "rule": r.rule, "text": r.text}
            for r in article.removed
        )
        if len(self.rows) >= self.FLUSH_ROWS:
            self._flush()

    def note(self, doc_id: str, path: str, note: str) -> None:
        self.notes.append({"doc_id": doc_id, "path": path, "note": note})


def load_corpus(
    path: str | Path,
    metadata: str | Path | pd.DataFrame | bool | None = None,
    *,
    max_bytes: int = MAX_BYTES,
    engine: str = "pandas",
    client: object | None = None,
    partition_size: int = 1000,
    cache: str | Path | Literal[False] | None = None,
) -> Corpus:
    """Load news articles into a `Corpus`.

    Parameters
    ----------
    path
        A folder of ``.txt`` files or saved ``.html`` pages (searched recursively; ``doc_id`` is
        the path below the folder without the suffix; HTML, also inside a ``.txt``, is turned
        into text first, see `kurils.markup.html_to_text`), or a ``.csv`` / ``.jsonl`` /
        ``.parquet`` file with a ``text`` column and optional ``doc_id``, ``headline``,
        ``outlet``, ``published``, ``url``.
    metadata
        Curated facts that override what is read from the text: a CSV path or DataFrame keyed
        by ``doc_id`` or ``file``, with any of ``headline``, ``outlet``, ``published``,
        ``dateline``, ``url``. ``None`` uses ``metadata.csv`` inside a corpus folder when there
        is one; ``False`` uses none.
    max_bytes
        Files larger than this are rejected as not being a single article.
    engine
        ``"pandas"`` (in this process) or ``"dask"``: the same per-document steps run on a
        Dask cluster, ``docs`` and ``cleaning`` become Dask DataFrames partitioned by
        `partition_size` documents, and a `path` may also be a glob of ``.txt`` files.
    client
        With ``engine="dask"``: a ``distributed.Client``, a scheduler address
        (``"tcp://host:8786"``) or ``"local"`` (a new cluster of two worker processes here);
        None uses the current client, else starts a local cluster.
    cache
        With ``engine="pandas"``: a folder of prepared corpora (`kurils.prepared`); loading the
        same files with the same arguments and kurils code again reads the tables kept there
        instead of cleaning every article. ``None`` uses the folder in the ``KURILS_CACHE``
        environment variable when it is set (`kurils run` sets it for its notebooks);
        ``False`` never caches.

    Returns
    -------
    Corpus
        ``docs`` (one row per accepted document, sorted by ``doc_id``), ``rejected``,
        ``cleaning`` and ``notes`` (sorted by doc_id); see `Corpus`.

    Raises
    ------
    CorpusError
        When the path does not exist, is of an unsupported type, or yields no usable document.
    """
    if engine == "dask":
        from kurils.distributed import load_corpus_dask

        return load_corpus_dask(
            path, metadata, max_bytes=max_bytes, client=client, partition_size=partition_size
        )
    if engine != "pandas":
        raise CorpusError(f"engine must be 'pandas' or 'dask', not {engine!r}")
    source = Path(path)
    if cache is None:
        cache = os.environ.get(CACHE_ENV) or False
    key = cache_key(source, metadata, max_bytes) if cache and source.exists() else None
    if key is not None and (tables := read_prepared(cache, key)) is not None:
        return Corpus(**tables, source=str(source))
    loader = Loader(max_bytes=max_bytes)
    units, metadata = collect_units(source, metadata, loader)
    load_units(units, loader)
    if not loader.n_docs:
        raise _no_documents(source, loader.rejected)
    table = read_metadata(metadata)
    docs = assemble(loader, table)
    # Keys made while loading: `text_key` over the text column would first turn every text of
    # the corpus into a Python string at once.
    keys = [loader.keys[doc_id] for doc_id in docs["doc_id"]]
    duplicates = find_duplicates(pd.DataFrame({"doc_id": docs["doc_id"], "key": keys}))
    docs["duplicate_of"] = docs["doc_id"].map(duplicates).astype("string")
    loader.notes.extend(duplicate_notes(docs, duplicates))
    if table is not None:
        loader.notes.extend(unmatched_metadata(table, set(docs["doc_id"])))
    corpus = Corpus(
        docs=docs,
        rejected=pd.DataFrame(loader.rejected, columns=["path", "reason"]),
        cleaning=loader.cleaning_frame(),
        notes=sort_notes(pd.DataFrame(loader.notes, columns=NOTE_COLUMNS)),
        source=str(source),
    )
    if key is not None:
        write_prepared(cache, key, {name: getattr(corpus, name) for name in TABLES})
    return corpus


def _no_documents(source: object, rejected: list[dict]) -> CorpusError:
    reasons = "; ".join(f"{r['path']}: {r['reason']}" for r in rejected[:5])
    return CorpusError(f"{source}: no usable document" + (f" ({reasons})" if reasons else ""))


def load_units(units: list[tuple], loader: Loader) -> None:
    """Read, decode, clean and describe every unit into `loader` (the per-document step)."""
    for unit in progress(units, len(units), "loading"):
        if unit[0] == "file":
            _, doc_id, path = unit
            loader.add(doc_id, path, Path(path).read_bytes())
        else:
            _, doc_id, where, text, given = unit
            loader.add(doc_id, where, text.encode("utf-8"), given)


def assemble(loader: Loader, table: pd.DataFrame | None) -> pd.DataFrame:
    """The docs table of the loaded rows: sorted by doc_id, curated metadata applied, undated
    documents noted, typed columns in contract order (duplicates are flagged afterwards, over
    the whole corpus)."""
    if not loader.n_docs:
        return _typed(pd.DataFrame(columns=DOC_COLUMNS))
    docs = loader.docs_frame()
    if not docs["doc_id"].is_monotonic_increasing:  # sorting copies every text: only if needed
        docs = docs.sort_values("doc_id", kind="stable").reset_index(drop=True)
    if table is not None:
        docs = apply_metadata(docs, table, loader)
    for doc_id, path, published in zip(
        docs["doc_id"], docs["path"], docs["published"], strict=True
    ):
        if pd.isna(published):
            loader.note(doc_id, path, "no publication date in the text or the metadata")
    return _typed(docs)


def _typed(docs: pd.DataFrame) -> pd.DataFrame:
    docs["published"] = pd.to_datetime(docs["published"]).astype("datetime64[ns]")
    docs["n_words"] = docs["n_words"].astype("int64")
    for column in ("headline", "outlet", "published_source", "dateline", "duplicate_of", "url"):
        docs[column] = docs[column].astype("string")
    for column in ("doc_id", "path", "sha256", "text", "encoding"):
        docs[column] = docs[column].astype("str")
    return docs[DOC_COLUMNS]


def text_key(text: str) -> str:
    """Documents with the same key have the same text up to case and whitespace."""
    return hashlib.sha256(" ".join(text.split()).casefold().encode()).hexdigest()


def find_duplicates(docs: pd.DataFrame) -> dict[str, str]:
    """doc_id → the first doc_id (in doc_id order) with the same text, for every duplicate.
    `docs` needs doc_id and either text or key."""
    keys = docs["key"] if "key" in docs.columns else docs["text"].map(text_key)
    first_seen: dict[str, str] = {}
    duplicates = {}
    for doc_id, key in sorted(zip(docs["doc_id"], keys, strict=True)):
        original = first_seen.setdefault(key, doc_id)
        if original != doc_id:
            duplicates[doc_id] = original
    return duplicates


def duplicate_notes(docs: pd.DataFrame, duplicates: dict[str, str]) -> list[dict]:
    """Notes naming each duplicate and its original. `docs` needs doc_id and path."""
    return [
        {"doc_id": doc_id, "path": path, "note": f"duplicate: same text as {duplicates[doc_id]}"}
        for doc_id, path in zip(docs["doc_id"], docs["path"], strict=True)
        if doc_id in duplicates
    ]


def sort_notes(notes: pd.DataFrame) -> pd.DataFrame:
    """Notes in doc_id order, then by note: the same table whatever the engine."""
    return notes.sort_values(["doc_id", "note", "path"], kind="stable").reset_index(drop=True)
