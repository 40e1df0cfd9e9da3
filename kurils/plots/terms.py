"""Figures of the term analyses (notebook 01): top terms, heat map, keyness, dispersion, naming."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

from kurils.plots._base import (
    MAX_DOCUMENTS,
    PALETTE,
    _axes,
    _by_period,
    _date_labels,
    _label_stacked_bars,
    _period_ticks,
    _periods,
)

__all__ = ["dispersion_plot", "keyness_bars", "naming_over_time", "term_heatmap", "top_terms"]


def top_terms(frequencies: pd.DataFrame, top_n: int = 20, ax: Axes | None = None) -> Figure:
    """Horizontal bars of the `top_n` terms by frequency per 10,000 tokens.
    `frequencies` needs term, count, per_10k (as from `term_frequencies`)."""
    top = frequencies.nlargest(top_n, "per_10k", keep="first").iloc[::-1]
    fig, ax = _axes(ax, (8.0, 1.0 + 0.32 * len(top)))
    ax.barh(top["term"], top["per_10k"], color=PALETTE[0])
    ax.set_xlabel("Frequency (per 10,000 tokens)")
    ax.set_ylabel("Term")
    ax.set_title(f"Top {len(top)} terms")
    ax.grid(axis="y", visible=False)
    return fig


def term_heatmap(
    matrix: pd.DataFrame, docs: pd.DataFrame | None = None, ax: Axes | None = None
) -> Figure:
    """Heat map of a document × term table (rows: documents, columns: terms, values per 10,000
    tokens), each cell labelled with its value. Above `MAX_DOCUMENTS` documents, rows are
    publication periods (the mean over their documents; `docs` gives doc_id, published)."""
    import numpy as np

    ylabel, suffix = "Document", ""
    if len(matrix) > MAX_DOCUMENTS:
        matrix, ylabel, suffix = _by_period(matrix, docs, "mean")
    fig, ax = _axes(ax, (1.5 + 0.55 * matrix.shape[1], 1.5 + 0.45 * matrix.shape[0]))
    image = ax.imshow(matrix.to_numpy(), cmap="cividis", aspect="auto")
    ax.set_xticks(range(matrix.shape[1]), matrix.columns, rotation=45, ha="right")
    ax.set_yticks(range(matrix.shape[0]), matrix.index)
    for (row, col), value in np.ndenumerate(matrix.to_numpy()):
        ax.text(
            col,
            row,
            f"{value:.0f}",
            ha="center",
            va="center",
            fontsize=8,
            color="white" if value < matrix.to_numpy().max() * 0.6 else "black",
        )
    ax.set_xlabel("Term")
    ax.set_ylabel(ylabel)
    ax.set_title(f"Term frequency by document (per 10,000 tokens){suffix}")
    ax.grid(False)
    fig.colorbar(image, ax=ax, label="per 10,000 tokens")
    return fig


def keyness_bars(
    table: pd.DataFrame,
    top_n: int = 15,
    labels: tuple[str, str] = ("target", "reference"),
    ax: Axes | None = None,
) -> Figure:
    """Diverging bars of log ratio for the `top_n` key terms of each side (by G²).
    `table` needs term, g2, log_ratio (as from `keyness`)."""
    import pandas as pd

    over = table[table["log_ratio"] > 0].head(top_n)
    under = table[table["log_ratio"] < 0].head(top_n)
    shown = pd.concat([over, under]).sort_values("log_ratio")
    fig, ax = _axes(ax, (8.0, 1.2 + 0.3 * max(len(shown), 1)))
    colours = [PALETTE[1] if v > 0 else PALETTE[0] for v in shown["log_ratio"]]
    ax.barh(shown["term"], shown["log_ratio"], color=colours)
    ax.axvline(0, color="black", linewidth=0.8)
    ax.set_xlabel(f"Log ratio (log2; > 0: more in {labels[0]}, < 0: more in {labels[1]})")
    ax.set_ylabel("Term")
    ax.set_title(f"Keyness: {labels[0]} vs {labels[1]} (top terms by G²)")
    ax.grid(axis="y", visible=False)
    return fig


def dispersion_plot(table: pd.DataFrame, docs: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """Where terms occur: one row per document (ordered by publication date), x = position in the
    document (0–1), one marker and colour per term. `table` as from `dispersion`; `docs` needs
    doc_id, published. Above `MAX_DOCUMENTS` documents: mentions of each term per period."""
    if len(docs) > MAX_DOCUMENTS:
        return _mentions_per_period(table, docs, ax)
    ordered = docs.sort_values(["published", "doc_id"], na_position="last")
    rows = {doc_id: i for i, doc_id in enumerate(ordered["doc_id"])}
    fig, ax = _axes(ax, (9.0, 1.5 + 0.5 * len(rows)))
    markers = "o^sDvP*X"
    for i, term in enumerate(dict.fromkeys(table["term"])):
        hits = table[table["term"] == term]
        offset = (i - len(set(table["term"])) / 2) * 0.08
        ax.scatter(
            hits["position"],
            [rows[d] + offset for d in hits["doc_id"]],
            label=term,
            marker=markers[i % len(markers)],
            color=PALETTE[i % len(PALETTE)],
            s=40,
        )
    labels = [
        f"{d} ({p:%Y-%m-%d})" if p == p else f"{d} (undated)"
        for d, p in zip(ordered["doc_id"], ordered["published"], strict=True)
    ]
    ax.set_yticks(range(len(rows)), labels)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.set_xlabel("Position in the document (share of its length)")
    ax.set_ylabel("Document (by publication date)")
    ax.set_title("Where key names occur")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


def _mentions_per_period(table: pd.DataFrame, docs: pd.DataFrame, ax: Axes | None) -> Figure:
    import pandas as pd

    labels, order, unit = _periods(docs)
    fig, ax = _axes(ax, (9.0, 4.5))
    counts = pd.crosstab(labels.reindex(table["doc_id"]).to_numpy(), table["term"].to_numpy())
    counts = counts.reindex(order, fill_value=0)
    markers = "o^sDvP*X"
    for i, term in enumerate(dict.fromkeys(table["term"])):
        ax.plot(
            range(len(order)),
            counts[term],
            marker=markers[i % len(markers)],
            color=PALETTE[i % len(PALETTE)],
            label=term,
        )
    _period_ticks(ax, order)
    ax.set_xlabel(f"Publication {unit}")
    ax.set_ylabel("Mentions (count)")
    ax.set_title(f"When key names occur: mentions by {unit}, {len(docs):,} documents")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False)
    return fig


def naming_over_time(table: pd.DataFrame, docs: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """Stacked bars, one per document in date order, of the island names it uses.
    `table` as from `place_naming`; `docs` needs doc_id, published. Above `MAX_DOCUMENTS`
    documents, one bar per publication period."""
    import numpy as np

    counts = table.pivot_table(index="doc_id", columns="name", values="count", aggfunc="sum")
    ordered = docs.sort_values(["published", "doc_id"], na_position="last")
    counts = counts.reindex(ordered["doc_id"]).fillna(0)
    xlabel, labels, suffix = "Document (by publication date)", _date_labels(ordered), ""
    if len(counts) > MAX_DOCUMENTS:
        counts, xlabel, suffix = _by_period(counts, docs, "sum")
        labels = list(counts.index)
    fig, ax = _axes(ax, (9.0, 5.0))
    bottom = np.zeros(len(counts))
    for i, name in enumerate(counts.columns):
        ax.bar(
            range(len(counts)),
            counts[name],
            bottom=bottom,
            label=name,
            color=PALETTE[i % len(PALETTE)],
            hatch="" if i < len(PALETTE) else "//",
        )
        bottom += counts[name].to_numpy()
    _label_stacked_bars(
        ax,
        labels,
        xlabel,
        "Mentions (count)",
        f"Which names each article uses for the islands{suffix}",
    )
    return fig
