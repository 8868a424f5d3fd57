"""Exercises of notebook 03 (sentiment toward NATO, speaker by speaker)."""
from __future__ import annotations

from . import Feedback, exercise

_LABELS = ("positive", "neutral", "negative", "not_about_target")


@exercise("nb03-lexicon-words")
def lexicon_words(answer, sentence=None):
    """How many words of the sentence are in VADER's lexicon?"""
    from ..vader_explained import explain_vader

    if sentence is None:
        return Feedback(False, "pass the sentence too: check('nb03-lexicon-words', n, sentence=example.text).")
    explanation = explain_vader(sentence)
    right = sum(1 for token in explanation.tokens if token.role == "sentiment word")
    if answer == right:
        return Feedback(True, "VADER only knows words from its lexicon. Words like 'normal', 'relations' or 'renew' are not "
                              "in it, so a sentence about diplomacy can score exactly 0.0 however warm it is.")
    if answer == len(explanation.tokens):
        return Feedback(False, "that counts every token. Count only the rows whose role is 'sentiment word'.")
    return Feedback(False, "look at the 'role' column of the explanation table: how many rows say 'sentiment word'?")


@exercise("nb03-of-or-toward")
def of_or_toward(answer):
    """Which sentence is negative in tone but not negative toward NATO?"""
    text = str(answer or "").strip().lower().strip("()")
    if text == "b":
        return Feedback(True, "NATO is the one condemning: the negative words are about the attack. Sentiment of a "
                              "sentence and sentiment toward a target are different questions.")
    if text in {"a", "c"}:
        return Feedback(False, "in that sentence NATO is the one something hostile is done or said to. Look for the "
                               "sentence where NATO is the one doing the criticising.")
    return Feedback(False, "answer with one letter: 'a', 'b' or 'c'.")


@exercise("nb03-edit-cues")
def edit_cues(answer, sentence="Moscow called for a thaw in relations with NATO."):
    """Add a cue line so that the sentence becomes positive toward NATO."""
    from ..stance import parse_stance_cues, read_stance_cues, score_text_toward

    if not isinstance(answer, str) or "\t" not in answer:
        return Feedback(False, "give the whole edited cue text (a string with TAB-separated columns), e.g. my_cues.")
    cues = parse_stance_cues(answer)
    added = [cue for cue in cues if cue not in read_stance_cues()]
    if not added:
        return Feedback(False, "your text has no new line yet. Add one line: cue, polarity, target_role, category, reason.")
    broken = [cue.cue for cue in added if cue.target_role not in ("object", "either") or cue.polarity not in (-1, 0, 1)]
    if broken:
        return Feedback(False, f"check the columns of {broken[0]!r}: polarity is -1, 0 or 1 and target_role is 'object' or 'either'.")
    if not all(cue.reason for cue in added):
        return Feedback(False, "every cue needs a reason in the last column: why does this word show cooperation or confrontation?")
    label = score_text_toward(sentence, "NATO", cues=cues).label
    if label == "positive":
        return Feedback(True, "the sentence is now positive toward NATO, and the reason you wrote documents why. "
                              "Would your cue also fire in sentences where it means something else?")
    return Feedback(False, f"the sentence is still {label}. Which word in it signals cooperation? Is your cue spelled as "
                           "it appears (use * for endings) and is its polarity +1?")


@exercise("nb03-my-labels")
def my_labels(answer, tool_labels=None):
    """Students' own labels for a few sentences: checked for form, then compared with the tool."""
    if not isinstance(answer, dict) or not answer:
        return Feedback(False, "give a dictionary {sentence number: label}, e.g. {2: 'positive', 5: 'negative'}.")
    wrong = [value for value in answer.values() if value not in _LABELS]
    if wrong:
        return Feedback(False, f"{wrong[0]!r} is not a label; use one of {', '.join(_LABELS)}.")
    if tool_labels is None:
        return Feedback(True, "your labels are in the right form. Now compare them with the tool's.")
    agree = sum(1 for key, value in answer.items() if tool_labels.get(key) == value)
    return Feedback(True, f"you and the tool agree on {agree} of {len(answer)} sentences. Where you disagree, who is right, "
                          "and which rule (or missing cue) explains the tool's answer?")


@exercise("nb03-least-sure")
def least_sure(answer, result=None):
    """Which speaker is the second reader least sure about (the lowest ``second_reading.probability``)?"""
    if result is None:
        return Feedback(False, "pass the result too: check('nb03-least-sure', answer, result=result).")
    read = [entry for entry in result.by_speaker if entry.second_reading is not None]
    if not read:
        return Feedback(False, "the second reader did not read any speaker of this result: it reads stance toward "
                               f"NATO only, and the target here is {result.target!r} (or it was switched off). Rerun "
                               "with TARGET = 'NATO' to try this exercise.")
    name = getattr(answer, "speaker", answer)
    if not isinstance(name, str) or not name.strip():
        return Feedback(False, "give the speaker's name as a string, copied from the 'speaker' column of the table.")
    by_name = {entry.speaker.strip().casefold(): entry for entry in read}
    chosen = by_name.get(name.strip().casefold())
    if chosen is None:
        return Feedback(False, f"{name!r} is not one of the speakers the second reader read. Copy a name from the "
                               "'speaker' column of the table.")
    # The table shows probabilities to two decimals: a speaker who ties there with the lowest is right too.
    lowest = min(round(entry.second_reading.probability, 2) for entry in read)
    highest = max(round(entry.second_reading.probability, 2) for entry in read)
    mine = round(chosen.second_reading.probability, 2)
    if mine == lowest:
        return Feedback(True, f"the second reader gives its label for {chosen.speaker} a probability of only "
                              f"{chosen.second_reading.probability:.0%}: the features pull toward several labels at once. "
                              "A low probability marks a speaker whose quotes a person should read; it is the model's "
                              "confidence, not the chance that it is right.")
    if mine == highest and len(read) > 1:
        return Feedback(False, "that is the speaker the second reader is most sure about, not least. Look for the smallest "
                               "number in the 'probability' column.")
    return Feedback(False, "look at the 'probability' column of the table: which speaker has the smallest number?")
