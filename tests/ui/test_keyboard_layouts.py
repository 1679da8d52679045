from __future__ import annotations

import pytest

from kiosk.ui import keyboard_layouts as kl


@pytest.mark.parametrize(
    ("window", "keyboard", "top", "bottom", "place"),
    [
        (800, 300, 100, 140, kl.Place.BOTTOM),  # field high up: dock below
        (800, 300, 500, 540, kl.Place.TOP),  # field low: dock above
        (800, 300, 460, 500, kl.Place.BOTTOM),  # ends exactly at the keyboard top
        (800, 300, 300, 520, kl.Place.TOP),  # overlaps the bottom, fits above
        (800, 300, 200, 700, kl.Place.BOTTOM),  # taller than both: keep its top
        (800, 300, 600, 790, kl.Place.TOP),
    ],
)
def test_keyboard_never_covers_the_field(window, keyboard, top, bottom, place) -> None:
    assert kl.place_keyboard(window, keyboard, top, bottom) is place


def test_a_keyboard_taller_than_the_window_is_refused() -> None:
    with pytest.raises(ValueError, match="does not fit"):
        kl.place_keyboard(400, 400, 0, 10)


@pytest.mark.parametrize(
    ("language", "letters", "latin_fallback"),
    [
        ("de", "ä", False),
        ("en", "q", False),
        ("tr", "ş", False),
        ("ar", "ش", True),
        ("ru", "ж", True),
        ("uk", "ї", True),
        ("xx", "ß", False),  # unknown: German
    ],
)
def test_each_language_has_its_letters(language, letters, latin_fallback) -> None:
    layouts = kl.layouts_for(language)
    assert any(letters in row for row in layouts[0].rows)
    assert (len(layouts) == 2) is latin_fallback
    if latin_fallback:
        assert layouts[1] is kl.ENGLISH


@pytest.mark.parametrize(
    ("letter", "layout", "expected"),
    [
        ("a", kl.GERMAN, "A"),
        ("ß", kl.GERMAN, "ß"),
        ("i", kl.TURKISH, "İ"),
        ("ı", kl.TURKISH, "I"),
        ("i", kl.ENGLISH, "I"),
        ("ж", kl.RUSSIAN, "Ж"),
        ("ش", kl.ARABIC, "ش"),
        ("@", kl.SYMBOLS, "@"),
    ],
)
def test_capitals(letter, layout, expected) -> None:
    assert kl.capital(letter, layout) == expected
