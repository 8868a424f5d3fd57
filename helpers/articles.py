"""Load a news article, clean it, and split it into paragraphs and sentences.

An ``Article`` keeps the text exactly as the user gave it (``article.text``)
and a same-length copy with plain typography (``article.plain``) for analysis.
Every paragraph and sentence carries ``start``/``end`` offsets that index both.
Nothing is ever deleted from ``article.text``: cleaning only decides which
paragraphs are analysed, and records each decision in ``article.cleaning``.

>>> article = article_from_text("NATO met today.\\n\\nIt said little, officials said.", published="2017-01-04")
>>> [sentence.text for sentence in article.sentences]
['NATO met today.', 'It said little, officials said.']
>>> article.published.isoformat(), article.published_source
('2017-01-04', 'argument')
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from .problems import InputProblem
from .typography import normalise_typography

#: Largest input we accept, in bytes. 10 MB of text is analysed in seconds;
#: anything above 20 MB is almost certainly not one article.
MAX_INPUT_BYTES = 20 * 1024 * 1024

#: Paragraph roles that are analysed (quotes, sentiment, time expressions).
ANALYSED_ROLES = ("body", "dateline", "caption", "pull_quote")


@dataclass
class Paragraph:
    """One paragraph of the article, with offsets into ``Article.text``."""

    index: int
    start: int
    end: int
    text: str
    role: str = "body"


@dataclass
class Sentence:
    """One sentence: ``text`` is the original, ``plain`` the normalised copy."""

    index: int
    paragraph: int
    start: int
    end: int
    text: str
    plain: str


@dataclass
class CleaningAction:
    """One decision of the cleaner: what was removed or captured, and why."""

    action: str  # "removed", "captured", "kept", "converted" or "noted"
    kind: str  # e.g. "photo credit", "advertisement", "author bio", "headline"
    text: str
    reason: str
    start: int | None = None
    end: int | None = None


@dataclass
class Article:
    """A news article ready for analysis.

    ``text`` is the input exactly as given; ``plain`` is the same text with
    plain quotes, spaces and dashes (same length, so offsets agree).
    ``paragraphs`` and ``sentences`` cover only the analysed parts (body,
    dateline, captions, pull quotes); everything else is in ``cleaning``.
    """

    text: str
    plain: str
    source: str = "<string>"
    input_format: str = "text"
    title: str | None = None
    kicker: str | None = None
    dek: str | None = None
    outlet: str | None = None
    section: str | None = None
    author: str | None = None
    published: dt.date | None = None
    published_source: str | None = None
    url: str | None = None
    license: str | None = None
    extra: dict = field(default_factory=dict)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    cleaning: list[CleaningAction] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        """The analysed paragraphs joined by blank lines (for reading)."""
        return "\n\n".join(paragraph.text for paragraph in self.paragraphs)

    @property
    def word_count(self) -> int:
        return sum(len(paragraph.text.split()) for paragraph in self.paragraphs)

    def sentences_in(self, paragraph_index: int) -> list[Sentence]:
        """The sentences of one paragraph, in order."""
        return [s for s in self.sentences if s.paragraph == paragraph_index]

    def sentence_at(self, offset: int) -> Sentence | None:
        """The sentence that contains character ``offset`` (or ``None``)."""
        import bisect

        cached = self.__dict__.get("_sentence_starts")
        if cached is None or cached[0] is not self.sentences or len(cached[1]) != len(self.sentences):
            cached = (self.sentences, [s.start for s in self.sentences])
            self.__dict__["_sentence_starts"] = cached  # computed once, reused by every lookup
        position = bisect.bisect_right(cached[1], offset) - 1
        if position >= 0 and self.sentences[position].start <= offset < self.sentences[position].end:
            return self.sentences[position]
        return None

    def summary(self) -> dict:
        """The ``article`` block of the command line's JSON output."""
        return {
            "title": self.title,
            "kicker": self.kicker,
            "dek": self.dek,
            "outlet": self.outlet,
            "section": self.section,
            "author": self.author,
            "published": self.published.isoformat() if self.published else None,
            "published_source": self.published_source,
            "url": self.url,
            "source": self.source,
            "input_format": self.input_format,
            "word_count": self.word_count,
            "paragraphs": [
                {"index": p.index, "role": p.role, "start": p.start, "end": p.end, "text": p.text}
                for p in self.paragraphs
            ],
            "sentences": [
                {"index": s.index, "paragraph": s.paragraph, "start": s.start, "end": s.end, "text": s.text}
                for s in self.sentences
            ],
            "cleaning": [
                {"action": c.action, "kind": c.kind, "text": c.text, "reason": c.reason, "start": c.start, "end": c.end}
                for c in self.cleaning
            ],
            "warnings": list(self.warnings),
        }


