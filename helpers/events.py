"""Events: dated actions, from the article and from a curated, sourced dataset.

An ``Event`` says *when* (an ISO 8601 value and its precision), *who* (actors),
*what* (a description, a cooperation/conflict category, a CAMEO code and a
Goldstein value from -10 to +10) and *where it comes from* (a source, or the
article sentence it was read from).

* ``events_from_article`` turns every sentence that has a resolved time
  expression into an event; the kind of action comes from the cue list in
  ``data/lexicons/event_cues.tsv`` (CAMEO codes with Goldstein values).
* ``load_event_dataset`` reads ``data/events/us-nato-russia-relations.csv``.
* ``merge_timeline`` puts both in one table and recognises an article event
  that the dataset already has.

>>> from helpers.articles import article_from_text
>>> from helpers.timex import find_time_expressions
>>> article = article_from_text("On Monday, NATO suspended talks with Russia.", published="2017-01-04")
>>> [(e.date, e.category, e.cameo, e.goldstein, e.actors) for e in events_from_article(article, find_time_expressions(article))]
[('2017-01-02', 'conflict', '16', -4.0, ['NATO', 'Russia'])]
"""
from __future__ import annotations

import csv
import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from .resources import DATA_DIR, LEXICON_DIR

EVENT_DATASET = DATA_DIR / "events" / "us-nato-russia-relations.csv"
CUE_FILE = LEXICON_DIR / "event_cues.tsv"
CSV_COLUMNS = ["date", "precision", "mod", "actors", "relation", "description", "category", "cameo", "goldstein",
               "source_title", "source_url", "from_article", "in_article", "sentence", "start", "end", "note"]


@dataclass
class Event:
    """One dated event. ``start``/``end`` are character offsets in the article
    (for events read from it); ``first_day``/``last_day`` give the dates."""

    date: str  # ISO 8601 value: 2017-01-04, 2016-11, 2016, 2014-W13, 2016-07-08/2016-07-09 ...
    precision: str
    actors: list[str]
    description: str
    category: str  # cooperation, conflict or neutral
    cameo: str | None
    goldstein: float
    source_title: str
    source_url: str | None = None
    from_article: bool = False
    in_article: bool = False  # the article mentions it (from the article, or matched by merge_timeline)
    mod: str | None = None
    relation: str = ""  # NATO-Russia, US-Russia or other (dataset events)
    sentence: int | None = None
    start: int | None = None
    end: int | None = None
    time_text: str | None = None
    cue: str | None = None
    note: str = ""

    @property
    def first_day(self) -> dt.date:
        return value_bounds(self.date)[0]

    @property
    def last_day(self) -> dt.date:
        return value_bounds(self.date)[1]

    @property
    def year(self) -> float:
        """Midpoint as a fractional year, for plotting."""
        middle = self.first_day + (self.last_day - self.first_day) / 2
        return middle.year + (middle.timetuple().tm_yday - 1) / 365.25

    def to_dict(self) -> dict:
        """The fields as a dictionary (what ``dataclasses.asdict`` gives, written out: faster)."""
        return {"date": self.date, "precision": self.precision, "actors": list(self.actors),
                "description": self.description, "category": self.category, "cameo": self.cameo,
                "goldstein": self.goldstein, "source_title": self.source_title, "source_url": self.source_url,
                "from_article": self.from_article, "in_article": self.in_article, "mod": self.mod,
                "relation": self.relation, "sentence": self.sentence, "start": self.start, "end": self.end,
                "time_text": self.time_text, "cue": self.cue, "note": self.note}


