"""Plain value types shared by every detection layer.

Offsets are Python ``str`` indices (code points) into the NFC text given to the detector.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldvault.core.progress import Cancelled

CATEGORIES: tuple[str, ...] = (
    "PERSON",
    "ORG",
    "LOCATION",
    "PHONE",
    "ID",
    "DOB",
    "EMAIL",
    "ADDRESS",
)


@dataclass(frozen=True)
class Suggestion:
    """One span the detector proposes to withhold; a human accepts or corrects it.

    ``source`` names the layer: ``"gazetteer"``, ``"pattern"``, ``"ner:<model>"`` or
    ``"manual"``.
    """

    start: int
    end: int
    category: str
    text: str
    source: str


@dataclass
class GazetteerEntry:
    """A known person, organisation or place with every spelling the vault knows.

    ``ref`` links the entry to a vault record, e.g. the pseudonym code ``"W-017"``.
    """

    category: str
    variants: list[str] = field(default_factory=list)
    ref: str | None = None


class DetectionCancelled(Cancelled):
    """Raised by :meth:`Detector.detect` when its ``cancel`` callable returned True."""
