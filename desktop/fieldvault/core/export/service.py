"""Vault records -> redacted, signed export (the bridge to :mod:`fieldvault.core.export`).

:meth:`ExportService.build` reads the vault in one session and returns a redacted
``ExportDocument`` plus the withheld values for the leak check; :meth:`ExportService.export`
hands both to ``write_export`` with the vault's export key and records one audit entry per
exported case. Nothing is written anywhere but the chosen folder (the PDF is built in memory).

Decisions:

- Signing key: a dedicated Ed25519 export key, made on first use and kept in the encrypted
  database (``meta`` row ``export_signing_key``), not the owner's member key. The member key
  signs exchange bundles and identifies a team member to colleagues; one key per protocol
  keeps a signature from ever being valid in the other, keeps the team identity out of
  documents that leave the project, and lets either key be replaced alone.
- Withheld by default (:mod:`.withhold`): in a category the profile withholds, every span a
  reviewer accepted and every span the detector suggested that nobody decided, plus every
  other mention of a withheld value; only a rejection shows a detected span. Cases never
  scanned, or changed since their scan, are scanned first (progress and cancel run through
  it); ``require_review`` refuses instead while anything is undecided. The cover and the
  redaction log count and mark what was withheld after review and by default.
- Withheld values (the leak check's needles): the original of every accepted redaction in the
  vault (any case, any transcript version), every undecided suggestion on a current text
  except values a reviewer rejected in the exported cases, and, when people are withheld,
  every name, variant and contact in the identity store.
- Titles are never redacted text, so they appear only in profiles that withhold neither
  places nor organisations. Location-like metadata is reduced to its region when places are
  withheld. Any free text (title, attribute, memo, redaction reason) that still contains a
  withheld value is left out with a note saying so; a recipient text that does is refused.
- Status: exporting records, it does not review. A case keeps its status unless the caller
  asks ``mark_exported``; then approved cases move to ``exported`` through the review
  workflow (role-checked, with a review event), and other cases are left as they are.
- Theme reports carry passages only (no full transcripts, no memos); their cases appear in
  the redaction log and the chain of custody.

Threading: ``build`` and ``export`` read through their own sessions and write only through
``vault.write``; run them off the UI thread. ``progress(done, 100)`` is called on the calling
thread; ``cancel()`` is polled between cases and between the engine's steps.
"""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.export import (
    PROFILES,
    ExportCancelled,
    ExportDocument,
    ExportError,
    ExportResult,
    FontSet,
    MinisignKey,
    Profile,
    attached,
    custom_profile,
    identity_statement,
    key_for,
    today_utc,
    write_export,
)
from fieldvault.core.export.compose import withheld_counts
from fieldvault.core.export.gather import (
    BuildContext,
    build_cases,
    coarse_place,
    doc_themes,
    words_for,
)
from fieldvault.core.export.leakcheck import (
    LeakFound,
    prepare_needles,
)
from fieldvault.core.export.profiles import ALL_CATEGORIES, PERSON
from fieldvault.core.export.withhold import (
    Names,
    StrictSpans,
    ValueIndex,
    WithheldValue,
    Withholding,
    case_spans,
    default_counts,
    identity_values,
    merge_overlaps,
    withheld_values,
)
from fieldvault.core.export.wording import ENGLISH, Wording
from fieldvault.core.progress import Cancel, Cancelled, Progress
from fieldvault.core.records.codebook import descendants
from fieldvault.core.records.review import may_move
from fieldvault.core.records.scans import PrivacyState, states_in
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store import audit
from fieldvault.core.store.models import (
    Case,
    Coding,
    Member,
    Meta,
    Person,
    Redaction,
)
from fieldvault.core.store.models import Theme as ThemeRow

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

KEY_META = "export_signing_key"
SCAN_SHARE = 30  # per cent of the progress bar given to scanning unscanned cases
BUILD_SHARE = 35  # ... and to reading the vault

@dataclass(frozen=True)
class PreparedExport:
    """A built export: the redacted document, the values its PDF must not contain, the
    profile it was built for and one sentence per piece of free text that was left out."""

    document: ExportDocument
    withheld: tuple[str, ...]
    profile: Profile
    omitted: tuple[str, ...]
    sources: tuple[str, ...] = ()  # for each withheld value, where it comes from (no value)
    scanned: tuple[str, ...] = ()  # cases scanned before building
    images: dict[str, bytes] = field(default_factory=dict)  # chosen photos' JPEGs by id


