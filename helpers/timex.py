"""Find time expressions in an article and resolve them against its publication date.

A reporter writes "on Wednesday", "last week" or "in early November" and leaves
it to the reader to work out the date from when the story appeared. This module
does the same with a small set of readable rules (no machine learning):

1. *Find* candidate expressions with regular expressions (dates, month names,
   weekdays, "last week", "two years ago", decades, seasons, years ...).
2. *Filter* the ones that are not time expressions ("may" and "march" as verbs,
   "Russia Today", "2,000 troops", "36 shells", "a second").
3. *Resolve* each to an ISO 8601 ``value`` with a ``precision`` and a TimeML
   ``mod`` and write the reasoning in words (``reason``).

Relative expressions ("yesterday", "on Friday", "in September") need an anchor:
the publication date. Without one they are still found, but their ``value`` is
``None`` and ``reason`` says why. Today's date is never used.

Conventions (where news usage is ambiguous):

* Weekdays: in past or present tense the most recent such day, *including the
  anchor day itself* ("on Wednesday" in a story from Wednesday is that day); with
  ``will``/``next``/"is expected to" the coming one (the anchor day counts,
  except after ``next``).
* Weeks are ISO weeks (Monday to Sunday, value ``2017-W01``), with one
  exception: on a **Sunday**, "last week" is the seven days just before it
  (Sunday to Saturday, the U.S. Sunday-first week), written as an interval. In
  ISO terms those days are still "this week", and the ISO "previous week" would
  skip them: a writer on a Sunday never means that.
* A month name without a year is the most recent such month (the current month
  included) unless the sentence is in the future tense; a day and month without
  a year take the publication year, unless the tense rules it out (a past-tense
  "Dec. 29" in a story from January 4 is last year's).
* "in N weeks" and "N days ago" keep the precision of their unit: "in two
  weeks" is an ISO week, not an invented day.
* ``08/21/2015`` is read U.S.-style (month first) unless the first number
  cannot be a month.

>>> anchor = "2017-01-04"
>>> [(t.text, t.value, t.mod) for t in find_time_expressions_in_text(
...     "On Wednesday, the ministry said it was ready. In early November, it was not.", anchor)]
[('Wednesday', '2017-01-04', None), ('early November', '2016-11', 'START')]
>>> [t.value for t in find_time_expressions_in_text("She may march in May 2016.", anchor)]
['2016-05']
>>> find_time_expressions_in_text("They met yesterday.", None)[0].value is None
True
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .typography import normalise_typography


@dataclass
class TimeExpression:
    """One time expression, with its resolved ISO 8601 value.

    ``value`` formats: ``2017-01-04`` (day), ``2017-W01`` (ISO week), ``2016-11``
    (month), ``2016-SU`` (season), ``2016`` (year), ``199`` (decade: the 1990s),
    or an interval ``start/end``. ``None`` when it cannot be resolved.
    """

    text: str
    value: str | None
    precision: str | None  # day, week, month, season, year, decade
    mod: str | None  # START, MID, END, APPROX, MORE_THAN, LESS_THAN (TimeML)
    start: int
    end: int
    relative: bool = False  # needs an anchor date to be resolved
    anchor: str | None = None  # the date it was resolved against (ISO), if any
    reason: str = ""
    sentence: int | None = None

    def to_dict(self) -> dict:
        """The fields as a dictionary (what ``dataclasses.asdict`` gives, written out: faster)."""
        return {"text": self.text, "value": self.value, "precision": self.precision, "mod": self.mod,
                "start": self.start, "end": self.end, "relative": self.relative, "anchor": self.anchor,
                "reason": self.reason, "sentence": self.sentence}


# --------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
            "mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "a hundred": 100, "one hundred": 100,
}
SEASONS = {"spring": ("SP", 3), "summer": ("SU", 6), "autumn": ("FA", 9), "fall": ("FA", 9), "winter": ("WI", 12)}
#: TimeML modifiers for words in front of a period.
MODIFIERS = {"early": "START", "mid": "MID", "late": "END", "the beginning of": "START", "the start of": "START",
             "the middle of": "MID", "the end of": "END", "the close of": "END"}
#: Words before a number that make it an approximate or bounded quantity.
QUANTITY_MODS = {
    "more than": "MORE_THAN", "over": "MORE_THAN", "little over": "MORE_THAN", "a little over": "MORE_THAN",
    "just over": "MORE_THAN", "little more than": "MORE_THAN", "a little more than": "MORE_THAN",
    "less than": "LESS_THAN", "under": "LESS_THAN", "just under": "LESS_THAN", "nearly": "LESS_THAN",
    "almost": "LESS_THAN", "about": "APPROX", "around": "APPROX", "some": "APPROX", "roughly": "APPROX",
    "approximately": "APPROX",
}

_M_FULL = "January|February|March|April|May|June|July|August|September|October|November|December"
_M_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
MONTH = rf"(?:{_M_FULL}|(?:{_M_ABBR})\.?)"
_WD_FULL = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
WEEKDAY = rf"(?:{_WD_FULL}|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.)"
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?![\d:])"
YEAR = r"(?:1\d{3}|20\d{2})(?!\d)"
NUMBER = r"(?:\d{1,3}|" + "|".join(sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)) + ")"
QMOD = "|".join(sorted((re.escape(w) for w in QUANTITY_MODS), key=len, reverse=True))
PERIOD_MOD = r"(?:early|mid|late|the\s+(?:beginning|start|middle|end|close)\s+of)"
DASH = r"\s*(?:-|to|through|until|till|and)\s*"

_I = re.IGNORECASE
#: Each rule: a name and a pattern. Every candidate found is kept; where two
#: overlap, the longer one wins (so "Friday, August 21, 2015" beats "Friday").
RULES: list[tuple[str, re.Pattern]] = [
    ("date_mdy", re.compile(
        rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY})(?:{DASH}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY}))?,?\s+(?P<y>{YEAR})")),
    ("date_dmy", re.compile(
        rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?\s+(?:of\s+)?(?P<m>{MONTH}),?\s+(?P<y>{YEAR})")),
    ("date_iso", re.compile(r"(?<![\d/.-])(?P<y>(?:1\d|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d/-])")),
    ("date_numeric", re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:1\d|20)\d\d|\d\d)(?![\d/.]\d)")),
    ("month_day", re.compile(
        rf"\b(?:(?P<rel>last|this|next)\s+)?(?:(?P<wd>{WEEKDAY}),?\s+)?(?P<m>{MONTH})\s+(?P<d>{DAY})(?:{DASH}(?:(?P<m2>{MONTH})\s+)?(?P<d2>{DAY}))?(?!,?\s*\d)")),
    ("day_month", re.compile(
        rf"\b(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<d>{DAY})(?:{DASH}(?P<d2>{DAY}))?\s+(?:of\s+)?(?P<m>{MONTH})(?!\s*,?\s*\d)")),
    ("month_year", re.compile(
        rf"\b(?:(?P<mod>(?i:{PERIOD_MOD}))[\s-]+)?(?P<m>{MONTH})(?:\s+of|,)?\s+(?:(?P<y>{YEAR})|(?P<rel>(?i:this|last|next))\s+year)")),
    ("month", re.compile(
        rf"\b(?:(?P<mod>(?i:{PERIOD_MOD}))[\s-]+)?(?:(?P<rel>(?i:last|this|next))\s+)?(?P<m>{_M_FULL})(?!\w)")),
    ("season", re.compile(
        rf"\b(?:(?P<mod>{PERIOD_MOD})[\s-]+)?(?:(?P<det>the|this|last|next)\s+)?(?:(?P<mod2>early|mid|late)[\s-]+)?"
        rf"(?P<s>spring|summer|autumn|fall|winter)(?:\s+(?:of\s+)?(?P<y>{YEAR}))?(?!\w)", _I)),
    ("decade", re.compile(
        rf"(?<!\w)(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<c>1\d|20)(?P<dd>\d)0|'(?P<short>\d)0)'?s(?!\w)", _I)),
    ("year_range", re.compile(
        rf"(?<![\w$€£.,/-])(?:(?:from|between)\s+)?(?P<y>{YEAR})\s*(?:-|to|through|until|and)\s*(?P<y2>{YEAR}|\d\d)(?![\w%]|,\d|\.\d)", _I)),
    ("year", re.compile(rf"(?<![\w$€£.,/#-])(?:(?P<mod>{PERIOD_MOD})[\s-]+)?(?P<y>{YEAR})(?![\w%]|,\d|\.\d|-\d)", _I)),
    ("deictic_day", re.compile(
        r"\b(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|tonight|yesterday|tomorrow|"
        r"right\s+now|this\s+(?:morning|afternoon|evening)|last\s+night)(?!\w)", _I)),
    ("weekday", re.compile(
        rf"\b(?:(?P<rel>last|this|next|coming|past)\s+)?(?P<wd>{_WD_FULL})(?:\s+(?P<part>morning|afternoon|evening|night))?(?!\w)")),
    ("relative_period", re.compile(
        rf"\b(?:(?P<mod>{PERIOD_MOD}|earlier|later)[\s-]+)?(?:the\s+)?(?P<rel>last|this|next|coming|current|previous|past)\s+"
        r"(?P<unit>week|weekend|month|year)(?P<sic>s(?!'|\w))?(?!\w)", _I)),
    ("the_end_of", re.compile(r"\b(?P<mod>the\s+(?:beginning|start|middle|end|close)\s+of)\s+the\s+(?P<unit>week|month|year)(?!\w)", _I)),
    ("ago", re.compile(
        rf"\b(?:(?P<q>{QMOD})\s+)?(?P<n>{NUMBER})\s+(?P<unit>day|week|month|year|decade)s?\s+ago(?!\w)", _I)),
    ("in_future", re.compile(
        rf"\bin\s+(?:(?P<q>{QMOD})\s+)?(?P<n>{NUMBER})\s+(?P<unit>day|week|month|year)s?(?:'?\s+time)?(?!\w)", _I)),
    ("from_now", re.compile(
        rf"\b(?:(?P<q>{QMOD})\s+)?(?P<n>{NUMBER})\s+(?P<unit>day|week|month|year)s?\s+from\s+(?:now|today)(?!\w)", _I)),
]

#: Speed: rules with a rarer keyword are only tried in a window around that
#: keyword (keyword pattern, characters before it, characters after it).
_MONTH_TRIGGER = (re.compile(rf"\b(?:{_M_FULL}|{_M_ABBR})\b"), 48, 48)
TRIGGERS = {
    "date_mdy": _MONTH_TRIGGER, "date_dmy": _MONTH_TRIGGER, "month_day": _MONTH_TRIGGER, "day_month": _MONTH_TRIGGER,
    "month_year": _MONTH_TRIGGER, "month": _MONTH_TRIGGER,
    "season": (re.compile(r"\b(?:spring|summer|autumn|fall|winter)\b", _I), 40, 20),
    "ago": (re.compile(r"\bago\b", _I), 60, 0),
    "from_now": (re.compile(r"\bfrom\s+(?:now|today)\b", _I), 60, 0),
}


def _rule_matches(name: str, pattern: re.Pattern, text: str, hits: dict):
    """All matches of one rule, searched only near its keyword when it has one."""
    trigger = TRIGGERS.get(name)
    if trigger is None:
        yield from pattern.finditer(text)
        return
    keyword, before, after = trigger
    if id(keyword) not in hits:
        hits[id(keyword)] = [hit.span() for hit in keyword.finditer(text)]
    seen = set()
    for hit_start, hit_end in hits[id(keyword)]:
        low, high = max(0, hit_start - before), min(len(text), hit_end + after)
        for match in pattern.finditer(text, low, high):
            if match.start() <= hit_start and match.end() >= hit_end and match.span() not in seen:
                seen.add(match.span())
                yield match


#: Speed: a rule is skipped when the text lacks something that every match of it contains.
#: The checks read ``folded``, the text in lower case with the four non-ASCII letters that match
#: an ASCII letter case-insensitively (dotted and dotless i, long s, Kelvin sign) written as that
#: letter, so a skip never loses a match.
_DIGIT = re.compile(r"\d")
_FOUR_DIGITS = re.compile(r"\d{4}")
_NUMERIC_DATE_HINT = re.compile(r"\d[/.]\d")
_CASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})
_UNITS = ("week", "month", "year")
_DEICTIC_WORDS = ("today", "tonight", "yesterday", "tomorrow", "now", "morning", "afternoon", "evening", "night")
RULE_NEEDS = {
    "date_iso": lambda text, folded: "-" in text and _DIGIT.search(text) is not None,
    "date_numeric": lambda text, folded: _NUMERIC_DATE_HINT.search(text) is not None,
    "decade": lambda text, folded: "0s" in folded or "0's" in folded,
    "year_range": lambda text, folded: _FOUR_DIGITS.search(text) is not None,
    "year": lambda text, folded: _FOUR_DIGITS.search(text) is not None,
    "deictic_day": lambda text, folded: any(word in folded for word in _DEICTIC_WORDS),
    "weekday": lambda text, folded: "day" in text,
    "relative_period": lambda text, folded: any(unit in folded for unit in _UNITS),
    "the_end_of": lambda text, folded: any(unit in folded for unit in _UNITS),
    "in_future": lambda text, folded: "day" in folded or any(unit in folded for unit in _UNITS),
}


def _folded(text: str) -> str:
    """``text`` for the checks of ``RULE_NEEDS`` (see there)."""
    return text.translate(_CASE_TWINS).lower()


#: Words that, right before a bare number, make it a year ("in 2014", "since 1991").
YEAR_PREPOSITIONS = frozenset(
    "in since by until till from of during before after between through throughout circa c. around early late mid "
    "the and or to year summer spring autumn fall winter than in,".split())
#: Words that, right before a number, make it a count or a label, not a year.
NOT_YEAR_BEFORE = frozenset(
    "than about some nearly almost over around approximately roughly least total resolution article no no. nos number "
    "flight highway route room page pp p. paragraph section chapter rule model unit squadron brigade division regiment "
    "battalion order decree bill h.r. code item case volume vol vol. issue form serial track exit gate terminal platform "
    "line bus at of: score scored with to-".split())
#: Words right after a number that make it a quantity ("2000 troops", "1500 GMT").
NOT_YEAR_AFTER = re.compile(
    r"\s*(?:%|percent\b|per\s+cent\b|hours?\b|hrs\b|gmt\b|utc\b|[ecmbp][sd]t\b|local\b|km\b|kilomet|miles?\b|met(?:er|re)s?\b|feet\b|"
    r"ft\b|kg\b|tons?\b|tonnes?\b|people\b|men\b|women\b|children\b|troops\b|soldiers\b|dollars\b|euros\b|pounds\b|votes\b|"
    r"seats\b|times\b|words\b|pages\b|rounds\b|shells\b|units\b|cases\b|deaths\b|members\b|residents\b|refugees\b|"
    r"[a-z]+s\b(?<!\bwas)(?<!\bhas)(?<!\bis)(?<!\bas)(?<!\bits)(?<!\bthis)(?<!\bus))",
    _I,
)
#: Names that contain a weekday but are not a date ("Black Friday", "Super Tuesday").
WEEKDAY_NAME_BEFORE = frozenset("black good super cyber ash holy easter palm maundy bloody giving man girl".split())
WEEKDAY_NAME_AFTER = re.compile(r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Star|People|Sport|Independent|Night Live|School)\b")
#: A verb of state right after "X today" makes "today" mean "nowadays" ("Russia today is ...").
NOWADAYS_AFTER = re.compile(r"\s*(?:is|are|isn't|aren't|remains?|looks?|seems?|faces?|stands?|needs?|has|have|wants?)\b", _I)
#: Words before a bare month name that make it a month (not a name, a verb or "the march").
MONTH_CONTEXT_BEFORE = frozenset(
    "in since by until till through throughout during from to of before after between and or last this next early "
    "mid late that each every since,".split())
#: Duration phrases: "the first time in two years" is not "two years from now".
NOT_FUTURE_BEFORE = re.compile(r"(?:first|only|once|twice|time|times|highest|lowest|most|least|best|worst|fewest|largest|biggest|"
                               r"smallest|record|strongest|weakest|longest)\s*$", _I)

FUTURE_MARKERS = re.compile(
    r"\b(?:(?:will|won't|wo\s+n't|shall|'ll)(?:\s+(?:not|be|have|been)){0,2}(?:\s+\w+(?:ed|en)\b|\s+held\b|\s+met\b)?|going\s+to|is\s+to|are\s+to|due\s+to|expected\s+to|scheduled\s+to|set\s+to|"
    r"plans?\s+to|planning\s+to|intends?\s+to|hopes?\s+to|aims?\s+to|upcoming|to\s+be\s+held|next)\b", _I)
PAST_MARKERS = re.compile(
    r"\b(?:said|says|told|tells|was|were|had|did|didn't|\w{2,}ed|met|took|made|went|came|began|saw|gave|held|sent|spoke|"
    r"won|lost|left|fell|rose|struck|fought|shot|hit|led|put|cut|brought|thought|knew|wrote|became|got|ran|sat|stood|"
    r"spent|paid|meant|felt|kept|heard|told|sought|taught|caught|broke|chose|drew|drove|flew|froze|forgot|forgave|"
    r"hid|laid|rode|rang|sang|sank|shook|slid|spun|stole|stuck|stung|swore|swept|swam|swung|tore|threw|woke|wore|"
    r"wound|ago|yesterday)\b", _I)


# --------------------------------------------------------------------------
# Public functions
# --------------------------------------------------------------------------

def find_time_expressions(article) -> list[TimeExpression]:
    """Time expressions in the analysed paragraphs of an ``Article``, resolved
    against ``article.published`` (left unresolved when it is ``None``).

    >>> from helpers.articles import article_from_text
    >>> article = article_from_text("NATO met on Monday. It meets again next week.", published="2017-01-04")
    >>> [(t.text, t.value, t.sentence) for t in find_time_expressions(article)]
    [('Monday', '2017-01-02', 0), ('next week', '2017-W02', 1)]
    """
    found: list[TimeExpression] = []
    for paragraph in article.paragraphs:
        plain = article.plain[paragraph.start:paragraph.end]
        for item in find_time_expressions_in_text(plain, article.published):
            item.start += paragraph.start
            item.end += paragraph.start
            item.text = article.text[item.start:item.end]
            sentence = article.sentence_at(item.start)
            item.sentence = sentence.index if sentence else None
            found.append(item)
    return found


def find_time_expressions_in_text(text: str, anchor=None) -> list[TimeExpression]:
    """Find and resolve time expressions in a plain string.

    ``anchor`` is the publication date (a ``datetime.date``, an ISO string, or
    ``None``). Offsets index ``text``.

    >>> [(t.text, t.value) for t in find_time_expressions_in_text("Talks end June 21-26, 2015.")]
    [('June 21-26, 2015', '2015-06-21/2015-06-26')]
    """
    anchor_date = _as_date(anchor)
    plain = normalise_typography(text)
    candidates = []
    keyword_hits: dict = {}
    folded = _folded(plain)
    for name, pattern in RULES:
        needs = RULE_NEEDS.get(name)
        if needs is not None and not needs(plain, folded):
            continue
        for match in _rule_matches(name, pattern, plain, keyword_hits):
            if match.end() > match.start():
                candidates.append((match.start(), match.end(), name, match))
    candidates.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    results: list[TimeExpression] = []
    last_end = -1
    for start, end, name, match in candidates:
        if start < last_end:
            continue
        item = _RESOLVERS[name](match, plain, anchor_date)
        if item is None:
            continue
        item.text = text[item.start:item.end]
        results.append(item)
        last_end = item.end
    return results


# --------------------------------------------------------------------------
# Small date helpers
# --------------------------------------------------------------------------

def _as_date(value) -> dt.date | None:
    from .articles import parse_date

    return parse_date(value, "anchor date")


def iso_week(day: dt.date) -> str:
    """ISO week of a date: ``iso_week(date(2017, 1, 4))`` is ``'2017-W01'``.

    >>> iso_week(dt.date(2017, 1, 1))
    '2016-W52'
    """
    year, week, _ = day.isocalendar()
    return f"{year}-W{week:02d}"


def _add_months(day: dt.date, months: int) -> tuple[int, int]:
    index = day.year * 12 + (day.month - 1) + months
    return index // 12, index % 12 + 1


def _valid_day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _number(word: str) -> int | None:
    word = re.sub(r"\s+", " ", word.lower())
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def _word_before(text: str, position: int) -> str:
    match = re.search(r"([\w.:'-]+)[\s,]*$", text[max(0, position - 40):position])
    return match.group(1).lower() if match else ""


def _sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The sentence around a span, looking at most 400 characters each way (keeps the tagger linear)."""
    low, high = max(0, start - 400), min(len(text), end + 400)
    left = max(text.rfind(". ", low, start), text.rfind("? ", low, start), text.rfind("! ", low, start), text.rfind("\n", low, start))
    right_candidates = [i for i in (text.find(". ", end, high), text.find("? ", end, high), text.find("! ", end, high),
                                    text.find("\n", end, high)) if i != -1]
    return (left + 1 if left != -1 else low), (min(right_candidates) + 1 if right_candidates else high)


