"""ProcShell finds the shell in /proc and keeps only what the sandbox rule reads."""

from __future__ import annotations

from pathlib import Path

from kiosk.doctor.probes.system import ProcShell


def fake_process(proc: Path, pid: int, argv: list[str], env: dict[str, str]) -> None:
    folder = proc / str(pid)
    folder.mkdir()
    (folder / "cmdline").write_bytes(b"\0".join(a.encode() for a in argv) + b"\0")
    (folder / "environ").write_bytes(
        b"\0".join(f"{k}={v}".encode() for k, v in env.items()) + b"\0"
    )


def test_finds_the_shell_and_its_browser_processes(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin", "QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu"}
    fake_process(tmp_path, 10, ["/opt/v/bin/python3", "/opt/v/bin/kiosk", "run"], env)
    helper = ["/opt/v/Qt/libexec/QtWebEngineProcess", "--type=zygote"]
    fake_process(tmp_path, 11, helper, {})
    fake_process(tmp_path, 12, ["/usr/bin/cupsd", "-l"], {})
    (tmp_path / "self").mkdir()  # not a process folder
    found = {p.pid: p for p in ProcShell(tmp_path).processes()}
    assert sorted(found) == [10, 11]
    # Only the variables the sandbox rule reads are kept, never PATH and the like.
    assert found[10].env == {"QTWEBENGINE_CHROMIUM_FLAGS": "--disable-gpu"}
    assert found[11].argv == tuple(helper)
