"""The word-by-word explanation gives exactly NLTK's VADER score."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from helpers.resources import sentiment_analyzer
from helpers.vader_explained import explain_vader, sentiment_score, vader_tokens

DEV_ARTICLES = Path(__file__).resolve().parent.parent / "data" / "dev-articles"


def _generated_sentences(count: int, seed: int = 4) -> list[str]:
    """Varied sentences built offline from VADER's own word lists and the dev articles."""
    analyzer = sentiment_analyzer()
    constants = analyzer.constants
    rng = random.Random(seed)
    lexicon_words = sorted(analyzer.lexicon)
    boosters = sorted(constants.BOOSTER_DICT)
    negations = sorted(constants.NEGATE) + ["isn't", "never", "least", "at least", "very least"]
    idioms = sorted(constants.SPECIAL_CASE_IDIOMS)
    fillers = ("the", "alliance", "said", "talks", "we", "it", "was", "so", "this", "kind", "of", "and", "but", "BUT",
               "NATO", "Russia", "I", "a", "-", "relations", "normal")
    emoticons = (":)", ":(", ":D", ";)", ":-(", "<3", "xD")
    punctuation = ("", ".", "!", "!!", "!!!!!", "?", "??", "????", "?!", ",", "...")
    sentences = []
    for _ in range(count):
        words = []
        for _ in range(rng.randint(1, 14)):
            kind = rng.random()
            if kind < 0.3:
                word = rng.choice(lexicon_words)
            elif kind < 0.45:
                word = rng.choice(boosters)
            elif kind < 0.58:
                word = rng.choice(negations)
            elif kind < 0.62:
                word = rng.choice(idioms)
            elif kind < 0.67:
                word = rng.choice(emoticons)
            else:
                word = rng.choice(fillers)
            if rng.random() < 0.12:
                word = word.upper()
            elif rng.random() < 0.08:
                word = word.capitalize()
            if rng.random() < 0.1:
                word += rng.choice(",.;:!?")
            words.append(word)
        if rng.random() < 0.3 and len(words) > 2:
            words.insert(rng.randrange(len(words)), words[rng.randrange(len(words))])  # a repeated token
        sentences.append(" ".join(words) + rng.choice(punctuation))
    return sentences


def _dev_sentences() -> list[str]:
    from helpers.articles import load_article

    found = []
    for path in sorted(DEV_ARTICLES.glob("*.md")):
        if path.name == "README.md":
            continue
        article = load_article(path)
        found += [sentence.plain for sentence in article.sentences]
    return found


def test_recomputed_compound_equals_nltk_on_five_thousand_varied_sentences():
    analyzer = sentiment_analyzer()
    sentences = _generated_sentences(5000) + _dev_sentences()
    assert len(sentences) > 5000
    mismatches = [s for s in sentences if explain_vader(s, normalise=False).compound != analyzer.polarity_scores(s)["compound"]]
    assert mismatches == []
    fast = [s for s in sentences if explain_vader(s, normalise=False, all_tokens=False).compound != analyzer.polarity_scores(s)["compound"]]
    assert fast == []


def test_the_steps_add_up_to_the_sum_before_normalisation():
    explanation = explain_vader("The summit was GREAT, but hardly a success!!")
    assert explanation.valence_sum == pytest.approx(sum(token.valence for token in explanation.tokens))
    assert explanation.emphasised_sum == pytest.approx(explanation.valence_sum + 2 * 0.292)


def test_negation_flips_a_word_and_says_which_word_did_it():
    good = next(t for t in explain_vader("The deal is not good").tokens if t.token == "good")
    assert good.valence < 0
    assert [a.trigger for a in good.adjustments] == ["not"]


def test_curly_apostrophe_negation_is_read_like_a_straight_one():
    assert sentiment_score("The alliance isn\u2019t strong.") == sentiment_score("The alliance isn't strong.") < 0


def test_but_halves_the_words_before_it():
    explanation = explain_vader("It was good but awful")
    good = explanation.tokens[2]
    assert good.valence == pytest.approx(good.lexicon_value * 0.5)


def test_a_sentence_without_lexicon_words_scores_zero_and_shows_why():
    explanation = explain_vader("We need to build relations with the alliance")
    assert explanation.compound == 0.0
    assert all(token.role != "sentiment word" for token in explanation.tokens)


def test_tokens_drop_punctuation_and_one_letter_words():
    assert vader_tokens("I think, therefore a cat!") == ["think", "therefore", "cat"]


def test_normalisation_formula_is_shown_with_the_numbers():
    explanation = explain_vader("good")
    assert explanation.formula.startswith("1.900 / sqrt(1.900")


def test_the_fast_tokenizer_splits_exactly_like_nltk():
    from nltk.sentiment.vader import SentiText

    constants = sentiment_analyzer().constants
    for sentence in _generated_sentences(2000, seed=7):
        expected = SentiText(sentence, constants.PUNC_LIST, constants.REGEX_REMOVE_PUNCTUATION).words_and_emoticons
        assert vader_tokens(sentence) == expected, sentence
