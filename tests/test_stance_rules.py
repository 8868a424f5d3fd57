"""One behaviour per test: the rules added for per-speaker stance (invented sentences)."""
from helpers.articles import article_from_text
from helpers.stance import NOT_ABOUT_TARGET, StanceSettings, score_text_toward, score_toward, sentiment_toward
from tests.test_stance import FakeFindings as _Findings
from tests.test_stance import FakeQuote as _Quote


def _speaker_stance(text, quoted, speaker="Ann Lee"):
    start = text.index(quoted)
    findings = _Findings([_Quote(quoted, start, start + len(quoted), speaker)])
    # These tests pin the rules; the second reader (tests/test_stance_model.py) is switched off.
    return sentiment_toward(article_from_text(text), findings, target="NATO",
                            settings=StanceSettings(second_reader=False)).speaker(speaker).stance


def test_one_mild_tone_word_in_a_quote_is_inside_the_neutral_band():
    text = 'NATO ministers met. "Spending is a commitment we made to NATO," said Ann Lee.'
    assert _speaker_stance(text, "Spending is a commitment we made to NATO,") == "neutral"


def test_the_neutral_band_is_only_for_quotes_not_for_sentences():
    scored = score_toward("Spending is a commitment we made to NATO.", [(36, 40)])
    assert scored.label == "positive"
    assert score_toward("Spending is a commitment we made to NATO.", [(36, 40)], neutral_band=True).label == "neutral"


def test_a_stance_cue_is_never_inside_the_neutral_band():
    text = 'NATO met. "NATO is a relic," said Ann Lee.'
    assert _speaker_stance(text, "NATO is a relic,") == "negative"


def test_the_band_width_is_a_setting():
    settings = StanceSettings(weak_band=0.5)
    assert score_toward("Spending is a commitment we made to NATO.", [(36, 40)], settings=settings, neutral_band=True).label == "positive"


def test_relevance_is_a_favourable_judgement():
    assert score_text_toward("NATO has never been more relevant.", "NATO").label == "positive"


def test_broken_promises_fault_the_target():
    assert score_text_toward("NATO makes promises it cannot keep.", "NATO").label == "negative"


def test_a_summit_called_a_photo_opportunity_is_criticised():
    assert score_text_toward("The NATO summit was a photo opportunity.", "NATO").label == "negative"


def test_a_quote_without_the_target_is_still_not_about_it():
    text = 'NATO ministers met on Monday. "The weather was lovely," said Ann Lee.'
    assert _speaker_stance(text, "The weather was lovely,") == NOT_ABOUT_TARGET


def test_a_summit_tied_to_the_target_once_is_the_targets_summit_in_a_quote():
    text = ('Leaders met at the NATO summit in Lisbon on Tuesday.\n\n'
            'Ann Lee, the host: "This summit was a landmark for all of us."')
    assert _speaker_stance(text, "This summit was a landmark for all of us.") == "positive"


def test_a_summit_never_tied_to_the_target_is_not_a_mention():
    text = ('NATO ministers met on Monday.\n\nThe climate summit opened in Lima. '
            '"This summit was a landmark for all of us," said Ann Lee.')
    assert _speaker_stance(text, "This summit was a landmark for all of us,") == NOT_ABOUT_TARGET


def test_event_words_are_mentions_only_through_the_article():
    from helpers.targets import find_mentions, target_aliases

    assert find_mentions("This summit was a landmark.", target_aliases("NATO"), named_before=True) == []


def test_a_mild_word_right_next_to_the_target_is_outside_the_neutral_band():
    text = 'NATO met. "In the end it is a stronger NATO," said Ann Lee.'
    assert _speaker_stance(text, "In the end it is a stronger NATO,") == "positive"


# ---- Anaphora, other senses of "the alliance", descriptions (second follow-up) ----

def test_a_pronoun_in_a_quote_refers_to_the_target_named_in_the_question_before():
    text = 'Critics say NATO has lost its way.\n\nAnn Lee: "No. I think it is the most successful alliance in history."'
    assert _speaker_stance(text, "No. I think it is the most successful alliance in history.") == "positive"


def test_an_object_pronoun_does_not_take_the_subject_of_its_own_clause():
    text = 'NATO met on Monday.\n\nAnn Lee: "Allies finally agreed on a plan, and Latvia welcomes it."'
    assert _speaker_stance(text, "Allies finally agreed on a plan, and Latvia welcomes it.") == "positive"


def test_a_pronoun_after_another_noun_phrase_is_not_the_target():
    text = 'NATO met on Monday. "The villages were forgotten. It is a disgrace," said Ann Lee.'
    assert _speaker_stance(text, "The villages were forgotten. It is a disgrace,") == NOT_ABOUT_TARGET


def test_a_possessive_mention_is_not_the_noun_phrase_a_pronoun_takes():
    text = ("Ann Lee said her country would not send troops outside the alliance's territory. "
            '"We agreed to it gladly," she said. NATO ministers met.')
    article = article_from_text("NATO met. " + text)
    quoted = "We agreed to it gladly,"
    start = article.text.index(quoted)
    findings = _Findings([_Quote(quoted, start, start + len(quoted), "Ann Lee")])
    assert sentiment_toward(article, findings, target="NATO").speaker("Ann Lee").stance == NOT_ABOUT_TARGET


def test_a_description_tied_to_the_target_in_a_sentence_is_the_targets_in_a_quote():
    text = ('NATO ministers approved a plan to move troops faster.\n\nThe weather was cold.\n\n'
            'Ann Lee said Moscow regarded the plan as hostile.')
    assert _speaker_stance(text, "Moscow regarded the plan as hostile") == "negative"


def test_the_alliance_after_a_governing_alliance_is_that_coalition():
    text = ('The governing alliance of three parties met after the NATO summit.\n\n'
            '"The alliance has failed farmers," said Ann Lee.')
    assert _speaker_stance(text, "The alliance has failed farmers,") == NOT_ABOUT_TARGET


def test_the_alliance_without_another_sense_is_still_the_target():
    text = ('The governing coalition met after the NATO summit.\n\n'
            '"The alliance is a relic," said Ann Lee.')
    assert _speaker_stance(text, "The alliance is a relic,") == "negative"


def test_making_people_safer_is_a_favourable_judgement():
    assert score_text_toward("NATO membership makes us all safer.", "NATO").label == "positive"


def test_a_blank_cheque_is_a_criticism():
    assert score_text_toward("The NATO mission is a blank cheque.", "NATO").label == "negative"


def test_the_target_after_a_copula_is_described_not_acting():
    text = 'NATO met. "This is the alliance at its best," said Ann Lee.'
    assert _speaker_stance(text, "This is the alliance at its best,") == "positive"


def test_a_negator_right_before_the_target_denies_the_word_before_it():
    assert score_text_toward("The problem is not NATO.", "NATO").label == "positive"
    assert score_text_toward("The problem is NATO.", "NATO").label == "negative"


