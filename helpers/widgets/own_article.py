"""Notebook 05: every analysis of the set on an article you paste in or point to.

The work is done by two pure functions: ``analyse_request`` (text or path,
date and target -> an ``Outcome`` with the analysis or a friendly problem) and
``input_notes`` (what is missing from an analysed article, in plain words).
The ``show_*`` functions draw the same figures as notebooks 02-04 and print the
summary; ``own_article_form`` is a thin widget layer that calls them.

>>> outcome = analyse_request(text="   ")
>>> outcome.analysis is None, outcome.problem.startswith("Nothing to analyse")
(True, True)
>>> outcome = analyse_request(text='"We are ready," the spokesperson said on Tuesday.', published="2017-01-04")
>>> [note.kind for note in outcome.notes]
['no mention of the target']
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from ..problems import InputProblem

NO_DATE = "no date"
NO_QUOTES = "no quotes"
NO_TARGET = "no mention of the target"
NOTE_KINDS = (NO_DATE, NO_QUOTES, NO_TARGET)
DEFAULT_TARGET = "NATO"
START_HINT = "Paste an article in the box (or keep the file path), check the date and the target, then press Analyse."


@dataclass
class InputNote:
    """Something missing from the input, and what it means for the results."""

    kind: str  # one of NOTE_KINDS
    message: str


@dataclass
class Outcome:
    """The result of one request: an analysis, or a problem that stopped it."""

    analysis: object = None  # helpers.analysis.Analysis
    problem: str | None = None
    notes: list[InputNote] = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        return list(self.analysis.warnings) if self.analysis is not None else []


def input_notes(analysis) -> list[InputNote]:
    """Plain-words notes for an analysed article with no date, no quotes or no mention of the target.

    >>> from helpers.analysis import analyze
    >>> [note.kind for note in input_notes(analyze("Markets were calm on Monday."))]
    ['no date', 'no quotes', 'no mention of the target']
    """
    notes = []
    if analysis.article.published is None:
        notes.append(InputNote(NO_DATE, "No publication date: words like 'on Monday' or 'last week' cannot become "
                                        "calendar dates, so the timeline stays empty. Set the date and analyse again."))
    if not analysis.quotes.quotes:
        notes.append(InputNote(NO_QUOTES, "No quotes found: nobody is quoted, or the article quotes in a way the rules "
                                          "do not know. The speaker figures stay empty; the rest still works."))
    if not analysis.sentiment.mentions:
        notes.append(InputNote(NO_TARGET, f"The article never mentions {analysis.target!r} (or another name for it), "
                                          "so there is no sentiment toward it. Check the spelling or choose another target."))
    return notes


def _date(published):
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, str) and not published.strip():
        return None
    return published


def analyse_request(text: str = "", path: str | Path | None = None, published=None,
                    target: str | None = DEFAULT_TARGET) -> Outcome:
    """Analyse pasted ``text`` (if any) or the file at ``path``; never raises for bad input.

    >>> analyse_request(path="no/such/file.txt").problem
    'no such file: no/such/file.txt: check the path (relative paths start from the current folder)'
    """
    from ..analysis import analyze
    from ..articles import article_from_text, load_article

    target = (target or "").strip() or DEFAULT_TARGET
    published = _date(published)
    try:
        if text and text.strip():
            article = article_from_text(text, published=published, source="<pasted text>")
        elif path and str(path).strip():
            article = load_article(Path(str(path).strip()), published=published)
        else:
            return Outcome(problem="Nothing to analyse: paste an article into the box, or type the path of a file.")
        analysis = analyze(article, target=target)
    except InputProblem as problem:
        return Outcome(problem=str(problem))
    return Outcome(analysis, None, input_notes(analysis))


# --- display: the same figures as notebooks 02-04 -------------------------------------------------
# Each show_* function takes an Outcome (or an Analysis) and never fails on a missing analysis.

def _analysis_of(result):
    analysis = result.analysis if isinstance(result, Outcome) else result
    if analysis is None:
        print("Nothing to show: the input could not be analysed (see the note above).")
    return analysis


def _show_figure(ax) -> None:
    import matplotlib.pyplot as plt

    from ..plots.style import alt_text

    plt.show()
    print(f"Figure description: {alt_text(ax)}")


def _html(text: str):
    from IPython.display import HTML, display

    display(HTML(text))


def show_notes(outcome: Outcome) -> None:
    """The problem that stopped the analysis, or the notes and warnings about the input."""
    import html

    if outcome.problem:
        _html(f"<div style='border-left:6px solid #D55E00;padding:6px 10px'><b>Could not analyse this input.</b> "
              f"{html.escape(outcome.problem)}</div>")
        return
    items = [f"<li><b>{html.escape(note.kind)}</b>: {html.escape(note.message)}</li>" for note in outcome.notes]
    items += [f"<li>{html.escape(warning)}</li>" for warning in outcome.warnings]
    if items:
        _html("<div style='border-left:6px solid #E69F00;padding:6px 10px'><b>Before you read the results:</b>"
              f"<ul>{''.join(items)}</ul></div>")
    else:
        _html("<div style='border-left:6px solid #009E73;padding:6px 10px'>The input looks complete: "
              "a date, quotes and mentions of the target.</div>")


def show_quotes(result) -> None:
    """Who is quoted: quotes per speaker (the figure of notebook 02), then one row per speaker."""
    from IPython.display import display

    from ..plots.quotes import plot_who_is_quoted
    from ..tables import show_table

    analysis = _analysis_of(result)
    if analysis is None:
        return
    speakers = analysis.quotes.to_dict()["speakers"]
    if not speakers:
        print("No quotes, so no speakers to show.")
        return
    _show_figure(plot_who_is_quoted(analysis.quotes))
    display(show_table(speakers, columns=["name", "type", "role", "affiliation", "quotes"],
                       caption=f"{len(speakers)} speakers, {len(analysis.quotes.quotes)} quotes"))


def show_sentiment(result) -> None:
    """How each speaker talks about the target, and tone vs. stance per sentence (the figures of notebook 03)."""
    from ..plots.sentiment import plot_speaker_stance, plot_tone_vs_stance

    analysis = _analysis_of(result)
    if analysis is None:
        return
    if not analysis.sentiment.mentions:
        print(f"No mention of {analysis.target}: nothing to score.")
        return
    if analysis.sentiment.by_speaker:
        _show_figure(plot_speaker_stance(analysis.sentiment))
    _show_figure(plot_tone_vs_stance(analysis.sentiment))


def show_timeline(result) -> None:
    """The article's dated events on a timeline (the figure of notebook 04)."""
    from ..plots.timeline import plot_timeline

    analysis = _analysis_of(result)
    if analysis is None:
        return
    if not analysis.events:
        reason = "no publication date" if analysis.article.published is None else "no dated event found"
        print(f"No events to draw ({reason}); {len(analysis.time_expressions)} time expressions found.")
        return
    _show_figure(plot_timeline(analysis.events, title=f"Events in the article ({len(analysis.events)})"))


