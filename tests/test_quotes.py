"""Quote extraction: what a reader of helpers.quotes can rely on."""
from __future__ import annotations

import time

import pytest

from helpers.articles import article_from_text
from helpers.quotes import extract_quotes, read_reporting_verbs, reload_reporting_verbs, reporting_verbs

FILLER = "\n\nThe story continues with more background for readers today."


def quotes_of(text: str):
    """Quotes of a short article (front matter, so that no line is read as a headline)."""
    return extract_quotes(article_from_text("---\ntitle: Test story\n---\n\n" + text + FILLER))


def direct(findings):
    return [q for q in findings.quotes if q.kind == "direct"]


def test_straight_quote_with_inverted_attribution_and_appositive():
    findings = quotes_of('"The talks were productive," said Maria Lopez, a spokeswoman for the Lake Commission.')
    quote = direct(findings)[0]
    assert quote.text == "The talks were productive,"
    assert quote.speaker == "Maria Lopez" and quote.speaker_type == "named" and quote.cue == "said"
    speaker = findings.speakers[0]
    assert speaker.role == "spokeswoman" and speaker.affiliation == "Lake Commission"


def test_curly_quotes_and_quote_split_around_attribution_keep_one_speaker():
    findings = quotes_of("\u201cThis is a turning point,\u201d said Prime Minister Lars Holm. \u201cWe must act now.\u201d")
    assert [q.speaker for q in direct(findings)] == ["Lars Holm", "Lars Holm"]
    assert findings.speakers[0].role == "Prime Minister"


def test_split_quote_with_pronoun_in_the_middle():
    findings = quotes_of('Finance Minister Eva Berg spoke first. "We are ready," she said, "and we will not wait."')
    assert [q.speaker for q in direct(findings)] == ["Eva Berg", "Eva Berg"]


def test_guillemets_and_low_opening_marks_are_quotes():
    findings = quotes_of("\u00abWe will rebuild the bridge,\u00bb said Mayor Olga Ivanova. \u201eIt will take a year,\u201c she added.")
    assert [q.text for q in direct(findings)] == ["We will rebuild the bridge,", "It will take a year,"]
    assert {q.speaker for q in direct(findings)} == {"Olga Ivanova"}


def test_mismatched_closing_mark_still_closes_the_quote():
    findings = quotes_of('Senator Paul Reyes said: "The decision is wrong and unfair.\u201c The vote is next week.')
    assert direct(findings)[0].text == "The decision is wrong and unfair."


def test_colon_introduced_quote_label():
    findings = quotes_of("Defense Minister Tomas Novak: \u201cOur forces are ready.\u201d")
    assert direct(findings)[0].speaker == "Tomas Novak"
    assert direct(findings)[0].cue == ":"


def test_quote_introduced_by_said_and_colon():
    findings = quotes_of('Gen. Ana Ruiz told reporters: "Our forces are ready."')
    assert direct(findings)[0].speaker == "Ana Ruiz"


def test_multi_paragraph_quote_is_one_quote():
    text = ('Governor Maya Chen said, "The first part of the plan is ready.\n\n'
            '"The second part will follow next year, when the money arrives."')
    findings = quotes_of(text)
    assert len(direct(findings)) == 1
    assert "second part" in direct(findings)[0].text and direct(findings)[0].speaker == "Maya Chen"


def test_continuation_paragraph_keeps_the_previous_speaker():
    text = '"We lost everything," said farmer Ravi Patel.\n\n"Nobody came to help us for three days."'
    assert [q.speaker for q in direct(quotes_of(text))] == ["Ravi Patel", "Ravi Patel"]


def test_partial_quote_inside_reported_speech_is_mixed():
    findings = quotes_of('Baker called the proposal "reckless" and urged colleagues to reject it.')
    mixed = [q for q in findings.quotes if q.kind == "mixed"]
    assert mixed and mixed[0].text == "reckless" and mixed[0].speaker == "Baker"


def test_partial_quote_with_its_own_attribution():
    findings = quotes_of('The plan is "dead on arrival," Sen. Tom Baker said.')
    assert [(q.kind, q.speaker) for q in findings.quotes] == [("mixed", "Tom Baker")]


def test_scare_quotes_are_not_quotes_and_say_why():
    findings = quotes_of('Whether the "reform" changes anything is still to be seen.')
    assert findings.quotes == []
    assert findings.not_quotes[0].text == "reform" and "scare" in findings.not_quotes[0].reason


def test_titles_in_quote_marks_are_not_quotes():
    findings = quotes_of('She wrote a book titled "The Long Road Home" in 2010.')
    assert not [q for q in findings.quotes if q.kind != "indirect"]
    assert "title" in findings.not_quotes[0].reason


def test_single_quotes_used_as_quote_marks():
    findings = quotes_of("'We are ready to sign,' said Aiko Tanaka, the company's chief executive.")
    assert direct(findings)[0].speaker == "Aiko Tanaka"


def test_apostrophes_are_not_quote_marks():
    findings = quotes_of("The allies' plan isn't new, and Russia's reply wasn't either.")
    assert findings.quotes == [] and findings.not_quotes == []


def test_quote_without_a_speaker_is_unattributed_not_guessed():
    findings = quotes_of('"Nobody expected this," a sign on the wall read.')
    assert direct(findings)[0].speaker is None
    assert direct(findings)[0].speaker_type == "unattributed"


