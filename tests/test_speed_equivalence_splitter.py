"""The second performance pass gives exactly the results of the plain code.

* The sentence splitter remembers its decisions (``resources._remember_decisions``):
  it must give the same sentences as NLTK's Punkt splitter without a memory,
  on every paragraph of the data folder and on thousands of generated ones.
* ``Analysis.to_dict`` uses each result's own ``to_dict`` directly: it must
  equal the old generic walk (``_plain``) on real analyses.
"""
from __future__ import annotations

import dataclasses
import random

import pytest

from helpers import resources
from helpers.analysis import _plain, analyze
from helpers.articles import load_article
from helpers.resources import DATA_DIR, abbreviations


def _plain_punkt():
    """NLTK's Punkt splitter with the project's parameters and no memory."""
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    parameters = PunktParameters()
    parameters.abbrev_types = set(abbreviations())
    return PunktSentenceTokenizer(parameters)


def _data_paragraphs() -> list[str]:
    """The plain text of every paragraph of the sample and development articles."""
    paragraphs = []
    for path in sorted(DATA_DIR.glob("*articles/*.md")):
        if path.name == "README.md":
            continue
        article = load_article(path)
        paragraphs += [article.plain[p.start:p.end] for p in article.paragraphs]
    return paragraphs


_WORDS = (
    "NATO said the alliance met officials in Brussels on Monday and they talked about troops "
    "Russia Putin Trump Stoltenberg it was not ready we are I a an"
).split()
_ODD_WORDS = [
    "U.S.", "u.s.", "Gen.", "gen.", "Dr.", "Mr.", "Jan.", "Sept.", "No.", "St.", "Inc.", "etc.", "e.g.", "i.e.",
    "J.", "A.", "x.", "3.", "1.5", "2,000", "1990s.", "No", "...", "..", ".", "?", "!", "?!", "!!!", "--", "-",
    '"', "'", "(", ")", "[", "]", "{", "}", ":", ";", ",", "*", "@", "#", "&", "%", "\u2019", "\u201c", "\u201d",
    "\u00ab", "\u00bb", "U.S.-led", "anti-NATO.", "Lt.Gen.", "w.va.", "'s", "n't", "\u00c9tat", "\u00e9t\u00e9.",
]
_GLUE = [" ", " ", " ", "  ", "\n", "\n\n", "", "\t"]


def _generated_paragraphs(count: int = 6000, seed: int = 11) -> list[str]:
    """Paragraphs of ordinary words mixed with abbreviations, initials, numbers,
    quotation marks, brackets and runs of end marks, glued with odd spacing."""
    rng = random.Random(seed)
    paragraphs = []
    for _ in range(count):
        pieces = []
        for _ in range(rng.randint(1, 30)):
            word = rng.choice(_ODD_WORDS) if rng.random() < 0.35 else rng.choice(_WORDS)
            if rng.random() < 0.2:
                word = word.capitalize() if rng.random() < 0.5 else word.lower()
            if rng.random() < 0.15:
                word += rng.choice([".", "?", "!", '."', ".)", "?'", ".\u201d", ",", ":"])
            pieces.append(word + rng.choice(_GLUE))
        paragraphs.append("".join(pieces).strip())
    return paragraphs


def _spans(splitter, texts: list[str]) -> list[list[tuple[int, int]]]:
    return [list(splitter.span_tokenize(text)) for text in texts]


def test_splitter_with_memory_gives_punkt_sentences():
    texts = _data_paragraphs() + _generated_paragraphs()
    assert len(texts) > 6000
    expected = _spans(_plain_punkt(), texts)
    splitter = resources.sentence_splitter()
    assert _spans(splitter, texts) == expected  # first pass: contexts decided and remembered
    assert _spans(splitter, texts) == expected  # second pass: decisions from memory
    assert sum(len(spans) for spans in expected) > 20000


def test_splitter_memory_starts_afresh_when_full(monkeypatch):
    monkeypatch.setattr(resources, "SPLITTER_MEMORY", 5)
    texts = _generated_paragraphs(count=400, seed=3)
    splitter = resources.sentence_splitter()
    assert _spans(splitter, texts) == _spans(_plain_punkt(), texts)


@pytest.mark.parametrize("target", ["NATO", "Russia"])
def test_to_dict_equals_the_generic_walk(target):
    paths = sorted(DATA_DIR.glob("*articles/*.md"))
    paths = [path for path in paths if path.name != "README.md"]
    for path in paths:
        result = analyze(path, target=target)
        document = result.to_dict()
        assert document["sentiment"] == _plain(result.sentiment.to_dict())
        assert document["time_expressions"] == [dataclasses.asdict(item) for item in result.time_expressions]
        assert document["events"] == [dataclasses.asdict(item) for item in result.events]
        assert document["entities"] == [_plain(entity.to_dict()) for entity in result.entities]


def test_typography_replacement_equals_the_translation_table():
    from helpers.typography import _ONE_FOR_ONE, _TABLE, normalise_typography

    assert not set(_ONE_FOR_ONE.values()) & set(_ONE_FOR_ONE)  # nothing put in is replaced again
    rng = random.Random(5)
    alphabet = list(_ONE_FOR_ONE) + list("abcXYZ 019.,;\"'-\n\r") + ["\u00e9", "\u4e2d", "\U0001f600", "\r\n"]
    texts = ["", "\r\n", "plain ASCII text."] + _data_paragraphs()
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randint(1, 200))) for _ in range(3000)]
    for text in texts:
        assert normalise_typography(text) == text.replace("\r\n", " \n").translate(_TABLE), repr(text)


def test_plain_sentence_ends_are_breaks_for_punkt():
    punkt = _plain_punkt()
    abbreviation_types = punkt._params.abbrev_types
    texts = _data_paragraphs() + _generated_paragraphs(count=3000, seed=23)
    contexts = {context for text in texts for _, context in punkt._match_potential_end_contexts(text)}
    contexts |= {"troops. Russia", 'said."', "ready? The", "Gen. Smith", "U.S. officials", "J. Smith", "3. The",
                 "etc. The", "no. 5", "a. b", "said.) It", "wow! '", "No. 10", "co-op. The"}
    shortcut = [context for context in contexts if resources.plain_sentence_end(context, abbreviation_types)]
    assert len(shortcut) > 900
    assert all(punkt.text_contains_sentbreak(context) for context in shortcut)
