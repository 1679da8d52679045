"""The shell unit's processes in a booted station, found by their cgroup.

A probe inside the container runs `unit_processes buergerterminal.service`
(UNIT_PROCESSES_SH) and the test reads its text with `parse`. Every process
of the unit is listed, whatever it is (dbus-run-session, cage, Xwayland, the
shell, Chromium's helpers, speech-dispatcher, Orca), so a check "all of them
run as kiosk" cannot miss one; `shell_chain` then names the three the unit is
made of by their command lines and parents, instead of counting processes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# POSIX sh; one block per process:
#   == PID PPID USER ARGV...
#   NAME=VALUE            (its environment, one per line)
#   QPA platforms/libqwayland.so   (Qt's platform plugin, as loaded)
UNIT_PROCESSES_SH = r"""
unit_processes() {
    for d in /proc/[0-9]*; do
        grep -qs ":/system.slice/$1\$" "$d/cgroup" || continue
        pid=${d#/proc/}
        stat=$(ps -o ppid=,user= -p "$pid") || continue  # gone meanwhile
        echo "== $pid $(echo $stat) $(tr '\0' ' ' <"$d/cmdline")"
        tr '\0' '\n' <"$d/environ"
        echo
        grep -o 'platforms/libq[a-z]*[.]so' "$d/maps" | sort -u | sed 's/^/QPA /'
    done
}
"""

RUNNER = "/usr/bin/dbus-run-session -- /usr/bin/cage "
CAGE = "/usr/bin/cage -d -- "
SHELL = "/opt/buergerterminal/venv/bin/python3 /opt/buergerterminal/venv/bin/kiosk run "


@dataclass(frozen=True)
class Proc:
    pid: int
    ppid: int
    user: str
    argv: str
    env: tuple[str, ...]
    qpa: tuple[str, ...]


def parse(text: str) -> list[Proc]:
    procs = []
    for block in re.split(r"(?m)^== ", text)[1:]:
        head, *rest = block.splitlines()
        pid, ppid, user, *argv = head.split(" ", 3)
        procs.append(
            Proc(
                pid=int(pid),
                ppid=int(ppid),
                user=user,
                argv=" ".join(argv),
                env=tuple(line for line in rest if "=" in line),
                qpa=tuple(line[4:] for line in rest if line.startswith("QPA ")),
            )
        )
    return procs


def _one(procs: list[Proc], prefix: str, parent: int, text: str) -> Proc:
    found = [p for p in procs if p.argv.startswith(prefix) and p.ppid == parent]
    assert len(found) == 1, (prefix, parent, text)
    return found[0]


def shell_chain(text: str, main_pid: int) -> tuple[Proc, Proc, Proc]:
    """The unit's main process (dbus-run-session), cage under it and `kiosk
    run` under cage: each exactly once, found by command line and parent."""
    procs = parse(text)
    runner = [p for p in procs if p.pid == main_pid]
    assert len(runner) == 1 and runner[0].argv.startswith(RUNNER), (main_pid, text)
    cage = _one(procs, CAGE, main_pid, text)
    shell = _one(procs, SHELL, cage.pid, text)
    return runner[0], cage, shell
