"""Bürgerterminal: the kiosk shell for public PCs in neighbourhood offices."""

__version__ = "0.1.0"
