"""Metered printing: count, price, confirm once, hold, release, track, purge.

Pure cores (no Qt, no pycups): `quota` (units, free pages, price, limits),
`ledger` (the session's reservations and bookings), `jobwatch` (what a job's
and printer's state mean for the resident), `jobids` (the ids of resident jobs,
on disk before their documents reach CUPS), `owner` (the OS user that owns
every kiosk job).
Adapters: `pdf` (pikepdf normalisation and count), `cups_gateway` (pycups, used
only from the one worker thread that owns its Connection), `worker`/`flow`
(Qt), `confirm_widget`, `cleanup` (the wipe step, which also runs at boot).
For the staff panel: `status` (queue state, supplies and jobs; cancel one job;
the test page) and `daybook` (today's money to collect, kept on disk).

Exceptions::

    PrintError                    base for everything this package raises
    ├── DocumentRefused           the file cannot be printed (message says why)
    │   ├── PasswordProtected     needs a password to open
    │   ├── PrintingForbidden     its permissions forbid printing
    │   ├── DamagedDocument       not a PDF, or damaged (qpdf had to repair it)
    │   └── BadPageRange          the page selection does not fit the document
    ├── PrinterUnavailable        CUPS unreachable, queue missing or not accepting
    └── JobNotFound               CUPS does not know the job (any more)
"""

from kiosk.printing.errors import (
    BadPageRange,
    DamagedDocument,
    DocumentRefused,
    JobNotFound,
    PasswordProtected,
    PrintError,
    PrinterUnavailable,
    PrintingForbidden,
)

__all__ = [
    "BadPageRange",
    "DamagedDocument",
    "DocumentRefused",
    "JobNotFound",
    "PasswordProtected",
    "PrintError",
    "PrinterUnavailable",
    "PrintingForbidden",
]