PRESENT_MARKERS = re.compile(r"\b(?:is|are|am|isn't|aren't|has|have|hasn't|haven't|remains?|does|doesn't)\b", _I)
#: Reporting verbs are weak tense evidence: "The deadline is Jan. 15, officials said" is about the deadline.
REPORTING = frozenset("said says told tells added stated announced reported wrote".split())


def tense_near(text: str, start: int, end: int) -> str:
    """``'future'``, ``'past'``, ``'present'`` or ``'unknown'``: the tense of the
    marker nearest to a span in its sentence (reporting verbs count as further away).

    >>> tense_near("They will meet on Friday.", 18, 24)
    'future'
    >>> tense_near("They met on Friday, and will meet again.", 12, 18)
    'past'
    """
    left, right = _sentence_bounds(text, start, end)
    best = None
    for pattern, tense in ((FUTURE_MARKERS, "future"), (PAST_MARKERS, "past"), (PRESENT_MARKERS, "present")):
        for match in pattern.finditer(text, left, right):
            if start <= match.start() < end:
                continue
            distance = start - match.end() if match.end() <= start else match.start() - end
            if match.group().lower() in REPORTING:
                distance += 40
            # on a tie the future wins ("expected to" also looks like a past "-ed" verb), then the past
            key = (distance, {"future": 0, "past": 1, "present": 2}[tense])
            if best is None or key < best[0]:
                best = (key, tense)
    return best[1] if best else "unknown"


