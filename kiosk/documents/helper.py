"""The stick helper: mounts an exFAT stick for the shell, which is not root.

exfat-fuse needs root to mount (a loop device with an offset, `fuseblk`), and
a FUSE user mount does not work with it: fusermount3 refuses its `user=`
option and its `allow_other` (measured). So a tiny root process, started by
systemd on demand (`buergerterminal-stickhelper.socket`, group `kiosk` only),
does exactly one thing: mount the stick the station config names, at the
fixed mount folder, `nosuid,nodev,noexec`, owned by whoever asked (the
socket's peer credentials), and let it go again. Everything else (which files
are offered, copies) stays in the shell.

The mount lives as long as the connection that asked for it: a shell that
crashes hangs up, and the helper unmounts. One connection at a time.

Protocol (one line each way, ASCII/UTF-8, at most `MAX_LINE` bytes)::

    MOUNT <device>   -> MOUNTED <fuse pid>   then, on RELEASE or hang-up:
    RELEASE          -> RELEASED | ERROR release
    CLEAN            -> OK | ERROR busy      (a mount a crash left: the wipe)
    errors           -> ERROR request | device | notexfat | unreadable | busy

`device` must be what `[documents] stick_devices` finds (resolved, compared
with the resolved glob matches), so a caller cannot mount anything else.
"""

from __future__ import annotations

import contextlib
import os
import socket
import struct
from collections.abc import Iterator
from pathlib import Path

from kiosk import log as klog
from kiosk.documents import layout, sticks
from kiosk.documents.errors import StickError, StickReleaseFailed, StickUnreadable
from kiosk.documents.exfat import ExfatMount, mount_options, release_leftover
from kiosk.unixsock import read_line

MAX_LINE = 4096
log = klog.session


class StickHelper:
    """The root side: one request at a time from the listening socket."""

    def __init__(self, pattern: str, mount_root: Path, listener: socket.socket) -> None:
        self.pattern = pattern
        self.mount = mount_root / "exfat"
        self.mount_root = mount_root
        self.listener = listener
        self._busy = False  # mounting or releasing: a stop waits for it
        self._stopping = False

    def stop(self) -> None:
        """From the SIGTERM handler: now, unless a mount or release is under
        way (stopped halfway, a loop device or mount would stay behind)."""
        if self._busy:
            self._stopping = True
            return
        raise SystemExit(0)

    @contextlib.contextmanager
    def _uninterrupted(self) -> Iterator[None]:
        self._busy = True
        try:
            yield
        finally:
            self._busy = False

    def serve_forever(self) -> None:
        self.mount_root.mkdir(parents=True, exist_ok=True)
        self.mount_root.chmod(0o755)
        release_leftover(self.mount)  # a helper that died left its mount
        while True:
            conn, _ = self.listener.accept()
            with conn:
                try:
                    self.handle(conn)
                except OSError as exc:
                    log.warning("stick helper: connection dropped (%s)", exc)
            if self._stopping:
                raise SystemExit(0)

    def handle(self, conn: socket.socket) -> None:
        uid, gid = _peer(conn)
        conn.settimeout(5)
        line = _read_line(conn)
        if not line:
            return  # a probe: connected and hung up
        if line == "CLEAN":
            with self._uninterrupted():
                release_leftover(self.mount)
            conn.sendall(b"ERROR busy\n" if mount_options(self.mount) else b"OK\n")
            return
        command, _, arg = line.partition(" ")
        if command != "MOUNT" or not arg.startswith("/"):
            conn.sendall(b"ERROR request\n")
            return
        device = Path(arg)
        if not sticks.allowed(self.pattern, device):
            log.warning("stick helper: refused a device the config does not name")
            conn.sendall(b"ERROR device\n")
            return
        held = self._mount(device.resolve(), uid, gid, conn)
        if held is None:
            return
        conn.settimeout(None)
        reply = b"ERROR release\n"
        try:
            if self._stopping:  # asked to stop while it mounted
                raise SystemExit(0)
            with contextlib.suppress(OSError):
                _read_line(conn)  # RELEASE, or "" when the shell hung up
        finally:  # also when the helper is stopped meanwhile
            with self._uninterrupted():
                try:
                    held.close()
                    reply = b"RELEASED\n"
                    log.info("stick helper: exFAT stick let go")
                except StickReleaseFailed as exc:
                    log.error("stick helper: %s", exc)
        with contextlib.suppress(OSError):
            conn.sendall(reply)
        if self._stopping:
            raise SystemExit(0)

    def _mount(
        self, device: Path, uid: int, gid: int, conn: socket.socket
    ) -> ExfatMount | None:
        try:
            found = layout.find_filesystem(_reader(device))
        except OSError:
            found = None
        if found is None or found.kind != "exfat":
            conn.sendall(b"ERROR notexfat\n")
            return None
        try:
            with self._uninterrupted():
                held = ExfatMount(device, found.offset, self.mount, uid, gid)
        except StickReleaseFailed:
            conn.sendall(b"ERROR busy\n")
            return None
        except StickError:
            conn.sendall(b"ERROR unreadable\n")
            return None
        log.info("stick helper: exFAT stick mounted for uid %d", uid)
        conn.sendall(f"MOUNTED {held.pid}\n".encode())
        return held


