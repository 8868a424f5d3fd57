"""Measure the time-expression tagger against human keys.

A gold item counts as *found* when some expression the tagger returns overlaps
its span (the TempEval "relaxed" match: "on May 4" and "May 4" are the same
expression), and as *right* when that expression also has the gold ``value``.
The headline figure is **value accuracy**: right / gold items. Precision says
how many of the tagger's expressions overlap a gold item at all.

Keys: ``data/gold/russia-wants-a-reset-nato.timex.json`` (the seed article) and
the ``time_expressions`` of ``data/dev-articles/*.gold.json``. Two dev texts
show no date on the page; their keys are anchored to a date inferred from the
content (see each file's ``published_note``), and we anchor the tagger to the
same date here (``INFERRED_ANCHORS``), never inside the tagger.

>>> score = evaluate_article(gold_cases()[0])
>>> score.gold >= 1 and 0.0 <= score.value_accuracy <= 1.0
True
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from .articles import load_article, split_front_matter
from .samples import ARTICLES_DIR, DEV_ARTICLES_DIR, GOLD_DIR
from .timex import TimeExpression, find_time_expressions

#: Anchor dates for the dev articles whose page shows no date: the gold notes
#: infer them from the content (DoD: "Oct. 23" + "today"; State: Putin's
#: address of 21 February 2023).
INFERRED_ANCHORS = {
    "dod-2022-10-austin-wallace-call-readout": "2022-10-23",
    "state-2023-02-blinken-new-start-remarks": "2023-02-21",
}
SEED_KEY = "russia-wants-a-reset-nato"


@dataclass
class GoldCase:
    """One article with its human key."""

    name: str
    article_path: Path
    anchor: str | None
    items: list[dict]


@dataclass
class ItemResult:
    text: str
    gold_value: str | None
    found_text: str | None
    found_value: str | None
    note: str = ""

    @property
    def found(self) -> bool:
        return self.found_text is not None

    @property
    def right(self) -> bool:
        return self.found and self.found_value == self.gold_value


@dataclass
class ArticleScore:
    name: str
    gold: int
    found: int
    right: int
    predicted: int
    predicted_matching: int
    items: list[ItemResult] = field(default_factory=list)
    extra: list[TimeExpression] = field(default_factory=list)  # found, not in the key

    @property
    def value_accuracy(self) -> float:
        return self.right / self.gold if self.gold else 1.0

    @property
    def precision(self) -> float:
        return self.predicted_matching / self.predicted if self.predicted else 1.0


def gold_cases(include_seed: bool = True) -> list[GoldCase]:
    """The seed key (first) and every dev article that has time expressions."""
    cases = []
    if include_seed:
        key = json.loads((GOLD_DIR / f"{SEED_KEY}.timex.json").read_text(encoding="utf-8"))
        cases.append(GoldCase(SEED_KEY, ARTICLES_DIR / f"{SEED_KEY}.md", key.get("published"), key["time_expressions"]))
    for path in sorted(DEV_ARTICLES_DIR.glob("*.gold.json")):
        name = path.name[: -len(".gold.json")]
        key = json.loads(path.read_text(encoding="utf-8"))
        anchor = key.get("published") or INFERRED_ANCHORS.get(name)
        cases.append(GoldCase(name, DEV_ARTICLES_DIR / f"{name}.md", anchor, key.get("time_expressions", [])))
    return cases


def _gold_span(text: str, body_start: int, item: dict) -> tuple[int, int]:
    position = body_start - 1
    for _ in range(item.get("occurrence", 1)):
        position = text.find(item["text"], position + 1)
        if position == -1:
            raise ValueError(f"gold text not found in the article: {item['text']!r}")
    return position, position + len(item["text"])


def evaluate_article(case: GoldCase, tagger=find_time_expressions) -> ArticleScore:
    """Score one article: which gold items were found, and with the right value."""
    article = load_article(str(case.article_path), published=case.anchor)
    predictions = tagger(article)
    _, body_start = split_front_matter(article.text)
    items, used = [], set()
    for item in case.items:
        start, end = _gold_span(article.text, body_start, item)
        overlapping = [p for p in predictions if p.start < end and start < p.end]
        best = next((p for p in overlapping if p.value == item["value"]), overlapping[0] if overlapping else None)
        if best is not None:
            used.add(id(best))
        items.append(ItemResult(item["text"], item["value"], best.text if best else None, best.value if best else None,
                                item.get("note", "")))
    matching = sum(1 for p in predictions if id(p) in used)
    return ArticleScore(
        name=case.name,
        gold=len(items),
        found=sum(1 for i in items if i.found),
        right=sum(1 for i in items if i.right),
        predicted=len(predictions),
        predicted_matching=matching,
        items=items,
        extra=[p for p in predictions if id(p) not in used],
    )


def evaluate_all(tagger=find_time_expressions, include_seed: bool = True) -> list[ArticleScore]:
    """Scores for the seed key and every dev article."""
    return [evaluate_article(case, tagger) for case in gold_cases(include_seed)]


def overall(scores: list[ArticleScore]) -> dict:
    """Totals over articles (micro-averaged: every gold item counts once).

    >>> overall([ArticleScore("a", 2, 2, 1, 3, 2)])["value_accuracy"]
    0.5
    """
    gold = sum(s.gold for s in scores)
    predicted = sum(s.predicted for s in scores)
    return {
        "gold": gold,
        "found": sum(s.found for s in scores),
        "right": sum(s.right for s in scores),
        "value_accuracy": sum(s.right for s in scores) / gold if gold else 1.0,
        "predicted": predicted,
        "precision": sum(s.predicted_matching for s in scores) / predicted if predicted else 1.0,
    }


def score_table(scores: list[ArticleScore]) -> str:
    """A plain-text table, one line per article and a total."""
    lines = [f"{'article':52} {'gold':>4} {'found':>5} {'right':>5} {'value acc.':>10} {'precision':>9}"]
    for s in scores:
        lines.append(f"{s.name:52} {s.gold:4d} {s.found:5d} {s.right:5d} {s.value_accuracy:10.0%} {s.precision:9.0%}")
    total = overall(scores)
    lines.append(f"{'all':52} {total['gold']:4d} {total['found']:5d} {total['right']:5d} "
                 f"{total['value_accuracy']:10.0%} {total['precision']:9.0%}")
    return "\n".join(lines)


if __name__ == "__main__":  # pragma: no cover
    results = evaluate_all()
    print(score_table(results))
    for score in results:
        for item in score.items:
            if not item.right:
                print(f"  MISS {score.name}: {item.text!r} gold={item.gold_value} found={item.found_text!r} -> {item.found_value}")
        for extra in score.extra:
            print(f"  EXTRA {score.name}: {extra.text!r} -> {extra.value}")
