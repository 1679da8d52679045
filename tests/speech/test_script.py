"""Which texts a screen reads and in which order (kiosk.speech.script, pure)."""

from __future__ import annotations

import pytest

from kiosk.speech import script
from kiosk.speech.script import Item


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("🔊 Read aloud", "Read aloud"),
        ("⟳ Reload", "Reload"),
        ("◀ Back", "Back"),
        ("Forward ▶", "Forward"),
        ("✓ Deutsch", "Deutsch"),
        ("A+", ""),
        ("A+ Bigger text", "Bigger text"),
        ("allowed.localhost   (🔒 secure)", "allowed.localhost (secure)"),
        ("(⚠)", ""),
        (
            "Price: 0,30 € (please pay the staff)",
            "Price: 0,30 € (please pay the staff)",
        ),
        ("  Seiten:\n 3 ", "Seiten: 3"),
        ("", ""),
    ],
)
def test_clean_drops_symbols_and_blanks(text: str, said: str) -> None:
    assert script.clean(text) == said


def test_reading_order_is_top_to_bottom_then_along_the_line() -> None:
    items = [
        Item("Start", 300, 400),
        Item("Welcome", 100, 400),
        Item("English", 400, 600),
        Item("Deutsch", 403, 200),  # same line as English, a few px lower
    ]
    assert script.reading_order(items) == ["Welcome", "Start", "Deutsch", "English"]


def test_right_to_left_lines_are_read_from_the_right() -> None:
    items = [Item("أولا", 400, 900, True), Item("ثانيا", 400, 500, True)]
    assert script.reading_order(items) == ["أولا", "ثانيا"]


def test_a_text_said_twice_in_a_row_is_said_once() -> None:
    assert script.compose(["Print", "🖨 Print", "Cancel", "Print"]) == [
        "Print",
        "Cancel",
        "Print",
    ]


def test_an_utterance_pauses_between_parts() -> None:
    assert script.utterance(["Welcome", "Start?", "Pages: 3", "هل؟"]) == (
        "Welcome. Start? Pages: 3. هل؟"
    )


@pytest.mark.parametrize(
    ("language", "configured", "names"),
    [
        ("de", {}, ("German",)),
        ("en", {}, ("English (Great Britain)",)),
        ("ar", {"ar": "Arabic+Better"}, ("Arabic+Better", "Arabic")),
        ("tr", {"tr": "Turkish"}, ("Turkish",)),
        ("xx", {}, ()),
    ],
)
def test_the_configured_voice_comes_first(language, configured, names) -> None:
    assert script.voice_for(language, configured) == names


@pytest.mark.parametrize(
    ("step", "rate"), [(-3, -0.5), (0, -0.5), (2, 0.0), (4, 0.5), (9, 0.5)]
)
def test_rate_steps_are_clamped(step: int, rate: float) -> None:
    assert script.rate_for(step) == rate


def test_every_shell_language_has_a_voice_and_a_locale() -> None:
    from kiosk.config import LANGUAGES

    for language in LANGUAGES:
        assert script.voice_for(language, {}) and script.locale_for(language) != (
            language
        )