def test_a_reported_view_in_a_quote_is_not_the_speakers_own():
    text = 'Ministers met in Brussels. "Critics say NATO is a useless relic. We meet again in May," said Ann Lee.'
    assert _speaker_stance(text, "Critics say NATO is a useless relic. We meet again in May,") == "neutral"
    # Sentence-level scoring keeps the words (the targeted-sentence labels read them that way).
    assert score_text_toward("Critics say NATO is a useless relic.", "NATO").label == "negative"


def test_the_targets_own_feeling_about_someone_else_is_not_an_evaluation_of_it():
    assert score_text_toward("NATO is grateful to the town for its hospitality.", "NATO").label == "neutral"
    assert score_text_toward("We are grateful to NATO.", "NATO").label == "positive"


def test_words_about_a_noun_whose_topic_is_the_target_do_not_evaluate_the_target():
    assert score_text_toward("I thank everyone for a calm and respectful debate on NATO membership.", "NATO").label == "neutral"
    assert score_text_toward("We are worried about NATO.", "NATO").label == "negative"


def test_a_negative_framing_idiom_is_criticism_without_any_tone_word():
    # Rule 9 (cue file): "an instrument of", "a machine for", "only on paper" ...
    assert score_text_toward("The alliance is an instrument of great-power politics.", "NATO").label == "negative"


def test_good_or_harm_the_target_does_to_the_speakers_side_evaluates_it():
    # Rule 10: "protected our skies" is about the target; "protected the convoy" is what it does to someone else.
    text = 'NATO jets arrived. "The alliance has protected our skies," said Ann Lee.'
    assert _speaker_stance(text, "The alliance has protected our skies,") == "positive"
    assert score_text_toward("NATO bombed our cities.", "NATO").label == "negative"
    assert score_text_toward("NATO has protected the convoy.", "NATO").label != "positive"


def test_a_topic_word_in_an_article_about_the_target_is_a_neutral_mention():
    # Rule 11: "membership" without any evaluation, in an article about NATO, is neutral, not not_about_target.
    text = 'NATO leaders met in Lundar. "Membership brings obligations," said Ann Lee. Bob Roe said "lunch was late".'
    assert _speaker_stance(text, "Membership brings obligations,") == "neutral"
    text = 'The town fair opened. "Membership brings obligations," said Ann Lee. Rain fell all day. The stalls closed early.'
    assert _speaker_stance(text, "Membership brings obligations,") == NOT_ABOUT_TARGET


def test_a_decision_of_the_target_ties_later_descriptions_of_it_without_the_noun_in_that_sentence():
    text = ('NATO defence ministers agreed on Tuesday to move troops east. '
            'Ann Lee said the decision was a dangerous provocation.')
    assert _speaker_stance(text, "the decision was a dangerous provocation") == "negative"
    # without the act of decision, "the decision" has no antecedent that is the target
    text = 'NATO ministers met on Tuesday. Ann Lee said the decision was a dangerous provocation.'
    assert _speaker_stance(text, "the decision was a dangerous provocation") == NOT_ABOUT_TARGET


def test_an_alias_that_decides_is_an_act_of_the_target_too():
    text = ('NATO ministers met in Brussels. The alliance decided to open a hub. '
            'Ann Lee said the timetable was still too slow.')
    assert _speaker_stance(text, "the timetable was still too slow") == "negative"


def test_this_before_a_copula_is_a_pronoun_for_the_nearest_noun_phrase():
    text = ('NATO ministers agreed to speed up deliveries. Ann Lee welcomed the outcome. '
            '"This is exactly what we asked for," she said.')
    assert _speaker_stance(text, "This is exactly what we asked for,") == "positive"


def test_that_after_a_noun_is_a_relative_pronoun_not_an_anaphor():
    text = 'NATO ministers met. "We need roads that are safe," said Ann Lee.'
    assert _speaker_stance(text, "We need roads that are safe,") == NOT_ABOUT_TARGET


def test_too_slow_faults_the_target_only_when_it_is_not_the_one_saying_it():
    assert score_text_toward("NATO was too slow to respond.", "NATO").label == "negative"
    assert score_text_toward("NATO said the response was too slow.", "NATO").label == "neutral"


def test_not_pulling_their_weight_faults_the_allies_and_pulling_it_praises_them():
    assert score_text_toward("NATO met. Too many allies are still not pulling their weight.", "NATO").label == "negative"
    assert score_text_toward("NATO met. The allies are pulling their weight.", "NATO").label == "positive"


def test_criticism_without_tone_words_outlived_expansion_and_borders():
    assert score_text_toward("NATO has outlived its purpose.", "NATO").label == "negative"
    assert score_text_toward("NATO keeps expanding eastward.", "NATO").label == "negative"
    assert score_text_toward("NATO has moved its bases right up to our borders.", "NATO").label == "negative"
    assert score_text_toward("NATO expanded eastward in 2004.", "NATO").label == "neutral"


def test_a_lone_star_in_a_cue_matches_any_one_word():
    from helpers.stance import StanceCue
    import re
    pattern = re.compile(StanceCue("up to * borders", -1, "either", "confrontation").pattern)
    assert pattern.search("up to Russia's borders") and pattern.search("up to our borders")
    assert not pattern.search("up to borders")


def test_asking_what_the_target_is_for_questions_its_purpose():
    assert score_text_toward("What is NATO even for now?", "NATO").label == "negative"
    assert score_text_toward("NATO met. What is the point of the alliance?", "NATO").label == "negative"
    assert score_text_toward("What did NATO decide?", "NATO").label == "neutral"


def test_a_view_relayed_with_said_that_inside_a_quote_is_not_the_speakers_own():
    text = 'NATO ministers met. "Senator Roe said this morning that NATO has outlived its purpose. Do you agree?" asked Ann Lee.'
    assert _speaker_stance(text, "Senator Roe said this morning that NATO has outlived its purpose. Do you agree?") == "neutral"


def test_an_allied_exercise_named_in_the_lead_is_the_targets_in_a_quote():
    text = ('Troops from nine NATO countries completed a cold-weather exercise on Thursday. '
            '"The exercise is held every two years," said Ann Lee.')
    assert _speaker_stance(text, "The exercise is held every two years,") == "neutral"


def test_a_mention_that_only_sets_the_scene_is_not_what_the_praise_is_about():
    assert score_text_toward("Thank goodness we had President Lee at the NATO summit.", "NATO").label == "neutral"
    assert score_text_toward("At today's NATO summit, President Lee showed great strength.", "NATO").label == "neutral"


def test_a_scene_with_no_one_else_in_the_clause_is_the_targets_own_event():
    assert score_text_toward("A huge win for peace at the NATO summit.", "NATO").label == "positive"
    assert score_text_toward("President Lee spoke at a successful NATO summit.", "NATO").label == "positive"


