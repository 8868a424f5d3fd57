"""People, organisations and places mentioned in an article, found by rules.

No model is used: a name is a run of capitalised words. Word lists in
``data/lexicons`` decide what kind of name it is: titles (``titles.txt``) mark
the person after them, organisation words (``organization_words.txt``) and
all-capital acronyms mark organisations, and a gazetteer (``places.txt``)
marks countries, capitals and regions. A surname alone (``Smith``) is linked
back to the full name mentioned earlier (``Anna Smith``).

>>> from helpers.articles import article_from_text
>>> article = article_from_text("Foreign Minister Anna Smith visited Kenya. "
...     "Smith met officials of the Kenyan Foreign Ministry and NATO.")
>>> [(e.name, e.kind, e.count) for e in find_entities(article)]
[('Anna Smith', 'person', 2), ('Kenya', 'place', 1), ('Kenyan Foreign Ministry', 'organization', 1), ('NATO', 'organization', 1)]
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from .resources import read_word_list


@dataclass
class Mention:
    """One place in the text where an entity is named (offsets into ``article.text``)."""

    text: str
    start: int
    end: int


@dataclass
class Entity:
    """A person, organisation or place, with every mention of it.

    ``roles`` holds the titles written before a person's name
    (``"Defense Minister"``); ``aliases`` the other ways it is written.
    """

    name: str
    kind: str  # "person", "organization" or "place"
    mentions: list[Mention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.mentions)

    def to_dict(self) -> dict:
        """The entity as JSON-ready values (``count`` included)."""
        return {"name": self.name, "kind": self.kind, "count": self.count, "roles": list(self.roles),
                "aliases": list(self.aliases),
                "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in self.mentions]}

    @property
    def first_start(self) -> int:
        return self.mentions[0].start if self.mentions else 0


# --------------------------------------------------------------------------
# Word lists (read once, on first use)
# --------------------------------------------------------------------------


def _key(text: str) -> str:
    """A comparable form of a name: lower case, no final full stop, no 'the'."""
    text = re.sub(r"^the\s+", "", text.strip().lower())
    return text.rstrip(".").replace("\u2019", "'")


@functools.lru_cache(maxsize=1)
def titles() -> frozenset[str]:
    """Titles and ranks (lower case, full stops kept and dropped)."""
    found = set()
    for line in read_word_list("titles.txt"):
        found.add(line.lower())
        found.add(line.lower().rstrip("."))
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Single words that end a title ("Minister", "Gen.", "General")."""
    return frozenset(title.split()[-1] for title in titles())


@functools.lru_cache(maxsize=1)
def organization_words() -> frozenset[str]:
    """Head nouns and endings of organisation names, lower case."""
    return frozenset(word.lower().rstrip(".") for word in read_word_list("organization_words.txt"))


@functools.lru_cache(maxsize=1)
def places() -> dict[str, str]:
    """Every written form of a place (lower case) -> the place's name."""
    table: dict[str, str] = {}
    for line in read_word_list("places.txt"):
        name, _, others = line.partition("=")
        name = name.strip()
        table.setdefault(_key(name), name)
        for other in others.split(","):
            if other.strip():
                table.setdefault(_key(other), name)
    return table


@functools.lru_cache(maxsize=1)
def demonyms() -> frozenset[str]:
    """Place adjectives and short forms ("Russian", "U.S.") in lower case."""
    found = set()
    for line in read_word_list("places.txt"):
        _, _, others = line.partition("=")
        found.update(_key(other) for other in others.split(",") if other.strip())
    return frozenset(found)


@functools.lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    table = {}
    for line in read_word_list("capitals.txt"):
        city, _, country = line.partition("=")
        table[_key(city.strip())] = country.strip()
    return table


def country_of_seat(text: str) -> str | None:
    """The country whose government sits in ``text`` (a capital or the country itself), else ``None``.

    >>> country_of_seat("Valletta"), country_of_seat("Malta"), country_of_seat("Gozo")
    ('Malta', 'Malta', None)
    """
    country = _capitals().get(_key(text))
    if country:
        return country
    name = place_name(text)
    return name if name and _key(name) in _country_adjectives() else None


@functools.lru_cache(maxsize=1)
def _country_adjectives() -> dict[str, str]:
    """Country (lower case) -> its adjective ("Spanish"), from the first alias of places.txt that reads like one."""
    table = {}
    for line in read_word_list("places.txt"):
        name, _, others = line.partition("=")
        adjective = next((other.strip() for other in others.split(",") if re.fullmatch(
            r"[A-Z][a-z]+(?:an|ian|ish|ese|ch|ek|ss|i|ic|ean)", other.strip())), "")
        if others.strip():
            table.setdefault(_key(name.strip()), adjective)
    return table


