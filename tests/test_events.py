"""Events read from an article, the cue list, and merging with the dataset (helpers/events.py)."""
import csv

from helpers.articles import article_from_text, load_article
from helpers.entities import Entity, Mention
from helpers.events import (Event, classify_sentence, events_from_article, filter_events, load_event_dataset,
                            merge_timeline, relations_temperature, timeline_to_csv)
from helpers.samples import sample_article_path
from helpers.timex import find_time_expressions


def events_for(text, published="2017-01-04", **kwargs):
    article = article_from_text(text, published=published)
    return events_from_article(article, find_time_expressions(article), **kwargs)


def test_each_sentence_with_a_resolved_date_becomes_one_event():
    events = events_for("Ministers met on Monday. Nothing happened. On Tuesday and Wednesday, talks went on.")
    assert [(e.date, e.sentence) for e in events] == [("2017-01-02", 0), ("2017-01-03", 2)]


def test_sentences_without_a_publication_date_give_no_relative_events():
    assert events_for("Ministers met on Monday.", published=None) == []


def test_event_links_back_to_its_sentence():
    article = article_from_text("Intro sentence here. Moscow expelled two envoys yesterday.", published="2017-01-04")
    event = events_from_article(article, find_time_expressions(article))[0]
    assert article.text[event.start:event.end] == "Moscow expelled two envoys yesterday."
    assert event.from_article and event.time_text == "yesterday"


def test_sanctions_are_a_conflict_event_with_cameo_163():
    event = events_for("Washington imposed new sanctions on Moscow on Friday.")[0]
    assert (event.category, event.cameo, event.goldstein) == ("conflict", "163", -8.0)


def test_signing_a_treaty_is_cooperation():
    event = events_for("The two presidents signed the treaty in Prague in April 2010.")[0]
    assert (event.category, event.goldstein) == ("cooperation", 8.0)


def test_negated_cue_is_ignored():
    cue, _ = classify_sentence("Putin decided not to expel any diplomats, the Kremlin said.")
    assert cue.cameo == "01"


def test_cold_war_is_not_read_as_fighting():
    cue, words = classify_sentence("The ministry wants to start anew with its former Cold War adversary.")
    assert cue.goldstein > 0 and words == "start anew"


def test_warsaw_is_not_war():
    cue, _ = classify_sentence("Leaders gathered in Warsaw, officials said.")
    assert cue.cameo == "01"


def test_actors_come_from_entities_in_the_sentence():
    text = "NATO met in Brussels on Monday. Russia answered on Tuesday."
    entities = [Entity("NATO", "organization", [Mention("NATO", 0, 4)]),
                Entity("Russia", "place", [Mention("Russia", 32, 38)])]
    events = events_for(text, entities=entities)
    assert [e.actors for e in events] == [["NATO"], ["Russia"]]


def test_actors_fall_back_to_capitalised_names_without_entities():
    assert events_for("On Monday, Lithuania and Poland protested.")[0].actors == ["Lithuania", "Poland"]


def test_seed_article_events_are_dated_and_categorised():
    article = load_article(str(sample_article_path("seed")))
    events = events_from_article(article, find_time_expressions(article))
    assert {e.date for e in events} >= {"2017-01-04", "2016-11", "2016-09"}
    assert {e.category for e in events} >= {"cooperation", "conflict"}


def test_merge_marks_article_events_and_recognises_duplicates():
    dataset = load_event_dataset()
    article = load_article(str(sample_article_path("seed")))
    article_events = events_from_article(article, find_time_expressions(article))
    merged = merge_timeline(article_events, dataset)
    shoigu = [e for e in merged if e.date == "2016-11"]
    assert len(shoigu) == 1 and shoigu[0].in_article and not shoigu[0].from_article
    assert len(merged) < len(dataset) + len(article_events)
    assert [e.first_day for e in merged] == sorted(e.first_day for e in merged)


def test_an_event_the_dataset_lacks_is_added_to_the_timeline():
    new = Event("2016-06-15", "day", ["Estonia"], "Estonia hosted an exercise.", "neutral", None, 0.0, "my notes")
    merged = merge_timeline([new], load_event_dataset())
    assert new.description in [e.description for e in merged]


def test_filter_by_actor_period_and_category():
    chosen = filter_events(load_event_dataset(), actor="NATO", start_year=2008, end_year=2009, category="conflict")
    assert chosen and all(e.category == "conflict" and 2008 <= e.first_day.year <= 2009 for e in chosen)


def test_temperature_of_relations_falls_after_2014():
    points = dict(relations_temperature(load_event_dataset()))
    assert points[2014] < points[2010]


def test_timeline_exports_to_csv(tmp_path):
    path = timeline_to_csv(load_event_dataset()[:3], tmp_path / "out" / "timeline.csv")
    rows = list(csv.DictReader(path.open(encoding="utf-8")))
    assert len(rows) == 3 and rows[0]["date"] == "1949-04-04"
