"""Who owns the station's print jobs in CUPS: the OS user the shell runs as.

Jobs go to CUPS under this real, local user (`kiosk` on a station), never an
invented name: cupsd looks the requesting user up under Debian's `@OWNER`
policy, and a name that is not a local user crashed cupsd 2.4.2-3+deb12u10
(OpenPrinting/cups#1555). Nothing that names a resident goes to CUPS.
"""

from __future__ import annotations

import os
import pwd


def local_user() -> str:
    """The name of the user this process runs as."""
    return pwd.getpwuid(os.geteuid()).pw_name


def is_local_user(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True