def country_adjective(country: str) -> str:
    """"Spanish" for Spain; "" when the gazetteer has none."""
    return _country_adjectives().get(_key(country), "")


def place_name(text: str) -> str | None:
    """The gazetteer name of a place written as ``text``, or ``None``.

    >>> place_name("U.S."), place_name("the Kremlin"), place_name("Smith")
    ('United States', 'Russia', None)
    """
    return places().get(_key(text))


@functools.lru_cache(maxsize=8192)
def is_title(text: str) -> bool:
    """True for a title or rank such as ``Sen.``, ``Defense Minister`` or ``President-elect``.

    >>> is_title("Gen."), is_title("President-elect"), is_title("Anna")
    (True, True, False)
    """
    word = text.lower()
    word = re.sub(r"-(?:elect|designate)$", "", word)
    return word in titles() or word.rstrip(".") in titles()


# Capitalised words that start sentences or name days and months: never names.
_NOT_NAMES = frozenset(
    """a an the and but or nor so yet for of in on at to by from with as if when while after before since
    because although though whether however meanwhile instead also still then thus there here this that these
    those it its he she they we i you his her their our my your him them us me who what which where why how
    some many most all any each every no not two three four five six seven eight nine ten
    other another such more less much few both either neither only just even now today
    yesterday tomorrow tonight monday tuesday wednesday thursday friday saturday sunday january february march
    april may june july august september october november december mr mrs ms dr said says according
    image photo picture video file update editor note read more follow share sign click related
    q a yes okay ok well oh thanks thank please let like we're it's that's there's i'm he's she's""".split()
)

#: Nouns for a party member: "a Montana Republican" is a description, not a person's name; "the Montana
#: Republican said" is the Republican from Montana named earlier.
PARTY_MEMBER_NOUNS = frozenset("republican democrat conservative liberal socialist communist progressive centrist "
                               "nationalist populist libertarian tory".split())

# Words that end names of things that are neither people nor organisations.
NOT_NAMES = _NOT_NAMES  # function words, pronouns, days and months: never a name alone

#: Adjectives that begin a capitalised name but never a person's name.
_NOT_FIRST_NAMES = frozenset("indigenous aboriginal ethnic northern southern eastern western".split())

_THING_WORDS = frozenset(
    """war wars day treaty act summit crisis agreement accord deal plan doctrine strategy street avenue square
    island islands river mountain mountains sea bay ocean airport station road bridge shuttle space
    prize award cup games olympics festival conference mission operation law bill resolution declaration
    charter initiative order era age empire policy revolution election elections protocol convention
    vehicle vehicles missile missiles launcher launchers rocket rockets howitzer howitzers drone drones helicopter helicopters
    munitions affairs relations studies""".split()  # weapons named with capitals ("Bradford Assault Vehicles") are things, not people
)

# Words that end names of places that are not in the gazetteer ("Farah Province").
_PLACE_WORDS = frozenset(
    """province county district region state city village town cape valley peninsula strait gulf lake mount
    port fort base bay coast desert plateau oblast governorate prefecture territory""".split()
)

# All-capital abbreviations that are not organisations.
_NOT_ORGANIZATIONS = frozenset("GDP GNP CEO CFO COO TV AM PM UTC GMT OK USD EUR PDF FAQ ID DNA".split())

#: Lower-case nouns that, written right before a capitalised name, say it is an organisation:
#: "energy company Severn", "private equity firm Northwood Capital", "the broadcaster RTV".
#: (Words that also describe people, such as "producer" or "developer", are left out.)
ORGANIZATION_DESCRIPTORS = frozenset(
    """company firm group corporation conglomerate business shipbuilder carmaker automaker airline carrier lender bank
    insurer retailer miner manufacturer maker chipmaker drugmaker supplier utility broadcaster newspaper daily tabloid
    magazine outlet agency network giant startup exporter importer chain publisher regulator watchdog charity union
    party club organization organisation""".split())

_CONNECTORS = ("of", "for", "de", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "da", "del", "the", "and", "&")
_NAME_PARTICLES = frozenset(("de", "van", "von", "der", "den", "al", "bin", "la", "le", "du", "da", "del"))

