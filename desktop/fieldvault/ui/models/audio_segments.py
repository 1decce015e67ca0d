"""Coded audio segments as a table: theme, from, to, recording (and the case on Retrieve)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt

from fieldvault.core.attachments.segments import AudioSegment
from fieldvault.ui.i18n import QT_TRANSLATE_NOOP
from fieldvault.ui.models.records import RowTableModel, position_text

__all__ = ["AudioSegmentModel", "position_text"]


class AudioSegmentModel(RowTableModel[AudioSegment]):
    headers: tuple[str, ...] = (QT_TRANSLATE_NOOP("AudioSegmentModel", "Theme"),
               QT_TRANSLATE_NOOP("AudioSegmentModel", "From"),
               QT_TRANSLATE_NOOP("AudioSegmentModel", "To"),
               QT_TRANSLATE_NOOP("AudioSegmentModel", "Recording"),
               QT_TRANSLATE_NOOP("AudioSegmentModel", "Case"))

    def __init__(self, parent: Any = None, with_case: bool = False,
                 theme_label: Callable[[AudioSegment], str] = lambda s: s.theme_name) -> None:
        super().__init__(parent)
        self.theme_label = theme_label
        if not with_case:
            self.headers = self.headers[:4]

    def cell(self, item: AudioSegment, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return (self.theme_label(item), position_text(item.start_ms),
                    position_text(item.end_ms), item.attachment_name, item.case_code)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None
