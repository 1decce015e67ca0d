"""Export benchmark through the vault: a ~500-page theme report built by ExportService.

Makes a synthetic vault (bench/corpus.py texts, EN/KO/RU): every interview names two people
(romanised, Hangul or Cyrillic) who are in the sealed identity store and whose every
mention is an accepted PERSON redaction, and carries codings of four themes. Then times,
over several runs, (1) ``vault.exports.build`` (reading and redacting the vault) and (2) the
whole ``vault.exports.export`` (build, render, leak check with two extractors against every
identity name and redaction original, write, sign, verify, audit). Medians, wall clock and
process CPU time. The app runs the same call on a worker thread.

    PYTHONPATH=desktop python bench/export_vault_bench.py [--pages 500] [--runs 3]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from sqlmodel import select  # noqa: E402

from corpus import make_corpus  # noqa: E402
from fieldvault.core.export.leakcheck import extractors  # noqa: E402
from fieldvault.core.records.importer import import_jsonl  # noqa: E402
from fieldvault.core.records.transcripts import current_transcript  # noqa: E402
from fieldvault.core.store.models import Case, Person, Redaction, utc_now  # noqa: E402
from fieldvault.core.vault import (
    Vault,  # noqa: E402
    keyslots,  # noqa: E402
)

THEMES = ("quota.planned", "surveillance.phone_inspection", "return.couriers",
          "flight_conflict.rabbits")
CODINGS_PER_CASE = 5
PASSAGES_PER_PAGE = 4.3  # measured: passages of 60-240 characters with 160 of context
SURNAMES = ("Hwang", "Tak", "Pyon", "Yom", "Chu", "Kye")
GIVEN = ("Hyok-jun", "Ryul-bom", "Chan-uk", "Yop-hun", "Hwi-song", "Tol-bin", "Jun-hyop")
HANGUL_SURNAMES = "황탁편염추계"
HANGUL_GIVEN = ("혁준", "률봄", "찬욱", "엽훈", "휘송", "톨빈", "준협")
CYRILLIC_SURNAMES = ("Хван", "Так", "Пён", "Ём", "Чху", "Кйе")
CYRILLIC_GIVEN = ("Хёк Чжун", "Рюль Бом", "Чхан Ук", "Ёп Хун", "Хви Сон", "Толь Бин")


def person(rng: random.Random, number: int) -> dict[str, Any]:
    """A fictional person, unique by a numeral suffix in each script."""
    i, j = rng.randrange(len(SURNAMES)), rng.randrange(len(GIVEN))
    suffix = f"{number:04d}"
    return {"role": "worker", "name": f"{SURNAMES[i]} {GIVEN[j]}-{suffix}",
            "variants": [f"{HANGUL_SURNAMES[i]}{HANGUL_GIVEN[j]}{suffix}",
                         f"{CYRILLIC_SURNAMES[i]} {CYRILLIC_GIVEN[j % 6]} {suffix}"]}


def write_records(path: Path, cases: int, seed: int) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for number, (_doc, body) in enumerate(make_corpus(cases, seed)):
            people = [person(rng, 2 * number), person(rng, 2 * number + 1)]
            mentions = [rng.choice([p["name"], *p["variants"]]) for p in people for _ in (0, 1)]
            sentences = body.split(". ")
            for mention in mentions:
                sentences.insert(rng.randrange(len(sentences)), f"{mention} said so")
            text = "[FICTIONAL] " + ". ".join(sentences)
            codings = []
            for index in range(CODINGS_PER_CASE):
                start = rng.randrange(0, len(text) - 260)
                codings.append({"theme": THEMES[index % len(THEMES)], "start": start,
                                "end": start + rng.randint(60, 240)})
            record = {"title": f"Synthetic {number}", "languages": ["en", "ko", "ru"],
                      "interview_date": "2015-06-01", "interviewer": "bench",
                      "attributes": {"sector": "construction"}, "transcript": text,
                      "codings": codings, "people": people}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def redact_people(vault: Vault) -> int:
    """Accept a PERSON redaction for every mention of every identity name and variant."""
    names = [(name, view.code) for view in vault.people.list() if view.identity
             for name in view.identity.all_names()]
    pattern = re.compile("|".join(re.escape(n) for n, _ in sorted(names, key=lambda p: -len(p[0]))))
    codes = dict(names)
    added = 0
    with vault.write("bench.redactions", "cases", {}) as session:
        people = {p.code: p.id for p in session.exec(select(Person))}
        for case in session.exec(select(Case)).all():
            transcript = current_transcript(session, case.id)
            for match in pattern.finditer(transcript.text):
                session.add(Redaction(
                    case_id=case.id, transcript_id=transcript.id, start=match.start(),
                    end=match.end(), category="PERSON", status="accepted", source="bench",
                    person_id=people[codes[match.group()]], decided_by=vault.me.id,
                    decided_at=utc_now()))
                added += 1
    return added


def timed(work: Callable[[], Any]) -> tuple[float, float, Any]:
    wall, cpu = time.perf_counter(), time.process_time()
    value = work()
    return time.perf_counter() - wall, time.process_time() - cpu, value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    cases = max(1, round(args.pages * PASSAGES_PER_PAGE / CODINGS_PER_CASE))
    cost = keyslots.KdfParams(memory_kib=64 * 1024, iterations=1, lanes=1)
    with tempfile.TemporaryDirectory() as folder:
        vault, _ = Vault.create(Path(folder) / "bench", "benchmark passphrase", cost=cost)
        records = Path(folder) / "records.jsonl"
        write_records(records, cases, args.seed)
        import_jsonl(vault, records)
        redactions = redact_people(vault)
        themes = [theme.split(".")[0] for theme in THEMES]
        request = {"themes": themes, "profile": "supervisor", "recipient": "benchmark"}
        builds, exports = [], []
        for run in range(args.runs):
            builds.append(timed(lambda: vault.exports.build(**request)))
            out = Path(folder) / f"out{run}"
            exports.append(timed(lambda out=out: vault.exports.export(**request, out_dir=out)))
        result = exports[-1][2]
        vault.lock()
    report(args, cases, redactions, builds, exports, result)


def report(args: argparse.Namespace, cases: int, redactions: int,
           builds: list[tuple[float, float, Any]], exports: list[tuple[float, float, Any]],
           result: Any) -> None:
    pages = result.pages
    summary: dict[str, Any] = {"cases": cases, "redactions": redactions,
                               "passages": len(builds[-1][2].document.passages),
                               "pages": pages, "runs": args.runs,
                               "values_checked": result.values_checked,
                               "extractors": list(extractors())}
    for name, samples in (("build", builds), ("export", exports)):
        wall = statistics.median(s[0] for s in samples)
        cpu = statistics.median(s[1] for s in samples)
        summary[name] = {"seconds": round(wall, 2), "pages_per_s": round(pages / wall, 1),
                         "cpu_pages_per_s": round(pages / cpu, 1)}
        print(f"{name:7s} {pages} pages  median {wall:6.2f} s  {pages / wall:6.1f} pages/s "
              f"(CPU time: {pages / cpu:6.1f} pages/s)")
    print(json.dumps(summary))


if __name__ == "__main__":
    main()
