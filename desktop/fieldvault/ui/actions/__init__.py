"""Menu actions the main window hands to its pages."""
