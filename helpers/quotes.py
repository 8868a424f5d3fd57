"""Find quotes (direct, partial, reported) and who said them, by rules.

Four kinds of evidence, read in this order:

1. quotation marks of every style, paired by their context (a mark after a
   space opens, a mark before a space closes), across paragraphs when each
   paragraph of a long quote opens again;
2. speaker labels in transcripts (``QUESTION:``, ``SECRETARY SMITH:``) and
   pull quotes followed by an attribution line (``Anna Smith, Professor``);
3. reporting verbs from ``data/lexicons/reporting_verbs.txt`` with their
   subject ("X said that ...", "..., X said.", "according to X, ...");
4. speaker phrases read by ``helpers.speakers`` and unified into speakers.

Short quoted words with no speaker (scare quotes) and quoted titles are not
quotes: they go to ``not_quotes`` with the rule that decided.

>>> from helpers.articles import article_from_text
>>> findings = extract_quotes(article_from_text(
...     '"We are ready," said Anna Smith, a NATO expert. She said the talks were "useful".'))
>>> [(q.kind, q.text, q.speaker, q.cue) for q in findings.quotes]
[('direct', 'We are ready,', 'Anna Smith', 'said'), ('indirect', 'the talks were "useful"', 'Anna Smith', 'said'), ('mixed', 'useful', 'Anna Smith', 'said')]
"""
from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field

from .entities import DESCRIPTOR_AFTER, ORGANIZATION_DESCRIPTORS, classify_name, country_adjective, country_of_seat, find_entities, is_acronym, is_title, mostly_capitals, place_name, surname, titles
from .resources import read_word_list
from .speakers import INSTITUTION_NOUNS, TITLE_NOUNS, Speaker, SpeakerBook, SpeakerMention, read_speaker, role_nouns, role_words

OPENING_MARKS = "\u201c\u201e\u00ab\u2039\u201f"
CLOSING_MARKS = "\u201d\u00bb\u203a"
DOUBLE_MARKS = '"\u201c\u201d\u201e\u201f\u00ab\u00bb\uff02'
SINGLE_OPENING = "\u2018\u201a"
SINGLE_MARKS = "'\u2018\u2019\u201a\u201b"


@dataclass
class Quote:
    """One quote: what was said, by whom, where (offsets into ``article.text``)."""

    text: str
    kind: str  # "direct", "indirect" or "mixed"
    speaker: str | None
    speaker_type: str  # "named", "anonymous", "organization" or "unattributed"
    cue: str
    start: int
    end: int
    paragraph: int
    speaker_as_written: str = ""
    rule: str = ""

    def to_dict(self) -> dict:
        return {"text": self.text, "kind": self.kind, "speaker": self.speaker, "speaker_type": self.speaker_type,
                "cue": self.cue, "start": self.start, "end": self.end, "paragraph": self.paragraph,
                "speaker_as_written": self.speaker_as_written, "rule": self.rule}


@dataclass
class NotQuote:
    """Words in quotation marks that are not a quote, and the rule that decided."""

    text: str
    start: int
    end: int
    reason: str


@dataclass
class QuoteFindings:
    """Everything ``extract_quotes`` found: quotes, speakers, non-quotes, warnings."""

    quotes: list[Quote] = field(default_factory=list)
    speakers: list[Speaker] = field(default_factory=list)
    not_quotes: list[NotQuote] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"quotes": [quote.to_dict() for quote in self.quotes],
                "speakers": [speaker.to_dict() for speaker in self.speakers]}

    def by_speaker(self, name: str) -> list[Quote]:
        """The quotes of one speaker."""
        return [quote for quote in self.quotes if quote.speaker == name]


# --------------------------------------------------------------------------
# Reporting verbs (data/lexicons/reporting_verbs.txt)
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class ReportingVerb:
    base: str
    tag: str  # "", "clause", "object", "noun" or "name"


