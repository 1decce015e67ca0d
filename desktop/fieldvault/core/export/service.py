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

import json
import secrets
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError, NotFound, Refused
from fieldvault.core.export import (
    PROFILES,
    CustodyEvent,
    ExportCancelled,
    ExportCase,
    ExportDocument,
    ExportError,
    ExportResult,
    FontSet,
    MinisignKey,
    Profile,
    RedactedText,
    Theme,
    ThemePassage,
    custom_profile,
    identity_statement,
    key_for,
    redact_text,
    theme_passage,
    today_utc,
    write_export,
)
from fieldvault.core.export.compose import withheld_counts
from fieldvault.core.export.leakcheck import (
    LeakFound,
    Needle,
    find_needles,
    normalise,
    prepare_needles,
)
from fieldvault.core.export.profiles import ALL_CATEGORIES, LOCATION, ORG, PERSON
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
from fieldvault.core.progress import Cancel, Cancelled, Progress
from fieldvault.core.records.codebook import descendants
from fieldvault.core.records.review import is_revealed_in, may_move
from fieldvault.core.records.scans import PrivacyState, states_in
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store import audit
from fieldvault.core.store.models import (
    AuditEntry,
    Case,
    CaseAttribute,
    Coding,
    Member,
    Memo,
    Meta,
    Person,
    Redaction,
    ReviewEvent,
    Transcript,
)
from fieldvault.core.store.models import Theme as ThemeRow

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

KEY_META = "export_signing_key"
SCAN_SHARE = 30  # per cent of the progress bar given to scanning unscanned cases
BUILD_SHARE = 35  # ... and to reading the vault

# Attribute names whose values are places; reduced to the region when places are withheld.
PLACE_ATTRIBUTES = frozenset({"city", "town", "village", "place", "location", "site",
                              "district", "address", "settlement"})
_PRIMORSKY = ("vladivostok владивосток 블라디보스토크 ussuriysk ussuriisk уссурийск 우수리스크 "
              "artyom artem артем 아르툠 아르촘 nakhodka находка 나홋카 partizansk партизанск "
              "파르티잔스크 arsenyev арсеньев dalnegorsk дальнегорск lesozavodsk лесозаводск "
              "dalnerechensk дальнереченск slavyanka славянка spassk-dalny спасск-дальний "
              "bolshoy-kamen большой-камень")
REGIONS: dict[str, str] = {name: "Primorsky Krai" for name in _PRIMORSKY.split()}
REGIONS.update({"khabarovsk": "Khabarovsk Krai", "хабаровск": "Khabarovsk Krai",
                "하바롭스크": "Khabarovsk Krai"})


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