def test_asking_why_the_target_should_exist_questions_its_existence():
    assert score_text_toward("Why should NATO still exist?", "NATO").label == "negative"


def test_a_name_earlier_in_the_sentence_ties_an_unnamed_event_word_further_away():
    text = ('NATO leaders arrive in the Lithuanian capital on Monday for a two-day summit. '
            '"Hosting this summit is an honour," said Ann Lee.')
    assert _speaker_stance(text, "Hosting this summit is an honour,") != NOT_ABOUT_TARGET
    text = ('NATO leaders arrive in the Lithuanian capital on Monday for the big EU summit. '
            '"Hosting this summit is an honour," said Ann Lee.')
    assert _speaker_stance(text, "Hosting this summit is an honour,") == NOT_ABOUT_TARGET


def test_this_alliance_in_a_nato_story_is_nato():
    text = 'NATO met. "Nobody doubts this alliance," said Ann Lee.'
    assert _speaker_stance(text, "Nobody doubts this alliance,") != NOT_ABOUT_TARGET


def test_a_headline_with_an_alias_makes_an_article_that_names_the_target_about_it():
    from helpers.stance import _about_target
    from helpers.targets import article_mentions
    article = article_from_text("NATO met in Oslo on Monday. Ministers talked. The weather was cold. Roads were shut. Shops closed.")
    article.title = "Allies gather in Oslo"
    assert _about_target(article, article_mentions(article, "NATO")[1])


def test_a_negated_negative_word_next_to_the_target_is_no_stance_in_a_quote():
    text = 'NATO ministers approved a plan. "Budapest would not block the plan," said Ann Lee.'
    assert _speaker_stance(text, "Budapest would not block the plan,") == "neutral"


def test_an_adverb_before_a_copula_still_describes_the_target():
    assert score_text_toward("NATO has rarely looked so united.", "NATO").label == "positive"


def test_an_anaphor_that_is_described_counts_even_in_a_clause_naming_the_target():
    text = ('NATO leaders met at the NATO summit. '
            'Ann Lee said the summit showed the bloc was preparing for war.')
    assert _speaker_stance(text, "the summit showed the bloc was preparing for war") == "negative"


def test_a_fixed_term_of_the_subject_carries_no_tone():
    assert score_text_toward("NATO allies spend 2% of gross domestic product on defense.", "NATO").label == "neutral"


def test_a_word_owned_by_another_possessor_evaluates_that_possessor():
    scored = score_text_toward("The alliance's response to Russia's brutal war in Ukraine was discussed by NATO.", "NATO")
    assert "war" not in [e.word for e in scored.counted] and "brutal" not in [e.word for e in scored.counted]
    # the target as the object of the possessed noun: the word is about the relation to it
    assert score_text_toward("America's strong commitment to NATO is clear.", "NATO").label == "positive"
    assert score_text_toward("Russia's threats against the alliance continue, NATO said.", "NATO").label == "negative"
    # a noun between the possessor and the word is the doer: "Finland's president welcomed NATO"
    assert score_text_toward("Finland's president welcomed NATO's decision.", "NATO").label == "positive"


def test_the_predicate_of_a_subject_the_target_owns_is_counted_from_the_copula():
    text = "NATO's long-range air-policing flights over the Baltic Sea are a rehearsal for aggression."
    assert score_text_toward(text, "NATO").label == "negative"


def test_an_opening_no_denies_a_harm_done_later_in_the_clause():
    text = 'NATO met. "No country that is a member of NATO has ever been invaded," said Ann Lee.'
    assert _speaker_stance(text, "No country that is a member of NATO has ever been invaded,") == "positive"


def test_an_object_pronoun_after_the_targets_possession_is_the_target():
    text = ('NATO ministers met. Ann Lee said the alliance\'s response to the drone incursions last year has made it '
            '"more capable than at any point since the Cold War."')
    quoted = 'the alliance\'s response to the drone incursions last year has made it "more capable than at any point since the Cold War."'
    assert _speaker_stance(text, quoted) == "positive"


def test_a_near_zero_word_next_to_the_mention_stays_inside_the_neutral_band():
    text = 'NATO met. "The drill was consistent with NATO\'s defensive posture," said Ann Lee.'
    assert _speaker_stance(text, "The drill was consistent with NATO's defensive posture,") == "neutral"


def test_accusations_and_faulted_effectiveness_are_criticism_without_tone_words():
    assert score_text_toward("Moscow accused NATO of using the incident as a pretext.", "NATO").label == "negative"
    assert score_text_toward("NATO was slow to take the drones seriously.", "NATO").label == "negative"
    assert score_text_toward("NATO said Russia was slow to respond.", "NATO").label == "neutral"
    text = 'NATO leaders met. "The alliance still cannot agree on the next step," said Ann Lee.'
    assert _speaker_stance(text, "The alliance still cannot agree on the next step,") == "negative"


def test_support_given_to_the_speakers_side_and_pledges_are_praise_without_tone_words():
    text = 'NATO ministers met. "Our NATO partners have stood with us from the first day," said Ann Lee.'
    assert _speaker_stance(text, "Our NATO partners have stood with us from the first day,") == "positive"
    text = 'NATO ministers met. "NATO will defend every inch of Allied territory," said Ann Lee.'
    assert _speaker_stance(text, "NATO will defend every inch of Allied territory,") == "positive"


def test_the_alliance_right_after_the_target_is_named_is_the_target_despite_a_governing_alliance():
    text = ('The bill divided the governing alliance of three parties.\n\nVoters were split.\n\n'
            '"Nobody asked us whether we wanted to be in NATO. The alliance drags us into conflicts," said Ann Lee.')
    assert _speaker_stance(text, "Nobody asked us whether we wanted to be in NATO. The alliance drags us into conflicts,") == "negative"


def test_a_quoted_fragment_is_read_with_the_sentence_that_frames_it():
    text = ('NATO sent ships to the Baltic.\n\nThe ministry accused NATO of using the incident as a pretext to '
            '"turn the sea into a lake."')
    assert _speaker_stance(text, "turn the sea into a lake.", "The ministry") == "negative"
    text = 'NATO sent ships to the Baltic.\n\nThe ministry said "the sea is calm."'
    assert _speaker_stance(text, "the sea is calm.", "The ministry") == NOT_ABOUT_TARGET


def test_the_target_speaking_of_its_own_acts_is_neutral():
    text = 'NATO to send ships\n\nNATO said it would increase patrols in the Baltic. NATO ships left port.'
    quoted = "it would increase patrols in the Baltic"
    start = text.index(quoted)
    for speaker_type, stance in (("organization", "neutral"), ("named", NOT_ABOUT_TARGET)):  # a person is not thereby speaking of itself
        findings = _Findings([_Quote(quoted, start, start + len(quoted), "NATO", speaker_type=speaker_type)])
        assert sentiment_toward(article_from_text(text), findings, target="NATO").speaker("NATO").stance == stance


