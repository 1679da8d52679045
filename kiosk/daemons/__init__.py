"""The project's one daemon library, shared by `kiosk demo`, the tests and bench.

One module per daemon, each started and stopped by its PID (kiosk.procs),
never by name, in private folders, sockets and ports so that nothing
system-wide is touched:

- ports: free loopback ports (and the vpcd port pair)
- pcsc: pcscd with the vsmartcard virtual reader, and virtual cards (vicc)
- printer: cupsd + ippeveprinter, a virtual metering printer
- postgres: a private PostgreSQL cluster
- collector: `kiosk usage serve`, the city's usage collector
- verifier: `kiosk staff verifier`, the staff PIN verifier
- stickhelper: `kiosk documents stick-helper` (root), exFAT mounts for the shell
- xvfb: a private X server
- loopback: a threaded HTTP server for loopback sites (in-process)
- tls: a throwaway CA and server certificate for HTTPS on loopback
- speechd: speech-dispatcher without a sound card (espeak-ng, or a capture voice)
- a11y: a session bus on which AT-SPI's accessibility bus is activated

The pytest fixtures for them are registered once, by tests/helpers/daemons.py.
"""