# --------------------------------------------------------------------------
# Reading input
# --------------------------------------------------------------------------

_TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm"}


def looks_like_a_path(source: str) -> bool:
    """True when a string names a file rather than holding article text."""
    if "\n" in source or len(source) > 1024 or not source.strip():
        return False
    candidate = Path(source.strip()).expanduser()
    return candidate.suffix.lower() in _TEXT_SUFFIXES or candidate.exists()


def read_text_file(path: str | Path, max_bytes: int = MAX_INPUT_BYTES) -> str:
    """Read a text file for analysis, or raise an ``InputProblem`` saying why not.

    The file is opened read-only; nothing is ever written back.
    """
    path = Path(path).expanduser()
    if not path.exists():
        raise InputProblem(f"no such file: {path}", "check the path (relative paths start from the current folder)")
    if path.is_dir():
        raise InputProblem(f"{path} is a folder, not a file", "give one article file, or use 'batch' for a folder")
    size = path.stat().st_size
    if size == 0:
        raise InputProblem(f"{path} is empty", "paste an article into it or choose another file")
    if size > max_bytes:
        raise InputProblem(
            f"{path} is {size / 1_048_576:.1f} MB, over the {max_bytes // 1_048_576} MB limit",
            "split it into articles (one file each) and use 'batch'",
        )
    data = path.read_bytes()
    return decode_bytes(data, str(path))


def decode_bytes(data: bytes, name: str = "the input") -> str:
    """Decode UTF-8 (with or without BOM) or UTF-16 text; refuse binary data."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            pass
    sample = data[:8192]
    if b"\x00" in sample or _looks_binary(sample):
        raise InputProblem(
            f"{name} looks like a binary file (a PDF, Word document or image?), not text",
            "copy the article's text into a .txt file and load that",
        )
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputProblem(
            f"{name} is not UTF-8 text (undecodable byte 0x{data[error.start]:02x} at position {error.start})",
            "open it in a text editor and save it as UTF-8",
        ) from None


def _looks_binary(sample: bytes) -> bool:
    control = sum(1 for byte in sample if byte < 9 or 13 < byte < 32)
    return len(sample) > 0 and control / len(sample) > 0.05


# --------------------------------------------------------------------------
# Front matter, HTML, language
# --------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.S)
_FRONT_MATTER_KEYS = ("title", "outlet", "section", "author", "published", "url", "license", "kicker", "dek")


def split_front_matter(text: str) -> tuple[dict, int]:
    """Return the front-matter fields and the offset where the body starts.

    >>> split_front_matter("---\\ntitle: A\\npublished: 2017-01-04\\n---\\nBody")
    ({'title': 'A', 'published': '2017-01-04'}, 39)
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, 0
    fields = {}
    for line in match.group(1).splitlines():
        if ":" not in line or line.startswith((" ", "\t", "#")):
            continue
        key, value = line.split(":", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1]
        fields[key.strip().lower()] = value
    return fields, match.end()


_HTML_HINT = re.compile(r"<\s*(?:!doctype\s+html|html|body|p|div|article|br|span|a\s+href)\b", re.I)


def looks_like_html(text: str) -> bool:
    """True when the text is a web page rather than plain article text."""
    head = text[:5000]
    return bool(re.match(r"\s*<(?:!doctype|html)", head, re.I)) or len(_HTML_HINT.findall(head)) >= 3


