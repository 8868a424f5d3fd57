"""Round six of speaker attribution: general constructions, each with an invented sentence."""
from __future__ import annotations

from helpers.articles import article_from_text
from helpers.quotes import extract_quotes
from helpers.speakers import ministry_forms


def findings_of(body: str):
    front = "---\ntitle: Test story\n---\n\n"
    return extract_quotes(article_from_text(front + body + "\n\nThe story continues with more text for readers."))


def speakers_of(body: str) -> dict[str, tuple[str, list[str]]]:
    findings = findings_of(body)
    aliases = {speaker.name: speaker.aliases for speaker in findings.speakers}
    return {quote.text: (quote.speaker, aliases.get(quote.speaker, [])) for quote in findings.quotes}


def test_a_countrys_ministry_also_has_its_formal_name():
    assert ministry_forms("Chile's foreign ministry") == ["Chilean Ministry of Foreign Affairs", "Chilean Foreign Ministry"]
    assert ministry_forms("the Kenyan Ministry of Health") == ["Kenyan Ministry of Health", "Kenyan Health Ministry"]
    assert ministry_forms("the ministry") == [] and ministry_forms("Acme's sales ministry") == []


def test_ministry_speaker_carries_the_formal_name_as_alias():
    found = speakers_of('Chile\'s defense ministry said the new radar would be "fully working by spring."')
    speaker, aliases = next(iter(found.values()))
    assert speaker == "Chile's defense ministry" and "Chilean Ministry of Defense" in aliases


def test_what_it_called_belongs_to_the_subject_not_the_latest_organisation():
    found = speakers_of('The Harbour Authority fined the shipping line. In Lisbon, the Dockworkers Union welcomed what it '
                        'called a sign of "common sense" at last.')
    assert found["common sense"][0] == "Dockworkers Union"


def test_what_she_called_inside_a_longer_clause():
    found = speakers_of('Transport Minister Ana Lopes thanked the drivers for what she called "a calm and patient week," '
                        'but said more work remained.')
    assert found["a calm and patient week,"][0] == "Ana Lopes"


def test_what_he_described_as_with_words_between():
    found = speakers_of('Senator Paul Ricci of the farm caucus welcomed what he described as the council\'s "sensible" budget.')
    assert found["sensible"][0] == "Paul Ricci"


def test_speech_reported_inside_a_that_clause_is_not_a_second_item():
    findings = findings_of('Mayor Lena Fromm said that the ministry had promised the town a bridge only to "win the vote" '
                           'in the spring.')
    indirect = [quote for quote in findings.quotes if quote.kind == "indirect"]
    assert [quote.speaker for quote in indirect] == ["Lena Fromm"]
    assert {quote.speaker for quote in findings.quotes} == {"Lena Fromm"}


def test_calling_after_a_statement_is_the_subjects_characterisation():
    found = speakers_of('Coach Ivo Brandt praised his defence. The Interior Department welcomed the report in a statement on '
                        'Friday, calling it "a clear plan for the next decade."')
    assert found["a clear plan for the next decade."][0] == "Interior Department"


def test_calling_after_a_subject_with_a_lower_case_role_and_a_particle_name():
    found = speakers_of('Race director Piet Smits praised the volunteers. "It was perfect," he said.\n\n'
                        'Harbour mayor Anna de Vries-Kok congratulated the crews in a statement, calling the regatta '
                        '"a proud day for every sailor in this town."')
    assert found["a proud day for every sailor in this town."][0] == "Anna de Vries-Kok"


def test_lower_case_role_before_a_name_with_particles():
    from helpers.speakers import read_speaker
    mention = read_speaker("festival director Jan van der Berg")
    assert (mention.name, mention.role, mention.type) == ("Jan van der Berg", "festival director", "named")


def test_department_short_and_long_names():
    from helpers.speakers import department_forms
    assert department_forms("the Commerce Department") == ["Department of Commerce"]
    assert department_forms("the U.S. Department of Agriculture") == ["Agriculture Department"]
    assert department_forms("the department") == []


def test_products_with_digits_or_made_modifiers_are_not_people():
    from helpers.entities import classify_name
    assert classify_name("Swedish-built Gripen") is None and classify_name("Patriot PAC-3") is None
    assert classify_name("Ann Roe-Smith") == "person"


def test_he_after_a_weapon_name_is_the_person_quoted_before():
    found = speakers_of('Analyst Jonas Brandt said the deal was a mistake. The navy bought its first French-made '
                        'Rafale M-2 jets in 2020.\n\n"Paris needs the order," he said.')
    assert found["Paris needs the order,"][0] == "Jonas Brandt"


def test_deputy_and_finance_titles_are_split_from_the_name():
    from helpers.speakers import read_speaker
    mention = read_speaker("Deputy Comptroller Maria T. Okoye")
    assert (mention.name, mention.role) == ("Maria T. Okoye", "Deputy Comptroller")
    found = speakers_of("Acting Treasurer Paul J. Obi told a budget forum on Monday that the deficit would narrow.")
    assert found["the deficit would narrow"][0] == "Paul J. Obi"


def test_a_rate_he_described_as_is_the_pronouns_person():
    found = speakers_of('The captain said the ferry now crosses four times a day, a pace he described as "unthinkable" '
                        'a decade ago.')
    assert found["unthinkable"][0].lower() == "the captain"


