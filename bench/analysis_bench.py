"""Analysis benchmark: every cross-case view against a plain SQL GROUP BY, same run.

    python bench/analysis_bench.py [--size 10000] [--vault PATH] [--reps 15] [--first N] [--json]

The vault (``--vault``, default in the temp folder) is built once and reused: a seeded
synthetic corpus (bench/corpus.py, ~2,500 characters per interview, EN/KO/RU, paragraphs
every few sentences) imported through the JSON Lines importer with 3-6 codings per
interview by one of three coders, five interviewers, interview dates over 2012-2017 and the
attributes sector and year_of_arrival; then case statuses and verdicts on about a third of
the codings are set in one write. Each view runs through ``vault.analysis`` (query + engine
+ result objects) and, interleaved in the same process, a bare GROUP BY over the same
tables on a raw connection (the baseline: what SQLite alone needs to count the same
thing). Figures are medians over ``--reps`` runs; ratio = ours / baseline.

Each rep first makes one ordinary write that changes one case's analysed data (a coding
added or removed, a status, an attribute value, in turn) and times the view just after it
("after write": the kept view patched with that case, schema migration 15); then asks again
("warm"); then makes a codebook-tree write (a theme moved), which changes every case, and
times the view computed from every case ("every case": as on the first view after opening
the vault). ``--first N``: also a few views as the first after opening the vault, N
openings each. The load average is printed with the figures (2 cores shared).
"""

from __future__ import annotations

import argparse
import json
import os
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
from fieldvault.core.analysis.service import Filters  # noqa: E402
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


# --- the views and their baselines ----------------------------------------------------------

PLACED = "cd.placed = 1"
PAIRS = ("SELECT x.theme_id, y.theme_id, COUNT(*), COUNT(DISTINCT x.case_id) FROM codings x "
         "JOIN codings y ON y.case_id = x.case_id AND x.id < y.id AND x.theme_id != y.theme_id "
         "AND {near} WHERE x.placed = 1 AND y.placed = 1 GROUP BY 1, 2")
OVERLAP = 'x.start < y."end" AND y.start < x."end"'
NEAR = 'x.start <= y."end" + 200 AND y.start <= x."end" + 200'
REVIEWED = Filters(verdicts=("valid", "unreviewed"), statuses=("approved", "in_review",
                                                                 "submitted"))


def by(column: str, join: str = "", where: str = "") -> str:
    return (f'SELECT {column}, cd.theme_id, COUNT(*), COUNT(DISTINCT cd.case_id), '
            f'SUM(cd."end" - cd.start) FROM codings cd JOIN cases c ON c.id = cd.case_id '
            f"{join} WHERE {PLACED} {where} GROUP BY 1, 2")


ATTR = "JOIN case_attributes a ON a.case_id = c.id AND a.name = '{}'"
FILTERED = ("AND COALESCE((SELECT verdict FROM verdicts v WHERE v.coding_id = cd.id), "
            "'unreviewed') IN ('valid', 'unreviewed') AND c.status IN ('approved', "
            "'in_review', 'submitted')")

VIEWS: list[tuple[str, Callable[[Vault], object], str]] = [
    ("matrix theme x case", lambda v: v.analysis.matrix(), by("c.id")),
    ("crosstab x sector", lambda v: v.analysis.table("sector"),
     by("a.value", ATTR.format("sector"))),
    ("crosstab x sector, no subthemes", lambda v: v.analysis.table("sector", subthemes=False),
     by("a.value", ATTR.format("sector"))),
    ("crosstab x sector, filtered", lambda v: v.analysis.table("sector", REVIEWED),
     by("a.value", ATTR.format("sector"), FILTERED)),
    ("crosstab x interviewer", lambda v: v.analysis.table("interviewer"),
     by("m.name", "JOIN members m ON m.id = c.interviewer_id")),
    ("timeline x interview year", lambda v: v.analysis.table("date:year"),
     by("substr(c.interview_date, 1, 4)")),
    ("timeline x year_of_arrival", lambda v: v.analysis.table("year_of_arrival"),
     by("a.value", ATTR.format("year_of_arrival"))),
    ("cooccur overlap", lambda v: v.analysis.cooccur(), PAIRS.format(near=OVERLAP)),
    ("cooccur within 200 chars", lambda v: v.analysis.cooccur(mode="near", distance=200),
     PAIRS.format(near=NEAR)),
    ("cooccur same paragraph (warm)", lambda v: v.analysis.cooccur(mode="paragraph"),
     PAIRS.format(near=OVERLAP)),
    ("near work/surveillance, sector", lambda v: v.analysis.near(
        "work", "surveillance", Filters(where=(("sector", "logging"),)), distance=200),
     PAIRS.format(near=NEAR + " AND x.theme_id LIKE 'work.%' AND y.theme_id LIKE "
                  "'surveillance.%' AND x.case_id IN (SELECT case_id FROM case_attributes "
                  "WHERE name = 'sector' AND value = '\"logging\"')")),
]