@dataclass(frozen=True)
class CasePreview:
    """One case of an export preview: its privacy state and, per category, how many spans
    the export would withhold after review and by default (nobody decided)."""

    code: str
    state: PrivacyState
    after_review: dict[str, int]
    by_default: dict[str, int]


@dataclass(frozen=True)
class ExportPreview:
    profile: str
    cases: tuple[CasePreview, ...]

    @property
    def not_reviewed(self) -> list[str]:
        """Codes of the cases whose state is not ``reviewed``."""
        return [case.code for case in self.cases if case.state.state != "reviewed"]

    @property
    def to_scan(self) -> list[str]:
        """Codes of the cases the export will scan first."""
        return [case.code for case in self.cases if case.state.needs_scan]

    def totals(self) -> tuple[dict[str, int], dict[str, int]]:
        """Per category over all cases: (after review, by default)."""
        reviewed: dict[str, int] = {}
        by_default: dict[str, int] = {}
        for case in self.cases:
            for total, part in ((reviewed, case.after_review), (by_default, case.by_default)):
                for category, count in part.items():
                    total[category] = total.get(category, 0) + count
        return reviewed, by_default


@dataclass(frozen=True)
class VaultExportResult(ExportResult):
    """``ExportResult`` plus what the vault did around it."""

    omitted: tuple[str, ...] = ()
    marked_exported: tuple[str, ...] = ()  # cases moved approved -> exported
    scanned: tuple[str, ...] = ()  # cases scanned first (never scanned, or changed)
    withheld_after_review: dict[str, int] = field(default_factory=dict)  # per category
    withheld_by_default: dict[str, int] = field(default_factory=dict)
    attachments_included: tuple[str, ...] = ()  # ids of the attachments chosen
    attachments_withheld: int = 0  # the exported cases' other attachments