def _regular_forms(base: str) -> list[str]:
    if base.endswith("e"):
        return [base, base + "s", base + "d", base[:-1] + "ing"]
    if base.endswith("y") and base[-2:-1] not in "aeiou":
        return [base, base[:-1] + "ies", base[:-1] + "ied", base + "ing"]
    if base.endswith(("s", "sh", "ch", "x")):
        return [base, base + "es", base + "ed", base + "ing"]
    if re.fullmatch(r"[^aeiou]*[aeiou][^aeiouwxy]", base):  # "vow" no, "admit" -> "admitted"
        return [base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"]
    if base.endswith(("it", "et")) and base not in ("edit", "limit", "visit", "credit"):
        return [base, base + "s", base + base[-1] + "ed", base + base[-1] + "ing"]
    return [base, base + "s", base + "ed", base + "ing"]


def read_reporting_verbs(lines: list[str] | None = None) -> dict[str, ReportingVerb]:
    """Every form of every reporting verb -> the verb (base form and tag).

    >>> verbs = read_reporting_verbs(["deny | noun", "say says said saying"])
    >>> verbs["denied"], verbs["said"].base
    (ReportingVerb(base='deny', tag='noun'), 'say')
    """
    forms: dict[str, ReportingVerb] = {}
    for line in read_word_list("reporting_verbs.txt") if lines is None else lines:
        words, _, tag = line.partition("|")
        words = words.split()
        if not words:
            continue
        verb = ReportingVerb(words[0].lower(), tag.strip().lower())
        for form in (words if len(words) > 1 else _regular_forms(words[0].lower())):
            forms.setdefault(form.lower(), verb)
    return forms


@functools.lru_cache(maxsize=1)
def reporting_verbs() -> dict[str, ReportingVerb]:
    """The reporting verbs of the data file (read once; call ``reload_reporting_verbs()`` after editing it)."""
    return read_reporting_verbs()


_WORD_PATTERN = re.compile(r"(?<![\w'-])[A-Za-z]+(?![\w'-])")


class _VerbFinder:
    """Finds reporting verbs in a text: every word looked up in the verb table (fast, linear)."""

    def finditer(self, text: str):
        verbs = reporting_verbs()
        for match in _WORD_PATTERN.finditer(text):
            if match.group().lower() in verbs:
                yield match


def _verb_pattern() -> _VerbFinder:
    return _VerbFinder()


def reload_reporting_verbs() -> int:
    """Read ``reporting_verbs.txt`` again (after an edit); returns the number of verb forms."""
    reporting_verbs.cache_clear()
    return len(reporting_verbs())


# --------------------------------------------------------------------------
# Quotation marks
# --------------------------------------------------------------------------


@dataclass
class MarkedSpan:
    """Text between an opening and a closing quotation mark."""

    open_at: int  # offset of the opening mark
    close_at: int  # offset of the closing mark (or end of text when recovered)
    paragraph: int
    recovered: bool = False
    single: bool = False

    @property
    def start(self) -> int:
        return self.open_at + 1

    @property
    def end(self) -> int:
        return self.close_at


_DOUBLE_MARK = re.compile("[" + DOUBLE_MARKS + "]")
_SINGLE_MARK = re.compile("[" + SINGLE_MARKS + "]")


def _mark_side(text: str, position: int) -> str:
    """``open``, ``close`` or ``either`` for the quotation mark at ``position``."""
    before = text[position - 1] if position > 0 else " "
    after = text[position + 1] if position + 1 < len(text) else " "
    opens = (before.isspace() or before in "([{-\u2014\u2013/:;,") and not after.isspace()
    closes = (after.isspace() or after in ".,;:!?)]}-\u2014\u2013'\u2019") and not before.isspace()
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    char = text[position]
    if char in OPENING_MARKS:
        return "open"
    if char in CLOSING_MARKS:
        return "close"
    return "either"


def find_marked_spans(article, warnings: list[str]) -> list[MarkedSpan]:
    """Pair double quotation marks paragraph by paragraph; a quote left open at
    the end of a paragraph continues when a later paragraph opens again."""
    text = article.text
    spans: list[MarkedSpan] = []
    paragraphs = article.paragraphs
    open_at: int | None = None
    open_paragraph = 0
    for number, paragraph in enumerate(paragraphs):
        if open_at is not None and paragraph.role == "caption":
            continue  # a photo caption inside a multi-paragraph quote
        marks = [match.start() for match in _DOUBLE_MARK.finditer(text, paragraph.start, paragraph.end)]
        if open_at is not None and not (marks and marks[0] == paragraph.start):
            _recover(article, spans, open_at, open_paragraph, warnings)
            open_at = None
        elif open_at is not None:
            marks = marks[1:]  # the opening mark of a continued paragraph
        for position in marks:
            side = _mark_side(text, position)
            if open_at is None:
                if side == "close":
                    warnings.append(f"A closing quotation mark with no opening one at offset {position} was ignored.")
                    continue
                open_at, open_paragraph = position, paragraph.index
            elif side == "open" and position > open_at + 1:
                # Two opening marks in a row: the first quote never closed.
                _recover(article, spans, open_at, open_paragraph, warnings, until=position)
                open_at, open_paragraph = position, paragraph.index
            else:
                spans.append(MarkedSpan(open_at, position, open_paragraph))
                open_at = None
        if open_at is not None:
            following = next((p for p in paragraphs[number + 1:] if p.role != "caption"), None)
            if following is None or text[following.start] not in DOUBLE_MARKS:
                _recover(article, spans, open_at, open_paragraph, warnings)
                open_at = None
    if open_at is not None:
        _recover(article, spans, open_at, open_paragraph, warnings)
    spans.extend(_single_quote_spans(article, spans))
    spans.sort(key=lambda span: span.open_at)
    return spans


def _paragraph_by_index(article, index: int):
    """The first paragraph whose ``index`` is ``index`` (a table built once per article, not a scan per quote)."""
    paragraphs = article.paragraphs
    cached = article.__dict__.get("_paragraph_by_index")
    if cached is None or cached[0] is not paragraphs or cached[1] != len(paragraphs):
        table: dict = {}
        for paragraph in paragraphs:
            table.setdefault(paragraph.index, paragraph)
        cached = (paragraphs, len(paragraphs), table)
        article.__dict__["_paragraph_by_index"] = cached
    if index in cached[2]:
        return cached[2][index]
    return next(p for p in paragraphs if p.index == index)  # not there: fails as the plain scan did


def _recover(article, spans, open_at, paragraph_index, warnings, until=None) -> None:
    """An opening mark that never closes: keep the quote to the end of its
    paragraph (or to the next opening mark) when it starts a paragraph or
    follows a colon, comma or reporting verb; otherwise ignore the mark."""
    paragraph = _paragraph_by_index(article, paragraph_index)
    end = until if until is not None else paragraph.end
    while end > open_at + 1 and article.text[end - 1].isspace():
        end -= 1
    before = article.plain[paragraph.start:open_at].rstrip()
    intent_clear = not before or before.endswith((":", ",")) or _ends_with_reporting_verb(before)
    if intent_clear and end - open_at > 3:
        spans.append(MarkedSpan(open_at, end, paragraph_index, recovered=True))
        warnings.append(f"An unbalanced quotation mark at offset {open_at} was read as a quote to the end of its paragraph.")
    else:
        warnings.append(f"An unbalanced quotation mark at offset {open_at} was ignored.")


def _range_at(ranges: list[tuple[int, int]], offset: int, starts: list[int] | None = None) -> tuple[int, int] | None:
    """The range ``(start, end)`` of a sorted, non-overlapping list that holds ``offset`` (binary search)."""
    starts = starts if starts is not None else [start for start, _ in ranges]
    position = bisect.bisect_right(starts, offset) - 1
    if position >= 0 and ranges[position][0] <= offset < ranges[position][1]:
        return ranges[position]
    return None


_RANGE_STARTS: list = [None, []]


def _cached_starts(ranges: list[tuple[int, int]]) -> list[int]:
    """Start offsets of a list of ranges, kept while the same list is passed again."""
    if _RANGE_STARTS[0] is not ranges or len(_RANGE_STARTS[1]) != len(ranges):
        _RANGE_STARTS[0], _RANGE_STARTS[1] = ranges, [start for start, _ in ranges]
    return _RANGE_STARTS[1]


def _ends_with_reporting_verb(text: str) -> bool:
    words = re.findall(r"[A-Za-z]+", text[-40:])
    return bool(words) and words[-1].lower() in reporting_verbs()


def _single_quote_spans(article, double_spans: list[MarkedSpan]) -> list[MarkedSpan]:
    """'Single-quoted' phrases outside double quotes (apostrophes are told apart by context)."""
    text = article.text
    inside = sorted((span.open_at, span.close_at + 1) for span in double_spans)
    inside_starts = [start for start, _ in inside]
    found = []
    for paragraph in article.paragraphs:
        open_at = None
        for mark in _SINGLE_MARK.finditer(text, paragraph.start, paragraph.end):
            position = mark.start()
            if _range_at(inside, position, inside_starts):
                continue
            before = text[position - 1] if position > paragraph.start else " "
            after = text[position + 1] if position + 1 < paragraph.end else " "
            if open_at is None:
                if (before.isspace() or before in "([-\u2014") and after.isalpha():
                    open_at = position
            elif not before.isspace() and (after.isspace() or after in ".,;:!?)-\u2014") and before != "s" or (
                    before in ".,!?" and (after.isspace() or position + 1 == paragraph.end)):
                found.append(MarkedSpan(open_at, position, paragraph.index, single=True))
                open_at = None
    return found


# --------------------------------------------------------------------------
# Speaker phrases next to a quote
# --------------------------------------------------------------------------

# Time adverbs between a speaker and the verb ("the minister on Monday said") are
# not part of the speaker phrase.
_TIME_ADVERBS = (r"on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?: (?:morning|afternoon|evening|night))?|"
                 r"yesterday|today|tonight|last (?:week|month|year|night)|this (?:week|month|year|morning|afternoon|evening)|"
                 r"earlier this (?:week|month|year)|late on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_ADVERBS = r"(?:also|later|then|again|previously|repeatedly|further|once|flatly|firmly|quickly|recently|reportedly|publicly|privately|earlier|simply|has|have|had|would|will|did|does|do|went on to|continued to|has also|had also|" + _TIME_ADVERBS + ")"
_CLAUSE_START = re.compile(
    r"(?:^|[;:()]\s*|\s-\s|\b(?:and|but|while|whereas|because|although|though|that|when|after|before|since|if|so|or|where|as|what|which|is|was|are|were)\s+)",
    re.I,
)


_WHO_ASKED = re.compile(r"^((?:[\w.'\u2019-]+\s+){0,5}?[\w.'\u2019-]+)\s+who\s+(?:asked|spoke|requested|declined|were\s+not|was\s+not|did\s+not)\b")


_GAVE_NAME = re.compile(r"(?:,\s+|\s)who\s+(?:(?:gave|asked\s+to\s+be\s+identified(?:\s+only)?\s+by|would\s+give|wanted\s+to\s+give)\s+(?:only\s+)?"
                        r"(?:his|her|their)\s+(?:first|last|family|given)\s+name(?:\s+only)?,\s+"
                        r"|(?:gave|identified)\s+(?:his|her|their\s+name|himself|herself)\s+(?:name\s+)?(?:only\s+)?as\s+)([A-Z][\w'\u2019-]+)$")


def _subject_before(text: str) -> tuple[str, int] | None:
    """The speaker phrase that ends ``text`` (the words before a reporting verb)
    and its offset in ``text``; ``None`` when there is none."""
    trimmed = re.sub(r"(?:\s+" + _ADVERBS + r")+\s*$", "", text.rstrip(), flags=re.I).rstrip()
    if not trimmed:
        return None
    if trimmed.endswith(")"):
        party = _PARTY_STATE.search(trimmed)  # "Sen. Ann Roe (R-Mont.) said": the note describes the person
        if party:
            head = _tail_phrase(trimmed[: party.start()])
            if head is not None:
                return head[0] + " (" + party.group(1) + ")", head[1]
    anonymous = _WHO_ASKED.match(trimmed)
    if anonymous and "," not in trimmed and read_speaker(anonymous.group(1)) is not None:
        return anonymous.group(1), 0  # "Two aides who asked not to be named because ... said"
    # "X, a NATO expert at Y," / "X, who asked not to be named,": an appositive before the verb.
    if trimmed.endswith(","):
        body = trimmed[:-1]
        # "Ann Roe, 16, from Tarrow, Ohio,": the age is no part of the speaker (and is no name)
        body = re.sub(r"(?<=[A-Za-z\u00c0-\u024f]),\s+\d{1,3}(?=,\s)", "", body, count=1)
        relative = re.search(r",\s+(?:who|which|whose)\s", body)
        given = _GAVE_NAME.search(body)
        if relative and given:
            return given.group(1), body.rfind(given.group(1))  # "One woman, who gave only her first name, Mina,"
        if relative:
            # "Two aides, who spoke on condition of anonymity because ..., said": the head is the speaker
            # ("Ann Roe, 68, whose farm was under water, said": the age is no part of it).
            before_relative = re.sub(r",\s+\d{1,3}$", "", body[: relative.start()])
            appositive = re.search(r"\b[A-Z][\w'\u2019.-]*,\s+(?:(?:a|an|the)\s|(?P<role>[a-z]+)\s+(?:of|for|at)\s)[^,]+$", before_relative)
            if appositive and (not appositive.group("role") or appositive.group("role") in role_nouns()):
                # "X, an analyst at the Y institute, which has ties to Z, said": the relative describes the
                # appositive's institution; the speaker is X with the appositive.
                nested = _subject_before(before_relative + ",")
                if nested is not None:
                    return nested
            head = _tail_phrase(before_relative)
            if head is not None:
                return head
        participle = re.search(r",\s+(?:speaking|talking|writing|declining|requesting|(?!during\b|including\b|according\b|citing\b|quoting\b)[a-z]{3,}ing)\s", body)
        if participle and "," not in body[: participle.start()]:
            # "Two diplomats, speaking on condition of anonymity because ...,": a participial phrase, not part of the speaker
            head = _tail_phrase(body[: participle.start()])
            if head is not None:
                return head
        comma = body.rfind(",")
        state = _CITY_STATE.search(body)
        if state and (place_name(state.group("place")) or re.search(r",\s+(?:\w+\s+){0,3}(?:from|in)\s+[A-Z][\w'\u2019-]+$", body[:state.start("comma")])) \
                and body.rfind(",", 0, state.start("comma")) > 0:
            comma = body.rfind(",", 0, state.start("comma"))  # "X, a tank commander from Savannah, Georgia,": one appositive
        if comma > 0:
            head = _tail_phrase(body[:comma])
            if head is not None:
                phrase, offset = head
                return phrase + ", " + body[comma + 1:].strip(), offset
        return None
    return _tail_phrase(trimmed)


#: A party and state after a legislator's name: "(R-Mont.)", "(D-N.Y.)", "(I-Vt.)".
_PARTY_STATE = re.compile(r"\s*\(([A-Z]{1,2}-[A-Z][\w. ]{0,14})\)$")
_CITY_STATE = re.compile(r"\s[A-Z][\w'\u2019-]+(?P<comma>,)\s+(?P<place>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)$")
_CAPITALISED_BEFORE = re.compile(r"(?:(?:[A-Z][\w.'\u2019&-]*|of|for|the|on)\s+)*[A-Z][\w.'\u2019&-]*\s+$")
_CAPITALISED_AFTER = re.compile(r"[A-Z][\w.'\u2019&-]*(?:\s+(?:[A-Z][\w.'\u2019&-]*|of|for|on))*"
                                # "the Law and Justice party": a lower-case kind of body after the name
                                r"(?:\s+(?:party|alliance|movement|coalition|bloc|union|front|group)\b)?")


def _and_inside_name(text: str, start: int, end: int) -> bool:
    """True when the "and" at ``text[start:end]`` joins the words of one organisation's name
    ("Center for Strategic and International Studies", "U.S. Army Europe and Africa")."""
    after = _CAPITALISED_AFTER.match(text, end)
    if after is None or after.end() < len(text.rstrip()):
        return False
    before = _CAPITALISED_BEFORE.search(text, max(0, start - 80), start)
    if before is None:
        return False
    name = re.sub(r"^(?:the|of|for|on)\s+", "", text[before.start(): after.end()].strip())
    return classify_name(name) == "organization"


def _tail_phrase(text: str) -> tuple[str, int] | None:
    """The last noun phrase of ``text`` after its last clause boundary."""
    start = 0
    for match in _CLAUSE_START.finditer(text):  # noqa: the last boundary wins
        if match.end() < len(text):
            if match.group().strip() == "and" and _and_inside_name(text, match.start(), match.end()):
                continue  # "U.S. Army Europe and Africa said": "and" inside an organisation's name
            start = match.end()
    comma = text.rfind(", ", start)
    if comma >= 0:
        start = comma + 2
    wider_at = text.rfind(", ", 0, start)
    if wider_at >= 0 and re.match(r"(?:one|two|three|four|five|six|several|some|many)\s", text[wider_at + 2:], re.I):
        # "..., two people involved in talks between unions and regulators said": a long
        # counted source whose post-modifier holds "and"; kept whole when it reads as one.
        wider = text[wider_at + 2:].strip()
        mention = read_speaker(wider) if len(wider.split()) <= 14 else None
        if mention is not None and mention.type == "anonymous":
            return wider, wider_at + 2
    for mark in DOUBLE_MARKS:
        position = text.rfind(mark, start)
        if position >= 0:
            start = position + 1
    phrase = text[start:].strip()
    phrase = re.sub(r"^(?:on|in|at|by|for|during|after|last|this)\s+(?:\w+\s+){0,2}?(?=[A-Z]|the\s|a\s|one\s)", "", phrase)
    if not phrase or len(phrase.split()) > 14:
        return None
    reduced = re.match(r"(?:in\s+|at\s+|on\s+)?(?:an?|the)\s+[a-z-]+\s+(?=(?:their|his|her|its|our)\s+[a-z])", phrase)
    bare = re.search(r"(?:^|\b(?:in|at|on|during)\s+)(?:an?|the)\s+[a-z-]+\s+(?P<group>[a-z]+s)$", phrase)
    if bare and bare.start() == 0 and not bare.group().startswith(("in ", "at ", "on ", "during ")):
        bare = None  # "the foreign ministers said": one noun phrase
    if reduced:
        phrase = phrase[reduced.end():]  # "a project their teachers say has ...": the teachers
    elif bare and bare.group("group")[:-1] in role_nouns():
        phrase = bare.group("group")  # "in a project organizers say shows ...": the organizers
        return phrase, text.rfind(phrase)
    if _PREPOSITION_OBJECT_AND.search(text[:start]) and place_name(phrase):
        return None  # "said trials in Peru and Bolivia suggested": the place is the preposition's second object

    at = text.rfind(phrase)
    joined = _TWO_PEOPLE.search(text[:at])
    if joined and not text[: joined.start()].strip(" ,;") and (read_speaker(phrase) or SpeakerMention("", "", "")).type == "named" and (
            read_speaker(joined.group(1)) or SpeakerMention("", "", "")).type == "named":
        return joined.group(1) + " and " + phrase, joined.start()  # "President X and Prime Minister Y said in a joint statement"
    return phrase, at


_PREPOSITION_OBJECT_AND = re.compile(r"\b(?:in|at|from|of|between|across|with|for|to|on)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*\s+and\s*$")
_OWNED_CLAIM = re.compile(r"\b(?P<owner>[A-Z][\w.\u2019-]*(?:\s+[A-Z][\w.\u2019-]*){0,3})['\u2019]s\s+(?:(?:new|latest|recent)\s+)?"
                          r"(?P<noun>announcement|pledge|promise|assurance|claim|assertion|insistence|warning)\s+that\s+")
_TOLD_THE_TITLE = re.compile(r"(?:told|assured|reminded|informed|promised)\s+the\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+that\s")
_TOLD_THAT = re.compile(r"\s*(?P<subject>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+(?P<verb>told|said|says|tells)\b"
                        r"[^\"\u201c\u201d.;]*?\bthat\s[^\"\u201c\u201d.;]*$")
_TWO_PEOPLE = re.compile(r"((?:[A-Z][\w.'\u2019-]*\s+){1,5}[A-Z][\w.'\u2019-]*)\s+and\s+$")
_PHRASE_END = re.compile(r"\s+(?:to|in|at|on|during|after|before|when|while|as|from|via|about|of|because|without)\s+(?!the\s+[A-Z][a-z]+\s+(?:for|of)\b)|[.;:!?]|$")

_HEAD_END = (r"(?=,|(?<!\b[A-Z])\.(?:\s|$)|\s+(?:to|in|at|on|during|after|before|when|while|as|from|via|about|because|without|who|which)\s"
             r"|[;:!?]|$)")
_HEAD_AFTER = re.compile(r"(?:the\s+|a\s+|an\s+|one\s+)?(?:[\w.'\u2019&-]+\s+){0,6}?[\w.'\u2019&-]+?" + _HEAD_END)
#: A longer capitalised head: "Colonel Ann Roe of the U.S. Marine Corps" (the "U.S." full stops do not end it).
_LONG_HEAD_AFTER = re.compile(r"(?:[\w.'\u2019&-]+\s+){7,9}?[\w.'\u2019&-]+?" + _HEAD_END)


def _subject_after(text: str) -> str | None:
    """The speaker phrase right after an inverted verb (``said Anna Smith, a NATO expert at X.``)."""
    text = text.strip()
    if not text:
        return None
    original = text
    text = _title_stop().sub(lambda m: m.group(1) + "_", text)  # same length: offsets stay valid
    head_match = _HEAD_AFTER.match(text) or (_LONG_HEAD_AFTER.match(text) if text[:1].isupper() else None)
    if not head_match:
        return None
    head = original[: head_match.end()].strip().rstrip(".")
    rest = text[head_match.end():]
    if rest.startswith(", ") and re.match(r",\s+(?:a|an|the|who|one|its|his|her|their)\s", rest):
        appositive = re.match(r",\s+([^.;!?]*?)(?:\.(?:\s|$)|[;!?]|$|,\s+(?:adding|saying|noting|and|but|as|while|when|after|before|during|"
                              r"speaking|referring|pointing|standing|gesturing|who|which)\b)", rest)
        if appositive:
            return head + ", " + appositive.group(1).rstrip(",")
    return head


@functools.lru_cache(maxsize=1)
def _title_stop() -> re.Pattern:
    """Full stops of abbreviated titles and ranks (from the titles list) that do not end
    a speaker phrase: "said Army Maj. Gen. Ann Roe", "Sgt. 1st Class Ann Roe"."""
    abbreviated = {word[:-1] for title in titles() for word in title.split() if word.endswith(".") and len(word) > 2}
    abbreviated |= {"sr", "jr", "st"}
    names = "|".join(sorted((re.escape(word) for word in abbreviated), key=len, reverse=True))
    return re.compile(r"\b(?i:(" + names + r"))\.(?=\s+[A-Z0-9])")

_AFTER_QUOTE = re.compile(r"^[\s,.;:-]*")


def _attribution_after(after: str) -> tuple[str, str] | None:
    """Speaker phrase and cue in the words after a closing mark: ``," she said.``,
    ``," said Anna Smith.``, ``," according to police.``."""
    after = _AFTER_QUOTE.sub("", after)
    if not after:
        return None
    if after.lower().startswith("according to "):
        phrase = _subject_after(after[len("according to "):])
        return (phrase, "according to") if phrase else None
    window = after[:200]
    for match in _verb_pattern().finditer(window):
        verb = match.group()
        if match.start() > 0 and verb[0].isupper():
            continue  # "Secretary of State Anne Rowe told": "State" is part of a title
        if match.start() == 0:
            phrase = _subject_after(window[match.end():])
            return (phrase, verb) if phrase else None
        before = window[: match.start()]
        if len(before.split()) > 16 or any(mark in before for mark in DOUBLE_MARKS):
            return None
        if re.fullmatch(r"\s*(?:and|but|or)(?:\s+(?:then|also|later))?\s*", before, re.I) or (
                re.match(r"\s*(?:and|but|or)\s+[a-z]+s\s", before) and before.split()[1] not in role_nouns()):
            return None  # '... as "an insult" and said ...', '... and commits members to a plan worth an estimated': the sentence goes on
        if re.match(r"\s*(?:and|but)\s", before) and re.match(r"\s+that\s", window[match.end():]):
            return None  # '... was "ready," but he warned that ...': a new clause with its own reported content
        before = re.sub(r"(?:\s+" + _ADVERBS + r")+\s*$", "", before.rstrip(), flags=re.I)
        if verb.lower().endswith("ing"):
            before = _QUOTED_AS.sub("", before)  # '"...," the mayor was quoted as saying': the mayor
        if before.endswith(","):
            body = before[:-1]
            head, _, appositive = body.partition(", ")
            return (head + (", " + appositive if appositive else ""), verb)
        tail = _tail_phrase(before.strip())
        return (tail[0], verb) if tail else None
    return None


_CHARACTERISING = re.compile(
    r"\b(described|dismissed|branded|labell?ed|characteri[sz]ed|portrayed|hailed|denounced|condemned|critici[sz]ed|"
    r"praised|derided|ridiculed|rejected|decried|lauded|termed|deemed|called|dubbed|"
    r"describes|dismisses|brands|labels|characteri[sz]es|portrays|calls|terms|dubs|"
    r"describing|dismissing|branding|labell?ing|characteri[sz]ing|portraying|calling|terming|dubbing|accused|accuses)\s+"
    r"((?:[\w.'\u2019-]+\s+){0,8}?)(as\s+)?$")


_CHARACTERISING_VERB = re.compile(_CHARACTERISING.pattern.split(r")\s+")[0] + ")")


#: "..., chanting "X"", "shouting": words a crowd chants are the crowd's.
_CHANTING = re.compile(r"(?:,\s+|\s+and\s+)(chanting|shouting|singing|yelling|chanted|shouted)\s*:?\s*$"
                       # "Marchers carried banners reading "X"": the carriers' words
                       r"|\b(?:banners?|placards?|signs?|posters?)\s+(reading|saying|that\s+read)\s*:?\s*$")
_OUTLET_SUBJECT = re.compile(r"\s*((?:[Tt]he\s+)?(?:[\w-]+\s+){0,4}?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)\s+"
                             r"(?:ran|carried|printed|published|splashed|led|went|headlined)\b")
#: "The daily X ran its story under the headline "Y"": the outlet's words.
_HEADLINE = re.compile(r"\b(?:(?:under|with)\s+the\s+(?:front-page\s+)?headline|headlined|ran\s+the\s+headline)\s*:?\s*$", re.I)
#: "... for what she called", "... which it described": a pronoun subject of a relative inside the clause.
_WHAT_PRONOUN = re.compile(r"\b(?:what|which)\s+(he|she|it|they)\s*$", re.I)
#: The subject that begins a sentence and its first past-tense verb: "In Lisbon, the union welcomed".
_LEADING_SUBJECT = re.compile(r"^\s*(?:(?:In|At|From|On|Speaking\s+in)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*,\s+)?"
                              r"(?P<subject>(?:[Tt]he\s+)?[A-Z][\w.'\u2019-]*(?:\s+[\w.'\u2019-]+){0,7}?)\s+(?:also\s+|later\s+|quickly\s+)?"
                              r"(?:[a-z]{3,}ed|thanked|welcomed|rejected|praised|hailed|condemned)\b")
#: Which speaker type a pronoun can stand for ("it" is not a person).
PRONOUN_FITS = {"he": "named", "she": "named", "it": "organization", "they": ""}


def _characterising_attribution(before: str) -> tuple[str, str] | None:
    """Speaker phrase and cue of a partial quote after "X described/dismissed/branded Y as"
    or "X called/termed/dubbed Y" (the quote is X's words for Y)."""
    tail = before[-160:]
    match = _CHARACTERISING.search(tail)
    while match is not None and _CHARACTERISING_VERB.search(match.group(2)):
        match = _CHARACTERISING.search(tail, match.start(2))  # "condemned what it called": the verb nearest the quote
    if match is None or any(mark in match.group(2) for mark in ",;:"):
        return None
    verb = match.group(1).lower()
    if verb.endswith("ing"):
        # "Minister Ann Roe defended the plan, describing the concerns as "misplaced"": the sentence's subject.
        prefix = tail[: match.start()]
        prefix = prefix[max(prefix.rfind(". "), prefix.rfind("? "), prefix.rfind("! ")) + 1:]
        naming = verb in ("calling", "terming", "dubbing", "branding", "labeling", "labelling")
        coordinated = re.search(r"(?:,\s+with|\band)\s+((?:an?|the|one)\s+(?:[\w-]+\s+){0,3}?[a-z]+)\s*$", prefix)
        if coordinated and (naming or match.group(3)) and (read_speaker(coordinated.group(1)) or SpeakerMention("", "", "")).type in (
                "anonymous", "role", "organization"):
            return coordinated.group(1), match.group(1)  # '..., with A warning ... and a senior lawmaker calling the move "X"'
        if not (match.group(3) or (naming and match.group(2).strip())) or not prefix.rstrip().endswith(","):
            return None  # '..., calling the day "X"' names with no "as"; 'describing "X"' needs its object and "as"
        lead = re.match(r"\s*((?:[A-Z][\w.'\u2019-]*\s+)*[A-Z][\w.'\u2019-]*)\s+[a-z]+ed\b", prefix)
        mention = read_speaker(lead.group(1)) if lead else None
        if mention is None or mention.type not in ("named", "organization"):
            # "Harbour mayor Ana de Souza congratulated the crews in a statement, calling ...": lower-case words in the subject
            lead = _LEADING_SUBJECT.match(prefix)
            mention = read_speaker(lead.group("subject")) if lead else None
            if mention is None or mention.type not in ("named", "organization"):
                return None
            return lead.group("subject"), match.group(1)
        return lead.group(1), match.group(1)
    prefix = tail[: match.start()]
    prefix = prefix[max(prefix.rfind(". "), prefix.rfind("? "), prefix.rfind("! ")) + 1:]  # this sentence only
    what = _WHAT_PRONOUN.search(prefix)
    as_first = verb.startswith("describ") and match.group(2).startswith("as ")  # 'what he described as the council's "sensible" budget'
    accused_of = verb.startswith("accus") and match.group(2).rstrip().endswith(" of")  # 'accused the government of "lying"'
    # 'lauded the nurses' "steady hands"', 'condemned the council's "secrecy"': the quoted noun is the subject's word for it
    possessed = verb in ("praised", "hailed", "lauded", "condemned", "criticised", "criticized", "denounced", "decried", "derided") and (
        re.search(r"\b(?:the|his|her|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+(?:['\u2019]s|s['\u2019])\s*$", match.group(2)))
    if not match.group(3) and not as_first and not accused_of and not possessed and verb not in (
            "called", "termed", "dubbed", "branded", "labeled", "labelled", "calls", "terms", "dubs", "brands", "labels"):
        return None
    if not match.group(2).strip() and not match.group(3) and not what:
        return None  # "called "X"": a name, not a characterisation ('what she called "X"' is one)
    if what:
        # 'The union welcomed what it called a sign of "common sense"': the pronoun is the clause's
        # subject, so the subject is the speaker (not whoever "it" would mean on its own).
        lead = _LEADING_SUBJECT.match(prefix[: what.start()])
        mention = read_speaker(lead.group("subject")) if lead else None
        if mention is not None and mention.type in ("named", "organization", "anonymous", "role") and (
                PRONOUN_FITS.get(what.group(1).lower(), "") in ("", mention.type) or mention.type == "role"):
            return lead.group("subject"), match.group(1)
    relative = re.search(r"\s(?:whom|which|that)\s+(he|she|they|it)\s*$", prefix)
    if relative and (as_first or match.group(3)):
        # 'Minister X thanked the nurses, whom she described as "tireless"': the pronoun is the clause's subject
        lead = _LEADING_SUBJECT.match(prefix[: relative.start()])
        mention = read_speaker(lead.group("subject")) if lead else None
        if mention is not None and mention.type in ("named", "organization", "role") and (
                PRONOUN_FITS.get(relative.group(1).lower(), "") in ("", mention.type) or mention.type == "role"):
            return lead.group("subject"), match.group(1)
        return relative.group(1), match.group(1)
    if re.search(r"\s(?:and|but)\s*$", prefix):
        # 'She described it as "historic" and called the reaction "predictable"': the subject of the first verb.
        first = next(iter(_verb_pattern().finditer(prefix)), None) or _CHARACTERISING_VERB.search(prefix)
        prefix = prefix[: first.start()] if first is not None else prefix
    subject = _subject_before(prefix)
    if subject is None:
        return None
    pronoun = re.fullmatch(r"(?:an?|the)\s+[a-z]+(?:\s+[a-z]+)?\s+(he|she|they|it)", subject[0])
    if pronoun:
        return pronoun.group(1), match.group(1)  # 'a pace he described as "unthinkable"': the pronoun's person
    if read_speaker(subject[0]) is None:
        return None
    if ", " in subject[0] and classify_name(subject[0].rsplit(", ", 1)[1].strip()) == "person":
        return subject[0].rsplit(", ", 1)[1].strip(), match.group(1)  # "Varnia's Defence Minister, Ana Ruiz, praised ...": the name
    return _reduced_relative_subject(subject[0]) or subject[0], match.group(1)


def _reduced_relative_subject(phrase: str) -> str | None:
    """The source inside "a move Russian officials (said ...)", "a decision the Kremlin (denounced ...)":
    a noun with a relative clause whose "that" is left out; ``None`` when the phrase is not one."""
    words = phrase.split()
    if len(words) >= 3 and words[0].lower() in ("a", "an", "the") and words[1].islower() and words[1] not in ("the", "a", "an"):
        rest = " ".join(words[2:])
        inner = read_speaker(rest)
        if inner is not None and inner.type in ("anonymous", "named", "organization") and (
                rest[0].isupper() or words[2].lower() in ("the", "a", "an", "some", "many", "two", "several")
                or (len(words) == 3 and words[2] in role_nouns() and words[2].endswith("s"))):  # "a milestone scientists say"
            return rest
    return None


_APPOSITIVE_BEFORE_COLON = re.compile(r"(?P<subject>[A-Z][^,]{1,60}),\s+(?:a|an|the)\s[^,:]{2,160},\s+(?P<rest>[a-z].{1,60})$")
_ACTED_BEFORE_COLON = re.compile(r"^(?P<subject>[A-Z].{1,80}?)\s+(?:also\s+|then\s+|later\s+)?(?P<verb>(?![a-z]*(?:seed|need|feed|speed|weed|breed|deed|greed)\b)[a-z]{2,}ed|said|wrote|told|spoke|gave|"
                                 r"offered|put it|had this to say|laid|set|spelt|summed)\b")


def _attribution_before(before: str) -> tuple[str, str] | None:
    """Speaker phrase and cue before an opening mark: ``X said:``, ``X said,``,
    ``X: "``, ``According to X, "``, ``In a statement, X said,``."""
    stripped = before.rstrip()
    if not stripped:
        return None
    according = re.search(r"\baccording to\s+([^,]+),?$", stripped, re.I)
    if according:
        return according.group(1), "according to"
    match = None
    for candidate in _verb_pattern().finditer(stripped):
        if re.search(r"(?:['\u2019]s|\b(?i:the|a|an|its|his|her|their|our))\s+(?:[a-z]+\s+)?$", stripped[: candidate.start()]):
            continue  # "reflected on the harbour's long history:": a noun, not the cue
        match = candidate
    if match and len(stripped[match.end():].split()) <= 6 and stripped.endswith((",", ":")) and not (
            stripped.endswith(",") and _looks_like_clause(stripped[match.end():].strip(" ,"))):
        # ('said the court had received 40 complaints, "none of which ..."': reported content, then a partial quote)
        verb = match.group()
        if reporting_verbs()[verb.lower()].tag == "object" or verb.lower() in ("told", "tell", "tells"):
            pass
        subject = _subject_before(stripped[: match.start()])
        if subject:
            return subject[0], verb
        after_verb = stripped[match.end():].strip(" ,:")
        if after_verb and not re.match(r"(?:in|on|to|at|that)\b", after_verb):
            return after_verb, verb
        return None
    statement = re.search(r"\b(?:statement|remarks|comments?)\s+(?:from|by|of)\s+(.+?)(?:,?\s+(?:regarding|on|about|that|concerning)\b.*)?[.:]?$", stripped, re.I)
    if statement:
        return statement.group(1), "statement from"
    if stripped.endswith(":"):
        label = stripped[:-1].strip()
        label = re.sub(r"^(?:attributed to|statement (?:from|by)|from)\s+", "", label, flags=re.I)
        # "Dr. X, who runs the agency's unit, put it bluntly:": the relative clause is no part of the subject.
        unrelated = re.sub(r",\s+(?:who|which)\s[^,:]{2,120},(?=\s)", "", label)
        acted = _ACTED_BEFORE_COLON.match(unrelated)
        if acted and read_speaker(acted.group("subject")) is not None and (unrelated == label or "," not in acted.group("subject")):
            return acted.group("subject"), acted.group("verb")  # "Mayor X of Y welcomed the award:"
        appositive = _APPOSITIVE_BEFORE_COLON.match(unrelated)
        if appositive:
            # "Gen. X, a former commander of Y who now teaches at Z, was blunter:": the name before the appositive
            acted = _ACTED_BEFORE_COLON.match(appositive.group("subject") + " " + appositive.group("rest"))
            if acted and (read_speaker(appositive.group("subject")) or SpeakerMention("", "", "")).type in ("named", "organization"):
                return appositive.group("subject"), acted.group("verb")
        if ", " in unrelated:
            # "Speaking at a port on Friday, Minister X reflected on its history:": after the opening phrase
            acted = _ACTED_BEFORE_COLON.match(unrelated.rsplit(", ", 1)[1])
            if acted and (read_speaker(acted.group("subject")) or SpeakerMention("", "", "")).type in ("named", "organization"):
                return acted.group("subject"), acted.group("verb")
        if len(label.split()) <= 14:
            return label, ":"
    return None


# --------------------------------------------------------------------------
# Scare quotes and titles
# --------------------------------------------------------------------------

_TITLE_NOUNS = re.compile(
    r"\b(?:book|novel|film|movie|song|album|programme|program|show|series|report|article|essay|poem|play|"
    r"operation|campaign|slogan|headline|motto|column|documentary|exercise|plan|doctrine|project|initiative|"
    r"titled|entitled|called|dubbed|named|nicknamed|known as|so-called|the term|the word|the phrase)\s*$",
    re.I,
)


_TITLE_SMALL_WORDS = frozenset("of the and a an in for on to at with by from".split())


#: "often called", "commonly known as", "so-called", "nicknamed": what follows is a name, not a quote.
_NAMING_BEFORE = re.compile(r"(?:\b(?:often|commonly|sometimes|widely|popularly|usually|generally|colloquially|informally)\s+"
                            r"(?:called|known\s+as|referred\s+to\s+as|dubbed|termed)|\bso-called|\bnicknamed|\bknown\s+locally\s+as)\s*$", re.I)


def _looks_like_title(words: list[str]) -> bool:
    """Two to eight words, each capitalised or a small word, the first capitalised: "Fishing for the Future"."""
    return (2 <= len(words) <= 8 and words[0][0].isupper() and words[-1][0].isupper()
            and all(word[0].isupper() or word.lower() in _TITLE_SMALL_WORDS for word in words))


def _words(text: str) -> list[str]:
    return re.findall(r"[\w'\u2019-]+", text)


# --------------------------------------------------------------------------
# Reported speech
# --------------------------------------------------------------------------

_CLAUSE_VERB = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|shall|may|might|must|does|do|did|"
    r"\w{2,}ed)\b", re.I)
_SUBJECT_RELATIVE = re.compile(r"(?P<subject>(?:[\w.'\u2019-]+\s+){0,4}[\w.'\u2019-]+),\s+(?:which|who)\s[^,;\"\u201c]{3,120},\s+")
_SUBJECT_START = re.compile(
    # "at least 14 people", "over 200 homes", "as many as 30 ships": a quantity starting the subject, not a preposition
    r"^(?!(?i:to|for|on|of|in|at(?!\s+(?:least|most)\b)|with|about(?!\s+\d)|by|from|as(?!\s+(?:many|much|few|little)\s+as\b)|into|"
    r"over(?!\s+\d)|under(?!\s+\d)|against|where|when|how|why|what|whether|if)\b)"
    r"[\w\"'$\u2018\u201c]")
_SINGULAR_SUBJECT = re.compile(r"(?:the|this|that|its|his|their|our|a|an|every|each)\s+[a-z-]{3,}(?<![su]s)(?<!')\s", re.I)
_NAMED_BODY = re.compile(r"(?:^|\s)(?:[A-Z][\w.'\u2019-]*\s+(?:of\s+(?:the\s+)?)?)*[A-Z][\w.'\u2019-]*$")
_SKIP_AFTER_VERB = re.compile(
    r"^(?:(?:also|only|simply|merely|just|flatly|firmly|today|yesterday|tonight|again|earlier|later|afterwards?|separately|previously|repeatedly|publicly|privately|recently|"
    r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?|last (?:week|month|year|night)|"
    # "in a statement on Sunday evening that", "late on Sunday": a time of day, or "late/early" before a date phrase
    r"(?:morning|afternoon|evening|night)(?=\s+that\b|,)|(?:late|early)(?=\s+(?:on|in|last|this)\s)|"
    r"this (?:week|month|year)|in (?:a|an|his|her|its|their) (?:statement|interview|speech|letter|post|email|briefing|"
    r"address|report)(?: (?:with|to|on) [\w.'-]+(?: [\w.'-]+){0,3}?)?|on (?:twitter|x|facebook|television|tv|social media)|"
    r"to (?:reporters|journalists|the press|lawmakers|parliament)|"
    # "has said many times that", "said time and again that": how often, between the verb and its "that"
    r"(?:many|several|numerous|countless|multiple|a few|a number of) times|time and (?:time )?again|more than once|over and over(?: again)?|"
    r"often|frequently|consistently|always|long|for (?:years|months|decades)|in the past),?\s+|"
    r",\s*(?:however|though|too|moreover|meanwhile|nonetheless|nevertheless|in turn|in particular|for (?:his|her|its|their) part),\s+)+", re.I)


# Common present-tense verbs of reported clauses ("Germany and France want ...", "prices reflect ...").
_PRESENT_VERBS = frozenset(
    "want wants need needs remain remains stand stands plan plans hope hopes expect expects follow follows face faces "
    "lack lacks mean means seem seems intend intends support supports oppose opposes reflect reflects know knows owe owes "
    "deserve deserves take takes make makes go goes get gets look looks work works continue continues pose poses show shows "
    "cost costs require requires risk risks favour favours favor favors prefer prefers understand understands "
    # "said the hard part lies elsewhere": common intransitive verbs of reported clauses
    "happen happens lie lies depend depends matter matters belong belongs exist exists".split())


_AUXILIARIES = frozenset("may might can could will would should must".split())

# Common irregular past tenses ("the visit sent a signal", "prices rose"): regular ones end in -ed.
_IRREGULAR_PAST = frozenset(
    "sent made took gave came went left got found told thought became began brought bought built held kept led lost "
    "meant met paid put ran saw set sold spent stood won wrote fell felt grew knew rose struck hit cut cost let shut "
    "broke chose drove drew flew forgot hid lay laid lent rode sank shook spoke stole stuck taught threw understood "
    "woke wore sought fought caught dealt fed fled hung slid spread swept withdrew overtook undertook overcame "
    "arose misled oversaw upheld foresaw did".split())


def _looks_like_clause(text: str) -> bool:
    """True when ``text`` starts like a clause (a subject, then a verb soon after)."""
    if not _SUBJECT_START.match(text):
        return False
    relative = _SUBJECT_RELATIVE.match(text)
    if relative:
        # "the agency, which was set up in 2019, had never met ...": the subject, then its verb after the relative
        text = relative.group("subject") + " " + text[relative.end():]
    words = text.split()[:12]
    if re.fullmatch(r"(?:he|she|it|they|we|i|there|that)['\u2019](?:s|d|ll|re|ve|m)", words[0].lower()):
        return True  # "he's willing"
    if words[0].lower() in ("he", "she", "they", "we", "i", "it", "there") and len(words) > 1:
        return True  # a subject pronoun is followed by its verb
    for position, word in enumerate(words[1:], 1):
        if word.lower() in ("that", "which", "who", "where", "whom", "whose"):
            # "nurses who stay on nights may differ": a relative clause inside the
            # subject, then a modal or auxiliary; otherwise a noun phrase.
            later = [w.lower().strip(",.;:") for w in text.split()[position + 2: position + 12]]
            return word.lower() == "who" and any(w in _AUXILIARIES for w in later)
        bare = word.lower().strip(",.;:")
        if _CLAUSE_VERB.fullmatch(bare) or bare in _PRESENT_VERBS or bare in _IRREGULAR_PAST:
            return True
        if position <= 6 and _ADVERB_THEN_VERB.match(" ".join(words[position:position + 2]).lower()) and words[position] == bare:
            return True  # "passengers sometimes sing": a frequency adverb, then the verb
        if position == 2 and _SINGULAR_SUBJECT.match(text) and re.fullmatch(r"[a-z]{3,}(?<![su]s)(?<!'s)s", word) and len(words) > 3:
            return True  # "the standoff exposes a tension": a determiner, a singular noun, a verb in -s
        if word[0] in DOUBLE_MARKS + SINGLE_MARKS and position <= 6 and not words[position - 1].lower() in ("the", "a", "an", "of", "and", "or"):
            return True  # 'the alliance "stands ready"': a partial quote after the subject starts the verb phrase
    return False


def _complement_end(text: str) -> int:
    """Where reported content ends: the sentence end, a semicolon, a closing
    parenthesis, or a trailing attribution."""
    depth = 0
    in_quote = False
    # ", even though ...", and ", and we continue ...": the reporter or the speaker goes on in the first person.
    background = re.search(r",\s+(?:even|despite|although|though|whereas|amid|while|arguing|adding|saying|insisting|warning|"
                           r"(?:and|but)\s+(?:we|I)(?:['\u2019]\w+)?)\s", text)
    if background and text[: background.start()].count('"') % 2 == 0:
        text = text[: background.start()]
    # "the meeting was a provocation, according to state media.": a source closing the sentence is not content.
    closing_source = re.search(r",\s+according\s+to\s[^,;\"]*$", text)
    if closing_source:
        text = text[: closing_source.start()]
    for position, char in enumerate(text):
        if char == '"':
            in_quote = not in_quote
        if in_quote:
            continue
        if char == "(" and position > 0:
            return position
        elif char == ")":
            if depth == 0:
                return position
            depth -= 1
        elif char == ";":
            return position
    return len(text)


@dataclass
class Reported:
    content_start: int
    content_end: int
    speaker_phrase: str | None
    speaker_offset: int
    cue: str
    cue_start: int
    speaker_fixed: SpeakerMention | None = None
    silent: bool = False  # gives its speaker to the partial quotes inside it, but is no indirect item itself


_DATELINE = re.compile(r"[A-Z][A-Z.'-]+(?:[ ,]+[A-Z][A-Za-z.'-]+){0,3}\s+[\u2014\u2013-]{1,2}\s+(?=[A-Z])")


def _trim_content(plain: str, start: int, end: int) -> tuple[int, int]:
    while start < end and plain[start] in " ,:":
        start += 1
    dateline = _DATELINE.match(plain, start, end)
    if dateline:
        start = dateline.end()  # "WASHINGTON — President X spoke ..., the White House said": no dateline in the content
    while end > start and plain[end - 1] in " ,;:-\n":
        end -= 1
    if end > start and plain[end - 1] == "." and plain[end - 2:end] != '."':
        if not re.search(r"\b(?:[A-Z]\.)+$|\b(?:U\.S|U\.K|Jr|Sr|Inc|Corp|Co)\.$", plain[start:end]):
            end -= 1
        elif plain[end - 2] == ".":
            end -= 1
    return start, end


#: "made (it) clear that", "has been (very) clear that": periphrastic reporting frames ending in "that".
_CLEAR_FRAME = re.compile(
    r"\s+(?:(?:has|have|had)\s+)?(?:made|makes|make|making)\s+(?:it\s+)?(?:(?:very|quite|abundantly|perfectly|crystal|absolutely)\s+)?clear\s+"
    r"(?:(?:to|with)\s+(?:[\w.'-]+\s+){1,3}?)?that\s+|"
    r"(?:\s+(?:has|have|had)\s+been|['\u2019]s\s+been|\s+(?:is|are|was|were))\s+(?:(?:very|quite|abundantly|perfectly|crystal|absolutely|extremely)\s+)?"
    r"clear\s+(?:(?:to|with)\s+(?:[\w.'-]+\s+){1,3}?)?that\s+")
#: "There is a report in/from the Daily Ledger (today) that ...": an outlet as the source of a claim.
_REPORT_IN = re.compile(r"\b[Tt]here(?:['\u2019]s|\s+is|\s+was|\s+has\s+been|\s+are|\s+were|\s+have\s+been)\s+(?:an?\s+)?(?:new\s+|recent\s+)?"
                        r"reports?\s+(?:in|from|by)\s+(?P<source>(?:the\s+)?[A-Z][\w.'&\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.'&\u2019-]*){0,4})"
                        r"\s+(?:[\w-]+\s+){0,3}?that\s+")


_DATA_NOUNS = re.compile(r"\s+(?:(?:official|latest|new|preliminary|provisional|final|annual|monthly|weekly)\s+)?"
                         r"(?:figures|data|estimates|statistics|numbers|tallies|counts|records)$")


def _data_owner(phrase: str) -> str:
    """"police figures" -> "police", "the ministry's latest data" -> "the ministry": figures speak for whoever compiled them
    (when that is a speaker; "official figures" stays as written)."""
    bare = _DATA_NOUNS.search(phrase)
    if bare is None:
        return phrase
    owner = re.sub(r"['\u2019]s?$", "", phrase[: bare.start()].strip())
    if owner.lower() in ("official", "latest", "new", "preliminary", "provisional", "final", "annual", "recent", "the", "some"):
        return phrase
    mention = read_speaker(owner) if owner else None
    return owner if mention is not None and mention.type != "pronoun" else phrase


#: "In Valletta, ...": a sentence opening with a place (for "the government" of that place).
_SEAT_OPENING = re.compile(r"\s*In\s+([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2}),\s")


#: "The President believes A, and he": a sentence's subject and its verb, then ", and/but" and the pronoun.
_FIRST_CLAUSE_SUBJECT = re.compile(r"^\s*(?P<subject>(?:[Tt]he\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+(?:also\s+)?"
                                   r"[a-z]{3,}(?:s|ed)\b[^.;:\"\u201c]*,\s+(?:and|but)\s+(?:then\s+)?(?:he|she)\s+$")


def find_reported_speech(article, sentence, direct_spans: list[tuple[int, int]], used_cues: set[int],
                         people: list[tuple[int, int, str]] | None = None, turns: list[tuple[int, int]] = ()) -> list[Reported]:
    """Reported speech in one sentence: "X said (that) ...", "..., X said",
    "according to X, ...", "X told Y that ...", "X called NATO obsolete",
    "it is reported that ...", "X is said to ...", "the claim was that ..."."""
    plain = article.plain
    s_start, s_end = sentence.start, sentence.end
    text = plain[s_start:s_end]
    found: list[Reported] = []

    direct_starts = [start for start, _ in direct_spans] if people is None or len(direct_spans) < 32 else _cached_starts(direct_spans)

    def inside_direct(offset: int) -> tuple[int, int] | None:
        return _range_at(direct_spans, offset, direct_starts)

    passive = re.search(r"\b(?:it\s+(?:is|was|has been)\s+(?:reported|said|claimed|alleged|believed|understood|rumou?red)\s+(that\s+)?)", text, re.I)
    if passive:
        start = s_start + passive.end()
        found.append(Reported(start, s_end, None, -1, passive.group().strip(), s_start + passive.start(),
                              SpeakerMention("it is reported", "unnamed reports", "anonymous")))
    agreed = re.search(r"\bit\s+(?:is|was|has been|had been)\s+(?:agreed|decided|resolved)\s+that\s+", text, re.I)
    if agreed and not passive:  # a readout's "It was agreed that ...": an agreement with no named agent
        found.append(Reported(s_start + agreed.end(), s_end, None, -1, agreed.group().strip(), s_start + agreed.start(),
                              SpeakerMention("it was agreed", "agentless agreement", "anonymous")))
    passive_to = re.search(r"\b(?:is|are|was|were)\s+(?:reported|said|alleged|believed|thought|rumou?red)\s+(?=to\s)", text)
    if passive_to and not passive:
        found.append(Reported(s_start + passive_to.end(), s_end, None, -1, passive_to.group().strip(), s_start + passive_to.start(),
                              SpeakerMention("reported", "unnamed reports", "anonymous")))
    claim = re.search(r"\bthe\s+(?:claim|allegation|assertion|accusation)\s+(?:was|is)\s+that\s+", text, re.I)
    if claim:
        found.append(Reported(s_start + claim.end(), s_end, None, -1, claim.group().strip(), s_start + claim.start(),
                              SpeakerMention("the claim", "unattributed claim", "anonymous")))
    for frame in _CLEAR_FRAME.finditer(text):
        # "The minister made (it) clear that ...", "she has been very clear that ...": a periphrastic reporting verb.
        if inside_direct(s_start + frame.start()) or (re.search(r"\bma(?:de|kes?|king)\b", frame.group()) and any(
                start <= s_start + frame.start() < end for start, end in turns)):
            continue  # inside someone's quoted words the frame is their gloss of another's position, not a report of speech
        left = text[: frame.start()]
        subject = _subject_before(left)
        mention = read_speaker(subject[0]) if subject else None
        if mention is None or mention.type not in ("named", "role", "anonymous", "organization", "pronoun") or (
                mention.type == "pronoun" and mention.name in ("i", "we", "you", "it")):
            continue  # "The data made clear that ...": a thing proves, it does not say
        start = s_start + frame.end()
        end = start + _complement_end(plain[start:s_end])
        if end - start >= 3:
            found.append(Reported(start, end, subject[0], s_start + subject[1], frame.group().strip(), s_start + frame.start()))
    existential = _REPORT_IN.search(text)
    if existential and read_speaker(existential.group("source")) is not None:
        # "There's a report in the Daily Ledger today that ...": the outlet is the source of the content.
        start = s_start + existential.end()
        end = start + _complement_end(plain[start:s_end])
        if end - start >= 3:
            found.append(Reported(start, end, existential.group("source"), s_start + existential.start("source"),
                                  "there is a report in", s_start + existential.start()))
    according = re.search(r"\baccording to\s+", text, re.I)
    if according and not inside_direct(s_start + according.start()):
        rest = text[according.end():]
        source = re.match(r"([^,]{2,140}?)(?:,\s+(?:quoting|citing)\s+[^,]{2,120})?,\s+", rest)  # long sources: "a report by ... published on Monday"
        if source and according.start() < 3:
            appositive = re.match(r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?([a-z]+)(?:\s+(?:at|of|for|with|in)\s+[^,\"]{2,60})?,\s+",
                                  rest[source.end():])
            if appositive and source.group(1)[:1].isupper() and appositive.group(1) in role_nouns():
                # "According to Ann Roe, a senior fellow at a think tank, the ...": the description belongs to the source
                source = re.match(r"(" + re.escape(rest[: source.end() + appositive.end()].rstrip().rstrip(",")) + r"),\s+", rest)
            body_name = re.match(r"([A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3}),\s+", rest[source.end():])
            if body_name and source.group(1).split()[-1].islower() and (read_speaker(source.group(1)) or SpeakerMention("", "", "")).type in (
                    "", "organization") and (
                    (read_speaker(body_name.group(1)) or SpeakerMention("", "", "")).type == "organization"):
                # "According to Norway's food safety agency, NFSA-N, the ...": the name belongs to the source
                source = re.match(r"(" + re.escape(rest[: source.end() + body_name.end()].rstrip().rstrip(",")) + r"),\s+", rest)
            content = s_start + according.end() + source.end()
            phrase = source.group(1)
            located = re.search(r"\s+in\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?$", phrase)
            country = re.match(r"([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?),\s+", rest[source.end():])
            if located and country and place_name(country.group(1)) and (
                    len(phrase[: located.start()].split()) >= 2):
                # "According to a statement from the Air Command in Tolvo, Varnia, two jets ...": the place's commas are no
                # clause break, and the place is where the body sits, not part of its name
                phrase = phrase[: located.start()]
                content += country.end()
            found.append(Reported(content, s_end, _data_owner(phrase), s_start + according.end(), "according to",
                                  s_start + according.start()))
        elif according.start() > 3 and text[: according.start()].rstrip().endswith(","):
            phrase = _subject_after(rest)
            whole = rest.strip().rstrip(".")
            if phrase is None and "," not in whole and len(whole.split()) <= 20 and read_speaker(whole) is not None:
                phrase = whole  # "..., according to a report published Monday by the Baltic Institute for Energy Security."
            content_end = s_start + len(text[: according.start()].rstrip().rstrip(","))
            if phrase and not text[:according.start()].rstrip(", ").endswith('"'):
                found.append(Reported(s_start, content_end, phrase, s_start + according.end(), "according to", s_start + according.start()))

    for owned in _OWNED_CLAIM.finditer(text):
        # "thanked them for Chile's pledge that it will repave the road": the owner's reported words
        if inside_direct(s_start + owned.start()) or (read_speaker(owned.group("owner")) or SpeakerMention("", "", "")).type not in (
                "named", "organization"):
            continue
        start = s_start + owned.end()
        end = start + _complement_end(plain[start:s_end])
        for verb_after in _verb_pattern().finditer(plain[start:end]):
            clause = re.search(r",?\s+(?:and|but)\s+(?:also\s+)?$", plain[start:start + verb_after.start()])
            if clause:
                end = start + clause.start()  # "..., and said that ...": the main subject's next clause
                break
        if end - start >= 3:
            found.append(Reported(start, end, owned.group("owner"), s_start + owned.start("owner"), owned.group("noun"),
                                  s_start + owned.start("noun")))
    for match in _verb_pattern().finditer(text):
        verb_start, verb_end = s_start + match.start(), s_start + match.end()
        if verb_start in used_cues:
            continue
        verb = reporting_verbs()[match.group().lower()]
        form = match.group().lower()
        if form != match.group() and match.start() > 0 and match.group()[0].isupper():
            continue  # "Said" at a name's position, "Call" as a noun
        if form == "think" and re.match(r"\s+tanks?\b", text[match.end():]):
            continue  # "a Vienna think tank": a noun
        if form == "state" and re.match(r"\s+(?:television|tv|media|news|broadcaster|radio|press|agency|agencies|company|companies|"
                                        r"firm|officials|department|budget|visit|secretary|governments?|level|capital|funding|"
                                        r"-?owned|-?run|-?controlled|-?backed)\b", text[match.end():], re.I):
            continue  # "Tarvian state television", "state-owned": a noun or adjective, not the verb
        if form in ("find", "finds", "found", "finding") and not re.match(r"\s+that\s", text[match.end():]):
            continue  # "found that ..." reports what a survey or inquiry found; "found the door open" reports nothing
        if form in ("call", "calls", "called") and re.match(r"\s+(?:it|this|that|them|him|her)\s+[a-z]+[.!?,]?\s*$", text[match.end():]):
            continue  # "We call it soup.": a naming, no reported content
        quote_around = inside_direct(verb_start)
        left = text[: match.start()]
        if re.search(r"\b(?i:the|a|an|this|that|these|those|his|her|its|their|our|my|your|any|no|such|whose|of|in|by|at|for)\s+$", left) and not (
                form.endswith("ing") and re.search(r"\b(?i:by|in|for)\s+$", left)):
            continue  # "The claim that ...", "His claims": a noun, not a verb ("by telling deputies that" is a verb)
        if re.search(r"\b(?:want|wants|wanted|wish|wishes|hoping|hope|hopes|plan|plans|planning|able|unable|how|where|chance)\s+to\s+$", left, re.I):
            continue  # "residents who want to comment ... can do so": an infinitive, no speech reported
        if quote_around:
            left = plain[max(quote_around[0], s_start):verb_start]
        # "..., X said." at the end of a sentence: content before the subject.
        right_raw = text[match.end():]
        right_stripped = right_raw.strip()
        if not quote_around and form in ("said", "says", "added", "explained", "noted") and re.search(r"\S,\s*$", left) and (
                re.match(r"\s+(?:[A-Z]|the\s|an?\s)", right_raw)):
            # "Painting a lighthouse takes patience, said Master Sgt. Ann Roe, who leads ...": an unquoted paraphrase, then an
            # inverted attribution that ends the sentence
            reported = left.rstrip().rstrip(",").strip()
            phrase = _subject_after(right_raw)
            inverted = read_speaker(phrase) if phrase else None
            if inverted is not None and inverted.type in ("named", "role", "anonymous", "organization") and (
                    not any(mark in reported for mark in DOUBLE_MARKS + "\u201c\u201d")) and _looks_like_clause(reported) and (
                    "," not in reported):
                found.append(Reported(s_start, s_start + len(reported), phrase, verb_end + right_raw.find(phrase), match.group(), verb_start))
                continue
        if form.endswith("ing"):
            if _QUOTED_AS.search(left):
                subject = _subject_before(_QUOTED_AS.sub("", left))  # "X was quoted as saying that ...": X
                subject_phrase, subject_offset = (subject[0], s_start + subject[1]) if subject else (None, -1)
            elif re.search(r"\b(?:was|were|is|are|been|be|am)\s+$", left):
                subject = _subject_before(re.sub(r"\s*\b(?:was|were|is|are|been|be|am)\s+$", "", left))
                subject_phrase, subject_offset = (subject[0], s_start + subject[1]) if subject else (None, -1)
            else:
                # "X urged ..., saying ...": a participle clause belongs to the
                # subject of the main clause, i.e. of the cue before it.
                earlier = [item for item in found if item.cue_start < verb_start and item.speaker_phrase]
                with_subject = _WITH_SUBJECT.search(left[-80:])
                if with_subject and read_speaker(with_subject.group(1)) is not None:
                    # "..., with diplomats saying ...": the noun after "with" is the speaker.
                    subject_phrase = with_subject.group(1)
                    subject_offset = verb_start - len(left[-80:]) + with_subject.start(1)
                elif earlier:
                    subject_phrase, subject_offset = earlier[-1].speaker_phrase, earlier[-1].speaker_offset
                else:
                    subject_phrase = _main_subject(article, sentence, match.start(), people)
                    subject_offset = -1
        elif re.search(r"(?:,\s*|\s)(?:but|and)\s+(?:also\s+|then\s+|later\s+)?$", left):
            # "X apologized ..., but also said that ...": the subject of the sentence.
            subject_phrase, subject_offset = _main_subject(article, sentence, match.start(), people), -1
        else:
            relative = re.search(r",\s+(?:who|(?P<which>which))\s+(?:also\s+|(?:has|have|had)\s+(?:long\s+|also\s+)?|long\s+)?$", left)
            # "Fishermen on the island, who say vessels have chased them, ...": the noun before ", who".
            subject = _subject_before(left[: relative.start()]) if relative else _subject_before(left)
            if relative and relative.group("which"):
                # "the Green League (GL), which ...": the acronym after the name; "the Audit Office, the state's
                # spending watchdog, which warned ...": the named body before the appositive is the subject.
                head = left[: relative.start()]
                acronym = re.search(r"\s*\([A-Z][\w&.-]{1,12}\)$", head)
                if acronym:
                    head = head[: acronym.start()]
                    subject = _subject_before(head) or subject
                appositive = re.search(r"(?P<body>[A-Z][\w.'\u2019&-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+(?:the\s+)?)?[A-Z][\w.'\u2019&-]*){0,5}),\s+"
                                       r"(?:the|a|an|its|[A-Z][\w.'\u2019-]*['\u2019]s)\s+[^,]{2,60}$", head)
                if appositive and (subject is None or _NAMED_BODY.search(subject[0]) is None):
                    subject = (appositive.group("body"), appositive.start("body"))
            if relative and relative.group("which") and subject is not None:
                body = _NAMED_BODY.search(subject[0])
                report = _REPORT_PHRASE.search(left[: relative.start()])
                if body is None and report is not None and read_speaker(report.group()) is not None:
                    subject = (report.group(), report.start())  # "a study commissioned by the city, which estimated that ...": the study
                    relative = None  # the phrase is whole: its "commissioned" is no verb of the main clause
                elif body is None:
                    continue  # ", which said ...": only after a named body ("objections from France, which argued that")
                else:
                    subject = (body.group().strip(), subject[1] + body.start() + (len(body.group()) - len(body.group().lstrip())))
            if relative and subject is not None:
                words = subject[0].split()
                verbs = [position for position, word in enumerate(words) if position and word.islower() and (
                    _looks_like_past(word) or word in _PRESENT_VERBS)]
                if verbs and verbs[-1] < len(words) - 1:  # "The mayor thanked residents, who said ...": "residents"
                    tail = " ".join(words[verbs[-1] + 1:])
                    subject = (tail, subject[1] + len(subject[0]) - len(tail))
            if subject is None:
                continue
            base = max(quote_around[0], s_start) if quote_around else s_start
            subject_phrase, subject_offset = subject[0], base + subject[1]
        if subject_phrase and re.search(r"\b(?:said|says|told|tells)\b", subject_phrase):
            continue  # "residents said they believe ...": "believe" is inside reported content, not a new cue
        if subject_phrase and text.rstrip().endswith("?") and re.match(
                r"(?:Does|Do|Did|Is|Are|Was|Were|Will|Would|Can|Could|Should|Has|Have|Had)\s", subject_phrase):
            continue  # "Does the Department think X is ready?": a question, not reported speech
        if subject_phrase and _NOT_A_SUBJECT.search(subject_phrase):
            continue  # "who briefed reporters on a conference call", "Russia's repeated cutting", "ready to help member states"
        gap = bool(_AUXILIARY_AFTER.match(right_raw))
        if not gap and subject_phrase and form in _GAP_VERBS and _GAP_VERB_NEXT.match(right_raw) and left.rstrip().endswith(
                subject_phrase) and _RELATIVE_END.search(left.rstrip()[: len(left.rstrip()) - len(subject_phrase)]):
            gap = _looks_like_past(_GAP_VERB_NEXT.match(right_raw).group(1))
        if gap and form not in _GAP_VERBS:
            continue
        if verb.base in ("believe", "think") and not gap:
            continue  # "The President believes A": an attitude, not speech (only "a ship that police believe cut the cable" sources a claim)  # "the mission in the Baltic states has been going on": "states" is a noun
        if subject_phrase and subject_phrase.lower() in ("he", "she") and match.start() < 200:
            first = _FIRST_CLAUSE_SUBJECT.match(text[: match.start()])
            first_mention = read_speaker(first.group("subject")) if first else None
            if first_mention is not None and first_mention.type in ("named", "role"):
                # "The President believes A, and he told the minister that B": the pronoun of a coordinated clause is the
                # first clause's subject (not whoever was quoted last)
                subject_phrase, subject_offset = first.group("subject"), s_start + first.start("subject")
        if subject_phrase and subject_phrase.lower() == "the government":
            seat = _SEAT_OPENING.match(text)
            country = country_of_seat(seat.group(1)) if seat else None
            if country and country_adjective(country):
                # "In Valletta, the government said ...": the government that sits in the place the sentence opens with
                subject_phrase = "the " + country_adjective(country) + " government"
        if subject_phrase and subject_phrase.lower() in ("another", "others", "a second", "a third"):
            # '"...," one reader wrote, while another argued that ...': the elliptical head is the earlier "one NOUN"
            earlier_one = _ONE_NOUN.findall(text[: match.start()])
            if earlier_one and earlier_one[-1].lower() in role_nouns():
                subject_phrase = subject_phrase + " " + (earlier_one[-1] + "s" if subject_phrase.lower() == "others" else earlier_one[-1])
        mention = read_speaker(subject_phrase) if subject_phrase else None
        if mention is None and subject_phrase and subject_offset == s_start and _LOWER_BRAND.fullmatch(subject_phrase) and (
                subject_phrase.lower() not in _COMMON_SENTENCE_STARTS) and re.match(r"[A-Za-z]+\s+(?:said|says|announced)\b", text):
            # "skyline said in a statement that ...": a sentence opening with a lower-case word is a brand written that way
            mention = SpeakerMention(subject_phrase, subject_phrase, "organization")
        if mention is None or (mention.type == "pronoun" and mention.name in ("i", "we", "you")):
            continue
        if gap:
            # "drones, which Polish officials said were Russian-made": the subject of the reported
            # clause is the noun before the relative; the content is its verb phrase, to the next comma.
            inner = _reduced_relative_subject(subject_phrase)
            if inner is not None:
                subject_phrase, mention = inner, read_speaker(inner)
            start = verb_end + len(right_raw) - len(right_raw.lstrip())
            end = start + _complement_end(plain[start:s_end])
            comma = plain.find(", ", start, end)
            end = comma if comma > 0 else end
            if end - start >= 3:
                found.append(Reported(start, end, subject_phrase, subject_offset, match.group(), verb_start))
            continue
        # The reported content after the verb.
        content = _content_after(plain, verb_end, s_end, verb, bare_tell=not quote_around)
        if content is None:
            # Sentence-final attribution: "..., one official told Reuters."
            tail = _TRAILING_CLAUSE.sub("", right_stripped.rstrip("."))
            summary = _SUMMARY_APPOSITIVE.search(tail)
            if summary:
                tail = tail[: summary.start()]
            # "A, the Kremlin said, and B": the speaker's second clause after the attribution.
            went_on = re.match(r"(?P<tail>[^,;]*),\s+(?:and|but)\s+(?P<more>.+)$", tail)
            if went_on and _looks_like_clause(went_on.group("more")):
                tail = went_on.group("tail")
                if next(iter(_verb_pattern().finditer(went_on.group("more"))), None) is not None:
                    went_on = None  # "..., and aid agencies warned that ...": the second clause has its own source
            else:
                went_on = None
            interrupted = re.match(r",\s+([a-z][^,;]*)$", tail)
            if interrupted and subject_offset > s_start and form in ("said", "says", "added", "argued", "insisted", "warned") and (
                    plain[s_start:subject_offset].rstrip().endswith(",")):
                subject_part = plain[s_start:subject_offset].rstrip().rstrip(",").strip()
                finite = re.search(r"\b(?:is|are|was|were|will|would|has|have|had|can|could|should|may|might|must|[a-z]{3,}ed)\b", subject_part)
                if "," not in subject_part and '"' not in subject_part and not finite and len(subject_part.split()) <= 8 and (
                        _looks_like_clause(subject_part + " " + interrupted.group(1))):
                    # "The plan, the minister said, was temporary": the subject before the attribution, its verb after
                    found.append(Reported(s_start, s_end, subject_phrase, subject_offset, match.group(), verb_start))
                    continue
            if subject_offset > s_start and len(tail.split()) <= 8 and not re.search(r"[,;]", tail) and plain[s_start:subject_offset].rstrip().endswith(",") and (
                    not re.search(r"\b(?:who|which|that)\b", subject_phrase or "")):  # "X, an MP who has long questioned Y": a relative clause
                start, end = s_start, plain[s_start:subject_offset].rstrip().rfind(",") + s_start
                head = re.search(r"(?:^|,\s+but\s+|;\s+|,\s+and\s+)(?=[^,]*$)", plain[start:end])
                if head:
                    start += head.end()
                reported = plain[start:end].strip()
                if reported.endswith(('"', "\u201d")) and (reported[:1] in DOUBLE_MARKS + "\u201c" or not _looks_like_clause(reported)):
                    continue  # '"We will stay," she said': a direct quote (but 'Her team plans a study "within weeks", she said' is reported)
                if tail.strip() and not _looks_like_clause(plain[start:end].strip()) and len(plain[start:end].split()) <= 4:
                    continue  # "Rep. Ann Roe, D-Calif., questioned the cost.": a name before its appositive, and the verb has an object
                found.append(Reported(start, end, subject_phrase, subject_offset, match.group(), verb_start))
                if went_on:
                    more_start = s_start + text.rfind(went_on.group("more"))
                    found.append(Reported(more_start, s_end, subject_phrase, subject_offset, match.group(), verb_start))
            continue
        start, end = content
        if form in _GAP_VERBS | {"says", "argue", "argues", "argued", "insist", "insists", "insisted"} and re.search(
                r",\s+who\s+(?:also\s+|have\s+long\s+|had\s+long\s+|long\s+)?$", left):
            comma = plain.rfind(", ", start, end)
            if comma > start:
                end = comma  # "Fishermen, who say A, greeted the news": the relative clause ends at its comma
        # "X said A and that B": two reported items with one speaker and cue.
        second = _AND_THAT.search(plain, start, end)
        if second and plain[start:second.start()].count('"') % 2 == 0 and second.start() - start >= 3:
            found.append(Reported(start, second.start(), subject_phrase, subject_offset, match.group(), verb_start))
            start = second.end()
        found.append(Reported(start, end, subject_phrase, subject_offset, match.group(), verb_start))
    for item in found:
        for other in found:
            if other is not item and item.content_start < other.speaker_offset < item.content_end:
                joined = re.search(r",?\s+(?:and|but)\s+$", plain[item.content_start:other.speaker_offset])
                if joined and joined.start() >= 3:
                    # "said A, and she told reporters that B": the second clause has its own subject and cue, so A ends at "and"
                    item.content_end = item.content_start + joined.start()
        item.content_start, item.content_end = _trim_content(plain, item.content_start, item.content_end)
    found = _split_coordinated(plain, found)
    for item in found:
        item.silent = _only_quoted_words(plain, item)
    return found


_CHARACTERISING_CUES = frozenset("call calls called calling term terms termed dub dubs dubbed brand brands branded label labels "
                                 "labeled labelled describe describes described accuse accuses accused accusing".split())


def _only_quoted_words(plain: str, item: Reported) -> bool:
    """True when a reported item adds nothing to the direct quote inside it: its content is one
    quotation ('cautioned that "nothing is final."'), or it names or characterises someone in
    quoted words ('called the incursion "unacceptable"', 'accused NATO of "provocations"')."""
    content = plain[item.content_start:item.content_end].strip()
    if not content:
        return False
    marks = [position for position, char in enumerate(content) if char in DOUBLE_MARKS]
    if len(marks) == 2 and marks[0] == 0 and marks[1] >= len(content.rstrip(".,;:!?")) - 1:
        return True
    return bool(marks) and item.cue.lower() in _CHARACTERISING_CUES


# A phrase before a reporting verb that cannot be its subject: a relative pronoun first ("who
# briefed reporters on a conference call"), a possessive last ("Russia's repeated cutting"),
# an adjective with an infinitive ("ready to help member states").
#: A report as the source of a relative clause: "a study commissioned by the city", "a report by the auditor".
_REPORT_PHRASE = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:study|report|survey|poll|analysis|audit|review|assessment)\s+"
                            r"(?:(?:released|published|issued|commissioned|conducted)\s+)?by\s+[^,;]+$")
_NOT_A_SUBJECT = re.compile(r"^(?!WHO\b)(?i:who|whom|whose|which|that)\b|['\u2019]s?$|"
                            r"^[a-z]+\s+to\s+(?!(?:the|a|an|his|her|its|their|our|this|that|these|those)\b)[a-z]+\b")
# Verbs after which a relative clause's gap is common: "which officials said were ...", "a milestone
# officials say could save ...", "a tanker that investigators believe dragged ...".
_GAP_VERBS = frozenset("say says said believe believes believed think thinks thought suspect suspects suspected "
                       "estimate estimates estimated fear fears feared warn warns warned predict predicts predicted".split())
_RELATIVE_END = re.compile(r"\b(?:that|which|who)\s+$")
_GAP_VERB_NEXT = re.compile(r"\s+([a-z]+)\s")


def _looks_like_past(word: str) -> bool:
    return word.endswith("ed") or word in _IRREGULAR_PAST


_AUXILIARY_AFTER = re.compile(r"\s+(?:has|have|had|is|are|was|were|will|would|can|could|should|may|might|must|does|do|did)\s")
# "..., the people said, asking not to be named because ...": a clause after a sentence-final
# attribution that says how or when the source spoke (not more reported content).
# ", a decision the Kremlin denounced as ...": an appositive that sums up the sentence before it.
_SUMMARY_APPOSITIVE = re.compile(r",\s+(?:(?:a|an)\s+(?:[a-z-]+\s+)?(?:decision|move|step|development|sign|blow|setback|claim|charge|"
                                 r"assessment|announcement|warning|measure|change|shift|reversal|escalation|increase|rise|drop|fall|"
                                 r"jump|cut|record|figure|level)\b"
                                 # "..., the government said Tuesday, the highest share of any member": a summary of the figure
                                 r"|the\s+(?:[a-z]{3,}est|most\s+[a-z]+|first|latest|only|largest|biggest)\s+[a-z]+)")
_TRAILING_CLAUSE = re.compile(r",\s+(?:speaking|asking|declining|requesting|citing|who|adding|noting|saying|stressing|"
                              r"explaining|insisting|arguing|after|amid|while|despite|because|in\s+what|"
                              r"although|though|following|even as|in\s+(?:a|an)\s+(?:[a-z-]+\s+)?(?:call|statement|meeting|interview|"
                              r"speech|post|letter|briefing|conversation|readout|release))\b.*$", re.S)
_TOLD_OBJECT = re.compile(r"(?:him|her|them|us|me|reporters|journalists|parliament|lawmakers|legislators|congress|deputies|senators|"
                          r"delegates|investigators|police|officials|diplomats|supporters|students|residents|voters|"
                          r"[a-z]+(?:ers|ors|ists|ants|ents|ians)|(?:the|a|an|his|her|their|its)\s+(?:[a-z][\w-]*\s+){0,2}?[a-z][\w-]*s?|"
                          # "told the BBC", "told The Associated Press": an outlet's name
                          r"(?:[Tt]he\s+)?[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,2})\s+(?=[a-z\"])")
# "... told me, 'We cannot wait.'": a single-quoted quote after a reporting verb inside a quote.
_NESTED = re.compile(r"(?P<intro>(?:^|(?<=[\s\"\u201c]))[^.!?\"\u201c\u201d\u2018']{2,120}?)\s+(?P<verb>said|says|told|tells|telling|asked|asks|asking|saying|wrote|writes|warned|warning)"
                     r"\b[^,:'\u2018.!?]{0,30}?[,:]\s*['\u2018](?P<body>(?:[^'\u2018\u2019\"\u201c\u201d]|(?<=\w)['\u2019](?=\w)){3,400}?[.,!?])"
                     r"['\u2019](?=[\s\"\u201d]|$)")
_NESTED_AUX = re.compile(r"\s+(?:keeps?|kept|has been|have been|had been|was|were|is|are|kept on)\s*$")
_AND_THAT = re.compile(r",?\s+(?:and|but)\s+that\s+")
_WITH_SUBJECT = re.compile(r"\bwith\s+((?:[\w.'\u2019-]+\s+){0,4}[\w.'\u2019-]+)\s+$")


_EMBEDDED_END = re.compile(r"[\s,]*(?:he|she|they|it|the\s+[a-z]+)\s+(?:said|says|added|told)\b[^,;]*$|[\s,]*(?:he|she|they|it|the\s+[a-z]+)\s+(?:said|says|added)\.")
_DOCUMENT_SKIPPED = re.compile(r"\b(?:statement|interview|speech|letter|post|email|briefing|address|report)\s+(?:with|to|on)\s", re.I)
_DOCUMENT_TAIL_THAT = re.compile(r"(?:[A-Za-z][\w.'\u2019-]*\s+){1,2}?that\s+")
_SAID_THIS_THAT = re.compile(r"(?:this|it|so)\b[^.;:,\"]{0,60},\s+that\s+")
_PLACE_THEN_THAT = re.compile(r"(?:in|on|at|during|last|this|earlier|after|before|to|from|over|via|posted|published|issued|released|carried)\s+(?:[\w.'\u2019-]+\s+){0,9}?that\s+")


_AND_VERB = re.compile(r",?\s+and\s+(?:also\s+)?(?=(?:[a-z]{2,}ed|" + "|".join(sorted(_IRREGULAR_PAST)) + r")\s+"
                       r"(?:(?:the|a|an|his|her|its|their|our|that|for|to|on|with)\b|[A-Z]))")


#: A frequency adverb before a lower-case word: "passengers sometimes sing", "buses usually run" (a present-tense verb).
_ADVERB_THEN_VERB = re.compile(r"\b(?:usually|sometimes|often|always|never|rarely|seldom|generally|typically|regularly|frequently|"
                               r"routinely|normally|occasionally)\s+(?!the\b|a\b|an\b|in\b|on\b|at\b|for\b|with\b)[a-z]{2,}\b")


def _has_verb(text: str) -> bool:
    return any(_CLAUSE_VERB.fullmatch(word) or word in _PRESENT_VERBS or word in _IRREGULAR_PAST
               for word in re.findall(r"[a-z']+", text)) or bool(_ADVERB_THEN_VERB.search(text))


#: "a crowd in Tulsa, Oklahoma, that": an object with a "City, Region" place before "that".
_PLACE_REGION_THAT = re.compile(r"(?:[\w.'-]+\s+){0,6}?(?:in|at|from|near|outside)\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?,\s+"
                                r"(?P<region>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)?),\s+that\s+")


def _content_after(plain: str, verb_end: int, sentence_end: int, verb, bare_tell: bool = True) -> tuple[int, int] | None:
    rest = plain[verb_end:sentence_end]
    skip = _SKIP_AFTER_VERB.match(rest.lstrip())
    offset = verb_end + (len(rest) - len(rest.lstrip())) + (skip.end() if skip else 0)
    rest = plain[offset:sentence_end]
    if skip and skip.group().rstrip().endswith(",") and _SUMMARY_APPOSITIVE.match(", " + rest):
        return None  # "..., an official said Thursday, a decision the Kremlin denounced": a summary of the sentence
    if not rest.strip() or rest.lstrip()[:1] in DOUBLE_MARKS + ":":
        return None
    if rest.lstrip().startswith(",") or re.match(r"\s*(?:and|but)\s", rest):
        return None  # "..., the Red Cross said Monday, and aid agencies warned ...": no complement here
    that = re.match(r"(?:[\w.'-]+\s+){0,8}?that\s+", rest)
    placed = _PLACE_REGION_THAT.match(rest)
    placed = placed if placed and place_name(placed.group("region")) else None
    asked = re.match(r"(?:[A-Za-z][\w.'\u2019-]*\s+){0,4}?(?=(?:whether|if)\s)", rest) if (
        verb.base == "ask" and bare_tell and plain[max(0, verb_end - 5):verb_end].lower() == "asked") else None  # not inside a quote
    if asked is not None and not re.search(r"\b(?:to|for|about)\s+$", asked.group()):
        offset += asked.end()  # "asked the general whether any ally had cut its army": an indirect yes/no question
    elif verb.tag in ("object",) or verb.base == "tell":
        if placed:
            offset += placed.end()  # "told a crowd in Tulsa, Oklahoma, that ...": the place's commas are no clause break
        elif that and "," not in that.group() and not re.search(r"\b(?:and|but|or)\s+that\s+$", that.group()):
            offset += that.end()  # not "told viewers A and that B": that "that" opens the second item
        elif verb.base in ("urge", "accuse"):
            pass
        elif bare_tell and verb.base == "tell" and _TOLD_OBJECT.match(rest) and _looks_like_clause(rest[_TOLD_OBJECT.match(rest).end():]):
            offset += _TOLD_OBJECT.match(rest).end()  # "told the council the work could begin in June"
        else:
            return None
    elif re.match(r"that\s+", rest):
        offset += 5
    elif skip and _DOCUMENT_SKIPPED.search(skip.group()) and _DOCUMENT_TAIL_THAT.match(rest):
        offset += _DOCUMENT_TAIL_THAT.match(rest).end()  # "said in a post on its Kestrelgram page that ...": the page's name
    elif _SAID_THIS_THAT.match(rest):
        offset += _SAID_THIS_THAT.match(rest).end()  # "the Secretary said this in Brussels last week, that ..."
    elif _PLACE_THEN_THAT.match(rest) and not re.match(r"to\s+[a-z]+\s+(?:into|up|out|after|through)\b", rest):
        # not "promised to look into delays that soldiers raised": an infinitive, then a relative clause
        offset += _PLACE_THEN_THAT.match(rest).end()  # "wrote in an editorial that ...", "said on Monday that ..."
    elif re.match(r"(?:after|before|when|while|because|since|although|though|until|amid|despite|once)\b", rest, re.I):
        return None  # "..., three people said on Thursday, after premiums doubled": circumstance, not content
    elif verb.tag == "that":
        return None
    elif verb.tag == "name" and verb.base == "call" and re.match(
            r"(?:on|upon)\s+(?!(?i:mon|tues|wednes|thurs|fri|satur|sun)day\b|(?i:the\s+)?(?i:phone|telephone|radio)\b)\S+[^.;]*?\bto\s+[a-z]", rest):
        offset += re.match(r"(?:on|upon)\s+", rest).end()  # "called on both sides to show restraint": an appeal, like "urged"
    elif verb.tag == "name" and verb.base == "call" and re.match(r"for\s+(?:[\w.'\u2019-]+\s+){1,5}?to\s+[a-z]{2,}", rest) and not re.match(
            r"for\s+(?:years|months|decades|weeks|days|a\s+long\s+time|some\s+time)\b", rest):
        offset += 4  # "called for the city to close the plant": an appeal addressed to others, its content is the infinitive clause
    elif verb.tag == "name":
        called = re.match(r"((?:the\s+)?[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}|it|him|her|them|the\s+\w+)\s+((?:an?\s+)?\"?[\w-]+(?:\s+[\w-]+){0,4}\"?)\s*(?=[,.;]|\s+and\s|$)", rest)
        if not called or re.search(r"\b(?:to|for|on|off|up|back|in)\b", called.group()):
            return None
    elif not _looks_like_clause(rest) and verb.tag != "noun":
        return None
    elif verb.tag == "noun" and not (_looks_like_clause(rest) or re.match(r"(?:the|any|having|being|that|all|reports?|claims?|\w+ing)\b", rest)):
        return None
    end = offset + _complement_end(plain[offset:sentence_end])
    comment = _JOURNALIST_COMMENT.search(plain, offset, end)
    if comment:
        end = comment.start()  # "announced that it will buy X, capping weeks of talks": the reporter's comment
    colon = _COLON_QUOTE.search(plain, offset, end)
    if colon:
        end = colon.start()  # 'said the plan had a flaw: "..."': the quote after the colon is its own item
    for other in _AND_SPEAKER_ING.finditer(plain, offset, end):
        second = read_speaker(other.group(1))
        if second is not None and second.type not in ("pronoun", "document"):
            # "with the ministry warning that A and a senior lawmaker calling the move "X"": a second speaker's clause
            end = other.start()
            break
    second = _AND_VERB.search(plain, offset, end)
    if second and not _has_verb(plain[offset:second.start()]):
        end = second.start()  # "reaffirmed the U.S. commitment to Poland and thanked the minister": a noun phrase, then the subject's next verb
    start, end = _trim_content(plain, offset, end)
    if end - start < 3:
        return None
    return start, end


def _split_coordinated(plain: str, found: list[Reported]) -> list[Reported]:
    """Cut a content at "and (also) VERB" when a second reported item follows with the same subject."""
    found.sort(key=lambda item: item.cue_start)
    result = []
    for position, item in enumerate(found):
        for other in found[position + 1:]:
            if item.content_start < other.cue_start < item.content_end:
                between = plain[item.content_start:other.cue_start]
                joined = re.search(r"\s*,?\s*(?:and|but)\s+(?:also\s+)?$", between)
                if joined:
                    item.content_end = item.content_start + joined.start()
                    if other.speaker_phrase is None or other.speaker_offset < 0:
                        other.speaker_phrase, other.speaker_offset = item.speaker_phrase, item.speaker_offset
                        other.speaker_fixed = other.speaker_fixed or item.speaker_fixed
                    break
        if item.content_end - item.content_start >= 3:
            result.append(item)
    return result


_CALENDAR_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june "
                            "july august september october november december today yesterday".split())


