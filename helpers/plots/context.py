"""Figures for notebook 01: who and what an article mentions."""
from __future__ import annotations

from .style import PALETTE, new_axes, set_alt_text

KIND_COLOURS = {"person": PALETTE["blue"], "organization": PALETTE["orange"], "place": PALETTE["green"]}


def plot_mentions(entities, ax=None, top: int = 12):
    """Horizontal bars: the most-mentioned people, organisations and places.

    ``entities`` are ``helpers.entities.Entity`` objects (``name``, ``kind``, ``count``).
    """
    ax = new_axes(ax, figsize=(10, 6))
    from ..entities import most_mentioned

    ranked = most_mentioned(entities, top)
    if not ranked:
        ax.text(0.5, 0.5, "No people, organisations or places found", ha="center", va="center", transform=ax.transAxes)
        ax.set_xticks([])
        ax.set_yticks([])
    else:
        names = [entity.name for entity in reversed(ranked)]
        counts = [entity.count for entity in reversed(ranked)]
        colours = [KIND_COLOURS.get(entity.kind, PALETTE["grey"]) for entity in reversed(ranked)]
        ax.barh(names, counts, color=colours)
        for kind, colour in KIND_COLOURS.items():
            ax.bar(0, 0, color=colour, label=kind)  # legend entries
        ax.legend(title="kind", loc="lower right")
        ax.xaxis.get_major_locator().set_params(integer=True)
    ax.set_title("Who and what the article mentions most")
    ax.set_xlabel("number of mentions")
    ax.set_ylabel("name (as found by the rules)")
    description = ", ".join(f"{e.name} ({e.kind}, {e.count})" for e in ranked) or "nothing found"
    set_alt_text(ax, f"Bar chart of the {len(ranked)} most-mentioned names: {description}.")
    return ax