# A capitalised word (with inner dots, hyphens, apostrophes), then more of them
# joined by single spaces and optional connectors. Each repetition must consume
# a new capitalised word, so matching is linear.
#: Capital letters of the Latin alphabets ("Á", "Č", "Ł", "Ø"): names such as "Ánte" or "Łukasz" start with them.
_CAPITAL = "A-Z" + "".join(letter for letter in map(chr, range(0xC0, 0x250)) if letter.isupper())
_WORD = r"(?:[" + _CAPITAL + r"][\w'\u2019&.-]*|\d+(?:st|nd|rd|th)?)"
_RUN = re.compile(
    r"(?<![\w'\u2019@#-])[" + _CAPITAL + r"][\w'\u2019&.-]*(?: (?:(?:of|for|de|van|von|der|den|al|bin|la|le|du|da|del|the|and|&) )*" + _WORD + r")*"
)
_SUFFIXES = frozenset(("jr", "jr.", "sr", "sr.", "ii", "iii", "iv"))


def is_initial(word: str) -> bool:
    """A middle initial, in any alphabet and in two-letter form: ``A.``, ``Ø.``, ``Aa.``, ``Th.`` (not ``Jr.``, ``Dr.``).

    >>> is_initial("A."), is_initial("Ø."), is_initial("Aa."), is_initial("Jr."), is_initial("Dr."), is_initial("Ann")
    (True, True, True, False, False, False)
    """
    if len(word) == 2:
        return word[1] == "." and word[0].isupper() and word[0].isalpha()
    return (len(word) == 3 and word[2] == "." and word[0].isupper() and word[0].isalpha() and word[1].islower()
            and word[1].isalpha() and word.lower() not in _SUFFIXES and word.lower() not in titles() and word[:2].lower() not in titles()
            and word[:2].lower() not in _NOT_NAMES_SHORT)


#: Two-letter abbreviations that are not initials ("St." is a street or a saint; "Co." a company; "No." a number).
_NOT_NAMES_SHORT = frozenset("st co no vs mt ft pp cf ca".split())


@dataclass
class NamePart:
    """A capitalised run split into the title before a name and the name."""

    role: str
    name: str
    start: int  # offset of the name
    end: int
    affiliation: str = ""  # "of Charles University" after the name, without "of"


def split_title(words: list[tuple[str, int, int]]) -> NamePart | None:
    """Split ``[(word, start, end), ...]`` after the last title word.

    >>> part = split_title([("Russian", 0, 7), ("Defense", 8, 15), ("Minister", 16, 24), ("Ivan", 25, 29), ("Petrov", 30, 36)])
    >>> part.role, part.name
    ('Russian Defense Minister', 'Ivan Petrov')
    """
    last_title = -1
    for position, (word, _, _) in enumerate(words):
        # Longer titles first: "Sgt. 1st Class Ann Roe" is not "Sgt." + "1st Class Ann Roe",
        # "Chief Executive Anna Smith" is not "Chief" + "Executive Anna Smith".
        for size in (5, 4, 3, 2):  # "Member of the European Parliament Jan Roe"
            if position < len(words) - size and is_title(" ".join(word for word, _, _ in words[position: position + size])):
                last_title = max(last_title, position + size - 1)
                break
        else:
            if position < len(words) - 1 and is_title(word) and position > last_title:
                last_title = position
    if last_title < 0:
        return None
    rest = words[last_title + 1:]
    # "Minister for Foreign Affairs Anna Smith": the name is the last words (given name,
    # initials, particles, surname, suffix: "Secretary of Defense Ann R. Roe Jr.").
    def joins(word: str) -> bool:  # "of", "for", "the" join a title; "van", "de" are part of a name ("Pieter van Oord")
        return word.lower() in _CONNECTORS and word.lower() not in _NAME_PARTICLES
    if any(joins(word) for word, _, _ in rest):
        first_connector = next(i for i, (word, _, _) in enumerate(rest) if joins(word))
        if any(word.lower() in organization_words() for word, _, _ in rest[:first_connector]):
            return None  # "General Inspectorate for Emergency Situations": an institution, not "General" + a name
        if 2 <= first_connector <= 4 and classify_name(" ".join(word for word, _, _ in rest[:first_connector])) == "person":
            where = " ".join(word for word, _, _ in rest[first_connector + 1:])  # "Dr. Ann Roe of Charles University"
            rest = rest[:first_connector]
            role = " ".join(word for word, _, _ in words[: last_title + 1])
            return NamePart(role, " ".join(word for word, _, _ in rest), rest[0][1], rest[-1][2], where)
        tail = _name_tail(rest)
        if not tail or any(joins(word) for word, _, _ in tail):
            return None
        rest = tail
    if not rest or rest[0][0].lower() in _CONNECTORS or rest[0][0][:1].islower():
        return None  # "ambassador to Norway": a role with its place, no name
    role_words = words[: len(words) - len(rest)]
    role = " ".join(word for word, _, _ in role_words)
    name = " ".join(word for word, _, _ in rest)
    return NamePart(role, name, rest[0][1], rest[-1][2])


