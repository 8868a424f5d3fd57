"""Find the mentions of a target (NATO, Russia, Putin, any name) in a text.

A target has *names* (always a mention: ``NATO``, ``North Atlantic Treaty
Organization``) and *aliases* (a mention only once the text has named the
target: ``the alliance``, ``the allies``). Both come from the editable file
``data/lexicons/target_aliases.tsv``; a target that is not in the file still
works, with the target itself as the name and, for a personal name, the surname.

>>> aliases = target_aliases("NATO")
>>> [a.alias for a in aliases][:2]
['NATO', 'Nato']
>>> found = find_mentions("NATO met. The alliance agreed, said pro-NATO allies.", aliases)
>>> [(m.text, m.kind) for m in found]
[('NATO', 'name'), ('The alliance', 'alias'), ('NATO allies', 'name')]
>>> [a.alias for a in target_aliases("Jens Smith")]
['Jens Smith', 'Smith']
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

ALIAS_FILE = "target_aliases.tsv"

#: Last words that make a multi-word target an organisation or place, not a person.
_NOT_A_SURNAME = frozenset(
    "organization organisation union nations council party ministry agency alliance company corporation "
    "bank fund court army navy force forces committee commission parliament congress senate government "
    "republic kingdom states federation league association institute university times post news "
    "corp corporation inc ltd group airlines bank".split()
)


@dataclass(frozen=True)
class Alias:
    """One way of naming a target, with the reason it is listed."""

    target: str
    alias: str
    kind: str  # "name" or "alias"
    note: str = ""


@dataclass
class Mention:
    """One mention of the target: offsets index ``Article.text`` (and ``plain``)."""

    text: str
    start: int
    end: int
    alias: str
    kind: str

    def to_dict(self) -> dict:
        return {"text": self.text, "start": self.start, "end": self.end, "alias": self.alias, "kind": self.kind}


def read_alias_table(path=None) -> list[Alias]:
    """All rows of ``target_aliases.tsv`` (or of another file with the same columns)."""
    from pathlib import Path

    from .resources import LEXICON_DIR

    path = Path(path) if path else LEXICON_DIR / ALIAS_FILE
    return list(_parse_alias_rows(path.read_text(encoding="utf-8")))


@functools.lru_cache(maxsize=8)
def _parse_alias_rows(text: str) -> tuple[Alias, ...]:
    """The rows of an alias file's text (parsed once per distinct text: the file is read each time,
    so an edited file is seen at once)."""
    from .resources import tsv_rows

    return tuple(Alias(parts[0], parts[1], parts[2], parts[3] if len(parts) > 3 else "") for parts in tsv_rows(text, 3))


def default_aliases(target: str) -> list[Alias]:
    """Aliases for a target that is not in the table: itself, plus the surname of a person.

    >>> [a.alias for a in default_aliases("European Union")]
    ['European Union']
    >>> [a.alias for a in default_aliases("Ursula von der Leyen")]
    ['Ursula von der Leyen']
    """
    target = " ".join(target.split())
    aliases = [Alias(target, target, "name", "the target as given")]
    words = target.split()
    looks_like_a_person = (
        2 <= len(words) <= 3
        and all(word[:1].isupper() and not word.isupper() for word in words)
        and words[-1].lower() not in _NOT_A_SURNAME
    )
    if looks_like_a_person:
        aliases.append(Alias(target, words[-1], "name", "surname of a personal name"))
    return aliases


def target_aliases(target: str, table: list[Alias] | None = None) -> list[Alias]:
    """The names and aliases of ``target``: the table's rows, else sensible defaults."""
    table = read_alias_table() if table is None else table
    wanted = " ".join(target.split()).lower()
    rows = [row for row in table if row.target.lower() == wanted]
    return rows or default_aliases(target)


def _alias_pattern(aliases: list[Alias]) -> re.Pattern:
    """One alternation of literal phrases (linear time), longest first."""
    return _compiled_alias_pattern(tuple(aliases))


@functools.lru_cache(maxsize=64)
def _compiled_alias_pattern(aliases: tuple[Alias, ...]) -> re.Pattern:
    parts = []
    for alias in sorted(aliases, key=lambda a: -len(a.alias)):
        words = [re.escape(word) for word in alias.alias.split()]
        phrase = r"\s+".join(words)
        if alias.alias == alias.alias.lower():
            phrase = f"(?i:{phrase})"
        parts.append(phrase)
    return re.compile(r"(?<![\w'])(?:" + "|".join(parts) + r")(?!\w)")


