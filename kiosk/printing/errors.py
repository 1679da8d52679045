"""The printing package's exceptions (the tree is in the package docstring).

Messages are for logs and staff: they name what is wrong and the fix, and never
carry a document's name, title or content.
"""

from __future__ import annotations


class PrintError(Exception):
    """Base for everything kiosk.printing raises."""


class DocumentRefused(PrintError):
    """The file cannot be printed; the message says why."""


class PasswordProtected(DocumentRefused):
    """The PDF needs a password to open."""


class PrintingForbidden(DocumentRefused):
    """The PDF's permissions forbid printing."""


class DamagedDocument(DocumentRefused):
    """Not a PDF, or damaged so that qpdf had to repair it."""


class BadPageRange(DocumentRefused):
    """The page selection is malformed or outside the document."""


class PrinterUnavailable(PrintError):
    """CUPS is unreachable, or the queue is missing or not accepting jobs."""


class JobNotFound(PrintError):
    """CUPS does not know the job (any more)."""
