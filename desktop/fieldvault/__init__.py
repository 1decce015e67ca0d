"""Fieldvault: an offline, encrypted case book for field research on people at risk."""

__version__ = "0.1.0"
