"""The second reader: a model fitted to labelled speakers, above the rules but never against a found mention."""
import json

from helpers.articles import article_from_text
from helpers.stance import StanceSettings, sentiment_toward
from helpers.stance_model import (LABELS, MODEL_FILE, StanceModel, combined_label, format_stance_model,
                                  parse_stance_model, quote_words, read_stance_model, speaker_features, train_stance_model)
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
    assert entry.second_reading is None and entry.rule_stance == ""
    assert entry.to_dict()["rule_stance"] == entry.stance


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
    assert parse_stance_model(format_stance_model(first)).weights == first.weights


def _reading(label, probability):
    from helpers.stance_model import ModelReading

    return ModelReading(label, probability, {label: probability})


def _result_read_by_the_second_reader(target="NATO"):
    """A result with three speakers read by the second reader and one it did not read."""
    from types import SimpleNamespace

    speakers = [SimpleNamespace(speaker="Ann Lee", second_reading=_reading("positive", 0.91)),
                SimpleNamespace(speaker="Bo Chan", second_reading=_reading("neutral", 0.38)),
                SimpleNamespace(speaker="Cy Diaz", second_reading=_reading("negative", 0.64)),
                SimpleNamespace(speaker="Di Eze", second_reading=None)]
    return SimpleNamespace(target=target, by_speaker=speakers)


def test_nb03_least_sure_praises_the_speaker_with_the_lowest_probability():
    from helpers.exercises import check

    feedback = check("nb03-least-sure", " bo chan", result=_result_read_by_the_second_reader())
    assert feedback.correct
    assert "Bo Chan" in feedback.message and "38%" in feedback.message and "confidence" in feedback.message


def test_nb03_least_sure_hints_without_giving_the_answer():
    from helpers.exercises import check

    result = _result_read_by_the_second_reader()
    most = check("nb03-least-sure", "Ann Lee", result=result)
    assert not most.correct and "most sure" in most.message and "probability" in most.message
    other = check("nb03-least-sure", "Cy Diaz", result=result)
    assert not other.correct and "probability" in other.message
    for feedback in (most, other, check("nb03-least-sure", "Nobody", result=result),
                     check("nb03-least-sure", None, result=result)):
        assert not feedback.correct and "Bo Chan" not in feedback.message
    assert not check("nb03-least-sure", "Di Eze", result=result).correct  # not read by the second reader


def test_nb03_least_sure_accepts_a_tie_at_the_tables_two_decimals():
    from helpers.exercises import check

    result = _result_read_by_the_second_reader()
    result.by_speaker[2].second_reading = _reading("negative", 0.3801)
    result.by_speaker[1].second_reading = _reading("neutral", 0.3799)
    assert check("nb03-least-sure", "Cy Diaz", result=result).correct
    assert check("nb03-least-sure", "Bo Chan", result=result).correct


def test_nb03_least_sure_without_a_result_or_without_a_second_reading():
    from types import SimpleNamespace

    from helpers.exercises import check

    missing = check("nb03-least-sure", "Ann Lee")
    assert not missing.correct and "result=result" in missing.message
    rules_only = SimpleNamespace(target="Russia", by_speaker=[SimpleNamespace(speaker="Ann Lee", second_reading=None)])
    feedback = check("nb03-least-sure", "Ann Lee", result=rules_only)
    assert not feedback.correct and "NATO only" in feedback.message and "'Russia'" in feedback.message


def test_nb03_least_sure_solution_on_the_seed_article():
    from helpers.articles import load_article
    from helpers.exercises import check
    from helpers.quotes import extract_quotes
    from helpers.resources import DATA_DIR

    article = load_article(DATA_DIR / "articles" / "russia-wants-a-reset-nato.md")
    result = sentiment_toward(article, extract_quotes(article), target="NATO")
    read = [entry for entry in result.by_speaker if entry.second_reading is not None]
    assert read
    answer = min(read, key=lambda entry: entry.second_reading.probability).speaker
    assert check("nb03-least-sure", answer, result=result).correct


def test_plot_model_words_draws_the_heaviest_words_of_each_label():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from helpers.plots.sentiment import alt_text, plot_model_words
    from helpers.plots.style import STANCE_COLOURS

    model = read_stance_model()
    ax = plot_model_words(model, count=5)
    words = [label.get_text() for label in ax.get_yticklabels() if label.get_text()]
    expected = [name.removeprefix("word:") for label in ("positive", "negative") for name, _ in model.heaviest(label, 5)]
    assert words == expected
    assert ax.get_title() == "Words that push the second reader toward positive and negative"
    assert ax.get_xlabel() and ax.get_ylabel()
    colours = {matplotlib.colors.to_hex(patch.get_facecolor()).upper() for patch in ax.patches}
    assert colours == {STANCE_COLOURS["positive"], STANCE_COLOURS["negative"]}
    assert all(push > 0 for push in (patch.get_width() for patch in ax.patches))
    assert "positive: " + expected[0] in alt_text(ax) and "negative: " + expected[5] in alt_text(ax)
    plt.close("all")


def test_plot_model_words_without_a_model_says_so():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    from helpers.plots.sentiment import alt_text, plot_model_words

    ax = plot_model_words(None, labels=("neutral",))
    assert not ax.patches and "none" in alt_text(ax)
    assert any("model file is missing" in text.get_text() for text in ax.texts)
    plt.close("all")


def test_the_stance_widget_can_switch_the_second_reader_off(monkeypatch):
    import matplotlib

    matplotlib.use("Agg")
    from helpers.stance import sentiment_toward as real
    from helpers.widgets import sentiment as widget_module

    seen = []

    def spy(article, findings, target="NATO", settings=None, **kwargs):
        seen.append(settings.second_reader)
        return real(article, findings, target=target, settings=settings, **kwargs)

    monkeypatch.setattr("helpers.stance.sentiment_toward", spy)
    text = 'NATO met. "NATO has kept us safe for seventy years," said Ann Lee.'
    start = text.index("NATO has")
    findings = FakeFindings([FakeQuote("NATO has kept us safe for seventy years,", start, start + 40, "Ann Lee")])
    box = widget_module.stance_explorer(article_from_text(text), findings)
    checkbox = box.children[1].children[2]
    assert checkbox.value is True and seen[-1] is True
    checkbox.value = False
    assert seen[-1] is False
