"""The quote evaluation helper and the accuracy floors on the development set."""
from __future__ import annotations

import json

import pytest

from helpers.quote_evaluation import evaluate_all, format_table, read_gold, same_speaker, token_overlap


def test_token_overlap_counts_shared_tokens_over_the_longer_span():
    text = "one two three four five six seven eight nine ten"
    assert token_overlap((0, len(text)), (0, len(text)), text) == 1.0
    assert token_overlap((0, 13), (0, len(text)), text) == pytest.approx(0.3)
    assert token_overlap((0, 3), (40, 47), text) == 0.0


def test_speaker_names_compare_leniently():
    assert same_speaker("Donald Trump", "Trump")
    assert same_speaker("Korean Central News Agency (KCNA)", "Korean Central News Agency")
    assert same_speaker("United States government", "United States")
    assert not same_speaker("Anna Smith", None)
    assert not same_speaker("Anna Smith", "Rosa Diaz")


def test_gold_reader_finds_offsets_with_occurrence(tmp_path):
    text = "---\ntitle: T\n---\n\nWe said hi. We said hi."
    gold = tmp_path / "x.gold.json"
    gold.write_text(json.dumps({"quotes": [{"text": "We said hi.", "kind": "direct", "speaker": "A", "occurrence": 2}]}))
    item = read_gold(gold, text)[0]
    assert text[item.start:item.end] == "We said hi." and item.start > text.index("We said hi.")


@pytest.fixture(scope="module")
def table():
    return evaluate_all()


def test_table_has_every_dev_article_the_seed_and_a_total(table):
    rows, _ = table
    assert len(rows) == 10 and rows[-1]["article"] == "overall"
    assert any("seed" in row["article"] for row in rows)
    assert "F1@30" in format_table(rows)


def test_accuracy_floors_on_the_development_set(table):
    overall = table[0][-1]
    assert overall["direct_f1_30"] >= 0.95
    assert overall["direct_f1_80"] >= 0.93
    assert overall["indirect_precision"] >= 0.90
    assert overall["indirect_recall"] >= 0.80
    assert overall["speaker_accuracy"] >= 0.95


def test_seed_key_is_reproduced(table):
    seed = next(row for row in table[0] if "seed" in row["article"])
    assert seed["direct_f1_30"] >= 0.9 and seed["speaker_accuracy"] >= 0.9
