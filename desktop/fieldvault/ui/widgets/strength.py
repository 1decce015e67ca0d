"""A rough passphrase strength hint (guidance only; the core enforces the minimum length)."""

from __future__ import annotations

import math
import string
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

MIN_LENGTH = 8
WORD_BITS = 11.0  # a word from a list of about 2,000 common words


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (unusable) .. 4 (strong)
    bits: float
    label: str


def estimate_bits(passphrase: str) -> float:
    """Lower of two guesses: random characters from the classes used, or common words."""
    if not passphrase:
        return 0.0
    classes = [
        (26, any(c in string.ascii_lowercase for c in passphrase)),
        (26, any(c in string.ascii_uppercase for c in passphrase)),
        (10, any(c.isdigit() for c in passphrase)),
        (60, any(not c.isascii() for c in passphrase)),
        (33, any(c in string.punctuation or c == " " for c in passphrase)),
    ]
    pool = sum(size for size, used in classes if used)
    distinct = len(set(passphrase))
    per_char = math.log2(max(pool, 2))
    if sum(used for _size, used in classes) <= 2 and " " not in passphrase:
        per_char = min(per_char, 3.0)  # one word with a digit or two: people pick these
    by_chars = per_char * min(len(passphrase), distinct * 2)
    words = [w for w in passphrase.split() if w]
    by_words = WORD_BITS * len(words) if len(words) >= 3 else by_chars
    return min(by_chars, by_words)


def assess(passphrase: str) -> Strength:
    bits = estimate_bits(passphrase)
    if len(passphrase) < MIN_LENGTH:
        return Strength(0, bits, QCoreApplication.translate(
                "Strength", "Too short: use at least 8 characters."))
    if bits < 40:
        return Strength(1, bits, QCoreApplication.translate(
                "Strength", "Weak: add more words or characters."))
    if bits < 60:
        return Strength(2, bits, QCoreApplication.translate(
                "Strength", "Fair: a fourth or fifth word would help."))
    if bits < 80:
        return Strength(3, bits, QCoreApplication.translate("Strength", "Good."))
    return Strength(4, bits, QCoreApplication.translate("Strength", "Strong."))
