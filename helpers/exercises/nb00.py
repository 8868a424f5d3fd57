"""Exercises of notebook 00 (start here)."""
from __future__ import annotations

from . import Feedback, exercise


@exercise("nb00-count-sentences")
def count_sentences(answer, article=None):
    if article is None:
        return Feedback(False, "pass the article too: check('nb00-count-sentences', your_number, article=article).")
    right = len(article.sentences)
    if not isinstance(answer, int):
        return Feedback(False, "the answer is a whole number. Try len(...) on the article's list of sentences.")
    if answer == right:
        return Feedback(True, "len(article.sentences) counts the sentences the splitter found in the analysed paragraphs.")
    if answer == len(article.paragraphs):
        return Feedback(False, "that is the number of paragraphs. Which attribute holds the sentences?")
    return Feedback(False, "look at article.sentences, the list of Sentence objects, and count it with len().")
