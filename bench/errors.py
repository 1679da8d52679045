"""What can go wrong in a benchmark run, as one small tree.

Exceptions::

    BenchError
    ├── BadEntry          one results entry lacks a key or has a value of the
    │                     wrong type (the message names the entry and the key)
    ├── UnknownModule     a module named on the command line is not in bench/
    ├── BadModule         a module's TIMEOUT_SECONDS cannot be read without
    │                     importing it (the message names the file)
    └── MeasurementFailed a benchmark could not measure what it promised
                          (a page did not load, a wipe was not clean, a tool
                          is missing); raised inside bench modules

A module that crashes, hangs or returns garbage never raises in the harness:
it becomes a failed entry in the table and the other modules still run.
"""

from __future__ import annotations


class BenchError(Exception):
    """Base of every error the bench package raises on purpose."""


class BadEntry(BenchError):
    """A results entry that does not have the documented shape."""


class UnknownModule(BenchError):
    """A benchmark module that bench/ does not have."""


class BadModule(BenchError):
    """A benchmark module whose TIMEOUT_SECONDS the harness cannot read."""


class MeasurementFailed(BenchError):
    """A benchmark could not measure what it promised to."""
