"""Full-text search over transcripts, memos and theme names (English, Korean, Russian).

No Qt here. ``index`` (writing) and ``ranking`` (answering queries) work on a SQLAlchemy
``Connection`` inside the caller's transaction.
"""

from fieldvault.core.search.index import (
    create_schema,
    index_document,
    needs_reindex,
    reindex_all,
    remove_document,
)
from fieldvault.core.search.normalize import Token, index_text, query_terms, tokens
from fieldvault.core.search.ranking import Hit, search

__all__ = [
    "Hit",
    "Token",
    "create_schema",
    "index_document",
    "index_text",
    "needs_reindex",
    "reindex_all",
    "query_terms",
    "remove_document",
    "search",
    "tokens",
]
