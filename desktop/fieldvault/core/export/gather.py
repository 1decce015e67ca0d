"""Reading the chosen cases out of the vault into the export's document model: each case's
redacted transcript, codings, memos, metadata and chain of custody, with the values the
export withholds already replaced. Runs inside the caller's read session; no state.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from fieldvault.core.errors import InputError
from fieldvault.core.export import (
    CustodyEvent,
    ExportCancelled,
    ExportCase,
    ExportError,
    Profile,
    RedactedText,
    Theme,
    ThemePassage,
    redact_text,
    theme_passage,
)
from fieldvault.core.export.leakcheck import (
    Needle,
    find_needles,
    normalise,
)
from fieldvault.core.export.profiles import LOCATION, ORG
from fieldvault.core.export.withhold import (
    Names,
    StrictSpans,
    ValueIndex,
    case_spans,
    merge_overlaps,
)
from fieldvault.core.export.wording import ENGLISH, Wording, wording
from fieldvault.core.progress import Cancel
from fieldvault.core.records.review import is_revealed_in
from fieldvault.core.records.transcripts import current_transcript
from fieldvault.core.store import audit
from fieldvault.core.store.models import (
    AuditEntry,
    Case,
    CaseAttribute,
    Coding,
    Memo,
    ReviewEvent,
    Transcript,
)
from fieldvault.core.store.models import Theme as ThemeRow

if TYPE_CHECKING:
    pass

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



@dataclass
class BuildContext:
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
    words: Wording = ENGLISH  # the PDF's language, for labels the export writes itself

    def mentions(self, text: str) -> bool:
        return bool(find_needles(text, self.needles))

    def clean(self, text: str, what: str, where: str, label: str = "") -> str:
        """``text``, or a note in its place when it contains a withheld value. ``what`` names
        the text for the user (English); ``label`` for the PDF (its language), if different."""
        if not self.mentions(text):
            return text
        self.omitted.append(f"The {what} of case {where} was left out: it contains a value "
                            "this export withholds.")
        english = self.words.language == "en"
        return self.words.say("left_out", what=what if english else label or what)

    def member(self, member_id: str | None) -> str:
        return self.members.get(member_id or "", self.words.say("unknown_member"))

    @property
    def names(self) -> Names:
        return Names(self.persons, self.members)


def build_cases(session: Session, cases: list[Case], ctx: BuildContext, wanted: set[str] | None,
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


def _case(session: Session, case: Case, ctx: BuildContext, first_number: int,
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


def _redact(session: Session, case: Case, transcript: Transcript, ctx: BuildContext,
            first_number: int) -> RedactedText:
    spans = [replace(span, reason=ctx.clean(span.reason, "redaction reason", case.code))
             for span in case_spans(session, transcript, ctx.profile.withheld, ctx.values,
                                    ctx.names, ctx.strict)]
    try:
        return redact_text(transcript.text, merge_overlaps(spans), ctx.profile, first_number)
    except ExportError as exc:
        raise ExportError(f"Case {case.code}: {exc}") from exc


def _codings(session: Session, case: Case, transcript: Transcript,
             ctx: BuildContext) -> list[Coding]:
    query = select(Coding).where(Coding.case_id == case.id,
                                 Coding.transcript_id == transcript.id,
                                 Coding.placed == True)  # noqa: E712
    if ctx.viewer_id is not None and not is_revealed_in(session, case.id):
        query = query.where(Coding.coder_id == ctx.viewer_id)
    return list(session.exec(query.order_by(col(Coding.start), col(Coding.end))))


def _memos(session: Session, case: Case, codings: list[Coding], ctx: BuildContext) -> list[str]:
    themes = {c.id: _theme_name(ctx.themes[c.theme_id], ctx.words.language) for c in codings}
    query = select(Memo).where(or_(
        and_(col(Memo.target_kind) == "case", col(Memo.target_id) == case.id),
        and_(col(Memo.target_kind) == "coding", col(Memo.target_id).in_(list(themes)))))
    out = []
    for memo in session.exec(query.order_by(col(Memo.created))):
        text = ctx.clean(memo.text, "memo", case.code, ctx.words.say("memo"))
        if memo.target_kind == "coding":
            text = ctx.words.say("memo_on_coding", theme=themes[memo.target_id], text=text)
        out.append(text)
    return out


def _metadata(session: Session, case: Case, ctx: BuildContext) -> list[tuple[str, str]]:
    """(label, value) rows; ``what`` keeps the English name for the user's notes."""
    places_withheld = LOCATION in ctx.profile.withheld
    w = ctx.words
    rows: list[tuple[str, str, str]] = []
    if not {LOCATION, ORG} & ctx.profile.withheld:
        rows.append(("title", w.say("meta_title"), case.title))
    rows.append(("interview date", w.say("meta_date"),
                 case.interview_date or w.say("not_recorded")))
    rows.append(("languages", w.say("meta_languages"), ", ".join(json.loads(case.languages))))
    if case.location:
        rows.append(("location", w.say("meta_location"),
                     coarse_place(case.location, w) if places_withheld else case.location))
    attributes = session.exec(select(CaseAttribute).where(CaseAttribute.case_id == case.id)
                              .order_by(col(CaseAttribute.name)))
    for row in attributes:
        value = json.loads(row.value)
        shown = _attribute_text(value, w)
        if places_withheld and row.name.casefold() in PLACE_ATTRIBUTES:
            shown = coarse_place(shown, w)
        name = row.name.replace("_", " ").capitalize()
        rows.append((name.lower(), name, shown))
    rows.append(("review status", w.say("meta_status"), w.status(case.status)))
    return [(label, ctx.clean(value, what, case.code, label)) for what, label, value in rows]