def test_offsets_point_into_the_original_text():
    text = "\u201cWe\u2019re ready,\u201d said Anna Smith."
    article = article_from_text("---\ntitle: Test story\n---\n\n" + text + FILLER)
    quote = direct(extract_quotes(article))[0]
    assert article.text[quote.start:quote.end] == quote.text == "We\u2019re ready,"


def test_to_dict_has_the_public_fields():
    result = quotes_of('"We are ready," said Anna Smith.').to_dict()
    assert set(result) == {"quotes", "speakers"}
    assert {"text", "kind", "speaker", "speaker_type", "cue", "start", "end", "paragraph"} <= set(result["quotes"][0])
    assert {"name", "type", "role", "affiliation", "aliases", "quotes"} <= set(result["speakers"][0])


# Reported speech ------------------------------------------------------------

@pytest.mark.parametrize("sentence, content, speaker, cue", [
    ("Interior Minister Jan Kowalski said the border would stay closed until March.",
     "the border would stay closed until March", "Jan Kowalski", "said"),
    ("The ministry said in a statement that it had summoned the ambassador.",
     "it had summoned the ambassador", "ministry", "said"),
    ("Cases rose by 20 percent, according to health officials.", "Cases rose by 20 percent", "health officials", "according to"),
    ("According to the Weather Agency, the storm will reach the coast on Friday.",
     "the storm will reach the coast on Friday", "Weather Agency", "according to"),
    ("Officials denied that any civilians were hurt.", "any civilians were hurt", "officials", "denied"),
    ("The company warned that profits would fall.", "profits would fall", "company", "warned"),
    ("Coach Lena Ortiz told reporters that the team would play on Sunday.",
     "the team would play on Sunday", "Lena Ortiz", "told"),
    ("Mayor Ken Abe called the plan unfair.", "the plan unfair", "Ken Abe", "called"),
    ("It is reported that the bridge was closed.", "the bridge was closed", "unnamed reports", "It is reported that"),
])
def test_reported_speech_patterns(sentence, content, speaker, cue):
    found = [q for q in quotes_of(sentence).quotes if q.kind == "indirect"]
    assert found, sentence
    assert (found[0].text, found[0].speaker, found[0].cue) == (content, speaker, cue)


def test_sentence_final_attribution_of_reported_speech():
    findings = quotes_of("The talks had stalled, one senior diplomat told the Daily Courier.")
    quote = [q for q in findings.quotes if q.kind == "indirect"][0]
    assert quote.text == "The talks had stalled" and quote.speaker_type == "anonymous"


def test_two_reporting_verbs_of_one_subject_give_two_items():
    findings = quotes_of("Officials denied the charges and also denied that troops had crossed the border.")
    texts = [q.text for q in findings.quotes if q.kind == "indirect"]
    assert texts == ["the charges", "troops had crossed the border"]


def test_reporting_verb_as_a_noun_is_not_a_cue():
    findings = quotes_of("The claim that the dam leaked came from a farmer. His claims prompted an inquiry.")
    assert not [q for q in findings.quotes if q.kind == "indirect"]


def test_phone_call_is_not_reported_speech():
    findings = quotes_of("Minister Ida Lund called her counterpart Omar Haddad on Monday to discuss trade.")
    assert findings.quotes == []


def test_first_person_reporting_inside_a_quote_is_not_a_new_speaker():
    findings = quotes_of('"I have long said our allies must pay more," said Sen. Rosa Diaz.')
    assert [q.kind for q in findings.quotes] == ["direct"]


# Reporting-verb file ------------------------------------------------------------

def test_reporting_verb_file_loads_with_regular_forms():
    verbs = reporting_verbs()
    assert {"say", "said", "says", "told", "denied", "warned", "according"} - {"according"} <= set(verbs)
    assert verbs["denies"].base == "deny" and verbs["told"].tag == "object"


def test_reporting_verb_file_is_used(monkeypatch):
    sentence = "Coach Lena Ortiz boomed the team would play on Sunday."
    assert not [q for q in quotes_of(sentence).quotes if q.kind == "indirect"]
    original = read_reporting_verbs()
    import helpers.quotes as quotes_module

    monkeypatch.setattr(quotes_module, "read_reporting_verbs", lambda lines=None: {**original, **read_reporting_verbs_extra()})
    reload_reporting_verbs()
    try:
        found = [q for q in quotes_of(sentence).quotes if q.kind == "indirect"]
        assert found and found[0].cue == "boomed"
    finally:
        monkeypatch.undo()
        reload_reporting_verbs()


def read_reporting_verbs_extra():
    return read_reporting_verbs(["boom"])


# Bad input ------------------------------------------------------------------

def test_article_without_quotes_gives_empty_findings():
    findings = quotes_of("The weather was fine today in the city. Nothing else happened this week.")
    assert findings.quotes == [] and findings.speakers == []


def test_only_unbalanced_marks_recovers_with_a_warning():
    findings = quotes_of('Anna Smith said: "This opens and never closes\n\nAnd " here is a stray " one.')
    assert direct(findings)[0].text == "This opens and never closes"
    assert any("unbalanced" in warning for warning in findings.warnings)


def test_very_long_quote_is_one_quote_and_fast():
    long_quote = " ".join(["the talks are going well and we are ready"] * 560)  # about 5,000 words
    started = time.perf_counter()
    findings = quotes_of(f'Anna Smith said: "{long_quote}."')
    assert time.perf_counter() - started < 2
    assert len(direct(findings)) == 1 and direct(findings)[0].speaker == "Anna Smith"


