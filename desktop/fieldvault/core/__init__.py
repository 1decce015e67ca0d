"""The program without a screen. Nothing under this package may import PySide6."""
