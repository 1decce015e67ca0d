"""JSON from files Fieldvault did not write: parsed strictly, refused in one plain reason.

:func:`parse` accepts what :func:`json.loads` accepts, minus what later code cannot store or
print: ``NaN``/``Infinity`` (not JSON), numbers over Python's 4,300-digit limit, nesting
deeper than :data:`MAX_DEPTH` levels, and lone surrogate escapes (``"\\udc00"`` is valid JSON
but no UTF-8 text). A UTF-8 byte-order mark at the start is skipped. The reason in
:class:`JsonRefused` never quotes the input.
"""

from __future__ import annotations

import json
from typing import Any

MAX_DEPTH = 200


class JsonRefused(ValueError):
    """The text is not JSON Fieldvault accepts. ``str()`` is a verb phrase ("is not valid
    JSON ...") to follow the name of the file or line; it never quotes the input."""


def parse(data: str | bytes) -> Any:
    """The parsed value, or :class:`JsonRefused` saying why not."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise JsonRefused("is not UTF-8 text") from exc
    data = data.removeprefix("\ufeff")
    try:
        value = json.loads(data, parse_constant=_no_constant)
    except json.JSONDecodeError as exc:
        raise JsonRefused(f"is not valid JSON ({exc.msg} at line {exc.lineno})") from exc
    except RecursionError as exc:
        raise JsonRefused(f"is nested deeper than {MAX_DEPTH} levels") from exc
    except ValueError as exc:  # int() over sys.get_int_max_str_digits(), or a constant
        raise JsonRefused(str(exc) if isinstance(exc, JsonRefused) else
                          "holds a number longer than 4,300 digits") from exc
    check_value(value)
    return value


def _no_constant(name: str) -> Any:
    raise JsonRefused(f"holds {name}, which is not a JSON number")


def check_value(value: Any) -> None:
    """Refuse nesting beyond :data:`MAX_DEPTH` and strings that are not Unicode text.

    Iterative, so a deep value cannot exhaust the interpreter's stack here.
    """
    pending: list[tuple[Any, int]] = [(value, 0)]
    while pending:
        item, depth = pending.pop()
        if depth > MAX_DEPTH:
            raise JsonRefused(f"is nested deeper than {MAX_DEPTH} levels")
        if isinstance(item, str):
            _check_text(item)
        elif isinstance(item, dict):
            for key, child in item.items():
                _check_text(key)
                pending.append((child, depth + 1))
        elif isinstance(item, list):
            pending.extend((child, depth + 1) for child in item)


def _check_text(text: str) -> None:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise JsonRefused("holds a lone surrogate escape (\\ud800-\\udfff), which is "
                          "not text") from exc
