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
