"""Shared fixtures: the seed corpus, the fixture articles, a loaded seed corpus."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

# Property tests check behaviour, not speed (speed is measured in benchmarks/): no deadline per
# example, which a loaded machine misses ("Test took 250.98ms, which exceeds the deadline of
# 200.00ms" on a 6 ms test of `kurils.tables`).
settings.register_profile("kurils", deadline=None)
settings.load_profile("kurils")

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def seed_corpus():
    import kurils

    return kurils.load_corpus(SEEDS)


def seed_text(stem: str) -> str:
    """The decoded raw text of one seed article."""
    return (SEEDS / f"{stem}.txt").read_text(encoding="utf-8")
