"""A second reader for each speaker's stance: a small logistic regression trained on labelled speakers.

The rules of ``helpers.stance`` read one clause at a time and count only the words that bear on
the target. They are explainable, and on text they were written against they agree with careful
human labels for about nine speakers in ten. On articles they had never seen, the figure has stayed
near seven in ten: people praise or criticise an alliance through what they say about its work
("two allies saw a gap and filled it within three weeks") more often than with a tone word next to
its name, and no list of rules covers that.

The second reader learns that from examples instead. For every speaker it reads

* what the rules found: their score toward the target, how many quotes mention it, how many do not;
* the speaker's tone: VADER's compound for each of the speaker's quotes (mean, highest, lowest);
* how many stance cues (approval, criticism) the quotes contain, wherever they stand;
* whether the quotes use a word of the target's topic, and whether the article is about the target;
* the lower-case words of the quotes (proper names are left out, so that no country, party or
  person carries a view of its own in the model).

and weighs them with one weight per label (``positive``, ``neutral``, ``negative``,
``not_about_target``). The weights were fitted (``train_stance_model``) to the human labels of every
labelled speaker in the project's fixtures, and they are a plain table
(``data/models/speaker_stance.tsv``) that you can open and read.

One rule stays above the model: when the rules found a mention of the target in a speaker's quotes,
the speaker does talk about the target, so the model may not call them ``not_about_target``
(``combined_label``). Mentions are what the rules detect most reliably.

The model was trained on NATO labels, so it reads stance toward NATO only (``MODEL_TARGET``); for any
other target the rules decide alone.

>>> model = read_stance_model()
>>> features = {"bias": 1.0, "rule score": 0.6, "quotes about the target": 1.0}
>>> model.predict(features).label
'positive'
"""

from __future__ import annotations

import functools
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from .resources import DATA_DIR

LABELS = ("positive", "neutral", "negative", "not_about_target")
MODEL_FILE = DATA_DIR / "models" / "speaker_stance.tsv"
#: Written with the model: the figures of leaving each group of labelled speakers out in turn.
CROSS_VALIDATION_FILE = DATA_DIR / "models" / "speaker_stance_cross_validation.tsv"
#: The target whose human labels trained the model.
MODEL_TARGET = "NATO"
#: Weight of each word feature (a word is there or not; one half keeps the words from drowning the rest).
WORD_VALUE = 0.5
#: Words must occur in the quotes of at least this many training speakers to enter the model.
MIN_SPEAKERS = 5
#: L2 penalty of the fit (larger: smaller weights, a smoother model), chosen by cross-validation on the
#: annotators' batches that no rule was written against (the README's accuracy section).
STRENGTH = 8.0
#: The penalty of the word features: lighter, because each word is rare and weighs little on its own.
WORD_STRENGTH = 2.0
_WORD = re.compile(r"[A-Za-z]+(?:['\u2019-][A-Za-z]+)*")


@dataclass(frozen=True)
class ModelReading:
    """What the second reader makes of one speaker: a label, its probability, and why."""

    label: str
    probability: float
    probabilities: dict[str, float]
    #: The features that pushed most toward ``label`` (name, contribution), strongest first.
    reasons: list[tuple[str, float]] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"label": self.label, "probability": round(self.probability, 3),
                "probabilities": {label: round(p, 3) for label, p in self.probabilities.items()},
                "reasons": [{"feature": name, "weight": round(value, 3)} for name, value in self.reasons]}


