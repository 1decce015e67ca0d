"""REFI-QDA exchange: codebooks (.qdc) and projects (.qdpx) in and out of a vault.

The standard is REFI-QDA 1.5 (QDA-XML 1.0); its XSDs ship as package data in
``fieldvault/data/refi/``. What travels and what does not: ``docs/refi-qda.md``. No Qt here.
"""

from fieldvault.core.refi.codebook_file import CodebookReport, export_codebook, import_codebook
from fieldvault.core.refi.export import (
           ExportPlan,
           ExportSummary,
           describe_export,
           export_project,
           prepare_export,
           write_export,
)
from fieldvault.core.refi.importer import ImportReport, import_project
from fieldvault.core.refi.matching import NameMatch, NameMatchesNeedAnswer, proposed_name_matches
from fieldvault.core.refi.outgoing import identity_hits, memo_text_for_export, text_for_export

__all__ = ["CodebookReport", "ExportPlan", "ExportSummary", "ImportReport", "NameMatch",
           "NameMatchesNeedAnswer", "describe_export", "export_codebook", "export_project",
           "identity_hits", "import_codebook", "import_project", "memo_text_for_export",
           "prepare_export", "proposed_name_matches", "text_for_export", "write_export"]
