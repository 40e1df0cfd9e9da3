"""The seed articles are raw input: byte for byte as delivered, listed in tests/seeds.sha256."""

from __future__ import annotations

import hashlib

import pandas as pd

from tests.conftest import ROOT, SEEDS


def test_seed_files_match_their_recorded_sha256():
    recorded = dict(
        reversed(line.split())
        for line in (ROOT / "tests" / "seeds.sha256").read_text().splitlines()
    )
    actual = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in SEEDS.glob("*.txt")}
    assert actual == recorded
    assert len(actual) == 5


def test_metadata_card_covers_every_seed_and_marks_inferences():
    table = pd.read_csv(SEEDS / "metadata.csv", dtype=str, keep_default_na=False)
    assert sorted(table["file"]) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert (table["evidence"].str.len() > 20).all()
    # A date given here is one the text does not state, and so it must be marked inferred.
    dated = table[table["published"] != ""]
    assert (dated["inferred"].str.contains("published")).all()