@dataclass
class _Context:
    """What every case of one build shares."""

    profile: Profile
    needles: list[Needle]
    values: ValueIndex
    members: dict[str, str]
    persons: dict[str, str]
    themes: dict[str, ThemeRow]
    viewer_id: str | None  # a coder working blind sees only their own codings
    strict: StrictSpans | None = None
    omitted: list[str] = field(default_factory=list)

    def mentions(self, text: str) -> bool:
        return bool(find_needles(text, self.needles))

    def clean(self, text: str, what: str, where: str) -> str:
        """``text``, or a note in its place when it contains a withheld value."""
        if not self.mentions(text):
            return text
        self.omitted.append(f"The {what} of case {where} was left out: it contains a value "
                            "this export withholds.")
        return f"({what} left out: it contains a withheld value)"

    def member(self, member_id: str | None) -> str:
        return self.members.get(member_id or "", "unknown member")

    @property
    def names(self) -> Names:
        return Names(self.persons, self.members)


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
              require_review: bool = False, strict: bool = False) -> PreparedExport:
        """Cases (``codes``) or a theme report (``themes``, optionally within ``codes``).

        Cases never scanned, or changed since their scan, are scanned first (``progress``
        runs over the scans); then undecided suggestions are withheld by default, or the
        export is refused when ``require_review`` is set. ``strict`` also withholds every
        word, number and date not known to be safe (privacy/strict.py, the allow list)."""
        chosen = self._resolve(profile, strict)
        recipient = " ".join(recipient.split())
        _check_request(codes, themes, chosen, recipient)
        scanned = self._scan_first(self._case_codes(codes, themes), progress, cancel)
        identities = self._identity_values(chosen)
        statement = self._identity_statement() if chosen.identity_statement else None
        with self.vault.session() as session:
            wanted = _wanted_themes(session, themes) if themes else None
            cases = _select_cases(session, codes, wanted)
            if require_review:
                _refuse_undecided(session, cases, chosen)
            values = withheld_values(session, chosen.withheld, [c.id for c in cases],
                                     identities)
            ctx = self._context(session, chosen, values)
            if ctx.mentions(recipient):
                raise InputError("The recipient text contains a value this export withholds; "
                                 "describe the recipient without it.")
            built, passages = _build_cases(session, cases, ctx, wanted, cancel)
        used = {c.theme_id for case in built for c in case.codings}
        used |= {p.theme_id for p in passages}
        doc = ExportDocument(
            export_id=export_id or new_export_id(), profile=chosen.name, recipient=recipient,
            date_utc=today_utc(), identity_statement=statement,
            themes=_doc_themes(ctx.themes, used), cases=built, passages=passages)
        return PreparedExport(doc, tuple(v.text for v in values), chosen, tuple(ctx.omitted),
                              tuple(v.source for v in values), tuple(scanned))

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

    def _identity_statement(self) -> str:
        if self.vault.people.has_identity_key():
            return identity_statement(f"{self.vault.me.role} who keeps the exporting vault")
        if self.vault.people.list():
            return ("People appear under pseudonym codes. The identity store that linked the "
                    "codes to real identities has been destroyed; nobody can restore the link "
                    "from the exporting vault.")
        return ("People appear under pseudonym codes. The exporting vault keeps no record of "
                "their real identities.")

    def _context(self, session: Session, profile: Profile,
                 values: Sequence[WithheldValue]) -> _Context:
        me = self.vault.me
        return _Context(
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
               strict: bool = False, shared: bool = False) -> VaultExportResult:
        """Build, write (checked and signed) into the new or empty ``out_dir``, then audit.
        The files are private to the user unless ``shared`` (other accounts may read them).

        Raises ExportError (LeakFound, MissingGlyph, ExportCancelled, ...) or InputError
        with one sentence; on any failure nothing is left in ``out_dir``.
        """
        key = self.signing_key()
        prepared = self.build(codes=codes, themes=themes, profile=profile,
                              recipient=recipient, progress=_scan_share(progress),
                              cancel=cancel, require_review=require_review, strict=strict)
        if progress is not None:
            progress(BUILD_SHARE, 100)
        try:
            result = write_export(prepared.document, out_dir, key, prepared.withheld,
                                  _scaled(progress), cancel, profile=prepared.profile,
                                  fonts=self.fonts(), shared=shared)
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
                                 withheld_by_default=by_default)

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
                "key_id": result.key_id, "pages": result.pages,
                "mode": "themes" if doc.passages else "cases"}
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


def _build_cases(session: Session, cases: list[Case], ctx: _Context, wanted: set[str] | None,
                 cancel: Cancel | None) -> tuple[list[ExportCase], list[ThemePassage]]:
    built: list[ExportCase] = []
    passages: list[ThemePassage] = []
    number = 1
    custody = _custody_entries(session, cases)
    for case in cases:
        if cancel is not None and cancel():
            raise ExportCancelled("The export was cancelled; nothing was kept.")
        full, log_size = _case(session, case, ctx, number, wanted, custody.get(case.id, []))
        number += log_size
        if wanted is None:
            built.append(full)
            continue
        passages += [theme_passage(full, coding) for coding in full.codings]
        built.append(ExportCase(full.code, full.metadata, [], [], [], full.redactions,
                                full.custody))
    return built, passages


