"""Fill the writer through its widgets, as a resident would (shared by tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

MARKER = "Zebrafink"  # a word that appears nowhere but in this resident's draft

PERSONAL = {
    "name": "Amira Haddad",
    "street": "Karl-Marx-Allee 12",
    "city": "07747 Jena",
    "phone": "0176 1234567",
    "email": "amira@example.org",
    "birth": "3. März 1990 in Aleppo",
}
RECIPIENT = {
    "company": "Stadtwerke Jena GmbH",
    "contact": "Frau Berger",
    "company_street": "Rudolstädter Straße 39",
    "company_city": "07745 Jena",
    "subject": "Bewerbung als Kundenberaterin",
    "reference": "Ihre Anzeige im Jobportal",
}


def type_into(qtbot, widget, text: str) -> None:
    """Real key events for ASCII; other letters as the on-screen keyboard
    inserts them (QTest cannot type non-ASCII)."""
    widget.setFocus()
    if text.isascii():
        for index, line in enumerate(text.split("\n")):
            if index:
                qtbot.keyClick(widget, Qt.Key.Key_Return)
            qtbot.keyClicks(widget, line)
    else:
        widget.insert(text) if hasattr(widget, "insert") else widget.insertPlainText(
            text
        )


def photo(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    image = QImage(350, 450, QImage.Format.Format_RGB32)
    image.fill(QColor("#3a6ea5"))
    path = folder / "passbild.jpg"
    assert image.save(str(path))
    return path


def fill(qtbot, screen, rows: int = 6) -> None:
    """Every step: personal data, photo, school, work, skills, languages,
    interests, the letter's recipient and its four paragraphs."""
    screen.go("personal")
    for key, value in PERSONAL.items():
        type_into(qtbot, screen.personal.fields[key], value)
    screen.go("photo")
    items = [screen.photo.list.item(i) for i in range(screen.photo.list.count())]
    chosen = next(i for i in items if i.text() == "passbild.jpg")
    screen.photo.list.setCurrentItem(chosen)
    for step, what in (("school", "Ausbildung"), ("work", "Verkaeuferin")):
        screen.go(step)
        editor = getattr(screen, step)
        while len(editor.rows) < rows:
            qtbot.mouseClick(editor.more, Qt.MouseButton.LeftButton)
        for index, row in enumerate(editor.rows):
            type_into(qtbot, row["period"], f"{2000 + index} - {2001 + index}")
            type_into(qtbot, row["title"], f"{what} {step}{index}")
            type_into(qtbot, row["place"], f"Jena-Lobeda {index}")
            type_into(qtbot, row["details"], f"Aufgaben {step} Nummer {index}")
    screen.go("skills")
    type_into(qtbot, screen.skills.editor, "Kasse\nFuehrerschein Klasse B\n" + MARKER)
    screen.go("languages")
    type_into(qtbot, screen.languages.rows[0][0], "Arabisch")
    type_into(qtbot, screen.languages.rows[0][1], "Muttersprache")
    type_into(qtbot, screen.languages.rows[1][0], "Deutsch")
    type_into(qtbot, screen.languages.rows[1][1], "B2")
    screen.go("interests")
    type_into(qtbot, screen.interests.editor, "Kochen\nFussball")
    screen.go("recipient")
    for key, value in RECIPIENT.items():
        type_into(qtbot, screen.recipient.fields[key], value)
    screen.go("body")
    texts = [
        f"Ich bewerbe mich um die Stelle als Kundenberaterin. {MARKER}",
        "Ich habe fuenf Jahre im Verkauf gearbeitet.",
        "Ihr Unternehmen versorgt die Stadt.",
        "Ich kann ab sofort beginnen.",
    ]
    for editor, text in zip(screen.body.editors, texts, strict=True):
        editor.clear()  # the proposed sentences make way for the resident's
        type_into(qtbot, editor, text)
    # Bold for the first word of the second paragraph, through the tool button.
    second = screen.body.editors[1]
    second.setFocus()
    cursor = second.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(3, cursor.MoveMode.KeepAnchor)
    second.setTextCursor(cursor)
    qtbot.mouseClick(screen.body.bold, Qt.MouseButton.LeftButton)
    screen.go("finish")