def test_told_an_audience_in_city_region_that():
    found = speakers_of("Governor Lisa M. Park drew criticism after telling a crowd in Tulsa, Oklahoma, that the budget "
                        "was already spent.")
    assert found["the budget was already spent"][0] == "Lisa M. Park"


def test_the_coach_is_the_clubs_manager_and_the_club_is_the_body_before_the_role():
    found = speakers_of('Northgate Athletic manager Rosa Klein praised her defenders after the draw on Saturday.\n\n'
                        'Klein said the result was "fair on the day."\n\n'
                        'The coach admitted her side had been "too nervous" early on.\n\n'
                        'Their striker has a knee injury and will miss two games, the club said on Sunday.')
    assert found["too nervous"][0] == "Rosa Klein"
    assert found["Their striker has a knee injury and will miss two games"][0] == "Northgate Athletic"


def test_the_envoy_is_the_ambassador_quoted_before():
    found = speakers_of('Ambassador Tomas Reyes met the foreign minister on Monday. "We had a frank talk," Reyes said.\n\n'
                        'The envoy said the two sides would meet again in May.')
    assert found["the two sides would meet again in May"][0] == "Tomas Reyes"


def test_a_body_before_a_role_noun_is_an_organisation_entity():
    from helpers.articles import article_from_text
    from helpers.entities import find_entities
    article = article_from_text("---\ntitle: T\n---\n\nBlue Harbor Foods chief executive Dana Wu said sales rose.\n")
    kinds = {entity.name: (entity.kind, entity.roles) for entity in find_entities(article)}
    assert kinds["Dana Wu"] == ("person", ["Blue Harbor Foods chief executive"])
    assert kinds["Blue Harbor Foods"][0] == "organization"


def test_the_commander_is_the_person_who_commanded():
    found = speakers_of('Col. Mia Tran, who commanded the relief convoy from the port, said the roads had reopened.\n\n'
                        '"We moved 40 trucks in a day," the commander said.')
    assert found["We moved 40 trucks in a day,"][0] == "Mia Tran"


def test_a_counted_group_of_allies_is_a_group_speaker():
    found = speakers_of("In a joint statement, the 14 allies said the mission would continue into next year.")
    assert found["the mission would continue into next year"][0] == "the 14 allies"


def test_a_surname_with_capitalised_particles():
    found = speakers_of('Dutch skater Anouk Van der Linde won the final on Sunday.\n\n'
                        '"The ice was perfect," Van der Linde told reporters after the race.')
    assert found["The ice was perfect,"][0] == "Anouk Van der Linde"


def test_according_to_a_description_then_the_bodys_name():
    found = speakers_of("According to Norway's national food safety agency, NFSA-N, the samples were clean.")
    assert found["the samples were clean"][0] == "NFSA-N"


def test_a_document_of_the_meeting_is_its_issuers():
    found = speakers_of("The two ministers also discussed grain exports, according to a Kremlin readout of the call.")
    assert found["The two ministers also discussed grain exports"][0] in ("Kremlin", "Russia")


def test_possessive_management_and_family_are_group_speakers():
    found = speakers_of("According to her management, she will skip the indoor season.")
    assert found["she will skip the indoor season"][0] == "her management"


def test_reported_content_may_start_with_a_quantity():
    for sentence, content in (("Rescuers said at least 12 people were missing.", "at least 12 people were missing"),
                              ("The coast guard said as many as 30 boats had capsized.", "as many as 30 boats had capsized"),
                              ("Firefighters said over 200 homes were damaged.", "over 200 homes were damaged")):
        found = speakers_of(sentence)
        assert content in found, sentence


def test_plural_groups_and_company_nouns_are_speakers():
    from helpers.speakers import read_speaker
    assert read_speaker("Rescue teams").type == "anonymous" and read_speaker("Border guards").type == "anonymous"
    assert read_speaker("The airline").type == "organization"


def test_its_spokesperson_names_no_body():
    found = speakers_of("The harbour office said two cranes were down. Its spokesperson, Ana Lind, said repairs had begun.\n\n"
                        "Some wharf space is closed, the company said.")
    assert found["Some wharf space is closed"][0] != "Its"


def test_a_delegation_or_watchdog_is_an_organisation_speaker():
    found = speakers_of("The European Union's delegation in Moldova said in a statement that the vote was fair.")
    assert "delegation" in found["the vote was fair"][0]


def test_second_verb_after_and_belongs_to_the_title_subject_not_the_object():
    found = speakers_of("President Lara Voss spoke today with Prime Minister Omar Haddad of Jordan. The President thanked the "
                        "Prime Minister for his hospitality and reaffirmed that the partnership remains strong.")
    assert found["the partnership remains strong"][0] == "Lara Voss"


def test_sentence_final_attribution_before_a_summary_with_a_superlative():
    found = speakers_of("Chile will raise its fuel tax by 3% next year, the finance ministry said Monday, the largest rise in a decade.")
    assert found["Chile will raise its fuel tax by 3% next year"][0] == "finance ministry"


def test_and_inside_a_party_name_with_a_lower_case_party():
    found = speakers_of("The opposition Bread and Freedom party said the budget was unfair.")
    assert "Bread and Freedom party" in found["the budget was unfair"][0]


def test_the_acronym_who_is_not_a_relative_pronoun():
    found = speakers_of("WHO Director-General Lena Sato said the agency had counted 900 cases.\n\n"
                        '"We need more doctors," the WHO chief said.')
    assert found["the agency had counted 900 cases"][0] == "Lena Sato"
    assert found["We need more doctors,"][0] == "Lena Sato"


