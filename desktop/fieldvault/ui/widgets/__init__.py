"""Reusable widgets: text views, pickers, panels, tables."""