def timed(job: Callable[[], object]) -> float:
    started = time.perf_counter()
    job()
    return (time.perf_counter() - started) * 1000


class Writes:
    """Ordinary writes, each changing one random case's analysed data, in turn: a coding
    added, a case status, an attribute value, the added coding removed."""

    def __init__(self, vault: Vault, seed: int) -> None:
        self.vault, self.rng, self.turn = vault, random.Random(seed), 0
        with vault.session() as session:
            self.codes = [r[0] for r in session.execute(text("SELECT code FROM cases"))]
        self.themes = [n.theme.id for n in vault.codebook.tree() if n.depth > 1]
        self.added: list[str] = []

    def next(self) -> None:
        code, kind = self.rng.choice(self.codes), self.turn % 4
        self.turn += 1
        if kind == 0 or (kind == 3 and not self.added):
            self.added.append(self.vault.codings.add(code, self.rng.choice(self.themes), 0, 40,
                                                     coder=CODERS[0]).id)
        elif kind == 1:
            self.vault.cases.update(code, status=self.rng.choice(STATUSES))
        elif kind == 2:
            self.vault.cases.set_attribute(code, "sector", self.rng.choice(SECTORS))
        else:
            self.vault.codings.remove(self.added.pop())


def every_case(vault: Vault, turn: int) -> None:
    """A codebook-tree write (a theme moved and back): every kept view reads every case."""
    vault.codebook.move("work.arrears", "surveillance" if turn % 2 == 0 else "work")


def measure(vault: Vault, reps: int) -> list[dict[str, Any]]:
    """Ours and the baseline interleaved, so background load hits both alike. First of all,
    the same-paragraph co-occurrence as the process's first view (nothing cached, its
    modules not yet loaded: on the code before schema migration 19 it read every text).

    ``ours_ms``: the view just after an ordinary write (patched); ``warm_ms``: asked again
    before the next write; ``full_ms``: just after a write that changes every case
    (computed from every case); ``sql_ms``: the baseline after the same write (a
    connection outside the pool: its page cache starts cold after every write). p95 too.
    """
    first_paragraph = timed(lambda: vault.analysis.cooccur(mode="paragraph"))
    writes = Writes(vault, 1)
    rows = []
    turn = 0
    with vault.engine.connect() as conn:
        for label, view, sql in VIEWS:
            view(vault)  # warm the page cache and the pool alike for both
            ours, warm, full, raw = [], [], [], []
            for _ in range(reps):
                writes.next()
                ours.append(timed(lambda v=view: v(vault)))
                warm.append(timed(lambda v=view: v(vault)))
                raw.append(timed(lambda q=sql: conn.exec_driver_sql(q).fetchall()))
                conn.rollback()  # end the read snapshot so the next write is seen
                every_case(vault, turn)
                turn += 1
                full.append(timed(lambda v=view: v(vault)))
            rows.append({"view": label, "ours_ms": statistics.median(ours),
                         "ours_p95_ms": _p95(ours), "warm_ms": statistics.median(warm),
                         "full_ms": statistics.median(full), "full_p95_ms": _p95(full),
                         "sql_ms": statistics.median(raw), "sql_p95_ms": _p95(raw),
                         "ratio": statistics.median(ours) / statistics.median(raw),
                         "full_ratio": statistics.median(full) / statistics.median(raw)})
    if turn % 2:
        every_case(vault, turn)  # the theme back where it was
    for coding in writes.added:  # leave the codings as built
        vault.codings.remove(coding)
    rows.append({"view": "cooccur same paragraph, first of the process",
                 "ours_ms": first_paragraph, "sql_ms": None, "ratio": None})
    return rows


