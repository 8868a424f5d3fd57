"""The sample articles that ship with the set.

>>> sample_article_path("seed").name
'russia-wants-a-reset-nato.md'
"""
from __future__ import annotations

from pathlib import Path

from .resources import DATA_DIR

ARTICLES_DIR = DATA_DIR / "articles"
DEV_ARTICLES_DIR = DATA_DIR / "dev-articles"
GOLD_DIR = DATA_DIR / "gold"

#: Short names for the articles every notebook can run on.
SAMPLE_ARTICLES = {
    "seed": "russia-wants-a-reset-nato.md",
    "seed-raw": "russia-wants-a-reset-nato.raw.txt",
    "white-house-nato": "wh-2025-06-26-nato-breakthrough-reactions.md",
}
DEFAULT_ARTICLE = "seed"


def sample_article_path(name: str = DEFAULT_ARTICLE) -> Path:
    """Path of a sample article by short name (see ``SAMPLE_ARTICLES``)."""
    return ARTICLES_DIR / SAMPLE_ARTICLES[name]
