"""How well does the stance tool agree with people? Confusion tables, accuracy, macro-F1.

Two measurements:

* **per speaker**: the tool's stance toward NATO for each speaker of the dev
  articles (gold ``stance_toward_nato``) and of the seed (``data/gold/*.stance.json``),
  with the human key's own quotes (so only the stance step is measured) or with
  the quotes module's (the whole pipeline);
* **per sentence**: ``data/sentiment-dev/targeted_sentences.jsonl``, news-style
  sentences with a marked target and a reader label, scored by the tool and by
  whole-sentence VADER.

>>> confusion = confusion_table(["positive", "negative"], ["positive", "neutral"], ["positive", "neutral", "negative"])
>>> confusion["negative"]["neutral"]
1
>>> round(macro_f1(["positive", "negative", "neutral"], ["positive", "neutral", "neutral"]), 3)
0.556
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from .resources import DATA_DIR

LABELS = ("positive", "neutral", "negative")
SPEAKER_LABELS = ("positive", "neutral", "negative", "not_about_target")
TARGETED_SENTENCES = DATA_DIR / "sentiment-dev" / "targeted_sentences.jsonl"


@dataclass
class TargetedExample:
    """One labelled sentence: the target, the reader's label and the reason."""

    id: str
    split: str
    target: str
    text: str
    label: str
    reason: str


@dataclass
class SpeakerJudgement:
    """The human and the tool on one speaker."""

    article: str
    speaker: str
    gold: str
    predicted: str
    n: int
    mean: float | None


@dataclass
class _GoldQuote:
    text: str
    start: int
    end: int
    speaker: str
    speaker_type: str
    kind: str


@dataclass
class _GoldFindings:
    quotes: list


def load_targeted_sentences(split: str | None = None, path: Path = TARGETED_SENTENCES) -> list[TargetedExample]:
    """The labelled targeted sentences (``split`` = ``"dev"``, ``"test"`` or ``None`` for all).

    >>> len(load_targeted_sentences()) >= 150
    True
    """
    examples = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if line.strip():
            examples.append(TargetedExample(**json.loads(line)))
    return [example for example in examples if split is None or example.split == split]


def confusion_table(gold: list[str], predicted: list[str], labels=LABELS) -> dict[str, dict[str, int]]:
    """``table[gold][predicted]`` = how many items had that pair."""
    table = {g: {p: 0 for p in labels} for g in labels}
    for g, p in zip(gold, predicted):
        table.setdefault(g, {q: 0 for q in labels}).setdefault(p, 0)
        table[g][p] += 1
    return table


def format_confusion(table: dict[str, dict[str, int]]) -> str:
    """The confusion table as fixed-width text (rows: human key, columns: tool)."""
    columns = list(next(iter(table.values())).keys()) if table else []
    width = max([len(c) for c in columns] + [len(r) for r in table] + [10])
    lines = ["human \\ tool".ljust(width) + " " + " ".join(c.rjust(width) for c in columns)]
    for row, counts in table.items():
        lines.append(row.ljust(width) + " " + " ".join(str(counts.get(c, 0)).rjust(width) for c in columns))
    return "\n".join(lines)


def accuracy(gold: list[str], predicted: list[str]) -> float:
    """Share of items where tool and human agree."""
    return sum(g == p for g, p in zip(gold, predicted)) / len(gold) if gold else 0.0


def macro_f1(gold: list[str], predicted: list[str], labels=LABELS) -> float:
    """Mean of the per-label F1 scores (each label counts the same, however rare)."""
    scores = []
    for label in labels:
        true_positive = sum(g == p == label for g, p in zip(gold, predicted))
        predicted_count = sum(p == label for p in predicted)
        gold_count = sum(g == label for g in gold)
        precision = true_positive / predicted_count if predicted_count else 0.0
        recall = true_positive / gold_count if gold_count else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def vader_label(text: str, threshold: float = 0.05) -> str:
    """Whole-sentence VADER with the usual +-0.05 cut-offs.

    >>> vader_label("NATO condemned the brutal attack.")
    'negative'
    """
    from .vader_explained import sentiment_score

    compound = sentiment_score(text)
    return "positive" if compound >= threshold else "negative" if compound <= -threshold else "neutral"