def test_the_ministry_after_a_minister_is_that_ministers_ministry():
    found = speakers_of("Peru's health minister, Rosa Quispe, said clinics would open on Monday. The ministry later said "
                        "in a statement that 300 nurses had been hired.")
    speaker, aliases = found["300 nurses had been hired"]
    assert speaker == "Peru's health ministry" and "Peruvian Ministry of Health" in aliases


def test_a_name_before_an_appositive_is_not_reported_content():
    findings = findings_of("Sen. Mia Holt, D-Ore., the top Democrat on the budget panel, questioned the price.")
    assert not [quote for quote in findings.quotes if quote.kind == "indirect"]


def test_a_person_named_in_reported_words_does_not_take_the_reporters_pronoun():
    found = speakers_of("Mayor Ines Varga met transport officials on Monday. She told reporters that she had raised the "
                        'matter with Commissioner Dana Kolar.\n\n"The commissioner knows the problem," she said.')
    assert found["The commissioner knows the problem,"][0] == "Ines Varga"


def test_attribution_inside_the_reported_clause():
    found = speakers_of("The new bridge, Mayor Ida Berg said, would open in the spring.")
    assert found["The new bridge, Mayor Ida Berg said, would open in the spring"][0] == "Ida Berg"


def test_told_an_outlet_by_name_without_that():
    found = speakers_of("Minister Ola Dahl told The Baltic Times the ferry would resume in June.")
    assert found["the ferry would resume in June"][0] == "Ola Dahl"


def test_british_spelling_signalled():
    found = speakers_of("Minister Ola Dahl signalled that the talks could resume.")
    assert found["the talks could resume"][0] == "Ola Dahl"


def test_reports_and_their_makers_as_speakers():
    from helpers.speakers import read_speaker
    assert read_speaker("a 2023 study by the Ocean Data Institute").name == "Ocean Data Institute"
    assert read_speaker("a new Ipsos poll").name == "Ipsos"
    assert read_speaker("a report commissioned by the town").type == "anonymous"
    found = speakers_of("Opponents cited a report commissioned by the port, which estimated that the dredging would cost $40 million.")
    assert found["the dredging would cost $40 million"][0] == "a report commissioned by the port"


def test_colon_intro_after_an_opening_participle_phrase():
    found = speakers_of("Speaking at a port in Gdansk on Friday, Minister Ewa Lis reflected on the harbour's long history:\n\n"
                        '"This harbour has seen wars and strikes, and it is still here."')
    assert found["This harbour has seen wars and strikes, and it is still here."][0] == "Ewa Lis"


def test_chanted_words_are_the_crowds():
    found = speakers_of('In Lyon, several thousand farmers marched to the prefecture on Monday, chanting "No farms, no food."')
    assert found["No farms, no food."][0] == "several thousand farmers"


def test_interview_turns_labelled_with_a_surname():
    body = ("Former envoy Lise Sorvik spoke with reporter Adam Cole about the talks.\n\n"
            "Cole: Will the talks succeed?\n\n"
            "Sorvik: Slowly, yes. Both sides need a deal more than they admit.\n\n"
            "Sorvik said later that a second round was planned for June.")
    findings = findings_of(body)
    direct = {quote.text: quote.speaker for quote in findings.quotes if quote.kind == "direct"}
    assert direct["Slowly, yes. Both sides need a deal more than they admit."] == "Lise Sorvik"
    assert not any("second round" in text for text in direct)


def test_long_according_to_sources():
    found = speakers_of("According to a report by the Baltic Institute for Energy Security published on Monday, gas use fell by a third.")
    assert found["gas use fell by a third"][0] == "Baltic Institute for Energy Security"
    found = speakers_of("Gas use fell by a third, according to a report published Monday by the Baltic Institute for Energy Security.")
    assert found["Gas use fell by a third"][0] == "Baltic Institute for Energy Security"
    found = speakers_of("According to the indictment, the two men forged the permits.")
    assert found["the two men forged the permits"][0] == "the indictment"


def test_person_of_a_described_firm_and_a_described_firm_alone():
    from helpers.speakers import read_speaker
    mention = read_speaker("pollster Ana M. Roth of the Vienna firm Civis Data")
    assert (mention.name, mention.type) == ("Ana M. Roth", "named")
    assert read_speaker("Norwegian shipping group Fjord Line").type == "organization"


def test_a_collective_body_is_one_speaker_and_takes_its_later_name():
    findings = findings_of("A coalition of 20 fishing unions said that it would block the harbour on Monday.\n\n"
                           "The Coastal Fishers Coalition, founded in 2019, represents 4,000 boats.")
    quote = next(quote for quote in findings.quotes if quote.text == "it would block the harbour on Monday")
    assert quote.speaker == "Coastal Fishers Coalition"
    speaker = next(speaker for speaker in findings.speakers if speaker.name == quote.speaker)
    assert speaker.type == "organization" and "A coalition of 20 fishing unions" in speaker.aliases


def test_a_name_described_as_a_company_is_an_organisation():
    from helpers.speakers import read_speaker
    assert read_speaker("Vestgas, the state energy company").type == "organization"
    assert read_speaker("Ann Roe, a union official").type == "named"


def test_what_it_called_after_another_characterising_verb():
    found = speakers_of('The Harbour Authority condemned what it called "reckless" driving by truckers at the gate.')
    assert found["reckless"][0] == "Harbour Authority"


