"""Forgetting the task runner's jobs (what a lock does): running jobs are cancelled and
what they deliver is dropped; queued jobs never start; every job's closure and callbacks
(which hold the vault and through it the key) are let go at once."""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from fieldvault.ui.tasks import TaskRunner
from ui.uihelp import reachable


class Secret:
    """Stands for the vault a job's closure holds."""


def test_queued_jobs_never_start_and_let_go_of_what_they_hold(qtbot: QtBot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    began: list[str] = []
    delivered: list[object] = []

    def blocking(name: str) -> object:
        def job(_progress: object, cancelled: object) -> str:
            began.append(name)
            release.wait(20)
            return name
        return job

    held = Secret()  # what the running jobs' callbacks hold (a page's vault, say)
    for name in ("a", "b"):  # the pool's two threads are busy
        runner.run(blocking(name), lambda result, h=held: delivered.append((h, result)),
                   delivered.append)
    qtbot.waitUntil(lambda: len(began) == 2, timeout=10_000)
    secret = Secret()

    def queued(_progress: object, _cancelled: object) -> object:
        began.append("queued")
        return secret

    runner.run(queued, delivered.append, delivered.append)
    assert reachable(runner, secret) and reachable(runner, held)
    runner.forget()
    assert not reachable(runner, secret) and not reachable(runner, held)
    release.set()
    assert runner.wait(20_000)
    qtbot.wait(50)  # let the queued signals of the two running jobs arrive
    assert sorted(began) == ["a", "b"] and delivered == []  # cancelled, and nothing delivered
    assert not runner.busy
    runner.deleteLater()
