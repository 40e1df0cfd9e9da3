"""Figures of the corpus overview (notebook 00): publication timeline, document lengths."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

from kurils.plots._base import MAX_DOCUMENTS, PALETTE, _axes, _period_ticks, _periods

__all__ = ["document_lengths", "publication_timeline"]


def publication_timeline(docs: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """Documents by publication date, one row per outlet (undated documents are counted in the
    title). `docs` needs the columns published, outlet, doc_id. Above `MAX_DOCUMENTS` documents,
    stacked bars of documents per period by outlet (the seven largest, then "other")."""
    import pandas as pd

    fig, ax = _axes(ax)
    dated = docs.dropna(subset=["published"])
    if len(dated) > MAX_DOCUMENTS:
        return _publication_counts(docs, dated, fig, ax)
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


def _publication_counts(docs: pd.DataFrame, dated: pd.DataFrame, fig: Figure, ax: Axes) -> Figure:
    import numpy as np
    import pandas as pd

    labels, order, unit = _periods(dated)
    outlets = pd.Series(dated["outlet"].astype(object).fillna("unknown outlet").to_numpy())
    top = list(outlets.value_counts().index[:7])
    kind = outlets.where(outlets.isin(top), "other outlets")
    counts = pd.crosstab(labels.to_numpy(), kind.to_numpy()).reindex(order, fill_value=0)
    bottom = np.zeros(len(counts))
    for i, outlet in enumerate([*top, "other outlets"]):
        if outlet in counts.columns:
            ax.bar(order, counts[outlet], bottom=bottom, color=PALETTE[i % 8], label=outlet)
            bottom += counts[outlet].to_numpy()
    _period_ticks(ax, order)
    ax.set_xlabel(f"Publication {unit}")
    ax.set_ylabel("Documents (count)")
    undated = len(docs) - len(dated)
    ax.set_title(
        f"Publication timeline: {len(dated):,} dated documents"
        + (f" ({undated:,} undated, not shown)" if undated else "")
    )
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
    ax.grid(axis="x", visible=False)
    return fig


def document_lengths(docs: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """Horizontal bars of words per document after cleaning, labelled by doc_id and outlet.
    `docs` needs the columns doc_id, outlet, n_words. Above `MAX_DOCUMENTS` documents, a
    histogram."""
    if len(docs) > MAX_DOCUMENTS:
        fig, ax = _axes(ax)
        ax.hist(docs["n_words"], bins=40, color=PALETTE[0], edgecolor="white")
        ax.set_xlabel("Length after cleaning (words)")
        ax.set_ylabel("Documents (count)")
        ax.set_title(f"Document length: {len(docs):,} documents")
        return fig
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
