"""Figures. Plot functions take results and draw them; they never compute analysis.

Every plot function takes ``ax=None`` and returns the axes, sets a title and
axis labels, uses the colour-blind-safe palette below, and attaches a short
text description with ``set_alt_text`` (shown next to the figure in notebooks).
"""
from .style import PALETTE, alt_text, new_axes, set_alt_text, use_projector_style

__all__ = ["PALETTE", "alt_text", "new_axes", "set_alt_text", "use_projector_style"]