def test_accused_of_with_a_partial_quote_and_the_opposition_as_speaker():
    found = speakers_of('The opposition accused the mayor of "hiding the bill from voters."')
    assert found["hiding the bill from voters."][0] == "opposition"


def test_a_relative_named_by_given_name_takes_the_next_pronoun():
    found = speakers_of('Mayor Paul Dorn said the road would reopen soon.\n\n'
                        'Shop owner Lena Wirth said sales had halved. Her husband, Tomas, blamed the contractor. '
                        '"They promised June," he said.')
    assert found["They promised June,"][0] == "Tomas"


def test_the_company_after_a_name_described_with_the_and_a_company_noun():
    found = speakers_of('Tessel Brandt, the ferries\' manufacturer, welcomed the order. "It is a vote of confidence," '
                        'the company said in a statement.')
    assert found["It is a vote of confidence,"][0] == "Tessel Brandt"


def test_age_before_a_relative_clause_in_the_subject():
    found = speakers_of("Marta Kos, 68, whose farm was under water for a week, said she would not plant again this year.")
    assert found["she would not plant again this year"][0] == "Marta Kos"


def test_asked_whether_is_an_indirect_question():
    found = speakers_of("Councillor Jana Vlk asked the engineer whether the bridge could carry buses.")
    assert found["whether the bridge could carry buses"][0] == "Jana Vlk"
    assert not speakers_of("Councillor Jana Vlk asked for more time.")


def test_military_bodies_and_documents_from_a_body():
    from helpers.speakers import read_speaker
    assert read_speaker("Latvia's air force").type == "organization"
    assert read_speaker("the General Staff").type == "organization"
    assert read_speaker("General Ruiz").type == "named"
    assert read_speaker("A statement from the Transport Ministry").name == "Transport Ministry"


def test_more_verbs_with_that():
    for verb in ("commented", "revealed", "disclosed", "disputed"):
        found = speakers_of(f"Treasurer Ola Berg {verb} that the fund had lost money.")
        assert found["the fund had lost money"][0] == "Ola Berg", verb
    assert not speakers_of("Treasurer Ola Berg declined to comment.")


def test_a_trailing_according_to_does_not_take_a_sentence_with_its_own_speaker():
    findings = findings_of("Ivar Lund, a retired pilot, said flights over the fjord had doubled since 2022, according to "
                           "figures compiled by the airport.")
    indirect = [(quote.speaker, quote.text) for quote in findings.quotes if quote.kind == "indirect"]
    assert indirect == [("Ivar Lund", "flights over the fjord had doubled since 2022")]


def test_reported_clause_whose_subject_has_a_relative_clause():
    found = speakers_of("Minister Ola Berg said the agency, which was set up in 2019, had never met its targets.")
    assert found["the agency, which was set up in 2019, had never met its targets"][0] == "Ola Berg"


def test_a_long_appositive_with_and():
    found = speakers_of("Lena Saar, a member of parliament for the Green party and a member of its budget committee, "
                        "said the cuts would hurt schools.")
    assert found["the cuts would hurt schools"][0] == "Lena Saar"


def test_plural_agent_nouns_are_group_speakers_but_surnames_are_not():
    found = speakers_of("Many cocoa growers say the buyers have cut prices again.")
    assert found["the buyers have cut prices again"][0] == "many cocoa growers"
    found = speakers_of("Mayor Ann Peters said the plan was late. Peters added that it would cost more.")
    assert found["it would cost more"][0] == "Ann Peters"


def test_reported_content_then_a_partial_quote_after_a_comma():
    findings = findings_of('Judge Ana Popa said the court had received 40 complaints, "none of which would change the result."')
    kinds = {quote.kind: quote.speaker for quote in findings.quotes}
    assert kinds == {"indirect": "Ana Popa", "mixed": "Ana Popa"}


def test_unattributed_quote_after_a_sentence_about_a_speaker_quoted_earlier():
    body = ('"The dam is safe for now," engineer Rita Rask told reporters.\n\n'
            'Town manager Olav Dahl said the road would stay closed. "Safety first," Dahl said.\n\n'
            'Asked about the long term, Rask was careful. "Nobody can promise anything after this winter."')
    found = speakers_of(body)
    assert found["Nobody can promise anything after this winter."][0] == "Rita Rask"


def test_a_one_word_name_referred_to_as_the_company_or_it_is_an_organisation():
    findings = findings_of("Vestgaz said gas flows had resumed. The company added that storage was 80% full. "
                           "It said prices would rise.")
    assert {quote.speaker for quote in findings.quotes} == {"Vestgaz"}
    assert [speaker.type for speaker in findings.speakers] == ["organization"]
    findings = findings_of("Mayor Ann Peters said the plan was late. Peters added that it would cost more.")
    assert [speaker.type for speaker in findings.speakers] == ["named"]


def test_people_who_gave_only_a_first_name():
    found = speakers_of('"We stay," said one fisherman, a 50-year-old father who gave his name only as Piet.')
    assert found["We stay,"][0] == "Piet"
    found = speakers_of("One nurse, who asked to be identified only by her first name, Hanna, said the ward was full.")
    assert found["the ward was full"][0] == "Hanna"


