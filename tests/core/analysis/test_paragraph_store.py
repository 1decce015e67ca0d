"""Paragraph breaks kept beside each transcript version (schema migration 19): written with
every version however it comes in, gone with a sealed or deleted version, backfilled on an
old vault; "same paragraph" co-occurrence equals a brute force over the public services in
each case, also when a version's row is missing."""

from __future__ import annotations

import json
import shutil
from collections import defaultdict
from collections.abc import Callable
from itertools import combinations
from pathlib import Path
from typing import Any

from core.review.reviewkit import exchange, ira_and_sam, new_case, theme_ids
from fieldvault.core.analysis.service import AnalysisService
from fieldvault.core.paragraphs import LINE_BREAKS, line_breaks, packed_breaks, unpack
from fieldvault.core.records.cases import CaseInput
from fieldvault.core.records.importer import import_jsonl
from fieldvault.core.store import connection, keyslots, schema
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

MakeVault = Callable[[str, str], Any]
TEXT = "[FICTIONAL] Kim Chol-su came in 2015.\nThe quota was 90 tons.\r\nNo pay\u2028for months."
FIXTURE = Path(__file__).parents[2] / "fixtures" / "schema1.fieldvault"


def stored(vault: Vault) -> dict[str, bytes]:
    with vault.engine.connect() as conn:
        return dict(conn.exec_driver_sql(  # type: ignore[arg-type]
            "SELECT transcript_id, breaks FROM transcript_paragraphs").all())


def expected(vault: Vault) -> dict[str, bytes]:
    """Every version with text, its breaks computed from the text read back."""
    with vault.engine.connect() as conn:
        rows = conn.exec_driver_sql("SELECT id, text FROM transcripts WHERE text != ''").all()
    return {row[0]: packed_breaks(row[1]) for row in rows}


def brute_paragraph_pairs(vault: Vault) -> dict[tuple[str, str], tuple[int, int]]:
    """(pairs, cases) per theme pair, from the cases' codings and current texts."""
    pairs: dict[tuple[str, str], int] = defaultdict(int)
    cases: dict[tuple[str, str], set[str]] = defaultdict(set)
    for summary in vault.cases.summaries():
        text = vault.transcripts.current(summary.code).text
        number = [sum(text[:i].count(b) for b in LINE_BREAKS) for i in range(len(text))]
        codings = vault.codings.for_case(summary.code, include_unplaced=False)
        for x, y in combinations(codings, 2):
            if x.theme_id != y.theme_id and (set(number[x.start:x.end])
                                             & set(number[y.start:y.end])):
                key = (min(x.theme_id, y.theme_id), max(x.theme_id, y.theme_id))
                pairs[key] += 1
                cases[key].add(summary.code)
    return {key: (n, len(cases[key])) for key, n in pairs.items()}


def paragraph_pairs(vault: Vault) -> dict[tuple[str, str], tuple[int, int]]:
    table = AnalysisService(vault).cooccur(mode="paragraph")  # nothing kept from before
    return {key: (p.pairs, p.cases) for key, p in table.counts.items()}


def coded_case(vault: Vault, code: str, text: str = TEXT) -> None:
    vault.cases.create(CaseInput(title=code, transcript=text, languages=["en"], code=code))
    themes = theme_ids(vault, 3)
    for number, (start, end) in enumerate([(0, 15), (12, 40), (45, 60), (58, 70), (66, 78)]):
        vault.codings.add(code, themes[number % 3], start, end)


def test_every_way_in_writes_the_breaks_of_the_version(make_vault: MakeVault,
                                                        tmp_path: Path) -> None:
    vault = make_vault("ira", "interviewer")
    coded_case(vault, "P-001")  # a new case
    vault.transcripts.save_version("P-001", TEXT.replace("90 tons", "many\ntons"))  # a version
    records = tmp_path / "in.jsonl"
    records.write_text(json.dumps({"title": "Imported", "languages": ["en"],
                                   "interview_date": "2016-03-01", "interviewer": "Seo",
                                   "attributes": {}, "transcript": "one\ntwo\r\nthree",
                                   "codings": []}) + "\n", encoding="utf-8")
    import_jsonl(vault, records)  # the bulk importer
    rows = stored(vault)
    assert rows == expected(vault) and len(rows) == 3
    texts = {t.text for t in vault.transcripts.versions("P-001")}
    assert sorted(unpack(rows[t.id]) for t in vault.transcripts.versions("P-001")) == sorted(
        line_breaks(text) for text in texts)
    assert line_breaks("a\r\nb\u2028c\u2029") == [1, 2, 4, 6] == unpack(
        packed_breaks("a\r\nb\u2028c\u2029"))
    assert [3, 7] in [unpack(blob) for blob in rows.values()]  # the import ("\r\n" -> "\n")
    assert paragraph_pairs(vault) == brute_paragraph_pairs(vault) != {}


