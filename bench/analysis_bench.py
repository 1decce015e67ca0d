"""Analysis benchmark: every cross-case view against a plain SQL GROUP BY, same run.

    python bench/analysis_bench.py [--size 10000] [--vault PATH] [--reps 15] [--json]

The vault (``--vault``, default in the temp folder) is built once and reused: a seeded
synthetic corpus (bench/corpus.py, ~2,500 characters per interview, EN/KO/RU, paragraphs
every few sentences) imported through the JSON Lines importer with 3-6 codings per
interview by one of three coders, five interviewers, interview dates over 2012-2017 and the
attributes sector and year_of_arrival; then case statuses and verdicts on about a third of
the codings are set in one write. Each view runs through ``vault.analysis`` (query + engine
+ result objects) and, interleaved in the same process, a bare GROUP BY over the same
tables on a raw connection (the baseline: what SQLite alone needs to count the same
thing). Figures are medians over ``--reps`` runs; ratio = ours / baseline.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))

from sqlalchemy import text  # noqa: E402

from corpus import make_corpus  # noqa: E402
from fieldvault.core.records.importer import import_jsonl  # noqa: E402
from fieldvault.core.vault import Passphrase, Vault  # noqa: E402

PASSPHRASE = "benchmark passphrase"
SECTORS = ("construction", "logging", "agriculture", "fishing", "restaurant")
INTERVIEWERS = ("Seo", "Moreau", "Park", "Volkova", "Kim")
CODERS = ("coder-a", "coder-b", "coder-c")
STATUSES = ("draft", "submitted", "in_review", "returned", "approved")


def with_paragraphs(body: str, rng: random.Random) -> str:
    """Break the corpus's single line into paragraphs every few sentences (same length)."""
    out = []
    for char in body:
        out.append("\n" if char == " " and out and out[-1] in ".?!" and rng.random() < 0.3
                   else char)
    return "".join(out)


def write_records(path: Path, size: int, seed: int, themes: list[str]) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for number, (_doc, body) in enumerate(make_corpus(size, seed)):
            body = with_paragraphs("[FICTIONAL] " + body, rng)
            codings = []
            for _ in range(rng.randint(3, 6)):
                start = rng.randrange(0, len(body) - 200)
                codings.append({"theme": rng.choice(themes), "start": start,
                                "end": start + rng.randint(20, 200),
                                "coder": rng.choice(CODERS)})
            year = rng.randint(2012, 2017)
            record = {"title": f"Synthetic {number}", "languages": ["en", "ko", "ru"],
                      "interview_date": f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                      "interviewer": rng.choice(INTERVIEWERS),
                      "attributes": {"sector": rng.choice(SECTORS),
                                     "year_of_arrival": rng.randint(1995, year)},
                      "transcript": body, "codings": codings}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def build(path: Path, size: int, seed: int) -> None:
    vault, _code = Vault.create(path, PASSPHRASE)
    try:
        themes = [n.theme.id for n in vault.codebook.tree() if n.depth > 0]
        records = path.parent / f"{path.name}.jsonl"
        write_records(records, size, seed, themes)
        started = time.perf_counter()
        import_jsonl(vault, records)
        records.unlink()
        print(f"imported {size} interviews in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
        review(vault, seed)
        vault.checkpoint()
    finally:
        vault.lock()


def review(vault: Vault, seed: int) -> None:
    """Statuses and verdicts in one write (the review service would audit each one)."""
    rng = random.Random(seed + 1)
    with vault.write("bench.review", "vault", {}) as session:
        cases = [row[0] for row in session.execute(text("SELECT id FROM cases"))]
        for case_id in cases:
            session.execute(text("UPDATE cases SET status = :s WHERE id = :i"),
                            {"s": rng.choice(STATUSES), "i": case_id})
        codings = [row[0] for row in session.execute(text("SELECT id FROM codings"))]
        rows = [{"c": c, "v": rng.choice(("valid", "valid", "invalid"))}
                for c in codings if rng.random() < 0.35]
        session.execute(text("INSERT INTO verdicts (coding_id, verdict, comment, at) "
                             "VALUES (:c, :v, '', '2026-01-01T00:00:00Z')"), rows)
