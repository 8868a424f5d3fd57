"""Time expressions: our rules (helpers.timex) against dateparser's search_dates.

Same texts (the seed key and the dev keys), same anchor dates, same scoring
(helpers.timex_evaluation: a gold item is right when an overlapping expression
has the gold value). dateparser returns datetimes, not ISO values with a
precision, so each of its hits is given the value at the precision of the gold
item it overlaps (its most generous reading). It is told the anchor with
RELATIVE_BASE and to prefer past dates, as a reporter's reader would.

Run:  .venv/bin/python benchmarks/timex_vs_dateparser.py
"""
from __future__ import annotations

import datetime as dt
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from helpers.articles import load_article, split_front_matter  # noqa: E402
from helpers.timex import TimeExpression, find_time_expressions  # noqa: E402
from helpers.timex_evaluation import _gold_span, evaluate_article, gold_cases, overall  # noqa: E402


def _as_gold_precision(moment: dt.datetime, gold_value: str | None) -> str:
    """dateparser's datetime written at the precision of the gold value."""
    if not gold_value or "/" in gold_value:
        return moment.date().isoformat()
    if "-W" in gold_value:
        year, week, _ = moment.isocalendar()
        return f"{year}-W{week:02d}"
    return {10: moment.strftime("%Y-%m-%d"), 7: moment.strftime("%Y-%m"), 4: moment.strftime("%Y"),
            3: moment.strftime("%Y")[:3]}.get(len(gold_value), moment.date().isoformat())


def dateparser_tagger(case):
    """A tagger with the same interface as find_time_expressions, built on search_dates."""
    from dateparser.search import search_dates

    def tag(article):
        anchor = article.published
        settings = {"PREFER_DATES_FROM": "past"}
        if anchor:
            settings["RELATIVE_BASE"] = dt.datetime(anchor.year, anchor.month, anchor.day, 12, 0)
        _, body_start = split_front_matter(article.text)
        golds = [(_gold_span(article.text, body_start, item), item["value"]) for item in case.items]
        found = []
        for paragraph in article.paragraphs:
            text = article.text[paragraph.start:paragraph.end]
            hits = search_dates(text, languages=["en"], settings=settings) or []
            cursor = 0
            for phrase, moment in hits:
                position = text.find(phrase, cursor)
                if position == -1:
                    continue
                cursor = position + len(phrase)
                start, end = paragraph.start + position, paragraph.start + position + len(phrase)
                gold_value = next((value for (g_start, g_end), value in golds if g_start < end and start < g_end), None)
                found.append(TimeExpression(phrase, _as_gold_precision(moment, gold_value), None, None, start, end))
        return found

    return tag


def main() -> None:
    cases = gold_cases()
    for case in cases:  # warm up both (dateparser loads its language data on first use)
        load_article(str(case.article_path), published=case.anchor)
    dateparser_tagger(cases[0])(load_article(str(cases[0].article_path), published=cases[0].anchor))

    rows = []
    totals = {}
    for name, make_tagger in (("helpers.timex (rules)", lambda case: find_time_expressions),
                              ("dateparser.search_dates", dateparser_tagger)):
        scores, seconds, words = [], 0.0, 0
        for case in cases:
            article = load_article(str(case.article_path), published=case.anchor)
            words += article.word_count
            tagger = make_tagger(case)
            began = time.perf_counter()
            tagger(article)
            seconds += time.perf_counter() - began
            scores.append(evaluate_article(case, tagger))
        totals[name] = (overall(scores), seconds, words, scores)

    print(f"{'tagger':26} {'gold':>4} {'right':>5} {'value acc.':>10} {'precision':>9} {'ms / 1,000 words':>17}")
    for name, (total, seconds, words, _) in totals.items():
        print(f"{name:26} {total['gold']:4d} {total['right']:5d} {total['value_accuracy']:10.0%} "
              f"{total['precision']:9.0%} {seconds / words * 1e6:17.1f}")
    print()
    print(f"{'article':52} {'rules':>6} {'dateparser':>10}")
    ours, theirs = totals["helpers.timex (rules)"][3], totals["dateparser.search_dates"][3]
    for a, b in zip(ours, theirs):
        print(f"{a.name:52} {a.right:>2}/{a.gold:<3} {b.right:>6}/{b.gold:<3}")


if __name__ == "__main__":
    main()
