"""Finding the target's mentions by name and alias."""
from helpers.targets import Alias, default_aliases, find_mentions, target_aliases


def _texts(text, target):
    return [m.text for m in find_mentions(text, target_aliases(target))]


def test_nato_is_found_by_acronym_and_full_name():
    assert _texts("NATO met. The North Atlantic Treaty Organization agreed.", "NATO") == ["NATO", "North Atlantic Treaty Organization"]


def test_the_alliance_counts_only_after_nato_has_been_named():
    assert _texts("The alliance met in Brussels.", "NATO") == []
    assert _texts("NATO met. The alliance agreed.", "NATO") == ["NATO", "The alliance"]


def test_allies_in_a_text_without_nato_are_not_nato():
    assert _texts("Our allies in Asia were consulted.", "NATO") == []


def test_hyphenated_compounds_mention_the_target():
    assert _texts("Pro-NATO lawmakers praised NATO-Russia talks.", "NATO") == ["NATO", "NATO"]


def test_a_word_containing_the_name_is_not_a_mention():
    assert _texts("The Trumpet sounded and Putinism spread.", "Trump") == []
    assert _texts("Putinism spread.", "Putin") == []


def test_offsets_point_back_into_the_original_text():
    text = "Moscow\u2019s envoy met NATO\u2019s chief."
    mention = find_mentions(text, target_aliases("NATO"))[0]
    assert text[mention.start:mention.end] == "NATO"


def test_any_target_string_works_with_the_surname_of_a_person():
    assert [a.alias for a in default_aliases("Angela Merkel")] == ["Angela Merkel", "Merkel"]
    assert _texts("Merkel spoke; Angela Merkel left.", "Angela Merkel") == ["Merkel", "Angela Merkel"]


def test_organisation_names_get_no_surname_alias():
    assert [a.alias for a in default_aliases("African Union")] == ["African Union"]


def test_target_names_are_case_insensitive_when_looking_up_the_table():
    assert target_aliases("nato") == target_aliases("NATO")


def test_a_custom_alias_table_can_be_passed():
    table = [Alias("Club", "the club", "name", "test")]
    assert [m.text for m in find_mentions("We love the club.", target_aliases("club", table))] == ["the club"]


def test_adjacent_mentions_merge_into_one():
    assert _texts("NATO allies met.", "NATO") == ["NATO allies"]


def test_an_event_word_tied_to_the_target_becomes_a_mention_everywhere_in_the_article():
    from helpers.articles import article_from_text
    from helpers.targets import article_mentions

    article = article_from_text("The NATO summit opened in Lisbon.\n\nThe summit ended a day later.")
    _, mentions = article_mentions(article, "NATO")
    assert [(m.text, m.kind) for m in mentions] == [("NATO summit", "name"), ("summit", "event")]


def test_the_north_atlantic_council_is_a_name_of_nato():
    text = "The ambassador will attend the North Atlantic Council as an observer."
    assert [text[m.start:m.end] for m in find_mentions(text, target_aliases("NATO"))] == ["North Atlantic Council"]


def test_natos_led_missions_and_commands_are_its_mentions_once_it_is_named():
    from helpers.targets import find_mentions, target_aliases

    text = "NATO sent more troops. KFOR said the bridge was calm."
    assert [m.text for m in find_mentions(text, target_aliases("NATO"))] == ["NATO", "KFOR"]
    assert [m.text for m in find_mentions("KFOR said the bridge was calm.", target_aliases("NATO"))] == []


def test_an_alias_before_the_first_name_is_the_target_when_no_other_group_is_an_alliance():
    # S-11: cataphora in an article that names the target later and calls nothing else an alliance
    from helpers.articles import article_from_text
    from helpers.targets import article_mentions

    article = article_from_text('"We stay loyal to the alliance," the mayor said.\n\nNATO ministers meet in June.')
    assert article_mentions(article, "NATO")[1][0].start < article.text.index("NATO")
    article = article_from_text('"We stay loyal to the alliance," the pilot said of the airline alliance.\n\nNATO met.')
    assert all(m.start >= article.text.index("NATO") for m in article_mentions(article, "NATO")[1])
