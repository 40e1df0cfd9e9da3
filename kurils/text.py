"""Sentences and tokens with character offsets, stopwords, lemmas and codebook name merging.

Regex tokenising and NLTK's data-free Punkt; no download, no model: the same result everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from kurils.codebook import Codebook, load_codebook

if TYPE_CHECKING:
    from kurils.corpus import Corpus

__all__ = [
    "ABBREVIATIONS",
    "Token",
    "document_frame",
    "document_sentences",
    "document_tokens",
    "sentences",
    "stopwords",
    "tokens",
]

# Abbreviations after which a full stop does not end a sentence (Punkt takes them lower-case,
# without the final stop).
ABBREVIATIONS = frozenset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr prof gen col lt maj capt
    sgt adm gov sen rep st mt ft jr sr u.s u.k u.n e.u u.s.s.r no vs etc inc corp co ltd dept
    est approx fig p.m a.m""".split()
)

TOKEN = re.compile(
    r"""\d+\+\d+                             # 2+2
    | (?:[A-Za-z]\.){2,}(?![A-Za-z])         # U.S., U.N.
    | [^\W\d_]+(?:[-'’][^\W\d_]+)*           # words, hyphenated words, possessives
    | \d+(?:[.,:]\d+)*(?:st|nd|rd|th|s)?     # numbers, 1990s, 20th
    """,
    re.VERBOSE,
)
_POSSESSIVE = re.compile(r"['’]s?$")
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
_PARAGRAPH = re.compile(r"\n\s*\n")


class Token(NamedTuple):
    """One token: surface text, counting form (`norm`), stopword flag, offsets into the text."""

    text: str
    norm: str
    is_stop: bool
    start: int
    end: int


@lru_cache(maxsize=1)
def stopwords() -> frozenset[str]:
    """The English list of the pinned `stop-words` package (lower case)."""
    from stop_words import get_stop_words

    return frozenset(word.lower() for word in get_stop_words("en"))


@lru_cache(maxsize=1)
def _punkt():
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


@lru_cache(maxsize=200_000)
def _lemma(word: str) -> str:
    import simplemma

    return simplemma.lemmatize(word, lang="en").lower()


def _paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH.finditer(text):
        if match.start() > start:
            yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


def document_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of one document: Punkt (with `ABBREVIATIONS`) inside each paragraph; the
    headline and every paragraph break end a sentence."""
    spans = []
    punkt = _punkt()
    for start, end in _paragraph_spans(text):
        paragraph = text[start:end]
        spans.extend((start + s, start + e) for s, e in punkt.span_tokenize(paragraph))
    return spans


@lru_cache(maxsize=8)
def _phrases(codebook: Codebook) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """Codebook aliases keyed by their first word, longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for alias, name in codebook.terms.items():
        words = tuple(_POSSESSIVE.sub("", w) for w in TOKEN.findall(alias.lower()))
        if words:
            table.setdefault(words[0], []).append((words, name))
    for options in table.values():
        options.sort(key=lambda option: -len(option[0]))
    return table


def document_tokens(text: str, codebook: Codebook | None = None) -> list[Token]:
    """Tokens of one document, with codebook names merged into one token each.

    `norm` is the counting form: a place's or actor's canonical name for any of its aliases
    ("Etorofu" → "Iturup", "Putin" → "Vladimir Putin"), else the lower-case lemma without a
    possessive ("negotiations" → "negotiation", "Japan's" → "japan"). `is_stop` marks words of
    the stopword list (less the codebook's `keep_words`) and numbers other than years; names
    never span a paragraph break.
    """
    codebook = codebook or load_codebook()
    phrases = _phrases(codebook)
    stop = stopwords()
    keep = codebook.keep_words
    found: list[Token] = []
    for para_start, para_end in _paragraph_spans(text):
        matches = list(TOKEN.finditer(text, para_start, para_end))
        lowered = [_POSSESSIVE.sub("", m.group().lower()) for m in matches]
        i = 0
        while i < len(matches):
            word = lowered[i]
            merged = None
            for words, name in phrases.get(word, ()):
                if tuple(lowered[i : i + len(words)]) == words:
                    merged = (len(words), name)
                    break
            if merged is not None:
                n, name = merged
                start, end = matches[i].start(), matches[i + n - 1].end()
                found.append(Token(text[start:end], name, False, start, end))
                i += n
                continue
            surface = matches[i].group()
            if word[:1].isdigit():
                is_stop = not (_YEAR.match(word) or "+" in word)
                norm = word
            else:
                is_stop = (word in stop or surface.lower() in stop) and word not in keep
                norm = word if is_stop else _lemma(word)
            found.append(Token(surface, norm, is_stop, matches[i].start(), matches[i].end()))
            i += 1
    return found


def document_frame(corpus: Corpus | pd.DataFrame) -> pd.DataFrame:
    """The documents table of a `Corpus`, or the frame itself when given one."""
    return corpus if isinstance(corpus, pd.DataFrame) else corpus.docs


def sentences(corpus: Corpus | pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: doc_id, sent_id (from 0 in each document), start, end, text
    (``docs.text[start:end]``)."""
    rows = []
    for doc_id, text in zip(*(document_frame(corpus)[c] for c in ("doc_id", "text")), strict=True):
        for sent_id, (start, end) in enumerate(document_sentences(text)):
            rows.append((doc_id, sent_id, start, end, text[start:end]))
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "start", "end", "text"])


def tokens(corpus: Corpus | pd.DataFrame, *, codebook: Codebook | None = None) -> pd.DataFrame:
    """One row per token (for inspecting small corpora): doc_id, sent_id, token, norm, is_stop,
    start, end. Offsets index ``docs.text``; see `document_tokens` for `norm` and `is_stop`."""
    import bisect

    rows = []
    for doc_id, text in zip(*(document_frame(corpus)[c] for c in ("doc_id", "text")), strict=True):
        starts = [start for start, _ in document_sentences(text)]
        for token in document_tokens(text, codebook):
            sent_id = max(bisect.bisect_right(starts, token.start) - 1, 0)
            rows.append(
                (doc_id, sent_id, token.text, token.norm, token.is_stop, token.start, token.end)
            )
    columns = ["doc_id", "sent_id", "token", "norm", "is_stop", "start", "end"]
    return pd.DataFrame(rows, columns=columns)
