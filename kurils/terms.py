"""Term statistics: frequencies, tf-idf, keyword in context, dispersion, place naming (keyness
and collocations: `kurils.keyness`).

Each is a per-document count step (no per-token table) followed by a combine step."""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

import pandas as pd

from kurils.codebook import Codebook, load_codebook
from kurils.distributed import is_dask, map_documents, reduce_documents
from kurils.text import (
    TOKEN,
    document_counts,
    document_frame,
    document_tokens,
    normalise_counts,
    raw_counts,
)

if TYPE_CHECKING:
    from kurils.corpus import Corpus

__all__ = [
    "dispersion",
    "distinctive_terms",
    "document_term_matrix",
    "kwic",
    "place_naming",
    "term_frequencies",
]


def _frame(counts: Counter, total: int, extra: dict | None = None) -> pd.DataFrame:
    table = pd.DataFrame({"term": list(counts), "count": list(counts.values())}, dtype=object)
    table["count"] = table["count"].astype("int64")
    table["per_10k"] = table["count"] * 10_000 / total if total else 0.0
    for column, value in (extra or {}).items():
        table.insert(0, column, value)
    return table


def _raw_by_group(docs: pd.DataFrame, by: str | None, codebook: Codebook) -> dict:
    """Per group of a docs frame (or partition): raw counts and token totals. Texts are joined
    into chunks of a few MB and counted in one regex pass each (documents are separated by a
    blank line, which no name or token spans)."""
    keys = docs[by] if by else pd.Series([None] * len(docs), index=docs.index)
    grouped: dict[object, list[str]] = {}
    for key, text in zip(keys, docs["text"], strict=True):
        if by is None or not pd.isna(key):
            grouped.setdefault(key, []).append(text)
    result = {}
    for key, texts in grouped.items():
        raw: Counter = Counter()
        n_tokens, chunk, size = 0, [], 0
        for text in [*texts, None]:
            if text is not None:
                chunk.append(text)
                size += len(text)
            if chunk and (text is None or size > CHUNK_CHARS):
                counts, n = raw_counts("\n\n".join(chunk), codebook)
                raw.update(counts)
                n_tokens += n
                chunk, size = [], 0
        result[key] = (raw, n_tokens)
    return result


CHUNK_CHARS = 4_000_000


def _counts_by_group(docs: pd.DataFrame, by: str | None, codebook: Codebook) -> dict:
    """Per group of a docs frame (or partition): counts of counting forms and token totals
    (normalised where the documents are, so Dask workers share the lemmatising)."""
    return {
        key: (normalise_counts(raw, codebook), n)
        for key, (raw, n) in _raw_by_group(docs, by, codebook).items()
    }


def term_frequencies(
    corpus: Corpus | pd.DataFrame, by: str | None = None, *, codebook: Codebook | None = None
) -> pd.DataFrame:
    """Term counts over the corpus, or within each group of a docs column.

    Parameters
    ----------
    corpus
        A `Corpus` or its ``docs`` frame.
    by
        A docs column to group by (``doc_id``, ``outlet``, a period column …); None for the corpus.
    codebook
        The codebook whose names are merged (default: the packaged one).

    Returns
    -------
    DataFrame
        [`by`,] term, count, per_10k (per 10,000 tokens of the group, stopwords included),
        sorted by group, then count descending, then term. Documents whose `by` value is
        missing form no group.
    """
    codebook = codebook or load_codebook()
    docs = document_frame(corpus)
    if is_dask(docs):
        parts = reduce_documents(docs, _counts_by_group, by=by, codebook=codebook)
    else:
        parts = [_counts_by_group(docs, by, codebook)]
    totals: dict[object, tuple[Counter, int]] = {}
    for part in parts:  # counts add up: combining partitions gives the single-process table
        for key, (counts, n) in part.items():
            total, total_n = totals.get(key, (Counter(), 0))
            total.update(counts)
            totals[key] = (total, total_n + n)
    frames = [_frame(counts, n, {by: key} if by else None) for key, (counts, n) in totals.items()]
    columns = ([by] if by else []) + ["term", "count", "per_10k"]
    if not frames:
        return pd.DataFrame(columns=columns)
    table = pd.concat(frames, ignore_index=True)
    order = ([by] if by else []) + ["count", "term"]
    ascending = ([True] if by else []) + [False, True]
    return table.sort_values(order, ascending=ascending, kind="stable").reset_index(drop=True)