def tool_label(text: str, target: str, settings=None, cues=None) -> str:
    """The tool's label toward ``target`` (a sentence that misses the target counts as neutral)."""
    from .stance import NOT_ABOUT_TARGET, score_text_toward

    label = score_text_toward(text, target, cues=cues, settings=settings).label
    return "neutral" if label == NOT_ABOUT_TARGET else label


def targeted_benchmark(split: str | None = "test", settings=None, cues=None) -> dict:
    """Macro-F1 of the tool and of whole-sentence VADER on the targeted sentences."""
    examples = load_targeted_sentences(split)
    gold = [example.label for example in examples]
    tool = [tool_label(example.text, example.target, settings, cues) for example in examples]
    vader = [vader_label(example.text) for example in examples]
    return {
        "split": split or "all",
        "n": len(examples),
        "tool_macro_f1": macro_f1(gold, tool),
        "vader_macro_f1": macro_f1(gold, vader),
        "tool_confusion": confusion_table(gold, tool),
        "vader_confusion": confusion_table(gold, vader),
    }


def _normalise_label(label: str) -> str:
    return "not_about_target" if label in ("not_about_nato", "not_about_target") else label


def _gold_findings(article, quotes: list[dict]) -> _GoldFindings:
    """The human key's quotes as quote objects with offsets into ``article.text``."""
    found = []
    for item in quotes:
        occurrence = item.get("occurrence", 1)
        position = -1
        for _ in range(occurrence):
            position = article.text.find(item["text"], position + 1)
        if position < 0:
            continue
        found.append(_GoldQuote(item["text"], position, position + len(item["text"]), item["speaker"],
                                item.get("speaker_type", "named"), item.get("kind", "direct")))
    return _GoldFindings(found)


#: Invented articles in varied styles, labelled by hand before the tool was run on them
#: (a held-out *style* set: the rules were not tuned on them).
HELDOUT_DIR = DATA_DIR.parent / "tests" / "fixtures" / "stance_heldout"


def stance_key_files(keyset: str = "dev") -> list[tuple[Path, Path]]:
    """(article, key) pairs: the dev articles and the seed (``"dev"``), the invented held-out set (``"heldout"``),
    the later blind batches (``"blind"``) or the final blind batches (``"final"``)."""
    from .samples import DEV_ARTICLES_DIR, GOLD_DIR

    if keyset in ("heldout", "blind", "final"):
        from .quote_evaluation import FIXTURE_SETS

        folder = HELDOUT_DIR if keyset == "heldout" else FIXTURE_SETS[keyset]
        return [(key.with_name(key.name.replace(".gold.json", ".md")), key) for key in sorted(folder.glob("*.gold.json"))]
    pairs = [(key.with_name(key.name.replace(".gold.json", ".md")), key) for key in sorted(DEV_ARTICLES_DIR.glob("*.gold.json"))]
    for key in sorted(GOLD_DIR.glob("*.stance.json")):
        data = json.loads(key.read_text(encoding="utf-8"))
        pairs.append((DATA_DIR.parent / data["article"], key))
    return pairs


def _same_speaker(gold_name: str, name: str) -> bool:
    """The key's canonical name and the quotes module's name are the same speaker: equal, same surname,
    or the module's name is the key's name plus a place ("Algemeen Dagblad (Rotterdam, The Netherlands)",
    "Russian embassy in Valmora")."""
    if gold_name.lower() == name.lower():
        return True
    rest = name.lower()[len(gold_name):] if name.lower().startswith(gold_name.lower()) else ""
    if rest.startswith((" (", " in ")):
        return True
    # or the key's name is the module's plus a place ("Russian Embassy in Washington" / "Russian Embassy")
    rest = gold_name.lower()[len(name):] if gold_name.lower().startswith(name.lower()) and name.strip() else ""
    if rest.startswith((" (", " in ")):
        return True
    # the same surname counts only between two person names: a shared head noun ("Ministry", "officials") is no
    # surname, and a joint speaker "A and B" is not either of them.
    # A generational suffix ("Jr.", "III") is no surname: "Ann B. Roe Jr." is not "Carl D. Moe Jr."
    if not (_person_like(gold_name) and _person_like(name)):
        return False
    gold_words, words = ([w for w in n.lower().replace(",", " ").split() if w not in _SUFFIXES] for n in (gold_name, name))
    return len(gold_words) > 1 and len(words) > 1 and gold_words[-1] == words[-1]


