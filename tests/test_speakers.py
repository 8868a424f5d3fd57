"""Speakers: one person, one speaker; roles, affiliations, anonymous sources."""
from __future__ import annotations

from helpers.articles import article_from_text
from helpers.quotes import extract_quotes
from helpers.speakers import SpeakerBook, read_speaker


def findings_of(body: str, author: str | None = None):
    front = "---\ntitle: Test story\n" + (f"author: {author}\n" if author else "") + "---\n\n"
    return extract_quotes(article_from_text(front + body + "\n\nThe story continues with more text for readers."))


def test_title_is_split_from_the_name():
    mention = read_speaker("Russian Defense Minister Ivan Petrov")
    assert (mention.name, mention.role, mention.type) == ("Ivan Petrov", "Russian Defense Minister", "named")


def test_appositive_gives_role_and_affiliation():
    mention = read_speaker("Rosa Diaz, a trade expert at the Pacific Policy Institute")
    assert (mention.name, mention.role, mention.affiliation) == ("Rosa Diaz", "trade expert", "Pacific Policy Institute")


def test_role_first_then_name_in_an_appositive():
    mention = read_speaker("Kenya's president, Amos Otieno")
    assert (mention.name, mention.role, mention.affiliation) == ("Amos Otieno", "president", "Kenya")


def test_organisations_and_countries_are_organisation_speakers():
    assert read_speaker("the Foreign Ministry").type == "organization"
    assert (read_speaker("The U.S.").name, read_speaker("The U.S.").type) == ("United States", "organization")
    assert read_speaker("the ministry").type == "organization"


def test_anonymous_sources_are_first_class_speakers():
    for phrase in ("U.S. officials", "a senior official who asked not to be named", "one former diplomat", "witnesses"):
        assert read_speaker(phrase).type == "anonymous", phrase


def test_pronoun_resolves_to_the_previous_speaker():
    findings = findings_of('"We will win," said Coach Lena Ortiz. "We always do," she added.')
    assert [q.speaker for q in findings.quotes] == ["Lena Ortiz", "Lena Ortiz"]


def test_it_resolves_to_an_organisation():
    findings = findings_of('"Prices will rise," the Central Bank said. "Inflation is too high," it added.')
    assert [q.speaker for q in findings.quotes] == ["Central Bank", "Central Bank"]


def test_role_noun_resolves_to_the_earlier_speaker_with_that_role():
    findings = findings_of('General Omar Haddad said the troops would stay. "We are not leaving," the general said.')
    assert {q.speaker for q in findings.quotes} == {"Omar Haddad"}


def test_role_noun_resolves_to_an_anonymous_source():
    findings = findings_of('The plan has failed, one former diplomat told the Courier. "Nobody believes it," the former diplomat said.')
    assert {(q.speaker, q.speaker_type) for q in findings.quotes} == {("one former diplomat", "anonymous")}


def test_surname_and_full_name_are_one_speaker_with_aliases():
    findings = findings_of('President-elect Maria Santos met the press. "We start now," Santos said. '
                           '"It will take time," Maria Santos said later.')
    assert [s.name for s in findings.speakers] == ["Maria Santos"]
    assert findings.speakers[0].quotes == 2 and "Santos" in findings.speakers[0].aliases


def test_byline_author_is_never_a_speaker():
    findings = findings_of('"I was there," Lee said.', author="Dana Lee")
    assert findings.quotes[0].speaker is None and findings.speakers == []


def test_unresolvable_pronoun_is_unattributed():
    findings = findings_of('"Nothing will change," he said.')
    assert findings.quotes[0].speaker_type == "unattributed"


def test_book_keeps_one_speaker_per_person():
    book = SpeakerBook()
    first = book.add(read_speaker("Sen. Tom Baker"))
    assert book.add(read_speaker("Baker")) is first
    assert book.add(read_speaker("he")) is first


def test_book_lookups_are_index_based_and_keep_the_first_speaker():
    from helpers.speakers import SpeakerBook, read_speaker
    book = SpeakerBook()
    first = book.add(read_speaker("Anna Smith"))
    book.add(read_speaker("Ivan Petrov"))
    assert book.add(read_speaker("Smith")) is first
    assert book.find("Anna Smith", "named") is first and book.recent[-1] is first


def test_book_remembers_a_speakers_pronoun():
    from helpers.speakers import SpeakerBook, read_speaker
    book = SpeakerBook()
    woman = book.add(read_speaker("Anna Smith"))
    book.add(read_speaker("she"))
    man = book.add(read_speaker("Ivan Petrov"))
    book.add(read_speaker("Anna Smith"))
    assert book.gender(woman) == "she" and book.add(read_speaker("he")) is man
