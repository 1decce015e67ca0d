"""Workbench painting benchmark: a transcript with many codings against the same transcript
with none (the baseline: Qt painting plain text), same process, same scroll positions.

    QT_QPA_PLATFORM=offscreen python bench/workbench_paint_bench.py [--chars 200000]
        [--codings 0,300,3000] [--steps 40] [--reps 5] [--json]

Each step scrolls the transcript to a seeded position and repaints the text view (colours
as extra selections, boundary bars and the chosen coding's outline drawn on top) and the
coding-stripes margin synchronously. Codings are seeded spans of 5-400 characters, a third
of them overlapping another. Figures are median milliseconds per step over ``--reps`` runs;
ratio = with codings / without.

Also times cutting the codings into pieces of equal coverage (``offsets.segments``, run on
every reload of the codings) against the previous all-pairs version kept here as the
baseline: ratio = sweep / all-pairs.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication, QHBoxLayout, QWidget

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from fieldvault.core.records.codings import CodingView  # noqa: E402
from fieldvault.ui.widgets.offsets import Segment, Span, segments  # noqa: E402
from fieldvault.ui.widgets.stripes import CodingMargin  # noqa: E402
from fieldvault.ui.widgets.transcript import TranscriptView  # noqa: E402

COLOURS = ("#ffb3b3", "#b3e0ff", "#c6f0b8", "#fff0a0", "#d4c4ff", "#a9eee0")


def transcript(chars: int, rng: random.Random) -> str:
    words = ("plan", "quota", "wages", "передали", "паспорта", "계획분", "총화", "room",
             "night", "Ussuriysk", "we", "paid", "the", "manager", "кролик")
    lines, size = [], 0
    while size < chars:
        line = ("A: " if len(lines) % 2 else "Q: ") + " ".join(
            rng.choice(words) for _ in range(rng.randint(6, 60))) + "."
        lines.append(line)
        size += len(line) + 1
    return "\n".join(lines)[:chars]


def codings(text: str, count: int, rng: random.Random) -> list[CodingView]:
    out = []
    for n in range(count):
        start = rng.randrange(0, len(text) - 410)
        if n % 3 == 2 and out:  # overlap the previous one
            start = min(out[-1].start + 3, len(text) - 410)
        end = start + rng.randint(5, 400)
        out.append(CodingView(f"c{n}", "B-1", start, end, f"t{n % 40}", f"Theme {n % 40}",
                              COLOURS[n % len(COLOURS)], "bench", True, text[start:end]))
    return sorted(out, key=lambda c: (c.start, c.end))


def all_pairs_segments(spans: list[Span]) -> list[Segment]:
    """The previous version: every span tested at every cut (the baseline)."""
    items = [s for s in spans if s.end > s.start]
    order = {id(s): n for n, s in enumerate(items)}
    cuts = sorted({s.start for s in items} | {s.end for s in items})
    out: list[Segment] = []
    for left, right in zip(cuts, cuts[1:], strict=False):
        covering = sorted((s for s in items if s.start <= left and s.end >= right),
                          key=lambda s: order[id(s)])
        if covering:
            out.append(Segment(left, right, tuple(s.key for s in covering)))
    return out


def time_segments(views: list[CodingView], reps: int) -> tuple[float, float]:
    spans = [Span(c.start, c.end, c.id) for c in views]
    assert segments(spans) == all_pairs_segments(spans)
    timings = []
    for cut in (segments, all_pairs_segments):
        runs = []
        for _ in range(reps):
            began = time.perf_counter()
            cut(spans)
            runs.append((time.perf_counter() - began) * 1000)
        timings.append(statistics.median(runs))
    return timings[0], timings[1]


def run(view: TranscriptView, margin: CodingMargin, positions: list[int]) -> float:
    bar = view.verticalScrollBar()
    began = time.perf_counter()
    for value in positions:
        bar.setValue(value)
        view.viewport().repaint()
        margin.repaint()
    return (time.perf_counter() - began) * 1000 / len(positions)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=200_000)
    parser.add_argument("--codings", default="0,300,3000")
    parser.add_argument("--steps", type=int, default=40)
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    app = QApplication.instance() or QApplication([])
    rng = random.Random(7)
    text = transcript(options.chars, rng)
    holder = QWidget()
    row = QHBoxLayout(holder)
    view = TranscriptView()
    margin = CodingMargin(view)
    row.addWidget(view, 1)
    row.addWidget(margin)
    holder.resize(1000, 700)
    holder.show()
    app.processEvents()
    results = {}
    cutting = {}
    for count in (int(n) for n in options.codings.split(",")):
        views = codings(text, count, random.Random(11))
        view.set_transcript(text, views)
        margin.refresh()
        if views:
            view.focus_coding(views[len(views) // 2].id)
        app.processEvents()
        top = view.verticalScrollBar().maximum()
        positions = [random.Random(n).randrange(0, max(top, 1)) for n in range(options.steps)]
        run(view, margin, positions[:5])  # warm the layout of those blocks
        results[count] = statistics.median(run(view, margin, positions)
                                           for _ in range(options.reps))
        if views:
            cutting[count] = time_segments(views, options.reps)
    base = results.get(0) or next(iter(results.values()))
    report = {str(k): {"ms_per_step": round(v, 2), "ratio": round(v / base, 2)}
              for k, v in results.items()}
    for count, (sweep, pairs) in cutting.items():
        report[str(count)].update({"segments_ms": round(sweep, 2),
                                   "all_pairs_ms": round(pairs, 2),
                                   "segments_ratio": round(sweep / pairs, 3)})
    if options.json:
        print(json.dumps(report))
        return 0
    for count, row_ in report.items():
        print(f"{count:>6} codings: {row_['ms_per_step']:7.2f} ms per scroll+repaint "
              f"(ratio {row_['ratio']:.2f} vs none)")
        if "segments_ms" in row_:
            print(f"{'':>15}segments {row_['segments_ms']:.2f} ms vs all-pairs "
                  f"{row_['all_pairs_ms']:.2f} ms (ratio {row_['segments_ratio']:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