_SUFFIXES = frozenset("jr. jr sr. sr ii iii iv".split())
# lower-case particles inside person names ("Jaap de Hoop Scheffer", "Ana da Silva")
_NAME_PARTICLES = frozenset("de da das do dos del della di du van von der den ter la le el al bin ibn y".split())


def _person_like(name: str) -> bool:
    """The name can be a person's: capitalised words (or name particles and initials), no organisation word
    (``organization_words.txt``), no possessive and no coordination.

    >>> _person_like("Jaap de Hoop Scheffer"), _person_like("Eastland's Defence Ministry"), _person_like("Ann Roe and Bo Lee")
    (True, False, False)
    >>> _person_like("one of the officials"), _person_like("A spokesperson for Lee")
    (False, False)
    """
    from .entities import organization_words

    words = name.replace("\u2019", "'").replace(",", " ").split()
    if not words or "'s" in name.replace("\u2019", "'"):
        return False
    for word in words:
        bare = word.strip(".-")
        if word.lower() in _NAME_PARTICLES or word.lower() in _SUFFIXES:
            continue
        if not bare[:1].isupper() or bare.lower() in organization_words() or bare.lower() in _ROLE_HEADS:
            return False
    return True


# role heads that make a capitalised name a different speaker ("A Spokesperson for ...", "An Official of ...")
_ROLE_HEADS = frozenset("a an the one spokesperson spokesman spokeswoman official officials source sources".split())


def _contained_name(gold_name: str, name: str) -> bool:
    """One name is the other with words in front (a title, a descriptor, a parent "ORG's") and perhaps a place
    after it ("in CITY"): "Allied Sea Command" / "the alliance's Allied Sea Command in Porto", "Finance Ministry" /
    "Eastland's Finance Ministry", "Ana Roe" / "Economist Ana Roe". Not when the words in front make the shorter name
    a dependent or a coordinate ("A spokesperson for Ana Roe", "Bo Lee and Ana Roe"), and not for a bare head noun
    ("Ministry", "officials"), which names no particular body.

    >>> _contained_name("Allied Sea Command", "Northland's Allied Sea Command in Porto")
    True
    >>> _contained_name("Ana Roe", "A spokesperson for Ana Roe"), _contained_name("Bo Lee and Ana Roe", "Ana Roe")
    (False, False)
    >>> _contained_name("Eastland's Defence Ministry", "Ministry")
    False
    >>> _contained_name("Embassy of Westland in Porto", "Westland's embassy in Porto")
    True
    """
    def words_of(text):
        words = [w.strip(",:;-\u2013\u2014") for w in _name_words(text)]
        words = [w for w in words if w]
        if "in" in words[1:] and len(words) - words[::-1].index("in") - 1 >= len(words) - 4:
            words = words[:len(words) - words[::-1].index("in") - 1]  # a place after the name: "... in Porto"
        if len(words) >= 3 and words[-2] == "of":
            words = words[-1:] + words[:-2]  # "Embassy of Westland" is "Westland's embassy"
        return words

    a, b = words_of(gold_name), words_of(name)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    if long[len(long) - len(short):] != short:
        return False
    prefix = long[:len(long) - len(short)]
    while prefix and prefix[-1] in ("the", "a", "an"):
        prefix = prefix[:-1]
    if prefix and prefix[-1] in ("for", "of", "and", "or", "&", "to", "with", "from", "at"):
        return False
    from .entities import organization_words

    return len(short) > 1 or (short[0] not in organization_words() and short[0] not in _ROLE_HEADS
                              and not short[0].endswith("s"))


def _name_words(name: str) -> list[str]:
    """A speaker's name as comparable words: lower case, without a parenthesis ("Central Electoral Commission (CEC)"),
    a possessive "'s" ("Serbia's Ministry ..."), a leading "the" or a trailing "government" ("Russian government")."""
    name = re.sub(r"\s*\([^)]*\)", "", name.lower().replace("\u2019", "'"))
    words = re.sub(r"'s\b", "", name).split()
    if words and words[0] == "the":
        words = words[1:]
    if len(words) > 1 and words[-1] == "government":
        words = words[:-1]
    return words


