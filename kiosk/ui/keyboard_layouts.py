"""Key rows of the on-screen keyboard per language, and where it sits (pure).

Rows follow the national layouts residents know (German QWERTZ, Turkish Q,
Arabic, Russian ЙЦУКЕН, Ukrainian with ї є ґ), trimmed to what fits a touch
screen. Every non-Latin layout can switch to Latin letters, because e-mail
addresses and web addresses are typed in Latin letters everywhere.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

Rows = tuple[tuple[str, ...], ...]


def _rows(*rows: str) -> Rows:
    return tuple(tuple(row) for row in rows)


@dataclass(frozen=True)
class KeyLayout:
    name: str  # the script in its own words, shown on the switch key
    rows: Rows
    right_to_left: bool = False
    has_capitals: bool = True


GERMAN = KeyLayout("ABC", _rows("qwertzuiopü", "asdfghjklöä", "yxcvbnmß"))
ENGLISH = KeyLayout("ABC", _rows("qwertyuiop", "asdfghjkl", "zxcvbnm"))
TURKISH = KeyLayout("ABC", _rows("qwertyuıopğü", "asdfghjklşi", "zxcvbnmöç"))
ARABIC = KeyLayout(
    "أبج",
    (
        tuple("ضصثقفغعهخحجد"),
        tuple("شسيبلاتنمكط"),
        ("ئ", "ء", "ؤ", "ر", "لا", "ى", "ة", "و", "ز", "ظ", "ذ"),
    ),
    right_to_left=True,
    has_capitals=False,
)
RUSSIAN = KeyLayout("АБВ", _rows("йцукенгшщзхъ", "фывапролджэ", "ячсмитьбюё"))
UKRAINIAN = KeyLayout("АБВ", _rows("йцукенгшщзхї", "фівапролджє", "ячсмитьбюґʼ"))
SYMBOLS = KeyLayout(
    "123", _rows("1234567890", "@.-_/:;()€", "&?!,'\"+=%#"), has_capitals=False
)

# The first layout is the language's own; the second is the Latin fallback.
LAYOUTS: dict[str, tuple[KeyLayout, ...]] = {
    "de": (GERMAN,),
    "en": (ENGLISH,),
    "tr": (TURKISH,),
    "ar": (ARABIC, ENGLISH),
    "ru": (RUSSIAN, ENGLISH),
    "uk": (UKRAINIAN, ENGLISH),
}


def layouts_for(language: str) -> tuple[KeyLayout, ...]:
    """The letter layouts for a shell language; unknown languages get German."""
    return LAYOUTS.get(language, LAYOUTS["de"])


def capital(letter: str, layout: KeyLayout) -> str:
    """The capital of a key; Turkish dotted and dotless i keep their own capitals."""
    if not layout.has_capitals:
        return letter
    if layout is TURKISH:
        special = {"i": "İ", "ı": "I"}
        if letter in special:
            return special[letter]
    if letter == "ß":
        return letter  # no capital on German keyboards either
    return letter.upper()


class Place(enum.Enum):
    BOTTOM = "bottom"
    TOP = "top"


def place_keyboard(
    window_height: int, keyboard_height: int, field_top: int, field_bottom: int
) -> Place:
    """Dock at the bottom unless that would cover the field being typed into."""
    if keyboard_height >= window_height:
        raise ValueError(
            f"keyboard height {keyboard_height} does not fit the window "
            f"height {window_height}; make the keyboard smaller"
        )
    keyboard_top = window_height - keyboard_height
    if field_bottom <= keyboard_top:
        return Place.BOTTOM
    if field_top >= keyboard_height:
        return Place.TOP
    # The field is taller than the room on either side: keep its top visible.
    return Place.BOTTOM if field_top < keyboard_top else Place.TOP
