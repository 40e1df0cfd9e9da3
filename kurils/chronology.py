"""The corpus's time expressions (found and resolved by `kurils.timexpr`); event mentions
merged across articles into one timeline."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

import pandas as pd

from kurils.codebook import Codebook, load_codebook
from kurils.distributed import is_dask, map_documents, reduce_documents
from kurils.tables import frame_from_rows
from kurils.text import document_frame, document_sentences, iter_documents
from kurils.timexpr import document_expressions

if TYPE_CHECKING:
    from kurils.corpus import Corpus

__all__ = ["event_mentions", "time_expressions", "timeline"]


def time_expressions(
    corpus: Corpus | pd.DataFrame, *, codebook: Codebook | None = None
) -> pd.DataFrame:
    """Every time expression in every document, resolved.

    Returns
    -------
    DataFrame
        doc_id, text, start, end (offsets into ``docs.text``), value (ISO-like at its own
        precision: ``2020-07-03``, ``2020-W27`` (an ISO week: "last week"), ``2018-11``,
        ``1956``, ``195X``, ``19XX``; empty when unresolved), granularity (day, week, month,
        year, decade, century), anchor (``absolute``; ``document_date``; ``narrative``, from the
        last date the text named: "later in March", "the following day" (a year alone counts
        in its own paragraph, not when it names a thing or bounds a span: "the 1956
        declaration", "since 2012"), or from the last year it named, in any form: "the
        following year", "a year later", "later that year", "in September that year";
        ``unresolved``),
        sentence (the sentence it is in), published (the document's publication date, the
        reference for relative expressions).
    """
    if is_dask(document_frame(corpus)):
        return map_documents(document_frame(corpus), time_expressions, codebook=codebook)
    del codebook  # resolution uses no codebook; the argument keeps the analyses' signature
    columns = [
        "doc_id",
        "text",
        "start",
        "end",
        "value",
        "granularity",
        "anchor",
        "sentence",
        "published",
    ]
    return frame_from_rows(_expression_rows(document_frame(corpus)), columns)


def _expression_rows(docs: pd.DataFrame) -> Iterator[tuple]:
    for doc_id, pub, text in iter_documents(docs, "time expressions"):
        spans = document_sentences(text)
        for expression in document_expressions(text, pub):
            sentence = next((text[s:e] for s, e in spans if s <= expression.start < e), "")
            yield (doc_id, *expression, sentence, pd.Timestamp(pub) if pub else pd.NaT)


# Words too common in this domain to show that two sentences speak of the same thing.
_GENERIC = frozenset(
    """japan russia japanese russian tokyo moscow peace treaty say talk country two minister
    foreign year government issue side sign state""".split()
)
_MENTION_COLUMNS = ["event_id", "doc_id", "start", "end", "value", "granularity", "sentence"]
_EVENT_COLUMNS = [
    "event_id",
    "value",
    "date",
    "granularity",
    "label",
    "n_docs",
    "doc_ids",
    "n_mentions",
    "conflict",
    "evidence",
]


def _compatible(value: str, other: str) -> bool:
    """True when two ISO-like values can name the same time (one is a prefix of the other)."""
    return value.startswith(other) or other.startswith(value)


def _period_start(value: str) -> pd.Timestamp:
    padded = value.replace("X", "0")
    return pd.Timestamp(padded + "-01-01"[len(padded) - 4 :] if len(padded) < 10 else padded)


def _mentions(corpus: Corpus | pd.DataFrame, codebook: Codebook) -> pd.DataFrame:
    """Resolved time expressions at year precision or finer, weeks aside: doc_id, start, end (of
    their sentence), value, granularity, sentence, event (the reference event they name, or
    None) and terms (the key terms of the sentence, which group the others in `timeline` and
    tie a day named again to its reference event)."""
    from kurils.text import document_tokens

    docs = document_frame(corpus)
    rows = []
    for doc_id, pub, text in iter_documents(docs, "event mentions"):
        spans = document_sentences(text)
        tokens = None
        for expression in document_expressions(text, pub):
            if expression.value is None or "X" in expression.value or "W" in expression.value:
                continue  # a decade, a century or a week does not date an event
            index = next((i for i, (s, e) in enumerate(spans) if s <= expression.start < e), 0)
            start, end = spans[index]
            sentence = text[start:end]
            context = text[spans[max(index - 1, 0)][0] : end].lower()
            event = _reference_event(expression.value, sentence.lower(), context, codebook)
            if tokens is None:
                tokens = [t for t in document_tokens(text, codebook) if not t.is_stop]
            # The sentence's key terms; the date's own words are not a shared subject. (10
            # terms: 120 bytes as a tuple, 728 as a frozenset)
            outside_date = (
                t.norm
                for t in tokens
                if start <= t.start < end and not expression.start <= t.start < expression.end
            )
            terms = tuple(set(outside_date) - _GENERIC)
            rows.append(
                (
                    doc_id,
                    start,
                    end,
                    expression.value,
                    expression.granularity,
                    sentence,
                    event,
                    terms,
                )
            )
    columns = ["doc_id", "start", "end", "value", "granularity", "sentence", "event", "terms"]
    return pd.DataFrame(rows, columns=columns)


def _uses(terms: list[str], text: str) -> bool:
    return any(re.search(rf"\b{re.escape(term.lower())}", text) for term in terms)


def _reference_event(value: str, sentence: str, context: str, codebook: Codebook) -> str | None:
    """The codebook event a mention refers to: a compatible date and one of its terms in the
    sentence or the one before; else a date near the event's (`_near`) and a term in the
    sentence itself (a conflicting date, flagged by `timeline`)."""
    same_year = [e for e in codebook.events if e["date"][:4] == value[:4]]
    for event in same_year:
        if _compatible(value, event["date"]) and _uses(event["terms"], context):
            return event["id"]
    for event in same_year:
        terms = event["terms"] if _near(value, event["date"]) else _names(event["terms"])
        if _uses(terms, sentence):
            return event["id"]
    return None


def _near(value: str, other: str) -> bool:
    """Whether two dates of the same year are near enough to date one event whatever word the
    sentence names it by, as sources differ by a day or a time zone ("agreed Friday" for a
    summit of Thursday and Friday): a week apart at most, or a month where either names only
    its month ("September 1945" for the takeover of August 1945). Further apart, only the
    event's name of two words or more dates it ("The Joint Declaration was signed on December
    12, 1956"): "Ukraine" in October 2022 is not the invasion of February."""
    days = abs((_period_start(value) - _period_start(other)).days)
    return days <= (7 if len(value) == len(other) == 10 else 31)


def _names(terms: list[str]) -> list[str]:
    """An event's terms of two words or more: its names ("Joint Declaration", "Tokyo
    Declaration"), not a word the news uses of other things too ("Ukraine", "suspend")."""
    return [term for term in terms if " " in term]


def event_mentions(
    corpus: Corpus | pd.DataFrame, *, codebook: Codebook | None = None
) -> pd.DataFrame:
    """Each dated mention assigned to an event: event_id, doc_id, start, end (the sentence's
    offsets in ``docs.text``), value, granularity, sentence.

    A mention belongs to a codebook reference event when its date is compatible (same year,
    month and day as far as both state them, or a conflicting date: within a week, a month
    where either states only its month, or by the event's name of two words or more) and the
    sentence or the one before it uses one of the event's terms, or when it names the very day
    that the document has named for that event in a sentence sharing a key term with it. Other
    mentions of the same date are one event when their sentences share a key term (a name or a
    content word).
    """
    codebook = codebook or load_codebook()
    docs = document_frame(corpus)
    if is_dask(docs):
        parts = reduce_documents(docs, _mentions, codebook=codebook)
        mentions = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame()
    else:
        mentions = _mentions(docs, codebook)
    if mentions.empty:
        return pd.DataFrame(columns=_MENTION_COLUMNS)
    events = [event if isinstance(event, str) else None for event in mentions["event"]]
    # a day a document names again, of the same subject, is the reference event it named that
    # day for: "Abe and Putin agreed on Wednesday in Singapore …" / "Wednesday's agreement
    # between Abe and Putin"
    dates = {event["id"]: event["date"] for event in codebook.events}
    keys = list(zip(mentions["doc_id"], mentions["value"], mentions["terms"], strict=True))
    named: dict[tuple[str, str], tuple[str, set[str]]] = {}
    for (doc_id, value, terms), event in zip(keys, events, strict=True):
        if event is not None and dates[event] == value and len(value) == 10:
            named.setdefault((doc_id, value), (event, set()))[1].update(terms)
    events = [
        event
        or (
            named[doc_id, value][0]
            if (doc_id, value) in named and named[doc_id, value][1].intersection(terms)
            else None
        )
        for (doc_id, value, terms), event in zip(keys, events, strict=True)
    ]
    mentions["event_id"] = _group_free_mentions(mentions, events)
    return (
        mentions[_MENTION_COLUMNS]
        .sort_values(["event_id", "doc_id", "start"])
        .reset_index(drop=True)
    )


def _group_free_mentions(mentions: pd.DataFrame, event_ids: list[str | None]) -> list[str]:
    """Event ids for mentions of no reference event: mentions of the same value whose
    sentences share a key term, directly or through other mentions, are one event, named
    ``value#i`` after its first mention. Linear in the mentions: each term links a mention to
    the first earlier mention of the same value that used it."""
    parent = list(range(len(mentions)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    first_with: dict[tuple[str, str], int] = {}
    values, terms = list(mentions["value"]), list(mentions["terms"])
    for i, event_id in enumerate(event_ids):
        if event_id is not None:
            continue
        for term in terms[i]:
            earlier = first_with.setdefault((values[i], term), i)
            a, b = root(earlier), root(i)
            if a != b:  # the smaller index stays the root: it names the event
                parent[max(a, b)] = min(a, b)
    return [
        event_id if event_id is not None else f"{values[i]}#{root(i)}"
        for i, event_id in enumerate(event_ids)
    ]


def timeline(
    corpus: Corpus | pd.DataFrame,
    *,
    min_docs: int = 1,
    codebook: Codebook | None = None,
    mentions: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """One row per event cited by at least `min_docs` documents, in date order, from
    `mentions` (the `event_mentions` table, computed from `corpus` when not given).

    Returns
    -------
    DataFrame
        event_id, value (the event's date at its precision), date (start of that period, for
        plotting), granularity, label (the codebook label, or the key terms the sentences share),
        n_docs, doc_ids (``;``-separated), n_mentions, conflict (the documents give
        incompatible dates for the same event, e.g. different days), evidence
        (``doc_id[start:end]`` of every sentence, ``;``-separated; see `event_mentions`).
    """
    codebook = codebook or load_codebook()
    if mentions is None:
        mentions = event_mentions(corpus, codebook=codebook)
    references = {event["id"]: event for event in codebook.events}
    groups: dict[str, list[tuple]] = {}
    columns = ["event_id", "doc_id", "start", "end", "value", "sentence"]
    for event_id, *mention in mentions[columns].itertuples(index=False, name=None):
        groups.setdefault(event_id, []).append(mention)
    rows = []
    for event_id, group in groups.items():
        doc_ids = sorted({doc_id for doc_id, *_ in group})
        if len(doc_ids) < min_docs:
            continue
        values = [value for _, _, _, value, _ in group]
        if event_id in references:
            value, label = references[event_id]["date"], references[event_id]["label"]
        else:
            value, label = max(values, key=len), _label(group[0][4])
        conflict = any(not _compatible(v, value) for v in values)
        granularity = {10: "day", 7: "month", 4: "year"}[len(value)]
        evidence = ";".join(f"{d}[{s}:{e}]" for d, s, e, _, _ in group)
        rows.append(
            (
                event_id,
                value,
                _period_start(value),
                granularity,
                label,
                len(doc_ids),
                ";".join(doc_ids),
                len(group),
                conflict,
                evidence,
            )
        )
    table = pd.DataFrame(rows, columns=_EVENT_COLUMNS)
    return table.sort_values(["date", "event_id"], kind="stable").reset_index(drop=True)


def _label(sentence: str) -> str:
    """A sentence shortened to about eight words."""
    words = sentence.split()
    return " ".join(words[:8]) + (" …" if len(words) > 8 else "")
