"""The pages of the guided writer: one form per step, big fields, no rules.

Each step only collects text; `screen.WriterScreen` walks through them and
reads them into the model. Nothing here is required but the name.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kiosk.ui.widgets import Retranslated, button, label, set_text
from kiosk.writer.editor import Checker, LinesEditor, RichEditor
from kiosk.writer.model import Entry, LanguageSkill

PHOTO_SUFFIXES = (".jpg", ".jpeg", ".png")


def line_edit(max_length: int = 200) -> QLineEdit:
    edit = QLineEdit()
    edit.setMaxLength(max_length)
    edit.setMinimumHeight(48)
    return edit


class FormStep(Retranslated, QWidget):
    """Labelled one-line fields (personal data, the letter's recipient)."""

    def __init__(self, keys: tuple[str, ...], texts: Callable[[str], str]) -> None:
        super().__init__()
        self._texts = texts
        self.form = QFormLayout(self)
        self.form.setVerticalSpacing(14)
        self.fields: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        for key in keys:
            self.labels[key] = label()
            self.fields[key] = line_edit()
            self.form.addRow(self.labels[key], self.fields[key])
        self.retranslate()

    def retranslate(self) -> None:
        for key, field in self.fields.items():
            text = self._texts(key)
            self.labels[key].setText(text)
            field.setAccessibleName(text)
            field.setAccessibleDescription(
                self.tr("Needed for the documents")
                if key == "name"
                else self.tr("You can leave this empty")
            )

    def values(self) -> dict[str, str]:
        return {k: f.text().strip() for k, f in self.fields.items()}

    def set_values(self, values: dict[str, str]) -> None:
        for key, value in values.items():
            if key in self.fields:
                self.fields[key].setText(value)


# Scans a photo, then calls back with the JPEG's path in My documents ("":
# it did not work). The shell hands one in when the station has a scanner.
ScanPhoto = Callable[[Callable[[str], None]], None]


class PhotoStep(Retranslated, QWidget):
    """Choose a photo from My documents (scans and downloads land there), or
    scan one when the station has a scanner."""

    def __init__(self, documents: Callable[[], Path]) -> None:
        super().__init__()
        self._documents = documents
        self._scan: ScanPhoto | None = None
        self._problem = False
        box = QVBoxLayout(self)
        self.list = QListWidget()
        self.list.setMinimumHeight(260)
        box.addWidget(self.list)
        self.scan_hint = label()
        self.scan_button = button()
        self.scan_button.clicked.connect(self._start_scan)
        self.scan_status = label()
        for widget in (self.scan_hint, self.scan_button, self.scan_status):
            box.addWidget(widget)
            widget.hide()
        self.refresh()
        self.retranslate()

    def set_scanner(self, scan: ScanPhoto | None) -> None:
        self._scan = scan
        for widget in (self.scan_hint, self.scan_button):
            widget.setVisible(scan is not None)

    def _start_scan(self) -> None:
        if self._scan is None or not self.scan_button.isEnabled():
            return
        self.scan_button.setEnabled(False)
        self._problem = False
        self.scan_status.show()
        self.retranslate()
        self._scan(self._scanned)

    def _scanned(self, path: str) -> None:
        self.scan_button.setEnabled(True)
        self._problem = not path
        self.scan_status.setVisible(self._problem)
        self.retranslate()
        if path:
            self.refresh(chosen=path)

    def clear_status(self) -> None:
        self._problem = False
        self.scan_status.hide()
        self.scan_button.setEnabled(True)

    def refresh(self, chosen: str = "") -> None:
        chosen = chosen or self.photo()
        self.list.clear()
        none = QListWidgetItem(self.tr("No photo"))
        none.setData(Qt.ItemDataRole.UserRole, "")
        self.list.addItem(none)
        folder = self._documents()
        files = sorted(folder.iterdir()) if folder.is_dir() else []
        for path in files:
            if path.is_file() and path.suffix.lower() in PHOTO_SUFFIXES:
                item = QListWidgetItem(path.name)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                self.list.addItem(item)
                if str(path) == chosen:
                    self.list.setCurrentItem(item)
        if self.list.currentItem() is None:
            self.list.setCurrentRow(0)

    def photo(self) -> str:
        item = self.list.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole) or "") if item else ""

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Photos in My documents"))
        self.list.setAccessibleDescription(self.tr("Choose a photo, or “No photo”"))
        if self.list.count():
            self.list.item(0).setText(self.tr("No photo"))
        set_text(
            self.scan_hint,
            self.tr(
                "Or scan your photo: lay it face down on the scanner glass and "
                "close the lid."
            ),
        )
        set_text(self.scan_button, self.tr("Scan my photo"))
        set_text(
            self.scan_status,
            self.tr(
                "The photo could not be scanned. Please check the scanner, try "
                "again or ask the staff."
            )
            if self._problem
            else self.tr("Scanning … please wait."),
        )