def _make(match, start, end, value, precision, mod, anchor, reason, relative) -> TimeExpression:
    return TimeExpression(text="", value=value, precision=precision, mod=mod, start=start, end=end,
                          relative=relative, anchor=anchor.isoformat() if (anchor and relative) else None, reason=reason)


def _unresolved(match, start, end, precision, what) -> TimeExpression:
    return TimeExpression(text="", value=None, precision=precision, mod=None, start=start, end=end, relative=True,
                          anchor=None, reason=f"{what} depends on when the article was written, and no publication date "
                          "was given: give one (published='YYYY-MM-DD') to resolve it.")


def _mod_of(words: str | None) -> str | None:
    if not words:
        return None
    return MODIFIERS.get(re.sub(r"\s+", " ", words.lower()))


def _quantity_mod(words: str | None) -> str | None:
    if not words:
        return None
    return QUANTITY_MODS.get(re.sub(r"\s+", " ", words.lower()))


def _year_of_day_month(month: int, day: int, anchor: dt.date, tense: str) -> int:
    """A day and month without a year: the publication year, unless the tense
    says otherwise by more than a week."""
    year = anchor.year
    candidate = _valid_day(year, month, day) or dt.date(year, month, 28)
    if tense == "past" and candidate - anchor > dt.timedelta(days=7):
        return year - 1
    if tense == "future" and anchor - candidate > dt.timedelta(days=7):
        return year + 1
    return year


