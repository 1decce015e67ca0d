"""The ``fieldvault`` command line (entry point :func:`main`)."""

from fieldvault.cli.main import main

__all__ = ["main"]
