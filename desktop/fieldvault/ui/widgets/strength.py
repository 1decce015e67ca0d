"""The passphrase strength hint of the create dialog: the core's estimate and floor
(:mod:`fieldvault.core.passphrase`, zxcvbn), in the user's language."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from fieldvault.core import passphrase as core

MIN_LENGTH = core.MIN_LENGTH


@dataclass(frozen=True)
class Strength:
    score: int  # 0 (guessed at once) .. 4 (strong), for the meter
    acceptable: bool  # the floor every new passphrase must clear
    label: str


def assess(passphrase: str, context: tuple[str, ...] = ()) -> Strength:
    verdict = core.assess(passphrase, context)
    if len(passphrase) < MIN_LENGTH:
        label = QCoreApplication.translate("Strength", "Too short: use at least 8 characters.")
    elif not verdict.acceptable:
        label = QCoreApplication.translate(
            "Strength", "Too easy to guess: use four or more words that do not form a known "
                        "phrase.")
    elif verdict.score == core.MIN_SCORE:
        label = QCoreApplication.translate("Strength", "Good.")
    else:
        label = QCoreApplication.translate("Strength", "Strong.")
    return Strength(verdict.score, verdict.acceptable, label)
