"""PySide6 views over the core services. No SQL and no crypto here."""
