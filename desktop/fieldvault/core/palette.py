"""Theme colours: one distinct, light colour per theme, kept in the family of its group.

Pure functions over ``#rrggbb`` strings (no store, no Qt). The packaged codebook gives every
theme of a top-level group the group's colour; :func:`spread` turns each run of themes that
share one colour into distinct shades of that hue, so six themes of one group coded in one
case can be told apart. Colours stay light (text on them is black).
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Iterable, Sequence

HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
FALLBACK = "#999999"
#: hue offsets (degrees) and lightness for the 2nd, 3rd, ... theme sharing one colour
_SHIFTS = (-24, 24, -12, 12, -36, 36, -6, 6, -30, 30, -18, 18)
_LIGHTNESS = (0.82, 0.72, 0.88, 0.76)
_TOP_HUES = tuple(range(0, 360, 37))  # for a new top-level theme with nothing to derive from


def is_color(value: str) -> bool:
    return bool(HEX.match(value))


def _hls(color: str) -> tuple[float, float, float]:
    r, g, b = (int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hls(r, g, b)


def _hex(h: float, l: float, s: float) -> str:  # noqa: E741 (hue, lightness, saturation)
    r, g, b = colorsys.hls_to_rgb(h % 1.0, l, s)
    return "#" + "".join(f"{round(v * 255):02x}" for v in (r, g, b))


def shade(base: str, n: int) -> str:
    """The ``n``-th variant (n >= 1) of ``base``: the hue moved a little, lightness varied."""
    h, _l, s = _hls(base if is_color(base) else FALLBACK)
    shift = _SHIFTS[(n - 1) % len(_SHIFTS)] + 3 * ((n - 1) // len(_SHIFTS))
    saturation = max(s, 0.55) if s > 0.05 else s
    return _hex(h + shift / 360, _LIGHTNESS[n % len(_LIGHTNESS)], saturation)


def spread(themes: Sequence[tuple[str, str]]) -> dict[str, str]:
    """New colours for themes (``(id, colour)`` in tree order) whose colour is taken earlier.

    The first theme with a colour keeps it; each later one gets the next unused shade of it.
    Returns only the themes whose colour changes.
    """
    used = {color.lower() for _id, color in themes}
    seen: dict[str, int] = {}
    out: dict[str, str] = {}
    for theme_id, color in themes:
        key = color.lower()
        if key not in seen:
            seen[key] = 0
            continue
        out[theme_id] = _next_unused(color, seen, used)
    return out


def fresh(parent_color: str | None, used: Iterable[str]) -> str:
    """A colour for a new theme: a shade of its parent's, or a new hue at the top level."""
    taken = {c.lower() for c in used}
    if parent_color is not None and is_color(parent_color):
        return _next_unused(parent_color, {parent_color.lower(): 0}, taken)
    for hue in _TOP_HUES:
        candidate = _hex(hue / 360, 0.80, 0.75)
        if candidate not in taken:
            return candidate
    return _next_unused(_hex(0, 0.8, 0.75), {}, taken)


def _next_unused(base: str, seen: dict[str, int], used: set[str]) -> str:
    key = base.lower()
    n = seen.get(key, 0)
    while True:
        n += 1
        candidate = shade(base, n)
        if candidate not in used:
            seen[key] = n
            used.add(candidate)
            return candidate
