"""Small HTML tables for notebooks (no pandas needed).

All cell text is HTML-escaped: article text is untrusted input.

>>> print(html_table([{"word": "<b>", "count": 2}]))
<table class="helpers-table"><thead><tr><th style="text-align:left">word</th><th style="text-align:left">count</th></tr></thead><tbody><tr><td style="text-align:left">&lt;b&gt;</td><td style="text-align:left">2</td></tr></tbody></table>
"""
from __future__ import annotations

import dataclasses
import html


#: Text reads better left-aligned (JupyterLab right-aligns table cells by default).
_LEFT = ' style="text-align:left"'


def _as_dict(row) -> dict:
    if dataclasses.is_dataclass(row):
        return {field.name: getattr(row, field.name) for field in dataclasses.fields(row)}
    if isinstance(row, dict):
        return row
    if isinstance(row, (tuple, list)):
        return {str(i): value for i, value in enumerate(row)}
    return {"value": row}


def _format(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, (list, tuple, set)):
        return ", ".join(_format(item) for item in value)
    return str(value)


def html_table(rows, columns: list[str] | None = None, caption: str | None = None, max_chars: int = 300) -> str:
    """An HTML table of dataclasses, dicts or tuples (``columns`` picks and orders them)."""
    dicts = [_as_dict(row) for row in rows]
    if columns is None:
        columns = list(dicts[0]) if dicts else []
    parts = ['<table class="helpers-table">']
    if caption:
        parts.append(f"<caption>{html.escape(caption)}</caption>")
    parts.append("<thead><tr>" + "".join(f"<th{_LEFT}>{html.escape(str(c))}</th>" for c in columns) + "</tr></thead><tbody>")
    for row in dicts:
        cells = []
        for column in columns:
            text = _format(row.get(column))
            if len(text) > max_chars:
                text = text[: max_chars - 3] + "..."
            cells.append(f"<td{_LEFT}>{html.escape(text)}</td>")
        parts.append("<tr>" + "".join(cells) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def show_table(rows, columns: list[str] | None = None, caption: str | None = None):
    """``html_table`` wrapped for display as a notebook cell's result."""
    from IPython.display import HTML

    return HTML(html_table(rows, columns, caption))
