"""The texts a widget tree shows, as `script.Item`s in window coordinates.

Labels give their text, buttons their accessible name (what a screen reader
says, without the symbols of the label), progress bars their value. Hidden
widgets, and everything under a widget in `skip`, are left out.
"""

from __future__ import annotations

from collections.abc import Collection

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QProgressBar, QWidget

from kiosk.speech import script


def _text_of(widget: QWidget) -> str:
    if isinstance(widget, QAbstractButton):
        return widget.accessibleName() or widget.text()
    if isinstance(widget, QLabel):
        if widget.pixmap() is not None and not widget.pixmap().isNull():
            return widget.accessibleName()
        return widget.text()
    if isinstance(widget, QProgressBar):
        return widget.text()
    return ""


def items_of(root: QWidget, skip: Collection[QWidget] = ()) -> list[script.Item]:
    """Every visible text under `root` (root included) with where it sits."""
    found: list[script.Item] = []
    window = root.window()
    stack = [root]
    while stack:
        widget = stack.pop()
        if widget in skip or (not widget.isVisibleTo(window) and widget is not root):
            continue
        text = _text_of(widget)
        if text:
            corner = widget.mapTo(window, widget.rect().topLeft())
            found.append(
                script.Item(
                    text,
                    corner.y(),
                    corner.x() + (widget.width() if _rtl(widget) else 0),
                    _rtl(widget),
                )
            )
        stack.extend(
            child
            for child in widget.findChildren(
                QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
            )
        )
    return found


def _rtl(widget: QWidget) -> bool:
    return widget.layoutDirection() == Qt.LayoutDirection.RightToLeft


def texts_of(root: QWidget, skip: Collection[QWidget] = ()) -> list[str]:
    """The texts under `root`, cleaned and in reading order."""
    return script.reading_order(items_of(root, skip))