def find_mentions(text: str, aliases: list[Alias], plain: str | None = None, named_before: bool = False) -> list[Mention]:
    """Mentions of the target in ``text`` (matched in ``plain`` when given; same offsets).

    An alias counts only once a name has been seen earlier in the text (or
    ``named_before`` says an earlier part named it), or in the same sentence.
    Touching mentions (``NATO allies``) merge into one.

    >>> names = target_aliases("NATO")
    >>> [m.text for m in find_mentions("Our allies met. NATO spoke.", names)]
    ['NATO']
    """
    plain = plain if plain is not None else text
    # events and other senses need the whole article (article_mentions); descriptions are anaphors (stance.py)
    aliases = [alias for alias in aliases if alias.kind in ("name", "alias")]
    if not aliases:
        return []
    exact = {_key(a.alias): a for a in aliases if a.alias != a.alias.lower()}
    folded = {_key(a.alias): a for a in aliases if a.alias == a.alias.lower()}
    raw = []
    for match in _alias_pattern(aliases).finditer(plain):
        key = _key(match.group(0))
        alias = exact.get(key) or folded.get(key.lower())
        if alias is not None:
            raw.append((match.start(), match.end(), alias))
    first_name_at = -1 if named_before else next((start for start, _, alias in raw if alias.kind == "name"), None)
    kept = []
    for start, end, alias in raw:
        if alias.kind != "name":
            if first_name_at is None:
                continue
            if first_name_at > start and not _same_sentence(plain, start, first_name_at):
                continue
        kept.append(Mention(text[start:end], start, end, alias.alias, alias.kind))
    return _merge_touching(kept, text, plain)


#: Another group called an alliance ("Star Alliance", "the airline alliance", "a working alliance"): then an alias
#: before the target's first name may be that group.
_OTHER_GROUP = re.compile(r"\b([A-Z][\w-]*|airline|electoral|political|governing|ruling|opposition|working|strategic|"
                          r"party|parties'|business|trade|research)\s+(?:alliance|coalition|bloc)\b", re.IGNORECASE)


def _named_in_article(article, aliases: list[Alias]) -> bool:
    """S-11: in an article whose analysed text names the target and calls no other group an alliance, an alias before
    the first name ("loyal to the alliance" in the first quote, the name a paragraph later) is the target too
    (cataphora); with another group so called ("the airline alliance", "Star Alliance"), the usual order holds.

    >>> from types import SimpleNamespace as A
    >>> names = target_aliases("NATO")
    >>> _named_in_article(A(plain="We stand by the alliance. NATO met."), names)
    True
    >>> _named_in_article(A(plain="The carrier joins Star Alliance. NATO met."), names)
    False
    """
    plain = article.plain
    names = [a.alias for a in aliases if a.kind == "name"]
    if not names or not any(re.search(r"\b" + re.escape(name) + r"\b", plain) for name in names):
        return False
    target_phrases = {a.alias.lower().removeprefix("the ") for a in aliases}
    for match in _OTHER_GROUP.finditer(plain):
        if match.group(0).lower() not in target_phrases and match.group(1).lower() not in ("the", "this", "our", "an", "a",
                                                                                          "that", "their", "its", "his",
                                                                                          "her", "military", "defence",
                                                                                          "defense", "western"):
            return False
    return True


def _key(phrase: str) -> str:
    return " ".join(phrase.split())


def _same_sentence(plain: str, first: int, second: int) -> bool:
    between = plain[min(first, second):max(first, second)]
    return not re.search(r"[.!?]\s|\n", between)


def _merge_touching(mentions: list[Mention], text: str, plain: str) -> list[Mention]:
    merged: list[Mention] = []
    for mention in mentions:
        if merged and mention.start - merged[-1].end <= 1 and plain[merged[-1].end:mention.start].strip() == "":
            previous = merged[-1]
            kind = "name" if "name" in (previous.kind, mention.kind) else "alias"
            alias = previous.alias if previous.kind == "name" else mention.alias
            merged[-1] = Mention(text[previous.start:mention.end], previous.start, mention.end, alias, kind)
        else:
            merged.append(mention)
    return merged


def article_mentions(article, target: str, table: list[Alias] | None = None) -> tuple[list[Alias], list[Mention]]:
    """The aliases used and the mentions of ``target`` in an ``Article``'s analysed paragraphs. An alias before the
    first name counts when the article names the target somewhere and calls no other group an alliance
    (``_named_in_article``)."""
    aliases = target_aliases(target, table)
    mentions = []
    named = _named_in_article(article, aliases)
    for paragraph in article.paragraphs:
        plain = article.plain[paragraph.start:paragraph.end]
        text = article.text[paragraph.start:paragraph.end]
        found = find_mentions(text, aliases, plain, named_before=named)
        for mention in found:
            mentions.append(Mention(mention.text, mention.start + paragraph.start, mention.end + paragraph.start,
                                    mention.alias, mention.kind))
        named = named or any(m.kind == "name" for m in found)
    mentions = _without_other_senses(article, aliases, mentions)
    events = [alias for alias in aliases if alias.kind == "event"]
    if events and mentions:
        mentions = _merge_touching(sorted(mentions + _event_mentions(article, events, mentions), key=lambda m: m.start),
                                   article.text, article.plain)
    return aliases, mentions


#: How close (in characters, same sentence) a name must be to an event word to tie the event to the target.
EVENT_REACH = 40


#: A name earlier in the sentence ties an event word from further away ("NATO leaders arrive in the
#: capital on Monday for a two-day summit") when no other name qualifies the event ("the EU summit").
EVENT_REACH_AFTER_NAME = 100


