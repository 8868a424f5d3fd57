"""What a user of the time-expression tagger relies on (helpers/timex.py).

Example sentences are invented, in several news styles. Unless a test says
otherwise, the anchor (publication date) is Wednesday 4 January 2017.
"""
import datetime as dt
import time

import pytest

from helpers.articles import article_from_text
from helpers.timex import find_time_expressions, find_time_expressions_in_text

WEDNESDAY = "2017-01-04"


def tag(text, anchor=WEDNESDAY):
    return [(t.text, t.value) for t in find_time_expressions_in_text(text, anchor)]


def one(text, anchor=WEDNESDAY):
    found = find_time_expressions_in_text(text, anchor)
    assert len(found) == 1, [(t.text, t.value) for t in found]
    return found[0]


# --- weekdays and tense --------------------------------------------------------

def test_past_tense_weekday_is_the_most_recent_one():
    assert one("The minister resigned on Monday.").value == "2017-01-02"


def test_past_tense_weekday_named_on_publication_day_is_that_day():
    assert one("On Wednesday, the ministry said it wanted talks.").value == "2017-01-04"


def test_future_tense_weekday_is_the_coming_one():
    assert one("Ministers will meet in Brussels on Friday.").value == "2017-01-06"


def test_next_weekday_is_strictly_after_publication():
    assert one("Talks resume next Wednesday.").value == "2017-01-11"


def test_last_weekday_is_strictly_before_publication():
    assert one("Protesters gathered last Wednesday.").value == "2016-12-28"


def test_weekday_with_part_of_day_keeps_the_day():
    item = one("Shelling resumed on Thursday afternoon, the agency reported.", "2015-08-21")
    assert (item.text, item.value) == ("Thursday afternoon", "2015-08-20")


def test_weekday_names_in_holidays_and_titles_are_not_dates():
    assert tag("Retailers hope for a strong Black Friday. The Sunday Times disagreed. He jogs on Fridays.") == []


# --- deictic words -------------------------------------------------------------

@pytest.mark.parametrize("word, value", [("today", "2017-01-04"), ("yesterday", "2017-01-03"),
                                         ("tomorrow", "2017-01-05"), ("tonight", "2017-01-04")])
def test_today_yesterday_tomorrow_tonight_count_from_publication(word, value):
    assert one(f"The envoy spoke {word} in Vienna.").value == value


def test_capitalised_today_after_a_name_is_the_broadcaster_not_a_date():
    assert tag("The report first aired on Russia Today and was picked up by USA Today.") == []


def test_today_meaning_nowadays_is_not_a_date():
    assert tag("Russia today is a very different country from the Soviet Union.") == []


def test_sentence_initial_today_is_a_date():
    assert one("Today, the allies signed the declaration.").value == "2017-01-04"


def test_no_publication_date_leaves_relative_expressions_unresolved_with_a_message():
    item = one("The ceasefire collapsed yesterday.", None)
    assert item.value is None and item.relative
    assert "publication date" in item.reason


def test_no_publication_date_still_resolves_absolute_dates():
    assert one("The treaty was signed on 8 December 1987.", None).value == "1987-12-08"


# --- weeks, months, years ------------------------------------------------------

def test_last_week_is_the_previous_iso_week():
    assert one("Officials met last week.").value == "2016-W52"


def test_last_week_from_a_sunday_is_the_seven_days_just_ended():
    assert one("They met at the Pentagon last week.", "2022-10-23").value == "2022-10-16/2022-10-22"


def test_last_month_this_year_next_year():
    assert tag("Sales fell last month, rose this year and may rise next year.") == [
        ("last month", "2016-12"), ("this year", "2017"), ("next year", "2018")]


def test_the_last_year_as_a_duration_is_not_annotated():
    assert tag("Over the last year, tensions grew.") == []


def test_misspelt_last_weeks_before_a_noun_means_last_weeks():
    assert one("The president criticized last weeks raid.", "2009-05-11").value == "2009-W19"


def test_the_end_of_the_month_is_the_publication_month_with_mod_end():
    item = one("The shuttle will launch at the end of the month.", "2011-04-13")
    assert (item.value, item.mod) == ("2011-04", "END")


# --- month names ---------------------------------------------------------------

def test_bare_month_in_past_tense_is_the_most_recent_past_one():
    assert one("The senator said in September that he disagreed.").value == "2016-09"


def test_bare_month_in_future_tense_is_the_coming_one():
    assert one("The alliance will meet again in July.").value == "2017-07"


def test_early_mid_late_become_timeml_modifiers():
    assert [(t.value, t.mod) for t in find_time_expressions_in_text(
        "Troops arrived in early November, left in mid-December and returned in late January 2016.", WEDNESDAY)] == [
        ("2016-11", "START"), ("2016-12", "MID"), ("2016-01", "END")]


def test_month_precision_is_never_turned_into_a_day():
    item = one("Elections were held in October.")
    assert (item.value, item.precision) == ("2016-10", "month")