def _main_subject(article, sentence, before: int, people=None) -> str | None:
    """The subject of a sentence's main clause: its first named person, else its first words."""
    text = article.plain[sentence.start:sentence.start + before]
    # "Norway's fisheries ministry on Tuesday rejected claims from ... Baltic states, saying ...": the
    # noun phrase before the main clause's verb, not a capitalised noun inside its object.
    # "In Lyon, several thousand farmers marched": a place opening the sentence is not its subject
    opening = re.match(r"\s*(?:In\s+(?:a|an)\s[^,]{0,60}|(?:In|At|From|Near|Outside)\s+(?:the\s+)?[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*|"
                       r"[A-Z][a-z]+ly|Earlier|Later|Meanwhile|However),\s+", text)
    body = text[opening.end():] if opening else text
    main_verb = re.match(r"\s*((?:[\w.'\u2019-]+\s+){0,5}?[a-z][\w-]*)\s+(?:(?:on|last|this)\s+[A-Z][a-z]+\s+|"
                         r"(?:also|yesterday|today|earlier|later|again)\s+)?(?=(?!hundred\b)[a-z]+ed\b|(?:%s)\b)" % "|".join(sorted(_IRREGULAR_PAST)), body)
    if main_verb and not re.search(r"[,;:]", main_verb.group(1)):
        mention = read_speaker(main_verb.group(1))
        if mention is not None and mention.type != "named":
            return main_verb.group(1)
    titled = re.match(r"\s*((?i:the)\s+(?:[A-Z][\w.'\u2019-]*\s+){0,3}[A-Z][\w.'\u2019-]*)\s+(?:also\s+)?(?=[a-z]+ed\b|(?:%s)\b)"
                      % "|".join(sorted(_IRREGULAR_PAST)), body)
    if titled and (read_speaker(titled.group(1)) or SpeakerMention("", "", "")).type == "role":
        return titled.group(1)  # "The President congratulated the Prime Minister ... and reaffirmed that": the title first
    if people:
        position = bisect.bisect_left(people, (sentence.start,))
        if position < len(people) and people[position][0] < sentence.start + before:
            return people[position][2]
    for verb in _verb_pattern().finditer(text):
        # "The manager on Monday described ..., warning that": the subject of the first cue.
        subject = _subject_before(text[: verb.start()])
        if subject and read_speaker(subject[0]) is not None:
            return subject[0]
        if subject is not None and subject[0].lower() not in ("who", "which", "that"):
            break  # "Another official, who asked not to be named ..., said": past the relative clause's verb
    # "In a statement, Russia's Foreign Ministry went further, accusing ...": past the opening adverbial.
    opening = re.match(r"\s*(?:[A-Z][a-z]+\s+(?:a|an|the|his|her|its|their)\s[^,]{0,60}|[A-Z][a-z]+ly|Earlier|Later|Meanwhile|However),\s+", text)
    head = re.match(r"\s*(?:(?:[A-Z][\w.'\u2019-]*|of|for|the)\s+){0,6}?([A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)*)",
                    text[opening.end():] if opening else text)
    pronoun = re.match(r"\s*(He|She|It|They)\b", text)
    if pronoun:
        return pronoun.group(1).lower()
    candidates = re.findall(r"(?:^|,\s+|\s)((?:[A-Z][\w.'\u2019-]*\s+){0,5}[A-Z][\w'\u2019-]*)(?=\s+[a-z]|,)", text)
    for candidate in candidates:
        if candidate.lower() in _CALENDAR_WORDS:
            continue
        mention = read_speaker(candidate)
        if mention and mention.type == "named":
            return candidate
    return head.group(1) if head else None


