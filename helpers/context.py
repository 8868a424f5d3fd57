"""The context of an article (notebook 01): its anatomy, the evidence for its
publication date, key terms, and words in context.

>>> from helpers.articles import article_from_text
>>> article = article_from_text("Allies meet\\n\\nNATO allies met. The allies agreed.\\n\\nAllies then left.")
>>> key_terms(article, n=1)
[('allies', 3)]
"""
from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from .articles import Article

_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass
class AnatomyPart:
    """One part of a news article: what it is, its text, and a note for students."""

    part: str
    text: str
    note: str


@dataclass
class DateClue:
    """One piece of evidence about when an article was published."""

    clue: str
    evidence: str
    date: dt.date | None
    explanation: str


def article_anatomy(article: Article) -> list[AnatomyPart]:
    """The parts of the article, top to bottom, with what each one is for."""
    parts = []
    if article.kicker:
        parts.append(AnatomyPart("kicker", article.kicker, "a label above the headline: the section or series"))
    if article.title:
        parts.append(AnatomyPart("headline", article.title, "written by an editor to make you read; often bolder than the story"))
    if article.dek:
        parts.append(AnatomyPart("dek (standfirst)", article.dek, "one or two sentences under the headline that sum up the angle"))
    if article.author:
        parts.append(AnatomyPart("byline", article.author, "who wrote it; the author is not a source of quotes"))
    if article.published:
        parts.append(AnatomyPart("date", article.published.isoformat(), f"from the {article.published_source}"))
    body = [p for p in article.paragraphs if p.role == "body"]
    if body:
        parts.append(AnatomyPart("lede", body[0].text, "the first paragraph: the news in a nutshell"))
        parts.append(AnatomyPart("body", f"{len(body)} paragraphs, {article.word_count} words",
                                 "the story, usually most important first (the 'inverted pyramid')"))
    for role, label, note in (("caption", "captions", "text under photos"), ("pull_quote", "pull quotes", "quotes repeated in a box")):
        found = [p for p in article.paragraphs if p.role == role]
        if found:
            parts.append(AnatomyPart(label, f"{len(found)} paragraph(s)", note))
    removed = [c for c in article.cleaning if c.action == "removed"]
    if removed:
        kinds = Counter(c.kind for c in removed)
        parts.append(AnatomyPart("page furniture (removed)", ", ".join(f"{n} × {kind}" for kind, n in kinds.items()),
                                 "ads, credits and links that came with the copy-paste, not the article"))
    return parts


_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:/|$|-)")


def date_from_url(url: str | None) -> dt.date | None:
    """A date written in a URL path (``/2017/01/04/``), or ``None``.

    >>> date_from_url("https://example.com/2017/01/04/some-story/")
    datetime.date(2017, 1, 4)
    """
    if not url:
        return None
    match = _URL_DATE.search(url)
    if not match:
        return None
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        return None


def weekday_mentions(article: Article) -> list[tuple[str, int]]:
    """Weekday names in the article's analysed text, with their offsets."""
    found = []
    for sentence in article.sentences:
        for match in re.finditer(r"\b(" + "|".join(_WEEKDAYS) + r")\b", sentence.plain):
            found.append((match.group(1), sentence.start + match.start()))
    return found


def date_evidence(article: Article) -> list[DateClue]:
    """Every clue the article itself gives about its publication date."""
    clues = []
    if article.published:
        clues.append(DateClue("stated date", f"{article.published_source}: {article.published.isoformat()}",
                              article.published, "the date the publisher (or you) gave"))
    url_date = date_from_url(article.url)
    if url_date:
        clues.append(DateClue("URL path", article.url, url_date, "many sites put the publication date in the address"))
    for paragraph in article.paragraphs:
        if paragraph.role == "dateline":
            from .articles import date_from_dateline

            clues.append(DateClue("dateline", paragraph.text, date_from_dateline(paragraph.text),
                                  "the date printed at the top of the story"))
    if article.published:
        for weekday, _ in weekday_mentions(article):
            same = _WEEKDAYS[article.published.weekday()] == weekday
            days_back = (article.published.weekday() - _WEEKDAYS.index(weekday)) % 7
            clues.append(DateClue(
                "weekday in the text", f"'{weekday}'", article.published - dt.timedelta(days=days_back),
                (f"{article.published.isoformat()} is itself a {weekday}: same-day reporting"
                 if same else f"the most recent {weekday} before {article.published.isoformat()} is {days_back} day(s) earlier"),
            ))
    return clues


def days_between(earlier: str | dt.date, later: str | dt.date) -> int:
    """Whole days from ``earlier`` to ``later``.

    >>> days_between("2017-01-04", "2017-01-20")
    16
    """
    as_date = lambda value: value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
    return (as_date(later) - as_date(earlier)).days


# A short, general list of English function words (no article-specific entries).
_STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below between
both but by can could did do does doing down during each few for from further had has have having he her here
hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours s t don didn doesn isn wasn weren won haven hasn hadn couldn
shouldn wouldn said says say told according one two three many much may might must shall new like even still
just since last first well back get got make made take took way us mr mrs ms re ve ll d m
""".split())


def key_terms(article: Article, n: int = 15, min_count: int = 2) -> list[tuple[str, int]]:
    """The most frequent content words of the analysed text (lower-cased).

    Function words are skipped; acronyms keep their meaning (``nato``).
    """
    words = re.findall(r"[a-z][a-z'-]*[a-z]|[a-z]", " ".join(s.plain for s in article.sentences).lower())
    counts = Counter(word.split("'")[0] for word in words)
    for stop in _STOPWORDS:
        counts.pop(stop, None)
    return [(word, count) for word, count in counts.most_common() if count >= min_count and len(word) > 2][:n]


@dataclass
class InContext:
    """A keyword with the words around it (a concordance line)."""

    left: str
    keyword: str
    right: str
    where: str
    start: int


def keyword_in_context(article: Article, keyword: str, width: int = 50, include_headline: bool = True) -> list[InContext]:
    """Every use of ``keyword`` (whole word, any case) with ``width`` characters each side.

    >>> from helpers.articles import article_from_text
    >>> [line.keyword for line in keyword_in_context(article_from_text("A reset. Another Reset now."), "reset")]
    ['reset', 'Reset']
    """
    pattern = re.compile(r"\b" + re.escape(keyword) + r"\b", re.I)
    lines = []
    sources = []
    if include_headline:
        sources += [("headline", article.title), ("dek", article.dek)]
    sources += [(f"paragraph {p.index}", p.text) for p in article.paragraphs]
    for where, text in sources:
        if not text:
            continue
        for match in pattern.finditer(text):
            left = " ".join(text[max(0, match.start() - width):match.start()].split())
            right = " ".join(text[match.end():match.end() + width].split())
            lines.append(InContext(left, match.group(0), right, where, match.start()))
    return lines
