"""Figures of the stance analyses (notebook 02): stance over time, cues, framing, shift."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

from kurils.plots._base import (
    MAX_DOCUMENTS,
    MAX_POINTS,
    PALETTE,
    SIDE_COLOURS,
    _axes,
    _by_period,
    _date_labels,
    _label_stacked_bars,
)

__all__ = ["cue_heatmap", "framing_shares", "shift_intervals", "stance_over_time"]


def stance_over_time(
    scores: pd.DataFrame, milestones: dict[str, str], ax: Axes | None = None
) -> Figure:
    """Cooperation (−: confrontational, +: cooperative) of each side's units over publication
    dates: faint points per unit, a marker per document and side (the mean), milestone lines.
    `scores` as from `stance_scores`. Above `MAX_POINTS` units, no points, and the means are
    per month."""
    import pandas as pd

    fig, ax = _axes(ax, (10.0, 5.0))
    dated = scores.dropna(subset=["published"])
    many = len(dated) > MAX_POINTS
    when = pd.to_datetime(dated["published"])
    dated = dated.assign(published=when.dt.to_period("M").dt.start_time if many else when)
    per = "month" if many else "date"
    for side, colour in SIDE_COLOURS.items():
        units = dated[dated["side"] == side]
        if units.empty:
            continue
        if not many:
            ax.scatter(units["published"], units["cooperation"], color=colour, alpha=0.25, s=18)
        means = units.groupby("published")["cooperation"].mean()
        ax.plot(
            means.index,
            means.to_numpy(),
            marker="o",
            color=colour,
            linewidth=1.5,
            label=f"{side} speakers (mean per {per})",
        )
    none = dated[dated["side"] == "none"]
    if not none.empty:
        means = none.groupby("published")["cooperation"].mean()
        ax.plot(
            means.index,
            means.to_numpy(),
            marker="s",
            linestyle=":",
            color=PALETTE[1],
            label=f"narration (mean per {per})",
        )
    ax.axhline(0, color="black", linewidth=0.8)
    for day, label in milestones.items():
        when = pd.Timestamp(day)
        ax.axvline(when, color="grey", linestyle="--", linewidth=0.9)
        ax.text(
            when,
            1.0,
            f" {label}",
            rotation=90,
            va="top",
            ha="right",
            fontsize=8,
            transform=ax.get_xaxis_transform(),
            color="dimgrey",
        )
    ax.set_xlabel("Publication date")
    ax.set_ylabel("Cooperation (log ratio of cue counts)")
    ax.set_title(
        "Stance over time by side (+ cooperative, − confrontational)"
        + (f": {len(dated):,} units" if many else "")
    )
    ax.legend(loc="lower left", fontsize=8)
    return fig


def cue_heatmap(
    matrix: pd.DataFrame,
    top_n: int = 20,
    docs: pd.DataFrame | None = None,
    ax: Axes | None = None,
) -> Figure:
    """Documents × the `top_n` most frequent cues ("+" cooperative, "−" confrontational),
    cells = times fired. `matrix` as from `cue_matrix`. Above `MAX_DOCUMENTS` documents, rows
    are publication periods (totals; `docs` gives doc_id, published)."""
    import numpy as np

    shown = matrix.iloc[:, :top_n]
    ylabel, suffix = "Document", ""
    if len(shown) > MAX_DOCUMENTS:
        shown, ylabel, suffix = _by_period(shown, docs, "sum")
    fig, ax = _axes(ax, (2.5 + 0.45 * max(shown.shape[1], 1), 1.8 + 0.45 * shown.shape[0]))
    ax.imshow(shown.to_numpy(), cmap="Greys", aspect="auto", vmin=0)
    ax.set_xticks(range(shown.shape[1]), shown.columns, rotation=60, ha="right", fontsize=8)
    ax.set_yticks(range(shown.shape[0]), shown.index, fontsize=9)
    for label in ax.get_xticklabels():
        label.set_color(PALETTE[2] if label.get_text().startswith("+") else PALETTE[3])
    for (row, col), value in np.ndenumerate(shown.to_numpy()):
        if value:
            ax.text(
                col,
                row,
                str(value),
                ha="center",
                va="center",
                fontsize=8,
                color="white" if value > shown.to_numpy().max() / 2 else "black",
            )
    ax.set_xlabel("Cue (+ cooperative, − confrontational)")
    ax.set_ylabel(ylabel)
    ax.set_title(f"Which stance cues each document uses (count){suffix}")
    ax.grid(False)
    return fig


def framing_shares(table: pd.DataFrame, docs: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """Stacked shares of each document's framing terms by the side they echo, documents in
    publication order. `table` as from `framing`; `docs` needs doc_id, published. Above
    `MAX_DOCUMENTS` documents, the shares of all framing terms of each publication period."""
    import numpy as np

    ordered = docs.sort_values(["published", "doc_id"], na_position="last")
    sides = ["japan", "neutral", "russia"]
    xlabel, labels, suffix = "Document (by publication date)", _date_labels(ordered), ""
    if len(docs) > MAX_DOCUMENTS:
        counts = table.pivot_table(index="doc_id", columns="side", values="count", aggfunc="sum")
        counts, xlabel, suffix = _by_period(counts.reindex(columns=sides).fillna(0), docs, "sum")
        shares = counts.div(counts.sum(axis=1).replace(0, 1), axis=0)
        labels = list(shares.index)
    else:
        shares = table.pivot_table(index="doc_id", columns="side", values="share", aggfunc="sum")
        shares = shares.reindex(index=ordered["doc_id"], columns=sides).fillna(0)
    fig, ax = _axes(ax, (9.0, 4.5))
    bottom = np.zeros(len(shares))
    colours = {
        "japan": SIDE_COLOURS["japan"],
        "neutral": "#BBBBBB",
        "russia": SIDE_COLOURS["russia"],
    }
    for side in shares.columns:
        ax.bar(
            range(len(shares)),
            shares[side],
            bottom=bottom,
            color=colours[side],
            label=f"{side} framing",
        )
        bottom += shares[side].to_numpy()
    ax.set_ylim(0, 1)
    _label_stacked_bars(
        ax, labels, xlabel, "Share of framing terms", f"Whose framing each article echoes{suffix}"
    )
    return fig


def shift_intervals(shift: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """The shift in mean cooperation per side (after − before) with its 95% bootstrap
    interval. `shift` as from `stance_shift`."""
    fig, ax = _axes(ax, (7.0, 1.5 + 0.6 * len(shift)))
    for y, (side, value, low, high) in enumerate(
        shift[["side", "shift", "ci_low", "ci_high"]].values
    ):
        colour = SIDE_COLOURS.get(side, PALETTE[1])
        if low == low:
            ax.plot([low, high], [y, y], color=colour, linewidth=2)
        ax.plot([value], [y], marker="o", color=colour, markersize=8)
    ax.set_yticks(range(len(shift)), shift["side"])
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel("Shift in mean cooperation (after − before), 95% bootstrap interval")
    ax.set_ylabel("Side")
    ax.set_title("Did positions harden (−) or soften (+)?")
    ax.invert_yaxis()
    return fig