def document_term_matrix(
    corpus: Corpus | pd.DataFrame, terms: list[str], *, codebook: Codebook | None = None
) -> pd.DataFrame:
    """Per 10,000 tokens of each document (rows, by doc_id, in docs order) for each of `terms`
    (columns): the `per_10k` of ``term_frequencies(corpus, by="doc_id")``, counted for these
    terms only (so the full document × vocabulary table is never built)."""
    codebook = codebook or load_codebook()
    docs = document_frame(corpus)
    if is_dask(docs):
        return pd.concat(reduce_documents(docs, _term_rates, terms=terms, codebook=codebook))
    return _term_rates(docs, terms, codebook)


def _term_rates(docs: pd.DataFrame, terms: list[str], codebook: Codebook) -> pd.DataFrame:
    rates = []
    for text in docs["text"]:
        counts, n = document_counts(text, codebook)
        rates.append([counts.get(term, 0) * 10_000 / n if n else 0.0 for term in terms])
    index = pd.Index(docs["doc_id"], name="doc_id")
    return pd.DataFrame(rates, index=index, columns=pd.Index(terms, name="term"), dtype="float64")


def distinctive_terms(
    corpus: Corpus | pd.DataFrame, top_n: int = 10, *, codebook: Codebook | None = None
) -> pd.DataFrame:
    """The `top_n` terms of each document by tf-idf.

    tf is the term's share of the document's tokens; idf is the smoothed
    ``ln((1 + N) / (1 + df)) + 1`` (as scikit-learn's default). Columns: doc_id, term, count,
    tfidf, sorted by document then tfidf descending, then term. For a Dask corpus, a Dask
    DataFrame (document frequencies are counted over the whole corpus first).
    """
    codebook = codebook or load_codebook()
    docs = document_frame(corpus)
    if is_dask(docs):  # two passes: document frequencies over the corpus, then each document
        parts = reduce_documents(docs, _document_frequencies, codebook=codebook)
        df, n_docs = sum((c for c, _ in parts), Counter()), sum(n for _, n in parts)
        kwargs = {"df": df, "n_docs": n_docs, "top_n": top_n, "codebook": codebook}
        return map_documents(docs, _tfidf_rows, **kwargs)
    df, n_docs = _document_frequencies(docs, codebook)
    return _tfidf_rows(docs, df=df, n_docs=n_docs, top_n=top_n, codebook=codebook)


def _document_frequencies(docs: pd.DataFrame, codebook: Codebook) -> tuple[Counter, int]:
    """In how many documents of a frame each term occurs, and the number of documents."""
    df: Counter = Counter()
    for text in docs["text"]:
        df.update(document_counts(text, codebook)[0].keys())
    return df, len(docs)


def _tfidf_rows(
    docs: pd.DataFrame, *, df: Counter, n_docs: int, top_n: int, codebook: Codebook
) -> pd.DataFrame:
    """`distinctive_terms` of a frame's documents, given corpus-wide document frequencies."""
    rows = []
    for doc_id, text in zip(docs["doc_id"], docs["text"], strict=True):
        counts, n = document_counts(text, codebook)
        scored = [
            (doc_id, term, count, count / n * (math.log((1 + n_docs) / (1 + df[term])) + 1))
            for term, count in counts.items()
        ]
        scored.sort(key=lambda row: (-row[3], row[1]))
        rows.extend(scored[:top_n])
    return pd.DataFrame(rows, columns=["doc_id", "term", "count", "tfidf"])


