"""A private speech-dispatcher, started and stopped by PID, that needs no sound card.

Debian's own speechd.conf plays through PulseAudio; with no sound server a
`say` hangs in "Speaking" for ever. This one writes ALSA's null device
(samples are discarded at once) and runs in the foreground (`-s`), so its
PID is the one we started. Two output modules:

- "espeak-ng": the real voices of the station (all six languages);
- "capture": the stock `sd_generic` module writing one line per utterance,
  `<language>\\t<text>`, to `spoken.tsv` and, after `hold` seconds, `done`.
  A stop cuts the utterance: its `done` line never comes.

Point a client at it with `SPEECHD_ADDRESS=<address>` (libspeechd, Qt's
speechd engine, spd-say and Orca all read it). By hand:
`speech-dispatcher -s -C DIR -t 0 -L DIR -c unix_socket -S DIR/sock -P DIR/pid`.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from kiosk.procs import stop_process

LANGUAGES = ("de", "en", "ar", "uk", "ru", "tr")
ESPEAK_CONF = Path("/etc/speech-dispatcher/modules/espeak-ng.conf")

_SPEECHD_CONF = """AudioOutputMethod "alsa"
AudioALSADevice "null"
AddModule "{module}" "{binary}" "{module}.conf"
DefaultModule {module}
"""


def _capture_conf(spoken: Path, hold: float) -> str:
    # sd_generic fills $LANGUAGE and $DATA (the text, quotes escaped for '…').
    # A line is "<language>\t<text>\n"; backslashes are doubled twice: once
    # for this file's parser, once for printf.
    line = f"printf '%s\\\\t%s\\\\n' \\'$LANGUAGE\\' \\'$DATA\\' >> {spoken}"
    done = f"sleep {hold}; printf 'done\\\\n' >> {spoken}" if hold else ""
    command = f"{line}; {done}" if done else line
    # One utterance, one line: no splitting into sentences or chunks.
    conf = [
        f'GenericExecuteSynth "{command}"',
        'GenericDelimiters "|"',
        "GenericMaxChunkLength 100000",
    ]
    for lang in LANGUAGES:
        conf += [f'GenericLanguage "{lang}" "{lang}" "utf-8"']
        conf += [f'AddVoice "{lang}" "MALE1" "{lang}"']
    return "\n".join(conf) + "\n"


class PrivateSpeechd:
    """speech-dispatcher in `folder`; `capture=True` records instead of speaking."""

    def __init__(self, folder: Path, *, capture: bool = False, hold: float = 0.0):
        # A Unix socket path has at most 107 bytes: keep `folder` short.
        self.folder = folder
        self.capture = capture
        self.hold = hold
        self.socket = folder / "sock"
        self.spoken = folder / "spoken.tsv"
        self.proc: subprocess.Popen[bytes] | None = None

    @property
    def address(self) -> str:
        return f"unix_socket:{self.socket}"

    @property
    def env(self) -> dict[str, str]:
        return {"SPEECHD_ADDRESS": self.address}

    def _write_config(self) -> None:
        modules = self.folder / "modules"
        modules.mkdir(parents=True, exist_ok=True)
        if self.capture:
            module, binary = "capture", "sd_generic"
            conf = _capture_conf(self.spoken, self.hold)
            (modules / "capture.conf").write_text(conf, encoding="utf-8")
        else:
            module, binary = "espeak-ng", "sd_espeak-ng"
            if ESPEAK_CONF.exists():
                shutil.copy(ESPEAK_CONF, modules / "espeak-ng.conf")
        (self.folder / "speechd.conf").write_text(
            _SPEECHD_CONF.format(module=module, binary=binary), encoding="utf-8"
        )

    def start(self, timeout: float = 15.0) -> None:
        if len(str(self.socket)) > 107:
            raise RuntimeError(f"socket path too long for Unix sockets: {self.socket}")
        self.folder.mkdir(parents=True, exist_ok=True)
        self._write_config()
        self.spoken.write_text("", encoding="utf-8")
        log = open(self.folder / "speechd.stderr", "wb")  # noqa: SIM115
        # It makes $HOME/.cache/speech-dispatcher even with -L: a HOME of its own.
        env = {**os.environ, "HOME": str(self.folder)}
        self.proc = subprocess.Popen(
            [
                "speech-dispatcher",
                "-s",
                "-C",
                str(self.folder),
                "-t",
                "0",
                "-L",
                str(self.folder),
                "-c",
                "unix_socket",
                "-S",
                str(self.socket),
                "-P",
                str(self.folder / "pid"),
            ],
            stdout=subprocess.DEVNULL,
            stderr=log,
            env=env,
            cwd=self.folder,
        )
        log.close()
        deadline = time.monotonic() + timeout
        while not self.socket.exists():
            if self.proc.poll() is not None or time.monotonic() > deadline:
                self.stop()
                raise RuntimeError(
                    "speech-dispatcher did not come up; see "
                    f"{self.folder / 'speechd.stderr'}"
                )
            time.sleep(0.02)

    def lines(self) -> list[str]:
        """What reached the capture module, one utterance (or "done") a line."""
        if not self.spoken.exists():
            return []
        return self.spoken.read_text(encoding="utf-8").splitlines()

    def clear(self) -> None:
        self.spoken.write_text("", encoding="utf-8")

    def stop(self) -> None:
        proc, self.proc = self.proc, None
        if proc is not None:
            # Its output module (a child) exits when the daemon's pipe closes.
            stop_process(proc, timeout=5.0)