@dataclass(frozen=True)
class StanceModel:
    """One weight per label for every feature; a speaker's label is the one with the largest sum."""

    weights: dict[str, tuple[float, ...]]
    labels: tuple[str, ...] = LABELS
    target: str = MODEL_TARGET
    note: str = ""

    def sums(self, features: dict[str, float]) -> list[float]:
        """The weighted sum of the features for each label (features the model lacks weigh nothing)."""
        totals = [0.0] * len(self.labels)
        for name, value in features.items():
            weights = self.weights.get(name)
            if weights is not None and value:
                for i, weight in enumerate(weights):
                    totals[i] += weight * value
        return totals

    def predict(self, features: dict[str, float], reasons: int = 5) -> ModelReading:
        """The most probable label, the probabilities (softmax of the sums), and the top ``reasons``.

        A reason is a feature's push toward the chosen label compared with the average label.

        >>> model = StanceModel({"bias": (0.0, 1.5, 0.0, 0.0), "word:praised": (2.0, 0.0, -1.0, -1.0)})
        >>> model.predict({"bias": 1.0, "word:praised": 0.5}).label
        'neutral'
        >>> model.predict({"bias": 1.0, "word:praised": 1.0}).label
        'positive'
        """
        totals = self.sums(features)
        top = max(totals)
        exps = [math.exp(total - top) for total in totals]
        whole = sum(exps)
        probabilities = {label: value / whole for label, value in zip(self.labels, exps)}
        best = max(range(len(self.labels)), key=lambda i: totals[i])
        pushes = []
        for name, value in features.items():
            weights = self.weights.get(name)
            if weights is None or not value or name == "bias":
                continue
            push = value * (weights[best] - sum(weights) / len(weights))
            if push > 0:
                pushes.append((name, push))
        pushes.sort(key=lambda pair: -pair[1])
        return ModelReading(self.labels[best], probabilities[self.labels[best]], probabilities, pushes[:reasons])

    def heaviest(self, label: str, count: int = 10, words_only: bool = True) -> list[tuple[str, float]]:
        """The features that push hardest toward ``label`` (weight minus the average of the labels)."""
        index = self.labels.index(label)
        rows = [(name, weights[index] - sum(weights) / len(weights)) for name, weights in self.weights.items()
                if name != "bias" and (not words_only or name.startswith("word:"))]
        rows.sort(key=lambda pair: -pair[1])
        return rows[:count]


def quote_words(text: str) -> set[str]:
    """The lower-case words of a text (capitalised words, mostly names, are left out).

    >>> sorted(quote_words("Poland said the alliance 'warmly welcomes' it"))
    ['alliance', 'it', 'said', 'the', 'warmly', 'welcomes']
    """
    return {word for word in _WORD.findall(text) if word[0].islower()}


def speaker_features(texts: list[str], rule_score: float | None, quotes_about: int, other_quotes: int,
                     speaker_type: str, about_target: bool, cues=None, quote_scores=(), names_target: bool = False,
                     ) -> dict[str, float]:
    """The features of one speaker, from the texts of their quotes and what the rules found.

    ``rule_score`` is the rules' mean score toward the target (``None``: no quote about it),
    ``quotes_about``/``other_quotes`` count the quotes that do and do not mention it, ``quote_scores``
    are the rules' readings of the quotes about it (``helpers.stance.QuoteScore``), ``names_target``
    says whether the speaker's own name names the target ("a NATO spokesperson").

    >>> features = speaker_features(["We welcome the decision."], 0.4, 1, 0, "named", True)
    >>> features["rule score"], features["quotes about the target"], features["word:welcome"]
    (0.4, 1.0, 0.5)
    """
    from .stance import TOPIC_WORDS, _cue_matcher, read_stance_cues
    from .vader_explained import explain_vader

    cues = read_stance_cues() if cues is None else cues
    matcher = _cue_matcher(cues)
    tones = [explain_vader(text, normalise=False, all_tokens=False).compound for text in texts] or [0.0]
    approval = criticism = 0
    words: set[str] = set()
    topic = False
    for text in texts:
        for match in matcher.finditer(text):
            cue = matcher.ordered[int(match.lastgroup[1:])]
            if cue.polarity > 0:
                approval += 1
            elif cue.polarity < 0:
                criticism += 1
        words |= quote_words(text)
        topic = topic or bool(TOPIC_WORDS.search(text))
    features = {
        "bias": 1.0,
        "rule score": rule_score or 0.0,
        "quotes about the target": float(quotes_about > 0),
        "log quotes about the target": math.log1p(quotes_about),
        "log other quotes": math.log1p(other_quotes),
        "tone mean": sum(tones) / len(tones),
        "tone highest": max(tones),
        "tone lowest": min(tones),
        "topic word": float(topic),
        "article about the target": float(about_target),
        "has quotes": float(bool(texts)),
        "organisation": float(speaker_type == "organization"),
        "anonymous": float(speaker_type == "anonymous"),
        "log approval cues": math.log1p(approval),
        "log criticism cues": math.log1p(criticism),
        "share of questions": sum("?" in text for text in texts) / len(texts) if texts else 0.0,
        "tone of quotes about the target": (sum(quote.compound for quote in quote_scores) / len(quote_scores)
                                            if quote_scores else 0.0),
        "speaker named after the target": float(names_target),
    }
    for word in words:
        features["word:" + word] = WORD_VALUE
    return features