def test_allied_is_a_topic_word_but_member_states_are_the_eus():
    text = ('NATO to move air defences east\n\nNATO will move air defences east. The official said "a decision could come '
            'at a meeting of allied defense chiefs."')
    assert _speaker_stance(text, "a decision could come at a meeting of allied defense chiefs.", "The official") == "neutral"
    text = ('NATO to move air defences east\n\nNATO will move air defences east. The Commission said "we will help '
            'member states repair the cables."')
    assert _speaker_stance(text, "we will help member states repair the cables.", "The Commission") == NOT_ABOUT_TARGET


def test_that_opening_a_coordinated_clause_is_a_pronoun():
    text = 'NATO ships sailed. "Our allies moved fast, and that is exactly what deterrence looks like," said Ann Lee.'
    assert _speaker_stance(text, "Our allies moved fast, and that is exactly what deterrence looks like,") == "positive"


def test_a_fragment_framed_by_an_anaphor_of_the_target_is_read_with_its_frame():
    text = ('NATO ministers approved a plan to move air defences east.\n\n'
            'Ann Lee welcomed the plan, writing that solidarity "is not a slogan but batteries on the ground."')
    assert _speaker_stance(text, "is not a slogan but batteries on the ground.") == "positive"


def test_defence_terms_that_vader_reads_as_tone_carry_none():
    for text in ("NATO allies agreed to expand intelligence sharing.", "NATO approved joint air defense purchases.",
                 "NATO scrambled fighter jets over the Baltic."):
        assert score_text_toward(text, "NATO").label == "neutral", text


def test_delivering_on_a_promise_is_praise():
    assert score_text_toward("The alliance delivered on its promises, NATO officials said.", "NATO").label == "positive"


def test_an_embedded_question_after_the_mention_is_not_asserted():
    assert score_text_toward("NATO never asks whether more troops make anyone safer.", "NATO").label == "neutral"
    # the target inside the question is still evaluated by it
    assert score_text_toward("Some members questioned whether NATO still has a purpose after the Cold War.", "NATO").label == "negative"


def test_the_targets_quality_acted_on_by_someone_else_is_not_evaluated():
    assert score_text_toward("Russia is testing NATO's resolve.", "NATO").label == "neutral"
    assert score_text_toward("NATO's resolve is admirable.", "NATO").label == "positive"  # described as the subject
    assert score_text_toward("We are grateful for NATO's support.", "NATO").label == "positive"  # what it gives
    # a stance cue there still frames the target
    assert score_text_toward("He condemned what he called NATO's militarisation of the Baltic.", "NATO").label == "negative"


def test_moving_forces_to_the_speakers_borders_is_the_encroachment_complaint():
    text = 'NATO met. "NATO has moved its infrastructure to our borders," said Ann Lee.'
    assert _speaker_stance(text, "NATO has moved its infrastructure to our borders,") == "negative"


def test_like_as_a_preposition_is_not_a_liking():
    text = 'NATO met. "We came for the NATO summit, like everyone else," said Ann Lee.'
    assert _speaker_stance(text, "We came for the NATO summit, like everyone else,") == "neutral"
    assert score_text_toward("I like NATO.", "NATO").label == "positive"


def test_an_appositive_description_sums_up_the_targets_act():
    text = ('NATO will move air defences east, officials said Thursday, a decision the Kremlin quickly denounced as '
            '"provocative."')
    assert _speaker_stance(text, "provocative.", "Kremlin") == "negative"
    # without the target opening the sentence, the appositive is someone else's act
    text = ('NATO met. Poland will buy new tanks, officials said Thursday, a decision the Kremlin quickly denounced as '
            '"provocative."')
    assert _speaker_stance(text, "provocative.", "Kremlin") == NOT_ABOUT_TARGET


def test_names_in_apposition_after_the_allies_are_not_a_relative_clause():
    text = 'NATO met. "The allies Poland and Lithuania condemned Russia," said Ann Lee.'
    assert _speaker_stance(text, "The allies Poland and Lithuania condemned Russia,") == "neutral"


def test_favouring_the_target_is_support():
    text = 'NATO met. "He is favoring further expansion of NATO," said Ann Lee.'
    assert _speaker_stance(text, "He is favoring further expansion of NATO,") == "positive"


def test_accusation_cues_bear_on_the_target_only_when_it_is_accused():
    assert score_text_toward("NATO said Russia fabricated the evidence.", "NATO").label == "neutral"
    assert score_text_toward("The alliance was using fabricated incidents, Moscow said.", "NATO").label == "negative"
    assert score_text_toward("No to NATO!", "NATO").label == "negative"


def test_diplomatic_praise_words_evaluate_the_target():
    # words VADER lacks (or reads too weakly) that alliance statements use to praise
    assert score_text_toward("The alliance has always found its way back to unity.", "NATO").label == "positive"
    assert score_text_toward("NATO remains the bedrock of our security.", "NATO").label == "positive"
    assert score_text_toward("The decision NATO took was the right decision.", "NATO").label == "positive"
    assert score_text_toward("NATO is not a reliable partner.", "NATO").label == "negative"


def test_standard_denunciations_evaluate_the_target():
    assert score_text_toward("NATO is a product of the Cold War.", "NATO").label == "negative"
    assert score_text_toward("NATO is encircling Russia.", "NATO").label == "negative"
    assert score_text_toward("NATO has no business in the Asia-Pacific.", "NATO").label == "negative"
    assert score_text_toward("The alliance has learned nothing from history.", "NATO").label == "negative"
    # "interference" bears on the target only when it is the one interfering
    assert score_text_toward("NATO warned against interference in the vote.", "NATO").label == "neutral"
    assert score_text_toward("We reject NATO's interference in our affairs.", "NATO").label == "negative"


def test_terms_vader_misreads_are_not_tone():
    text = 'NATO met. "Several allies still treat American forces as a substitute," said Ann Lee.'
    assert _speaker_stance(text, "Several allies still treat American forces as a substitute,") == "neutral"
    assert score_text_toward("Stocks across the alliance are below what any credible war plan requires.", "NATO").label != "negative"


def test_what_someone_called_is_their_word_not_the_speakers():
    text = 'NATO met. "He said the brigade answers what he called NATO\'s aggressive buildup. Will you respond?" a reporter asked.'
    quoted = "He said the brigade answers what he called NATO's aggressive buildup. Will you respond?"
    assert _speaker_stance(text, quoted, "a reporter") != "negative"
    # in the reported speech of the one who called it so, the words are that speaker's own
    text = "NATO met. Ivan Petrov said the brigade is a response to what he called NATO's aggressive buildup."
    quoted = "the brigade is a response to what he called NATO's aggressive buildup"
    start = text.index(quoted)
    findings = _Findings([_Quote(quoted, start, start + len(quoted), "Ivan Petrov", kind="indirect")])
    assert sentiment_toward(article_from_text(text), findings, target="NATO").speaker("Ivan Petrov").stance == "negative"


