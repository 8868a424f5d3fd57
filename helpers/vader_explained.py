"""VADER's score, word by word: every step that NLTK takes, written down.

NLTK's ``SentimentIntensityAnalyzer.polarity_scores`` returns one number, the
*compound* score. This module recomputes that number step by step and keeps
each step, so a student can see where it comes from:

1. the text is split at spaces; leading/trailing punctuation is stripped and
   one-character tokens are dropped (``a``, ``I``, ``-``);
2. each token gets its value from the lexicon (0 if it is not there);
3. up to three words before it can change that value: boosters (``very``,
   ``slightly``), negations (``not``, ``never``, ``isn't``), ``so``/``this``
   after ``never``, a few idioms; an ALL-CAPS word is boosted; ``least`` flips;
4. if the sentence contains ``but``, words before the first ``but`` count
   half and words after it count one and a half;
5. the values are summed; ``!`` (up to 4) and ``??`` add emphasis;
6. the sum ``x`` is squashed into -1..1 with ``x / sqrt(x*x + 15)``.

The recomputed compound equals NLTK's exactly, quirks included (a repeated
word is judged in the context of its *first* occurrence, as NLTK does).

>>> explanation = explain_vader("NATO is not a very good partner!")
>>> [(t.token, round(t.valence, 3)) for t in explanation.tokens if t.valence]
[('good', -1.623)]
>>> explanation.compound == sentiment_score("NATO is not a very good partner!")
True
>>> round(explanation.compound, 4)
-0.4432
"""
from __future__ import annotations

import math
import string
from dataclasses import dataclass, field

#: VADER's normalisation constant: compound = x / sqrt(x*x + ALPHA).
ALPHA = 15

#: Deletes the ASCII punctuation marks: the same as NLTK's ``REGEX_REMOVE_PUNCTUATION.sub("", text)``
#: (a character class of ``string.punctuation``), without its regex engine and time-out wrapper.
_NO_PUNCTUATION = str.maketrans("", "", string.punctuation)


@dataclass
class Adjustment:
    """One change to a token's value: which rule, which word caused it, the value before and after."""

    rule: str
    trigger: str
    before: float
    after: float

    def __str__(self) -> str:
        return f"{self.rule} ({self.trigger!r}): {self.before:+.3f} -> {self.after:+.3f}"


@dataclass
class TokenExplanation:
    """One token as VADER sees it and the value it adds to the sum."""

    position: int
    token: str
    role: str  # "sentiment word", "booster", "not in lexicon"
    lexicon_value: float | None
    adjustments: list[Adjustment] = field(default_factory=list)
    valence: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.adjustments)


@dataclass
class VaderExplanation:
    """The whole computation for one text; ``compound`` equals NLTK's (rounded to 4 places)."""

    text: str
    tokens: list[TokenExplanation]
    but_position: int | None
    valence_sum: float
    exclamation_marks: int
    question_marks: int
    punctuation_emphasis: float
    emphasised_sum: float
    raw_compound: float
    compound: float

    @property
    def formula(self) -> str:
        """The last step written out with this text's numbers."""
        x = self.emphasised_sum
        return f"{x:.3f} / sqrt({x:.3f}² + {ALPHA}) = {self.raw_compound:.4f}"

    def table(self, only_scored: bool = False) -> list[dict]:
        """One row per token (the explanation table of notebook 03).

        >>> explain_vader("Not bad.").table()[1]["steps"]
        "negation ('Not'): -2.500 -> +1.850"
        """
        rows = []
        for token in self.tokens:
            if only_scored and not token.valence and token.role != "booster":
                continue
            rows.append({
                "position": token.position,
                "token": token.token,
                "role": token.role,
                "lexicon": token.lexicon_value,
                "steps": "; ".join(str(a) for a in token.adjustments),
                "valence": round(token.valence, 3),
            })
        return rows

    def to_dict(self) -> dict:
        return {
            "text": self.text,
            "tokens": self.table(),
            "but_position": self.but_position,
            "valence_sum": self.valence_sum,
            "exclamation_marks": self.exclamation_marks,
            "question_marks": self.question_marks,
            "punctuation_emphasis": self.punctuation_emphasis,
            "emphasised_sum": self.emphasised_sum,
            "compound": self.compound,
        }


