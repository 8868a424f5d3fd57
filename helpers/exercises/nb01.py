"""Exercises of notebook 01 (the article's context)."""
from __future__ import annotations

import datetime as dt

from . import Feedback, exercise


@exercise("nb01-removed-count")
def removed_count(answer, article=None):
    if article is None:
        return Feedback(False, "pass the article too: check('nb01-removed-count', n, article=article).")
    right = sum(1 for action in article.cleaning if action.action == "removed")
    if answer == right:
        return Feedback(True, "every removed block is page furniture; each one has a reason in article.cleaning.")
    if answer == len(article.cleaning):
        return Feedback(False, "that counts every cleaning action. Keep only those whose action is 'removed'.")
    return Feedback(False, "loop over article.cleaning and count the actions whose .action is 'removed'.")


@exercise("nb01-days-to-event")
def days_to_event(answer, published=None, event_date=None):
    if published is None or event_date is None:
        return Feedback(False, "pass both dates: check('nb01-days-to-event', n, published=..., event_date=...).")
    right = (dt.date.fromisoformat(str(event_date)) - dt.date.fromisoformat(str(published))).days
    if answer == right:
        return Feedback(True, f"{right} days from publication to the event: now compare it with how the article words the gap.")
    if isinstance(answer, int) and abs(answer - right) == 1:
        return Feedback(False, "off by one: count the days from the publication date to the event, not both ends.")
    return Feedback(False, "count the days from the publication date to the event date (a calendar helps, or dates in Python).")


@exercise("nb01-lede-question")
def lede_question(answer):
    text = str(answer or "").strip().lower()
    if text in {"who", "what", "when", "where", "why", "how"}:
        if text in {"who", "what", "when"}:
            return Feedback(True, "a news lede answers who, what and when first; the why and how come in later paragraphs, if at all.")
        return Feedback(False, "read the lede's second sentence again: does it say why or how, or mainly who, what and when?")
    return Feedback(False, "answer with one of the reporters' questions: who, what, when, where, why or how.")
