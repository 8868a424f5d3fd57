"""Every figure the helpers draw is readable on a projector and by a screen reader.

The plot functions are discovered, not listed: every public function defined in
a ``helpers/plots/*.py`` module that takes ``ax=None``. Each is drawn on the
seed article's analysis and must have a title, labelled x and y axes, alt text
(``helpers.plots.style.alt_text``), titles/labels/ticks of at least 12 pt, and
colours from the colour-blind-safe palette.

How a test finds a plot function's inputs, in this order:

1. the module's ``EXAMPLES`` dict: ``{plot_function_or_its_name: build}``, where
   ``build(analysis)`` returns the keyword arguments (a dict) or the positional
   arguments (a tuple) for one example drawing, e.g.
   ``EXAMPLES = {"plot_quote_counts": lambda analysis: {"findings": analysis.quotes}}``;
2. otherwise the name of the function's first parameter, looked up in ``INPUTS``
   below (``entities``, ``events``, ``result`` ...).

A function that neither gives is reported with exactly what to add.
An axis without a meaningful scale (a timeline's stem heights, a table) still
needs a label that says so, e.g. ``ax.set_ylabel("(height only separates labels)")``.
"""
from __future__ import annotations

import colorsys
import importlib
import inspect
import pkgutil
from pathlib import Path

import pytest

import helpers.plots
from helpers.plots.style import PALETTE, alt_text

SEED = Path(__file__).resolve().parent.parent / "data" / "articles" / "russia-wants-a-reset-nato.md"
MIN_POINTS = 12
#: Not plot functions although they take ``ax=None``: what they are for.
NOT_PLOTS = {"helpers.plots.style.new_axes": "returns blank axes for the plot functions to draw on"}


def _first_target_sentence(analysis) -> str:
    for sentence in analysis.article.sentences:
        if analysis.target.lower() in sentence.text.lower():
            return sentence.text
    return analysis.article.sentences[0].text


def _vader_explanation(analysis):
    from helpers.vader_explained import explain_vader

    return explain_vader(_first_target_sentence(analysis))


#: First-parameter name -> how to build that input from ``analyze(SEED)``.
INPUTS = {
    "analysis": lambda analysis: analysis,
    "article": lambda analysis: analysis.article,
    "entities": lambda analysis: analysis.entities,
    "findings": lambda analysis: analysis.quotes,
    "quotes": lambda analysis: analysis.quotes,
    "speakers": lambda analysis: analysis.quotes.speakers,
    "result": lambda analysis: analysis.sentiment,
    "sentiment": lambda analysis: analysis.sentiment,
    "time_expressions": lambda analysis: analysis.time_expressions,
    "events": lambda analysis: analysis.events,
    "explanation": _vader_explanation,
}


def plot_modules() -> list:
    return [importlib.import_module(f"helpers.plots.{info.name}")
            for info in pkgutil.iter_modules(helpers.plots.__path__) if not info.name.startswith("_")]


def takes_ax_none(function) -> bool:
    parameter = inspect.signature(function).parameters.get("ax")
    return parameter is not None and parameter.default is None


def plot_functions() -> list:
    """(module, function) for every public ``ax=None`` function defined in a plot module."""
    found = []
    for module in plot_modules():
        for name, function in vars(module).items():
            if (inspect.isfunction(function) and not name.startswith("_") and function.__module__ == module.__name__
                    and takes_ax_none(function) and f"{module.__name__}.{name}" not in NOT_PLOTS):
                found.append((module, function))
    return found


#: Gaps reported to the plot modules' authors, (check, function name) -> what to change.
#: Each marks that one test as an expected failure until it is fixed; remove the entry then.
KNOWN_GAPS: dict[tuple[str, str], str] = {}


def expect_known_gap(request, check: str, function) -> None:
    reason = KNOWN_GAPS.get((check, function.__name__))
    if reason:
        request.applymarker(pytest.mark.xfail(reason=reason, strict=False))


PLOTS = plot_functions()
IDS = [f"{module.__name__.rsplit('.', 1)[-1]}.{function.__name__}" for module, function in PLOTS]


def example_builder(module, function):
    """How to build ``function``'s inputs, or None."""
    examples = getattr(module, "EXAMPLES", {}) or {}
    for key in (function, function.__name__):
        if key in examples:
            return examples[key]
    needed = required_inputs(function)
    if all(name in INPUTS for name in needed):
        return lambda analysis: {name: INPUTS[name](analysis) for name in needed}
    return None


def required_inputs(function) -> list[str]:
    """The parameters without a default (the data a plot needs)."""
    return [name for name, parameter in inspect.signature(function).parameters.items()
            if parameter.default is inspect.Parameter.empty
            and parameter.kind in (parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD, parameter.KEYWORD_ONLY)]


@pytest.fixture(scope="module")
def seed_analysis():
    from helpers.analysis import analyze

    return analyze(SEED)


