"""The confirmation widget: what it shows, one tap, touch sizes, names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kiosk.printing.confirm_widget import MIN_TOUCH, ConfirmWidget, money
from kiosk.printing.flow import Summary
from kiosk.printing.quota import Quote, Request, Rules, quote


def _summary(
    pages: int, used: int = 0, copies: int = 1, duplex: bool = False
) -> Summary:
    q = quote(Rules(10, 10, 100, 5), Request(pages, copies, duplex), used)
    assert isinstance(q, Quote)
    return Summary(q, "EUR")


@pytest.mark.parametrize(
    ("summary", "lines"),
    [
        (
            _summary(3),
            [
                "Pages: 3",
                "Sheets of paper: 3",
                "Price: free",
                "Free pages left after this: 7",
            ],
        ),
        (
            _summary(5, used=8, copies=1, duplex=True),
            ["Pages: 5", "Sheets of paper: 3", "Price: 0,30 €", "left after this: 0"],
        ),
    ],
)
def test_shows_pages_sheets_price_and_free_pages(
    qtbot, summary: Summary, lines: list[str]
) -> None:
    widget = ConfirmWidget()
    qtbot.addWidget(widget)
    widget.show_summary(summary)
    for line in lines:
        assert line in widget.text()


def test_a_double_tap_confirms_once(qtbot) -> None:
    widget = ConfirmWidget()
    qtbot.addWidget(widget)
    widget.show_summary(_summary(1))
    taps: list[int] = []
    widget.confirmed.connect(lambda: taps.append(1))
    qtbot.mouseClick(widget.print_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.print_button, Qt.MouseButton.LeftButton)
    assert taps == [1]
    assert not widget.print_button.isEnabled()
    widget.show_summary(_summary(1))  # the next confirmation is tappable again
    assert widget.print_button.isEnabled()


def test_cancel(qtbot) -> None:
    widget = ConfirmWidget()
    qtbot.addWidget(widget)
    with qtbot.waitSignal(widget.cancelled, timeout=1000):
        qtbot.mouseClick(widget.cancel_button, Qt.MouseButton.LeftButton)


def test_touch_targets_and_accessible_names(qtbot) -> None:
    widget = ConfirmWidget()
    qtbot.addWidget(widget)
    for button in (widget.print_button, widget.cancel_button):
        assert button.minimumHeight() >= MIN_TOUCH
        assert button.accessibleName()
    assert widget.accessibleName()


@pytest.mark.parametrize(("cents", "text"), [(0, "0,00 €"), (130, "1,30 €")])
def test_money(cents: int, text: str) -> None:
    assert money(cents, "EUR") == text