def kwic(
    corpus: Corpus | pd.DataFrame,
    term: str,
    window: int = 8,
    *,
    codebook: Codebook | None = None,
) -> pd.DataFrame:
    """Keyword in context for a word or a phrase, matched on counting forms (so "treaty"
    finds "treaties", and "Etorofu" finds "Iturup").

    Returns doc_id, left (`window` tokens), match (``docs.text[start:end]``), right, start, end.
    """
    if is_dask(document_frame(corpus)):
        return map_documents(
            document_frame(corpus), kwic, term=term, window=window, codebook=codebook
        )
    codebook = codebook or load_codebook()
    query = [t.norm for t in document_tokens(term, codebook)]
    rows = []
    if not query:
        return pd.DataFrame(columns=["doc_id", "left", "match", "right", "start", "end"])
    for doc_id, text in zip(*(document_frame(corpus)[c] for c in ("doc_id", "text")), strict=True):
        tokens = document_tokens(text, codebook)
        norms = [t.norm for t in tokens]
        for i in range(len(tokens) - len(query) + 1):
            if norms[i : i + len(query)] != query:
                continue
            start, end = tokens[i].start, tokens[i + len(query) - 1].end
            left_start = tokens[max(i - window, 0)].start
            right_end = tokens[min(i + len(query) + window, len(tokens)) - 1].end
            rows.append(
                (
                    doc_id,
                    " ".join(text[left_start:start].split()),
                    text[start:end],
                    " ".join(text[end:right_end].split()),
                    start,
                    end,
                )
            )
    return pd.DataFrame(rows, columns=["doc_id", "left", "match", "right", "start", "end"])


def dispersion(
    corpus: Corpus | pd.DataFrame, terms: list[str], *, codebook: Codebook | None = None
) -> pd.DataFrame:
    """Where each of `terms` occurs: doc_id, published, term (a codebook name is labelled with
    its canonical form), start, end, position (start as a share of the document's length, 0–1).
    Rows in docs order, then by offset."""
    if is_dask(document_frame(corpus)):
        return map_documents(document_frame(corpus), dispersion, terms=terms, codebook=codebook)
    codebook = codebook or load_codebook()
    wanted = {}
    for term in terms:
        norms = tuple(t.norm for t in document_tokens(term, codebook))
        if norms:
            named = len(norms) == 1 and norms[0] in set(codebook.terms.values())
            wanted[norms] = norms[0] if named else term
    docs = document_frame(corpus)
    rows = []
    for doc_id, published, text in zip(
        docs["doc_id"], docs["published"], docs["text"], strict=True
    ):
        tokens = document_tokens(text, codebook)
        norms = [t.norm for t in tokens]
        for i in range(len(tokens)):
            for query, term in wanted.items():
                if tuple(norms[i : i + len(query)]) == query:
                    end = tokens[i + len(query) - 1].end
                    rows.append(
                        (
                            doc_id,
                            published,
                            term,
                            tokens[i].start,
                            end,
                            tokens[i].start / max(len(text), 1),
                        )
                    )
    return pd.DataFrame(rows, columns=["doc_id", "published", "term", "start", "end", "position"])


def place_naming(
    corpus: Corpus | pd.DataFrame, *, codebook: Codebook | None = None
) -> pd.DataFrame:
    """Which names each document uses for the islands: doc_id, published, place (canonical),
    name (the codebook alias as printed, e.g. "Etorofu"), count. Sorted by date, doc, place,
    name; a pandas table for a Dask corpus too (a few rows per document)."""
    if is_dask(document_frame(corpus)):
        table = map_documents(document_frame(corpus), place_naming, codebook=codebook).compute()
        table = table.astype({"doc_id": "str", "place": "str", "name": "str"})
        return table.sort_values(
            ["published", "doc_id", "place", "name"], kind="stable"
        ).reset_index(drop=True)
    codebook = codebook or load_codebook()
    aliases = {}
    for place, names in codebook.places.items():
        for name in names:
            aliases[" ".join(TOKEN.findall(name.lower()))] = (place, name)
    docs = document_frame(corpus)
    rows = []
    for doc_id, published, text in zip(
        docs["doc_id"], docs["published"], docs["text"], strict=True
    ):
        counts: Counter = Counter()
        for token in document_tokens(text, codebook):
            if token.norm in codebook.places:
                key = " ".join(TOKEN.findall(token.text.lower()))
                counts[aliases.get(key, (token.norm, token.text))] += 1
        rows.extend((doc_id, published, place, name, n) for (place, name), n in counts.items())
    table = pd.DataFrame(rows, columns=["doc_id", "published", "place", "name", "count"])
    return table.sort_values(["published", "doc_id", "place", "name"], kind="stable").reset_index(
        drop=True
    )