def _month_label(month: int) -> str:
    return dt.date(2000, month, 1).strftime("%B")


# --------------------------------------------------------------------------
# Resolvers: one per rule. Each returns a TimeExpression or None (rejected).
# --------------------------------------------------------------------------

def _resolve_full_date(match, text, anchor):
    year = int(match["y"])
    month = MONTHS[match["m"].rstrip(".").lower()]
    day = int(re.match(r"\d+", match["d"]).group())
    first = _valid_day(year, month, day)
    if first is None:
        return None
    start, end = match.start(), match.end()
    if match.groupdict().get("d2"):
        month2 = MONTHS[match["m2"].rstrip(".").lower()] if match.groupdict().get("m2") else month
        last = _valid_day(year, month2, int(re.match(r"\d+", match["d2"]).group()))
        if last is None or last <= first:
            return None
        return _make(match, start, end, f"{first.isoformat()}/{last.isoformat()}", "day", None, anchor,
                     "a range of days written out in full", False)
    reason = "a full date: day, month and year are all written out"
    if match.groupdict().get("wd") and WEEKDAYS[match["wd"].rstrip(".").lower()] != first.weekday():
        reason += f" (note: the weekday written does not match; {first:%A} is the calendar's)"
    return _make(match, start, end, first.isoformat(), "day", None, anchor, reason, False)


