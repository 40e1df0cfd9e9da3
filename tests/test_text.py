"""Sentences and tokens: abbreviations, offsets, name merging, stopwords, lemmas."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import kurils
from kurils.text import document_sentences, document_tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Abe met Gen. Smith on Nov. 5. Then he left.",
            ["Mr. Abe met Gen. Smith on Nov. 5.", "Then he left."],
        ),
        (
            "Talks began on Dec. 15 in Nagato. Dr. Lee went to St. Petersburg.",
            ["Talks began on Dec. 15 in Nagato.", "Dr. Lee went to St. Petersburg."],
        ),
        (
            "The U.S. base worries Moscow. Russia said so on Jan. 3.",
            ["The U.S. base worries Moscow.", "Russia said so on Jan. 3."],
        ),
        (
            "Headline without a stop\n\nBody sentence one. Body sentence two.",
            ["Headline without a stop", "Body sentence one.", "Body sentence two."],
        ),
        ('"We agreed," Abe said. "Talks go on."', ['"We agreed," Abe said.', '"Talks go on."']),
        (  # paragraphs a page glued together, the space between them lost
            "Kishida protested.The spat goes on.Russia disagrees! Visits by the U.S.Navy ended.",
            [
                "Kishida protested.",
                "The spat goes on.",
                "Russia disagrees!",
                "Visits by the U.S.Navy ended.",
            ],
        ),
        (  # a list's number opening a paragraph stays with what it numbers
            "Summary\n\n1. President Putin's visit to Japan\n\nII. Peace treaty\n\n"
            "(3)The leaders agreed. They left.",
            [
                "Summary",
                "1. President Putin's visit to Japan",
                "II. Peace treaty",
                "(3)The leaders agreed.",
                "They left.",
            ],
        ),
    ],
)
def test_sentences_respect_abbreviations_headlines_and_paragraphs(text, expected):
    assert [text[s:e] for s, e in document_sentences(text)] == expected


def test_tokens_keep_special_forms_and_offsets():
    text = "The 2+2 talks in the U.S. and Russian-Japanese ties: Japan’s stance, 1,000 troops."
    tokens = document_tokens(text)
    assert [t.text for t in tokens][:5] == ["The", "2+2", "talks", "in", "the"]
    assert "U.S." in [t.text for t in tokens] and "Russian-Japanese" in [t.text for t in tokens]
    assert all(text[t.start : t.end] == t.text for t in tokens)
    norms = {t.text: (t.norm, t.is_stop) for t in tokens}
    assert norms["Japan’s"] == ("japan", False)
    assert norms["talks"] == ("talk", False)
    assert norms["The"][1] and norms["1,000"][1]  # stopword and a number that is no year
    assert norms["2+2"] == ("2+2", False)


def test_names_merge_through_the_codebook():
    text = (
        "Etorofu, which Russia calls Iturup, is north of the Habomai islets; Putin, Vladimir Putin."
    )
    tokens = [t for t in document_tokens(text) if not t.is_stop]
    assert [t.norm for t in tokens if t.norm[0].isupper()] == [
        "Iturup",
        "Iturup",
        "Habomai",
        "Vladimir Putin",
        "Vladimir Putin",
    ]
    merged = next(t for t in tokens if t.text == "Habomai islets")
    assert text[merged.start : merged.end] == "Habomai islets"


def test_longer_names_win():
    norms = [t.norm for t in document_tokens("the Southern Kuril Islands and the Kuril Islands")]
    assert [n for n in norms if n[0].isupper()] == ["Southern Kurils", "Kuril Islands"]


def test_sentences_and_tokens_tables_index_the_document_text(seed_corpus):
    texts = seed_corpus.docs.set_index("doc_id")["text"]
    table = kurils.sentences(seed_corpus)
    assert all(
        texts[d][s:e] == t for d, s, e, t in table[["doc_id", "start", "end", "text"]].values
    )
    tokens = kurils.tokens(seed_corpus)
    assert all(
        texts[d][s:e] == t for d, s, e, t in tokens[["doc_id", "start", "end", "token"]].values
    )
    first = table.groupby("doc_id")["text"].first()
    assert (first == seed_corpus.docs.set_index("doc_id")["headline"]).all()


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_offsets_hold_for_any_text(text):
    for start, end in document_sentences(text):
        assert 0 <= start <= end <= len(text)
    for token in document_tokens(text):
        assert text[token.start : token.end] == token.text


WORDS = st.sampled_from(
    ["Japan's", "U.S.", "2+2", "peace-treaty", "1956", "the", "’s", "x.y", "20th", "Tokyo"]
)
GAPS = st.sampled_from([" ", "  ", "\n", "\t", ", ", ". ", "\u2028", "\u00a0", "-", "'", ""])


@given(
    st.lists(st.tuples(WORDS, GAPS), max_size=30).map(lambda p: "".join(w + g for w, g in p))
    | st.text(alphabet=st.characters(exclude_categories=["Lu", "Ll"]), max_size=200)
)
def test_counting_whitespace_chunks_gives_the_token_regex_counts(text):
    from collections import Counter

    from kurils.text import TOKEN, raw_counts

    raw, n_tokens = raw_counts(text)  # no codebook name in these texts
    expected = Counter(TOKEN.findall(text.lower()))
    assert dict(raw) == dict(expected) and n_tokens == sum(expected.values())


def test_counts_do_not_depend_on_the_token_caches(seed_corpus, monkeypatch):
    import sys

    text_module = sys.modules["kurils.text"]
    expected = kurils.term_frequencies(seed_corpus, by="doc_id")
    monkeypatch.setattr(text_module, "CACHE_ENTRIES", 5)  # emptied again and again
    text_module._CHUNK_TOKENS.clear()
    pd.testing.assert_frame_equal(kurils.term_frequencies(seed_corpus, by="doc_id"), expected)
    every_chunk = set(" ".join(seed_corpus.docs["text"]).lower().split())
    assert len(text_module._CHUNK_TOKENS) < len(every_chunk)  # it was emptied on the way
