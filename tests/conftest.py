"""Shared fixtures. Tests read only the repository's own files (never ../shared)."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "data" / "articles" / "russia-wants-a-reset-nato.md"
SEED_RAW = REPO / "data" / "articles" / "russia-wants-a-reset-nato.raw.txt"
SECOND_SAMPLE = REPO / "data" / "articles" / "wh-2025-06-26-nato-breakthrough-reactions.md"
DEV_DIR = REPO / "data" / "dev-articles"


@pytest.fixture(scope="session")
def seed_article():
    from helpers.articles import load_article

    return load_article(SEED)


@pytest.fixture(scope="session")
def raw_seed_article():
    from helpers.articles import load_article

    return load_article(SEED_RAW)
