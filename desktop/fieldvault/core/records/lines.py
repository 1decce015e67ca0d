"""Reading a JSON Lines import file in batches: parse, schema-check and NFC-normalise lines.

The work per line (JSON parsing, the schema check, Unicode normalisation) needs nothing but
the line, so batches may go to worker processes: :func:`parsed_batches` spreads them over
the cores when the file is large enough to pay for starting the workers. Workers are
started with ``spawn``: they begin from a fresh interpreter and never hold a vault key or
a database connection; they receive lines and return plain dicts.

Batches come back in file order; the first bad line raises InputError naming the line, and
the caller (inside its write transaction) lets everything roll back.
"""

from __future__ import annotations

import multiprocessing
import os
import re
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from pathlib import Path
from typing import Any

from fieldvault.core import jsontext
from fieldvault.core.errors import InputError
from fieldvault.core.records import seeds
from fieldvault.core.records.cases import normalise_text

Line = tuple[int, bytes]  # (line number from 1, the line's bytes)
BATCH_LINES = 250
#: Below this many lines starting the workers (a second or two on a busy machine) and
#: pickling the batches cost more than they save (bench/vault_bench.py at 2,000 and 10,000).
POOL_FROM_LINES = 5000


_CODE = re.compile(rb'"case_code"\s*:\s*"([A-Z]{1,4}-[0-9]{3,6})"')


def scan(path: Path) -> tuple[int, set[str]]:
    """How many non-blank lines ``path`` has and the case codes its lines ask for, so that
    codes generated for earlier lines avoid them. One quick pass, a line at a time."""
    count, codes = 0, set()
    for _number, line in numbered_lines(path):
        count += 1
        if b'"case_code"' in line:
            found = _CODE.search(line)
            code = found.group(1).decode() if found else _code_of(line)
            if code is not None:
                codes.add(code)
    return count, codes


def _code_of(line: bytes) -> str | None:
    """The case code of a line the quick pattern missed (escapes); None if unreadable (the
    line is then refused with its reason when it is parsed)."""
    try:
        record = jsontext.parse(line)
    except jsontext.JsonRefused:
        return None
    code = record.get("case_code") if isinstance(record, dict) else None
    return code if isinstance(code, str) else None


def numbered_lines(path: Path) -> Iterator[Line]:
    """The non-blank lines of ``path`` with their numbers, without holding the whole file."""
    try:
        with path.open("rb") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield number, line.rstrip(b"\r\n")
    except OSError as exc:
        raise InputError(f"Cannot read {path}: {exc.strerror}.") from exc


def batches(path: Path, size: int | None = None) -> Iterator[list[Line]]:
    size = size or BATCH_LINES
    batch: list[Line] = []
    for item in numbered_lines(path):
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


Prepare = Callable[[str], Any]


def parse_batch(name: str, items: list[Line], prepare: Prepare | None = None
                ) -> list[dict[str, Any]]:
    """Parse and schema-check each line; add ``__line``, ``__text`` (the transcript in
    NFC with LF line ends) and, given ``prepare`` (a picklable module-level function, such
    as the search index's), ``__prepared`` = ``prepare(__text)``. Runs in a worker process
    or in the caller's thread."""
    records = [parse_line(name, number, line) for number, line in items]
    if prepare is not None:
        for record in records:
            record["__prepared"] = prepare(record["__text"])
    return records


def parse_line(name: str, number: int, line: bytes) -> dict[str, Any]:
    where = f"{name} line {number}"
    try:
        record = jsontext.parse(line)
    except jsontext.JsonRefused as exc:
        raise InputError(f"{where} {exc}.") from exc
    try:
        seeds.validate(record, "record", where=where)
    except seeds.SeedError as exc:
        raise InputError(str(exc)) from exc
    if not isinstance(record, dict):
        raise InputError(f"{where} is not a JSON object.")
    record["__line"] = number
    record["__text"] = normalise_text(record.pop("transcript"))
    return record


def worker_count(lines: int) -> int:
    """Worker processes for a file of ``lines`` lines: one per core beyond the caller's,
    at least one, none for small files."""
    if lines < POOL_FROM_LINES:
        return 0
    return max(1, min(4, (os.cpu_count() or 1) - 1))


def parsed_batches(path: Path, workers: int, prepare: Prepare | None = None
                   ) -> Iterator[list[dict[str, Any]]]:
    """Parsed batches of ``path`` in file order (:func:`parse_batch`); ``workers`` > 0
    parses in that many processes, keeping only a few batches ahead so that memory stays
    flat for any file size.

    Worker processes are started with ``spawn``, which imports the program's main module
    again: a script calling this must guard its work with ``if __name__ == "__main__"``
    (frozen programs call ``multiprocessing.freeze_support()`` first), or pass 0 workers.
    """
    if workers <= 0:
        for batch in batches(path):
            yield parse_batch(path.name, batch, prepare)
        return
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        ahead: deque[Future[list[dict[str, Any]]]] = deque()
        try:
            for batch in batches(path):
                ahead.append(pool.submit(parse_batch, path.name, batch, prepare))
                if len(ahead) > 2 * workers:
                    yield ahead.popleft().result()
            while ahead:
                yield ahead.popleft().result()
        finally:
            for future in ahead:
                future.cancel()
