"""Figures of the chronology (notebook 03): event timeline, invoked past, coverage matrix."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

from kurils.plots._base import (
    MAX_DOCUMENTS,
    MAX_EVENTS,
    MAX_POINTS,
    PALETTE,
    SIDE_COLOURS,
    _axes,
    _by_period,
    style,
)

__all__ = ["coverage_matrix", "event_timeline", "invoked_past"]


def _era_split(years: list[float]) -> list[tuple[float, float]]:
    """x ranges for a broken axis: split where consecutive years are more than 25 apart."""
    years = sorted(set(years))
    if not years:
        return [(2000.0, 2001.0)]
    ranges, start = [], years[0]
    for before, after in itertools.pairwise(years):
        if after - before > 25:
            ranges.append((start, before))
            start = after
    ranges.append((start, years[-1]))
    return [(low - 1.5, high + 1.5) for low, high in ranges]


def event_timeline(events: pd.DataFrame, sides: pd.Series, ax: Axes | None = None) -> Figure:
    """Events on a broken time axis (one panel per era, so 1855 and 2022 both stay readable);
    marker size = documents citing the event, colour = the side of most of their outlets.
    `events` as from `timeline`; `sides` maps doc_id → japan / russia / other. At most
    `MAX_EVENTS` events (the most cited)."""
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D

    style()
    events, note = _most_cited(events)
    ordered = events.sort_values("date").reset_index(drop=True)
    years = [d.year + d.day_of_year / 366 for d in ordered["date"]]
    eras = _era_split(years)
    widths = [max(high - low, 6) for low, high in eras]
    fig, axes = plt.subplots(
        1,
        len(eras),
        sharey=True,
        figsize=(11, 1.5 + 0.38 * len(ordered)),
        gridspec_kw={"width_ratios": widths, "wspace": 0.05},
        layout="constrained",
        squeeze=False,
    )
    colours = []
    for doc_ids in ordered["doc_ids"]:
        counts = sides.reindex(doc_ids.split(";")).value_counts()
        colours.append(SIDE_COLOURS[counts.index[0]] if len(counts) else SIDE_COLOURS["other"])
    for panel, (low, high) in zip(axes[0], eras, strict=True):
        panel.scatter(
            years,
            range(len(ordered)),
            s=40 + 60 * ordered["n_docs"],
            c=colours,
            edgecolor="black",
            linewidth=0.5,
            zorder=3,
        )
        panel.set_xlim(low, high)
        panel.xaxis.set_major_locator(plt.MaxNLocator(4, integer=True))
        panel.grid(axis="y", alpha=0.2)
    axes[0][0].set_yticks(
        range(len(ordered)),
        [f"{v}  {label}" for v, label in zip(ordered["value"], ordered["label"], strict=True)],
        fontsize=8,
    )
    axes[0][0].invert_yaxis()
    for panel in axes[0][1:]:
        panel.spines["left"].set_linestyle((0, (2, 2)))
        panel.tick_params(left=False)
    fig.supxlabel("Date referred to (year; panels break the axis between eras)")
    fig.suptitle(f"Timeline of the events the articles cite{note}")
    handles = [
        Line2D([], [], marker="o", linestyle="", color=c, label=f"{s} outlets")
        for s, c in SIDE_COLOURS.items()
    ]
    fig.legend(
        handles=handles,
        loc="outside lower center",
        ncol=3,
        fontsize=9,
        title="colour = side of the citing outlets; marker size = documents citing",
        title_fontsize=9,
        frameon=False,
    )
    return fig


def _fractional_year(value: str) -> float:
    """The middle of the period a `time_expressions` value names, in years: "2020-07-03" and
    "2020-07" → 2020.54, "2020-W27" → 2020.51, "1956" → 1956.5, "195X" → 1955.5."""
    year = float(value.replace("X", "5")[:4])
    if value[5:6] == "W":
        return year + (int(value[6:8]) - 0.5) / 52.18
    if len(value) >= 7:
        return year + (int(value[5:7]) - 0.5) / 12
    return year + 0.5


def invoked_past(expressions: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """Publication date (x) against the date each expression refers to (y), coloured by how
    it was resolved. `expressions` needs published, value, anchor (unresolved rows dropped).
    Above `MAX_POINTS` expressions, a density of hexagons instead of points."""
    import pandas as pd

    fig, ax = _axes(ax, (8.0, 5.5))
    rows = expressions.dropna(subset=["published", "value"])
    rows = rows[rows["value"].str.len() > 0]
    referred = [_fractional_year(v) for v in rows["value"]]
    if len(rows) > MAX_POINTS:
        import matplotlib.dates as mdates

        published = mdates.date2num(pd.to_datetime(rows["published"]))
        cells = ax.hexbin(published, referred, gridsize=40, bins="log", cmap="cividis", mincnt=1)
        ax.xaxis_date()
        fig.colorbar(cells, ax=ax, label="Expressions (count, log scale)")
        ax.set_xlabel("Publication date")
        ax.set_ylabel("Date referred to (year)")
        ax.set_title(f"Which past do the articles invoke? {len(rows):,} expressions")
        return fig
    anchors = ["absolute", "document_date", "narrative"]
    markers = {"absolute": "o", "document_date": "s", "narrative": "^"}
    for i, anchor in enumerate(anchors):
        mask = (rows["anchor"] == anchor).to_numpy()
        published = pd.to_datetime(rows["published"][mask])
        ax.scatter(
            published,
            [r for r, m in zip(referred, mask, strict=True) if m],
            label=anchor,
            marker=markers[anchor],
            color=PALETTE[i],
            alpha=0.8,
            s=45,
        )
    ax.set_xlabel("Publication date")
    ax.set_ylabel("Date referred to (year)")
    ax.set_title("Which past does each article invoke?")
    ax.legend(title="resolved from", fontsize=9)
    return fig


def _most_cited(events: pd.DataFrame) -> tuple[pd.DataFrame, str]:
    """At most `MAX_EVENTS` events, the most cited (by documents, then mentions), in date order;
    and a note saying how many were left out."""
    if len(events) <= MAX_EVENTS:
        return events, ""
    top = events.sort_values(["n_docs", "n_mentions", "date"], ascending=[False, False, True])
    shown = events[events.index.isin(top.index[:MAX_EVENTS])]
    return shown, f"; the {MAX_EVENTS} most cited of {len(events):,} events"


def coverage_matrix(
    mentions: pd.DataFrame,
    events: pd.DataFrame,
    docs: pd.DataFrame | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Documents (rows) × events (columns, in date order): how many sentences of each document
    cite each event. `mentions` as from `event_mentions`, `events` as from `timeline`. At most
    `MAX_EVENTS` events (the most cited); above `MAX_DOCUMENTS` documents, rows are publication
    periods (`docs` gives doc_id, published)."""
    import numpy as np

    events, note = _most_cited(events)
    table = mentions[mentions["event_id"].isin(events["event_id"])]
    matrix = table.pivot_table(index="doc_id", columns="event_id", values="start", aggfunc="count")
    matrix = matrix.reindex(columns=list(events["event_id"])).fillna(0)
    ylabel, suffix = "Document", ""
    if len(matrix) > MAX_DOCUMENTS:
        matrix, ylabel, suffix = _by_period(matrix, docs, "sum")
    fig, ax = _axes(ax, (2.5 + 0.5 * matrix.shape[1], 2.0 + 0.45 * matrix.shape[0]))
    ax.imshow(matrix.to_numpy(), cmap="Blues", aspect="auto", vmin=0)
    labels = [f"{v} {lab[:28]}" for v, lab in zip(events["value"], events["label"], strict=True)]
    ax.set_xticks(range(matrix.shape[1]), labels, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(matrix.shape[0]), matrix.index, fontsize=9)
    for (row, col), value in np.ndenumerate(matrix.to_numpy()):
        if value:
            ax.text(col, row, f"{value:.0f}", ha="center", va="center", fontsize=8)
    ax.set_xlabel(f"Event (date and label){note}")
    ax.set_ylabel(ylabel)
    ax.set_title(f"Which article cites which event (sentences){suffix}")
    ax.grid(False)
    return fig