# --------------------------------------------------------------------------
# Transcript turns and pull quotes
# --------------------------------------------------------------------------

_LABEL_PARTICLES = ("van", "von", "der", "den", "de", "du", "da", "del", "della", "di", "dos", "la", "le", "al", "bin", "ibn", "ter", "ten")
_LABEL = re.compile(r"^(?P<label>[A-Z][A-Za-z.'\u2019-]*\s?(?:(?:[A-Z][A-Za-z.'\u2019-]*|(?:%s)(?= [A-Z]))\s?){0,5}):\s+(?P<text>\S.*)$"
                    % "|".join(_LABEL_PARTICLES), re.S)
# "The following is attributable to Spokesperson X:" (a readout's header line naming who speaks in the paragraphs below it).
_THIRD_PERSON_REPORT = re.compile(r"\b[A-Z][\w.'\u2019-]+\s+(?:said|told|added|wrote|testified)\b")
_SPEAKERS_OWN_WORDS = re.compile(r"\b(?:I|I['\u2019](?:m|d|ve|ll)|[Ww]e|[Yy]ou|[Oo]ur|[Mm]y|us)\b")
_QUOTED_PART = re.compile(r"[\"\u201c][^\"\u201c\u201d]*[\"\u201d]")


def _narration_after_transcript(paragraph: str) -> bool:
    """A paragraph after a transcript turn that reports someone in the third person ("Vale told the committee that ...")
    and, outside quotation marks, has none of a live speaker's own words ("I", "we", "you"): the story's narration."""
    outside = _QUOTED_PART.sub(" ", paragraph)
    return bool(_THIRD_PERSON_REPORT.search(outside)) and not _SPEAKERS_OWN_WORDS.search(outside)
