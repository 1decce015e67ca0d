"""The coded segments Retrieve shows: one row per passage, drawn whole and wrapped by
:class:`fieldvault.ui.widgets.segment_delegate.SegmentDelegate` from :data:`HtmlRole`."""

from __future__ import annotations

import html
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from fieldvault.core.analysis.coded import Segment
from fieldvault.ui.i18n import QT_TRANSLATE_NOOP
from fieldvault.ui.models.html import HtmlRole
from fieldvault.ui.models.records import RowTableModel

CONTEXT_STYLE = "color:#5f6368"
PASSAGE_STYLE = "background-color:#fff3b0;color:#000000"
VERDICT_STYLE = {"valid": "color:#1b7a3a", "invalid": "color:#b3261e"}


def verdict_text(verdict: str) -> str:
    """valid / invalid / unreviewed in the interface language."""
    labels = {"valid": QCoreApplication.translate("SegmentModel", "valid"),
              "invalid": QCoreApplication.translate("SegmentModel", "invalid"),
              "unreviewed": QCoreApplication.translate("SegmentModel", "not reviewed")}
    return labels.get(verdict, verdict)


class SegmentModel(RowTableModel[Segment]):
    """One column; DisplayRole is the plain text (for screen readers and copying), HtmlRole
    the heading line (case, theme, coder, review) over the passage in its context."""

    headers = (QT_TRANSLATE_NOOP("SegmentModel", "Coded passages"),)

    def __init__(self, parent: Any = None,
                 theme_label: Callable[[str], str] | None = None) -> None:
        super().__init__(parent)
        self.theme_label = theme_label or (lambda theme_id: theme_id)

    def heading(self, item: Segment) -> str:
        return " · ".join((item.case_code, self.theme_label(item.theme_id), item.coder,
                           verdict_text(item.verdict)))

    def cell(self, item: Segment, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            lead = "…" if item.more_before else ""
            tail = "…" if item.more_after else ""
            return (f"{self.heading(item)}\n{lead}{item.before}{item.text}{item.after}{tail}")
        if role == HtmlRole:
            return self._html(item)
        return None

    def _html(self, item: Segment) -> str:
        meta = " · ".join(html.escape(part) for part in (
            item.case_code, self.theme_label(item.theme_id), item.coder))
        verdict = (f"<span style='{VERDICT_STYLE.get(item.verdict, CONTEXT_STYLE)}'>"
                   f"{html.escape(verdict_text(item.verdict))}</span>")
        before = html.escape(("…" if item.more_before else "") + item.before)
        after = html.escape(item.after + ("…" if item.more_after else ""))
        text = html.escape(item.text).replace("\n", "<br>")
        return (f"<div><b>{meta}</b> · {verdict}</div>"
                f"<div><span style='{CONTEXT_STYLE}'>{before}</span>"
                f"<span style='{PASSAGE_STYLE}'>{text}</span>"
                f"<span style='{CONTEXT_STYLE}'>{after}</span></div>")
