"""Figures for sentiment toward a target: speakers' stance, sentence tone vs stance, VADER explanations.

Every function takes results computed by ``helpers.stance`` or
``helpers.vader_explained`` and only draws them.

>>> from helpers.stance import SpeakerStance, StanceSettings, TargetSentiment
>>> result = TargetSentiment("NATO", ["NATO"], [], [], [
...     SpeakerStance("A. Lee", "named", 2, 0.5, 0.1, "positive", "2 quotes about the target"),
...     SpeakerStance("B. Chan", "named", 0, None, None, "not_about_target", "not enough evidence")], {})
>>> ax = plot_speaker_stance(result)
>>> ax.get_title()
'How each speaker talks about NATO'
>>> "Not enough evidence (no bar): B. Chan" in alt_text(ax)
True
"""
from __future__ import annotations

import html

from .style import STANCE_COLOURS, alt_text, new_axes, set_alt_text

__all__ = ["plot_speaker_stance", "plot_tone_vs_stance", "plot_vader_explanation", "plot_model_words", "explanation_html",
           "alt_text"]


def plot_speaker_stance(result, ax=None, settings=None):
    """Diverging bars: each speaker's mean score toward the target, sorted, with n.

    The bar is the rules' mean; its colour and label are the stance shown, which the second reader
    (``helpers.stance_model``) may have changed: then the rules' own label is written next to it.

    Speakers with no quote about the target get the words "not enough evidence"
    instead of a bar. Colours (blue positive, grey neutral, vermillion negative)
    come from the Okabe-Ito palette; the label is also written next to each bar.
    """
    settings = settings or getattr(result, "settings", None)
    scored = sorted([e for e in result.by_speaker if e.mean is not None], key=lambda e: e.mean)
    unscored = [e for e in result.by_speaker if e.mean is None]
    rows = len(scored) + len(unscored)
    ax = new_axes(ax, figsize=(10, max(3.0, 0.45 * rows + 1.5)))
    names = [e.speaker for e in unscored] + [e.speaker for e in scored]
    for position, entry in enumerate(unscored):
        ax.text(0, position, "not enough evidence", ha="center", va="center", fontsize=12, color="#555555", style="italic")
    for offset, entry in enumerate(scored):
        position = len(unscored) + offset
        ax.barh(position, entry.mean, color=STANCE_COLOURS.get(entry.stance, "#999999"), height=0.6)
        side = 1 if entry.mean >= 0 else -1
        rules = getattr(entry, "rule_stance", "") or entry.stance
        note = f" (rules: {rules})" if rules != entry.stance else ""
        ax.text(entry.mean + side * 0.03, position, f"{entry.stance}{note}, n={entry.n}", va="center",
                ha="left" if side > 0 else "right", fontsize=12)
    ax.axvline(0, color="black", linewidth=1)
    if settings is not None:
        for threshold in (settings.positive_threshold, settings.negative_threshold):
            ax.axvline(threshold, color="#777777", linewidth=0.8, linestyle="--")
    ax.set_yticks(range(rows), names)
    ax.set_xlim(-1.3, 1.3)
    ax.set_ylim(-0.7, rows - 0.3)
    ax.set_xlabel(f"mean score toward {result.target} (-1 hostile, +1 favourable; dashed: thresholds)", fontsize=12)
    ax.set_ylabel("speaker")
    ax.set_title(f"How each speaker talks about {result.target}")
    described = "; ".join(f"{e.speaker}: {e.stance} (mean {e.mean:+.2f}, n={e.n})" for e in reversed(scored))
    missing = ", ".join(e.speaker for e in unscored)
    set_alt_text(ax, f"Horizontal bars of each speaker's mean score toward {result.target}, sorted. "
                     f"{(described + '.') if described else 'No speaker mentions the target.'}"
                     f"{' Not enough evidence (no bar): ' + missing + '.' if missing else ''}")
    return ax


