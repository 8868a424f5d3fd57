"""The article as HTML, each quote highlighted in its speaker's colour.

Hovering a quote shows its speaker, kind and cue. Direct and partial quotes
get a coloured background; reported speech a coloured underline. All article
text is escaped with ``html.escape`` (it is untrusted input).

>>> from helpers.articles import article_from_text
>>> from helpers.quotes import extract_quotes
>>> article = article_from_text('---\\ntitle: T\\n---\\n\\n"<b>Hi</b>," said Anna Smith.')
>>> page = quotes_html(article, extract_quotes(article))
>>> "&lt;b&gt;Hi&lt;/b&gt;" in page and "<b>Hi" not in page
True
"""
from __future__ import annotations

import html

from ..plots.style import CATEGORY_CYCLE, PALETTE

_UNATTRIBUTED = PALETTE["grey"]


def speaker_colours(findings) -> dict[str, str]:
    """A colour for every speaker, in order of the number of quotes (the palette repeats after eight)."""
    names = [speaker.name for speaker in findings.speakers]
    return {name: CATEGORY_CYCLE[position % len(CATEGORY_CYCLE)] for position, name in enumerate(names)}


def _rgba(hex_colour: str, alpha: float) -> str:
    hex_colour = hex_colour.lstrip("#")
    red, green, blue = (int(hex_colour[i:i + 2], 16) for i in (0, 2, 4))
    return f"rgba({red},{green},{blue},{alpha})"


def quotes_html(article, findings, show_legend: bool = True) -> str:
    """The analysed paragraphs as HTML with every quote highlighted (see the module docstring)."""
    colours = speaker_colours(findings)
    # Which quote colours each character: direct and partial quotes win over reported speech.
    ranked = sorted(findings.quotes, key=lambda q: (q.kind == "indirect", q.end - q.start))
    parts = ['<div class="quotes-article" style="font-family: Georgia, serif; font-size: 16px; line-height: 1.7; max-width: 60em">']
    if show_legend:
        legend = " ".join(
            f'<span style="background:{_rgba(colour, 0.35)}; padding: 0 0.3em; margin-right: 0.4em">{html.escape(name)}</span>'
            for name, colour in colours.items())
        parts.append(f'<p style="font-family: sans-serif; font-size: 14px"><b>Speakers:</b> {legend or "none"} '
                     f'<span style="background:{_rgba(_UNATTRIBUTED, 0.35)}; padding: 0 0.3em">unattributed</span> '
                     '&middot; background = direct or partial quote, underline = reported speech</p>')
    for paragraph in article.paragraphs:
        inside = [q for q in ranked if q.start < paragraph.end and q.end > paragraph.start]
        owner: list = [None] * (paragraph.end - paragraph.start)
        for quote in reversed(inside):  # the first in ``ranked`` is painted last and wins
            for position in range(max(quote.start, paragraph.start), min(quote.end, paragraph.end)):
                owner[position - paragraph.start] = quote
        parts.append("<p>")
        position = paragraph.start
        while position < paragraph.end:
            quote = owner[position - paragraph.start]
            end = position
            while end < paragraph.end and owner[end - paragraph.start] is quote:
                end += 1
            text = html.escape(article.text[position:end])
            if quote is None:
                parts.append(text)
            else:
                colour = colours.get(quote.speaker, _UNATTRIBUTED)
                tip = html.escape(f"{quote.speaker or 'unattributed'} \u00b7 {quote.kind} \u00b7 cue: {quote.cue or '-'}", quote=True)
                if quote.kind == "indirect":
                    style = f"border-bottom: 3px solid {colour}"
                else:
                    style = f"background: {_rgba(colour, 0.35)}"
                parts.append(f'<span title="{tip}" style="{style}">{text}</span>')
            position = end
        parts.append("</p>")
    parts.append("</div>")
    return "".join(parts)


def show_quotes(article, findings):
    """Display the highlighted article in a notebook."""
    from IPython.display import HTML

    return HTML(quotes_html(article, findings))
