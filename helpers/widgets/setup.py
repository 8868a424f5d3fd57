"""A tiny widget to check that interactive widgets work in your browser (notebook 00)."""
from __future__ import annotations


def echo_text(value: int) -> str:
    """The sentence the check widget shows for a slider value.

    >>> echo_text(3)
    'The slider says 3: widgets work in this browser.'
    """
    return f"The slider says {value}: widgets work in this browser."


def slider_check():
    """A slider and a label; moving the slider must change the label."""
    import ipywidgets as widgets

    slider = widgets.IntSlider(value=5, min=0, max=10, description="Move me")
    label = widgets.Label(echo_text(slider.value))
    slider.observe(lambda change: setattr(label, "value", echo_text(change["new"])), names="value")
    return widgets.VBox([slider, label])