class ExportService:
    def __init__(self, vault: Vault) -> None:
        self.vault = vault
        self._fonts: FontSet | None = None

    # --- the export key -------------------------------------------------------------------

    def signing_key(self) -> Ed25519PrivateKey:
        """The vault's export signing key, made (and audited) on first use."""
        with self.vault.session() as session:
            row = session.get(Meta, KEY_META)
        if row is None:
            key = Ed25519PrivateKey.generate()
            payload = {"key_id": key_for(key).key_id_hex}
            with self.vault.write("export.key", "vault", payload) as session:
                row = session.get(Meta, KEY_META)
                if row is None:
                    row = Meta(key=KEY_META, value=key.private_bytes_raw().hex())
                    session.add(row)
        return Ed25519PrivateKey.from_private_bytes(bytes.fromhex(row.value))

    def public_key(self) -> MinisignKey:
        """The minisign public key recipients check exports with (``minisign -P``)."""
        return key_for(self.signing_key())

    # --- profiles -------------------------------------------------------------------------

    def profile(self, name: str, withhold: Iterable[str] | None = None,
                include_codings: bool | None = None,
                include_memos: bool | None = None) -> Profile:
        """``legal``, ``supervisor`` or ``custom`` (which needs ``withhold``)."""
        if name != "custom":
            if name not in PROFILES:
                raise InputError(f"There is no export profile '{name}'; use legal, supervisor "
                                 "or custom.")
            if withhold is not None or include_codings is not None or include_memos is not None:
                raise InputError("Withheld categories, codings and memos can be chosen only "
                                 "for the custom profile.")
            return PROFILES[name]
        if withhold is None:
            raise InputError("A custom profile needs the categories to withhold, "
                             "e.g. PERSON,PHONE.")
        try:
            return custom_profile([c.strip().upper() for c in withhold if c.strip()],
                                  bool(include_codings), bool(include_memos))
        except ExportError as exc:
            raise InputError(str(exc)) from exc

    def _resolve(self, profile: Profile | str, strict: bool = False) -> Profile:
        chosen = profile if isinstance(profile, Profile) else self.profile(profile)
        return chosen.made_strict() if strict else chosen

    # --- building -------------------------------------------------------------------------

    def build_document(self, *, codes: Sequence[str] | None = None,
                       themes: Sequence[str] | None = None, profile: Profile | str,
                       recipient: str) -> tuple[ExportDocument, tuple[str, ...]]:
        """The redacted document and the withheld values (for the leak check only)."""
        prepared = self.build(codes=codes, themes=themes, profile=profile, recipient=recipient)
        return prepared.document, prepared.withheld

    def build(self, *, codes: Sequence[str] | None = None, themes: Sequence[str] | None = None,
              profile: Profile | str, recipient: str, export_id: str | None = None,
              progress: Progress | None = None, cancel: Cancel | None = None,
              require_review: bool = False, strict: bool = False,
              language: str = "en", attachments: Sequence[str] = ()) -> PreparedExport:
        """Cases (``codes``) or a theme report (``themes``, optionally within ``codes``).

        Cases never scanned, or changed since their scan, are scanned first (``progress``
        runs over the scans); then undecided suggestions are withheld by default, or the
        export is refused when ``require_review`` is set. ``strict`` also withholds every
        word, number and date not known to be safe (privacy/strict.py, the allow list).
        ``language`` (en, ko, ru) is the PDF's: its fixed wording and the labels, theme names
        and chain-of-custody lines the export writes; tokens stay canonical.
        ``attachments``: ids of the cases' attachments to include (or ``all``); every other
        one is withheld and counted on the cover (see attached.py)."""
        words = words_for(language)
        chosen = self._resolve(profile, strict)
        recipient = " ".join(recipient.split())
        _check_request(codes, themes, chosen, recipient)
        scanned = self._scan_first(self._case_codes(codes, themes), progress, cancel)
        identities = self._identity_values(chosen)
        statement = self._identity_statement(words) if chosen.identity_statement else None
        with self.vault.session() as session:
            wanted = _wanted_themes(session, themes) if themes else None
            cases = _select_cases(session, codes, wanted)
            if require_review:
                _refuse_undecided(session, cases, chosen)
            values = withheld_values(session, chosen.withheld, [c.id for c in cases],
                                     identities)
            ctx = self._context(session, chosen, values, words)
            if ctx.mentions(recipient):
                raise InputError("The recipient text contains a value this export withholds; "
                                 "describe the recipient without it.")
            built, passages = build_cases(session, cases, ctx, wanted, cancel)
        chosen_items, withheld_items, images = attached.gather(
            self.vault, [c.id for c in cases], attachments)
        used = {c.theme_id for case in built for c in case.codings}
        used |= {p.theme_id for p in passages}
        doc = ExportDocument(
            export_id=export_id or new_export_id(), profile=chosen.name, recipient=recipient,
            date_utc=today_utc(), identity_statement=statement,
            themes=doc_themes(ctx.themes, used, words.language), cases=built,
            passages=passages, language=words.language, attachments=tuple(chosen_items),
            attachments_withheld=withheld_items)
        return PreparedExport(doc, tuple(v.text for v in values), chosen, tuple(ctx.omitted),
                              tuple(v.source for v in values), tuple(scanned), images)

    def preview(self, codes: Sequence[str], profile: Profile | str,
                strict: bool = False) -> ExportPreview:
        """What an export of ``codes`` would withhold, before anything is scanned or written:
        per case its privacy state and, per category, how many spans are withheld after
        review and by default. Cases not scanned (or changed) are scanned by the export
        itself; their counts here cover only what is already known."""
        chosen = self._resolve(profile, strict)
        identities = self._identity_values(chosen)
        with self.vault.session() as session:
            cases = _select_cases(session, codes, None)
            states = states_in(session, [c.id for c in cases])
            values = withheld_values(session, chosen.withheld, [c.id for c in cases],
                                     identities)
            names = Names(dict(session.exec(select(Person.id, Person.code)).all()), {})
            index = ValueIndex(values)
            out = []
            for case in cases:
                spans = case_spans(session, current_transcript(session, case.id),
                                   chosen.withheld, index, names, self._strict(chosen))
                reviewed, by_default = default_counts(merge_overlaps(spans))
                out.append(CasePreview(case.code, states[case.id], reviewed, by_default))
        return ExportPreview(chosen.name, tuple(out))

    def withholding(self, case_ids: Sequence[str],
                    categories: Iterable[str] = ALL_CATEGORIES) -> Withholding:
        """What a plain-text export (REFI-QDA) of these cases withholds, read once; the
        caller scans the cases first (``vault.privacy.ensure_scanned``)."""
        return Withholding(self.vault, case_ids, categories)

    def _strict(self, profile: Profile) -> StrictSpans | None:
        return self.vault.privacy.strict_spans if profile.strict else None

    def _case_codes(self, codes: Sequence[str] | None,
                    themes: Sequence[str] | None) -> list[str]:
        with self.vault.session() as session:
            wanted = _wanted_themes(session, themes) if themes else None
            return [case.code for case in _select_cases(session, codes, wanted)]

    def _scan_first(self, codes: list[str], progress: Progress | None,
                    cancel: Cancel | None) -> list[str]:
        try:
            return self.vault.privacy.ensure_scanned(codes, progress, cancel)
        except Cancelled as exc:
            raise ExportCancelled("The export was cancelled while scanning cases; nothing "
                                  "was written (finished scans are kept).") from exc

    def _identity_values(self, profile: Profile) -> list[WithheldValue]:
        """Every name, variant and contact in the identity store, when people are withheld."""
        return identity_values(self.vault) if PERSON in profile.withheld else []

    def _identity_statement(self, words: Wording = ENGLISH) -> str:
        if self.vault.people.has_identity_key():
            role = self.vault.me.role
            if words.language == "en":
                return identity_statement(f"{role} who keeps the exporting vault")
            return words.say("identity_held", role=words.role(role))
        if self.vault.people.list():
            return words.say("identity_destroyed")
        return words.say("identity_none")

    def _context(self, session: Session, profile: Profile,
                 values: Sequence[WithheldValue], words: Wording = ENGLISH) -> BuildContext:
        me = self.vault.me
        return BuildContext(words=words,
            profile=profile, needles=prepare_needles(v.text for v in values)[0],
            values=ValueIndex(values), strict=self._strict(profile),
            members={m.id: m.name for m in session.exec(select(Member))},
            persons={p.id: p.code for p in session.exec(select(Person))},
            themes={t.id: t for t in session.exec(select(ThemeRow))},
            viewer_id=me.id if me.role == "coder" else None)

    # --- exporting ------------------------------------------------------------------------

    def export(self, *, codes: Sequence[str] | None = None,
               themes: Sequence[str] | None = None, profile: Profile | str, recipient: str,
               out_dir: Path, progress: Progress | None = None, cancel: Cancel | None = None,
               mark_exported: bool = False, require_review: bool = False,
               strict: bool = False, language: str = "en",
               shared: bool = False, attachments: Sequence[str] = ()) -> VaultExportResult:
        """Build, write (checked and signed) into the new or empty ``out_dir``, then audit.
        The files are private to the user unless ``shared`` (other accounts may read them).

        Raises ExportError (LeakFound, MissingGlyph, ExportCancelled, ...) or InputError
        with one sentence; on any failure nothing is left in ``out_dir``. ``language``: the
        PDF's (en, ko, ru), and ``attachments`` (chosen to be included), see :meth:`build`.
        """
        key = self.signing_key()
        prepared = self.build(codes=codes, themes=themes, profile=profile,
                              recipient=recipient, progress=_scan_share(progress),
                              cancel=cancel, require_review=require_review, strict=strict,
                              language=language, attachments=attachments)
        if progress is not None:
            progress(BUILD_SHARE, 100)
        try:
            result = write_export(prepared.document, out_dir, key, prepared.withheld,
                                  _scaled(progress), cancel, profile=prepared.profile,
                                  fonts=self.fonts(), shared=shared, images=prepared.images)
        except LeakFound as exc:
            raise _explained(exc, prepared) from exc
        try:
            self._record(prepared, result)
        except BaseException:
            _discard(result)
            raise
        moved = self._mark_exported(prepared.document) if mark_exported else ()
        values = {f.name: getattr(result, f.name) for f in fields(ExportResult)}
        reviewed, by_default = withheld_counts(prepared.document)
        return VaultExportResult(**values, omitted=prepared.omitted, marked_exported=moved,
                                 scanned=prepared.scanned, withheld_after_review=reviewed,
                                 withheld_by_default=by_default,
                                 attachments_included=tuple(
                                     a.id for a in prepared.document.attachments),
                                 attachments_withheld=prepared.document.attachments_withheld)

    def fonts(self) -> FontSet:
        if self._fonts is None:
            self._fonts = FontSet()
        return self._fonts

    def _record(self, prepared: PreparedExport, result: ExportResult) -> None:
        """One audit entry per case (action ``export.write``), all in one transaction."""
        doc = prepared.document
        base = {"export_id": doc.export_id, "profile": doc.profile,
                "withheld": sorted(prepared.profile.withheld), "recipient": doc.recipient,
                "content_sha256": result.content_sha256, "pdf_sha256": result.pdf_sha256,
                "key_id": result.key_id, "pages": result.pages, "language": doc.language,
                "mode": "themes" if doc.passages else "cases"}
        if doc.attachments or doc.attachments_withheld:
            base["attachments"] = [item.id for item in doc.attachments]
            base["attachments_withheld"] = doc.attachments_withheld
        codes = [case.code for case in doc.cases]
        last = codes[-1]
        with self.vault.write("export.write", f"case:{last}", {**base, "case": last}) as session:
            for code in codes[:-1]:
                audit.append(session, self.vault.actor_name, "export.write", f"case:{code}",
                             {**base, "case": code})

    def _mark_exported(self, doc: ExportDocument) -> tuple[str, ...]:
        role = self.vault.me.role
        if not may_move(role, "approved", "exported"):
            return ()
        moved = []
        for case in doc.cases:
            if self.vault.cases.get(case.code).status == "approved":
                self.vault.review.move(case.code, "exported", f"export {doc.export_id}")
                moved.append(case.code)
        return tuple(moved)