def test_a_coordinated_reporting_verb_ends_an_allegation():
    text = ('NATO met. Ivan Petrov alleged that voters had been kept away and called the alliance '
            '"an instrument of confrontation".')
    quoted = "an instrument of confrontation"
    assert _speaker_stance(text, quoted, "Ivan Petrov") == "negative"


def test_someone_says_in_a_question_is_a_relayed_view():
    text = 'NATO met. "Moscow says NATO is encircling Russia. How do you respond?" asked Ann Lee.'
    assert _speaker_stance(text, "Moscow says NATO is encircling Russia. How do you respond?") == "neutral"


def test_rejecting_the_target_is_a_criticism():
    assert score_text_toward("The region does not need a mini-NATO.", "NATO").label == "negative"
    assert score_text_toward("We don't want the alliance here.", "NATO").label == "negative"
    # not a need of something else, nor the target as the one who needs
    assert score_text_toward("We do not need NATO to tell us what to do.", "NATO").label == "neutral"
    assert score_text_toward("NATO does not need Russia's permission.", "NATO").label == "neutral"


def test_a_why_question_about_what_the_target_persists_in_is_a_criticism():
    text = 'NATO met. "NATO says it is defensive. Then why does it keep stretching its hands to our doorstep?" said Ann Lee.'
    assert _speaker_stance(text, "NATO says it is defensive. Then why does it keep stretching its hands to our doorstep?") == "negative"
    assert score_text_toward("Why did NATO choose Ankara for the summit?", "NATO").label == "neutral"


def test_a_complaint_of_persistence_is_a_criticism():
    assert score_text_toward("The alliance keeps creeping closer.", "NATO").label == "negative"
    assert score_text_toward("NATO continues to expand its presence in the east.", "NATO").label == "neutral"
    assert score_text_toward("Russia keeps pushing toward NATO.", "NATO").label == "neutral"


def test_a_demonstration_of_the_targets_ability_approves_of_it():
    assert score_text_toward("The exercise showed what the alliance can do.", "NATO").label == "positive"
    assert score_text_toward("The drills showed that NATO could defend the sea lanes.", "NATO").label == "positive"
    assert score_text_toward("The drills showed that NATO could not defend the sea lanes.", "NATO").label != "positive"


def test_real_forces_and_concreteness_are_praise():
    assert score_text_toward("NATO has real plans backed by real forces.", "NATO").label == "positive"
    assert score_text_toward("For us, NATO is not an abstract idea.", "NATO").label == "positive"


def test_harm_done_by_the_target_to_a_named_country_or_city_evaluates_it():
    assert score_text_toward("NATO bombed Belgrade in 1999.", "NATO").label == "negative"
    assert score_text_toward("NATO bombed Serb positions.", "NATO").label == "neutral"
    assert score_text_toward("NATO bombed ISIS in Syria.", "NATO").label == "neutral"


def test_a_denied_premise_is_not_the_speakers_view():
    text = ('NATO met. "I reject the premise that any NATO buildup threatens Russia. It has made the alliance '
            'stronger and more united," said Ann Lee.')
    quoted = ("I reject the premise that any NATO buildup threatens Russia. It has made the alliance stronger and "
              "more united,")
    assert _speaker_stance(text, quoted) == "positive"


def test_a_word_before_a_claim_is_about_the_claim_not_the_target():
    assert score_text_toward("They used stolen files to forge letters claiming that NATO planned a strike.",
                             "NATO").label == "neutral"


def test_burden_sharing_complaints_fault_the_allies():
    text = 'NATO met. "Some allies have delivered. Frankly, too many allies have not," said Ann Lee.'
    assert _speaker_stance(text, "Some allies have delivered. Frankly, too many allies have not,") == "negative"
    assert score_text_toward("The allies have had a free ride for decades.", "NATO").label == "negative"


def test_an_organisations_pronoun_after_its_reporting_verb_is_itself():
    text = ("Drones entered NATO airspace. The Russian Defense Ministry said its forces had carried out strikes "
            "on military sites.")
    quoted = "its forces had carried out strikes on military sites"
    start = text.index(quoted)
    findings = _Findings([_Quote(quoted, start, start + len(quoted), "Russian Defense Ministry", kind="indirect",
                                 speaker_type="organization")])
    entry = sentiment_toward(article_from_text(text), findings, target="NATO").speaker("Russian Defense Ministry")
    assert entry.stance == NOT_ABOUT_TARGET


def test_a_polls_figure_is_the_respondents_view_not_the_speakers():
    assert score_text_toward("Some 61 percent of Canadians hold a favorable view of NATO.", "NATO").label == "neutral"
    assert score_text_toward("A narrow majority of farmers now support the alliance.", "NATO").label == "neutral"
    assert score_text_toward("Ottawa spends 2 percent of GDP on defence because NATO is excellent.", "NATO").label == "positive"


def test_evaluating_the_act_of_leaving_the_target_flips_its_sign():
    assert score_text_toward("Quitting NATO would be a terrible blunder for Norway.", "NATO").label == "positive"
    assert score_text_toward("Withdrawing from NATO would be wonderful news.", "NATO").label == "negative"
    assert score_text_toward("Iceland should leave NATO.", "NATO").label == "negative"
    assert score_text_toward("Leaving NATO is not on the agenda.", "NATO").label == "neutral"


def test_a_sentence_opening_pronoun_keeps_the_previous_subject():
    text = ('Ministers met. "NATO is why the Nordic towns feel calm. It is the only guarantee we have," said Ann Lee.')
    assert _speaker_stance(text, "NATO is why the Nordic towns feel calm. It is the only guarantee we have,") == "positive"
    text = ('Ministers met. "NATO met the Nordic towns. It is clear that the only guarantee is trade," said Ann Lee.')
    assert _speaker_stance(text, "NATO met the Nordic towns. It is clear that the only guarantee is trade,") == "neutral"


def test_good_or_harm_done_to_a_whole_class_characterises_the_target():
    assert score_text_toward("The alliance shields weaker democracies.", "NATO").label == "neutral"  # no benefit cue
    assert score_text_toward("NATO defends smaller nations.", "NATO").label == "positive"
    assert score_text_toward("NATO had dragged poor countries into foreign wars.", "NATO").label == "negative"
    assert score_text_toward("NATO defended the harbour.", "NATO").label == "neutral"
    assert score_text_toward("NATO protects its members.", "NATO").label == "neutral"


def test_the_speakers_side_after_a_preposition_of_place_is_where_not_whom():
    assert score_text_toward("NATO patrols in our harbour and protects the ferries.", "NATO").label == "neutral"
    assert score_text_toward("NATO has protected our harbour.", "NATO").label == "positive"


def test_a_comparative_state_the_target_brings_about_evaluates_it():
    assert score_text_toward("NATO has made Iceland and its fishing towns more secure.", "NATO").label == "positive"
    assert score_text_toward("NATO expansion would make the Baltic less stable.", "NATO").label == "negative"
    assert score_text_toward("NATO made the decision to help the flood victims.", "NATO").label == "neutral"