_ATTRIBUTABLE = re.compile(r"The\s+following\s+(?:statement\s+|readout\s+|text\s+)?(?:is|should\s+be|may\s+be)\s+attribut(?:able|ed)\s+to\s+"
                           r"((?:[A-Z][\w.'\u2019-]*|the|of|for)(?:\s+(?:[A-Z][\w.'\u2019-]*|the|of|for|[a-z]+(?=\s+[A-Z]))){0,8}):", re.I)
_NOT_LABELS = frozenset("note update editor's note photo image source correction related read more watch listen "
                        "warning disclaimer caption credit video audio transcript photos images sources credits tags topics "
                        "keywords advertisement".split())


def _transcript_label(paragraph_text: str, surnames: frozenset[str] = frozenset()) -> tuple[str, int] | None:
    """``(label, offset of the text)`` when a paragraph starts with ``LABEL:`` and no quotation mark.
    ``surnames``: surnames of people named in the article ("Sorvik:" is a turn in an interview with Lise Sorvik)."""
    match = _LABEL.match(paragraph_text)
    if not match:
        return None
    label = match.group("label").strip()
    words = label.split()
    if label.lower() in _NOT_LABELS or (len(match.group("text").split()) < 2 and not label.isupper()):
        return None  # "Sure." is a turn only after a transcript's capitals label ("MR HARTWELL:  Sure.")
    if match.group("text")[0] in DOUBLE_MARKS + "\u201c\u201d":
        return None
    if not (label.isupper() or all(word[0].isupper() or word in _LABEL_PARTICLES for word in words)):  # "Van der Berg:"
        return None
    if len(words) == 1 and not label.isupper() and label.lower() not in surnames:
        return None
    return label, match.start("text")


