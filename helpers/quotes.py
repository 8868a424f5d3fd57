"""Quotes and speakers (stub: replaced by the quotes work, issue 3)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class QuoteFindings:
    quotes: list = field(default_factory=list)
    speakers: list = field(default_factory=list)
    not_quotes: list = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"quotes": [], "speakers": []}


def extract_quotes(article, entities=None) -> QuoteFindings:
    return QuoteFindings()