def plot_tone_vs_stance(result, ax=None, max_sentences: int = 25):
    """Paired dots per sentence that mentions the target: VADER's tone of the whole sentence
    (open circle) and the score toward the target (filled), joined by a line."""
    rows = [s for s in result.sentences if s.toward_target is not None and s.toward_target.score is not None][:max_sentences]
    ax = new_axes(ax, figsize=(10, max(3.0, 0.4 * len(rows) + 1.5)))
    for position, sentence in enumerate(rows):
        tone, toward = sentence.compound, sentence.toward_target.score
        ax.plot([tone, toward], [position, position], color="#BBBBBB", linewidth=1.5, zorder=1)
        ax.scatter([tone], [position], facecolors="white", edgecolors="black", s=60, zorder=2)
        ax.scatter([toward], [position], color=STANCE_COLOURS[sentence.toward_target.label], s=60, zorder=3)
    labels = [f"{s.index}: {s.text[:32]}…" if len(s.text) > 32 else f"{s.index}: {s.text}" for s in rows]
    ax.set_yticks(range(len(rows)), labels, fontsize=12)
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=1)
    ax.set_xlim(-1.05, 1.05)
    ax.set_xlabel("score (-1 ... +1)")
    ax.set_ylabel("sentence")
    ax.set_title(f"Tone of the sentence vs. sentiment toward {result.target}")
    if rows:
        from matplotlib.lines import Line2D

        handles = [Line2D([], [], marker="o", linestyle="", markerfacecolor="white", markeredgecolor="black",
                          label="whole sentence (VADER)")]
        handles += [Line2D([], [], marker="o", linestyle="", color=STANCE_COLOURS[name], label=f"toward {result.target}: {name}")
                    for name in ("positive", "neutral", "negative")]
        ax.legend(handles=handles, loc="lower right", fontsize=12)
    moved = sum(1 for s in rows if abs(s.compound - s.toward_target.score) >= 0.3)
    set_alt_text(ax, f"For {len(rows)} sentences that mention {result.target}, an open circle shows VADER's score of the "
                     f"whole sentence and a filled dot the score toward {result.target}; {moved} of them differ by 0.3 or more.")
    return ax


def plot_vader_explanation(explanation, ax=None):
    """One bar per scored token: its final value (after boosters, negation, capitals, 'but')."""
    tokens = [t for t in explanation.tokens if t.valence or t.role == "sentiment word"]
    ax = new_axes(ax, figsize=(10, 4))
    positions = range(len(tokens))
    colours = [STANCE_COLOURS["positive"] if t.valence > 0 else STANCE_COLOURS["negative"] if t.valence < 0
               else STANCE_COLOURS["neutral"] for t in tokens]
    ax.bar(positions, [t.valence for t in tokens], color=colours)
    for position, token in zip(positions, tokens):
        if token.lexicon_value is not None and token.lexicon_value != token.valence:
            ax.scatter([position], [token.lexicon_value], marker="_", s=400, color="black", zorder=3)
    ax.set_xticks(list(positions), [t.token for t in tokens], rotation=30, ha="right")
    ax.axhline(0, color="black", linewidth=1)
    ax.set_ylabel("value added to the sum")
    ax.set_xlabel("scored words (black dash: value in the lexicon before adjustments)")
    ax.set_title(f"VADER word by word: sum {explanation.emphasised_sum:+.2f} -> compound {explanation.compound:+.4f}")
    if not tokens:
        ax.text(0.5, 0.5, "no word of this text is in VADER's lexicon", transform=ax.transAxes, ha="center")
    set_alt_text(ax, f"Bars of the value each scored word adds to VADER's sum for: {explanation.text[:120]}. "
                     + ("; ".join(f"{t.token} {t.valence:+.2f}" for t in tokens) or "No scored words.")
                     + f" Compound {explanation.compound:+.4f}.")
    return ax


