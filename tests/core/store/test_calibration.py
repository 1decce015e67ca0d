"""Argon2id calibration: the fastest of several samples, CPU time on a busy machine, floor.

The clocks and the derivation are scripted so every run is exact: each derivation advances
the wall and CPU clocks by the next scripted amounts (no timing, no real Argon2 here; the
real derivation is exercised by every vault the suite creates).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from fieldvault.core.store import keyslots
from fieldvault.core.store.keyslots import Clocks, KdfParams, calibrate


class Script:
    """Wall and CPU clocks that move only when a derivation runs."""

    def __init__(self, wall: list[float], cpu: list[float]) -> None:
        self.walls: Iterator[float] = iter(wall)
        self.cpus: Iterator[float] = iter(cpu)
        self.wall_now = self.cpu_now = 0.0
        self.runs: list[KdfParams] = []

    def derive(self, params: KdfParams) -> None:
        self.runs.append(params)
        self.wall_now += next(self.walls)
        self.cpu_now += next(self.cpus)

    def clocks(self, cores: int) -> Clocks:
        return Clocks(wall=lambda: self.wall_now, cpu=lambda: self.cpu_now, cores=cores)


def run(wall: list[float], cpu: list[float], cores: int = 2, **options: object
        ) -> tuple[KdfParams, Script]:
    script = Script(wall, cpu)
    params = calibrate(clocks=script.clocks(cores), derive=script.derive,
                       samples=len(wall), **options)  # type: ignore[arg-type]
    return params, script


def test_the_fastest_sample_decides() -> None:
    # an idle machine: CPU time is two lanes' worth of the wall time
    params, script = run(wall=[0.35, 0.14, 0.2], cpu=[0.7, 0.28, 0.4])
    assert params.iterations == 5  # 0.7 s / 0.14 s
    assert len(script.runs) == 3
    assert all(p == KdfParams(256 * 1024, 1, 4) for p in script.runs)


def test_a_loaded_machine_is_judged_by_cpu_time_not_by_waiting() -> None:
    # other programs stretch every wall sample to ~0.6 s; the work is 0.28 s of CPU
    loaded, _ = run(wall=[0.62, 0.58, 0.6], cpu=[0.28, 0.28, 0.28])
    idle, _ = run(wall=[0.14, 0.14, 0.14], cpu=[0.28, 0.28, 0.28])
    assert loaded == idle
    assert loaded.iterations == 5  # 0.7 / (0.28 / 2 cores)
    one_core, _ = run(wall=[0.62, 0.58, 0.6], cpu=[0.28, 0.28, 0.28], cores=1)
    assert one_core.iterations == round(0.7 / 0.28)


def test_the_cost_never_falls_below_the_floor() -> None:
    slow, _ = run(wall=[9.0, 8.0, 7.5], cpu=[15.0, 16.0, 14.0])
    assert slow.iterations == keyslots.MIN_ITERATIONS
    tiny, script = run(wall=[5.0, 5.0], cpu=[5.0, 5.0], memory_kib=8 * 1024)
    assert tiny.memory_kib == keyslots.MIN_MEMORY_KIB
    assert script.runs[0].memory_kib == keyslots.MIN_MEMORY_KIB
    assert tiny.iterations >= keyslots.MIN_ITERATIONS


@pytest.mark.parametrize("memory_mib", [64, 256, 1024])
def test_a_very_fast_machine_stays_inside_the_key_file_limits(memory_mib: int) -> None:
    params, _ = run(wall=[0.0001] * 3, cpu=[0.0002] * 3, memory_kib=memory_mib * 1024)
    assert keyslots.within_limits(params)
    assert params.memory_kib * params.iterations <= keyslots.MAX_WORK_KIB
    assert params.iterations >= keyslots.MIN_ITERATIONS


def test_a_cpu_clock_that_does_not_move_falls_back_to_the_wall_clock() -> None:
    params, _ = run(wall=[0.35, 0.35, 0.35], cpu=[0.0, 0.0, 0.0])
    assert params.iterations == 2  # round(0.7 / 0.35), not a division by zero CPU time