#: The views timed first after opening (``--first``): a table by case, by attribute, and
#: co-occurrence in each mode.
FIRST = ("matrix theme x case", "crosstab x sector", "cooccur overlap",
         "cooccur within 200 chars", "cooccur same paragraph (warm)")


def measure_first(path: Path, reps: int) -> list[dict[str, Any]]:
    """Each of FIRST as the first view after opening the vault (nothing kept, every page
    read and decrypted anew by the connection), against the baseline on a connection of its
    own opened at the same time (as cold); medians over ``reps`` openings per view."""
    rows = []
    for label, view, sql in (v for v in VIEWS if v[0] in FIRST):
        ours, raw = [], []
        for _ in range(reps):
            vault = Vault.open(path, Passphrase(PASSPHRASE))
            try:
                with vault.engine.connect() as conn:
                    raw.append(timed(lambda q=sql, c=conn: c.exec_driver_sql(q).fetchall()))
                    ours.append(timed(lambda v=view, opened=vault: v(opened)))
            finally:
                vault.lock()
        label = label.removesuffix(" (warm)")
        rows.append({"view": f"{label} (first after opening)", "ours_ms": statistics.median(ours),
                     "sql_ms": statistics.median(raw),
                     "ratio": statistics.median(ours) / statistics.median(raw)})
    return rows


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20, method="inclusive")[-1] if len(values) > 1 \
        else values[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--vault", type=Path, help="build here once, then reuse")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--first", type=int, default=0, metavar="N",
                        help="also time the first view after opening, over N openings")
    args = parser.parse_args()
    path = args.vault or Path(tempfile.gettempdir()) / f"fieldvault-analysis-{args.size}"
    path = path.with_name(path.name.removesuffix(".fieldvault") + ".fieldvault")
    if not path.exists():
        build(path, args.size, args.seed)
    started = time.perf_counter()
    vault = Vault.open(path, Passphrase(PASSPHRASE))
    opened = time.perf_counter() - started
    load_before = os.getloadavg()
    try:
        rows = measure(vault, args.reps)
        codings = vault.analysis.matrix().total
    finally:
        vault.lock()
    first = measure_first(path, args.first) if args.first else []
    load_after = os.getloadavg()
    if args.json:
        print(json.dumps({"load": [load_before, load_after], "rows": rows, "first": first},
                         indent=2))
        return
    print(f"{codings.cases} interviews, {codings.codings} placed codings; medians of "
          f"{args.reps} runs, ours vs a plain SQL GROUP BY on the same tables; vault opened "
          f"(and migrated if older) in {opened:.1f} s")
    print(f"load average (1, 5, 15 min): before {_load(load_before)}, after "
          f"{_load(load_after)}")
    print("after write: just after an ordinary write to one case (patched); warm: asked "
          "again;\nevery case: just after a codebook-tree write; ratios: ours / SQL")
    print(f"{'view':<42}{'after write':>12}{'p95':>6}{'warm':>7}{'every case':>11}{'p95':>6}"
          f"{'SQL ms':>8}{'p95':>6}{'ratio':>7}{'every':>7}")
    for r in rows:
        if r["sql_ms"] is None:
            print(f"{r['view']:<42}{r['ours_ms']:>12.1f}")
            continue
        print(f"{r['view']:<42}{r['ours_ms']:>12.1f}{r['ours_p95_ms']:>6.0f}"
              f"{r['warm_ms']:>7.2f}{r['full_ms']:>11.1f}{r['full_p95_ms']:>6.0f}"
              f"{r['sql_ms']:>8.1f}{r['sql_p95_ms']:>6.0f}{r['ratio']:>7.2f}"
              f"{r['full_ratio']:>7.2f}")
    if first:
        print(f"first view after opening, medians of {args.first} openings each")
        print(f"{'view':<56}{'ours ms':>9}{'SQL ms':>8}{'ratio':>7}")
    for r in first:
        print(f"{r['view']:<56}{r['ours_ms']:>9.1f}{r['sql_ms']:>8.1f}{r['ratio']:>7.2f}")


def _load(values: tuple[float, float, float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


if __name__ == "__main__":
    main()
