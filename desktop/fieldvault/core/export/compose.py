"""ExportDocument -> layout blocks: cover, cases, theme report, appendices.

Input is the redacted document only; this module cannot see withheld values.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import pairwise

from fieldvault.core.export.fonts import FontSet
from fieldvault.core.export.layout import (
    Block,
    NewPage,
    Para,
    Picture,
    Piece,
    Spacer,
    Style,
    Table,
)
from fieldvault.core.export.model import CodedRange, ExportCase, ExportDocument, Theme
from fieldvault.core.export.profiles import Profile
from fieldvault.core.export.wording import Wording, wording

TITLE = Style(18.0, True)
H1 = Style(15.0, True)
H2 = Style(12.0, True)
BODY = Style(10.0)
BOLD = Style(10.0, True)
SMALL = Style(8.5, False, "#3a3a3a")
SMALL_BOLD = Style(8.5, True, "#3a3a3a")
LABEL = Style(9.0, True, "#333333")
CELL = Style(9.0)
CONTEXT = Style(10.0, False, "#6a6a6a")
TOKEN_COLOR = "#7a1010"
TOKEN_BG = "#ececec"
COMMAND = Style(9.5, True, "#0b3d62", "#f1f4f7")

TOKEN_IN_TEXT = re.compile(r"\[R\d+ · [^\[\]\n]+\]")


@dataclass(frozen=True)
class CoverFacts:
    """Facts known only when writing: printed on the cover."""

    content_sha256: str
    key_id: str
    public_key: str
    pdf_name: str


def highlight(color: str) -> str:
    """The theme colour mixed 30 % into white, for text backgrounds."""
    channels = [int(color[i : i + 2], 16) for i in (1, 3, 5)]
    mixed = [round(255 - (255 - value) * 0.3) for value in channels]
    return "#" + "".join(f"{value:02x}" for value in mixed)


def _para(
    text: str, style: Style = BODY, space_after: float = 4.0, keep_with_next: bool = False
) -> Para:
    return Para([Piece(text, style)], leading=style.size * 1.4, space_after=space_after,
                keep_with_next=keep_with_next)


def _heading(text: str, style: Style) -> Para:
    return Para([Piece(text, style)], leading=style.size * 1.35, space_before=8.0,
                space_after=5.0, keep_with_next=True)


def _cells(values: Sequence[str], style: Style = CELL) -> list[list[Piece]]:
    return [_with_tokens(value, style) for value in values]


def _with_tokens(text: str, style: Style, bars: tuple[str, ...] = ()) -> list[Piece]:
    """Plain text with any redaction tokens styled as tokens."""
    pieces: list[Piece] = []
    cursor = 0
    for match in TOKEN_IN_TEXT.finditer(text):
        if match.start() > cursor:
            pieces.append(Piece(text[cursor : match.start()], style, bars))
        pieces.append(_token_piece(match.group(), style, bars))
        cursor = match.end()
    if cursor < len(text) or not pieces:
        pieces.append(Piece(text[cursor:], style, bars))
    return pieces


def _token_piece(token: str, base: Style, bars: tuple[str, ...] = ()) -> Piece:
    style = Style(base.size, True, TOKEN_COLOR, base.bg or TOKEN_BG)
    return Piece(token, style, bars, nobreak=True)


# ----- cover --------------------------------------------------------------------------


def _cover(doc: ExportDocument, profile: Profile | None, facts: CoverFacts,
           w: Wording) -> list[Block]:
    blocks: list[Block] = [NewPage(w.say("cover"), "cover")]
    blocks.append(Para([Piece(w.say("title"), TITLE)], leading=24.0, space_after=2.0))
    blocks.append(_para(w.say("subtitle"), SMALL, space_after=10.0))
    rows = [
        (w.say("export_id"), doc.export_id),
        (w.say("profile"), w.profile_name(doc.profile)),
        (w.say("recipient"), doc.recipient),
        (w.say("date_utc"), doc.date_utc),
        (w.say("digest"), _grouped(facts.content_sha256)),
        (w.say("key_id"), facts.key_id),
        (w.say("public_key"), facts.public_key),
    ]
    blocks.append(Table([0.32, 0.68], _cells([w.say("field"), w.say("value")], LABEL),
                        [_cells(row) for row in rows], leading=11.0))
    blocks.append(_para(w.say("digest_note"), SMALL))
    blocks.extend(_verify_steps(facts, w))
    blocks.extend(_profile_summary(doc, profile, w))
    if doc.identity_statement:
        blocks.append(_heading(w.say("identities"), H2))
        blocks.append(_para(doc.identity_statement))
    blocks.extend(_contents(doc, w))
    return blocks


def _grouped(digest: str) -> str:
    """Hex in groups of eight, easier to compare by eye; checkers ignore the spaces."""
    return " ".join(digest[index : index + 8] for index in range(0, len(digest), 8))


def _verify_steps(facts: CoverFacts, w: Wording) -> list[Block]:
    def command(text: str) -> Para:
        return Para([Piece(text, COMMAND, nobreak=len(text) < 80)], leading=14.0, indent=14.0,
                    space_after=6.0)

    return [
        _heading(w.say("verify_heading"), H2),
        _para(w.say("verify_step1")),
        command("sha256sum -c SHA256SUMS"),
        _para(w.say("verify_step2")),
        command(f"minisign -Vm {facts.pdf_name} -P {facts.public_key}"),
        command(f"minisign -Vm manifest.json -P {facts.public_key}"),
    ]


def _profile_summary(doc: ExportDocument, profile: Profile | None,
                     w: Wording) -> list[Block]:
    blocks: list[Block] = [_heading(w.say("withholds_heading"), H2)]
    reviewed, by_default = withheld_counts(doc)
    parts = [w.say("counts", reviewed=_counted(reviewed), by_default=_counted(by_default))]
    if profile is not None:
        withheld = ", ".join(sorted(profile.withheld)) or w.say("nothing")
        parts[:0] = [w.say("categories", categories=withheld),
                     *([w.say("strict")] if profile.strict else []),
                     w.say("codings_in" if profile.include_codings else "codings_out"),
                     w.say("memos_in" if profile.include_memos else "memos_out")]
    if doc.attachments or doc.attachments_withheld:
        parts.append(w.say("attachments_counts", included=len(doc.attachments),
                           withheld=doc.attachments_withheld))
    blocks.append(_para(" ".join(parts)))
    note = w.say("token_note")
    used = sorted(set(reviewed) | set(by_default))
    if w.language != "en" and used:
        note += " " + w.say("legend", legend=w.legend(used))
    blocks.append(_para(note))
    return blocks


def withheld_counts(doc: ExportDocument) -> tuple[dict[str, int], dict[str, int]]:
    """Per category, the redaction log's rows: (after review, by default)."""
    reviewed: dict[str, int] = {}
    by_default: dict[str, int] = {}
    for case in doc.cases:
        for row in case.redactions:
            target = by_default if row.by_default else reviewed
            target[row.category] = target.get(row.category, 0) + 1
    return reviewed, by_default


