"""The pytest fixtures for the daemons of kiosk.daemons, registered once.

tests/conftest.py loads this plugin; no test module or sub-conftest registers
these fixtures again (each registration of a session fixture would be its own
instance). A session fixture here is one daemon per test process for the
whole run: `make test` runs two xdist workers, so two of each at most.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kiosk.daemons.a11y import A11yBus
from kiosk.daemons.pcsc import VICC, VPCD_DRIVER, PcscDaemon, VirtualCard, missing_tools
from kiosk.daemons.postgres import PrivatePostgres
from kiosk.daemons.printer import PrintStack
from kiosk.daemons.speechd import PrivateSpeechd
from kiosk.daemons.stickhelper import StickHelperProcess
from kiosk.daemons.verifier import VerifierProcess
from kiosk.daemons.xvfb import Xvfb

from .tools import require_tool

# -- pcscd and virtual cards ---------------------------------------------------


@pytest.fixture(scope="session")
def pcscd_daemon() -> Iterator[PcscDaemon]:
    """One private pcscd for the whole run: libpcsclite reads the daemon's
    socket once per process, so a second daemon would go unseen. Its folder
    is world-readable, for the doctor that runs as nobody."""
    require_tool("pcscd", "unshare", str(VPCD_DRIVER), str(VICC))
    why = missing_tools()  # what is left: root, for the mount namespace
    if why:
        pytest.skip(f"no private pcscd: {why}")
    daemon = PcscDaemon()
    os.environ.update(daemon.env)  # before libpcsclite's first call
    try:
        daemon.start()
        yield daemon
    finally:
        daemon.close()


@pytest.fixture
def pcscd(pcscd_daemon: PcscDaemon) -> Iterator[PcscDaemon]:
    """The session's pcscd, running (a test before may have stopped it)."""
    pcscd_daemon.start()
    yield pcscd_daemon
    pcscd_daemon.start()


@pytest.fixture
def card(pcscd: PcscDaemon, tmp_path: Path) -> Iterator[VirtualCard]:
    """A virtual ISO 7816 card for slot 0, not inserted yet."""
    virtual = VirtualCard(pcscd.port, tmp_path)
    yield virtual
    virtual.remove()


# -- cupsd and the virtual printer ---------------------------------------------


@pytest.fixture(scope="session")
def print_stack() -> Iterator[PrintStack]:
    """One private cupsd + virtual printer for the whole run."""
    stack = PrintStack()
    stack.start()
    try:
        yield stack
    finally:
        stack.stop()


@pytest.fixture
def printer(print_stack: PrintStack) -> Iterator[PrintStack]:
    """The shared stack, reset to a healthy fast printer with an empty queue
    and no job history for each test (PrintStack.reset): a test sees no job
    and no printer-state reason another test left.

    A test during which cupsd died on its own fails (a job under a name that
    is not a local user crashes cupsd 2.4.2-3+deb12u10 with Debian's policy).
    """
    print_stack.reset()
    yield print_stack
    print_stack.clear_jam()
    print_stack.fail(False)
    crash = print_stack.cupsd_crash()
    print_stack.ensure_cupsd()
    if crash:
        pytest.fail(crash)


# -- PostgreSQL -----------------------------------------------------------------


@pytest.fixture(scope="session")
def postgres_cluster() -> Iterator[PrivatePostgres]:
    """One private PostgreSQL cluster for the whole run."""
    cluster = PrivatePostgres()
    cluster.start()
    try:
        yield cluster
    finally:
        cluster.stop()


_databases = itertools.count(1)


@pytest.fixture
def postgres_url(postgres_cluster: PrivatePostgres) -> str:
    """A new, empty database in the run's private cluster."""
    return postgres_cluster.create_database(f"test_{next(_databases)}")


# -- the staff PIN verifier -----------------------------------------------------

# Short delays: 3 free tries, then 0.25 s doubling up to 0.5 s; the 10th
# wrong PIN locks for 2 s. (Long enough that a right PIN sent at once after a
# wrong one still meets the delay on a busy machine.)
FAST_POLICY = (
    "--free-attempts=3",
    "--first-delay=0.25",
    "--max-delay=0.5",
    "--lockout-after=10",
    "--lockout-seconds=2",
)


