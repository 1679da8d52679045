"""DIN 5008 letter geometry in millimetres from the page's top-left corner.

Pure numbers (KOMA-Script's DIN5008A/B letter options and DIN 5008:2020 §19;
docs/writer.md). Templates get them as `din`, so the address field sits where
a window envelope (DL/C6 with the window on the left) shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

PAGE_WIDTH: Final = 210.0
PAGE_HEIGHT: Final = 297.0
PT_PER_MM: Final = 72 / 25.4


@dataclass(frozen=True)
class Form:
    """One DIN 5008 form (A: high address field, B: low address field)."""

    name: str
    letterhead: float  # height of the letterhead zone
    field_left: float  # the address field (window of the envelope)
    field_top: float
    field_width: float
    field_height: float
    back_zone: float  # return address + remarks: 5 lines, filled bottom-up
    indent: float  # text inside the field starts this far in
    info_left: float  # information block (date, contact)
    info_top: float
    info_width: float
    reference_line: float  # Bezugszeichenzeile
    folds: tuple[float, float]
    punch: float = 148.5
    margin_left: float = 25.0
    margin_right: float = 20.0

    @property
    def address_top(self) -> float:
        """Where the recipient's lines begin (below the return address zone)."""
        return self.field_top + self.back_zone

    @property
    def address_height(self) -> float:
        return self.field_height - self.back_zone

    @property
    def text_left(self) -> float:
        return self.field_left + self.indent

    @property
    def text_width(self) -> float:
        return PAGE_WIDTH - self.margin_left - self.margin_right

    def in_field(self, left: float, top: float, right: float, bottom: float) -> bool:
        """Whether a box (mm) lies wholly inside the address field."""
        return (
            self.field_left <= left
            and right <= self.field_left + self.field_width
            and self.field_top <= top
            and bottom <= self.field_top + self.field_height
        )


FORM_A: Final = Form(
    name="A",
    letterhead=27.0,
    field_left=20.0,
    field_top=27.0,
    field_width=85.0,
    field_height=45.0,
    back_zone=17.7,
    indent=5.0,
    info_left=125.0,
    info_top=32.0,
    info_width=75.0,
    reference_line=79.4,
    folds=(87.0, 192.0),
)
FORM_B: Final = Form(
    name="B",
    letterhead=45.0,
    field_left=20.0,
    field_top=45.0,
    field_width=85.0,
    field_height=45.0,
    back_zone=17.7,
    indent=5.0,
    info_left=125.0,
    info_top=50.0,
    info_width=75.0,
    reference_line=98.5,
    folds=(105.0, 210.0),
)
FORMS: Final = {"A": FORM_A, "B": FORM_B}


def form(name: str) -> Form:
    """The form by its letter; a clear error names the choices."""
    try:
        return FORMS[name.upper()]
    except KeyError:
        raise ValueError(
            f"DIN 5008 form {name!r} does not exist; use 'A' or 'B'"
        ) from None


def mm(points: float) -> float:
    """PDF points → millimetres."""
    return points / PT_PER_MM
