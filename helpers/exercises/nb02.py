"""Exercises of notebook 02 (who is quoted)."""
from __future__ import annotations

import re

from . import Feedback, exercise

#: The sentence of the "add a reporting verb" exercise: no verb in the data file introduces it.
VERB_DEMO = "Mayor Lena Ortiz bragged that the new bridge was finished two months early."

#: The three sentences of the "label three quotes yourself" exercise.
LABEL_SENTENCES = [
    '"We will rebuild the school by autumn," Mayor Ana Ruiz said.',
    "Officials said the road would reopen on Friday.",
    'The "reform" changed nothing for the farmers.',
]
_LABEL_KEY = [("direct", "ana ruiz"), ("indirect", "officials"), ("none", None)]


@exercise("nb02-missed-quote")
def missed_quote(answer, article=None, findings=None):
    """The student pastes the words of a quote the tool missed (or 'none')."""
    if article is None or findings is None:
        return Feedback(False, "pass the article and the findings too: check('nb02-missed-quote', text, article=article, findings=findings).")
    text = str(answer or "").strip().strip('"\u201c\u201d')
    if text.lower() == "none":
        return Feedback(True, "if you read every paragraph and found nothing missing, say so: a tool that misses nothing here may still miss quotes elsewhere.")
    if len(text) < 3:
        return Feedback(False, "paste the words of the quote (a few words are enough), copied from the article.")
    position = article.plain.find(text.replace("\u2019", "'"))
    if position < 0:
        return Feedback(False, "those words are not in the article exactly as written: copy them from the text shown above.")
    end = position + len(text)
    if any(q.start < end and q.end > position for q in findings.quotes):
        return Feedback(False, "the tool already found a quote there (look for its highlight). Look for reported speech with an unusual verb, or a quote far from its speaker.")
    return Feedback(True, "a real miss. Which rule would have caught it: a new reporting verb, a new speaker pattern, or something no rule can see?")


@exercise("nb02-add-verb")
def add_verb(answer):
    """The student names the verb that introduces the speech in ``VERB_DEMO``."""
    from ..articles import article_from_text
    from ..quotes import add_reporting_verbs, extract_quotes, reload_reporting_verbs

    verb = str(answer or "").strip().lower()
    if not re.fullmatch(r"[a-z]+", verb):
        return Feedback(False, "give one word: the verb in the sentence that says how the mayor spoke.")
    try:
        add_reporting_verbs([verb])
        article = article_from_text("---\ntitle: Exercise\n---\n\n" + VERB_DEMO + "\n\nThe bridge opened to traffic on Monday.")
        found = [q for q in extract_quotes(article).quotes if q.kind == "indirect"]
    finally:
        reload_reporting_verbs()
    if found:
        return Feedback(True, f"with '{verb}' in the list the tool finds: {found[0].speaker} -> \"{found[0].text}\". "
                              "Add it to data/lexicons/reporting_verbs.txt to keep it.")
    return Feedback(False, "that word did not make the tool find the reported speech. Which verb tells you the mayor said something? Try its base form.")


@exercise("nb02-label-three")
def label_three(answer):
    """The student labels ``LABEL_SENTENCES``: a list of three (kind, speaker) pairs; kind 'none' for a non-quote."""
    if not isinstance(answer, (list, tuple)) or len(answer) != 3:
        return Feedback(False, "give a list of three pairs, one per sentence, like [('direct', 'Name'), ...].")
    for number, (given, (kind, speaker)) in enumerate(zip(answer, _LABEL_KEY), start=1):
        if not isinstance(given, (list, tuple)) or len(given) != 2:
            return Feedback(False, f"sentence {number}: write a pair (kind, speaker), for example ('indirect', 'officials').")
        given_kind = str(given[0]).strip().lower()
        given_speaker = str(given[1] or "").strip().lower()
        if given_kind != kind:
            hints = {"direct": "are the speaker's own words inside quotation marks?",
                     "indirect": "are these the speaker's exact words, or the reporter's summary of them?",
                     "none": "who says the quoted word? If nobody does, it is not a quote (write 'none')."}
            return Feedback(False, f"sentence {number}: {hints[kind]}")
        if speaker and speaker.split()[-1] not in given_speaker:
            return Feedback(False, f"sentence {number}: the kind is right; now who is speaking? Write the name as in the text, without the title.")
    return Feedback(True, "direct words in marks, a reporter's summary of unnamed officials, and a scare quote with no speaker at all.")
