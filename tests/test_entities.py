"""Named entities: people, organisations and places by rules."""
from __future__ import annotations

import time

from helpers.articles import article_from_text
from helpers.entities import find_entities, place_name, split_title


def entities_of(body: str):
    return {(e.name, e.kind): e for e in find_entities(article_from_text("---\ntitle: Test\n---\n\n" + body))}


def test_titles_are_stripped_from_person_names():
    found = entities_of("Defense Minister Ivan Petrov visited the base. Petrov said little.")
    person = found[("Ivan Petrov", "person")]
    assert person.count == 2 and person.roles == ["Defense Minister"]


def test_surname_mentions_link_to_the_full_name():
    found = entities_of("Anna Smith arrived on Monday. Later, Smith met the mayor. Smith's plan won.")
    assert found[("Anna Smith", "person")].count == 3


def test_organisation_head_nouns_and_acronyms():
    found = entities_of("The Kenyan Foreign Ministry and NATO met at the Pacific Policy Institute.")
    assert ("Kenyan Foreign Ministry", "organization") in found
    assert ("NATO", "organization") in found
    assert ("Pacific Policy Institute", "organization") in found


def test_acronym_links_to_its_long_name():
    found = entities_of("The Korean Central News Agency (KCNA) issued a report. KCNA later repeated it.")
    assert found[("Korean Central News Agency", "organization")].count == 3


def test_places_from_the_gazetteer_with_short_forms():
    found = entities_of("Officials in Kyiv and the U.S. spoke about Ukraine.")
    assert ("Ukraine", "place") in found and ("United States", "place") in found
    assert place_name("the Kremlin") == "Russia"


def test_sentence_start_words_and_days_are_not_entities():
    found = entities_of("But on Monday, the talks ended. However, nothing changed in March.")
    assert found == {}


def test_split_title_handles_long_titles():
    words = [(w, 0, 0) for w in "Minister for Foreign Affairs Elsa Berg".split()]
    assert split_title(words).name == "Elsa Berg"


def test_text_in_capitals_gives_no_entities():
    assert find_entities(article_from_text("NATO SAID IT WAS READY TO TALK. THE TALKS WILL GO ON.")) == []


def test_entities_are_fast():
    body = "Defense Minister Ivan Petrov met NATO officials in Brussels on Monday. " * 2000
    article = article_from_text("---\ntitle: Test\n---\n\n" + body)
    started = time.perf_counter()
    find_entities(article)
    assert time.perf_counter() - started < 2


def test_a_name_after_an_organisation_noun_is_an_organisation_everywhere():
    found = entities_of("Private equity firm Ashgrove Capital made an offer. Later, Ashgrove Capital raised it. "
                        "Shipbuilder rival Tessa Marine declined to comment, and energy company Norvik said nothing.")
    assert ("Ashgrove Capital", "organization") in found and ("Norvik", "organization") in found
    assert ("Ashgrove Capital", "person") not in found


def test_a_name_with_and_after_of_or_for_stays_one_organisation():
    found = {name for name, _ in entities_of("She is a fellow at the Center for Strategic and International Studies in Washington.")}
    assert "Center for Strategic and International Studies" in found and "International Studies" not in found


def test_a_roman_numeral_suffix_is_not_an_acronym():
    from helpers.entities import classify_name, surname
    assert classify_name("Paul D. Hart III") == "person"
    assert surname("Paul R. Hart Jr.") == "hart"


def test_middle_initial_a_or_i_and_name_particles_do_not_hide_a_person():
    found = entities_of("Officials met on Monday. Lena A. Varga spoke first, then Piet I. van der Berg replied.")
    assert ("Lena A. Varga", "person") in found
    assert ("Piet I. van der Berg", "person") in found


def test_appositive_with_an_organisation_noun_makes_the_name_an_organisation():
    found = entities_of("Norvale Analytics, a Tallinn-based firm that tracks shipping, published a report on Monday.")
    assert ("Norvale Analytics", "organization") in found


def test_an_institution_after_a_title_word_and_its_initials_in_another_language():
    found = entities_of("Crews from the General Inspectorate for Emergency Situations, known by its Portuguese initials "
                        "IGSE, arrived on Monday. According to IGSE, the water is falling.")
    agency = found[("General Inspectorate for Emergency Situations", "organization")]
    assert agency.count == 3 and "IGSE" in agency.aliases


def test_military_units_are_organisations_not_people():
    found = entities_of("Troops rotate through the headquarters of V Corps Forward in the west and the Northern Fleet base.")
    assert ("V Corps Forward", "organization") in found and ("Northern Fleet", "organization") in found


def test_a_name_only_ever_after_a_place_preposition_is_a_place():
    from helpers.articles import article_from_text
    from helpers.entities import find_entities
    article = article_from_text("---\ntitle: T\n---\n\nTroops train at the Monte Rossano firing range. A march near Monte Rossano "
                                "is planned.\n\nLuca Bianchi, a shepherd from the valley, watched. He said he was tired.\n\nMore text.")
    kinds = {entity.name: entity.kind for entity in find_entities(article)}
    assert kinds.get("Monte Rossano") != "person" and kinds["Luca Bianchi"] == "person"