def _same_name(gold_name: str, name: str) -> bool:
    """The same speaker written another way: equal words after ``_name_words``, where a country's adjective and its name
    count as one word ("Serbian" / "Serbia", "Russian" / "Russia": one is the other plus at most two letters).

    >>> _same_name("Serbian Ministry of Foreign Affairs", "Serbia's Ministry of Foreign Affairs")
    True
    >>> _same_name("Central Electoral Commission (CEC)", "Central Electoral Commission")
    True
    >>> _same_name("Russian government", "Russia"), _same_name("Kosovo Ministry of Internal Affairs", "Serbia's Ministry of Internal Affairs")
    (True, False)
    """
    gold_words, words = _name_words(gold_name), _name_words(name)
    if not gold_words or len(gold_words) != len(words):
        return False
    for a, b in zip(gold_words, words):
        short, long = sorted((a, b), key=len)
        if a != b and not (len(short) >= 4 and long.startswith(short) and len(long) - len(short) <= 2):
            return False
    return True


def _surname_only(gold_name: str, name: str) -> bool:
    """The quotes module named a person by the surname alone ("Maric" for "Ivo P. Maric").

    >>> _surname_only("Ivo P. Maric", "Maric"), _surname_only("Russian government", "government")
    (True, False)
    """
    gold_words = gold_name.split()
    return (len(gold_words) > 1 and " " not in name.strip() and name[:1].isupper()
            and all(word[:1].isupper() for word in gold_words) and gold_words[-1] == name.strip())


def speaker_agreement(quotes: str = "gold", target: str = "NATO", settings=None, cues=None,
                      keyset: str = "dev") -> list[SpeakerJudgement]:
    """The tool's stance for every speaker in the human key, with the key's quotes (``"gold"``)
    or with the quotes module's (``"pipeline"``); a speaker the pipeline misses is ``not_about_target``.
    ``keyset``: ``"dev"`` (dev articles and seed) or ``"heldout"`` (the invented held-out style set)."""
    from .articles import load_article
    from .stance import sentiment_toward

    judgements = []
    for article_path, key_path in stance_key_files(keyset):
        key = json.loads(key_path.read_text(encoding="utf-8"))
        article = load_article(article_path)
        if quotes == "gold":
            findings = _gold_findings(article, key.get("quotes", []))
        else:
            from .quotes import extract_quotes

            findings = extract_quotes(article)
        result = sentiment_toward(article, findings, target=target, settings=settings, cues=cues)
        aliases = {speaker.name: speaker.aliases for speaker in getattr(findings, "speakers", None) or ()
                   if getattr(speaker, "aliases", None)}
        for speaker, label in key.get("stance_toward_nato", {}).items():
            entry = _matching_entry(speaker, result.by_speaker, aliases)
            predicted = entry.stance if entry else "not_about_target"
            judgements.append(SpeakerJudgement(article_path.stem, speaker, _normalise_label(label), predicted,
                                               entry.n if entry else 0, entry.mean if entry else None))
    return judgements


@dataclass
class TrainingExample:
    """One labelled speaker for the second reader (``helpers.stance_model``): its features and the human label."""

    article: str
    speaker: str
    group: str
    label: str
    rule_label: str
    features: dict


def _batches(folder: Path) -> dict[str, str]:
    """Article -> annotator batch, from the folder's ``batches.tsv`` (empty when there is none)."""
    path = folder / "batches.tsv"
    if not path.exists():
        return {}
    rows = (line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and not line.startswith("#"))
    return {row[0]: row[1].strip() for row in rows if len(row) > 1}


