"""Purged text leaves no trace an attacker with the key could read: not in live pages, not in
the unallocated space of pages, not in free pages, not in the WAL, not in the search
indexes (words, trigrams). Every page is decrypted and searched (reviewkit.decrypted_files).

Why the scrub rebuilds the file (``VACUUM``) instead of trusting ``PRAGMA secure_delete``:
secure_delete zeroes a row where it lies when it is deleted and zeroes freed pages, but when
SQLite rebalances a b-tree it may rebuild a page without clearing the space the moved rows
left, so an old copy of a row that was moved while alive outlives the row's deletion.
The first test shows this on a vault connection; the others hold the purge to no traces.
"""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest
from reviewkit import MakeVault, decrypted_files

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.search import index as fts
from fieldvault.core.store import connection, schema
from fieldvault.core.vault import Passphrase, Vault
from vaulthelp import PASSPHRASE

LETTERS = "bcdfghjklmnpqrstvwxz"


def rows_still_readable(folder: Path, key: bytes, gone: set[int]) -> set[int]:
    plain = decrypted_files(folder, key)
    return {int(m.group(1)) for m in re.finditer(rb"zmk(\d{5})z", plain)} & gone


def test_secure_delete_alone_leaves_moved_rows_behind_and_the_scrub_clears_them(
        tmp_path: Path) -> None:
    key = bytearray(random.Random(5).randbytes(32))
    db = tmp_path / "vault.db"
    conn = connection.connect(db, key)  # the vault's pragmas: secure_delete, WAL, ...
    rng = random.Random(1)
    ids = rng.sample(range(1, 10**6), 3000)  # out of order: pages split and rebalance
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)")
    conn.execute("BEGIN")
    for n, row_id in enumerate(ids):
        body = f"zmk{n:05d}z " + "x" * rng.randint(50, 400)
        conn.execute("INSERT INTO t VALUES (?, ?)", (row_id, body))
    conn.execute("COMMIT")
    gone = set(rng.sample(range(3000), 1500))
    conn.execute("BEGIN")
    conn.executemany("DELETE FROM t WHERE id = ?", [(ids[n],) for n in sorted(gone)])
    conn.execute("COMMIT")
    connection.checkpoint(conn)
    left = rows_still_readable(tmp_path, bytes(key), gone)
    assert left, "secure_delete and a checkpoint alone now clear moved rows: the scrub's " \
                 "VACUUM may be unnecessary (see the module docstring)"
    listed = ",".join(str(ids[n]) for n in left)
    assert conn.execute(f"SELECT count(*) FROM t WHERE id IN ({listed})").fetchone() == (0,)
    connection.scrub(conn)
    assert rows_still_readable(tmp_path, bytes(key), gone) == set()
    assert len(rows_still_readable(tmp_path, bytes(key), set(range(3000)) - gone)) == 1500
    conn.close()


def words_of(number: int) -> tuple[list[str], str]:
    """Case ``number``'s own words (12 letters, random) and a run of 8 characters no other
    case uses (CJK Extension B, 4 bytes each in UTF-8)."""
    rng = random.Random(number)
    words = ["".join(rng.choice(LETTERS) for _ in range(12)) for _ in range(6)]
    rare = "".join(chr(0x20000 + 8 * number + k) for k in rng.sample(range(8), 8))
    return words, rare


def case_text(number: int, rng: random.Random) -> str:
    words, rare = words_of(number)
    filler = " ".join(rng.choice(["the", "foreman", "kept", "passports", "Он", "уехал",
                                  "그는", "도망갔습니다"]) for _ in range(rng.randint(20, 300)))
    return f"[FICTIONAL] {' '.join(words)} {rare} {filler} {words[0]}"


def traces(number: int, plain: bytes) -> list[bytes]:
    """Pieces of case ``number``'s own text found in ``plain``: the end of each own word
    (an FTS term keeps its end even when it shares its start with the term before it) and
    each pair of its rare characters (the end of each of its trigrams in the index)."""
    words, rare = words_of(number)
    needles = [w[-8:].encode() for w in words]
    needles += [rare[k:k + 2].encode() for k in range(len(rare) - 1)]
    return [needle for needle in needles if needle in plain]


