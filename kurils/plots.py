"""One function per figure, a shared style, and `save_figure` (PNG + SVG, reproducible bytes).

Plot functions take tables and return a matplotlib Figure; they never compute analyses."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = ["PALETTE", "document_lengths", "publication_timeline", "save_figure", "style"]

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


def save_figure(fig: Figure, folder: str | Path, name: str) -> list[Path]:
    """Save `fig` as ``folder/name.png`` and ``folder/name.svg`` with no timestamps in either;
    return the two paths."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    paths = [folder / f"{name}.png", folder / f"{name}.svg"]
    fig.savefig(paths[0], metadata={"Software": None})
    fig.savefig(paths[1], metadata={"Date": None, "Creator": None})
    return paths


def publication_timeline(docs: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """Documents by publication date, one row per outlet (undated documents are counted in the
    title). `docs` needs the columns published, outlet, doc_id."""
    import pandas as pd

    fig, ax = _axes(ax)
    dated = docs.dropna(subset=["published"])
    outlets = sorted(dated["outlet"].fillna("unknown outlet").unique())
    for i, outlet in enumerate(outlets):
        rows = dated[dated["outlet"].fillna("unknown outlet") == outlet]
        ax.scatter(
            rows["published"],
            [i] * len(rows),
            s=80,
            color=PALETTE[i % len(PALETTE)],
            edgecolor="black",
            linewidth=0.5,
            zorder=3,
            label=outlet,
        )
    ax.set_yticks(range(len(outlets)), outlets)
    ax.set_ylim(-0.7, max(len(outlets), 1) - 0.3)
    if len(dated):
        span = dated["published"].max() - dated["published"].min()
        pad = max(span * 0.05, pd.Timedelta(days=30))
        ax.set_xlim(dated["published"].min() - pad, dated["published"].max() + pad)
    undated = len(docs) - len(dated)
    ax.set_xlabel("Publication date")
    ax.set_ylabel("Outlet")
    ax.set_title(
        f"Publication timeline: {len(dated)} dated documents"
        + (f" ({undated} undated, not shown)" if undated else "")
    )
    ax.grid(axis="y", visible=False)
    return fig


def document_lengths(docs: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """Horizontal bars of words per document after cleaning, labelled by doc_id and outlet.
    `docs` needs the columns doc_id, outlet, n_words."""
    fig, ax = _axes(ax, (8.0, 1.2 + 0.45 * len(docs)))
    ordered = docs.sort_values(["n_words", "doc_id"])
    labels = [
        f"{doc_id} ({outlet})" if isinstance(outlet, str) else str(doc_id)
        for doc_id, outlet in zip(ordered["doc_id"], ordered["outlet"].astype(object), strict=True)
    ]
    ax.barh(labels, ordered["n_words"], color=PALETTE[0])
    for y, value in enumerate(ordered["n_words"]):
        ax.text(value, y, f" {value:,}", va="center", fontsize=9)
    ax.set_xlabel("Length after cleaning (words)")
    ax.set_ylabel("Document")
    ax.set_title("Document length")
    ax.grid(axis="y", visible=False)
    return fig
