"""Events (stub: replaced by issue 5)."""
from __future__ import annotations


def events_from_article(article, time_expressions, findings=None, entities=None) -> list:
    return []
