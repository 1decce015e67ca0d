"""The files Fieldvault ships inside its package: the report codebook, the demo interviews,
the JSON Schemas, the PDF and screen fonts, the REFI-QDA XSDs and the interface translations.

The one way in: :func:`path` (found with :mod:`importlib.resources`, so a wheel, an editable
install and a frozen bundle all work). Read-only; safe from any thread.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path


def path(*parts: str) -> Path:
    """The file or folder ``parts`` inside the package data, as a real filesystem path.

    Fieldvault is installed as files (wheel, editable install, one-folder bundle), never run
    from a zip archive: fonts must be opened by name, so a non-file resource is refused.
    """
    root = files(__name__)
    if not isinstance(root, Path):
        raise RuntimeError("Fieldvault's data files are not on the filesystem.")
    return root.joinpath(*parts)


CODEBOOK = "codebook.json"
DEMO_INTERVIEWS = ("demo", "interviews.jsonl")
