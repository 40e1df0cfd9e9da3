"""The shift in each side's stance over time: mean cooperation before and after a date, and
per year, with seeded bootstrap intervals."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

from kurils.distributed import is_dask
from kurils.stance import stance_scores

if TYPE_CHECKING:
    from kurils.corpus import Corpus

__all__ = ["stance_by_year", "stance_shift"]

BOOTSTRAP_CELLS = 10_000_000  # resampled values drawn at once: 80 MB
MULTINOMIAL_VALUES = 1000  # distinct values up to which a resample is drawn as their counts


def _resample_means(rng: np.random.Generator, values: np.ndarray, n_boot: int) -> np.ndarray:
    """Means of `n_boot` resamples (with replacement) of `values`.

    Cooperation scores are ratios of small counts, so a million units hold a few dozen distinct
    values: a resample is then drawn as how often each distinct value comes up (one multinomial
    draw, the same distribution as drawing the units), in time and memory that do not grow with
    the number of units. Beyond `MULTINOMIAL_VALUES` distinct values (or half the units) the
    units are drawn, in batches of at most `BOOTSTRAP_CELLS` values (80 MB); numpy draws the
    same random stream in batches as in one call, so the intervals do not depend on the batch.
    """
    distinct, counts = np.unique(values, return_counts=True)
    if 0 < len(distinct) <= min(MULTINOMIAL_VALUES, len(values) // 2):
        drawn = rng.multinomial(len(values), counts / len(values), size=n_boot)
        return drawn @ distinct / len(values)
    rows = max(1, BOOTSTRAP_CELLS // max(len(values), 1))
    means = [
        rng.choice(values, (min(rows, n_boot - done), len(values))).mean(axis=1)
        for done in range(0, n_boot, rows)
    ]
    return np.concatenate(means)


def _bootstrap(
    before: np.ndarray, after: np.ndarray, n_boot: int, seed: int
) -> tuple[float, float]:
    rng = np.random.default_rng(seed)
    shifts = _resample_means(rng, after, n_boot) - _resample_means(rng, before, n_boot)
    low, high = np.percentile(shifts, [2.5, 97.5])
    return float(low), float(high)


def stance_shift(
    corpus: Corpus | pd.DataFrame | None = None,
    split_date: str | pd.Timestamp = "2022-02-24",
    *,
    scores: pd.DataFrame | None = None,
    min_units: int = 1,
    n_boot: int = 2000,
    seed: int = 0,
) -> pd.DataFrame:
    """Each side's mean cooperation before and after `split_date`, with a bootstrap interval.

    Parameters
    ----------
    corpus, scores
        The corpus, or `stance_scores` already computed (either is enough).
    split_date
        Units published on or after this date are "after".
    min_units
        Sides with fewer units than this on either side of the split get no interval.
    n_boot, seed
        Bootstrap resamples (units resampled within each period) and the seed: the same
        inputs give the same interval on every run.

    Returns
    -------
    DataFrame
        side, before, after, shift (after − before), ci_low, ci_high (95% percentile
        interval of the shift), n_before, n_after. Undated units are left out.
    """
    scores = scores if scores is not None else stance_scores(corpus)
    scores = scores.compute() if is_dask(scores) else scores
    split = pd.Timestamp(split_date)
    dated = scores.dropna(subset=["published"])
    rows = []
    for side in ("japan", "russia", "other", "none"):
        units = dated[dated["side"] == side]
        before = units[units["published"] < split]["cooperation"].to_numpy(dtype=float)
        after = units[units["published"] >= split]["cooperation"].to_numpy(dtype=float)
        if not len(before) and not len(after):
            continue
        mean_before = float(before.mean()) if len(before) else math.nan
        mean_after = float(after.mean()) if len(after) else math.nan
        low = high = math.nan
        if len(before) >= min_units and len(after) >= min_units and len(before) and len(after):
            low, high = _bootstrap(before, after, n_boot, seed)
        rows.append(
            (
                side,
                mean_before,
                mean_after,
                mean_after - mean_before,
                low,
                high,
                len(before),
                len(after),
            )
        )
    columns = ["side", "before", "after", "shift", "ci_low", "ci_high", "n_before", "n_after"]
    return pd.DataFrame(rows, columns=columns)


def stance_by_year(scores: pd.DataFrame, *, n_boot: int = 2000, seed: int = 0) -> pd.DataFrame:
    """Mean cooperation per side and publication year with a 95% bootstrap interval:
    side, year, mean, ci_low, ci_high, n."""
    dated = scores.dropna(subset=["published"])
    rng = np.random.default_rng(seed)
    rows = []
    for (side, year), group in dated.groupby([dated["side"], dated["published"].dt.year]):
        values = group["cooperation"].to_numpy(dtype=float)
        means = _resample_means(rng, values, n_boot)
        low, high = np.percentile(means, [2.5, 97.5])
        rows.append((side, int(year), float(values.mean()), float(low), float(high), len(values)))
    return pd.DataFrame(rows, columns=["side", "year", "mean", "ci_low", "ci_high", "n"])
