"""Shared fixtures: the seed corpus, the fixture articles, a loaded seed corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

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
