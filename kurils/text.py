"""Sentences and tokens with character offsets, stopwords, lemmas and codebook name merging.

Regex tokenising and NLTK's data-free Punkt; no download, no model: the same result everywhere."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

import pandas as pd

from kurils.codebook import Codebook, load_codebook
from kurils.progress import progress

if TYPE_CHECKING:
    from kurils.corpus import Corpus

__all__ = [
    "ABBREVIATIONS",
    "Token",
    "document_counts",
    "document_frame",
    "document_sentences",
    "document_tokens",
    "iter_documents",
    "normalise_counts",
    "raw_counts",
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
_GAP = re.compile(r"[^\S\n]+")


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


@lru_cache(maxsize=1)
def _lemmatizer():
    """simplemma's English dictionary lookup (its affix and rule strategies, which guess at
    unknown words, are left out: they cost far more and change no dictionary word)."""
    from simplemma import Lemmatizer
    from simplemma.strategies import DictionaryLookupStrategy

    return Lemmatizer(lemmatization_strategy=DictionaryLookupStrategy())


@lru_cache(maxsize=100_000)
def _lemma(word: str) -> str:
    return _lemmatizer().lemmatize(word, lang="en").lower()


def _paragraph_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for match in _PARAGRAPH.finditer(text):
        if match.start() > start:
            yield start, match.start()
        start = match.end()
    if start < len(text):
        yield start, len(text)


# Two sentences a page glued together, its space lost between paragraphs: "… Kishida added.The
# spat over …" (a word of two lower-case letters or more, its stop, a capitalised word)
_GLUED_SENTENCE = re.compile(r"(?<=[a-z][a-z][.!?])(?=[A-Z][a-z])")
# A list's number opening a paragraph is no sentence of its own: "1. President Putin's visit to
# Japan", "II. Peace treaty issue"
_LIST_NUMBER = re.compile(r"\(?\d{1,2}[.)]|[IVX]{1,4}\.")


@lru_cache(maxsize=4096)
def document_sentences(text: str) -> tuple[tuple[int, int], ...]:
    """Sentence spans of one document: Punkt (with `ABBREVIATIONS`) inside each paragraph,
    sentences glued together with no space between split apart ("… added.The spat …"), a list's
    number opening a paragraph kept with what it numbers ("1. President Putin's visit"); the
    headline and every paragraph break end a sentence."""
    spans = []
    punkt = _punkt()
    for start, end in _paragraph_spans(text):
        paragraph = text[start:end]
        tokens = list(punkt.span_tokenize(paragraph))
        if len(tokens) > 1 and _LIST_NUMBER.fullmatch(paragraph[slice(*tokens[0])]):
            tokens[:2] = [(tokens[0][0], tokens[1][1])]
        for s, e in tokens:
            for cut in _GLUED_SENTENCE.finditer(paragraph, s + 1, e):
                spans.append((start + s, start + cut.start()))
                s = cut.start()
            spans.append((start + s, start + e))
    return tuple(spans)


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


@lru_cache(maxsize=100_000)
def _type(lowered: str, keep: frozenset[str]) -> tuple[str, bool]:
    """Counting form and stopword flag of one lower-cased token."""
    word = _POSSESSIVE.sub("", lowered)
    if word[:1].isdigit():
        return word, not (_YEAR.match(word) or "+" in word)
    is_stop = (word in stopwords() or lowered in stopwords()) and word not in keep
    return (word if is_stop else _lemma(word)), is_stop


@lru_cache(maxsize=8)
def _types(codebook: Codebook) -> dict[str, tuple[str, bool]]:
    """A table of `_type` results for one codebook (a plain dict is the fastest cache), emptied
    when it holds `CACHE_ENTRIES`."""
    return {}


@lru_cache(maxsize=8)
def _alias_pattern(codebook: Codebook) -> re.Pattern[str]:
    """One regex for every codebook alias, longest first, matching at token boundaries with an
    optional possessive and spaces between words, as `document_tokens` merges them."""
    words_of = {}
    for alias in codebook.terms:
        words = [_POSSESSIVE.sub("", w) for w in TOKEN.findall(alias.lower())]
        if words:
            words_of[alias] = words
    trie: dict = {}
    for words in words_of.values():
        node = trie
        for atom in [a for w in words for a in (*w, _POSS, _SPACE)][:-1]:
            node = node.setdefault(atom, {})
        node[_END] = {}
    return re.compile(r"(?<![\w'’.+-])" + _trie_regex(trie) + r"(?![\w'’+-])")


_POSS, _SPACE, _END = "<possessive>", "<space>", "<end>"
_ATOMS = {_POSS: r"(?:['’]s?)?", _SPACE: r"[^\S\n]+"}


def _trie_regex(node: dict) -> str:
    """A regex for the strings of a trie of atoms; longer continuations are tried first, so the
    leftmost match is the longest alias, as in `document_tokens`."""
    branches = [
        _ATOMS.get(atom, re.escape(atom)) + _trie_regex(child)
        for atom, child in sorted(node.items(), key=lambda item: item[0] == _END)
        if atom != _END
    ]
    if _END in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


_CHUNK_TOKENS: dict[str, tuple[str, ...]] = {}
# Entries kept in the token caches before they are emptied: about 60 MB each when full.
CACHE_ENTRIES = 200_000


def raw_counts(text: str, codebook: Codebook | None = None) -> tuple[Counter, int]:
    """Counts of the lower-cased tokens of `text` (codebook names counted under a 1-tuple of
    their canonical name instead of their words) and the number of tokens. Texts joined with a
    blank line count as the sum of their parts, so a group of documents is counted in one pass.
    """
    codebook = codebook or load_codebook()
    lowered = text.lower()
    raw: Counter = Counter()
    # No token spans whitespace: count the whitespace-separated chunks (in C), then tokenise
    # each distinct chunk once; the counts equal those of TOKEN.findall(lowered).
    if len(_CHUNK_TOKENS) > CACHE_ENTRIES:
        _CHUNK_TOKENS.clear()
    for chunk, n in Counter(lowered.split()).items():
        found = _CHUNK_TOKENS.get(chunk)
        if found is None:
            found = _CHUNK_TOKENS[chunk] = tuple(TOKEN.findall(chunk))
        for token in found:
            raw[token] += n
    n_tokens = sum(raw.values())
    phrases = _phrases(codebook)
    for matched, n in Counter(_alias_pattern(codebook).findall(lowered)).items():
        parts = TOKEN.findall(matched)
        key = tuple(_POSSESSIVE.sub("", part) for part in parts)
        name = next((name for words, name in phrases.get(key[0], ()) if words == key), None)
        if name is not None:
            raw[(name,)] += n
            for part in parts:
                raw[part] -= n
            n_tokens -= n * (len(parts) - 1)
    return raw, n_tokens


def normalise_counts(raw: Counter, codebook: Codebook | None = None) -> Counter:
    """Turn `raw_counts` into counts of counting forms, stopwords left out."""
    codebook = codebook or load_codebook()
    counts: Counter = Counter()
    keep = codebook.keep_words
    types = _types(codebook)
    if len(types) > CACHE_ENTRIES:
        types.clear()
    for key, n in raw.items():
        if n <= 0:
            continue
        if isinstance(key, tuple):
            counts[key[0]] += n
            continue
        info = types.get(key)
        if info is None:
            info = types[key] = _type(key, keep)
        if not info[1]:
            counts[info[0]] += n
    return counts


def document_counts(text: str, codebook: Codebook | None = None) -> tuple[Counter, int]:
    """Counts of the non-stop counting forms of one document and its number of tokens: the
    same numbers as counting `document_tokens`, computed without building the tokens."""
    raw, n_tokens = raw_counts(text, codebook)
    return normalise_counts(raw, codebook), n_tokens


def document_tokens(text: str, codebook: Codebook | None = None) -> tuple[Token, ...]:
    """Tokens of one document, with codebook names merged into one token each (cached: the
    analyses of a notebook tokenise each document once).

    `norm` is the counting form: a place's or actor's canonical name for any of its aliases
    ("Etorofu" → "Iturup", "Putin" → "Vladimir Putin"), else the lower-case lemma without a
    possessive ("negotiations" → "negotiation", "Japan's" → "japan"). `is_stop` marks words of
    the stopword list (less the codebook's `keep_words`) and numbers other than years. The words
    of a name are separated by spaces only (never punctuation or a line break).
    """
    return _document_tokens(text, codebook or load_codebook())


@lru_cache(maxsize=1024)  # about 100 MB of tokens; larger corpora are passed through
def _document_tokens(text: str, codebook: Codebook) -> tuple[Token, ...]:
    """Uncached `document_tokens`."""
    phrases = _phrases(codebook)
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
                n = len(words)
                if tuple(lowered[i : i + n]) == words and all(
                    _GAP.fullmatch(text, matches[k].end(), matches[k + 1].start())
                    for k in range(i, i + n - 1)
                ):
                    merged = (n, name)
                    break
            if merged is not None:
                n, name = merged
                start, end = matches[i].start(), matches[i + n - 1].end()
                found.append(Token(text[start:end], name, False, start, end))
                i += n
                continue
            surface = matches[i].group()
            norm, is_stop = _type(surface.lower(), keep)
            found.append(Token(surface, norm, is_stop, matches[i].start(), matches[i].end()))
            i += 1
    return tuple(found)


def document_frame(corpus: Corpus | pd.DataFrame) -> pd.DataFrame:
    """The documents table of a `Corpus`, or the frame itself when given one."""
    return corpus if isinstance(corpus, pd.DataFrame) else corpus.docs


def iter_documents(
    docs: pd.DataFrame, what: str = "documents"
) -> Iterator[tuple[str, date | None, str]]:
    """(doc_id, publication date or None, text) for each row of a docs frame (with a progress
    bar labelled `what` for a long frame)."""
    rows = zip(docs["doc_id"], docs["published"], docs["text"], strict=True)
    for doc_id, published, text in progress(rows, len(docs), what):
        yield doc_id, (None if pd.isna(published) else pd.Timestamp(published).date()), text


def sentences(corpus: Corpus | pd.DataFrame) -> pd.DataFrame:
    """One row per sentence: doc_id, sent_id (from 0 in each document), start, end, text
    (``docs.text[start:end]``)."""
    from kurils.distributed import is_dask, map_documents

    if is_dask(document_frame(corpus)):
        return map_documents(document_frame(corpus), sentences)
    rows = []
    for doc_id, text in zip(*(document_frame(corpus)[c] for c in ("doc_id", "text")), strict=True):
        for sent_id, (start, end) in enumerate(document_sentences(text)):
            rows.append((doc_id, sent_id, start, end, text[start:end]))
    return pd.DataFrame(rows, columns=["doc_id", "sent_id", "start", "end", "text"])


def tokens(corpus: Corpus | pd.DataFrame, *, codebook: Codebook | None = None) -> pd.DataFrame:
    """One row per token (for inspecting small corpora): doc_id, sent_id, token, norm, is_stop,
    start, end. Offsets index ``docs.text``; see `document_tokens` for `norm` and `is_stop`."""
    from kurils.distributed import is_dask, map_documents

    if is_dask(document_frame(corpus)):
        return map_documents(document_frame(corpus), tokens, codebook=codebook)
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