def _resolve_iso(match, text, anchor):
    day = _valid_day(int(match["y"]), int(match["m"]), int(match["d"]))
    if day is None:
        return None
    return _make(match, match.start(), match.end(), day.isoformat(), "day", None, anchor, "an ISO 8601 date (year-month-day)", False)


def _resolve_numeric(match, text, anchor):
    a, b, year = int(match["a"]), int(match["b"]), match["y"]
    if len(year) == 2:
        year = ("20" if int(year) <= ((anchor.year % 100) if anchor else 30) + 1 else "19") + year
    year = int(year)
    if match["sep"] == ".":
        day, month, style = a, b, "day.month.year (European style)"
    elif a > 12:
        day, month, style = a, b, "day/month/year (the first number cannot be a month)"
    else:
        month, day, style = a, b, "month/day/year (U.S. style)"
    date = _valid_day(year, month, day)
    if date is None:
        return None
    return _make(match, match.start(), match.end(), date.isoformat(), "day", None, anchor, f"a numeric date read as {style}", False)


def _resolve_month_day(match, text, anchor):
    month = MONTHS[match["m"].rstrip(".").lower()]
    groups = match.groupdict()
    start, end = match.start(), match.end()
    if groups.get("rel") and not groups.get("wd"):
        # "last May 4" is rare; keep it simple: drop the relative word from the span.
        start = match.start("m")
    if match["m"].rstrip(".") in ("May", "March") and not re.match(r"\d+(st|nd|rd|th)?$", match["d"]):
        return None
    day = int(re.match(r"\d+", match["d"]).group())
    if not (1 <= day <= 31):
        return None
    if anchor is None:
        return _unresolved(match, start, end, "day", f"'{text[start:end]}' has no year, so it")
    tense = tense_near(text, start, end)
    year = _year_of_day_month(month, day, anchor, tense)
    first = _valid_day(year, month, day)
    if first is None:
        return None
    why = "the publication year" if year == anchor.year else (
        "last year: the sentence is in the past tense and the date would otherwise lie after publication" if year < anchor.year
        else "next year: the sentence is in the future tense and the date would otherwise lie before publication")
    if groups.get("d2"):
        month2 = MONTHS[match["m2"].rstrip(".").lower()] if groups.get("m2") else month
        last = _valid_day(year, month2, int(re.match(r"\d+", match["d2"]).group()))
        if last is None or last <= first:
            return None
        return _make(match, start, end, f"{first.isoformat()}/{last.isoformat()}", "day", None, anchor,
                     f"a range of days with no year: {why} ({year})", True)
    return _make(match, start, end, first.isoformat(), "day", None, anchor,
                 f"day and month with no year: {why} ({year}), publication date {anchor.isoformat()}", True)