def surname(name: str) -> str:
    """The surname of a person's name, lower case, without a suffix or final full stop.

    >>> surname("Ann R. Roe Jr."), surname("Paul Gray III"), surname("Smith")
    ('roe', 'gray', 'smith')
    """
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(",") in _SUFFIXES:
        words = words[:-1]
    return words[-1].lower().strip(".,") if words else ""


def _name_tail(words: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The person's name at the end of ``words``: suffixes, the surname with its
    particles, initials, and one given name."""
    end = len(words)
    position = end
    while position > 0 and words[position - 1][0].lower() in _SUFFIXES:
        position -= 1
    if position == 0:
        return []
    position -= 1  # the surname
    if not words[position][0][:1].isupper():
        return []
    while position > 0 and words[position - 1][0].lower() in _NAME_PARTICLES:
        position -= 1
    while position > 0 and is_initial(words[position - 1][0]):
        position -= 1
    if position > 0 and words[position - 1][0][:1].isupper() and words[position - 1][0].lower() not in _CONNECTORS and not is_title(words[position - 1][0]):
        position -= 1  # the given name
    return words[position:end] if end - position >= 2 else []


#: Patterns used once per word of every capitalised run, compiled once here.
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+|[A-Z]\.[A-Za-z]\.?")
_WORD = re.compile(r"\S+")
_POSSESSIVE_END = re.compile(r"(?<=[^\W\d_])['\u2019]s$|(?<=s)['\u2019]$")  # any letter: 'Kovalė’s' is possessive too
_ACRONYM = re.compile(r"[A-Z][A-Z&]{1,7}s?")


def _is_abbreviation(word: str) -> bool:
    """An initial, ``U.S.``-style abbreviation, or an abbreviated title (``Gen.``)."""
    return bool(_ABBREVIATION.fullmatch(word)) or word.lower() in titles() or word.lower().rstrip(".") in _SUFFIXES


def name_chunks(text: str, offset: int) -> list[list[tuple[str, int, int]]]:
    """Split a capitalised run into chunks of ``(word, start, end)``: a chunk ends
    after a sentence-final full stop or a possessive (``Russia's Crimea`` is two names).

    >>> [[w for w, _, _ in chunk] for chunk in name_chunks("Tass. Pavel", 0)]
    [['Tass'], ['Pavel']]
    >>> [[w for w, _, _ in chunk] for chunk in name_chunks("Russia's Crimea", 0)]
    [['Russia'], ['Crimea']]
    """
    chunks: list[list[tuple[str, int, int]]] = [[]]
    for match in _WORD.finditer(text):
        word, start = match.group(), offset + match.start()
        ends_chunk = False
        possessive = _POSSESSIVE_END.search(word)
        if possessive:
            word = word[: possessive.start()]
            ends_chunk = True
        elif word.endswith(".") and not _is_abbreviation(word):
            word = word.rstrip(".")
            ends_chunk = True
        if word:
            chunks[-1].append((word, start, start + len(word)))
        if ends_chunk:
            chunks.append([])
    return [chunk for chunk in chunks if chunk]


def is_acronym(word: str) -> bool:
    """True for an all-capital acronym such as ``NATO`` or ``KCNA`` (not ``I`` or ``U.S.``).

    >>> is_acronym("NATO"), is_acronym("U.S."), is_acronym("Smith")
    (True, False, False)
    """
    return bool(_ACRONYM.fullmatch(word)) and word not in ("I", "OK", "TV", "AM", "PM")


#: A compound modifier that makes a capitalised phrase a thing ("Swedish-built", "U.S.-made", "Nimitz-class").
_MADE = re.compile(r"\w-(?:made|built|class|designed|supplied|manufactured|produced|type)$", re.I)


@functools.lru_cache(maxsize=8192)
def classify_name(name: str) -> str | None:
    """Guess the kind of a capitalised name without context: ``place``,
    ``organization``, ``person`` or ``None`` (a thing, or unknown).

    >>> classify_name("Ministry of Defence"), classify_name("Kenya"), classify_name("Anna Smith"), classify_name("Cold War")
    ('organization', 'place', 'person', None)
    """
    words = name.split()
    if not words:
        return None
    if place_name(name):
        return "place"
    lowered = [word.lower().rstrip(".") for word in words]
    if len(words) >= 2 and lowered[-1] in _PLACE_WORDS:
        return "place"
    if any(word in organization_words() for word in lowered) or any(is_acronym(word) and word.lower() not in _SUFFIXES for word in words):
        return "organization"
    if lowered[-1] in _THING_WORDS or any(word in _THING_WORDS for word in lowered) or lowered[-1] in PARTY_MEMBER_NOUNS:
        return None
    # A middle initial ("Mark A. Rowe", "Jan I. Kovar") is not the article "a" or the pronoun "I".
    if any(word in _NOT_NAMES for word, written in zip(lowered, words) if not is_initial(written)) \
            or any(word.lower() in demonyms() for word in words):
        return None
    if any(word.lower() in _CONNECTORS and word.lower() not in _NAME_PARTICLES for word in words):
        return None
    if lowered[0] in _NOT_FIRST_NAMES:
        return None  # "Indigenous Torvani", "Southern Lance": a group or an exercise, not a person
    if any(re.search(r"\d", word) and not re.fullmatch(r"\d+(?:st|nd|rd|th)", word) for word in words) or any(_MADE.search(word) for word in words):
        return None  # "Swedish-built Gripen", "Patriot PAC-3": a product or weapon, not a person (names have no digits)
    if 2 <= len([word for word in words if word.lower() not in _NAME_PARTICLES]) <= 4 and all(re.fullmatch(r"[A-Z][\w'.\u2019-]*", word) or (
            word[0].isupper() and re.fullmatch(r"[\w'.\u2019-]+", word)) or word.lower() in _NAME_PARTICLES for word in words):
        if not any(re.fullmatch(r"[A-Z]{2,}", word) and word.lower() not in _SUFFIXES for word in words):
            return "person"
    return None


def _lowercase_words(text: str) -> frozenset[str]:
    return frozenset(re.findall(r"\b[a-z][a-z'-]+\b", text))


def mostly_capitals(text: str) -> bool:
    """True when a text is written in capital letters (names cannot be told apart).

    >>> mostly_capitals("NATO SAID IT WAS READY TO TALK."), mostly_capitals("NATO said it was ready to talk.")
    (True, False)
    """
    sample = text[:20000]
    if sample.isascii():  # the common case, counted in C: letters are A-Z and a-z
        letters = sample.translate(_ONLY_ASCII_LETTERS)
        capitals = len(letters.translate(_NO_LOWER_CASE))
    else:
        letters = list(filter(str.isalpha, sample))
        capitals = sum(map(str.isupper, letters))
    return len(letters) >= 20 and capitals / len(letters) > 0.8


_ONLY_ASCII_LETTERS = {code: None for code in range(128) if not chr(code).isalpha()}
_NO_LOWER_CASE = {code: None for code in range(ord("a"), ord("z") + 1)}


def most_mentioned(entities: list[Entity], top: int | None = None) -> list[Entity]:
    """Entities by number of mentions (most first; ties by name), the first ``top``.

    >>> [e.name for e in most_mentioned([Entity("B", "place", [Mention("B", 0, 1)]), Entity("A", "person")])]
    ['B', 'A']
    """
    ranked = sorted(entities, key=lambda entity: (-entity.count, entity.name))
    return ranked if top is None else ranked[:top]


#: A heading line of a travelling press transcript: a locative word, a short place, no sentence-final stop.
_TRAVEL_HEADING = re.compile(r"(?:(?:Aboard|Onboard|On board|En [Rr]oute|Enroute|In [Tt]ransit)\b[^.!?\n]{0,60}(?:\n|$))+$")


def find_entities(article) -> list[Entity]:
    """People, organisations and places named in the article's analysed paragraphs,
    most mentioned first. Text in capitals gives an empty list (see ``article.warnings``)."""
    if mostly_capitals(article.plain):
        return []
    plain = article.plain
    lowercase = _lowercase_words(" ".join(plain[p.start:p.end] for p in article.paragraphs))
    sentence_starts = {s.start for s in article.sentences}
    raw: list[tuple[str, str, int, int, str]] = []  # (kind, name, start, end, role)
    for paragraph in article.paragraphs:
        text = plain[paragraph.start:paragraph.end]
        if _TRAVEL_HEADING.match(text):
            continue  # a transcript's dateline ("Aboard the Royal Barge", "En Route to Springfield"): a place line, no people
        for match in _RUN.finditer(text):
            for chunk in name_chunks(match.group(), paragraph.start + match.start()):
                raw.extend(_names_in_run(chunk, sentence_starts, lowercase))
    found = _link(_organizations_by_descriptor(raw, plain), article.text)
    _roles_after_bodies(found, article.text)
    for entity in found:
        if entity.kind == "person" and not entity.roles and all(
                _PLACE_BEFORE.search(article.text, max(0, mention.start - 20), mention.start)
                and not re.match(r"['\u2019]s?\b", article.text[mention.end:mention.end + 2]) for mention in entity.mentions):
            entity.kind = "place"  # "near Capo Rosso", "at the Monte Bello firing range": always where, never who
        elif entity.kind == "person" and not entity.roles and entity.name.endswith("s") and any(
                re.search(r"\b[Tt]he\s+$", article.text[max(0, mention.start - 5):mention.start])
                and not re.match(r"['\u2019]", article.text[mention.end:mention.end + 1]) for mention in entity.mentions):
            entity.kind = "organization"  # "the Tarvo Hawks", "the Hawks": a team or group in the plural, never one person
    return found


#: A capitalised body, then a lower-case role noun, right before a name: "Northgate Athletic manager ", "Acme Corp chief executive ".
_BODY_ROLE_BEFORE = re.compile(r"(?P<body>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})\s+(?P<role>(?:[a-z]+\s+)?[a-z]+)\s+$")


@functools.lru_cache(maxsize=1)
def _role_noun_words() -> frozenset[str]:
    return frozenset(word.lower() for word in read_word_list("role_nouns.txt"))


def _roles_after_bodies(entities: list[Entity], text: str) -> None:
    """ "Northgate Athletic manager Ann Roe": the person's role is the body and the role noun, and the
    body written before a role noun is an organisation, not a person (only capitalised runs are read
    as names, so the lower-case role had split them)."""
    by_name = {entity.name: entity for entity in entities}
    for entity in entities:
        if entity.kind != "person":
            continue
        for mention in entity.mentions:
            before = _BODY_ROLE_BEFORE.search(text, max(0, mention.start - 80), mention.start)
            if before is None or before.end() != mention.start:
                continue
            role = before.group("role")
            if role not in _role_noun_words() and role.split()[-1] not in _role_noun_words():
                continue
            body = before.group("body")
            if is_title(body.split()[-1]) or body.split()[0].lower() in _NOT_NAMES or demonyms() & {body.lower()} or place_name(body):
                continue  # "Former Foreign Minister ...", "Russian defense minister ...": no body named
            if not entity.roles:
                entity.roles.append(body + " " + role)
            owner = by_name.get(body)
            if owner is not None and owner.kind == "person":
                owner.kind = "organization"
            break


# A word before a name that makes it a place: "near X", "at the X range" (never "said X" or "X said").
_PLACE_BEFORE = re.compile(r"\b(?:near|outside|around|off|across|towards?|in|at|from)\s+(?:the\s+)?$")


_WORD_BEFORE = re.compile(r"([a-z]+)\s+$")
# ", a Helsinki-based firm that ...": an appositive whose head noun is an organisation noun.
# ("Lockheed Martin, the jets' manufacturer,": "the" with a descriptor noun too)
DESCRIPTOR_AFTER = re.compile(r",\s+(?:a|an|the)\s+(?:[\w\u2019'-]+\s+){0,3}?([a-z]+)(?=\s*[,.;]|\s+(?:that|which|based|in|with|from|whose)\b)")


# A lower-case medium noun right after a name: "Nordwind FM radio", "the Daily Lark newspaper" (an outlet).
_OUTLET_AFTER = re.compile(r"\s+(?:radio|television|TV|newspaper|daily|weekly|magazine|broadcaster|news\s+agency|news\s+channel|"
                           r"TV\s+channel|radio\s+station)\b")


def _organizations_by_descriptor(raw, plain: str):
    """A name written once after an organisation noun ("shipbuilder Harwick Marine") is an
    organisation everywhere in the text, even where it looks like a person's name."""
    named = set()
    for kind, name, start, end, _ in raw:
        if kind in ("person", "single", "unknown") and len(name.split()) <= 4:
            before = _WORD_BEFORE.search(plain, max(0, start - 30), start)
            if before and before.group(1) in ORGANIZATION_DESCRIPTORS:
                named.add(name)
            after = DESCRIPTOR_AFTER.match(plain, end, end + 80)
            if after and after.group(1) in ORGANIZATION_DESCRIPTORS:
                named.add(name)  # "Harwick Marine, a Glasgow-based shipbuilder that ..."
            if _OUTLET_AFTER.match(plain, end, end + 30):
                named.add(name)  # "told Valmont Info radio that ...": a broadcaster, not a person a later "he" can mean
    return [("organization", name, start, end, "") if name in named and kind in ("person", "single", "unknown") else (kind, name, start, end, role)
            for kind, name, start, end, role in raw if kind != "unknown" or name in named]


def _names_in_run(words, sentence_starts: set[int], lowercase: frozenset[str]):
    """Split one chunk of capitalised words into typed names."""
    # Drop leading and trailing function words ("But NATO", "The Hague" keeps "The" only for a known place);
    # an acronym alone is kept even when it spells one ("the WHO").
    if len(words) == 1 and is_acronym(words[0][0]) and len(words[0][0]) >= 3:
        return _names_in_run_words(words, sentence_starts, lowercase)
    while words and words[0][0].lower() in _NOT_NAMES and not place_name(" ".join(w for w, _, _ in words)):
        words = words[1:]
    while words and (words[-1][0].lower() in _CONNECTORS or words[-1][0].lower() in _NOT_NAMES):
        words = words[:-1]
    if not words:
        return []
    # "NASA Administrator", "U.S. Senator": a role without a name; keep what comes before the title.
    if is_title(words[-1][0]) or (len(words) >= 2 and is_title(words[-2][0] + " " + words[-1][0])):
        while words and (is_title(words[-1][0]) or words[-1][0].lower() in _CONNECTORS):
            words = words[:-1]
        return _names_in_run_words(words, sentence_starts, lowercase) if words else []
    # A run mixing a long name and a title-word label is cut at "and" between two names.
    found = []
    part = split_title(words)
    if part is not None:
        kind = classify_name(part.name)
        if kind in (None, "person") or (kind == "place" and len(part.name.split()) >= 2 and not place_name(part.name)):
            if len(part.name.split()) <= 5 and not is_acronym(part.name):
                found.append(("person", part.name, part.start, part.end, part.role))
                return found
    # Split at "and" joining two names: "Russia and Ukraine" (not "Bank of Trade and Industry").
    if any(word.lower() in ("and", "&") for word, _, _ in words):
        pieces = [piece for piece in _split_at_and(words) if piece]
        named = [classify_name(" ".join(w for w, _, _ in piece)) for piece in pieces]
        first = [w.lower() for w, _, _ in pieces[0]] if pieces else []
        second_head = pieces[-1][-1][0].lower().rstrip(".") if pieces and pieces[-1] else ""
        if len(pieces) == 2 and named[0] == "organization" and ("of" in first[1:] or "for" in first[1:]) and (
                named[1] in (None, "person") or (named[1] == "organization" and second_head not in organization_words())):
            return _names_in_run_words(words, sentence_starts, lowercase)  # "Center for Strategic and International Studies"
        if all(named) or not any(word.lower().rstrip(".") in organization_words() for word, _, _ in words):
            for piece in pieces:
                found.extend(_names_in_run_words(piece, sentence_starts, lowercase))
            return found
    return _names_in_run_words(words, sentence_starts, lowercase)


def _split_at_and(words):
    pieces, current = [], []
    for word in words:
        if word[0].lower() in ("and", "&"):
            pieces.append(current)
            current = []
        else:
            current.append(word)
    pieces.append(current)
    return pieces


def _names_in_run_words(words, sentence_starts, lowercase):
    name = " ".join(word for word, _, _ in words)
    start, end = words[0][1], words[-1][2]
    kind = classify_name(name)
    if kind == "organization" and len(words) >= 3 and is_acronym(words[0][0]) and classify_name(" ".join(w for w, _, _ in words[1:])) == "person":
        # "NASA Bill Ingalls": an organisation's name before a person's.
        return [("organization", words[0][0], words[0][1], words[0][2], "")] + _names_in_run_words(words[1:], sentence_starts, lowercase)
    if kind is None and len(words) >= 2:
        # "Russian President" alone, "Estonian Prime Minister", "Moscow Times"...: peel a leading place word.
        if place_name(words[0][0]) and not place_name(name):
            rest = _names_in_run_words(words[1:], sentence_starts, lowercase)
            place = place_name(words[0][0])
            return rest + ([("place", place, words[0][1], words[0][2], "")] if words[0][0].lower() not in demonyms() else [])
        return [("unknown", name, start, end, "")]  # kept only after an organisation noun ("aid group Relief Haven")
    if kind is None:
        word = words[0][0]
        if word.lower() in lowercase or word.lower() in _NOT_NAMES:
            return []
        return [("single", word, start, end, "")]
    if kind == "organization" and len(words) == 1 and (
            (words[0][0].lower() in lowercase and not (is_acronym(words[0][0]) and len(words[0][0]) >= 3))
            or words[0][0] in _NOT_ORGANIZATIONS):
        return []
    if kind == "person" and any(word.lower() in lowercase for word, _, _ in words if word.lower() not in _NAME_PARTICLES):
        return [("unknown", name, start, end, "")]  # "Nordvik Cells" (a word of the text): kept only after "battery maker"
    if kind == "place":
        return [("place", place_name(name) or name, start, end, "")] if name.lower() not in demonyms() or name.lower() in ("u.s.", "us", "u.k.", "uk", "america", "britain", "kremlin", "washington", "moscow", "beijing") else []
    return [(kind, name, start, end, "")]


_KNOWN_AS = re.compile(r",?\s+(?:known|abbreviated)\s+(?:as|by\s+(?:its|the)\s+(?:[A-Za-z-]+\s+)?(?:initials|acronym|abbreviation))\s+([A-Z]{2,})\b")


def _link(raw, original: str) -> list[Entity]:
    """Group mentions into entities: surnames to full names, acronyms to long names."""
    entities: dict[tuple[str, str], Entity] = {}
    people_by_part: dict[str, Entity] = {}
    organizations_by_initials: dict[str, Entity] = {}

    def add(kind, name, start, end, role=""):
        entity = entities.get((kind, name))
        if entity is not None and entity.name != name:
            name = entity.name
        if entity is None:
            entity = entities[(kind, name)] = Entity(name=name, kind=kind)
        entity.mentions.append(Mention(original[start:end], start, end))
        written = original[start:end]
        if written != name and written not in entity.aliases:
            entity.aliases.append(written)
        if role and role not in entity.roles:
            entity.roles.append(role)
        return entity

    # Full names first, so that a surname seen earlier can still be linked.
    for kind, name, start, end, role in raw:
        if kind == "person" and len(name.split()) >= 2:
            known = people_by_part.get(surname(name))
            if known and known.name.split()[0] == name.split()[0]:
                entities[("person", name)] = known  # "Donald J. Trump" and "Donald Trump"
                continue
            entity = entities.get(("person", name)) or Entity(name=name, kind="person")
            entities[("person", name)] = entity
            people_by_part.setdefault(surname(name), entity)
        if kind == "organization":
            initials = "".join(word[0] for word in name.split() if word[0].isupper())
            if len(initials) >= 2:
                organizations_by_initials.setdefault(initials, entities.setdefault(("organization", name), Entity(name, "organization")))
            known_as = _KNOWN_AS.match(original, end)
            if known_as and not is_acronym(name):  # "..., known by its Romanian initials IGSU": initials of another language
                organizations_by_initials.setdefault(known_as.group(1), entities.setdefault(("organization", name), Entity(name, "organization")))
    for kind, name, start, end, role in raw:
        if kind == "person" and len(name.split()) == 1:
            person = people_by_part.get(name.lower())
            if person:
                add("person", person.name, start, end, role)
                continue
            kind = "person"
        if kind == "single":
            person = people_by_part.get(name.lower())
            if person:
                add("person", person.name, start, end)
            continue
        if kind == "organization" and is_acronym(name) and name in organizations_by_initials:
            add("organization", organizations_by_initials[name].name, start, end)
            continue
        add(kind, name, start, end, role)
    unique = {id(entity): entity for entity in entities.values()}
    found = [entity for entity in unique.values() if entity.mentions]
    found.sort(key=lambda entity: (-entity.count, entity.first_start))
    return found


def person_entity_for(name: str, entities: list[Entity]) -> Entity | None:
    """The person entity whose name or surname is ``name`` (or ``None``).

    >>> person_entity_for("Smith", [Entity("Anna Smith", "person")]).name
    'Anna Smith'
    """
    lowered = name.lower()
    for entity in entities:
        if entity.kind != "person":
            continue
        if entity.name.lower() == lowered or surname(entity.name) == surname(lowered):
            return entity
    return None
