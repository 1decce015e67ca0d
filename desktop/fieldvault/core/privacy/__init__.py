"""Detection of identifying spans in EN/KO/RU transcripts (no database, no Qt).

Entry points: :class:`Detector`, :class:`Gazetteer`, :func:`replace_spans`.
"""

from fieldvault.core.privacy.detector import Detector, split_chunks
from fieldvault.core.privacy.gazetteer import Gazetteer
from fieldvault.core.privacy.particles import neutralise_particles, replace_spans
from fieldvault.core.privacy.types import CATEGORIES, DetectionCancelled, GazetteerEntry, Suggestion

__all__ = [
    "CATEGORIES",
    "DetectionCancelled",
    "Detector",
    "Gazetteer",
    "GazetteerEntry",
    "Suggestion",
    "neutralise_particles",
    "replace_spans",
    "split_chunks",
]
