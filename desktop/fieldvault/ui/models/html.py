"""Highlighted snippets as escaped rich text, for item models to hand to views
(:data:`HtmlRole`; drawn by :class:`fieldvault.ui.widgets.html_delegate.HtmlDelegate`)."""

from __future__ import annotations

import html
from collections.abc import Iterable

from PySide6.QtCore import Qt

MARK_STYLE = "background-color:#ffe066;color:#000000;font-weight:bold"
HtmlRole = Qt.ItemDataRole.UserRole + 50


def marked(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """``text`` escaped, with each ``(start, end)`` range (code points) marked."""
    out, last = [], 0
    for start, end in sorted(spans):
        start, end = max(start, last), min(end, len(text))
        if start >= end:
            continue
        out.append(html.escape(text[last:start]))
        out.append(f"<span style='{MARK_STYLE}'>{html.escape(text[start:end])}</span>")
        last = end
    out.append(html.escape(text[last:]))
    return "".join(out).replace("\n", " ")


def in_context(before: str, text: str, after: str) -> str:
    """A passage with its context: ``…before [text] after…`` with the passage marked."""
    lead = "…" if before else ""
    tail = "…" if after else ""
    return lead + marked(before + text + after, [(len(before), len(before) + len(text))]) + tail