_BARE_Q = re.compile(r"Q\.?[ \t]+(?=[A-Z\u201c\"'])")


def _bare_question_label(paragraph_text: str) -> tuple[str, int] | None:
    """``("Q", offset)`` for a paragraph opening with a bare "Q " (a reporter's turn in a transcript; the
    caller checks that the article has other speaker labels, so a letter "Q" in prose is not a label)."""
    match = _BARE_Q.match(paragraph_text)
    if not match or len(paragraph_text[match.end():].split()) < 2:
        return None
    return "Q", match.end()


_NAME_WORD = r"[A-Z][a-z\u00c0-\u024f'\u2019-]+"
_SELF_NAMED = re.compile(r"(?:(?:Thanks|Thank\s+you|Hi|Hello|Good\s+(?:morning|afternoon|evening))(?:,?\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?)?[.!,]\s+)?"
                         r"(?P<name>" + _NAME_WORD + r"(?:\s+(?:[A-Z]\.|" + _NAME_WORD + r")){1,2}),\s+"
                         r"(?P<outlet>[A-Z][\w.&'\u2019-]*(?:\s+(?:[A-Z][\w.&'\u2019-]*|and|of|the|&)){0,5})[.:]\s")


def _self_named_reporter(turn: str) -> str | None:
    """The reporter's name when a question turn opens with it ("Thanks. Jo Marsh, Harbor Weekly. My question ..."):
    a name of two or three capitalised words, a comma and an outlet of capitalised words ending the sentence."""
    match = _SELF_NAMED.match(turn)
    if not match:
        return None
    name = match.group("name")
    words = [word.strip(".").lower() for word in name.split()]
    if any(word in role_nouns() or word in TITLE_NOUNS or word in titles() or word in ("mr", "ms", "mrs", "madam", "madame", "sir", "dr")
           for word in words):
        return None  # "Madam Secretary, ..." addresses the official
    return name


def _label_speaker(label: str, turn: str = "") -> SpeakerMention:
    if label.upper() in ("Q", "QUESTION", "QUESTIONER", "REPORTER", "AUDIENCE MEMBER"):
        name = _self_named_reporter(turn) if turn else None
        if name:
            return SpeakerMention(name, name, "named", role="reporter")
        return SpeakerMention(label, "unnamed reporter", "anonymous", role="reporter")
    if label.upper() in ("MODERATOR", "OPERATOR", "HOST"):
        return SpeakerMention(label, label.lower(), "anonymous", role=label.lower())
    if label.isupper():
        # "SENIOR STATE DEPARTMENT OFFICIAL ONE:" on a background call: an anonymous source.
        unnumbered = re.sub(r"\s+(?:ONE|TWO|THREE|FOUR|[1-9])$", "", label)
        mention = read_speaker(unnumbered.lower())
        if mention is not None and mention.type in ("anonymous", "role"):
            return SpeakerMention(label, label.lower(), "anonymous", role=mention.role)
        label_text = " ".join(word.capitalize() for word in label.split())
        label_text = re.sub(r"^(Mr|Ms|Mrs|Dr)\b\.?", r"\1.", label_text)
    else:
        label_text = label
    return read_speaker(label_text) or SpeakerMention(label, label_text, "named")


# --------------------------------------------------------------------------
# Putting it together
# --------------------------------------------------------------------------


def _known_organizations(entities) -> dict[str, str]:
    """Short forms of organisations (acronyms) -> their long names."""
    found = {}
    for entity in entities or []:
        if entity.kind == "organization":
            for alias in entity.aliases:
                found.setdefault(alias, entity.name)
    return found


_HONORIFIC = re.compile(r"\b(Mr|Mrs|Ms|Miss)\.?\s+(?:[A-Z][\w'\u2019-]+\s+)?([A-Z][\w'\u2019-]+)")


def _known_genders(plain: str) -> dict[str, str]:
    """Surnames written after Mr/Mrs/Ms/Miss anywhere in the text -> "he"/"she" (one linear scan)."""
    found: dict[str, str] = {}
    for match in _HONORIFIC.finditer(plain):
        found.setdefault(match.group(2).lower(), "he" if match.group(1) == "Mr" else "she")
    return found


def _known_people(entities) -> dict[str, tuple[str, list[str]]]:
    people = {}
    for entity in entities or []:
        if entity.kind == "person" and len(entity.name.split()) >= 2:
            people.setdefault(surname(entity.name), (entity.name, list(entity.roles)))
    return people


_STARTS_CACHE: dict[tuple[int, str], tuple[object, list[int]]] = {}


def _starts(article, what: str) -> list[int]:
    """Start offsets of ``article.paragraphs`` or ``article.sentences`` (cached per article)."""
    items = getattr(article, what)
    cached = _STARTS_CACHE.get((id(article), what))
    if cached is None or cached[0] is not items:
        if len(_STARTS_CACHE) > 8:
            _STARTS_CACHE.clear()
        cached = (items, [item.start for item in items])
        _STARTS_CACHE[(id(article), what)] = cached
    return cached[1]


def _paragraph_of(article, offset: int) -> int:
    """Index of the paragraph that holds ``offset`` (-1 between paragraphs)."""
    position = bisect.bisect_right(_starts(article, "paragraphs"), offset) - 1
    paragraphs = article.paragraphs
    if position >= 0 and paragraphs[position].start <= offset <= paragraphs[position].end:
        return paragraphs[position].index
    return -1


def _sentence_at(article, offset: int):
    """The sentence that holds ``offset`` (or ``None``), by binary search."""
    position = bisect.bisect_right(_starts(article, "sentences"), offset) - 1
    if position >= 0 and article.sentences[position].start <= offset < article.sentences[position].end:
        return article.sentences[position]
    return None


# "The general presented ...", "Before leaving, the general presented ...": a role noun as the subject.
_KIN_SUBJECT = re.compile(r"(?:Her|His|Their|A|One)\s+(?:[a-z]+\s+)?(?P<noun>husband|wife|son|daughter|mother|father|brother|sister|"
                          r"neighbou?r|friend|colleague|partner|cousin|grandmother|grandfather|uncle|aunt),\s+"
                          r"(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s")
_ROLE_SUBJECT = re.compile(r"(?:[A-Z][^,\"\u201c]{0,40},\s+)?[Tt]he\s+([a-z]+)\s+(?=[a-z]+(?:ed|s)\b)")


