"""One function per figure, a shared style, and `save_figure` (PNG + SVG, reproducible bytes).

Plot functions take tables and return a matplotlib Figure; they never compute analyses."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
    "PALETTE",
    "dispersion_plot",
    "document_lengths",
    "keyness_bars",
    "naming_over_time",
    "publication_timeline",
    "save_figure",
    "style",
    "term_heatmap",
    "top_terms",
]

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


def term_heatmap(matrix: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """Heat map of a document × term table (rows: documents, columns: terms, values per 10,000
    tokens), each cell labelled with its value."""
    import numpy as np

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
    ax.set_ylabel("Document")
    ax.set_title("Term frequency by document (per 10,000 tokens)")
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
    doc_id, published."""
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


def naming_over_time(table: pd.DataFrame, docs: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """Stacked bars, one per document in date order, of the island names it uses.
    `table` as from `place_naming`; `docs` needs doc_id, published."""
    import numpy as np

    counts = table.pivot_table(index="doc_id", columns="name", values="count", aggfunc="sum")
    ordered = docs.sort_values(["published", "doc_id"], na_position="last")
    counts = counts.reindex(ordered["doc_id"]).fillna(0)
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
    labels = [
        f"{p:%Y-%m-%d}\n{d[:12]}" if p == p else f"undated\n{d[:12]}"
        for d, p in zip(ordered["doc_id"], ordered["published"], strict=True)
    ]
    ax.set_xticks(range(len(counts)), labels, fontsize=8)
    ax.set_xlabel("Document (by publication date)")
    ax.set_ylabel("Mentions (count)")
    ax.set_title("Which names each article uses for the islands")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
    ax.grid(axis="x", visible=False)
    return fig
