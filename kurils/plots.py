"""One function per figure, a shared style, and `save_figure` (PNG + SVG, reproducible bytes).

Plot functions take tables and return a matplotlib Figure; they never compute analyses."""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pandas as pd
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

__all__ = [
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
    _ticks(ax, labels)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("Mentions (count)")
    ax.set_title(f"Which names each article uses for the islands{suffix}")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
    ax.grid(axis="x", visible=False)
    return fig


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


def invoked_past(expressions: pd.DataFrame, ax: Axes | None = None) -> Figure:
    """Publication date (x) against the date each expression refers to (y), coloured by how
    it was resolved. `expressions` needs published, value, anchor (unresolved rows dropped).
    Above `MAX_POINTS` expressions, a density of hexagons instead of points."""
    import pandas as pd

    fig, ax = _axes(ax, (8.0, 5.5))
    rows = expressions.dropna(subset=["published", "value"])
    rows = rows[rows["value"].str.len() > 0]
    referred = [
        float(v.replace("X", "5")[:4]) + (int(v[5:7]) - 0.5) / 12
        if len(v) >= 7
        else float(v.replace("X", "5")[:4]) + 0.5
        for v in rows["value"]
    ]
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
    _ticks(ax, labels)
    ax.set_ylim(0, 1)
    ax.set_xlabel(xlabel)
    ax.set_ylabel("Share of framing terms")
    ax.set_title(f"Whose framing each article echoes{suffix}")
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1), frameon=False, fontsize=9)
    ax.grid(axis="x", visible=False)
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
