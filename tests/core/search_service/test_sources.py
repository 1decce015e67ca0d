"""The index reads each case's text from its current transcript version (no second copy),
and a version deleted under it, by any statement, is unindexed with the text it had."""

from __future__ import annotations

from sqlalchemy import Connection

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.vault import Vault

FIRST = "[FICTIONAL] The foreman qzxsourceone kept the passports in Уссурийск."
SECOND = "[FICTIONAL] 반장은 qzxsourcetwo 여권을 가지고 있었다."


def add_case(vault: Vault, code: str, text: str) -> None:
    vault.cases.create(CaseInput(title="Interview", transcript=text, languages=["en"],
                                 interview_date="2016-03-01", code=code))


def index_state(conn: Connection) -> tuple[list[tuple[str, int, str]], int]:
    """(case code, version read, own body) of every case document; rows in search_retired."""
    docs = [tuple(r) for r in conn.exec_driver_sql(
        "SELECT c.code, t.version, d.body FROM search_doc d"
        " JOIN transcripts t ON t.id = d.source_id JOIN cases c ON c.id = t.case_id"
        " ORDER BY c.code")]
    retired = conn.exec_driver_sql("SELECT count(*) FROM search_retired").scalar_one()
    return docs, int(retired)


def integrity(conn: Connection) -> None:
    for table in ("search_norm", "search_tri"):
        conn.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")


def in_vocabulary(conn: Connection, trigram: str) -> bool:
    """Whether the trigram index still holds ``trigram``."""
    return bool(conn.exec_driver_sql(
        "SELECT count(*) FROM search_tri_vocab WHERE term = ?", (trigram,)).scalar_one())


def test_a_case_text_is_read_from_its_current_version(vault: Vault) -> None:
    add_case(vault, "C-0101", FIRST)
    vault.transcripts.save_version("C-0101", SECOND)
    with vault.engine.begin() as conn:
        assert index_state(conn) == ([("C-0101", 2, "")], 0)
        integrity(conn)
    (hit,) = [h for h in vault.search.query("qzxsourcetwo") if h.kind == "transcript"]
    start = SECOND.index("qzxsourcetwo")
    assert hit.snippet == SECOND and hit.matches == [(start, start + len("qzxsourcetwo"))]
    assert vault.search.query("qzxsourceone") == []


def test_a_version_deleted_by_a_plain_statement_is_unindexed(vault: Vault) -> None:
    add_case(vault, "C-0101", FIRST)
    add_case(vault, "C-0102", SECOND)
    with vault.engine.connect() as conn:
        assert in_vocabulary(conn, "ceo")  # of qzxsourceone only
    # a write the search service does not hear of through the session: the trigger keeps
    # the text the index holds, and the same write's apply() removes its terms
    with vault.write("test.delete", "C-0101", {}) as session:
        session.connection().exec_driver_sql(
            "DELETE FROM transcripts"
            " WHERE case_id = (SELECT id FROM cases WHERE code = 'C-0101')")
    with vault.engine.begin() as conn:
        assert index_state(conn) == ([("C-0102", 1, "")], 0)
        assert not in_vocabulary(conn, "ceo")  # of qzxsourceone only
        integrity(conn)
    assert vault.search.query("qzxsourceone") == []
    assert {h.case_code for h in vault.search.query("qzxsourcetwo")} == {"C-0102"}


def test_every_write_asks_for_retired_documents_without_walking_the_index(
        vault: Vault) -> None:
    # Each write asks which documents lost their source; the answer must start from the
    # (nearly always empty) retired table, not walk every indexed document (a plain join
    # did: 30 ms per write at 50,000 interviews). The plan shows which table is walked.
    from fieldvault.core.search import index as fts

    for n in range(30):
        add_case(vault, f"P-{n:03d}", f"{FIRST} {n}")
    with vault.engine.connect() as conn:
        conn.exec_driver_sql("ANALYZE")  # with statistics too, the retired table leads
        plan = [str(row[3]) for row in conn.exec_driver_sql(
            f"EXPLAIN QUERY PLAN {fts.RETIRED_SQL}")]
        assert plan[0].startswith("SCAN r"), plan
        assert any(step.startswith("SEARCH d USING INTEGER PRIMARY KEY") for step in plan)
        conn.exec_driver_sql("INSERT INTO search_retired(id, body) SELECT id, 'old' FROM"
                             " search_doc WHERE doc_id = 'case:' || (SELECT id FROM cases"
                             " WHERE code = 'P-007')")
        assert fts.retired_documents(conn) == [
            "case:" + conn.exec_driver_sql("SELECT id FROM cases WHERE code = 'P-007'")
            .scalar_one()]
        conn.rollback()
