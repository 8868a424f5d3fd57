"""The second reader: a model fitted to labelled speakers, above the rules but never against a found mention."""
import json

from helpers.articles import article_from_text
from helpers.stance import StanceSettings, sentiment_toward
from helpers.stance_model import (LABELS, MODEL_FILE, StanceModel, combined_label, parse_stance_model, quote_words,
                                  read_stance_model, speaker_features, train_stance_model)
from tests.test_stance import FakeFindings, FakeQuote


def _entry(text, quoted, speaker="Ann Lee", target="NATO", settings=None):
    start = text.index(quoted)
    findings = FakeFindings([FakeQuote(quoted, start, start + len(quoted), speaker)])
    return sentiment_toward(article_from_text(text), findings, target=target, settings=settings).speaker(speaker)


def test_the_shipped_model_is_a_readable_table_with_one_column_per_label():
    text = MODEL_FILE.read_text(encoding="utf-8")
    header = next(line for line in text.splitlines() if not line.startswith("#"))
    assert header.split("\t") == ["feature", *LABELS]
    model = read_stance_model()
    assert model.target == "NATO"
    assert "rule score" in model.weights and "bias" in model.weights
    assert all(len(weights) == len(LABELS) for weights in model.weights.values())
    # no capitalised word (a name of a person, party or country) carries a view of its own
    assert not [name for name in model.weights if name.startswith("word:") and not name[5].islower()]


def test_the_shipped_model_is_what_the_training_script_fits_on_the_fixtures():
    from helpers.stance_evaluation import training_examples

    examples = training_examples()
    refit = train_stance_model([(example.features, example.label) for example in examples])
    shipped = read_stance_model()
    assert set(refit.weights) == set(shipped.weights), "refit the model: benchmarks/train_stance_model.py"
    worst = max(abs(a - b) for name in refit.weights for a, b in zip(refit.weights[name], shipped.weights[name]))
    assert worst < 1e-3, "refit the model: benchmarks/train_stance_model.py"


def test_the_model_may_not_call_a_speaker_who_names_the_target_not_about_it():
    assert combined_label("positive", "not_about_target") == "positive"
    assert combined_label("neutral", "not_about_target") == "neutral"
    assert combined_label("not_about_target", "neutral") == "neutral"
    assert combined_label("neutral", "negative") == "negative"


def test_each_speaker_keeps_the_rules_label_and_the_second_reading():
    entry = _entry('NATO met. "NATO has kept us safe for seventy years," said Ann Lee.', "NATO has kept us safe for seventy years,")
    assert entry.stance == "positive" and entry.rule_stance == "positive"
    data = entry.to_dict()
    assert data["rule_stance"] == "positive"
    assert set(data["second_reading"]["probabilities"]) == set(LABELS)
    assert abs(sum(data["second_reading"]["probabilities"].values()) - 1) < 0.01
    json.dumps(data)


def test_switching_the_second_reader_off_gives_the_rules_alone():
    text = 'NATO ministers met. "Spending is a commitment we made to NATO," said Ann Lee.'
    quoted = "Spending is a commitment we made to NATO,"
    rules = _entry(text, quoted, settings=StanceSettings(second_reader=False))
    assert rules.second_reading is None and rules.stance == "neutral"
    assert rules.to_dict()["rule_stance"] == "neutral"
    both = _entry(text, quoted)
    assert both.rule_stance == "neutral" and both.second_reading is not None


def test_the_second_reader_reads_only_the_target_it_was_trained_on():
    entry = _entry('Russia met. "Russia has kept us safe for seventy years," said Ann Lee.',
                   "Russia has kept us safe for seventy years,", target="Russia")
    assert entry.second_reading is None
    assert entry.stance == entry.rule_stance or not entry.rule_stance


def test_a_speaker_who_never_touches_the_subject_stays_not_about_it():
    entry = _entry('The club met. "The weather in Brussels was lovely," said Ann Lee.', "The weather in Brussels was lovely,")
    assert entry.stance == "not_about_target"


def test_a_reporters_question_is_not_read_as_praise():
    text = ('NATO ministers met in Oslo.\n\n"Thanks. Is the chancellor anxious about cohesion in the alliance?" '
            'asked an unnamed reporter.')
    entry = _entry(text, "Thanks. Is the chancellor anxious about cohesion in the alliance?", speaker="unnamed reporter")
    assert entry.stance == "neutral"


def test_features_leave_names_out_and_count_questions():
    assert quote_words("Poland's minister said NATO 'warmly welcomes' it") == {"minister", "said", "warmly", "welcomes", "it"}
    features = speaker_features(["Is NATO ready?", "We are ready."], 0.0, 1, 1, "named", True)
    assert features["share of questions"] == 0.5
    assert "word:ready" in features and not any(name.startswith("word:NATO") for name in features)


def test_the_reasons_are_the_features_that_pushed_toward_the_label():
    model = StanceModel({"bias": (0.0, 0.5, 0.0, 0.0), "word:hail": (2.0, 0.0, -1.0, -1.0), "word:the": (0.0, 0.1, 0.0, 0.0)})
    reading = model.predict({"bias": 1.0, "word:hail": 1.0, "word:the": 1.0})
    assert reading.label == "positive"
    assert [name for name, _ in reading.reasons] == ["word:hail"]


def test_training_is_deterministic_and_learns_a_separable_example():
    examples = [({"bias": 1.0, "word:praise": 1.0}, "positive"), ({"bias": 1.0, "word:attack": 1.0}, "negative")] * 5
    first = train_stance_model(examples, min_speakers=1, steps=300)
    second = train_stance_model(examples, min_speakers=1, steps=300)
    assert first.weights == second.weights
    assert first.predict({"bias": 1.0, "word:praise": 1.0}).label == "positive"
    assert first.predict({"bias": 1.0, "word:attack": 1.0}).label == "negative"
    assert parse_stance_model(__import__("helpers.stance_model", fromlist=["x"]).format_stance_model(first)).weights == first.weights