def test_abbreviated_month_with_day_takes_the_publication_year():
    assert one("The deadline is Jan. 15, officials said.").value == "2017-01-15"


def test_past_tense_day_month_after_publication_belongs_to_last_year():
    assert one("The diplomats were expelled on Dec. 29.").value == "2016-12-29"


def test_sept_with_day():
    assert one("Ballots were counted Sept. 4.", "2016-10-01").value == "2016-09-04"


def test_may_and_march_as_verbs_are_not_months():
    assert tag("Protesters may march on the capital. It may rain. March on, they said.") == []


def test_may_and_march_as_months_are_found():
    assert tag("The vote will be in May, after the rallies of March 2016.") == [("May", "2017-05"), ("March 2016", "2016-03")]


def test_month_of_this_year():
    assert one("Strikes continued through January of this year.", "2009-05-11").value == "2009-01"


# --- full dates, ranges --------------------------------------------------------

@pytest.mark.parametrize("text", ["Friday, August 21, 2015", "21 August 2015", "Aug. 21, 2015", "2015-08-21",
                                  "08/21/2015", "the 21st of August 2015"])
def test_common_full_date_formats(text):
    assert one(f"Dated {text}.", None).value == "2015-08-21"


def test_numeric_date_with_day_over_twelve_first_is_read_day_first():
    assert one("Filed 21/08/2015 in London.", None).value == "2015-08-21"


def test_day_range_without_year_is_an_interval():
    assert one("The summit ran June 21-26.", "2015-07-01").value == "2015-06-21/2015-06-26"


def test_year_range_with_en_dash_is_an_interval():
    assert one("Sanctions imposed in 2014\u20132016 stay.").value == "2014/2016"


# --- years and decades ---------------------------------------------------------

def test_years_are_found_in_prepositional_and_attributive_use():
    assert tag("Since 2014, and before the 2016 election, little changed.") == [("2014", "2014"), ("2016", "2016")]


def test_counts_money_and_percentages_are_not_years():
    assert tag("Some 2000 troops fired 36 shells, costing $1999 or 2,015 euros, about 1999 percent more.") == []


def test_a_second_is_not_a_time_expression():
    assert tag("He paused for a second, then a second official spoke.") == []


def test_decades_in_several_spellings():
    assert tag("In the 1990s, as in the 1930\u2019s and the late '80s, ...") == [
        ("the 1990s", "199"), ("the 1930\u2019s", "193"), ("the late '80s", "198")]


def test_seasons_need_a_calendar_reading():
    assert tag("Talks stalled last summer. Leaves fall. The Arab Spring began.") == [("last summer", "2016-SU")]


# --- offsets from publication --------------------------------------------------

def test_years_ago_keeps_year_precision():
    item = one("The base closed three years ago.")
    assert (item.value, item.precision) == ("2014", "year")


def test_in_little_over_two_weeks_is_a_future_week_with_more_than():
    item = one("With the new president taking office in little over two weeks, allies are nervous.")
    assert (item.value, item.precision, item.mod) == ("2017-W03", "week", "MORE_THAN")


def test_first_time_in_two_years_is_a_duration_not_a_future_date():
    assert tag("It was the first time in two years that the two sides met.") == []


# --- articles ------------------------------------------------------------------

def test_article_offsets_point_into_the_original_text():
    article = article_from_text("\u201cWe met on Tuesday,\u201d the envoy said.\n\nTalks resume next week.", published=WEDNESDAY)
    for item in find_time_expressions(article):
        assert article.text[item.start:item.end] == item.text
        assert item.sentence is not None


def test_article_without_date_gives_unresolved_relative_expressions():
    article = article_from_text("The envoy arrived on Tuesday. The treaty dates from 1949.")
    assert [(t.text, t.value) for t in find_time_expressions(article)] == [("Tuesday", None), ("1949", "1949")]


def test_tagger_is_fast_on_long_text():
    text = ("On Monday, officials said that in early November 2,000 troops arrived; talks resume next week, "
            "and the deal of 21 August 2015 still holds. ") * 2000  # about 50,000 words
    began = time.perf_counter()
    found = find_time_expressions_in_text(text, dt.date(2017, 1, 4))
    assert len(found) == 4 * 2000
    assert time.perf_counter() - began < 5


def test_a_passive_future_is_future_for_a_bare_month():
    from helpers.timex import find_time_expressions_in_text

    found = find_time_expressions_in_text("The summit will be held in July.", dt.date(2024, 3, 11))
    assert [(e.text, e.value) for e in found] == [("July", "2024-07")]


def test_a_present_tense_bare_month_is_the_nearest_one():
    from helpers.timex import find_time_expressions_in_text

    found = find_time_expressions_in_text("Allies are reluctant to commit troops before the summit in July.", dt.date(2024, 3, 11))
    assert found[0].value == "2024-07"
