"""Offline resources: VADER lexicon and sentence splitter, independent of the user's NLTK data."""
from __future__ import annotations

import os
import subprocess
import sys

from helpers import resources


def test_tests_run_with_an_empty_nltk_data_folder():
    # The README's test command sets NLTK_DATA to an empty folder so results cannot depend on downloads.
    folder = os.environ.get("NLTK_DATA")
    assert folder and os.path.isdir(folder) and not os.listdir(folder)


def test_vader_lexicon_comes_from_the_vadersentiment_package():
    analyzer = resources.sentiment_analyzer()
    assert analyzer.lexicon["good"] == 1.9
    assert len(analyzer.lexicon) > 7000


def test_vader_scores_match_the_published_example():
    scores = resources.sentiment_analyzer().polarity_scores("VADER is smart, handsome, and funny.")
    assert scores["compound"] == 0.8316  # the example in the VADER README (Hutto & Gilbert 2014)


def test_user_nltk_data_cannot_change_the_lexicon(tmp_path):
    fake = tmp_path / "sentiment"
    fake.mkdir()
    (tmp_path / "vader_lexicon.txt").write_text("good\t-3.0\t0.5\t[-3, -3]\n", encoding="utf-8")
    code = ("from helpers.resources import sentiment_analyzer; "
            "print(sentiment_analyzer().lexicon['good'])")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env={**os.environ, "NLTK_DATA": str(tmp_path)}, check=True)
    assert result.stdout.strip() == "1.9"


def test_sentence_splitter_needs_no_download():
    splitter = resources.sentence_splitter()
    assert splitter.tokenize("Dr. Who met Gov. Smith. Then they left.") == ["Dr. Who met Gov. Smith.", "Then they left."]


def test_import_helpers_loads_no_heavy_libraries():
    code = "import sys, helpers; print(any(m in sys.modules for m in ('nltk', 'matplotlib', 'ipywidgets')))"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False"
