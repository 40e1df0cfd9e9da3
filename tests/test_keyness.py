"""Keyness against a worked example and on a hand-made pair of documents; collocations."""

from __future__ import annotations

import math

import pandas as pd
import pytest

import kurils
from kurils.keyness import g2, log_ratio
from tests.test_terms import FIXTURE


def test_g2_and_log_ratio_against_a_worked_example():
    # Rayson & Garside (2000) formula, computed by hand: a=10 in c=1000, b=5 in d=2000.
    # E1 = 1000*15/3000 = 5, E2 = 10; G2 = 2*(10 ln 2 + 5 ln 0.5) = 10 ln 2 = 6.931...
    assert g2(10, 5, 1000, 2000) == pytest.approx(10 * math.log(2))
    # Hardie (2014): log2((10/1000)/(5/2000)) = log2(4) = 2
    assert log_ratio(10, 5, 1000, 2000) == pytest.approx(2.0)
    assert log_ratio(0, 4, 100, 100) == pytest.approx(math.log2(0.5 / 4))


def test_keyness_target_by_ids_or_mask_gives_the_same_table():
    by_ids = kurils.keyness(FIXTURE, ["b"], min_count=1)
    by_mask = kurils.keyness(FIXTURE, FIXTURE["published"] >= "2022-02-24", min_count=1)
    pd.testing.assert_frame_equal(by_ids, by_mask)
    row = by_ids.set_index("term").loc["suspend"]
    assert (row["count_target"], row["count_reference"]) == (2, 0)
    assert row["log_ratio"] > 0 and 0 < row["p"] < 1


def test_collocations_never_cross_sentences():
    docs = pd.DataFrame(
        {"doc_id": ["a"], "text": ["Peace treaty now. Treaty peace. Peace treaty."]}
    )
    pairs = kurils.collocations(docs, min_count=1).set_index(["w1", "w2"])
    assert pairs.loc[("peace", "treaty"), "count"] == 2
    assert ("now", "treaty") not in pairs.index  # "now." ends the first sentence
    assert pairs.loc[("treaty", "peace"), "count"] == 1