# --- request and selection --------------------------------------------------------------------


def new_export_id() -> str:
    return f"EX-{datetime.now(UTC):%Y%m%d}-{secrets.token_hex(3).upper()}"


def _check_request(codes: Sequence[str] | None, themes: Sequence[str] | None,
                   profile: Profile, recipient: str) -> None:
    if not codes and not themes:
        raise InputError("Choose the cases or the themes to export.")
    if not recipient:
        raise InputError("Name the recipient of the export (it is printed on the cover).")
    if themes and not profile.include_codings:
        raise InputError(f"The {profile.name} profile leaves codings out, so it cannot make a "
                         "theme report; use supervisor or a custom profile with codings.")


def _wanted_themes(session: Session, themes: Sequence[str]) -> set[str]:
    for theme_id in themes:
        if session.get(ThemeRow, theme_id) is None:
            raise NotFound(f"There is no theme '{theme_id}' in this vault's codebook.")
    return descendants(session, list(themes))


def _select_cases(session: Session, codes: Sequence[str] | None,
                  wanted: set[str] | None) -> list[Case]:
    query = select(Case)
    if codes:
        found = {c.code: c for c in session.exec(query.where(col(Case.code).in_(list(codes))))}
        missing = [code for code in codes if code not in found]
        if missing:
            raise NotFound(f"There is no case {missing[0]} in this vault.")
    if wanted is not None:
        coded = select(Coding.case_id).where(col(Coding.theme_id).in_(wanted),
                                             Coding.placed == True)  # noqa: E712
        query = query.where(col(Case.id).in_(coded))
    if codes:
        query = query.where(col(Case.code).in_(list(codes)))
    cases = list(session.exec(query.order_by(col(Case.code))))
    if not cases:
        raise NotFound("No case has passages coded with these themes.")
    return cases


