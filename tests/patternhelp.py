"""A small vault whose analysis figures the tests count by hand (shared by core, CLI, UI)."""

from __future__ import annotations

from typing import Any

from fieldvault.core.records.cases import CaseInput

# Paragraph 1 is [0, 21), the line break at 21, paragraph 2 from 22.
TEXT_1 = "Para one about wages.\nPara two about minders and more."
TEXT_2 = "Single paragraph, arrears and minders."


def small(vault: Any) -> dict[str, str]:
    """Three cases counted by hand in the tests below; returns coding ids by label."""
    def case(code: str, text: str, date: str | None, who: str, **attrs: Any) -> None:
        vault.cases.create(CaseInput(title=code, transcript=text, languages=["en"],
                                     interview_date=date, interviewer=who, attributes=attrs,
                                     code=code))

    case("A-001", TEXT_1, "2015-03-01", "Seo", sector="construction", year_of_arrival=2013)
    case("A-002", TEXT_2, "2016-05-01", "Park", sector="logging", year_of_arrival=2014)
    case("A-003", "Nothing coded here.", None, "Seo", sector="construction")
    ids = {}
    for label, code, theme, start, end, coder in (
            ("arrears1", "A-001", "work.arrears", 0, 10, "c1"),
            ("wages1", "A-001", "work.wages", 5, 15, "c2"),
            ("minders1", "A-001", "surveillance.minders", 30, 40, "c1"),
            ("arrears2", "A-002", "work.arrears", 0, 5, "c1"),
            ("minders2", "A-002", "surveillance.minders", 3, 8, "c1")):
        ids[label] = vault.codings.add(code, theme, start, end, coder=coder).id
    return ids
