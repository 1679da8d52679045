"""Read aloud: from pressing "Read aloud" to the start of speech.

A whole station (build_station) in a session on the launcher, with Qt's
speechd engine talking to a private speech-dispatcher with espeak-ng's
voices on ALSA's null device (kiosk/daemons/speechd.py: no sound card). A
press is timed from the button's click to the engine's Speaking state; the
reference is a bare QTextToSpeech.say() of the same text to Speaking, in the
same run. Between runs speech is stopped and Ready awaited.
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import Result, median_ms
from bench.qtstation import build, make_app, prepare_environment, start_server
from bench.qtstation import wait_until as wait

TIMEOUT_SECONDS = 240
RUNS = 15


def run() -> list[Result]:
    from kiosk.daemons.speechd import PrivateSpeechd

    root = Path(tempfile.mkdtemp(prefix="bench-read-aloud-"))
    prepare_environment(root)
    # A short folder: a Unix socket path has at most 107 bytes.
    speechd = PrivateSpeechd(Path(tempfile.mkdtemp(prefix="sd-", dir="/tmp")))
    speechd.start()
    os.environ.update(speechd.env)
    app = make_app()
    server = start_server()
    try:
        station = build(server, root, app)
        return _measure(station)
    finally:
        server.stop()
        speechd.stop()


def _measure(station: Any) -> list[Result]:
    from PySide6.QtCore import QLocale
    from PySide6.QtTextToSpeech import QTextToSpeech

    from kiosk.session.lifecycle import State

    speaking, ready = QTextToSpeech.State.Speaking, QTextToSpeech.State.Ready
    controller, window, reader = station.controller, station.window, station.speech
    controller.start()
    wait(lambda: controller.lifecycle.state is State.ACTIVE, 10, "the session")
    speaker = reader.speaker
    started = time.perf_counter()
    speaker.warm()  # what the shell does once Welcome has painted
    warm_s = time.perf_counter() - started
    engine = speaker._engine()
    bare = QTextToSpeech("speechd")
    bare.setLocale(QLocale("de_DE"))
    german = [v for v in bare.availableVoices() if v.name() == "German"]
    if german:
        bare.setVoice(german[0])
    # The null sink does not pace: Speaking may turn Ready within one turn
    # of the event loop, so the moments are recorded as the signals come.
    began: dict[int, float] = {}

    def mark(key: int) -> Any:
        return lambda state: (
            began.setdefault(key, time.perf_counter()) if state is speaking else None
        )

    engine.stateChanged.connect(mark(0))
    bare.stateChanged.connect(mark(1))
    button = window.shellbar.buttons["read"]
    pressed: list[float] = []
    said: list[float] = []
    for _ in range(RUNS):
        began.pop(0, None)
        started = time.perf_counter()
        button.click()
        wait(lambda: 0 in began, 5, "speech after the press")
        pressed.append(began[0] - started)
        reader.stop()
        wait(lambda: engine.state() is ready, 5, "the stop")
        began.pop(1, None)  # a late signal of the last round
        started = time.perf_counter()
        bare.say(reader.last_text)
        wait(lambda: 1 in began, 5, "bare speech")
        said.append(began[1] - started)
        bare.stop()
        wait(lambda: bare.state() is ready, 5, "the bare stop")
    station.shutdown()
    return [
        Result(
            "read_aloud_latency",
            median_ms(pressed),
            "ms",
            RUNS,
            "bare QTextToSpeech.say()",
            median_ms(said),
            note=(
                "press → Speaking; launcher text, German, espeak-ng via a private "
                f"speech-dispatcher (null sink); engine made once in {warm_s:.2f} s"
            ),
        )
    ]
