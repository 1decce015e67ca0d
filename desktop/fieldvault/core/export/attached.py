"""Attachments in an export: withheld unless chosen, counted either way.

A chosen attachment is listed (Appendix C) by id, kind and the SHA-256 of its stripped file
in the vault, so a copy delivered separately (``fieldvault attachment VAULT ID --save``) can be
checked against the signed PDF. A chosen photo also becomes a page: decoded from the vault in
memory, turned upright by its recorded EXIF orientation, scaled to at most ``MAX_SIDE``
pixels and re-encoded as a fresh JPEG from its pixels alone, so no metadata of the original
can reach the PDF. Recordings and documents are listed only: the PDF's structure check
forbids embedded files, and the leak check could not read inside them anyway.

Reads through ``vault.attachments`` (no import of that package: export and attachments are
sibling layers). Runs on the caller's thread; photos are held in memory one at a time while
decoding.
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sqlmodel import col, select

from fieldvault.core.errors import InputError
from fieldvault.core.export.model import ExportAttachment
from fieldvault.core.store.models import Attachment, Case

if TYPE_CHECKING:
    from fieldvault.core.vault import Vault

ALL = "all"
MAX_SIDE = 2000  # pixels of a photo's longer side in the PDF
MAX_PHOTO_BYTES = 64 * 1024 * 1024
JPEG_QUALITY = 85
# EXIF orientation -> the PIL transpose that turns the picture upright (ImageOps.exif_transpose)
_UPRIGHT = {2: "FLIP_LEFT_RIGHT", 3: "ROTATE_180", 4: "FLIP_TOP_BOTTOM", 5: "TRANSPOSE",
            6: "ROTATE_270", 7: "TRANSVERSE", 8: "ROTATE_90"}


def gather(vault: Vault, case_ids: Sequence[str], chosen: Sequence[str]
           ) -> tuple[list[ExportAttachment], int, dict[str, bytes]]:
    """(the chosen attachments in case and creation order, how many of the cases'
    attachments are withheld, the JPEG bytes of each chosen photo by id).

    ``chosen`` holds attachment ids (or unambiguous starts of at least 6 characters) of the
    exported cases, or ``all``; anything else is refused with one sentence."""
    with vault.session() as session:
        rows = list(session.exec(
            select(Attachment, Case.code).join(Case, col(Case.id) == col(Attachment.case_id))
            .where(col(Attachment.case_id).in_(list(case_ids)))
            .order_by(col(Case.code), col(Attachment.created), col(Attachment.id))).all())
    picked = _pick(rows, chosen)
    items: list[ExportAttachment] = []
    images: dict[str, bytes] = {}
    for row, code in rows:
        if row.id not in picked:
            continue
        digest = _digest(vault, row.id)
        width = height = 0
        if row.kind == "image":
            images[row.id], width, height = _photo(vault, row)
        items.append(ExportAttachment(row.id, code, row.kind, row.format, row.size, digest,
                                      row.duration, width, height))
    return items, len(rows) - len(items), images


def _pick(rows: list[tuple[Attachment, str]], chosen: Sequence[str]) -> set[str]:
    ids = [row.id for row, _code in rows]
    picked: set[str] = set()
    for wanted in (c.strip().lower() for c in chosen if c.strip()):
        if wanted == ALL:
            return set(ids)
        # at least 6 characters, as attachments.ids.SHORT_ID (features do not import each other)
        matches = [i for i in ids if i.startswith(wanted)] if len(wanted) >= 6 else []
        if len(matches) != 1:
            raise InputError(f"The exported cases have no attachment {wanted[:40]}"
                             f"{' (give more of its id)' if len(matches) > 1 else ''}; "
                             "list them with 'fieldvault attachments VAULT CASE'.")
        picked.add(matches[0])
    return picked


def _digest(vault: Vault, attachment_id: str) -> str:
    digest = hashlib.sha256()
    with vault.attachments.open(attachment_id) as reader:
        for block in reader.blocks():
            digest.update(block)
    return digest.hexdigest()


def _photo(vault: Vault, row: Attachment) -> tuple[bytes, int, int]:
    """A metadata-free JPEG of the photo, upright and at most MAX_SIDE pixels a side."""
    from PIL import Image, UnidentifiedImageError

    if row.size > MAX_PHOTO_BYTES:
        raise InputError(f"The photo {row.id[:8]} is too large to include in an export "
                         f"({row.size // (1024 * 1024)} MB; at most 64 MB).")
    data = vault.attachments.picture(row.id)  # HEIC arrives decoded, as PNG
    try:
        with Image.open(io.BytesIO(data)) as opened:
            opened.load()
            picture = opened.convert("RGB")
    except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
        raise InputError(f"The photo {row.id[:8]} cannot be decoded for the export.") from exc
    turn = _UPRIGHT.get(row.orientation)
    if turn is not None:
        picture = picture.transpose(getattr(Image.Transpose, turn))
    picture.thumbnail((MAX_SIDE, MAX_SIDE))
    clean = Image.frombytes("RGB", picture.size, picture.tobytes())  # pixels, no info at all
    out = io.BytesIO()
    clean.save(out, "JPEG", quality=JPEG_QUALITY)
    return out.getvalue(), clean.width, clean.height