def test_a_possessives_membership_is_the_target_in_an_article_about_it():
    text = ('NATO leaders met in Oslo. "Our membership has made the country far more secure," said Ann Lee.')
    assert _speaker_stance(text, "Our membership has made the country far more secure,") == "positive"
    text = ('NATO leaders met in Oslo. "Our membership in the European Union has made the country more secure," said Ann Lee.')
    assert _speaker_stance(text, "Our membership in the European Union has made the country more secure,") != "positive"


def test_it_before_a_negated_auxiliary_is_a_subject_and_that_a_is_no_noun_phrase():
    text = ('Ships sailed. "NATO showed up when many said it wouldn\'t, and I\'m glad to be part of it," said Ann Lee.')
    assert _speaker_stance(text, "NATO showed up when many said it wouldn't, and I'm glad to be part of it,") == "positive"
    text = ('Ships sailed. "NATO did something that a few experts said it couldn\'t, and I\'m glad to be part of it," said Ann Lee.')
    assert _speaker_stance(text, "NATO did something that a few experts said it couldn't, and I'm glad to be part of it,") == "positive"


def test_what_the_target_gave_as_nothing_but_evaluates_it():
    assert score_text_toward("The alliance gave the region nothing but misery.", "NATO").label == "negative"
    assert score_text_toward("NATO brought Kosovo nothing but peace.", "NATO").label == "positive"
    assert score_text_toward("NATO gave Ukraine weapons and training.", "NATO").label == "neutral"


def test_the_target_lacking_a_plan_or_strategy_is_criticised():
    assert score_text_toward("The alliance has no strategy beyond buying tanks.", "NATO").label == "negative"
    assert score_text_toward("NATO lacks a credible policy for the Arctic.", "NATO").label == "negative"
    assert score_text_toward("NATO has no plans to open a base in Malta.", "NATO").label == "neutral"


def test_refusing_to_be_the_targets_instrument_and_its_purpose_fulfilled():
    assert score_text_toward("Our valley will not be a testing ground for NATO.", "NATO").label == "negative"
    assert score_text_toward("Iceland is not a member of NATO.", "NATO").label == "neutral"
    assert score_text_toward("That was NATO doing precisely what it was designed to do.", "NATO").label == "positive"


def test_making_a_country_a_target_is_harm():
    assert score_text_toward("Hosting NATO bases would make Austria a target.", "NATO").label == "negative"


def test_telling_the_target_to_stop_or_to_do_something_instead_faults_it():
    assert score_text_toward("NATO should guard its members rather than police distant seas.", "NATO").label == "negative"
    assert score_text_toward("The alliance must stop pushing east.", "NATO").label == "negative"
    assert score_text_toward("NATO must take charge of the harbour talks.", "NATO").label == "neutral"


def test_quotes_of_opposite_signs_that_cancel_out_take_the_strongest():
    text = 'NATO met. "NATO is a relic," said Ann Lee. "NATO has been good to us," said Ann Lee.'
    quotes = []
    for quoted in ("NATO is a relic,", "NATO has been good to us,"):
        start = text.index(quoted)
        quotes.append(_Quote(quoted, start, start + len(quoted), "Ann Lee"))
    entry = sentiment_toward(article_from_text(text), _Findings(quotes), target="NATO").speaker("Ann Lee")
    assert StanceSettings().label(entry.mean) == "neutral"  # the mean stays the mean ...
    assert entry.stance == "negative"  # ... but the stronger quote (a cue, -0.46 against +0.44) decides


def test_round_six_vocabulary_of_international_relations_reporting():
    assert score_text_toward("The alliance has grown complacent and bloated.", "NATO").label == "negative"
    assert score_text_toward("Ministers spoke of cracks in the alliance.", "NATO").label == "negative"
    assert score_text_toward("NATO is a bulwark against aggression.", "NATO").label == "positive"
    assert score_text_toward("The 4th Infantry Division joined NATO drills.", "NATO").label == "neutral"
    assert score_text_toward("NATO declined to comment.", "NATO").label == "neutral"


def test_what_the_target_stands_against_is_no_fault_of_it():
    assert score_text_toward("The alliance is a reliable shield against hostile raids.", "NATO").label == "positive"
    assert score_text_toward("NATO is hostile against its neighbours.", "NATO").label == "negative"


def test_burden_sharing_and_accession_idioms():
    assert score_text_toward("Too many allies have grown comfortable under our protection.", "NATO").label == "negative"
    assert score_text_toward("NATO allies that skip payments will have to fend for themselves.", "NATO").label == "negative"
    assert score_text_toward("Montenegro kept knocking on the door of NATO.", "NATO").label == "positive"


def test_telling_the_target_to_stop_someone_else_is_no_correction():
    assert score_text_toward("NATO should stop the smugglers.", "NATO").label == "neutral"


def test_leaving_the_target_needs_an_evaluation_or_a_call():
    assert score_text_toward("Quitting NATO would cost billions.", "NATO").label == "neutral"
    assert score_text_toward("Norway will never leave NATO.", "NATO").label == "positive"


def test_the_targets_own_performance_evaluates_it():
    assert score_text_toward("The alliance has failed to protect the Baltic ports.", "NATO").label == "negative"
    assert score_text_toward("NATO can no longer guard the straits.", "NATO").label == "negative"
    assert score_text_toward("NATO ministers have kept their promises on ammunition.", "NATO").label == "positive"
    assert score_text_toward("NATO said the pipeline talks had failed.", "NATO").label == "neutral"


def test_a_good_word_that_a_bad_one_harms_is_no_praise():
    assert score_text_toward("Critics say NATO is now a menace to regional stability.", "NATO").label == "negative"
    assert score_text_toward("NATO is a danger to freedom.", "NATO").label == "negative"


def test_a_fragment_is_read_from_the_reported_clause():
    text = ('NATO met. An envoy, speaking privately, said the alliance "admires the brave choice of the voters" '
            'and left.')
    quoted = "admires the brave choice of the voters"
    assert _speaker_stance(text, quoted) == "neutral"


def test_performance_of_a_mission_the_target_leads():
    assert score_text_toward('The NATO-led force had "once again failed the villagers.', "NATO").label == "negative"


def test_the_target_as_a_kind_in_an_article_about_it():
    text = ('NATO leaders met in Oslo. NATO agreed on a plan. "An alliance that cannot agree on its budget is an alliance '
            'in trouble," wrote the Daily Post.')
    quoted = "An alliance that cannot agree on its budget is an alliance in trouble,"
    assert _speaker_stance(text, quoted, speaker="Daily Post") == "negative"
    text = ('NATO leaders met in Oslo. NATO agreed on a plan. The governing alliance split. "An alliance that cannot agree '
            'on its budget is an alliance in trouble," wrote the Daily Post.')
    assert _speaker_stance(text, quoted, speaker="Daily Post") == NOT_ABOUT_TARGET


