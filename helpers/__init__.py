"""helpers: read a news article with code.

The package is organised as a pipeline (see README, "How the code is organised"):
text -> articles -> entities -> quotes + speakers -> sentiment toward a target,
and articles -> time expressions -> events -> timeline. ``analyze`` composes the stages.

Importing ``helpers`` is cheap: NLTK, matplotlib and the lexicons load on first use.
"""
from __future__ import annotations

import importlib

__version__ = "0.1.0"

# Public names, loaded lazily so that ``import helpers`` stays fast.
_LAZY = {
    "Article": "articles",
    "load_article": "articles",
    "article_from_text": "articles",
    "InputProblem": "problems",
    "analyze": "analysis",
    "sample_article_path": "samples",
    "SAMPLE_ARTICLES": "samples",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str):
    if name in _LAZY:
        module = importlib.import_module(f".{_LAZY[name]}", __name__)
        value = getattr(module, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'helpers' has no attribute {name!r}")
