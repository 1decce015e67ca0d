"""The connection pool's memory: every connection gets the bounded page cache, the pool
hands out the connection returned last (so one warm cache serves sequential reads), and
freed heap can be handed back to the system after a large load."""

from __future__ import annotations

import sys
import threading

import pytest

from fieldvault.core import memory
from fieldvault.core.store import connection
from fieldvault.core.vault import Vault


def test_every_pooled_connection_has_the_bounded_page_cache(vault: Vault) -> None:
    # three threads hold a connection at once, so the pool opens three
    seen: list[tuple[int, int]] = []
    holding = threading.Barrier(3)

    def read() -> None:
        with vault.engine.connect() as conn:
            raw = conn.connection.dbapi_connection
            assert raw is not None
            holding.wait(timeout=30)  # all three checked out together
            size = raw.execute("PRAGMA cache_size").fetchone()[0]
            seen.append((id(raw), size))
            holding.wait(timeout=30)

    threads = [threading.Thread(target=read) for _ in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({conn for conn, _size in seen}) == 3
    assert {size for _conn, size in seen} == {-connection.CACHE_KIB}
    assert connection.CACHE_KIB < 65536  # smaller than the 64 MiB each had before


def test_the_pool_hands_out_the_connection_returned_last(vault: Vault) -> None:
    with vault.engine.connect() as first, vault.engine.connect() as second:
        first_raw = first.connection.dbapi_connection
        second_raw = second.connection.dbapi_connection
        first.close()  # returned first
    # second is returned last (leaving the with block); it is the one reused, twice over
    for _ in range(2):
        with vault.engine.connect() as again:
            assert again.connection.dbapi_connection is second_raw
    assert first_raw is not second_raw


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's malloc_trim")
def test_freed_memory_is_handed_back_on_linux() -> None:
    block = [bytes(4096) for _ in range(10_000)]  # about 40 MB in glibc's heap
    del block
    assert memory.release_free_memory() is True
