"""Term statistics on hand-counted fixtures and the seeds."""

from __future__ import annotations

import pandas as pd
import pytest

import kurils

FIXTURE = pd.DataFrame(
    {
        "doc_id": ["a", "b"],
        "outlet": ["X", "Y"],
        "published": pd.to_datetime(["2018-11-14", "2022-03-22"]),
        "text": [
            "Islands talks\n\nThe talks on Etorofu and Iturup continued. Talks went well.",
            "Talks suspended\n\nRussia suspended the peace treaty talks. The Northern Territories "
            "remain disputed.",
        ],
    }
)


def test_hand_counted_frequencies_with_alias_merging_and_no_stopwords():
    table = kurils.term_frequencies(FIXTURE).set_index("term")
    # Doc a, 12 tokens: Islands talks | The talks on Etorofu(=Iturup) and Iturup continued.
    # Talks went well. Doc b, 12 tokens: Talks suspended | Russia suspended the peace treaty
    # talks. The Northern Territories (one token) remain disputed.
    assert table.loc["talk", "count"] == 5
    assert table.loc["Iturup", "count"] == 2
    assert table.loc["Northern Territories", "count"] == 1
    assert table.loc["suspend", "count"] == 2
    assert "the" not in table.index and "and" not in table.index
    assert table.loc["talk", "per_10k"] == pytest.approx(5 * 10_000 / 24)


def test_japanese_names_count_in_either_order():
    docs = pd.DataFrame(
        {
            "doc_id": ["nhk"],
            "text": [
                "Talks in Moscow\n\nForeign Minister Kono Taro met Lavrov. Taro Kono said little. "
                "KISHIDA Fumio and Fumio Kishida are one man; Putin Vladimir is not a form."
            ],
        }
    )
    table = kurils.term_frequencies(docs).set_index("term")
    assert table.loc["Taro Kono", "count"] == 2
    assert table.loc["Fumio Kishida", "count"] == 2
    assert "taro" not in table.index and "fumio" not in table.index
    assert table.loc["Vladimir Putin", "count"] == 1  # Russian names keep their one order


def test_frequencies_by_a_docs_column():
    table = kurils.term_frequencies(FIXTURE, by="outlet")
    assert list(table.columns) == ["outlet", "term", "count", "per_10k"]
    counts = table.set_index(["outlet", "term"])["count"]
    assert counts[("X", "talk")] == 3 and counts[("Y", "talk")] == 2
    assert ("Y", "Iturup") not in counts.index


def test_kwic_matches_words_and_phrases_at_their_offsets(seed_corpus):
    texts = seed_corpus.docs.set_index("doc_id")["text"]
    for term in ["peace treaty", "Etorofu", "Habomai"]:
        rows = kurils.kwic(seed_corpus, term, window=5)
        assert len(rows) > 0
        for doc_id, match, start, end in rows[["doc_id", "match", "start", "end"]].values:
            assert texts[doc_id][start:end] == match
    treaty = kurils.kwic(seed_corpus, "peace treaty")
    assert len(treaty) == 32
    assert set(kurils.kwic(seed_corpus, "Etorofu")["match"]) == {"Iturup"}


def test_dispersion_and_place_naming_on_the_seeds(seed_corpus):
    table = kurils.dispersion(seed_corpus, ["Putin", "Northern Territories"])
    assert set(table["term"]) == {"Vladimir Putin", "Northern Territories"}
    assert table["position"].between(0, 1).all()
    assert list(table[table["term"] == "Northern Territories"]["doc_id"]) == [
        "003_eea530126d1362db"
    ]
    naming = kurils.place_naming(seed_corpus)
    names = naming[naming["doc_id"] == "003_eea530126d1362db"].set_index("name")["count"]
    assert names["Northern Territories"] == 1 and names["Kuril Islands"] == 2


def test_seed_regression_values(seed_corpus):
    table = kurils.term_frequencies(seed_corpus).set_index("term")
    assert table.loc["peace", "count"] == 36 and table.loc["treaty", "count"] == 34
    assert table.loc["Kuril Islands", "count"] == 7
    distinctive = kurils.distinctive_terms(seed_corpus, top_n=3)
    assert len(distinctive) == 15
    pairs = kurils.collocations(seed_corpus)
    assert tuple(pairs.iloc[0][["w1", "w2", "count"]]) == ("peace", "treaty", 32)


def test_document_term_matrix_is_the_per_document_frequency_table_for_its_terms(seed_corpus):
    terms = ["japan", "Northern Territories", "peace treaty", "no-such-term"]
    table = kurils.term_frequencies(seed_corpus, by="doc_id")
    expected = (
        table[table["term"].isin(terms)]
        .pivot(index="doc_id", columns="term", values="per_10k")
        .reindex(index=pd.Index(seed_corpus.docs["doc_id"], name="doc_id"), columns=terms)
        .fillna(0.0)
    )
    matrix = kurils.document_term_matrix(seed_corpus, terms)
    pd.testing.assert_frame_equal(matrix, expected)
    assert (matrix["japan"] > 0).all() and (matrix["no-such-term"] == 0).all()
