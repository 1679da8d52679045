"""`kiosk doctor`: one table of checks for municipal IT, each with a verdict and a fix.

Pure parts (no Qt, no hardware library): `sandbox` decides from an environment
and argv whether Chromium's sandbox is off or remote debugging is on;
`report` holds verdicts and renders the table. `probes` are the adapters to
pcscd, CUPS, AusweisApp, the collector and the kernel; `checks` turns probe
answers into verdicts; `runner` wires them from a station config.

Exceptions::

    DoctorError            base for this package
    └── ProbeFailed        a probe got no usable answer (message: what and where)
        └── NotPermitted   the answer exists, but this user may not read it
"""

from __future__ import annotations


class DoctorError(Exception):
    """Base for errors of the doctor."""


class ProbeFailed(DoctorError):
    """A probe got no usable answer from its system; the message says which."""


class NotPermitted(ProbeFailed):
    """The thing exists, but only another user (e.g. root) may read it."""