def _unnamed_event(plain: str, start: int) -> bool:
    """The word before the event word is not capitalised: "a two-day summit", not "the EU summit"."""
    before = re.search(r"([\w'-]+)\W*$", plain[max(0, start - 40):start])
    return before is None or not before.group(1)[:1].isupper()


def _event_mentions(article, events: list[Alias], mentions: list[Mention]) -> list[Mention]:
    """Rule for event words (``summit``, ``communique``): when the article ties one to the target
    once (a name within ``EVENT_REACH`` characters in the same sentence: "the NATO summit in Lisbon",
    "the summit of NATO leaders"), every other occurrence of that word in the article ("this summit
    delivered") refers to the target's event, so it is a mention (kind ``event``)."""
    import bisect

    plain = article.plain
    names = [m for m in mentions if m.kind == "name"]
    starts = [m.start for m in names]
    found = [(match.start(), match.end(), _key(match.group(0)).lower()) for match in _alias_pattern(events).finditer(plain)]
    tied = set()
    for start, end, key in found:
        index = bisect.bisect_left(starts, start - EVENT_REACH_AFTER_NAME)
        for name in names[index:index + 4]:
            if name.start > end + EVENT_REACH:
                break
            reach = EVENT_REACH_AFTER_NAME if name.end <= start and _unnamed_event(plain, start) else EVENT_REACH
            if max(name.start - end, start - name.end) <= reach and _same_sentence(plain, min(name.end, start), max(name.start, end)):
                tied.add(key)
    by_key = {_key(alias.alias).lower(): alias for alias in events}
    taken = [(m.start, m.end) for m in mentions]
    extra = []
    for start, end, key in found:
        index = bisect.bisect_left(taken, (start,))
        if key in tied and not any(a < end and start < b for a, b in taken[max(0, index - 1):index + 1]):
            extra.append(Mention(article.text[start:end], start, end, by_key[key].alias, "event"))
    return extra


def description_words(aliases: list[Alias]) -> frozenset[str]:
    """The nouns of kind ``description`` (``decision``, ``deal``, ``pledge`` ...): "the decision" in a
    quote is the target's decision when the nearest preceding noun phrase is the target
    (the anaphora rule of ``helpers.stance``). They are never mentions by themselves.

    >>> "decision" in description_words(target_aliases("NATO"))
    True
    """
    return frozenset(alias.alias.lower() for alias in aliases if alias.kind == "description")


def _without_other_senses(article, aliases: list[Alias], mentions: list[Mention]) -> list[Mention]:
    """Rule for another sense of an alias word: when the article uses a phrase of kind ``other_sense``
    (``governing alliance``, ``ruling alliance``, ``coalition alliance``), its last word names another
    group in this article, so from there on the ``alias`` mentions ending in that word ("the alliance")
    are that group, not the target. Names ("Atlantic alliance", "NATO") are not affected."""
    others = [alias for alias in aliases if alias.kind == "other_sense"]
    if not others or not mentions:
        return mentions
    first_at: dict[str, int] = {}
    for match in _alias_pattern(others).finditer(article.plain):
        word = match.group(0).split()[-1].lower()
        first_at.setdefault(word, match.start())
    if not first_at:
        return mentions
    others_at = sorted((match.start(), match.group(0).split()[-1].lower()) for match in _alias_pattern(others).finditer(article.plain))
    names = [m for m in mentions if m.kind == "name"]
    name_starts = [m.start for m in names]
    kept = []
    for mention in mentions:
        last = mention.text.split()[-1].lower() if mention.kind == "alias" else ""
        if last in first_at and mention.start >= first_at[last] and not _named_just_before(article, names, name_starts, others_at, mention, last):
            continue
        kept.append(mention)
    return kept


#: How far back (in characters) a name of the target keeps an alias its own after an ``other_sense`` phrase.
NAMED_JUST_BEFORE = 200


def _named_just_before(article, names: list[Mention], starts: list[int], others_at: list[tuple[int, str]], mention: Mention,
                       word: str) -> bool:
    """The target's name comes shortly before this alias mention (within ``NAMED_JUST_BEFORE`` characters, in
    the same or the previous sentence) and after the last ``other_sense`` phrase of that word: "Nobody asked us
    whether we wanted to be in NATO. The alliance drags us into conflicts" is NATO, though the article spoke of
    the governing alliance earlier."""
    import bisect

    before = bisect.bisect_left(others_at, (mention.start,))
    last_other = next((start for start, other in reversed(others_at[:before]) if other == word), -1)
    low = max(last_other, mention.start - NAMED_JUST_BEFORE)
    # the names within reach only (bisection over their ``starts``: no scan of the whole article)
    for other in names[bisect.bisect_right(starts, low):bisect.bisect_left(starts, mention.start)]:
        if low < other.start < mention.start:
            between = article.plain[other.end:mention.start]
            # the other sense's phrase is in an earlier sentence than the name ("The governing alliance met
            # after the NATO summit. 'The alliance has failed'": that name does not take the word back)
            later = last_other < 0 or re.search(r"[.!?](?:\s|$)", article.plain[last_other:other.start])
            if later and len(re.findall(r"[.!?](?:\s|$)", between)) <= 1:
                return True
    return False
