"""Documents in and out: scan paper to PDF, take documents away on a USB stick.

- `allowed`    pure: which files a stick may offer, names safe on FAT/exFAT
- `layout`     pure: where the filesystem starts (bare, MBR, GPT) and which
- `sticks`     pure: which stick is plugged in (a device-path glob)
- `pages`      scanned pages → one A4 PDF (img2pdf: grey PNG, colour JPEG), page counts
- `scanner`    SANE through python-sane, one thread owns libsane
- `volume`     a stick's filesystem: FAT12/16/32 read and written in user space
               (pyfatfs, no mount), exFAT through exfat-fuse (nosuid, nodev, noexec)
- `exfat`      root's half of exFAT: loop device, exfat-fuse, noexec, release
- `helper`     the stick helper (root, socket-activated) that mounts exFAT for
               the shell's user while its connection lasts, and its client
- `cli`        `kiosk documents stick-helper`
- `transfer`   copies both ways, chunk by chunk, nothing claimed before it is done
- `service`    Qt: the work in threads, results on the GUI thread
- `sane_test`  a SANE config with only the `test` backend (demo, tests, bench)

Why this way: docs/documents.md.

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
