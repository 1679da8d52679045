"""The on-screen keyboard: a child of the main window, typing into the focus.

Why not Qt Virtual Keyboard: its input context is chosen once per process by
QT_IM_MODULE, it shows its panel in a second top-level window for widget
apps, and it carries language and settings keys we cannot remove. This
keyboard is a plain widget inside the one shell window: its keys never take
focus, so the field (a shell input or the web view's focus proxy) keeps it,
and each key becomes a key event sent to that focus widget. It has no settings
key and no way out of the shell.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRect, Qt, Signal
from PySide6.QtGui import QInputMethodEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from kiosk.qtsignals import emit
from kiosk.ui.keyboard_layouts import (
    SYMBOLS,
    KeyLayout,
    Place,
    capital,
    layouts_for,
    place_keyboard,
)
from kiosk.ui.theme import MIN_TARGET_PX
from kiosk.ui.widgets import Retranslated

KEY_HEIGHT = 64
TEXT_INPUTS = (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)


def _key(text: str) -> QPushButton:
    key = QPushButton(text)
    key.setObjectName("key")
    key.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the field keeps the focus
    key.setAutoRepeat(text == "⌫")
    key.setMinimumSize(MIN_TARGET_PX + 8, KEY_HEIGHT)
    return key


class OnScreenKeyboard(Retranslated, QFrame):
    """Docked at the bottom (or the top, when the field sits low) of `parent`."""

    visibilityChanged = Signal(bool)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._host = parent
        self.setObjectName("keyboard")
        self.setAutoFillBackground(True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setAccessibleName(self.tr("Keyboard on the screen"))
        self._type_this = ""  # the letter keys' description, set by retranslate
        self._layouts: tuple[KeyLayout, ...] = layouts_for("de")
        self._letters = 0  # index into _layouts
        self._symbols = False
        self._shift = False
        self.place = Place.BOTTOM
        # A page's focused text field: (the view it is in, its rectangle there).
        self._web_field: tuple[QWidget, QRect] | None = None
        self._shown_for_field = False  # popped up by a field, not by the resident
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 8, 8, 8)
        outer.setSpacing(6)
        self._grid_host = QWidget(self)
        self._grid = QGridLayout(self._grid_host)
        self._grid.setSpacing(6)
        self._grid.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self._grid_host)
        bottom = QHBoxLayout()
        bottom.setSpacing(6)
        self.shift_key = _key("⇧")
        self.shift_key.setCheckable(True)
        self.symbols_key = _key("123")
        self.script_key = _key("")
        self.space_key = _key("")
        self.backspace_key = _key("⌫")
        self.enter_key = _key("⏎")
        self.hide_key = _key("▼")
        for key in (
            self.shift_key,
            self.symbols_key,
            self.script_key,
            self.space_key,
            self.backspace_key,
            self.enter_key,
            self.hide_key,
        ):
            bottom.addWidget(key, 4 if key is self.space_key else 1)
        outer.addLayout(bottom)
        self.shift_key.toggled.connect(self._set_shift)
        self.symbols_key.clicked.connect(self._toggle_symbols)
        self.script_key.clicked.connect(self._next_script)
        self.space_key.clicked.connect(lambda: self.type_text(" "))
        self.backspace_key.clicked.connect(lambda: self._special(Qt.Key.Key_Backspace))
        self.enter_key.clicked.connect(lambda: self._special(Qt.Key.Key_Return))
        self.hide_key.clicked.connect(self.hide_keyboard)
        self.letter_keys: list[QPushButton] = []
        self._build_keys()
        self.retranslate()
        self.hide()

    # -- what the shell calls ----------------------------------------------

    def set_language(self, language: str) -> None:
        self._layouts = layouts_for(language)
        self._letters = 0
        self._symbols = False
        self._build_keys()
        self.retranslate()

    def toggle(self) -> None:
        if self.isVisible():
            self.hide_keyboard()
        else:
            self.show_keyboard()

    def show_keyboard(self, *, for_field: bool = False) -> None:
        self._shown_for_field = for_field
        self.reposition()
        self.show()
        self.raise_()
        emit(self.visibilityChanged, True)

    def hide_keyboard(self) -> None:
        self._shown_for_field = False
        self.hide()
        emit(self.visibilityChanged, False)

    def follow_focus(self, app: QApplication) -> None:
        """Show for shell text fields as they get focus."""
        app.focusChanged.connect(self._on_focus)

    def follow_web_field(self, focused: bool, rect: QRect, view: QWidget) -> None:
        """A page's text field got or lost the focus (`rect` in `view`).

        The keyboard pops up for it and goes again when the field loses the
        focus, unless the resident opened it with the shell bar's button.
        """
        if focused:
            self._web_field = (view, rect)
            if self.isVisible():
                self.reposition()
            else:
                self.show_keyboard(for_field=True)
            return
        self._web_field = None
        if self._shown_for_field and self.isVisible():
            self.hide_keyboard()

    def reposition(self) -> None:
        parent = self._host
        height = min(self.sizeHint().height(), int(parent.height() * 0.6))
        field = self._field_rect()
        if field is None:
            self.place = Place.BOTTOM
        else:
            self.place = place_keyboard(
                parent.height(), height, field.top(), field.bottom()
            )
        top = parent.height() - height if self.place is Place.BOTTOM else 0
        self.setGeometry(0, top, parent.width(), height)

    # -- typing -------------------------------------------------------------

    def type_text(self, text: str) -> None:
        target = QApplication.focusWidget()
        if target is None or self.isAncestorOf(target):
            return
        if isinstance(target, TEXT_INPUTS):
            # Shell fields take committed input-method text, as from a phone
            # keyboard: every script (ş, ж, ش, "لا") and no key codes needed.
            commit = QInputMethodEvent()
            commit.setCommitString(text)
            QCoreApplication.sendEvent(target, commit)
        else:
            # A web page gets key events with text, like its delete and enter
            # keys: Chromium queues key events in order but lets input-method
            # text overtake them, so a mix could apply ⌫ after later letters.
            self._send_key(target, Qt.Key.Key_unknown, text)
        if self._shift:
            self.shift_key.setChecked(False)
        self.reposition()

    def _special(self, key: Qt.Key) -> None:
        target = QApplication.focusWidget()
        if target is None or self.isAncestorOf(target):
            return
        self._send_key(target, key, "\r" if key == Qt.Key.Key_Return else "")

    @staticmethod
    def _send_key(target: QWidget, key: Qt.Key, text: str) -> None:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
            QCoreApplication.sendEvent(target, event)

    # -- keys ---------------------------------------------------------------

    def _current(self) -> KeyLayout:
        return SYMBOLS if self._symbols else self._layouts[self._letters]

    def _build_keys(self) -> None:
        for key in self.letter_keys:
            self._grid.removeWidget(key)
            key.deleteLater()
        self.letter_keys = []
        layout = self._current()
        self._grid_host.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft
            if layout.right_to_left
            else Qt.LayoutDirection.LeftToRight
        )
        width = max(len(row) for row in layout.rows)
        for row_index, row in enumerate(layout.rows):
            offset = (width - len(row)) // 2  # centre short rows, as on paper
            for column, letter in enumerate(row):
                key = _key(letter)
                key.setProperty("letter", letter)
                key.setAccessibleName(letter)
                key.setAccessibleDescription(self._type_this)
                key.clicked.connect(lambda _=False, k=key: self._letter(k))
                self._grid.addWidget(key, row_index, offset + column)
                self.letter_keys.append(key)
        self._show_case()

    def _letter(self, key: QPushButton) -> None:
        self.type_text(key.text())

    def _set_shift(self, on: bool) -> None:
        self._shift = on
        self._show_case()

    def _show_case(self) -> None:
        layout = self._current()
        for key in self.letter_keys:
            letter = str(key.property("letter"))
            key.setText(capital(letter, layout) if self._shift else letter)
            key.setAccessibleName(key.text())
        self.shift_key.setEnabled(layout.has_capitals)

    def _toggle_symbols(self) -> None:
        self._symbols = not self._symbols
        self.shift_key.setChecked(False)
        self._build_keys()
        self.retranslate()

    def _next_script(self) -> None:
        self._letters = (self._letters + 1) % len(self._layouts)
        self._symbols = False
        self.shift_key.setChecked(False)
        self._build_keys()
        self.retranslate()

    def _field_rect(self) -> QRect | None:
        target = QApplication.focusWidget()
        parent = self._host
        if (
            target is None
            or self.isAncestorOf(target)
            or not parent.isAncestorOf(target)
        ):
            return None
        if self._web_field is not None:
            view, rect = self._web_field
            if view.isAncestorOf(target):
                return QRect(view.mapTo(parent, rect.topLeft()), rect.size())
        cursor = target.inputMethodQuery(Qt.InputMethodQuery.ImCursorRectangle)
        local = (
            cursor if isinstance(cursor, QRect) and cursor.isValid() else target.rect()
        )
        if isinstance(target, TEXT_INPUTS):
            local = target.rect()  # the whole field, not just the caret
        top_left = target.mapTo(parent, local.topLeft())
        return QRect(top_left, local.size())

    def _on_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        if new is None or self.isAncestorOf(new):
            return
        if self._web_field is not None and not self._web_field[0].isAncestorOf(new):
            self.follow_web_field(False, QRect(), self._web_field[0])
        parent = self._host
        if isinstance(new, TEXT_INPUTS) and parent.isAncestorOf(new):
            self.show_keyboard()
        elif self.isVisible():
            self.reposition()

    # -- texts --------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Keyboard on the screen"))
        names = {
            self.shift_key: (
                self.tr("Capital letters"),
                self.tr("The next letter is a capital"),
            ),
            self.space_key: (self.tr("Space"), self.tr("Type a space")),
            self.backspace_key: (
                self.tr("Delete the last letter"),
                self.tr("Delete the letter before the cursor"),
            ),
            self.enter_key: (self.tr("Enter"), self.tr("Confirm or start a new line")),
            self.hide_key: (
                self.tr("Hide the keyboard"),
                self.tr("The Keyboard button shows it again"),
            ),
        }
        for key, (name, description) in names.items():
            key.setAccessibleName(name)
            key.setAccessibleDescription(description)
        self._type_this = self.tr("Type this character")
        for key in self.letter_keys:
            key.setAccessibleDescription(self._type_this)
        self.symbols_key.setAccessibleDescription(self.tr("Switch the keys"))
        self.script_key.setAccessibleDescription(self.tr("Switch the alphabet"))
        self.space_key.setText(self.tr("Space"))
        if self._symbols:
            self.symbols_key.setText(self._layouts[self._letters].name)
            self.symbols_key.setAccessibleName(self.tr("Letters"))
        else:
            self.symbols_key.setText("123")
            self.symbols_key.setAccessibleName(self.tr("Numbers and signs"))
        other = self._layouts[(self._letters + 1) % len(self._layouts)]
        self.script_key.setVisible(len(self._layouts) > 1)
        self.script_key.setText(other.name)
        scripts = {
            "ABC": self.tr("Latin letters"),
            "أبج": self.tr("Arabic letters"),
            "АБВ": self.tr("Cyrillic letters"),
        }
        self.script_key.setAccessibleName(scripts.get(other.name, other.name))
