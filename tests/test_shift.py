"""The shift over time: reproducible, batch-independent bootstrap intervals."""

from __future__ import annotations

import pandas as pd
import pytest

import kurils


def test_shift_is_reproducible_and_hardening_for_japan(seed_corpus):
    scores = kurils.stance_scores(seed_corpus)
    first = kurils.stance_shift(scores=scores, split_date="2022-02-24")
    second = kurils.stance_shift(seed_corpus, "2022-02-24")
    pd.testing.assert_frame_equal(first, second)
    japan = first.set_index("side").loc["japan"]
    assert japan["shift"] < 0 and japan["ci_low"] <= japan["shift"] <= japan["ci_high"]
    # 11 quotations and sentences of Japan's before, with "The minister recalled …" and "…
    # Motegi held a meeting … and said that …"
    assert (japan["n_before"], japan["n_after"]) == (13, 3)


def test_bootstrap_draws_large_samples_in_batches(monkeypatch):
    import numpy as np

    from kurils import shift

    rng = np.random.default_rng(7)
    before, after = rng.normal(0, 1, 300), rng.normal(0.5, 1, 200)
    whole = np.random.default_rng(3)  # the one-call draw that a sample which fits still gets
    shifts = whole.choice(after, (500, 200)).mean(axis=1) - whole.choice(before, (500, 300)).mean(
        axis=1
    )
    expected = tuple(np.percentile(shifts, [2.5, 97.5]))
    assert shift._bootstrap(before, after, 500, 3) == expected
    # Three or five resamples per batch: numpy draws the same stream, so the same interval.
    monkeypatch.setattr(shift, "BOOTSTRAP_CELLS", 1000)
    assert shift._bootstrap(before, after, 500, 3) == expected


def test_few_distinct_scores_resample_as_counts_with_the_same_distribution():
    import numpy as np

    from kurils import shift

    values = np.random.default_rng(1).integers(-3, 4, 20_000) / 2  # 7 distinct scores
    by_counts = shift._resample_means(np.random.default_rng(2), values, 4000)
    by_units = np.random.default_rng(2).choice(values, (4000, len(values))).mean(axis=1)
    assert not np.array_equal(by_counts, by_units)  # not the units path
    assert by_counts.mean() == pytest.approx(values.mean(), abs=1e-3)
    assert by_counts.std() == pytest.approx(by_units.std(), rel=0.05)
    assert np.percentile(by_counts, [2.5, 97.5]) == pytest.approx(
        np.percentile(by_units, [2.5, 97.5]), abs=2e-3
    )


def test_yearly_intervals_hold_any_number_of_units(monkeypatch):
    from kurils import shift

    scores = pd.DataFrame(
        {
            "side": ["japan"] * 6 + ["russia"] * 4,
            "published": pd.to_datetime(
                ["2019-01-01"] * 3 + ["2020-01-01"] * 3 + ["2020-06-01"] * 4
            ),
            "cooperation": [0.0, 1.1, -0.7, 0.0, 0.0, 1.1, -1.1, -0.7, 0.0, -1.1],
        }
    )
    table = kurils.stance_by_year(scores, n_boot=500)
    assert list(table[["side", "year", "n"]].itertuples(index=False, name=None)) == [
        ("japan", 2019, 3),
        ("japan", 2020, 3),
        ("russia", 2020, 4),
    ]
    assert (table["ci_low"] <= table["mean"]).all() and (table["mean"] <= table["ci_high"]).all()
    monkeypatch.setattr(shift, "MULTINOMIAL_VALUES", 0)  # units drawn, in batches of two
    monkeypatch.setattr(shift, "BOOTSTRAP_CELLS", 8)
    by_units = kurils.stance_by_year(scores, n_boot=500)
    assert (by_units["ci_low"] <= by_units["mean"]).all()
    pd.testing.assert_frame_equal(
        by_units[["side", "year", "mean", "n"]], table[["side", "year", "mean", "n"]]
    )
