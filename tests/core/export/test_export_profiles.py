"""Profiles and redact_text: what becomes a token, numbering, offsets, neutral particles."""

from __future__ import annotations

import pytest

from fieldvault.core.export import (
    PROFILES,
    CodedRange,
    ExportCase,
    ExportError,
    Segment,
    SourceSpan,
    custom_profile,
    redact_text,
    theme_passage,
)

TEXT = "Kim Chol-su worked for Namgang in Ussuriysk; call +7 914 555 12 34."


def _span(value: str, category: str, pseudonym: str | None = None) -> SourceSpan:
    start = TEXT.index(value)
    return SourceSpan(start, start + len(value), category, pseudonym, "why", "I-004", "2024-05-02")


SPANS = [
    _span("Kim Chol-su", "PERSON", "W-017"),
    _span("Namgang", "ORG"),
    _span("Ussuriysk", "LOCATION"),
    _span("+7 914 555 12 34", "PHONE"),
]


def test_legal_withholds_every_category_with_numbered_tokens() -> None:
    redacted = redact_text(TEXT, SPANS, PROFILES["legal"], first_number=12)
    joined = "".join(segment.text for segment in redacted.segments)
    assert joined == (
        "[R12 · PERSON W-017] worked for [R13 · ORG] in [R14 · LOCATION]; call [R15 · PHONE]."
    )
    assert [row.number for row in redacted.log] == [12, 13, 14, 15]
    assert redacted.withheld == ("Kim Chol-su", "Namgang", "Ussuriysk", "+7 914 555 12 34")
    assert all(segment.token in (None, segment.text) for segment in redacted.segments)


def test_supervisor_keeps_places_and_organisations() -> None:
    redacted = redact_text(TEXT, SPANS, PROFILES["supervisor"])
    joined = "".join(segment.text for segment in redacted.segments)
    assert joined == "[R1 · PERSON W-017] worked for Namgang in Ussuriysk; call [R2 · PHONE]."
    assert "Namgang" not in redacted.withheld


def test_custom_profile_and_unknown_category() -> None:
    profile = custom_profile({"PHONE"}, include_codings=True, include_memos=False)
    joined = "".join(s.text for s in redact_text(TEXT, SPANS, profile).segments)
    assert joined.startswith("Kim Chol-su") and "[R1 · PHONE]" in joined
    with pytest.raises(ExportError, match="Unknown redaction category SHOE_SIZE"):
        custom_profile({"SHOE_SIZE"}, True, True)


def test_codings_follow_the_text_and_snap_to_tokens() -> None:
    redacted = redact_text(TEXT, SPANS, PROFILES["legal"])
    joined = "".join(segment.text for segment in redacted.segments)
    worked = TEXT.index("worked")
    inside_name = TEXT.index("Chol")
    moved = redacted.map_codings([
        (worked, worked + len("worked for"), "t1"),
        (inside_name, worked + 6, "t2"),
        (TEXT.index("call"), len(TEXT), "t3"),
    ])
    assert joined[moved[0].start : moved[0].end] == "worked for"
    assert joined[moved[1].start : moved[1].end] == "[R1 · PERSON W-017] worked"
    assert joined[moved[2].start : moved[2].end] == "call [R4 · PHONE]."


def test_korean_particle_after_a_token_is_made_neutral() -> None:
    text = "김철수는 여권을 잃었다. 박영희가 왔다."
    spans = [SourceSpan(0, 3, "PERSON", "W-001"), SourceSpan(14, 17, "PERSON", "W-002")]
    redacted = redact_text(text, spans, PROFILES["legal"])
    joined = "".join(segment.text for segment in redacted.segments)
    assert joined == "[R1 · PERSON W-001]은(는) 여권을 잃었다. [R2 · PERSON W-002]이(가) 왔다."
    after = redacted.map_offset(text.index("여권"), is_end=False)
    assert joined[after : after + 2] == "여권"


def test_overlapping_or_outside_spans_are_refused() -> None:
    with pytest.raises(ExportError, match="overlap"):
        redact_text(TEXT, [SourceSpan(0, 5, "PERSON"), SourceSpan(3, 9, "ORG")], PROFILES["legal"])
    with pytest.raises(ExportError, match="outside"):
        redact_text(TEXT, [SourceSpan(0, 500, "PERSON")], PROFILES["legal"])


def test_theme_passage_never_cuts_a_token() -> None:
    redacted = redact_text(TEXT, SPANS, PROFILES["legal"])
    case = ExportCase("W-001", [], list(redacted.segments), [], [], list(redacted.log), [])
    text = case.text
    start = text.index("worked")
    for context in range(0, 40):
        passage = theme_passage(case, CodedRange(start, start + 10, "t"), context=context)
        for part in (passage.before, passage.after):
            assert part.count("[") == part.count("]"), (context, part)
        assert passage.passage == "worked for"


def test_segment_token_must_equal_text() -> None:
    with pytest.raises(ValueError):
        Segment("Kim Chol-su", "[R1 · PERSON W-017]")
    with pytest.raises(ValueError):
        Segment("Kim", "Kim")
