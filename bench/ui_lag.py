"""Event-loop lag probe for the desktop app on a big vault.

A 10 ms QTimer records how late each tick fires; any lateness is time the UI thread was
busy. The script opens a vault of ``--cases`` interviews (built once from
``corpus.make_corpus`` through the JSON Lines importer and kept at ``--vault``), then drives
the real main window: unlock, load the case table, scroll it, sort it, filter it, select a
row and open its case with Return (twice), search, retrieve, compute a co-occurrence table,
lock (until the drafts are written and the key zeroed). It prints the worst stall per phase
and overall. Between steps it runs the event loop as the app does, without holding the
interpreter lock while idle (``--qtest-wait`` waits with QTest.qWait instead, as the probe
did before).

    xvfb-run -a .venv/bin/python bench/ui_lag.py [--cases 10000] [--vault PATH] [--json]

(``QT_QPA_PLATFORM=offscreen`` works too.) ``--trace`` explains the resident size instead:
Python allocations are traced (tracemalloc, which slows everything, so its stall figures
mean nothing) and the largest allocation sites once the case table is loaded are listed
beside each phase's resident and traced megabytes.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QElapsedTimer, QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtTest import QTest

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "desktop"))

from corpus import make_corpus  # noqa: E402
from fieldvault.core.records.importer import import_jsonl  # noqa: E402
from fieldvault.core.vault import Vault  # noqa: E402
from fieldvault.ui.app import create_app, tune_runtime  # noqa: E402
from fieldvault.ui.mainwindow import MainWindow  # noqa: E402
from fieldvault.ui.models.cases import CaseColumn  # noqa: E402
from fieldvault.ui.settings import Settings  # noqa: E402

PASSPHRASE = "lag probe passphrase"
TICK_MS = 10
THEMES = ("quota.planned", "work.arrears", "surveillance.phone_inspection",
          "flight_conflict.rabbits", "living.quarters", "return.couriers")


class LagProbe(QObject):
    """Measures how late a 10 ms timer fires, per named phase."""

    def __init__(self) -> None:
        super().__init__()
        self.phase = "idle"
        self.worst: dict[str, float] = {}
        self.ticks: dict[str, int] = {}
        self._clock = QElapsedTimer()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._tick)
        self.rss_mb: dict[str, float] = {}  # resident size at the end of each phase
        self.traced_mb: dict[str, float] = {}  # with --trace: Python allocations, same moments
        self.top: list[tuple[str, float]] = []  # with --trace: biggest sites, table loaded
        self.connections = 0  # database connections the pool holds before the lock
        self.gc_worst_ms = [0.0, 0.0, 0.0]  # longest garbage collection per generation
        self.gc_full_ms: dict[str, float] = {}  # longest full collection per phase
        self._gc_started = 0.0
        gc.callbacks.append(self._gc)

    def _gc(self, stage: str, info: dict[str, int]) -> None:
        if stage == "start":
            self._gc_started = time.perf_counter()
        else:
            spent = (time.perf_counter() - self._gc_started) * 1000
            generation = info["generation"]
            self.gc_worst_ms[generation] = max(self.gc_worst_ms[generation], spent)
            if generation == 2:
                self.gc_full_ms[self.phase] = max(self.gc_full_ms.get(self.phase, 0.0), spent)

    def start(self) -> None:
        self._clock.start()
        self._last = self._clock.nsecsElapsed()
        self._timer.start()

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed()
        late_ms = (now - self._last) / 1e6 - TICK_MS
        self._last = now
        self.worst[self.phase] = max(self.worst.get(self.phase, 0.0), late_ms)
        self.ticks[self.phase] = self.ticks.get(self.phase, 0) + 1


def rss_mb() -> float:
    """This process's resident size now (Linux /proc; 0 elsewhere)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def top_sites(snapshot: tracemalloc.Snapshot, count: int = 15) -> list[tuple[str, float]]:
    """The ``count`` source lines holding the most traced memory, in MB."""
    stats = snapshot.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)]
                                   ).statistics("lineno")
    return [(f"{Path(s.traceback[0].filename).name}:{s.traceback[0].lineno}", s.size / 2**20)
            for s in stats[:count]]


def build_vault(path: Path, cases: int) -> None:
    """A vault of ``cases`` interviews with a few codings each (one import transaction)."""
    rng = random.Random(7)
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "corpus.jsonl"
        with source.open("w", encoding="utf-8") as out:
            for number, (_doc, text) in enumerate(make_corpus(cases, seed=1)):
                out.write(json.dumps(_record(number, text, rng), ensure_ascii=False) + "\n")
        vault, _code = Vault.create(path, PASSPHRASE, owner="bench")
        try:
            import_jsonl(vault, source, progress=_print_progress)
        finally:
            vault.lock()
    print(f"\nbuilt {path} with {cases} cases in {time.perf_counter() - started:.0f} s")


