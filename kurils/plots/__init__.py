"""One function per figure, a shared style, and `save_figure` (PNG + SVG, reproducible bytes).

Plot functions take tables and return a matplotlib Figure; they never compute analyses. The
figures live in one module per analysis (`corpus`, `terms`, `stance`, `chronology`); all of
them are importable from here, as `kurils.plots.<figure>`."""

from kurils.plots._base import (
    MAX_DOCUMENTS,
    MAX_EVENTS,
    MAX_POINTS,
    PALETTE,
    SIDE_COLOURS,
    save_figure,
    style,
)
from kurils.plots.chronology import coverage_matrix, event_timeline, invoked_past
from kurils.plots.corpus import document_lengths, publication_timeline
from kurils.plots.stance import cue_heatmap, framing_shares, shift_intervals, stance_over_time
from kurils.plots.terms import (
    dispersion_plot,
    keyness_bars,
    naming_over_time,
    term_heatmap,
    top_terms,
)

__all__ = [
    "MAX_DOCUMENTS",
    "MAX_EVENTS",
    "MAX_POINTS",
    "PALETTE",
    "SIDE_COLOURS",
    "coverage_matrix",
    "cue_heatmap",
    "dispersion_plot",
    "document_lengths",
    "event_timeline",
    "framing_shares",
    "invoked_past",
    "keyness_bars",
    "naming_over_time",
    "publication_timeline",
    "save_figure",
    "shift_intervals",
    "stance_over_time",
    "style",
    "term_heatmap",
    "top_terms",
]
