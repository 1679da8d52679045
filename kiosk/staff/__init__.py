"""Staff unlock and the station panel.

How staff get in: a gesture only the shell can see (taps in one screen corner
from real input, or a key chord) opens a native PIN pad; the PIN goes to the
verifier; a right PIN opens the panel, which locks again after a short idle
time and whenever a resident session starts.

Keeping the PIN hash out of the resident's reach
------------------------------------------------
The shell runs as the kiosk user, and so do the Chromium renderers that show
the residents' pages. Anything that user can read, a compromised page could
read too. So the shell never holds the PIN hash:

* `kiosk staff verifier` runs as its own system user
  (`buergerterminal-staffpin`, deploy/sysusers.d/buergerterminal-staff.conf),
  started by systemd socket activation
  (deploy/systemd/buergerterminal-staffpin.{socket,service}), with
  `StateDirectory=buergerterminal-staffpin` mode 0700: the scrypt hash
  (`pin.hash`) and the failure counter (`attempts.json`) are files 0600 of
  that user. The verifier refuses to start if the directory is readable by
  others.
* The socket (config `staff.verifier_socket`) is 0660, owned by root and the
  kiosk user's group: the shell may ask, nobody else may.
* The only question the socket answers is "is this PIN right?", and every
  answer passes the lockout policy (kiosk.staff.lockout) first; the attempt is
  counted on disk *before* the comparison, so killing the verifier mid-check
  gains no free guess, and restarting it (or the shell) resets nothing.
* `kiosk staff set-pin` (as root) writes the hash into that directory and
  hands the files to the verifier's user.

Modules: lockout, pin, protocol, gesture, access, status (pure: no Qt, no I/O
beyond hashlib); store, verifier, client, cli (the verifier and its client);
pincheck, unlock, pinpad, panel, mode (Qt).

Exceptions::

    StaffError
    ├── PinRuleError          a new PIN breaks the rules (too short, not digits…)
    ├── PinStoreError         the verifier's state directory or files are unusable
    │   └── PinRecordError    the stored hash cannot be read: set the PIN again
    ├── ProtocolError         a line that is not part of the verifier protocol
    └── VerifierUnavailable   no answer from the verifier: staff cannot unlock
"""
