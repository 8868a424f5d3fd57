"""Run every analysis of the set on one article.

``analyze`` composes the stages: article -> entities -> quotes and speakers ->
sentiment toward a target; article -> time expressions -> events. The command
line, ``batch``, the notebooks and the widgets all call this same function.

>>> result = analyze("NATO met today. \\"We are ready,\\" the alliance said.", published="2017-01-04")
>>> sorted(result.to_dict())
['article', 'entities', 'events', 'quotes', 'sentiment', 'speakers', 'time_expressions', 'warnings']
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from .articles import Article, load_article

DEFAULT_TARGET = "NATO"


@dataclass
class Analysis:
    """Everything the set computes about one article."""

    article: Article
    target: str
    entities: list = field(default_factory=list)
    quotes: object = None  # QuoteFindings
    sentiment: object = None  # TargetSentiment
    time_expressions: list = field(default_factory=list)
    events: list = field(default_factory=list)

    @property
    def warnings(self) -> list[str]:
        found = list(self.article.warnings)
        found += list(getattr(self.quotes, "warnings", []) or [])
        found += list(getattr(self.sentiment, "warnings", []) or [])
        return found

    def to_dict(self) -> dict:
        """The JSON document printed by ``python -m helpers analyze``."""
        quotes = self.quotes.to_dict() if self.quotes is not None else {"quotes": [], "speakers": []}
        return {
            "article": self.article.summary(),
            "entities": [_as_dict(entity) for entity in self.entities],
            "quotes": quotes["quotes"],
            "speakers": quotes["speakers"],
            "sentiment": _as_dict(self.sentiment),
            "time_expressions": [_as_dict(item) for item in self.time_expressions],
            "events": [_as_dict(item) for item in self.events],
            "warnings": self.warnings,
        }


def _as_dict(value):
    """A result's own ``to_dict()`` (already JSON-ready values), or ``_plain``
    for anything without one.

    Every result class of the set (``Entity``, ``TargetSentiment``,
    ``TimeExpression``, ``Event``) writes its dictionary directly from plain
    values, so walking it again with ``_plain`` only made a copy.
    """
    if hasattr(value, "to_dict"):
        return value.to_dict()
    return _plain(value)


def _plain(value):
    """Dataclasses, dates and containers as JSON-ready Python values."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if hasattr(value, "to_dict"):
        return _plain(value.to_dict())
    if dataclasses.is_dataclass(value):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [_plain(item) for item in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return str(value)
    return str(value)


def analyze(source, published=None, target: str = DEFAULT_TARGET, rules_only: bool = False, **metadata) -> Analysis:
    """Load ``source`` (a path, a text, or an ``Article``) and run every stage. ``rules_only``: each speaker's stance
    from the stance rules alone, without the second reader (``helpers.stance_model``)."""
    from .entities import find_entities
    from .events import events_from_article
    from .quotes import extract_quotes
    from .stance import StanceSettings, sentiment_toward
    from .timex import find_time_expressions

    article = source if isinstance(source, Article) else load_article(source, published=published, **metadata)
    entities = find_entities(article)
    findings = extract_quotes(article, entities=entities)
    sentiment = sentiment_toward(article, findings, target=target or DEFAULT_TARGET,
                                 settings=StanceSettings(second_reader=not rules_only))
    time_expressions = find_time_expressions(article)
    events = events_from_article(article, time_expressions, findings=findings, entities=entities)
    return Analysis(article, target or DEFAULT_TARGET, entities, findings, sentiment, time_expressions, events)