def combined_label(rule_label: str, model_label: str) -> str:
    """The label shown: the model's, except that a speaker whose quotes mention the target (the rules
    found a mention) is never ``not_about_target``.

    >>> combined_label("neutral", "positive"), combined_label("neutral", "not_about_target")
    ('positive', 'neutral')
    >>> combined_label("not_about_target", "neutral")
    'neutral'
    """
    if model_label == "not_about_target" and rule_label != "not_about_target":
        return rule_label
    return model_label


# --------------------------------------------------------------------------
# The weights file
# --------------------------------------------------------------------------

def format_stance_model(model: StanceModel) -> str:
    """The model as a TSV text: comment lines, a header, one row per feature."""
    lines = [f"# {line}" if line else "#" for line in model.note.splitlines()]
    lines.append(f"# target: {model.target}")
    lines.append("\t".join(("feature",) + model.labels))
    for name in sorted(model.weights, key=lambda n: (n.startswith("word:"), n)):
        lines.append("\t".join([name] + [f"{w:.5f}" for w in model.weights[name]]))
    return "\n".join(lines) + "\n"


def parse_stance_model(text: str) -> StanceModel:
    """The inverse of ``format_stance_model``.

    >>> model = StanceModel({"bias": (0.5, 0.0, -0.5, 0.0)}, note="a test")
    >>> parse_stance_model(format_stance_model(model)).weights["bias"]
    (0.5, 0.0, -0.5, 0.0)
    """
    weights: dict[str, tuple[float, ...]] = {}
    labels: tuple[str, ...] = LABELS
    target = MODEL_TARGET
    note = []
    for line in text.splitlines():
        if line.startswith("#"):
            body = line[1:].strip()
            if body.startswith("target:"):
                target = body.split(":", 1)[1].strip()
            else:
                note.append(body)
            continue
        if not line.strip():
            continue
        cells = line.split("\t")
        if cells[0] == "feature":
            labels = tuple(cells[1:])
            continue
        weights[cells[0]] = tuple(float(cell) for cell in cells[1:])
    return StanceModel(weights, labels, target, "\n".join(note))


@functools.lru_cache(maxsize=4)
def _read_cached(path: str, stamp: float) -> StanceModel:
    return parse_stance_model(Path(path).read_text(encoding="utf-8"))


def read_stance_model(path: Path | str = MODEL_FILE) -> StanceModel | None:
    """The model in ``path`` (read once per version of the file), or ``None`` when there is no file."""
    path = Path(path)
    if not path.exists():
        return None
    return _read_cached(str(path), path.stat().st_mtime)


@dataclass(frozen=True)
class HeldOutGroup:
    """One group of labelled speakers left out of the fit: how often the rules alone, and the rules with a
    second reader fitted without this group, agree with the human labels."""

    group: str
    speakers: int
    rules_right: int
    second_reader_right: int
    #: Were rules written while looking at this group? Then the rules' figure is a fit, not a forecast.
    rules_seen: bool


def format_cross_validation(groups: list[HeldOutGroup]) -> str:
    """The table that ``read_cross_validation`` reads: comment lines, a header, one row per group.

    >>> text = format_cross_validation([HeldOutGroup("final K", 69, 56, 57, False)])
    >>> read_cross_validation_text(text)
    [HeldOutGroup(group='final K', speakers=69, rules_right=56, second_reader_right=57, rules_seen=False)]
    """
    lines = ["# Cross-validation of the second reader (benchmarks/train_stance_model.py): each group left out in turn.",
             "# rules_right: the rules alone; second_reader_right: rules + second reader fitted without the group.",
             "# rules_seen: whether rules were written while looking at the group (then the rules' column is a fit).",
             "group\tspeakers\trules_right\tsecond_reader_right\trules_seen"]
    lines += [f"{g.group}\t{g.speakers}\t{g.rules_right}\t{g.second_reader_right}\t{'yes' if g.rules_seen else 'no'}"
              for g in groups]
    return "\n".join(lines) + "\n"