def html_to_text(html: str) -> str:
    """Convert HTML to plain text safely: scripts, styles and page furniture
    are dropped, block elements become paragraphs, entities are decoded.
    Nothing is executed or fetched.

    >>> html_to_text("<p>One &amp; two</p><script>alert(1)</script><p>Three</p>")
    'One & two\\n\\nThree'
    """
    from html.parser import HTMLParser

    skip_tags = {"script", "style", "noscript", "nav", "footer", "header", "aside", "form", "svg", "template", "iframe"}
    block_tags = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "article", "section",
                  "blockquote", "figcaption", "figure", "tr", "title", "main", "ul", "ol", "table"}

    class _Extractor(HTMLParser):
        def __init__(self):
            super().__init__(convert_charrefs=True)
            self.parts: list[str] = []
            self.skipping = 0

        def handle_starttag(self, tag, attrs):
            if tag in skip_tags:
                self.skipping += 1
            elif tag in block_tags:
                self.parts.append("\n\n")

        def handle_endtag(self, tag):
            if tag in skip_tags and self.skipping:
                self.skipping -= 1
            elif tag in block_tags:
                self.parts.append("\n\n")

        def handle_data(self, data):
            if not self.skipping:
                self.parts.append(re.sub(r"\s+", " ", data))

    extractor = _Extractor()
    extractor.feed(html)
    extractor.close()
    text = "".join(extractor.parts)
    paragraphs = [part.strip() for part in re.split(r"\n\s*\n", text)]
    return "\n\n".join(part for part in paragraphs if part)


_ENGLISH_FUNCTION_WORDS = frozenset(
    "the of and to a in is that for on with as was it by at be are has have from this he she they "
    "not but his her an will would its were which or who their said had been there we i you our "
    "after than more also can about into over".split()
)


def english_share(text: str) -> tuple[float, int]:
    """Share of words that are common English function words, and the word count.

    English news text scores about 0.35-0.5; French, German or Spanish text
    under 0.1.

    >>> round(english_share("The alliance said that it was ready to talk.")[0], 2)
    0.67
    """
    words = re.findall(r"[^\W\d_]+", text[:200_000].lower())
    if not words:
        return 0.0, 0
    return sum(1 for word in words if word in _ENGLISH_FUNCTION_WORDS) / len(words), len(words)


# --------------------------------------------------------------------------
# Paragraph roles: boilerplate, bylines, captions, header
# --------------------------------------------------------------------------

_AD_OR_NOTICE = re.compile(
    r"^(?:trending(?: now)?|sponsored(?: links| content| stories)?|promoted(?: links| stories| content)?|"
    r"recommended(?: for you| stories| reading)?|more from\b|related(?: articles| stories| coverage| content)?\b|"
    r"read more\b|read next\b|you (?:may|might) also like|also read\b|advertisement\b|paid (?:content|post)|"
    r"share this\b|share on\b|sign up\b|subscribe\b|follow us\b|comments?\b|show comments|"
    r"copyright\b|\u00a9|all rights reserved|click here\b|download (?:our|the) app|"
    r"this (?:article|story) (?:was|has been) (?:updated|corrected)|by (?:taboola|outbrain)\b)",
    re.I,
)
_AD_NETWORK = re.compile(r"\b(?:taboola|outbrain|revcontent|zergnet)\b", re.I)
_TAIL_BLOCK_START = re.compile(r"^(?:trending(?: now)?|more from\b|recommended\b|related\b|you (?:may|might) also like|read next\b)", re.I)
_PHOTO_CREDIT = re.compile(
    r"^(?:(?:top |main |lead |header |featured )?(?:photo|image|picture|video|illustration|graphic)s?(?: credit)?|credit|"
    r"photograph(?: by)?|photo by)\s*[:\-]\s*\S.{0,120}$",
    re.I,
)
_CAPTION_CREDIT_END = re.compile(
    r"(?:\((?:photo|image|picture|credit)[^()]{0,80}\)|(?:photo|image|picture|credit|photograph)\s*:\s*[^.]{1,80}\.?)\s*$",
    re.I,
)
_BYLINE = re.compile(r"^[Bb][Yy]\s+([A-Z][\w.'\-]+(?:\s+(?:[A-Z][\w.'\-]+|de|van|von|al|bin|and))*?)(?:\s*[,|\-]\s*.*)?$")
_BIO_NOUNS = (
    r"reporter|correspondent|writer|editor|columnist|journalist|fellow|contributor|analyst|producer|"
    r"bureau chief|staff writer|senior editor|anchor|commentator|author|researcher|professor"
)
_AUTHOR_BIO = re.compile(
    r"^(?P<name>[A-Z][\w.'\-]+(?:\s+[A-Z][\w.'\-]+){1,3})\s+(?:is|was|covers|writes)\b.{0,200}?\b(?:" + _BIO_NOUNS + r")\b",
)
_HANDLE = re.compile(r"(?:^|\s)@\w{2,}\s*$")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december|"
    "jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
