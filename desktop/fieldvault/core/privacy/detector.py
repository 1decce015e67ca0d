"""The layered detector: gazetteer, validated patterns, per-script recognisers, clean-up.

A Detector may be shared by threads: ``detect`` keeps its state in locals, models are
loaded once per process (models.py) and called under their own lock. ``notices`` lists,
in plain sentences, the recognisers that could not run.

Work is linear in the text: it is cut into chunks of at most CHUNK characters, each model
sees only the sentences written in its script, and a last pass marks every other mention
of a name the recognisers found (propagation) through a trie, not a regex per name.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Iterable

from fieldvault.core.privacy import models
from fieldvault.core.privacy.cleanup import clean
from fieldvault.core.privacy.gazetteer import Gazetteer
from fieldvault.core.privacy.lexicon import KNOWN_PLACES
from fieldvault.core.privacy.ner_ko import find_korean
from fieldvault.core.privacy.ner_ru import find_russian, find_russian_rules
from fieldvault.core.privacy.patterns import find_patterns
from fieldvault.core.privacy.places import find_places
from fieldvault.core.privacy.rules_en import find_english
from fieldvault.core.privacy.text import fold
from fieldvault.core.privacy.types import DetectionCancelled, GazetteerEntry, Suggestion
from fieldvault.core.progress import Cancel, Progress

CHUNK = 4000
LANGUAGE = {"natasha": "Russian", "kiwi": "Korean"}
SCRIPT_RE = {
    "latin": re.compile(r"[A-Za-z\u00c0-\u024f]"),
    "cyrillic": re.compile(r"[\u0400-\u04ff]"),
    "hangul": re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
}
SENTENCE = re.compile(r"[^\n.!?]*(?:[.!?]+[»\"”)]?|\n|$)")
PROPAGATED = ("PERSON", "ORG", "LOCATION")
QUOTED_NAME = re.compile(r"«([^«»]{2,40})»")
Finder = Callable[[str], list[Suggestion]]


def _builtin_places() -> Gazetteer:
    gaz = Gazetteer()
    for group in KNOWN_PLACES.split("|"):
        parts = group.split(";") if ";" in group else group.split()
        gaz.add(GazetteerEntry("LOCATION", parts))
    return gaz


_PLACES = _builtin_places()


class Detector:
    """Suggests spans that identify people; a human reviews every suggestion."""

    def __init__(
        self,
        gazetteer: Gazetteer | None = None,
        use_ner: bool = True,
        pseudonym_pattern: str = r"\b[A-Z]{1,2}-\d{3,}\b",
        theme_words: Iterable[str] = (),
    ) -> None:
        self.gazetteer = gazetteer
        self.use_ner = use_ner
        self.pseudonym = re.compile(pseudonym_pattern)
        self.theme_words = frozenset(fold(w) for w in theme_words)
        self._notices: list[str] = []
        self._failed: set[str] = set()
        self._lock = threading.Lock()

    @property
    def notices(self) -> list[str]:
        """Sentences about recognisers that could not run (empty when all ran)."""
        with self._lock:
            return list(self._notices)

    def detect(
        self, text: str, progress: Progress | None = None, cancel: Cancel | None = None
    ) -> list[Suggestion]:
        """Suggestions for ``text`` (NFC), sorted and non-overlapping.

        ``progress(done, total)`` is called after each chunk with character counts;
        ``cancel()`` is polled before each chunk and raises DetectionCancelled when True.
        """
        chunks = split_chunks(text)
        found: list[Suggestion] = []
        for start, end in chunks:
            _check(cancel)
            found.extend(_shift(self._detect_chunk(text[start:end]), start))
            if progress is not None:
                progress(end, len(text))
        if self.use_ner:
            found.extend(self._propagate(text, chunks, found, cancel))
        return sorted(found, key=lambda s: s.start)

    def _detect_chunk(self, chunk: str) -> list[Suggestion]:
        found: list[Suggestion] = []
        if self.gazetteer is not None:
            found.extend(self.gazetteer.match(chunk))
        found.extend(find_patterns(chunk))
        if self.use_ner:
            found.extend(self._recognise(chunk))
        return clean(chunk, found, self.pseudonym, self.theme_words)

    def _recognise(self, chunk: str) -> list[Suggestion]:
        found = [
            Suggestion(s.start, s.end, s.category, s.text, "ner:places")
            for s in _PLACES.match(chunk)
        ]
        found.extend(find_places(chunk))
        found.extend(_in_script(chunk, "latin", find_english))
        found.extend(_in_script(chunk, "cyrillic", self._russian))
        found.extend(_in_script(chunk, "hangul", self._korean))
        return found

    def _russian(self, piece: str) -> list[Suggestion]:
        model = self._model("natasha")
        if model is None:
            return find_russian_rules(piece)
        with model.lock:
            return find_russian(piece, model.obj)

    def _korean(self, piece: str) -> list[Suggestion]:
        model = self._model("kiwi")
        if model is None:
            return find_korean(piece, None)
        with model.lock:
            return find_korean(piece, model.obj)

    def _model(self, name: str) -> models.LoadedModel | None:
        if name in self._failed:
            return None
        try:
            return models.get_model(name)
        except models.ModelUnavailable as exc:
            with self._lock:
                if name not in self._failed:
                    self._failed.add(name)
                    self._notices.append(
                        f"{LANGUAGE[name]} name recognition is unavailable: {exc}; "
                        "other layers still ran."
                    )
            return None

    def _propagate(
        self,
        text: str,
        chunks: list[tuple[int, int]],
        found: list[Suggestion],
        cancel: Cancel | None,
    ) -> list[Suggestion]:
        """Other mentions of names the recognisers found, where nothing else was found."""
        names: dict[tuple[str, str], str] = {}
        for s in found:
            if s.category in PROPAGATED and s.source.startswith("ner:"):
                names.setdefault((s.category, s.text), s.source)
            quoted = QUOTED_NAME.search(s.text) if s.category == "ORG" else None
            if quoted:
                names.setdefault(("ORG", quoted.group(1)), s.source)
        if not names:
            return []
        gaz = Gazetteer()
        for (category, name), source in names.items():
            gaz.add(GazetteerEntry(category, [name], source))
        taken = sorted((s.start, s.end) for s in found)
        extra: list[Suggestion] = []
        for start, end in chunks:
            _check(cancel)
            for s, ref in gaz.match_with_refs(text[start:end]):
                a, b = s.start + start, s.end + start
                if text[a - 1 : a] == "«" and text[b : b + 1] == "»":
                    a, b = a - 1, b + 1
                if not _overlaps(taken, a, b) and not self.pseudonym.fullmatch(s.text):
                    extra.append(Suggestion(a, b, s.category, text[a:b], ref or "ner:"))
        return extra


def _check(cancel: Cancel | None) -> None:
    if cancel is not None and cancel():
        raise DetectionCancelled("detection cancelled")


def _shift(items: Iterable[Suggestion], offset: int) -> list[Suggestion]:
    return [
        Suggestion(s.start + offset, s.end + offset, s.category, s.text, s.source) for s in items
    ]


def _overlaps(spans: list[tuple[int, int]], a: int, b: int) -> bool:
    """``spans`` sorted and non-overlapping; True when [a, b) meets one of them."""
    i = bisect.bisect_right(spans, (a, 1 << 62))
    return any(s < b and a < e for s, e in spans[max(0, i - 1) : i + 1])


def _in_script(chunk: str, script: str, finder: Finder) -> list[Suggestion]:
    """Run ``finder`` on each run of sentences that contain ``script``."""
    rx = SCRIPT_RE[script]
    if rx.search(chunk) is None:
        return []
    out: list[Suggestion] = []
    for start, end in _script_runs(chunk, rx):
        out.extend(_shift(finder(chunk[start:end]), start))
    return out


def _script_runs(chunk: str, rx: re.Pattern[str]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for m in SENTENCE.finditer(chunk):
        if m.start() == m.end() or rx.search(chunk, m.start(), m.end()) is None:
            continue
        if runs and runs[-1][1] >= m.start() - 1:
            runs[-1] = (runs[-1][0], m.end())
        else:
            runs.append((m.start(), m.end()))
    return runs


def split_chunks(text: str, size: int = CHUNK) -> list[tuple[int, int]]:
    """Cut ``text`` into pieces of at most ``size`` characters at line, sentence or space
    boundaries (hard cut only inside a run of ``size`` characters without any)."""
    chunks: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(len(text), start + size)
        if end < len(text):
            end = _cut_point(text, start, end)
        chunks.append((start, end))
        start = end
    return chunks


def _cut_point(text: str, start: int, end: int) -> int:
    floor = start + (end - start) // 2
    for sep in ("\n", ". ", "。", " "):
        pos = text.rfind(sep, floor, end)
        if pos >= 0:
            return pos + len(sep)
    return end
