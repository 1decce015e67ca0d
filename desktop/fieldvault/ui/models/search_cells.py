"""What the search table shows of a hit, worked out once per row.

:func:`prepare` runs on the search worker right after the query, for the rows the table
shows first: it reads each hit's snippet (the core computes it on first use, from text the
hit holds, no database access) and formats it. The UI thread then only looks the strings up;
rows further down are formatted on first request (scrolling) and kept.
"""

from __future__ import annotations

from dataclasses import dataclass

from fieldvault.core.search.service import SearchResult
from fieldvault.ui.models.html import marked


@dataclass(frozen=True, slots=True)
class SnippetCells:
    display: str  # one line, at most 400 characters
    html: str  # escaped, with the matches marked (HtmlRole)
    tooltip: str  # the snippet as the core gives it


def one_line(text: str, limit: int = 160) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def cells_of(hit: SearchResult) -> SnippetCells:
    """Any thread: pure Python over the hit's own text."""
    snippet = hit.snippet
    return SnippetCells(one_line(snippet, 400), marked(snippet, hit.snippet_matches), snippet)


def prepare(hits: list[SearchResult], rows: int) -> list[SnippetCells]:
    """The cells of the first ``rows`` hits (worker thread, before the results are shown)."""
    return [cells_of(hit) for hit in hits[:max(0, rows)]]