# --------------------------------------------------------------------------
# ISO values as date ranges
# --------------------------------------------------------------------------

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def value_bounds(value: str) -> tuple[dt.date, dt.date]:
    """First and last day covered by an ISO 8601 value from the tagger or the dataset.

    >>> value_bounds("2016-11")
    (datetime.date(2016, 11, 1), datetime.date(2016, 11, 30))
    >>> value_bounds("2017-W01")
    (datetime.date(2017, 1, 2), datetime.date(2017, 1, 8))
    >>> value_bounds("199")[1]
    datetime.date(1999, 12, 31)
    """
    if "/" in value:
        left, right = value.split("/", 1)
        return value_bounds(left)[0], value_bounds(right)[1]
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        day = dt.date.fromisoformat(value)
        return day, day
    if match := re.fullmatch(r"(\d{4})-W(\d{2})", value):
        monday = dt.date.fromisocalendar(int(match[1]), int(match[2]), 1)
        return monday, monday + dt.timedelta(days=6)
    if match := re.fullmatch(r"(\d{4})-(\d{2})", value):
        year, month = int(match[1]), int(match[2])
        following = dt.date(year + (month == 12), month % 12 + 1, 1)
        return dt.date(year, month, 1), following - dt.timedelta(days=1)
    if match := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", value):
        year, (first, last) = int(match[1]), _SEASON_MONTHS[match[2]]
        end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
        following = dt.date(end_year + (end_month == 12), end_month % 12 + 1, 1)
        return dt.date(year, first, 1), following - dt.timedelta(days=1)
    if re.fullmatch(r"\d{4}", value):
        return dt.date(int(value), 1, 1), dt.date(int(value), 12, 31)
    if re.fullmatch(r"\d{3}", value):
        return dt.date(int(value) * 10, 1, 1), dt.date(int(value) * 10 + 9, 12, 31)
    raise ValueError(f"not an ISO 8601 date value this project uses: {value!r}")


def category_of(goldstein: float) -> str:
    """cooperation (> 0), conflict (< 0) or neutral (0) on the Goldstein scale."""
    return "cooperation" if goldstein > 0 else "conflict" if goldstein < 0 else "neutral"


# --------------------------------------------------------------------------
# Cues: what kind of action a sentence reports
# --------------------------------------------------------------------------

@dataclass(frozen=True)
class Cue:
    cue: str
    cameo: str
    goldstein: float
    label: str
    pattern: re.Pattern = field(compare=False, repr=False)


@functools.lru_cache(maxsize=4)
def event_cues(path: str | Path = CUE_FILE) -> tuple[Cue, ...]:
    """The cue list (longest first), from ``data/lexicons/event_cues.tsv``.

    >>> [c.cameo for c in event_cues() if c.cue == "sanction*"]
    ['163']
    """
    cues = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cue, cameo, goldstein, label = (part.strip() for part in line.split("\t"))
        words = re.escape(cue.rstrip("*")).replace(r"\ ", r"\s+")
        tail = r"\w*" if cue.endswith("*") else r"(?:s|es|d|ed|ing)?\b"
        cues.append(Cue(cue, cameo, float(goldstein), label, re.compile(rf"\b{words}{tail}", re.IGNORECASE)))
    return tuple(sorted(cues, key=lambda c: -len(c.cue)))


#: The four non-ASCII letters that match an ASCII letter case-insensitively (dotted and dotless i,
#: long s, Kelvin sign), written as that letter: after this and ``lower()`` a substring test is exact.
_CASE_TWINS = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


@functools.lru_cache(maxsize=1024)
def _cue_first_word(cue: str) -> str | None:
    """The first word of a cue in lower case: every match of the cue contains it (``None`` when
    the cue is not plain ASCII, then the cue is always tried)."""
    word = cue.rstrip("*").split(" ")[0].lower()
    return word if word.isascii() and word else None