def _explained(exc: LeakFound, prepared: PreparedExport) -> LeakFound:
    """The leak as the user can act on it: which kind of value, found where (never the value)."""
    number = exc.value_number
    if number is None or not 0 < number <= len(prepared.sources):
        return exc
    return LeakFound(f"The leak check found {prepared.sources[number - 1]} on page {exc.page} "
                     "of the PDF; the export was refused and nothing was kept. Withhold it "
                     "there (accept or add a redaction) and export again.",
                     number, exc.page)


def _refuse_undecided(session: Session, cases: list[Case], profile: Profile) -> None:
    """Refused, in one sentence, while a suggestion this profile would withhold is undecided."""
    current = [current_transcript(session, case.id).id for case in cases]
    rows = session.exec(select(Redaction.case_id).where(
        col(Redaction.transcript_id).in_(current), Redaction.status == "suggested",
        Redaction.placed == True,  # noqa: E712
        col(Redaction.category).in_(sorted(profile.withheld)))).all()
    if rows:
        many = len(rows) != 1
        raise Refused(f"{len(rows)} suggestion{'s' * many} in {len(set(rows))} of the "
                      f"{len(cases)} cases {'are' if many else 'is'} still undecided; accept "
                      "or reject them first, or export without requiring review (undecided "
                      "values are then withheld).")


# --- one case ----------------------------------------------------------------------------


def _scan_share(progress: Progress | None) -> Progress | None:
    """Scanning before the build takes the first SCAN_SHARE per cent of the bar."""
    if progress is None:
        return None

    def tick(done: int, total: int) -> None:
        progress(SCAN_SHARE * done // max(total, 1), 100)

    return tick


def _scaled(progress: Progress | None) -> Progress | None:
    if progress is None:
        return None

    def tick(done: int, total: int) -> None:
        progress(BUILD_SHARE + (100 - BUILD_SHARE) * done // max(total, 1), 100)

    return tick


def _discard(result: ExportResult) -> None:
    """Remove a written export folder (its listed files, then the folder if empty)."""
    for name in result.files:
        (result.directory / name).unlink(missing_ok=True)
    try:
        result.directory.rmdir()
    except OSError:
        pass


__all__ = ["CasePreview", "ExportPreview", "ExportService", "PreparedExport",
           "VaultExportResult", "coarse_place",
           "merge_overlaps", "new_export_id"]