def test_a_bundle_merge_writes_the_breaks_of_the_versions_it_adds(
        template_vault: Path, tmp_path: Path) -> None:
    ira, sam = ira_and_sam(template_vault, tmp_path)
    try:
        code = new_case(ira, TEXT)
        ira.codings.add(code, theme_ids(ira)[0], 0, 20)
        ira.codings.add(code, theme_ids(ira)[1], 30, 50)
        ira.transcripts.save_version(code, TEXT.replace("2015.\n", "2015.\n\n"))
        exchange(ira, sam, [code], tmp_path)
        assert len(sam.transcripts.versions(code)) == 2
        assert stored(sam) == expected(sam)
        assert paragraph_pairs(sam) == brute_paragraph_pairs(sam) == paragraph_pairs(ira) != {}
    finally:
        for vault in (ira, sam):
            vault.lock()


def test_sealed_versions_drop_their_breaks_and_counts_stay(make_vault: MakeVault) -> None:
    vault = make_vault("ira", "interviewer")
    coded_case(vault, "S-001")
    vault.transcripts.save_version("S-001", TEXT.replace("90 tons", "many tons"))
    person = vault.people.add("worker", "Kim Chol-su")
    vault.privacy.scan("S-001")
    vault.privacy.accept_all("S-001", ["PERSON"])
    assert vault.privacy.pseudonymise("S-001").sealed_versions == [1, 2]
    versions = vault.transcripts.versions("S-001")
    assert person.code in versions[-1].text
    rows = stored(vault)
    assert set(rows) == {versions[-1].id} and rows == expected(vault)  # the blanked: none
    assert paragraph_pairs(vault) == brute_paragraph_pairs(vault) != {}


def test_deleting_cases_deletes_their_breaks(make_vault: MakeVault) -> None:
    vault = make_vault("ira", "interviewer")
    for code in ("D-001", "D-002", "D-003"):
        coded_case(vault, code)
    kept = vault.transcripts.current("D-003").id
    vault.cases.delete("D-001")
    vault.cases.delete_many(["D-002"])
    assert set(stored(vault)) == {kept}


def test_a_version_without_its_row_takes_the_breaks_of_its_text(make_vault: MakeVault) -> None:
    vault = make_vault("sup", "supervisor")
    coded_case(vault, "F-001")
    coded_case(vault, "F-002", TEXT.replace(" ", "\n"))
    before = paragraph_pairs(vault)
    with vault.engine.begin() as conn:  # as a path that wrote none would leave it
        conn.exec_driver_sql("DELETE FROM transcript_paragraphs WHERE transcript_id = ?",
                             (vault.transcripts.current("F-002").id,))
    assert len(stored(vault)) == 1
    assert paragraph_pairs(vault) == before == brute_paragraph_pairs(vault) != {}


def test_the_migration_backfills_a_vault_written_before_it(vault_path: Path,
                                                           tmp_path: Path) -> None:
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        for code in ("M-001", "M-002"):
            coded_case(vault, code)
        vault.transcripts.save_version("M-002", TEXT + "\nMore.")
        before = paragraph_pairs(vault)
    key = keyslots.unlock_with_passphrase(keyslots.read(vault_path), PASSPHRASE)
    engine = connection.make_engine(vault_path / "vault.db", key)
    with connection.writer(engine).begin() as conn:  # back to the schema before it
        before_breaks = schema.MIGRATIONS.index(schema.upgrade_paragraph_breaks)
        conn.exec_driver_sql("DROP TRIGGER transcript_paragraphs_blanked")
        conn.exec_driver_sql("DROP TABLE transcript_paragraphs")
        conn.exec_driver_sql("DROP INDEX codings_analysis")
        schema.upgrade_codings_analysis(conn)
        conn.exec_driver_sql(f"PRAGMA user_version = {before_breaks}")
    engine.dispose()
    with Vault.open(vault_path, Passphrase(PASSPHRASE)) as vault:
        assert schema.current_version(vault.engine) == schema.SCHEMA_VERSION
        assert stored(vault) == expected(vault) and len(stored(vault)) == 3
        assert paragraph_pairs(vault) == before == brute_paragraph_pairs(vault) != {}
        with vault.engine.connect() as conn:
            plan = conn.exec_driver_sql(
                "EXPLAIN QUERY PLAN SELECT case_id, transcript_id, theme_id, start, \"end\" "
                "FROM codings WHERE placed = 1").all()
        assert "COVERING INDEX codings_analysis" in str(plan)


def test_the_oldest_fixture_gains_the_breaks_of_its_transcripts(tmp_path: Path) -> None:
    target = tmp_path / "old.fieldvault"
    shutil.copytree(FIXTURE, target)
    with Vault.open(target, Passphrase(PASSPHRASE)) as vault:
        assert stored(vault) == expected(vault) != {}
