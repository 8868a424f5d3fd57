"""Who is speaking: read a speaker phrase and keep one speaker per person.

A speaker phrase is what a reporter writes next to a quote: ``Russian Defense
Minister Ivan Petrov``, ``Anna Smith, a NATO expert at the Policy Institute``,
``U.S. officials``, ``the ministry``, ``she``. ``read_speaker`` splits it into
a name, a role and an affiliation and says which type it is; a ``SpeakerBook``
then unifies mentions (``Ivan Petrov``, ``Petrov``, ``the minister``, ``he``)
into one ``Speaker`` with aliases.

>>> book = SpeakerBook()
>>> first = book.add(read_speaker("Russian Defense Minister Ivan Petrov"))
>>> book.add(read_speaker("the minister")).name, book.add(read_speaker("he")).name
('Ivan Petrov', 'Ivan Petrov')
>>> first.role, first.aliases
('Russian Defense Minister', ['the minister', 'he'])
"""
from __future__ import annotations

import dataclasses
import functools
import re
import unicodedata
from dataclasses import dataclass, field

from .entities import NOT_NAMES, ORGANIZATION_DESCRIPTORS, PARTY_MEMBER_NOUNS, classify_name, country_adjective, country_of_seat, is_acronym, is_title, organization_words, place_name, split_title, surname
from .resources import read_word_list

PRONOUNS = {"he": "person", "she": "person", "him": "person", "her": "person", "it": "organization",
            "they": "group", "we": "group", "i": "self"}

#: Lower-case nouns that make a phrase an organisation ("the ministry", "the U.S. military").
ORGANIZATION_NOUNS = frozenset(
    """ministry government military army navy police agency administration council committee department embassy
    court office company firm bank party alliance commission authority authorities kremlin pentagon coalition
    statement report newspaper agency club union association federation league board media television
    airline carrier utility insurer lender retailer manufacturer team services delegation consulate secretariat presidency
    cabinet parliament legislature watchdog regulator tribunal opposition force forces municipality prefecture governorate""".split()
)
#: Document nouns: "Smith's statement added" is Smith speaking.
#: "The newspaper said", "the news agency reported": nouns for a news outlet, and words that
#: mark an organisation's name as an outlet's (general news usage; wire agencies by their usual names).
MEDIA_NOUNS = frozenset("newspaper paper daily tabloid broadsheet weekly magazine agency broadcaster outlet network channel "
                        "station publication".split())
MEDIA_NAME_WORDS = frozenset("times post journal herald tribune telegraph guardian gazette zeitung gazeta tageblatt kurier "
                             "dagblad dagbladet news press reuters agency television radio tv broadcasting observer "
                             "independent economist chronicle mail express daily standard courier afp ap tass xinhua "
                             "interfax yonhap kyodo anadolu bbc cnn voa ria novosti".split())
#: Words in the names of wire services ("the agency" can mean them, not a newspaper or a broadcaster).
_WIRE_NAME_WORDS = frozenset("agency agence press presse reuters afp ap tass xinhua interfax yonhap kyodo anadolu ria novosti ansa efe dpa "
                             "ukrinform bernama antara".split())
#: "The command said", "the agency said" with no organisation of that noun named: the institution
#: just quoted or named (not for companies or outlets, whose nouns have their own rules).
INSTITUTION_NOUNS = frozenset("command headquarters ministry department agency office organization organisation authority "
                              "service force forces mission secretariat institute center centre commission council bureau "
                              "directorate administration government alliance body".split())
_SENTENCE_ADVERBS = frozenset("however meanwhile earlier later separately still asked instead nevertheless nonetheless moreover "
                              "additionally similarly finally previously afterwards overall together officially publicly privately "
                              "separately initially ultimately elsewhere likewise".split())
DOCUMENT_NOUNS = frozenset("statement report letter post tweet release readout communique declaration memo note indictment "
                           "ruling filing complaint lawsuit".split())
#: Nouns for a business: "the company said" can be the firm introduced as "shipbuilder Harwick Marine".
COMPANY_NOUNS = frozenset(
    """company firm business corporation conglomerate group shipbuilder carmaker automaker airline carrier lender bank
    insurer retailer miner manufacturer maker chipmaker drugmaker supplier utility giant startup exporter importer
    chain publisher""".split())
#: Last words of company names ("Acme Corp.", "Northwood Capital"): such a name is a "company" or "firm".
COMPANY_NAME_ENDINGS = frozenset(
    """corp corporation inc ltd llc plc co company group holdings capital securities partners investments industries
    enterprises airlines airways motors technologies pharmaceuticals logistics""".split())
#: Last words of the names of associations ("Global Reef Alliance"): such a name is a "group" or an "organisation".
ASSOCIATION_NAME_ENDINGS = frozenset(
    """alliance coalition association federation network consortium movement committee collective initiative""".split())
#: Nouns for a member of a legislature, and what they can be written as in a title or a description
#: ("the lawmaker said" after "Sen. Ann Roe"; "the MEP said" after "member of the European Parliament Jan Roe").
LEGISLATOR_FORMS = {
    "mep": ("mep", "member of the european parliament"),
    "mp": ("mp", "member of parliament"),
    "congressman": ("congressman", "representative", "congressional representative"),
    "congresswoman": ("congresswoman", "representative", "congressional representative"),
    "senator": ("senator",),
    "representative": ("representative", "congressman", "congresswoman"),
}
_ANY_LEGISLATOR = ("lawmaker", "legislator", "parliamentarian", "senator", "representative", "congressman", "congresswoman",
                   "mp", "mep", "member of parliament", "member of the european parliament", "member of congress", "deputy")
for _noun in ("lawmaker", "legislator", "parliamentarian"):
    LEGISLATOR_FORMS[_noun] = _ANY_LEGISLATOR
#: Abbreviated titles and the role noun they stand for ("Col. Ann Roe" is "the colonel").
TITLE_NOUNS = {"col": "colonel", "gen": "general", "lt": "lieutenant", "maj": "major", "capt": "captain",
               "sgt": "sergeant", "adm": "admiral", "cmdr": "commander", "brig": "brigadier", "sen": "senator",
               "rep": "representative", "gov": "governor", "prof": "professor", "dr": "doctor", "amb": "ambassador",
               "supt": "superintendent", "insp": "inspector", "det": "detective", "pres": "president", "cpl": "corporal",
               "pvt": "private", "spc": "specialist", "pfc": "private", "cdr": "commander", "tech": "technical"}


@functools.lru_cache(maxsize=1)
def role_nouns() -> frozenset[str]:
    """Role nouns from ``data/lexicons/role_nouns.txt`` with their plurals."""
    found = set()
    for noun in read_word_list("role_nouns.txt"):
        noun = noun.lower()
        found.add(noun)
        if noun.endswith("man"):
            found.add(noun[:-3] + "men")
        elif noun.endswith(("s", "sh", "ch", "x")):
            found.add(noun + "es")
        elif noun.endswith("y") and noun[-2:-1] not in "aeiou":
            found.add(noun[:-1] + "ies")  # "charity" -> "charities"
        else:
            found.add(noun + "s")
    found.update({"women", "men", "people", "police", "sources", "officials", "authorities"})
    return frozenset(found)


@dataclass
class SpeakerMention:
    """A speaker phrase as written, read into its parts.

    ``type`` is ``named``, ``anonymous``, ``organization``, ``pronoun`` (to be
    resolved) or ``role`` (a definite role noun such as "the minister", to be
    resolved to an earlier speaker, or anonymous when there is none).
    """

    written: str
    name: str
    type: str
    role: str = ""
    affiliation: str = ""


@dataclass
class Speaker:
    """One person, group or organisation quoted in the article."""

    name: str
    type: str  # "named", "anonymous" or "organization"
    role: str = ""
    affiliation: str = ""
    aliases: list[str] = field(default_factory=list)
    quotes: int = 0

    def to_dict(self) -> dict:
        return {"name": self.name, "type": self.type, "role": self.role, "affiliation": self.affiliation,
                "aliases": list(self.aliases), "quotes": self.quotes}


_LEADING = re.compile(r"^(?:the|a|an|one|some|two|three|several|many|other)\s+", re.I)


@functools.lru_cache(maxsize=16384)
def _speaker_key(name: str, type_: str) -> str:
    """What two mentions of one speaker share: the surname of a named person, else the
    phrase without a leading article or number word (computed once per name)."""
    if type_ == "named":
        return "named:" + (name.lower() if " and " in name else surname(name))  # "A and B" speak jointly
    return type_ + ":" + _LEADING.sub("", name.lower()).strip()
_AFFILIATION = re.compile(r"\b(?:at|of|for|with|from|in)\s+(?:the\s+)?(?P<org>[A-Z][^,;]*[A-Z][\w.)-]*|[A-Z][\w.&-]*)$")


_COUNTS = frozenset("one two three four five six seven eight nine ten several some many a".split())
_POST_MODIFIER = re.compile(r"\s+(?:familiar\s+with|close\s+to|with\s+knowledge\s+of|knowledgeable\s+about|briefed\s+on|involved\s+in|"
                            r"at|in|for|from|with|on|of)\s+")