def _case(session: Session, case: Case, ctx: _Context, first_number: int,
          wanted: set[str] | None, entries: list[AuditEntry]) -> tuple[ExportCase, int]:
    transcript = current_transcript(session, case.id)
    redacted = _redact(session, case, transcript, ctx, first_number)
    rows = _codings(session, case, transcript, ctx)
    if wanted is not None:
        rows = [row for row in rows if row.theme_id in wanted]
    show = ctx.profile.include_codings
    coded = redacted.map_codings((r.start, r.end, r.theme_id) for r in rows) if show else []
    memos = _memos(session, case, rows, ctx) if ctx.profile.include_memos and not wanted else []
    export_case = ExportCase(
        code=case.code, metadata=_metadata(session, case, ctx), segments=list(redacted.segments),
        codings=coded, memos=memos, redactions=list(redacted.log),
        custody=_custody(session, case, rows, ctx, entries))
    return export_case, len(redacted.log)


def _redact(session: Session, case: Case, transcript: Transcript, ctx: _Context,
            first_number: int) -> RedactedText:
    spans = [replace(span, reason=ctx.clean(span.reason, "redaction reason", case.code))
             for span in case_spans(session, transcript, ctx.profile.withheld, ctx.values,
                                    ctx.names, ctx.strict)]
    try:
        return redact_text(transcript.text, merge_overlaps(spans), ctx.profile, first_number)
    except ExportError as exc:
        raise ExportError(f"Case {case.code}: {exc}") from exc


def _codings(session: Session, case: Case, transcript: Transcript,
             ctx: _Context) -> list[Coding]:
    query = select(Coding).where(Coding.case_id == case.id,
                                 Coding.transcript_id == transcript.id,
                                 Coding.placed == True)  # noqa: E712
    if ctx.viewer_id is not None and not is_revealed_in(session, case.id):
        query = query.where(Coding.coder_id == ctx.viewer_id)
    return list(session.exec(query.order_by(col(Coding.start), col(Coding.end))))


def _memos(session: Session, case: Case, codings: list[Coding], ctx: _Context) -> list[str]:
    themes = {c.id: ctx.themes[c.theme_id].name_en for c in codings}
    query = select(Memo).where(or_(
        and_(col(Memo.target_kind) == "case", col(Memo.target_id) == case.id),
        and_(col(Memo.target_kind) == "coding", col(Memo.target_id).in_(list(themes)))))
    out = []
    for memo in session.exec(query.order_by(col(Memo.created))):
        text = ctx.clean(memo.text, "memo", case.code)
        if memo.target_kind == "coding":
            text = f"On a passage coded “{themes[memo.target_id]}”: {text}"
        out.append(text)
    return out


def _metadata(session: Session, case: Case, ctx: _Context) -> list[tuple[str, str]]:
    places_withheld = LOCATION in ctx.profile.withheld
    rows: list[tuple[str, str]] = []
    if not {LOCATION, ORG} & ctx.profile.withheld:
        rows.append(("Title", case.title))
    rows.append(("Interview date", case.interview_date or "not recorded"))
    rows.append(("Languages", ", ".join(json.loads(case.languages))))
    if case.location:
        rows.append(("Location", coarse_place(case.location) if places_withheld
                     else case.location))
    attributes = session.exec(select(CaseAttribute).where(CaseAttribute.case_id == case.id)
                              .order_by(col(CaseAttribute.name)))
    for row in attributes:
        value = json.loads(row.value)
        shown = _attribute_text(value)
        if places_withheld and row.name.casefold() in PLACE_ATTRIBUTES:
            shown = coarse_place(shown)
        rows.append((row.name.replace("_", " ").capitalize(), shown))
    rows.append(("Review status", case.status.replace("_", " ")))
    return [(name, ctx.clean(value, name.lower(), case.code)) for name, value in rows]


def _attribute_text(value: Any) -> str:
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def coarse_place(place: str) -> str:
    """The region of a known place (``Primorsky Krai``), else a plain 'withheld'."""
    key = "-".join(normalise(place).split())
    region = REGIONS.get(key)
    return f"{region} (place withheld)" if region else "withheld (LOCATION)"


# --- chain of custody -----------------------------------------------------------------------