_NEGATION = re.compile(r"\b(?:not|no|never|without|n't)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


def classify_sentence(text: str, cues=None) -> tuple[Cue | None, str | None]:
    """The cue that decides a sentence's event type, and the words it matched.

    The leftmost non-statement cue wins (in English the main action usually
    comes first); a cue after a negation is skipped; with only statement cues
    the event is a statement (CAMEO 01, Goldstein 0).

    >>> cue, words = classify_sentence("Moscow said it would retaliate against the sanctions.")
    >>> cue.cameo, words
    ('13', 'retaliate')
    """
    cues = event_cues() if cues is None else cues
    found = []
    taken: list[tuple[int, int]] = []
    folded = text.translate(_CASE_TWINS).lower()
    for cue in cues:  # longest first: "cold war" claims its words before "war"
        first_word = _cue_first_word(cue.cue)
        if first_word is not None and first_word not in folded:
            continue  # speed: the cue cannot match
        for match in cue.pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            taken.append(match.span())
            if _NEGATION.search(text[max(0, match.start() - 40):match.start()]):
                continue
            found.append((match.start(), cue, match.group()))
    found.sort(key=lambda item: item[0])
    for _, cue, words in found:
        if cue.cameo != "01":
            return cue, words
    statement = next((item for item in found if item[1].label.startswith("Make public")), None)
    return (statement[1], statement[2]) if statement else (None, None)


# --------------------------------------------------------------------------
# Events from the article
# --------------------------------------------------------------------------

_NOT_ACTORS = frozenset(
    "the a an but and or in on at for with this that these those it its he she they we i you our their his her "
    "as while when with after before since until during if though although however instead whether".split())
_CALENDAR_WORDS = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday|Tomorrow)$")


def fallback_actors(sentence_text: str) -> list[str]:
    """Capitalised names in a sentence (used only when no entities or speakers are given).

    >>> fallback_actors("On Monday, NATO and Russian President Vladimir Putin spoke.")
    ['NATO', 'Russian President Vladimir Putin']
    """
    actors = []
    for match in re.finditer(r"\b[A-Z][\w'.-]*(?:\s+(?:of\s+|the\s+)?[A-Z][\w'.-]*)*", sentence_text):
        words = [w for w in match.group().split() if not _CALENDAR_WORDS.match(w.strip(".,"))]
        while words and words[0].lower() in _NOT_ACTORS:
            words = words[1:]
        name = " ".join(words).rstrip(".,'")
        if name and name.lower() not in _NOT_ACTORS and name not in actors and len(name) > 1:
            actors.append(name)
    return actors


def actors_by_sentence(article, findings=None, entities=None) -> dict[int, list[str]]:
    """Sentence index -> the entities mentioned in it, then the speakers of
    quotes that overlap it (each name once, in that order). One pass over the
    mentions and quotes, so long texts stay fast."""
    entity_names: dict[int, list[str]] = {}
    for entity in entities or []:
        for mention in getattr(entity, "mentions", []):
            sentence = article.sentence_at(mention.start)
            if sentence is not None:
                names = entity_names.setdefault(sentence.index, [])
                if entity.name not in names:
                    names.append(entity.name)
    speakers: dict[int, list[str]] = {}
    for quote in getattr(findings, "quotes", None) or []:
        speaker = getattr(quote, "speaker", None)
        first = article.sentence_at(quote.start)
        last = article.sentence_at(max(quote.start, quote.end - 1))
        if not speaker or first is None:
            continue
        for index in range(first.index, (last.index if last else first.index) + 1):
            names = speakers.setdefault(index, [])
            if speaker not in names:
                names.append(speaker)
    actors = {}
    for index in entity_names.keys() | speakers.keys():
        names = list(entity_names.get(index, []))
        names += [name for name in speakers.get(index, []) if name not in names]
        actors[index] = names
    return actors


