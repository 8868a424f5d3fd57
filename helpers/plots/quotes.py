"""Figures for notebook 02: who gets quoted, and how much.

The plots only draw; the groups come from ``helpers.speakers.affiliation_group``.
"""
from __future__ import annotations

from .style import PALETTE, new_axes, set_alt_text

TYPE_COLOURS = {"named": PALETTE["blue"], "anonymous": PALETTE["orange"], "organization": PALETTE["green"],
                "unattributed": PALETTE["grey"]}
KIND_ORDER = ("direct", "mixed", "indirect")
KIND_HATCH = {"direct": "", "mixed": "//", "indirect": ".."}


def quote_counts_by_speaker(findings) -> list[tuple[str, str, dict[str, int]]]:
    """``(speaker, type, {kind: count})`` for every speaker, most quoted first (unattributed last)."""
    table: dict[tuple[str, str], dict[str, int]] = {}
    for quote in findings.quotes:
        key = (quote.speaker or "(unattributed)", quote.speaker_type)
        counts = table.setdefault(key, {kind: 0 for kind in KIND_ORDER})
        counts[quote.kind] = counts.get(quote.kind, 0) + 1
    rows = [(name, type_, counts) for (name, type_), counts in table.items()]
    rows.sort(key=lambda row: (row[1] == "unattributed", -sum(row[2].values()), row[0]))
    return rows


def plot_who_is_quoted(findings, ax=None, top: int = 12):
    """Horizontal stacked bars: quotes per speaker, split by kind, coloured by speaker type."""
    rows = quote_counts_by_speaker(findings)[:top]
    ax = new_axes(ax, figsize=(11, max(4, 0.55 * len(rows) + 2)))
    if not rows:
        ax.text(0.5, 0.5, "No quotes found in this article", ha="center", va="center", transform=ax.transAxes, fontsize=16)
        ax.set_xticks([])
        ax.set_yticks([])
        ax.set_title("Who is quoted")
        set_alt_text(ax, "An empty chart: the quote finder found no quotes in this article.")
        return ax
    names = [name for name, _, _ in reversed(rows)]
    left = [0] * len(rows)
    for kind in KIND_ORDER:
        values = [counts.get(kind, 0) for _, _, counts in reversed(rows)]
        colours = [TYPE_COLOURS.get(type_, PALETTE["grey"]) for _, type_, _ in reversed(rows)]
        ax.barh(names, values, left=left, color=colours, hatch=KIND_HATCH[kind], edgecolor="white", linewidth=1.5)
        left = [a + b for a, b in zip(left, values)]
    from matplotlib.patches import Patch

    handles = [Patch(color=colour, label=f"speaker: {type_}") for type_, colour in TYPE_COLOURS.items()]
    handles += [Patch(facecolor="white", edgecolor=PALETTE["black"], hatch=KIND_HATCH[kind], label=f"quote: {kind}")
                for kind in KIND_ORDER]
    ax.legend(handles=handles, loc="lower right", fontsize=11)
    ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Who is quoted, and how (direct, partial, reported)")
    ax.set_xlabel("number of quotes")
    ax.set_ylabel("speaker")
    top_name, top_type, top_counts = rows[0]
    set_alt_text(ax, f"Bar chart of quotes per speaker for {len(rows)} speakers. The most quoted is {top_name} "
                     f"({top_type}) with {sum(top_counts.values())} quotes.")
    return ax


def plot_quote_groups(group_counts: dict[str, int], title: str, ax=None, xlabel: str = "number of quotes",
                      ylabel: str = "group"):
    """Horizontal bars of quote counts per group (speaker type or affiliation group)."""
    ax = new_axes(ax, figsize=(10, 4.5))
    items = sorted(group_counts.items(), key=lambda item: (-item[1], item[0]))
    if not items or not sum(group_counts.values()):
        ax.text(0.5, 0.5, "No quotes found in this article", ha="center", va="center", transform=ax.transAxes, fontsize=16)
        ax.set_xticks([])
        ax.set_yticks([])
    else:
        labels = [label for label, _ in reversed(items)]
        values = [value for _, value in reversed(items)]
        colours = [TYPE_COLOURS.get(label, PALETTE["sky_blue"] if label != "unknown" else PALETTE["grey"]) for label in labels]
        ax.barh(labels, values, color=colours)
        for y, value in enumerate(values):
            ax.text(value, y, f" {value}", va="center", fontsize=13)
        ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title(title)
    ax.set_xlabel(xlabel)
    ax.set_ylabel(ylabel)
    described = ", ".join(f"{label}: {value}" for label, value in items) or "none"
    set_alt_text(ax, f"Bar chart, {title.lower()}. Counts: {described}.")
    return ax


def _example_groups(analysis):
    from ..quotes import count_by_affiliation

    return {"group_counts": count_by_affiliation(analysis.quotes), "title": "Quotes by affiliation group"}


#: Example inputs for the figure tests (``tests/test_figures_accessible.py``).
EXAMPLES = {"plot_who_is_quoted": lambda analysis: {"findings": analysis.quotes},
            "plot_quote_groups": _example_groups}