def sentiment_score(text: str) -> float:
    """VADER's compound score of ``text`` (plain typography first: ``isn’t`` -> ``isn't``).

    Computed by ``explain_vader``, which equals NLTK's ``polarity_scores`` (tested) and is faster.

    >>> sentiment_score("NATO isn\u2019t good.") == sentiment_score("NATO isn't good.")
    True
    """
    return explain_vader(text, all_tokens=False).compound


def vader_tokens(text: str) -> list[str]:
    """The tokens VADER scores, exactly as NLTK's ``SentiText`` splits them (but in linear time).

    NLTK splits at white space, drops one-character tokens, and strips one
    punctuation mark (or a run such as ``!!``) from the front or back of a token
    when what is left is a word of the text with all punctuation removed.
    So ``isn't,`` keeps its comma (quirk kept) while ``cat,`` becomes ``cat``.

    >>> vader_tokens("Great, isn't it? A :) day!")
    ['Great', "isn't", 'it', ':)', 'day']
    """
    marks = _punctuation_marks()
    tokens = []
    for token in text.split():
        if len(token) <= 1:
            continue
        if token.isalnum():  # no punctuation to strip (the common case)
            tokens.append(token)
            continue
        # A word of the text without punctuation has none left, so the mark must be the whole leading/trailing run.
        core = token.rstrip(string.punctuation)
        if core != token and token[len(core):] in marks and _a_word_without_punctuation(core):
            tokens.append(core)
            continue
        core = token.lstrip(string.punctuation)
        if core != token and token[:len(token) - len(core)] in marks and _a_word_without_punctuation(core):
            tokens.append(core)
            continue
        tokens.append(token)
    return tokens


def _a_word_without_punctuation(core: str) -> bool:
    """Whether ``core`` (a token stripped at one end) is one of NLTK's ``words_and_emoticons`` with
    punctuation removed (the text's words without punctuation, longer than one character). That set
    need not be built: ``core`` is in it exactly when it has no punctuation and two characters or
    more, since removing punctuation from ``core``'s own token leaves ``core``."""
    return len(core) > 1 and core.translate(_NO_PUNCTUATION) == core


def _analyzer():
    from .resources import sentiment_analyzer

    return sentiment_analyzer()


_MARKS: list = []


def _punctuation_marks() -> frozenset[str]:
    """NLTK's ``PUNC_LIST`` as a set (built once)."""
    if not _MARKS:
        _MARKS.append(frozenset(_analyzer().constants.PUNC_LIST))
    return _MARKS[0]


def _negated(word: str, constants) -> bool:
    """NLTK's ``constants.negated([word])`` for one word: a negation word, or one containing ``n't``."""
    lower = word.lower()
    return lower in constants.NEGATE or "n't" in lower


