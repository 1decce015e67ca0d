"""How guessable a passphrase is, and the floor every new passphrase must clear.

The estimate is zxcvbn's (dictionaries of common passwords, names and words, keyboard
patterns, repeats, dates), scored 0..4. The floor is **score 3 or more** ("safely
unguessable": about 10^8 guesses or more; zxcvbn's own line for an offline attack on a
slow hash) **and at least 8 characters**. Length alone is no floor: ``passwordpassword`` is
16 characters and scores 0. Key derivation (Argon2id, ~0.7 s and 256 MiB per guess) slows
guessing further, which is why score 3 rather than 4 is enough.

Used by the CLI (``init``, ``keys add``, ``keys passwd``) through
:func:`fieldvault.core.store.keys.check_passphrase` and by the app's create dialog. Pure:
no I/O, any thread.
"""

from __future__ import annotations

from dataclasses import dataclass

from zxcvbn import zxcvbn

MIN_LENGTH = 8
MIN_SCORE = 3
MAX_SCORED = 100  # zxcvbn's matching grows with length; beyond this it only adds strength


@dataclass(frozen=True)
class Assessment:
    score: int  # zxcvbn's 0 (guessed at once) .. 4 (very unguessable)
    acceptable: bool
    problem: str | None  # one sentence when not acceptable
    warning: str  # zxcvbn's hint ("This is a top-10 common password."), may be empty


def assess(passphrase: str, context: tuple[str, ...] = ()) -> Assessment:
    """Score ``passphrase``; ``context`` lists words that make it guessable here (the
    vault's name, the owner's name)."""
    if len(passphrase) < MIN_LENGTH:
        return Assessment(0, False, f"A passphrase must have at least {MIN_LENGTH} "
                          "characters.", "")
    result = zxcvbn(passphrase[:MAX_SCORED], user_inputs=[c for c in context if c])
    score = int(result["score"])
    warning = str(result["feedback"].get("warning") or "")
    if score >= MIN_SCORE:
        return Assessment(score, True, None, warning)
    reason = f" ({warning.rstrip('.')})" if warning else ""
    return Assessment(score, False, "This passphrase is too easy to guess" + reason +
                      "; use four or more words that do not form a known phrase.", warning)
