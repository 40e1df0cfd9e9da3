"""Term statistics: frequencies, tf-idf, keyness, collocations, keyword in context, dispersion.

Each is a per-document count step (no per-token table) followed by a combine step."""

from __future__ import annotations

import math
from array import array
from collections import Counter
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from kurils.codebook import Codebook, load_codebook
from kurils.distributed import is_dask, map_documents, reduce_documents
from kurils.text import (
    TOKEN,
    document_counts,
    document_frame,
    document_sentences,
    document_tokens,
    normalise_counts,
    raw_counts,
)

if TYPE_CHECKING:
    from kurils.corpus import Corpus

__all__ = [
    "collocations",
    "dispersion",
    "distinctive_terms",
    "document_term_matrix",
    "g2",
    "keyness",
    "kwic",
    "log_ratio",
    "place_naming",
    "term_frequencies",
]


_counts = document_counts


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
        counts, n = _counts(text, codebook)
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
        df.update(_counts(text, codebook)[0].keys())
    return df, len(docs)


def _tfidf_rows(
    docs: pd.DataFrame, *, df: Counter, n_docs: int, top_n: int, codebook: Codebook
) -> pd.DataFrame:
    """`distinctive_terms` of a frame's documents, given corpus-wide document frequencies."""
    rows = []
    for doc_id, text in zip(docs["doc_id"], docs["text"], strict=True):
        counts, n = _counts(text, codebook)
        scored = [
            (doc_id, term, count, count / n * (math.log((1 + n_docs) / (1 + df[term])) + 1))
            for term, count in counts.items()
        ]
        scored.sort(key=lambda row: (-row[3], row[1]))
        rows.extend(scored[:top_n])
    return pd.DataFrame(rows, columns=["doc_id", "term", "count", "tfidf"])


def g2(a: float, b: float, c: float, d: float) -> float:
    """Dunning's log-likelihood G² for a term seen `a` times in a target of `c` tokens and `b`
    times in a reference of `d` tokens (Rayson & Garside 2000: E1 = c(a+b)/(c+d),
    E2 = d(a+b)/(c+d), G² = 2(a ln(a/E1) + b ln(b/E2)), a zero count contributing 0)."""
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    return 2 * ((a * math.log(a / e1) if a else 0.0) + (b * math.log(b / e2) if b else 0.0))


def _g2_tables(n11: np.ndarray, n12: np.ndarray, n21: np.ndarray, n22: np.ndarray) -> np.ndarray:
    """Dunning's G² over all four cells of 2×2 contingency tables (arrays of cells)."""
    total = n11 + n12 + n21 + n22
    rows, cols = (n11 + n12, n21 + n22), (n11 + n21, n12 + n22)
    g2 = np.zeros(len(total))
    for observed, r, c in ((n11, 0, 0), (n12, 0, 1), (n21, 1, 0), (n22, 1, 1)):
        seen = observed > 0
        o = observed[seen]
        g2[seen] += o * np.log(o * total[seen] / (rows[r][seen] * cols[c][seen]))
    return 2 * g2


def log_ratio(a: float, b: float, c: float, d: float) -> float:
    """Hardie's (2014) log ratio: log2 of the ratio of relative frequencies, target over
    reference, a zero count replaced by 0.5."""
    return math.log2(((a or 0.5) / c) / ((b or 0.5) / d))


def _sides(docs: pd.DataFrame, codebook: Codebook) -> tuple[Counter, Counter, int, int]:
    """Term counts and token totals of the target and the reference documents of a frame."""
    counts = [Counter(), Counter()]
    totals = [0, 0]
    for in_target, text in zip(docs["_target"], docs["text"], strict=True):
        document, n = _counts(text, codebook)
        counts[0 if in_target else 1].update(document)
        totals[0 if in_target else 1] += n
    return counts[0], counts[1], totals[0], totals[1]