def test_text_in_capitals_warns_and_does_not_crash():
    findings = extract_quotes(article_from_text('NATO SAID IT WAS READY. "WE ARE READY," SAID ANNA SMITH. THE TALKS GO ON.'))
    assert direct(findings)[0].text == "WE ARE READY,"
    assert any("capital" in warning for warning in findings.warnings)


def test_transcript_turns_are_quotes_of_their_labels():
    text = ("---\ntitle: Briefing\n---\n\nQUESTION: Will the talks continue next week?\n\n"
            "SECRETARY JONES: Yes, they will. We expect progress.\n\nMR KIM: Thank you, everybody.")
    findings = extract_quotes(article_from_text(text))
    assert [(q.speaker, q.speaker_type) for q in findings.quotes] == [
        ("unnamed reporter", "anonymous"), ("Jones", "named"), ("Kim", "named")]
    assert findings.quotes[1].cue == "SECRETARY JONES:"


def test_pull_quote_with_attribution_line():
    text = ("---\ntitle: Museum news\n---\n\nThe museum opened a new wing on Monday after years of delays and debate. "
            '"This wing will change how visitors see the collection, and it will last for decades," said director Nora Vance.\n\n'
            "This wing will change how visitors see the collection, and it will last for decades.\n\n"
            "Nora Vance, Museum Director\n\nThe wing cost twelve million dollars and took four years to build.")
    findings = extract_quotes(article_from_text(text))
    pull = [q for q in findings.quotes if q.rule == "pull quote"]
    assert pull and pull[0].speaker == "Nora Vance"


def test_irregular_past_tense_starts_a_reported_clause():
    findings = quotes_of("Defense Minister Pavel Rusk said the visit sent an important signal.")
    assert [(q.kind, q.text, q.speaker) for q in findings.quotes] == [
        ("indirect", "the visit sent an important signal", "Pavel Rusk")]