def _clean(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip(" ,;:.\"'()[]-")


def _head_noun(text: str) -> str:
    words = re.findall(r"[A-Za-z][\w'-]*", text.lower())
    for size in (2, 1):
        if len(words) >= size and " ".join(words[-size:]) in role_nouns():
            return " ".join(words[-size:])
    return words[-1] if words else ""


def _role_and_affiliation(appositive: str) -> tuple[str, str]:
    """``a NATO expert at the Policy Institute`` -> ('NATO expert', 'Policy Institute')."""
    appositive = _LEADING.sub("", _clean(appositive))
    possessive = re.match(r"^(?:the\s+)?(?P<org>[A-Z][\w.&' -]*?)['\u2019]s\s+(?P<role>.+)$", appositive)
    if possessive:
        return _clean(possessive.group("role")), _clean(possessive.group("org"))
    match = _AFFILIATION.search(appositive)
    if match:
        return _clean(appositive[: match.start()]), _clean(match.group("org"))
    return appositive, ""


def _person_name(words: list[str]) -> bool:
    return classify_name(" ".join(words)) == "person"


#: Nouns that describe companies as often as people ("operator", "provider"): with a one-word name they are a body.
_BODY_OR_PERSON_NOUNS = frozenset("operator operators provider producer developer distributor owner".split())


def read_speaker(phrase: str) -> SpeakerMention | None:
    """Read a speaker phrase; ``None`` when it does not name a speaker.

    The same phrase is read once and remembered (a copy is returned).

    >>> m = read_speaker("Anna Smith, a NATO expert at the Policy Institute")
    >>> m.name, m.type, m.role, m.affiliation
    ('Anna Smith', 'named', 'NATO expert', 'Policy Institute')
    >>> m = read_speaker("one former NATO diplomat, who asked to remain anonymous")
    >>> m.name, m.type
    ('one former NATO diplomat', 'anonymous')
    >>> read_speaker("the Russian Foreign Ministry").type, read_speaker("The U.S.").name
    ('organization', 'United States')
    >>> read_speaker("the weather") is None
    True
    """
    folded = _fold_letters(phrase)
    if folded != phrase:
        # "Marta Žiková of Lund University": read with plain letters (the rules' patterns are written for A-Z),
        # then give every word back its own letters.
        mention = _read_speaker_once(folded)
        if mention is None:
            return None
        words = {folded[m.start():m.end()]: phrase[m.start():m.end()] for m in re.finditer(r"\w+", folded)}
        def restore(text: str) -> str:
            return re.sub(r"\w+", lambda m: words.get(m.group(), m.group()), text)
        return dataclasses.replace(mention, written=restore(mention.written), name=restore(mention.name),
                                   role=restore(mention.role), affiliation=restore(mention.affiliation))
    mention = _read_speaker_once(phrase)
    return dataclasses.replace(mention) if mention is not None else None


_OTHER_LETTERS = {"\u00d8": "O", "\u00f8": "o", "\u0141": "L", "\u0142": "l", "\u0110": "D", "\u0111": "d", "\u00c6": "A", "\u00e6": "a",
                  "\u0152": "O", "\u0153": "o", "\u00df": "s", "\u00de": "T", "\u00fe": "t", "\u00d0": "D", "\u00f0": "d"}


def _plain_letter(letter: str) -> str:
    if letter in _OTHER_LETTERS:
        return _OTHER_LETTERS[letter]
    base = unicodedata.normalize("NFD", letter)[:1]
    return base if base.isascii() and base.isalpha() else letter


#: Latin letters with marks and their plain letter, one for one (so lengths and offsets stay the same).
_FOLD = str.maketrans({letter: _plain_letter(letter) for letter in map(chr, range(0xC0, 0x250))
                       if _plain_letter(letter) != letter})


def _fold_letters(text: str) -> str:
    """``text`` with "Á", "č", "ł" written as "A", "c", "l" (same length).

    >>> _fold_letters("Žiková Łęcka Ørsted")
    'Zikova Lecka Orsted'
    """
    return text if text.isascii() else text.translate(_FOLD)


@functools.lru_cache(maxsize=4096)
def _read_speaker_once(phrase: str) -> SpeakerMention | None:
    written = _clean(phrase)
    if len(written.split()) > 16 and ", " in written:  # "Dr. Ann Roe, a biologist at ... who chairs ...": the clause is not needed
        head, _, rest = written.partition(", ")
        written = _clean(head + ", " + re.sub(r"\s+(?:who|which|whose)\b.*$", "", rest))
    if len(written.split()) > 16 and ", " in written:
        # "X, a member of parliament for the Y party and a member of its foreign affairs committee": a long appositive
        head, _, rest = written.partition(", ")
        if len(head.split()) <= 6:
            written = _clean(head + ", " + re.split(r"\s+and\s+", rest)[0])
    if not written or len(written.split()) > 16:
        return None
    if written.count("(") > written.count(")"):
        written += ")"  # "Sen. Ann Roe (R-Mont.)" lost its closing bracket to the clean-up
    calling = _CALLING_ITSELF.search(written)
    if calling:
        # "a network of bike shops and clubs calling itself Bread Not Bombs": the name it goes by
        return SpeakerMention(written, calling.group("name"), "organization")
    released = _RELEASED.match(written) or _REPORT_BY.match(written)
    if released:
        if released.group("by"):  # "figures released by the company": the company
            by = _TIME_AT_END.sub("", _clean(released.group("by")))  # "figures released by the league in 2023"
            if _read_head(by) is None:
                # "a study commissioned by the city": no speaker in the "by" phrase; the report itself is the source
                return SpeakerMention(written, written, "anonymous", role=_head_noun(released.group("what")))
            written = by
        else:
            owner = _REPORT.match(released.group("what"))
            if owner and owner.group("owner")[:1].isupper():  # "a Pew Research Center survey released in April": the centre
                written = owner.group("owner")
    else:
        owned = _OWNED_REPORT.match(written)
        if owned and _read_head(owned.group("owner")) is not None:
            written = owned.group("owner")  # "a new Gallup poll", "a 2025 World Bank report": the one who made it
    parenthesis = re.search(r"\s*\(([^()]*)\)", written)
    place_note = ""
    if parenthesis:  # "Der Blatt (Vienna, Austria)": a note, not part of the name
        place_note = parenthesis.group(1)
        written = _clean(written[: parenthesis.start()] + written[parenthesis.end():])
    gave = _GAVE_NAME_AT_END.search(written)
    if gave:
        # "one protester, a teacher who gave her name only as Hanna": the name she gave
        return SpeakerMention(written, gave.group(1), "named", role=_clean(written[: gave.start()].split(",")[-1]))
    if not re.search(r"\b(?:who|which|that)\b", written):  # "the women who came here" keeps its "here"
        written = re.sub(r"(?<=\w)\s+(?:there|here|too)$", "", written)  # "the ministry there said"
    lowered = written.lower()
    if lowered in PRONOUNS:
        return SpeakerMention(written, lowered, "pronoun")
    contracted = re.fullmatch(r"(i|we|you|he|she|they|it)['\u2019](?:d|ll|m|re|ve|s)", lowered)
    if contracted:
        return SpeakerMention(written, contracted.group(1), "pronoun")  # "I'd say ...", "I'll say ...": the speaker's own "I"
    head, _, appositive = written.partition(", ")
    head, appositive = _clean(head), _clean(appositive)
    if re.match(r"^(?:who|which|whose|speaking|citing|quoted)\b", appositive, re.I):
        appositive = ""
    role, affiliation = _role_and_affiliation(appositive) if appositive else ("", "")
    # "Afghanistan's president, Ann Roe": the name comes second.
    head_is_person = (_read_head(head) or SpeakerMention("", "", "")).type == "named"
    appositive_person = _person_name(appositive.split()) if appositive else False
    if appositive and not appositive_person and not head_is_person and is_title(appositive.split()[0]):
        titled = _read_head(appositive)  # "the health minister, Dr. Ana Roe"
        appositive_person = titled is not None and titled.type == "named" and len(titled.name.split()) >= 2
        if appositive_person:
            appositive = titled.name
    where = re.match(r"(?P<name>[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*){1,3})\s+(?:of|at|from)\s+(?:the\s+)?(?P<org>[A-Z].*)$", appositive)
    if appositive and not appositive_person and not head_is_person and where and _person_name(where.group("name").split()) and (
            head.split()[-1].islower() or (_read_head(head) or SpeakerMention("", "", "")).type in ("role", "anonymous")):
        # "Chile's envoy at the fair, Rosa Mendez of the Growers' Association": the person, then where they belong
        head, role, affiliation = where.group("name"), _LEADING.sub("", head), where.group("org")
        mention = _read_head(head)
        if mention is not None and mention.type == "named":
            return SpeakerMention(written, mention.name, "named", role=role, affiliation=affiliation)
        head, role, affiliation = written.partition(", ")[0], "", ""
    if appositive and not head_is_person and appositive_person:
        head, role, affiliation = appositive, _LEADING.sub("", head), ""
        owner = re.match(r"^(?P<owner>[A-Z][\w.&' -]*?)['\u2019]s\s+(?P<role>.+)$", role)
        if owner:
            role, affiliation = owner.group("role"), place_name(owner.group("owner")) or owner.group("owner")
    owner = re.match(r"^(?P<owner>[A-Z][\w.&-]*(?:\s[A-Z][\w.&-]*)*)['\u2019]s\s+(?P<rest>[A-Z].*)$", head)
    owned = _read_head(owner.group("rest")) if owner else None
    if owned is not None and (owned.type == "named" or (owned.type == "organization" and place_name(owner.group("owner"))
                                                         and MEDIA_NAME_WORDS & set(owner.group("rest").lower().split()))):
        head, affiliation = owner.group("rest"), affiliation or owner.group("owner")  # "CNN's Anna Smith", "Germany's Die Zeitung"
    mention = None
    if head.count(" and ") == 1 and all(word[0].isupper() for piece in head.split(" and ") for word in piece.split()[:1]):
        # "President X and Prime Minister Y said in a joint statement": both people, not the second alone
        names = [_read_head(piece.strip()) for piece in head.split(" and ")]
        if all(name is not None and name.type == "named" and len(name.name.split()) >= 2 for name in names):
            mention = SpeakerMention(head, " and ".join(name.name for name in names), "named")
    mention = mention or _read_head(head)
    if (mention is None or mention.type == "organization") and appositive and not head_is_person and head.split()[-1].islower():
        named = _read_head(appositive)
        if named is not None and named.type == "organization" and len(appositive.split()) <= 5:
            # "Norway's national food safety agency, NFSA-N": the body's name follows its description.
            mention, role, affiliation = named, "", ""
    if mention is None and " and " in head:
        names = [_read_head(piece.strip()) for piece in head.split(" and ")]
        if names and all(name is not None and name.type == "named" for name in names):
            mention = SpeakerMention(head, " and ".join(name.name for name in names), "named")
    if mention is None or mention.type == "organization":
        # "Mayor Ana Ruiz of Lake County", "economist Ann Roe of the University of X": a named person, then where they belong.
        # Also with lower-case modifiers before the body: "Jon Berg of the centre-right Fremtid Party".
        belongs = re.match(r"^(?P<person>.+?)\s+(?:of|at|from)\s+(?P<place>(?:the\s+)?(?:[a-z][\w-]*\s+){0,3}[A-Z].*)$", head)
        person = _read_head(belongs.group("person")) if belongs else None
        if person is not None and person.type == "named" and (mention is None or len(person.name.split()) >= 2):
            mention, affiliation = person, affiliation or _LEADING.sub("", belongs.group("place"))
    if mention is None:
        return None
    body_role = role.split()[-1].lower() if role else ""
    if mention.type == "named" and body_role in ORGANIZATION_DESCRIPTORS | ORGANIZATION_NOUNS | _BODY_ROLES and not re.search(
            r"\b(?:of|for|at|with)\b|['\u2019]s\b", role) and (body_role not in _BODY_ROLES or classify_name(mention.name) != "person"):
        # "Naftogaz, the state energy company, said": the name of a company, not of a person
        mention = SpeakerMention(mention.written, mention.name, "organization")
        role = ""
    mention.written = written
    if place_note and not mention.affiliation and not affiliation:
        affiliation = place_note
    if role and (not mention.role or (mention.type == "anonymous" and mention.role in ("person", "source", "man", "woman"))):
        mention.role = role  # "a second person, a European diplomat briefed on the talks": a later "the diplomat"
    if affiliation and not mention.affiliation:
        mention.affiliation = affiliation
    return mention


#: "... who gave her name only as Hanna", "... who asked to be identified only by his first name, Piet".
_GAVE_NAME_AT_END = re.compile(r"\bwho\s+(?:(?:gave|asked\s+to\s+be\s+identified(?:\s+only)?\s+by|would\s+give)\s+(?:only\s+)?"
                               r"(?:his|her|their)\s+(?:first|last|family|given)\s+name(?:\s+only)?,\s+"
                               r"|(?:gave|identified)\s+(?:his|her|their\s+name|himself|herself)\s+(?:name\s+)?(?:only\s+)?as\s+)"
                               r"([A-Z][\w'\u2019-]+)$")
#: What an appositive calls a body, beyond the organisation nouns: "Ukrenergo, the national grid operator,".
_BODY_ROLES = frozenset({"operator", "provider", "producer", "developer", "broadcaster", "exchange"})
#: "a statement from the ministry", "a letter signed by 40 lawmakers": the document's issuer speaks.
_DOCUMENT_FROM = re.compile(r"(?i:an?|the)\s+(?:[a-z-]+\s+)?(?:statement|letter|post|release|communique|declaration|memo|note)\s+"
                            r"(?:from|by|issued\s+by|signed\s+by|released\s+by)\s+(?P<by>.+)$")
#: "an alliance of 14 labs", "a coalition of aid groups": a body made of others, speaking as one.
_COLLECTIVE_OF = re.compile(r"(?i:an?|the)\s+(?:[a-z-]+\s+)?(?P<noun>alliance|coalition|consortium|network|federation|association|grouping|bloc)"
                            r"\s+of\s+(?:\d+|[a-z]+)\s+[^,;]+$")
#: Lower-case particles inside a surname ("de Vries", "van der Berg").
_PARTICLES = "de|van|von|der|den|da|del|du|la|le|al|bin|dos|das"


def _read_head(head: str) -> SpeakerMention | None:
    """Read the head of a speaker phrase (no appositive)."""
    possessive = re.match(r"^(?P<owner>.+?)['\u2019]s?\s+(?P<noun>\w+)$", head)
    if possessive and possessive.group("noun").lower() in DOCUMENT_NOUNS:
        return _read_head(possessive.group("owner"))
    owned_body = re.fullmatch(r"(?:the\s+)?(?P<owner>[a-z][a-z -]*s)['\u2019]\s+(?P<body>[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,4})", head)
    if owned_body and any(word.lower() in organization_words() or word.lower() in INSTITUTION_NOUNS for word in owned_body.group("body").split()):
        # "the coast guards' Joint Headquarters": a body of a plural owner written in lower case
        return SpeakerMention(head, head[head.find(owned_body.group("owner")):], "organization")
    if re.fullmatch(r"the\s+\d+-year-old(?:\s+[a-zA-Z-]+)?", head, re.I):
        return SpeakerMention(head, "person", "pronoun")  # "the 62-year-old said": the person just mentioned
    issued = _DOCUMENT_FROM.match(head)
    if issued:
        return _read_head(issued.group("by"))  # "A statement from the Interior Ministry said": the ministry
    collective = _COLLECTIVE_OF.match(head)
    if collective:
        return SpeakerMention(head, head, "organization")  # "An alliance of 14 research labs announced": one body, a later "it"
    document = _DOCUMENT.match(head)
    if document:
        owner = document.group("owner") or ""
        if owner[:1].isupper():  # "a Pentagon readout": the organisation that issued it
            return _read_head(owner)
        # "The statement said": the issuer named earlier (resolved by the book), else as written.
        return SpeakerMention(head, head, "document", role=document.group("noun").lower())
    words = head.split()
    if not words:
        return None
    first = words[0].lower()
    if words[0][0].isupper() and all(not word[0].isupper() for word in words[1:]) and first not in ("pentagon", "kremlin") and (
            first in role_nouns() or first in ORGANIZATION_NOUNS or first in ("the", "a", "an", "one", "some", "two", "three", "several", "many")):
        head = head[0].lower() + head[1:]  # "Officials", "The ministry": capitalised only at the sentence start
        words = head.split()
    lowered = head.lower()
    if lowered in PRONOUNS:
        return SpeakerMention(head, lowered, "pronoun")
    capitalised = [word for word in words if word[0].isupper()]
    core = _LEADING.sub("", head)
    if re.match(r"the\s", head, re.I) and len(words) <= 4 and (
            words[-1].lower() in PARTY_MEMBER_NOUNS or (len(words) == 2 and words[-1].lower() in LEGISLATOR_FORMS)):
        return SpeakerMention(head, head, "role", role=core.lower())  # "the Texas Democrat", "the MEP": named earlier
    if re.match(r"the\s", head, re.I) and len(words) > 3 and _described_head(core):
        return SpeakerMention(head, head, "role", role=core)  # "the French general leading the mission": named before or after
    if re.match(r"the\s", head, re.I) and is_title(core):
        return SpeakerMention(head, head, "role", role=core.lower())  # "The President", "the Prime Minister": named earlier
    demonstrative = re.match(r"(?:this|that)\s+(?P<title>.+)$", head, re.I)
    if demonstrative and demonstrative.group("title")[0].isupper() and is_title(demonstrative.group("title")):
        return SpeakerMention(head, head, "role", role=demonstrative.group("title").lower())  # "This President": named earlier
    # A lower-case role before a name, which may hold particles: "Rotterdam mayor Anna de Vries", "race director Jan van der Berg".
    trailing = re.search(r"^(?P<role>.*\b[a-z][\w-]*)\s+(?P<name>[A-Z][\w.'\u2019-]*(?:\s+(?:(?:" + _PARTICLES + r")\s+)*"
                         r"[A-Z][\w.'\u2019-]*){1,3})$", core)
    if trailing and re.search(r"[A-Z][\w.'\u2019-]*\s+(?:of|at|from)\s", trailing.group("role")):
        trailing = None  # "pollster Ann Roe of the Vienna firm Civis Data": the person comes first, then where
    if trailing and trailing.group("role").split()[-1].lower() in ORGANIZATION_DESCRIPTORS:
        trailing = None  # "the Vienna firm Civis Data": a described organisation, not a person
    if trailing and re.search(r"\b(?:of|for|and|on|" + _PARTICLES + r")$", trailing.group("role")):
        trailing = None  # "Secretary of State Anne Rowe": the title goes on after "of" (split below)
    one_name = re.fullmatch(r"(?P<role>(?:[A-Za-z][\w-]*\s+){0,3}(?P<noun>[a-z]+))\s+(?P<name>[A-Z][\w.'\u2019&-]+(?:\s+[a-z][\w-]+)?)", core)
    if one_name and one_name.group("noun") in _BODY_OR_PERSON_NOUNS and classify_name(one_name.group("name")) != "person":
        # "Maltese grid operator Nordlink", "water provider Aquana": one word and no person's name after a noun
        # that names companies as well as people (a person is named in full after a role).
        return SpeakerMention(head, one_name.group("name"), "organization")
    if trailing and classify_name(trailing.group("name")) == "person":
        role, name = trailing.group("role"), trailing.group("name").split()
        while len(name) > 2 and is_title(name[0]):
            role, name = role + " " + name[0], name[1:]  # "spokesman Lt. Col. Ray Dunn": the ranks are role
        return SpeakerMention(head, " ".join(name), "named", role=role)
    described = _DESCRIBED_ORGANIZATION.match(core)
    if described and described.group("noun") in ORGANIZATION_DESCRIPTORS:
        return SpeakerMention(head, described.group("name"), "organization")  # "the analytics firm SeaLane"
    core_words = re.split(r"\s+(?:who|whom|whose|which|that)\s+", core)[0].split()  # "an official who asked ..."
    last = core_words[-1].lower() if core_words else ""
    # A counted role noun before a post-modifier that ends in a name: "two people
    # involved in talks with the unions in Sweden".
    if len(core_words) > 2 and core_words[-1][0].isupper() and core_words[0].lower() in role_nouns() and (
            core_words[0].lower().endswith(("s", "men", "people", "police")) and not is_title(core_words[0])) and (
            _POST_MODIFIER.match(" " + " ".join(core_words[1:]) )):
        # "Fishermen on the Greek island of Lesbos": a role noun (capitalised at the sentence start), then where.
        where = _AFFILIATION.search(" ".join(core_words))
        affiliation = place_name(where.group("org")) or where.group("org") if where else _affiliation_of(core_words)
        return SpeakerMention(head, head, "anonymous", role=core_words[0].lower(), affiliation=affiliation)
    if core_words and core_words[-1][0].isupper() and (first in _COUNTS or first == "an"):
        noun = _POST_MODIFIER.split(" ".join(core_words), maxsplit=1)[0]
        if noun != " ".join(core_words) and noun.split()[-1].islower() and _head_noun(noun) in role_nouns():
            return SpeakerMention(head, head, "anonymous", role=_head_noun(noun), affiliation=_affiliation_of(core_words))
    # Lower-case head noun: "U.S. officials", "the minister", "the ministry", "a senior official".
    participle = re.match(r"(?:an?|one|another)\s+(?P<noun>(?:[a-z-]+\s+){0,2}?[a-z]+)\s+[a-z]{3,}ing\s", lowered)
    if participle and _head_noun(participle.group("noun")) in role_nouns():
        # "A pensioner waiting next to him", "a teacher waiting at the stop": a role noun and a participle phrase
        return SpeakerMention(head, head, "anonymous", role=_head_noun(participle.group("noun")))
    if core_words and not core_words[-1][0].isupper():
        # A role noun before a post-modifier: "two diplomats familiar with the talks",
        # "officials at the agency", "a person close to the minister".
        noun = _POST_MODIFIER.split(" ".join(core_words), maxsplit=1)[0]
        if noun != " ".join(core_words) and noun and (_head_noun(noun) in role_nouns() or _head_noun(noun).rstrip("s") in role_nouns()):
            if re.match(r"^the\s", lowered) and not noun.endswith("s"):
                return SpeakerMention(head, head, "role", role=noun)
            return SpeakerMention(head, head, "anonymous", role=_head_noun(noun), affiliation=_affiliation_of(core_words))
        singular = last[:-3] + "y" if last.endswith("ies") else last[:-1] if last.endswith("s") else ""
        if singular and singular in ORGANIZATION_NOUNS and singular not in DOCUMENT_NOUNS and not re.match(r"^the\s", lowered):
            return SpeakerMention(head, head, "anonymous", role=last)  # "aid agencies", "two companies": unnamed organisations
        if last in ORGANIZATION_NOUNS and last not in DOCUMENT_NOUNS or (
                re.match(r"^the\s", lowered) and last in organization_words() and last not in role_nouns()):
            return SpeakerMention(head, core, "organization", affiliation=_affiliation_of(core_words[:-1]))
        # "growers", "Many coffee farmers", "some economists": a plural agent noun names a group of people
        agents = bool(re.fullmatch(r"[a-z]{3,}(?:ers|ors|ists|ians)", last)) and len(core_words) <= 4 and last not in ("others", "members")
        if _head_noun(core) in role_nouns() or last in role_nouns() or agents or re.match(r"^(?:one|some|many|two|three|several)\s+of\s+", lowered):
            # case-sensitive: "the WHO chief" has an acronym, not a relative "who"
            definite = bool(re.match(r"^the\s", lowered)) and not re.search(r"\b(?:who|which|that)\b", head)
            plural = last.endswith("s") and last not in ("boss", "press")
            if definite and (not plural or len(core_words) == 1):
                # "the minister", and "the officials" / "the people" (the group quoted earlier)
                return SpeakerMention(head, head, "role", role=core)
            return SpeakerMention(head, head, "anonymous", role=_head_noun(core), affiliation=_affiliation_of(core_words[:-1]))
        return None
    if not capitalised:
        return None
    # A title before a name: "Russian Defense Minister Ivan Petrov".
    offsets, position = [], 0
    for word in core_words:
        offsets.append((word, position, position + len(word)))
        position += len(word) + 1
    part = split_title(offsets)
    if part is not None and classify_name(part.name) in (None, "person"):
        return SpeakerMention(head, part.name, "named", role=part.role, affiliation=part.affiliation or _affiliation_of(part.role.split()))
    if len(core_words) == 2 and is_title(core_words[0]) and classify_name(core_words[1]) != "organization":  # not "General Staff"
        return SpeakerMention(head, core_words[1], "named", role=core_words[0])
    place = place_name(core)
    if place:
        return SpeakerMention(head, place, "organization")
    kind = classify_name(core)
    if kind == "person":
        return SpeakerMention(head, core, "named")
    if kind == "organization" or last in organization_words() or any(is_acronym(w) for w in core_words):
        return SpeakerMention(head, core, "organization")
    # Lower-case words after a capitalised name: "Yonhap news agency".
    if core_words[0][0].isupper() and any(word.lower() in ORGANIZATION_NOUNS | {"news", "agency", "newspaper"} for word in core_words):
        return SpeakerMention(head, core, "organization")
    if 2 <= len(core_words) <= 3 and core == head and core_words[0].lower() in _PARTICLES.split("|") and core_words[-1][0].isupper() and all(
            word.lower() in _PARTICLES.split("|") for word in core_words[:-1]):
        return SpeakerMention(head, core, "named")  # "Van den Berg said": a surname with its particles; linked by the book
    if len(core_words) == 1 and core_words[0][0].isupper() and core_words[0][1:].islower():
        if core_words[0].lower() in NOT_NAMES or core_words[0].lower() in _SENTENCE_ADVERBS:
            return None  # "In", "However", "Thursday": a capitalised sentence start, not a surname
        return SpeakerMention(head, core, "named")  # a surname alone; linked by the book
    if len(core_words) <= 4 and all(word[0].isupper() for word in core_words):
        return SpeakerMention(head, core, "organization")
    return None


#: What an organisation publishes, for "a X survey released in April", "figures published by the ministry".
REPORT_NOUNS = frozenset("survey poll study figures data analysis estimates estimate findings report statistics "
                         "statement release assessment review audit index census".split())
_RELEASED = re.compile(r"^(?P<what>(?:[\w.'\u2019&-]+\s+){0,6}?(?:" + "|".join(sorted(REPORT_NOUNS)) + r"))\s+"
                       r"(?:released|published|issued|compiled|conducted|commissioned|provided|presented|made\s+public)"
                       r"(?:\s+by\s+(?P<by>.+)|\s+(?:in|on|last|this|earlier|late|early|at)\b.*)?$", re.I)
#: A group's own name at the end of its description: "... calling itself X", "... that calls itself X", "... known as X".
_CALLING_ITSELF = re.compile(r"\b(?:calling\s+(?:itself|themselves)|(?:that|which|who)\s+calls?\s+(?:itself|themselves)|known\s+as)\s+"
                             r"(?P<name>[A-Z][\w.'\u2019&-]*(?:\s+(?:[a-z]{1,4}\s+)?[A-Z][\w.'\u2019&-]*){0,5})$")
#: A time phrase that ends a "by" phrase: "by the ministry last year", "by the bank on Monday", "by the agency in 2024".
_TIME_AT_END = re.compile(r"\s+(?:(?:last|this|earlier\s+this|late\s+last|early\s+last)\s+(?:year|week|month|spring|summer|autumn|fall|winter|"
                          r"[A-Z][a-z]+)|(?:in|on|since)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{1,2})?(?:,?\s+\d{4})?)|yesterday|today|earlier|"
                          r"recently)$")
#: "a 2024 study by the Coffee Organization", "an analysis by the central bank": a report and its maker.
_REPORT_BY = re.compile(r"^(?P<what>(?:[\w.'\u2019&-]+\s+){0,4}?(?:" + "|".join(sorted(REPORT_NOUNS)) + r"))\s+"
                        r"(?:(?:released|published|issued|compiled|conducted|commissioned)\s+(?:on\s+|last\s+|this\s+)?[A-Za-z]+\s+)?"
                        r"by\s+(?P<by>.+?)(?:\s+(?:released|published|issued)\b.*)?$", re.I)
#: "a new Gallup poll", "the 2025 World Bank report": the maker's name before the report noun.
_OWNED_REPORT = re.compile(r"^(?:(?:the|a|an|new|latest|recent|\d{4})\s+)+(?P<owner>[A-Z][\w.'\u2019&-]*(?:\s+[A-Z][\w.'\u2019&-]*){0,4})\s+"
                           r"(?:survey|poll|study|analysis|estimates?|assessment|audit|review|index|census|report)$")
_REPORT = re.compile(r"^(?:the|a|an|its|their|his|her|this|new|latest|\s)*(?P<owner>[A-Z][\w.'\u2019&-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w.'\u2019&-]*))*?)"
                     r"\s+(?:[a-z-]+\s+)?(?:" + "|".join(sorted(REPORT_NOUNS)) + r")$")
_DESCRIBED_ORGANIZATION = re.compile(r"^(?:[\w.'\u2019-]+\s+){0,4}?(?P<noun>[a-z]+)\s+"
                                     r"(?P<name>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})$")
_DOCUMENT = re.compile(r"^(?:the|a|an|its|their|his|her|this)\s+(?:(?P<owner>[\w.'\u2019&-]+(?:\s+[\w.'\u2019&-]+){0,3}?)\s+)?"
                       r"(?P<noun>" + "|".join(sorted(DOCUMENT_NOUNS)) + r")"
                       r"(?:\s+(?:of|on|about|from)\s+(?:the|a|an|its|their|this|that)\s+[a-z]+(?:\s+[a-z]+)?)?$", re.I)
# ("a Kremlin readout of the call", "the ministry's statement on the talks": what the document was about is no source)


def _abbreviates(short: str, word: str) -> bool:
    """True when ``short`` ("mont.", "tex", "n.c.") can abbreviate ``word`` ("montana", "texas", "north carolina"):
    its letters in order, starting with the first."""
    letters = short.replace(".", "")
    if not letters or not word or letters[0] != word[0]:
        return False
    rest = iter(word)
    return all(letter in rest for letter in letters)


def role_words(role: str) -> str:
    """A role with abbreviated titles written out: "Col." -> "colonel"."""
    return " ".join(TITLE_NOUNS.get(word.rstrip(".").lower(), word.lower()) for word in role.split())


_MODIFIER_START = frozenset("who whom whose which that".split())


#: Plural roles that mean the body a person with that role belongs to ("the organisers" after "organiser X of Y").
COLLECTIVE_ROLE_NOUNS = frozenset({"organisers", "organizers", "campaigners", "sponsors", "hosts"})
EXPERT_NOUNS = frozenset({"analyst", "expert", "researcher", "scholar", "specialist", "academic", "scientist"})
# ("an epidemiologist at Oxford" is "the scientist", "the researcher": any -ologist or scientist)
_EXPERT_WORDS = re.compile(r"\b(?:analyst|expert|researcher|scholar|specialist|academic|fellow|professor|economist|scientist|"
                           r"[a-z]+ologist|think tank|institute|university)\b")


def _described_head(role: str) -> str:
    """The role noun of a description that goes on after it: "American admiral commanding the group" -> "admiral"
    (the last role noun before a participle or a relative clause); ``""`` when there is none."""
    words = re.findall(r"[a-z][\w-]*", role.lower())
    for end, word in enumerate(words):
        if end and (word in _MODIFIER_START or (word.endswith(("ing", "ed")) and word not in role_nouns())):
            break
    else:
        return ""
    for word in reversed(words[:end]):
        if word in role_nouns() and not word.endswith("s"):
            return word
    return ""


def _affiliation_of(words: list[str]) -> str:
    """The place or organisation words in a role: "Russian Defense Minister" -> "Russia"."""
    for word in words:
        place = place_name(word)
        if place:
            return place
        if is_acronym(word) and not is_title(word):  # "Liberal MP": a title, not an organisation
            return word
    return ""


_GENDERED_PREFIX = r"(?:spokes|chair|congress|council|police|business|anchor|sales|fire|committee|assembly|alder|ombuds|gentle|states|camera)?"
_FEMININE = re.compile(r"^(?:mrs|ms|miss|madam|dame|lady|sister|queen|princess)\b\.?|\b" + _GENDERED_PREFIX
                       + r"wom[ae]n\b|\b(?:actress|duchess|countess|baroness|headmistress|mother|daughter|wife|widow|grandmother)\b", re.I)
_MASCULINE = re.compile(r"^(?:mr|sir|lord|father|king|prince)\b\.?|\b" + _GENDERED_PREFIX
                        + r"m[ae]n\b|\b(?:son|husband|widower|grandfather)\b", re.I)


def gender_of(text: str) -> str:
    """``she``, ``he`` or ``""`` from a title or role ("Mrs", "spokeswoman", "Mr", "chairman").

    >>> gender_of("Mrs"), gender_of("a spokeswoman for the council"), gender_of("Mr."), gender_of("minister")
    ('she', 'she', 'he', '')
    """
    if not text:
        return ""
    if _FEMININE.search(text):
        return "she"
    if _MASCULINE.search(text):
        return "he"
    return ""


#: Field words of a lower-case "foreign ministry" that the ministry's formal name writes otherwise.
_MINISTRY_FIELDS = {"foreign": "Foreign Affairs", "home": "Home Affairs", "internal": "Internal Affairs"}
_INFORMAL_MINISTRY = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['\u2019]s)?\s+(?P<field>[A-Za-z]+)\s+[Mm]inistry")
_FORMAL_MINISTRY = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)(?:['\u2019]s)?\s+Ministry\s+of\s+(?P<field>[A-Z][a-z]+(?:\s+Affairs)?)")


def ministry_forms(name: str) -> list[str]:
    """Other names of a country's ministry written as ``name``: annotators and later text write
    "Chile's foreign ministry" as "Chilean Ministry of Foreign Affairs" and "Kenya's Ministry of
    Defence" as "Kenyan Defence Ministry"; ``[]`` when ``name`` is not a country's ministry.

    >>> ministry_forms("Peru's foreign ministry")
    ['Peruvian Ministry of Foreign Affairs', 'Peruvian Foreign Ministry']
    """
    informal = _INFORMAL_MINISTRY.fullmatch(name.strip())
    formal = None if informal else _FORMAL_MINISTRY.fullmatch(name.strip())
    match = informal or formal
    if match is None:
        return []
    owner = place_name(match.group("owner"))
    adjective = country_adjective(owner) if owner else ""
    if not adjective:
        return []
    if informal:
        field_word = informal.group("field")
        if field_word[0].isupper() and place_name(field_word):
            return []  # "Norway Ministry" is no field
        field = _MINISTRY_FIELDS.get(field_word.lower(), field_word.capitalize())
        short = field_word.capitalize()
    else:
        field = formal.group("field")
        short = next((key.capitalize() for key, value in _MINISTRY_FIELDS.items() if value == field), field)
    return [f"{adjective} Ministry of {field}", f"{adjective} {short} Ministry"]


_ROLE_OFFICE = re.compile(r"(?:the\s+)?(?P<role>[a-z][a-z -]*?)['\u2019]s\s+office")
_COUNTRY_OWNS = re.compile(r"(?:the\s+)?(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['\u2019]s\s+(?P<body>[A-Za-z][\w.'\u2019 -]*)")


def possessive_country_forms(name: str) -> list[str]:
    """A country's body written with the possessive is also written with the adjective, the form annotators and
    later text use: "Norway's Armed Forces" is the "Norwegian Armed Forces"; ``[]`` for other names.

    >>> possessive_country_forms("Peru's Coast Guard"), possessive_country_forms("Ann Roe's office")
    (['Peruvian Coast Guard'], [])
    """
    match = _COUNTRY_OWNS.fullmatch(name.strip())
    if match is None:
        return []
    owner = place_name(match.group("owner"))
    adjective = country_adjective(owner) if owner else ""
    return [f"{adjective} {match.group('body')}"] if adjective else []


def government_forms(name: str) -> list[str]:
    """A country, or its capital, speaking is its government: "Vietnam" and "Hanoi" are also the "Vietnamese government".

    >>> government_forms("Hanoi"), government_forms("Uruguay"), government_forms("the Andes")
    (['Vietnamese government'], ['Uruguayan government'], [])
    """
    country = country_of_seat(re.sub(r"^the\s+", "", name.strip()))
    adjective = country_adjective(country) if country else ""
    return [f"{adjective} government"] if adjective else []


_SHORT_DEPARTMENT = re.compile(r"(?:the\s+)?(?P<country>U\.S\.\s+)?(?P<field>[A-Z][a-z]+(?:\s+Security)?)\s+Department")
_LONG_DEPARTMENT = re.compile(r"(?:the\s+)?(?P<country>U\.S\.\s+)?Department\s+of\s+(?:the\s+)?(?P<field>[A-Z][a-z]+(?:\s+Security)?)")


def department_forms(name: str) -> list[str]:
    """Other names of a government department: "the State Department" is also the "Department of State"
    (and the reverse), the form annotators and official texts use; ``[]`` for other names.

    >>> department_forms("the Energy Department"), department_forms("the U.S. Department of Labor")
    (['Department of Energy'], ['Labor Department'])
    """
    short = _SHORT_DEPARTMENT.fullmatch(name.strip())
    if short and short.group("field").lower() not in NOT_NAMES and not place_name(short.group("field")):
        return [f"Department of {short.group('field')}"]
    long = _LONG_DEPARTMENT.fullmatch(name.strip())
    if long:
        return [f"{long.group('field')} Department"]
    return []


@functools.lru_cache(maxsize=1)
def role_equivalents() -> dict[str, tuple[str, ...]]:
    """Role noun -> the other nouns for the same post (``data/lexicons/role_equivalents.txt``)."""
    table: dict[str, tuple[str, ...]] = {}
    for line in read_word_list("role_equivalents.txt"):
        group = [word.strip().lower() for word in line.split("=") if word.strip()]
        for word in group:
            table[word] = tuple(dict.fromkeys(table.get(word, ()) + tuple(other for other in group if other != word)))
    return table


@functools.lru_cache(maxsize=1)
def body_roles() -> dict[str, tuple[str, ...]]:
    """Body noun ("club") -> the roles held in one (``data/lexicons/body_roles.txt``)."""
    table = {}
    for line in read_word_list("body_roles.txt"):
        noun, _, roles = line.partition(":")
        table[noun.strip().lower()] = tuple(role.strip().lower() for role in roles.split(",") if role.strip())
    return table


_BODY_BEFORE_ROLE = re.compile(r"^(?P<body>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,3})\s+(?P<role>[a-z][a-z -]*)$")


#: The verb of "X, who commanded/led/heads ...," and the role noun a later "the commander" uses for X.
_AGENT_NOUNS = {}
for _nouns, _verbs in (("commander", "command commands commanded commanding"), ("leader", "lead leads led leading"),
                       ("head", "head heads headed heading"), ("chair chairman chairwoman", "chair chairs chaired chairing"),
                       ("director", "direct directs directed directing"), ("manager", "manage manages managed managing"),
                       ("coach", "coach coaches coached coaching"), ("founder", "found founded"),
                       ("organiser organizer", "organise organises organised organize organizes organized"),
                       ("owner", "own owns owned"), ("captain", "captain captains captained")):
    for _verb in _verbs.split():
        _AGENT_NOUNS[_verb] = _nouns
_WHO_DID = re.compile(r",\s+who\s+(?:also\s+|now\s+|then\s+|currently\s+|has\s+|had\s+)?([a-z]+)\b")


#: A minister's role: "Congo's health minister", "Kenyan Health Minister", "Minister of Health" is left to the book's aliases.
_MINISTER_ROLE = re.compile(r"(?:(?P<owner>[A-Z][\w.]*(?:\s+[A-Z][\w.]*)?)['\u2019]s\s+|(?P<adjective>[A-Z][a-z]+)\s+)?"
                            r"(?P<field>[A-Za-z]+)\s+[Mm]inister$")


class SpeakerBook:
    """Unifies speaker mentions into speakers, in reading order.

    Full names, surnames and aliases of a person give one speaker; pronouns go
    to the latest fitting speaker ("he" skips a speaker known to be "she": from
    Mr/Mrs/Ms, a role such as "spokeswoman", or an earlier "she said"); "the
    minister" to the latest speaker whose role has that noun. ``known_people``
    maps surnames to full names and roles found by the entity finder (so that
    "Smith said" can be "Anna Smith"); ``known_genders`` maps surnames to
    "he"/"she" (from "Mr Smith", "Mrs Smith" anywhere in the text).

    Lookups are index-based (dicts keyed by speaker key and by alias), so a
    long text stays linear.
    """

    def __init__(self, known_people: dict[str, tuple[str, list[str]]] | None = None, author: str | None = None,
                 known_organizations: dict[str, str] | None = None, known_genders: dict[str, str] | None = None):
        self.known_organizations = known_organizations or {}
        self.speakers: list[Speaker] = []
        self._recent: dict[int, Speaker] = {}  # id -> speaker, least recently used first
        self._position: dict[int, int] = {}  # id -> position in self.speakers
        self._by_key: dict[str, list[Speaker]] = {}
        self._by_alias: dict[str, list[Speaker]] = {}
        self._gender: dict[int, str] = {}
        self.known_people = known_people or {}
        self.known_genders = known_genders or {}
        self.author_key = author.split()[-1].lower() if author and author.split() else None
        self._clock = 0
        self._seen: dict[int, int] = {}  # id -> when the speaker was last mentioned
        self._organizations: dict[str, tuple[int, str]] = {}  # organisation named in the text -> (when, noun before it)
        self._documents: dict[str, Speaker] = {}  # "statement" -> who last spoke "in a statement"
        self.office_places: dict[str, set[str]] = {}  # "governor" -> {"Ohio"} from "the governor of Ohio"
        self.document_makers: dict[str, SpeakerMention] = {}  # "report" -> its maker, from "the report, "Title," by X"
        self._subject_organization: tuple[int, str] = (0, "")  # the latest organisation that began a sentence
        self._last_speaker: Speaker | None = None  # the speaker of the latest quote
        self._latest_organization = ""  # the organisation named last in the text
        self._owned_organizations: dict[str, str] = {}  # "ministry of foreign affairs" -> "Serbia's Ministry of Foreign Affairs"
        self._descriptions: dict[int, str] = {}  # id -> what the text said of a person (titles, "a Montana Republican")
        self._agent_nouns: dict[int, str] = {}  # id -> "commander" from "X, who commanded the relief convoy,"
        self._reported_by: dict[int, Speaker] = {}  # id -> the speaker whose reported words named this person
        self._collectives: dict[str, Speaker] = {}  # "alliance" -> the speaker "an alliance of 14 labs", until it is named
        self.renamed: dict[str, str] = {}  # a speaker's first name -> the name it was given later ("an alliance of 14 labs" -> its name)

    @property
    def recent(self) -> list[Speaker]:
        """Speakers from least to most recently mentioned."""
        return list(self._recent.values())

    def _key(self, name: str, type_: str) -> str:
        return _speaker_key(name, type_)

    def _index(self, speaker: Speaker) -> None:
        entries = self._by_key.setdefault(self._key(speaker.name, speaker.type), [])
        if speaker not in entries:
            entries.append(speaker)
            entries.sort(key=lambda item: self._position[id(item)])

    def find(self, name: str, type_: str) -> Speaker | None:
        """The first speaker (in order of first mention) with the same key, or a named speaker with ``name`` as alias."""
        key = self._key(name, type_)
        best = None
        for speaker in self._by_key.get(key, ()):
            if self._key(speaker.name, speaker.type) == key:
                best = speaker
                break
        if type_ == "named":
            for speaker in self._by_alias.get(name, ()):
                if speaker.type == "named" and (best is None or self._position[id(speaker)] < self._position[id(best)]):
                    best = speaker
                    break
        return best

    def is_author(self, mention: SpeakerMention) -> bool:
        return bool(self.author_key and mention.type == "named" and mention.name.split()[-1].lower() == self.author_key)

    def gender(self, speaker: Speaker) -> str:
        """``he``, ``she`` or ``""`` (unknown) for a speaker."""
        known = self._gender.get(id(speaker))
        if known is None:
            known = gender_of(speaker.role)
            if not known and speaker.type == "named":
                known = self.known_genders.get(surname(speaker.name), "")
            if known:
                self._gender[id(speaker)] = known
        return known or ""

    def _note_gender(self, speaker: Speaker, text: str) -> None:
        found = gender_of(text) if text not in ("he", "she") else text
        if found and id(speaker) not in self._gender:
            self._gender[id(speaker)] = found

    def resolve(self, mention: SpeakerMention | None, exclude: Speaker | None = None) -> Speaker | None:
        """The earlier speaker a pronoun or role noun refers to (``None`` when unknown)."""
        if mention is None:
            return None
        if mention.type == "pronoun":
            wanted = "person" if mention.name == "person" else PRONOUNS.get(mention.name)  # "person": "the 62-year-old"
            pronoun = {"him": "he", "her": "she"}.get(mention.name, mention.name)
            for speaker in reversed(self._recent.values()):
                if speaker is exclude or speaker.name == "unnamed reporter":
                    continue  # a transcript's "Q" turns: the press officer's "he" is never the reporter asking
                if wanted == "person" and speaker.type in ("named", "anonymous") and not (
                        speaker.type == "anonymous" and speaker.name.lower().endswith("s")) and " and " not in speaker.name:
                    known = self.gender(speaker)
                    if known and pronoun in ("he", "she") and known != pronoun:
                        continue  # "he" is not the woman quoted last
                    reporter = self._reported_by.get(id(speaker))
                    if not known and pronoun in ("he", "she") and reporter is not None and reporter is not exclude and (
                            self.gender(reporter) == pronoun):
                        # 'She said she had raised it with X. "He understands," she said.': the reporter, not the
                        # person of unknown sex named in her words.
                        return reporter
                    return speaker
                if wanted == "organization" and speaker.type == "organization":
                    if self._subject_organization[0] > self._seen.get(id(speaker), 0):
                        break  # an organisation named later, as a subject, is nearer: "X proposed ... It said"
                    return speaker
                if wanted == "group" and (speaker.type == "organization" or speaker.name.lower().endswith("s")):
                    return speaker
            if wanted == "organization" and self._body_named_as_person(exclude):
                return self._last_speaker  # "Naftogaz said ... It added that ...": a one-word name that is no person's
            if wanted == "organization" and self._subject_organization[1]:
                return self._remember(SpeakerMention(self._subject_organization[1], self._subject_organization[1], "organization"))
            return None
        if mention.type == "document":
            found = self._documents.get(mention.role)
            if found is None and mention.role in self.document_makers:
                return self._remember(self.document_makers[mention.role])  # "The report says": its maker, named with it
            return found
        if mention.type == "role":
            political = self._political_reference(mention.role, exclude)
            if political is not None:
                return political
            noun = _head_noun(mention.role or mention.name)
            described = _described_head(mention.role or mention.name)
            if described and described != noun:
                return self._described_reference(described, exclude)
            plural = noun.endswith("s") or noun in ("people", "police", "men", "women")
            title = role_words(mention.role)
            if " " in title and not plural:  # "the prime minister": a speaker with that whole title first
                for speaker in reversed(self._recent.values()):
                    if speaker is not exclude and speaker.type == "named" and title in role_words(speaker.role):
                        return speaker
            for speaker in reversed(self._recent.values()):
                if speaker is exclude or (plural and speaker.type == "named"):
                    continue  # "the officials" are not one named person
                if noun and re.search(r"\b" + re.escape(noun) + r"\b", role_words(speaker.role) + " | " + speaker.name.lower()
                                      + " | " + self._agent_nouns.get(id(speaker), "")):
                    return speaker  # whole words: "the group" is not "aid groups"; "who commanded ...": "the commander"
            equivalents = role_equivalents().get(title if title in role_equivalents() else noun, ()) if not plural else ()
            if equivalents:
                # "the coach" for the club's "manager", "the envoy" for the ambassador: the latest named holder of an equivalent post.
                pattern = re.compile(r"\b(?:" + "|".join(re.escape(word) for word in equivalents) + r")\b")
                for speaker in reversed(self._recent.values()):
                    if speaker is not exclude and speaker.type == "named" and " and " not in speaker.name and pattern.search(
                            role_words(speaker.role)):
                        return speaker
            if plural and noun in COLLECTIVE_ROLE_NOUNS and title == noun:
                # "the organisers said" after "organiser Ann Roe of the No Bases Committee": that body
                single = re.compile(r"\b" + re.escape(noun[:-1]) + r"\b")
                bodies = {speaker.affiliation for speaker in self._recent.values() if speaker is not exclude
                          and speaker.type == "named" and single.search(role_words(speaker.role))}
                if len(bodies) == 1 and next(iter(bodies)):
                    body = next(iter(bodies))
                    return self.find(body, "organization") or self._remember(SpeakerMention(body, body, "organization"))
            if plural:
                return None
            if noun in EXPERT_NOUNS:  # "the analyst": the one expert quoted, whatever the word ("a senior fellow at a think tank")
                fitting = [speaker for speaker in self._recent.values() if speaker is not exclude and speaker.type == "named"
                           and " and " not in speaker.name and _EXPERT_WORDS.search(self._description(speaker))]
                if len(fitting) == 1:
                    return fitting[0]
            for surname, (full, roles) in self.known_people.items():
                if noun and any(noun in role.lower() for role in roles):
                    return self._remember(SpeakerMention(full, full, "named", role=roles[0]))
            return None
        return self.find(mention.name, mention.type)

    def _description(self, speaker: Speaker) -> str:
        return " ".join((role_words(speaker.role), speaker.affiliation.lower(), self._descriptions.get(id(speaker), "")))

    def _described_reference(self, noun: str, exclude: Speaker | None) -> Speaker | None:
        """ "The American admiral commanding the group said": the one person (quoted or named in the
        article, before or after) whose title is that rank or role; ``None`` unless exactly one fits."""
        pattern = re.compile(r"\b" + re.escape(noun) + r"\b")
        fitting = [speaker for speaker in reversed(self._recent.values()) if speaker is not exclude
                   and speaker.type == "named" and " and " not in speaker.name and pattern.search(role_words(speaker.role))]
        if len(fitting) == 1:
            return fitting[0]
        if fitting:
            return None
        known = {full: roles for full, roles in self.known_people.values() if any(pattern.search(role_words(role)) for role in roles)}
        if len(known) == 1:
            full, roles = next(iter(known.items()))
            return self._remember(SpeakerMention(full, full, "named", role=roles[0]))
        return None

    def _political_reference(self, role: str, exclude: Speaker | None) -> Speaker | None:
        """The person a political back-reference means: "the Montana Republican" (from "R-Mont.",
        "a Republican from Montana", "Montana Republican X"), "the MEP", "the lawmaker", "the congresswoman";
        the latest named person whose description fits. ``None`` when the role is not one of these or none fits."""
        words = role.lower().split()
        if not words or not (words[-1] in PARTY_MEMBER_NOUNS or (len(words) == 1 and words[0] in LEGISLATOR_FORMS)):
            return None
        noun, qualifiers = words[-1], words[:-1]
        for speaker in reversed(self._recent.values()):
            if speaker is exclude or speaker.type != "named" or " and " in speaker.name:
                continue
            text = " " + re.sub(r"[^\w.\s-]", " ", self._description(speaker)) + " "
            if noun in PARTY_MEMBER_NOUNS:
                letter = noun[0]
                short = re.findall(r"\b" + letter + r"-([a-z.]+)", text)  # "R-Mont.", "D-Texas"
                if not re.search(r"\b" + noun + r"s?\b", text) and not short:
                    continue
                if all(re.search(r"\b" + re.escape(word) + r"\b", text) or any(_abbreviates(place, word) for place in short)
                       for word in qualifiers):
                    return speaker
                continue
            if any(re.search(r"\b" + re.escape(form) + r"\b", text) for form in LEGISLATOR_FORMS[noun]):
                wanted = gender_of(noun)
                if wanted and self.gender(speaker) and self.gender(speaker) != wanted:
                    continue  # "the congresswoman" is not the congressman quoted last
                return speaker
        return None

    def add(self, mention: SpeakerMention | None, exclude: Speaker | None = None) -> Speaker | None:
        """The speaker for a mention (created when new); ``None`` for an unresolved pronoun or the byline's author."""
        speaker = self._add(mention, exclude)
        if speaker is not None:
            self._last_speaker = speaker
        return speaker

    def _add(self, mention: SpeakerMention | None, exclude: Speaker | None = None) -> Speaker | None:
        if mention is not None and mention.type in ("anonymous", "role") and re.fullmatch(
                r"(?:both|the\s+two)\s+(?:[a-z]+\s+)?[a-z]+s", mention.written.strip(), re.I) and (
                mention.written.split()[-1].lower() in role_nouns()):  # "both leaders", not "both parties"
            # "Both leaders agreed ...", "the two ministers said": the two people named just before.
            people = [speaker for speaker in reversed(self._recent.values()) if speaker.type == "named" and " and " not in speaker.name][:2]
            if len(people) == 2:
                names = " and ".join(speaker.name for speaker in reversed(people))
                return self._remember(SpeakerMention(mention.written, names, "named", role=mention.role))
        if mention is not None and mention.type == "anonymous" and re.fullmatch(r"(?i)one\s+of\s+(?:them|those)", mention.written.strip()):
            # "Two diplomats ... said ... One of them said": one of that group, so a later "the diplomat" is this source.
            for speaker in list(reversed(self._recent.values()))[:3]:
                group = re.match(r"(?:(?P<count>two|three|four|five|six|several|\d+)\s+)?(?:[a-z-]+\s+)?(?P<noun>[a-z]+s)\b", speaker.name.lower())
                if speaker.type == "anonymous" and group and group.group("noun")[:-1] in role_nouns() | {"official", "diplomat"}:
                    head = ((group.group("count") + " ") if group.group("count") else "") + group.group("noun")
                    return self._remember(SpeakerMention(mention.written, "one of the " + head, "anonymous", role=group.group("noun")[:-1]))
        if mention is None or self.is_author(mention):
            return None
        if mention.type == "organization":
            reference = re.fullmatch(r"(?i:the)\s+(?:[a-z]+\s+)?([A-Za-z][a-z]+)", mention.written.split(", ")[0])  # not "the WHO"
            earlier = self._organization_for(reference.group(1).lower()) if reference else None
            latest = self._last_speaker
            institution = bool(reference) and reference.group(1).lower() in INSTITUTION_NOUNS

            def is_media(name: str) -> bool:
                return bool(MEDIA_NAME_WORDS & set(re.findall(r"[a-z]+", name.lower())))

            if earlier is None and reference and reference.group(1).lower() == "ministry" and latest is not None and (
                    latest.type == "named"):
                earlier = self._ministry_of(latest, mention.written)  # "Health Minister X said ... The ministry said"
            company = bool(reference) and reference.group(1).lower() in COMPANY_NOUNS and latest is not None and not place_name(latest.name)
            if earlier is None and (institution or company) and latest is not None and latest.type == "organization" and (
                    latest.name.lower() != mention.name.lower()) and not is_media(latest.name):
                earlier = latest  # "U.S. Army Europe said ... The command said": the organisation just quoted
            if earlier is None and institution and self._latest_organization:
                name = self._latest_organization
                if not is_media(name):
                    # "Lt. X, a spokesman for U.S. Naval Forces Europe, said ... The command said": the organisation named last
                    earlier = self._remember(SpeakerMention(name, name, "organization"))
            if earlier is None and reference and (reference.group(1).lower() in COMPANY_NOUNS | ORGANIZATION_DESCRIPTORS) and (
                    self._body_named_as_person(None)):
                earlier = self._last_speaker  # "Rheinmetall said ... The company said": the one-word name just quoted
            if earlier is None and reference and reference.group(1).lower() in body_roles() and not re.match(
                    r"(?i:the)\s+[a-z]+\s", mention.written):
                earlier = self._body_of_role(reference.group(1).lower())
            if earlier is not None:  # "the company said": the company named earlier
                self._note_alias(earlier, mention.written)
                self._touch(earlier)
                return earlier
        if mention.type in ("pronoun", "role", "document"):
            speaker = self.resolve(mention, exclude)
            noun = mention.role.lower()
            if speaker is None and mention.type == "role" and noun in ORGANIZATION_DESCRIPTORS:
                speaker = self._organization_for(noun)  # "the group said": the group named earlier ("aid group X")
            if speaker is None and mention.type in ("role", "document"):
                mention = SpeakerMention(mention.written, mention.name, "anonymous", role=mention.role)
                return self._remember(mention)
            if speaker is not None:
                self._note_alias(speaker, mention.written)
                if mention.type == "pronoun":
                    self._note_gender(speaker, {"him": "he", "her": "she"}.get(mention.name, mention.name))
                self._touch(speaker)
            return speaker
        return self._remember(mention)

    def _body_named_as_person(self, exclude: Speaker | None) -> bool:
        """True (and the speaker made an organisation) when the speaker just quoted is a one-word name that
        no person in the text carries ("Naftogaz said"): a person is named in full before the surname alone."""
        latest = self._last_speaker
        if latest is None or latest is exclude or latest.type != "named" or " " in latest.name.strip() or "-" in latest.name:
            return False
        if surname(latest.name) in self.known_people or self.gender(latest) or latest.role:
            return False
        latest.type = "organization"
        self._index(latest)
        self._organizations.setdefault(latest.name, (self._clock, ""))  # a later "Naftogaz said" is this organisation
        return True

    def _ministry_of(self, person: Speaker, written: str) -> Speaker | None:
        """ "Congo's health minister, X, said ... The ministry said": the ministry of the minister just quoted
        ("Congo's health ministry"); ``None`` when the person is no minister or "the ministry" names another field."""
        held = _MINISTER_ROLE.search(person.role)
        if held is None:
            return None
        field = held.group("field").lower()
        wanted = re.fullmatch(r"(?i:the)\s+(?:(?P<field>[a-z]+)\s+)?ministry", written.strip())
        if wanted is None or (wanted.group("field") and wanted.group("field") != field):
            return None
        owner = held.group("owner") or (person.affiliation if place_name(person.affiliation or "") else "")
        if not owner:
            adjective = held.group("adjective")
            owner = place_name(adjective) if adjective and place_name(adjective) else ""
        name = f"{owner}'s {field} ministry" if owner else f"{field} ministry"
        return self.find(name, "organization") or self._remember(SpeakerMention(name, name, "organization"))

    def _body_of_role(self, noun: str) -> Speaker | None:
        """ "Northgate Athletic manager Ann Roe ... the club said": the body written before the role of the
        latest named speaker who holds a role of that body (``data/lexicons/body_roles.txt``)."""
        roles = body_roles().get(noun, ())
        for speaker in reversed(self._recent.values()):
            if speaker.type != "named":
                continue
            held = _BODY_BEFORE_ROLE.match(speaker.role.strip())
            if held and held.group("role").strip() in roles and not place_name(held.group("body")) and not is_title(held.group("body")) and (
                    held.group("body").split()[0].lower() not in NOT_NAMES):  # "Its spokesperson": no body named
                body = held.group("body")
                return self.find(body, "organization") or self._remember(SpeakerMention(body, body, "organization"))
        return None

    def _remember(self, mention: SpeakerMention) -> Speaker:
        if mention.type == "organization" and " " not in mention.name and "-" in mention.name and (
                surname(mention.name) in self.known_people):
            mention = dataclasses.replace(mention, type="named")  # "Osei-Lang told VOA": a double surname named earlier
        name = mention.name
        role = mention.role
        if mention.type == "named":
            known = self.known_people.get(surname(name))
            if known is None and len(name.split()) == 1:
                # "Li said" after "Li Wen": a family name written first; one known person starts with it.
                starting = [entry for entry in self.known_people.values() if entry[0].split()[0] == name and len(entry[0].split()) == 2]
                if len(starting) == 1:
                    known = starting[0]
            if known and (len(name.split()) == 1 or known[0].split()[0] == name.split()[0]):
                if len(known[0]) > len(name):
                    name = known[0]
                if not role and known[1]:
                    role = known[1][0]
        if mention.type == "named" and len(name.split()) == 1 and name in self._organizations:
            mention = dataclasses.replace(mention, type="organization")  # "Gazprom said": named as an organisation
        if mention.type == "organization" and name in self.known_organizations:
            name = self.known_organizations[name]  # "KCNA" -> "Korean Central News Agency"
        if mention.type == "organization" and name.lower() in self._owned_organizations:
            name = self._owned_organizations[name.lower()]  # "the Ministry of Foreign Affairs" after "Serbia's Ministry of ..."
        elif mention.type == "organization" and _ROLE_OFFICE.fullmatch(name):
            # "the prime minister's office" after "Chilean Prime Minister X": the office of that country's prime minister
            role = _ROLE_OFFICE.fullmatch(name).group("role").lower()
            prefixes = {known_role[: -len(role)].strip() for _, roles in self.known_people.values() for known_role in roles
                        if known_role.lower().endswith(" " + role) and known_role[: -len(role)].strip()[:1].isupper()}
            if not prefixes:
                prefixes = self.office_places.get(role, set())  # "the governor of Ohio" earlier: "Ohio governor's office"
            if len(prefixes) == 1:
                name = f"{next(iter(prefixes))} {role}'s office"
        elif mention.type == "organization" and re.fullmatch(r"[A-Z][a-z]+", name):
            # "the Council said" after the "Southern Fisheries Council" was named: the one fuller name ending in that word
            fuller = {known for known in self._organizations
                      if known.endswith(" " + name) and re.fullmatch(r"(?:[A-Z][\w.'\u2019-]*\s+){1,4}" + name, known)}
            if len(fuller) == 1:
                name = fuller.pop()
        speaker = self.find(name, mention.type)
        if speaker is None:
            speaker = Speaker(name=name, type=mention.type, role=role, affiliation=mention.affiliation)
            self._position[id(speaker)] = len(self.speakers)
            self.speakers.append(speaker)
            if mention.type == "organization":
                collective = _COLLECTIVE_OF.match(name)
                if collective:
                    self._collectives[collective.group("noun").lower()] = speaker
                for form in ministry_forms(name) + department_forms(name) + possessive_country_forms(name) + government_forms(name):  # "Peru's foreign ministry" is also the "Peruvian Ministry of Foreign Affairs"
                    self._note_alias(speaker, form)
        else:
            if len(name) > len(speaker.name) and mention.type == "named":
                self._note_alias(speaker, speaker.name)
                speaker.name = name
            speaker.role = speaker.role or role
            speaker.affiliation = speaker.affiliation or mention.affiliation
        self._index(speaker)
        if mention.type == "named" and mention.written != mention.name:
            known = self._descriptions.get(id(speaker), "")
            if mention.written.lower() not in known:
                self._descriptions[id(speaker)] = known + " | " + role_words(mention.written)
        self._note_alias(speaker, mention.name if mention.type == "named" else mention.written)
        self._note_gender(speaker, mention.written)
        self._touch(speaker)
        return speaker

    def _note_alias(self, speaker: Speaker, written: str) -> None:
        if written and written != speaker.name and written not in speaker.aliases:
            speaker.aliases.append(written)
            entries = self._by_alias.setdefault(written, [])
            entries.append(speaker)
            entries.sort(key=lambda item: self._position[id(item)])

    def _touch(self, speaker: Speaker) -> None:
        self._recent.pop(id(speaker), None)
        self._recent[id(speaker)] = speaker
        self._clock += 1
        self._seen[id(speaker)] = self._clock

    def note_relative(self, speaker: Speaker, text: str) -> None:
        """ "X, who commanded the relief convoy, said": a later "the commander" is X (the agent noun of the
        relative clause's verb; ``text`` is what was written between the speaker and the cue)."""
        if speaker.type != "named":
            return
        for verb in _WHO_DID.findall(text):
            noun = _AGENT_NOUNS.get(verb.lower())
            if noun:
                self._agent_nouns[id(speaker)] = self._agent_nouns.get(id(speaker), "") + " " + noun

    def mention_again(self, speaker: Speaker) -> None:
        """Make ``speaker`` the latest one mentioned (for the pronouns that follow)."""
        self._touch(speaker)

    def note_organization(self, name: str, noun_before: str = "", subject: bool = False) -> None:
        """Note an organisation named in the text (``noun_before``: "company" in "energy company X")
        as a candidate for a later "the company said", and, when it is the subject of its sentence,
        for a later "it said"; adds no speaker."""
        self._clock += 1
        if subject:
            self._subject_organization = (self._clock, name)
        previous = self._organizations.get(name, (0, ""))[1]
        noun_before = noun_before.lower()
        if noun_before not in ORGANIZATION_DESCRIPTORS and noun_before not in ORGANIZATION_NOUNS:
            noun_before = ""  # "shares in X", "told X": not a description of X
        self._organizations[name] = (self._clock, noun_before or previous)
        unnamed = self._collectives.pop(name.split()[-1].lower(), None) if name.split() and name[0].isupper() else None
        if unnamed is not None:
            # "An alliance of 14 labs announced ... The Nordic Battery Alliance, formed in 2020, ...": its name
            first = unnamed.name
            self.renamed[first] = name
            unnamed.name = name
            self._note_alias(unnamed, first)
            self._index(unnamed)
        owner = re.match(r"[A-Z][\w. ]*['\u2019]s (?=[A-Z])", name)
        if owner:
            self._owned_organizations[name[owner.end():].lower()] = name
        self._latest_organization = name

    def note_document(self, noun: str, speaker: Speaker) -> None:
        """``speaker`` spoke in a document ("said in a statement"): a later "the statement said" is theirs."""
        self._documents[noun.lower()] = speaker

    def _organization_for(self, noun: str) -> Speaker | None:
        """The organisation a definite "the company", "the ministry", "the union" refers to: the latest
        one named with that noun in its name, or written after that noun ("shipbuilder X" for "the company")."""
        def fits(name: str, noun_before: str) -> bool:
            words = re.findall(r"[a-z]+", name.lower())
            if noun == "agency" and noun_before != "agency" and not set(words) & _WIRE_NAME_WORDS:
                # "the agency" is a news agency only for a wire service; after a newspaper it is a public agency
                return noun in words
            if noun in MEDIA_NOUNS and (noun_before in MEDIA_NOUNS or any(word in MEDIA_NAME_WORDS for word in words)):
                return True  # "the newspaper", "the news agency": the outlet named earlier
            if noun in ("group", "organization", "organisation") and words[-1:] and words[-1] in ASSOCIATION_NAME_ENDINGS:
                return True  # "the Global Reef Alliance ... the group said"
            return noun in words or noun == noun_before or (noun in COMPANY_NOUNS and (
                noun_before in COMPANY_NOUNS or words[-1:] and words[-1] in COMPANY_NAME_ENDINGS))

        best, best_time = None, 0
        for speaker in self._recent.values():
            if speaker.type == "organization" and self._seen.get(id(speaker), 0) > best_time and fits(
                    speaker.name, self._organizations.get(speaker.name, (0, ""))[1]):
                best, best_time = speaker, self._seen[id(speaker)]
        for name, (when, noun_before) in self._organizations.items():
            if when > best_time and fits(name, noun_before):
                best, best_time = name, when
        if isinstance(best, str):
            return self._remember(SpeakerMention(best, best, "organization"))
        return best

    def note_person(self, name: str, role: str = "", reported_by: Speaker | None = None) -> None:
        """Note a person named in the text (not yet speaking) as a candidate for a later pronoun.
        Speakers without quotes are dropped from the findings, so this adds no speaker. ``reported_by``:
        the speaker in whose reported words the person is named ("She said she had raised it with X")."""
        speaker = self.find(name, "named")
        if speaker is None:
            speaker = Speaker(name=name, type="named", role=role)
            self._position[id(speaker)] = len(self.speakers)
            self.speakers.append(speaker)
            self._index(speaker)
        if reported_by is not None and reported_by is not speaker:
            self._reported_by[id(speaker)] = reported_by
        else:
            self._reported_by.pop(id(speaker), None)
        self._touch(speaker)


@functools.lru_cache(maxsize=1)
def affiliation_rules() -> list[tuple[str, list[str]]]:
    """The groups of ``data/lexicons/affiliation_groups.txt`` with their words, in order."""
    rules = []
    for line in read_word_list("affiliation_groups.txt"):
        group, _, words = line.partition(":")
        rules.append((group.strip(), [word.strip().lower() for word in words.split(",") if word.strip()]))
    return rules


def affiliation_group(speaker: Speaker) -> str:
    """The group of a speaker (government / military, international organisation,
    experts, media), decided by words of its name, role and affiliation; ``unknown``
    when no rule matches. Organisations that are countries count as government.

    >>> affiliation_group(Speaker("Anna Smith", "named", role="NATO expert"))
    'experts'
    >>> affiliation_group(Speaker("Jan Berg", "named", role="NATO Secretary General"))
    'international organisation'
    >>> affiliation_group(Speaker("U.S. officials", "anonymous"))
    'government / military'
    >>> affiliation_group(Speaker("Rosa Diaz", "named"))
    'unknown'
    """
    words = " ".join([speaker.name, speaker.role, speaker.affiliation]).lower()
    if speaker.type == "organization" and place_name(speaker.name):
        return "government / military"
    tokens = re.findall(r"[\w.'-]+", words)
    text = " " + " ".join(tokens) + " "
    # An expert at an institute is an expert even when the role names NATO.
    ordered = affiliation_rules()
    if re.search(r"\b(?:expert|analyst|professor|researcher|scholar|fellow)", text):
        ordered = [rule for rule in ordered if rule[0] == "experts"] + [rule for rule in ordered if rule[0] != "experts"]
    for group, rule_words in ordered:
        for word in rule_words:
            if word.endswith("*"):
                if re.search(r"\s" + re.escape(word[:-1]) + r"[\w-]*\s", text):
                    return group
            elif " " + word + " " in text:
                return group
    return "unknown"