def events_from_article(article, time_expressions, findings=None, entities=None) -> list[Event]:
    """One event per sentence that holds a resolved time expression (the first
    one in the sentence dates it). Actors are the entities mentioned in the
    sentence and the speakers of quotes in it; with neither available, the
    capitalised names in the sentence."""
    by_sentence: dict[int, object] = {}
    for item in time_expressions:
        if item.value is None or item.sentence is None or item.sentence in by_sentence:
            continue
        by_sentence[item.sentence] = item
    events = []
    actors = actors_by_sentence(article, findings, entities)
    use_fallback = not entities and not getattr(findings, "quotes", None)
    for index, item in sorted(by_sentence.items()):
        sentence = article.sentences[index]
        cue, words = classify_sentence(sentence.plain)
        goldstein = cue.goldstein if cue else 0.0
        events.append(Event(
            date=item.value,
            precision=item.precision,
            mod=item.mod,
            actors=fallback_actors(sentence.text) if use_fallback else actors.get(index, []),
            description=" ".join(sentence.text.split()),
            category=category_of(goldstein),
            cameo=cue.cameo if cue else None,
            goldstein=goldstein,
            source_title=article.title or str(article.source),
            source_url=article.url,
            from_article=True,
            in_article=True,
            sentence=index,
            start=sentence.start,
            end=sentence.end,
            time_text=item.text,
            cue=words,
            note=f"dated by '{item.text}': {item.reason}" if getattr(item, "reason", "") else "",
        ))
    return events


# --------------------------------------------------------------------------
# The curated dataset
# --------------------------------------------------------------------------

def load_event_dataset(path: str | Path = EVENT_DATASET) -> list[Event]:
    """Read the curated events (``data/events/us-nato-russia-relations.csv``).

    >>> events = load_event_dataset()
    >>> events[0].date, events[0].source_url.startswith("https://www.nato.int")
    ('1949-04-04', True)
    """
    events = []
    with Path(path).open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            events.append(Event(
                date=row["date"],
                precision=row["precision"],
                mod=row.get("mod") or None,
                actors=[actor.strip() for actor in row["actors"].split(";") if actor.strip()],
                relation=row.get("relation", ""),
                description=row["description"],
                category=row["category"],
                cameo=row.get("cameo") or None,
                goldstein=float(row["goldstein"]),
                source_title=row["source_title"],
                source_url=row.get("source_url") or None,
                note=row.get("note", ""),
            ))
    return events


# --------------------------------------------------------------------------
# One timeline
# --------------------------------------------------------------------------

_STOP = frozenset("about after again against also because been before being could from have into more most "
                  "other over said says some than that their them then there these they this those through under "
                  "were what when which while will with would just only even".split())


def _stems(words) -> set[str]:
    return {word.lower()[:5] for word in words if len(word) > 3 and word.lower() not in _STOP}


def _actor_stems(actors: list[str]) -> set[str]:
    return _stems(word for actor in actors for word in re.findall(r"[A-Za-z]+", actor)) | {
        actor.lower() for actor in actors if actor.isupper()}


def same_event(article_event: Event, dataset_event: Event) -> bool:
    """True when two events are probably the same: their dates overlap and
    they share an actor; unless both are dated to the same day, they must
    also share a keyword of their descriptions.

    >>> a = Event("2016-11", "month", ["Ivan Petrov"], "Petrov said Russia would retaliate against NATO troop deployments", "conflict", "13", -6.0, "article")
    >>> b = Event("2016-11", "month", ["Ivan Petrov", "Russia"], "Petrov says Russia will respond to NATO troop deployments", "conflict", "13", -6.0, "dataset")
    >>> same_event(a, b)
    True
    """
    if article_event.first_day > dataset_event.last_day or dataset_event.first_day > article_event.last_day:
        return False
    if not _actor_stems(article_event.actors) & _actor_stems(dataset_event.actors):
        return False
    same_day = article_event.precision == dataset_event.precision == "day" and article_event.date == dataset_event.date
    if same_day:
        return True
    words = _stems(re.findall(r"[A-Za-z]+", article_event.description)) - _actor_stems(article_event.actors)
    return bool(words & _stems(re.findall(r"[A-Za-z]+", dataset_event.description)))


