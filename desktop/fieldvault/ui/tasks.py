"""Run core work off the UI thread and bring its outcome back as signals.

A job is a plain function ``job(progress, cancelled) -> result``: ``progress(done, total)``
and ``cancelled() -> bool`` are the callables the core already accepts. The job runs on a
pool thread and must not touch widgets; ``on_done``/``on_failed``/``on_progress`` run on the
UI thread. After :meth:`TaskRunner.forget` (used on lock) outcomes of running jobs are
dropped, so a finished search cannot repopulate a locked window.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from fieldvault.core.progress import Cancel, Progress

Job = Callable[[Progress, Cancel], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)


class TaskHandle:
    """What the caller keeps: a way to cancel, and whether the job has ended."""

    def __init__(self) -> None:
        self._cancel = threading.Event()
        self.started = False  # set on the pool thread as the job begins
        self.finished = False

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()


class _Task(QRunnable):
    def __init__(self, job: Job, signals: _Signals, handle: TaskHandle) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job, self._signals, self._handle = job, signals, handle

    def drop(self) -> None:
        """Let go of the job and what its closure holds (UI thread, once the pool has given
        the task back unstarted)."""
        self._job = _never

    def run(self) -> None:  # pool thread
        self._handle.started = True
        try:
            result = self._job(self._progress, self._handle.cancelled)
        except BaseException as exc:  # noqa: BLE001 - handed to the UI thread
            self._emit(self._signals.failed, exc)
        else:
            self._emit(self._signals.done, result)

    def _progress(self, done: int, total: int) -> None:
        self._emit(self._signals.progress, done, total)

    @staticmethod
    def _emit(signal: Any, *args: object) -> None:
        try:
            signal.emit(*args)
        except RuntimeError:  # the window (and its signals object) is gone: nobody listens
            pass


def _never(_progress: Any, _cancelled: Any) -> None:
    """What a dropped task would run (it is never started)."""


class TaskRunner(QObject):
    """Owns a thread pool; one per main window."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._live: dict[_Signals, TaskHandle] = {}
        self._tasks: dict[_Signals, _Task] = {}  # until it ends, or a forget() lets go
        self._generation = 0

    def run(self, job: Job, on_done: Callable[[Any], object],
            on_failed: Callable[[BaseException], object],
            on_progress: Callable[[int, int], object] | None = None) -> TaskHandle:
        handle = TaskHandle()
        signals = _Signals()  # lives on the UI thread, so its slots run there
        generation = self._generation

        def finish(callback: Callable[[Any], object], value: object) -> None:
            handle.finished = True
            self._live.pop(signals, None)
            self._tasks.pop(signals, None)
            if generation == self._generation:
                callback(value)

        signals.done.connect(lambda result: finish(on_done, result))
        signals.failed.connect(lambda exc: finish(on_failed, exc))
        if on_progress is not None:
            def progress(done: int, total: int) -> None:
                if generation == self._generation:
                    on_progress(done, total)

            signals.progress.connect(progress)
        task = _Task(job, signals, handle)
        self._live[signals], self._tasks[signals] = handle, task
        self.pool.start(task)
        return handle

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def forget(self) -> None:
        """Cancel every running job and drop whatever it still delivers. Jobs still queued
        never start, and their closures (which hold the vault, and through it the key) are
        let go at once: after a lock nothing the window holds reaches them."""
        self._generation += 1
        tasks, self._tasks = self._tasks, {}  # a running job's closure: its thread's alone
        for signals, handle in list(self._live.items()):
            handle.cancel()
            task = tasks.get(signals)
            if task is not None and not handle.started and _take(self.pool, task):
                task.drop()
                handle.finished = True
                del self._live[signals]

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


def _take(pool: QThreadPool, task: _Task) -> bool:
    """Take ``task`` back from ``pool``'s queue; False if it started meanwhile (a started
    task deletes itself when done, so its wrapper may be empty by now)."""
    try:
        return bool(pool.tryTake(task))
    except RuntimeError:  # the C++ task is gone: it ran
        return False
