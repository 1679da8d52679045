"""The text editor of the writer: bold, lists, paragraphs, spell checking.

A QTextEdit (Qt lays out Arabic right to left by itself, the shell's
on-screen keyboard follows its focus) whose document is read back into the
pure block model (`model.Block`), so the PDF and the .docx get exactly
what the resident sees.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QSyntaxHighlighter,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from kiosk.writer.model import Block, Run
from kiosk.writer.spelling import words

# A word → whether it is spelt right (a `Speller.check`), or None: no checking.
Checker = Callable[[str], bool]


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines words no dictionary of the document knows (red, wavy)."""

    def __init__(self, document: QTextDocument, checker: Callable[[], Checker | None]):
        super().__init__(document)
        self._checker = checker
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(
            QTextCharFormat.UnderlineStyle.SpellCheckUnderline
        )
        self._format.setUnderlineColor(QColor("#c00000"))

    def highlightBlock(self, text: str) -> None:
        check = self._checker()
        if check is None:
            return
        for start, end, word in words(text):
            if not check(word):
                self.setFormat(start, end - start, self._format)


def misspelled(document: QTextDocument) -> list[str]:
    """The words the highlighter marked (what a resident sees underlined)."""
    found = []
    block = document.begin()
    while block.isValid():
        text = block.text()
        for fmt in block.layout().formats():
            if (
                fmt.format.underlineStyle()
                == QTextCharFormat.UnderlineStyle.SpellCheckUnderline
            ):
                found.append(text[fmt.start : fmt.start + fmt.length])
        block = block.next()
    return found


def _auto_direction(document: QTextDocument) -> None:
    option = document.defaultTextOption()
    option.setTextDirection(Qt.LayoutDirection.LayoutDirectionAuto)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    document.setDefaultTextOption(option)


class RichEditor(QTextEdit):
    """Free text with bold and bullet lists; plain text when pasted."""

    def __init__(
        self, checker: Callable[[], Checker | None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setAcceptRichText(False)  # paste brings text, never foreign markup
        self.setTabChangesFocus(True)
        self.setMinimumHeight(110)
        _auto_direction(self.document())
        self.highlighter = SpellHighlighter(self.document(), checker)

    def toggle_bold(self) -> None:
        cursor = self.textCursor()
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        bold = cursor.charFormat().fontWeight() < QFont.Weight.Bold
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)

    def toggle_list(self) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        if current is not None:
            block_format = cursor.blockFormat()
            current.remove(cursor.block())
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
        else:
            cursor.createList(QTextListFormat.Style.ListDisc)

    def blocks(self) -> tuple[Block, ...]:
        return document_blocks(self.document())

    def set_blocks(self, blocks: tuple[Block, ...]) -> None:
        self.clear()
        cursor = self.textCursor()
        for index, block in enumerate(blocks):
            if index:
                cursor.insertBlock()
            if block.kind == "item":
                cursor.createList(QTextListFormat.Style.ListDisc)
            for run in block.runs:
                fmt = QTextCharFormat()
                fmt.setFontWeight(
                    QFont.Weight.Bold if run.bold else QFont.Weight.Normal
                )
                cursor.insertText(run.text, fmt)


def document_blocks(document: QTextDocument) -> tuple[Block, ...]:
    """The document as blocks: one per non-empty paragraph or list item."""
    out: list[Block] = []
    block: QTextBlock = document.begin()
    while block.isValid():
        runs: list[Run] = []
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid() and fragment.text():
                bold = fragment.charFormat().fontWeight() >= QFont.Weight.Bold
                text = fragment.text().replace("\u2028", " ")
                if runs and runs[-1].bold == bold:
                    runs[-1] = Run(runs[-1].text + text, bold)
                else:
                    runs.append(Run(text, bold))
            it += 1
        if any(r.text.strip() for r in runs):
            out.append(Block(tuple(runs), "item" if block.textList() else "paragraph"))
        block = block.next()
    return tuple(out)


class LinesEditor(QPlainTextEdit):
    """One entry a line (skills, interests), spell-checked."""

    def __init__(
        self, checker: Callable[[], Checker | None], parent: QWidget | None = None
    ):
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(160)
        _auto_direction(self.document())
        self.highlighter = SpellHighlighter(self.document(), checker)

    def lines(self) -> tuple[str, ...]:
        return tuple(x.strip() for x in self.toPlainText().splitlines() if x.strip())
