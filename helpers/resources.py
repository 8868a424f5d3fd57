"""Offline NLP resources: the VADER lexicon and a sentence splitter.

Nothing here downloads anything. The VADER lexicon is the file shipped inside
the pinned ``vaderSentiment`` package; NLTK 3.10 only loads files from a folder
on ``nltk.data.path`` (a ``file:`` path elsewhere is refused as a "Security
Violation"), so we put that package folder first on the path. Sentence
splitting uses NLTK's Punkt algorithm with parameters we set ourselves (an
abbreviation list in ``data/lexicons/abbreviations.txt``) instead of the
``punkt_tab`` download. Everything is loaded once, on first use, so that
``import helpers`` stays fast.

>>> splitter = sentence_splitter()
>>> [text for text in splitter.tokenize("Gen. Smith met U.S. officials. They talked.")]
['Gen. Smith met U.S. officials.', 'They talked.']
"""
from __future__ import annotations

import functools
import os
import re
from pathlib import Path

#: The project's data folder (word lists, articles, events, gold keys).
DATA_DIR = Path(__file__).resolve().parent.parent / "data"
LEXICON_DIR = DATA_DIR / "lexicons"


class ResourceError(RuntimeError):
    """A required offline resource is missing; the message says how to fix it."""


def read_word_list(name: str) -> list[str]:
    """Read a plain word list from ``data/lexicons``: one entry per line,
    ``#`` starts a comment, blank lines are skipped.

    >>> "u.s." in read_word_list("abbreviations.txt")[2]
    True
    """
    path = LEXICON_DIR / name
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            entries.append(line)
    return entries


def tsv_rows(text: str, min_columns: int) -> list[list[str]]:
    """The rows of a tab-separated word list: ``#`` lines and blank lines are
    skipped, cells are stripped, rows with fewer than ``min_columns`` cells are
    ignored.

    >>> tsv_rows("# header\\nNATO\\tthe alliance\\talias\\n\\nshort\\n", 3)
    [['NATO', 'the alliance', 'alias']]
    """
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [cell.strip() for cell in line.split("\t")]
        if len(cells) >= min_columns:
            rows.append(cells)
    return rows


def vader_package_dir() -> Path:
    """Folder of the installed ``vaderSentiment`` package (holds the lexicon)."""
    try:
        import vaderSentiment  # noqa: F401  (only its folder is needed)
    except ImportError as error:  # pragma: no cover - depends on the install
        raise ResourceError(
            "The vaderSentiment package is not installed. Run the set-up "
            "command from the README (make setup) to install pinned packages."
        ) from error
    folder = Path(vaderSentiment.__file__).resolve().parent
    if not (folder / "vader_lexicon.txt").exists():  # pragma: no cover
        raise ResourceError(f"vader_lexicon.txt is missing from {folder}; reinstall vaderSentiment==3.3.2.")
    return folder


@functools.lru_cache(maxsize=1)
def sentiment_analyzer():
    """NLTK's ``SentimentIntensityAnalyzer`` with the packaged VADER lexicon.

    The package folder goes to the front of ``nltk.data.path``, so a VADER
    lexicon that a user may have downloaded into their own NLTK data folder is
    never used instead: results do not depend on the machine.
    """
    import nltk.data
    from nltk.sentiment.vader import SentimentIntensityAnalyzer

    folder = str(vader_package_dir())
    if folder not in nltk.data.path:
        nltk.data.path.insert(0, folder)
    return SentimentIntensityAnalyzer(lexicon_file="vader_lexicon.txt")


@functools.lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    """Abbreviations (lower case, no final full stop) the splitter respects."""
    found = set()
    for line in read_word_list("abbreviations.txt"):
        for word in line.split():
            found.add(word.lower().rstrip("."))
    return frozenset(found)


#: How many break decisions the splitter remembers before it starts afresh.
SPLITTER_MEMORY = 200_000


@functools.lru_cache(maxsize=1)
def sentence_splitter():
    """A Punkt sentence splitter configured here, with no download.

    It is NLTK's own splitter, with one addition: it remembers its decision
    for each short context around a full stop (see ``_remember_decisions``),
    so a context seen before ("said. The") costs a dictionary look-up.
    """
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    parameters = PunktParameters()
    parameters.abbrev_types = set(abbreviations())
    splitter = PunktSentenceTokenizer(parameters)
    _remember_decisions(splitter)
    return splitter


def _remember_decisions(splitter) -> None:
    """Make ``splitter.text_contains_sentbreak`` remember its answers.

    Punkt looks at every ``.``, ``?`` and ``!`` with the word before it and
    the token after it (``"officials. They"``) and asks whether that short
    context holds a sentence break. The answer depends only on the context and
    on the splitter's fixed parameters, so remembering it gives exactly the
    same sentences; most of the splitting time was spent re-deciding contexts
    seen before. The memory starts afresh when it holds ``SPLITTER_MEMORY``
    contexts, so it stays small.
    """
    decide = splitter.text_contains_sentbreak
    decisions: dict[str, bool] = {}
    abbreviation_types = splitter._params.abbrev_types
    shortcut = not splitter._params.collocations  # the shortcut assumes Punkt's default: no collocations

    def text_contains_sentbreak(context: str) -> bool:
        decision = decisions.get(context)
        if decision is None:
            if len(decisions) >= SPLITTER_MEMORY:
                decisions.clear()
            if shortcut and plain_sentence_end(context, abbreviation_types):
                decision = True
            else:
                decision = decide(context)
            decisions[context] = decision
        return decision

    splitter.text_contains_sentbreak = text_contains_sentbreak


#: A word of letters, a full stop, then a space and a token or a closing mark ("troops. Russia", 'said."').
_WORD_AND_FULL_STOP = re.compile(r"([A-Za-z]{2,})\.(?: \S+|[\"')])")
#: A word of letters, a question or exclamation mark, then a space and a token or a closing mark.
_WORD_AND_MARK = re.compile(r"[A-Za-z]+[?!](?: \S+|[\"')])")


def plain_sentence_end(context: str, abbreviation_types) -> bool:
    """True for a context in which Punkt always finds a sentence break.

    Two plain shapes are most of the contexts in news text: a word of two or
    more letters that is not a known abbreviation, a full stop, and what
    follows (``"troops. Russia"``, ``'said."'``); or a word, ``?`` or ``!``,
    and what follows. Punkt marks the full stop (or the mark) as a break and
    none of its second-pass rules can undo it: the word is not an initial
    (one letter), not a number, not an abbreviation, and the splitter has no
    collocations. Any other context goes to Punkt itself.
    """
    match = _WORD_AND_FULL_STOP.fullmatch(context)
    if match is not None:
        return match.group(1).lower() not in abbreviation_types
    return _WORD_AND_MARK.fullmatch(context) is not None


def resource_report() -> dict[str, str]:
    """What each resource is and where it comes from (for notebook 00).

    >>> sorted(resource_report())
    ['abbreviations', 'nltk_data_env', 'sentence_splitter', 'vader_lexicon']
    """
    lexicon = vader_package_dir() / "vader_lexicon.txt"
    return {
        "vader_lexicon": f"{lexicon} ({sum(1 for _ in lexicon.open(encoding='utf-8'))} entries)",
        "sentence_splitter": "NLTK Punkt with the project's own parameters (no punkt_tab download)",
        "abbreviations": f"{len(abbreviations())} entries from data/lexicons/abbreviations.txt",
        "nltk_data_env": os.environ.get("NLTK_DATA", "(not set)"),
    }
