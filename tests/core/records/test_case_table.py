"""cases.table(): every case as parallel columns, the same content as summaries()."""

from __future__ import annotations

from fieldvault.core.records.cases import CaseInput, CaseTable
from fieldvault.core.vault import Vault

TEXT = "[FICTIONAL] He paid the agent. 그는 매달 돈을 보냈습니다. Он жил в Уссурийске."


def add(vault: Vault, code: str, languages: list[str], **attributes: object) -> None:
    vault.cases.create(CaseInput(title=f"Interview {code} 노동자", transcript=TEXT,
                                 languages=languages, interview_date="2016-03-01",
                                 interviewer="Ira" if code < "C-500" else None,
                                 location="Artyom" if code.endswith("1") else None,
                                 attributes=attributes, code=code))


def test_table_holds_every_summary_in_code_order(vault: Vault) -> None:
    add(vault, "C-300", ["en"], sector="fishery", returned=True)
    add(vault, "C-101", ["ko", "ru"], sector="fishery", returned=False, year=2011)
    add(vault, "C-700", ["en"], sector="fishery", returned=True)
    add(vault, "C-551", ["ru"])
    vault.codings.add("C-300", "quota.planned", 0, 11)
    vault.codings.add("C-300", "work.arrears", 12, 20)
    vault.cases.update("C-700", status="submitted")
    table = vault.cases.table()
    assert [table.summary(n) for n in range(len(table))] == vault.cases.summaries()
    assert table.codes == ["C-101", "C-300", "C-551", "C-700"]
    assert list(table.codings) == [0, 2, 0, 0]
    assert [table.index_of(c) for c in ("C-101", "C-700", "C-100", "C-999")] == [0, 3, None,
                                                                                  None]


def test_repeated_values_are_one_object(vault: Vault) -> None:
    for code in ("C-110", "C-120", "C-130"):
        add(vault, code, ["en", "ko"], sector="fishery", year=2011)
    add(vault, "C-140", ["en", "ko"], sector="fishery", year=2012)
    table = vault.cases.table()
    assert table.attributes[0] is table.attributes[1] is table.attributes[2]
    assert table.attributes[3] is not table.attributes[0]
    assert table.attributes[3] == {"sector": "fishery", "year": 2012}
    assert table.languages[0] is table.languages[3] == ("en", "ko")
    assert table.dates[0] is table.dates[3] and table.statuses[0] is table.statuses[3]
    copy = table.summary(0)  # a summary gets its own list and dict: changing it is harmless
    copy.attributes["year"] = 1999
    copy.languages.append("ru")
    assert table.summary(1).attributes["year"] == 2011 and table.languages[1] == ("en", "ko")


def test_table_of_summaries_puts_them_in_code_order(vault: Vault) -> None:
    add(vault, "C-200", ["en"])
    add(vault, "C-100", ["ru"], returned=True)
    summaries = vault.cases.summaries()
    table = CaseTable.of(reversed(summaries))
    assert [table.summary(n) for n in range(len(table))] == summaries
    assert len(CaseTable.of([])) == 0 and CaseTable.of([]).index_of("C-100") is None


def test_codes_with_theme_are_the_cases_summaries_select(vault: Vault) -> None:
    for code in ("C-300", "C-100", "C-200", "C-400"):
        add(vault, code, ["en"])
    vault.codings.add("C-300", "quota.planned", 0, 11)
    vault.codings.add("C-100", "quota.planned", 0, 11)
    vault.codings.add("C-100", "quota.planned", 12, 20)
    vault.codings.add("C-200", "work.arrears", 0, 11)
    for theme in ("quota", "quota.planned", "work.arrears", "work"):
        assert vault.cases.codes_with_theme(theme) == [
            s.code for s in vault.cases.summaries(theme=theme)]
    assert vault.cases.codes_with_theme("quota") == ["C-100", "C-300"]
    assert vault.cases.codes_with_theme("living.quarters") == []


def test_coding_total_is_what_the_summaries_add_up_to(vault: Vault) -> None:
    assert vault.cases.coding_total() == 0
    for code in ("C-300", "C-100", "C-200"):
        add(vault, code, ["en"])
    vault.codings.add("C-300", "quota.planned", 0, 11)
    vault.codings.add("C-100", "quota.planned", 0, 11)
    vault.codings.add("C-100", "work.arrears", 12, 20)
    assert vault.cases.coding_total() == sum(s.codings for s in vault.cases.summaries()) == 3
    vault.cases.delete("C-100")
    assert vault.cases.coding_total() == sum(s.codings for s in vault.cases.summaries()) == 1