def _resolve_month_year(match, text, anchor):
    month = MONTHS[match["m"].rstrip(".").lower()]
    if match["m"][0].islower():
        return None
    mod = _mod_of(match["mod"])
    if match["y"]:
        return _make(match, match.start(), match.end(), f"{int(match['y']):04d}-{month:02d}", "month", mod, anchor,
                     "a month with its year written out", False)
    if anchor is None:
        return _unresolved(match, match.start(), match.end(), "month", f"'{match.group()}'")
    shift = {"this": 0, "last": -1, "next": 1}[match["rel"].lower()]
    year = anchor.year + shift
    return _make(match, match.start(), match.end(), f"{year}-{month:02d}", "month", mod, anchor,
                 f"'{match['rel'].lower()} year' counted from the publication year {anchor.year}", True)


def _resolve_month(match, text, anchor):
    name = match["m"]
    mod = _mod_of(match["mod"])
    rel = match["rel"]
    before = _word_before(text, match.start())
    has_context = bool(mod or rel) or before in MONTH_CONTEXT_BEFORE
    if name in ("May", "March", "June", "April", "August") and not has_context:
        return None  # a verb ("May I"), a march, or a first name ("April Ryan")
    if not has_context and re.match(r"\s+[A-Z]", text[match.end():match.end() + 2]):
        return None  # followed by a capitalised word: probably a name
    if not has_context and before in ("the", "a", "an"):
        return None
    month = MONTHS[name.lower()]
    if anchor is None:
        return _unresolved(match, match.start(), match.end(), "month", f"'{match.group()}' has no year, so it")
    tense = tense_near(text, match.start(), match.end())
    rel_word = rel.lower() if rel else None
    if rel_word == "last":
        year = anchor.year if month < anchor.month else anchor.year - 1
        why = f"'last {name}': the most recent {name} before the publication month"
    elif rel_word == "next":
        year = anchor.year if month > anchor.month else anchor.year + 1
        why = f"'next {name}': the first {name} after the publication month"
    elif rel_word == "this":
        year = anchor.year
        why = f"'this {name}': {name} of the publication year"
    elif tense == "future":
        year = anchor.year if month >= anchor.month else anchor.year + 1
        why = f"future tense: the coming {name} (the publication month included)"
    elif tense == "present" and before not in ("since", "from", "after", "until"):
        past_year = anchor.year if month <= anchor.month else anchor.year - 1
        months_back = (anchor.year - past_year) * 12 + anchor.month - month
        year = past_year if months_back <= 6 else past_year + 1
        why = f"present tense: the {name} nearest the publication month"
    else:
        year = anchor.year if month <= anchor.month else anchor.year - 1
        why = f"past tense (or no tense): the most recent {name} (the publication month included)"
    return _make(match, match.start(), match.end(), f"{year}-{month:02d}", "month", mod, anchor,
                 f"{why}, counted from {anchor.isoformat()}", True)


def _resolve_season(match, text, anchor):
    season = match["s"].lower()
    code, start_month = SEASONS[season]
    whole = match.group()
    mod = _mod_of(match["mod"]) or _mod_of(match["mod2"])
    det = (match["det"] or "").lower()
    before = _word_before(text, match.start())
    if match["s"][0].isupper() and not det and not mod and not match["y"] and not _sentence_initial(text, match.start()):
        return None  # "Arab Spring", "Prague Spring": a name
    if not (match["y"] or det in ("this", "last", "next") or mod):
        if det == "the" and before not in ("in", "during", "over", "since", "by", "until", "through", "throughout", "before", "after"):
            return None  # "the spring offensive": not a date
        if not det and before not in ("in", "during", "since", "by", "until", "over", "through"):
            return None
        if season == "fall" and not det:
            return None  # "fall" is usually the verb
    if match["y"]:
        return _make(match, match.start(), match.end(), f"{int(match['y'])}-{code}", "season", mod, anchor,
                     "a season with its year written out", False)
    if anchor is None:
        return _unresolved(match, match.start(), match.end(), "season", f"'{whole}'")
    # A season's year is the year it starts in (winter 2016 = Dec 2016 to Feb 2017).
    current_start_year = anchor.year if anchor.month >= start_month else anchor.year - 1
    in_season = (anchor.month - start_month) % 12 < 3
    tense = tense_near(text, match.start(), match.end())
    if det == "last":
        year = current_start_year - 1 if in_season else current_start_year
    elif det == "next":
        year = current_start_year + 1
    elif in_season:
        year = current_start_year
    elif det == "this":
        year = anchor.year
    elif tense == "future":
        year = current_start_year + 1
    else:
        year = current_start_year
    direction = "future" if det == "next" or (det != "last" and tense == "future") else "past"
    return _make(match, match.start(), match.end(), f"{year}-{code}", "season", mod, anchor,
                 f"the {season} nearest in the direction the sentence points ({direction}), counted from "
                 f"{anchor.isoformat()}; a season's year is the year it starts in", True)


def _sentence_initial(text: str, position: int) -> bool:
    return bool(re.search(r"(?:^|[.!?:\"]\s+|\n)\s*$", text[max(0, position - 5):position])) or position == 0


def _resolve_decade(match, text, anchor):
    mod = {"early": "START", "mid": "MID", "late": "END"}.get((match["mod"] or "").lower())
    if match["short"] is not None:
        digit = int(match["short"])
        century = 19
        if anchor and (2000 + digit * 10) <= anchor.year:
            century = 20
        value = f"{century}{digit}"
        why = "a decade written with two digits; the century is the latest one not after publication"
        relative = anchor is not None
    else:
        value = f"{match['c']}{match['dd']}"
        why = "a decade (ISO writes the 1990s as 199)"
        relative = False
    return _make(match, match.start(), match.end(), value, "decade", mod, anchor, why, relative)


def _reject_year(text: str, start: int, end: int, year: int, has_mod: bool) -> bool:
    before = _word_before(text, start)
    prefix = text[max(0, start - 2):start]
    if NOT_YEAR_AFTER.match(text, end) and before not in YEAR_PREPOSITIONS:
        return True
    if before in NOT_YEAR_BEFORE and not has_mod:
        return True
    if re.search(r"[\d:]\s*$", prefix):
        return True
    if year < 1900 and before not in YEAR_PREPOSITIONS and not has_mod:
        return True
    return False