def extract_quotes(article, entities=None) -> QuoteFindings:
    """All quotes of an article with their speakers (see the module docstring)."""
    findings = QuoteFindings()
    if not article.paragraphs:
        return findings
    if entities is None:
        entities = find_entities(article)
    if mostly_capitals(article.plain):
        findings.warnings.append("The text is written in capital letters: names cannot be told from other words, so speakers may be missed.")
    book = SpeakerBook(_known_people(entities), author=article.author, known_organizations=_known_organizations(entities),
                       known_genders=_known_genders(article.plain))
    plain, text = article.plain, article.text
    for noun, maker in _document_makers(plain).items():
        book.document_makers[noun] = maker
    for office in _ROLE_OF_PLACE.finditer(plain):
        if place_name(office.group(2)):
            book.office_places.setdefault(office.group(1).lower(), set()).add(office.group(2))
    events: list[tuple[int, str, object]] = []  # (offset, kind, data) processed in reading order

    # 1. Transcript turns and pull quotes.
    turn_paragraphs: set[int] = set()
    pull_paragraphs: set[int] = set()
    paragraphs = article.paragraphs
    surnames = frozenset(book.known_people)  # "Sorvik:" turns in an interview with a person named in full
    labels = [_transcript_label(plain[paragraph.start:paragraph.end], surnames) for paragraph in paragraphs]
    if sum(1 for label in labels if label is not None) >= 2:
        # A press-gaggle transcript with "MS. LEE:" labels marks the reporters' turns with a bare "Q" (no colon).
        labels = [label or _bare_question_label(plain[paragraph.start:paragraph.end]) for label, paragraph in zip(labels, paragraphs)]
    for number, paragraph in enumerate(paragraphs):
        label = labels[number]
        if label is None:
            continue
        end = paragraph.end
        for later, following in enumerate(paragraphs[number + 1:], number + 1):
            if labels[later] or following.role != "body":
                break
            if not plain[following.start:following.end].rstrip().endswith((".", "?", "!", '"')):
                break
            if not label[0].isupper() and re.search(r"\b" + re.escape(label[0].split()[-1]) + r"\b", plain[following.start:following.end]):
                break  # "Sorvik said later ...": the reporter's narration after the interview, not Sorvik's turn
            if label[0].isupper() and _narration_after_transcript(plain[following.start:following.end]):
                break  # "The hearing came after ... Vale told the committee that ...": the story resumes after the transcript
            end = following.end
            turn_paragraphs.add(following.index)
        turn_paragraphs.add(paragraph.index)
        events.append((paragraph.start, "turn", (label[0], paragraph.start + label[1], end, paragraph.index)))
    for number, paragraph in enumerate(paragraphs[:-1]):
        # A readout's "The following is attributable to Spokesperson X:" line: the unquoted paragraphs after it,
        # up to the next heading or speaker label, are X's statement (one direct item, as a labelled turn).
        header = _ATTRIBUTABLE.fullmatch(plain[paragraph.start:paragraph.end].strip())
        if header is None or labels[number] or paragraph.index in turn_paragraphs:
            continue
        mention = read_speaker(header.group(1))
        if mention is None or mention.type not in ("named", "role", "organization"):
            continue
        block = []
        for following in paragraphs[number + 1:]:
            body = plain[following.start:following.end].strip()
            if (following.role != "body" or following.index in turn_paragraphs or body.isupper() or body[:1] in DOUBLE_MARKS + "\u201c"
                    or not body.endswith((".", "!", "?")) or len(body.split()) < 6):
                break
            block.append(following)
        if block:
            for following in block:
                turn_paragraphs.add(following.index)
            events.append((block[0].start, "turn", (header.group(1), block[0].start, block[-1].end, block[0].index)))
    for number, paragraph in enumerate(paragraphs[:-1]):
        attribution = plain[paragraphs[number + 1].start:paragraphs[number + 1].end].strip()
        if len(attribution.split()) > 12 or "," not in attribution or attribution.endswith(".") or paragraph.index in turn_paragraphs:
            continue
        # A quote box: a pull-quote paragraph, or any paragraph followed by a "Name, Title" line.
        body = plain[paragraph.start:paragraph.end].strip()
        if paragraph.role != "pull_quote" and len(body.split()) < 5 and body[-1:] not in ".!?" + DOUBLE_MARKS:
            continue  # "Press Statement" above "Name, Secretary of State": a heading and a byline, not a quote
        if paragraph.role == "pull_quote" or classify_name(attribution.split(",")[0].strip()) == "person":
            events.append((paragraph.start, "pull", (paragraph, attribution)))
            pull_paragraphs.add(paragraph.index)

    interview = _interview_speakers(article, entities, events)

    # 2. Quotation marks.
    spans = find_marked_spans(article, findings.warnings)
    by_index = {p.index: p for p in paragraphs}
    direct_ranges: list[tuple[int, int]] = []
    used_cues: set[int] = set()
    partials: list[MarkedSpan] = []
    for position, span in enumerate(spans):
        if span.paragraph in pull_paragraphs:
            continue
        content = plain[span.start:span.end]
        paragraph = by_index[span.paragraph]
        sentence_start = _sentence_start(article, span.open_at, paragraph.start)
        previous_close = sentence_start
        if position > 0 and paragraph.start <= spans[position - 1].close_at < span.open_at:
            previous_close = max(previous_close, spans[position - 1].close_at + 1)
        before = plain[previous_close:span.open_at]
        next_open = paragraph.end
        if position + 1 < len(spans) and spans[position + 1].open_at > span.close_at:
            next_open = spans[position + 1].open_at
        close_paragraph = by_index.get(_paragraph_of(article, span.close_at), paragraph)
        after = plain[span.close_at + 1:min(next_open, close_paragraph.end)] if span.close_at < close_paragraph.end else ""
        close_sentence = _sentence_at(article, span.close_at + 1) or _sentence_at(article, span.close_at)
        after_sentence = after[: max(0, close_sentence.end - span.close_at - 1)] if close_sentence else after
        if close_sentence and close_sentence.end <= span.close_at + 1:
            after_sentence = ""
        words = _words(content)
        new_sentence = bool(re.search(r"[.!?]\s*$", before)) and content[:1].isupper() and content.rstrip().endswith((".", "!", "?"))
        embedded = (bool(before.strip()) and not before.rstrip().endswith((":", ",")) and not _ends_with_reporting_verb(before)
                    and len(words) < 8 and not new_sentence)  # '... told NOS. "Next time."' is a sentence of its own
        stand_alone = not embedded and (content.rstrip().endswith((".", ",", "?", "!", "...")) or not before.strip()
                                         or before.rstrip().endswith((":", ",")) or len(words) >= 8)
        sentence_over = content.rstrip().endswith((".", "!", "?")) and not re.match(r"\s*[a-z,]", after_sentence)
        attribution = _attribution_after(after_sentence) if not sentence_over and (not span.single or stand_alone) else None
        if embedded and attribution is not None and not re.match(r"[\s,]*(?:[A-Z]|he\b|she\b|they\b|it\b|said\b|says\b|according\b)", after_sentence):
            attribution = None  # "called it "reckless" and urged ...": the verb after belongs to another clause
        if attribution is None and (before.strip() or stand_alone):
            attribution = _attribution_before(before) if before.strip() else None
            if attribution is None and previous_close > sentence_start and before.rstrip().endswith((":", ",")) and len(
                    plain[spans[position - 1].start:spans[position - 1].end].split()) <= 3:
                # 'X, spokeswoman for a bloc that campaigned for a "No" vote, said: "..."': a scare quote inside the attribution
                attribution = _attribution_before(plain[sentence_start:span.open_at])
            where = "before"
        else:
            where = "after"
            if attribution[1] == "according to":
                # 'Roe told the engineers that the hulls "look sturdy," according to a steward who went along': Roe's
                # words, passed on by the steward
                teller = _TOLD_THAT.match(plain, sentence_start, span.open_at)
                if teller and (read_speaker(teller.group("subject")) or SpeakerMention("", "", "")).type == "named":
                    attribution = (teller.group("subject"), teller.group("verb"))
        if attribution is None and before.strip():
            chanted = _CHANTING.search(before)
            if chanted:
                sentence = _sentence_at(article, sentence_start)
                group = _main_subject(article, sentence, span.open_at - sentence.start) if sentence is not None else None
                if group and read_speaker(group) is not None and read_speaker(group).type != "pronoun":
                    # 'Farmers marched to the prefecture, chanting "No farms, no food."': the marchers' words
                    events.append((span.open_at, "direct", (span, (group, chanted.group(1) or chanted.group(2)))))
                    direct_ranges.append((span.open_at, span.close_at + 1))
                    continue
            headline = _HEADLINE.search(before)
            if headline:
                sentence = _sentence_at(article, sentence_start)
                opening = _OUTLET_SUBJECT.match(plain, sentence.start, span.open_at) if sentence is not None else None
                outlet = opening.group(1) if opening else None
                if outlet and (read_speaker(outlet) or SpeakerMention("", "", "")).type == "organization":
                    events.append((span.open_at, "direct", (span, (outlet, headline.group().strip()))))
                    direct_ranges.append((span.open_at, span.close_at + 1))
                    continue
            characterised = _characterising_attribution(before)
            if characterised is None and previous_close > sentence_start:
                characterised = _characterising_attribution(plain[sentence_start:span.open_at])  # '... and called it "Y"'
            if characterised is not None:
                # 'X described the plan as "a disaster"', 'X called it "reckless"': a partial quote of X.
                events.append((span.open_at, "direct", (span, characterised, "mixed")))
                direct_ranges.append((span.open_at, span.close_at + 1))
                continue
        if attribution is None and len(words) <= 4 and _NAMING_BEFORE.search(before):
            # "Weeds that resist sprays, often called "superweeds," spread ...": a name for a thing, nobody's words
            findings.not_quotes.append(NotQuote(text[span.start:span.end], span.start, span.end, "a name introduced by 'often called'"))
            continue
        if attribution is None and _looks_like_title(words):
            findings.not_quotes.append(NotQuote(text[span.start:span.end], span.start, span.end,
                                                "title or name: quoted capitalised words with no speaker"))
            continue
        if embedded and attribution is not None:
            # 'The plan is "dead on arrival," Sen. Tom Roe said.': a partial quote with its own attribution.
            events.append((span.open_at, "direct", (span, attribution, "mixed")))
            direct_ranges.append((span.open_at, span.close_at + 1))
            if not (previous_close == sentence_start and _looks_like_clause(plain[sentence_start:span.open_at])
                    and _EMBEDDED_END.match(plain, span.close_at + 1)):
                # 'Her team plans to publish a study "within weeks", she said.': the whole clause is reported speech too
                used_cues.add(plain.find(attribution[1], span.close_at))
            continue
        if not stand_alone and attribution is None:
            reason = None
            if _TITLE_NOUNS.search(plain[max(paragraph.start, span.open_at - 30):span.open_at]) or (
                    len(words) >= 2 and all(word[0].isupper() or word.lower() in ("of", "the", "and", "a", "in", "for", "on", "to") for word in words)):
                reason = "title or name: quoted capitalised words, or words after 'called', 'titled', 'book', 'operation'..."
            elif span.single and len(words) <= 8 and not any(True for _ in _verb_pattern().finditer(before)):
                reason = "short single-quoted phrase with no speaker: a scare quote or a name"
            if reason:
                findings.not_quotes.append(NotQuote(text[span.start:span.end], span.start, span.end, reason))
                continue
            partials.append(span)
            continue
        if span.single and attribution is None and len(words) < 6:
            findings.not_quotes.append(NotQuote(text[span.start:span.end], span.start, span.end,
                                                "short single-quoted phrase with no speaker: a scare quote or a name"))
            continue
        direct_ranges.append((span.open_at, span.close_at + 1))
        if attribution is not None:
            cue_offset = plain.find(attribution[1], span.close_at if where == "after" else previous_close)
            between = plain[cue_offset + len(attribution[1]):span.open_at].strip() if where == "before" and cue_offset >= 0 else ""
            if not (between.endswith(":") and len(between.split()) >= 4 and _looks_like_clause(between.rstrip(":"))
                    and not re.match(r"(?:in|on|at|to|that|this|these|it)\b", between)):
                used_cues.add(cue_offset)  # 'X said the plan had a flaw: "..."': the clause before the colon is reported speech too
        events.append((span.open_at, "direct", (span, attribution)))

    # 3. Reported speech, sentence by sentence.
    people = sorted((m.start, m.end, e.name) for e in entities or [] if e.kind == "person" for m in e.mentions)
    turn_ranges = [(data[1], data[2]) for _, kind, data in events if kind == "turn"]
    for sentence in article.sentences:
        items = find_reported_speech(article, sentence, direct_ranges, used_cues, people, turn_ranges)
        for item in items:
            if item.speaker_phrase and any(
                    other is not item and other.cue_start < other.content_start <= item.speaker_offset < item.cue_start < other.content_end
                    and re.fullmatch(r"[\s,]*(?:that\s+)?", article.plain[other.content_start:item.speaker_offset], re.I)
                    for other in items):
                continue  # 'She said that the ministry had promised the town a bridge only to "win the vote"': speech reported inside another's that-clause
            if item.cue == "according to" and item.content_end <= item.cue_start and any(
                    other is not item and item.content_start <= other.cue_start < item.content_end and other.speaker_phrase
                    and not other.cue.endswith("ing") for other in items):
                continue  # "X said the fleet had grown, according to figures compiled by NATO": X's words, with a source for the figures
            if _ANONYMITY_REQUEST.match(plain, item.content_start, item.content_end):
                continue  # "a nurse, who asked that her full name be withheld, said ...": a request for anonymity, not reported speech
            events.append((item.cue_start, "reported", item))

    # 4. Partial quotes: inside a reported item they take its speaker; otherwise scare quotes.
    events.sort(key=lambda event: (event[0], event[1] != "direct"))
    reported_items = [data for _, kind, data in events if kind == "reported"]
    reported_starts = [item.content_start for item in reported_items]

    def host_of(open_at: int, close_at: int):
        """The reported item whose content holds a quote (searching the few items starting before it)."""
        position = bisect.bisect_right(reported_starts, open_at)
        for item in reversed(reported_items[max(0, position - 6):position]):
            if item.content_start <= open_at and close_at <= item.content_end + 2 and not open_at <= item.cue_start <= close_at:
                return item
        return None

    # A quote with no attribution of its own inside reported speech is a partial quote of that speaker.
    for number, (offset, kind, data) in enumerate(events):
        if kind == "direct" and data[1] is None:
            span = data[0]
            host = host_of(span.open_at, span.close_at)
            if host is not None:
                events[number] = (host.cue_start + 0.5, "partial", (span, host))
    for span in partials:
        host = host_of(span.open_at, span.close_at)
        if host is None:
            sentence_text = plain[_sentence_start(article, span.open_at, 0):span.open_at]
            verb_match = list(_verb_pattern().finditer(sentence_text))
            if not verb_match:
                findings.not_quotes.append(NotQuote(text[span.start:span.end], span.start, span.end,
                                                    "scare quote: short quoted words with no speaker or reporting verb in the sentence"))
                continue
        events.append((span.open_at + 0.5 if host is None else host.cue_start + 0.5, "partial", (span, host)))
    events.sort(key=lambda event: (event[0], event[1] != "direct"))

    # 5. Resolve speakers in reading order.
    quote_at: dict[int, Quote] = {}
    nested_speakers: dict[int, list[Speaker]] = {}
    roles_of = {e.name: (e.roles[0] if e.roles else "") for e in entities or [] if e.kind == "person"}
    people = [(start, end, name, roles_of.get(name, "")) for start, end, name in people]
    last_direct: tuple[Speaker | None, int, str] = (None, -10, "")
    last_reported: tuple[Speaker | None, int, str] = (None, -10, "")  # the speaker of the latest reported speech
    last_direct_at = last_reported_at = -1  # where the latest direct quote ended, where the latest reported content began
    last_reported_span = (-1, -1)  # the latest reported content (people named in it are spoken of, not speaking)
    # People named outside quotes are candidates for a later "he" or "she".
    direct_starts = [start for start, _ in direct_ranges]
    candidates = [person for person in people if not _range_at(direct_ranges, person[0], direct_starts)]
    # 'the author of "The Long Night," a book on ...': capitalised words inside a quoted title are nobody a "he" can mean.
    titled = sorted((item.start - 1, item.end + 1) for item in findings.not_quotes)
    if titled:
        titled_starts = [start for start, _ in titled]
        candidates = [person for person in candidates if not _range_at(titled, person[0], titled_starts)]
    # "Her husband, Jari, blamed ...": a relative or neighbour named by a given name only is a candidate too.
    kin = [(match.start("name"), match.end("name"), match.group("name"), match.group("noun"))
           for sentence in article.sentences for match in [_KIN_SUBJECT.match(plain, sentence.start, sentence.end)] if match]
    if kin:
        candidates = sorted(candidates + kin)
    next_candidate = 0
    # Organisations named outside quotes are candidates for a later "the company", "the union".
    organizations = sorted((m.start, e.name, m.end) for e in entities or [] if e.kind == "organization" for m in e.mentions
                           if not _range_at(direct_ranges, m.start, direct_starts))
    # "Turkey's foreign ministry", "Peru's army": a country's body written in lower case is an
    # organisation a later "the ministry" can refer to.
    for owned in _OWNED_BODY.finditer(plain):
        if place_name(owned.group(1)) and not _range_at(direct_ranges, owned.start(), direct_starts):
            organizations.append((owned.start(), owned.group(), owned.end()))
    organizations.sort()
    next_organization = 0
    # "Before leaving, the general presented coins. ... he told them": a role noun as a sentence's subject is a
    # candidate for a later "he" or "she" too (the one person it refers to).
    role_subjects = []
    for sentence in article.sentences:
        subject = _ROLE_SUBJECT.match(plain, sentence.start, sentence.end)
        if subject and subject.group(1) in role_nouns() and not subject.group(1).endswith("s") and not _range_at(
                direct_ranges, subject.start(1), direct_starts):
            role_subjects.append((subject.start(1), subject.group(1)))
    next_role_subject = 0
    for offset, kind, data in events:
        while next_candidate < len(candidates) and candidates[next_candidate][0] < offset:
            at, _, name, role = candidates[next_candidate]
            inside_reported = last_reported_span[0] <= at < last_reported_span[1]
            book.note_person(name, role, reported_by=last_reported[0] if inside_reported else None)
            next_candidate += 1
        while next_role_subject < len(role_subjects) and role_subjects[next_role_subject][0] < offset:
            referent = book.resolve(SpeakerMention("the " + role_subjects[next_role_subject][1], "the " + role_subjects[next_role_subject][1],
                                                   "role", role=role_subjects[next_role_subject][1]))
            if referent is not None and referent.type == "named" and referent in book.speakers:
                book.mention_again(referent)
            next_role_subject += 1
        while next_organization < len(organizations) and organizations[next_organization][0] < offset:
            start, name, end = organizations[next_organization]
            before = _WORD_BEFORE.search(plain, max(0, start - 30), start) or DESCRIPTOR_AFTER.match(plain, end, end + 80)
            sentence = _sentence_at(article, start)
            prefix = _SUBJECT_PREFIX.fullmatch(plain[sentence.start:start]) if sentence is not None else None
            subject = prefix is not None and (not prefix.group("noun") or prefix.group("noun") in ORGANIZATION_DESCRIPTORS)
            owner = _PLACE_OWNER.search(plain, max(0, start - 40), start)
            if owner and place_name(owner.group(1)) and owner.group(1) not in name and (
                    INSTITUTION_NOUNS & set(name.lower().split()) or "embassy" in name.lower()):
                name = f"{owner.group(1)}'s {name}"  # "Serbia's Ministry of Foreign Affairs": keep the country
            book.note_organization(name, before.group(1) if before else "", subject=subject)
            next_organization += 1
        if kind == "turn":
            label, start, end, paragraph_index = data
            mention = interview.get(label.upper()) or _label_speaker(label, plain[start:end])
            # The interviewer may be the byline's author: a "Q:" turn is theirs.
            speaker = book._remember(mention) if label.upper() == "Q" and label.upper() in interview else book.add(mention)
            _add_quote(findings, text, "direct", speaker, mention, label + ":", start, end, paragraph_index, "speaker label")
        elif kind == "pull":
            paragraph, attribution = data
            mention = read_speaker(attribution)
            speaker = book.add(mention) if mention else None
            start, end = paragraph.start, paragraph.end
            if plain[start] in DOUBLE_MARKS:
                start += 1
            if end > start and plain[end - 1] in DOUBLE_MARKS:
                end -= 1
            _add_quote(findings, text, "direct", speaker, mention, attribution, start, end, paragraph.index, "pull quote")
        elif kind == "direct":
            span, attribution = data[0], data[1]
            quote_kind = data[2] if len(data) > 2 else "direct"
            speaker, mention, cue, rule = None, None, "", ""
            if attribution is not None:
                mention = read_speaker(attribution[0])
                cue = attribution[1]
                if mention is None and cue == ":" and attribution[0].strip():
                    label = attribution[0].strip()  # an explicit label before a colon is a speaker even when unread
                    mention = SpeakerMention(label, label, "named" if classify_name(label) == "person" else "organization")
                speaker = book.add(mention) if mention else None
                rule = "attribution next to the quote"
            if speaker is None and attribution is None and last_reported[0] is not None and last_reported[1] == span.paragraph and (
                    last_reported_at > last_direct_at):
                # 'X said A. B, she explained. "C."': the speaker of the reported speech just before, in this paragraph.
                speaker, cue, rule = last_reported[0], last_reported[2], "continues the speaker of the reported speech before it"
            if speaker is None and attribution is None and span.open_at > by_index[span.paragraph].start and (
                    last_direct[1] != span.paragraph) and not any(
                    mark in plain[by_index[span.paragraph].start:span.open_at] for mark in DOUBLE_MARKS + "\u201c\u201d"):
                # 'Asked about the long term, Rask was careful. "Nobody can promise anything."': a speaker
                # quoted earlier is the subject of the sentence just before, in the quote's paragraph.
                back = len(plain[:sentence_start].rstrip()) - 1
                previous = _sentence_at(article, back) if back > by_index[span.paragraph].start else None
                if previous is not None and previous.start >= by_index[span.paragraph].start and '"' not in plain[previous.start:previous.end] and (
                        "\u201c" not in plain[previous.start:previous.end]):
                    subject = _main_subject(article, previous, previous.end - previous.start, people)
                    earlier = book.find(subject, "named") if subject else None
                    if earlier is not None and surname(earlier.name) not in plain[previous.start:previous.end].lower():
                        earlier = None  # the person must be named in that sentence
                    if earlier is not None and earlier is not last_direct[0] and any(
                            quote.speaker == earlier.name for quote in findings.quotes):
                        speaker, cue, rule = earlier, "", "the subject of the sentence before, quoted earlier"
                        book.mention_again(earlier)
            if speaker is None and last_direct[0] is not None and last_direct[1] >= span.paragraph - 1:
                speaker, cue, rule = last_direct[0], last_direct[2] or "(continues)", "continues the previous speaker's quote"
                mention = None
            if speaker is None and attribution is None:
                introduced = _introducer(article, span)
                if introduced:
                    mention = read_speaker(introduced[0])
                    speaker = book.add(mention) if mention else None
                    cue, rule = introduced[1], "speaker introduced in the previous sentence"
            opens_paragraph = span.open_at == by_index[span.paragraph].start
            if speaker is None and attribution is None and opens_paragraph:
                header = _header_speaker(article, span.paragraph)
                if header is not None:
                    # A press release's "Name, Ministry Spokesperson" line (and a date line) above the quoted text.
                    mention = header
                    speaker = book.add(mention)
                    cue, rule = header.written, "speaker named in the statement's header line"
            if speaker is None and attribution is None and opens_paragraph and last_reported[0] is not None and (
                    last_reported[1] == span.paragraph - 1):
                # 'X said the plan would fail.' then a paragraph that is only a quote: X goes on speaking.
                speaker, cue, rule = last_reported[0], last_reported[2], "continues the previous paragraph's speaker"
            if speaker is not None and attribution is not None:
                _note_documents(article, book, speaker, span.open_at, span.close_at + 1)
            quote = _add_quote(findings, text, quote_kind, speaker, mention, cue, span.start, span.end, span.paragraph,
                               rule or "no speaker found")
            if span.recovered:
                quote.rule += " (unbalanced mark recovered)"
            quote_at[span.open_at] = quote
            last_direct = (speaker, _paragraph_of(article, span.close_at), cue) if speaker else (None, -10, "")
            last_direct_at = span.close_at
        elif kind == "reported":
            item = data
            mention = item.speaker_fixed or (read_speaker(item.speaker_phrase) if item.speaker_phrase else None)
            if mention is None and item.speaker_phrase and _LOWER_BRAND.fullmatch(item.speaker_phrase) and (
                    item.speaker_phrase.lower() not in _COMMON_SENTENCE_STARTS):
                mention = SpeakerMention(item.speaker_phrase, item.speaker_phrase, "organization")  # a lower-case brand (see find_reported_speech)
            own_document = mention is not None and mention.type == "document" and mention.written.lower().startswith("its ")
            if mention is None and item.speaker_phrase and _ITS_DOCUMENT.match(item.speaker_phrase):
                own_document = True  # "its quarterly report published last week": the document with a participle after it
            if own_document and item.content_end <= item.cue_start:
                # "The bank made a profit ..., according to its annual report": "its" is the sentence's subject
                sentence = _sentence_at(article, item.content_start)
                subject = _main_subject(article, sentence, item.cue_start - sentence.start) if sentence is not None else None
                owner = read_speaker(subject) if subject else None
                if owner is not None and owner.type in ("organization", "role"):
                    mention = owner
            opening = _sentence_at(article, item.cue_start) if item.speaker_phrase and not item.speaker_fixed else None
            pair = _TWO_TITLES.fullmatch(plain[opening.start:item.cue_start].strip()) if opening is not None else None
            if pair:
                # "The Chancellor and the Premier agreed that ...": the two office holders named before, jointly
                held = [book.resolve(SpeakerMention("the " + title, "the " + title, "role", role=title.lower()))
                        for title in (pair.group(1), pair.group(2))]
                if all(person is not None and person.type == "named" and " and " not in person.name for person in held) and (
                        held[0] is not held[1]):
                    mention = SpeakerMention(item.speaker_phrase, held[0].name + " and " + held[1].name, "named")
            if mention is not None and _OWN_MINISTRY.fullmatch(mention.written.strip()):
                mention = _ministry_of_minister(plain, book, mention, item.cue_start) or mention
            inside = _range_at(direct_ranges, item.cue_start, direct_starts)
            exclude = None
            if inside:
                owner = quote_at.get(inside[0])
                exclude = next((s for s in book.speakers if owner and s.name == owner.speaker), None)
                if mention and mention.type == "pronoun":
                    named_inside = _people_between(people, inside[0], item.cue_start)
                    for name, role in named_inside:
                        book.add(SpeakerMention(name, name, "named", role=role))
                    mention_resolved = book.resolve(mention, exclude)
                    if mention_resolved is None or not (named_inside or nested_speakers.get(inside[0])):
                        speaker = None
                        _add_quote(findings, text, "indirect", None, mention, item.cue, item.content_start, item.content_end,
                                   _paragraph_of(article, item.content_start), "reported speech inside a quote; pronoun not resolved")
                        continue
            if mention is not None and mention.type == "pronoun" and exclude is None:
                addressed = _TOLD_THE_TITLE.match(plain, item.cue_start, item.content_start)
                if addressed and is_title(addressed.group(1)):
                    # "He told the Foreign Minister that ...": "he" is not the foreign minister named just before
                    title = addressed.group(1).lower()
                    exclude = next((one for one in reversed(book.speakers) if one.type == "named" and title in role_words(one.role).lower()), None)
            speaker = book.add(mention, exclude) if mention else None
            if speaker is not None and 0 <= item.speaker_offset < item.cue_start:
                book.note_relative(speaker, plain[item.speaker_offset:item.cue_start])  # "X, who commanded ..., said"
            if inside and speaker is not None:
                nested_speakers.setdefault(inside[0], []).append(speaker)
                if exclude is not None:
                    book.mention_again(exclude)  # "she said" after the quote is its speaker, not the one quoted in it
            item.speaker_fixed = mention
            item.resolved = speaker
            if speaker is not None and not inside:
                _note_documents(article, book, speaker, item.content_start, item.content_end)
                last_reported = (speaker, _paragraph_of(article, item.content_start), item.cue)
                last_reported_at = item.content_start
                last_reported_span = (item.content_start, item.content_end)
            if not item.silent:
                _add_quote(findings, text, "indirect", speaker, mention, item.cue, item.content_start, item.content_end,
                           _paragraph_of(article, item.content_start), "reported speech")
        elif kind == "partial":
            span, host = data
            speaker = getattr(host, "resolved", None) if host else None
            mention = getattr(host, "speaker_fixed", None) if host else None
            cue = host.cue if host else ""
            _add_quote(findings, text, "mixed", speaker, mention, cue, span.start, span.end, span.paragraph,
                       "partial quote inside reported speech" if host else "partial quote; no speaker found")
    for _, name, _ in organizations[next_organization:]:
        book.note_organization(name)  # organisations named after the last quote can still name an earlier one ("an alliance of ...")
    # 6. Quotes inside quotes: "told me, 'We cannot wait.'" inside a double-quoted quote.
    for outer in [quote for quote in findings.quotes if quote.kind == "direct" and quote.end - quote.start > 12]:
        for inner in _NESTED.finditer(text, outer.start, outer.end):
            subject = _subject_before(_NESTED_AUX.sub("", inner.group("intro")))
            mention = read_speaker(subject[0]) if subject else None
            if mention is None or (mention.type == "pronoun" and mention.name in ("i", "we", "you")):
                continue
            exclude = next((s for s in book.speakers if s.name == outer.speaker), None)
            if mention.type == "pronoun" and not _people_between(people, outer.start, inner.start("body")):
                speaker = None  # "He told me, '...'": someone the quote speaks of, not a person named outside it
            else:
                speaker = book.resolve(mention, exclude) if mention.type == "pronoun" else book.add(mention)
            _add_quote(findings, text, "direct", speaker, mention, inner.group("verb"), inner.start("body"), inner.end("body"),
                       outer.paragraph, "quote inside a quote")
    findings.quotes.sort(key=lambda quote: (quote.start, quote.kind != "direct"))
    for quote in findings.quotes:
        if quote.speaker in book.renamed:
            quote.speaker = book.renamed[quote.speaker]  # "an alliance of 14 labs", named in the next paragraph
    _name_office_holders(findings, book)
    _name_the_lead_description(findings, book)
    _name_by_repeated_words(findings, book)
    for speaker in book.speakers:
        speaker.quotes = sum(1 for quote in findings.quotes if quote.speaker == speaker.name)
    findings.speakers = [speaker for speaker in book.speakers if speaker.quotes]
    findings.speakers.sort(key=lambda speaker: -speaker.quotes)
    return findings