class EntriesStep(Retranslated, QWidget):
    """Rows of the CV table: period, what, where, details; more on request."""

    COLUMNS = ("period", "title", "place", "details")

    def __init__(self, rows: int = 3) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        self.grid = QGridLayout()
        self.grid.setHorizontalSpacing(10)
        self.headers = [label() for _ in self.COLUMNS]
        for column, header in enumerate(self.headers):
            self.grid.addWidget(header, 0, column)
        box.addLayout(self.grid)
        self.rows: list[dict[str, QLineEdit]] = []
        for _ in range(rows):
            self.add_row()
        self.more = button()
        self.more.clicked.connect(self.add_row)
        box.addWidget(self.more, alignment=Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.retranslate()

    def add_row(self) -> None:
        row = {key: line_edit() for key in self.COLUMNS}
        for column, key in enumerate(self.COLUMNS):
            self.grid.addWidget(row[key], len(self.rows) + 1, column)
        self.grid.setColumnStretch(1, 2)
        self.grid.setColumnStretch(3, 2)
        self.rows.append(row)
        self.retranslate()

    def headings(self) -> list[str]:
        return [
            self.tr("When (e.g. 2015 – 2018)"),
            self.tr("What (school, training, job)"),
            self.tr("Where"),
            self.tr("Details (optional)"),
        ]

    def retranslate(self) -> None:
        heads = self.headings()
        for header, text in zip(self.headers, heads, strict=True):
            header.setText(text)
        for index, row in enumerate(self.rows, start=1):
            for key, text in zip(self.COLUMNS, heads, strict=True):
                row[key].setAccessibleName(f"{text} {index}")
                row[key].setAccessibleDescription(self.tr("You can leave this empty"))
        if hasattr(self, "more"):
            set_text(self.more, self.tr("+ Add a row"), self.tr("One more row"))

    def entries(self) -> tuple[Entry, ...]:
        return tuple(
            Entry(**{k: e.text().strip() for k, e in row.items()}) for row in self.rows
        )

    def set_entries(self, entries: tuple[Entry, ...]) -> None:
        while len(self.rows) < len(entries):
            self.add_row()
        for row in self.rows:
            for edit in row.values():
                edit.clear()
        for row, entry in zip(self.rows, entries, strict=False):
            for key in self.COLUMNS:
                row[key].setText(getattr(entry, key))


class LanguagesStep(Retranslated, QWidget):
    def __init__(self, rows: int = 4) -> None:
        super().__init__()
        grid = QGridLayout(self)
        self.head_language, self.head_level = label(), label()
        grid.addWidget(self.head_language, 0, 0)
        grid.addWidget(self.head_level, 0, 1)
        self.rows = []
        for index in range(rows):
            pair = (line_edit(60), line_edit(60))
            grid.addWidget(pair[0], index + 1, 0)
            grid.addWidget(pair[1], index + 1, 1)
            self.rows.append(pair)
        grid.setRowStretch(rows + 1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.head_language.setText(self.tr("Language"))
        self.head_level.setText(self.tr("How well (e.g. mother tongue, good, B1)"))
        for index, (language, level) in enumerate(self.rows, start=1):
            language.setAccessibleName(f"{self.head_language.text()} {index}")
            level.setAccessibleName(f"{self.head_level.text()} {index}")
            for edit in (language, level):
                edit.setAccessibleDescription(self.tr("You can leave this empty"))

    def skills(self) -> tuple[LanguageSkill, ...]:
        return tuple(
            LanguageSkill(a.text().strip(), b.text().strip()) for a, b in self.rows
        )

    def set_skills(self, skills: tuple[LanguageSkill, ...]) -> None:
        for a, b in self.rows:
            a.clear()
            b.clear()
        for (a, b), skill in zip(self.rows, skills, strict=False):
            a.setText(skill.language)
            b.setText(skill.level)


class LinesStep(Retranslated, QWidget):
    def __init__(self, checker: Callable[[], Checker | None], name: str) -> None:
        super().__init__()
        box = QVBoxLayout(self)
        self.editor = LinesEditor(checker)
        self.editor.setObjectName(name)
        box.addWidget(self.editor)
        self.retranslate()

    def retranslate(self) -> None:
        self.editor.setAccessibleName(
            self.tr("Skills")
            if self.editor.objectName() == "skills"
            else self.tr("Interests")
        )
        self.editor.setAccessibleDescription(self.tr("One a line"))


class BodyStep(Retranslated, QWidget):
    """The letter's text in four paragraphs, each with a hint what goes in it."""

    def __init__(
        self,
        checker: Callable[[], Checker | None],
        suggest: Callable[[str], list[str]] | None = None,
    ) -> None:
        super().__init__()
        self._checker = checker
        self._suggest = suggest
        box = QVBoxLayout(self)
        tools = QHBoxLayout()
        self.bold = button()
        self.bullets = button()
        self.spelling = button()
        tools.addWidget(self.bold)
        tools.addWidget(self.bullets)
        tools.addWidget(self.spelling)
        tools.addStretch(1)
        box.addLayout(tools)
        # Spelling help: the word at the cursor and up to five big buttons.
        self.suggestion_row = QWidget()
        row = QHBoxLayout(self.suggestion_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.suggestion_text = label()
        row.addWidget(self.suggestion_text)
        self.suggestion_buttons: list[QPushButton] = []
        for _ in range(5):
            b = button()
            b.clicked.connect(lambda _=False, b=b: self._replace(b.text()))
            row.addWidget(b)
            self.suggestion_buttons.append(b)
        row.addStretch(1)
        self.suggestion_row.hide()
        box.addWidget(self.suggestion_row)
        self.spelling.clicked.connect(self.show_suggestions)
        self.spelling.setVisible(suggest is not None)
        self.hints: list[QLabel] = []
        self.editors: list[RichEditor] = []
        for _ in range(4):
            hint = label(name="hint")
            editor = RichEditor(checker)
            self.hints.append(hint)
            self.editors.append(editor)
            box.addWidget(hint)
            box.addWidget(editor)
        self._last: RichEditor = self.editors[0]
        for editor in self.editors:
            editor.cursorPositionChanged.connect(
                lambda e=editor: setattr(self, "_last", e)
            )
        self.bold.clicked.connect(lambda: self._last.toggle_bold())
        self.bullets.clicked.connect(lambda: self._last.toggle_list())
        self.retranslate()

    def _word_cursor(self) -> QTextCursor:
        cursor = self._last.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        return cursor

    def show_suggestions(self) -> None:
        """Suggestions for the word at the cursor in the last text box used."""
        word = self._word_cursor().selectedText().strip()
        check = self._checker()
        found: list[str] = []
        if word and self._suggest is not None and check and not check(word):
            found = self._suggest(word)[: len(self.suggestion_buttons)]
        if not word:
            text = self.tr("Tap a word first, then “Spelling help”.")
        elif check is not None and check(word):
            text = self.tr("“%1” is spelt right.").replace("%1", word)
        elif found:
            text = self.tr("Instead of “%1”:").replace("%1", word)
        else:
            text = self.tr("No suggestion for “%1”.").replace("%1", word)
        self.suggestion_text.setText(text)
        for b, suggestion in zip(
            self.suggestion_buttons,
            found + [""] * len(self.suggestion_buttons),
            strict=False,
        ):
            set_text(b, suggestion, self.tr("Put this word in instead"))
            b.setVisible(bool(suggestion))
        self.suggestion_row.show()
        if found:
            self.suggestion_buttons[0].setFocus()

    def clear_suggestions(self) -> None:
        """Forget the word and suggestions shown (they are the resident's)."""
        self.suggestion_row.hide()
        self.suggestion_text.clear()
        for b in self.suggestion_buttons:
            b.setText("")
            b.setAccessibleName("")

    def _replace(self, word: str) -> None:
        cursor = self._word_cursor()
        cursor.insertText(word)
        self._last.setTextCursor(cursor)
        self.clear_suggestions()
        self._last.setFocus()

    def help_texts(self) -> list[str]:
        return [
            self.tr(
                "1. Start: which job you apply for and where you saw it "
                "(e.g. “I read your advertisement on the job portal…”)."
            ),
            self.tr(
                "2. About you: what you have learned and done so far that fits "
                "this job. Give one or two examples."
            ),
            self.tr(
                "3. Why this company: what you like about the company and the "
                "work, and what you can bring to it."
            ),
            self.tr(
                "4. End: from when you can start, and that you look forward to "
                "an interview."
            ),
        ]

    def retranslate(self) -> None:
        for hint, editor, text in zip(
            self.hints, self.editors, self.help_texts(), strict=True
        ):
            hint.setText(text)
            editor.setAccessibleName(text)
            editor.setAccessibleDescription(
                self.tr("Words the spell checker does not know are underlined")
            )
        set_text(self.bold, self.tr("Bold"), self.tr("Make the chosen words bold"))
        set_text(
            self.spelling,
            self.tr("Spelling help"),
            self.tr("Suggestions for the word at the cursor"),
        )
        set_text(
            self.bullets,
            self.tr("• List"),
            self.tr("Make this paragraph a list point, or a paragraph again"),
        )
