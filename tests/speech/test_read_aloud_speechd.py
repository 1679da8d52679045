"""Read aloud through a real speech-dispatcher: what reaches the voice.

The private daemon's "voice" (kiosk.daemons.speechd, capture) writes each
utterance with its language to a file and holds it 1.5 s, then writes
"done": a stop cuts it, so "done" never comes. The station is the real one
from `build_station`, its engine Qt's speechd plugin.
"""

from __future__ import annotations

import pytest
from helpers.ts import tr
from PySide6.QtCore import Qt
from PySide6.QtTextToSpeech import QTextToSpeech

from kiosk.printing import quota
from kiosk.printing.flow import Summary
from kiosk.qtsignals import emit
from kiosk.session.lifecycle import State
from kiosk.shell.print_overlay import PrintOverlay
from kiosk.speech import script
from kiosk.speech.controls import SpeechRow

pytestmark = pytest.mark.webengine

RULES = quota.Rules(
    free_pages=2,
    price_per_page_cents=10,
    max_pages_per_job=100,
    max_copies=5,
    max_pages_per_session=0,
)


def spoken_lines(spoken, language: str) -> list[str]:
    prefix = f"{language}\t"
    return [line[len(prefix) :] for line in spoken.lines() if line.startswith(prefix)]


def started(qtbot, shell, language: str):
    station = shell.station
    shell.choose_language(language)
    qtbot.mouseClick(station.window.welcome.start, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.lifecycle.state is State.ACTIVE)
    return station


def ask_to_print(window, pages: int) -> PrintOverlay:
    overlay = PrintOverlay(window)
    window.extra_overlays.append(overlay)
    q = quota.quote(RULES, quota.Request(pages), 0)
    assert isinstance(q, quota.Quote)
    overlay.ask(Summary(q, "EUR"))
    return overlay


def press_read(qtbot, window) -> None:
    qtbot.mouseClick(window.shellbar.buttons["read"], Qt.MouseButton.LeftButton)


@pytest.mark.parametrize("language", ["de", "ar"])
def test_the_print_confirmation_is_read_in_the_session_language(
    qtbot, build_shell, spoken, language
) -> None:
    shell = build_shell(language=language, speech_engine="speechd")
    station = started(qtbot, shell, language)
    ask_to_print(station.window, pages=3)
    press_read(qtbot, station.window)
    qtbot.waitUntil(lambda: bool(spoken.lines()), timeout=5000)
    assert spoken_lines(spoken, language), f"not in {language}: {spoken.lines()}"
    [said] = spoken_lines(spoken, language)

    def t(source: str, arg: str = "") -> str:
        return tr(language, "ConfirmWidget", source).replace("%1", arg)

    expected = [
        tr(language, "PrintOverlay", "Print"),
        t("Print this document?"),
        t("Pages: %1", "3"),
        t("Sheets of paper: %1", "3"),
        t("Price: %1 (please pay the staff)", "0,10 €"),
        t("Free pages left after this: %1", "0"),
        t("Do not print"),
        t("Print now"),
    ]
    where = [said.find(text) for text in expected]
    assert -1 not in where, f"{said!r} lacks {expected[where.index(-1)]!r}"
    assert where == sorted(where), f"read out of order: {said!r}"
    # German words never reach the Arabic voice, nor English the German one.
    assert "Seiten" not in said if language == "ar" else "Pages" not in said


