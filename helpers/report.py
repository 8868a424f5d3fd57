"""A readable summary of an analysis (``analyze --format text``, notebook 05).

It reads only the public JSON document (``Analysis.to_dict()``), so it shows
exactly what scripts see.

>>> from helpers.analysis import analyze
>>> print(text_summary(analyze("Officials met on Monday.", published="2017-01-04")).splitlines()[0])
Article: (no title)
"""
from __future__ import annotations

from collections import Counter


def _shorten(text: str, width: int = 90) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= width else text[: width - 3] + "..."


def text_summary(result) -> str:
    """Several short sections: the article, quotes, speakers, sentiment, time."""
    data = result.to_dict() if hasattr(result, "to_dict") else result
    article = data["article"]
    lines = [
        f"Article: {article.get('title') or '(no title)'}",
        f"  outlet: {article.get('outlet') or '-'} | author: {article.get('author') or '-'} | "
        f"published: {article.get('published') or 'unknown'} ({article.get('published_source') or 'no date given'})",
        f"  {article['word_count']} words, {len(article['paragraphs'])} paragraphs, {len(article['sentences'])} sentences; "
        f"cleaning: {len(article['cleaning'])} actions",
    ]
    for action in article["cleaning"]:
        lines.append(f"    - {action['action']} {action['kind']}: {_shorten(action['text'], 60)!r}")

    quotes = data.get("quotes", [])
    kinds = Counter(quote.get("kind") for quote in quotes)
    lines.append("")
    lines.append(f"Quotes: {len(quotes)} ({', '.join(f'{n} {kind}' for kind, n in kinds.most_common()) or 'none'})")
    for quote in quotes[:12]:
        lines.append(f"  [{quote.get('kind')}] {quote.get('speaker') or 'unattributed'} ({quote.get('cue') or '-'}): "
                     f"{_shorten(quote.get('text', ''), 70)!r}")
    if len(quotes) > 12:
        lines.append(f"  ... and {len(quotes) - 12} more")

    speakers = data.get("speakers", [])
    lines.append("")
    lines.append(f"Speakers: {len(speakers)}")
    for speaker in speakers:
        role = ", ".join(part for part in (speaker.get("role"), speaker.get("affiliation")) if part)
        lines.append(f"  {speaker.get('name')} [{speaker.get('type')}] {role} - {speaker.get('quotes')} quote(s)")

    sentiment = data.get("sentiment") or {}
    overall = sentiment.get("overall") or {}
    lines.append("")
    lines.append(f"Toward {sentiment.get('target', '?')}: {overall.get('label', '-')} "
                 f"(score {overall.get('score')}, {overall.get('n_mentions', 0)} mentions)")
    for row in sentiment.get("by_speaker", []):
        mean = row.get("mean")
        mean_text = f"{mean:+.2f}" if isinstance(mean, (int, float)) else "not enough evidence"
        rules = row.get("rule_stance")
        second = f"; rules alone: {rules}" if rules and rules != row.get("stance") else ""
        lines.append(f"  {row.get('speaker')}: {row.get('stance')} (n={row.get('n')}, mean {mean_text}{second})")

    times = data.get("time_expressions", [])
    lines.append("")
    lines.append(f"Time expressions: {len(times)}")
    for item in times[:15]:
        lines.append(f"  {item.get('text')!r} -> {item.get('value') or 'unresolved'}")
    lines.append(f"Events: {len(data.get('events', []))}")

    if data.get("warnings"):
        lines.append("")
        lines.append("Warnings:")
        lines += [f"  ! {warning}" for warning in data["warnings"]]
    return "\n".join(lines)
