"""What the workbench shows of one case, read from the vault in one go.

:func:`read_case` uses the vault's services and no widget, so it may run on the task
runner's threads: a case a person opens from a table or a search hit is read there, and
:meth:`WorkbenchPage.show_case <fieldvault.ui.pages.workbench.WorkbenchPage.show_case>` puts
the :class:`CaseReading` on screen on the UI thread. (Read on the UI thread, the case, its
transcript, codings, verdicts, memos and attachments took about half of the 80-120 ms the
UI stood still when a case of a 50,000-interview vault was opened; bench/ui_lag.py.)
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from fieldvault.core.attachments.segments import AudioSegment
from fieldvault.core.attachments.service import AttachmentInfo
from fieldvault.core.records.codings import CodingView
from fieldvault.core.records.review import VerdictView
from fieldvault.core.store.models import Memo

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault


@dataclass(frozen=True)
class CaseReading:
    """One case as the workbench shows it. ``attachments`` is None when not read (the
    workbench shows that case already and keeps its attachments panel as it is)."""

    code: str
    title: str
    status: str
    version: int
    text: str
    codings: list[CodingView]
    segments: list[AudioSegment]
    verdicts: list[VerdictView]
    memos: list[Memo]
    blind: bool  # the owner codes blind and sees only their own codings here
    attachments: list[AttachmentInfo] | None


def read_case(vault: Vault, code: str, attachments: bool = True) -> CaseReading:
    """Everything the workbench shows of ``code`` (any thread; NotFound when it is gone)."""
    case = vault.cases.get(code)
    transcript = vault.transcripts.current(code)
    blind = vault.me.role == "coder" and not vault.review.is_revealed(code)
    return CaseReading(
        code=code, title=case.title, status=case.status, version=transcript.version,
        text=transcript.text, codings=vault.review.visible_codings(code),
        segments=vault.attachments.segments.visible(code),
        verdicts=vault.review.verdicts(code), memos=vault.memos.for_target("case", code),
        blind=blind, attachments=vault.attachments.list(code) if attachments else None)
