"""The writer's exceptions (the tree is in the package docstring)."""

from __future__ import annotations


class WriterError(Exception):
    """Base of the writer's errors; the message names what is wrong and the fix."""


class TemplateError(WriterError):
    """A template folder or file is missing or cannot be read."""


class IncompleteDocument(WriterError):
    """The document lacks what it needs (a CV or letter needs only a name)."""


class OutputError(WriterError):
    """The PDF or the .docx could not be written."""


class PhotoError(OutputError):
    """The chosen photo is no picture the writer can read."""


class SpellingUnavailable(WriterError):
    """No spell checker library or no dictionary for a language."""
