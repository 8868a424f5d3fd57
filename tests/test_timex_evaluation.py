"""The tagger keeps its accuracy on the human keys (helpers/timex_evaluation.py).

The floors sit a little under today's figures, so that a change that breaks a
rule fails here. The items no rule can reach (dates anchored to when a quoted
post was written, or needing world knowledge such as "in his first term") are
counted as misses, as they are in the keys.
"""
from helpers.timex_evaluation import INFERRED_ANCHORS, evaluate_all, gold_cases, overall

SCORES = evaluate_all()
BY_NAME = {score.name: score for score in SCORES}


def test_overall_value_accuracy_on_seed_and_dev_keys_stays_above_the_floor():
    assert overall(SCORES)["value_accuracy"] >= 0.75


def test_precision_of_what_the_tagger_finds_stays_high():
    assert overall(SCORES)["precision"] >= 0.9


def test_every_reachable_seed_expression_is_right():
    seed = BY_NAME["russia-wants-a-reset-nato"]
    wrong = [item.text for item in seed.items if not item.right]
    assert wrong == ["when Trump steps into the Oval Office"]


def test_datelines_and_explicit_dates_are_always_right():
    for score in SCORES:
        for item in score.items:
            if item.gold_value and len(item.gold_value) == 10 and any(ch.isdigit() for ch in item.text[-4:]):
                assert item.right, (score.name, item.text)


def test_articles_without_a_date_are_anchored_to_the_inferred_date_from_the_notes():
    cases = {case.name: case for case in gold_cases()}
    for name, anchor in INFERRED_ANCHORS.items():
        assert cases[name].anchor == anchor
    assert BY_NAME["dod-2022-10-austin-wallace-call-readout"].value_accuracy == 1.0


def test_text_without_time_expressions_gives_none():
    assert BY_NAME["wh-2025-12-04-first-lady-children-reunification"].predicted == 0
