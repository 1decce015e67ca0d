"""Names the vault knows to be the same: one query finds a place or person in every script.

A group is the list of forms of one name ("Ussuriysk", "Уссурийск", "우수리스크"). The search
looks each query word, and each run of up to ``MAX_WORDS`` words, up by its normalised form
(so "Уссурийске" and "우수리스크에서" find the group of "Уссурийск") and replaces it with one
clause that matches any form of the group. The replacement does not depend on which form
was typed, so every form of a name gives the same hits in the same order.

Places come from the packaged gazetteer (``data/gazetteer/*.tsv``); the search service adds
the registered names and variants of the vault's people. Pure: no store, no records.
An ``Equivalents`` is not changed after it is built and may be shared between threads.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from fieldvault import data
from fieldvault.core.search.query import Clause, words

PLACES = ("gazetteer", "places_primorye.tsv")
MAX_WORDS = 4  # longest form looked up as a run of query words


def _form_clause(form: str) -> Clause | None:
    surfaces, scripts = words(form)
    if not surfaces or len(surfaces) > MAX_WORDS:
        return None
    clause = Clause(surfaces, scripts, phrase=len(surfaces) > 1)
    return clause if clause.norm_expr() is not None else None


def _key(clause: Clause) -> tuple[str, ...]:
    return tuple(n for n in clause.norms if n)


class Equivalents:
    """Lookup from the normalised words of a form to the clause matching all its forms."""

    def __init__(self, groups: Iterable[Sequence[str]] = ()) -> None:
        forms_of: dict[tuple[str, ...], dict[tuple[str, ...], Clause]] = {}
        for group in groups:
            clauses = [c for form in group if (c := _form_clause(form)) is not None]
            members = {_key(c): c for c in clauses}
            if len(members) < 2:
                continue
            for key in members:
                forms_of.setdefault(key, {}).update(members)
        self._clauses = {key: _merged(forms) for key, forms in forms_of.items()}

    def __len__(self) -> int:
        return len(self._clauses)

    def combined(self, other: Equivalents) -> Equivalents:
        """Both sets of groups; a form in both gets the forms of both."""
        merged = Equivalents()
        merged._clauses = dict(self._clauses)
        for key, clause in other._clauses.items():
            mine = merged._clauses.get(key)
            merged._clauses[key] = clause if mine is None else _merged(
                {_key(f): f for f in (*mine.forms, *clause.forms)})
        return merged

    def expand(self, clauses: Sequence[Clause]) -> list[Clause]:
        """``clauses`` with every known name (one clause, or a run of one-word clauses)
        replaced by the clause of its group. Prefix clauses are left alone."""
        out: list[Clause] = []
        i = 0
        while i < len(clauses):
            found, size = self._longest_at(clauses, i)
            out.append(found)
            i += size
        return list(dict.fromkeys(out))

    def _longest_at(self, clauses: Sequence[Clause], i: int) -> tuple[Clause, int]:
        first = clauses[i]
        if first.prefix or first.alternatives:
            return first, 1
        if first.phrase:
            return self._clauses.get(_key(first), first), 1
        for size in range(min(MAX_WORDS, len(clauses) - i), 1, -1):
            run = clauses[i : i + size]
            if any(c.phrase or c.prefix or c.alternatives for c in run):
                continue
            key = tuple(n for c in run for n in _key(c))
            if key in self._clauses:
                return self._clauses[key], size
        return self._clauses.get(_key(first), first), 1


def _merged(forms: dict[tuple[str, ...], Clause]) -> Clause:
    """One clause for all ``forms``, the same whichever form was looked up (sorted keys)."""
    ordered = [forms[key] for key in sorted(forms)]
    head = ordered[0]
    return Clause(head.surfaces, head.scripts, head.phrase, alternatives=tuple(ordered[1:]))


def read_groups(lines: Iterable[str]) -> list[list[str]]:
    """Groups from tab-separated lines; ``#`` starts a comment line."""
    groups = []
    for line in lines:
        if line.startswith("#") or not line.strip():
            continue
        groups.append([form.strip() for form in line.split("\t") if form.strip()])
    return groups


@lru_cache(maxsize=1)
def places() -> Equivalents:
    """The packaged gazetteer of places (read once)."""
    with data.path(*PLACES).open(encoding="utf-8") as handle:
        return Equivalents(read_groups(handle))
