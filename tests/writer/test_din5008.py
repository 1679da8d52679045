"""The DIN 5008 numbers the templates place the letter by (table-tested)."""

from __future__ import annotations

import pytest

from kiosk.writer import din5008
from kiosk.writer.din5008 import FORM_A, FORM_B


@pytest.mark.parametrize(
    ("form", "left", "top", "width", "height", "address_top", "folds", "info"),
    [
        (FORM_A, 20, 27, 85, 45, 44.7, (87, 192), (125, 32)),
        (FORM_B, 20, 45, 85, 45, 62.7, (105, 210), (125, 50)),
    ],
)
def test_forms(form, left, top, width, height, address_top, folds, info) -> None:
    assert (form.field_left, form.field_top) == (left, top)
    assert (form.field_width, form.field_height) == (width, height)
    assert form.address_top == pytest.approx(address_top)
    assert form.address_height == pytest.approx(27.3)
    assert form.folds == folds
    assert (form.info_left, form.info_top) == info
    assert form.text_left == 25  # the text starts at the left margin
    assert form.text_width == 165
    assert form.punch == 148.5


@pytest.mark.parametrize(
    ("box", "inside"),
    [
        ((25, 63, 80, 70), True),
        ((20, 45, 105, 90), True),  # the edges themselves
        ((19.9, 63, 80, 70), False),
        ((25, 63, 105.1, 70), False),
        ((25, 44.9, 80, 50), False),
        ((25, 85, 80, 90.1), False),
    ],
)
def test_in_field(box, inside) -> None:
    assert FORM_B.in_field(*box) is inside


@pytest.mark.parametrize(("name", "form"), [("A", FORM_A), ("b", FORM_B)])
def test_form_by_name(name, form) -> None:
    assert din5008.form(name) is form


def test_unknown_form_names_the_choices() -> None:
    with pytest.raises(ValueError, match="use 'A' or 'B'"):
        din5008.form("C")


def test_points_to_millimetres() -> None:
    assert din5008.mm(72) == pytest.approx(25.4)
    assert din5008.mm(595.28) == pytest.approx(210, abs=0.01)
