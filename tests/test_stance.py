"""Sentiment toward a target, per sentence and per speaker."""
from dataclasses import dataclass

from helpers.articles import article_from_text
from helpers.stance import (NOT_ABOUT_TARGET, NOT_ENOUGH_EVIDENCE, StanceSettings, parse_stance_cues, read_stance_cues,
                            score_text_toward, sentiment_toward, stance_cues_text)


def _label(text, target="NATO", **kwargs):
    return score_text_toward(text, target, **kwargs).label


def test_the_target_condemning_something_is_not_negative_toward_the_target():
    assert _label("NATO condemned the brutal attack on civilians.") == "neutral"


def test_retaliation_against_the_target_is_hostile_to_it():
    assert _label("Moscow warned it would retaliate against NATO deployments.") == "negative"


def test_cooperation_cues_make_a_neutral_vader_sentence_positive_toward_the_target():
    text = "We need to rebuild normal relations with NATO."
    assert score_text_toward(text, "NATO").compound == 0.0
    assert _label(text) == "positive"


def test_a_description_of_the_target_counts():
    assert _label("The alliance is obsolete and weak, NATO critics said.") == "negative"
    assert _label("NATO is a strong and successful alliance.") == "positive"


def test_words_in_another_clause_do_not_count():
    assert _label("NATO met on Tuesday, but the storm outside was horrible and deadly.") == "neutral"


def test_praise_of_the_target_counts_but_praise_by_the_target_does_not():
    assert _label("The senator praised NATO.") == "positive"
    assert _label("NATO praised the senator.") == "neutral"


def test_a_claim_attributed_to_others_does_not_count():
    assert _label("He did not repeat the usual claims of NATO aggression.") == "neutral"


def test_a_person_named_after_the_target_is_not_the_target():
    assert _label("A NATO expert said the weather was terrible.") == NOT_ABOUT_TARGET


def test_a_sentence_without_the_target_is_not_about_it():
    assert _label("Russia praised the wonderful weather.", "NATO") == NOT_ABOUT_TARGET


def test_proper_names_carry_no_sentiment():
    assert _label("Trump criticised the United States Congress and NATO.", "Congress") == "negative"
    assert _label("The envoy met NATO in the United States.") == "neutral"


def test_the_same_sentence_has_different_stances_toward_different_targets():
    text = "Putin threatened NATO, while Trump praised Putin."
    assert _label(text, "NATO") == "negative"
    assert _label(text, "Trump") == "neutral"


def test_editing_the_cue_list_changes_the_result():
    text = "Russia wants a reset with NATO."
    assert _label(text) == "positive"
    edited = "\n".join(line for line in stance_cues_text().splitlines() if not line.startswith("reset\t"))
    assert _label(text, cues=parse_stance_cues(edited)) == "neutral"


def test_thresholds_are_parameters():
    text = "NATO is somewhat good."
    assert _label(text) == "positive"
    assert _label(text, settings=StanceSettings(positive_threshold=0.9)) == "neutral"


def test_every_cue_has_a_reason_and_a_known_category():
    for cue in read_stance_cues():
        assert cue.reason, cue.cue
        assert cue.category in {"cooperation", "confrontation", "approval", "criticism", "distance", "reported", "role", "receive", "benefit", "harm", "term"}
        assert cue.target_role in {"object", "either"}


@dataclass
class FakeQuote:
    text: str
    start: int
    end: int
    speaker: str
    kind: str = "direct"
    speaker_type: str = "named"


def _quotes(text, spans):
    found = []
    for speaker, quoted in spans:
        start = text.index(quoted)
        found.append(FakeQuote(quoted, start, start + len(quoted), speaker))
    return found


@dataclass
class FakeFindings:
    quotes: list


TEXT = ('"NATO is a great success," said Ann Lee. "The weather is nice," said Bo Chan. '
        'Cy Dorn said Russia would retaliate against NATO. "NATO is obsolete," Cy Dorn added.')


def _result(**kwargs):
    article = article_from_text(TEXT)
    quotes = _quotes(TEXT, [("Ann Lee", "NATO is a great success,"), ("Bo Chan", "The weather is nice,"),
                            ("Cy Dorn", "Russia would retaliate against NATO"), ("Cy Dorn", "NATO is obsolete,")])
    return sentiment_toward(article, FakeFindings(quotes), target="NATO", **kwargs)


def test_each_speaker_gets_a_stance_from_their_own_quotes():
    result = _result()
    assert result.speaker("Ann Lee").stance == "positive"
    assert result.speaker("Cy Dorn").stance == "negative"
    assert result.speaker("Cy Dorn").n == 2


def test_a_speaker_who_never_mentions_the_target_has_no_number():
    bo = _result().speaker("Bo Chan")
    assert (bo.stance, bo.mean, bo.evidence) == (NOT_ABOUT_TARGET, None, NOT_ENOUGH_EVIDENCE)


def test_spread_is_zero_for_a_single_quote():
    assert _result().speaker("Ann Lee").spread == 0.0


def test_the_public_fields_of_the_output_are_all_there():
    data = _result().to_dict()
    assert {"target", "aliases", "mentions", "sentences", "by_speaker", "overall"} <= set(data)
    assert {"text", "start", "end"} <= set(data["mentions"][0])
    assert {"text", "compound", "toward_target"} <= set(data["sentences"][0])
    assert {"speaker", "n", "mean", "stance", "quotes"} <= set(data["by_speaker"][0])
    assert {"label", "score", "n_mentions"} <= set(data["overall"])


def test_an_article_that_never_mentions_the_target_says_so():
    result = sentiment_toward(article_from_text("The shuttle flew well. Everyone cheered."), None, target="NATO")
    assert result.overall == {"label": NOT_ABOUT_TARGET, "score": None, "n_mentions": 0, "n_sentences": 0}
    assert any("never mentions" in warning for warning in result.warnings)


def test_a_large_text_is_scored_quickly():
    import time

    text = ("NATO leaders met in Brussels. Russia warned it would retaliate against the alliance. "
            "The weather was fine and the talks were long.\n\n") * 2000
    article = article_from_text(text)
    started = time.perf_counter()
    sentiment_toward(article, None, target="NATO")
    assert time.perf_counter() - started < 10