def _custody_entries(session: Session, cases: list[Case]) -> dict[str, list[AuditEntry]]:
    """Audit entries naming each case (``case:CODE``) or one of its codings."""
    by_code = {f"case:{case.code}": case.id for case in cases}
    owners = dict(session.exec(select(Coding.id, Coding.case_id)
                               .where(col(Coding.case_id).in_(list(by_code.values())))).all())
    out: dict[str, list[AuditEntry]] = {}
    for entry in audit.entries_for(session, "case:"):
        if entry.target in by_code:
            out.setdefault(by_code[entry.target], []).append(entry)
    for entry in audit.entries_for(session, "coding:"):
        case_id = owners.get(entry.target.removeprefix("coding:"))
        if case_id is not None:
            out.setdefault(case_id, []).append(entry)
    return out


def _custody(session: Session, case: Case, codings: list[Coding], ctx: _Context,
             entries: list[AuditEntry]) -> list[CustodyEvent]:
    events = [(case.created, CustodyEvent(_when(case.created), "Fieldvault",
                                          "case record created in the vault"))]
    if case.interviewer_id:
        when = case.interview_date or case.created
        events.append((when, CustodyEvent(_when(when), f"{ctx.member(case.interviewer_id)} "
                                          "(collector)", "interview recorded")))
    for coder, (first, count) in _coders(codings).items():
        events.append((first, CustodyEvent(_when(first), f"{ctx.member(coder)} (coder)",
                                           f"coded {count} passage" + "s" * (count != 1))))
    query = select(ReviewEvent).where(ReviewEvent.case_id == case.id)
    for event in session.exec(query.order_by(col(ReviewEvent.at))):
        role = " (reviewer)" if event.to_status not in ("submitted",) else ""
        events.append((event.at, CustodyEvent(
            _when(event.at), ctx.member(event.actor_id) + role,
            f"review: {event.from_status} → {event.to_status}")))
    events += _audit_events(entries)
    return [event for _, event in sorted(events, key=lambda pair: pair[0])]


def _audit_events(entries: list[AuditEntry]) -> list[tuple[str, CustodyEvent]]:
    """One event per run of consecutive entries with the same actor and action, citing the
    entries' sequence numbers and the chain hash of the last one."""
    runs: list[list[AuditEntry]] = []
    for entry in sorted(entries, key=lambda e: e.seq):
        if runs and (runs[-1][-1].actor, runs[-1][-1].action) == (entry.actor, entry.action):
            runs[-1].append(entry)
        else:
            runs.append([entry])
    out = []
    for run in runs:
        first, last = run[0], run[-1]
        cited = f"#{first.seq}" if len(run) == 1 else f"#{first.seq}–#{last.seq}"
        times = "" if len(run) == 1 else f" ×{len(run)}"
        out.append((first.at, CustodyEvent(_when(first.at), first.actor,
                                           f"{first.action}{times} (audit {cited}, "
                                           f"{last.hash[:12]})")))
    return out


def _coders(codings: list[Coding]) -> dict[str | None, tuple[str, int]]:
    out: dict[str | None, tuple[str, int]] = {}
    for coding in codings:
        first, count = out.get(coding.coder_id, (coding.created, 0))
        out[coding.coder_id] = (min(first, coding.created), count + 1)
    return out


def _when(stamp: str) -> str:
    """``2024-05-02T10:11:12.5Z`` -> ``2024-05-02 10:11 UTC``; dates stay dates."""
    if len(stamp) <= 10:
        return stamp
    return f"{stamp[:10]} {stamp[11:16]} UTC"


# --- output -----------------------------------------------------------------------------------


def _doc_themes(rows: dict[str, ThemeRow], used: set[str]) -> list[Theme]:
    chosen = sorted((rows[theme_id] for theme_id in used), key=lambda t: (t.position, t.id))
    return [Theme(t.id, t.name_en, _colour(t.color)) for t in chosen]


def _colour(value: str) -> str:
    text = value.strip()
    valid = len(text) == 7 and text[0] == "#" and all(c in "0123456789abcdefABCDEF"
                                                       for c in text[1:])
    return text if valid else "#999999"


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

