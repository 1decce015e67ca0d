"""Retrieve view benchmark: whole, wrapped passages against the old one-line table, same run.

    QT_QPA_PLATFORM=offscreen PYTHONPATH=desktop python bench/retrieve_bench.py \
        [--sizes 100 500 2000] [--reps 5] [--json]

Passages are cut (seeded) from the demo transcripts in EN/KO/RU, 40-400 characters with
up to 160 characters of context. For each size the same passages are shown in

- *ours*: ``SegmentModel`` in a ``QListView`` with ``SegmentDelegate`` (every passage laid
  out whole at the view's width, any number of lines);
- *baseline*: the previous view, ``PassageModel`` in a ``QTableView`` with the one-line
  ``HtmlDelegate`` (what Retrieve drew before: one clipped line per passage).

Timed steps, each in a 1000 x 600 window: ``show`` (set the rows, lay the view out, paint the
first screen: what the user waits for), ``settle`` (events processed until every row is laid
out; ours lays out in batches between events, the window stays responsive meanwhile),
``scroll`` (page to the end one screen at a time, painting each), ``resize`` (narrow the
window to 800 pixels, lay out every row again and paint). Figures are medians over
``--reps``; ratio = ours / baseline. It measures the UI thread only (the query runs on a
worker in the app).
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QAbstractItemView, QApplication, QListView, QTableView

from fieldvault.core.analysis.coded import Segment, context_bounds
from fieldvault.core.records import seeds
from fieldvault.core.records.codings import Passage
from fieldvault.ui.models.records import PassageModel
from fieldvault.ui.models.segments import SegmentModel
from fieldvault.ui.widgets.html_delegate import HtmlDelegate
from fieldvault.ui.widgets.segment_delegate import SegmentDelegate


def passages(count: int, seed: int = 7) -> list[Segment]:
    texts = [json.loads(line)["transcript"]
             for line in seeds.DEMO_PATH.read_text("utf-8").splitlines()]
    rng = random.Random(seed)
    out = []
    for number in range(count):
        text = rng.choice(texts)
        length = rng.randint(40, 400)
        start = rng.randint(0, max(0, len(text) - length - 1))
        end = start + length
        begin, finish = context_bounds(text, start, end)
        out.append(Segment(f"k{number}", f"PK-{number % 14 + 1:03d}", "quota.planned",
                           "demo-coder", "unreviewed", start, end, text[begin:start],
                           text[start:end], text[end:finish], begin, finish, "t"))
    return out


def ours(rows: list[Segment]) -> QAbstractItemView:
    view = QListView()
    model = SegmentModel(view)
    view.setModel(model)
    view.setResizeMode(QListView.ResizeMode.Adjust)
    view.setLayoutMode(QListView.LayoutMode.Batched)  # as RetrievePage does
    view.setBatchSize(40)
    view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    view.setItemDelegate(SegmentDelegate(view))
    model.set_rows(rows)
    return view


def baseline(rows: list[Segment]) -> QAbstractItemView:
    view = QTableView()
    model = PassageModel(view)
    view.setModel(model)
    view.setItemDelegateForColumn(2, HtmlDelegate(view))
    view.horizontalHeader().setStretchLastSection(True)
    model.set_rows([Passage(s.coding_id, s.case_code, s.theme_id, s.start, s.end, s.before,
                            s.text, s.after) for s in rows])
    return view


def settle(app: QApplication, view: QAbstractItemView) -> None:
    """Process events until every row is laid out (a batched layout finishes in steps)."""
    model = view.model()
    last = model.index(model.rowCount() - 1, 0)
    while True:
        app.processEvents()
        rect = view.visualRect(last)
        if rect.isValid() and rect.height() > 0 and not getattr(view, "_pending", False):
            maximum = view.verticalScrollBar().maximum()
            app.processEvents()
            if view.verticalScrollBar().maximum() == maximum:
                return


def steps(app: QApplication, make: Callable[[list[Segment]], QAbstractItemView],
          rows: list[Segment]) -> dict[str, float]:
    out = {}
    begin = time.perf_counter()
    view = make(rows)
    view.resize(1000, 600)
    view.show()
    view.doItemsLayout()
    view.viewport().grab()
    app.processEvents()
    out["show"] = time.perf_counter() - begin
    begin = time.perf_counter()
    settle(app, view)
    out["settle"] = time.perf_counter() - begin
    bar = view.verticalScrollBar()
    begin = time.perf_counter()
    while bar.value() < bar.maximum():
        bar.setValue(bar.value() + bar.pageStep())
        view.viewport().grab()
    app.processEvents()
    out["scroll"] = time.perf_counter() - begin
    begin = time.perf_counter()
    view.resize(800, 600)
    app.processEvents()
    view.doItemsLayout()
    view.viewport().grab()
    settle(app, view)
    out["resize"] = time.perf_counter() - begin
    view.close()
    view.deleteLater()
    app.processEvents()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 500, 2000])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--json", action="store_true")
    options = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)
    results: list[dict[str, Any]] = []
    for size in options.sizes:
        rows = passages(size)
        timings: dict[str, dict[str, list[float]]] = {"ours": {}, "baseline": {}}
        for _ in range(options.reps):  # interleaved, so load affects both alike
            for name, make in (("ours", ours), ("baseline", baseline)):
                for step, seconds in steps(app, make, rows).items():
                    timings[name].setdefault(step, []).append(seconds)
        for step in ("show", "settle", "scroll", "resize"):
            mine = statistics.median(timings["ours"][step])
            base = statistics.median(timings["baseline"][step])
            results.append({"size": size, "step": step, "ours_ms": round(mine * 1000, 1),
                            "baseline_ms": round(base * 1000, 1),
                            "ratio": round(mine / base, 2) if base else None})
    if options.json:
        print(json.dumps(results, indent=2))
    else:
        print(f"{'passages':>8} {'step':<7} {'ours ms':>9} {'baseline ms':>12} {'ratio':>6}")
        for r in results:
            print(f"{r['size']:>8} {r['step']:<7} {r['ours_ms']:>9} {r['baseline_ms']:>12} "
                  f"{r['ratio']:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
