"""Dialogs and message boxes."""
