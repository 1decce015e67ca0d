"""Parse a user query into clauses and build FTS5 expressions and match patterns.

Syntax: plain words (all must match), "quoted phrase", trailing ``*`` for a prefix. Anything
else (parentheses, AND/OR/NOT/NEAR, ``:``, ``^``, stray quotes) is plain text: words are
extracted with the tokenizer and every FTS5 string is built from quoted norms, so user input
never reaches FTS5 as syntax.

A clause may carry ``alternatives`` (other spellings of the same place or person, see
``equivalents``): it then matches wherever any of its forms matches.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from fieldvault.core.search.normalize import fold_word, normalize_word, scan

TRIGRAM_MIN = 3
MAX_CLAUSES = 16  # further words are ignored (each clause is a join in the ranking SQL)
_CHUNK_RE = re.compile(r'"([^"]*)"?|(\S+)')
_SHORT_SUBSTRING_SCRIPTS = frozenset({"ko", "other"})


@dataclass(frozen=True)
class Clause:
    """One AND-ed part of a query: a word, a prefix or a phrase."""

    surfaces: tuple[str, ...]
    scripts: tuple[str, ...]
    phrase: bool = False
    prefix: bool = False
    alternatives: tuple[Clause, ...] = ()

    @property
    def forms(self) -> tuple[Clause, ...]:
        """This clause without alternatives, then each alternative."""
        if not self.alternatives:
            return (self,)
        return (Clause(self.surfaces, self.scripts, self.phrase, self.prefix),
                *self.alternatives)

    @cached_property
    def norms(self) -> tuple[str, ...]:
        return tuple(normalize_word(s, k) for s, k in zip(self.surfaces, self.scripts, strict=True))

    @cached_property
    def folds(self) -> tuple[str, ...]:
        return tuple(fold_word(s, k) for s, k in zip(self.surfaces, self.scripts, strict=True))

    @property
    def literal(self) -> str:
        """Text for substring matching: the surfaces joined by single spaces, ё→е."""
        return " ".join(self.surfaces).replace("ё", "е").replace("Ё", "Е")

    def norm_expr(self) -> str | None:
        """FTS5 expression for the normalised table, or None if nothing to match."""
        if self.alternatives:
            return _any_of(form.norm_expr() for form in self.forms)
        norms = [n for n in self.norms if n]
        if not norms:
            return None
        if self.phrase and len(norms) > 1:
            return _quote(" ".join(norms))
        options = {_quote(norms[0])}
        if self.prefix or self.short_prefix:
            options |= {_quote(n) + "*" for n in (norms[0], self.folds[0]) if n}
        return " OR ".join(sorted(options))

    @property
    def short_prefix(self) -> bool:
        """A lone 1-2 letter word is also matched as a word prefix (남강 → 남강무역회사)."""
        if len(self.surfaces) != 1 or len(self.surfaces[0]) >= TRIGRAM_MIN:
            return False
        return len(self.surfaces[0]) == 2 or self.scripts[0] in _SHORT_SUBSTRING_SCRIPTS

    def trigram_expr(self) -> str | None:
        if self.alternatives:
            return _any_of(form.trigram_expr() for form in self.forms)
        literal = self.literal
        return _quote(literal) if len(literal) >= TRIGRAM_MIN else None

    def short_substring(self) -> str | None:
        """A 2-letter Hangul/CJK word (a whole word or name there, e.g. 남강, 무역), which
        a trigram query cannot find; the index looks up trigrams starting with it."""
        if len(self.surfaces) != 1 or len(self.surfaces[0]) != 2 or self.alternatives:
            return None
        if self.scripts[0] not in _SHORT_SUBSTRING_SCRIPTS:
            return None
        return self.surfaces[0].casefold()

    def substring_regex(self) -> re.Pattern[str] | None:
        """Case-insensitive pattern for substring offsets; ё and е match each other."""
        if self.alternatives:
            patterns = [p.pattern for form in self.forms if (p := form.substring_regex())]
            return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE) \
                if patterns else None
        if self.trigram_expr() is None and self.short_substring() is None:
            return None
        parts = [_word_regex(s) for s in self.surfaces]
        return re.compile(r"\s+".join(parts), re.IGNORECASE)


def _word_regex(surface: str) -> str:
    return "".join("[ЕЁеё]" if ch in "ЕЁеё" else re.escape(ch) for ch in surface)


def _any_of(exprs: Iterable[str | None]) -> str | None:
    parts = list(dict.fromkeys(e for e in exprs if e))
    if len(parts) < 2:
        return parts[0] if parts else None
    return " OR ".join(f"({e})" for e in parts)


def _quote(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def words(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    runs = scan(text)
    return tuple(r[2] for r in runs), tuple(r[3] for r in runs)


def parse(query: str) -> list[Clause]:
    """Clauses of ``query``; empty when it holds no word."""
    clauses: list[Clause] = []
    for match in _CHUNK_RE.finditer(query):
        quoted, bare = match.group(1), match.group(2)
        if quoted is not None:
            surfaces, scripts = words(quoted)
            if surfaces:
                clauses.append(Clause(surfaces, scripts, phrase=len(surfaces) > 1))
            continue
        surfaces, scripts = words(bare)
        for i, (surface, script) in enumerate(zip(surfaces, scripts, strict=True)):
            last = i == len(surfaces) - 1
            prefix = last and bare.endswith("*")
            clauses.append(Clause((surface,), (script,), prefix=prefix))
    usable = [c for c in clauses if c.norm_expr() or c.trigram_expr()]
    return list(dict.fromkeys(usable))[:MAX_CLAUSES]
