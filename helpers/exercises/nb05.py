"""Exercises of notebook 05 (your own article).

Both work on a short invented practice text, so they mean the same on any article.

>>> from helpers.exercises import check
>>> check("nb05-diagnose", ["no quotes"]).correct
False
>>> check("nb05-anchor-date", "2017-01-20").correct
False
"""
from __future__ import annotations

from . import Feedback, exercise

#: An invented text: one quote, a relative date, no publication date, no mention of NATO.
PRACTICE_TEXT = ('"We will repair the bridge before winter," the mayor said on Tuesday.\n\n'
                 "The council approved the budget after a short debate.")
#: The day "on Tuesday" should become once the text has a publication date.
PRACTICE_TUESDAY = "2017-01-03"


def _kinds(answer) -> set[str]:
    if isinstance(answer, str):
        answer = [answer]
    return {str(item).strip().lower() for item in (answer or [])}


@exercise("nb05-diagnose")
def diagnose(answer, target: str = "NATO"):
    """Which input problems does the practice text have? ``answer``: a list of NOTE_KINDS."""
    from ..widgets.own_article import NOTE_KINDS, NO_DATE, NO_QUOTES, NO_TARGET, analyse_request

    given = _kinds(answer)
    unknown = given - set(NOTE_KINDS)
    if unknown:
        return Feedback(False, f"use only these words: {', '.join(repr(kind) for kind in NOTE_KINDS)}.")
    right = {note.kind for note in analyse_request(text=PRACTICE_TEXT, target=target).notes}
    if given == right:
        return Feedback(True, "a missing date and a missing target are the two problems. The quote is fine: it has "
                              "quotation marks, a speaker and a reporting verb.")
    if NO_QUOTES in given - right:
        return Feedback(False, "look again at the first sentence: quotation marks, then who said it.")
    if NO_DATE in right - given:
        return Feedback(False, "'on Tuesday' is in the text, but which Tuesday? Is there a publication date?")
    if NO_TARGET in right - given:
        return Feedback(False, f"search the text for {target!r}, or any other name for it.")
    return Feedback(False, "run the analysis of the practice text and read the notes above its results.")


@exercise("nb05-anchor-date")
def anchor_date(answer):
    """A publication date that makes 'on Tuesday' in the practice text mean ``PRACTICE_TUESDAY``."""
    import datetime as dt

    from ..timex import find_time_expressions_in_text

    try:
        published = dt.date.fromisoformat(str(answer).strip())
    except ValueError:
        return Feedback(False, "write the date as 'YYYY-MM-DD', for example '2017-02-15'.")
    values = [item.value for item in find_time_expressions_in_text(PRACTICE_TEXT, published) if "Tuesday" in item.text]
    if values == [PRACTICE_TUESDAY]:
        return Feedback(True, f"with that date 'on Tuesday' is {PRACTICE_TUESDAY}: the mayor spoke in the past tense, "
                              "so it is the most recent Tuesday, the publication day included.")
    if published < dt.date.fromisoformat(PRACTICE_TUESDAY):
        return Feedback(False, f"with {published} the text would appear before the mayor spoke. Choose a later date.")
    return Feedback(False, f"with {published}, 'on Tuesday' means {values[0] if values else 'nothing'}: "
                           "a more recent Tuesday. Choose an earlier date.")
