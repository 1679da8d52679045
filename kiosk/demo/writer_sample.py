"""A made-up resident's application for the demo tour (no real person)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath

PERSONAL = {
    "name": "Amira Haddad",
    "street": "Karl-Marx-Allee 12",
    "city": "07747 Jena",
    "phone": "0176 1234567",
    "email": "amira.haddad@example.org",
    "birth": "3. März 1990 in Aleppo",
}
SCHOOL = [
    ("2017 – 2019", "Ausbildung zur Verkäuferin", "IHK Ostthüringen, Jena"),
    ("2015 – 2016", "Integrationskurs, Deutsch B2", "Volkshochschule Jena"),
    ("2002 – 2008", "Abitur (in Deutschland anerkannt)", "Gymnasium, Aleppo"),
]
WORK = [
    ("seit 2019", "Verkäuferin", "Supermarkt am Lobedaer Markt, Jena"),
    ("2016 – 2017", "Praktikum im Einzelhandel", "Bäckerei Ludwig, Jena"),
]
RECIPIENT = {
    "company": "Stadtwerke Jena GmbH",
    "contact": "Personalabteilung, Frau Berger",
    "company_street": "Rudolstädter Straße 39",
    "company_city": "07745 Jena",
    "subject": "Bewerbung als Kundenberaterin im Kundenzentrum",
    "reference": "Ihre Anzeige im Jobportal vom 28. November 2026",
    "salutation": "Sehr geehrte Frau Berger,",
}
BODY = [
    "mit großem Interesse habe ich Ihre Anzeige gelesen. Hiermit bewerbe ich "
    "mich als Kundenberaterin in Ihrem Kundenzentrum.",
    "Seit 2019 arbeite ich als Verkäuferin. Ich berate täglich Kundinnen und "
    "Kunden, arbeite an der Kasse und löse Reklamationen freundlich.",
    "Die Stadtwerke versorgen alle Menschen in Jena. Dabei möchte ich helfen, "
    "auch mit meinen Sprachen Arabisch und Deutsch.",
    "Ich kann ab dem 1. Februar 2027 beginnen und freue mich auf ein Gespräch.",
]


def demo_photo(folder: Path) -> Path:
    """A drawn placeholder portrait (no real face) as Passbild.png."""
    folder.mkdir(parents=True, exist_ok=True)
    image = QImage(350, 450, QImage.Format.Format_RGB32)
    image.fill(QColor("#dfe7ef"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#5b7896"))
    painter.drawEllipse(QPointF(175, 170), 80, 95)
    body = QPainterPath()
    body.addRoundedRect(QRectF(45, 290, 260, 220), 110, 110)
    painter.drawPath(body)
    painter.end()
    path = folder / "Passbild.png"
    image.save(str(path))
    return path


def fill_sample(writer) -> None:  # a kiosk.writer.screen.WriterScreen
    for key, value in PERSONAL.items():
        writer.personal.fields[key].setText(value)
    writer.photo.refresh()
    for row in range(writer.photo.list.count()):
        if writer.photo.list.item(row).text() == "Passbild.png":
            writer.photo.list.setCurrentRow(row)
    for step, rows in ((writer.school, SCHOOL), (writer.work, WORK)):
        for row, (period, title, place) in zip(step.rows, rows, strict=False):
            row["period"].setText(period)
            row["title"].setText(title)
            row["place"].setText(place)
    writer.skills.editor.setPlainText(
        "Kasse und Warenwirtschaft\nKundenberatung\nFührerschein Klasse B"
    )
    for row, (language, level) in zip(
        writer.languages.rows,
        (
            ("Arabisch (العربية)", "Muttersprache"),
            ("Deutsch", "B2"),
            ("Englisch", "gut"),
        ),
        strict=False,
    ):
        row[0].setText(language)
        row[1].setText(level)
    writer.interests.editor.setPlainText("Kochen\nFußball im Verein")
    for key, value in RECIPIENT.items():
        writer.recipient.fields[key].setText(value)
    for editor, text in zip(writer.body.editors, BODY, strict=True):
        editor.setPlainText(text)