def test_sentence_final_source_followed_by_how_they_spoke():
    findings = quotes_of("A deal might be announced this month, the people said, asking not to be named because the talks are private.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [("A deal might be announced this month", "the people")]


def test_a_reporting_verb_inside_reported_content_is_not_a_second_cue():
    findings = quotes_of("Passengers on the line said they would believe the promises when they saw them.")
    assert [q.text for q in findings.quotes] == ["they would believe the promises when they saw them"]


def test_according_to_a_definite_organisation_noun():
    findings = quotes_of("The local fire brigade said the blaze started in a bakery. "
                         "About 80 firefighters fought the fire for six hours, according to the brigade.")
    quote = next(q for q in findings.quotes if q.text.startswith("About 80"))
    assert quote.speaker == "local fire brigade"


def test_speaker_acting_before_a_colon_introduces_the_next_paragraph_quote():
    findings = quotes_of('Governor Ana Ruiz of Lake County welcomed the decision:\n\n"This is a good day for our farmers."')
    assert [(q.speaker, q.text) for q in direct(findings)] == [("Ana Ruiz", "This is a good day for our farmers.")]


def test_bare_weekday_after_the_verb_is_skipped():
    findings = quotes_of("Deputy Minister Karl Emmet said Wednesday that the plant will reopen in May.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [("the plant will reopen in May", "Karl Emmet")]


def test_nested_single_quote_with_apostrophes_and_a_pronoun_speaker():
    findings = quotes_of('"He told me, \'I\'ll just have to wait until Monday.\' That is not good enough," said shopkeeper Ruth Kell.')
    inner = next(q for q in findings.quotes if q.rule == "quote inside a quote")
    assert inner.text == "I'll just have to wait until Monday."
    assert inner.speaker is None  # "he" is someone the quote speaks of, not a person named elsewhere


def test_quote_paragraph_after_reported_speech_continues_that_speaker():
    findings = quotes_of('Defense Minister Hanna Olsen said the plan would fail without more money.\n\n'
                         '"It has no funding and no support. Nobody in the government believes in it."')
    assert [(q.kind, q.speaker) for q in findings.quotes] == [("indirect", "Hanna Olsen"), ("direct", "Hanna Olsen")]


def test_capitalised_state_in_a_title_is_not_the_reporting_verb():
    findings = quotes_of('"There is no military solution," Secretary of State Anne Rowe told a news conference on Tuesday.')
    assert [(q.speaker, q.cue) for q in direct(findings)] == [("Anne Rowe", "told")]


def test_reported_clause_may_start_with_about_and_a_number():
    findings = quotes_of("The league said about 50,000 fans were expected at the stadium.")
    assert [q.text for q in findings.quotes] == ["about 50,000 fans were expected at the stadium"]


def test_background_call_labels_are_anonymous_sources():
    findings = quotes_of("MODERATOR: Thank you for joining today's call.\n\n"
                         "SENIOR STATE DEPARTMENT OFFICIAL ONE: Not yet. We will have more to say next week.\n\n"
                         "QUESTION: When will the Secretary travel?\n\n(The call concluded at 11:02 a.m.)")
    assert [(q.speaker, q.speaker_type) for q in findings.quotes] == [
        ("moderator", "anonymous"), ("senior state department official one", "anonymous"), ("unnamed reporter", "anonymous")]


def test_expressed_concern_that_reports_the_clause_but_expressed_support_for_does_not():
    findings = quotes_of("Foreign Minister Ana Diaz expressed concern that the ceasefire could collapse. She expressed support for the plan.")
    assert [(q.text, q.cue) for q in findings.quotes] == [("the ceasefire could collapse", "expressed")]


def test_underscored_that_is_reported_speech():
    findings = quotes_of("Defense Secretary Jim Hale underscored that the aid would continue.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [("the aid would continue", "Jim Hale")]


def test_a_while_clause_after_a_comma_ends_the_reported_content():
    findings = quotes_of("The ministry acknowledged that two soldiers had been wounded, while insisting the operation was a success.")
    assert [q.text for q in findings.quotes] == ["two soldiers had been wounded", "the operation was a success"]


def test_called_or_accused_with_quoted_words_gives_only_the_partial_quote():
    findings = quotes_of('Foreign Minister Ana Diaz called the incursion "unacceptable" and accused Moscow of "reckless games."')
    assert [(q.kind, q.text) for q in findings.quotes] == [("mixed", "unacceptable"), ("mixed", "reckless games.")]
    findings = quotes_of("Foreign Minister Ana Diaz called the treaty obsolete.")
    assert [q.kind for q in findings.quotes] == ["indirect"]


def test_a_complement_that_is_only_a_quotation_is_not_also_an_indirect_item():
    findings = quotes_of('One of the officials cautioned that "nothing is final until it is signed."')
    assert [(q.kind, q.speaker.lower()) for q in findings.quotes] == [("mixed", "one of the officials")]


def test_a_reporting_verb_form_used_as_a_noun_or_adjective_gives_no_item():
    findings = quotes_of("The air-policing mission in the Baltic states has been going on since 2004. "
                         "The ministry was ready to help member states repair the damage. "
                         "What has made the region less stable is Russia's repeated cutting of undersea cables.")
    assert findings.quotes == []


def test_a_reporting_verb_inside_a_relative_clause_is_not_the_attribution():
    findings = quotes_of("An official, who briefed reporters on a conference call on the condition that they not be named, "
                         "said the United States supported the mission.")
    assert [q.text for q in findings.quotes] == ["the United States supported the mission"]
    findings = quotes_of("The call drew criticism from Rep. Ann Pell, an Ohio Republican who has long questioned U.S. commitments.")
    assert findings.quotes == []


def test_one_word_turns_after_a_capitals_label_are_quotes():
    findings = quotes_of("QUESTION:  When will the Secretary travel?\n\nMR HARTWELL:  Sure.\n\nQUESTION:  Thanks.")
    assert [(q.text.split("\n")[0], q.speaker) for q in findings.quotes][1:] == [("Sure.", "Hartwell"), ("Thanks.", "unnamed reporter")]


def test_a_short_heading_above_a_name_and_title_line_is_not_a_pull_quote():
    findings = quotes_of("Press Statement\n\nAnn K. Roe, Secretary of State\n\nTwo years ago today, Sweden joined NATO.")
    assert findings.quotes == []


def test_and_we_after_a_reported_clause_ends_it():
    findings = quotes_of("Officials said that the future of Ukraine is in NATO, and we continue to work on the reforms.")
    assert [q.text for q in findings.quotes] == ["the future of Ukraine is in NATO"]


def test_a_parenthetical_attribution_then_and_gives_both_clauses_to_the_speaker():
    findings = quotes_of("The treaty does not allow a referendum, the minister noted, and the opposition knows it.")
    assert [(q.text, q.cue) for q in findings.quotes] == [("The treaty does not allow a referendum", "noted"),
                                                          ("the opposition knows it", "noted")]


def test_however_between_commas_after_the_verb_and_by_telling_that():
    findings = quotes_of("Ana Ruiz cautioned, however, that production lines were still years away. "
                         "Jana Roe opened the debate by telling deputies that the country could not wait.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [("production lines were still years away", "Ana Ruiz"),
                                                              ("the country could not wait", "Jana Roe")]


def test_a_circumstance_after_a_final_attribution_is_not_content_and_a_long_object_is_allowed():
    findings = quotes_of("Exporters are preparing to sign up for the scheme, three people familiar with the matter said on Thursday, "
                         "after premiums for ships calling at the port more than doubled in a month.")
    assert [q.text for q in findings.quotes] == ["Exporters are preparing to sign up for the scheme"]
    findings = quotes_of("The rollout will target about 100,000 children, the health minister, Dr. Ana Roe, told reporters at a ceremony in Birnin Kebbi.")
    assert [q.speaker for q in findings.quotes] == ["Ana Roe"]


def test_an_appositive_ends_before_as_he_watched():
    findings = quotes_of('"It is the mud," said Sgt. Tom Bell, a platoon sergeant with the 1st Battalion, 502nd Infantry Regiment, '
                         "as he watched his soldiers dig out a stuck Humvee.")
    assert findings.quotes[0].speaker == "Tom Bell"


def test_a_gap_after_the_reporting_verb_in_a_relative_clause_is_reported_speech():
    findings = quotes_of("Two drones, which Polish officials said were Russian-made models, crossed the border. "
                         "Police detained a tanker that investigators believe dragged its anchor across the seabed, severing a cable.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [("were Russian-made models", "Polish officials"),
                                                              ("dragged its anchor across the seabed", "investigators")]


def test_it_was_agreed_that_is_an_agentless_agreement():
    findings = quotes_of("It was agreed that the national security teams would remain in close contact.")
    assert [(q.text, q.speaker_type) for q in findings.quotes] == [("the national security teams would remain in close contact", "anonymous")]


def test_a_short_quoted_sentence_after_the_attribution_continues_the_quote():
    findings = quotes_of('"He was too fast today," Haile Mengis told Dutch broadcaster NOS. "Next time."')
    assert [(q.kind, q.text, q.speaker) for q in findings.quotes] == [
        ("direct", "He was too fast today,", "Haile Mengis"), ("direct", "Next time.", "Haile Mengis")]


def test_who_say_after_a_comma_reports_for_the_noun_before_it():
    findings = quotes_of("Fishermen on the Greek island of Lesbos, who say coast guard vessels have chased them from their waters, "
                         "greeted the news with caution.")
    assert [(q.text, q.speaker, q.speaker_type) for q in findings.quotes] == [
        ("coast guard vessels have chased them from their waters", "Fishermen on the Greek island of Lesbos", "anonymous")]


def test_a_final_attribution_before_in_a_call_and_the_dateline_is_not_content():
    findings = quotes_of("WASHINGTON — President Tom Kendrick spoke by phone with Prime Minister Ingrid Solheim, the White House said, "
                         "in a call that focused on the Arctic.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [
        ("President Tom Kendrick spoke by phone with Prime Minister Ingrid Solheim", "White House")]


def test_warned_with_a_gap_in_a_relative_clause():
    findings = quotes_of("The summit brought pledges, language that Ukrainian officials had privately warned would fall short.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [("would fall short", "Ukrainian officials")]


def test_a_participle_clause_ends_the_reported_content_and_is_its_own_item():
    findings = quotes_of("Ukraine's foreign minister says the country will not give up territory, arguing that any concession "
                         "would reward aggression.")
    assert [q.text for q in findings.quotes] == ["the country will not give up territory", "any concession would reward aggression"]


def test_a_document_describes_x_as_quoted_words_and_a_coordinated_verb_is_no_attribution():
    findings = quotes_of("The final declaration, agreed by all allies after long talks, describes Russia as \u201cthe most direct threat\u201d "
                         "and commits members to a plan worth an estimated $60 billion.")
    assert [(q.kind, q.speaker_type, q.cue) for q in findings.quotes] == [("mixed", "anonymous", "describes")]


def test_a_second_characterising_verb_after_and_has_the_first_verbs_subject():
    findings = quotes_of('Secretary of State Laura B. Hines described the decision as "historic" and called the reaction "predictable."')
    assert [(q.text, q.speaker) for q in findings.quotes] == [("historic", "Laura B. Hines"), ("predictable.", "Laura B. Hines")]


def test_a_reduced_relative_gap_keeps_only_the_source_as_speaker():
    findings = quotes_of("Allies agreed to expand air policing, a move Russian officials said would raise tensions.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [("would raise tensions", "Russian officials")]


def test_said_this_then_a_comma_and_that_reports_the_that_clause():
    findings = quotes_of("The Secretary said this in Brussels last week, that NATO will defend every inch of Allied territory.")
    assert [q.text for q in findings.quotes] == ["NATO will defend every inch of Allied territory"]


def test_a_capitalised_name_after_said_is_not_an_auxiliary_gap():
    findings = quotes_of("Critics said May was too early for the vote.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [("May was too early for the vote", "critics")]


def test_who_said_after_an_object_reports_for_the_object():
    findings = quotes_of("The mayor thanked residents, who said they were relieved.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [("they were relieved", "residents")]


def test_a_final_attribution_then_and_with_a_second_source_gives_each_its_clause():
    findings = quotes_of("Floods have displaced 40,000 people, the Kenya Red Cross said Monday, and aid agencies warned that the toll could rise. "
                         "Interior Minister Peter Odhiambo told parliament the government had released emergency funds.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [
        ("Floods have displaced 40,000 people", "Kenya Red Cross"), ("the toll could rise", "aid agencies"),
        ("the government had released emergency funds", "Peter Odhiambo")]


def test_a_noun_phrase_content_ends_before_the_subjects_next_verb():
    findings = quotes_of("Secretary Mark Allen reaffirmed the U.S. commitment to Poland's security and thanked Minister Piotr Nowak "
                         "for his leadership. The army said troops had advanced and captured the town.")
    assert [q.text for q in findings.quotes] == ["the U.S. commitment to Poland's security", "troops had advanced and captured the town"]


def test_a_summary_appositive_after_a_final_attribution_is_not_content():
    findings = quotes_of('NATO will move more systems east, a senior alliance official said Thursday, a decision the Kremlin '
                         'quickly denounced as "provocative."')
    assert [(q.kind, q.text, q.speaker) for q in findings.quotes] == [
        ("indirect", "NATO will move more systems east", "a senior alliance official"), ("mixed", "provocative.", "Russia")]


def test_transcript_label_with_a_name_particle_and_an_outlet_label_naming_the_interviewer():
    found = quotes_of("Jan B. van der Berg led the agency until 2020. VOA's Mira Castell spoke with him on Thursday.\n\n"
                      "VOA: Was the meeting a success for the allies?\n\n"
                      "Van der Berg: On deterrence, yes. On everything else, much less so.")
    turns = [(q.speaker, q.text[:6]) for q in direct(found)]
    assert turns == [("Mira Castell", "Was th"), ("Jan B. van der Berg", "On det")]


def test_told_an_agent_noun_audience_then_a_bare_clause_and_a_second_that_clause():
    found = quotes_of("Commentator Ivan Lebed told listeners the drill was a rehearsal and that the navy had learned nothing.")
    reported = [(q.speaker, q.text) for q in found.quotes if q.kind == "indirect"]
    assert reported == [("Ivan Lebed", "the drill was a rehearsal"), ("Ivan Lebed", "the navy had learned nothing")]


def test_fronted_content_before_said_then_an_adding_clause():
    found = quotes_of("The drill would focus on mines and cables, Adm. Ann Roe said, adding that observers had been told.")
    reported = [q.text for q in found.quotes if q.kind == "indirect" and q.speaker == "Ann Roe"]
    assert reported == ["The drill would focus on mines and cables", "observers had been told"]


def test_said_only_that_skips_the_adverb():
    found = quotes_of("Spokeswoman Ann Roe said only that consultations among allies were continuing.")
    assert [(q.speaker, q.text) for q in found.quotes] == [("Ann Roe", "consultations among allies were continuing")]


def test_present_tense_verb_in_s_after_a_singular_subject_starts_a_clause():
    found = quotes_of("Analysts say the standoff exposes a long-running tension in the bloc.")
    assert [q.text for q in found.quotes] == ["the standoff exposes a long-running tension in the bloc"]
    assert not quotes_of("The mayor warned her about cracks in the bridge.").quotes


def test_which_relative_after_a_named_body_is_its_speech():
    found = quotes_of("The plan was shelved after objections from Portugal, which argued that the bloc should stay small.")
    assert [(q.speaker, q.text) for q in found.quotes] == [("Portugal", "the bloc should stay small")]
    assert not quotes_of("The report, which said that costs had doubled, was published on Monday.").quotes


def test_a_scare_quote_inside_a_colon_attribution_does_not_hide_the_speaker():
    found = quotes_of('Ion Cebo said yes. "The deal is good," he said.\n\n'
                      'Ana Moraru, spokeswoman for a bloc which campaigned for a "No" vote, said: "Neutrality kept us out of war."')
    assert [(q.speaker, q.text) for q in direct(found)][-1] == ("Ana Moraru", "Neutrality kept us out of war.")


def test_an_unattributed_quote_after_reported_speech_in_its_paragraph_is_that_speaker():
    found = quotes_of('Ion Cebo said yes. "The deal is good," he said.\n\n'
                      'Ann Roe, a sergeant, said her team had worked two nights. The hardest part was the mud, she explained. '
                      '"You cannot anchor anything in it."')
    assert direct(found)[-1].speaker == "Ann Roe"


def test_said_in_a_statement_posted_on_a_channel_that():
    found = quotes_of("The envoy, Rui V. Costa, said in a statement posted on the embassy’s Telegram channel that the drills were defensive.")
    assert [q.text for q in found.quotes] == ["the drills were defensive"]


def test_an_appositive_with_city_and_state_keeps_the_name_as_the_speaker():
    found = quotes_of("Sgt. Ann Roe, a tank commander from Austin, Texas, said she had spent the flight reading.")
    assert [(q.speaker, q.text) for q in found.quotes] == [("Ann Roe", "she had spent the flight reading")]


def test_called_on_someone_to_act_and_demanded_that_are_reported_appeals():
    found = quotes_of("The envoy, Ann Roe, called on both sides to show restraint. The ministry said the talks had failed, "
                      "and demanded that the bridge remain closed.")
    assert [q.text for q in found.quotes] == ["both sides to show restraint", "the talks had failed", "the bridge remain closed"]
    assert not quotes_of("Ann Roe called on Monday to say she would resign.").quotes


def test_a_source_closing_the_sentence_is_not_part_of_the_reported_content():
    found = quotes_of("The foreign ministry said the meeting was a provocation, according to state media.")
    ministry = [q for q in found.quotes if q.speaker and "ministry" in q.speaker.lower()]
    assert [q.text for q in ministry] == ["the meeting was a provocation"]


def test_think_tank_is_not_a_reporting_verb():
    found = quotes_of("According to Ann Roe, a senior fellow at a Vienna think tank, the plan closes a gap in the defences.\n\n"
                      "The story continues with more text for readers.")
    assert [(q.speaker, q.cue, q.text) for q in found.quotes] == [("Ann Roe", "according to", "the plan closes a gap in the defences")]


def test_a_participle_characterisation_belongs_to_the_sentence_subject():
    found = quotes_of("Italian Defence Minister Marco Rinaldi-Conti defended the drills, describing the protesters' concerns as "
                      "\"understandable but misplaced\". He said the plans were old.")
    assert [q.speaker for q in found.quotes if q.text.startswith("understandable")] == ["Marco Rinaldi-Conti"]


def test_a_question_with_an_inverted_subject_is_not_reported_speech():
    found = quotes_of("QUESTION:  Does the Ministry think Serbia is ready?\n\n"
                      "MR. ROE:  We have consistently supported reform, and we will continue to do so.")
    assert not [q for q in found.quotes if q.kind == "indirect"]


def test_a_reduced_relative_with_a_plural_role_noun_is_that_noun():
    found = quotes_of("The labs finished the work on Wednesday, a milestone researchers say could help reefs survive.")
    assert [q.speaker for q in found.quotes if q.cue == "say"] == ["researchers"]


def test_an_infinitive_then_a_relative_that_is_not_reported_content():
    found = quotes_of("The general answered that rotations would stay at nine months, and he promised to look into delays "
                      "in mail delivery that several soldiers raised.")
    assert not [q for q in found.quotes if q.text.startswith("several soldiers")]


def test_participle_attribution_belongs_to_the_main_clause_subject_not_the_last_noun():
    findings = quotes_of("Peru's fisheries ministry on Tuesday rejected complaints from Pacific neighbours over its "
                         "new quotas for Chilean-built trawlers, saying the limits were \"based on the best science.\"")
    speakers = {q.speaker for q in findings.quotes}
    assert speakers == {"Peru's fisheries ministry"}


def test_country_body_in_lower_case_is_an_organisation_for_a_later_definite_noun():
    findings = quotes_of("Norway's defence ministry on Monday rejected criticism from NATO allies. The talks resume "
                         "in May.\n\nThe ministry said the decision was final.")
    assert [(q.text, q.speaker) for q in findings.quotes] == [("the decision was final", "Norway's defence ministry")]


def test_question_turn_names_the_reporter_who_introduces_themself():
    findings = quotes_of("MS. VARNEY:  Good afternoon, everyone. Let's begin.\n\n"
                         "Q:  Thanks, Lena. Osric Pembleton, Valley Courier. When will the bridge reopen to traffic?\n\n"
                         "MS. VARNEY:  We expect the bridge to reopen next spring.\n\n"
                         "Q:  Madam Secretary, Councilor Ida Frane said the work is late. Is she right?")
    speakers = [q.speaker for q in direct(findings)]
    assert "Osric Pembleton" in speakers
    assert speakers[-1] == "unnamed reporter"  # an address to the official is not the reporter's name


def test_name_starting_with_an_accented_capital_is_a_pronoun_antecedent():
    findings = quotes_of("Ólafur Brenn is one of several volunteers guiding the visitors. "
                         "\u201cI mend the nets every winter and I like it,\u201d he said.")
    assert direct(findings)[0].speaker == "\u00d3lafur Brenn"


def test_indigenous_group_adjective_is_not_taken_for_a_person():
    findings = quotes_of("The Indigenous Torvani fishing families on the lake fear the new dam.\n\n"
                         "Some Torvani families welcome it. Ánsel Kuru, 31, a boat builder from Lemmi, belongs to one of the "
                         "Torvani crews that will move. \u201cI mend the nets every winter and I like it,\u201d he said.")
    assert direct(findings)[0].speaker == "\u00c1nsel Kuru"


def test_inverted_attribution_with_a_long_capitalised_speaker_phrase():
    findings = quotes_of("\u201cThe locks close at dusk and open again at dawn,\u201d said Colonel Tamsin Adebayo "
                         "of the U.S. Army Engineer Corps. She said the river was low.")
    assert direct(findings)[0].speaker == "Tamsin Adebayo"


def test_relative_clause_about_the_appositive_institution_keeps_the_named_speaker():
    findings = quotes_of("Tomas Herrin, a trade analyst at the Lyon-based Institute for Grain Policy, which is funded "
                         "by two millers, said the bakeries would raise prices in May.")
    assert [q.speaker for q in findings.quotes] == ["Tomas Herrin"]


def test_relative_clause_after_a_fronted_phrase_keeps_the_anonymous_speaker():
    findings = quotes_of("Asked about the delays, a port official, who was not authorised to comment, said "
                         "the cranes would be repaired by June.")
    assert findings.quotes[0].speaker_as_written.startswith("a port official")


def test_role_appositive_without_article_before_a_relative_clause_keeps_the_name():
    findings = quotes_of("Tarik Velden, leader of the agrarian Harvest party, which lost two seats, said the "
                         "orchards needed more water.")
    assert [q.speaker for q in findings.quotes] == ["Tarik Velden"]


def test_fronted_place_before_a_relative_clause_is_not_a_speaker():
    findings = quotes_of("In Marlow, two aides, who spoke on condition of anonymity, said the vote would be delayed.")
    assert findings.quotes[0].speaker != "Marlow"


def test_age_and_home_town_appositive_keeps_the_named_speaker():
    findings = quotes_of("Corin Mabry, 16, from Tarrow, New Mexico, said the chess club met every Thursday.")
    assert [q.speaker for q in findings.quotes] == ["Corin Mabry"]


def test_home_town_and_unlisted_region_stay_one_appositive():
    findings = quotes_of("Corin Mabry, 16, from Tarrow, Vellmark Province, said the chess club met every Thursday.")
    assert [q.speaker for q in findings.quotes] == ["Corin Mabry"]


def test_named_field_after_on_is_not_a_person_for_a_pronoun():
    findings = quotes_of("Governor Dana Ruiz-Vale of Oregon spoke about water rights to the Denver Council on "
                         "Global Affairs on Friday.\n\n\"Rivers do not stop at state lines,\" she said.")
    assert direct(findings)[0].speaker == "Dana Ruiz-Vale"


def test_compass_adjective_name_of_an_exercise_is_not_a_person_for_a_pronoun():
    findings = quotes_of("Lt. Cmdr. Karin Holt, who runs the training school, said Southern Lance will use six boats. "
                         "She said the cadets would sail from Bergenholm.")
    assert [q.speaker for q in findings.quotes] == ["Karin Holt", "Karin Holt"]


def test_the_report_says_is_the_body_named_as_its_maker():
    findings = quotes_of("The report, \u201cDry Harbors,\u201d by the Institute for Coastal Trade, covers forty ports.\n\n"
                         "The report says that most ports lack tugboat crews.")
    assert [q.speaker for q in findings.quotes] == ["Institute for Coastal Trade"]


def test_a_report_with_two_makers_is_left_as_written():
    findings = quotes_of("A study by the Harbor Council found delays. A study by the Pier Institute disagreed.\n\n"
                         "The study says that cranes are old.")
    assert not [q for q in findings.quotes if q.speaker in ("Harbor Council", "Pier Institute")]


def test_second_place_after_a_preposition_and_and_is_not_a_speaker():
    findings = quotes_of("Tomasz Wrona said trials in Peru and Bolivia suggested that the new seed needed less water.")
    assert [q.speaker for q in findings.quotes] == ["Tomasz Wrona"]
    assert "suggested that" in findings.quotes[0].text


def test_a_plural_team_name_after_the_is_not_a_person_for_a_pronoun():
    findings = quotes_of("The Tarvo Hawks took the hockey cup on Sunday, beating Lund Storm 4-2.\n\n"
                         "Lund coach Mirja Salo said the Hawks had skated \"faster than anyone.\" "
                         "\"We ran out of legs in the last period,\" she said.")
    assert direct(findings)[-1].speaker == "Mirja Salo"


def test_words_passed_on_according_to_a_witness_stay_with_the_named_teller():
    findings = quotes_of("Admiral Petra Lind visited the dockyard. Lind told the engineers that the new hulls "
                         "\"look sturdier than expected,\" according to a union steward who went along.")
    assert {q.speaker for q in findings.quotes} == {"Petra Lind"}


def test_he_told_the_minister_is_not_the_minister():
    findings = quotes_of("Secretary Hale had lunch with Chilean Foreign Minister Tomas Ibarra. He told the Foreign "
                         "Minister that the copper deal would be signed soon.")
    assert [q.speaker for q in findings.quotes] == ["Hale"]


def test_he_told_the_named_body_keeps_the_pronoun_with_its_speaker():
    findings = quotes_of("Foreign Minister Tomas Ibarra said on Monday that the port would stay open. He told the Chilean "
                         "parliament that the copper deal would be signed soon.")
    assert [q.speaker for q in findings.quotes] == ["Tomas Ibarra", "Tomas Ibarra"]


def test_reduced_relative_speaker_after_a_noun_starts_at_the_possessive():
    findings = quotes_of("Students from four schools spent a week restoring the old mill, a project "
                         "their teachers say has taught them more than any textbook.")
    assert findings.quotes[0].speaker_as_written == "their teachers"


def test_reported_clause_with_a_frequency_adverb_before_a_present_verb():
    findings = quotes_of("Kevin Marsh, who drives the night bus, said passengers sometimes sing on the way home.")
    assert [(q.speaker, q.text) for q in findings.quotes] == [("Kevin Marsh", "passengers sometimes sing on the way home")]


def test_unquoted_paraphrase_with_an_inverted_attribution_at_the_end():
    findings = quotes_of("Painting a lighthouse in October takes patience, said Master Sgt. "
                         "Dana Whitby, who leads a team of volunteers at the harbor.")
    assert [(q.kind, q.speaker) for q in findings.quotes] == [("indirect", "Dana Whitby")]
    assert findings.quotes[0].text.startswith("Painting a lighthouse")


def test_state_before_television_or_owned_is_no_reporting_verb():
    assert quotes_of("Tarvian state television and two radio hosts have covered the cycling race all week.").quotes == []
    assert quotes_of("The state-owned carrier and its pilots have cut flights this winter.").quotes == []
    assert [q.speaker_as_written for q in quotes_of("The ministers state that the plan is fair.").quotes] == ["The ministers"]


def test_call_it_a_word_inside_a_quote_is_no_reported_speech():
    findings = quotes_of('Ivo Lask said, "We call it soup. Every dish we cook is called that."')
    assert [q.kind for q in findings.quotes] == ["direct"]


def test_participle_appositive_with_a_dated_clause_keeps_the_named_speaker():
    findings = quotes_of("Chilean Foreign Minister Marta Ibsen, visiting the vineyard for the second time since it "
                         "opened on May 4, 2021, said the harvest looked strong.")
    assert [q.speaker for q in findings.quotes] == ["Marta Ibsen"]


def test_plural_role_after_a_prepositional_object_starts_a_reduced_relative():
    findings = quotes_of("Pupils from two towns planted trees together in a project organizers say shows how much the "
                         "towns have in common.")
    assert [q.speaker_as_written for q in findings.quotes] == ["organizers"]
    assert [q.speaker_as_written for q in quotes_of("The foreign ministers said the plan was fair.").quotes] == ["The foreign ministers"]


def test_a_survey_found_that_is_reported_content_of_its_maker():
    findings = quotes_of("Tastes differ: a study by the Vega agency released in spring found that 54 percent "
                         "of Tarvians prefer tea.")
    assert [(q.speaker, q.text) for q in findings.quotes] == [("Vega agency", "54 percent of Tarvians prefer tea")]
    assert quotes_of("Police found the door open when they arrived.").quotes == []


def test_an_owners_announcement_that_is_the_owners_reported_claim():
    findings = quotes_of("The Mayor thanked the Governor for Chile\u2019s pledge that it will repave "
                         "the coast road by 2029, earlier than the schedule agreed by the towns, and said that Chile "
                         "\u201chas kept its word on roads.\u201d")
    indirect = [(q.speaker, q.text[:20]) for q in findings.quotes if q.kind == "indirect"]
    assert indirect == [("Chile", "it will repave the c"), ("The Mayor", "Chile \u201chas kept its ")]
