"""Figures: per-document figures draw each document of a small corpus, and publication periods
once a corpus has more documents than a figure can show; point clouds become densities. Every
figure keeps labelled axes and a title, at a printable size, with a small SVG."""

from __future__ import annotations

import importlib.util
import re
import warnings

import matplotlib
import pytest

import kurils
from kurils import plots
from tests.conftest import ROOT

matplotlib.use("Agg")

PERIOD = re.compile(r"^(?:\d{4}(?:-\d\d)?|undated)$")


def _synthetic():
    spec = importlib.util.spec_from_file_location("synthetic", ROOT / "benchmarks" / "synthetic.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def large(tmp_path_factory):
    """A synthetic corpus of 120 articles (2005–2025) and its analysis tables."""
    folder = _synthetic().write_corpus(tmp_path_factory.mktemp("large"), 120)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", kurils.CorpusWarning)
        corpus = kurils.load_corpus(folder)
    frequencies = kurils.term_frequencies(corpus)
    scores = kurils.stance_scores(corpus)
    return {
        "corpus": corpus,
        "documents": kurils.document_table(corpus),
        "matrix": kurils.document_term_matrix(corpus, list(frequencies["term"].head(8))),
        "dispersion": kurils.dispersion(corpus, ["Vladimir Putin", "Shinzo Abe"]),
        "naming": kurils.place_naming(corpus),
        "framing": kurils.framing(corpus),
        "scores": scores,
        "cues": kurils.cue_matrix(scores),
        "expressions": kurils.time_expressions(corpus),
        "events": kurils.timeline(corpus),
        "mentions": kurils.event_mentions(corpus),
    }


def _figures(t: dict) -> dict:
    docs = t["documents"]
    return {
        "publication_timeline": plots.publication_timeline(docs),
        "document_lengths": plots.document_lengths(docs),
        "term_heatmap": plots.term_heatmap(t["matrix"], docs),
        "dispersion": plots.dispersion_plot(t["dispersion"], docs),
        "naming": plots.naming_over_time(t["naming"], docs),
        "framing": plots.framing_shares(t["framing"], docs),
        "cues": plots.cue_heatmap(t["cues"], docs=docs),
        "coverage": plots.coverage_matrix(t["mentions"], t["events"], docs),
        "timeline": plots.event_timeline(t["events"], kurils.outlet_sides(t["corpus"])),
    }


def _labels(ax) -> list[str]:
    ticks = ax.get_yticklabels() if ax.get_ylabel().startswith(("Publication", "Document")) else []
    return [t.get_text() for t in ticks or ax.get_xticklabels() if t.get_text()]


def test_a_large_corpus_is_drawn_by_publication_period(large, tmp_path):
    assert len(large["documents"]) == 120 > plots.MAX_DOCUMENTS
    assert len(large["events"]) > plots.MAX_EVENTS
    for name, fig in _figures(large).items():
        width, height = fig.get_size_inches()
        assert width <= 16 and height <= 25, (name, width, height)
        ax = fig.axes[0]
        title = ax.get_title() or fig._suptitle.get_text()
        assert title and (ax.get_xlabel() or fig._supxlabel), name
        if name in ("term_heatmap", "naming", "framing", "cues", "coverage"):
            assert "by year, 120 documents" in title, (name, title)
            period_axis = ax.get_yticklabels() if ax.get_ylabel() else []
            labels = [t.get_text() for t in period_axis if t.get_text()]
            if ax.get_xlabel().startswith("Publication"):
                labels = [t.get_text() for t in ax.get_xticklabels() if t.get_text()]
            assert labels and all(PERIOD.match(label) for label in labels), (name, labels)
        svg = plots.save_figure(fig, tmp_path, name)[1]
        assert svg.stat().st_size < 1_000_000, name
        matplotlib.pyplot.close(fig)
    assert "the 25 most cited of" in _figures(large)["coverage"].axes[0].get_xlabel()


def test_point_clouds_become_aggregates_above_max_points(large, monkeypatch):
    for module in (plots.stance, plots.chronology):  # the figures that draw point clouds
        monkeypatch.setattr(module, "MAX_POINTS", 50)
    assert len(large["scores"].dropna(subset=["published"])) > 50
    stance = plots.stance_over_time(large["scores"], kurils.MILESTONES)
    assert not stance.axes[0].collections  # no point per unit
    assert "mean per month" in stance.axes[0].get_legend().get_texts()[0].get_text()
    past = plots.invoked_past(large["expressions"])
    assert "expressions" in past.axes[0].get_title() and len(past.axes) == 2  # hexbin + colorbar


def test_many_documents_without_their_dates_is_a_clear_error(large):
    with pytest.raises(ValueError, match="120 documents are too many to draw one by one"):
        plots.term_heatmap(large["matrix"])


def test_a_small_corpus_draws_every_document(seed_corpus):
    documents = kurils.document_table(seed_corpus)
    matrix = kurils.document_term_matrix(seed_corpus, ["japan", "russia"])
    fig = plots.term_heatmap(matrix, documents)
    assert [t.get_text() for t in fig.axes[0].get_yticklabels()] == list(matrix.index)
    fig = plots.document_lengths(documents)
    assert len(fig.axes[0].patches) == 5
    fig = plots.naming_over_time(kurils.place_naming(seed_corpus), documents)
    assert fig.axes[0].get_xlabel() == "Document (by publication date)"


def test_the_invoked_past_places_weeks_months_and_decades_in_their_year():
    import pandas as pd

    expressions = pd.DataFrame(
        {
            "published": pd.to_datetime(["2020-07-03"] * 4),
            "value": ["2020-W26", "2020-06", "1956", "195X"],
            "anchor": ["document_date", "document_date", "absolute", "absolute"],
        }
    )
    fig = plots.invoked_past(expressions)
    heights = sorted(y for line in fig.axes[0].collections for _, y in line.get_offsets())
    assert heights == pytest.approx([1955.5, 1956.5, 2020.458, 2020.488], abs=1e-3)