@pytest.fixture
def staff_verifier(tmp_path: Path) -> Iterator[VerifierProcess]:
    """A stopped verifier with its own state dir; the test sets the PIN, starts it."""
    state = tmp_path / "staffpin-state"
    state.mkdir(mode=0o700)
    v = VerifierProcess(
        socket=tmp_path / "run" / "staff-pin.sock",
        state_dir=state,
        log=tmp_path / "verifier.log",
        policy=FAST_POLICY,
    )
    try:
        yield v
    finally:
        v.stop()


# -- Xvfb ---------------------------------------------------------------------------


@pytest.fixture
def xvfb() -> Iterator[Xvfb]:
    """A private X server (1024x768) for a test with a real window."""
    require_tool("Xvfb", "xdotool")
    server = Xvfb(1024, 768)
    server.start()
    try:
        yield server
    finally:
        server.stop()


# -- an SMTP server for alert mail --------------------------------------------------


@pytest.fixture
def mail_sink(tls_certs: Any) -> Iterator[Any]:
    """A real SMTP server (aiosmtpd) on loopback with STARTTLS (the test CA)."""
    from kiosk.daemons.mailsink import MailSink

    sink = MailSink(tls_certs.cert_file, tls_certs.key_file)
    sink.start()
    try:
        yield sink
    finally:
        sink.stop()


# -- speech-dispatcher and the accessibility bus -------------------------------

SD_GENERIC = "/usr/lib/speech-dispatcher-modules/sd_generic"


@pytest.fixture
def spoken(
    tmp_path_factory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PrivateSpeechd]:
    """A private speech-dispatcher whose "voice" writes each utterance to a
    file (`lines()`) and holds it 1.5 s, so a stop can cut it; speech engines
    made during the test connect to it. One per test (it starts in ~50 ms):
    an utterance a test left behind would queue before the next one's."""
    require_tool("speech-dispatcher", SD_GENERIC)
    daemon = PrivateSpeechd(tmp_path_factory.mktemp("sd"), capture=True, hold=1.5)
    daemon.start()
    monkeypatch.setenv("SPEECHD_ADDRESS", daemon.address)
    try:
        yield daemon
    finally:
        daemon.stop()


@pytest.fixture
def a11y_bus(tmp_path_factory) -> Iterator[A11yBus]:
    """A private session bus on which AT-SPI's bus and registry get activated."""
    require_tool("dbus-daemon", "dbus-send", "/usr/libexec/at-spi-bus-launcher")
    bus = A11yBus(tmp_path_factory.mktemp("a11y"))
    bus.start()
    try:
        yield bus
    finally:
        bus.stop()


# -- the stick helper (root; mounts exFAT for an unprivileged shell) ---------------


@pytest.fixture
def stick_helper(tmp_path_factory) -> Iterator[StickHelperProcess]:
    """A running `kiosk documents stick-helper` for user `nobody`: its folder
    (0755, owned by nobody) holds the socket, the port where sticks are
    plugged in (`port/*.img`), the mount folder and a documents folder."""
    require_tool("mount.exfat-fuse", "losetup", "setpriv")
    if os.geteuid() != 0:
        pytest.skip("the stick helper mounts (loop device, fuseblk): needs root")
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="kiosk-stickhelper-"))
    base.chmod(0o755)
    for name in ("port", "documents", "run"):
        (base / name).mkdir()
        os.chown(base / name, NOBODY_UID, NOBODY_GID)
    helper = StickHelperProcess(
        socket=base / "run" / "stick-helper.sock",
        devices=str(base / "port" / "*.img"),
        mount_dir=base / "mounts",
        group="nogroup",
        log=tmp_path_factory.mktemp("stickhelper") / "helper.log",
    )
    helper.start()
    try:
        yield helper
    finally:
        helper.stop()
        import shutil

        shutil.rmtree(base, ignore_errors=True)


NOBODY_UID, NOBODY_GID = 65534, 65534  # `nobody`, `nogroup` (Debian)
