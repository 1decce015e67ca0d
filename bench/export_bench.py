"""Export benchmark: pages per second for a ~500-page theme report (target >= 50 pages/s).

Builds a theme report from the seeded EN/KO/RU corpus (bench/corpus.py), then times, over
several runs, (1) layout + rendering to PDF bytes, (2) the leak check with both text
extractors, (3) the whole write_export (render, leak check, write, sign, verify). Reports
the median of each, by wall clock and by process CPU time (the machine may be shared).

    PYTHONPATH=desktop python bench/export_bench.py [--pages 500] [--runs 3]
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

sys.path.insert(0, str(Path(__file__).resolve().parent))

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey  # noqa: E402

from corpus import make_corpus  # noqa: E402
from fieldvault.core.export import (  # noqa: E402
    PROFILES,
    ExportDocument,
    FontSet,
    Theme,
    ThemePassage,
    content_digest,
    leakcheck,  # noqa: E402
    write_export,
)
from fieldvault.core.export.compose import CoverFacts  # noqa: E402
from fieldvault.core.export.render import info_for  # noqa: E402
from fieldvault.core.export.writer import build_pdf  # noqa: E402

PASSAGES_PER_PAGE = 5.3  # measured for this corpus and passage length
THEMES = [
    Theme("quota", "Quotas / 할당량", "#d62728"),
    Theme("surveillance", "Surveillance / Слежка", "#1f77b4"),
    Theme("remit", "Remittances / 송금", "#2ca02c"),
    Theme("rabbits", "Rabbits / 토끼", "#9467bd"),
]


def theme_report(pages: int, seed: int = 7) -> ExportDocument:
    """A theme report of roughly ``pages`` pages: passages of ~300 characters with context."""
    corpus = make_corpus(400, seed)
    rng = random.Random(seed)
    passages = []
    for index in range(int(pages * PASSAGES_PER_PAGE)):
        _, text = corpus[index % len(corpus)]
        start = rng.randrange(0, len(text) - 560)
        passages.append(ThemePassage(
            f"W-{index % 400:03d}", THEMES[index % len(THEMES)].id, text[start : start + 120],
            text[start + 120 : start + 420], text[start + 420 : start + 540]))
    return ExportDocument("BENCH-001", "supervisor", "benchmark", "2024-06-01", None, THEMES,
                          [], passages)


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    doc = theme_report(args.pages)
    fonts = FontSet()
    facts = CoverFacts(content_digest(doc), "0123456789ABCDEF", "RW" + "A" * 54, "bench.pdf")
    data, pages = build_pdf(doc, PROFILES["supervisor"], facts, fonts)
    needles, _ = leakcheck.prepare_needles(["Zzyzx Holdings", "김철수", "Иван Петров"])
    key = Ed25519PrivateKey.generate()
    timings: dict[str, list[tuple[float, float]]] = {"render": [], "leak_check": [], "export": []}
    with tempfile.TemporaryDirectory() as folder:
        for run in range(args.runs):
            timings["render"].append(_timed(
                lambda: build_pdf(doc, PROFILES["supervisor"], facts, fonts)))
            timings["leak_check"].append(_timed(lambda: leakcheck.check_pdf(
                data, needles, info_for(doc.export_id), doc.export_id)))
            out = Path(folder) / f"run{run}"
            timings["export"].append(_timed(
                lambda out=out: write_export(doc, out, key, ["Zzyzx Holdings"], fonts=fonts)))
    result: dict[str, object] = {"pages": pages, "runs": args.runs,
                                 "extractors": list(leakcheck.extractors())}
    for name, samples in timings.items():
        wall = statistics.median(sample[0] for sample in samples)
        cpu = statistics.median(sample[1] for sample in samples)
        result[name] = {"seconds": round(wall, 2), "pages_per_s": round(pages / wall, 1),
                        "cpu_pages_per_s": round(pages / cpu, 1)}
        print(f"{name:10s} {pages} pages  median {wall:6.2f} s  {pages / wall:6.1f} pages/s "
              f"(CPU time: {pages / cpu:6.1f} pages/s)")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