def test_the_members_mutual_support_is_the_targets_solidarity():
    assert score_text_toward("NATO allies defend one another.", "NATO").label == "positive"
    assert score_text_toward("NATO showed up for the ceremony.", "NATO").label == "neutral"


def test_a_clause_with_a_no_subject_denies_conflict():
    assert score_text_toward("No member state objected or tried to obstruct the NATO timetable.", "NATO").label == "neutral"
    assert score_text_toward("No country that is a member of NATO has been invaded.", "NATO").label == "positive"


def test_a_confrontation_noun_listed_with_allies_is_no_hostility():
    scored = score_text_toward("NATO's new budget is a strong signal to friends and adversaries alike.", "NATO")
    assert scored.label == "positive"
    assert any("rule 50" in evidence.reason for evidence in scored.set_aside)
    assert score_text_toward("NATO is our adversary.", "NATO").label == "negative"


def test_serious_in_the_sense_of_significant():
    assert score_text_toward("It is the most serious step NATO has taken for our harbours in ten years.", "NATO").label != "negative"
    assert score_text_toward("NATO is a serious threat to peace.", "NATO").label == "negative"


def test_a_reported_call_to_leave_is_a_criticism():
    def indirect(text):
        return score_toward(text, [(text.index("NATO"), text.index("NATO") + 4)], in_quote="indirect").label

    assert indirect("Portugal to quit NATO") == "negative"
    assert indirect("Delegates to leave NATO headquarters at noon") == "neutral"
    # a headline ("Portugal to quit NATO") reports a plan: not a call
    assert score_text_toward("Portugal to quit NATO", "NATO").label == "neutral"


def test_an_evaluative_frame_verb_counts_for_a_fragment_naming_the_target():
    text = ('NATO ministers agreed on Tuesday to buy new radars.\n\nIn Lisbon, the finance minister Rui Costa hailed the '
            'decision, calling it "the biggest thing this alliance has done in years."')
    assert _speaker_stance(text, "the biggest thing this alliance has done in years.", speaker="Rui Costa") == "positive"
    text = text.replace("hailed", "described")
    assert _speaker_stance(text, "the biggest thing this alliance has done in years.", speaker="Rui Costa") == "neutral"


def test_a_reporters_question_asserts_nothing():
    text = ('NATO ministers met in Oslo.\n\n"Thanks. Is the chancellor anxious about cohesion in the alliance?" '
            'asked an unnamed reporter.')
    quoted = "Thanks. Is the chancellor anxious about cohesion in the alliance?"
    assert _speaker_stance(text, quoted, speaker="unnamed reporter") == "neutral"
    text = 'NATO ministers met in Oslo.\n\n"The alliance has shown real cohesion," said an unnamed reporter.'
    assert _speaker_stance(text, "The alliance has shown real cohesion,", speaker="unnamed reporter") == "positive"


def test_the_target_as_a_protective_value_noun():
    assert score_text_toward("For an island like ours, the alliance is the only safety net we can pay for.",
                             "alliance").label == "positive"
    assert score_text_toward("NATO is a shield for foreign arms dealers.", "NATO").label != "positive"
    assert score_text_toward("NATO's new fund is an investment.", "NATO").label == "neutral"


def test_an_affirmed_purpose_approves_a_question_does_not():
    assert score_text_toward("Our fleets sail side by side. That is what NATO is for.", "NATO").label == "positive"
    assert score_text_toward("Our pilots fly together. That is the whole point of NATO.", "NATO").label == "positive"
    assert score_text_toward("That is not the point of NATO.", "NATO").label == "neutral"
    assert score_text_toward("What is the point of NATO?", "NATO").label == "negative"


def test_decided_at_the_targets_seat_is_no_scene():
    text = ('NATO ministers met in Oslo.\n\nMaria Ruiz said the new quota had been "drafted in a think tank and nodded '
            'through at NATO headquarters".')
    assert _speaker_stance(text, "drafted in a think tank and nodded through at NATO headquarters",
                           speaker="Maria Ruiz") == "negative"
    assert score_text_toward("We met Ms Lee at NATO headquarters and the lunch was awful.", "NATO").label == "neutral"


def test_criticism_predicated_of_the_targets_officials():
    assert score_text_toward("NATO officials were scaremongering about the north.", "NATO").label == "negative"
    assert score_text_toward("NATO officials warned of a cyber threat.", "NATO").label == NOT_ABOUT_TARGET
    text = ('NATO ministers met in Oslo.\n\nThe mayor said alliance bureaucrats were "manufacturing fear" to get money.')
    assert _speaker_stance(text, "manufacturing fear", speaker="the mayor") == "negative"


def test_what_a_country_cannot_be_alone_but_is_inside_the_target():
    assert score_text_toward("Cyprus on its own is not a fortress. Cyprus inside NATO is.", "NATO").label == "positive"
    assert score_text_toward("Cyprus on its own is not a fortress. Cyprus inside NATO is a target.", "NATO").label == "neutral"


def test_paying_into_a_fund_the_target_set_up_is_about_it():
    text = ('NATO defence ministers agreed on Tuesday to set up a common fund for radars.\n\n'
            'In Lisbon, the government said it would contribute to the fund next year.')
    assert _speaker_stance(text, "it would contribute to the fund next year", speaker="Portuguese government") == "neutral"
    text = 'NATO ministers met in Oslo.\n\n"Every ally left with a bill," said Ann Lee.'
    assert _speaker_stance(text, "Every ally left with a bill,") == "neutral"


def test_an_exemplar_of_a_good_thing_approves():
    text = 'NATO ministers met in Oslo.\n\n"The allies paid for radars together. This is what burden-sharing looks like," said Ann Lee.'
    assert _speaker_stance(text, "The allies paid for radars together. This is what burden-sharing looks like,") == "positive"
    text = 'NATO ministers met in Oslo.\n\n"The allies held a drill. This is what a drill looks like," said Ann Lee.'
    assert _speaker_stance(text, "The allies held a drill. This is what a drill looks like,") == "neutral"


def test_value_nouns_and_purposes_that_are_not_praise():
    assert score_text_toward("NATO is an umbrella organisation for arms lobbies.", "NATO").label == "neutral"
    assert score_text_toward("NATO is a pricey insurance policy.", "NATO").label != "positive"
    assert score_text_toward("That is why NATO exists: to encircle Russia.", "NATO").label != "positive"
    assert score_text_toward("The envoy sent a message to friends and enemies of NATO.", "NATO").label == "neutral"


