"""The top floor: what knows several subsystems at once.

The composition root (`app`: the typed `Station` and `build_station`), the
session controller that turns lifecycle states into screens and runs the wipe,
the main window, the print overlay, and the staff panel's sources
(`panel_sources`). Everything below it (launcher, printing, cardreader, staff,
usage) knows nothing of the others; the shell wires them together. The floors
are checked by import-linter contracts in `make test` (docs/design.md).
"""