def _resolve_year_range(match, text, anchor):
    first = int(match["y"])
    second_text = match["y2"]
    second = int(second_text) if len(second_text) == 4 else (first // 100) * 100 + int(second_text)
    if second <= first or second - first > 200:
        return None
    start = match.start("y") if not re.match(r"(from|between)\s", match.group(), _I) else match.start()
    if re.match(r"between\s", match.group(), _I) and not re.search(r"\band\b", match.group(), _I):
        return None
    if re.search(r"\band\b", match.group(), _I) and not re.match(r"between\s", match.group(), _I):
        return None  # "in 2014 and 2016" are two years, not a range
    if _reject_year(text, match.start("y"), match.end(), first, False):
        return None
    return _make(match, start, match.end(), f"{first}/{second}", "year", None, anchor, "a range of years", False)


def _resolve_year(match, text, anchor):
    year = int(match["y"])
    mod = _mod_of(match["mod"])
    if _reject_year(text, match.start("y"), match.end("y"), year, bool(mod)):
        return None
    return _make(match, match.start(), match.end(), str(year), "year", mod, anchor, "a year written out", False)


def _resolve_deictic_day(match, text, anchor):
    word = re.sub(r"\s+", " ", match["w"].lower())
    start, end = match.start(), match.end()
    if word == "today":
        previous = re.search(r"[A-Z][\w.]*\s+$", text[max(0, start - 30):start])
        if previous and match["w"][0] == "T" and not _sentence_initial(text, start):
            return None  # "Russia Today", "USA Today": a name
        if previous and NOWADAYS_AFTER.match(text, end):
            return None  # "Russia today is ...": nowadays, not a date
    offsets = {"today": 0, "tonight": 0, "right now": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
               "yesterday": -1, "last night": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2}
    offset = offsets[word]
    if anchor is None:
        return _unresolved(match, start, end, "day", f"'{match.group()}'")
    day = anchor + dt.timedelta(days=offset)
    how = "the publication date itself" if offset == 0 else f"{abs(offset)} day{'s' if abs(offset) > 1 else ''} {'before' if offset < 0 else 'after'} publication"
    return _make(match, start, end, day.isoformat(), "day", None, anchor,
                 f"'{word}' = {how} ({anchor.isoformat()} -> {day.isoformat()})", True)


def _resolve_weekday(match, text, anchor):
    before = _word_before(text, match.start())
    if before in WEEKDAY_NAME_BEFORE or WEEKDAY_NAME_AFTER.match(text, match.end("wd")):
        return None
    if re.match(r"s\b", text[match.end("wd"):match.end("wd") + 2]):
        return None  # "on Fridays": a habit, not a date
    rel = (match["rel"] or "").lower()
    start = match.start() if rel in ("last", "this", "next", "coming") else match.start("wd")
    end = match.end()
    target = WEEKDAYS[match["wd"].lower()]
    if anchor is None:
        return _unresolved(match, start, end, "day", f"'{text[start:end]}'")
    if rel == "last" or rel == "past":
        back = (anchor.weekday() - target) % 7 or 7
        day, why = anchor - dt.timedelta(days=back), f"'last {match['wd']}': the {match['wd']} before the publication day"
    elif rel == "next" or rel == "coming":
        ahead = (target - anchor.weekday()) % 7 or 7
        day, why = anchor + dt.timedelta(days=ahead), f"'{rel} {match['wd']}': the first {match['wd']} after the publication day"
    else:
        tense = "future" if rel == "this" and tense_near(text, start, end) == "future" else tense_near(text, start, end)
        if tense == "future":
            ahead = (target - anchor.weekday()) % 7
            day, why = anchor + dt.timedelta(days=ahead), f"future tense: the coming {match['wd']} (the publication day included)"
        else:
            back = (anchor.weekday() - target) % 7
            day, why = anchor - dt.timedelta(days=back), f"past or present tense: the most recent {match['wd']} (the publication day included)"
    return _make(match, start, end, day.isoformat(), "day", None, anchor,
                 f"{why}; published {anchor:%A} {anchor.isoformat()}, so {day:%A} {day.isoformat()}", True)


def _week_value(anchor: dt.date, shift: int) -> tuple[str, str]:
    """Value and explanation for last (-1), this (0) and next (+1) week."""
    if shift == -1 and anchor.weekday() == 6:
        first, last = anchor - dt.timedelta(days=7), anchor - dt.timedelta(days=1)
        return (f"{first.isoformat()}/{last.isoformat()}",
                "published on a Sunday: 'last week' is the Sunday-to-Saturday week just ended (ISO weeks would still call it 'this week')")
    monday = anchor - dt.timedelta(days=anchor.weekday()) + dt.timedelta(days=7 * shift)
    return iso_week(monday), "ISO weeks run Monday to Sunday"


def _resolve_relative_period(match, text, anchor):
    unit = match["unit"].lower()
    rel = match["rel"].lower()
    whole = match.group()
    if match["sic"]:
        # "the last weeks" is vague; "last weeks attack" is a typo for "last week's"
        if unit != "week" or rel != "last" or re.search(r"\bthe\s+$", text[max(0, match.start() - 10):match.start()], _I) or re.match(r"the\s", whole, _I) \
                or not re.match(r"\s+[a-z]", text[match.end():match.end() + 2]):
            return None
    if rel == "past" or (rel in ("coming", "previous", "current") and not re.match(r"(?:\w+[\s-]+)?the\s", whole, _I) and rel != "current"):
        return None  # "the past week" is a duration; "previous" needs another anchor
    if rel == "previous":
        return None
    if match["sic"] is None and re.search(r"s(?!\w)", text[match.end("unit"):match.end("unit") + 1]):
        return None
    mod_words = (match["mod"] or "").lower()
    mod = _mod_of(mod_words)
    start = match.start()
    if re.match(r"the\s", whole, _I) and rel in ("last", "this", "next"):
        return None  # "the last year" is a duration ("over the last year")
    shift = {"last": -1, "this": 0, "current": 0, "next": 1, "coming": 1}[rel]
    if anchor is None:
        return _unresolved(match, start, match.end(), unit, f"'{whole}'")
    if unit == "year":
        value, precision, why = str(anchor.year + shift), "year", f"the publication year {anchor.year}, shifted by {shift}"
    elif unit == "month":
        year, month = _add_months(anchor, shift)
        value, precision, why = f"{year}-{month:02d}", "month", f"the publication month {anchor:%Y-%m}, shifted by {shift}"
    elif unit == "week":
        value, why = _week_value(anchor, shift)
        precision = "week"
    else:  # weekend: Saturday and Sunday
        saturday = anchor - dt.timedelta(days=(anchor.weekday() - 5) % 7)
        if shift == 0 and anchor.weekday() < 5:
            saturday += dt.timedelta(days=7) if tense_near(text, start, match.end()) == "future" else dt.timedelta(0)
        saturday += dt.timedelta(days=7 * max(shift, 0))
        value = f"{saturday.isoformat()}/{(saturday + dt.timedelta(days=1)).isoformat()}"
        precision, why = "day", "a weekend is the Saturday and Sunday"
    return _make(match, start, match.end(), value, precision, mod, anchor,
                 f"'{rel} {unit}' counted from the publication date {anchor.isoformat()}: {why}", True)


def _resolve_the_end_of(match, text, anchor):
    unit = match["unit"].lower()
    mod = _mod_of(match["mod"])
    if anchor is None:
        return _unresolved(match, match.start(), match.end(), unit, f"'{match.group()}'")
    if unit == "year":
        value = str(anchor.year)
    elif unit == "month":
        value = f"{anchor:%Y-%m}"
    else:
        value = _week_value(anchor, 0)[0]
    return _make(match, match.start(), match.end(), value, unit, mod, anchor,
                 f"'{match.group()}' without a name means the current {unit} at publication ({anchor.isoformat()})", True)


def _shifted(anchor: dt.date, unit: str, amount: int) -> tuple[str, str]:
    if unit == "day":
        return (anchor + dt.timedelta(days=amount)).isoformat(), "day"
    if unit == "week":
        return iso_week(anchor + dt.timedelta(days=7 * amount)), "week"
    if unit == "month":
        year, month = _add_months(anchor, amount)
        return f"{year}-{month:02d}", "month"
    if unit == "year":
        return str(anchor.year + amount), "year"
    return str((anchor.year + 10 * amount) // 10), "decade"


def _resolve_offset(match, text, anchor, direction: int):
    amount = _number(match["n"])
    if amount is None or amount == 0:
        return None
    unit = match["unit"].lower()
    mod = _quantity_mod(match["q"])
    start, end = match.start(), match.end()
    if direction > 0 and match.group().lower().startswith("in") and NOT_FUTURE_BEFORE.search(text[max(0, start - 30):start]):
        return None  # "the first time in two years": a duration
    if direction > 0 and re.match(r"\s+(?:of|'s|at)\b", text[end:end + 5]):
        return None  # "in two years of talks"
    if anchor is None:
        return _unresolved(match, start, end, unit, f"'{match.group()}'")
    value, precision = _shifted(anchor, unit, direction * amount)
    word = "ago" if direction < 0 else "from publication"
    why = (f"{amount} {unit}{'s' if amount > 1 else ''} {word}, counted from {anchor.isoformat()}; "
           f"the value keeps the precision of the unit ({precision})")
    if mod:
        why += f"; '{match['q']}' gives mod {mod}"
    return _make(match, start, end, value, precision, mod, anchor, why, True)


_RESOLVERS = {
    "date_mdy": _resolve_full_date,
    "date_dmy": _resolve_full_date,
    "date_iso": _resolve_iso,
    "date_numeric": _resolve_numeric,
    "month_day": _resolve_month_day,
    "day_month": _resolve_month_day,
    "month_year": _resolve_month_year,
    "month": _resolve_month,
    "season": _resolve_season,
    "decade": _resolve_decade,
    "year_range": _resolve_year_range,
    "year": _resolve_year,
    "deictic_day": _resolve_deictic_day,
    "weekday": _resolve_weekday,
    "relative_period": _resolve_relative_period,
    "the_end_of": _resolve_the_end_of,
    "ago": lambda match, text, anchor: _resolve_offset(match, text, anchor, -1),
    "in_future": lambda match, text, anchor: _resolve_offset(match, text, anchor, +1),
    "from_now": lambda match, text, anchor: _resolve_offset(match, text, anchor, +1),
}


def timex_table(items: list[TimeExpression], reasons: bool = True) -> str:
    """A plain-text table of time expressions (for notebooks and the command line).

    >>> print(timex_table(find_time_expressions_in_text("They met yesterday.", "2017-01-04"), reasons=False))
    text       value        precision  mod
    yesterday  2017-01-03   day        -
    """
    if not items:
        return "(no time expressions found)"
    width = max(4, *(len(item.text) for item in items)) + 2
    lines = [f"{'text':{width}}{'value':13}{'precision':11}mod"]
    for item in items:
        lines.append(f"{item.text:{width}}{str(item.value):13}{str(item.precision):11}{item.mod or '-'}")
        if reasons:
            lines.append(f"{'':{width}}  why: {item.reason}")
    return "\n".join(lines)