def test_more_role_equivalents_and_expert_words():
    found = speakers_of('Ambassador Lea Kranz met the minister on Monday. "It went well," Kranz said. '
                        'The diplomat said the talks would continue.')
    assert found["the talks would continue"][0] == "Lea Kranz"
    found = speakers_of('Dr. Ivo Marr, an epidemiologist at Leiden, said the risk was low. "We need more data," the scientist said.')
    assert found["We need more data,"][0] == "Ivo Marr"


def test_an_anonymous_person_described_by_a_role_is_the_later_role_noun():
    found = speakers_of('A second person, a Western diplomat briefed on the talks, said the allies had been consulted. '
                        '"Nobody likes surprises," the diplomat said.')
    assert found["Nobody likes surprises,"][0] == "a second person"


def test_two_titled_people_speaking_together():
    found = speakers_of("Estonian President Alar Kask and Latvian President Ilze Berzina said in a joint statement "
                        "that the border would stay open.")
    assert found["the border would stay open"][0] == "Alar Kask and Ilze Berzina"
    found = speakers_of("Officials met Ann Roe and Jan Kos said the border would stay open.")
    assert found["the border would stay open"][0] != "Ann Roe and Jan Kos"


def test_the_company_after_a_body_described_as_an_operator():
    found = speakers_of("Gridlink, the national grid operator, said repairs were complete. "
                        "The company urged households to limit their use of power.")
    assert found["households to limit their use of power"][0] == "Gridlink"
    from helpers.speakers import read_speaker
    assert read_speaker("Ann Roe, a crane operator").type == "named"


def test_bare_q_paragraphs_are_reporter_turns_in_a_labelled_transcript():
    found = speakers_of("MS. LANGE: Good afternoon, everyone. I have one update on the harbour plan.\n\n"
                        "Q Thanks, Mirelle. Will the mayor sign the harbour budget this week?\n\n"
                        "MS. LANGE: She will, and the council expects no delay.")
    reporter = [text for text, (speaker, _) in found.items() if speaker == "unnamed reporter"]
    assert reporter and reporter[0].startswith("Thanks, Mirelle.")
    assert any(text.startswith("She will") for text, (speaker, _) in found.items() if speaker != "unnamed reporter")


def test_a_travel_dateline_is_no_person():
    from helpers.articles import article_from_text
    from helpers.entities import find_entities
    article = article_from_text("---\ntitle: Test story\n---\n\nAboard the Royal Barge\nEn Route to Springfield, Ohio\n\n"
                                "MR. DALBY: Good morning. He said the barge would dock at noon.")
    assert not [entity.name for entity in find_entities(article) if entity.kind == "person" and "Route" in entity.name]


def test_periphrastic_clear_frames_report_speech():
    found = speakers_of("The harbour chief made it clear that the quay would close in May.")
    assert found["the quay would close in May"][0].lower() == "the harbour chief"
    found = speakers_of("Mayor Ivo Brandt has been very clear that the levy will stay.")
    assert found["the levy will stay"][0] == "Ivo Brandt"
    assert not speakers_of("The survey data made clear that the levy will stay.")


def test_how_often_between_said_and_that():
    found = speakers_of("The governor has said many times that the old ferry must be replaced.")
    assert found["the old ferry must be replaced"][0].lower() == "the governor"


def test_a_report_in_an_outlet_is_the_outlets_claim():
    found = speakers_of("There is a report in the Valley Courier today that the mill will close.")
    assert found["the mill will close"][0] == "Valley Courier"


def test_called_for_someone_to_do_something_is_an_appeal():
    found = speakers_of("The farmers' union called for the county to drop the water tax.")
    assert "the county to drop the water tax" in found
    assert not speakers_of("The farmers' union has called for years to end the water tax.")


def test_a_second_subject_and_cue_ends_the_first_content():
    found = speakers_of("Ann Mole said the ferry was late, and she told reporters that the fares would rise.")
    assert "the ferry was late" in found and "the fares would rise" in found


def test_which_after_a_body_with_its_acronym_or_an_appositive():
    found = speakers_of("The loudest protest came from the Green League of Osterland (GLO), which has long called for "
                        "Osterland to quit the pact.")
    assert found["Osterland to quit the pact"][0].startswith("Green League of Osterland")
    found = speakers_of("The plan was criticised by the Budget Office, the state's spending watchdog, which warned in May "
                        "that the plan would raise the deficit.")
    assert found["the plan would raise the deficit"][0] == "Budget Office"


def test_colon_introducer_with_a_relative_clause_after_an_opening_phrase():
    found = speakers_of('At a meeting with growers in Tarvik, Dr. Maren Holt, who runs the seed bank\'s cold store, put it bluntly:'
                        '\n\n"We are losing ground. The old seeds fail."')
    assert found["We are losing ground. The old seeds fail."][0] == "Maren Holt"


def test_according_to_a_bodys_figures_is_that_body():
    found = speakers_of("According to police figures, 40 bicycles were stolen in May.")
    assert found["40 bicycles were stolen in May"][0] == "police"
    found = speakers_of("According to official figures, 40 bicycles were stolen in May.")
    assert found["40 bicycles were stolen in May"][0] != "official"


def test_in_a_capital_the_government_is_that_countrys_government():
    found = speakers_of("In Valletta, the government said the fuel tax would stay.")
    assert found["the fuel tax would stay"][0] == "Maltese government"
    found = speakers_of("In Tarvik, the government said the fuel tax would stay.")
    assert found["the fuel tax would stay"][0] != "Maltese government"


