"""Exercises of notebook 04 (the timeline)."""
from __future__ import annotations

import datetime as dt

from . import Feedback, exercise


def _last_weekday(published: dt.date, weekday: int) -> dt.date:
    back = (published.weekday() - weekday) % 7 or 7
    return published - dt.timedelta(days=back)


@exercise("nb04-last-friday")
def last_friday(answer, published="2017-01-04"):
    """'last Friday' in a story published on ``published`` (the Friday before it)."""
    published = dt.date.fromisoformat(str(published))
    right = _last_weekday(published, 4)
    try:
        given = dt.date.fromisoformat(str(answer).strip())
    except ValueError:
        return Feedback(False, "write the date as 'YYYY-MM-DD', for example '2016-12-25'.")
    if given == right:
        return Feedback(True, f"the Friday before {published:%A %d %B %Y} is {right:%d %B %Y}. "
                              "'last Friday' never means the publication day itself, even if it is a Friday.")
    if given.weekday() != 4:
        return Feedback(False, f"{given:%d %B %Y} is a {given:%A}. Count back day by day to the first Friday.")
    if given > published:
        return Feedback(False, "that Friday comes after the story appeared: 'last' points to the past.")
    return Feedback(False, "that is a Friday, but not the most recent one before publication. Look one week later.")


@exercise("nb04-add-event")
def add_event(answer, timeline=None):
    """``answer`` is the Event the student created; ``timeline`` the merged table after adding it."""
    if answer is None or not hasattr(answer, "date"):
        return Feedback(False, "create the event with Event(date=..., precision=..., actors=[...], ...) and pass it in.")
    if not answer.source_title or not (answer.source_url or "").startswith(("http://", "https://")):
        return Feedback(False, "every event needs a source: fill in source_title and a source_url starting with https://.")
    if not answer.actors:
        return Feedback(False, "name at least one actor, for example actors=['NATO', 'Russia'].")
    try:
        from ..events import value_bounds

        value_bounds(answer.date)
    except ValueError:
        return Feedback(False, "write the date as an ISO value: '2016-07-08', '2016-07' or '2016'.")
    if not -10 <= answer.goldstein <= 10:
        return Feedback(False, "a Goldstein value lies between -10 (most hostile) and +10 (most cooperative).")
    if timeline is not None and not any(e.description == answer.description for e in timeline):
        return Feedback(False, "your event is not in the timeline yet: pass it to merge_timeline (or it matched an existing event).")
    return Feedback(True, "your event is dated, sourced and on the timeline. A reader can now check it.")


@exercise("nb04-precision")
def precision_of_in_september(answer):
    text = str(answer or "").strip().lower()
    if text == "month":
        return Feedback(True, "'in September' names a month and no day: the value is '2016-09', never a made-up day.")
    if text == "day":
        return Feedback(False, "which day of September does the article give? If none, the precision cannot be 'day'.")
    return Feedback(False, "choose one of: day, week, month, season, year, decade.")
