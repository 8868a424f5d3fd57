"""Timeline figures: stems at alternating heights, article events highlighted,
and the "temperature of relations" (mean Goldstein value) as a line.

The functions only draw: the events, the filtering and the temperature come
from ``helpers.events``.

>>> from helpers.events import load_event_dataset
>>> ax = plot_timeline(load_event_dataset(), start_year=2014, end_year=2015)
>>> "timeline" in alt_text(ax).lower()
True
"""
from __future__ import annotations

import textwrap

from .style import PALETTE, alt_text, new_axes, set_alt_text

CATEGORY_COLOURS = {"cooperation": PALETTE["blue"], "conflict": PALETTE["vermillion"], "neutral": PALETTE["grey"]}
ARTICLE_COLOUR = PALETTE["orange"]
__all__ = ["plot_timeline", "plot_timeline_overview_and_zoom", "CATEGORY_COLOURS", "alt_text"]


def _label(event, width: int) -> str:
    """The event's description, wrapped on two lines (shortened if longer)."""
    lines = textwrap.wrap(event.description, width=width)
    if len(lines) > 2:
        lines = [lines[0], textwrap.shorten(" ".join(lines[1:]), width=width, placeholder="…")]
    return f"{event.first_day:%d %b %Y}" if event.precision == "day" else f"{event.first_day:%b %Y}", "\n".join(lines)


def plot_timeline(events, start_year=None, end_year=None, ax=None, temperature=None, label_width: int = 38,
                  title: str | None = None, max_labels: int = 40):
    """Draw events between ``start_year`` and ``end_year`` (inclusive) as stems.

    Stems alternate between six heights so labels do not collide; colour is the
    category (blue cooperation, vermillion conflict, grey neutral); events the
    article mentions get an orange ring and a bold label. ``temperature`` (a list
    of ``(year, value)`` from ``relations_temperature``) is drawn on a second axis.
    Returns the axes.
    """
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D

    chosen = [e for e in events if (start_year is None or e.last_day.year >= start_year)
              and (end_year is None or e.first_day.year <= end_year)]
    ax = new_axes(ax, figsize=(14, 7))
    levels = [3.2, -3.2, 2.2, -2.2, 1.2, -1.2]
    for position, event in enumerate(sorted(chosen, key=lambda e: e.first_day)):
        level = levels[position % len(levels)]
        middle = event.first_day + (event.last_day - event.first_day) / 2
        colour = CATEGORY_COLOURS.get(event.category, PALETTE["grey"])
        ax.vlines(middle, 0, level, color=colour, linewidth=1.5, alpha=0.8)
        ax.plot(middle, 0, "o", color=colour, markersize=8, zorder=3)
        if event.in_article:
            ax.plot(middle, 0, "o", markerfacecolor="none", markeredgecolor=ARTICLE_COLOUR, markersize=16,
                    markeredgewidth=3, zorder=4)
        if len(chosen) <= max_labels:
            when, words = _label(event, label_width)
            ax.annotate(f"{when}: {words}", xy=(middle, level), xytext=(3, 4 if level > 0 else -4),
                        textcoords="offset points", va="bottom" if level > 0 else "top", ha="left",
                        fontsize=11, fontweight="bold" if event.in_article else "normal",
                        color=PALETTE["black"])
    ax.axhline(0, color=PALETTE["black"], linewidth=1)
    ax.set_ylim(-4.2, 4.2)
    ax.set_yticks([])
    ax.set_ylabel("events (stem heights only\nkeep labels apart)")
    ax.spines["left"].set_visible(False)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=12))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.set_xlabel("Date")
    period = f"{start_year or chosen[0].first_day.year if chosen else ''}–{end_year or (chosen[-1].last_day.year if chosen else '')}"
    ax.set_title(title or f"US/NATO–Russia relations, {period}")
    handles = [Line2D([], [], marker="o", linestyle="", color=colour, label=name, markersize=9)
               for name, colour in CATEGORY_COLOURS.items()]
    handles.append(Line2D([], [], marker="o", linestyle="", markerfacecolor="none", markeredgecolor=ARTICLE_COLOUR,
                          markeredgewidth=3, markersize=12, label="in the article"))
    if temperature:
        import datetime as dt

        points = [(year, value) for year, value in temperature
                  if (start_year is None or year >= start_year) and (end_year is None or year <= end_year)]
        if points:
            twin = ax.twinx()
            twin.plot([dt.date(year, 7, 1) for year, _ in points], [value for _, value in points], "o-",
                      color=PALETTE["green"], linewidth=3, markersize=5, alpha=0.9)
            twin.set_ylim(-10, 10)
            twin.set_ylabel("Temperature of relations\n(mean Goldstein value)")
            twin.axhline(0, color=PALETTE["green"], linewidth=0.8, linestyle=":")
            handles.append(Line2D([], [], color=PALETTE["green"], linewidth=3, label="temperature (5-year mean)"))
    ax.legend(handles=handles, loc="upper left", ncol=5, frameon=False, bbox_to_anchor=(0, -0.12))
    in_article = sum(1 for e in chosen if e.in_article)
    counts = {name: sum(1 for e in chosen if e.category == name) for name in CATEGORY_COLOURS}
    set_alt_text(ax, (
        f"Timeline of {len(chosen)} events, {period}: {counts['cooperation']} cooperation (blue), "
        f"{counts['conflict']} conflict (vermillion), {counts['neutral']} neutral (grey); "
        f"{in_article} mentioned in the article are ringed in orange."
        + (" A green line shows the mean Goldstein value of US/NATO-Russia events over the five years up to each year."
           if temperature else "")))
    return ax


def plot_timeline_overview_and_zoom(events, temperature=None, overview=(1949, 2017), zoom=(2016, 2017)):
    """Two panels: the whole period (no labels, with the temperature line) and
    a labelled zoom on 2016 to January 2017. Returns the figure."""
    import matplotlib.pyplot as plt

    from .style import use_projector_style

    use_projector_style()
    figure, (top, bottom) = plt.subplots(2, 1, figsize=(16, 15), layout="constrained")
    plot_timeline(events, *overview, ax=top, temperature=temperature, max_labels=0,
                  title=f"US/NATO–Russia relations, {overview[0]}–{overview[1]}: overview")
    plot_timeline(events, *zoom, ax=bottom, label_width=26,
                  title=f"Zoom: {zoom[0]} to January {zoom[1]}, the months around the article")
    figure._alt_text = alt_text(top) + " Zoomed panel: " + alt_text(bottom)
    return figure
