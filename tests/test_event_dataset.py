"""The curated event dataset (data/events/us-nato-russia-relations.csv) is valid and sourced."""
import csv
import datetime as dt

import pytest

from helpers.events import EVENT_DATASET, category_of, load_event_dataset, value_bounds

with EVENT_DATASET.open(encoding="utf-8", newline="") as _handle:
    ROWS = list(csv.DictReader(_handle))


def test_dataset_has_at_least_45_events():
    assert len(ROWS) >= 45


@pytest.mark.parametrize("row", ROWS, ids=[row["date"] for row in ROWS])
def test_every_date_parses_and_lies_between_1949_and_january_2017(row):
    first, last = value_bounds(row["date"])
    assert dt.date(1949, 1, 1) <= first <= last <= dt.date(2017, 1, 31)


def test_precision_agrees_with_the_date_written():
    for row in ROWS:
        single = row["date"].split("/")[0]
        expected = {10: "day", 7: "month", 4: "year"}[len(single)]
        assert row["precision"] == expected, row["date"]


def test_rows_are_sorted_by_date():
    starts = [value_bounds(row["date"]) for row in ROWS]
    assert starts == sorted(starts)


def test_every_row_has_a_source_title_and_an_http_url():
    for row in ROWS:
        assert row["source_title"].strip(), row["date"]
        assert row["source_url"].startswith(("https://", "http://")), row["date"]


def test_goldstein_values_are_in_range_and_match_the_category():
    for row in ROWS:
        value = float(row["goldstein"])
        assert -10 <= value <= 10
        assert row["category"] == category_of(value), row["date"]


def test_cameo_codes_are_two_to_four_digits_when_given():
    for row in ROWS:
        assert row["cameo"] == "" or (row["cameo"].isdigit() and 2 <= len(row["cameo"]) <= 4), row["date"]


def test_no_duplicate_events():
    keys = [(row["date"], row["description"].lower()) for row in ROWS]
    assert len(keys) == len(set(keys))
    descriptions = [row["description"] for row in ROWS]
    assert len(descriptions) == len(set(descriptions))


def test_relation_and_actors_are_filled_in():
    for row in ROWS:
        assert row["relation"] in ("NATO-Russia", "US-Russia", "other")
        assert [actor for actor in row["actors"].split(";") if actor.strip()]


@pytest.mark.parametrize("date, words", [
    ("1949-04-04", "North Atlantic Treaty"), ("1991-12-26", "Soviet Union"), ("1997-05-27", "Founding Act"),
    ("2002-05-28", "NATO-Russia Council"), ("2009-02-07", "reset"), ("2010-04-08", "New START"),
    ("2014-03-18", "Crimea"), ("2014-04-01", "suspends"), ("2016-12-29", "35 Russian diplomats"),
    ("2017-01-06", "assessment"), ("2017-01-20", "inaugurated")])
def test_key_events_named_in_the_issue_are_present(date, words):
    assert any(row["date"].startswith(date) and words.lower() in row["description"].lower() for row in ROWS)


def test_loader_reads_every_row_as_a_dataset_event():
    events = load_event_dataset()
    assert len(events) == len(ROWS)
    assert not any(event.from_article for event in events)