def index_terms(vault: Vault, numbers: set[int]) -> list[str]:
    """Terms of these cases' own text still in either search index (words, trigrams)."""
    wanted = set()
    for number in numbers:
        words, rare = words_of(number)
        wanted |= set(words) | {rare[k:k + 3] for k in range(len(rare) - 2)}
    conn = vault.raw_connection()
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.norm_terms USING fts5vocab(main, search_norm, row)")
        terms = [r[0] for r in conn.execute("SELECT term FROM temp.norm_terms")]
        terms += [r[0] for r in conn.execute("SELECT term FROM search_tri_vocab")]
    finally:
        conn.close()
    return sorted(set(terms) & wanted)


def add_case(vault: Vault, number: int, rng: random.Random) -> str:
    return vault.cases.create(CaseInput(
        title="Interview", transcript=case_text(number, rng), languages=["en"],
        interview_date="2016-03-01", interviewer=vault.me.name)).code


@pytest.mark.parametrize("merge_share", [0, 10**6], ids=["secure-deletes", "one-merge"])
def test_rounds_of_deletes_and_scrubs_leave_no_trace_of_any_deleted_case(
        make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch, merge_share: int) -> None:
    """Both ways of removing documents from the index: secure deletes of the whole batch
    applied together, or delete markers and one merge (index.remove_documents)."""
    monkeypatch.setattr(fts, "MERGE_SHARE", merge_share)
    ira = make_vault("ira", "interviewer")
    rng = random.Random(11)
    alive: dict[int, str] = {}
    gone: set[int] = set()
    for round_ in range(3):
        for number in range(40 * round_, 40 * round_ + 40):
            alive[number] = add_case(ira, number, rng)
        batch = rng.sample(sorted(alive), len(alive) // 3)
        ira.cases.delete_many([alive[n] for n in batch])
        ira.scrub()
        alone = rng.choice(sorted(set(alive) - set(batch)))
        ira.cases.delete(alive[alone])
        ira.scrub()
        for number in [*batch, alone]:
            gone.add(number)
            del alive[number]
    key = bytes(ira.data_key)
    plain = decrypted_files(ira.path, key)
    assert all(traces(n, plain) for n in alive)  # the scan sees text that is there
    assert {n: traces(n, plain) for n in sorted(gone) if traces(n, plain)} == {}
    assert index_terms(ira, gone) == []
    assert index_terms(ira, set(alive))  # the vocabulary check sees terms that are there
    wal = ira.path / "vault.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0
    conn = ira.raw_connection()
    try:
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
    finally:
        conn.close()
    assert ira.integrity_problems() == []


def leaf_sizes(vault: Vault) -> dict[str, tuple[int, int]]:
    """Per index: (size of its largest leaf, leaves larger than one page can hold)."""
    conn = vault.raw_connection()
    try:
        return {table: conn.execute(
            f"SELECT max(length(block)), sum(length(block) > 3977) FROM {table}_data"
            " WHERE id > 10").fetchone() for table in fts.FTS_TABLES}
    finally:
        conn.close()


def test_index_leaves_fit_in_one_page_after_the_migration(make_vault: MakeVault) -> None:
    ira = make_vault("ira", "interviewer")
    rng = random.Random(3)
    for number in range(30):
        add_case(ira, number, rng)
    conn = ira.raw_connection()  # an index written before: FTS5's default leaf size
    try:
        for table, column in fts.FTS_COLUMNS:
            conn.execute(f"INSERT INTO {table}({table}, rank) VALUES ('pgsz', 4050)")
            conn.execute(f"INSERT INTO {table}(rowid, {column}) VALUES (-1, 'x')")
            conn.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
            conn.execute(f"INSERT INTO {table}({table}, rowid, {column})"
                         " VALUES ('delete', -1, 'x')")
        before = schema.MIGRATIONS.index(schema.upgrade_fts_leaf_size)
        conn.execute(f"PRAGMA user_version = {before}")
    finally:
        conn.close()
    assert all(over > 0 for _largest, over in leaf_sizes(ira).values())
    path = ira.path
    ira.lock()
    with Vault.open(path, Passphrase(PASSPHRASE)) as again:
        sizes = leaf_sizes(again)
        assert all(largest <= 3977 and over == 0 for largest, over in sizes.values()), sizes
        with again.engine.begin() as db:
            for table in fts.FTS_TABLES:
                db.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('integrity-check')")
                assert db.exec_driver_sql(f"SELECT v FROM {table}_config WHERE k = 'pgsz'"
                                          ).scalar_one() == fts.LEAF_SIZE
        word = words_of(7)[0][2]
        assert [h.case_code for h in again.search.query(word)] != []
        assert again.search.query(words_of(7)[1][2:6]) != []  # substring, via trigrams
