"""The article loader: formats, metadata, offsets, dates."""
from __future__ import annotations

import datetime as dt

import pytest

from helpers.articles import article_from_text, load_article
from helpers.problems import InputProblem

from .conftest import DEV_DIR, SECOND_SAMPLE, SEED, SEED_RAW


def test_front_matter_gives_metadata(seed_article):
    assert seed_article.outlet == "Foreign Policy"
    assert seed_article.section == "The Cable"
    assert seed_article.author == "Robbie Gramer"
    assert seed_article.published == dt.date(2017, 1, 4)
    assert seed_article.published_source == "front matter"
    assert seed_article.url.startswith("https://foreignpolicy.com/2017/01/04/")


def test_raw_paste_finds_kicker_headline_and_dek(raw_seed_article):
    assert raw_seed_article.kicker == "The Cable"
    assert raw_seed_article.title.startswith("Russia Wants a Reset")
    assert raw_seed_article.dek.startswith("Russia wants to rekindle")


def test_author_bio_becomes_the_byline_and_leaves_the_body(raw_seed_article):
    assert raw_seed_article.author == "Robbie Gramer"
    assert not any("is a diplomacy" in p.text for p in raw_seed_article.paragraphs)
    assert any(c.kind == "author bio" and c.action == "captured" for c in raw_seed_article.cleaning)


def test_ads_photo_credits_and_more_from_block_are_removed_with_reasons(raw_seed_article):
    body = raw_seed_article.body
    for furniture in ("Taboola", "Photo credit", "More from"):
        assert furniture not in body
    kinds = {c.kind for c in raw_seed_article.cleaning if c.action == "removed"}
    assert {"photo credit", "'more from' block"} <= kinds
    assert all(c.reason for c in raw_seed_article.cleaning)


def test_every_paragraph_and_sentence_offset_points_into_the_original_text(raw_seed_article):
    article = raw_seed_article
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start:paragraph.end] == paragraph.text
    for sentence in article.sentences:
        assert article.text[sentence.start:sentence.end] == sentence.text
        assert article.plain[sentence.start:sentence.end] == sentence.plain


def test_plain_text_normalises_typography_but_keeps_length(raw_seed_article):
    article = raw_seed_article
    assert len(article.plain) == len(article.text)
    for mark in "\u201c\u201d\u2019\u2014\u00a0":
        assert mark not in article.plain


def test_sentence_splitter_keeps_abbreviations_together():
    article = article_from_text(
        "Sen. John Smith met U.S. and U.N. officials on Jan. 5 in Washington, D.C. The talks were long.\n\n"
        "Gen. Jones, of Calif., said little. Mr. Brown agreed.",
        published="2017-01-04",
    )
    texts = [s.text for s in article.sentences]
    assert texts[0].startswith("Sen. John Smith met U.S. and U.N. officials on Jan. 5")
    assert texts[-2:] == ["Gen. Jones, of Calif., said little.", "Mr. Brown agreed."]


def test_text_without_blank_lines_is_split_at_line_breaks():
    article = article_from_text("First paragraph here.\nSecond paragraph here.\nThird one.")
    assert [p.text for p in article.paragraphs] == ["First paragraph here.", "Second paragraph here.", "Third one."]


def test_windows_line_endings_keep_paragraphs_and_offsets():
    text = "Headline words here\r\n\r\nThe first paragraph says a thing.\r\n\r\nThe second one says more.\r\n\r\nA third."
    article = article_from_text(text)
    for paragraph in article.paragraphs:
        assert text[paragraph.start:paragraph.end] == paragraph.text
        assert "\r" not in paragraph.text


def test_explicit_date_wins_over_the_file_and_says_so():
    article = load_article(SEED, published="2017-01-05")
    assert article.published == dt.date(2017, 1, 5)
    assert article.published_source == "argument"
    assert any("replaces" in warning for warning in article.warnings)


