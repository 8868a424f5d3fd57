"""Notebook 05's helpers: any article in, friendly notes instead of tracebacks."""
from __future__ import annotations

import re

import pytest

from helpers.exercises import check
from helpers.exercises.nb05 import PRACTICE_TEXT
from helpers.widgets.own_article import NO_DATE, NO_QUOTES, NO_TARGET, analyse_request

from .conftest import SECOND_SAMPLE, SEED

QUOTED = '"We are ready," the spokesperson said on Tuesday. NATO agreed.'


def kinds(outcome):
    return [note.kind for note in outcome.notes]


@pytest.mark.parametrize("text", ["", "   \n  "])
def test_an_empty_box_is_explained_not_raised(text):
    outcome = analyse_request(text=text, path="")
    assert outcome.analysis is None and outcome.problem.startswith("Nothing to analyse")


def test_a_missing_file_is_explained_with_the_fix():
    outcome = analyse_request(path="no/such/article.txt")
    assert outcome.analysis is None and "check the path" in outcome.problem


def test_a_date_that_is_not_a_date_is_explained():
    outcome = analyse_request(text=QUOTED, published="next Tuesday")
    assert outcome.analysis is None and outcome.problem


def test_pasted_text_wins_over_the_file_path():
    outcome = analyse_request(text=QUOTED, path=str(SEED), published="2017-01-04")
    assert outcome.analysis.article.source == "<pasted text>"


def test_a_file_path_is_analysed_when_the_box_is_empty():
    outcome = analyse_request(text="", path=str(SECOND_SAMPLE))
    assert outcome.problem is None and outcome.analysis.quotes.quotes


def test_a_complete_article_has_no_notes():
    assert kinds(analyse_request(path=str(SEED))) == []


def test_a_text_without_date_says_so():
    assert NO_DATE in kinds(analyse_request(text=QUOTED))


def test_a_text_without_quotes_says_so():
    assert NO_QUOTES in kinds(analyse_request(text="NATO met on Monday.", published="2017-01-04"))


def test_a_text_that_never_names_the_target_says_so():
    assert kinds(analyse_request(text=QUOTED, published="2017-01-04", target="Russia")) == [NO_TARGET]


def test_an_empty_target_falls_back_to_nato():
    assert analyse_request(text=QUOTED, published="2017-01-04", target=" ").analysis.target == "NATO"


def test_the_form_builds_with_the_parameters():
    from helpers.widgets.own_article import own_article_form

    form = own_article_form(path=str(SEED), published="2017-01-04", target="Russia")
    values = [child.value for child in form.children[:2]] + [child.value for child in form.children[2].children[:2]]
    assert values[1:] == [str(SEED), __import__("datetime").date(2017, 1, 4), "Russia"]


def test_diagnose_accepts_the_two_real_problems():
    assert check("nb05-diagnose", ["no mention of the target", "no date"]).correct


@pytest.mark.parametrize("answer", [[], ["no date"], ["no quotes", "no date", "no mention of the target"], ["typo"]])
def test_diagnose_hints_never_give_the_answer_away(answer):
    feedback = check("nb05-diagnose", answer)
    assert not feedback.correct and "no mention of the target" not in feedback.message.split("use only")[0]


@pytest.mark.parametrize("answer", ["2017-01-03", "2017-01-09"])
def test_anchor_date_accepts_every_date_of_that_week(answer):
    assert check("nb05-anchor-date", answer).correct


@pytest.mark.parametrize("answer", [None, "2017-01-02", "2017-01-10", "2018-05-01"])
def test_anchor_date_hints_never_name_a_right_date(answer):
    feedback = check("nb05-anchor-date", answer)
    right = {f"2017-01-{day:02d}" for day in range(3, 10)}
    assert not feedback.correct and not right & set(re.findall(r"\d{4}-\d\d-\d\d", feedback.message))


def test_the_practice_text_has_a_quote():
    assert analyse_request(text=PRACTICE_TEXT).analysis.quotes.quotes
