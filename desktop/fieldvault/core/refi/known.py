"""Records the vault already holds, found by content when a file's GUIDs are new.

Another tool that re-exports a project gives everything new GUIDs. So an import that does not
know a GUID looks for the same thing by content before it adds anything:

* a source: a transcript version (any version of any case) with the same text, compared by
  SHA-256 of the text normalised the way import stores it (NFC, LF line ends); failing that,
  the case whose code is the REFI case's name and whose title is the source's name, which is
  how Fieldvault writes its own files (the text may differ when the export withheld parts);
* a coding: one on the same case and transcript, with the same theme and span, by the same
  coder (or where either side names no coder);
* a memo: one on the same target with the same text (normalised the same way, trimmed).

The caller remembers the file's GUID for what it found (:meth:`.GuidMap.remember`: only when
the record has no GUID stored yet), so the next import of the same file matches by GUID.

Contract: lives inside the import's write session; indexes are loaded on first use and kept in
step with what the import adds.
"""

from __future__ import annotations

import hashlib

from sqlmodel import Session, col, select

from fieldvault.core.records.cases import normalise_text
from fieldvault.core.store.models import Case, Coding, Memo, Transcript


def text_digest(text: str) -> str:
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


def memo_key(text: str) -> str:
    return normalise_text(text).strip()


class KnownRecords:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._digests: dict[str, str] | None = None  # text digest -> case id
        self._codings: dict[str, dict[tuple[str, int, int], dict[str | None, str]]] = {}
        self._memos: dict[tuple[str, str], dict[str, str]] = {}

    # --- sources ----------------------------------------------------------------------------

    def case_with_text(self, text: str) -> str | None:
        """The case one of whose transcript versions has this text (the newest case wins)."""
        if self._digests is None:
            self._digests = {}
            query = select(Transcript.case_id, Transcript.text) \
                .order_by(col(Transcript.created), col(Transcript.version))
            for case_id, stored in self.session.exec(query):
                self._digests[text_digest(stored)] = case_id
        return self._digests.get(text_digest(text))

    def case_with_code_and_title(self, code: str, title: str) -> str | None:
        if not code or not title:
            return None
        case = self.session.exec(select(Case).where(Case.code == code)).first()
        return case.id if case is not None and case.title.strip() == title.strip() else None

    def added_text(self, case_id: str, text: str) -> None:
        if self._digests is not None:
            self._digests.setdefault(text_digest(text), case_id)

    # --- codings ----------------------------------------------------------------------------

    def coding(self, transcript: Transcript, theme_id: str, span: tuple[int, int],
               coder_id: str | None) -> str | None:
        """The id of the same coding on this transcript (see the module's rule on coders)."""
        coders = self._coding_index(transcript).get((theme_id, *span), {})
        for key in (coder_id, None) if coder_id is not None else tuple(coders):
            if key in coders:
                return coders[key]
        return None

    def added_coding(self, transcript: Transcript, coding: Coding) -> None:
        index = self._coding_index(transcript)
        index.setdefault((coding.theme_id, coding.start, coding.end), {}) \
            .setdefault(coding.coder_id, coding.id)

    def _coding_index(self, transcript: Transcript) -> dict[tuple[str, int, int],
                                                           dict[str | None, str]]:
        if transcript.id not in self._codings:
            index: dict[tuple[str, int, int], dict[str | None, str]] = {}
            query = select(Coding).where(Coding.transcript_id == transcript.id,
                                         col(Coding.placed).is_(True)) \
                .order_by(col(Coding.created), col(Coding.id))
            for coding in self.session.exec(query):
                index.setdefault((coding.theme_id, coding.start, coding.end), {}) \
                    .setdefault(coding.coder_id, coding.id)
            self._codings[transcript.id] = index
        return self._codings[transcript.id]

    # --- memos ------------------------------------------------------------------------------

    def memo(self, kind: str, target_id: str, text: str) -> str | None:
        """The id of a memo on this target with the same text."""
        return self._memo_index(kind, target_id).get(memo_key(text))

    def added_memo(self, kind: str, target_id: str, text: str, memo_id: str) -> None:
        self._memo_index(kind, target_id).setdefault(memo_key(text), memo_id)

    def _memo_index(self, kind: str, target_id: str) -> dict[str, str]:
        if (kind, target_id) not in self._memos:
            query = select(Memo.id, Memo.text).where(Memo.target_kind == kind,
                                                     Memo.target_id == target_id) \
                .order_by(col(Memo.created), col(Memo.id))
            index: dict[str, str] = {}
            for memo_id, text in self.session.exec(query):
                index.setdefault(memo_key(text), memo_id)
            self._memos[(kind, target_id)] = index
        return self._memos[(kind, target_id)]