def test_missing_date_gives_a_visible_warning_with_the_fix():
    article = article_from_text("Officials met on Wednesday. They talked.")
    assert article.published is None
    assert any("--published" in warning for warning in article.warnings)


def test_dateline_supplies_the_date_when_nothing_else_does():
    article = article_from_text("Friday, August 21, 2015\n\nOfficials met yesterday. They talked for hours.")
    assert article.published == dt.date(2015, 8, 21)
    assert article.published_source == "dateline"
    assert article.paragraphs[0].role == "dateline"


def test_a_bad_date_is_a_clear_problem():
    with pytest.raises(InputProblem, match="YYYY-MM-DD"):
        article_from_text("Officials met.", published="4 January")


def test_python_string_is_accepted_as_text():
    article = load_article("NATO leaders met in Brussels. They agreed on little.")
    assert article.source == "<string>"
    assert len(article.sentences) == 2


def test_html_is_converted_safely_to_text():
    html = ("<html><head><script>alert('x')</script><style>p{}</style></head><body><nav>Home | World</nav>"
            "<h1>Allies meet</h1><p>NATO leaders met &amp; talked.</p><p>They agreed on &quot;more&quot; spending.</p>"
            "<p>Officials said the talks went well.</p></body></html>")
    article = article_from_text(html)
    assert article.input_format == "html"
    assert "alert" not in article.text and "Home | World" not in article.text
    assert 'They agreed on "more" spending.' in article.body
    assert any(c.action == "converted" for c in article.cleaning)


def test_second_sample_loads_with_its_date_and_many_paragraphs():
    article = load_article(SECOND_SAMPLE)
    assert article.published == dt.date(2025, 6, 26)
    assert len(article.paragraphs) > 40


def test_pull_quotes_and_captions_are_kept_but_marked():
    article = load_article(DEV_DIR / "wikinews-2011-04-13-nasa-shuttle-anniversary.md")
    roles = [p.role for p in article.paragraphs]
    assert roles.count("pull_quote") == 2
    assert roles.count("caption") >= 3


def test_loading_never_modifies_the_file(tmp_path):
    path = tmp_path / "article.txt"
    original = "Headline\n\n\u201cQuote,\u201d she said.\u00a0Text.\n\nMore text here.\n\nAnd more.".encode("utf-8")
    path.write_bytes(original)
    load_article(path)
    assert path.read_bytes() == original


def test_sample_raw_and_front_matter_versions_agree_on_the_body():
    raw, framed = load_article(SEED_RAW), load_article(SEED)
    assert raw.body == framed.body


def test_headline_and_byline_of_a_plain_paste_are_recognised():
    article = article_from_text(
        "Allies Weigh Defense Pledge\n\nBy Jane Example\n\n"
        "NATO foreign ministers met in Brussels on Tuesday to weigh a new pledge.\n\nThey will meet again in June."
    )
    assert article.title == "Allies Weigh Defense Pledge"
    assert article.author == "Jane Example"
    assert article.paragraphs[0].text.startswith("NATO foreign ministers")


def test_a_one_paragraph_text_has_no_header():
    article = article_from_text("Officials met on Tuesday")
    assert article.title is None and article.paragraphs[0].text == "Officials met on Tuesday"


def test_transcript_turns_are_never_taken_for_headline_or_dek():
    article = article_from_text("Interview with a professor\n\nQUESTION: What do you think about the alliance today?\n\n"
                                "PROFESSOR SMITH: It is fine.\n\nQUESTION: Why?")
    assert article.title == "Interview with a professor" and article.dek is None
    assert article.paragraphs[0].text.startswith("QUESTION:")


def test_a_notebook_copied_elsewhere_still_finds_its_sample_article(tmp_path, monkeypatch):
    # Editions are written under build/; their ARTICLE parameter stays '../data/articles/...'.
    monkeypatch.chdir(tmp_path)
    article = load_article("../data/articles/russia-wants-a-reset-nato.md")
    assert article.title.startswith("Russia Wants a Reset")