@pytest.fixture(scope="module")
def drawn(seed_analysis):
    """Draw each plot once per module; ``drawn(module, function)`` returns its axes."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    cache = {}

    def draw(module, function):
        if function not in cache:
            build = example_builder(module, function)
            if build is None:
                first = next(name for name in required_inputs(function) if name not in INPUTS)
                pytest.fail(
                    f"{module.__name__}.{function.__name__}: the test cannot build its input {first!r}. Add to "
                    f"{module.__name__}: EXAMPLES = {{{function.__name__!r}: lambda analysis: {{{first!r}: ...}}}} "
                    f"(analysis = helpers.analysis.analyze(seed article))")
            arguments = build(seed_analysis)
            if isinstance(arguments, dict):
                ax = function(**arguments)
            else:
                ax = function(*arguments)
            ax.figure.canvas.draw()  # tick labels exist only after a draw
            cache[function] = ax
        return cache[function]

    yield draw
    plt.close("all")


def test_plot_functions_are_discovered():
    names = {function.__name__ for _, function in PLOTS}
    assert names, "no function with ax=None in helpers/plots/*.py"


@pytest.mark.parametrize(("module", "function"), PLOTS, ids=IDS)
def test_figure_has_a_title(request, drawn, module, function):
    expect_known_gap(request, 'title', function)
    ax = drawn(module, function)
    assert ax.get_title().strip() or ax.figure.get_suptitle().strip(), f"{function.__name__}: set a title"


@pytest.mark.parametrize(("module", "function"), PLOTS, ids=IDS)
def test_x_axis_is_labelled(request, drawn, module, function):
    expect_known_gap(request, 'x label', function)
    ax = drawn(module, function)
    assert ax.get_xlabel().strip(), f"{function.__name__}: set an x-axis label (ax.set_xlabel)"


@pytest.mark.parametrize(("module", "function"), PLOTS, ids=IDS)
def test_y_axis_is_labelled(request, drawn, module, function):
    expect_known_gap(request, 'y label', function)
    ax = drawn(module, function)
    assert ax.get_ylabel().strip(), (
        f"{function.__name__}: set a y-axis label (ax.set_ylabel); if the axis has no scale, say so in the label")


@pytest.mark.parametrize(("module", "function"), PLOTS, ids=IDS)
def test_figure_has_alt_text(request, drawn, module, function):
    expect_known_gap(request, 'alt text', function)
    ax = drawn(module, function)
    assert alt_text(ax).strip(), f"{function.__name__}: describe the chart with set_alt_text(ax, ...)"


def small_texts(ax) -> list[str]:
    """Title, axis labels and tick labels smaller than ``MIN_POINTS``, as 'what: size'."""
    texts = [("title", ax.title), ("x label", ax.xaxis.label), ("y label", ax.yaxis.label)]
    texts += [("x tick", label) for label in ax.get_xticklabels()]
    texts += [("y tick", label) for label in ax.get_yticklabels()]
    return sorted({f"{what}: {text.get_fontsize():g} pt" for what, text in texts
                   if text.get_text().strip() and text.get_visible() and text.get_fontsize() < MIN_POINTS})


@pytest.mark.parametrize(("module", "function"), PLOTS, ids=IDS)
def test_titles_labels_and_ticks_are_readable_from_the_back_of_the_room(request, drawn, module, function):
    expect_known_gap(request, 'font size', function)
    ax = drawn(module, function)
    assert small_texts(ax) == [], f"{function.__name__}: use at least {MIN_POINTS} pt"


def hex_colour(rgba) -> str:
    red, green, blue = (round(channel * 255) for channel in rgba[:3])
    return f"#{red:02X}{green:02X}{blue:02X}"


def has_hue(rgba) -> bool:
    """Greys, black and white carry no hue: they are safe for every reader."""
    _, _, saturation = colorsys.rgb_to_hls(*rgba[:3])
    return saturation > 0.08 and max(rgba[:3]) - min(rgba[:3]) > 0.04


def figure_colours(figure) -> set[str]:
    """Every visible, non-transparent colour used by data artists and texts in the figure."""
    from matplotlib.colors import to_rgba_array

    found = set()

    def add(colours):
        try:
            array = to_rgba_array(colours)
        except (TypeError, ValueError):
            return
        for rgba in array:
            if rgba[3] > 0 and has_hue(rgba):
                found.add(hex_colour(rgba))

    for ax in figure.axes:
        for patch in ax.patches:
            if patch.get_visible():
                add(patch.get_facecolor())
                if patch.get_linewidth():
                    add(patch.get_edgecolor())
        for line in ax.lines:
            if line.get_visible():
                add(line.get_color())
                add(line.get_markerfacecolor())
                add(line.get_markeredgecolor())
        for collection in ax.collections:
            if collection.get_visible():
                add(collection.get_facecolor())
                add(collection.get_edgecolor())
        for text in ax.texts:
            if text.get_visible():
                add(text.get_color())
    return found


PALETTE_HEX = {value.upper() for value in PALETTE.values()}


@pytest.mark.parametrize(("module", "function"), PLOTS, ids=IDS)
def test_colours_come_from_the_colour_blind_safe_palette(request, drawn, module, function):
    expect_known_gap(request, 'palette', function)
    ax = drawn(module, function)
    foreign = sorted(figure_colours(ax.figure) - PALETTE_HEX)
    assert foreign == [], f"{function.__name__}: colours outside helpers.plots.style.PALETTE (greys are fine): {foreign}"


def test_the_colour_check_can_tell_a_foreign_colour():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    figure, ax = plt.subplots()
    ax.bar([0, 1], [1, 2], color=[PALETTE["blue"], "#FF0000"])
    ax.plot([0, 1], [1, 1], color="#777777")
    try:
        assert figure_colours(figure) - PALETTE_HEX == {"#FF0000"}
    finally:
        plt.close(figure)