def keyness(
    corpus: Corpus | pd.DataFrame,
    target: list[str] | pd.Series | np.ndarray,
    *,
    min_count: int = 2,
    codebook: Codebook | None = None,
) -> pd.DataFrame:
    """Terms over- and under-used in the target documents against the rest of the corpus.

    Parameters
    ----------
    corpus
        A `Corpus` or its ``docs`` frame.
    target
        A list of doc_ids, or a boolean mask over the docs rows.
    min_count
        Terms seen fewer times than this in target and reference together are left out.

    Returns
    -------
    DataFrame
        term, count_target, count_reference, g2 (see `g2`), log_ratio (see `log_ratio`;
        positive = more frequent in the target), p (chi-squared, 1 d.f.), sorted by g2
        descending, then term.
    """
    codebook = codebook or load_codebook()
    docs = document_frame(corpus)
    if is_dask(target) or (isinstance(target, (pd.Series, np.ndarray)) and target.dtype == bool):
        docs = docs.assign(_target=target)
    else:
        docs = docs.assign(_target=docs["doc_id"].isin(list(target)))
    if is_dask(docs):
        parts = reduce_documents(docs, _sides, codebook=codebook)
    else:
        parts = [_sides(docs, codebook)]
    target_counts, reference_counts, c, d = Counter(), Counter(), 0, 0
    for part_target, part_reference, part_c, part_d in parts:
        target_counts.update(part_target)
        reference_counts.update(part_reference)
        c, d = c + part_c, d + part_d
    columns = ["term", "count_target", "count_reference", "g2", "log_ratio", "p"]
    if not c or not d:
        return pd.DataFrame(columns=columns)
    rows = []
    for term in set(target_counts) | set(reference_counts):
        a, b = target_counts[term], reference_counts[term]
        if a + b < min_count:
            continue
        score = g2(a, b, c, d)
        rows.append((term, a, b, score, log_ratio(a, b, c, d), math.erfc(math.sqrt(score / 2))))
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["g2", "term"], ascending=[False, True], kind="stable").reset_index(
        drop=True
    )


def _pairs(docs: pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Adjacent non-stop pairs within sentences: w1, w2, count, one row per distinct pair
    (counted as integer codes: a table of a few million pairs, not a dict of tuples)."""
    ids: dict[str, int] = {}
    codes = array("q")
    for text in docs["text"]:
        bounds = [end for _, end in document_sentences(text)]
        sentence = 0
        previous = None
        for token in document_tokens(text, codebook):
            if token.is_stop:
                continue
            while sentence < len(bounds) and token.start >= bounds[sentence]:
                sentence, previous = sentence + 1, None
            current = ids.setdefault(token.norm, len(ids))
            if previous is not None:
                codes.append(previous << 32 | current)
            previous = current
    unique, counts = np.unique(np.frombuffer(codes, dtype=np.int64), return_counts=True)
    words = np.array(list(ids), dtype=object)
    return pd.DataFrame(
        {"w1": words[unique >> 32], "w2": words[unique & 0xFFFFFFFF], "count": counts}
    )


def collocations(
    corpus: Corpus | pd.DataFrame, *, min_count: int = 2, codebook: Codebook | None = None
) -> pd.DataFrame:
    """Adjacent pairs of non-stop terms within a sentence (never across one).

    Returns w1, w2, count, pmi (log2 of observed over expected), llr (Dunning's G² over the
    four cells of the pair's 2×2 table), for pairs seen at least `min_count` times, sorted by
    llr descending.
    """
    codebook = codebook or load_codebook()
    docs = document_frame(corpus)
    if is_dask(docs):
        parts = reduce_documents(docs, _pairs, codebook=codebook)
        pairs = pd.concat(parts).groupby(["w1", "w2"], sort=False)["count"].sum().reset_index()
    else:
        pairs = _pairs(docs, codebook)
    firsts = pairs.groupby("w1")["count"].sum()
    seconds = pairs.groupby("w2")["count"].sum()
    total = float(pairs["count"].sum())
    table = pairs[pairs["count"] >= min_count].reset_index(drop=True)
    n = table["count"].to_numpy(dtype=float)
    f1 = firsts.reindex(table["w1"]).to_numpy(dtype=float)
    f2 = seconds.reindex(table["w2"]).to_numpy(dtype=float)
    table["count"] = table["count"].astype("int64")
    table["pmi"] = np.log2(n * total / (f1 * f2))
    table["llr"] = _g2_tables(n, f1 - n, f2 - n, total - f1 - f2 + n)
    return table.sort_values(["llr", "w1", "w2"], ascending=[False, True, True]).reset_index(
        drop=True
    )


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
