"""Detection of identifying spans in EN/KO/RU transcripts (no database, no Qt).

Entry points: :class:`Detector`, :class:`Gazetteer`, :func:`replace_spans`.
"""

from .detector import Detector, split_chunks
from .gazetteer import Gazetteer
from .particles import neutralise_particles, replace_spans
from .types import CATEGORIES, DetectionCancelled, GazetteerEntry, Suggestion

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
