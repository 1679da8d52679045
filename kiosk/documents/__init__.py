"""Documents in and out: scan paper to PDF, take documents away on a USB stick.

- `allowed`  pure: which files a stick may offer, names safe on FAT/exFAT
- `pages`    pure: scanned pages → one lossless PDF (img2pdf), page counts
- `scanner`  SANE through python-sane, one thread owns libsane
- `volume`   a stick's filesystem: FAT12/16/32 read and written in user space
             (pyfatfs, no mount), exFAT through exfat-fuse (nosuid, nodev, noexec)
- `sticks`   which stick is plugged in (a device-path glob, polled)
- `scan_flow`, `stick_flow`  Qt: the work in threads, results as signals

Errors (`errors.py`):

    DocumentsError
    ├── ScanError             the scanner said no; `.kind` names what to tell
    │   └── ScannerMissing    no such SANE device (config, cable, power)
    └── StickError
        ├── StickUnreadable   not FAT12/16/32 or exFAT, or damaged
        ├── StickRemoved      pulled out (mid-copy: nothing is claimed saved)
        ├── StickFull         no room for the file
        └── StickReleaseFailed  the wipe could not prove the stick is let go
"""