_DATELINE = re.compile(
    r"^(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?"
    r"(?:(?P<month1>" + _MONTHS + r")\.?\s+(?P<day1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year1>\d{4})|"
    r"(?P<day2>\d{1,2})\s+(?P<month2>" + _MONTHS + r")\.?,?\s+(?P<year2>\d{4})|"
    r"(?P<iso>\d{4}-\d{2}-\d{2}))\s*\.?$",
    re.I,
)
_MONTH_NUMBER = {name: number for number, names in enumerate(
    [("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"), ("may",), ("june", "jun"),
     ("july", "jul"), ("august", "aug"), ("september", "sep", "sept"), ("october", "oct"),
     ("november", "nov"), ("december", "dec")], start=1) for name in names}


def date_from_dateline(text: str) -> dt.date | None:
    """The date a dateline paragraph shows, or ``None``.

    >>> date_from_dateline("Friday, August 21, 2015")
    datetime.date(2015, 8, 21)
    """
    match = _DATELINE.match(text.strip())
    if not match:
        return None
    try:
        if match.group("iso"):
            return dt.date.fromisoformat(match.group("iso"))
        if match.group("month1"):
            month, day, year = match.group("month1"), match.group("day1"), match.group("year1")
        else:
            month, day, year = match.group("month2"), match.group("day2"), match.group("year2")
        return dt.date(int(year), _MONTH_NUMBER[month.lower()], int(day))
    except (ValueError, KeyError):
        return None


def _words(text: str) -> int:
    return len(text.split())