def show_summary(result) -> None:
    """The readable summary of everything (``python -m helpers analyze --format text``)."""
    from ..report import text_summary

    analysis = _analysis_of(result)
    if analysis is not None:
        print(text_summary(analysis))


def show_everything(outcome: Outcome) -> None:
    """Notes, then quotes, sentiment, timeline and the summary; or only the problem."""
    show_notes(outcome)
    if outcome.analysis is None:
        return
    for title, show in (("Who is quoted", show_quotes), (f"Sentiment toward {outcome.analysis.target}", show_sentiment),
                        ("Timeline", show_timeline), ("Summary", show_summary)):
        _html(f"<h3>{title}</h3>")
        show(outcome.analysis)


# --- the widget -------------------------------------------------------------------------------------

def own_article_form(path=None, published=None, target: str = DEFAULT_TARGET):
    """A text box, a file path, a date, a target and an Analyse button above the results."""
    import html

    import ipywidgets as widgets
    from IPython.display import display

    from ..articles import parse_date

    try:
        start_date = parse_date(published) if published else None
    except InputProblem:
        start_date = None
    text = widgets.Textarea(placeholder="Paste an article here: the headline, then the text.",
                            layout=widgets.Layout(width="95%", height="180px"))
    file = widgets.Text(value=str(path or ""), description="or a file", layout=widgets.Layout(width="95%"))
    date = widgets.DatePicker(value=start_date, description="Published")
    aim = widgets.Text(value=target or DEFAULT_TARGET, description="Target")
    button = widgets.Button(description="Analyse", button_style="primary", icon="play")
    output = widgets.Output()
    with output:
        print(START_HINT)

    def run(_=None):
        with output:
            output.clear_output(wait=True)
            try:
                show_everything(analyse_request(text.value, file.value, date.value, aim.value))
            except Exception as error:  # a bug in the helpers: say so in words, not a traceback
                _html(f"<b>Something went wrong inside the helpers</b> ({html.escape(type(error).__name__)}: "
                      f"{html.escape(str(error))}). This is a bug, not your fault: please report it with the article.")

    button.on_click(run)
    form = widgets.VBox([text, file, widgets.HBox([date, aim, button]), output])
    display(form)
    return form