def _name_the_lead_description(findings, book) -> None:
    """A lead that describes its source ("..., the commander of European Command told senators") and a next
    paragraph that names them ("Gen. Ann Roe, who ..., said ..."): the description is that person."""
    quotes = [quote for quote in findings.quotes if quote.speaker_type != "unattributed"]
    if not quotes:
        return
    lead = quotes[0].paragraph
    described = {quote.speaker for quote in quotes if quote.paragraph == lead and quote.speaker_type in ("anonymous", "organization")
                 for one in [_DEFINITE_ONE.match(quote.speaker_as_written or "")] if one and one.group("head") in role_nouns()}
    if len(described) != 1:
        return
    description = described.pop()
    if any(quote.speaker == description for quote in quotes if quote.paragraph != lead):
        return
    following = [quote for quote in quotes if quote.paragraph > lead]
    if not following or following[0].speaker_type != "named" or following[0].paragraph != lead + 1:
        return
    holder = following[0].speaker
    if any(quote.speaker == holder for quote in quotes if quote.paragraph == lead):
        return
    for quote in findings.quotes:
        if quote.speaker == description and quote.paragraph == lead:
            quote.speaker, quote.speaker_type = holder, "named"
    speaker = next((s for s in book.speakers if s.name == holder), None)
    if speaker is not None and description not in speaker.aliases:
        speaker.aliases.append(description)


def _name_by_repeated_words(findings, book) -> None:
    """A lead's partial quote by an unnamed source ('a senior lawmaker calling the move "a grave mistake"') whose
    words come back later inside a named person's item ('Tom Vale ... said the depot was "a grave mistake"'): the
    source is that person (a story repeats the quoted words when it names their speaker)."""
    quotes = findings.quotes
    if not quotes:
        return
    lead = min(quote.paragraph for quote in quotes)
    for quote in quotes:
        if quote.paragraph != lead or quote.kind != "mixed" or quote.speaker_type != "anonymous" or len(quote.text.split()) < 2:
            continue
        words = quote.text.strip(" ,.").lower()
        later = {other.speaker for other in quotes if other.paragraph > lead and other.speaker_type == "named"
                 and words in other.text.lower()}
        if len(later) == 1 and not any(other.speaker == quote.speaker for other in quotes if other.paragraph > lead):
            described, holder = quote.speaker, later.pop()
            quote.speaker, quote.speaker_type = holder, "named"
            speaker = next((s for s in book.speakers if s.name == holder), None)
            if speaker is not None and described not in speaker.aliases:
                speaker.aliases.append(described)


# "the commander of ...", "the country's top diplomat": one person, described (not "the officials", not "a spokesman").
_DEFINITE_ONE = re.compile(r"^the\s+(?:[\w.'\u2019-]+\s+){0,2}?(?P<head>[a-z]+)(?<!s)(?:\s+(?:of|for|at)\s+.+)?$")


_OFFICE = re.compile(r"^(?P<owner>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,2})['\u2019]s\s+(?P<title>[a-z][a-z -]*[a-z])$")


def _name_office_holders(findings, book) -> None:
    """"Ukraine's deputy foreign minister says ..." in the lead, then "Deputy Foreign Minister Ann Roe said":
    the office named first is the person named later, when exactly one named speaker holds that office
    and no other country is named in their role."""
    offices = [(speaker, office) for speaker in book.speakers if speaker.type == "anonymous"
               for office in [_OFFICE.match(speaker.name)] if office is not None and not office.group("title").endswith("s")]
    if not offices:
        return
    named = [(speaker, role_words(speaker.role)) for speaker in book.speakers if speaker.type == "named" and speaker.role]
    for anonymous, office in offices:
        owner = place_name(office.group("owner")) or office.group("owner")
        title = office.group("title")
        holders = []
        for speaker, role in named:
            if not (role == title or role.endswith(" " + title)):
                continue
            places = {place_name(word) for word in speaker.role.split() + [speaker.affiliation] if word and place_name(word)}
            if places - {owner}:
                continue  # "Russian Deputy Foreign Minister X" is not Ukraine's
            holders.append(speaker)
        if len(holders) != 1:
            continue
        holder = holders[0]
        for quote in findings.quotes:
            if quote.speaker == anonymous.name and quote.speaker_type == "anonymous":
                quote.speaker, quote.speaker_type = holder.name, holder.type
        if anonymous.name not in holder.aliases:
            holder.aliases.append(anonymous.name)


_OWNED_BODY = re.compile(r"\b([A-Z][a-z]+(?: [A-Z][a-z]+)?)['\u2019]s\s+(?:[a-z]+\s+){0,2}?(?:ministry|embassy|government|army|navy|"
                         r"parliament|military|police|coast guard|air force|cabinet|consulate|foreign office)\b"
                         r"(?:\s+in\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?\b)?")
_PLACE_OWNER = re.compile(r"\b([A-Z][\w.]*(?: [A-Z][\w.]*)?)['\u2019]s\s+$")
_INTERVIEWER = re.compile(r"\b(?:spoke|talked|sat down|was interviewed)\s+(?:with|to|by)\s+((?:[A-Z][\w'\u2019-]+\s+){1,3}?[A-Z][\w'\u2019-]+)\b")


def _interview_speakers(article, entities, events) -> dict[str, SpeakerMention]:
    """In a Q&A interview (both "Q:" and "A:" turns), "A:" is the interviewee, the first
    person named in the introduction, and "Q:" the interviewer ("spoke with X" there,
    else "unnamed interviewer")."""
    turns = [data for _, kind, data in events if kind == "turn"]
    labels = {data[0].upper() for data in turns}
    if not {"Q", "A"} <= labels:
        return _outlet_labels(article, turns)
    first_turn = min(data[1] for data in turns)
    intro = article.plain[:first_turn]
    speakers = {"Q": SpeakerMention("Q", "unnamed interviewer", "anonymous", role="interviewer")}
    interviewer = _INTERVIEWER.search(intro)
    if interviewer and classify_name(interviewer.group(1)) == "person":
        speakers["Q"] = SpeakerMention("Q", interviewer.group(1), "named", role="interviewer")
    mentions = sorted((m.start, e.name) for e in entities or [] if e.kind == "person" for m in e.mentions if m.start < first_turn)
    for _, name in mentions:
        if name != speakers["Q"].name and len(name.split()) >= 2:
            speakers["A"] = SpeakerMention("A", name, "named", role="interviewee")
            break
    return speakers


def _outlet_labels(article, turns) -> dict[str, SpeakerMention]:
    """An acronym label ("VOA:") is the interviewer the introduction names with it ("VOA's Jane Roe spoke
    with him"), not the outlet."""
    if not turns:
        return {}
    intro = article.plain[:min(data[1] for data in turns)]
    speakers = {}
    for label in {data[0] for data in turns if is_acronym(data[0])}:
        match = re.search(re.escape(label) + r"['\u2019]s\s+((?:[A-Z][\w'\u2019-]+\s+){1,3}?[A-Z][\w'\u2019-]+)\b", intro)
        if match and classify_name(match.group(1)) == "person":
            speakers[label.upper()] = SpeakerMention(label, match.group(1), "named", role="interviewer")
    return speakers


def _people_between(people, start: int, end: int) -> list[tuple[str, str]]:
    """Names and roles of the people mentioned between two offsets (``people`` is sorted by offset)."""
    position = bisect.bisect_left(people, (start,))
    found = []
    while position < len(people) and people[position][0] < end:
        found.append((people[position][2], people[position][3]))
        position += 1
    return found


def _sentence_start(article, offset: int, floor: int) -> int:
    sentence = _sentence_at(article, offset)
    return max(sentence.start if sentence else floor, floor)


def _introducer(article, span: MarkedSpan) -> tuple[str, str] | None:
    """A speaker introduced just before a quote that has no attribution of its
    own: "X issued a statement ...", "The following is a statement from X",
    "Attributed to X:"."""
    plain = article.plain
    sentence = _sentence_at(article, span.open_at)
    if sentence is None or sentence.index == 0:
        return None
    previous = article.sentences[sentence.index - 1]
    if previous is None or previous.paragraph < span.paragraph - 1:
        return None
    text = plain[previous.start:previous.end]
    if any(mark in text for mark in '"'):
        return None
    introduced = _attribution_before(text.rstrip())
    if introduced:
        return introduced
    statement = re.search(r"\s(issued|released|posted|published|gave|made)\s+(?:a|an|the)\s+(?:\w+\s+)?(?:statement|remarks|post|message|comments)", text)
    if statement:
        subject = _subject_before(text[: statement.start()])
        if subject:
            return subject[0], statement.group().strip()
    return None


_ITS_DOCUMENT = re.compile(r"its\s+(?:[\w-]+\s+){0,2}?(?:report|statement|results|filing|accounts|release|announcement)s?\s+"
                           r"(?:published|released|issued|filed|posted)\b", re.I)
_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?(?:quoted|heard|reported|filmed|recorded)(?:\s+as)?\s*$")
_AND_SPEAKER_ING = re.compile(r"\s+and\s+((?:an?|the|one|two|three|several|some)\s+(?:[\w-]+\s+){0,3}?[a-z]+|[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){0,3})\s+"
                              r"(?:calling|saying|warning|describing|adding|insisting|accusing|urging|branding|dismissing)\b")
_LOWER_BRAND = re.compile(r"[a-z]+[A-Z]?[a-z]*")
_COMMON_SENTENCE_STARTS = frozenset("he she it they we i you this that there who which what officials police critics analysts experts "
                                    "residents witnesses sources others many some most all both each".split())
_JOURNALIST_COMMENT = re.compile(r",\s+(?:ending|marking|capping)\s+(?:months|weeks|years|days|decades)\s+of\b")
_COLON_QUOTE = re.compile(r":\s*[\"\u201c]")
_ONE_NOUN = re.compile(r"\b[Oo]ne\s+([a-z]+)\b")
_ANONYMITY_REQUEST = re.compile(r"(?:that\s+)?(?:his|her|their|my|our)\s+(?:full\s+|last\s+|real\s+)?names?\s+(?:not\s+be|be\s+withheld|be\s+kept|be\s+left\s+out)\b", re.I)


def _header_speaker(article, paragraph_index: int) -> SpeakerMention | None:
    """The person of a statement's header line "Name, Title" right above the paragraph (date lines and a
    "Press Release" kind line may come between), when the title is an office ("spokesperson", "secretary").
    A byline ("By Name, Staff Writer") is not a header."""
    paragraphs = article.paragraphs
    position = next((number for number, p in enumerate(paragraphs) if p.index == paragraph_index), None)
    if position is None:
        return None
    for previous in reversed(paragraphs[max(0, position - 3):position]):
        line = previous.text.strip()
        if previous.role == "dateline" or _DATE_LINE.fullmatch(line):
            continue
        if "," not in line or line.endswith((".", ":", "?", "!")) or len(line.split()) > 10 or line.lower().startswith("by "):
            return None
        mention = read_speaker(line)
        if mention is None or mention.type != "named" or not mention.role or not (
                set(re.findall(r"[a-z]+", role_words(mention.role))) & role_nouns()):
            return None
        return mention
    return None


_DATE_LINE = re.compile(r"(?:[A-Z][a-z]+day,?\s+)?(?:[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4})")
_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
# What may come before an organisation that is the subject of its sentence ("The", "Russian energy company").
_SUBJECT_PREFIX = re.compile(r"(?:(?:The|A|An)\s+)?(?:[A-Z][\w.'-]*\s+){0,3}(?:[a-z-]+\s+){0,2}?(?:(?P<noun>[a-z]+)\s+)?")
_DOCUMENT_USED = re.compile(r"\b(?:in|issued|released|posted|published|via)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,2}?"
                            r"(statement|readout|report|release|letter|post|note|communique|memo|declaration)\b", re.I)


_TWO_TITLES = re.compile(r"[Tt]he\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)\s+and\s+the\s+((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+)")
_OWN_MINISTRY = re.compile(r"(?i:his|her)\s+ministry")


def _ministry_of_minister(plain: str, book, mention: SpeakerMention, before: int) -> SpeakerMention | None:
    """ "Her ministry said ..." after "Varnia's Defence Minister, Ana Ruiz, ...": the minister's own ministry by name
    ("Varnia's Defence Ministry"); ``None`` when the person or the minister's title is not found."""
    pronoun = mention.written.split()[0].lower()
    person = book.resolve(SpeakerMention(pronoun, "he" if pronoun == "his" else "she", "pronoun"))
    if person is None or person.type != "named":
        return None
    titled = None
    for titled in re.finditer(r"((?:[A-Z][\w'\u2019-]*\s+){0,3}Minister(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*)?),?\s+"
                              + re.escape(person.name), plain[:before]):
        pass
    if titled is None:
        return None
    title = re.sub(r"^(?:The|Former|Then)\s+", "", titled.group(1))
    ministry = re.sub(r"\bMinister\b", "Ministry", title)
    if ministry == "Ministry" or ministry.split()[0] in ("Prime", "Deputy"):
        return None
    return SpeakerMention(mention.written, ministry, "organization")


_DOCUMENT_FROM = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+)?(statement|readout|report|release|communique|letter)\s+(?:from|by|issued\s+by)\s", re.I)


#: "The report, "Title," by the X Institute", "a new study by the Y Council": a document and the body that made it.
_MADE_BY = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+(?:[\w-]+\s+){0,2}?(report|study|survey|analysis|assessment|audit|review|index)"
                      r"(?:\s*,\s*[\"\u201c][^\"\u201d]{1,80}[\"\u201d]\s*,?)?\s+(?:released\s+\w+\s+|published\s+\w+\s+)?by\s+(?:the\s+)?"
                      r"(?P<maker>[A-Z][\w.'\u2019&-]*(?:\s+(?:(?:of|for|on|and|the)\s+)*[A-Z][\w.'\u2019&-]*){0,6})")


#: "the governor of Ohio", "the mayor of Lyon": an office and its place, for a later "the governor's office said".
_ROLE_OF_PLACE = re.compile(r"\b[Tt]he\s+(governor|mayor|premier|prime\s+minister|president)\s+of\s+([A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)?)")


def _document_makers(plain: str) -> dict[str, SpeakerMention]:
    """For each document noun, the one organisation the text says made it ("The report, "Ready," by the X
    Institute, found ..."): a later "the report says" is that organisation's. Nouns with two makers are left out."""
    makers: dict[str, set[str]] = {}
    for match in _MADE_BY.finditer(plain):
        makers.setdefault(match.group(1).lower(), set()).add(match.group("maker"))
    found = {}
    for noun, names in makers.items():
        if len(names) != 1:
            continue
        mention = read_speaker(next(iter(names)))
        if mention is not None and mention.type == "organization":
            found[noun] = mention
    return found


def _note_documents(article, book, speaker, content_start: int, content_end: int) -> None:
    """"X said in a statement ...": tell the book, so that a later "the statement said" is X."""
    sentence = _sentence_at(article, content_start)
    if sentence is None:
        return
    plain = article.plain
    for around in (plain[sentence.start:content_start], plain[content_end:sentence.end]):
        for match in _DOCUMENT_USED.finditer(around):
            book.note_document(match.group(1), speaker)
        for match in _DOCUMENT_FROM.finditer(around):
            book.note_document(match.group(1), speaker)  # "According to a statement from X, ...": a later "the statement said" is X


def _add_quote(findings, text, kind, speaker, mention, cue, start, end, paragraph, rule) -> Quote:
    if speaker is None:
        name, speaker_type = None, "unattributed"
    else:
        name, speaker_type = speaker.name, speaker.type
    quote = Quote(text=text[start:end], kind=kind, speaker=name, speaker_type=speaker_type, cue=cue.strip(),
                  start=start, end=end, paragraph=paragraph, speaker_as_written=mention.written if mention else "", rule=rule)
    findings.quotes.append(quote)
    return quote


# --------------------------------------------------------------------------
# Summaries for tables and charts (the notebooks show these)
# --------------------------------------------------------------------------


def quote_rows(findings, max_chars: int = 160) -> list[dict]:
    """One row per quote, for a table: kind, speaker, type, cue, paragraph, text."""
    rows = []
    for quote in findings.quotes:
        text = quote.text if len(quote.text) <= max_chars else quote.text[: max_chars - 1] + "\u2026"
        rows.append({"kind": quote.kind, "speaker": quote.speaker or "(unattributed)", "type": quote.speaker_type,
                     "cue": quote.cue, "paragraph": quote.paragraph, "text": text})
    return rows


def speaker_rows(findings) -> list[dict]:
    """One row per speaker: name, type, role, affiliation, group, aliases, number of quotes."""
    from .speakers import affiliation_group

    return [{"name": s.name, "type": s.type, "role": s.role, "affiliation": s.affiliation,
             "group": affiliation_group(s), "aliases": ", ".join(s.aliases), "quotes": s.quotes}
            for s in findings.speakers]


def count_by_speaker_type(findings) -> dict[str, int]:
    """Number of quotes per speaker type (named, anonymous, organization, unattributed).

    >>> count_by_speaker_type(QuoteFindings())
    {'named': 0, 'anonymous': 0, 'organization': 0, 'unattributed': 0}
    """
    counts = {"named": 0, "anonymous": 0, "organization": 0, "unattributed": 0}
    for quote in findings.quotes:
        counts[quote.speaker_type] = counts.get(quote.speaker_type, 0) + 1
    return counts


def count_by_affiliation(findings) -> dict[str, int]:
    """Number of quotes per affiliation group (rules in ``data/lexicons/affiliation_groups.txt``)."""
    from .speakers import affiliation_group

    groups = {speaker.name: affiliation_group(speaker) for speaker in findings.speakers}
    counts: dict[str, int] = {}
    for quote in findings.quotes:
        group = groups.get(quote.speaker, "unknown") if quote.speaker else "unattributed"
        counts[group] = counts.get(group, 0) + 1
    return counts


def summary_sentence(findings) -> str:
    """One sentence with the main counts, for the notebook's prose."""
    kinds = {kind: sum(1 for q in findings.quotes if q.kind == kind) for kind in ("direct", "mixed", "indirect")}
    types = count_by_speaker_type(findings)
    return (f"The tool found {len(findings.quotes)} quotes ({kinds['direct']} direct, {kinds['mixed']} partial, "
            f"{kinds['indirect']} reported) from {len(findings.speakers)} speakers; {types['anonymous']} come from anonymous "
            f"sources, {types['organization']} from organisations and {types['unattributed']} have no speaker. "
            f"{len(findings.not_quotes)} quoted phrases were set aside as scare quotes or titles.")


def add_reporting_verbs(words: list[str]) -> int:
    """Add reporting verbs for this session only (the data file is not changed);
    ``reload_reporting_verbs()`` goes back to the file. Returns the number of verb forms.

    >>> before = len(reporting_verbs())
    >>> add_reporting_verbs(["boom"]) > before
    True
    >>> reload_reporting_verbs() == before
    True
    """
    table = reporting_verbs()
    for form, verb in read_reporting_verbs(list(words)).items():
        table.setdefault(form, verb)
    return len(table)
