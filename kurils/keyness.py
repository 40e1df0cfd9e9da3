"""Keyness of target documents against the rest (Dunning's G², Hardie's log ratio) and
collocations of adjacent terms (PMI, G²), each from per-document counts."""

from __future__ import annotations

import math
from array import array
from collections import Counter
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from kurils.codebook import Codebook, load_codebook
from kurils.distributed import is_dask, reduce_documents
from kurils.text import document_counts, document_frame, document_sentences, document_tokens

if TYPE_CHECKING:
    from kurils.corpus import Corpus

__all__ = ["collocations", "g2", "keyness", "log_ratio"]


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
        document, n = document_counts(text, codebook)
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