def test_one_of_them_after_a_counted_group_and_the_singular_later():
    found = speakers_of("Two engineers who inspected the dam said the cracks had been small. One of them, who asked not to be "
                        "named, said the county had delayed the repairs. \"Nobody wanted to pay,\" the engineer said.")
    assert found["the county had delayed the repairs"][0] == "one of the two engineers"
    assert found["Nobody wanted to pay,"][0] == "one of the two engineers"


def test_a_name_after_often_called_is_no_quote():
    found = speakers_of('Dr. Ann Mole said the fields were wet. Weeds that resist many sprays, often called "superweeds," '
                        'spread easily in wet fields.')
    assert "superweeds," not in found and "superweeds" not in found


def test_attitude_verbs_are_not_reported_speech():
    found = speakers_of("The Mayor believes the harbour is safe. The council thinks the tax is fair.")
    assert not found


def test_he_in_a_coordinated_clause_is_the_first_clauses_subject():
    found = speakers_of("Ann Mole spoke first. The Mayor believes the bridge is safe, and he told the council that repairs can wait.")
    assert found["repairs can wait"][0].lower() == "the mayor"


def test_he_in_a_press_officers_answer_is_not_the_reporter():
    found = speakers_of("MS. LANGE: Good afternoon. The Governor called the mayor today.\n\n"
                        "Q Did they discuss the harbour budget at all?\n\n"
                        "MS. LANGE: Briefly. He said that the budget would pass.")
    assert found["the budget would pass"][0] != "unnamed reporter"


def test_unquoted_readout_under_an_attributable_to_line_is_the_spokespersons():
    findings = findings_of("READOUT\n\nThe following is attributable to Spokesperson Pella Q. Marrow:\n\n"
                           "Minister Tovan Ilic met today with his Dorvish counterpart in Kestrel. The two discussed grain exports.\n\n"
                           "Minister Ilic stressed that the river ports must reopen before winter.\n\nREMARKS")
    readout = [quote for quote in findings.quotes if quote.kind == "direct"]
    assert len(readout) == 1 and readout[0].speaker == "Pella Q. Marrow"
    assert readout[0].text.startswith("Minister Tovan Ilic met") and readout[0].text.endswith("before winter.")
    nested = [quote for quote in findings.quotes if quote.kind == "indirect"]
    assert nested and nested[0].speaker == "Tovan Ilic"


def test_press_statement_header_line_names_the_speaker_of_the_quoted_block():
    findings = findings_of("Press Statement\n\nOrla B. Venn, Ministry Spokesperson\n\nMarch 3, 2030\n\n"
                           "\u201cWe welcome the reopening of the Tarvel crossing and thank everyone who worked for it.\n\n"
                           "\u201cThe ministry will keep its staff at the border through the spring.\u201d")
    direct = [quote for quote in findings.quotes if quote.kind == "direct"]
    assert direct and all(quote.speaker == "Orla B. Venn" for quote in direct)


def test_a_byline_is_not_a_statement_header():
    findings = findings_of("By Ruth Calloway, Staff Writer\n\n\u201cNobody expected the bridge to close so soon, and nobody knows when it opens.\u201d")
    assert all(quote.speaker != "Ruth Calloway" for quote in findings.quotes)


def test_a_name_before_radio_is_a_broadcaster_not_the_next_he():
    found = speakers_of("The mayor of Corvel, Tobias Renn, told Valmont Info radio on Friday that the dam had held. "
                        "He said crews had cleared the main road by noon.")
    assert found["crews had cleared the main road by noon"][0] == "Tobias Renn"


def test_the_agency_after_a_newspaper_is_the_public_agency_just_quoted():
    found = speakers_of("According to the local newspaper Le Petit Orme, about 900 homes lost power. "
                        "Hydro-Sarel said on Friday that the river had peaked overnight. The water should fall by Sunday, the agency said.")
    assert found["The water should fall by Sunday"][0] == "Hydro-Sarel"


def test_the_municipality_and_the_prefecture_are_organisation_speakers():
    found = speakers_of("The municipality said in a statement on Monday that it had approved 300 new flats. "
                        "The prefecture said the coast road would stay closed.")
    assert found["it had approved 300 new flats"][0] == "municipality"
    assert found["the coast road would stay closed"][0] == "prefecture"


def test_a_request_for_anonymity_is_not_reported_speech():
    found = speakers_of("A shop owner in Tolvo, who asked that her full name be withheld because her son is a soldier, "
                        "said the drivers were always polite.")
    assert not any(text.startswith("her name") for text in found)
    assert found["the drivers were always polite"][0] == "A shop owner in Tolvo"


def test_a_possessive_after_a_non_english_letter_is_no_part_of_the_name():
    found = speakers_of("TOLVO, VARNIA \u2014 At the counter of Maria Kovalė\u2019s bakery in this small town, Polish is heard.\n\n"
                        "\u201cThey take the rye loaves by the dozen,\u201d she said.")
    assert found["They take the rye loaves by the dozen,"][0] == "Maria Kovalė"


def test_one_user_and_an_elliptical_another():
    found = speakers_of('"At last the bus runs on Sundays," one user wrote online, while another complained that the app '
                        'would be "scrapped by stealth".')
    assert found["At last the bus runs on Sundays,"][0] == "one user"
    assert found['the app would be "scrapped by stealth"'][0] == "another user"