def _ends_like_a_sentence(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?", '"', "'", ":"))


def parse_date(value: str | dt.date | None, what: str = "publication date") -> dt.date | None:
    """Parse ``YYYY-MM-DD`` (or a longer ISO timestamp); raise a clear problem otherwise.

    >>> parse_date("2017-01-04T09:30:00Z")
    datetime.date(2017, 1, 4)
    """
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", text)
    if match:
        try:
            return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            pass
    raise InputProblem(f"the {what} {text!r} is not a date", "write it as YYYY-MM-DD, for example 2017-01-04")


# --------------------------------------------------------------------------
# Building an article
# --------------------------------------------------------------------------


#: The notebooks' folder: relative paths in notebooks (``../data/...``) are written from there.
_NOTEBOOKS_DIR = Path(__file__).resolve().parent.parent / "notebooks"


def _find_path(path: Path) -> Path:
    """``path`` itself, or, for a relative path that does not exist from here,
    the same path seen from the notebooks' folder (so a notebook copied
    elsewhere, e.g. into an edition under build/, still finds ``../data/...``)."""
    if path.exists() or path.is_absolute():
        return path
    from_notebooks = _NOTEBOOKS_DIR / path
    return from_notebooks if from_notebooks.exists() else path


def load_article(source: str | Path, published: str | dt.date | None = None, **metadata) -> Article:
    """Load an article from a file path or from the text itself.

    ``source`` is a path (``.txt``, ``.md`` with front matter, ``.html``) or a
    string holding the article. ``published`` (``YYYY-MM-DD``) overrides any
    date in the file. Extra keyword arguments (``title``, ``outlet`` ...)
    override front-matter fields.

    >>> article = load_article("data/articles/russia-wants-a-reset-nato.md")  # doctest: +SKIP
    """
    if isinstance(source, Path) or (isinstance(source, str) and looks_like_a_path(source)):
        path = _find_path(Path(str(source).strip()).expanduser())
        text = read_text_file(path)
        return article_from_text(text, published=published, source=str(path), **metadata)
    if not isinstance(source, str):
        raise InputProblem(f"cannot read an article from a {type(source).__name__}", "give a file path or a string of text")
    return article_from_text(source, published=published, **metadata)


def article_from_text(text: str, published: str | dt.date | None = None, source: str = "<string>", **metadata) -> Article:
    """Build an ``Article`` from text (raw paste, front matter + body, or HTML)."""
    if not isinstance(text, str):
        raise InputProblem(f"expected text, got {type(text).__name__}", "pass the article as a string")
    if len(text.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
        raise InputProblem(
            f"the text is over the {MAX_INPUT_BYTES // 1_048_576} MB limit",
            "split it into articles and use 'batch'",
        )
    if not text.strip():
        raise InputProblem("the text is empty", "paste an article (or give a file that contains one)")
    if "\x00" in text[:8192]:
        raise InputProblem("the text contains binary data", "copy the article's text and try again")

    cleaning: list[CleaningAction] = []
    input_format = "text"
    if looks_like_html(text):
        text = html_to_text(text)
        input_format = "html"
        cleaning.append(CleaningAction("converted", "HTML", "", "the input was a web page; its visible text was extracted (scripts, styles and navigation dropped)"))
        if not text.strip():
            raise InputProblem("the web page has no visible text", "copy the article's text from the browser instead")

    fields, body_start = split_front_matter(text)
    if fields:
        input_format = "front matter" if input_format == "text" else input_format
    for key, value in metadata.items():
        if value is not None:
            fields[key] = value

    plain = normalise_typography(text)
    share, n_words = english_share(plain[body_start:])
    if n_words >= 25 and share < 0.12:
        raise InputProblem(
            f"this does not look like English text (only {share:.0%} common English words)",
            "the helpers' word lists and lexicons are English-only; use an English article",
        )

    article = Article(text=text, plain=plain, source=source, input_format=input_format, cleaning=cleaning)
    for key in _FRONT_MATTER_KEYS:
        if key in ("published",):
            continue
        value = fields.get(key)
        if value:
            setattr(article, key, value)
    article.extra = {k: v for k, v in fields.items() if k not in _FRONT_MATTER_KEYS}

    paragraphs = _split_paragraphs(plain, body_start)
    _assign_roles(article, paragraphs, has_front_matter=bool(fields.get("title")))

    # Publication date: explicit argument, then front matter, then dateline.
    argument_date = parse_date(published)
    file_date = parse_date(fields.get("published")) if fields.get("published") else None
    dateline_date = next((date_from_dateline(p.text) for p in article.paragraphs if p.role == "dateline"), None)
    if argument_date:
        article.published, article.published_source = argument_date, "argument"
        if file_date and file_date != argument_date:
            article.warnings.append(f"The publication date given ({argument_date}) replaces the file's date ({file_date}).")
    elif file_date:
        article.published, article.published_source = file_date, "front matter"
    elif dateline_date:
        article.published, article.published_source = dateline_date, "dateline"
    else:
        article.warnings.append(
            "No publication date: relative dates such as 'on Wednesday' or 'last week' stay unresolved. "
            "Give one with --published YYYY-MM-DD (command line), published='YYYY-MM-DD' (Python), "
            "or a 'published:' line in the front matter."
        )

    article.sentences = _split_sentences(article)
    if not article.sentences:
        raise InputProblem("no article text was found after cleaning", "check that the input holds the article's body, not only a headline or page furniture")
    return article


def _split_paragraphs(plain: str, body_start: int) -> list[Paragraph]:
    """Paragraphs are separated by blank lines; a text with no blank lines at
    all is split at every line break instead (a common result of pasting)."""
    body = plain[body_start:]
    separator = r"\n[ ]*\n\s*" if re.search(r"\n[ ]*\n", body) else r"\n\s*"
    paragraphs = []
    position = body_start
    for piece in re.split(f"({separator})", body):
        if re.fullmatch(separator, piece or "x") or not piece:
            position += len(piece)
            continue
        stripped = piece.strip()
        if stripped:
            start = position + (len(piece) - len(piece.lstrip()))
            end = start + len(stripped)
            paragraphs.append(Paragraph(index=-1, start=start, end=end, text=stripped))
        position += len(piece)
    return paragraphs


def _assign_roles(article: Article, paragraphs: list[Paragraph], has_front_matter: bool) -> None:
    """Decide, paragraph by paragraph, what is article body and what is not."""
    kept: list[Paragraph] = []
    seen_plain: dict[str, int] = {}
    n = len(paragraphs)
    tail_from = n
    for position, paragraph in enumerate(paragraphs):
        if position >= n // 2 and _TAIL_BLOCK_START.match(paragraph.text) and _words(paragraph.text) <= 12:
            rest = paragraphs[position:]
            if all(_words(p.text) <= 15 for p in rest):
                tail_from = position
                break

    def note(action, kind, paragraph, reason):
        original = article.text[paragraph.start:paragraph.end]
        article.cleaning.append(CleaningAction(action, kind, original, reason, paragraph.start, paragraph.end))

    # Header: kicker / headline / dek at the top of a raw paste.
    header_count = 0
    title_key = _comparable(article.title) if article.title else None
    if title_key:
        # With a known title, a header is recognised only around a repeat of it.
        for position, paragraph in enumerate(paragraphs[:3]):
            if _comparable(paragraph.text) == title_key:
                header_count = position + 1
                following = paragraphs[position + 1] if position + 1 < tail_from else None
                if following and _words(following.text) <= 35 and len(paragraphs) - position > 3 and not following.text.startswith(('"', "'")):
                    header_count += 1
                break
        if header_count:
            title_position = next(i for i, p in enumerate(paragraphs) if _comparable(p.text) == title_key)
            labels = ["kicker"] * title_position + ["headline"] + ["dek"] * (header_count - title_position - 1)
            for label, paragraph in zip(labels, paragraphs):
                original = article.text[paragraph.start:paragraph.end]
                if label == "headline":
                    note("removed", "repeated headline", paragraph, "the body repeats the headline given in the front matter")
                    continue
                if not getattr(article, label):
                    setattr(article, label, original)
                note("captured", label, paragraph, f"short line around the headline, read as the {label}")
    elif not has_front_matter:
        labels = _header_labels(paragraphs[:tail_from])
        header_count = len(labels)
        for label, paragraph in zip(labels, paragraphs):
            original = article.text[paragraph.start:paragraph.end]
            setattr(article, "title" if label == "headline" else label, original)
            note("captured", label, paragraph, f"short line above the body, read as the {label}")

    for position, paragraph in enumerate(paragraphs):
        if position < header_count:
            continue
        original = article.text[paragraph.start:paragraph.end]
        text = paragraph.text
        words = _words(text)
        if position >= tail_from:
            note("removed", "'more from' block", paragraph, "end-of-page links and recommendations, not part of the article")
            continue
        if words <= 15 and (_AD_OR_NOTICE.match(text) or _AD_NETWORK.search(text)):
            note("removed", "advertisement or site notice", paragraph, "page furniture (ads, sharing, subscription or site notices)")
            continue
        if words <= 25 and _PHOTO_CREDIT.match(text):
            note("removed", "photo credit", paragraph, "a photo credit line, not article text")
            continue
        if position <= 3 + header_count and words <= 12 and (match := _BYLINE.match(text)):
            if not article.author:
                article.author = match.group(1).strip()
            note("captured", "byline", paragraph, "the byline names the author, who is not a speaker")
            continue
        if position >= tail_from - 3 and words <= 70 and (match := _AUTHOR_BIO.match(text)):
            if not article.author:
                article.author = match.group("name")
            note("captured", "author bio", paragraph, "the author's bio at the end, turned into the byline")
            continue
        key = re.sub(r"\W+", " ", text.lower()).strip()
        if key in seen_plain and words >= 3:
            note("removed", "duplicate", paragraph, f"repeats paragraph {seen_plain[key]} word for word (a duplicated caption or block)")
            continue
        role = "body"
        if position <= header_count + 2 and date_from_dateline(text):
            role = "dateline"
        elif words <= 60 and _CAPTION_CREDIT_END.search(text):  # the cheap test first
            role = "caption"
            note("kept", "photo caption", paragraph, "a photo caption with its credit; kept (it can hold dates and quotes) but marked")
        paragraph.role = role
        paragraph.index = len(kept)
        paragraph.text = original
        seen_plain.setdefault(key, paragraph.index)
        kept.append(paragraph)

    _mark_pull_quotes(article, kept, note)
    article.paragraphs = kept


def _looks_like_attribution_line(text: str) -> bool:
    """``Jane Doe, Minister of Defence``: short, a comma, no sentence end."""
    return _words(text) <= 12 and "," in text and not text.rstrip().endswith((".", "!", "?", ":"))


def _mark_pull_quotes(article: Article, kept: list[Paragraph], note) -> None:
    """A pull quote repeats words of a longer paragraph in a quote box, and is
    followed by a short attribution line. Only such candidates are searched
    for, so the check stays fast on very long texts."""
    for position, paragraph in enumerate(kept[:-1]):
        if paragraph.role != "body" or _words(paragraph.text) < 8 or not _looks_like_attribution_line(kept[position + 1].text):
            continue
        plain_text = article.plain[paragraph.start:paragraph.end].strip(" \"'")
        for other in kept:
            if other is not paragraph and len(other.text) > len(paragraph.text) and plain_text in article.plain[other.start:other.end]:
                paragraph.role = "pull_quote"
                note("kept", "pull quote", paragraph, f"repeats words of paragraph {other.index} in a quote box; kept but marked")
                break


def _comparable(text: str) -> str:
    return re.sub(r"\W+", " ", normalise_typography(text).lower()).strip()


def _is_byline(text: str) -> bool:
    return _words(text) <= 12 and bool(_BYLINE.match(text))


_SPEAKER_LABEL = re.compile(r"^[A-Z][\w.'\- ]{0,40}:\s")


def _is_title_like(text: str) -> bool:
    """Short, no closing full stop, not a quote, a byline, a dateline or a
    transcript turn (``MR SMITH: ...``)."""
    return (_words(text) <= 20 and not text.rstrip().endswith((".", ":", '"', "'"))
            and not text.startswith(('"', "'")) and not _is_byline(text) and not date_from_dateline(text)
            and not _SPEAKER_LABEL.match(text))


def _header_labels(paragraphs: list[Paragraph]) -> list[str]:
    """Labels for the header paragraphs at the top of a raw paste:
    ``[kicker,] headline [, dek]``, or ``[]`` when the text starts with its body.

    A kicker is a very short label followed by a headline; a headline is short
    and has no closing full stop; a dek is one short sentence under it. At
    least one body paragraph must remain, so a one-paragraph text has no header.
    """
    texts = [p.text for p in paragraphs]
    if not texts or not _is_title_like(texts[0]):
        return []
    labels = ["headline"]
    if len(texts) > 1 and _words(texts[0]) <= 4 and _is_title_like(texts[1]):
        labels = ["kicker", "headline"]
    position = len(labels)
    if position < len(texts):
        candidate = texts[position]
        following = texts[position + 1] if position + 1 < len(texts) else ""
        if (_words(candidate) <= 30 and not candidate.startswith(('"', "'")) and not _is_byline(candidate)
                and not _SPEAKER_LABEL.match(candidate)
                and not date_from_dateline(candidate) and following
                and (_is_byline(following) or _words(following) > _words(candidate))):
            labels.append("dek")
    body_left = [text for text in texts[len(labels):] if not _is_byline(text) and not date_from_dateline(text)]
    return labels if body_left else []


def _split_sentences(article: Article) -> list[Sentence]:
    from .resources import sentence_splitter

    splitter = sentence_splitter()
    sentences = []
    for paragraph in article.paragraphs:
        plain = article.plain[paragraph.start:paragraph.end]
        for start, end in splitter.span_tokenize(plain):
            absolute_start, absolute_end = paragraph.start + start, paragraph.start + end
            sentences.append(
                Sentence(
                    index=len(sentences),
                    paragraph=paragraph.index,
                    start=absolute_start,
                    end=absolute_end,
                    text=article.text[absolute_start:absolute_end],
                    plain=article.plain[absolute_start:absolute_end],
                )
            )
    return sentences


def try_load_article(source, published=None, **metadata) -> tuple[Article | None, str | None]:
    """Load an article, or return the friendly problem message instead of raising.

    Notebooks use this so that a student sees one clear sentence, not a traceback.

    >>> article, problem = try_load_article("")
    >>> article is None, problem
    (True, 'the text is empty: paste an article (or give a file that contains one)')
    """
    try:
        return load_article(source, published=published, **metadata), None
    except InputProblem as error:
        return None, str(error)