def explain_vader(text: str, normalise: bool = True, all_tokens: bool = True) -> VaderExplanation:
    """Recompute VADER's compound score for ``text``, keeping every step.

    With ``normalise=True`` (the default) curly apostrophes and quotes are made
    plain first, as everywhere in this project; ``normalise=False`` explains the
    text exactly as given.

    >>> e = explain_vader("The talks were GOOD, but the result is bad")
    >>> [(t.token, round(t.valence, 3)) for t in e.tokens if t.valence]
    [('GOOD', 1.317), ('bad', -3.75)]
    >>> e.but_position
    4
    """
    from .typography import normalise_typography

    if normalise:
        text = normalise_typography(text)
    analyzer = _analyzer()
    constants = analyzer.constants
    lexicon = analyzer.lexicon
    words = vader_tokens(text)
    lowered = [word.lower() for word in words]
    capitals = sum(map(str.isupper, words))
    is_cap_diff = 0 < len(words) - capitals < len(words)  # some, but not all, words in CAPITALS

    # NLTK judges every occurrence of a token in the context of its first occurrence
    # (built from the end, so the first occurrence is the one that stays).
    first_index = dict(zip(reversed(words), range(len(words) - 1, -1, -1)))

    boosters = constants.BOOSTER_DICT
    tokens: list[TokenExplanation] = []
    for position, item in enumerate(words):
        lower = lowered[position]
        if lower not in lexicon and not all_tokens:
            continue  # neither scored nor shown (a booster scores nothing by itself)
        i = first_index[item]
        starts_kind_of = lower == "kind" and i < len(words) - 1 and lowered[i + 1] == "of"
        if starts_kind_of or lower in boosters:
            if all_tokens:
                tokens.append(TokenExplanation(position, item, "booster", lexicon.get(lower), [], 0))
            continue
        if lower not in lexicon:
            tokens.append(TokenExplanation(position, item, "not in lexicon", None, [], 0))
            continue
        explained = _explain_sentiment_word(item, i, words, is_cap_diff, analyzer)
        explained.position = position
        tokens.append(explained)

    # "but": halve what comes before the first "but", add half to what comes after.
    but_position = lowered.index("but") if "but" in lowered else None
    if but_position is not None:
        for token in tokens:
            factor = 0.5 if token.position < but_position else 1.5 if token.position > but_position else None
            if factor is None:
                continue
            before = token.valence
            token.valence = before * factor
            if before != 0:
                token.adjustments.append(Adjustment("but", words[but_position], before, token.valence))

    sentiments = [token.valence for token in tokens]
    exclamations = text.count("!")
    questions = text.count("?")
    emphasis = _punctuation_emphasis(exclamations, questions)
    if sentiments:
        valence_sum = float(sum(sentiments))
        emphasised = valence_sum
        if valence_sum > 0:
            emphasised += emphasis
        elif valence_sum < 0:
            emphasised -= emphasis
        raw = constants.normalize(emphasised)
    else:
        valence_sum = emphasised = raw = 0.0
    return VaderExplanation(
        text=text,
        tokens=tokens,
        but_position=but_position,
        valence_sum=valence_sum,
        exclamation_marks=exclamations,
        question_marks=questions,
        punctuation_emphasis=emphasis if valence_sum else 0.0,
        emphasised_sum=emphasised,
        raw_compound=raw,
        compound=round(raw, 4),
    )


def _punctuation_emphasis(exclamations: int, questions: int) -> float:
    """Up to four ``!`` add 0.292 each; two or three ``?`` add 0.18 each, more add 0.96."""
    amplifier = min(exclamations, 4) * 0.292
    question_amplifier = 0
    if questions > 1:
        question_amplifier = questions * 0.18 if questions <= 3 else 0.96
    return amplifier + question_amplifier


def _explain_sentiment_word(item: str, i: int, words: list[str], is_cap_diff: bool, analyzer) -> TokenExplanation:
    """The value of a lexicon word after the rules that look back up to three words (NLTK's order)."""
    constants = analyzer.constants
    lexicon = analyzer.lexicon
    value = lexicon[item.lower()]
    token = TokenExplanation(i, item, "sentiment word", value)
    steps = token.adjustments

    def record(rule: str, trigger: str, before: float, after: float) -> float:
        if after != before:
            steps.append(Adjustment(rule, trigger, before, after))
        return after

    valence = value
    if item.isupper() and is_cap_diff:
        valence = record("capitals", item, valence, valence + constants.C_INCR if valence > 0 else valence - constants.C_INCR)

    for start_i in range(3):
        if not (i > start_i and words[i - (start_i + 1)].lower() not in lexicon):
            continue
        previous = words[i - (start_i + 1)]
        scalar = constants.scalar_inc_dec(previous, valence, is_cap_diff)
        if start_i == 1 and scalar != 0:
            scalar = scalar * 0.95
        if start_i == 2 and scalar != 0:
            scalar = scalar * 0.9
        valence = record(f"booster {start_i + 1} back", previous, valence, valence + scalar)
        valence = _negation_step(valence, words, start_i, i, constants, record)
        if start_i == 2:
            valence = _idiom_step(valence, words, i, constants, record)

    valence = _least_step(valence, words, i, lexicon, constants, record)
    token.valence = valence
    return token