def _counted(counts: dict[str, int]) -> str:
    """``12 (PERSON 7, PHONE 5)`` or ``0``."""
    total = sum(counts.values())
    if not total:
        return "0"
    return f"{total} (" + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())) + ")"


def _contents(doc: ExportDocument, w: Wording) -> list[Block]:
    entries: list[tuple[str, str]] = [
        (w.say("case", code=case.code), f"case:{case.code}")
        for case in doc.cases if case.segments
    ]
    if doc.passages:
        entries.append((w.say("theme_report"), "themes"))
    entries.append((w.say("appendix_a"), "redactions"))
    entries.append((w.say("appendix_b"), "custody"))
    if doc.attachments:
        entries.append((w.say("appendix_c"), "attachments"))
    blocks: list[Block] = [_heading(w.say("contents"), H2)]
    for title, anchor in entries:
        blocks.append(Para([Piece(title, BODY)], leading=14.0, space_after=0.0, page_ref=anchor))
    return blocks


# ----- cases --------------------------------------------------------------------------


def _case(case: ExportCase, themes: dict[str, Theme], profile: Profile | None,
          w: Wording) -> list[Block]:
    blocks: list[Block] = [NewPage(case.code, f"case:{case.code}")]
    blocks.append(_heading(w.say("case", code=case.code), H1))
    if case.metadata:
        rows = [_cells([key, value]) for key, value in case.metadata]
        blocks.append(Table([0.3, 0.7], _cells([w.say("field"), w.say("value")], LABEL), rows))
    show_codings = bool(case.codings) and (profile is None or profile.include_codings)
    if show_codings:
        blocks.extend(_legend(case, themes, w))
    blocks.append(_heading(w.say("transcript"), H2))
    blocks.extend(transcript_blocks(case, themes if show_codings else {}))
    if case.memos:
        blocks.append(_heading(w.say("memos"), H2))
        for memo in case.memos:
            blocks.extend(_para(line or " ") for line in memo.split("\n"))
    return blocks


