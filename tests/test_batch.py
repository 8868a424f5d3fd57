"""batch: one output line per input, errors reported per record, the run goes on."""
from __future__ import annotations

import json
import shutil

import pytest

from helpers.batch import run_batch
from helpers.problems import InputProblem

from .conftest import SECOND_SAMPLE, SEED


def read_lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_jsonl_records_give_one_line_each_and_bad_records_an_error(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([
        json.dumps({"id": "one", "text": "NATO met on Monday, officials said.", "published": "2017-01-04"}),
        json.dumps({"id": "two", "text": "Russia said it was ready.", "target": "Russia"}),
        "{not json",
        json.dumps({"id": "four", "text": ""}),
        json.dumps({"id": "five"}),
    ]), encoding="utf-8")
    summary = run_batch(source, tmp_path / "out.jsonl", workers=1, progress=False)
    lines = read_lines(tmp_path / "out.jsonl")
    assert [line["id"] for line in lines] == ["one", "two", "line 3", "four", "five"]
    assert [line["error"] is None for line in lines] == [True, True, False, False, False]
    assert lines[0]["article"]["published"] == "2017-01-04"
    assert lines[1]["sentiment"]["target"] == "Russia"
    assert (summary.ok, summary.failed) == (2, 3)


def test_a_folder_of_articles_is_analysed_in_parallel(tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SEED, folder / "a.md")
    shutil.copy(SECOND_SAMPLE, folder / "b.md")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    summary = run_batch(folder, tmp_path / "out.jsonl", workers=2, progress=False, chunk_size=1)
    lines = read_lines(tmp_path / "out.jsonl")
    assert [line["id"] for line in lines] == ["a.md", "b.md", "empty.txt"]
    assert "empty" in lines[2]["error"]
    assert summary.ok == 2


def test_batch_refuses_to_overwrite_its_input(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "x", "text": "Hello there."}), encoding="utf-8")
    with pytest.raises(InputProblem, match="input"):
        run_batch(source, source, workers=1, progress=False)
    assert "Hello" in source.read_text(encoding="utf-8")


def test_batch_rules_only_reaches_every_record(tmp_path):
    source = tmp_path / "in.jsonl"
    text = 'NATO ministers met. "NATO has kept us safe for seventy years," said Ann Lee, a minister.'
    source.write_text(json.dumps({"id": "one", "text": text}) + "\n", encoding="utf-8")
    run_batch(source, tmp_path / "both.jsonl", workers=1, progress=False)
    run_batch(source, tmp_path / "rules.jsonl", workers=1, progress=False, rules_only=True)
    both = read_lines(tmp_path / "both.jsonl")[0]["sentiment"]["by_speaker"]
    rules = read_lines(tmp_path / "rules.jsonl")[0]["sentiment"]["by_speaker"]
    assert both and all(row["second_reading"] is not None for row in both)
    assert rules and all(row["second_reading"] is None for row in rules)