class HelperLease:
    """The shell's side: the stick stays mounted while this connection lasts."""

    def __init__(self, helper: Path, device: Path, timeout: float = 30) -> None:
        self.device = device
        self.conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.conn.settimeout(timeout)
        try:
            self.conn.connect(str(helper))
        except OSError as exc:
            self.conn.close()
            raise StickUnreadable(
                f"the stick helper at {helper} does not answer ({exc.strerror}); "
                "is buergerterminal-stickhelper.socket enabled?"
            ) from None
        try:
            self.conn.sendall(f"MOUNT {device}\n".encode())
            reply = _read_line(self.conn)
        except OSError as exc:
            self.conn.close()
            raise StickUnreadable(f"the stick helper failed: {exc}") from None
        word, _, rest = reply.partition(" ")
        if word != "MOUNTED" or not rest.isdigit():
            self.conn.close()
            if rest == "busy":
                raise StickReleaseFailed("the stick helper's mount folder is in use")
            raise StickUnreadable(f"the stick helper said {reply[:40]!r}")
        self.pid = int(rest)

    def alive(self) -> bool:
        if not self.device.exists():
            return False
        try:
            state = Path(f"/proc/{self.pid}/stat").read_text().rsplit(")", 1)[1]
        except (OSError, IndexError):
            return False
        return state.split()[0] not in ("Z", "X")

    def close(self) -> None:
        if self.conn.fileno() < 0:
            return
        try:
            self.conn.settimeout(60)
            self.conn.sendall(b"RELEASE\n")
            reply = _read_line(self.conn)
        except OSError as exc:
            raise StickReleaseFailed(f"the stick helper went away: {exc}") from None
        finally:
            self.conn.close()
        if reply != "RELEASED":
            raise StickReleaseFailed("the stick helper could not let the stick go")


def clean(helper: Path, timeout: float = 60) -> None:
    """Asks the helper to unmount what a crashed shell left mounted."""
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as conn:
            conn.settimeout(timeout)
            conn.connect(str(helper))
            conn.sendall(b"CLEAN\n")
            reply = _read_line(conn)
    except OSError as exc:
        raise StickReleaseFailed(f"the stick helper does not answer: {exc}") from None
    if reply != "OK":
        raise StickReleaseFailed("the stick helper could not unmount a leftover")


def bind_socket(path: Path, group: int | None) -> socket.socket:
    """Listen on `path` (0660; `group` may connect), replacing a stale socket."""
    if path.is_socket():
        path.unlink()
    path.parent.mkdir(parents=True, exist_ok=True)
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(str(path))
    os.chmod(path, 0o660)
    if group is not None:
        os.chown(path, 0, group)
    listener.listen(4)
    return listener


def _peer(conn: socket.socket) -> tuple[int, int]:
    raw = conn.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, struct.calcsize("3i"))
    _pid, uid, gid = struct.unpack("3i", raw)
    return uid, gid


def _reader(device: Path) -> layout.Reader:
    def read(offset: int, length: int) -> bytes:
        with device.open("rb") as f:
            f.seek(offset)
            return f.read(length)

    return read


def _read_line(conn: socket.socket) -> str:
    return read_line(conn, MAX_LINE).split(b"\n", 1)[0].decode("utf-8", "replace")
