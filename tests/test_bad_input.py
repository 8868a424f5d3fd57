"""Bad input gets one clear line naming the problem and the fix, never a traceback."""
from __future__ import annotations

import pytest

from helpers.articles import MAX_INPUT_BYTES, article_from_text, load_article
from helpers.problems import InputProblem


@pytest.mark.parametrize(
    "content, expected",
    [
        (b"", "is empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        ("Caf\u00e9 ol\u00e9 and some more words here".encode("latin-1"), "not UTF-8"),
    ],
)
def test_bad_files_raise_a_problem_with_a_fix(tmp_path, content, expected):
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    with pytest.raises(InputProblem, match=expected) as problem:
        load_article(path)
    assert problem.value.fix


def test_missing_file_is_named(tmp_path):
    with pytest.raises(InputProblem, match="no such file"):
        load_article(tmp_path / "nope.txt")


def test_a_folder_is_not_an_article(tmp_path):
    with pytest.raises(InputProblem, match="folder"):
        load_article(tmp_path)


def test_over_size_file_names_the_limit(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)
    with pytest.raises(InputProblem, match="20 MB limit"):
        load_article(path)


def test_whitespace_only_text_is_empty():
    with pytest.raises(InputProblem, match="empty"):
        article_from_text("   \n\n  ")


def test_non_english_text_is_refused_politely():
    german = ("Die NATO hat heute in Br\u00fcssel beschlossen, dass die Mitgliedstaaten ihre Ausgaben erh\u00f6hen. "
              "Der Generalsekret\u00e4r sagte, es sei ein historischer Tag f\u00fcr das B\u00fcndnis und f\u00fcr Europa.")
    with pytest.raises(InputProblem, match="English"):
        article_from_text(german)


def test_html_page_without_text_is_refused():
    with pytest.raises(InputProblem, match="no visible text"):
        article_from_text("<html><body><script>var a = 1;</script><div></div><p></p></body></html>")


def test_page_furniture_only_is_refused():
    with pytest.raises(InputProblem, match="no article text"):
        article_from_text("Trending Now\n\nSponsored Links by Taboola\n\nMore from Example News")


def test_unbalanced_quotes_and_all_caps_still_load():
    article = article_from_text('"THIS IS ALL CAPS, SAID THE MAN. NATO IS HERE.\n\nAND "MORE" TEXT " HERE.')
    assert article.sentences
