"""The shared figure style, palette, period grouping and tick helpers, and `save_figure`."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure


# Okabe & Ito (2008) colour-blind-safe palette.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000")


_RC = {
    "figure.figsize": (8.0, 4.5),
    "figure.dpi": 100,
    "savefig.dpi": 150,
    "font.size": 11,
    "axes.titlesize": 13,
    "axes.labelsize": 11,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.alpha": 0.3,
    "svg.hashsalt": "kurils",
    "svg.fonttype": "path",
    "path.simplify": True,
}


def style() -> None:
    """Apply kurils' figure style (sizes readable in print, the colour-blind-safe palette)."""
    import matplotlib as mpl
    from cycler import cycler

    mpl.rcParams.update(_RC)
    mpl.rcParams["axes.prop_cycle"] = cycler(color=list(PALETTE))


def _axes(ax: Axes | None, figsize: tuple[float, float] | None = None) -> tuple[Figure, Axes]:
    import matplotlib.pyplot as plt

    style()
    if ax is not None:
        return ax.figure, ax  # type: ignore[return-value]
    fig, ax = plt.subplots(figsize=figsize or _RC["figure.figsize"], layout="constrained")
    return fig, ax


# Per-document figures draw each document up to MAX_DOCUMENTS documents; above that they draw
# publication periods (years, or months for a corpus spanning under three years). Point clouds
# above MAX_POINTS points become aggregates, so figures stay readable and SVGs small.
MAX_DOCUMENTS = 40


MAX_POINTS = 5000


MAX_EVENTS = 25


def _periods(docs: pd.DataFrame) -> tuple[pd.Series, list[str], str]:
    """Each document's publication period (indexed by doc_id), the periods in order ("undated"
    last) and the period's name ("year" or "month")."""
    import pandas as pd

    published = pd.to_datetime(pd.Series(list(docs["published"]), index=list(docs["doc_id"])))
    years = published.dropna().dt.year
    unit = "year" if years.nunique() >= 3 else "month"
    labels = published.dt.strftime("%Y" if unit == "year" else "%Y-%m").fillna("undated")
    order = sorted(set(labels) - {"undated"}) + (["undated"] if labels.eq("undated").any() else [])
    return labels, order, unit


def _by_period(matrix: pd.DataFrame, docs: pd.DataFrame | None, how: str) -> tuple:
    """A documents × columns table summed or averaged (`how`) by publication period; the table,
    the y label and the title suffix."""
    if docs is None:
        raise ValueError(
            f"{len(matrix)} documents are too many to draw one by one: pass `docs` (doc_id, "
            "published) so they are grouped by publication period"
        )
    labels, order, unit = _periods(docs)
    grouped = matrix.groupby(labels.reindex(matrix.index).fillna("undated")).agg(how)
    grouped = grouped.reindex([o for o in order if o in grouped.index])
    word = "mean" if how == "mean" else "total"
    return grouped, f"Publication {unit}", f" — {word} by {unit}, {len(docs):,} documents"


def save_figure(fig: Figure, folder: str | Path, name: str) -> list[Path]:
    """Save `fig` as ``folder/name.png`` and ``folder/name.svg`` with no timestamps in either;
    return the two paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.png", folder / f"{name}.svg"]
    fig.savefig(paths[0], metadata={"Software": None})
    fig.savefig(paths[1], metadata={"Date": None, "Creator": None})
    return paths


def _period_ticks(ax: Axes, order: list[str]) -> None:
    """Label at most 20 of the period ticks, rotated when more than eight are shown."""
    step = max(1, -(-len(order) // 20))
    shown = order[::step]
    ax.set_xticks(
        range(0, len(order), step),
        shown,
        rotation=45 if len(shown) > 8 else 0,
        ha="right" if len(shown) > 8 else "center",
        rotation_mode="anchor",
    )


def _ticks(ax: Axes, labels: list[str]) -> None:
    """Document labels (small) or period labels (at most 20 shown) on the x axis."""
    if labels and "\n" in labels[0]:
        ax.set_xticks(range(len(labels)), labels, fontsize=8)
    elif labels:
        _period_ticks(ax, labels)


def _date_labels(docs: pd.DataFrame) -> list[str]:
    """Two-line tick labels: publication date (or "undated") over the start of the doc_id."""
    return [
        f"{p:%Y-%m-%d}\n{d[:12]}" if p == p else f"undated\n{d[:12]}"
        for d, p in zip(docs["doc_id"], docs["published"], strict=True)
    ]


SIDE_COLOURS = {"japan": PALETTE[3], "russia": PALETTE[0], "other": PALETTE[7]}


def _label_stacked_bars(ax: Axes, labels: list[str], xlabel: str, ylabel: str, title: str) -> None:
    """Ticks, axis labels, title and an outside legend for a stacked bar chart."""
    _ticks(ax, labels)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    ax.set_title(title)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
    ax.grid(axis="x", visible=False)
