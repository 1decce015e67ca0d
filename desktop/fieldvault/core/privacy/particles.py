"""Replacement tokens and neutral Korean particles after them.

A Korean particle after a name shows whether the name ended in a consonant (김철수는 vs
박명순은). After a replacement token the particle is written in its double form
(은(는), 이(가), 을(를), 와(과), (으)로, (이)나, (이)랑, 아(야)) so it tells nothing.
Only a particle attached directly to the token is changed. Pure and thread-safe.
"""

from __future__ import annotations

import re

# Longest spellings first; each maps to its neutral form.
NEUTRAL: tuple[tuple[str, str], ...] = (
    ("이라고", "(이)라고"),
    ("라고", "(이)라고"),
    ("이랑", "(이)랑"),
    ("랑", "(이)랑"),
    ("이나", "(이)나"),
    ("으로", "(으)로"),
    ("로", "(으)로"),
    ("은", "은(는)"),
    ("는", "은(는)"),
    ("이", "이(가)"),
    ("가", "이(가)"),
    ("을", "을(를)"),
    ("를", "을(를)"),
    ("와", "와(과)"),
    ("과", "와(과)"),
    ("아", "아(야)"),
    ("야", "아(야)"),
    ("나", "(이)나"),
)
# What may follow the particle inside the same word (로서, 로부터, 은요, 이나마 ...).
ALLOWED_REST = frozenset(("", "서", "써", "부터", "요", "도", "만", "의", "는", "마"))
WORD_TAIL = re.compile(r"[가-힣]*")


def _neutral_at(text: str, pos: int) -> tuple[int, str] | None:
    """(length of the particle at ``pos``, its neutral form) or None."""
    if text.startswith(("(", "은(", "이(", "을(", "와(", "아("), pos):
        return None
    tail = WORD_TAIL.match(text, pos)
    word = tail.group() if tail else ""
    for plain, neutral in NEUTRAL:
        if word.startswith(plain) and word[len(plain) :] in ALLOWED_REST:
            return len(plain), neutral
    return None


def neutralise_particles(text: str, replaced_spans: list[tuple[int, int]]) -> str:
    """Rewrite the particle attached right after each span of ``text`` in neutral form."""
    return _rebuild(text, [(s, e, text[s:e]) for s, e in replaced_spans])[0]


def replace_spans(
    text: str, spans: list[tuple[int, int, str]]
) -> tuple[str, list[tuple[int, int]]]:
    """Replace each ``(start, end, token)`` with ``token`` and neutralise the particle after
    it. Spans must not overlap. Returns the new text and each token's new ``(start, end)``,
    in the order of the spans sorted by start."""
    return _rebuild(text, spans)


def _rebuild(text: str, spans: list[tuple[int, int, str]]) -> tuple[str, list[tuple[int, int]]]:
    ordered = sorted(spans, key=lambda s: (s[0], s[1]))
    parts: list[str] = []
    where: list[tuple[int, int]] = []
    pos = 0
    size = 0
    for start, end, token in ordered:
        if start < pos or end < start or end > len(text):
            raise ValueError(f"span {start}-{end} overlaps another or lies outside the text")
        parts.append(text[pos:start])
        size += start - pos
        parts.append(token)
        where.append((size, size + len(token)))
        size += len(token)
        pos = end
        found = _neutral_at(text, end)
        if found is not None:
            length, neutral = found
            parts.append(neutral)
            size += len(neutral)
            pos = end + length
    parts.append(text[pos:])
    return "".join(parts), where