def test_according_to_its_report_is_the_sentences_organisation():
    found = speakers_of("Norra Air, a low-cost carrier, opened two routes. The airline made a profit of 3 million euros in the "
                        "quarter, according to its annual report published last week.")
    assert found["The airline made a profit of 3 million euros in the quarter"][0] == "Norra Air"


def test_a_clause_before_a_colon_is_reported_speech_and_the_quote_its_own_item():
    found = speakers_of('Ana Roe, an analyst at Kestrel Bank in Oslo, said the merger brought risks as well as gains: '
                        '"Nothing about this is cheap. Nothing about it is quick."')
    assert found["the merger brought risks as well as gains"][0] == "Ana Roe"
    assert found["Nothing about this is cheap. Nothing about it is quick."][0] == "Ana Roe"


def test_whom_she_described_as_is_the_clauses_subject():
    found = speakers_of('Prime Minister Ada Lenz thanked the nurses, whom she described as "tireless".')
    assert found["tireless"][0] == "Ada Lenz"


def test_was_quoted_as_saying():
    found = speakers_of('"We will not leave," Mayor Ivo Brant was quoted as saying. '
                        'Councillor Ruth Sand was quoted as saying that the depot would reopen in May.')
    assert found["We will not leave,"][0] == "Ivo Brant"
    assert found["the depot would reopen in May"][0] == "Ruth Sand"


def test_a_name_with_a_long_appositive_then_put_it_bluntly_colon():
    found = speakers_of("Retired Gen. Ivo Brant, a former deputy commander of the Varnian Army who now teaches at the Kestrel "
                        'Institute, put it more bluntly: "Anyone who has driven that road knows the plan is folly."')
    assert found["Anyone who has driven that road knows the plan is folly."][0] == "Ivo Brant"


def test_she_laid_out_the_choices_this_way_introduces_the_next_paragraphs_quote():
    found = speakers_of("For Ana Roe, research director at the Kestrel Institute in Oslo, the argument misses a larger shift.\n\n"
                        'She laid out the choices this way:\n\n"Two paths are open. On one, the town grows."')
    assert found["Two paths are open. On one, the town grows."][0] == "Ana Roe"


def test_a_quoted_book_title_is_nobody_a_later_he_can_mean():
    found = speakers_of('Tom Vale sees it differently. A senior fellow at the Kestrel Institute and the author of "The Long Night," '
                        "a book on postwar budgets, he has argued for years that the town spends too much.")
    assert found["the town spends too much"][0] == "Tom Vale"


def test_according_to_a_statement_from_a_body_in_a_city_and_the_statement_said():
    found = speakers_of("According to a statement from Varnia's Air Command in Tolvo, Germany, two jets were scrambled to meet a "
                        'transport plane. The plane was escorted by two fighters, one of which "veered sharply across the path of '
                        'the first jet without any warning," the statement said.')
    assert found["two jets were scrambled to meet a transport plane"][0] == "Varnia's Air Command"
    assert found["veered sharply across the path of the first jet without any warning,"][0] == "Varnia's Air Command"


def test_a_participial_phrase_after_a_group_subject_is_no_part_of_the_speaker():
    found = speakers_of("Two Varnian diplomats, speaking on condition of anonymity because they were not authorised to brief "
                        "reporters, said the talks would resume in May.")
    assert found["the talks would resume in May"][0] == "Two Varnian diplomats"


def test_her_ministry_is_the_ministers_named_ministry():
    found = speakers_of("Varnia's Health Minister, Ana Ruiz, thanked the nurses. Her ministry said the two field clinics had reopened.")
    assert found["the two field clinics had reopened"][0] == "Varnia's Health Ministry"
    found = speakers_of("Ana Ruiz said the talks went well. Her ministry said the next round would be in May.")
    assert found["the next round would be in May"][0] == "Her ministry"  # no minister's title: left as written


def test_lead_coordination_of_two_speakers_and_the_unnamed_one_named_later_by_repeated_words():
    found = speakers_of('Varnian officials on Monday condemned a decision by the council to build a depot, with the ministry '
                        'warning that Tolvo would "weigh its options" and a senior lawmaker calling the move "a needless gamble".\n\n'
                        "The council voted on Friday.\n\n"
                        'Tom Vale, deputy chairman of the defence committee, told reporters that the depot was "a needless gamble" for the region.')
    assert found['Tolvo would "weigh its options"'][0] == "ministry"
    assert found["a needless gamble"][0] == "Tom Vale"


def test_said_in_a_statement_on_sunday_evening_that():
    found = speakers_of("The ministry said in a statement on Sunday evening that the town would be consulted. "
                        "The minister said early elections would be held.")
    assert found["the town would be consulted"][0] == "ministry"
    assert "early elections would be held" in found


def test_chanted_after_and_banners_reading_and_a_headline_are_quotes_of_the_crowd_or_outlet():
    found = speakers_of('Protesters carried torches and chanted "Tolvo is no firing range" as they passed the hall. '
                        'Marchers carried banners reading "Hands off our valley". '
                        'The pro-government daily Morgenpost ran its front-page story under the headline "Tanks Come to Tolvo".')
    assert found["Tolvo is no firing range"][0] == "protesters"
    assert found["Hands off our valley"][0] == "Marchers"
    assert found["Tanks Come to Tolvo"][0] == "Morgenpost"
    found = speakers_of('Ann Roe wrote a book under the headline "Tanks Come to Tolvo".')
    assert "Tanks Come to Tolvo" not in found  # a person is no outlet: still a title


