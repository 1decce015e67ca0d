"""Through the vault's search service (plain connection, kept parsed queries): every
transcript hit shows the match offsets, snippet and highlights the code at b4839d4
showed, on a real vault seeded with interviews in three scripts."""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import Any

from snippets_oracle import hit_view
from test_snippets_oracle import CYRILLIC, HANGUL, LATIN, QUERIES, _document

from fieldvault.core.records.cases import CaseInput
from fieldvault.core.search.equivalents import places
from fieldvault.core.search.query import parse


def test_the_service_shows_what_the_old_code_showed(make_vault: Callable[..., Any]) -> None:
    vault = make_vault("owner", "interviewer")
    rng = random.Random(1919)
    for script, words in (("en", LATIN), ("ko", HANGUL), ("ru", CYRILLIC)):
        for number in range(8):
            size = rng.choice((300, 1500, 2500, 3000))
            vault.cases.create(CaseInput(
                title=f"Interview {script} {number}", languages=["en", "ko", "ru"],
                transcript="[FICTIONAL] " + _document(rng, tuple(words), size)))
    texts: dict[str, str] = {}
    compared = 0
    for query in QUERIES:
        clauses = places().expand(parse(query))
        for _ in range(2):  # the second time from the kept parsed query
            for result in vault.search.query(query, limit=60):
                if result.kind != "transcript":
                    continue
                code = str(result.case_code)
                if code not in texts:
                    texts[code] = vault.transcripts.current(code).text
                by_words = result._hit is not None and result._hit._found.by_words
                seen = (result.snippet, result.snippet_matches, result.matches)
                matches, snippet, snippet_matches = hit_view(texts[code], by_words, clauses)
                assert seen == (snippet, snippet_matches, matches), (query, code)
                compared += 1
    assert compared > 300
