"""Item models over core records: named columns and roles, no widgets, no SQL."""