def _attribute_text(value: Any, words: Wording = ENGLISH) -> str:
    if isinstance(value, bool):
        return words.say("yes" if value else "no")
    return str(value)


def coarse_place(place: str, words: Wording = ENGLISH) -> str:
    """The region of a known place (``Primorsky Krai``), else a plain 'withheld'."""
    key = "-".join(normalise(place).split())
    region = REGIONS.get(key)
    if region is None:
        return words.say("place_withheld")
    return words.say("place_region", region=words.region(region))


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


def _custody(session: Session, case: Case, codings: list[Coding], ctx: BuildContext,
             entries: list[AuditEntry]) -> list[CustodyEvent]:
    w = ctx.words
    events = [(case.created, CustodyEvent(_when(case.created), "Fieldvault", w.say("created")))]
    if case.interviewer_id:
        when = case.interview_date or case.created
        collector = w.say("collector", member=ctx.member(case.interviewer_id))
        events.append((when, CustodyEvent(_when(when), collector, w.say("interviewed"))))
    for coder, (first, count) in _coders(codings).items():
        events.append((first, CustodyEvent(_when(first), w.say("coder", member=ctx.member(coder)),
                                           w.coded(count))))
    query = select(ReviewEvent).where(ReviewEvent.case_id == case.id)
    for event in session.exec(query.order_by(col(ReviewEvent.at))):
        actor = ctx.member(event.actor_id)
        who = w.say("reviewer", member=actor) if event.to_status != "submitted" else actor
        events.append((event.at, CustodyEvent(
            _when(event.at), who,
            w.say("review_move", old=w.status(event.from_status, plain=False),
                  new=w.status(event.to_status, plain=False)))))
    events += _audit_events(entries, ctx.words)
    return [event for _, event in sorted(events, key=lambda pair: pair[0])]


def _audit_events(entries: list[AuditEntry],
                  words: Wording = ENGLISH) -> list[tuple[str, CustodyEvent]]:
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
        out.append((first.at, CustodyEvent(_when(first.at), first.actor, words.say(
            "audit_run", action=first.action, times=times, cited=cited, hash=last.hash[:12]))))
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


def doc_themes(rows: dict[str, ThemeRow], used: set[str], language: str) -> list[Theme]:
    chosen = sorted((rows[theme_id] for theme_id in used), key=lambda t: (t.position, t.id))
    return [Theme(t.id, _theme_name(t, language), _colour(t.color)) for t in chosen]


def _theme_name(theme: ThemeRow, language: str) -> str:
    """The theme's name in the PDF's language, English where the codebook has none."""
    local = {"ko": theme.name_ko, "ru": theme.name_ru}.get(language, "")
    return local or theme.name_en


def words_for(language: str) -> Wording:
    try:
        return wording(language)
    except ValueError as exc:
        raise InputError(str(exc)) from exc


def _colour(value: str) -> str:
    text = value.strip()
    valid = len(text) == 7 and text[0] == "#" and all(c in "0123456789abcdefABCDEF"
                                                       for c in text[1:])
    return text if valid else "#999999"