def training_examples(keysets=("dev", "heldout", "blind", "final"), target: str = "NATO") -> list[TrainingExample]:
    """Every speaker with a human stance label in ``keysets``, with the second reader's features computed
    from the key's own quotes and the rules' findings (the rules alone, without the second reader).
    ``group`` is the keyset, or ``"<keyset> <batch>"`` where the folder's ``batches.tsv`` names the
    annotator's batch: whole groups are left out together when the model is cross-validated."""
    from .articles import load_article
    from .stance import StanceSettings, sentiment_toward, speaker_feature_table

    examples = []
    rules_only = StanceSettings(second_reader=False)
    for keyset in keysets:
        pairs = stance_key_files(keyset)
        batches = _batches(pairs[0][1].parent) if pairs else {}
        for article_path, key_path in pairs:
            key = json.loads(key_path.read_text(encoding="utf-8"))
            labels = key.get("stance_toward_nato", {})
            if not labels:
                continue
            article = load_article(article_path)
            findings = _gold_findings(article, key.get("quotes", []))
            result = sentiment_toward(article, findings, target=target, settings=rules_only)
            table = speaker_feature_table(article, findings.quotes, result.by_speaker, result.about_target,
                                          mentions=result.mentions)
            batch = batches.get(article_path.stem)
            group = f"{keyset} {batch}" if batch else keyset
            for speaker, label in labels.items():
                entry = _matching_entry(speaker, result.by_speaker)
                if entry is not None:
                    examples.append(TrainingExample(article_path.stem, speaker, group, _normalise_label(label),
                                                    entry.stance, table[entry.speaker]))
    return examples


def _matching_entry(speaker: str, entries, aliases: dict | None = None):
    """The tool's entry for the key's ``speaker``: the exact name first ("Kosovo Ministry of Internal Affairs" and
    "Serbian Ministry of Foreign Affairs" share their last word, which the looser match would take for the same speaker),
    then the same name written another way ("Serbia's Ministry ...", "Central Electoral Commission (CEC)"), then the
    looser match (a place added; a shared surname between two person names, never a shared head noun such as
    "Ministry" or "officials", nor one person of a joint "A and B"), then one name inside the other when only one
    entry fits (``_contained_name``: "Eastland's Allied Sea Command in Porto" for "Allied Sea Command"), then a
    surname alone, and last a name the quotes module keeps as the speaker's alias (``aliases``:
    name -> aliases; "the Kremlin" for its canonical "Russia").

    >>> from types import SimpleNamespace as E
    >>> _matching_entry("Kremlin", [E(speaker="Russia")], {"Russia": ["the Kremlin"]}).speaker
    'Russia'
    >>> _matching_entry("Kremlin", [E(speaker="Russia")], {}) is None
    True
    """
    aliases = aliases or {}
    return next((e for e in entries if e.speaker.lower() == speaker.lower()), None) or next(
        (e for e in entries if _same_name(speaker, e.speaker)), None) or next(
        (e for e in entries if _same_speaker(speaker, e.speaker)), None) or _unique(
        [e for e in entries if _contained_name(speaker, e.speaker)]) or next(
        (e for e in entries if _surname_only(speaker, e.speaker)), None) or next(
        (e for e in entries if any(alias.lower() == speaker.lower() or _same_name(speaker, alias)
                                   for alias in aliases.get(e.speaker, ()))), None)


def _unique(entries):
    """The one entry of ``entries``, or None when there are none or several (a contained name that fits two
    speakers names neither)."""
    return entries[0] if len(entries) == 1 else None


def speaker_report(judgements: list[SpeakerJudgement]) -> dict:
    """Accuracy and confusion table of per-speaker stance."""
    gold = [j.gold for j in judgements]
    predicted = [j.predicted for j in judgements]
    return {"n": len(judgements), "accuracy": accuracy(gold, predicted),
            "confusion": confusion_table(gold, predicted, SPEAKER_LABELS),
            "disagreements": [j for j in judgements if j.gold != j.predicted]}


def seed_sentence_agreement(target: str = "NATO", settings=None, cues=None) -> list[tuple[str, str, str]]:
    """(sentence text, human label, tool label) for the seed's hand-labelled NATO sentences."""
    from .stance import score_toward
    from .targets import find_mentions, target_aliases

    rows = []
    for key_path in sorted((DATA_DIR / "gold").glob("*.stance.json")):
        key = json.loads(key_path.read_text(encoding="utf-8"))
        aliases = target_aliases(target)
        for item in key.get("sentences", []):
            from .typography import normalise_typography

            plain = normalise_typography(item["text"])
            mentions = find_mentions(item["text"], aliases, plain, named_before=True)
            scored = score_toward(plain, [(m.start, m.end) for m in mentions], cues, settings)
            rows.append((item["text"], _normalise_label(item["label"]), scored.label))
    return rows
