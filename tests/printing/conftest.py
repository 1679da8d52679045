"""The private CUPS stack (cupsd + ippeveprinter) for printing tests."""

from helpers.cups import print_stack, printer  # noqa: F401