def _negation_step(valence, words, start_i, i, constants, record):
    """NLTK's ``_never_check``: negation one to three words back, and ``never so``/``never this``."""
    previous = words[i - (start_i + 1)]
    if start_i == 0:
        if _negated(previous, constants):
            valence = record("negation", previous, valence, valence * constants.N_SCALAR)
    elif start_i == 1:
        if words[i - 2] == "never" and words[i - 1] in ("so", "this"):
            valence = record("never so/this", f"{words[i - 2]} {words[i - 1]}", valence, valence * 1.5)
        elif _negated(previous, constants):
            valence = record("negation 2 back", previous, valence, valence * constants.N_SCALAR)
    else:
        if (words[i - 3] == "never" and words[i - 2] in ("so", "this")) or words[i - 1] in ("so", "this"):
            valence = record("never so/this (or so/this before)", " ".join(words[i - 3:i]), valence, valence * 1.25)
        elif _negated(previous, constants):
            valence = record("negation 3 back", previous, valence, valence * constants.N_SCALAR)
    return valence


def _idiom_step(valence, words, i, constants, record):
    """NLTK's ``_idioms_check``: a few fixed idioms replace the value; ``sort of`` two back dampens."""
    idioms = constants.SPECIAL_CASE_IDIOMS
    onezero = f"{words[i - 1]} {words[i]}"
    twoonezero = f"{words[i - 2]} {words[i - 1]} {words[i]}"
    twoone = f"{words[i - 2]} {words[i - 1]}"
    threetwoone = f"{words[i - 3]} {words[i - 2]} {words[i - 1]}"
    threetwo = f"{words[i - 3]} {words[i - 2]}"
    for sequence in (onezero, twoonezero, twoone, threetwoone, threetwo):
        if sequence in idioms:
            valence = record("idiom", sequence, valence, idioms[sequence])
            break
    if len(words) - 1 > i:
        zeroone = f"{words[i]} {words[i + 1]}"
        if zeroone in idioms:
            valence = record("idiom", zeroone, valence, idioms[zeroone])
    if len(words) - 1 > i + 1:
        zeroonetwo = f"{words[i]} {words[i + 1]} {words[i + 2]}"
        if zeroonetwo in idioms:
            valence = record("idiom", zeroonetwo, valence, idioms[zeroonetwo])
    if threetwo in constants.BOOSTER_DICT or twoone in constants.BOOSTER_DICT:
        trigger = threetwo if threetwo in constants.BOOSTER_DICT else twoone
        valence = record("two-word dampener", trigger, valence, valence + constants.B_DECR)
    return valence


def _least_step(valence, words, i, lexicon, constants, record):
    """NLTK's ``_least_check``: ``least good`` flips the value, ``at least``/``very least`` do not."""
    if i > 1 and words[i - 1].lower() not in lexicon and words[i - 1].lower() == "least":
        if words[i - 2].lower() not in ("at", "very"):
            valence = record("least", words[i - 1], valence, valence * constants.N_SCALAR)
    elif i > 0 and words[i - 1].lower() not in lexicon and words[i - 1].lower() == "least":
        valence = record("least", words[i - 1], valence, valence * constants.N_SCALAR)
    return valence
