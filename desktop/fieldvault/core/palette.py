"""Theme colours: one distinct, light colour per theme, kept near the hue of its group.

Pure functions over ``#rrggbb`` strings (no store, no Qt). The packaged codebook gives every
theme of a top-level group the group's colour; :func:`spread` keeps the first theme with a
colour and gives each later one the candidate colour farthest (CIELAB distance) from every
colour already taken, within 90° of hue of its own colour and with a small preference for
staying close to it. Every candidate keeps a contrast of at least 7:1 with black text.
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Iterable, Sequence

HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
FALLBACK = "#999999"
HUE_SPAN = 90  # degrees either side of the theme's own hue
HUE_STEP = 6
LIGHTNESS = (0.68, 0.74, 0.80, 0.86)
MIN_SATURATION = 0.6
MIN_CONTRAST = 7.0  # with black text (WCAG AAA)
HUE_PENALTY = 0.05  # CIELAB units given up per degree away from the theme's own hue

Lab = tuple[float, float, float]


def is_color(value: str) -> bool:
    return bool(HEX.match(value))


def _channels(color: str) -> tuple[float, float, float]:
    return (int(color[1:3], 16) / 255, int(color[3:5], 16) / 255, int(color[5:7], 16) / 255)


def _hex(h: float, lightness: float, s: float) -> str:
    r, g, b = colorsys.hls_to_rgb(h % 1.0, lightness, s)
    return "#" + "".join(f"{round(v * 255):02x}" for v in (r, g, b))


def _linear(c: float) -> float:
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def contrast_with_black(color: str) -> float:
    r, g, b = (_linear(c) for c in _channels(color))
    return (0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05) / 0.05


def lab(color: str) -> Lab:
    """CIELAB (D65) of an sRGB colour."""
    r, g, b = (_linear(c) for c in _channels(color))
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t: float) -> float:
        return float(t ** (1 / 3)) if t > 0.008856 else 7.787 * t + 16 / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def distance(a: Lab, b: Lab) -> float:
    return float(sum((p - q) ** 2 for p, q in zip(a, b, strict=True)) ** 0.5)


def _candidates(base: str, span: int) -> list[tuple[str, int]]:
    """Colours around ``base``'s hue with their hue offset in degrees."""
    h, _l, s = colorsys.rgb_to_hls(*_channels(base if is_color(base) else FALLBACK))
    out = []
    for offset in range(-span, span + 1, HUE_STEP):
        for lightness in LIGHTNESS:
            color = _hex(h + offset / 360, lightness, max(s, MIN_SATURATION))
            if contrast_with_black(color) >= MIN_CONTRAST:
                out.append((color, offset))
    return out


def _farthest(base: str, taken: list[Lab], span: int = HUE_SPAN,
              penalty: float = HUE_PENALTY) -> str:
    best, best_score = base, float("-inf")
    for color, offset in _candidates(base, span):
        here = lab(color)
        nearest = min((distance(here, other) for other in taken), default=100.0)
        score = nearest - penalty * abs(offset)
        if score > best_score:
            best, best_score = color, score
    return best


def spread(themes: Sequence[tuple[str, str]]) -> dict[str, str]:
    """New colours for themes (``(id, colour)`` in tree order) whose colour is taken earlier.

    The first theme with each colour keeps it; every later one gets a colour of its own.
    Returns only the themes whose colour changes.
    """
    seen: set[str] = set()
    later: list[tuple[str, str]] = []
    for theme_id, color in themes:
        if color.lower() in seen:
            later.append((theme_id, color))
        seen.add(color.lower())
    taken = [lab(c) for c in seen if is_color(c)]
    out: dict[str, str] = {}
    for theme_id, color in later:
        out[theme_id] = _farthest(color, taken)
        taken.append(lab(out[theme_id]))
    return out


def fresh(parent_color: str | None, used: Iterable[str]) -> str:
    """A colour for a new theme: near its parent's hue, or any hue at the top level."""
    taken = [lab(c) for c in used if is_color(c)]
    if parent_color is not None and is_color(parent_color):
        return _farthest(parent_color, taken)
    return _farthest("#ffb3b3", taken, span=180, penalty=0.0)