def plot_model_words(model, labels=("positive", "negative"), count: int = 12, ax=None):
    """Horizontal bars: the words that push the second reader (``helpers.stance_model``) hardest toward
    each of ``labels``, one block of ``count`` words per label, heaviest at the top of its block.

    A bar's length is the word's weight for the label minus the average of its weights over all labels
    (``StanceModel.heaviest``). Colours follow ``STANCE_COLOURS``; the label is also written in the legend.

    >>> from helpers.stance_model import StanceModel
    >>> model = StanceModel({"bias": (0, 0, 0, 0), "word:welcome": (1.0, 0, -1.0, 0), "word:threat": (-1.0, 0, 1.0, 0)})
    >>> ax = plot_model_words(model, count=1)
    >>> ax.get_title()
    'Words that push the second reader toward positive and negative'
    >>> "positive: welcome" in alt_text(ax)
    True
    """
    labels = tuple(labels)
    blocks = []
    for label in labels:
        rows = model.heaviest(label, count) if model is not None and label in model.labels else []
        blocks.append((label, [(name.removeprefix("word:"), push) for name, push in rows]))
    total = sum(len(rows) for _, rows in blocks) + max(len(blocks) - 1, 0)
    ax = new_axes(ax, figsize=(10, max(3.0, 0.32 * total + 1.5)))
    names, position = [], 0
    for index, (label, rows) in enumerate(blocks):
        colour = STANCE_COLOURS.get(label, "#999999")
        for offset, (word, push) in enumerate(rows):
            ax.barh(position, push, color=colour, height=0.7, edgecolor="black" if label == "not_about_target" else None,
                    label=f"toward {label}" if offset == 0 else None)
            names.append(word)
            position += 1
        if index < len(blocks) - 1:
            names.append("")
            position += 1
    ticks = [(position, name) for position, name in enumerate(names) if name]  # no tick on the gap between blocks
    ax.set_yticks([position for position, _ in ticks], [name for _, name in ticks], fontsize=12)
    ax.set_ylim(-0.7, max(len(names), 1) - 0.3)
    ax.invert_yaxis()
    ax.axvline(0, color="black", linewidth=1)
    ax.set_xlabel("push toward the label (the word's weight minus its average weight over the labels)", fontsize=12)
    ax.set_ylabel("word of the quotes")
    ax.set_title("Words that push the second reader toward " + " and ".join(labels))
    if names:
        ax.legend(loc="lower right", fontsize=12)
    else:
        ax.text(0.5, 0.5, "no second reader: the model file is missing", transform=ax.transAxes, ha="center", fontsize=12)
    described = " ".join(f"{label}: " + (", ".join(f"{word} ({push:+.2f})" for word, push in rows) or "none") + "."
                         for label, rows in blocks)
    set_alt_text(ax, f"Horizontal bars of the {count} words that push the second reader hardest toward each of "
                     f"{', '.join(labels)}, heaviest first. {described}")
    return ax


def _shipped_model(analysis):
    from ..stance_model import read_stance_model

    return {"model": read_stance_model()}


#: How the figure tests build inputs that are not part of an analysis (``tests/test_figures_accessible.py``).
EXAMPLES = {"plot_model_words": _shipped_model}


def explanation_html(explanation, only_scored: bool = False) -> str:
    """The explanation table as HTML (display it with ``IPython.display.HTML``).

    >>> from helpers.vader_explained import explain_vader
    >>> "<table" in explanation_html(explain_vader("Not bad at all!"))
    True
    """
    rows = explanation.table(only_scored=only_scored)
    head = "".join(f"<th>{html.escape(name)}</th>" for name in ("#", "token", "role", "lexicon", "adjustments", "value"))
    body = []
    for row in rows:
        lexicon = "" if row["lexicon"] is None else f"{row['lexicon']:+.2f}"
        style = ' style="font-weight:bold"' if row["valence"] else ""
        body.append(f"<tr{style}><td>{row['position']}</td><td>{html.escape(row['token'])}</td><td>{row['role']}</td>"
                    f"<td>{lexicon}</td><td>{html.escape(row['steps'])}</td><td>{row['valence']:+.3f}</td></tr>")
    summary = (f"<p>sum of values {explanation.valence_sum:+.3f}; punctuation emphasis "
               f"({explanation.exclamation_marks} × '!', {explanation.question_marks} × '?') {explanation.punctuation_emphasis:+.3f}; "
               f"compound = {html.escape(explanation.formula)}</p>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>{summary}"
