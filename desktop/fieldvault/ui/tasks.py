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
from typing import Any, NamedTuple

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
        """Let go of the job and what its closure holds (UI thread). A job already running
        is held by its own thread until it returns; one about to start runs nothing."""
        try:
            self._job = _never
        except RuntimeError:  # the C++ task is gone: it ran and was deleted
            pass

    def run(self) -> None:  # pool thread
        self._handle.started = True
        # From here the job's closure lives in this frame alone: the pool's wrapper of a
        # finished task may outlive it for a moment, and must not keep the vault reachable.
        job, self._job = self._job, _never
        try:
            result = job(self._progress, self._handle.cancelled)
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


class _Calls(NamedTuple):
    """What a job's outcome is handed to (UI thread)."""

    done: Callable[[Any], object]
    failed: Callable[[BaseException], object]
    progress: Callable[[int, int], object] | None


class TaskRunner(QObject):
    """Owns a thread pool; one per main window.

    The runner alone holds a job's callbacks and task (the signals' slots know only the
    runner), so :meth:`forget` can let go of every one of them: after a lock nothing the
    window holds reaches the vault through a job's closure or its callbacks."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._live: dict[_Signals, TaskHandle] = {}
        self._calls: dict[_Signals, _Calls] = {}  # until it ends, or a forget() drops them
        self._tasks: dict[_Signals, _Task] = {}  # likewise

    def run(self, job: Job, on_done: Callable[[Any], object],
            on_failed: Callable[[BaseException], object],
            on_progress: Callable[[int, int], object] | None = None) -> TaskHandle:
        handle = TaskHandle()
        signals = _Signals()  # lives on the UI thread, so its slots run there
        signals.done.connect(lambda result: self._finish(signals, result, failed=False))
        signals.failed.connect(lambda exc: self._finish(signals, exc, failed=True))
        signals.progress.connect(lambda done, total: self._progress(signals, done, total))
        task = _Task(job, signals, handle)
        self._live[signals], self._tasks[signals] = handle, task
        self._calls[signals] = _Calls(on_done, on_failed, on_progress)
        self.pool.start(task)
        return handle

    def _finish(self, signals: _Signals, value: Any, failed: bool) -> None:  # UI thread
        handle = self._live.pop(signals, None)
        if handle is not None:
            handle.finished = True
        self._tasks.pop(signals, None)
        calls = self._calls.pop(signals, None)
        if calls is not None:
            (calls.failed if failed else calls.done)(value)

    def _progress(self, signals: _Signals, done: int, total: int) -> None:  # UI thread
        calls = self._calls.get(signals)
        if calls is not None and calls.progress is not None:
            calls.progress(done, total)

    @property
    def busy(self) -> bool:
        return bool(self._live)

    def forget(self) -> None:
        """Cancel every running job and drop whatever it still delivers; jobs still queued
        never start. The runner lets go of every job's closure and callbacks at once (which
        hold the vault, and through it the key): a running job's closure is then its
        thread's alone."""
        self._calls.clear()
        tasks, self._tasks = self._tasks, {}
        for signals, handle in list(self._live.items()):
            handle.cancel()
            task = tasks.get(signals)
            if task is None:
                continue
            if not handle.started and _take(self.pool, task):  # still queued: never runs
                handle.finished = True
                del self._live[signals]
            task.drop()

    def wait(self, msecs: int = -1) -> bool:
        return self.pool.waitForDone(msecs)


def _take(pool: QThreadPool, task: _Task) -> bool:
    """Take ``task`` back from ``pool``'s queue; False if it started meanwhile (a started
    task deletes itself when done, so its wrapper may be empty by now)."""
    try:
        return bool(pool.tryTake(task))
    except RuntimeError:  # the C++ task is gone: it ran
        return False