def _legend(case: ExportCase, themes: dict[str, Theme], w: Wording) -> list[Block]:
    used = list(dict.fromkeys(coding.theme_id for coding in case.codings))
    pieces: list[Piece] = []
    for theme_id in used:
        theme = themes[theme_id]
        pieces.append(Piece("", BODY, swatch=theme.color))
        pieces.append(Piece(theme.name + "    ", SMALL))
    return [
        _heading(w.say("themes_coded"), H2),
        _para(w.say("themes_coded_note"), SMALL),
        Para(pieces, leading=14.0, space_after=6.0),
    ]


def _intervals(case: ExportCase) -> Iterator[tuple[int, int, bool, tuple[str, ...]]]:
    """(start, end, is_token, active theme ids) over the joined text, in order."""
    starts: list[int] = []
    is_token: list[bool] = []
    position = 0
    for segment in case.segments:
        if segment.text:
            starts.append(position)
            is_token.append(segment.token is not None)
            position += len(segment.text)
    bounds = set(starts) | {position}
    for coding in case.codings:
        bounds.update((coding.start, coding.end))
    ordered = sorted(bound for bound in bounds if bound <= position)
    pending = sorted(case.codings, key=lambda coding: coding.start)
    active: list[CodedRange] = []
    for start, end in pairwise(ordered):
        while pending and pending[0].start <= start:
            active.append(pending.pop(0))
        active = [coding for coding in active if coding.end > start]
        index = bisect.bisect_right(starts, start) - 1
        yield start, end, is_token[index], tuple(coding.theme_id for coding in active)


def transcript_blocks(case: ExportCase, themes: dict[str, Theme]) -> list[Block]:
    """Paragraph blocks of a transcript; codings are drawn only for themes in ``themes``."""
    text = case.text
    paragraphs: list[list[Piece]] = [[]]
    for start, end, is_token, active in _intervals(case):
        shown = tuple(theme_id for theme_id in active if theme_id in themes)
        bars = tuple(themes[theme_id].color for theme_id in shown)
        bg = highlight(themes[shown[0]].color) if shown else None
        if is_token:
            paragraphs[-1].append(_token_piece(text[start:end], Style(10.0, bg=bg), bars))
            continue
        for index, part in enumerate(text[start:end].split("\n")):
            if index:
                paragraphs.append([])
            if part:
                paragraphs[-1].append(Piece(part, Style(10.0, bg=bg), bars))
    return [Para(pieces, leading=14.5, space_after=5.0) if pieces else Spacer(5.0)
            for pieces in paragraphs]


# ----- theme report -------------------------------------------------------------------


def _theme_report(doc: ExportDocument, w: Wording) -> list[Block]:
    heading = w.say("theme_report")
    blocks: list[Block] = [NewPage(heading, "themes"), _heading(heading, H1)]
    blocks.append(_para(w.say("theme_report_note"), SMALL))
    for theme in doc.themes:
        passages = [p for p in doc.passages if p.theme_id == theme.id]
        if not passages:
            continue
        title = [Piece("", H2, swatch=theme.color), Piece(theme.name, H2)]
        blocks.append(Para(title, leading=17.0, space_before=12.0, space_after=2.0,
                           keep_with_next=True))
        blocks.append(_para(w.passages(len(passages)), SMALL, space_after=6.0))
        mark = Style(10.0, bg=highlight(theme.color))
        for passage in passages:
            blocks.append(_para(w.say("case", code=passage.case_code), SMALL_BOLD,
                                space_after=1.0,
                                keep_with_next=True))
            pieces = (_with_tokens(_flat(passage.before), CONTEXT)
                      + _with_tokens(_flat(passage.passage), mark, (theme.color,))
                      + _with_tokens(_flat(passage.after), CONTEXT))
            blocks.append(Para(pieces, leading=14.0, indent=10.0, space_after=8.0))
    return blocks


def _flat(text: str) -> str:
    return text.replace("\n", " ")


# ----- appendices ---------------------------------------------------------------------


def _redaction_log(doc: ExportDocument, w: Wording) -> list[Block]:
    blocks: list[Block] = [NewPage(w.say("appendix_a_short"), "redactions"),
                           _heading(w.say("appendix_a"), H1)]
    blocks.append(_para(w.say("log_note"), SMALL))
    mark = w.say("by_default")  # the "Decided by" cell of a span nobody reviewed
    rows = [
        _cells([f"R{row.number}", case.code, w.category_cell(row.category), w.reason(row.reason),
                mark if row.by_default else row.accepted_by, row.accepted_at])
        for case in doc.cases
        for row in sorted(case.redactions, key=lambda row: row.number)
    ]
    if not rows:
        blocks.append(_para(w.say("nothing_withheld")))
        return blocks
    header = _cells([w.say(key) for key in ("col_no", "col_case", "col_category", "col_reason",
                                            "col_decided_by", "col_when")], LABEL)
    widths = [0.07, 0.10, 0.12, 0.32, 0.14, 0.25] if w.language == "en" else \
        [0.07, 0.10, 0.18, 0.27, 0.13, 0.25]
    blocks.append(Table(widths, header, rows))
    return blocks


