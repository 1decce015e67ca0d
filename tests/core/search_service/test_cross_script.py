"""One query finds a place or a person in every script the vault knows, and case titles,
attributes and memos are searched: on a real vault, through ``vault.search``."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.search.equivalents import Equivalents, places, read_groups
from fieldvault.core.search.query import parse
from fieldvault.core.search.service import SearchResult
from fieldvault.core.store import connection, keyslots, schema
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

FIXTURE = Path(__file__).parents[2] / "fixtures" / "schema1.fieldvault"

TEXTS = {
    "C-0001": "[FICTIONAL] We were sent to Ussuriysk in the winter and worked at a market.",
    "C-0002": "[FICTIONAL] Нас привезли в Уссурийске на стройку, жили в общежитии.",
    "C-0003": "[FICTIONAL] 우수리스크에서 일했습니다. 숙소는 추웠습니다.",
    "C-0004": "[FICTIONAL] Bolshoy Kamen shipyard. Later a brigade in Большом Камне, "
              "then 볼쇼이카멘 again.",
    "C-0005": "[FICTIONAL] Nothing about any town here, only the plan and the quota.",
}


def add_case(vault: Vault, code: str, text: str, title: str = "Interview",
             attributes: dict[str, Any] | None = None) -> None:
    vault.cases.create(CaseInput(title=title, transcript=text, languages=["en", "ko", "ru"],
                                 interview_date="2016-03-01", code=code,
                                 attributes=attributes or {}))


def found(vault: Vault, query: str) -> list[tuple[str, str | None, str]]:
    return [(h.kind, h.case_code, h.snippet) for h in vault.search.query(query)]


def cases_of(hits: list[SearchResult], kind: str = "transcript") -> set[str | None]:
    return {h.case_code for h in hits if h.kind == kind}


@pytest.fixture
def towns(vault: Vault) -> Vault:
    for code, text in TEXTS.items():
        add_case(vault, code, text)
    return vault


def test_a_town_in_three_scripts_gives_the_same_hits(towns: Vault) -> None:
    first = found(towns, "Ussuriysk")
    assert {code for kind, code, _ in first if kind == "transcript"} == {
        "C-0001", "C-0002", "C-0003"}
    for query in ("Уссурийск", "우수리스크", "Уссурийске", "우수리스크에서", "ussuriisk"):
        assert found(towns, query) == first, query


def test_every_form_of_the_town_is_highlighted(towns: Vault) -> None:
    marked = {h.case_code: [h.snippet[s:e] for s, e in h.snippet_matches]
              for h in towns.search.query("우수리스크")}
    assert marked["C-0001"] == ["Ussuriysk"]
    assert marked["C-0002"] == ["Уссурийске"]
    assert marked["C-0003"] == ["우수리스크에서"]


def test_a_two_word_place_is_found_from_each_form(towns: Vault) -> None:
    for query in ("Bolshoy Kamen", "Большой Камень", "볼쇼이카멘", '"bolshoi kamen"'):
        hits = towns.search.query(query)
        assert cases_of(hits) == {"C-0004"}, query
        (hit,) = hits
        assert [hit.snippet[s:e] for s, e in hit.snippet_matches] == [
            "Bolshoy Kamen", "Большом Камне", "볼쇼이카멘"], query


def test_other_words_still_narrow_the_hits(towns: Vault) -> None:
    assert cases_of(towns.search.query("Уссурийск market")) == {"C-0001"}
    assert cases_of(towns.search.query("Ussur*")) == {"C-0001"}  # a prefix is not expanded


def test_registered_variants_of_a_person_find_each_other(vault: Vault) -> None:
    add_case(vault, "C-0011", "[FICTIONAL] The foreman Pak Chol-su kept the passports.")
    add_case(vault, "C-0012", "[FICTIONAL] 반장 박철수가 여권을 가져갔다.")
    add_case(vault, "C-0013", "[FICTIONAL] Бригадир Пак Чхоль Су забрал паспорта.")
    assert cases_of(vault.search.query("박철수")) == {"C-0012"}
    vault.people.add("manager", "Pak Chol-su", ["박철수", "Пак Чхоль Су"])
    everyone = {"C-0011", "C-0012", "C-0013"}
    for query in ("박철수", "Pak Chol-su", "Пак Чхоль Су", "pak chol su"):
        assert cases_of(vault.search.query(query)) == everyone, query


def test_a_persons_names_are_not_expanded_once_the_identity_key_is_gone(vault: Vault) -> None:
    add_case(vault, "C-0021", "[FICTIONAL] 반장 박철수가 여권을 가져갔다.")
    add_case(vault, "C-0022", "[FICTIONAL] The foreman Pak Chol-su kept the passports.")
    vault.people.add("manager", "Pak Chol-su", ["박철수"])
    assert cases_of(vault.search.query("박철수")) == {"C-0021", "C-0022"}
    vault.people.shred()
    assert cases_of(vault.search.query("박철수")) == {"C-0021"}


def test_case_titles_and_attributes_are_searched(vault: Vault) -> None:
    add_case(vault, "C-0031", "[FICTIONAL] We cut timber all winter.",
             title="Timber brigade near Chuguyevka", attributes={"sector": "logging",
                                                                  "arrived": 2013})
    add_case(vault, "C-0032", "[FICTIONAL] The plan was due on the 25th.", title="Quota")
    (hit,) = vault.search.query("Чугуевка")
    assert (hit.kind, hit.case_code, hit.target) == ("case", "C-0031", "C-0031")
    assert [hit.snippet[s:e] for s, e in hit.snippet_matches] == ["Chuguyevka"]
    assert cases_of(vault.search.query("logging"), "case") == {"C-0031"}
    assert cases_of(vault.search.query("2013"), "case") == {"C-0031"}
    vault.cases.set_attribute("C-0031", "sector", "fishing")
    assert vault.search.query("logging") == []
    assert cases_of(vault.search.query("fishing"), "case") == {"C-0031"}
    vault.cases.update("C-0032", title="Remittances home")
    assert cases_of(vault.search.query("remittance"), "case") == {"C-0032"}
    vault.cases.delete("C-0031")
    assert vault.search.query("fishing") == []


def test_theme_and_attribute_filters_keep_title_hits_of_matching_cases(vault: Vault) -> None:
    add_case(vault, "C-0041", "[FICTIONAL] text one", title="Nakhodka port",
             attributes={"sector": "fishing"})
    add_case(vault, "C-0042", "[FICTIONAL] text two", title="Nakhodka market",
             attributes={"sector": "trade"})
    hits = vault.search.query("Находка", attributes={"sector": "trade"})
    assert [(h.kind, h.case_code) for h in hits] == [("case", "C-0042")]


def test_a_memo_hit_shows_the_memo_and_names_its_target(vault: Vault) -> None:
    add_case(vault, "C-0051", "[FICTIONAL] A plain transcript.")
    memo = vault.memos.add("case", "C-0051", "Ask again about the debts in Уссурийск next visit.")
    (hit,) = vault.search.query("Ussuriysk")
    assert (hit.kind, hit.target, hit.case_code) == ("memo", memo.id, "C-0051")
    assert hit.memo_on == ("case", vault.cases.get("C-0051").id)
    assert "debts in Уссурийск" in hit.snippet
    assert [hit.snippet[s:e] for s, e in hit.snippet_matches] == ["Уссурийск"]


def test_places_are_read_from_the_packaged_gazetteer() -> None:
    gazetteer = places()
    assert len(gazetteer) > 60
    expanded = {c.norm_expr() for q in ("Nakhodka", "Находке", "나홋카")
                for c in gazetteer.expand(parse(q))}
    assert len(expanded) == 1


def test_groups_sharing_a_form_are_joined() -> None:
    equivalents = Equivalents(read_groups(["# comment", "", "Artyom\tАртём", "Artyom\t아르툠"]))
    clauses = {c.norm_expr() for q in ("Artyom", "Артём", "아르툠")
               for c in equivalents.expand(parse(q))}
    assert len(clauses) == 3  # each form brings its own groups
    (joined,) = equivalents.expand(parse("Artyom"))
    assert {f.surfaces for f in joined.forms} == {("Artyom",), ("Артём",), ("아르툠",)}


def test_a_vault_made_before_gets_its_case_titles_indexed(tmp_path: Path) -> None:
    target = tmp_path / "old.fieldvault"
    shutil.copytree(FIXTURE, target)
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        hits = vault.search.query("Fixture interview")
        assert [(h.kind, h.case_code) for h in hits] == [("case", "C-101")]


def test_the_migration_indexes_cases_written_at_the_previous_schema(tmp_path: Path,
                                                                   vault_path: Path) -> None:
    target = tmp_path / "nine.fieldvault"
    shutil.copytree(vault_path, target)
    key = keyslots.unlock_with_passphrase(keyslots.read(target), PASSPHRASE)
    engine = connection.make_engine(target / "vault.db", key)
    before = schema.MIGRATIONS.index(schema.upgrade_search_cases)
    with connection.writer(engine).begin() as conn:
        conn.exec_driver_sql(f"PRAGMA user_version = {before}")
        # Back to the schema before upgrade_search_cases: undo what later migrations made.
        assert schema.MIGRATIONS[before + 1:] == [schema.upgrade_audio_codings,
                                                  schema.upgrade_analysis_changes,
                                                  schema.upgrade_search_sources,
                                                  schema.upgrade_transcript_references,
                                                  schema.upgrade_codings_analysis,
                                                  schema.upgrade_paragraph_breaks,
                                                  schema.upgrade_fts_leaf_size]
        for (trigger,) in conn.exec_driver_sql(
                "SELECT name FROM sqlite_master WHERE type = 'trigger' "
                "AND sql LIKE '%analysis_changes%'").all():
            conn.exec_driver_sql(f'DROP TRIGGER "{trigger}"')
        conn.exec_driver_sql("DROP TABLE analysis_changes")
        conn.exec_driver_sql("DROP TABLE audio_codings")
        conn.exec_driver_sql("DROP TRIGGER search_source_deleted")
        conn.exec_driver_sql("DROP TRIGGER search_source_blanked")
        conn.exec_driver_sql("DROP TRIGGER transcript_paragraphs_blanked")
        conn.exec_driver_sql("DROP TABLE transcript_paragraphs")
        conn.exec_driver_sql(
            "INSERT INTO cases (id, code, title, location, languages, status, created, updated)"
            " VALUES ('old-1', 'C-0900', 'Dalnegorsk mine', 'Дальнегорск', '[\"en\"]', 'draft',"
            " '2024-01-01', '2024-01-01')")
    engine.dispose()
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        assert schema.current_version(vault.engine) == schema.SCHEMA_VERSION
        hits = vault.search.query("달네고르스크")
        assert [(h.kind, h.case_code) for h in hits] == [("case", "C-0900")]


SCHEMA9 = Path(__file__).parents[2] / "fixtures" / "schema9.fieldvault"


def fts_integrity(vault: Vault) -> None:
    with vault.engine.begin() as conn:
        for table in ("search_norm", "search_tri"):
            conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def test_a_vault_written_at_schema_9_gets_a_correct_smaller_index(tmp_path: Path) -> None:
    target = tmp_path / "nine.fieldvault"
    shutil.copytree(SCHEMA9, target)
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        with vault.engine.connect() as conn:
            columns = {r[1] for r in conn.exec_driver_sql("PRAGMA table_info(search_doc)")}
            assert columns == {"id", "doc_id", "kind", "body", "source_id"}
            # each case's text is read from its current transcript version, not copied
            assert sourced_documents(conn) == [("C-0901", 2, ""), ("C-0902", 1, ""),
                                               ("C-0903", 1, "")]
        fts_integrity(vault)
        assert cases_of(vault.search.query("우수리스크")) == {"C-0902", "C-0903"}
        assert cases_of(vault.search.query("Артём")) == {"C-0901"}  # the second version
        assert [(h.kind, h.case_code) for h in vault.search.query("Zyxwvu")] == []
        assert cases_of(vault.search.query("Находка"), "case") == {"C-0901"}
        assert cases_of(vault.search.query("construction"), "case") == {"C-0902", "C-0903"}
        (memo,) = vault.search.query("블라디보스토크")
        assert (memo.kind, memo.case_code) == ("memo", "C-0903")
        # documents indexed before the migration are removed and replaced exactly
        vault.transcripts.save_version("C-0902", "[FICTIONAL] 나홋카에서 일했습니다.")
        vault.cases.delete("C-0903")
        fts_integrity(vault)
        assert cases_of(vault.search.query("Ussuriysk")) == set()
        assert cases_of(vault.search.query("Nakhodka")) == {"C-0901", "C-0902"}
        with vault.engine.connect() as conn:
            assert sourced_documents(conn) == [("C-0901", 2, ""), ("C-0902", 2, "")]
            assert conn.exec_driver_sql("SELECT count(*) FROM search_retired").scalar() == 0


def sourced_documents(conn: Connection) -> list[tuple[str, int, str]]:
    """(case code, version, own body) of every case document pointing at a transcript."""
    return [tuple(r) for r in conn.exec_driver_sql(
        "SELECT c.code, t.version, d.body FROM search_doc d"
        " JOIN transcripts t ON t.id = d.source_id JOIN cases c ON c.id = t.case_id"
        " WHERE d.doc_id = 'case:' || c.id ORDER BY c.code")]
