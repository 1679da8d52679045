"""A layout that wraps its widgets onto more rows instead of squeezing them.

The shell bar holds a dozen buttons whose labels grow with the language and
the text size; a box layout squeezes them below their size hint (cutting
"Sitzung beenden" in half), this one starts a new row instead, so every
label is shown whole.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QStyle, QWidget


class FlowLayout(QLayout):
    """Rows from the start edge (the right in Arabic); `split` opens a gap.

    Where the item at index `split` shares a row with earlier items, the row's
    free space goes before it: navigation at the start, actions at the end.
    """

    def __init__(
        self, parent: QWidget | None = None, *, spacing: int = 8, split: int = -1
    ) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.split = split
        self.setContentsMargins(0, 0, 0, 0)

    # -- QLayout's item interface --------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if 0 <= index < len(self._items):
            return self._items.pop(index)
        return None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), apply=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, apply=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        # Never narrower than the widest item: no item is ever squeezed.
        size = QSize()
        for item in self._visible():
            size = size.expandedTo(item.sizeHint())
        margins = self.contentsMargins()
        return size + QSize(
            margins.left() + margins.right(), margins.top() + margins.bottom()
        )

    # -- placing --------------------------------------------------------------

    def _visible(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _rows(self, width: int) -> list[list[tuple[int, QLayoutItem]]]:
        rows: list[list[tuple[int, QLayoutItem]]] = [[]]
        used = 0
        for index, item in enumerate(self._items):
            if item.isEmpty():
                continue
            wanted = item.sizeHint().width()
            if rows[-1] and used + self._gap + wanted > width:
                rows.append([])
                used = 0
            used += (self._gap if rows[-1] else 0) + wanted
            rows[-1].append((index, item))
        return [row for row in rows if row]

    def _arrange(self, rect: QRect, *, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(
            margins.left(), margins.top(), -margins.right(), -margins.bottom()
        )
        parent = self.parentWidget()
        direction = (
            parent.layoutDirection() if parent else Qt.LayoutDirection.LeftToRight
        )
        y = area.top()
        for row in self._rows(area.width()):
            height = max(item.sizeHint().height() for _, item in row)
            used = sum(item.sizeHint().width() for _, item in row)
            free = max(0, area.width() - used - self._gap * (len(row) - 1))
            x = area.left()
            for position, (index, item) in enumerate(row):
                if position > 0 and index == self.split:
                    x += free
                hint = item.sizeHint()
                if apply:
                    place = QRect(QPoint(x, y), QSize(hint.width(), height))
                    item.setGeometry(QStyle.visualRect(direction, area, place))
                x += hint.width() + self._gap
            y += height + self._gap
        return max(0, y - self._gap - area.top()) + margins.top() + margins.bottom()
