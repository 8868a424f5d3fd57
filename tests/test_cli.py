"""The command line: a public interface for scripts, grading and corpora."""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import REPO, SEED

PUBLIC_KEYS = {"article", "quotes", "speakers", "sentiment", "time_expressions", "events"}
ARTICLE_KEYS = {"title", "outlet", "author", "published", "published_source", "paragraphs", "sentences", "cleaning"}


def run_cli(*arguments, stdin: bytes | None = None):
    return subprocess.run([sys.executable, "-m", "helpers", *arguments], capture_output=True, input=stdin,
                          cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)})


def test_analyze_prints_json_with_the_public_keys():
    result = run_cli("analyze", str(SEED))
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert PUBLIC_KEYS <= set(data)
    assert ARTICLE_KEYS <= set(data["article"])
    assert data["article"]["published"] == "2017-01-04"
    assert data["sentiment"]["target"] == "NATO"


def test_analyze_published_and_target_options_are_used():
    result = run_cli("analyze", str(SEED), "--published", "2017-01-05", "--target", "Russia")
    data = json.loads(result.stdout)
    assert data["article"]["published"] == "2017-01-05"
    assert data["article"]["published_source"] == "argument"
    assert data["sentiment"]["target"] == "Russia"


def test_analyze_text_format_is_a_readable_summary():
    result = run_cli("analyze", str(SEED), "--format", "text")
    assert result.returncode == 0
    text = result.stdout.decode()
    assert text.startswith("Article: Russia Wants a Reset")
    assert "Quotes:" in text and "Time expressions:" in text


def test_analyze_reads_standard_input():
    result = run_cli("analyze", "-", "--published", "2017-01-04", stdin="NATO met on Monday, officials said.".encode())
    assert result.returncode == 0
    assert json.loads(result.stdout)["article"]["source"] == "<stdin>"


def file_with(content: bytes | None):
    """A maker of an input path: ``None`` means a missing file, ``b"dir"`` the folder itself."""

    def make(folder):
        if content is None:
            return folder / "missing.txt"
        if content == b"dir":
            return folder
        path = folder / "input.txt"
        path.write_bytes(content)
        return path

    return make


@pytest.mark.parametrize(
    "make_input, message",
    [
        (file_with(None), "no such file"),
        (file_with(b"dir"), "is a folder"),
        (file_with(b""), "is empty"),
        (file_with(bytes(range(256)) * 4), "binary"),
        (file_with("caf\u00e9 na\u00efve words".encode("latin-1")), "not UTF-8"),
    ],
)
def test_bad_input_exits_2_with_one_line_and_no_traceback(tmp_path, make_input, message):
    result = run_cli("analyze", str(make_input(tmp_path)))
    assert result.returncode == 2
    stderr = result.stderr.decode()
    assert message in stderr
    assert "Traceback" not in stderr
    assert len(stderr.strip().splitlines()) == 1


def test_bad_date_exits_2():
    result = run_cli("analyze", str(SEED), "--published", "yesterday")
    assert result.returncode == 2
    assert "YYYY-MM-DD" in result.stderr.decode()


def test_rules_only_gives_each_speaker_the_rules_label_and_no_second_reading():
    both = json.loads(run_cli("analyze", str(SEED)).stdout)["sentiment"]["by_speaker"]
    rules = json.loads(run_cli("analyze", str(SEED), "--rules-only").stdout)["sentiment"]["by_speaker"]
    assert all(row["second_reading"] is not None for row in both)
    assert all(row["second_reading"] is None and row["rule_stance"] == row["stance"] for row in rules)
    # the rules' label is the same either way; only the label shown may differ
    assert {row["speaker"]: row["rule_stance"] for row in both} == {row["speaker"]: row["stance"] for row in rules}