def read_cross_validation_text(text: str) -> list[HeldOutGroup]:
    """The groups of a cross-validation table (see ``format_cross_validation``)."""
    rows = []
    for line in text.splitlines():
        cells = line.split("\t")
        if line.startswith("#") or cells[0] == "group" or len(cells) < 5:
            continue
        rows.append(HeldOutGroup(cells[0], int(cells[1]), int(cells[2]), int(cells[3]), cells[4] == "yes"))
    return rows


def read_cross_validation(path: Path | str = CROSS_VALIDATION_FILE) -> list[HeldOutGroup]:
    """The cross-validation table written by ``benchmarks/train_stance_model.py`` (empty without the file).

    >>> groups = read_cross_validation()
    >>> sum(group.speakers for group in groups) > 500
    True
    """
    path = Path(path)
    return read_cross_validation_text(path.read_text(encoding="utf-8")) if path.exists() else []


def cross_validation_summary(groups: list[HeldOutGroup]) -> dict[str, dict[str, float]]:
    """Agreement of the rules and of rules + second reader, over the groups no rule was written against
    (``"unseen by the rules"``) and over all groups (``"all"``), with the number of speakers.

    >>> summary = cross_validation_summary([HeldOutGroup("a", 10, 6, 8, False), HeldOutGroup("b", 10, 9, 8, True)])
    >>> summary["unseen by the rules"]
    {'speakers': 10, 'rules': 0.6, 'second reader': 0.8}
    """
    out = {}
    for name, chosen in (("unseen by the rules", [g for g in groups if not g.rules_seen]), ("all", groups)):
        n = sum(g.speakers for g in chosen)
        out[name] = {"speakers": n, "rules": sum(g.rules_right for g in chosen) / n if n else 0.0,
                     "second reader": sum(g.second_reader_right for g in chosen) / n if n else 0.0}
    return out


# --------------------------------------------------------------------------
# Training
# --------------------------------------------------------------------------

def train_stance_model(examples: list[tuple[dict[str, float], str]], strength: float = STRENGTH,
                       word_strength: float = WORD_STRENGTH, min_speakers: int = MIN_SPEAKERS, steps: int = 2000, rate: float = 0.2,
                       note: str = "") -> StanceModel:
    """Fit a multinomial logistic regression (L2 penalty ``strength``, ``word_strength`` for the words) by
    plain gradient descent.

    ``examples`` are (features, human label) pairs. Words seen for fewer than ``min_speakers``
    speakers are dropped. The fit is deterministic: the same examples give the same weights.
    Needs numpy (installed with matplotlib); the rest of the module does not.
    """
    import numpy

    counts: dict[str, int] = {}
    for features, _ in examples:
        for name in features:
            counts[name] = counts.get(name, 0) + 1
    names = sorted(name for name, count in counts.items() if not name.startswith("word:") or count >= min_speakers)
    index = {name: i for i, name in enumerate(names)}
    matrix = numpy.zeros((len(examples), len(names)))
    for row, (features, _) in enumerate(examples):
        for name, value in features.items():
            if name in index:
                matrix[row, index[name]] = value
    targets = numpy.eye(len(LABELS))[[LABELS.index(label) for _, label in examples]]
    weights = numpy.zeros((len(names), len(LABELS)))
    penalty = numpy.array([word_strength if name.startswith("word:") else strength for name in names])[:, None]
    for _ in range(steps):
        sums = matrix @ weights
        sums -= sums.max(axis=1, keepdims=True)
        probabilities = numpy.exp(sums)
        probabilities /= probabilities.sum(axis=1, keepdims=True)
        gradient = (matrix.T @ (probabilities - targets) + penalty * weights) / len(examples)
        weights -= rate * gradient
    table = {name: tuple(float(round(w, 5)) for w in weights[index[name]]) for name in names}
    return StanceModel(table, LABELS, MODEL_TARGET, note)