def test_end_session_stops_speech_and_the_wipe_resets_it(
    qtbot, build_shell, spoken
) -> None:
    shell = build_shell(language="de", speech_engine="speechd")
    station = started(qtbot, shell, "de")
    reader = station.speech
    assert reader is not None
    display = station.window.display
    display.open()
    row = display.panel.findChild(SpeechRow)
    assert row is not None, "the Display panel has no reading speed"
    german = tr("de", "SpeechRow", "Read faster")
    qtbot.waitUntil(lambda: row.faster.accessibleName() == german)  # LanguageChange
    qtbot.mouseClick(row.faster, Qt.MouseButton.LeftButton)
    assert reader.speaker.rate() == script.rate_for(script.NORMAL_RATE_STEP + 1)
    display.hide()

    press_read(qtbot, station.window)  # the launcher
    qtbot.waitUntil(lambda: bool(spoken_lines(spoken, "de")), timeout=5000)
    assert reader.reading and reader.announcing
    [launcher] = spoken_lines(spoken, "de")
    assert launcher.startswith(tr("de", "LauncherScreen", "What would you like to do?"))
    assert "Dienst" in launcher and "Zweiter Dienst" in launcher

    window = station.window
    qtbot.mouseClick(window.shellbar.buttons["end"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.confirm_end.yes, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: shell.lifecycle.state is State.WELCOME, timeout=10000)
    assert not reader.reading
    qtbot.waitUntil(  # the engine confirms the stop on its own time
        lambda: reader.speaker.state() is QTextToSpeech.State.Ready, timeout=1000
    )
    qtbot.wait(2000)  # the voice would have finished by now
    assert spoken.lines()[-1] != "done", "End session did not cut the speech"
    # The wipe: normal speed, no announcements, the buttons say "Read aloud".
    assert reader.speaker.rate() == script.rate_for(script.NORMAL_RATE_STEP)
    assert not reader.announcing
    assert station.window.welcome.read.accessibleName() == tr(
        "de", "WelcomeScreen", "Read aloud"
    )
    assert shell.last_report.ok


def test_a_second_press_stops_and_moments_are_said_once_it_is_on(
    qtbot, build_shell, spoken
) -> None:
    shell = build_shell(language="de", speech_engine="speechd")
    station = started(qtbot, shell, "de")
    window, reader = station.window, station.speech
    watchdog = shell.watchdog

    emit(watchdog.warn, 30)  # before any press: silent
    qtbot.wait(300)
    assert spoken.lines() == []
    shell.resume()

    press_read(qtbot, window)
    qtbot.waitUntil(lambda: bool(spoken_lines(spoken, "de")), timeout=5000)
    press_read(qtbot, window)  # the second press
    assert not reader.reading
    qtbot.wait(1800)
    assert spoken.lines()[-1] != "done", spoken.lines()

    spoken.clear()
    emit(watchdog.warn, 30)
    qtbot.waitUntil(lambda: bool(spoken_lines(spoken, "de")), timeout=5000)
    [warning] = spoken_lines(spoken, "de")
    assert warning.startswith(tr("de", "IdleOverlay", "Are you still there?"))
    assert tr("de", "IdleOverlay", "Continue") in warning


ARTICLE = (
    '<!doctype html><html lang="de"><head><meta charset=utf-8></head><body>'
    "<nav>Menü Suche Kontakt</nav><main><h1>Ihr Bescheid</h1>"
    "<p>Der Antrag ist angekommen.</p></main></body></html>"
)


def test_a_page_is_read_in_its_own_language_main_text_or_selection(
    qtbot, build_shell, spoken, local_server
) -> None:
    from kiosk.daemons.loopback import Response

    local_server.route("allowed", "/article")(lambda _req: Response(ARTICLE))
    shell = build_shell(language="en", speech_engine="speechd", path="/article")
    station = started(qtbot, shell, "en")
    view = shell.open_service("svc")
    qtbot.waitUntil(
        lambda: view.page.url().path() == "/article" and not view.page.isLoading(),
        timeout=15000,
    )
    press_read(qtbot, station.window)
    qtbot.waitUntil(lambda: bool(spoken.lines()), timeout=5000)
    # The page says it is German: the German voice, the main text only.
    assert spoken_lines(spoken, "de") == ["Ihr Bescheid. Der Antrag ist angekommen."]
    press_read(qtbot, station.window)  # stop
    spoken.clear()
    view.page.runJavaScript(
        "getSelection().selectAllChildren(document.querySelector('p'))"
    )
    qtbot.waitUntil(lambda: view.page.selectedText() != "", timeout=5000)
    press_read(qtbot, station.window)
    qtbot.waitUntil(lambda: bool(spoken.lines()), timeout=5000)
    assert spoken_lines(spoken, "de") == ["Der Antrag ist angekommen."]