def _custody(doc: ExportDocument, w: Wording) -> list[Block]:
    blocks: list[Block] = [NewPage(w.say("appendix_b_short"), "custody"),
                           _heading(w.say("appendix_b"), H1)]
    blocks.append(_para(w.say("custody_note"), SMALL))
    header = _cells([w.say("col_when"), w.say("col_who"), w.say("col_what")], LABEL)
    for case in doc.cases:
        blocks.append(_heading(w.say("case", code=case.code), H2))
        if not case.custody:
            blocks.append(_para(w.say("no_events")))
            continue
        rows = [_cells([event.at, event.actor, event.action]) for event in case.custody]
        blocks.append(Table([0.24, 0.22, 0.54], header, rows))
    return blocks


def _attachments(doc: ExportDocument, w: Wording) -> list[Block]:
    """Appendix C: every chosen attachment listed, then each photo on a page of its own."""
    blocks: list[Block] = [NewPage(w.say("appendix_c_short"), "attachments"),
                           _heading(w.say("appendix_c"), H1)]
    blocks.append(_para(w.say("attachments_note"), SMALL))
    for item in doc.attachments:
        kind = f"{w.say('kind_' + item.kind)} ({item.format})"
        facts = [item.id, w.say("case", code=item.case_code), kind]
        if item.duration is not None:
            facts.append(_duration(item.duration))
        blocks.append(_para(" · ".join(facts), BOLD, space_after=1.0, keep_with_next=True))
        blocks.append(_para(f"SHA-256 {item.sha256}", SMALL, space_after=6.0))
    for photo in doc.photos:
        blocks.append(NewPage(w.say("appendix_c_short")))
        blocks.append(_heading(w.say("photo_caption", id=photo.id, case=photo.case_code), H2))
        blocks.append(_para(f"SHA-256 {photo.sha256}", SMALL, space_after=8.0))
        blocks.append(Picture(photo.id, photo.width, photo.height))
    return blocks


def _duration(seconds: float) -> str:
    whole = round(seconds)
    return f"{whole // 3600}:{whole // 60 % 60:02d}:{whole % 60:02d}"


# ----- whole document -----------------------------------------------------------------


def compose(doc: ExportDocument, profile: Profile | None, facts: CoverFacts) -> list[Block]:
    themes = {theme.id: theme for theme in doc.themes}
    w = wording(doc.language)
    blocks = _cover(doc, profile, facts, w)
    for case in doc.cases:
        if case.segments:
            blocks.extend(_case(case, themes, profile, w))
    if doc.passages:
        blocks.extend(_theme_report(doc, w))
    blocks.extend(_redaction_log(doc, w))
    blocks.extend(_custody(doc, w))
    if doc.attachments:
        blocks.extend(_attachments(doc, w))
    return blocks


def texts_to_check(doc: ExportDocument) -> Iterator[tuple[str, str]]:
    """(where, text) for every string the PDF will draw, for the glyph pre-flight."""
    yield "the export id", doc.export_id
    yield "the recipient", doc.recipient
    yield "the profile name", doc.profile
    if doc.identity_statement:
        yield "the identity statement", doc.identity_statement
    for theme in doc.themes:
        yield f"theme {theme.id}", theme.name
    for case in doc.cases:
        where = f"case {case.code}"
        yield where, case.code
        yield where, case.text
        yield from ((where, f"{key} {value}") for key, value in case.metadata)
        yield from ((where, memo) for memo in case.memos)
        for row in case.redactions:
            yield where, f"{row.category} {row.reason} {row.accepted_by} {row.accepted_at}"
        for event in case.custody:
            yield where, f"{event.at} {event.actor} {event.action}"
    for item in doc.attachments:
        yield f"attachment {item.id[:8]}", f"{item.id} {item.case_code} {item.format}"
    for passage in doc.passages:
        where = f"a passage from case {passage.case_code}"
        yield where, f"{passage.case_code} {passage.before} {passage.passage} {passage.after}"


def check_glyphs(doc: ExportDocument, fonts: FontSet) -> None:
    for where, text in texts_to_check(doc):
        fonts.check(text, where)