def test_said_in_a_post_on_its_page_that():
    found = speakers_of('The Varnian Embassy in Tolvo said in a post on its Kestrelgram page that joining the pact would '
                        '"upset the old settlement" created by the treaty.')
    assert found['joining the pact would "upset the old settlement" created by the treaty'][0] == "Varnian Embassy in Tolvo"


def test_a_colon_intro_whose_words_start_with_a_preposition_is_no_reported_clause():
    found = speakers_of('The minister said in a speech on Monday: "Nothing about this is cheap."')
    assert [text for text in found] == ["Nothing about this is cheap."]


def test_capitalised_weapon_names_are_no_people_for_a_later_he_or_she():
    from helpers.entities import classify_name
    assert classify_name("Hadley Fighting Vehicles") is None and classify_name("Storm Shadow Missiles") is None
    found = speakers_of("Col. Ana Roe said her brigade had moved its tanks and Hadley Fighting Vehicles to the range in a day, "
                        'a tempo she described as "rough, but fast enough."')
    assert found["rough, but fast enough."][0] == "Ana Roe"


def test_a_that_less_clause_with_an_intransitive_present_verb():
    found = speakers_of("Tom Vale, a platoon sergeant in the supply company, said the hard part lies in the paperwork.")
    assert found["the hard part lies in the paperwork"][0] == "Tom Vale"


def test_a_clause_ending_in_a_partial_quote_before_she_said_is_reported_speech():
    found = speakers_of('Dr. Ina Holm said the rain was unusual. Her team plans to publish a study "before the spring", she said.')
    assert found['Her team plans to publish a study "before the spring"'][0] == "Ina Holm"
    assert found["before the spring"][0] == "Ina Holm"
    found = speakers_of('Ina Holm spoke first. "We will stay," she said.')
    assert list(found) == ["We will stay,"]


def test_the_title_and_the_title_agreed_is_a_joint_speaker():
    found = speakers_of("Secretary of State Ana Roe met today with Varnian Foreign Minister Tom Vale in Tolvo. Secretary Roe "
                        "underscored that the treaty remains firm. The Secretary and the Foreign Minister agreed that ports "
                        "must stay open through the winter.")
    assert found["ports must stay open through the winter"][0] == "Ana Roe and Tom Vale"
    assert found["the treaty remains firm"][0] == "Ana Roe"


def test_but_he_warned_that_after_a_partial_quote_is_a_new_item_not_the_quotes_attribution():
    found = speakers_of("Gen. Tom W. Vale spoke on Wednesday. Vale told the committee that the flank was \u201cstronger than in a decade,\u201d "
                        "but he warned that air defense remained \u201cthe weakest link in the chain.\u201d")
    assert found["the flank was \u201cstronger than in a decade,\u201d"][0] == "Tom W. Vale"
    assert found["air defense remained \u201cthe weakest link in the chain.\u201d"][0] == "Tom W. Vale"
    assert found["stronger than in a decade,"][0] == "Tom W. Vale"


def test_a_transcript_turn_ends_where_third_person_narration_resumes():
    findings = findings_of("MODERATOR: Next question, please.\n\n"
                           "MS. ROE: We will not comment on that report. The ministry can answer for its own figures.\n\n"
                           "The briefing followed a hearing on the budget. Vale told the committee on Wednesday that the plan was sound.\n\n"
                           "MS. ROE: And we expect more news soon.")
    turn = next(quote for quote in findings.quotes if quote.text.startswith("We will not comment"))
    assert turn.text.endswith("its own figures.")


def test_a_turns_own_next_paragraph_with_we_stays_in_the_turn():
    findings = findings_of("MODERATOR: Next question, please.\n\n"
                           "MS. ROE: We will not comment on that report.\n\n"
                           "As the minister told us, we expect more news soon.\n\n"
                           "MODERATOR: Thank you.")
    turn = next(quote for quote in findings.quotes if quote.text.startswith("We will not comment"))
    assert turn.text.endswith("we expect more news soon.")


def test_capping_weeks_of_talks_is_the_reporters_comment_not_content():
    found = speakers_of("Norra Air, the low-cost carrier, announced on Monday that it will buy Lark Air, capping weeks of "
                        "talks about its plans.")
    assert found["it will buy Lark Air"][0] == "Norra Air"


def test_a_sentence_opening_lower_case_brand_is_an_organisation_speaker():
    found = speakers_of('skyline said in a statement that it was "glad to help" the farmers. easyRide announced that it would cut fares.')
    assert found['it was "glad to help" the farmers'][0] == "skyline"
    assert found["it would cut fares"][0] == "easyRide"
    found = speakers_of("Officials met on Monday. others said the plan was late.")
    assert found.get("the plan was late", (None,))[0] != "others"


def test_praised_the_pilots_quoted_noun_is_the_subjects_partial_quote():
    found = speakers_of("Varnia's Defence Minister, Ana Ruiz, lauded the nurses' \"steady hands\", or skill, and said Varnia would stay.")
    assert found["steady hands"][0] == "Ana Ruiz"
    assert found["Varnia would stay"][0] == "Ana Ruiz"


def test_sentence_final_attribution_followed_by_in_what_it_called():
    found = speakers_of('A Varnian fighter crossed the border twice near Kestrel on Tuesday, the council said, '
                        'in what it called an "unsafe" interception.')
    assert found["A Varnian fighter crossed the border twice near Kestrel on Tuesday"][0] == "council"
    assert found["unsafe"][0] == "council"
