"""A timeline you can filter by actor, period and category (a thin layer).

The widget only collects choices; ``helpers.events.filter_events`` chooses the
events and ``helpers.plots.timeline.plot_timeline`` draws them.

>>> controls = timeline_explorer.__doc__ is not None
>>> controls
True
"""
from __future__ import annotations


def timeline_explorer(events, temperature=None, first_year: int = 1949, last_year: int = 2017):
    """Show dropdowns and a year-range slider above a timeline that redraws on each change."""
    import ipywidgets as widgets
    import matplotlib.pyplot as plt
    from IPython.display import display

    from ..events import filter_events
    from ..plots.timeline import plot_timeline

    actors = sorted({actor for event in events for actor in event.actors})
    actor = widgets.Dropdown(options=["(any)"] + actors, value="(any)", description="Actor")
    period = widgets.IntRangeSlider(value=(first_year, last_year), min=first_year, max=last_year, step=1,
                                    description="Years", continuous_update=False)
    category = widgets.Dropdown(options=["all", "cooperation", "conflict", "neutral"], value="all", description="Category")
    output = widgets.Output()

    def redraw(*_):
        chosen = filter_events(events, actor=None if actor.value == "(any)" else actor.value,
                               start_year=period.value[0], end_year=period.value[1], category=category.value)
        with output:
            output.clear_output(wait=True)
            if not chosen:
                print("No event matches these choices: widen the years or choose another actor.")
                return
            ax = plot_timeline(chosen, period.value[0], period.value[1], temperature=temperature)
            plt.show()
            print(f"{len(chosen)} events shown.")

    for control in (actor, period, category):
        control.observe(redraw, names="value")
    redraw()
    box = widgets.VBox([widgets.HBox([actor, category]), period, output])
    display(box)
    return box