def test_a_denied_view_of_the_target_defends_it():
    # rule 62: a bad word in the complement of "nobody thinks/believes ..." about the target
    assert score_text_toward("Nobody who has served on that coast thinks NATO is outdated.", "NATO").label == "positive"
    assert score_text_toward("No one in the harbour town believes the alliance is a menace.", "NATO").label == "positive"
    # a double negative and a denied conflict keep rule 49
    assert score_text_toward("No one doubts NATO is weak.", "NATO").label != "positive"
    assert score_text_toward("None of the members tried to block NATO's plan.", "NATO").label == "neutral"


def test_the_target_as_pre_modifier_of_the_subject():
    # rule 63: the predicate of "NATO <noun> ... is" is about the target, counted from the copula
    text = "Eastland's envoy said on Monday that NATO naval activity around the southern islands is a serious danger to the coast."
    assert score_text_toward(text, "NATO").label == "negative"
    # a verb after the target makes it the subject of another clause
    from helpers.stance import _premodified_head
    assert _premodified_head("NATO activity", 4) and _premodified_head("NATO forces", 4)
    assert not _premodified_head("NATO says", 4) and not _premodified_head("NATO sent", 4)
    assert not _premodified_head("NATO warned", 4)


def test_bad_faith_and_deafness_of_the_target_criticise_it():
    # rule 64: the target as the subject of a verb of bad faith or of no longer listening
    assert score_text_toward('The envoy said NATO was "wilfully exaggerating" the accident.', "NATO").label == "negative"
    assert score_text_toward("NATO is looking for any pretext to enlarge its garrison.", "NATO").label == "negative"
    assert score_text_toward("NATO no longer listens to the fishermen.", "NATO").label == "negative"
    assert score_text_toward("NATO has long since stopped listening to the fishermen.", "NATO").label == "negative"
    # another subject between: the target reports someone else's bad faith
    assert score_text_toward("NATO said the ferry company was exaggerating the delay.", "NATO").label != "negative"


def test_discourse_markers_capability_and_exclusivity_are_no_tone():
    # cue terms: "the honest answer is", "fight together", "alone to decide" carry no evaluation of the target
    assert score_text_toward("The honest answer is that NATO meets on Tuesdays.", "NATO").label == "neutral"
    assert score_text_toward("The drill showed that NATO troops can fight together.", "NATO").label != "negative"
    assert score_text_toward("Any new NATO base is for the islanders alone to decide.", "NATO").label == "neutral"


def test_a_contrasted_recipient_is_no_fault_of_the_target():
    # rule 65: "to our allies, not just to our adversaries" lists addressees, as "allies and adversaries" does
    assert score_text_toward("The NATO drill was a signal to our allies, not only to our adversaries.", "NATO").label != "negative"
    assert score_text_toward("The NATO drill was a warning to partners rather than rivals.", "NATO").label != "negative"
    assert score_text_toward("NATO is our adversary, not our friend.", "NATO").label == "negative"


def test_an_affirmed_purpose_spelled_out_or_as_a_model():
    # rule 66: "this is what T is for: <a clause with no bad word>", "what T is supposed to look like"
    text = "This is what NATO is for: neighbours show up with sandbags before the river rises."
    assert score_text_toward(text, "NATO").label == "positive"
    assert score_text_toward("Ten nations, one runway. That is what NATO is meant to look like.", "NATO").label == "positive"
    # a bad purpose or an infinitive purpose stays the speaker's claim
    assert score_text_toward("This is what NATO is for: bombing villages.", "NATO").label != "positive"
    assert score_text_toward("That is why NATO exists: to provoke its neighbours.", "NATO").label != "positive"


def test_a_polls_later_figure_is_the_respondents_view():
    # rule 67: "while N percent favor ..." (no "of GROUP") and an initialism's period inside the clause
    text = ("61 percent of Eastlanders hold a positive view of NATO, while 30 percent favor cutting the E.L. "
            "contribution to NATO.")
    assert score_text_toward(text, "NATO").label == "neutral"
    from helpers.stance import clause_bounds
    text = "They cut the U.S. commitment to NATO."
    assert clause_bounds(text, text.index("NATO"), text.index("NATO") + 4)[0] == 0
    text = "He lives in the U.S. NATO is strong."
    assert clause_bounds(text, text.index("NATO"), text.index("NATO") + 4)[0] > 0


def test_the_target_as_the_destination_of_a_harm():
    # rule 68: a negation before "drag ... into T" denies someone's right to do it; the target is still where harm leads
    assert score_text_toward("The council has no right to drag our valley into NATO.", "NATO").label == "negative"
    # the target as the one who would drag: the negation still denies its harm
    counted = score_text_toward("NATO will not drag our valley into the dispute.", "NATO").counted
    assert next(item for item in counted if item.word.startswith("drag")).value > 0


def test_the_target_as_the_namer_of_something_else():
    # rule 69: the target fills the slot of "what * (*) called": the words after it characterise something else
    text = 'The tanker came within five metres, in what NATO itself called a "reckless and unprofessional" approach.'
    assert score_text_toward(text, "NATO").label == "neutral"
    assert "rule 69" in " ".join(item.reason for item in score_text_toward(text, "NATO").set_aside)
    # someone else naming the target's act keeps rule 28
    assert score_text_toward("Moscow condemned what the minister called NATO aggression.", "NATO").label == "negative"


def test_the_efficacy_of_the_target_approves_of_it():
    # rule 70: "works because/well" with the target, or a noun it pre-modifies, as the subject
    assert score_text_toward("NATO coastal radar works well because crews train every week.", "NATO").label == "positive"
    assert score_text_toward("NATO works with fishermen on the new harbour rules.", "NATO").label == "neutral"


def test_the_reporters_question_does_not_leak_into_a_fragment():
    # rule 71: 'Asked whether ..., he said it was "..."': the question's words are not the speaker's
    text = ('NATO started a radar patrol over the islands.\n\n'
            'Asked whether the NATO patrol was a dangerous provocation, Ann Lee said it was "routine."')
    assert _speaker_stance(text, "routine.") != "negative"


def test_a_repeated_promise_is_a_complaint():
    # rule 72: "keep promising/pledging" (rule 29c's persistence) with the target as subject
    assert score_text_toward("NATO keeps pledging new ferries for the islands.", "NATO").label == "negative"
    assert score_text_toward("NATO kept its pledge to the islands.", "NATO").label == "positive"


def test_less_of_a_good_toward_the_target():
    # rule 73: a verb of reducing right before an approval cue negates it
    assert score_text_toward("The governor wants to scale back the island's commitment to NATO.", "NATO").label == "negative"
    assert score_text_toward("The governor renewed the island's commitment to NATO.", "NATO").label == "positive"


def test_a_place_used_as_the_targets_instrument():
    # rule 74: treating/turning a place into the target's instrument protests against it
    assert score_text_toward("Islanders want Rome to stop treating the island as NATO's firing range.", "NATO").label == "negative"
    assert score_text_toward("They turned our bay into a staging area for NATO.", "NATO").label == "negative"
    assert score_text_toward("NATO used the island as a base for rescue flights.", "NATO").label == "neutral"
