"""The speaker when speech-dispatcher is not there: nothing hangs in "reading"."""

from __future__ import annotations

from kiosk.speech.read_aloud import ReadAloud
from kiosk.speech.speaker import Speaker


def test_without_speech_dispatcher_the_button_does_not_stick(
    qapp, monkeypatch, tmp_path, caplog
) -> None:
    monkeypatch.setenv("SPEECHD_ADDRESS", f"unix_socket:{tmp_path / 'nobody'}")
    reader = ReadAloud(Speaker("speechd"), lambda: "de")
    reader.press(lambda said: said(["Willkommen"], ""))
    assert not reader.reading  # the next press reads again, it does not "stop"
    assert reader.announcing
    assert "Connection to speech-dispatcher failed" in caplog.text
    assert "Willkommen" not in caplog.text  # what is read is never logged
    reader.wipe()
    assert not reader.announcing