def merge_timeline(article_events: list[Event], dataset_events: list[Event]) -> list[Event]:
    """One table sorted by date: the dataset events plus the article's events.
    An article event that the dataset already has is not repeated: the dataset
    row is marked ``in_article`` and linked to the article sentence instead.

    >>> merged = merge_timeline([], load_event_dataset())
    >>> len(merged) == len(load_event_dataset()) and not any(e.in_article for e in merged if not e.from_article and e.source_url and "foreignpolicy" not in e.source_url)
    True
    """
    merged = [replace(event, actors=list(event.actors)) for event in dataset_events]
    for event in article_events:
        match = next((row for row in merged if not row.from_article and same_event(event, row)), None)
        if match is not None:
            match.in_article = True
            match.sentence, match.start, match.end, match.time_text = event.sentence, event.start, event.end, event.time_text
            match.note = (match.note + " " if match.note else "") + f"Also in the article (sentence {event.sentence})."
        else:
            merged.append(replace(event, actors=list(event.actors), in_article=event.in_article or event.from_article))
    merged.sort(key=lambda e: (e.first_day, e.last_day, not e.from_article))
    return merged


def filter_events(events: list[Event], actor: str | None = None, start_year: int | None = None,
                  end_year: int | None = None, category: str | None = None,
                  words: tuple[str, ...] | None = None) -> list[Event]:
    """Events matching an actor (substring, any case), a period, a category,
    and (with ``words``) whose description contains any of the words.

    >>> len(filter_events(load_event_dataset(), actor="nato", start_year=2014, end_year=2014, category="conflict")) >= 2
    True
    >>> [e.date for e in filter_events(load_event_dataset(), words=("New START",))][:1]
    ['2010-04-08']
    """
    chosen = []
    for event in events:
        if words and not any(word in event.description for word in words):
            continue
        if actor and not any(actor.lower() in name.lower() for name in event.actors):
            continue
        if start_year is not None and event.last_day.year < start_year:
            continue
        if end_year is not None and event.first_day.year > end_year:
            continue
        if category and category != "all" and event.category != category:
            continue
        chosen.append(event)
    return chosen


def relations_temperature(events: list[Event], window: int = 5) -> list[tuple[int, float]]:
    """The "temperature of relations": for each year with events between the
    West (NATO or the U.S.) and Russia, the mean Goldstein value of those
    events in the ``window`` years up to it. Dataset events whose ``relation``
    is ``other`` (not a U.S./NATO-Russia dyad) are left out.

    >>> points = relations_temperature(load_event_dataset())
    >>> all(-10 <= value <= 10 for _, value in points)
    True
    """
    relevant = [e for e in events if e.relation in ("NATO-Russia", "US-Russia") or (e.from_article and not e.relation)]
    years = sorted({e.first_day.year for e in relevant})
    points = []
    for year in years:
        values = [e.goldstein for e in relevant if year - window < e.first_day.year <= year]
        points.append((year, sum(values) / len(values)))
    return points


def timeline_to_csv(events: list[Event], path: str | Path) -> Path:
    """Write the timeline as CSV (creating the folder) and return the path.

    >>> import tempfile, pathlib
    >>> out = timeline_to_csv(load_event_dataset()[:2], pathlib.Path(tempfile.mkdtemp()) / "t.csv")
    >>> out.read_text(encoding="utf-8").splitlines()[0].split(",")[:3]
    ['date', 'precision', 'mod']
    """
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        for event in events:
            row = {column: getattr(event, column, "") for column in CSV_COLUMNS}
            row["actors"] = ";".join(event.actors)
            row["source_title"], row["source_url"] = event.source_title, event.source_url or ""
            writer.writerow({key: "" if value is None else value for key, value in row.items()})
    return path


def events_table(events: list[Event], limit: int | None = None) -> str:
    """A plain-text table of events: date, category, Goldstein value, where it comes from, description.

    >>> print(events_table(load_event_dataset(), limit=1))
    date                    category     tone  from     description
    1949-04-04              cooperation  +8.0  dataset  Twelve countries sign the North Atlantic Treaty in Washington and found NATO.
    """
    rows = events if limit is None else events[:limit]
    lines = [f"{'date':24}{'category':13}{'tone':>4}  {'from':9}description"]
    for event in rows:
        origin = "article" if event.from_article else ("both" if event.in_article else "dataset")
        lines.append(f"{event.date:24}{event.category:13}{event.goldstein:+4.1f}  {origin:9}{event.description}")
    return "\n".join(lines)
