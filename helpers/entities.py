"""People, organisations and places mentioned in an article (stub: filled in by the quotes work)."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Mention:
    text: str
    start: int
    end: int


@dataclass
class Entity:
    name: str
    kind: str  # "person", "organization" or "place"
    mentions: list[Mention] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.mentions)


def find_entities(article) -> list[Entity]:
    return []
