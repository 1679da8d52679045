"""The same CV and letter as an editable Word file (python-docx).

python-docx starts from US Letter with 1.25" margins and dates of 2013: every
document here gets A4, the template's margins and empty metadata. The letter's
address field is a Word frame anchored to the page at the DIN 5008 position.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt

from kiosk.writer.din5008 import Form
from kiosk.writer.errors import OutputError
from kiosk.writer.model import CV, Letter
from kiosk.writer.templates import Template

EPOCH = dt.datetime(2000, 1, 1, tzinfo=dt.UTC)  # no date that tells when or who


def _new(template: Template, *, top: float = 20.0) -> Any:
    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.left_margin = Mm(template.form.margin_left)
    section.right_margin = Mm(template.form.margin_right)
    section.top_margin, section.bottom_margin = Mm(top), Mm(20)
    style = doc.styles["Normal"]
    style.font.name = template.font
    style.font.size = Pt(11)
    props = doc.core_properties
    for attr in ("author", "last_modified_by", "comments", "title", "keywords"):
        setattr(props, attr, "")
    props.description = ""
    props.created = props.modified = EPOCH
    props.revision = 1
    return doc


def _save(doc: Any, out: Path) -> Path:
    temp = out.with_name(f".{out.name}.part")
    try:
        doc.save(str(temp))
        temp.replace(out)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise OutputError(f"the Word file could not be written: {exc}") from exc
    return out


def _lines(paragraph: Any, lines: list[str] | tuple[str, ...], size: float) -> None:
    for index, line in enumerate(lines):
        run = paragraph.add_run(line)
        run.font.size = Pt(size)
        if index < len(lines) - 1:
            run.add_break()


def _frame(paragraph: Any, x: float, y: float, w: float, h: float) -> None:
    """Anchor a paragraph to the page at (x, y) mm, w × h mm (a Word frame)."""

    def twips(value: float) -> str:
        return str(round(value / 25.4 * 1440))

    def inside(value: float) -> str:  # rounded down: the frame stays in the field
        return str(int(value / 25.4 * 1440))

    frame = OxmlElement("w:framePr")
    for key, value in (
        ("w", inside(w)),
        ("h", inside(h)),
        ("hRule", "exact"),
        ("hAnchor", "page"),
        ("vAnchor", "page"),
        ("x", twips(x)),
        ("y", twips(y)),
        ("wrap", "around"),
    ):
        frame.set(qn(f"w:{key}"), value)
    paragraph._p.get_or_add_pPr().insert(0, frame)  # framePr comes first in pPr


def write_cv(cv: CV, template: Template, out: Path) -> Path:
    labels = template.labels
    doc = _new(template)
    doc.add_heading(labels["cv_title"], level=0)
    if cv.photo:
        try:
            doc.add_picture(cv.photo, width=Mm(35))
        except Exception as exc:  # an image python-docx cannot read
            raise OutputError(f"the photo cannot go into the Word file: {exc}") from exc
    p = cv.personal
    rows: list[tuple[str, str]] = [(labels["name"], p.name)]
    if p.address_lines():
        rows.append((labels["address"], "\n".join(p.address_lines())))
    for key, value in (("phone", p.phone), ("email", p.email), ("birth", p.birth)):
        if value:
            rows.append((labels[key], value))
    _table(doc, labels["personal"], rows)
    for key, entries in (("school", cv.school), ("work", cv.work)):
        if entries:
            _table(
                doc,
                labels[key],
                [
                    (
                        e.period,
                        "\n".join(x for x in (e.title, e.place, e.details) if x),
                    )
                    for e in entries
                ],
            )
    if cv.skills:
        doc.add_heading(labels["skills"], level=1)
        for skill in cv.skills:
            doc.add_paragraph(skill, style="List Bullet")
    if cv.languages:
        _table(doc, labels["languages"], [(x.language, x.level) for x in cv.languages])
    if cv.interests:
        doc.add_heading(labels["interests"], level=1)
        doc.add_paragraph(", ".join(cv.interests))
    end = doc.add_paragraph()
    _lines(end, [cv.place_date, "", p.name] if cv.place_date else [p.name], 11)
    return _save(doc, out)


def _table(doc: Any, heading: str, rows: list[tuple[str, str]]) -> None:
    doc.add_heading(heading, level=1)
    table = doc.add_table(rows=0, cols=2)
    for left, right in rows:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
        cells[0].width, cells[1].width = Mm(45), Mm(120)


def write_letter(letter: Letter, template: Template, out: Path) -> Path:
    form: Form = template.form
    labels = template.labels
    doc = _new(template, top=form.reference_line + 10)
    s = letter.sender
    head = doc.add_paragraph()
    _lines(head, [s.name, *s.address_lines(), *s.contact_lines()], 10)
    _frame(head, form.info_left, 12, form.info_width - 10, 30)
    back = doc.add_paragraph()
    _lines(back, [", ".join([s.name, *s.address_lines()])], 7)
    _frame(back, form.text_left, form.field_top, form.field_width - 10, form.back_zone)
    address = doc.add_paragraph()
    _lines(address, list(letter.recipient), 10)
    _frame(
        address,
        form.text_left,
        form.address_top,
        form.field_width - 10,
        form.address_height,
    )
    info = doc.add_paragraph()
    _lines(info, [letter.place_date], 10)
    _frame(info, form.info_left, form.info_top, form.info_width - 10, 10)
    subject = doc.add_paragraph()
    subject.add_run(labels["subject_prefix"] + letter.subject).bold = True
    if letter.reference:
        subject.add_run().add_break()
        subject.add_run(letter.reference)
    doc.add_paragraph(letter.salutation)
    for block in letter.body:
        style = "List Bullet" if block.kind == "item" else None
        paragraph = doc.add_paragraph(style=style)
        for run in block.runs:
            paragraph.add_run(run.text).bold = run.bold
    closing = doc.add_paragraph()
    _lines(closing, [letter.closing, "", "", s.name], 11)
    if letter.attachments:
        doc.add_paragraph().add_run(labels["attachments"]).bold = True
        doc.add_paragraph(", ".join(letter.attachments))
    return _save(doc, out)
