"""Sentiment and stance toward a target (stub: replaced by issue 4)."""
from __future__ import annotations


class TargetSentiment(dict):
    def to_dict(self) -> dict:
        return dict(self)


def sentiment_toward(article, findings=None, target: str = "NATO") -> TargetSentiment:
    return TargetSentiment(target=target, aliases=[], mentions=[], sentences=[], by_speaker=[],
                           overall={"label": "not_about_target", "score": None, "n_mentions": 0})
