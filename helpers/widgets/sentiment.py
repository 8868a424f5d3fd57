"""A widget to change the target and the thresholds of notebook 03's speaker chart.

It only collects choices and calls ``sentiment_toward`` and ``plot_speaker_stance``,
the same functions the static cells call.
"""
from __future__ import annotations

TARGETS = ("NATO", "Russia", "Putin", "Trump")


def stance_explorer(article, findings, targets=TARGETS):
    """Dropdown for the target, sliders for the thresholds and the window, a box for the second reader
    (``helpers.stance_model``, NATO only); redraws the chart."""
    import ipywidgets as widgets
    import matplotlib.pyplot as plt

    from ..plots.sentiment import plot_speaker_stance
    from ..stance import StanceSettings, sentiment_toward

    target = widgets.Dropdown(options=list(targets), value=targets[0], description="target")
    positive = widgets.FloatSlider(value=0.05, min=0.0, max=0.6, step=0.05, description="positive ≥")
    negative = widgets.FloatSlider(value=-0.05, min=-0.6, max=0.0, step=0.05, description="negative ≤")
    window = widgets.IntSlider(value=8, min=2, max=30, step=1, description="window")
    second = widgets.Checkbox(value=True, description="second reader (NATO only)")
    output = widgets.Output()

    def redraw(_=None):
        settings = StanceSettings(window=window.value, positive_threshold=positive.value, negative_threshold=negative.value,
                                  second_reader=second.value)
        result = sentiment_toward(article, findings, target=target.value, settings=settings)
        with output:
            output.clear_output(wait=True)
            ax = plot_speaker_stance(result, settings=settings)
            plt.show()
            print(ax._alt_text if hasattr(ax, "_alt_text") else "")

    for control in (target, positive, negative, window, second):
        control.observe(redraw, names="value")
    redraw()
    return widgets.VBox([widgets.HBox([target, window]), widgets.HBox([positive, negative, second]), output])
