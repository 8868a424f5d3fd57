"""Quote finder on the blind batches (tests/fixtures/blind): floors a little below the
scores reached after the general rules made on them, so that a later change cannot
quietly undo them. The first, blind scores are in the README's accuracy section."""
from __future__ import annotations

import pytest

from helpers.quote_evaluation import evaluate_all


@pytest.fixture(scope="module")
def blind_total():
    rows, _ = evaluate_all("blind")
    return rows[-1]


def test_blind_direct_quote_f1_floors(blind_total):
    assert blind_total["direct_f1_30"] >= 0.99
    assert blind_total["direct_f1_80"] >= 0.99


def test_blind_indirect_quote_floors(blind_total):
    assert blind_total["indirect_precision"] >= 0.88
    assert blind_total["indirect_recall"] >= 0.96


def test_blind_speaker_accuracy_floor(blind_total):
    assert blind_total["speaker_accuracy"] >= 0.975
