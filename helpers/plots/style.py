"""Shared figure style: a colour-blind-safe palette and projector-sized fonts.

The palette is Okabe & Ito's (2008) "Color Universal Design" set, distinguishable
with the common forms of colour blindness.

>>> ax = new_axes()
>>> set_alt_text(ax, "An empty chart.")
>>> alt_text(ax)
'An empty chart.'
"""
from __future__ import annotations

#: Okabe-Ito palette (Okabe & Ito 2008, https://jfly.uni-koeln.de/color/).
PALETTE = {
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "purple": "#CC79A7",
    "black": "#000000",
    "grey": "#999999",
}
#: Colours for positive / neutral / negative, in that order.
STANCE_COLOURS = {"positive": PALETTE["blue"], "neutral": PALETTE["grey"], "negative": PALETTE["vermillion"],
                  "not_about_target": "#DDDDDD"}
#: A cycle for categories (speakers, actors).
CATEGORY_CYCLE = [PALETTE[name] for name in ("blue", "orange", "green", "vermillion", "purple", "sky_blue", "yellow", "black")]

PROJECTOR_RC = {
    "font.size": 14,
    "axes.titlesize": 17,
    "axes.labelsize": 15,
    "xtick.labelsize": 13,
    "ytick.labelsize": 13,
    "legend.fontsize": 13,
    "figure.dpi": 100,
    "axes.spines.top": False,
    "axes.spines.right": False,
}


def use_projector_style() -> None:
    """Large fonts and the colour-blind-safe cycle for every later figure."""
    import matplotlib as mpl
    from cycler import cycler

    mpl.rcParams.update(PROJECTOR_RC)
    mpl.rcParams["axes.prop_cycle"] = cycler(color=CATEGORY_CYCLE)


def new_axes(ax=None, figsize=(10, 5)):
    """Return ``ax`` or, when it is ``None``, the axes of a new figure in the set's style."""
    if ax is not None:
        return ax
    import matplotlib.pyplot as plt

    use_projector_style()
    _, ax = plt.subplots(figsize=figsize, layout="constrained")
    return ax


def set_alt_text(ax, description: str) -> None:
    """Attach a text description (alt text) to a chart."""
    ax._alt_text = description  # read back with alt_text(ax)


def alt_text(ax) -> str:
    """The text description of a chart ('' if none was set)."""
    return getattr(ax, "_alt_text", "")


def plot_palette(ax=None):
    """The set's colour-blind-safe palette as labelled bars (a check that figures work)."""
    ax = new_axes(ax, figsize=(10, 3.5))
    names = list(PALETTE)
    ax.bar(range(len(names)), [1] * len(names), color=[PALETTE[name] for name in names], edgecolor="black")
    ax.set_xticks(range(len(names)), [name.replace("_", " ") for name in names], rotation=30, ha="right")
    ax.set_yticks([])
    ax.set_title("The colour-blind-safe palette used in every figure")
    ax.set_xlabel("colour (Okabe & Ito 2008)")
    ax.set_ylabel("swatch")
    set_alt_text(ax, "Nine coloured bars, one per palette colour: " + ", ".join(names) + ".")
    return ax
