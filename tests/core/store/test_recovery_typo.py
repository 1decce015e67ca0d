"""A mistyped recovery code is named as a typo, with its group, before any key is tried."""

from __future__ import annotations

import random

import pytest

from fieldvault.core.errors import RecoveryCodeTypo
from fieldvault.core.store import keyslots

ALPHABET = keyslots.RECOVERY_ALPHABET


def _codes(count: int) -> list[str]:
    return [keyslots.new_recovery_code() for _ in range(count)]


def _typo(code: str) -> RecoveryCodeTypo:
    with pytest.raises(RecoveryCodeTypo) as caught:
        keyslots.parse_recovery_code(code)
    return caught.value


def _significant(code: str) -> list[int]:
    return [i for i, ch in enumerate(code) if ch != "-"]


def test_one_changed_character_is_pinned_to_its_group_and_place() -> None:
    rng = random.Random(7)
    hits = 0
    for code in _codes(40):
        keyslots.parse_recovery_code(code)  # the real code parses
        k = rng.randrange(36)
        at = _significant(code)[k]
        wrong = rng.choice([c for c in ALPHABET if c != code[at]])
        typo = _typo(code[:at] + wrong + code[at + 1:])
        assert typo.problem == "wrong"
        if typo.group is not None:  # a second fix elsewhere is possible, about 1 in 1000
            hits += 1
            assert (typo.group, typo.place) == (k // 4 + 1, k % 4 + 1)
            assert f"group {k // 4 + 1}" in str(typo)
    assert hits >= 38


def test_a_missing_or_extra_character_names_its_group() -> None:
    rng = random.Random(11)
    named = [0, 0]
    for code in _codes(40):
        k = rng.randrange(36)
        at = _significant(code)[k]
        missing = _typo(code[:at] + code[at + 1:])
        extra = _typo(code[:at] + rng.choice(ALPHABET) + code[at:])
        assert (missing.problem, missing.length, extra.problem, extra.length) == (
            "missing", 35, "extra", 37)
        named[0] += missing.group == k // 4 + 1  # None when the fix could sit in two groups
        named[1] += extra.group == k // 4 + 1
    assert min(named) >= 36


def test_a_character_no_code_uses_is_named() -> None:
    code = keyslots.new_recovery_code()
    typo = _typo(code[:5] + "U" + code[6:])  # index 5 is group 2, place 1
    assert (typo.problem, typo.group, typo.place, typo.char) == ("foreign", 2, 1, "U")


def test_far_off_text_is_no_code_and_readers_tolerance_stays() -> None:
    assert _typo("hello").problem == "length"
    code = keyslots.new_recovery_code()
    relaxed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert keyslots.parse_recovery_code(relaxed) == keyslots.parse_recovery_code(code)