def _record(number: int, text: str, rng: random.Random) -> dict[str, Any]:
    codings = []
    for _ in range(rng.randint(1, 5)):
        start = rng.randrange(0, len(text) - 200)
        codings.append({"theme": rng.choice(THEMES), "start": start,
                        "end": start + rng.randint(20, 180)})
    return {"case_code": f"B-{number:06d}", "title": text[:60].strip() or f"Case {number}",
            "languages": ["en", "ko", "ru"][: 1 + number % 3],
            "interview_date": f"20{10 + number % 9}-{1 + number % 12:02d}-{1 + number % 28:02d}",
            "interviewer": f"Interviewer {number % 17}",
            "attributes": {"sector": ["construction", "restaurant", "fishery"][number % 3],
                           "year_of_arrival": 2008 + number % 10},
            "transcript": text, "codings": codings}


def _print_progress(done: int, total: int) -> None:
    if done % 500 == 0 or done == total:
        print(f"\rimporting {done}/{total}", end="", flush=True)


QTEST_WAIT = False  # --qtest-wait: wait with QTest.qWait, as this probe did up to now


def pump(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds the way the app's own loop runs: while idle
    it waits without holding the interpreter lock. QTest.qWait holds the lock all along
    (a Python thread spinning beside it got about 1% of the steps it gets beside an idle
    QEventLoop), which starves the workers and lands their waits on the UI thread."""
    if QTEST_WAIT:
        QTest.qWait(ms)
        return
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_until(check: Callable[[], object], timeout: float = 600.0) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            raise SystemExit("timed out")
        pump(5)


def drive(window: MainWindow, probe: LagProbe, vault_path: Path, cases: int) -> None:
    def phase(name: str) -> None:
        probe.rss_mb[probe.phase] = rss_mb()  # resident size as the previous phase ends
        if tracemalloc.is_tracing():
            probe.traced_mb[probe.phase] = tracemalloc.get_traced_memory()[0] / 2**20
            if probe.phase == "load case table":
                probe.top = top_sites(tracemalloc.take_snapshot())
        probe.phase = name
        pump(30)

    phase("unlock (key derivation on a worker)")
    window.prepare_unlock(vault_path)
    window.unlock_page.secret.setText(PASSPHRASE)
    window.unlock_page.unlock_button.click()
    wait_until(lambda: window.session is not None)
    phase("load case table")
    wait_until(lambda: window.cases.model.total == cases)
    phase("scroll case table")
    bar = window.cases.table.verticalScrollBar()
    for step in range(201):
        bar.setValue(bar.maximum() * step // 200)
        pump(8)
    phase("sort case table")
    window.cases.table.sortByColumn(CaseColumn.TITLE, Qt.SortOrder.DescendingOrder)
    pump(50)
    window.cases.table.sortByColumn(CaseColumn.CODE, Qt.SortOrder.AscendingOrder)
    phase("filter case table (typing)")
    for prefix in ("n", "na", "nam", "namg"):
        window.cases.filter_text.setText(prefix)
        pump(40)
    window.cases.filter_text.clear()
    for number in (cases // 2, cases // 3):  # the second is a case not opened before
        code = f"B-{number:06d}"
        phase("select case row")  # the table scrolls to the row and paints it
        window.tabs.setCurrentWidget(window.cases)
        window.cases.select(code)
        pump(100)
        phase("open case")  # then Return, as a person presses it on the row they see
        QTest.keyClick(window.cases.table, Qt.Key.Key_Return)
        wait_until(lambda c=code: window.workbench.code == c  # read on a worker, then shown
                   and window.tabs.currentWidget() is window.workbench)
        pump(100)
    phase("search")
    window.tabs.setCurrentWidget(window.search)
    for query in ("Уссурийск", "노동자", "workers", "Namg"):
        window.search.query.setText(query)
        window.search.search()
        wait_until(lambda q=query: window.search.count.text().endswith("opens a hit.")
                   and window.search.query.text() == q)
    phase("retrieve")
    window.retrieve.choose(["quota"])
    window.retrieve.retrieve()
    wait_until(lambda: window.retrieve.model.rowCount() > 0)
    phase("analysis (co-occurrence, same paragraph)")
    analyse(window)
    phase("lock")
    if window.session is not None:  # each pooled connection has its own page cache
        pool: Any = window.session.vault.engine.pool
        probe.connections = pool.checkedin() + pool.checkedout()
    window.lock()
    closing = getattr(window, "closer", None)  # the drafts are kept and the key zeroed on
    wait_until(lambda: closing is None or not closing.busy)  # a thread, after lock() returns
    pump(50)


def analyse(window: Any) -> None:
    """Open Analysis, choose the co-occurrence view (the app loads the pair counter then)
    and compute it by paragraph from every case; wait for the table."""
    page = window.analysis
    window.tabs.setCurrentWidget(page)
    page.view.setCurrentIndex(page.view.findData("cooccur"))
    page.mode.setCurrentIndex(page.mode.findData("paragraph"))
    pump(50)
    page.result = None
    QTest.mouseClick(page.compute_button, Qt.MouseButton.LeftButton)
    wait_until(lambda: page.result is not None and page.table.model().rowCount() > 0)


def main() -> int:
    parser = argparse.ArgumentParser(description="UI event-loop lag on a big vault")
    parser.add_argument("--cases", type=int, default=10_000)
    parser.add_argument("--vault", type=Path, default=None,
                        help="where to keep the built vault (default: /tmp/fieldvault-lag-N)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--trace", action="store_true",
                        help="trace Python allocations (tracemalloc): explains memory, "
                             "invalidates the stall figures")
    parser.add_argument("--qtest-wait", action="store_true",
                        help="wait with QTest.qWait (holds the interpreter lock while idle, "
                             "unlike the app's event loop), as the probe did before")
    parser.add_argument("--switch-interval", type=float, default=None,
                        help="override sys.setswitchinterval (seconds) after the app is built")
    options = parser.parse_args()
    global QTEST_WAIT
    QTEST_WAIT = options.qtest_wait
    vault_path = options.vault or Path(tempfile.gettempdir()) / (
        f"fieldvault-lag-{options.cases}.fieldvault")
    if not vault_path.exists():
        build_vault(vault_path, options.cases)
    with tempfile.TemporaryDirectory() as scratch:
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, scratch)
        app, window = create_app([sys.argv[0]], Settings(Path(scratch) / "s.ini"),
                                 Path(scratch) / "demo.fieldvault")
        tune_runtime()  # as fieldvault-app's main() does
        if options.switch_interval is not None:
            sys.setswitchinterval(options.switch_interval)
        window.resize(1280, 800)
        window.show()
        QTest.qWaitForWindowExposed(window)
        probe = LagProbe()
        if options.trace:
            tracemalloc.start()
        probe.start()
        started = time.perf_counter()
        drive(window, probe, vault_path, options.cases)
        total = time.perf_counter() - started
        probe.phase = "quit"  # not a stall anyone sees: the window goes
        window.close()
    report: dict[str, Any] = {"cases": options.cases, "seconds": round(total, 1),
              "gc_worst_ms": [round(ms, 1) for ms in probe.gc_worst_ms],
              "gc_full_ms": {k: round(v, 1) for k, v in probe.gc_full_ms.items()},
              "worst_ms": {k: round(v, 1) for k, v in probe.worst.items()},
              "overall_worst_ms": round(max(v for k, v in probe.worst.items()
                                            if k != "quit"), 1),
              "rss_mb": {k: round(v) for k, v in probe.rss_mb.items()},
              "connections": probe.connections,
              "open_rss_mb_max": round(max(v for k, v in probe.rss_mb.items()
                                           if k not in ("idle", "lock")))}
    if options.trace:
        report["traced_mb"] = {k: round(v) for k, v in probe.traced_mb.items()}
        report["top_sites_mb"] = [(site, round(mb, 1)) for site, mb in probe.top]
    if options.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"{options.cases} cases, drive took {total:.1f} s; worst event-loop stall:")
        for name, worst in probe.worst.items():
            print(f"  {name:<40} {worst:7.1f} ms  ({probe.ticks[name]} ticks)"
                  f"  RSS after {probe.rss_mb.get(name, 0):.0f} MB")
        print(f"  {'OVERALL':<40} {report['overall_worst_ms']:7.1f} ms")
        print(f"database connections open before the lock: {probe.connections}")
        print("longest garbage collection per generation (any thread): "
              + ", ".join(f"{ms:.1f} ms" for ms in probe.gc_worst_ms))
        for name, traced in probe.traced_mb.items():
            print(f"  traced at the end of {name:<32} {traced:7.0f} MB")
        for site, mb in probe.top:
            print(f"    {site:<48} {mb:7.1f} MB")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
